### Hifazat lesson 'sextortion': English. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 … P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-sextortion = Sextortion
    .goal = You will learn what sextortion is and how offenders trap children. You will also learn what to do, step by step, if it happens to your child.

# source: P4.1, P4.2, P4.3, FBI, NCA, IWF
section-sextortion-what-it-is = What sextortion is
    .body = In sextortion, an offender uses fear and threats to sexually exploit a child. It is one form of online sexual exploitation, and it is a growing danger.

        First, the offender gets a private image or private information from the child. They may trick the child, pretend to be someone else, hack an account, or make threats.

        Some offenders make a fake sexual picture from an ordinary photo of the child. So a child can be threatened even if they never sent anything.

        Then the threats begin: "Do what I say, or I will show this to everyone." The offender may demand sexual acts on webcam, more images, or money.

# source: FBI, P1.4, internetsafety101.org, NCMEC
section-sextortion-any-child = It can happen to any child
    .body = Girls and boys are both targeted. The FBI warns that sextortion for money is more and more often aimed at boys.

        Offenders use the apps and games that children use. They may pretend to be young, give lots of compliments, and then ask the child to move to another app.

        It can move very fast. The FBI warns that it can happen within a few hours of the first message.

# source: NCMEC, NSPCC, FBI, Thorn
section-sextortion-not-their-fault = It is never the child's fault
    .body = A child who was tricked, pressured or threatened has done nothing wrong. The crime belongs to the offender alone.

        If your child tells you, stay calm. Say: "This is not your fault. I am glad you told me. We will deal with this together."

        Your calm matters. A child who is shouted at or punished may find it harder to tell you things. A child who feels safe with you can get help sooner.

        Sextortion can make a child feel that there is no way out. Stay close to your child. If they talk about hurting themselves, do not leave them alone, and call your emergency number at once. In Pakistan, this is 15.

# source: NCMEC, Thorn, NSPCC, NCA, IWF
section-sextortion-what-to-do = What to do, step by step
    .body = Do not pay, and do not send anything more. Paying rarely ends it. If you have already paid, stop paying now. It is not too late to report.

        Do not delete the account or the messages. Keep the evidence: usernames, links to profiles, and screenshots of the messages. Do not take screenshots of the images.

        Never look at, save, copy or forward the images, not even to report them. If an image is already on a phone, leave it there: do not delete it, and do not send it anywhere. Tell the police it is there.

        Block the offender and report the account on the app or website. Then report to the police or the cybercrime unit.

# source: NCMEC, NSPCC
section-sextortion-removal = Removing images, and getting help
    .body = Services can help remove sexual images of a young person from the internet. NCMEC's Take It Down (takeitdown.ncmec.org) is for images taken before age 18, from anywhere in the world.

        You do not need to give your name. The image never leaves the phone or computer; only a digital fingerprint of it is shared.

        Take It Down works on many large apps and websites that have joined it. It does not work inside private encrypted chats, such as WhatsApp. Use it on the phone that already has the image. Do not send the image to another phone to do this.

        In the United Kingdom, young people can use Report Remove from Childline and the IWF.

        The Help screen lists where to report in your country. Help exists, and you do not have to face this alone.

# source: FBI
key-sextortion-fast = Sextortion can move within hours, so act quickly and calmly.
# source: NCMEC, NSPCC, FBI
key-sextortion-not-fault = A child who is tricked or threatened, boy or girl, is never to blame.
# source: NCMEC, Thorn, NCA
key-sextortion-do-not-pay = Do not pay: paying rarely ends the threats. If you have paid, stop, and still report.
# source: NCMEC, Thorn, NSPCC
key-sextortion-evidence = Keep the usernames and messages as evidence. Never view, save or forward the images, and do not delete them either.
# source: NCMEC, NSPCC
key-sextortion-report = Block the offender and report them. Take It Down can help remove images from many apps, but not from encrypted chats.

discuss-sextortion-d1 = Your child can come to you even when they feel embarrassed. What words could you use today to tell them so?
discuss-sextortion-d2 = Why do offenders tell children to keep secrets? How can a family make it easier for a child to speak up?

# source: P4.1, P4.3, FBI
q-sextortion-what-is = Which of these is sextortion?
    .a = A child keeps seeing ads on a video app at night that upset them.
    .b = Someone threatens to share a child's private photo, to get money or more photos.
    .c = A classmate posts a silly photo of a child online without asking them first.
    .d = A stranger on a game sends a child a friend request and asks their age.
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
    .e = Use Take It Down on the phone that has the image, to help get it removed.
    .why = Keep the evidence, block and report, and use an image-removal service. Do not delete the account: the evidence would be lost. Never forward the images, not even to the police; report with the usernames and messages instead.

