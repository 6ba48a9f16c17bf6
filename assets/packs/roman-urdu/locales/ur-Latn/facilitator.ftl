# Facilitator mode: presenter, workshop plan and notes

## Presenter: the lessons shown on a projector to a group

presenter-place = Sabaq { $lesson } · { $current }, { $total } mein se
presenter-reveal = Jawab dikhayein
presenter-another-question = Koi aur sawal
presenter-answer-title = Jawab
presenter-discussion-title = Mil kar baat karein
presenter-end-title = Aaj ke asbaq yahan khatam hote hain
presenter-end-thanks = Aaj mil kar seekhne ka bohat shukriya. Agar kabhi aap ko kisi bachay ki fikr ho to neeche likhe idaron se madad le sakte hain. Koi number abhi likh lein, ya is screen ki tasveer le lein.
presenter-back = Workshop ke program par wapas jayein

## Workshop plan

agenda-title = Aaj ki workshop ka program banayein
agenda-explained = Muntakhib karein ke aaj kaun se asbaq honge, aur kis tarteeb se. Likha hua waqt sirf andaza hai.
agenda-included = Aaj ki workshop mein shamil
agenda-add = Shamil karein
agenda-remove = Hatayein
agenda-earlier = Upar le jayein
agenda-later = Neeche le jayein
agenda-minutes = Taqreeban { $minutes } minute
agenda-total = Kul waqt: taqreeban { $hours ->
        [0] { $minutes } minute
        [one] ek ghanta{ $minutes ->
            [0] {""}
           *[other] {" "}{ $minutes } minute
        }
       *[other] { $hours } ghante{ $minutes ->
            [0] {""}
           *[other] {" "}{ $minutes } minute
        }
    }
agenda-start = Dikhana shuru karein
agenda-empty = Shuru karne ke liye kam az kam ek sabaq shamil karein.
agenda-export = Chhapne ke liye safhat save karein
agenda-exported = Chhapne ke safhat save ho gaye: { $path }
agenda-export-failed = Chhapne ke safhat save nahin ho sake: { $reason }
home-facilitator = Group ko asbaq dikhayein

## Notes for the facilitator (on the facilitator's screen, never on the projector)

notes-title = Workshop chalane wale ke liye zaroori baatein
notes-timing = Is sabaq mein taqreeban { $teaching } minute lagte hain, aur is par baat cheet mein taqreeban { $discussion } minute.
notes-keys = Keyboard ke buttons: aage PageDown, Space ya Enter; peechay PageUp; sabaq ka shuru Home, aakhir End; screen kaali karne ke liye B ya "."; yeh baatein kholne ya band karne ke liye N. Esc se sab foran chhup jata hai (Enter se slides wapas aati hain); clicker ka "slide show band karein" button bhi Esc bhejta hai.
notes-audio = Jo waldain parh nahin sakte, woh sabaq awaaz ki shakal mein ghar le ja sakte hain: hifazat audio --lang ur --lesson <lesson> --out lesson.wav se aisi file banti hai jo har phone par chalti hai.
# source: safeguarding guide, For facilitators
notes-guidance-title = Group mein sab ka khayal rakhein
notes-guidance-assume = Yeh maan kar chalein ke kamre mein koi na koi zyadti se mutasir hua hoga. Ho sakta hai us ke saath khud zyadti hui ho, ya us ke kisi apne ke saath. Shuru mein hi bata dein ke koi bhi kisi bhi waqt, koi wajah bataye baghair, bahar ja sakta hai.
notes-guidance-disclosure = Agar workshop ke dauran koi kisi zyadti ke baare mein bataye to batane par us ka shukriya ada karein. Phir us se akele mein baat karein, sab ke samne nahin.
notes-guidance-secrecy = Agar kisi bachay ko khatra ho to baat raaz rakhne ka wada na karein. Aap ke idare mein bachon ke tahaffuz ka jo tareeqa tay hai, us par amal karein.
notes-guidance-contacts = Unhein madad ke liye rabte dein. Yeh rabte in baaton ke agle hisse mein bhi hain aur chhapne wale safhe par bhi.
# source: safeguarding guide, If a child tells you
notes-guidance-no-details = Tafseel na poochein, aur bachay se khud sawal jawab na karein. Yeh kaam bachon ke tahaffuz ke tarbiyat yafta logon ka hai.
notes-help-title = Madad ke liye rabte
presenter-back-to-slides = Wapas slides par
agenda-notes-window = Zaroori baatein alag window mein (doosri screen ke liye)
