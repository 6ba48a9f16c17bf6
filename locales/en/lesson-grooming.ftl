### Hifazat lesson 'grooming': English. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 … P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-grooming = How it starts: getting close and grooming
    .goal = You will learn how an offender gets close to a child and prepares the child for abuse, and who else is involved. You will also learn what you can do to protect your child.

# source: P2.1, P1.4, P3.4, P2.5
section-grooming-access = How offenders get close to a child
    .body = The exploitation begins when an offender gets access to a child. This can happen online, through the apps and games children use.

        The offender may also be someone near the child: a relative, a neighbour, or someone the family trusts. In some countries, such as the Philippines, family members or neighbours are often involved in livestreamed abuse.

        Once they are close to the child, the offender starts to prepare the child for abuse. This is called grooming.

# source: P2.1, internetsafety101.org, NCMEC, FBI, NSPCC
section-grooming-tactics = How grooming works
    .body = In grooming, the offender plays clever tricks on a child's mind and puts pressure on the child. It often happens slowly, step by step, so the child does not see the danger.

        The offender may give lots of compliments and act like a special, older "friend". They may send gifts, money or phone credit.

        Then they ask the child to keep secrets, or to move to another, more private app. They may try to come between the child and the family.

        Later, the kindness can turn into pressure and threats. A child who was groomed like this has done nothing wrong.

# source: P2.2, P2.3, P2.4, P2.8
section-grooming-customers = The paying customer
    .body = Often the offender is not working alone. Over the internet, they contact a customer, who has often already asked for a child to be arranged.

        The customer pays to watch the abuse live, and can tell the offender what to do to the child. Customers can be anywhere in the world. This harms the child even more.

        The customer may never meet the child, but they are an offender too. Several countries have taken paying customers to court, as well as the people who abuse children.

# source: P2.6, P5.3, P6.2
section-grooming-secret-groups = Secret groups online
    .body = There are secret groups on the internet where offenders come together around the sexual abuse of children. These groups are well hidden, and they are growing very fast.

        Offenders use secret codes and networks that hide who they are. This makes police investigations slower and harder.

        Finding these groups is work for police with special skills. Do not go looking for them yourself. What you can see is your own child, and changes in your child. That is where protecting your child starts.

# source: NSPCC, NCMEC, internetsafety101.org, Darkness to Light
section-grooming-you-can-act = What you can do
    .body = Talk with your children about their online life, often and calmly. Ask who they talk to, just as you ask about their friends at school.

        Tell them: an adult or "friend" who gives gifts, asks for secrets or asks to move to another app is a warning sign. Promise them they will never be scolded or blamed for telling you.

        If you are worried, keep the messages, and get advice from a child protection helpline or the police. Do not confront the person yourself. The lesson on warning signs and the Help screen will help you.

# source: P2.1, P1.4, P3.4
key-grooming-access = Grooming starts when an offender gets close to a child, online or as someone the child already knows.
# source: P2.1, internetsafety101.org, NCMEC, FBI
key-grooming-trust = Offenders win trust with compliments and gifts, then use secrets and pressure to control the child.
# source: P2.2, P2.4, P2.8
key-grooming-customers = Paying customers anywhere in the world can direct the abuse of a child, and they are offenders too.
# source: NCMEC, NSPCC
key-grooming-not-the-child = A child who was groomed, tricked or pressured has done nothing wrong.
# source: NSPCC, help directory
key-grooming-talk = Talk with your children often and without blame, and know who to call if you are worried.

discuss-grooming-d1 = Why do you think offenders ask children to keep secrets? How could a family explain the difference between a happy surprise and a secret that feels wrong?
discuss-grooming-d2 = In our community, what would make it easier for a child to tell an adult about an online "friend" who worries them?

# source: P2.1, internetsafety101.org
q-grooming-what-is = What is grooming?
    .a = Any time an adult gives a child a present, such as Eid money or sweets.
    .b = An offender slowly winning a child's trust, then pressuring the child, to prepare for abuse.
    .c = A child making new friends of their own age in an online game.
    .why = Grooming is a planned trick: first trust, then secrets and pressure. A present or a new friend is not grooming in itself. It becomes a worry when it comes with secrets, pressure, or a push to move to another app.

# source: P2.3, P2.4, P2.8
q-grooming-customer = A customer pays from another country to direct the abuse of a child. They never touch the child, but they are still an offender.
    .why = This is true. Customers pay to give instructions for the abuse, and this seriously harms the child. Countries including the United Kingdom, Australia and the United States have taken paying customers to court.

