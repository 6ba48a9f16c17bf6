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
    .for = Kisi bhi hangami soorat mein, maslan jab koi bacha fori khatre mein ho.
help-pk-cpwb = Punjab Child Protection & Welfare Bureau
    .for = Punjab mein bachon ke tahaffuz ki helpline.
help-pk-nccia = National Cyber Crime Investigation Agency (NCCIA)
    .for = Online jaraim ki shikayat ke liye. 2025 mein cyber crime ki shikayaat ka kaam FIA se is idare ko muntaqil hua.
help-world-take-it-down = Take It Down (NCMEC)
    .for = 18 saal se kam umar mein li gayi barhana ya jinsi tasveerein hatwane mein madad karta hai, duniya mein kahin se bhi. Aap ko apni koi zaati maloomat nahin deni partin, aur tasveer aap ke phone ya computer se bahar nahin jati: sirf us ki ek digital pehchan (fingerprint) bheji jati hai.
help-world-cybertipline = NCMEC CyberTipline
    .for = Bachon ke online jinsi istehsal ki report ke liye.
help-in-cybercrime = National Cyber Crime Reporting Portal
    .for = Online jaraim ki report ke liye. Is mein khawateen aur bachon ke khilaf jaraim ka alag hissa hai, aur aap apna naam bataye baghair bhi report kar sakte hain.
help-in-childline = Childline aur emergency
    .for = 1098 bachon ki helpline hai, jisay ahista ahista emergency number 112 mein shamil kiya ja raha hai.
help-gb-report-remove = Childline aur IWF Report Remove
    .for = 18 saal se kam umar naujawanon ko apni barhana tasveerein internet se hatwane mein madad deta hai.
help-us-fbi = FBI
    .for = America mein jinsi blackmailing (sextortion) ki report ke liye.
help-ph-emergency = Emergency
    .for = Kisi bhi hangami soorat mein.
help-ph-iacat = CFO / IACAT Action Line, insani smuggling ke khilaf
    .for = Insani smuggling aur bachon ke online jinsi istehsal ki report ke liye.
help-ph-bantay-bata = Bantay Bata
    .for = Bachon ki helpline.
help-ph-makabata = MAKABATA Helpline
    .for = Bachon se zyadti ki report ke liye, jis mein online jinsi zyadti bhi shamil hai.
