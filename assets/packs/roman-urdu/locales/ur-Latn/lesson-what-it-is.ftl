### Hifazat lesson 'what-it-is': Roman Urdu. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 ... P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-what-it-is = Bachon ka online jinsi istehsal kya hai?
    .goal = Is sabaq mein aap jaanenge ke bachon ka online jinsi istehsal kya hai. Aap yeh bhi jaanenge ke mujrim phone aur internet ko kaise istemal karte hain, aur kin bachon ko nuqsan pohanchta hai. Aap is course ke aham alfaz bhi seekhenge, aur yeh bhi ke umeed kyun rakhi ja sakti hai.

# source: P1.1, P1.2, P2.4, NCMEC, NSPCC
section-what-it-is-meaning = Is ka matlab kya hai?
    .body = Bachon ke online jinsi istehsal ka matlab hai: internet, mobile phone ya webcam ke zariye kisi bachay se jinsi zyadti karna. Kisi bachay se hone wali zyadti se paise kamana bhi isi mein shamil hai.

        Yeh aksar paison ke liye kiya jata hai, khaas taur par camera par zyadti aur paison ke liye jinsi blackmailing (sextortion). Magar zyadti ke bohat se waqiaat mein paison ka koi len den nahin hota. Kuch mujrimon ko woh log paise dete hain jo yeh sab dekhna chahte hain. Kuch log yeh batane ke liye bhi paise dete hain ke bachay ke saath kya kiya jaye.

        Yeh ek sangeen jurm hai. Is mein bachay ka kabhi koi qusoor nahin. Qusoor un baron ka hai jo zyadti karte hain, aur un sab ka jo is ke paise dete hain ya is mein saath dete hain.

# source: P1.1, P1.3, P1.4, P6.3
section-what-it-is-technology = Mujrim technology ko kaise istemal karte hain
    .body = Nayi technology ne yeh jurm aasan bana diya hai. Mujrim webcam ya mobile phone ke zariye zyadti ko usi waqt internet par dikha sakte hain. Isay live streaming kehte hain.

        Mobile phone ne mujrimon ko bachon tak pohanchne ke naye raaste de diye hain. Woh apps ke zariye bachon ko dhoondte aur nishana banate hain, aur unhein apni baaton mein laate hain. Phir woh un par jinsi harkaton ke liye dabao dalte hain.

        Is jurm par kharch bohat kam aata hai. Mujrim ko sirf internet aur ek mobile phone, ya webcam wala computer chahiye.

# source: P1.5, P1.6
section-what-it-is-any-child = Kisi bhi bachay ko nuqsan pohanch sakta hai
    .body = Yeh course jis report par bana hai, us ke mutabiq duniya bhar mein lakhon bachon se online zyadti ho rahi thi. Report ke mutabiq yeh tadaad barhti bhi dikhayi deti thi.

        Naye andaze is se kahin zyada hain. 2024 mein Edinburgh University ke idare "Childlight" ne ek andaza lagaya. Us ke mutabiq ek saal mein 30 crore se zyada bachon ke saath kisi na kisi tarah ki online jinsi zyadti hui. Is ginti mein bachon ko bheje gaye napasandeeda jinsi paighamat, aur un ki ijazat ke baghair phailayi gayi tasveerein bhi shamil hain.

        Is ka shikar bohat chhote bachay bhi hote hain aur nau-umar bhi. Larkiyon ki tarah larke bhi nishana bante hain. Har tarah ke gharane, biradari aur pas manzar ke bachay is ka shikar hote hain.

        Is liye yeh na sochein ke "Mere bachay ke saath aisa nahin ho sakta." Yeh jaan kar ghabrane ki zaroorat nahin, balke seekhne aur apne bachon ke qareeb rehne ki zaroorat hai.

# source: Luxembourg Terminology Guidelines, ECPAT, P1.1, P4.1, P2.1
section-what-it-is-words = Is course mein aane wale alfaz
    .body = "Bachon ke jinsi istehsal par mabni mawad" se murad woh tasveerein ya videos hain jin mein kisi bachay se jinsi zyadti dikhayi gayi ho. Mahireen yehi alfaz istemal karte hain, kyunke yeh saaf batate hain ke in tasveeron mein bachay se jinsi zyadti hai. Bacha kabhi is ki ijazat nahin de sakta.

        In mein se zyada tar tasveeron mein koi haqeeqi bacha hota hai. Kuch tasveerein computer par banayi gayi naqli tasveerein hoti hain, aksar kisi haqeeqi bachay ki aam tasveer se. In se bhi bachon ko nuqsan pohanchta hai.

        Live streaming ka matlab hai ke zyadti jis waqt ho rahi ho, usi waqt internet par dikhayi jaye. Is ki tafseel camera par zyadti wale sabaq mein hai.

        Sextortion (jinsi blackmailing) mein mujrim dhamkiyon ke zariye bachay ka jinsi istehsal karta hai. Maslan woh dhamki deta hai ke koi niji tasveer sab ko dikha dega. Aise mein kya karna hai, yeh sextortion wale sabaq mein hai.

        Grooming woh tareeqa hai jis se mujrim ahista ahista bachay ka aitmaad jeet kar usay zyadti ke liye tayyar karta hai. Agla sabaq isi ke baare mein hai.