# source: P2.1, internetsafety101.org, NCMEC, FBI
q-grooming-tactics = An offender is grooming a child online. Which of these might the offender do? Choose all that apply.
    .a = Introduce themselves to the child's parents and invite them into the chat.
    .b = Tell the child to keep their chats a secret.
    .c = Send the child gifts, money or phone credit.
    .d = Only talk to the child in a class group that teachers and parents can see.
    .e = Ask the child to move to another, more private app.
    .why = Secrets, gifts and moving to a private app are common grooming tactics. People who groom children keep parents and teachers out, so they avoid open groups. Still, not every friendly adult is a danger: look for several signs together.

# source: internetsafety101.org, NCMEC, FBI, NSPCC, Darkness to Light
q-grooming-new-friend = What is the best thing to do?
    .situation = Your 12-year-old son has a new, older "friend" from an online game. The "friend" sends him game credit and says: "Don't tell your parents, they won't understand." Now the "friend" wants to chat on another app.
    .a = Let it go: gifts in games are normal, and the "friend" seems kind and helpful.
    .b = Message the "friend" yourself, and warn them that you will call the police.
    .c = Stay calm, talk with your son without blame, keep the messages, report, and get advice.
    .why = Gifts, a request for secrecy and a move to another app are, together, warning signs of grooming. Your son has done nothing wrong. Keep the evidence and report. Do not confront the person yourself: it can warn them.

# source: P2.6, P6.1, P6.2, NSPCC
q-grooming-secret-groups = Secret online groups of offenders are growing fast. What is the right thing for a parent to do?
    .a = Leave the search for them to the police, and talk often with your own child.
    .b = Search for these groups online yourself, to find out if anyone you know is in them.
    .c = Do nothing, because these groups are hidden and nobody can stop them.
    .why = Finding these groups is work for police with special skills, and governments are working on it. Searching for them yourself is dangerous. What a parent can do is stay close to their own child and know the signs.

# source: NCMEC, NSPCC
q-grooming-secret = An online "friend" asked a child to keep their chats secret, and the child did. So the child is partly to blame for what happened.
    .why = This is not true. Asking for secrets is one of the offender's tricks. A child who was groomed, tricked or pressured has done nothing wrong; the blame belongs to the offender alone.

# source: P2.1, P1.4, P3.4
q-grooming-access = How can an offender get close to a child?
    .a = Online through apps and games, or as someone near the child, like a relative.
    .b = Only as a stranger the child has never met, who lives far away.
    .c = Only through chat apps that children use, never through online games.
    .why = Offenders reach children online, through the apps and games children use. The offender can also be someone near the child: a relative, a neighbour, or someone the family trusts. So it is not only strangers, and not only chat apps.

# source: P2.1, internetsafety101.org, NCMEC, NSPCC
q-grooming-cousin-phone = What is the best thing to do?
    .situation = At family gatherings in Lahore, your 11-year-old daughter often borrows her older cousin's phone. A family friend whom everyone trusts has started messaging her on it. He praises her a lot, and tells her not to tell anyone.
    .a = There is nothing to worry about: a family friend everyone trusts would never harm a child.
    .b = Talk with her calmly, without blame. Praise and secrecy are warning signs: keep the messages, get advice.
    .c = Take the cousin's phone away, and tell the girls not to share phones again.
    .why = Grooming can start with someone the family already trusts. Lots of praise and a request for secrecy are warning signs. Taking a phone away does not stop the man, and your daughter has done nothing wrong. Keep the messages and get advice.

# source: P2.2, P2.4, P2.8
q-grooming-customers = Which of these are true about the customers who pay to watch the abuse of a child? Choose all that apply.
    .a = They can be anywhere in the world.
    .b = They are not offenders if they never touch the child.
    .c = They can tell the offender what to do to the child.
    .d = No country has ever taken them to court.
    .e = They have often asked for a child to be arranged.
    .why = Customers can be anywhere in the world. They often ask for a child first, then pay to watch and give instructions. They are offenders too, even if they never touch the child. Several countries have taken paying customers to court.

# source: NCMEC, NSPCC, internetsafety101.org
q-grooming-gifts-blame = What is true?
    .situation = In a village in Punjab, people hear that a 13-year-old boy was groomed online by a man who sent him phone credit and gifts. A neighbour says: "He took the gifts, so he brought it on himself."
    .a = The neighbour is right: by taking the gifts, the boy made himself partly to blame.
    .b = The boy is only to blame if he kept it secret and did not tell his parents.
    .c = The boy did nothing wrong. Gifts and secrets are tricks; the blame is the offender's alone.
    .why = Gifts, phone credit and secrets are tricks the offender uses to groom a child. A child who was groomed, tricked or pressured has done nothing wrong. Keeping a secret the offender asked for does not make him to blame either.

# source: NSPCC, NCMEC
q-grooming-punish = Warning a child that they will be punished if they talk to strangers online makes it more likely that they will tell you about a problem.
    .why = This is not true. A child who fears being scolded or blamed may hide a problem. Promise your child that they will never be scolded or blamed for telling you. Then talk often and calmly.
