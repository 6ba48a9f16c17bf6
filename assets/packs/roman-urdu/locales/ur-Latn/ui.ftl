# Hifazat interface text: Roman Urdu (ur-Latn), Urdu in Latin letters as
# people write it on WhatsApp and SMS. The wording follows locales/ur and
# locales/ur/GLOSSARY.md; only the script differs. Left to right: no RTL
# marks. Plain ASCII letters, no diacritics.
#
# Romanisation, one spelling per term in every file of this pack:
#   bacha, bachay, bachon = child, children ("bachay ko", "bachon ki hifazat")
#   larka/larke, larki/larkiyan = boy(s), girl(s); walidain, maa baap = parents
#   bachon ka online jinsi istehsal = online sexual exploitation of children
#   zyadti, jinsi zyadti = abuse, sexual abuse
#   bachon ke jinsi istehsal par mabni mawad = child sexual abuse material
#   live streaming = livestreaming; camera par zyadti = livestreamed abuse
#   sextortion (jinsi blackmailing) = sextortion
#   grooming; phansana = grooming; to groom ("bachay ko phansaya ja raha hai")
#   mujrim, mujrimon = offender(s); gahak, paise dene wale = paying customers
#   mutasira bachay; shikar hona, nishana banna = victims; be targeted
#   qusoor, qusoorwar = fault, to blame; ilzam = blame, accusation
#   nau-umar = teenager; khatre ki alamat, alamaat = warning sign(s)
#   saboot = evidence; report karna = report (app); ittila dena = report (police)
#   police; bachon ke tahaffuz ki helpline; cyber crime ka mehkama
#   emergency number milayein; fori khatra = immediate danger
#   mashwara lena = get advice; khud na uljhein = do not confront yourself
#   raaz = secret; tohfe, paise, mobile load; bari umar ka "dost"
#   anjaan shakhs, ajnabi = unknown person, stranger; doosri app, apps
#   dhoka, dhamki, dabao = trick, threat, pressure; bharosa, pata
#   niji tasveer; jinsi nauiyat ki tasveerein; tasveerein hatwana
#   digital pehchan (fingerprint) = hash; username, screenshot, block, delete
#   yaqeen karna = believe; pursukoon rahein = stay calm
#   dekh bhaal aur sahara, sambhalna = care and support, recover
#   tarbiyat yafta log = trained people; tafteesh = investigation
#   muqadma chalna = be prosecuted; saza milna = be convicted
#   sharam, sharmindagi = shame, embarrassment
#   sabaq, asbaq; quiz; pesh raft = progress; khufia number = PIN
#   amla = staff; workshop chalane wala = facilitator; "Madad" wala safha
#   Spelling: hai/hain, nahin, mein (in), main (I), ke (of; that), bohat,
#   zyada, kyunke, taake, usay/isay/unhein, karein/dein/lein, batayein.

# The language's own name, in its own script, on the language choice.
language-name = Roman Urdu

app-name = Hifazat
app-title = Hifazat — bachon ki online hifazat
bar-settings = Tarteebat
bar-help = Madad
bar-quick-exit = Foran chhupayein (Esc)
bar-finish = Khatam karein
bar-listen = Sunein
bar-pause = Rokein
bar-resume = Jaari rakhein
bar-stop = Band karein

## Welcome and content notice

