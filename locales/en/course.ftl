### Hifazat course text: English.
### The message ids follow assets/course.ron. Every factual sentence is tagged with its source:
### a fact from shared/source/FACTS.md (P1.1 … P6.5) or a source named in the safeguarding guide.


## Lesson 1: livestreaming

lesson-livestreaming = Livestreamed abuse for money
    .goal = You will learn what livestreamed abuse of children is, where it happens and why it is growing. You will also learn why it always harms a child, and what you can do.

# source: P1.1, P1.2, P2.4, P3.5
section-livestreaming-what-it-is = What it is
    .body = Some adults sexually abuse children in front of a webcam or a mobile phone camera. The abuse is sent live over the internet to people watching somewhere else.

        The people watching pay money for it. They can be anywhere in the world. They can even tell the abuser what to do to the child.

        Children are forced to perform sexual acts on camera. This is a serious crime. It is one form of online sexual exploitation of children.

# source: P2.5, P3.4, P1.6, P2.7
section-livestreaming-where = Where it happens, and to whom
    .body = This abuse is not only something far away. It often happens in or near the child's own community: in a private home, in an internet café, or in a small room set up for it.

        The abuser is often someone the child knows. Family members or neighbours are often involved.

        Any child can be harmed, from very young children to teenagers. Boys are victims as well as girls, from every kind of family and background.

        Children have been harmed in this way in many countries, including India, the Philippines, Thailand, Mexico, Colombia and the United States.

# source: P3.2, P6.3, P3.3, P6.4, P3.1, P3.7
section-livestreaming-why-it-grows = Why it is growing
    .body = It costs very little. An abuser needs only an internet connection and a mobile phone, or a computer with a webcam.

        Paying viewers are easy to find. They hide who they are and send the money by money transfer.

        Around the world, relatively few offenders are convicted, and the profit is high. Low cost, little risk and big profit make this crime grow fast.

        In some poor communities, people reportedly earn money from this abuse. Easy money, and relatives who go along with it, have helped it spread.

# source: P3.6, P3.7, P2.8, NCMEC, NSPCC
section-livestreaming-harm = It always harms the child
    .body = Some family members say it does no harm, especially when nobody touches the child. This is not true.

        Abuse on camera harms a child's mind and body, and it harms how the child grows. Not understanding this harm is one reason the crime has spread.

        The child is never to blame. The blame belongs to the adults who abuse the child, to the people who help them, and to the people who pay to watch.

# source: P6.1, P6.2, P2.8, NSPCC, Darkness to Light
section-livestreaming-action = There is hope, and you can act
    .body = Governments and organisations around the world are working together against this crime. Police in different countries help each other, and special care for child victims is part of this work.

        Countries including the Philippines, the United Kingdom, Australia and the United States have taken to court both the people who pay and the people who abuse children.

        You can help too. If you are worried about a child, get advice from a child protection helpline or the police. Do not confront the person you suspect yourself. If a child is in immediate danger, call your local emergency number. The Help screen lists contacts for your country.

# source: P1.2, P2.4
key-livestreaming-for-money = Livestreamed abuse is usually done for money: viewers pay to watch and to give instructions.
# source: P2.5, P3.4
key-livestreaming-near-home = It often happens in or near the child's own community, and people the child knows are often involved.
# source: P3.6, P3.7
key-livestreaming-no-touch-still-harm = Even when nobody touches the child, abuse on camera deeply harms the child.
# source: NCMEC, NSPCC
key-livestreaming-never-the-child = The child is never to blame; the blame belongs to the abusers and the people who pay.
# source: NSPCC, Darkness to Light
key-livestreaming-act = If you are worried about a child, you can act: get advice from a child protection helpline or the police.

discuss-livestreaming-d1 = Why might some adults believe that abuse on camera does not harm a child? What would you say to them?
discuss-livestreaming-d2 = In our community, who could a worried person talk to about a child's safety? What would make it easier to speak up?

