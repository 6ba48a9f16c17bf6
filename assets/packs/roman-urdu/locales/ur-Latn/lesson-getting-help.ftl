### Hifazat lesson 'getting-help': Roman Urdu. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 ... P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-getting-help = Kya karein, aur madad kahan se lein
    .goal = Is sabaq mein aap jaanenge ke bachay se baat kaise karein. Aap yeh bhi jaanenge ke agar koi bacha aap ko zyadti ke baare mein bataye to kya karein, aur saboot kaise sambhal kar rakhein. Aur yeh bhi ke kahan ittila dein, aur apne bachay ka aur apna khayal kaise rakhein.

# source: NSPCC, NCMEC, internetsafety101.org
section-getting-help-talking = Aksar baat karein, sukoon se aur ilzam ke baghair
    .body = Apne bachay se us ki online zindagi ke baare mein aksar baat karein, sirf us waqt nahin jab aap ko koi fikr ho. Poochein ke woh kaun si apps aur games istemal karta hai, aur kin logon se baat karta hai. Khud kam bolein, zyada sunein.

        Ek lambi aur sanjeeda guftagu se behtar hai ke thori thori baat baar baar aur sukoon se ho. Jo bacha aap se baat karne ka aadi ho, woh kuch ghalat hone par aap ko aasani se bata deta hai.

        Bachay se ek wada karein aur usay nibhayein: "Agar online koi baat tumhein daraye ya ghalat lage to mujhe batana. Tumhein daant nahin paregi." Jis bachay ko daant ya saza ka dar ho, woh masla chhupa sakta hai.

# source: NSPCC, Darkness to Light
section-getting-help-disclosure = Agar koi bacha aap ko zyadti ke baare mein bataye
    .body = Ho sakta hai bacha shuru mein thori si baat bataye, yeh dekhne ke liye ke aap kaise pesh aate hain. Pursukoon rahein, ghaur se sunein, aur us ki baat par yaqeen karein. Aap ka pursukoon chehra aur naram lehja bachay ko batate hain ke us ne bata kar theek kiya.

        Bohat se tafseeli sawal na karein. Tarbiyat yafta log baad mein sahi tareeqe se pooch lenge. Baat raaz rakhne ka wada na karein: bachay ko batayein ke aap yeh baat sirf unhi logon ko batayenge jo madad kar sakte hain.

        Bachay ne jo kaha, woh usi ke alfaz mein, tareekh ke saath likh lein. Mujrim se khud na uljhein: is se woh khabardar ho sakta hai, aur bachay ka khatra barh sakta hai. Phir police ya bachon ke tahaffuz ki helpline ko ittila dein.

# source: NCMEC, Thorn, NSPCC
section-getting-help-evidence = Saboot rakhein, tasveerein nahin
    .body = Paighamat, account ya chat delete na karein. Yeh police ke kaam aa sakte hain.

        Saboot sambhal kar rakhein: username likh lein, profile ke link mehfooz kar lein, aur paighamat ke screenshot le lein. Tareekhein aur app ka naam bhi likh lein.

        Kisi bachay ki jinsi nauiyat ki tasveeron ko bachon ke jinsi istehsal par mabni mawad kaha jata hai. Unhein kabhi na dekhein, na mehfooz karein, na copy karein aur na aage bhejein, report karne ke liye bhi nahin. Unhein aage bhejne se nuqsan aur phailta hai. Agar koi tasveer pehle se phone mein hai to usay delete bhi na karein. Jinhein aap ittila dein, unhein bata dein ke tasveer kahan hai; is se nimatna un ka kaam hai.

        Sextortion (jinsi blackmailing) wale sabaq mein dhamkiyon ki soorat mein qadam ba qadam tareeqa bataya gaya hai. Saboot ke yeh usool har tarah ki fikr mein kaam aate hain.

# source: help directory, NCMEC, IWF, Childline
section-getting-help-reporting = Kahan ittila dein
    .body = Agar koi bacha fori khatre mein ho to sab se pehle apne ilaqe ka emergency number milayein. Pakistan mein yeh number 15 hai. Agar bacha khud ko nuqsan pohanchane ki baat kare tab bhi yehi number milayein, aur us ke paas rahein.

        Jis app ya website par yeh hua, wahan us account ki report karein. Phir police ya cyber crime ke mehkame ko ittila dein. "Madad" wale safhe par aap ke mulk ke number maujood hain, aur yeh bhi likha hai ke kaun sa number kis kaam ke liye hai.

        Kuch services internet se kisi kam umar ki jinsi nauiyat ki tasveerein hatwane mein madad karti hain. Amriki idare NCMEC ki service Take It Down un tasveeron ke liye hai jo 18 saal ki umar se pehle li gayi hon. Aap duniya mein kahin bhi hon, yeh aap ke kaam aa sakti hai. Yeh bohat si bari apps par kaam karti hai. Magar WhatsApp jaisi chat ke andar yeh kaam nahin karti, jahan paigham sirf baat karne wale hi parh sakte hain. Bartania mein naujawan Childline aur IWF ki service Report Remove istemal kar sakte hain.