welcome-choose-language = Apni zaban muntakhib karein
welcome-title = Hifazat mein khush aamdeed
welcome-intro = Yeh mukhtasar course walidain aur bachon ki dekh bhaal karne walon ke liye hai. Is mein aap seekhenge ke bachon se online jinsi zyadti kaise hoti hai aur is ki alamaat kya hain. Aap yeh bhi seekhenge ke aap kya kar sakte hain.
welcome-notice-title = Shuru karne se pehle
welcome-notice-covers = In saat asbaq mein bachon se online jinsi zyadti ki baat hai. Aap jaanenge ke mujrim bachon tak kaise pohanchte hain aur unhein kaise phansate hain. Paison ke liye camera par zyadti ki baat bhi hai, aur jinsi blackmailing (sextortion) ki bhi. Aap woh alamaat jaanenge jin se pata chal sakta hai ke koi bacha khatre mein hai. Aap yeh bhi jaanenge ke aise mein kya karein aur madad kahan se mile. Koi baat tafseel se bayan nahin ki gayi. Tasveeron mein sirf cheezon ki saada shaklein hain, kisi bachche ya kisi ziyadti ki koi tasveer nahin.
welcome-notice-upsetting = Kuch baatein aap ko pareshan kar sakti hain, khaas taur par agar aap ko ya aap ke kisi apne ko takleef pohanchi ho. Aisa mehsoos karna bilkul fitri hai.
welcome-notice-stop = Aap jab chahein ruk sakte hain. Upar surkh button "Foran chhupayein" dabayein, ya keyboard par Esc ka button dabayein: yeh screen foran chhup jayegi.
welcome-notice-stop-touch = Aap jab chahein ruk sakte hain. Upar surkh button "Foran chhupayein" ko chhooein: yeh screen foran chhup jayegi.
welcome-notice-help = Agar aap ko kisi bachay ki fikr hai ya aap kisi se baat karna chahte hain, to upar "Madad" ka button dabayein. Wahan un idaron ki fehrist hai jin se aap rabta kar sakte hain.
welcome-continue = Main ne parh liya, aage chalein

## Home

home-title = Asbaq
home-intro = Koi sabaq muntakhib karein. Har sabaq ke aakhir mein ek mukhtasar quiz hai, jis se aap dekh sakte hain ke aap ne kya seekha.
home-lesson-number = Sabaq { $number }
home-status-not-started = Abhi shuru nahin kiya
home-status-in-progress = Jari hai
home-status-tried = Quiz diya · behtareen natija { $best }%
home-status-passed = Kamyab · behtareen natija { $best }%
home-start = Shuru karein
home-continue = Jari rakhein
home-start-lesson = Sabaq { $number } shuru karein
home-review = Dobara dekhein

## Lesson

lesson-you-will-learn = Aap kya seekhenge
lesson-progress = Hissa { $current }, { $total } mein se
lesson-remember = Yaad rakhein
lesson-next = Aage
lesson-back = Peechay
lesson-back-to-lessons = Asbaq
lesson-take-quiz = Quiz dein

## Quiz

quiz-progress = Sawal { $current }, { $total } mein se
quiz-progress-retry = Dobara koshish: sawal { $current }, { $total } mein se
quiz-situation = Soorat-e-haal
quiz-hint-single = Ek jawab muntakhib karein.
quiz-hint-select-all = Har woh jawab muntakhib karein jo sahih hai.
quiz-hint-true-false = Yeh baat durust hai ya ghalat?
quiz-true = Durust
quiz-false = Ghalat
quiz-check = Jawab jaanchein
quiz-right = Bilkul sahih.
quiz-wrong = Yeh jawab sahih nahin.
quiz-partly-right = Aap ka jawab kuch sahih hai, magar poora nahin.
quiz-why = Kyun
quiz-mark-right = Sahih jawab
quiz-mark-missed = Yeh aap se reh gaya
quiz-mark-not-right = Yeh sahih nahin
quiz-mark-your-choice = Aap ka intikhab
quiz-next = Agla sawal
quiz-see-results = Natija dekhein

## Results

results-title = Aap ka natija
results-score = Aap ne { $total } mein se { $correct ->
        [0] kisi sawal ka sahih jawab nahin diya
        [one] ek sawal ka sahih jawab diya
       *[other] { $correct } sawalon ke sahih jawab diye
    } ({ $percent }%).
results-passed = Aap ne yeh quiz pass kar liya.
results-passed-detail = Shabash. Is sabaq mein seekhi hui baatein aap ko un bachon ki hifazat mein madad dengi jin ka aap khayal rakhte hain.
results-not-yet = Aap ne abhi yeh quiz pass nahin kiya.
results-not-yet-detail = Pass hone ke liye { $pass }% jawab sahih hone chahiyen. Jin sawalon ke jawab sahih nahin thay, unhein dobara hal karein; wazahatein aap ki madad karengi.
results-missed = Yeh sawal dobara dekhein:
results-retry-missed = Ghalat jawab wale sawal dobara hal karein
results-back-to-lessons = Asbaq par wapas jayein
results-next-lesson = Agla sabaq

## Help