# source: P3.2, P6.3, P6.4, P2.4
q-livestreaming-why-grows = Why is livestreamed abuse of children growing so fast?
    .a = It needs costly equipment, which has recently become easier to buy.
    .b = It costs little, few offenders are punished, and it makes a lot of money.
    .c = Viewers must travel to the child, and travel has become cheaper.
    .why = It needs only a phone or a computer with a webcam, and an internet connection. Relatively few offenders are convicted, and the profit is high. The viewers do not travel: they pay and watch from anywhere in the world.

# source: P3.6, P3.7
q-livestreaming-no-touch = If nobody touches the child, livestreamed abuse does not really harm the child.
    .why = This is not true. Abuse on camera harms a child's mind, body and development, even when nobody touches the child. Some relatives use this excuse, and not understanding the harm has helped the crime grow.

# source: P3.2, P3.3, P6.4, P2.4, P2.5, P3.1
q-livestreaming-easy = Which of these make livestreamed abuse easy for offenders? Choose all that apply.
    .a = It needs only a mobile phone, or a computer with a webcam.
    .b = Paying viewers can hide who they are and send money by transfer.
    .c = Viewers must meet the child in person before they can pay.
    .d = Relatively few offenders are caught and convicted.
    .e = It can only be done in big cities with fast internet.
    .why = Low cost, hidden viewers who pay by money transfer, and a low chance of punishment all help the crime grow. Viewers do not meet the child; they watch from anywhere. And the abuse happens in poor and ordinary communities too, not only in big cities.

# source: P3.4, P2.4, P2.5
q-livestreaming-who-involved = Who is often involved in livestreamed abuse of a child?
    .a = Only strangers who live in other countries.
    .b = Only large criminal gangs with special studios.
    .c = Often family members or neighbours, with viewers who pay from far away.
    .why = The abuse often happens in or near the child's own community, and family members or neighbours are often involved. The paying viewers can be anywhere in the world. So it is not only about strangers far away.

# source: P3.4, P3.6, P3.7, NSPCC, Darkness to Light
q-livestreaming-cousin = What is true?
    .situation = Your cousin tells you that a man in another country pays her family for video calls. On these calls, their young niece is sexually exploited on camera. Your cousin says: "Nobody touches her, and the money pays for her school. Where is the harm?"
    .a = The girl is being seriously harmed, and this is a crime. Get advice from a child protection helpline or the police.
    .b = It is a smaller problem, because nobody touches the girl.
    .c = It is only wrong if the girl seems upset by it.
    .why = Abuse on camera harms a child's mind, body and development, even if nobody touches her and even if she does not show it. Needing money never makes it acceptable. Get advice from people trained in child protection, and do not confront the family yourself.

# source: P2.8
q-livestreaming-prosecuted = Some countries have taken to court both the people who pay to watch and the people who abuse the child.
    .why = This is true. Countries including the Philippines, the United Kingdom, Canada and the United States have prosecuted both the paying viewers and the people who help exploit children. Reporting can lead to action.


## Lesson 2: sextortion

lesson-sextortion = Sextortion
    .goal = You will learn what sextortion is and how offenders trap children. You will also learn what to do, step by step, if it happens to your child.

# source: P4.1, P4.2, P4.3, FBI
section-sextortion-what-it-is = What sextortion is
    .body = In sextortion, an offender uses fear and threats to sexually exploit a child. It is one form of online sexual exploitation, and it is a growing danger.

        First, the offender gets a private image or private information from the child. They may trick the child, pretend to be someone else, hack an account, or make threats.

        Then the threats begin: "Do what I say, or I will show this to everyone." The offender may demand sexual acts on webcam, more images, or money.

