### Hifazat lesson 'sextortion': Roman Urdu. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 ... P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-sextortion = Sextortion: tasveeron ke zariye blackmailing
    .goal = Is sabaq mein aap jaanenge ke sextortion kya hai aur mujrim bachon ko kaise phansate hain. Aap yeh bhi jaanenge ke agar aap ke bachay ke saath aisa ho to qadam ba qadam kya karna hai.

# source: P4.1, P4.2, P4.3, FBI
section-sextortion-what-it-is = Sextortion kya hai?
    .body = Sextortion mein mujrim khauf aur dhamkiyon ke zariye bachay ka jinsi istehsal karta hai. Yani woh bachay ko apni jinsi gharaz ke liye istemal karta hai. Yeh bhi online jinsi istehsal hi ki ek qisam hai, aur yeh khatra barhta ja raha hai.

        Pehle mujrim bachay se koi niji tasveer ya zaati maloomat hasil karta hai. Woh bachay ko dhoka de sakta hai, koi aur ban kar baat kar sakta hai, account hack kar sakta hai, ya dhamki de sakta hai.

        Kuch mujrim bachay ki kisi aam tasveer se naqli jinsi tasveer bana lete hain. Is liye bachay ko dhamki mil sakti hai, chahe us ne kabhi kuch na bheja ho.

        Phir dhamkiyan shuru hoti hain: "Jo main kahun woh karo, warna yeh sab ko dikha doonga." Mujrim webcam par jinsi harkatein, mazeed tasveerein, ya paise maang sakta hai.

# source: FBI, P1.4, internetsafety101.org, NCMEC
section-sextortion-any-child = Yeh kisi bhi bachay ke saath ho sakta hai
    .body = Larkiyan aur larke dono is ka nishana bante hain. Amriki idara FBI khabardar karta hai ke yeh khatra larkon ke liye barh raha hai. Paison ke liye sextortion mein ab pehle se zyada larke nishana ban rahe hain.

        Mujrim unhi apps aur games par hote hain jo bachay istemal karte hain. Woh khud ko kam umar zahir kar sakte hain, aur bachay ki bohat tareefein karte hain. Phir woh bachay se kisi doosri app par baat karne ko kehte hain.

        Yeh sab bohat jaldi ho sakta hai. Pehle paigham ke baad chand hi ghanton mein baat dhamkiyon tak pohanch sakti hai.

# source: NCMEC, NSPCC
section-sextortion-not-their-fault = Is mein bachay ka koi qusoor nahin
    .body = Jis bachay ko dhoka diya gaya, jis par dabao dala gaya ya jisay dhamkaya gaya, us ne kuch ghalat nahin kiya. Qusoor sirf mujrim ka hai.

        Agar aap ka bacha aap ko bataye to pursukoon rahein. Us se kahein: "Is mein tumhara koi qusoor nahin. Achha kiya jo tum ne mujhe bataya. Hum mil kar is ka hal nikalenge."

        Aap ka pursukoon rehna bohat aham hai. Jis bachay ko daanta jaye ya saza di jaye, us ke liye aage baat karna mushkil ho sakta hai. Jo bacha aap ke saath khud ko mehfooz samjhe, usay jaldi madad mil sakti hai.

        Sextortion mein bachay ko lag sakta hai ke bachne ka koi rasta nahin. Apne bachay ke qareeb rahein. Agar woh khud ko nuqsan pohanchane ki baat kare to usay akela na chhorein, aur foran emergency number milayein. Pakistan mein yeh number 15 hai.

# source: NCMEC, Thorn, NSPCC
section-sextortion-what-to-do = Kya karein: qadam ba qadam
    .body = Paise na dein, aur mazeed kuch na bhejein. Paise dene se yeh silsila bohat kam hi rukta hai. Agar aap paise de chuke hain to ab ruk jayein. Ittila dene mein abhi der nahin hui.

        Account ya paighamat delete na karein. Saboot sambhal kar rakhein: username, profile ke link, aur paighamat ke screenshot. Tasveeron ke screenshot na lein.

        In tasveeron ko kabhi na dekhein, na mehfooz karein, na copy karein aur na aage bhejein, report karne ke liye bhi nahin. Agar koi tasveer pehle se kisi phone mein hai to usay wahin rehne dein: na usay delete karein, na kahin bhejein. Police ko bata dein ke tasveer us phone mein hai.

        Mujrim ko block karein aur app ya website par us ke account ki report karein. Phir police ya cyber crime ke mehkame ko ittila dein.

