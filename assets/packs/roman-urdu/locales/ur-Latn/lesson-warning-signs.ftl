### Hifazat lesson 'warning-signs': Roman Urdu. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 ... P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-warning-signs = Khatre ki alamaat
    .goal = Is sabaq mein aap khatre ki alamaat jaanenge. In se pata chal sakta hai ke kisi bachay ko online phansaya ja raha hai, ya camera par us se zyadti ho rahi hai. Aap yeh bhi jaanenge ke agar koi bacha aap ko zyadti ke baare mein bataye to kya karna hai.

# source: FATF, IJM, NSPCC, Darkness to Light
section-warning-signs-not-proof = Alamat saboot nahin, mashwara lene ki wajah hai
    .body = Koi alamat is baat ka saboot nahin ke bachay se zyadti ho rahi hai. Yeh is baat ki wajah hai ke aap dhyan dein aur mashwara lein.

        Dekhein: kya bachay mein koi tabdeeli aayi hai? Kya kai alamaat ek saath nazar aa rahi hain? Agar dil mein fikr ho to bachon ke tahaffuz ke kisi tarbiyat yafta shakhs se baat karein.

        Madad maangne se pehle saboot dhoondna zaroori nahin. Asal mein kya ho raha hai, yeh maloom karna bachon ke tahaffuz ke idaron aur police ka kaam hai.

# source: P2.1, internetsafety101.org, NCMEC, FBI
section-warning-signs-grooming = Online grooming ki alamaat
    .body = Grooming ka matlab hai ke mujrim ahista ahista bachay ka aitmaad jeetta hai aur us par dabao dalta hai. Woh aisa is liye karta hai taake bachay ko zyadti ke liye tayyar kar sake.

        Ho sakta hai bacha apna phone aur apni online baatein chhupane lage. Jab koi bari umar ka shakhs qareeb aaye to ho sakta hai woh screen badal de ya phone chhupa le.

        Ho sakta hai usay kisi anjaan shakhs se tohfe, paise ya mobile load milne lagein. Ho sakta hai koi naya, bari umar ka "dost" us ki bohat tareefein karne lage.

        Ho sakta hai koi bachay se kisi doosri app par baat karne ko kahe. Ho sakta hai woh ghar walon se kata kata rehne lage, ya online rehne ke baad pareshan dikhayi de.

# source: P2.5, P3.3, FATF, IJM
section-warning-signs-household = Ghar ya mohalle mein camera par zyadti ki alamaat
    .body = Camera par zyadti aksar bachay ke apne ilaqe mein hoti hai. Kuch alamaat ka taalluq bachay se zyada us ke aas paas ke baron ke kaamon se hota hai.

        Bachon ko baghair kisi wazeh wajah ke ghar par rakha jata hai, ya school nahin bheja jata. Baray kisi bachay ke saath alag kamre mein "video calls" ka intizam karte hain.

        Ghar walon ke paas aisa paisa hota hai jis ki koi wajah samajh nahin aati. Ya unhein baar baar chhoti chhoti raqamein money transfer se aati hain. Bachon ko ajeeb waqt par internet cafe ya webcam wale kamron mein le jaya jata hai.

# source: NSPCC, Darkness to Light
section-warning-signs-if-told = Agar koi bacha aap ko bataye
    .body = Ghaur se sunein. Pursukoon rahein, aur bachay ki baat par yaqeen karein. Kahein: "Mujhe batane ka shukriya. Is mein tumhara koi qusoor nahin."

        Bohat zyada tafseeli sawal na karein. Bachay ko apne alfaz mein baat karne dein. Tarbiyat yafta log baad mein sawal kar sakte hain.

        Jitni jaldi ho sake, bachay ki baat usi ke alfaz mein, tareekh ke saath likh lein.

        Mujrim se khud na uljhein. Police, bachon ke tahaffuz ki helpline, ya cyber crime ke mehkame ko ittila dein.

# source: NCMEC, NSPCC, internetsafety101.org
section-warning-signs-every-day = Aap roz kya kar sakte hain
    .body = Apne bachon se aksar aur sukoon se poochein ke woh online kya karte hain. Unhein batayein ke woh aap ko kuch bhi bata sakte hain, aur unhein qusoorwar nahin thehraya jayega.

        Unhein saaf saaf batayein: jo bara ya "dost" baat raaz rakhne, tasveerein bhejne, ya doosri app par jane ko kahe, woh khatre ki alamat hai. Aise mein woh seedha aap ke paas aayen.

        "Madad" wale safhe ke number likh kar aisi jagah rakhein jahan aap unhein aasani se dhoond sakein. Agar bacha fori khatre mein ho to apne ilaqe ka emergency number milayein.

        Aap ko mahir hone ki zaroorat nahin. Dhyan dena, sunna aur madad maangna kisi bachay ki hifazat kar sakta hai.

