### Hifazat interface text: English. Every word the app shows outside the
### lessons. Variables: numbers are whole numbers.

# The language's own name, in its own script, on the language choice.
language-name = English

app-name = Hifazat
app-title = Hifazat — keeping children safe online
bar-settings = Settings
bar-help = Help
bar-quick-exit = Quick exit (Esc)
bar-finish = Finish
bar-listen = Listen
bar-pause = Pause
bar-resume = Go on
bar-stop = Stop

## Welcome and content notice

welcome-choose-language = Choose your language
welcome-title = Welcome to Hifazat
welcome-intro = This short course helps parents and carers protect children from sexual exploitation online: how it happens, the warning signs, and what you can do.
welcome-notice-title = Before you begin
welcome-notice-covers = The seven lessons are about the sexual abuse of children online. You will learn how offenders reach children and groom them. The lessons also cover abuse streamed live for money, and sextortion. You will learn the signs that a child may be at risk. You will also learn what to do, and where to get help. Nothing is described in detail. The only pictures are simple drawings of things, never of children or of abuse.
welcome-notice-upsetting = Some of it may be upsetting, especially if you or someone close to you has been hurt. Feeling upset is a normal reaction.
welcome-notice-stop = You can stop at any time. The red "Quick exit" button at the top, or the Esc key, hides this screen at once.
welcome-notice-stop-touch = You can stop at any time. Touch the red "Quick exit" button at the top, and this screen is hidden at once.
welcome-notice-help = If you are worried about a child, or want to talk to someone, the "Help" button at the top lists who you can contact.
welcome-continue = I have read this, continue

## Home

home-title = Lessons
home-intro = Choose a lesson. Each one ends with a short quiz so you can check what you have learned.
home-lesson-number = Lesson { $number }
home-status-not-started = Not started
home-status-in-progress = In progress
home-status-tried = Quiz taken · best score { $best }%
home-status-passed = Passed · best score { $best }%
home-start = Start
home-continue = Continue
home-start-lesson = Start lesson { $number }
home-review = Review

## Lesson

lesson-you-will-learn = What you will learn
lesson-progress = Part { $current } of { $total }
lesson-remember = Remember
lesson-next = Next
lesson-back = Back
lesson-back-to-lessons = Lessons
lesson-take-quiz = Take the quiz

## Quiz

quiz-progress = Question { $current } of { $total }
quiz-progress-retry = Trying again: question { $current } of { $total }
quiz-situation = The situation
quiz-hint-single = Choose one answer.
quiz-hint-select-all = Choose every answer that is right.
quiz-hint-true-false = Is this true or false?
quiz-true = True
quiz-false = False
quiz-check = Check my answer
quiz-right = That's right.
quiz-wrong = Not quite.
quiz-partly-right = Partly right, but not all.
quiz-why = Why
quiz-mark-right = Right answer
quiz-mark-missed = You missed this one
quiz-mark-not-right = Not right
quiz-mark-your-choice = Your choice
quiz-next = Next question
quiz-see-results = See my result

## Results

results-title = Your result
results-score = You answered { $correct } of { $total } questions correctly ({ $percent }%).
results-passed = You passed this quiz.
results-passed-detail = Well done. What you learned in this lesson will help you protect the children in your care.
results-not-yet = Not passed yet.
results-not-yet-detail = You need { $pass }% to pass. Try the questions you missed again; the explanations will help.
results-missed = Questions to look at again:
results-retry-missed = Try the missed questions again
results-back-to-lessons = Back to lessons
results-next-lesson = Next lesson

## Help

help-title = Where to get help
# source: safeguarding guide; help directory (Pakistan police emergency 15)
help-emergency = If a child is in immediate danger, call your local emergency number now.
# The country's own emergency number, where the help directory has one.
help-emergency-number = If a child is in immediate danger, call your local emergency number now. In { $country }, call { $number }.
help-confirm-locally = Phone numbers and websites change. Each entry shows where it came from and when it was last checked. Please confirm it locally.
# source: NSPCC, Darkness to Light (do not confront the offender yourself)
help-not-confront = These services are there to help you. Do not confront a person you suspect yourself: it can put the child at more risk.
help-choose-country = Choose your country
help-source = Source: { $source } · checked { $checked }
# The same in two parts, for a right-to-left page: the sources are Latin
# names, shown on a line of their own so they never mix with the words.
help-source-label = Source:
help-checked = Checked { $checked }.
# When a contact was last checked, as a month and a year.
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
help-unconfirmed = Unconfirmed: check this number before you rely on it.
help-close = Back