help-title = Madad kahan se milegi
# source: safeguarding guide; help directory (Pakistan police emergency 15)
help-emergency = Agar koi bacha fori khatre mein ho to abhi apne ilaqe ka emergency number milayein.
help-emergency-number = Agar koi bacha fori khatre mein ho to abhi apne ilaqe ka emergency number milayein. { $country } mein yeh number { $number } hai.
help-confirm-locally = Phone number aur websites badalti rehti hain. Har number ke saath likha hai ke yeh kahan se liya gaya aur aakhri baar kab jaancha gaya. Is liye barah-e-karam apne ilaqe mein tasdeeq kar lein ke yeh ab bhi durust hain.
# source: NSPCC, Darkness to Light (do not confront the offender yourself)
help-not-confront = Yeh idare aap ki madad ke liye hain. Jis shakhs par aap ko shak ho, us se khud na uljhein: aisa karne se bacha mazeed khatre mein par sakta hai.
help-choose-country = Apna mulk muntakhib karein
help-source = Zariya: { $source } · jaanch ki tareekh: { $checked }
help-source-label = Zariya:
help-checked = Jaanch ki tareekh: { $checked }.
help-checked-date = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
help-unconfirmed = Abhi tasdeeq nahin hui: is number par bharosa karne se pehle khud tasdeeq kar lein.
help-close = Wapas

## Quick exit: deliberately plain words, nothing about the course.

neutral-welcome = Khush aamdeed
neutral-continue = Jari rakhein

## Saving

notice-not-saving = Is computer par "Hifazat" ki ek aur window pehle se khuli hai. Yeh window aap ki pesh raft save nahin karegi; isay band kar ke doosri window istemal karein.
notice-progress-set-aside = Aap ki save ki hui pesh raft parhi nahin ja saki, is liye course naye sire se shuru ho raha hai. Purani file alag rakh di gayi hai, mitayi nahin gayi.
notice-cannot-save = Is computer par aap ki pesh raft save nahin ho sakti, kyunke is ka folder istemal nahin ho sakta. Aap phir bhi poora course parh sakte hain.
notice-progress-kept = Aap ki save ki hui pesh raft parhi nahin ja saki, is liye course naye sire se shuru ho raha hai. Woh file jaisi thi waisi hi chhor di gayi hai, is liye is baar aap ki pesh raft save nahin hogi. Aap phir bhi poora course parh sakte hain.
notice-save-failed = Aap ka pichhla qadam save nahin ho saka. "Hifazat" agle qadam par dobara koshish karegi.
notice-dismiss = Theek hai
notice-pack-skipped = Mawad ka pack “{ $pack }” istemal nahin hua kyunke is mein { $count ->
        [one] aik kharabi hai
       *[other] { $count } kharabiyan hain
    }. Aap app ka apna course dekh rahe hain. Jis ne yeh pack lagaya, woh “hifazat check” chala kar dekh sakta hai ke kya theek karna hai.
home-continue-title = Jahan chhora tha, wahin se jari rakhein
home-continue-place = { $lesson } · { $place }
home-open = Kholein

## Settings

settings-title = Tarteebat
settings-language = Zaban
settings-text-size = Likhai ka size
settings-size-standard = Aam
settings-size-large = Bara
settings-size-larger = Zyada bara
settings-size-largest = Sab se bara
settings-theme = Rang
settings-theme-light = Halke rang
settings-theme-dark = Gehre rang
settings-theme-high-contrast = Wazeh farq wale rang
settings-chosen = (muntakhib)
settings-progress = Aap ki pesh raft
settings-start-again-explained = Aap ki pesh raft har qadam ke baad isi computer par save ho jati hai. Naye sire se shuru karne par yeh mit jayegi aur har sabaq "Abhi shuru nahin kiya" ho jayega.
settings-start-again = Naye sire se shuru karein
settings-start-again-title = Naye sire se shuru karein?
settings-start-again-warning = Is se is computer par har sabaq ki pesh raft aur quiz ke natije mit jayenge. Yeh wapas nahin ho sakta. Aap ki zaban aur tarteebat baqi rahengi.
settings-start-again-yes = Haan, meri pesh raft mita dein
settings-start-again-no = Nahin, rehne dein
settings-close = Wapas

## Keys

