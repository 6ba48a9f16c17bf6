### Hifazat lesson 'what-it-is': English. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 … P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-what-it-is = What online sexual exploitation of children is
    .goal = You will learn what online sexual exploitation of children is, how offenders use phones and the internet, and which children are harmed. You will also learn the words used in this course, and why there is hope.

# source: P1.1, P1.2, P2.4, IWF, FATF, FBI, NCMEC, NSPCC
section-what-it-is-meaning = What it means
    .body = Online sexual exploitation of children means using the internet, a phone or a webcam to sexually abuse a child, or to make money from a child's abuse.

        It is often done for money, above all abuse shown live and sextortion for money. Some offenders are paid by people who want to watch, or who want to tell them what to do to the child. But much of this abuse involves no money at all.

        It is a serious crime. The child is never to blame. The blame belongs to the adults who abuse the child, and to everyone who pays or helps.

# source: P1.1, P1.3, P1.4, P6.3
section-what-it-is-technology = How offenders use technology
    .body = New technology has made this crime easier. Offenders can use a webcam or a mobile phone to show abuse live over the internet. This is called livestreaming.

        Mobile phones give offenders new ways to reach children. They use apps to find and target children, to draw them in, and then to pressure them into sexual acts.

        The crime costs very little. An offender needs only an internet connection and a mobile phone, or a computer with a webcam.

# source: P1.5, P1.6, Childlight
section-what-it-is-any-child = Any child can be harmed
    .body = The report this course is based on said that hundreds of thousands of children were exploited online, and that the number seemed to be rising.

        Newer counts are far larger. In 2024, Childlight, at the University of Edinburgh, estimated that more than 300 million children had some kind of online sexual abuse in one year. This count is wider: it includes unwanted sexual messages and pictures shared without the child's consent.

        Victims can be very young children or teenagers. Boys are harmed as well as girls. Children from every kind of family, community and background are harmed.

        So do not think: "This cannot happen to my child." Knowing this is not a reason to panic. It is a reason to learn, and to stay close to your children.

# source: Luxembourg Terminology Guidelines, ECPAT, IWF, P1.1, P4.1, P2.1
section-what-it-is-words = Words you will meet in this course
    .body = "Child sexual abuse material" means pictures or videos of a child being sexually abused. Experts use these words because they say clearly what the pictures are: the sexual abuse of a child, who can never agree to it.

        Most of these pictures show a real child. Some are fakes, made on a computer, often from an ordinary photo of a real child. They harm children too.

        Livestreaming means abuse is shown live over the internet while it happens. The lesson on livestreamed abuse explains it.

        In sextortion, an offender uses threats to sexually exploit a child, for example threatening to share a private picture. The lesson on sextortion explains what to do.

        Grooming is how an offender prepares a child for abuse. The next lesson is about it.

# source: P6.1, P6.2, P2.8, NSPCC
section-what-it-is-hope = There is hope, and you have a part to play
    .body = Governments and organisations around the world are working together against this crime. Police in different countries help each other, and they are working to give child victims special care.

        Several countries have already taken offenders to court: both the people who pay and the people who abuse children.

        You can help too. In this course you will learn the warning signs, and what to do if you are worried. Talk with your children often, and let them know they can always come to you. The Help screen lists who you can contact.

# source: P1.1, P1.4
key-what-it-is-meaning = Online sexual exploitation of children is the use of the internet, phones or webcams to sexually abuse or exploit a child.
# source: P1.2, P6.3, IWF, FATF
key-what-it-is-for-money = It is often done for money, above all abuse shown live, and it costs offenders very little.
# source: P1.6
key-what-it-is-any-child = Any child can be harmed: very young children and teenagers, girls and boys, from every background.
# source: NCMEC, NSPCC
key-what-it-is-never-the-child = The child is never to blame; the blame belongs to the offenders.
# source: P6.1, NSPCC
key-what-it-is-you-can-act = Governments and organisations are fighting this crime, and you can help by learning the signs and talking with your children.

discuss-what-it-is-d1 = Before today, had you heard of the online sexual exploitation of children? Which part of this lesson surprised you most?
discuss-what-it-is-d2 = Why might some parents think "this could never happen to my child"? How could we help each other stay alert without panic?

# source: P1.1, P1.2, P2.4
q-what-it-is-what-is = Which of these is online sexual exploitation of a child?
    .a = A child watches a frightening news video about a crime on a phone.
    .b = Classmates send a child unkind messages and leave them out of their group chat.
    .c = An adult abuses a child in front of a webcam, and people pay to watch.
    .why = Online sexual exploitation is when offenders use technology to sexually abuse or exploit a child, often for money. Frightening videos and unkind messages can upset a child and are worth talking about, but they are not this crime.

# source: P1.6, P2.5, P2.4
q-what-it-is-who = Only teenagers who have their own phones can become victims of online sexual exploitation.
    .why = This is not true. Victims range from very young children to teenagers, girls and boys, from every background. A young child with no phone can be abused on camera by someone nearby, and watched by people far away.

