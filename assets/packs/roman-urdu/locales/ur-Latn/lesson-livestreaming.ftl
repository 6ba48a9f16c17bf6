### Hifazat lesson 'livestreaming': Roman Urdu. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 ... P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-livestreaming = Paison ki khatir camera par bachon se zyadti
    .goal = Is sabaq mein aap jaanenge ke camera par bachon se zyadti ka yeh dhanda kya hai, aur yeh kahan hota hai. Aap yeh bhi jaanenge ke yeh kyun barh raha hai, aur is se bachay ko hamesha nuqsan kyun pohanchta hai. Aur yeh bhi ke aap kya kar sakte hain.

# source: P1.1, P1.2, P2.4, P3.5
section-livestreaming-what-it-is = Yeh kya hai?
    .body = Kuch bari umar ke log webcam ya mobile phone ke camera ke samne bachon se jinsi zyadti karte hain. Yeh sab usi waqt internet ke zariye kahin aur baithe logon ko dikhaya jata hai. Isay live streaming kehte hain.

        Dekhne wale is ke paise dete hain. Woh duniya mein kahin bhi ho sakte hain. Woh yeh bhi bata sakte hain ke bachay ke saath kya kiya jaye.

        Bachon ko camera ke samne jinsi harkaton par majboor kiya jata hai. Yeh ek sangeen jurm hai. Yeh bachon ke online jinsi istehsal ki ek shakal hai.

# source: P2.5, P3.4, P1.6, P2.7
section-livestreaming-where = Yeh kahan hota hai, aur kis ke saath?
    .body = Yeh zyadti sirf kahin door nahin hoti. Aksar yeh bachay ke apne mohalle ya ilaqe mein hi hoti hai. Yeh kisi ghar mein, kisi internet cafe mein, ya isi kaam ke liye banaye gaye kisi chhote kamre mein ho sakti hai.

        Philippines jaise kuch mulkon mein, zyadti karne wala aksar bachay ka koi jaan pehchan wala hota hai: koi rishtedar ya koi parosi.

        Koi bhi bacha is ka shikar ho sakta hai, bohat chhote bachon se le kar nau-umar larke larkiyon tak. Larkiyon ki tarah larke bhi nishana bante hain. Yeh har tarah ke gharane ke bachon ke saath hoti hai.

        Bharat, Philippines, Thailand, Mexico, Colombia aur America samet kai mulkon mein bachon ko is tarah nuqsan pohanchaya gaya hai.

# source: P3.2, P6.3, P3.3, P6.4, P3.1, P3.7
section-livestreaming-why-it-grows = Yeh jurm kyun barh raha hai?
    .body = Is par bohat kam kharch aata hai. Mujrim ko sirf internet aur ek mobile phone, ya webcam wala computer chahiye.

        Paise dene wale gahak aasani se mil jate hain. Woh apni pehchan chhupaye rakhte hain aur raqam money transfer se bhejte hain.

        Duniya bhar mein nisbatan kam mujrimon ko saza mili hai, aur kamai bohat zyada hai. Kharch kam, pakre jane ka dar kam aur munafa zyada: isi liye yeh jurm tezi se barh raha hai.

        Bataya jata hai ke Philippines jaise kuch mulkon mein, baaz ghareeb ilaqon ke log is zyadti se paise kamate hain. Aasani se milne wala paisa, aur rishtedaron ka is mein shareek hona, is jurm ko aur phailate hain.

# source: P3.6, P3.7, P2.8, NCMEC, NSPCC
section-livestreaming-harm = Is se bachay ko hamesha nuqsan hota hai
    .body = Kuch ghar wale kehte hain ke is se bachay ka koi nuqsan nahin hota, khaas taur par jab koi bachay ko haath nahin lagata. Yeh baat bilkul ghalat hai.

        Camera par hone wali zyadti bachay ke zehan aur jism ko nuqsan pohanchati hai, aur us ki nashonuma ko bhi. Log yeh nuqsan nahin samajhte, aur yeh bhi ek wajah hai ke yeh jurm phaila hai.

        Is mein bachay ka koi qusoor nahin. Qusoor un baron ka hai jo zyadti karte hain, jo un ka saath dete hain, aur jo dekhne ke paise dete hain.