# source: FBI, P1.4, internetsafety101.org, NCMEC
section-sextortion-any-child = It can happen to any child
    .body = Girls and boys are both targeted. The FBI warns that sextortion for money is more and more often aimed at boys.

        Offenders use the apps and games that children use. They may pretend to be young, give lots of compliments, and then ask the child to move to another app.

        It can move very fast. Sextortion can unfold within hours of the first message.

# source: NCMEC, NSPCC
section-sextortion-not-their-fault = It is never the child's fault
    .body = A child who was tricked, pressured or threatened has done nothing wrong. The crime belongs to the offender alone.

        If your child tells you, stay calm. Say: "This is not your fault. I am glad you told me. We will deal with this together."

        Your calm matters. A child who is shouted at or punished may find it harder to tell you things. A child who feels safe with you can get help sooner.

# source: NCMEC, Thorn, NSPCC
section-sextortion-what-to-do = What to do, step by step
    .body = Do not pay, and do not send anything more. Paying rarely ends it.

        Do not delete the account or the messages. Keep the evidence: usernames, links to profiles, and screenshots of the messages. Do not take screenshots of the images.

        Never look at, save, copy or forward the images, not even to report them. Report with the usernames and the messages instead.

        Block the offender and report the account on the app or website. Then report to the police or the cybercrime unit.

# source: NCMEC, NSPCC
section-sextortion-removal = Removing images, and getting help
    .body = Services can help remove sexual images of a young person from the internet. NCMEC's Take It Down (takeitdown.ncmec.org) is for images taken before age 18, from anywhere in the world.

        You do not need to give your name. The image never leaves the phone or computer; only a digital fingerprint of it is shared.

        In the United Kingdom, young people can use Report Remove from Childline and the IWF.

        The Help screen lists where to report in your country. Help exists, and you do not have to face this alone.

# source: NCMEC
key-sextortion-fast = Sextortion can unfold within hours, so act quickly and calmly.
# source: NCMEC, NSPCC, FBI
key-sextortion-not-fault = A child who is tricked or threatened, boy or girl, is never to blame.
# source: NCMEC, Thorn
key-sextortion-do-not-pay = Do not pay: paying rarely ends the threats.
# source: NCMEC, Thorn, NSPCC
key-sextortion-evidence = Keep the usernames and messages as evidence, but never view, save or forward the images.
# source: NCMEC, NSPCC
key-sextortion-report = Block and report the offender, and use Take It Down to help get the images removed.

discuss-sextortion-d1 = What could you say to your child today, so that they know they can come to you even when they feel embarrassed?
discuss-sextortion-d2 = Why do offenders tell children to keep secrets? How can a family make it easier for a child to speak up?

# source: P4.1, P4.3, FBI
q-sextortion-what-is = Which of these is sextortion?
    .a = A child sees an upsetting advertisement on a video app.
    .b = Someone threatens to share a child's private photo unless the child sends more photos or money.
    .c = A classmate posts a silly photo of a child without asking.
    .d = A stranger sends a child a friend request on a game.
    .why = Sextortion uses a private image or information, and threats, to force a child into sexual acts or into paying. A silly photo posted without asking is unkind and worth talking about, and a stranger's friend request is worth care, but neither is sextortion.

# source: NCMEC, Thorn
q-sextortion-pay = Paying the offender is usually the quickest way to end sextortion.
    .why = This is not true. Paying rarely ends it, and the offender may simply ask for more. Stop all contact, keep the evidence, block and report.

# source: NCMEC, Thorn, NSPCC
q-sextortion-steps = Someone online is threatening your child. Which of these should you do? Choose all that apply.
    .a = Take screenshots of the messages and write down the offender's username.
    .b = Delete your child's account at once, so the offender cannot reach them.
    .c = Block the offender and report the account on the app.
    .d = Forward the images to the police so they can see the proof.
    .e = Use a service such as Take It Down to help get the images removed.
    .why = Keep the evidence, block and report, and use an image-removal service. Do not delete the account: the evidence would be lost. Never forward the images, not even to the police; report with the usernames and messages instead.

