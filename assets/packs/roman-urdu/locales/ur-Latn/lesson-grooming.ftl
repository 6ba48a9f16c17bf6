### Hifazat lesson 'grooming': Roman Urdu. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 ... P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-grooming = Yeh kaise shuru hota hai: bachay tak pohanchna aur grooming
    .goal = Is sabaq mein aap jaanenge ke mujrim kisi bachay ke qareeb kaise pohanchta hai, aur usay zyadti ke liye kaise tayyar karta hai. Aap yeh bhi jaanenge ke is mein aur kaun shamil hota hai, aur apne bachay ki hifazat ke liye aap kya kar sakte hain.

# source: P2.1, P1.4, P3.4, P2.5
section-grooming-access = Mujrim bachay ke qareeb kaise pohanchte hain
    .body = Zyadti tab shuru hoti hai jab koi mujrim kisi bachay tak pohanch jaye. Yeh online bhi ho sakta hai, unhi apps aur games ke zariye jo bachay istemal karte hain.

        Mujrim bachay ke aas paas ka koi shakhs bhi ho sakta hai: koi rishtedar, koi parosi, ya koi aisa shakhs jis par ghar wale bharosa karte hon. Philippines jaise kuch mulkon mein, camera par zyadti ke maamlon mein aksar ghar ke log ya parosi shamil hote hain.

        Bachay ke qareeb pohanch kar mujrim usay zyadti ke liye tayyar karna shuru karta hai. Isay grooming kehte hain.

# source: P2.1, internetsafety101.org, NCMEC, FBI, NSPCC
section-grooming-tactics = Grooming kaise hoti hai
    .body = Grooming mein mujrim chalaki se bachay ke zehan se khelta hai aur us par dabao dalta hai. Yeh sab aksar ahista ahista, qadam ba qadam hota hai, is liye bachay ko khatra nazar nahin aata.

        Mujrim bachay ki bohat tareefein kar sakta hai. Woh khud ko bachay ka khaas "dost" zahir kar sakta hai, jo umar mein us se bara ho. Woh tohfe, paise ya mobile load bhej sakta hai.

        Phir woh bachay se kehta hai ke baatein raaz rakhe, ya kisi aisi doosri app par baat kare jahan koi aur na dekh sake. Woh bachay ko ghar walon se door karne ki koshish bhi kar sakta hai.

        Baad mein yeh meharbani dabao aur dhamkiyon mein badal sakti hai. Jis bachay ko is tarah phansaya gaya ho, us ne kuch ghalat nahin kiya.

# source: P2.2, P2.3, P2.4, P2.8
section-grooming-customers = Paise dene wala gahak
    .body = Aksar mujrim akela nahin hota. Woh internet ke zariye kisi gahak se rabta karta hai. Aksar yeh gahak pehle hi keh chuka hota hai ke kisi bachay ko samne laya jaye.

        Gahak paise de kar yeh zyadti usi waqt dekhta hai, aur yeh bhi bata sakta hai ke bachay ke saath kya kiya jaye. Is se bachay ko aur zyada nuqsan pohanchta hai. Aise gahak duniya mein kahin bhi ho sakte hain.

        Ho sakta hai gahak kabhi bachay se na mile, magar woh bhi mujrim hai. Kai mulkon mein bachon se zyadti karne walon ke saath saath paise dene wale gahakon par bhi muqadme chale hain.

# source: P2.6, P5.3, P6.2
section-grooming-secret-groups = Internet par khufia giroh
    .body = Internet par aise khufia giroh maujood hain jin mein mujrim bachon se jinsi zyadti ke liye ikatthe hote hain. Yeh giroh achhi tarah chhupe hue hain, aur in ki tadaad bohat tezi se barh rahi hai.

        Mujrim khufia code aur aise network istemal karte hain jo un ki pehchan chhupa dete hain. Is se police ki tafteesh mein der lagti hai aur kaam mushkil ho jata hai.

        In girohon ko dhoondna khaas maharat rakhne wali police ka kaam hai. Khud inhein talaash karne ki koshish na karein. Aap apne bachay par, aur us mein aane wali tabdeeliyon par dhyan de sakte hain. Bachay ki hifazat yahin se shuru hoti hai.

