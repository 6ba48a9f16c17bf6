### Hifazat lesson 'what-works': Roman Urdu. Ids follow assets/course.ron.
### Every factual message names its source: a fact from the source article
### (P1.1 ... P6.5, see FACTS.md) or a source named in the safeguarding guide.

lesson-what-works = Isay rokna mushkil kyun hai, aur kya karne se farq parta hai
    .goal = Is sabaq mein aap jaanenge ke bachon se online jinsi zyadti ko rokna mushkil kyun hai. Aap yeh bhi jaanenge ke is ke khilaf kya kiya ja raha hai, aur ghar wale aur ilaqe ke log kya kar sakte hain.

# source: P5.1, P5.2
section-what-works-new-crime = Ek nayi tarah ka jurm
    .body = Bachon se online jinsi zyadti ek nayi tarah ka jurm hai. Is ne police, sarkari wakeelon, judges, aur mutasira bachon ki dekh bhaal karne walon ke liye nayi mushkilen khari kar di hain.

        Zyada tar mulkon mein police ke paas is jurm se nimatne ki tarbiyat aur tajurba bohat kam hai. Isi liye police ke liye yeh jurm pakarna aur online tafteesh karna mushkil hota hai.

        Saboot aksar internet aur apps ki companies ke paas hota hai. Yaani woh companies jo logon ko internet ki sahulat deti hain, aur woh jo apps chalati hain. Police ko maloom hona chahiye ke yeh saboot kaise hasil kare aur adalat mein kaise pesh kare. Bohat si jagahon par police ne abhi yeh nahin seekha.

# source: P5.3
section-what-works-hidden = Mujrim apne nishan chhupate hain
    .body = Mujrim technology ke zariye khud ko chhupate hain. Do mushkil lafz samajh lein to baat aasan ho jati hai.

        Encryption ka matlab hai paigham ko ek khufia code mein badal dena. Phir usay sirf bhejne wala aur wohi shakhs parh sakta hai jis ke liye woh bheja gaya hai. IP address ek number hai jo har internet connection ko milta hai, kuch kuch ghar ke pate ki tarah.

        Kuch network aur apps unhein istemal karne walon ka IP address chhupa dete hain. Encryption ke saath mil kar is se yeh pata lagana mushkil ho jata hai ke jurm ke peechay kaun hai. Tafteesh mein der ho sakti hai, ya woh mazeed ulajh sakti hai.

# source: P5.4, P6.3, P6.4
section-what-works-silence-and-profit = Khamoshi aur aasan kamai
    .body = Kabhi kabhi bachay ke aas paas ke log hi is zyadti mein shamil hote hain: ghar ke log, ya mujrim ka saath dene wale doosre log. Woh police ki madad karne se inkar kar sakte hain. Tafteesh karne walon ke liye yeh ek bari mushkil hai.

        Jaisa ke camera par zyadti wale sabaq mein bataya gaya, is jurm par bohat kam kharch aata hai. Internet connection aur ek mobile phone, ya webcam wala computer kafi hai.

        Duniya bhar mein nisbatan kam mujrimon ko saza mili hai, aur kamai bohat zyada hai. Kharch thora, saza ka dar thora aur munafa bohat: yehi wajah hai ke yeh jurm tezi se barh raha hai.

# source: P6.1, P6.2, P2.8
section-what-works-what-is-done = Kya kiya ja raha hai
    .body = Hukoomatein, bain-ul-aqwami idare aur ghair sarkari tanzeemein mil kar is jurm ke khilaf kaam kar rahi hain.

        Mukhtalif mulkon ki police ek doosre ki madad karti hai. Cyber crime ki tafteesh karne wale mujrimon ko dhoondne aur un par muqadma chalane ki nayi maharatein seekh rahe hain. Aise qanoon banaye ja rahe hain jo phone aur computer mein maujood saboot ko mehfooz rakhein. Is tarah online kiye gaye jaraim par adalat mein muqadma chal sakta hai. Sarkari wakeelon aur judges ko khaas tarbiyat di jati hai.

        Mutasira bachon ki khaas dekh bhaal bhi is kaam ka hissa hai. Australia, Bartania, Canada, Holland, Philippines aur America samet kai mulkon mein paise dene wale gahakon par muqadme chale hain. Bachon se zyadti mein saath dene walon par bhi muqadme chale hain.