# source: P6.1, P6.2, P2.8, NSPCC, Darkness to Light
section-livestreaming-action = Umeed maujood hai, aur aap bhi kuch kar sakte hain
    .body = Duniya bhar mein hukoomatein aur tanzeemein mil kar is jurm ke khilaf kaam kar rahi hain. Mukhtalif mulkon ki police ek doosre ki madad karti hai, aur mutasira bachon ki khaas dekh bhaal bhi is kaam ka hissa hai.

        Philippines, Bartania, Australia aur America samet kai mulkon mein paise dene walon aur bachon se zyadti karne walon, dono par muqadme chale hain.

        Aap bhi madad kar sakte hain. Agar aap ko kisi bachay ki fikr ho to bachon ke tahaffuz ki helpline ya police se mashwara lein. Jis shakhs par shak ho, us se khud na uljhein. Agar bacha fori khatre mein ho to apne ilaqe ka emergency number milayein. "Madad" wale safhe par aap ke mulk ke number maujood hain.

# source: P1.2, P2.4
key-livestreaming-for-money = Yeh zyadti aam taur par paison ke liye ki jati hai: dekhne wale paise de kar dekhte hain aur hidayaat bhi dete hain.
# source: P2.5, P3.4
key-livestreaming-near-home = Yeh aksar bachay ke apne ilaqe mein hoti hai. Philippines jaise kuch mulkon mein, aksar is mein bachay ke jaanne wale shamil hote hain.
# source: P3.6, P3.7
key-livestreaming-no-touch-still-harm = Chahe koi bachay ko haath na lagaye, camera par zyadti bachay ko gehra nuqsan pohanchati hai.
# source: NCMEC, NSPCC
key-livestreaming-never-the-child = Is mein bachay ka kabhi koi qusoor nahin; qusoor zyadti karne walon aur paise dene walon ka hai.
# source: NSPCC, Darkness to Light
key-livestreaming-act = Aap kuch kar sakte hain: agar kisi bachay ki fikr ho to bachon ke tahaffuz ki helpline ya police se mashwara lein.

discuss-livestreaming-d1 = Kuch baray yeh kyun samajhte hain ke camera par zyadti se bachay ko nuqsan nahin hota? Aap unhein kya jawab denge?
discuss-livestreaming-d2 = Hamare ilaqe mein agar kisi ko kisi bachay ki hifazat ki fikr ho to woh kis se baat kar sakta hai? Baat karna aasan kaise banaya ja sakta hai?

# source: P3.2, P6.3, P6.4, P2.4
q-livestreaming-why-grows = Camera par bachon se zyadti itni tezi se kyun barh rahi hai?
    .a = Is ke liye mehange camere aur khaas saman chahiye, jo ab sasta ho gaya hai aur aasani se milta hai.
    .b = Is par kharch kam aata hai, kam hi mujrimon ko saza milti hai, aur kamai bohat hai.
    .c = Dekhne ke liye logon ko bachay ke paas jana parta hai, aur ab safar sasta ho gaya hai.
    .why = Is ke liye sirf ek phone ya webcam wala computer aur internet kafi hai. Nisbatan kam mujrimon ko saza mili hai, aur munafa zyada hai. Dekhne wale safar nahin karte: woh duniya mein kahin se bhi paise de kar dekh lete hain.

# source: P3.6, P3.7
q-livestreaming-no-touch = Agar koi bachay ko haath na lagaye to camera par hone wali zyadti se bachay ka koi khaas nuqsan nahin hota.
    .why = Yeh baat durust nahin. Camera par zyadti bachay ke zehan, jism aur nashonuma ko nuqsan pohanchati hai, chahe koi usay haath na lagaye. Kuch rishtedar yehi bahana banate hain, aur is nuqsan ko na samajhne ki wajah se yeh jurm barha hai.

# source: P3.2, P3.3, P6.4, P2.4, P2.5, P3.1
q-livestreaming-easy = In mein se kaun si baatein mujrimon ke liye yeh jurm aasan banati hain? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Is ke liye sirf mobile phone, ya webcam wala computer kafi hai.
    .b = Paise dene wale apni pehchan chhupa kar money transfer se raqam bhej sakte hain.
    .c = Paise dene se pehle dekhne walon ko bachay se khud milna parta hai.
    .d = Kam hi mujrim pakre jate hain, aur un mein se bhi kam hi ko saza milti hai.
    .e = Yeh sirf tez internet wale baray shehron mein ho sakta hai.
    .why = Kharch kam hai, aur saza ka dar bhi kam hai. Gahak apni pehchan chhupa kar money transfer se paise dete hain. Yeh sab baatein is jurm ko barhati hain. Dekhne wale bachay se nahin milte, woh kahin se bhi dekhte hain. Aur yeh sirf baray shehron mein nahin, ghareeb aur aam ilaqon mein bhi hota hai.