# source: FBI, NCMEC, Thorn, NSPCC
q-sextortion-son = What should you do?
    .situation = Late one night, your 15-year-old son comes to you, shaking. Someone he met in an online game asked him for a photo, and he sent one. Now that person demands money and says they will send the photo to all his friends.
    .a = Pay a small amount quickly, so that the photo is not sent to his friends.
    .b = Message the person yourself, and say that the police are already looking for them.
    .c = Stay calm, tell him it is not his fault, keep the messages, and report.
    .why = Your son was tricked and threatened; he has done nothing wrong. The FBI warns that sextortion for money increasingly targets boys. Paying rarely ends it. Do not deal with the offender yourself: keep the evidence, block and report.

# source: NCMEC, Thorn, NSPCC
q-sextortion-forward = Why should you never forward the images, not even to report them?
    .a = Because sending them on spreads them; you report with usernames and messages.
    .b = Because the police do not accept evidence that comes from a child's parents.
    .c = Because once images have spread online, reporting them is pointless anyway.
    .why = Sharing the images, even for a good reason, spreads them further. Report with the usernames, profile links and screenshots of the messages. The police do take reports from parents, and services such as Take It Down can help get images removed from many apps even after they have spread.

# source: FBI
q-sextortion-boys = Boys can be victims of sextortion, just as girls can.
    .why = This is true. The FBI warns that sextortion for money increasingly targets boys. Any child can be targeted, and no child is to blame.

# source: FBI
q-sextortion-hours = In sextortion, threats can begin within a few hours of the first message.
    .why = This is true. The FBI warns that sextortion can happen within a few hours of the first message. So do not wait: act quickly, and stay calm.

# source: FBI, NCMEC, NSPCC, IWF
q-sextortion-evening = What should you do?
    .situation = One evening in Lahore, your 16-year-old daughter shows you a message that came an hour ago. Someone has made a fake sexual picture from an ordinary photo of her. They say they will share it unless she does what they ask.
    .a = Act tonight, calmly: tell her it is not her fault, keep the messages, and tell the police.
    .b = Wait a few days: people like this often give up when nobody answers them.
    .c = Reply to the person and ask what they want, so that things calm down.
    .why = Sextortion can move within hours, so act tonight, calmly. A fake picture made from an ordinary photo is still sextortion, and she has done nothing wrong. Do not deal with the offender yourself: keep the evidence, block and report.

# source: NCMEC, Thorn, NCA
q-sextortion-paid = What should the family do?
    .situation = A family in Karachi has already sent money by JazzCash to someone who is threatening their son. Now the person wants more, and says it will be the last time.
    .a = Pay once more, since the person has promised that this will be the last time.
    .b = Stop paying now, keep the messages, and tell the police: it is not too late.
    .c = It is too late to report now, because they have already paid.
    .why = Paying rarely ends sextortion: the offender may simply ask for more. If you have paid, stop now. It is not too late to report, and the messages are evidence.

# source: NCMEC, NSPCC
q-sextortion-first-words = Your child tells you that someone is threatening to share a picture of them. What is the best thing to say first?
    .a = "Why did you send it? How could you be so careless? I told you so many times."
    .b = "Just ignore it. If you don't look at it, it will go away by itself."
    .c = "This is not your fault. I'm glad you told me. We'll sort it out together."
    .why = A child who was tricked or threatened is never to blame. Your calm words help your child keep telling you things. Scolding can make them hide the next problem. Ignoring threats does not make them stop.

# source: NCMEC, NSPCC
q-sextortion-report = Someone is threatening your child online. Which of these can you do to report it or get help? Choose all that apply.
    .a = Send the images to a relative who knows about phones, so that they can report them.
    .b = Block the offender, and report the account on the app.
    .c = Nothing: once something is online, it can never be taken back.
    .d = Tell the police or the cybercrime unit.
    .e = Use Take It Down, on the phone that has the image, to help get it removed.
    .why = Block and report on the app, tell the police, and use Take It Down to help remove images. Never send the images to anyone, not even to help. Help exists, even after images have spread.

# source: NCMEC
q-sextortion-whatsapp = A sexual picture of your child was posted on a large app that has joined Take It Down. It is also being passed around in private WhatsApp chats. What can Take It Down do?
    .a = Remove the picture from everywhere on the internet, private WhatsApp chats included.
    .b = Help get it off the large app, but not out of encrypted chats like WhatsApp.
    .c = Nothing: once a picture has spread to private chats, no service can help.
    .why = Take It Down works on many large apps that have joined it. It does not work inside encrypted chats such as WhatsApp. It can still help after a picture has spread. Report to the police too.