# source: P6.5, NSPCC, NCMEC, Darkness to Light, internetsafety101.org
section-what-works-your-part = Abhi kya zaroori hai, aur aap ka hissa
    .body = Halaat badalne ke liye hukoomaton ko pakka irada karna hoga ke mujrimon ko apne kiye ka hisab dena pare. Unhein is kaam par munasib wasail bhi lagane honge. Unhein mutasira bachon ko har tarah ki madad deni hogi, aur is jurm ko hone se rokna hoga.

        Ghar wale aur mohalle ke log bhi bohat kuch kar sakte hain. Bachon se aksar baat karein aur unhein qusoorwar na thehrayein. Khatre ki alamaat par dhyan dein. Koi baat khatke to police ya bachon ke tahaffuz ki helpline ko ittila dein.

        Jin bachon ko nuqsan pohancha ho, un ka saath dein, aur unhein kabhi qusoorwar na thehrayein. Jis ilaqe ke log bachon ki baat sunte hain aur awaz uthate hain, wahan yeh jurm chhupana mushkil ho jata hai.

# source: P5.2, P5.3
key-what-works-hard-to-investigate = Bohat si jagahon par police ko online tafteesh ki kam tarbiyat mili hai. Encryption aur chhupe hue IP address bhi tafteesh ko sust kar dete hain.
# source: P5.4
key-what-works-silence = Jab ghar ke log, ya mujrim ka saath dene wale doosre log, mujrim ko bachate hain to tafteesh bohat mushkil ho jati hai.
# source: P6.3, P6.4
key-what-works-profit = Kam kharch, kam sazayen aur zyada munafa is jurm ko tezi se barha rahe hain.
# source: P6.1, P6.2, P2.8
key-what-works-working-together = Mulk mil kar kaam kar rahe hain: police, sarkari wakeelon aur judges ko tarbiyat di ja rahi hai, aur mujrimon par muqadme chal rahe hain.
# source: P6.5, NSPCC, NCMEC, Darkness to Light
key-what-works-your-part = Aap bhi madad kar sakte hain. Bachon se baat karein aur khatre ki alamaat par dhyan dein. Koi baat khatke to police ko ittila dein. Mutasira bachon ko qusoorwar na thehrayein, un ka sahara banein.

discuss-what-works-d1 = Ghar ka koi fard kisi bachay se hone wali zyadti par khamosh kyun reh sakta hai? Hamare ilaqe ke log baat karna aasan kaise bana sakte hain?
discuss-what-works-d2 = Hamare ilaqe ke baray aur rehnuma bachon ko online zyadti se bachane ke liye kya kar sakte hain? Hum un se kya maang sakte hain?

# source: P5.2, P5.3, P5.4, P6.3
q-what-works-why-hard = In mein se kaun si baatein bachon se online jinsi zyadti ko rokna mushkil banati hain? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Is jurm ke liye mehenga saman chahiye jo aasani se nahin milta.
    .b = Zyada tar mulkon mein police ko online tafteesh ki bohat kam tarbiyat mili hai.
    .c = Encryption, aur IP address chhupane wale network, tafteesh mein der ka sabab bante hain.
    .d = Har mulk ke paas pehle se kafi khaas tarbiyat yafta police maujood hai.
    .e = Ho sakta hai ghar ke log ya mujrim ka saath dene wale doosre log taawun na karein.
    .why = Police ki kam tarbiyat, mujrimon ke chhupe hue nishan, aur bachay ke aas paas ki khamoshi: yeh sab is jurm ko rokna mushkil banate hain. Is jurm ke liye mehenga saman nahin chahiye: ek phone ya webcam wala computer kafi hai. Aur abhi zyada tar mulkon ke paas utni tarbiyat yafta police nahin jitni zaroorat hai.

