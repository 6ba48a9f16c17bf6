### Hifazat lesson 'livestreaming': English. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 … P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-livestreaming = Livestreamed abuse for money
    .goal = You will learn what livestreamed abuse of children is, where it happens and why it is growing. You will also learn why it always harms a child, and what you can do.

# source: P1.1, P1.2, P2.4, P3.5
section-livestreaming-what-it-is = What it is
    .body = Some adults sexually abuse children in front of a webcam or a mobile phone camera. The abuse is sent live over the internet to people watching somewhere else.

        The people watching pay money for it. They can be anywhere in the world. They can even tell the abuser what to do to the child.

        Children are forced to perform sexual acts on camera. This is a serious crime. It is one form of online sexual exploitation of children.

# source: P2.5, P3.4, P1.6, P2.7
section-livestreaming-where = Where it happens, and to whom
    .body = This abuse is not only something far away. It often happens in or near the child's own community: in a private home, in an internet café, or in a small room set up for it, sometimes called a "cyber den".

        In some countries, such as the Philippines, the abuser is often someone the child knows: a relative or a neighbour.

        Any child can be harmed, from very young children to teenagers. Boys are victims as well as girls, from every kind of family and background.

        Children have been harmed in this way in many countries, including India, the Philippines, Thailand, Mexico, Colombia and the United States.

# source: P3.2, P6.3, P3.3, P6.4, P3.1, P3.7
section-livestreaming-why-it-grows = Why it is growing
    .body = It costs very little. An abuser needs only an internet connection and a mobile phone, or a computer with a webcam.

        Paying viewers are easy to find. They hide who they are and send the money by money transfer.

        Around the world, relatively few offenders are convicted, and the profit is high. Low cost, little risk and big profit make this crime grow fast.

        In some countries, such as the Philippines, people in some poor communities reportedly earn money from this abuse. Easy money, and relatives who go along with it, have helped it spread.

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
key-livestreaming-near-home = It often happens in or near the child's own community. In some countries, such as the Philippines, people the child knows are often involved.
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
    .a = It needs costly cameras and special equipment, which have become cheaper and easier to find.
    .b = It costs little, few offenders are punished, and it makes a lot of money.
    .c = Viewers must travel to the child to watch, and travel has become cheaper.
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
q-livestreaming-who-involved = In countries such as the Philippines, who is often involved in livestreamed abuse of a child?
    .a = Only strangers who live in other countries and never meet the child.
    .b = Only large criminal gangs who run special studios in big cities.
    .c = Often family members or neighbours, with viewers who pay from far away.
    .why = The abuse often happens in or near the child's own community. In some countries, such as the Philippines, family members or neighbours are often involved. The paying viewers can be anywhere in the world. So it is not only about strangers far away.

# source: P3.4, P3.6, P3.7, NSPCC, Darkness to Light
q-livestreaming-cousin = What is true?
    .situation = Your cousin tells you that a man in another country pays her family for video calls. On these calls, their young niece is sexually exploited on camera. Your cousin says: "Nobody touches her, and the money pays for her school. Where is the harm?"
    .a = It seriously harms her, and it is a crime. Get advice from a helpline or the police.
    .b = It is a smaller problem, because nobody touches her and the money pays for school.
    .c = It is only wrong if the girl seems upset or scared after the calls.
    .why = Abuse on camera harms a child's mind, body and development, even if nobody touches her and even if she does not show it. Needing money never makes it acceptable. Get advice from people trained in child protection, and do not confront the family yourself.

# source: P2.8
q-livestreaming-prosecuted = Some countries have taken to court both the people who pay to watch and the people who abuse the child.
    .why = This is true. Countries including the Philippines, the United Kingdom, Canada and the United States have prosecuted both the paying viewers and the people who help exploit children. Reporting can lead to action.

# source: P2.4, P1.2
q-livestreaming-instructions = In livestreamed abuse, the viewers who pay can also give instructions for what is done to the child.
    .why = This is true. Viewers pay to watch the abuse live, and they can tell the abuser what to do. They can be anywhere in the world. They are offenders too.

# source: P1.2, P2.4, P3.3, P3.6, P3.7
q-livestreaming-money = Which of these are true about the money in livestreamed abuse? Choose all that apply.
    .a = Viewers must travel to meet the child before they pay.
    .b = It is usually done to make money.
    .c = Viewers often hide who they are, and pay by money transfer.
    .d = If a family is poor, the money makes it acceptable.
    .e = Viewers pay to watch, from anywhere in the world.
    .why = This abuse is usually done for money. Viewers pay from anywhere, hide who they are, and send money by transfer. They never need to travel. Needing money never makes the abuse of a child acceptable.

# source: P2.5, P3.3, FATF, IJM, NSPCC
q-livestreaming-internet-cafe = What is true?
    .situation = You live in a town in Punjab. A man there runs a small internet café. You hear that he is offering a poor family money. He wants their 12-year-old son to come in late at night for private "video calls" with a man abroad.
    .a = It is safe: an internet café is a public place, where people come and go all day.
    .b = It is a serious warning sign, even in a town like yours. Ask a helpline or the police.
    .c = This kind of abuse only happens in faraway countries, not in a small town like yours.
    .why = This abuse often happens near the child's home, in private homes or internet cafés. Money, private "video calls" and late hours are warning signs. A café is not safe just because it is public. Get advice, and do not confront the man yourself.

# source: P2.8, NCMEC, NSPCC
q-livestreaming-wedding = What is true?
    .situation = At a wedding in Lahore, relatives talk about a news report. A girl in another country was abused on camera for money. One of them says: "She must have gone along with it."
    .a = If she did not refuse or ask for help, she shares some of the blame.
    .b = Only the viewers abroad are to blame, not the people near her who arranged it.
    .c = The girl is never to blame. The blame belongs to those who abuse, help or pay.
    .why = Children are forced to perform sexual acts on camera. A child is never to blame, whether or not she refused. The blame belongs to everyone who abuses her, helps, or pays, near her or far away.

# source: NCMEC, NSPCC
q-livestreaming-not-told = If a child does not tell anyone about abuse on camera, the child shares the blame for it.
    .why = This is not true. The child is never to blame, whether they tell or not. The blame belongs to the adults who abuse the child, those who help them, and those who pay.

# source: NSPCC, Darkness to Light
q-livestreaming-worried = You are worried that a child near you is being abused on camera. What should you do?
    .a = Ask a child protection helpline or the police for advice; do not confront the person.
    .b = Wait until you are sure and have proof before you tell anyone at all.
    .c = Go and talk to the person you suspect, so that they know they are being watched.
    .why = If you are worried, get advice from a child protection helpline or the police. You do not need proof first: finding out is their job. Confronting the person yourself can warn them and put the child in more danger.

# source: help directory, NSPCC, Darkness to Light
q-livestreaming-niece-call = What should you do?
    .situation = Your 11-year-old niece phones you from a relative's house in Hyderabad. She whispers that an adult in the house is making her go on a video call in a locked room, right now. She is frightened.
    .a = Phone the house yourself, and tell them to stop.
    .b = Call the emergency number at once. In Pakistan, it is 15.
    .c = Wait until morning, and then ask the family about it.
    .why = She is in immediate danger, so call the emergency number at once. Waiting leaves her in danger. Phoning the house yourself can warn the adult, and put her at more risk.