# source: P5.5, NSPCC, Darkness to Light
section-getting-help-care = Apne bachay ka khayal rakhein, aur apna bhi
    .body = Jis bachay ke saath zyadti hui ho, usay sambhalne ke liye dekh bhaal aur sahare ki zaroorat hoti hai. Larkiyon ki tarah larkon ko bhi is ki zaroorat hoti hai. Apne bachay ko baar baar yaqeen dilayein ke is mein us ka koi qusoor nahin tha.

        Bohat si jagahon par mutasira bachon ki khaas dekh bhaal karne wale tarbiyat yafta log bohat kam hain. Yeh woh log hain jo samajhte hain ke zyadti bachay ke zehan aur jazbaat par kya asar dalti hai. Larkon ke liye aisi madad aur bhi kam hai. Police, bachon ke tahaffuz ki helpline ya kisi doctor se poochein ke aap ke qareeb kahan madad mil sakti hai, aur poochte rahein.

        Ho sakta hai aap sadme mein hon, ghusse mein hon, ya khud ko qusoorwar samjhein. Aisa mehsoos karna fitri hai. Kisi aise shakhs se baat karein jis par aap ko bharosa ho, aur apne liye bhi madad lein. Pursukoon aur mazboot maa baap bachay ko sambhalne mein madad dete hain.

# source: NSPCC, NCMEC, internetsafety101.org
key-getting-help-talk-often = Apne bachay se aksar aur sukoon se baat karein. Usay pata hona chahiye ke woh aap ko kuch bhi bata sakta hai, aur usay qusoorwar nahin thehraya jayega.
# source: NSPCC, Darkness to Light
key-getting-help-believe = Agar koi bacha aap ko bataye to sunein, yaqeen karein, us ki baat likh lein aur ittila dein; mujrim se khud na uljhein.
# source: NCMEC, Thorn, NSPCC
key-getting-help-evidence = Username, profile ke link aur paighamat ke screenshot rakhein, magar tasveeron ko kabhi na dekhein, na mehfooz karein, na aage bhejein.
# source: help directory, NCMEC, IWF, Childline
key-getting-help-report = App par report karein aur police ko ittila dein. Fori khatre mein emergency number milayein. Tasveerein hatwane ke liye Take It Down ya Report Remove istemal karein.
# source: P5.5, NSPCC
key-getting-help-care = Dekh bhaal aur sahara mile to bachay sambhal sakte hain; larkon aur larkiyon dono ke liye yeh madad maangein, aur apne liye bhi.

discuss-getting-help-d1 = Hamare ilaqe mein agar kisi bachay ke saath zyadti ho jaye to ghar walon ko sahara kahan se mil sakta hai? Kis tarah ki madad ki kami hai?
discuss-getting-help-d2 = Jab bacha koi pareshan kun baat bataye to maa baap ke liye pursukoon rehna kyun mushkil hota hai? Is mein kya cheez madad kar sakti hai?

# source: NSPCC, Darkness to Light
q-getting-help-promise = Sab se behtar kya hai?
    .situation = Aap ka 12 saala bhateeja aap ko kuch batata hai. Ghar walon ka ek jaanne wala aadmi usay raat gaye aise paighamat bhejta hai jin se woh dar jata hai. Phir bhateeja minnat karta hai: "Aap kisi ko nahin batayenge na? Wada karein!"
    .a = Waada kar lein ke kisi ko nahin batayein ge, taake us ka aap par bharosa qaim rahe aur woh aage bhi bataye.
    .b = Is aadmi ke ghar jayein, aur kahein ke baaz aa jaye warna aap police ko bata dein ge.
    .c = Shukriya ada karein, kahein ke us ka qusoor nahin, aur samjhayein ke aap sirf unhi ko batayein ge jo madad kar sakte hain.
    .why = Bhateejay ko yeh mehsoos hona chahiye ke us ki baat par yaqeen kiya gaya aur woh mehfooz hai. Jab bacha khatre mein ho to aap baat raaz nahin rakh sakte. Magar aap usay samjha sakte hain ke aap sirf unhi ko batayenge jo madad kar sakte hain. Khud us aadmi ke paas jane se woh khabardar ho sakta hai, aur bhateejay ka khatra barh sakta hai.