# source: P5.3
q-what-works-encryption = Encryption tafteesh ko sust kyun kar sakti hai?
    .a = Kyunke is se sab ka internet itna sust ho jata hai ke police ka kaam bhi der se hota hai.
    .b = Kyunke yeh paigham ko khufia code mein badal deti hai. Bhejne wala aur jisay bheja gaya, wohi parh sakte hain.
    .c = Kyunke yeh har paigham ko parhte hi delete kar deti hai, is liye phone mein koi saboot baqi nahin rehta.
    .why = Encryption paigham ko aise khufia code mein badal deti hai ke usay sirf bhejne wala aur wohi shakhs parh sake jis ke liye woh hai. Is se police ke liye yeh dekhna mushkil ho sakta hai ke mujrimon ne kya kaha. Encryption se na internet sust hota hai, na paigham delete hote hain, aur bohat se aam log bhi isay istemal karte hain.

# source: P5.3
q-what-works-ip-address = Kuch network aur apps kisi shakhs ka IP address chhupa dete hain. Is se yeh pata lagana mushkil ho jata hai ke jurm ke peechay kaun hai.
    .why = Yeh baat durust hai. IP address ek number hai jo har internet connection ko milta hai, aur is se pata chal sakta hai ke connection kahan se aaya. Jab yeh chhupa ho to tafteesh mein der ho sakti hai, ya woh mazeed mushkil ho sakti hai.

# source: P6.1, P6.2, P2.8
q-what-works-pointless = Chunke is jurm ki tafteesh mushkil hai, is liye is ki ittila dene ka koi faida nahin.
    .why = Yeh baat durust nahin. Mulk mil kar kaam kar rahe hain, police nayi maharatein seekh rahi hai, aur kai mulkon mein mujrimon par muqadme chale hain. Har ittila kisi bachay ko bachane mein madad de sakti hai.

# source: P5.4, NSPCC
q-what-works-family = In mein se kaun si baat durust hai?
    .situation = Aap ne paros ke ek ghar ke do bachon ke baare mein apni fikr police ko batayi. Baad mein aap ko pata chalta hai ke ghar walon ne police se kaha ke sab theek hai, aur madad karne se inkar kar diya. Aap ko lagta hai ke aap ki ittila bekaar gayi.
    .a = Aap ki ittila ab bhi aham hai. Kuch naya nazar aaye to aap dobara ittila de sakte hain.
    .b = Ghar wale kehte hain ke sab theek hai, is liye aap ki fikr ghalat thi. Ab khamosh rahein.
    .c = Ab khud bachon ko alag bitha kar tafseel se poochein, taake police ko pakka saboot de sakein.
    .why = Jab bachay ke aas paas ke log mujrim ko bachate hain to tafteesh mushkil ho jati hai. Yeh ek jaani pehchani mushkil hai, isi liye har ittila aham hai. Ghar walon ke kehne se yeh saabit nahin hota ke sab theek hai. Khud bachon se sawal karne se woh dar sakte hain, aur tafteesh mazeed mushkil ho sakti hai; yeh kaam tarbiyat yafta logon par chhor dein.

# source: P6.5, NSPCC, Darkness to Light, internetsafety101.org
q-what-works-meeting = Sab se behtar jawab kya hai?
    .situation = Mohalle ki ek baithak mein ek aadmi kehta hai: "Yeh hukoomat aur police ka masla hai. Aam log is baare mein kuch nahin kar sakte."
    .a = Woh theek kehta hai: yeh police ka kaam hai, aam logon ko is mein nahin parna chahiye.
    .b = Mohalle wale khud un logon ko pakrein jin par shak ho, aur saza dein taake doosre darein.
    .c = Sab madad kar sakte hain: bachon se baat karein, khatre ki alamaat par dhyan dein, fikr ho to ittila dein.
    .why = Hukoomaton ko apna kaam karna hai, magar ghar wale aur mohalle wale bhi bohat aham hain. Baat karna, dhyan dena, ittila dena aur mutasira bachon ka saath dena bachon ki hifazat karta hai. Khud kisi ko pakarna ya saza dena khatarnak hai aur tafteesh ko kharab kar sakta hai; is ke bajaye police ko ittila dein.

