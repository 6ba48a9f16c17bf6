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
help-pk-nccia = Government agency for online crime complaints (NCCIA)
    .for = Its full name is the National Cyber Crime Investigation Agency. Complain here about online crime. It took over cybercrime complaints from the FIA in 2025. The helpline is open 24 hours, every day.
help-pk-drf = Helpline for online harassment (Digital Rights Foundation)
    .for = The Cyber Harassment Helpline of the Digital Rights Foundation, a non-governmental organisation. Help with online harassment and blackmail, sextortion too: legal advice, online safety, someone to talk to, and asking apps to remove accounts. It cannot make a police complaint for you. The call is free. Open 9am to 5pm, every day.
help-pk-pta = PTA: complaints to remove images and pages online
    .for = The PTA is the government body for phones and the internet: the Pakistan Telecommunication Authority. Ask it to block or remove unlawful content. There is a "Child Abuse" category. Send only the link (the web address), never the image itself.
help-pk-mohr = Government human rights helpline (Ministry of Human Rights)
    .for = A government helpline. Legal advice about human rights, children's rights too, and where to turn next. It does not investigate crimes.
help-world-take-it-down = Image removal: Take It Down (NCMEC)
    .for = Helps remove nude or sexual images taken before the age of 18, from anywhere in the world. NCMEC is a US organisation that works to protect children. You give no personal details, and the image never leaves your device: only a digital fingerprint of it is shared. It works only on apps and websites that have joined, not in encrypted chats such as WhatsApp. Use it on the device that has the image.
help-world-cybertipline = Report online abuse: NCMEC CyberTipline
    .for = Report the online sexual exploitation of a child, from any country, with the web form. The phone number is a US line.
help-in-cybercrime = Government website for online crime complaints (National Cyber Crime Reporting Portal)
    .for = Report online crime. Only the section "Report women/child related crime" lets you report without giving your name. The cyber crime helpline number is 1930. It is best known for money fraud.
help-in-childline = Child helpline (Childline) and emergency
    .for = 1098 is the child helpline: the call is free, and it is open 24 hours, every day. It is being linked with the emergency number 112, in stages; 1098 still works.
help-gb-report-remove = Removing your own images: Childline and IWF Report Remove
    .for = Helps young people under 18 remove nude images of themselves from the internet.
help-gb-nspcc = Helpline for adults worried about a child (NSPCC)
    .for = The helpline of a children's charity. For adults in the UK who are worried about a child there. Calls: Monday to Friday 8am to 10pm, and 9am to 6pm at weekends (UK time). If the child lives in another country, contact the police there.
help-gb-childline = Child helpline (Childline)
    .for = For children and young people in the UK, up to the age of 19. They can call at any time.
help-gb-ceop = Report to the UK police: CEOP (National Crime Agency)
    .for = Report to the UK police when something has happened to a child in the UK online: sexual abuse, grooming or blackmail.
help-us-fbi = Report in the US: FBI
    .for = The FBI is a US government agency that investigates crime. Report sextortion in the United States.
help-ph-emergency = Emergency
    .for = For any emergency.
help-ph-iacat = Helpline against the buying and selling of people: CFO / IACAT Action Line
    .for = A government helpline against trafficking: the buying and selling of people. Report trafficking and the online sexual exploitation of children. Open 24 hours, every day. From outside Metro Manila, you may need to dial (02) 1343.
help-ph-bantay-bata = Child abuse helpline: Bantay Bata
    .for = A helpline for reporting child abuse. Open 24 hours, every day. Calls from Globe and TM mobiles are free.
help-ph-makabata = Child helpline: MAKABATA
    .for = Report child abuse, including online sexual abuse. Open 24 hours, every day.
