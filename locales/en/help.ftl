### Help directory words, English. Contacts, sources and dates are in
### assets/help.ron. source: the project's help-directory guide (2026-11).

country-pk = Pakistan
country-world = Worldwide
country-in = India
country-gb = United Kingdom
country-us = United States
country-ph = Philippines

help-pk-police = Police emergency
    .for = The police emergency line, for a child in immediate danger.
help-pk-cpwb = Child protection helpline
    .for = The provincial child protection helpline in Punjab, Sindh, Khyber Pakhtunkhwa and Islamabad.
help-pk-nccia = National Cyber Crime Investigation Agency (NCCIA)
    .for = Complaints about online crime. It took over cybercrime complaints from the FIA in 2025. The helpline is open 24 hours, every day.
help-pk-drf = Digital Rights Foundation: Cyber Harassment Helpline
    .for = Help with online harassment and blackmail, sextortion too: legal advice, online safety, someone to talk to, and asking apps to remove accounts. It cannot make a police complaint for you. The call is free. Open 9am to 5pm, every day.
help-pk-pta = PTA: complaints about content online
    .for = Ask the Pakistan Telecommunication Authority to block or remove unlawful content. There is a "Child Abuse" category. Send only the link (the web address), never the image itself.
help-pk-mohr = Ministry of Human Rights helpline
    .for = Legal advice about human rights, children's rights too, and where to turn next. It does not investigate crimes.
help-world-take-it-down = Take It Down (NCMEC)
    .for = Helps remove nude or sexual images taken before the age of 18, from anywhere in the world. You give no personal details, and the image never leaves your device: only a digital fingerprint of it is shared. It works only on apps and websites that have joined, not in encrypted chats such as WhatsApp. Use it on the device that has the image.
help-world-cybertipline = NCMEC CyberTipline
    .for = Report the online sexual exploitation of a child, from any country, with the web form. The phone number is a US line.
help-in-cybercrime = National Cyber Crime Reporting Portal
    .for = Report online crime. Only the section "Report women/child related crime" lets you report without giving your name. 1930 is the cyber crime helpline. It is best known for money fraud.
help-in-childline = Childline and emergency
    .for = 1098 is the child helpline: the call is free, and it is open 24 hours, every day. It is being linked with the emergency number 112, in stages; 1098 still works.
help-gb-report-remove = Childline and IWF Report Remove
    .for = Helps young people under 18 remove nude images of themselves from the internet.
help-gb-nspcc = NSPCC Helpline
    .for = For adults in the UK who are worried about a child there. Calls: Monday to Friday 8am to 10pm, and 9am to 6pm at weekends (UK time). If the child lives in another country, contact the police there.
help-gb-childline = Childline
    .for = For children and young people in the UK, up to the age of 19. They can call at any time.
help-gb-ceop = CEOP (National Crime Agency)
    .for = Report to the UK police when something has happened to a child in the UK online: sexual abuse, grooming or blackmail.
help-us-fbi = FBI
    .for = Report sextortion in the United States.
help-ph-emergency = Emergency
    .for = For any emergency.
help-ph-iacat = CFO / IACAT Action Line against trafficking
    .for = Report trafficking and the online sexual exploitation of children. Open 24 hours, every day. From outside Metro Manila, you may need to dial (02) 1343.
help-ph-bantay-bata = Bantay Bata
    .for = A helpline for reporting child abuse. Open 24 hours, every day. Calls from Globe and TM mobiles are free.
help-ph-makabata = MAKABATA Helpline
    .for = Report child abuse, including online sexual abuse. Open 24 hours, every day.