## Quick exit: deliberately plain words, nothing about the course.

neutral-welcome = Welcome
neutral-continue = Continue

## Saving

notice-not-saving = Another Hifazat window is open on this computer. This window will not save your progress; close it and use the other one.
notice-progress-set-aside = Your saved progress could not be read, so the course starts fresh. The old file was kept, not deleted.
notice-cannot-save = Your progress cannot be saved on this computer: the folder for it cannot be used. You can still take the whole course.
notice-progress-kept = Your saved progress could not be read, so the course starts fresh. The file is left as it is, so this time your progress will not be saved. You can still take the whole course.
notice-save-failed = Your last step could not be saved. Hifazat will try again at your next step.
notice-dismiss = OK
# A content pack (a folder that adapts the course) could not be used.
notice-pack-skipped = The content pack “{ $pack }” was not used because it has { $count ->
        [one] a problem
       *[other] { $count } problems
    }. You are seeing the built-in course. Whoever installed the pack can run “hifazat check” to see what to fix.
home-continue-title = Continue where you left off
home-continue-place = { $lesson } · { $place }
home-open = Open

## Settings

settings-title = Settings
settings-language = Language
settings-text-size = Text size
settings-size-standard = Standard
settings-size-large = Large
settings-size-larger = Larger
settings-size-largest = Largest
settings-theme = Colours
settings-theme-light = Light
settings-theme-dark = Dark
settings-theme-high-contrast = High contrast
settings-chosen = (chosen)
settings-progress = Your progress
settings-start-again-explained = Your progress is saved on this computer after every step. Starting again clears it: every lesson becomes "not started".
settings-start-again = Start again
settings-start-again-title = Start again?
settings-start-again-warning = This clears every lesson's progress and quiz results on this computer. It cannot be undone. Your language and settings are kept.
settings-start-again-yes = Yes, clear my progress
settings-start-again-no = No, keep it
settings-close = Back

## Keys

keys-title = Keys
keys-quick-exit = Quick exit: hide this screen at once.
keys-choose = Choose an answer, a lesson or a setting by its number or letter.
keys-enter = The page's main button: continue, check the answer, next question.
keys-pages = Next page and previous page (presentation clickers send these keys).
keys-cap-arrows = Arrow keys
keys-arrows = The arrow pointing the way you read goes forward; the other goes back.
keys-keys = Show this list of keys.
keys-help = Where to get help.
keys-settings = Settings: language, text size, colours.
keys-touch = Everything can also be done by touch or with a mouse.
# Credits for the icon set and fonts the app bundles (their licences ask
# for none on screen; we give it anyway).
keys-credits = Icons and lesson pictures: Lucide (lucide.dev, ISC licence). Fonts: Noto Sans and Noto Nastaliq Urdu (SIL Open Font Licence).
keys-close = Back

## Kiosk mode: a shared screen at a community centre

kiosk-begin = Tap to begin
kiosk-intro = A short course for parents and carers on keeping children safe online.
kiosk-private = Nothing you do here is kept. When you finish, it is all cleared, so the next person sees nothing.
kiosk-settings-problem = Staff: the kiosk settings file could not be used. The defaults apply, and there is no exit PIN.
kiosk-pack-skipped = Staff: a content pack was not used because it has problems. The built-in course is shown.
kiosk-finish-title = Finish and clear everything?
kiosk-finish-explained = Your answers and your place in the course will be cleared, so the next person cannot see them.
kiosk-finish-contacts = Before you go: write down or take a photo of these numbers.
kiosk-finish-yes = Yes, finish
kiosk-finish-no = Keep going
kiosk-still-there-title = Are you still there?
kiosk-still-there-countdown =
    { $seconds ->
        [one] Everything will be cleared in { $seconds } second.
       *[other] Everything will be cleared in { $seconds } seconds.
    }