# source: P6.3, P6.4
q-what-works-grows = Bachon se online jinsi zyadti itni tezi se kyun barh rahi hai?
    .a = Kyunke zyada tar mujrim jaldi pakre jate hain, aur un ki jagah naye mujrim aa jate hain.
    .b = Kyunke is ke liye mehnga saman chahiye, aur baray girohon ke paas isay khareedne ke paise hain.
    .c = Kyunke is par kharch kam aata hai, kam hi mujrimon ko saza milti hai, aur munafa bohat hai.
    .why = Kharch thora, saza ka dar thora aur munafa bohat: isi liye yeh jurm tezi se barh raha hai. Duniya bhar mein nisbatan kam mujrimon ko saza mili hai. Aur ek phone ya webcam wala computer kafi hai, mehnge saman ki zaroorat nahin.

# source: P6.3
q-what-works-cheap = Is jurm ke liye mehnga saman chahiye, is liye bohat kam log yeh jurm kar sakte hain.
    .why = Yeh baat durust nahin. Internet connection aur ek mobile phone, ya webcam wala computer kafi hai. Kam kharch hi ek wajah hai ke yeh jurm tezi se barh raha hai.

# source: P5.4, NSPCC
q-what-works-elder = In mein se kaun si baat durust hai?
    .situation = Lahore ke ek baray khandan mein aap ko apni ek chhoti bhateeji ki fikr hai. Khandan ke ek buzurg kehte hain: "Hum ghar ke maamlon mein police ko nahin laate. Hum khud nimat lenge."
    .a = Buzurg theek kehte hain: baat ghar mein rahe to izzat bhi bachti hai aur bachi bhi mehfooz rehti hai.
    .b = Baat chhupane se bachi mehfooz nahin hoti. Bachon ke tahaffuz ki helpline ya police se mashwara lein.
    .c = Pehle buzurg ko raazi karein; un ki ijazat ke baghair helpline ya police se baat na karein.
    .why = Jab bachay ke aas paas ke log mujrim ko bachate hain to tafteesh bohat mushkil ho jati hai. Khamoshi mujrim ko bachati hai, bachay ko nahin, chahe woh ghar ki izzat ke liye hi ho. Helpline ya police se mashwara lene ke liye aap ko kisi ki ijazat ki zaroorat nahin.

# source: P6.1, P6.2
q-what-works-done = Is jurm ke khilaf in mein se kaun se kaam ho rahe hain? Jitne jawab sahih hon, sab muntakhib karein.
    .a = Mukhtalif mulkon ki police ek doosre ki madad karti hai.
    .b = Police ne is par kaam chhor diya hai, kyunke yeh bohat mushkil hai.
    .c = Sarkari wakeelon aur judges ko khaas tarbiyat di jati hai.
    .d = Naye qanoon phone aur computer ke saboot ko mehfooz rakhne mein madad dete hain, taake online jurm ka muqadma adalat mein chal sake.
    .e = Zyada tar mulkon mein yeh jurm khatam ho chuka hai.
    .why = Mulk mil kar kaam kar rahe hain: police ek doosre ki madad karti hai, sarkari wakeelon aur judges ko tarbiyat milti hai, aur naye qanoon saboot ko mehfooz rakhte hain. Police ne himmat nahin haari, magar yeh jurm abhi khatam nahin hua. Isi liye aap ka hissa bhi aham hai.

# source: P6.5, NSPCC, Darkness to Light
q-what-works-neighbourhood = Parosi madad ke liye kya kar sakte hain?
    .situation = Karachi mein aap ke mohalle ke logon ko pata chalta hai ke ek 14 saala larke ko online nuqsan pohanchaya gaya. Kuch log kehte hain ke ab koi us ke ghar walon se baat na kare.
    .a = Larke aur us ke ghar walon ka saath dein, aur larke ko kabhi qusoorwar na thehrayein.
    .b = Kuch din is gharane se milna chhor dein, taake yeh museebat aap ke ghar tak na aaye.
    .c = Larke se kahein ke sab ko bataye ke kya hua, taake log us ki baat par yaqeen karein.
    .why = Jin bachon ko nuqsan pohancha ho, unhein sahare ki zaroorat hoti hai, ilzaam ki nahin. Milna chhor dene se woh gharana akela reh jata hai. Larke se sab ke samne baat kehlwana usay mazeed takleef de sakta hai; jo poochna zaroori ho, woh tarbiyat yafta log poochenge.