# source: NCMEC, NSPCC
section-sextortion-removal = Tasveerein hatwana, aur madad lena
    .body = Kuch services internet se kisi kam umar ki jinsi nauiyat ki tasveerein hatwane mein madad karti hain. Amriki idare NCMEC ki service Take It Down (takeitdown.ncmec.org) un tasveeron ke liye hai jo 18 saal ki umar se pehle li gayi hon. Aap duniya mein kahin bhi hon, yeh aap ke kaam aa sakti hai.

        Is ke liye apna naam batana zaroori nahin. Tasveer phone ya computer se bahar nahin jati; sirf us ki ek digital pehchan (fingerprint) bheji jati hai.

        Yeh service bohat si bari apps aur websites par kaam karti hai jo is mein shamil hain. WhatsApp jaisi chat ke andar yeh kaam nahin karti, jahan paigham sirf baat karne wale hi parh sakte hain. Isay usi phone par istemal karein jis mein tasveer pehle se hai. Is ke liye tasveer kisi doosre phone par na bhejein.

        Bartania mein naujawan Childline aur IWF ki service Report Remove istemal kar sakte hain.

        "Madad" wale safhe par likha hai ke aap ke mulk mein kis ko ittila dein. Madad maujood hai, aur aap ko yeh sab akele nahin sehna parega.

# source: NCMEC
key-sextortion-fast = Sextortion chand hi ghanton mein sangeen ho sakti hai, is liye jaldi magar sukoon se qadam uthayein.
# source: NCMEC, NSPCC, FBI
key-sextortion-not-fault = Jis bachay ko dhoka diya gaya ya dhamkaya gaya, chahe larka ho ya larki, us ka koi qusoor nahin.
# source: NCMEC, Thorn
key-sextortion-do-not-pay = Paise na dein; paise dene se dhamkiyan bohat kam hi rukti hain. Agar de chuke hain to ruk jayein, aur phir bhi ittila dein.
# source: NCMEC, Thorn, NSPCC
key-sextortion-evidence = Username aur paighamat saboot ke taur par rakhein. Tasveeron ko kabhi na dekhein, na mehfooz karein, na aage bhejein, aur na hi unhein delete karein.
# source: NCMEC, NSPCC
key-sextortion-report = Mujrim ko block karein, app par us ki report karein aur police ko ittila dein. Take It Down bohat si apps se tasveerein hatwane mein madad karti hai. WhatsApp jaisi chat mein yeh kaam nahin karti, jahan paigham sirf baat karne wale hi parh sakte hain.

discuss-sextortion-d1 = Aap ka bacha sharminda ho, tab bhi woh aap ke paas aa sakta hai. Aaj aap usay yeh baat kin lafzon mein bata sakte hain?
discuss-sextortion-d2 = Mujrim bachon ko baat raaz rakhne ko kyun kehte hain? Ghar wale bachay ke liye baat karna aasan kaise bana sakte hain?

# source: P4.1, P4.3, FBI
q-sextortion-what-is = In mein se kaun si soorat sextortion hai?
    .a = Bacha kisi video app par raat ko baar baar aise ishtehar dekhta hai jo usay pareshan karte hain.
    .b = Koi bachay ki niji tasveer sab ko dikhane ki dhamki de kar us se paise ya mazeed tasveerein maangta hai.
    .c = Ek hum jamaat bachay se pooche baghair us ki mazaq wali tasveer internet par laga deta hai.
    .d = Koi ajnabi kisi game par bachay ko friend request bhejta hai aur us ki umar poochta hai.
    .why = Sextortion mein mujrim niji tasveer ya maloomat aur dhamkiyon ke zariye bachay ko jinsi harkaton ya paise dene par majboor karta hai. Pooche baghair mazaq wali tasveer lagana buri baat hai, aur is par baat honi chahiye. Ajnabi ki friend request par bhi ehtiyat chahiye. Magar in mein se koi bhi sextortion nahin.

# source: NCMEC, Thorn
q-sextortion-pay = Mujrim ko paise dena aam taur par sextortion khatam karne ka sab se jaldi tareeqa hai.
    .why = Yeh baat durust nahin. Paise dene se yeh silsila bohat kam hi rukta hai, aur mujrim mazeed paise maang sakta hai. Rabta band karein, saboot sambhal kar rakhein, mujrim ko block kar ke app par us ki report karein, aur police ko ittila dein.