# source: NSPCC, NCMEC, internetsafety101.org, Darkness to Light
section-grooming-you-can-act = Aap kya kar sakte hain
    .body = Apne bachon se un ki online zindagi ke baare mein aksar aur sukoon se baat karein. Poochein ke woh kis se baat karte hain, jaise aap un ke school ke doston ke baare mein poochte hain.

        Unhein batayein: jo bara ya "dost" tohfe de, baat raaz rakhne ko kahe, ya doosri app par aane ko kahe, woh khatre ki alamat hai. Unhein yaqeen dilayein ke aap ko batane par unhein kabhi daanta ya qusoorwar nahin thehraya jayega.

        Agar fikr ho to paighamat sambhal kar rakhein, aur bachon ke tahaffuz ki helpline ya police se mashwara lein. Us shakhs se khud na uljhein. Khatre ki alamaat wala sabaq aur "Madad" wala safha aap ke kaam aayenge.

# source: P2.1, P1.4, P3.4
key-grooming-access = Grooming (bachay ko ahista ahista phansana) us waqt shuru hoti hai jab koi mujrim bachay ke qareeb pohanch jata hai. Woh online qareeb aa sakta hai, ya bachay ka koi jaanne wala bhi ho sakta hai.
# source: P2.1, internetsafety101.org, NCMEC, FBI
key-grooming-trust = Mujrim tareefon aur tohfon se bachay ka aitmaad jeette hain, phir raaz aur dabao se usay qaboo mein rakhte hain.
# source: P2.2, P2.4, P2.8
key-grooming-customers = Duniya mein kahin bhi baithe gahak paise de kar bachay se zyadti ki hidayaat de sakte hain, aur woh bhi mujrim hain.
# source: NCMEC, NSPCC
key-grooming-not-the-child = Jis bachay ko phansaya gaya, dhoka diya gaya ya jis par dabao dala gaya, us ne kuch ghalat nahin kiya.
# source: NSPCC, help directory
key-grooming-talk = Apne bachon se aksar baat karein aur unhein qusoorwar na thehrayein. Yeh bhi jaan lein ke fikr ho to kis se rabta karna hai.

discuss-grooming-d1 = Aap ke khayal mein mujrim bachon se baatein raaz rakhne ko kyun kehte hain? Ghar wale bachon ko kaise samjha sakte hain ke khushi ka surprise aur dil ko bura lagne wala raaz, do alag cheezein hain?
discuss-grooming-d2 = Farz karein kisi bachay ko kisi online "dost" se dar ya fikr hai. Hamare ilaqe mein kya cheez us ke liye kisi baray ko batana aasan bana sakti hai?

# source: P2.1, internetsafety101.org
q-grooming-what-is = Grooming kya hai?
    .a = Jab bhi koi bari umar ka shakhs kisi bachay ko tohfa de, jaise eidi ya mithai.
    .b = Mujrim ka ahista ahista bachay ka aitmaad jeetna, phir dabao daal kar usay zyadti ke liye tayyar karna.
    .c = Bachay ka kisi online game mein apni umar ke naye dost banana aur un se baatein karna.
    .why = Grooming ek sochi samjhi chaal hoti hai: pehle aitmaad, phir raaz aur dabao. Sirf tohfa ya naya dost apne aap mein grooming nahin. Fikr ki baat tab hai jab is ke saath raaz, dabao, ya doosri app par jane ka israr bhi ho.

# source: P2.3, P2.4, P2.8
q-grooming-customer = Koi gahak doosre mulk se paise de kar bachay se zyadti ki hidayaat deta hai. Woh bachay ko kabhi haath nahin lagata, phir bhi woh mujrim hai.
    .why = Yeh baat durust hai. Gahak paise de kar zyadti ki hidayaat dete hain, aur is se bachay ko shadeed nuqsan pohanchta hai. Bartania, Australia aur America samet kai mulkon mein paise dene wale gahakon par muqadme chale hain.