# source: P6.1, P6.2, P2.8, NSPCC
section-what-it-is-hope = Umeed maujood hai, aur aap bhi bohat kuch kar sakte hain
    .body = Duniya bhar mein hukoomatein aur tanzeemein mil kar is jurm ke khilaf kaam kar rahi hain. Mukhtalif mulkon ki police ek doosre ki madad karti hai, aur mutasira bachon ki khaas dekh bhaal ke liye bhi kaam ho raha hai.

        Kai mulkon mein mujrimon par muqadme chal chuke hain: paise dene walon par bhi, aur bachon se zyadti karne walon par bhi.

        Aap bhi madad kar sakte hain. Is course mein aap khatre ki alamaat seekhenge, aur yeh bhi ke fikr ho to kya karna hai. Apne bachon se aksar baat karein, aur unhein yaqeen dilayein ke woh hamesha aap ke paas aa sakte hain. "Madad" wale safhe par un idaron ki fehrist hai jin se aap rabta kar sakte hain.

# source: P1.1, P1.4
key-what-it-is-meaning = Bachon ka online jinsi istehsal yeh hai ke internet, phone ya webcam ke zariye kisi bachay se jinsi zyadti ki jaye. Kisi bachay ko is tarah jinsi gharaz ke liye istemal karna bhi isi mein shamil hai.
# source: P1.2, P6.3
key-what-it-is-for-money = Yeh aksar paison ke liye kiya jata hai, khaas taur par camera par zyadti, aur mujrimon ka is par kharch bohat kam aata hai.
# source: P1.6
key-what-it-is-any-child = Koi bhi bacha is ka shikar ho sakta hai: bohat chhote bachay aur nau-umar, larkiyan aur larke, har pas manzar ke bachay.
# source: NCMEC, NSPCC
key-what-it-is-never-the-child = Is mein bachay ka kabhi koi qusoor nahin; qusoor sirf mujrimon ka hai.
# source: P6.1, NSPCC
key-what-it-is-you-can-act = Hukoomatein aur tanzeemein is jurm ke khilaf kaam kar rahi hain. Aap bhi alamaat seekh kar aur bachon se baat kar ke madad kar sakte hain.

discuss-what-it-is-d1 = Aaj se pehle kya aap ne bachon ke online jinsi istehsal ke baare mein suna tha? Is sabaq ki kaun si baat aap ko sab se zyada hairan kun lagi?
discuss-what-it-is-d2 = Kuch walidain yeh kyun sochte hain ke "Mere bachay ke saath aisa kabhi nahin ho sakta"? Hum ghabraye baghair hoshiyar rehne mein ek doosre ki madad kaise kar sakte hain?

# source: P1.1, P1.2, P2.4
q-what-it-is-what-is = In mein se kaun si soorat bachay ka online jinsi istehsal hai?
    .a = Bacha phone par kisi jurm ke baare mein khabron ki ek daraoni video dekh kar dar jata hai.
    .b = Hum jamaat phone par bachay ko dil dukhane wale paighamat bhejte hain, aur usay apne group se nikal dete hain.
    .c = Koi bara webcam ke samne bachay se jinsi zyadti karta hai, aur log paise de kar dekhte hain.
    .why = Online jinsi istehsal yeh hai ke mujrim technology ke zariye bachay se jinsi zyadti karein, ya usay jinsi gharaz ke liye istemal karein. Yeh aksar paison ke liye hota hai. Daraoni video ya dil dukhane wale paighamat bhi bachay ko pareshan kar sakte hain, aur in par baat karna achha hai. Magar yeh woh jurm nahin.