# source: P3.4, P2.4, P2.5
q-livestreaming-who-involved = Philippines jaise mulkon mein, camera par kisi bachay se zyadti mein aksar kaun shamil hota hai?
    .a = Sirf doosre mulkon mein rehne wale ajnabi, jo bachay se kabhi nahin milte.
    .b = Sirf mujrimon ke baray giroh, jo baray shehron mein khaas studio chalate hain.
    .c = Aksar ghar ke log ya parosi, aur door baithe paise dene wale gahak.
    .why = Yeh zyadti aksar bachay ke apne ilaqe mein hoti hai. Philippines jaise kuch mulkon mein, aksar ghar ke log ya parosi is mein shamil hote hain. Paise dene wale duniya mein kahin bhi ho sakte hain. Is liye yeh sirf door ke ajnabiyon ka maamla nahin.

# source: P3.4, P3.6, P3.7, NSPCC, Darkness to Light
q-livestreaming-cousin = In mein se kaun si baat durust hai?
    .situation = Aap ki cousin batati hain ke doosre mulk ka ek aadmi un ke ghar walon ko video calls ke paise deta hai. In calls mein un ki chhoti bhateeji se camera par jinsi zyadti hoti hai. Cousin kehti hain: "Koi usay haath to nahin lagata, aur in paison se us ke school ki fees bhari jati hai. Is mein kya nuqsan hai?"
    .a = Is se bachi ko shadeed nuqsan pohanch raha hai, aur yeh jurm hai. Helpline ya police se mashwara lein.
    .b = Yeh itna sangeen maamla nahin, kyunke koi usay haath nahin lagata aur paise us ki parhai par lagte hain.
    .c = Yeh sirf isi soorat mein ghalat hai jab calls ke baad bachi pareshan ya dari hui lage.
    .why = Camera par zyadti bachi ke zehan, jism aur nashonuma ko nuqsan pohanchati hai, chahe koi usay haath na lagaye. Yeh nuqsan tab bhi hota hai jab woh kuch zahir na kare. Paison ki zaroorat isay kabhi jaiz nahin banati. Bachon ke tahaffuz ke tarbiyat yafta logon se mashwara lein, aur ghar walon se khud na uljhein.

# source: P2.8
q-livestreaming-prosecuted = Kuch mulkon mein dekhne ke paise dene walon aur bachay se zyadti karne walon, dono par muqadme chale hain.
    .why = Yeh baat durust hai. Philippines, Bartania, Canada aur America samet kai mulkon ne paise dene wale gahakon ke khilaf qanooni karrawai ki hai. Bachon se zyadti mein saath dene walon ke khilaf bhi karrawai hui hai. Ittila dene se karrawai ho sakti hai.

# source: P2.4, P1.2
q-livestreaming-instructions = Camera par zyadti mein, jo log paise de kar dekhte hain, woh yeh hidayaat bhi de sakte hain ke bachay ke saath kya kiya jaye.
    .why = Yeh baat durust hai. Dekhne wale paise de kar yeh zyadti usi waqt dekhte hain, aur zyadti karne wale ko bata sakte hain ke kya kare. Woh duniya mein kahin bhi ho sakte hain. Woh bhi mujrim hain.

# source: P1.2, P2.4, P3.3, P3.6, P3.7
q-livestreaming-money = Camera par zyadti mein paison ke baare mein kaun si baatein durust hain? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Paise dene se pehle dekhne walon ko bachay se milne jana parta hai.
    .b = Yeh zyadti aam taur par paise kamane ke liye ki jati hai.
    .c = Dekhne wale aksar apni pehchan chhupate hain, aur money transfer se paise bhejte hain.
    .d = Agar ghar wale ghareeb hon, to paison ki wajah se yeh jaiz ho jata hai.
    .e = Dekhne wale duniya mein kahin se bhi paise de kar dekhte hain.
    .why = Yeh zyadti aam taur par paison ke liye ki jati hai. Dekhne wale kahin se bhi paise dete hain, apni pehchan chhupate hain, aur money transfer se raqam bhejte hain. Unhein kahin jana nahin parta. Paison ki zaroorat kisi bachay se zyadti ko kabhi jaiz nahin banati.