# source: NCMEC, Thorn, NSPCC
q-getting-help-evidence = Apne bachay ke phone par kuch paighamat dekh kar aap ko fikr hui hai. In mein se kaun si cheezein saboot ke taur par rakhna mehfooz bhi hai aur faida mand bhi? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Doosre shakhs ka username.
    .b = Bheji gayi jinsi nauiyat ki tasveer ki ek copy, taake police usay dekh sake.
    .c = Doosre shakhs ki profile ka link.
    .d = Paighamat ke screenshot, jin mein koi tasveer na ho.
    .e = Tasveerein kisi rishtedar ko aage bhejna, taake woh mashwara de sake.
    .why = Username, profile ke link aur paighamat ke screenshot police ke kaam aate hain. Kisi bachay ki jinsi nauiyat ki tasveerein kabhi mehfooz na karein, na copy karein, na aage bhejein. Police ke liye bhi nahin, mashware ke liye bhi nahin. Unhein aage bhejne se nuqsan aur phailta hai. Jinhein aap ittila dein, unhein bas bata dein ke tasveerein maujood hain.

# source: NSPCC, Darkness to Light
q-getting-help-confront = Agar aap jaante hain ke mujrim kaun hai, to ittila dene se pehle khud ja kar us se nimat lena behtar hai.
    .why = Yeh baat durust nahin. Mujrim se khud uljhne se woh khabardar ho sakta hai; phir woh saboot chhupa sakta hai ya bachay par dabao daal sakta hai. Jo aap jaante hain woh likh lein, aur police ya bachon ke tahaffuz ki helpline ko ittila dein.

# source: help directory
q-getting-help-danger = Apne ilaqe ka emergency number, jaise Pakistan mein 15, kab milana chahiye?
    .a = Jab koi bacha fori khatre mein ho.
    .b = Sirf us waqt, jab aap saare saboot jama kar lein.
    .c = Kabhi nahin: online zyadti ki report sirf app par ho sakti hai.
    .why = Bachay ki hifazat sab se pehle hai: fori khatre mein foran emergency number milayein. Saboot baad mein bhi jama ho sakte hain. App par report karna faida mand hai, magar yehi ek jagah nahin; "Madad" wale safhe par aur number bhi maujood hain.

# source: NCMEC
q-getting-help-take-it-down = Amriki idare NCMEC ki service Take It Down kaise madad karti hai?
    .a = Yeh mujrim ko dhoond kar pakarwati hai, aur us ke apne mulk mein us par muqadma chalati hai.
    .b = Yeh aap se kehti hai ke tasveer apne poore naam aur ghar ke pate ke saath isay bhejein.
    .c = Yeh 18 saal se kam umar mein li gayi jinsi nauiyat ki tasveerein hatwane mein madad karti hai.
    .why = Take It Down un tasveeron ko hatwane mein madad karti hai jo 18 saal ki umar se pehle li gayi hon. Aap duniya mein kahin bhi hon, yeh aap ke kaam aa sakti hai. Aap ko apna naam nahin batana parta. Tasveer aap ke phone ya computer se bahar nahin jati: sirf us ki ek digital pehchan (fingerprint) bheji jati hai. Yeh sirf un apps par kaam karti hai jo is mein shamil hain, WhatsApp jaisi chat mein nahin. Yeh police nahin hai, is liye jurm ki ittila police ko bhi dein.

# source: P5.5, NSPCC, FBI
q-getting-help-son = Us ke liye sab se zyada madadgar kya hoga?
    .situation = Ek mahina pehle aap ke 14 saala bete ko online dhoka diya gaya aur dhamkaya gaya. Aap ne us ki ittila de di thi. Ab woh chup chup rehta hai, theek se so nahin pata, aur kehta hai ke woh bewaqoof tha.
    .a = Intezar karein ke woh khud madad maange, kyunke larke aisi baatein aam taur par khud hi sambhal lete hain.
    .b = Usay baar baar yaqeen dilayein ke us ka qusoor nahin tha, aur helpline ya doctor se sahare ke baare mein poochein.
    .c = Us se kahein ke sab bhool jaye, kyunke is baare mein baat karne se haalat aur bigregi.
    .why = Larke bhi is zyadti ka shikar hote hain, aur unhein bhi larkiyon ki tarah dekh bhaal aur sahare ki zaroorat hoti hai. Larkon ke liye khaas madad aksar kam hoti hai, is liye aap ko ek se zyada baar poochna par sakta hai. Khamoshi ya intezar usay apne dukh ke saath akela chhor sakta hai.