# source: P1.6, P2.5, P2.4
q-what-it-is-who = Sirf woh nau-umar bachay online jinsi istehsal ka shikar ho sakte hain jin ke paas apna phone ho.
    .why = Yeh baat durust nahin. Bohat chhote bachon se le kar nau-umaron tak, larkiyan aur larke, har pas manzar ke bachay is ka shikar hote hain. Jis chhote bachay ke paas phone na ho, us se bhi koi qareebi shakhs camera par zyadti kar sakta hai. Door baithe log yeh zyadti dekh sakte hain.

# source: P1.2, P1.4, P6.3, P1.5, P1.6, P2.7
q-what-it-is-facts = Bachon ke online jinsi istehsal ke baare mein in mein se kaun si baatein durust hain? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Kuch mujrim yeh paise kamane ke liye karte hain.
    .b = Yeh sirf chand ghareeb aur door daraz mulkon mein hota hai, hamare jaise ilaqon mein nahin.
    .c = Mujrim apps ke zariye bachon ko nishana banate hain aur un par jinsi harkaton ke liye dabao dalte hain.
    .d = Mujrim ko sirf internet aur ek phone, ya webcam wala computer chahiye.
    .e = Mahireen ke mutabiq nayi apps ki wajah se mutasira bachon ki tadaad kam ho rahi hai.
    .why = Kuch mujrim yeh paison ke liye karte hain, khaas taur par camera par zyadti. Mujrim apps ke zariye bachon ko nishana banate aur un par dabao dalte hain, aur is ke liye bohat thora saman kafi hai. Yeh bohat se mulkon mein, har pas manzar ke bachon ke saath hota hai. Aur mahireen ka khayal hai ke mutasira bachon ki tadaad kam nahin ho rahi, balke barh rahi hai.

# source: Luxembourg Terminology Guidelines, ECPAT, WeProtect
q-what-it-is-words = Jin tasveeron aur videos mein bachon se zyadti dikhayi gayi ho, mahireen unhein "bachon ke jinsi istehsal par mabni mawad" kyun kehte hain?
    .a = Kyunke yeh narm alfaaz hain, jin se yeh baat sunne aur karne mein kam takleef deh lagti hai.
    .b = Kyunke yeh saaf batate hain ke yeh bachay se jinsi zyadti hai, aur bacha kabhi ijazat nahin de sakta.
    .c = Kyunke yeh alfaaz sirf un videos ke liye hain jo online banai gayin, tasveeron ke liye nahin.
    .why = Yeh alfaz saaf batate hain ke yeh aam tasveerein nahin: in mein bachay se jinsi zyadti hai, aur bachay ka koi qusoor nahin. Zyada tar mein haqeeqi bacha hota hai, aur naqli tasveeron se bhi bachon ko nuqsan pohanchta hai. In ka maqsad sach ko naram karna nahin, aur yeh tasveeron aur videos dono ke liye hain.

# source: P1.6, P1.4, FBI, NCMEC
q-what-it-is-relative = In mein se kaun si baat durust hai?
    .situation = Khandan ki ek dawat mein aap ke ek rishtedar kehte hain: "Internet ke yeh khatre baray shehron ki larkiyon ke liye hain. Mere bete mehfooz hain, aur hum to chhote shehar mein rehte hain." Un ke bete 9 aur 13 saal ke hain, aur dono online games khelte hain.
    .a = Koi bhi bacha nishana ban sakta hai, larke bhi, chhote shehron mein bhi. Larkon se un ki games par baat karein.
    .b = Woh theek kehte hain: online mujrim zyada tar larkiyon ke peechhe hote hain, larkon ko bohat kam nishana banate hain.
    .c = Agar larke sirf games khelein to woh theek kehte hain: mujrim chat wali apps par hote hain, games par nahin.
    .why = Mutasira bachon mein larkiyan aur larke, bohat chhote bachay aur nau-umar, har pas manzar ke bachay shamil hain. Mujrim unhi apps aur games par hote hain jo bachay istemal karte hain. Yeh ghabrane ki baat nahin, balke bachon se aksar baat karne aur alamaat seekhne ki wajah hai.

# source: P6.1, P6.2, P2.8, P1.5
q-what-it-is-hope = Umeed kyun rakhi ja sakti hai?
    .a = Kyunke mahireen kehte hain ke ab har mulk mein mutasira bachon ki tadaad kam ho rahi hai.
    .b = Kyunke ab apps har tarah ki zyadti ko khud hi pakar kar rok deti hain, walidain ko fikr ki zaroorat nahin.
    .c = Kyunke hukoomatein aur tanzeemein mil kar kaam kar rahi hain, aur walidain alamaat seekh kar qadam utha sakte hain.
    .why = Mahireen ke mutabiq mutasira bachon ki tadaad abhi barh rahi hai, aur sirf apps isay nahin rok saktin. Magar hukoomatein aur tanzeemein mil kar kaam kar rahi hain, aur mujrimon par muqadme chale hain. Jo walidain alamaat jaante hain, woh bachon ki hifazat kar sakte hain.