# source: FBI, NCMEC, Thorn, NSPCC
q-sextortion-son = What should you do?
    .situation = Late one night, your 15-year-old son comes to you, shaking. Someone he met in an online game asked him for a photo, and he sent one. Now that person demands money and says they will send the photo to all his friends.
    .a = Pay a small amount quickly, so that the photo is not shared.
    .b = Message the person yourself and threaten them with the police.
    .c = Stay calm, tell him it is not his fault, keep the messages, and report.
    .why = Your son was tricked and threatened; he has done nothing wrong. The FBI warns that sextortion for money increasingly targets boys. Paying rarely ends it. Do not deal with the offender yourself: keep the evidence, block and report.

# source: NCMEC, Thorn, NSPCC
q-sextortion-forward = Why should you never forward the images, not even to report them?
    .a = Because sending them on spreads them further; you report with the usernames and the messages.
    .b = Because the police do not accept evidence from parents.
    .c = Because once images have spread, reporting them is pointless.
    .why = Sharing the images, even for a good reason, spreads them further. Report with the usernames, profile links and screenshots of the messages. The police do take reports from parents, and services such as Take It Down can help get images removed even after they have spread.

# source: FBI
q-sextortion-boys = Boys can be victims of sextortion, just as girls can.
    .why = This is true. The FBI warns that sextortion for money increasingly targets boys. Any child can be targeted, and no child is to blame.


## Lesson 3: warning-signs

lesson-warning-signs = Warning signs
    .goal = You will learn signs that a child may be groomed online or abused on camera. You will also learn what to do if a child tells you about abuse.

# source: FATF, IJM, NSPCC, Darkness to Light
section-warning-signs-not-proof = A sign is a reason to ask
    .body = A warning sign does not prove that a child is being abused. It is a reason to pay attention and to ask for advice.

        Look for changes in a child, and for several signs together. If you feel worried, talk to someone trained in child protection.

        You do not need proof before you ask for help. Finding out what is really happening is the job of child protection services and the police.

# source: P2.1, internetsafety101.org, NCMEC, FBI
section-warning-signs-grooming = Signs of online grooming
    .body = Grooming is when an offender wins a child's trust and puts pressure on them, step by step, to prepare them for abuse.

        A child may become secret about their online life. They may switch screens or hide their phone when an adult comes near.

        They may get gifts, money or phone credit from someone the family does not know. They may have a new, older "friend" who gives them lots of compliments.

        The child may be asked to move to another app. They may pull away from the family, or seem upset after being online.

# source: P2.5, P3.3, FATF, IJM
section-warning-signs-household = Signs of livestreamed abuse nearby
    .body = Livestreamed abuse often happens in or near a child's own community. Some signs are about what the adults around a child are doing.

        Children are kept at home, or out of school, without a clear reason. Adults arrange "video calls" with a child in a private room.

        A family has money that nobody can explain, or often receives small money transfers. Children are taken to internet cafés or to rooms with webcams at odd hours.

# source: NSPCC, Darkness to Light
section-warning-signs-if-told = If a child tells you
    .body = Listen. Stay calm, and believe the child. Say: "Thank you for telling me. It is not your fault."

        Do not ask lots of detailed questions. Let the child speak in their own words. Trained people can ask questions later.

        As soon as you can, write down what the child said, in their own words, with the date.

        Do not confront the offender yourself. Report to the police, a child protection helpline or a cybercrime unit.

# source: NCMEC, NSPCC, internetsafety101.org
section-warning-signs-every-day = What you can do every day
    .body = Talk with your children about what they do online, often and calmly. Let them know they can tell you anything, and that they will not be blamed.

        Tell them plainly: an adult or "friend" who asks them to keep secrets, send pictures or move to another app is a warning sign. They should come to you.

        Keep the contacts from the Help screen where you can find them. If a child is in immediate danger, call your local emergency number.

        You do not have to be an expert. Noticing, listening and asking for help can protect a child.