# source: NSPCC, NCMEC, internetsafety101.org
q-getting-help-short-talks = Online zindagi ke baare mein kis tarah ki baat cheet bachay ke liye sab se zyada madadgar hai?
    .a = Ek lambi aur sanjeeda guftagu, jab bacha itna bara ho jaye ke samajh sake.
    .b = Thori thori aur pursukoon baat, baar baar, jis mein aap khud kam bolein aur zyada sunein.
    .c = Baat sirf tab, jab aap ko pehle se fikr ho ke kuch ghalat ho raha hai.
    .why = Ek lambi aur sanjeeda guftagu se behtar hai ke thori thori baat baar baar aur sukoon se ho. Sirf fikr ke waqt nahin, aksar baat karein. Jo bacha aap se baat karne ka aadi ho, woh kuch ghalat hone par aap ko aasani se bata deta hai.

# source: NSPCC, NCMEC
q-getting-help-school-group = In mein se kaun si baat durust hai?
    .situation = Karachi mein aap ke bachon ke school ke WhatsApp group mein ek walid likhte hain: "Agar mere bete ne kabhi online kisi ajnabi se baat ki to main us ka phone le loonga aur usay saza doonga. Dar hi bachon ko mehfooz rakhta hai."
    .a = Jis bachay ko saza ka dar ho, woh masla chhupa sakta hai. Waada karein ke batane par usay daant nahin paray gi.
    .b = Woh theek kehte hain: jis bachay ko saza ka dar ho, woh online ajnabiyon se door rehta hai.
    .c = Behtar hai ke online khatron ki baat hi na ki jaye, taake bachon ke zehan mein aisi baatein na aayen.
    .why = Jis bachay ko daant ya saza ka dar ho, woh masla chhupa sakta hai, aur phir koi us ki madad nahin kar pata. Bachay se aksar baat karein, aur wada karein: "Agar online koi baat tumhein daraye to mujhe batana. Tumhein daant nahin paregi."

# source: NCMEC, Thorn, NSPCC
q-getting-help-brother = Aap ko kya karna chahiye?
    .situation = Aap ki beti ki ek jinsi nauiyat ki tasveer us ke phone mein hai, aur koi isi tasveer ke zariye usay dhamka raha hai. Lahore mein rehne wale aap ke bhai kehte hain: "Yeh tasveer mujhe aage bhej do. Main ek police afsar ko janta hoon, usay dikha doonga."
    .a = Tasveer sirf apne bhai ko bhej dein, kyunke woh ek police wale ko jaante hain aur madad karna chahte hain.
    .b = Tasveer foran delete kar dein, taake koi aur usay kabhi na dekh sake.
    .c = Tasveer na aage bhejein, na delete karein. Paighamat rakhein, aur police ko batayein ke tasveer phone mein hai.
    .why = Kisi bachay ki jinsi nauiyat ki tasveer kabhi aage na bhejein, madad ke liye bhi nahin: is se nuqsan aur phailta hai. Usay delete karna bhi ghalat hai. Username aur paighamat rakhein, aur jinhein aap ittila dein, unhein bata dein ke tasveer kahan hai.

# source: NCMEC, NSPCC, NCA
q-getting-help-delete-image = Agar kisi bachay ki jinsi nauiyat ki tasveer pehle se kisi phone mein hai, to sab se achha yeh hai ke usay foran delete kar diya jaye.
    .why = Yeh baat durust nahin. Usay delete na karein, aur na usay dekhein, na mehfooz karein, na kahin bhejein. Jinhein aap ittila dein, unhein bata dein ke tasveer wahan hai. Is se nimatna un ka kaam hai.

# source: P5.5, NSPCC
q-getting-help-boys-care = Jin larkon ke saath zyadti hui ho, unhein bhi larkiyon ki tarah sambhalne ke liye dekh bhaal aur sahare ki zaroorat hoti hai.
    .why = Yeh baat durust hai. Dekh bhaal aur sahare se larke bhi larkiyon ki tarah sambhal sakte hain. Larkon ke liye khaas madad aksar kam hoti hai, is liye aap ko ek se zyada baar poochna par sakta hai.