keys-title = Keyboard ke buttons
keys-quick-exit = Foran chhupayein: yeh screen usi waqt chhup jati hai.
keys-choose = Number ya harf se jawab, sabaq ya tarteeb muntakhib karein.
keys-enter = Har safhe ka sab se aham button: aage chalein, jawab jaanchein, agla sawal.
keys-pages = Agla safha aur pichhla safha (presentation clicker yehi buttons bhejte hain).
keys-cap-arrows = Teer wale buttons
keys-arrows = Jis taraf aap parhte hain, us taraf wala teer aage le jata hai, doosra peechay.
keys-keys = Buttons ki yeh fehrist dikhayein.
keys-help = Madad kahan se milegi.
keys-settings = Tarteebat: zaban, likhai ka size, rang.
keys-touch = Yeh sab kuch screen ko chhoo kar ya mouse se bhi kiya ja sakta hai.
# Credits for the icon set and fonts the app bundles.
keys-credits = Icons aur asbaq ki tasveerein: Lucide (lucide.dev, ISC licence). Fonts: Noto Sans aur Noto Nastaliq Urdu (SIL Open Font Licence).
keys-close = Wapas

## Kiosk mode: a shared screen at a community centre

kiosk-begin = Shuru karne ke liye yahan chhuein
kiosk-intro = Walidain aur bachon ki dekh bhaal karne walon ke liye mukhtasar course: bachon ki online hifazat.
kiosk-private = Yahan aap jo kuch karein, woh darj nahin rehta. Khatam karne par sab kuch mit jata hai, is liye agla shakhs kuch nahin dekh sakta.
kiosk-settings-problem = Amle ke liye: kiosk ki tarteebat wali file istemal nahin ho saki. Aam tarteebat chal rahi hain, aur bahar nikalne ka koi khufia number nahin.
kiosk-pack-skipped = Amle ke liye: mawad ka aik pack istemal nahin hua kyunke is mein kharabiyan hain. App ka apna course dikhaya ja raha hai.
kiosk-finish-title = Khatam kar ke sab kuch mita dein?
kiosk-finish-explained = Aap ki pesh raft aur aap ke jawab mita diye jayenge, taake agla shakhs unhein na dekh sake.
kiosk-finish-contacts = Jaane se pehle yeh number likh lein, ya in ki tasveer le lein.
kiosk-finish-yes = Haan, khatam karein
kiosk-finish-no = Jari rakhein
kiosk-still-there-title = Kya aap abhi yahin hain?
kiosk-still-there-countdown =
    { $seconds ->
        [one] { $seconds } second mein sab kuch mita diya jayega.
       *[other] { $seconds } second mein sab kuch mita diya jayega.
    }
kiosk-still-there-continue = Jari rakhne ke liye screen par kahin bhi chhuein
kiosk-pin-title = Sirf amle ke liye: bahar nikalne ka khufia number daalein
kiosk-pin-wrong = Yeh khufia number sahih nahin.
kiosk-pin-wait = Bohat zyada ghalat koshishein ho gayin. { $seconds } second baad dobara koshish karein.
kiosk-pin-erase = Mitayein
kiosk-pin-unlock = Bahar niklein
kiosk-pin-cancel = Wapas

## Handout: printed key points and help (hifazat export)

handout-title = Bachon ki online hifazat: yaad rakhne ki baatein
handout-intro = "Hifazat" course ke har sabaq ki aham baatein, aur madad kahan se milegi.
handout-keep-safe = Agar ghar mein koi aap ko ya kisi bachay ko nuqsan pohancha sakta hai, to yeh kaghaz chhupa kar rakhein. Aisi jagah rakhein jahan woh isay na dekh sake.
handout-key-points = Yaad rakhein
handout-answers = Jawabat (workshop chalane wale ke liye)
handout-answer = Jawab:
handout-footer = "Hifazat" ki taraf se: walidain aur bachon ki dekh bhaal karne walon ke liye ek muft course, jo internet ke baghair chalta hai.

## Course ka rasta aur us ka ikhtitam

home-course-progress = Aap ne { $total } mein se { $passed ->
        [0] abhi koi sabaq pass nahin kiya
        [one] ek sabaq pass kar liya hai
       *[other] { $passed } sabaq pass kar liye hain
    }.
complete-open = Dekhein aap ne kya seekha
complete-title = Aap ne course mukammal kar liya
complete-intro = Aap ne har sabaq ka quiz pass kar liya. Shabash! Aap ne jo seekha, woh bachon ko mehfooz rakhne mein kaam aayega.
complete-learned = Aap ne kya seekha
complete-help = Madad ke yeh number apne paas rakhein

## Jab koi screen na ho (terminal par)

