### Hifazat lesson 'what-works': English. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 … P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-what-works = Why it is hard to stop, and what works
    .goal = You will learn why online sexual exploitation of children is hard to stop. You will also learn what is being done against it, and what families and communities can do.

# source: P5.1, P5.2
section-what-works-new-crime = A new kind of crime
    .body = Online sexual exploitation of children is a new kind of crime. It brings new problems for the police, for prosecutors and judges, and for the people who care for child victims.

        In most countries, police have had little training or experience with it. They find it hard to spot the crime and to investigate online.

        Evidence is often held by internet and app companies: the companies that give people access to the internet, and those that run the apps. Police must know how to get that evidence, and how to present it in court. Many have not yet learned how.

# source: P5.3
section-what-works-hidden = Offenders hide their tracks
    .body = Offenders use technology to hide. Two technical words help explain how.

        Encryption scrambles a message so that only the sender and the person it is meant for can read it. An IP address is a number given to each internet connection, a little like a house address.

        Some networks and apps hide a user's IP address. Together with encryption, this makes it harder to find out who is behind a crime. Investigations can be delayed or made more difficult.

# source: P5.4, P6.3, P6.4
section-what-works-silence-and-profit = Silence and easy money
    .body = Sometimes the people around a child are part of the abuse: family members, or others who help the offender. They may refuse to help the police. This is a major problem for investigators.

        As the lesson on livestreamed abuse showed, the crime costs very little. An internet connection and a mobile phone, or a computer with a webcam, are enough.

        Around the world, relatively few offenders are convicted, and the profit is high. Low cost, little risk of punishment and high profit: that is why this crime grows fast.

# source: P6.1, P6.2, P2.8
section-what-works-what-is-done = What is being done
    .body = Governments, international organisations and charities are working together against this crime.

        Police in different countries help each other. Cybercrime investigators are learning skills to find and prosecute offenders. New laws are being made to keep electronic evidence safe: the evidence on phones and computers. Then crimes committed online can be taken to court. Prosecutors and judges receive special training.

        Specialised care for child victims is part of this work. And countries including Australia, the United Kingdom, Canada, the Netherlands, the Philippines and the United States have prosecuted both the customers who pay and the people who help exploit children.

# source: P6.5, NSPCC, NCMEC, Darkness to Light, internetsafety101.org
section-what-works-your-part = What is still needed, and what you can do
    .body = To turn this around, governments must truly want to hold offenders to account, and must spend enough on it. They must give child victims full support, and work to prevent the crime.

        Families and communities have a part too. Talk with children often, without blame. Notice warning signs. Report your worries to the police or a child protection helpline.

        Support children who have been harmed, and never blame them. A community that listens and speaks up makes this crime harder to hide.

# source: P5.2, P5.3
key-what-works-hard-to-investigate = Many police have little training in online investigation, and encryption and hidden IP addresses slow investigations down.
# source: P5.4
key-what-works-silence = When family members or other helpers protect the offender, investigations become much harder.
# source: P6.3, P6.4
key-what-works-profit = Low cost, few convictions and high profit make this crime grow fast.
# source: P6.1, P6.2, P2.8
key-what-works-working-together = Countries are working together, training police, prosecutors and judges, and taking offenders to court.
# source: P6.5, NSPCC, NCMEC, Darkness to Light
key-what-works-your-part = You can help: talk with children, notice warning signs, report your worries, and support victims without blame.

discuss-what-works-d1 = Why might a family member stay silent about a child's abuse? How could a community make it easier to speak up?
discuss-what-works-d2 = What could leaders in our area do to protect children from online exploitation? What could we ask them for?

# source: P5.2, P5.3, P5.4, P6.3
q-what-works-why-hard = Which of these make online sexual exploitation of children hard to stop? Choose all that apply.
    .a = The crime needs costly equipment that is hard to get.
    .b = In most countries, police have little training in investigating online.
    .c = Encryption and networks that hide IP addresses delay investigations.
    .d = Every country already has enough specially trained police.
    .e = Family members or other helpers of the offender may not cooperate.
    .why = Little police training, hidden tracks and silence around the child all make the crime hard to stop. The crime does not need costly equipment: a phone or a computer with a webcam is enough. And most countries do not yet have enough trained police.

# source: P5.3
q-what-works-encryption = Why can encryption slow down an investigation?
    .a = Because it makes everyone's internet so slow that police work is slowed down too.
    .b = Because it turns messages into a secret code that only the sender and receiver can read.
    .c = Because it deletes each message once it is read, so no evidence is left.
    .why = Encryption scrambles a message so that only the sender and the person it is meant for can read it. This can make it harder for police to see what offenders said. It does not slow down the internet or delete messages, and many ordinary people use it too.

