### Help directory words, Roman Urdu. Contacts, sources and dates are in
### assets/help.ron. source: the project's help-directory guide (2026-11).
### Names of organisations, phone numbers and web addresses stay as in English.

country-pk = Pakistan
country-world = Duniya bhar mein
country-in = Bharat
country-gb = Bartania
country-us = America
country-ph = Philippines

help-pk-police = Police emergency
    .for = Police ka emergency number, jab koi bacha fori khatre mein ho.
help-pk-cpwb = Punjab Child Protection & Welfare Bureau
    .for = Punjab mein bachon ke tahaffuz ki helpline.
help-pk-nccia = National Cyber Crime Investigation Agency (NCCIA)
    .for = Online jaraim ki shikayat ke liye. 2025 mein cyber crime ki shikayaat ka kaam FIA se is idare ko muntaqil hua. Yeh helpline 24 ghante, har roz khuli rehti hai.
help-pk-drf = Digital Rights Foundation ki Cyber Harassment Helpline
    .for = Online tang kiye jane ya blackmail hone par madad, jinsi blackmailing (sextortion) mein bhi. Yahan qanooni mashwara milta hai, online hifazat ke tareeqe bataye jate hain, koi aap ki baat sunta hai, aur yeh helpline apps se account hatwane ki koshish karti hai. Yeh aap ki taraf se police mein shikayat darj nahin kara sakti. Call muft hai. Yeh hafte ke saton din, subah 9 se shaam 5 baje tak khuli rehti hai.
help-pk-pta = PTA: internet se mawad hatwane ki shikayat
    .for = Pakistan Telecommunication Authority se ghair qanooni mawad band karwane ya hatwane ki shikayat karein. Is mein bachon se zyadti ka alag khana hai. Sirf link (website ka pata) bhejein, tasveer kabhi na bhejein.
help-pk-mohr = Wazarat-e-Insani Huqooq ki helpline
    .for = Insani huqooq ke maamlat mein, bachon ke huqooq mein bhi, qanooni mashwara, aur yeh rehnumai ke aage kis se rabta karein. Yeh jaraim ki tafteesh nahin karti.
help-world-take-it-down = Take It Down (NCMEC)
    .for = Yeh service un barhana ya jinsi tasveeron ko hatwane mein madad karti hai jo 18 saal se kam umar mein li gayi hon. Aap duniya mein kahin bhi hon, yeh aap ke kaam aa sakti hai. Aap ko apni koi zaati maloomat nahin deni partin, aur tasveer aap ke phone ya computer se bahar nahin jati: sirf us ki ek digital pehchan (fingerprint) bheji jati hai. Yeh sirf un apps aur websites par kaam karti hai jo is mein shamil hain, WhatsApp jaisi encrypted chat mein nahin. Isay usi phone par istemal karein jis mein tasveer hai.
help-world-cybertipline = NCMEC CyberTipline
    .for = Kisi bhi mulk se, web form ke zariye, bachon se online jinsi zyadti ki ittila dene ke liye. Phone number America ka hai.
help-in-cybercrime = National Cyber Crime Reporting Portal
    .for = Online jaraim ki shikayat ke liye. Naam bataye baghair report sirf "Report women/child related crime" wale hisse mein ki ja sakti hai. 1930 cyber crime ki helpline hai. Yeh zyada tar paison ke fraud ki shikayat ke liye jaani jati hai.
help-in-childline = Childline aur emergency
    .for = 1098 bachon ki helpline hai: call muft hai, aur yeh 24 ghante, har roz khuli rehti hai. Isay ahista ahista emergency number 112 se joda ja raha hai; 1098 ab bhi kaam karta hai.
help-gb-report-remove = Childline aur IWF Report Remove
    .for = Yeh service 18 saal se kam umar naujawanon ki madad karti hai ke woh apni barhana tasveerein internet se hatwa sakein.
help-gb-nspcc = NSPCC Helpline
    .for = Bartania mein rehne wale baron ke liye, jinhein wahan kisi bache ki fikr ho. Call ka waqt: peer se juma subah 8 se raat 10 baje tak, aur hafte itwar ko subah 9 se shaam 6 baje tak (Bartania ke waqt ke mutabiq). Agar bacha kisi aur mulk mein rehta hai to wahan ki police ko ittela dein.
help-gb-childline = Childline
    .for = Bartania ke bachon aur naujawanon ke liye, 19 saal ki umar tak. Woh kisi bhi waqt call kar sakte hain.
help-gb-ceop = CEOP (National Crime Agency)
    .for = Jab Bartania mein kisi bache ke saath online kuch hua ho, jaise jinsi zyadti, grooming ya blackmailing, to Bartania ki police ko ittela dein.
help-us-fbi = FBI
    .for = America mein jinsi blackmailing (sextortion) ki ittila dene ke liye.
help-ph-emergency = Emergency
    .for = Kisi bhi hangami soorat mein.
help-ph-iacat = CFO / IACAT Action Line, insani smuggling ke khilaf
    .for = Insani smuggling aur bachon ke online jinsi istehsal ki ittila dene ke liye. Yeh 24 ghante, har roz khuli rehti hai. Metro Manila ke bahar se shayad 1343 se pehle 02 bhi milana pare.
help-ph-bantay-bata = Bantay Bata
    .for = Bachon se zyadti ki ittila dene ki helpline. Yeh 24 ghante, har roz khuli rehti hai. Globe aur TM ke mobile phone se call muft hai.
help-ph-makabata = MAKABATA Helpline
    .for = Bachon se zyadti ki ittila dene ke liye, jis mein online jinsi zyadti bhi shamil hai. Yeh 24 ghante, har roz khuli rehti hai.