error-no-display = Window kholne ke liye koi screen nahin mili. "Hifazat" app ko computer ke desktop se kholein. hifazat check aur hifazat export screen ke baghair bhi chalte hain.
error-display-not-there = Screen { $display } tak rasai nahin ho saki, is liye window nahin khul sakti. "Hifazat" app ko computer ke desktop se kholein.

## Sunna: safhe parh kar sunaye jate hain

listen-no-voice = Safhe sunne ke liye is computer par espeak-ng chahiye. Yeh parh kar sunane wala muft program hai. Computer ki dekh bhaal karne wale se kahein ke ise install kar dein. Ubuntu ya Debian par: sudo apt install espeak-ng. Windows par: espeak-ng ka installer. Phir "Hifazat" app dobara kholein.
listen-failed = Awaaz yeh safha nahin parh saki. Shayad is zaban ki awaaz install nahin hai.
settings-listen = Sunna
settings-speed = Awaaz kitni tezi se parhe
settings-speed-slower = Aahista
settings-speed-normal = Aam
settings-speed-faster = Tez
settings-keep-listening = Safha badalne par
settings-keep-listening-off = Parhna band ho jaye
settings-keep-listening-on = Agla safha bhi parha jaye
keys-listen = Safha sunein. Rokne ke liye dobara dabayein, aur jaari rakhne ke liye phir dabayein.
keys-stop-listening = Sunna band karein.
kiosk-listen = Sunein
kiosk-listen-headphones = Safhe parh kar sunaye ja sakte hain. Headphone istemal karein, taake sirf aap sunein.
kiosk-listen-on = Safhe parh kar sunaye ja sakte hain: "Sunein" ko chhuein.
kiosk-listen-off = Is screen par parh kar sunana band hai.

## Sawalon ke zakheere, mukhtasar dohrai aur aakhri jaanch

quiz-see = Sabaq mein: { $point }
results-first-score = Pehli koshish mein aap ne { $total } mein se { $correct } sawalon ke sahih jawab diye ({ $percent }%).
results-retry-all-right = Doosri koshish mein aap ne woh sab sawal sahih kar liye jo pehle reh gaye thay.
results-retry-now = Ab { $total } mein se { $correct } sawalon ke jawab sahih hain.
results-review-done = Dohrai ho gayi
results-review-next = Yeh sabaq { $days } din baad mukhtasar dohrai ke liye phir aaye ga.
results-review-learned = Is sabaq ki yeh aakhri dohrai thi. Aap ne yeh sabaq achhi tarah seekh liya hai.
results-final-passed-detail = Shabash. Poore course ki baatein aap ko yaad hain.
review-caption = Mukhtasar dohrai · { $lesson }
final-caption = Aakhri jaanch · { $lesson }
final-title = Aakhri jaanch: poore course se 10 sawal
final-start = Aakhri jaanch shuru karein
home-review-title = Mukhtasar dohrai: 3 sawal, 2 minute
home-review-body = { $lesson }: dekhein ke aap ko kya kuchh yaad hai.
home-review-start = Dohrai shuru karein
settings-reviews = Mukhtasar dohrai
settings-reviews-on = Haan, dohrai karwaein
settings-reviews-off = Nahin, dohrai na karwaein
settings-reviews-explained = Pass kiya hua sabaq 2 din baad, phir 7 din baad, phir 21 din baad 3 sawalon ke liye wapas aata hai. Is computer par sirf tareekhein aur sawal rakhe jaate hain.
complete-finished-on = { $date } ko mukammal kiya
date-day = { $day } { $month } { $year }
home-review-key = Button { $number } dabayein
complete-certificate = Chhaapne ke liye sanad
complete-certificate-explained = Sanad par likhne ke liye naam likhein. Yeh naam sirf sanad ki file mein jaata hai; yeh app ise kahin nahin rakhti.
complete-certificate-name = Naam
complete-certificate-save = Sanad save karein
complete-certificate-saved = Sanad save ho gayi: { $path }
complete-certificate-failed = Sanad save nahin ho saki: { $reason }
certificate-heading = Course mukammal karne ki sanad
certificate-body = ne "Hifazat" ka course mukammal kar liya hai. Yeh course walidain aur bachchon ki dekh bhaal karne walon ke liye hai, taake woh bachchon ko online jinsi ziyadti se bacha sakein.