# source: FATF, IJM
key-warning-signs-not-proof = Alamat zyadti ka saboot nahin, mashwara lene ki wajah hai.
# source: internetsafety101.org, NCMEC, FBI
key-warning-signs-grooming = Cheezein chhupana, screen badal dena, anjaan logon se tohfe, aur koi naya bari umar ka "dost". Yeh sab grooming (bachay ko ahista ahista phansane) ki alamaat ho sakti hain.
# source: FATF, IJM
key-warning-signs-household = Bachon ko school na bhejna, alag kamre mein "video calls", aur aisa paisa jis ki wajah samajh na aaye. Yeh sab camera par zyadti ki alamaat ho sakti hain.
# source: NSPCC, Darkness to Light
key-warning-signs-listen = Agar koi bacha aap ko bataye to sunein, yaqeen karein aur pursukoon rahein. Phir police ya bachon ke tahaffuz ki helpline ko ittila dein.
# source: NSPCC, Darkness to Light
key-warning-signs-you-can-help = Madad maangne ke liye saboot zaroori nahin; dhyan dena aur sunna kisi bachay ki hifazat kar sakta hai.

discuss-warning-signs-d1 = Masroof ghar mein kaun si alamaat aasani se nazar andaz ho sakti hain? Hum unhein jaldi kaise pehchan sakte hain?
discuss-warning-signs-d2 = Agar koi bacha aap ko koi pareshan kun baat bataye, to aap kya kahenge? Aise kaun se alfaz hain jin se usay lage ke aap ko us ki baat par poora yaqeen hai?

# source: FATF, IJM
q-warning-signs-one-sign = Agar aap ko ek alamat nazar aaye to yeh is baat ka saboot hai ke bachay se zyadti ho rahi hai.
    .why = Yeh baat durust nahin. Kisi alamat ki koi aur wajah bhi ho sakti hai. Alamat dhyan dene aur mashwara lene ki wajah hai, saboot nahin. Aur madad maangne ke liye saboot zaroori nahin.

# source: internetsafety101.org, NCMEC, FBI
q-warning-signs-grooming = In mein se kaun si baatein is ki alamat ho sakti hain ke kisi bachay ko online phansaya ja raha hai? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Bacha school ke kaam ke liye online madad maangta hai, aur aap ko chat dikha deta hai.
    .b = Koi bari umar ka shakhs qareeb aaye to bacha phone chhupa leta hai ya screen badal deta hai.
    .c = Bachay ko kisi anjaan shakhs se mobile load ya tohfe milte hain.
    .d = Bacha school ke baad un hum jamaaton ke saath online game khelta hai jinhein ghar wale jaante hain.
    .e = Koi naya, bari umar ka online "dost" bachay se doosri app par aane ko kehta hai.
    .why = Cheezein chhupana aur anjaan logon se tohfe khatre ki alamaat hain. Bari umar ka "dost" jo baat doosri app par le jaye, yeh bhi alamat hai. Bachon ki hifazat ke idare yehi alamaat batate hain. School ke kaam mein madad maangna ya jaane pehchane hum jamaaton ke saath khelna aam baat hai. Phir bhi bachon se un ki online sargarmiyon par baat karte rehna achha hai.

# source: NSPCC, Darkness to Light
q-warning-signs-child-tells = Sab se pehle aap ko kya karna chahiye?
    .situation = Aap ki 10 saala beti ahista se batati hai ke ek online "dost" ne us se tasveerein maangin. Us ne yeh bhi kaha ke yeh baat kisi ko na bataye. Woh dari hui lag rahi hai.
    .a = Pursukoon rahein, batane par us ka shukriya ada karein, aur usay batayein ke us ka koi qusoor nahin.
    .b = Foran us se har tafseel poochein, taake aap ko theek theek pata chal jaye ke kya hua.
    .c = Us ke phone se khud is "dost" ko paigham bhejein, aur kahein ke usay tang na kare.
    .why = Pehle sunein, pursukoon rahein aur us ki baat par yaqeen karein, taake woh khud ko mehfooz mehsoos kare. Bohat se tafseeli sawal usay dara sakte hain; sawal baad mein tarbiyat yafta log kar sakte hain. Mujrim se khud na uljhein: paighamat sambhal kar rakhein, aur police ya bachon ke tahaffuz ki helpline ko ittila dein.

# source: FATF, IJM
q-warning-signs-kept-home = Kisi bachay ko baghair wazeh wajah ke ghar par rakhna ya school na bhejna, ghar mein camera par zyadti ki ek alamat ho sakti hai.
    .why = Yeh baat durust hai. Yeh ek alamat ho sakti hai, khaas taur par jab aur alamaat bhi saath hon. Maslan alag kamre mein "video calls", aisa paisa jis ki wajah samajh na aaye, ya bachon ko ajeeb waqt par internet cafe le jana. Sirf yeh ek baat saboot nahin, magar mashwara lene ki wajah zaroor hai.