# source: P5.3
q-what-works-ip-address = Some networks and apps hide a person's IP address, which makes it harder to find out who is behind a crime.
    .why = This is true. An IP address is a number given to each internet connection, and it can help show where a connection came from. When it is hidden, investigations can be delayed or made more difficult.

# source: P6.1, P6.2, P2.8
q-what-works-pointless = Because this crime is hard to investigate, reporting it is pointless.
    .why = This is not true. Countries are working together, police are learning new skills, and offenders have been taken to court in several countries. Every report can help protect a child.

# source: P5.4, NSPCC
q-what-works-family = What is true?
    .situation = You told the police about your worries for two children in a neighbour's house. Later you hear that the family told the police nothing was wrong and refused to help. You feel that your report was useless.
    .a = Your report still matters. If you notice something new, you can report again.
    .b = The family says all is well, so your worry was wrong. Stay quiet from now on.
    .c = Now question the children yourself in detail, so you can give the police firm proof.
    .why = When the people around a child protect the offender, investigations become harder. This is a known problem, and it is why every report matters. A family saying all is well does not prove it. Questioning the children yourself could frighten them and make the investigation harder; leave that to trained people.

# source: P6.5, NSPCC, Darkness to Light, internetsafety101.org
q-what-works-meeting = What is the best answer?
    .situation = At a community meeting, a man says: "This is a problem for governments and the police. Ordinary people cannot do anything about it."
    .a = He is right: this is police work, and ordinary people should stay out of it.
    .b = Neighbours should catch the people they suspect and punish them, so that others are afraid.
    .c = Everyone can help: talk with children, notice warning signs, and report any worries.
    .why = Governments must do their part, but families and communities matter too. Talking, noticing, reporting and supporting victims help protect children. Catching or punishing people yourselves is dangerous and can spoil an investigation; report to the police instead.

# source: P6.3, P6.4
q-what-works-grows = Why does online sexual exploitation of children grow so fast?
    .a = Because most offenders are caught quickly, and new ones take their place.
    .b = Because it needs costly equipment, and big gangs have the money to buy it.
    .c = Because it costs little, few offenders are convicted, and the profit is high.
    .why = Low cost, little risk of punishment and high profit make this crime grow fast. Relatively few offenders are convicted. And a phone or a computer with a webcam is enough, so no costly equipment is needed.

# source: P6.3
q-what-works-cheap = This crime needs expensive equipment, so few people can commit it.
    .why = This is not true. An internet connection and a mobile phone, or a computer with a webcam, are enough. Its low cost is one reason it grows fast.

# source: P5.4, NSPCC
q-what-works-elder = What is true?
    .situation = In a large family in Lahore, you are worried about a young niece. An elder says: "We do not bring the police into family matters. We will deal with it ourselves."
    .a = The elder is right: keeping it in the family protects both the family's honour and her safety.
    .b = Hiding it does not keep her safe. Get advice from a child protection helpline or the police.
    .c = Wait until the elder agrees; do not contact a helpline or the police without permission.
    .why = When the people around a child protect the offender, investigations become much harder. Silence protects the offender, not the child, even when it is meant to protect the family's honour. You do not need anyone's permission to ask a helpline or the police for advice.

# source: P6.1, P6.2
q-what-works-done = Which of these are being done against this crime? Choose all that apply.
    .a = Police in different countries help each other.
    .b = Police have stopped working on it, because it is too hard.
    .c = Prosecutors and judges receive special training.
    .d = New laws help keep electronic evidence safe, so that online crimes can go to court.
    .e = The crime has already been stopped in most countries.
    .why = Countries are working together: police help each other, prosecutors and judges are trained, and new laws keep evidence safe. Police have not given up, but the crime has not been stopped yet. That is why your part matters too.

# source: P6.5, NSPCC, Darkness to Light
q-what-works-neighbourhood = What can neighbours do to help?
    .situation = In your neighbourhood in Karachi, people learn that a 14-year-old boy was harmed online. Some say that nobody should talk to his family any more.
    .a = Support the boy and his family, and never blame him for what happened.
    .b = Stop visiting the family for a while, so that the trouble does not reach your home.
    .c = Ask the boy to tell everyone what happened, so that people believe him.
    .why = Children who have been harmed need support, not blame. Staying away leaves the family alone. Asking the boy to tell everyone can hurt him more; trained people will ask what they need to know.