# source: P2.1, internetsafety101.org, NCMEC, FBI
q-grooming-tactics = Koi mujrim kisi bachay ko online phansa raha hai. In mein se woh kya kya kar sakta hai? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Bachay ke walidain se apna taaruf karaye aur unhein bhi baat cheet mein shamil kare.
    .b = Bachay se kahe ke un ki baatein raaz rahein.
    .c = Bachay ko tohfe, paise ya mobile load bheje.
    .d = Bachay se sirf class ke us group mein baat kare jisay ustad aur walidain dekh sakte hain.
    .e = Bachay se kahe ke kisi aisi doosri app par aaye jahan koi aur na dekh sake.
    .why = Raaz rakhwana, tohfe dena aur baat kisi alag app par le jana grooming ki aam chaalein hain. Bachon ko phansane wale nahin chahte ke walidain ya ustad un ki baatein dekhein. Is liye woh aise group mein baat nahin karte jahan sab dekh sakein. Phir bhi, har woh bara jo bachay se pyar se baat kare, khatarnak nahin hota. Dekhein ke kya kai alamaat ek saath nazar aa rahi hain.

# source: internetsafety101.org, NCMEC, FBI, NSPCC, Darkness to Light
q-grooming-new-friend = Sab se behtar qadam kya hai?
    .situation = Aap ke 12 saala bete ka ek online game mein naya "dost" bana hai, jo us se bari umar ka hai. Yeh "dost" usay game ke liye credit bhejta hai aur kehta hai: "Apne ammi abbu ko mat batana, woh nahin samjhenge." Ab yeh "dost" kisi doosri app par baat karna chahta hai.
    .a = Kuch na karein: games mein tohfe aam baat hain, aur yeh "dost" meherban aur madadgar lagta hai.
    .b = Khud is "dost" ko paigham bhejein, aur usay khabardar karein ke aap police ko bata dein ge.
    .c = Pursukoon rahein, betay ko qusoorwar thehraye baghair us se baat karein. Paighamat rakhein, report karein, aur mashwara lein.
    .why = Tohfe, raaz rakhne ko kehna aur doosri app par le jana, yeh sab mil kar grooming ki alamaat hain. Aap ke bete ne kuch ghalat nahin kiya. Saboot sambhalein, app par us ki report karein, aur police ya bachon ke tahaffuz ki helpline ko ittila dein. Us shakhs se khud na uljhein: is se woh khabardar ho sakta hai.

# source: P2.6, P6.1, P6.2, NSPCC
q-grooming-secret-groups = Mujrimon ke khufia online giroh tezi se barh rahe hain. Walidain ke liye sahi qadam kya hai?
    .a = In girohon ki talaash police par chhor dein, aur apne bachay se aksar baat karein.
    .b = Khud internet par in girohon ko dhoondein, taake pata chale ke koi jaanne wala to in mein nahin.
    .c = Kuch na karein, kyunke yeh giroh chhupe hue hain aur inhein koi nahin rok sakta.
    .why = In girohon ko dhoondna khaas maharat rakhne wali police ka kaam hai, aur hukoomatein is par kaam kar rahi hain. Khud talaash karna khatarnak hai. Walidain yeh kar sakte hain ke apne bachay ke qareeb rahein aur alamaat pehchanein.

# source: NCMEC, NSPCC
q-grooming-secret = Ek online "dost" ne bachay se kaha ke un ki baat raaz rahe, aur bachay ne raaz rakha. To jo kuch hua, us mein kuch qusoor bachay ka bhi hai.
    .why = Yeh baat durust nahin. Raaz rakhne ko kehna mujrim ki ek chaal hai. Jis bachay ko phansaya gaya, dhoka diya gaya ya jis par dabao dala gaya, us ne kuch ghalat nahin kiya; qusoor sirf mujrim ka hai.

# source: P2.1, P1.4, P3.4
q-grooming-access = Mujrim kisi bachay ke qareeb kaise pohanch sakta hai?
    .a = Online, apps aur games ke zariye. Ya woh bachay ke aas paas ka koi shakhs ho, jaise rishtedar.
    .b = Sirf kisi aise ajnabi ke taur par, jis se bacha kabhi na mila ho aur jo door rehta ho.
    .c = Sirf un chat wali apps ke zariye jo bachay istemal karte hain, online games ke zariye kabhi nahin.
    .why = Mujrim unhi apps aur games ke zariye bachon tak pohanchte hain jo bachay istemal karte hain. Mujrim bachay ke aas paas ka koi shakhs bhi ho sakta hai: koi rishtedar, koi parosi, ya koi aisa shakhs jis par ghar wale bharosa karte hon. Is liye yeh sirf ajnabiyon ki baat nahin, aur sirf chat wali apps ki bhi nahin.