# source: P1.1, P1.2, P2.4, P4.1
q-what-it-is-meaning = Bachon ke online jinsi istehsal ke matlab ke baare mein in mein se kaun si baatein durust hain? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Yeh tabhi jurm hai jab mujrim bachay se khud mile.
    .b = Is mein woh zyadti bhi shamil hai jo webcam par usi waqt dikhayi jaye.
    .c = Kisi bachay se hone wali zyadti se paise kamana bhi isi mein shamil hai.
    .d = Yeh sirf us waqt jurm hai jab paison ka len den ho.
    .e = Kisi niji tasveer ki dhamki de kar bachay par dabao dalna bhi isi mein shamil ho sakta hai.
    .why = Is ka matlab hai internet, phone ya webcam ke zariye bachay se zyadti karna, ya is zyadti se paise kamana. Camera par zyadti aur niji tasveer ki dhamkiyan, dono isi mein shamil hain. Mujrim ka bachay se milna zaroori nahin. Aur paise hon ya na hon, yeh jurm hi hai.

# source: NCMEC, NSPCC, Luxembourg Terminology Guidelines
q-what-it-is-blame = Agar kisi bachay ne wohi kiya jo mujrim ne kaha, to kuch qusoor bachay ka bhi hai.
    .why = Yeh baat durust nahin. Bacha kabhi jinsi zyadti ki ijazat nahin de sakta. Is mein bachay ka kabhi koi qusoor nahin. Qusoor un baron ka hai jo zyadti karte hain, aur un sab ka jo is ke paise dete hain ya is mein saath dete hain.

# source: P1.6, NCMEC, NSPCC
q-what-it-is-mothers-group = In mein se kaun si baat durust hai?
    .situation = Lahore mein aap ke bachon ke school ki maaon ka ek WhatsApp group hai. Is group mein kisi ne ek larki ke baare mein likha, jisay online nuqsan pohanchaya gaya tha: "Us ke maa baap ne usay phone diya tha. Us ne zaroor kuch ghalat kiya hoga."
    .a = Larki ka bhi kuch qusoor hai, kyunke us ke paas phone tha aur woh usay istemal karti thi.
    .b = Larki ka koi qusoor nahin. Qusoor mujrim ka hai, aur un ka jo us ka saath dete hain.
    .c = Asal qusoor maan baap ka hai, kyunke unhon ne itni kam umar mein larki ko phone de diya.
    .why = Bachay ka kabhi koi qusoor nahin, chahe us ke paas kuch bhi ho ya us ne kuch bhi kiya ho. Phone hone se koi bacha is jurm ka hissa nahin ban jata. Maa baap ko qusoorwar thehrana bhi ghalat hai. Qusoor mujrimon ka hai.

# source: P6.3, P1.2, P1.6
q-what-it-is-load-shop = In mein se kaun si baat durust hai?
    .situation = Sindh ke ek gaon mein mobile load ki dukaan par dukandar kehta hai: "Aise jurm ke liye studio aur mehngi mashinein chahiyen. Yahan koi aisa nahin kar sakta."
    .a = Woh ghalat kehta hai: ek phone aur internet kaafi hai, is liye is par kharch bohat kam aata hai.
    .b = Woh theek kehta hai: is jurm ke liye studio, mehange camere aur khaas maharat wale log chahiyein.
    .c = Yeh sirf ameer mulkon mein hota hai, jahan logon ke paas mehngi machinein aur tez internet hota hai.
    .why = Is jurm par kharch bohat kam aata hai, aur yeh aksar paison ke liye kiya jata hai. Ek phone aur internet kafi hai. Is liye yeh kahin bhi ho sakta hai, har tarah ke gharanon ke bachon ke saath, sirf ameer mulkon mein nahin.

# source: P6.1, P6.2, NSPCC
q-what-it-is-nothing-to-do = Yeh jurm internet par hota hai, is liye maa baap is baare mein kuch nahin kar sakte.
    .why = Yeh baat durust nahin. Hukoomatein aur tanzeemein mil kar is jurm ke khilaf kaam kar rahi hain. Aap bhi madad kar sakte hain: khatre ki alamaat seekhein, aur apne bachon se aksar baat karein. "Madad" wale safhe par un idaron ki fehrist hai jin se aap rabta kar sakte hain.