# source: P1.2, P1.4, P6.3, P1.5, P1.6, P2.7, IWF, FATF
q-what-it-is-facts = Which of these are true about online sexual exploitation of children? Choose all that apply.
    .a = Some offenders do it to make money.
    .b = It only happens in a few poor, faraway countries, not in places like ours.
    .c = Offenders use apps to target children and pressure them into sexual acts.
    .d = An offender needs only an internet connection and a phone, or a computer with a webcam.
    .e = Experts believe the number of children harmed is falling, thanks to new apps.
    .why = Some offenders do it for money, above all when abuse is shown live. Offenders use apps to target and pressure children, and it needs very little equipment. It happens in many countries, to children from every background. And experts believe the number of children harmed is rising, not falling.

# source: Luxembourg Terminology Guidelines, ECPAT, WeProtect, IWF
q-what-it-is-words = Why do experts say "child sexual abuse material" for pictures and videos that show children being abused?
    .a = Because it is a gentler phrase that makes the subject less upsetting to talk about.
    .b = Because it says plainly: this is the sexual abuse of a child, who can never agree.
    .c = Because it is only used for videos that were filmed online, not for photos.
    .why = The words make clear that these are not ordinary pictures: they show the sexual abuse of a child, who is never to blame. Most show a real child, and even fake ones harm children. The words are not meant to soften the truth, and they cover both photos and videos.

# source: P1.6, P1.4, FBI, NCMEC
q-what-it-is-relative = What is true?
    .situation = At a family meal, a relative says: "These internet dangers are for girls in big cities. My boys are safe, and we live in a small town." His sons are 9 and 13, and both play games online.
    .a = Any child can be targeted, boys too, in small towns too. Talk with the boys about their games.
    .b = He is right: offenders online are mostly after girls, so boys are hardly ever targeted.
    .c = He is right if the boys only play games: offenders use chat apps, not games.
    .why = Victims are girls and boys, from very young children to teenagers, from every background. Offenders use the apps and games that children use. This is not a reason to panic, but a reason to talk with children often and to learn the signs.

# source: P6.1, P6.2, P2.8, P1.5
q-what-it-is-hope = Why is there reason for hope?
    .a = Because experts say the number of children harmed is now falling in every country.
    .b = Because apps now find and stop all abuse by themselves, so parents need not worry.
    .c = Because governments and organisations are working together, and parents can learn the signs and act.
    .why = Experts believe the number of children harmed is still rising, and apps alone cannot stop it. But governments and organisations are working together, offenders have been taken to court, and parents who know the signs can protect children.

# source: P1.1, P1.2, P2.4, P4.1
q-what-it-is-meaning = Which of these are true about what online sexual exploitation of children means? Choose all that apply.
    .a = It only counts if the offender meets the child in person.
    .b = It can mean abuse shown live on a webcam.
    .c = Making money from a child's abuse is part of it.
    .d = It is only a crime when money is paid.
    .e = Threatening a child with a private picture can be part of it.
    .why = It means using the internet, a phone or a webcam to abuse a child, or to make money from it. Abuse shown live and threats with a private picture are both part of it. The offender does not need to meet the child. And it is a crime with or without money.

# source: NCMEC, NSPCC, Luxembourg Terminology Guidelines
q-what-it-is-blame = If a child went along with what an offender asked, part of the blame is the child's.
    .why = This is not true. A child can never agree to sexual abuse. The child is never to blame. The blame belongs to the adults who abuse the child, and to everyone who pays or helps.

# source: P1.6, NCMEC, NSPCC
q-what-it-is-mothers-group = What is true?
    .situation = In the WhatsApp group of mothers at your children's school in Lahore, someone writes about a girl who was harmed online: "Her parents gave her a phone. She must have done something wrong."
    .a = The girl shares some of the blame, because she had a phone and used it.
    .b = The girl is never to blame. The blame belongs to the offender, and to anyone who helps.
    .c = Her parents are to blame, because they gave such a young girl a phone.
    .why = The child is never to blame, whatever she had or did. Having a phone does not make her a part of the crime. Blaming her parents is wrong too. The blame belongs to the offenders.

# source: P6.3, P1.2, P1.6
q-what-it-is-load-shop = What is true?
    .situation = At a mobile-load shop (where people buy phone credit) in a village in Sindh, the shopkeeper says: "That kind of crime needs a studio and costly machines. Nobody here could do it."
    .a = He is wrong: a phone and an internet connection are enough, so it costs very little.
    .b = He is right: this crime needs a studio, costly cameras and people with special skills.
    .c = It only happens in rich countries, where people can afford costly machines and fast internet.
    .why = The crime costs very little, and it is often done for money. A phone and an internet connection are enough. So it can happen anywhere, to children from every background, not only in rich countries.

# source: P6.1, P6.2, NSPCC
q-what-it-is-nothing-to-do = This crime happens on the internet, so there is nothing a parent can do about it.
    .why = This is not true. Governments and organisations are working together against it. You can help too: learn the warning signs, and talk with your children often. The Help screen lists who you can contact.