# source: P2.1, internetsafety101.org, NCMEC, NSPCC
q-grooming-cousin-phone = Sab se behtar qadam kya hai?
    .situation = Lahore mein jab khandan ke log ikatthe hote hain, to aap ki 11 saala beti aksar apni bari cousin ka phone le leti hai. Ghar walon ka ek dost, jis par sab bharosa karte hain, is phone par usay paigham bhejne laga hai. Woh us ki bohat tareefein karta hai, aur kehta hai ke kisi ko na bataye.
    .a = Fikr ki koi baat nahin: jis dost par sab bharosa karte hain, woh kisi bachay ko nuqsan nahin pohancha sakta.
    .b = Beti se sukoon se, qusoorwar thehraye baghair baat karein. Tareefein aur raaz khatre ki alamaat hain: paighamat rakhein, mashwara lein.
    .c = Cousin ka phone le lein, aur larkiyon se kahein ke aainda ek doosre ka phone istemal na karein.
    .why = Grooming kisi aise shakhs se bhi shuru ho sakti hai jis par ghar wale pehle se bharosa karte hon. Bohat tareefein aur raaz rakhne ko kehna khatre ki alamaat hain. Phone le lene se woh aadmi nahin rukta, aur aap ki beti ne kuch ghalat nahin kiya. Paighamat sambhal kar rakhein aur mashwara lein.

# source: P2.2, P2.4, P2.8
q-grooming-customers = Jo gahak paise de kar kisi bachay se zyadti dekhte hain, un ke baare mein kaun si baatein durust hain? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Woh duniya mein kahin bhi ho sakte hain.
    .b = Agar woh bachay ko kabhi haath na lagayein to woh mujrim nahin.
    .c = Woh mujrim ko bata sakte hain ke bachay ke saath kya kiya jaye.
    .d = Kisi mulk mein un par kabhi muqadma nahin chala.
    .e = Aksar woh pehle hi keh chuke hote hain ke kisi bachay ko samne laya jaye.
    .why = Gahak duniya mein kahin bhi ho sakte hain. Aksar woh pehle bacha maangte hain, phir paise de kar zyadti dekhte hain aur hidayaat dete hain. Woh bhi mujrim hain, chahe bachay ko kabhi haath na lagayein. Kai mulkon mein paise dene wale gahakon par muqadme chale hain.

# source: NCMEC, NSPCC, internetsafety101.org
q-grooming-gifts-blame = In mein se kaun si baat durust hai?
    .situation = Punjab ke ek gaon mein logon ko pata chalta hai ke ek aadmi ne ek 13 saala larke ko online phansaya. Woh aadmi usay mobile load aur tohfe bhejta tha. Ek parosi kehta hai: "Us ne tohfe liye, to yeh us ka apna kiya dhara hai."
    .a = Parosi theek kehta hai: larke ne tohfe khud liye, is liye kuch qusoor us ka bhi hai.
    .b = Larke ka qusoor sirf tab hai jab us ne baat raaz rakhi ho aur ammi abbu ko na bataya ho.
    .c = Larke ne kuch ghalat nahin kiya. Tohfe aur raaz mujrim ki chaalein hain; qusoor sirf mujrim ka hai.
    .why = Tohfe, mobile load aur raaz, yeh sab woh chalein hain jin se mujrim bachay ko phansata hai. Jis bachay ko phansaya gaya, dhoka diya gaya ya jis par dabao dala gaya, us ne kuch ghalat nahin kiya. Mujrim ke kehne par baat raaz rakhne se bhi us ka koi qusoor nahin banta.

# source: NSPCC, NCMEC
q-grooming-punish = Agar aap bachay ko darayein ke online ajnabiyon se baat karne par saza milegi, to koi masla hone par woh aap ko zyada aasani se batayega.
    .why = Yeh baat durust nahin. Jis bachay ko daant ya qusoorwar thehraye jane ka dar ho, woh masla chhupa sakta hai. Bachay ko yaqeen dilayein ke aap ko batane par usay kabhi daanta ya qusoorwar nahin thehraya jayega. Phir us se aksar aur sukoon se baat karein.