# source: FATF, IJM
key-warning-signs-not-proof = A warning sign is a reason to seek advice, not proof of abuse.
# source: internetsafety101.org, NCMEC, FBI
key-warning-signs-grooming = Secrecy, hidden screens, gifts from strangers and a new older "friend" can be signs of grooming.
# source: FATF, IJM
key-warning-signs-household = Children kept from school, private "video calls" and unexplained money can be signs of livestreamed abuse.
# source: NSPCC, Darkness to Light
key-warning-signs-listen = If a child tells you, listen, believe them, stay calm, and report.
# source: NSPCC, Darkness to Light
key-warning-signs-you-can-help = You do not need proof to ask for help: noticing and listening can protect a child.

discuss-warning-signs-d1 = Which warning signs would be easy to miss in a busy home? How could we notice them sooner?
discuss-warning-signs-d2 = If a child told you something worrying, what words would you use to show that you believe them?

# source: FATF, IJM
q-warning-signs-one-sign = If you notice one warning sign, you have proof that a child is being abused.
    .why = This is not true. A sign can have other causes. It is a reason to pay attention and seek advice, not proof. And you do not need proof to ask for help.

# source: internetsafety101.org, NCMEC, FBI
q-warning-signs-grooming = Which of these can be signs that a child is being groomed online? Choose all that apply.
    .a = The child asks for help with homework online.
    .b = The child hides the phone or switches screens when an adult comes near.
    .c = The child gets phone credit or gifts from someone the family does not know.
    .d = The child plays online games with classmates the family knows.
    .e = A new, older online "friend" asks the child to move to another app.
    .why = Secrecy, gifts from unknown people, and an older "friend" who moves the chat to another app are signs named by child-safety organisations. Asking for homework help or playing with known classmates is normal, though it is still good to talk about what your child does online.

# source: NSPCC, Darkness to Light
q-warning-signs-child-tells = What should you do first?
    .situation = Your 10-year-old daughter tells you quietly that an online "friend" asked her to send pictures and told her to keep it a secret. She looks scared.
    .a = Stay calm, thank her for telling you, and tell her it is not her fault.
    .b = Ask her for every detail straight away, so that you know exactly what happened.
    .c = Message the "friend" yourself and tell them to stop.
    .why = First listen, stay calm and believe her, so that she feels safe. Many detailed questions can frighten her; trained people can ask later. Do not contact the offender yourself: keep the messages, and report.

# source: FATF, IJM
q-warning-signs-kept-home = A child kept at home or out of school without a clear reason can be a sign of livestreamed abuse in the household.
    .why = This is true. Experts who fight this crime list it as one sign, along with private "video calls", unexplained money and trips to internet cafés at odd hours. On its own it is not proof, but it is a reason to seek advice.

# source: FATF, IJM, NSPCC, Darkness to Light
q-warning-signs-neighbour = What is the best step to take?
    .situation = Your neighbour's two young children have stopped going to school. Adults often take them into a back room for long "video calls" late at night. The family suddenly has money, but nobody seems to be working.
    .a = Wait until you are completely sure before you tell anyone.
    .b = Contact a child protection helpline or the police and describe what you have seen.
    .c = Go to your neighbour and say that you know what they are doing.
    .why = Together, these are serious warning signs. They are not proof, but you do not need proof: finding out is the job of trained people. Confronting the family yourself could warn them and put the children at more risk.

# source: NSPCC, Darkness to Light
q-warning-signs-no-proof = You have noticed several warning signs around a child, but you are not sure. Why is it right to ask for advice now?
    .a = Because every warning sign always means abuse.
    .b = Because the adult you suspect must be punished at once.
    .c = Because finding out what is happening is the job of trained people, such as child protection services or the police.
    .why = You only need to share what you have seen. Trained people find out what is really happening. A sign is not proof, so asking for advice is not the same as accusing someone.
