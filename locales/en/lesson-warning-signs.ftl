### Hifazat lesson 'warning-signs': English. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 … P6.5, see FACTS.md) or a source named in the safeguarding guide.

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

# source: P2.5, P3.3, P3.4, FATF, IJM
# FATF supports the money signs; IJM and P3.4 that relatives are often involved.
# The other signs are the safeguarding guide's reasons to seek advice, not proof.
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
    .a = The child asks for help with homework online and shows you the chat.
    .b = The child hides the phone or switches screens when an adult comes near.
    .c = The child gets phone credit or gifts from someone the family does not know.
    .d = The child plays online games with classmates the family knows, after school.
    .e = A new, older online "friend" asks the child to move to another app.
    .why = Secrecy, gifts from unknown people, and an older "friend" who moves the chat to another app are signs named by child-safety organisations. Asking for homework help or playing with known classmates is normal, though it is still good to talk about what your child does online.

# source: NSPCC, Darkness to Light
q-warning-signs-child-tells = What should you do first?
    .situation = Your 10-year-old daughter tells you quietly that an online "friend" asked her to send pictures and told her to keep it a secret. She looks scared.
    .a = Stay calm, thank her for telling you, and tell her it is not her fault.
    .b = Ask her for every detail straight away, so that you know exactly what happened.
    .c = Message the "friend" yourself from her phone, and tell them to leave her alone.
    .why = First listen, stay calm and believe her, so that she feels safe. Many detailed questions can frighten her; trained people can ask later. Do not contact the offender yourself: keep the messages, and report.

# source: P2.5, P3.4, IJM
q-warning-signs-kept-home = A child kept at home or out of school without a clear reason can be a sign of livestreamed abuse in the household.
    .why = This is true. It can be one sign, together with private "video calls", unexplained money and trips to internet cafés at odd hours. On its own it is not proof, but it is a reason to seek advice.

# source: FATF, IJM, NSPCC, Darkness to Light
q-warning-signs-neighbour = What is the best step to take?
    .situation = Your neighbour's two young children have stopped going to school. Adults often take them into a back room for long "video calls" late at night. The family suddenly has money, but nobody seems to be working.
    .a = Wait until you are completely sure, and have seen it yourself, before you tell anyone.
    .b = Contact a child protection helpline or the police and describe what you have seen.
    .c = Go to your neighbour and say that you know what they are doing.
    .why = Together, these are serious warning signs. They are not proof, but you do not need proof: finding out is the job of trained people. Confronting the family yourself could warn them and put the children at more risk.

# source: NSPCC, Darkness to Light
q-warning-signs-no-proof = You have noticed several warning signs around a child, but you are not sure. Why is it right to ask for advice now?
    .a = Because every warning sign always means that a child is being abused.
    .b = Because the adult you suspect must be punished at once, before they run.
    .c = Because finding out what is really happening is the job of trained people.
    .why = You only need to share what you have seen. Trained people find out what is really happening. A sign is not proof, so asking for advice is not the same as accusing someone.

# source: FATF, IJM, NSPCC
q-warning-signs-remittance = What is true?
    .situation = In a village in Sindh, a family often receives small money transfers from a son who works in Dubai. A neighbour says this proves their children are being abused on camera.
    .a = The neighbour is right: frequent money transfers from abroad always mean abuse.
    .b = Money can never be a warning sign, so there is nothing to notice at all.
    .c = One sign is not proof, and money from abroad often has an ordinary reason.
    .why = A warning sign is a reason to pay attention, not proof. Unexplained money can be one sign, but only together with others, such as children kept from school. If you do feel worried, ask for advice.

# source: internetsafety101.org, NCMEC, FBI, NSPCC
q-warning-signs-load = What is the best thing to do?
    .situation = Your 13-year-old son in Lahore has started getting phone credit (mobile load) from someone the family does not know. He turns his phone over when you come near, and he seems upset after being online.
    .a = Talk with him calmly, without blame. Ask who sends the credit, and get advice if worried.
    .b = Take away his phone for a month, and punish him for hiding things from you.
    .c = Do nothing: boys his age always hide their phones, and it is just a phase.
    .why = Phone credit from an unknown person, hiding the phone and distress after being online can be signs of grooming. Punishing him can make him hide more. Doing nothing leaves him alone with it. Talk calmly, and ask for advice.

# source: NSPCC, Darkness to Light
q-warning-signs-write-down = A child has just told you about abuse. What should you do as soon as you can?
    .a = Ask the child to tell it again and again, so that you remember every detail.
    .b = Write down what the child said, in their own words, with the date.
    .c = Call the person the child named, to hear their side.
    .why = Write down the child's own words and the date, as soon as you can. Many questions can frighten a child; trained people can ask later. Do not contact the offender yourself: report to the police or a helpline.

# source: NSPCC, Darkness to Light
q-warning-signs-need-proof = You can ask a child protection helpline or the police for advice, even if you have no proof of abuse.
    .why = This is true. You do not need proof to ask for help. Share what you have seen. Finding out what is really happening is the job of trained people.