# source: FATF, IJM, NSPCC, Darkness to Light
q-warning-signs-neighbour = Sab se behtar qadam kya hai?
    .situation = Aap ke parosi ke do chhote bachon ne school jana chhor diya hai. Baray unhein aksar raat gaye pichhle kamre mein lambi "video calls" ke liye le jate hain. Ghar mein achanak paisa aa gaya hai, magar koi kaam karta dikhayi nahin deta.
    .a = Jab tak aap khud apni aankhon se dekh kar poora yaqeen na kar lein, kisi ko kuch na batayein.
    .b = Bachon ke tahaffuz ki helpline ya police se rabta karein, aur jo dekha hai woh batayein.
    .c = Parosi ke paas ja kar kahein ke aap jaante hain woh kya kar rahe hain.
    .why = Yeh sab baatein mil kar khatre ki sangeen alamaat hain. Yeh saboot nahin, magar aap ko saboot ki zaroorat bhi nahin: asal baat maloom karna tarbiyat yafta logon ka kaam hai. Khud ghar walon se uljhne se woh khabardar ho sakte hain, aur bachon ka khatra barh sakta hai.

# source: NSPCC, Darkness to Light
q-warning-signs-no-proof = Aap ne kisi bachay ke aas paas kai alamaat dekhi hain, magar aap ko yaqeen nahin. Abhi mashwara lena kyun theek hai?
    .a = Kyunke har alamat ka matlab hamesha yehi hota hai ke bachay se zyadti ho rahi hai.
    .b = Kyunke jis baray par shak hai, usay bhaagne se pehle foran saza milni chahiye.
    .c = Kyunke asal mein kya ho raha hai, yeh maloom karna tarbiyat yafta logon ka kaam hai.
    .why = Aap ko sirf woh batana hai jo aap ne dekha. Asal mein kya ho raha hai, yeh tarbiyat yafta log maloom karte hain. Alamat saboot nahin, is liye mashwara lena kisi par ilzam lagana nahin hai.

# source: FATF, IJM, NSPCC
q-warning-signs-remittance = In mein se kaun si baat durust hai?
    .situation = Sindh ke ek gaon mein ek gharane ko Dubai mein kaam karne wale bete se aksar chhoti chhoti raqamein money transfer se aati hain. Ek parosi kehta hai ke is se sabit hota hai ke un ke bachon se camera par zyadti ho rahi hai.
    .a = Parosi theek kehta hai: bahar se baar baar aane wale money transfer ka matlab hamesha zyadti hota hai.
    .b = Paisa kabhi khatre ki alamat nahin ho sakta, is liye yahan dhyan dene ki koi baat nahin.
    .c = Ek alamat saboot nahin, aur bahar se aane wali raqam ki aksar koi aam wajah hoti hai.
    .why = Khatre ki alamat dhyan dene ki wajah hai, saboot nahin. Aisa paisa jis ki wajah samajh na aaye, ek alamat ho sakta hai, magar doosri alamaat ke saath, jaise bachon ko school na bhejna. Agar dil mein fikr ho to mashwara lein.

# source: internetsafety101.org, NCMEC, FBI, NSPCC
q-warning-signs-load = Sab se behtar qadam kya hai?
    .situation = Lahore mein aap ke 13 saala bete ko kisi aise shakhs se mobile load milne laga hai jisay ghar wale nahin jaante. Jab aap qareeb aate hain to woh phone ulta kar deta hai, aur online rehne ke baad pareshan dikhayi deta hai.
    .a = Us se sukoon se, baghair daante baat karein. Poochein ke load kaun bhejta hai, aur fikr ho to mashwara lein.
    .b = Ek mahine ke liye us ka phone le lein, aur cheezein chhupane par usay saza dein.
    .c = Kuch na karein: is umar ke larke hamesha phone chhupate hain, yeh bas kuch din ki baat hai.
    .why = Anjaan shakhs se mobile load, phone chhupana aur online rehne ke baad pareshan hona, yeh grooming ki alamaat ho sakti hain. Saza dene se woh aur chhupa sakta hai. Kuch na karne se woh is masle ke saath akela reh jata hai. Sukoon se baat karein, aur mashwara lein.

# source: NSPCC, Darkness to Light
q-warning-signs-write-down = Kisi bachay ne abhi aap ko zyadti ke baare mein bataya hai. Jitni jaldi ho sake, aap ko kya karna chahiye?
    .a = Bachay se kahein ke baar baar poori baat sunaye, taake aap ko har tafseel yaad rahe.
    .b = Bachay ne jo kaha, woh usi ke alfaz mein, tareekh ke saath likh lein.
    .c = Bachay ne jis shakhs ka naam liya, usay phone kar ke us ki baat bhi sunein.
    .why = Jitni jaldi ho sake, bachay ki baat usi ke alfaz mein, tareekh ke saath likh lein. Bohat se sawal bachay ko dara sakte hain; tarbiyat yafta log baad mein pooch sakte hain. Mujrim se khud na uljhein: police ya bachon ke tahaffuz ki helpline ko ittila dein.

# source: NSPCC, Darkness to Light
q-warning-signs-need-proof = Zyadti ka saboot na ho, tab bhi aap bachon ke tahaffuz ki helpline ya police se mashwara le sakte hain.
    .why = Yeh baat durust hai. Madad maangne ke liye saboot zaroori nahin. Jo aap ne dekha hai, woh bata dein. Asal mein kya ho raha hai, yeh maloom karna tarbiyat yafta logon ka kaam hai.