# source: P2.5, P3.3, FATF, IJM, NSPCC
q-livestreaming-internet-cafe = In mein se kaun si baat durust hai?
    .situation = Aap Punjab ke ek qasbe mein rehte hain. Wahan ek aadmi chhota sa internet cafe chalata hai. Aap ko pata chalta hai ke woh ek ghareeb gharane ko paison ki peshkash kar raha hai. Woh chahta hai ke un ka 12 saala beta raat gaye cafe aaye, aur akele mein bahar ke mulk ke ek aadmi se "video calls" kare.
    .a = Is mein koi khatra nahin, kyunke internet cafe mein saara din sab log aate jaate hain.
    .b = Yeh khatre ki sangeen alamat hai, aap ke qasbe mein bhi. Helpline ya police se mashwara lein.
    .c = Yeh zyadti sirf door ke mulkon mein hoti hai, aap ke qasbe jaisi chhoti jagah mein nahin.
    .why = Yeh zyadti aksar bachay ke apne ilaqe mein hoti hai, kisi ghar mein ya kisi internet cafe mein. Paise, akele mein "video calls" aur raat gaye ka waqt, yeh khatre ki alamaat hain. Cafe mein log aate jate hain, magar is se woh mehfooz nahin ho jata. Mashwara lein, aur is aadmi se khud na uljhein.

# source: P2.8, NCMEC, NSPCC
q-livestreaming-wedding = In mein se kaun si baat durust hai?
    .situation = Lahore mein ek shadi par kuch rishtedar ek khabar ki baat kar rahe hain. Kisi doosre mulk mein ek larki se paison ke liye camera par zyadti hui thi. Un mein se ek kehta hai: "Woh bhi zaroor raazi hogi."
    .a = Agar us ne inkaar nahin kiya ya madad nahin maangi, to kuch qusoor us ka bhi hai.
    .b = Qusoor sirf bahar baithe dekhne walon ka hai, us ke aas paas ke intezam karne walon ka nahin.
    .c = Larki ka koi qusoor nahin. Qusoor zyadti karne walon, saath dene walon aur paise dene walon ka hai.
    .why = Bachon ko camera ke samne jinsi harkaton par majboor kiya jata hai. Bachay ka kabhi koi qusoor nahin, chahe us ne inkaar kiya ho ya nahin. Qusoor un sab ka hai jo zyadti karte hain, saath dete hain, ya paise dete hain, chahe woh qareeb hon ya door.

# source: NCMEC, NSPCC
q-livestreaming-not-told = Agar koi bacha camera par hone wali zyadti ke baare mein kisi ko na bataye, to kuch qusoor us bachay ka bhi hai.
    .why = Yeh baat durust nahin. Bacha bataye ya na bataye, us ka kabhi koi qusoor nahin. Qusoor un baron ka hai jo zyadti karte hain, jo un ka saath dete hain, aur jo dekhne ke paise dete hain.

# source: NSPCC, Darkness to Light
q-livestreaming-worried = Aap ko fikr hai ke aap ke aas paas kisi bachay se camera par zyadti ho rahi hai. Aap ko kya karna chahiye?
    .a = Bachon ke tahaffuz ki helpline ya police se mashwara lein, aur is shakhs se khud na uljhein.
    .b = Jab tak aap ko poora yaqeen aur saboot na mil jaye, kisi ko kuch na batayein.
    .c = Jis par shak ho, us ke paas ja kar baat karein, taake usay pata chale ke koi dekh raha hai.
    .why = Agar fikr ho to bachon ke tahaffuz ki helpline ya police se mashwara lein. Pehle saboot dhoondna zaroori nahin: asal baat maloom karna un ka kaam hai. Khud us shakhs se uljhne se woh khabardar ho sakta hai, aur bachay ka khatra barh sakta hai.

# source: help directory, NSPCC, Darkness to Light
q-livestreaming-niece-call = Aap ko kya karna chahiye?
    .situation = Aap ki 11 saala bhanji Hyderabad mein ek rishtedar ke ghar se aap ko phone karti hai. Woh aahista se batati hai ke is ghar ka koi bara usay ek band kamre mein video call par majboor kar raha hai, abhi isi waqt. Woh bohat dari hui hai.
    .a = Khud us ghar mein phone karein, aur unhein baaz aane ko kahein.
    .b = Foran emergency number milayein. Pakistan mein yeh number 15 hai.
    .c = Subah tak intezar karein, phir ghar walon se is baare mein poochein.
    .why = Bachi fori khatre mein hai, is liye foran emergency number milayein. Intezar karne se woh khatre mein hi rahegi. Khud us ghar mein phone karne se woh shakhs khabardar ho sakta hai, aur bachi ka khatra barh sakta hai.