# source: NCMEC, Thorn, NSPCC
q-sextortion-steps = Koi online aap ke bachay ko dhamka raha hai. In mein se aap ko kya karna chahiye? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Paighamat ke screenshot lein aur mujrim ka username likh lein.
    .b = Bachay ka account foran delete kar dein, taake mujrim us tak na pohanch sake.
    .c = Mujrim ko block karein aur app par us ke account ki report karein.
    .d = Tasveerein police ko aage bhej dein, taake woh saboot dekh sake.
    .e = Jis phone mein tasveer hai, usi par Take It Down istemal karein, taake tasveer hatwayi ja sake.
    .why = Saboot rakhein, mujrim ko block kar ke app par report karein, aur tasveerein hatwane wali service istemal karein. Account delete na karein, warna saboot zaya ho jayega. Tasveerein kabhi aage na bhejein, police ko bhi nahin. Police ko ittila dein to username aur paighamat dikhayein.

# source: FBI, NCMEC, Thorn, NSPCC
q-sextortion-son = Aap ko kya karna chahiye?
    .situation = Raat gaye aap ka 15 saala beta kaanpta hua aap ke paas aata hai. Online game mein milne wale kisi shakhs ne us se tasveer maangi thi, aur us ne bhej di. Ab woh shakhs paise maang raha hai aur kehta hai ke tasveer us ke sab doston ko bhej dega.
    .a = Jaldi se thore paise de dein, taake tasveer us ke doston tak na pohanche.
    .b = Khud is shakhs ko paigham bhejein, aur kahein ke police pehle hi usay dhoond rahi hai.
    .c = Pursukoon rahein, betay se kahein ke us ka qusoor nahin, paighamat rakhein, aur police ko ittila dein.
    .why = Aap ke bete ko dhoka diya gaya aur dhamkaya gaya; us ne kuch ghalat nahin kiya. FBI ke mutabiq paison ke liye sextortion mein pehle se kahin zyada larkon ko nishana banaya ja raha hai. Paise dene se yeh bohat kam hi rukta hai. Mujrim se khud na uljhein: saboot rakhein, usay block kar ke app par report karein, aur police ko ittila dein.

# source: NCMEC, Thorn, NSPCC
q-sextortion-forward = Tasveerein kabhi aage kyun nahin bhejni chahiyen, report karne ke liye bhi nahin?
    .a = Kyunke aage bhejne se tasveerein aur phailti hain; ittila username aur paighamat se di jati hai.
    .b = Kyunke police bachay ke maan baap ki taraf se diya gaya koi saboot qabool nahin karti.
    .c = Kyunke tasveerein ek baar internet par phail jayein to report karne ka koi faida nahin.
    .why = Tasveerein aage bhejna, chahe achhi niyat se ho, unhein aur phailata hai. Report username, profile ke link aur paighamat ke screenshot ke saath karein. Police walidain ki di hui ittila bhi leti hai. Phail jane ke baad bhi Take It Down jaisi services bohat si apps se tasveerein hatwane mein madad kar sakti hain.

# source: FBI
q-sextortion-boys = Larkiyon ki tarah larke bhi sextortion ka shikar ho sakte hain.
    .why = Yeh baat durust hai. FBI khabardar karta hai ke yeh khatra larkon ke liye barh raha hai. Paison ke liye sextortion mein ab pehle se zyada larke nishana ban rahe hain. Koi bhi bacha nishana ban sakta hai, aur kisi bachay ka koi qusoor nahin.

# source: FBI
q-sextortion-hours = Sextortion mein pehle paigham ke baad chand hi ghanton mein baat dhamkiyon tak pohanch sakti hai.
    .why = Yeh baat durust hai. FBI khabardar karta hai ke aisa chand hi ghanton mein ho sakta hai. Is liye intezar na karein: jaldi magar sukoon se qadam uthayein.

# source: FBI, NCMEC, NSPCC, IWF
q-sextortion-evening = Aap ko kya karna chahiye?
    .situation = Lahore mein ek shaam aap ki 16 saala beti aap ko ek paigham dikhati hai, jo ek ghanta pehle aaya tha. Kisi ne us ki ek aam tasveer se naqli jinsi tasveer bana li hai. Woh kehta hai ke agar beti ne us ki baat na maani to woh yeh tasveer sab ko dikha dega.
    .a = Aaj hi, sukoon se: beti se kahein ke us ka qusoor nahin, paighamat rakhein, aur police ko ittila dein.
    .b = Chand din intezar karein: jab koi jawab na de to aise log aksar khud hi baaz aa jate hain.
    .c = Us shakhs ko jawab dein aur poochein ke woh kya chahta hai, taake baat thandi ho jaye.
    .why = Sextortion chand hi ghanton mein sangeen ho sakti hai, is liye aaj hi, sukoon se qadam uthayein. Aam tasveer se banayi gayi naqli tasveer ki dhamki bhi sextortion hai, aur aap ki beti ne kuch ghalat nahin kiya. Mujrim se khud na uljhein: saboot sambhalein, usay block kar ke report karein, aur police ko ittila dein.

