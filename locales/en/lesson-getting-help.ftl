### Hifazat lesson 'getting-help': English. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 … P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-getting-help = What to do, and where to get help
    .goal = You will learn how to talk with a child, what to do if a child tells you about abuse, and how to keep evidence safely. You will also learn where to report, and how to care for your child and for yourself.

# source: NSPCC, NCMEC, internetsafety101.org
section-getting-help-talking = Talk often, calmly, without blame
    .body = Talk with your child about their online life often, not only when you are worried. Ask which apps and games they use, and who they talk to. Listen more than you speak.

        Short, calm talks work better than one big, serious talk. A child who is used to talking with you finds it easier to tell you when something goes wrong.

        Make one promise and keep it: "If anything online scares you or feels wrong, tell me. You will not be in trouble." A child who fears blame or punishment may hide a problem.

# source: NSPCC, Darkness to Light
section-getting-help-disclosure = If a child tells you about abuse
    .body = A child may tell you only a little at first, to see how you react. Stay calm, listen, and believe them. Your calm face and voice tell the child it was right to speak.

        Do not ask many detailed questions. Trained people will ask them later, in the right way. Do not promise to keep it a secret: say you will tell only people who can help.

        Write down what the child said, in their own words, with the date. Do not confront the offender yourself: it can warn them and put the child in more danger. Then report to the police or a child protection helpline.

# source: NCMEC, Thorn, NSPCC, IWF, NCA
section-getting-help-evidence = Keep evidence, not images
    .body = Do not delete messages, accounts or chats. They can help the police.

        Keep the evidence safely: write down usernames, copy links to profiles, and take screenshots of the messages. Note dates and the names of the apps.

        Sexual images of a child are child sexual abuse material. Never look at, save, copy or forward them, not even to report them. Sharing them spreads the harm further. If an image is already on a phone, do not delete it either. Tell the people you report to that it is there; it is their job to deal with it.

        The lesson on sextortion gives the steps for threats. These rules about evidence apply to any worry.

# source: help directory, NCMEC, IWF, Childline, FBI
section-getting-help-reporting = Where to report
    .body = If a child is in immediate danger, call your local emergency number first. In Pakistan, this is 15. Call it too if a child talks about hurting themselves, and stay with them.

        Report the account on the app or website where it happened. Then tell the police or the cybercrime unit. The Help screen lists contacts for your country, and what each one is for.

        Services can help remove sexual images of a young person from the internet. NCMEC's Take It Down is for images taken before age 18, from anywhere in the world. It works on many large apps, but not inside encrypted chats such as WhatsApp. In the United Kingdom, young people can use Report Remove from Childline and the IWF.

# source: P5.5, NSPCC, Darkness to Light
section-getting-help-care = Care for your child, and for yourself
    .body = A child who has been abused needs care and support to recover, boys as much as girls. Keep telling your child that it was not their fault.

        In many places there are too few specialised services for child victims, from people trained to understand how abuse affects a child's mind and feelings. Services for boys are especially lacking. Ask the police, a child protection helpline or a doctor what support is near you, and keep asking.

        You may feel shock, anger or guilt. That is normal. Talk to someone you trust and get support for yourself too. A calm, steady parent helps a child heal.

# source: NSPCC, NCMEC, internetsafety101.org
key-getting-help-talk-often = Talk with your child often and calmly, so that they know they can tell you anything without being blamed.
# source: NSPCC, Darkness to Light
key-getting-help-believe = If a child tells you, listen, believe them, write down what they said, and report; do not confront the offender yourself.
# source: NCMEC, Thorn, NSPCC
key-getting-help-evidence = Keep usernames, profile links and screenshots of messages, but never view, save or forward the images.
# source: help directory, NCMEC, IWF, Childline
key-getting-help-report = Report to the app and the police; in immediate danger, call the emergency number; and use Take It Down or Report Remove to help get images removed.
# source: P5.5, NSPCC
key-getting-help-care = With care and support, children can recover; ask for that support, for boys and girls alike, and for yourself too.

discuss-getting-help-d1 = In our community, where could a family find support after a child has been abused? What support is missing?
discuss-getting-help-d2 = What makes it hard for a parent to stay calm when a child tells them something upsetting? What could help?

# source: NSPCC, Darkness to Light
q-getting-help-promise = What is the best thing to do?
    .situation = Your 12-year-old nephew tells you that a man the family knows has been sending him messages late at night that scare him. He begs you: "Please don't tell anyone."
    .a = Promise to keep it secret, so that he keeps trusting you and tells you more.
    .b = Go to the man's house, and tell him to stop or you will call the police.
    .c = Thank him, say it is not his fault, and explain that you must tell people who can help.
    .why = Your nephew needs to feel believed and safe. You cannot keep a secret when a child is at risk, but you can explain that you will tell only people who can help. Going to the man yourself could warn him and put your nephew in more danger.