kiosk-still-there-continue = Touch anywhere to keep going
kiosk-pin-title = Staff only: enter the exit PIN
kiosk-pin-wrong = That PIN is not right.
kiosk-pin-wait = Too many wrong tries. Try again in { $seconds } seconds.
kiosk-pin-erase = Delete
kiosk-pin-unlock = Exit
kiosk-pin-cancel = Cancel

## Handout: printed key points and help (hifazat export)

handout-title = Keeping children safe online: what to remember
handout-intro = The key points of each lesson of the Hifazat course, and where to get help.
handout-keep-safe = If someone at home could harm you or a child, keep this paper where they will not find it.
handout-key-points = Remember
handout-answers = Answer key (for the facilitator)
handout-answer = Answer:
handout-footer = From Hifazat, a free course for parents and carers that works without the internet.

## The course's path and its end

home-course-progress = { $passed } of { $total } lessons passed
complete-open = See what you have learned
complete-title = You have finished the course
complete-intro = You passed the quiz of every lesson. Well done: what you have learned helps keep children safe.
complete-learned = What you learned
complete-help = Keep these numbers for help

## When there is no screen (said on the terminal)

error-no-display = There is no screen to open the window on. Start Hifazat from the desktop. hifazat check and hifazat export work without a screen.
error-display-not-there = The screen { $display } cannot be reached, so the window cannot open. Start Hifazat from the desktop.

## Listening: pages read aloud

listen-no-voice = To hear pages read aloud, this computer needs espeak-ng, a free reading voice. Ask the person who looks after the computer to install it. On Ubuntu or Debian: sudo apt install espeak-ng. On Windows: the espeak-ng installer. Then open Hifazat again.
listen-failed = The voice could not read this page. The voice for this language may not be installed.
settings-listen = Listening
settings-speed = How fast the voice reads
settings-speed-slower = Slower
settings-speed-normal = Normal
settings-speed-faster = Faster
settings-keep-listening = When I turn the page
settings-keep-listening-off = Stop reading
settings-keep-listening-on = Read the next page too
keys-listen = Listen to the page. Press it again to pause, and again to go on.
keys-stop-listening = Stop listening.
kiosk-listen = Listen
kiosk-listen-headphones = Pages can be read aloud. Please use the headphones, so that only you hear them.
kiosk-listen-on = Pages can be read aloud: tap Listen.
kiosk-listen-off = Reading aloud is turned off on this screen.

## Quiz pools, short reviews and the final check

# After an answer is checked: where the lesson teaches it (a section's title or a key point).
quiz-see = In the lesson: { $point }
results-first-score = On your first try you answered { $correct } of { $total } questions correctly ({ $percent }%).
results-retry-all-right = On the second try you answered every question you had missed.
results-retry-now = { $correct } of { $total } are now answered correctly.
results-review-done = Review done
results-review-next = This lesson will come back for a short review { $days ->
        [one] tomorrow
       *[other] in { $days } days
    }.
results-review-learned = That was the last review of this lesson. You have learned it well.
results-final-passed-detail = Well done. You remember what the whole course teaches.
review-caption = A short review · { $lesson }
final-caption = The final check · { $lesson }
final-title = The final check: 10 questions from the whole course
final-start = Take the final check
home-review-title = A short review: 3 questions, 2 minutes
home-review-body = { $lesson }: see what you still remember.
home-review-start = Start the review
settings-reviews = Short reviews
settings-reviews-on = Offer them
settings-reviews-off = Do not offer them
settings-reviews-explained = A passed lesson comes back after 2 days, then 7, then 21, for 3 questions. Only the dates and the questions are kept, on this computer.
complete-finished-on = Finished on { $date }
date-day = { $day } { $month } { $year }
home-review-key = Key { $number }
complete-certificate = A certificate to print
complete-certificate-explained = Type the name to put on it. The name goes only into the certificate file; this app keeps it nowhere.
complete-certificate-name = Name
complete-certificate-save = Save the certificate
complete-certificate-saved = The certificate was saved: { $path }
complete-certificate-failed = The certificate could not be saved: { $reason }
certificate-heading = Certificate of completion
certificate-body = has finished Hifazat, a course for parents and carers on keeping children safe from online sexual abuse.