# source: NCMEC, Thorn, NCA
q-sextortion-paid = Ghar walon ko kya karna chahiye?
    .situation = Karachi mein koi shakhs ek gharane ke bete ko dhamka raha hai. Ghar wale usay JazzCash se paise bhej chuke hain. Ab woh shakhs aur paise maang raha hai, aur kehta hai ke yeh aakhri baar hai.
    .a = Ek baar aur paise de dein, kyunke us ne pakka waada kiya hai ke yeh aakhri baar hai.
    .b = Ab paise dena band karein, paighamat rakhein, aur police ko ittila dein: abhi der nahin hui.
    .c = Ab ittila dene ka waqt guzar gaya, kyunke woh paise de chuke hain.
    .why = Paise dene se sextortion bohat kam hi rukti hai: mujrim aur paise maang sakta hai. Agar paise de chuke hain to ab ruk jayein. Ittila dene mein abhi der nahin hui, aur paighamat saboot hain.

# source: NCMEC, NSPCC
q-sextortion-first-words = Aap ka bacha aap ko batata hai ke koi us ki tasveer sab ko dikhane ki dhamki de raha hai. Sab se pehle kya kehna sab se behtar hai?
    .a = "Tum ne tasveer bheji kyun? Tum itne laparwah kaise ho sakte ho? Main ne kitni baar mana kiya tha."
    .b = "Bas isay nazar andaz kar do. Is ki taraf dekho hi nahin, khud hi khatam ho jayega."
    .c = "Is mein tumhara koi qusoor nahin. Achha kiya jo mujhe bataya. Hum mil kar hal nikalenge."
    .why = Jis bachay ko dhoka diya gaya ya dhamkaya gaya, us ka kabhi koi qusoor nahin. Aap ki pursukoon baaton se bachay ko aage bhi aap ko batate rehne ka hausla milta hai. Daantne se woh agla masla chhupa sakta hai. Aur nazar andaz karne se dhamkiyan khatam nahin hotin.

# source: NCMEC, NSPCC
q-sextortion-report = Koi online aap ke bachay ko dhamka raha hai. Report karne ya madad lene ke liye aap in mein se kya kar sakte hain? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Tasveerein kisi aise rishtedar ko bhej dein jo phone ke baare mein janta ho, taake woh report kar de.
    .b = Mujrim ko block karein, aur app par us ke account ki report karein.
    .c = Kuch nahin: jo cheez ek baar internet par aa jaye, usay kabhi wapas nahin liya ja sakta.
    .d = Police ya cyber crime ke mehkame ko ittila dein.
    .e = Jis phone mein tasveer hai, usi par Take It Down istemal karein, taake tasveer hatwayi ja sake.
    .why = App par mujrim ko block kar ke report karein, police ko ittila dein, aur tasveerein hatwane ke liye Take It Down istemal karein. Tasveerein kabhi kisi ko na bhejein, madad ke liye bhi nahin. Tasveerein phail jane ke baad bhi madad maujood hai.

# source: NCMEC
q-sextortion-whatsapp = Aap ke bachay ki ek jinsi nauiyat ki tasveer ek bari app par laga di gayi hai. Yeh app Take It Down mein shamil hai. Yehi tasveer WhatsApp ki niji chat mein bhi aage bheji ja rahi hai. Take It Down kya kar sakti hai?
    .a = Tasveer ko internet par har jagah se hata sakti hai, WhatsApp ki niji chat se bhi.
    .b = Bari app se tasveer hatwane mein madad kar sakti hai, magar WhatsApp ki niji chat ke andar se nahin.
    .c = Kuch nahin: tasveer ek baar niji chat mein phail jaye to koi service madad nahin kar sakti.
    .why = Yeh service bohat si bari apps par kaam karti hai jo is mein shamil hain. WhatsApp jaisi chat ke andar yeh kaam nahin karti, kyunke wahan paigham sirf baat karne wale hi parh sakte hain. Tasveer phail jane ke baad bhi yeh madad kar sakti hai. Police ko bhi ittila dein.