# source: NCMEC, Thorn, NSPCC
q-getting-help-evidence = You are worried about messages on your child's phone. Which of these are safe and useful to keep as evidence? Choose all that apply.
    .a = The other person's username.
    .b = A copy of a sexual image that was sent, so the police can see it.
    .c = A link to the other person's profile.
    .d = Screenshots of the messages, without any images.
    .e = The images, forwarded to a relative so they can give advice.
    .why = Usernames, profile links and screenshots of the messages help the police. Never save, copy or forward sexual images of a child, not even for the police or for advice: sharing them spreads the harm. Tell the people you report to that there are images.

# source: NSPCC, Darkness to Light
q-getting-help-confront = If you know who the offender is, it is best to confront them yourself before you report.
    .why = This is not true. Confronting the offender can warn them, so they may hide evidence or put pressure on the child. Write down what you know and report to the police or a child protection helpline.

# source: help directory
q-getting-help-danger = When should you call your local emergency number, such as 15 in Pakistan?
    .a = When a child is in immediate danger.
    .b = Only after you have collected all the evidence.
    .c = Never: online abuse can only be reported on the app.
    .why = A child's safety comes first: in immediate danger, call the emergency number at once. Evidence can be gathered later. Reporting on the app is useful, but it is not the only place to report; the Help screen lists more contacts.

# source: NCMEC
q-getting-help-take-it-down = How does NCMEC's Take It Down help?
    .a = It finds the offender, has them arrested, and takes them to court.
    .b = It asks you to send it the image, with your full name and home address.
    .c = It helps get sexual images taken before age 18 removed from many apps.
    .why = Take It Down helps remove images taken before age 18, from anywhere in the world. You do not give your name, and the image never leaves your device: only a digital fingerprint of it is shared. It works only on apps that have joined it, not in encrypted chats. It is not the police, so report the crime to the police too.

# source: P5.5, NSPCC, FBI
q-getting-help-son = What would help him most?
    .situation = A month ago, your 14-year-old son was tricked and threatened online. You reported it. Now he is quiet, sleeps badly, and says he was stupid.
    .a = Wait until he asks for help himself, because boys usually deal with such things on their own.
    .b = Keep telling him it was not his fault, and ask a helpline or a doctor about support.
    .c = Tell him to forget it, because talking about it will only make it worse.
    .why = Boys are victims too, and they need care and support just as girls do. Services for boys are often lacking, so you may need to ask more than once. Silence or waiting can leave him alone with his feelings.

# source: NSPCC, NCMEC, internetsafety101.org
q-getting-help-short-talks = Which kind of talk about online life helps a child most?
    .a = One long, serious talk, once the child is old enough to understand.
    .b = Short, calm talks, often, where you listen more than you speak.
    .c = Talks only when you are already worried that something is wrong.
    .why = Short, calm talks work better than one big, serious talk. Talk often, not only when you are worried. A child who is used to talking with you finds it easier to tell you when something goes wrong.

# source: NSPCC, NCMEC
q-getting-help-school-group = What is true?
    .situation = In your children's school WhatsApp group in Karachi, a father writes: "If my son ever talks to a stranger online, I will take his phone and punish him. Fear keeps children safe."
    .a = A child who fears punishment may hide a problem. Promise they won't be in trouble for telling.
    .b = He is right: a child who fears punishment will stay away from strangers online.
    .c = It is better not to talk about online dangers at all, so that children do not get ideas.
    .why = A child who fears blame or punishment may hide a problem, and then nobody can help. Talk with your child often, and promise: "If anything online scares you, tell me. You will not be in trouble."

# source: NCMEC, Thorn, NSPCC
q-getting-help-brother = What should you do?
    .situation = A sexual image of your daughter is on her phone, and someone is using it to threaten her. Your brother in Lahore says: "Forward it to me. I know a police officer, and I will show it to him."
    .a = Forward it only to your brother, since he knows a police officer and wants to help.
    .b = Delete the image at once, so that nobody else can ever see it.
    .c = Do not forward or delete it. Keep the messages, and tell the police it is there.
    .why = Never forward a sexual image of a child, not even to help: it spreads the harm. Deleting it is wrong too. Keep the usernames and messages, and tell the people you report to that the image is there.

# source: NCMEC, NSPCC, NCA
q-getting-help-delete-image = If a sexual image of a child is already on a phone, the best thing is to delete it at once.
    .why = This is not true. Do not delete it, and do not look at it, save it or send it anywhere. Tell the people you report to that it is there. It is their job to deal with it.

# source: P5.5, NSPCC
q-getting-help-boys-care = Boys who have been abused need care and support to recover, just as girls do.
    .why = This is true. With care and support, boys can recover, just as girls can. Services for boys are often lacking, so you may need to ask more than once.
