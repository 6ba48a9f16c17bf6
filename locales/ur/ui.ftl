### حفاظت: ایپ کی عبارتیں، اردو۔ اسباق کے علاوہ ہر وہ لفظ جو ایپ دکھاتی ہے۔

# The language's own name, in its own script, on the language choice.
language-name = اردو

app-name = حفاظت
app-title = حفاظت — بچوں کی آن لائن حفاظت
bar-settings = ترتیبات
bar-help = مدد
bar-quick-exit = فوراً چھپائیں (Esc)
bar-finish = ختم کریں
bar-listen = سنیں
bar-pause = روکیں
bar-resume = جاری رکھیں
bar-stop = بند کریں

## خوش آمدید اور مواد کے بارے میں اطلاع

welcome-choose-language = اپنی زبان منتخب کریں
welcome-title = حفاظت میں خوش آمدید
welcome-intro = یہ مختصر کورس والدین اور بچوں کی دیکھ بھال کرنے والوں کے لیے ہے۔ اس میں آپ سیکھیں گے کہ بچوں سے آن لائن جنسی زیادتی کیسے ہوتی ہے اور اس کی علامات کیا ہیں۔ آپ یہ بھی سیکھیں گے کہ آپ کیا کر سکتے ہیں۔
welcome-notice-title = شروع کرنے سے پہلے
welcome-notice-covers = ان سات اسباق میں بچوں سے آن لائن جنسی زیادتی کی بات ہے۔ آپ جانیں گے کہ مجرم بچوں تک کیسے پہنچتے ہیں اور انہیں کیسے پھنساتے ہیں۔ پیسوں کے لیے کیمرے پر زیادتی کی بات بھی ہے، اور جنسی بلیک میلنگ (سیکسٹورشن) کی بھی۔ آپ وہ علامات جانیں گے جن سے پتا چل سکتا ہے کہ کوئی بچہ خطرے میں ہے۔ آپ یہ بھی جانیں گے کہ ایسے میں کیا کریں اور مدد کہاں سے ملے۔ کوئی بات تفصیل سے بیان نہیں کی گئی۔ تصویروں میں صرف چیزوں کی سادہ شکلیں ہیں، کسی بچے یا کسی زیادتی کی کوئی تصویر نہیں۔
welcome-notice-upsetting = کچھ باتیں آپ کو پریشان کر سکتی ہیں، خاص طور پر اگر آپ کو یا آپ کے کسی اپنے کو تکلیف پہنچی ہو۔ ایسا محسوس کرنا بالکل فطری ہے۔
welcome-notice-stop = آپ جب چاہیں رک سکتے ہیں۔ اوپر سرخ بٹن ”فوراً چھپائیں“ دبائیں، یا کی بورڈ پر Esc کا بٹن دبائیں: یہ اسکرین فوراً چھپ جائے گی۔
welcome-notice-stop-touch = آپ جب چاہیں رک سکتے ہیں۔ اوپر سرخ بٹن ”فوراً چھپائیں“ کو چھوئیں: یہ اسکرین فوراً چھپ جائے گی۔
welcome-notice-help = اگر آپ کو کسی بچے کی فکر ہے یا آپ کسی سے بات کرنا چاہتے ہیں، تو اوپر ”مدد“ کا بٹن دبائیں۔ وہاں ان اداروں کی فہرست ہے جن سے آپ رابطہ کر سکتے ہیں۔
welcome-continue = میں نے پڑھ لیا، آگے چلیں

## اسباق کی فہرست

home-title = اسباق
home-intro = کوئی سبق منتخب کریں۔ ہر سبق کے آخر میں ایک مختصر کوئز ہے، جس سے آپ دیکھ سکتے ہیں کہ آپ نے کیا سیکھا۔
home-lesson-number = سبق { $number }
home-status-not-started = ابھی شروع نہیں کیا
home-status-in-progress = جاری ہے
home-status-tried = کوئز دیا · بہترین نتیجہ { $best }%
home-status-passed = کامیاب · بہترین نتیجہ { $best }%
home-start = شروع کریں
home-continue = جاری رکھیں
home-start-lesson = سبق { $number } شروع کریں
home-review = دوبارہ دیکھیں

## سبق

lesson-you-will-learn = آپ کیا سیکھیں گے
lesson-progress = حصہ { $current } (کل { $total } حصے)
lesson-remember = یاد رکھیں
lesson-next = آگے
lesson-back = پیچھے
lesson-back-to-lessons = اسباق
lesson-take-quiz = کوئز دیں

## کوئز

quiz-progress = سوال { $current } (کل { $total } سوال)
quiz-progress-retry = دوبارہ کوشش: سوال { $current } (کل { $total } سوال)
quiz-situation = صورتِ حال
quiz-hint-single = ایک جواب منتخب کریں۔
quiz-hint-select-all = ہر وہ جواب منتخب کریں جو صحیح ہے۔
quiz-hint-true-false = یہ بات درست ہے یا غلط؟
quiz-true = درست
quiz-false = غلط
quiz-check = جواب جانچیں
# An answer is صحیح (correct); a statement is درست (true): the true/false
# options say درست / غلط, so the verdicts must not.
quiz-right = بالکل صحیح۔
quiz-wrong = یہ جواب صحیح نہیں۔
quiz-partly-right = آپ کا جواب کچھ صحیح ہے، مگر پورا نہیں۔
quiz-why = کیوں
quiz-mark-right = صحیح جواب
quiz-mark-missed = یہ آپ سے رہ گیا
quiz-mark-not-right = یہ صحیح نہیں
quiz-mark-your-choice = آپ کا انتخاب
quiz-next = اگلا سوال
quiz-see-results = نتیجہ دیکھیں

## نتیجہ

results-title = آپ کا نتیجہ
results-score = آپ نے { $total } میں سے { $correct ->
        [0] کسی سوال کا صحیح جواب نہیں دیا
        [one] ایک سوال کا صحیح جواب دیا
       *[other] { $correct } سوالوں کے صحیح جواب دیے
    } ({ $percent }%)۔
results-passed = آپ نے یہ کوئز پاس کر لیا۔
results-passed-detail = شاباش۔ اس سبق میں سیکھی ہوئی باتیں آپ کو ان بچوں کی حفاظت میں مدد دیں گی جن کا آپ خیال رکھتے ہیں۔
results-not-yet = آپ نے ابھی یہ کوئز پاس نہیں کیا۔
results-not-yet-detail = پاس ہونے کے لیے { $pass }% جواب صحیح ہونے چاہییں۔ جن سوالوں کے جواب صحیح نہیں تھے، انہیں دوبارہ حل کریں؛ وضاحتیں آپ کی مدد کریں گی۔
results-missed = یہ سوال دوبارہ دیکھیں:
results-retry-missed = غلط جواب والے سوال دوبارہ حل کریں
results-back-to-lessons = اسباق پر واپس جائیں
results-next-lesson = اگلا سبق

## مدد

help-title = مدد کہاں سے ملے گی
# source: safeguarding guide; help directory (Pakistan police emergency 15)
help-emergency = اگر کوئی بچہ فوری خطرے میں ہو تو ابھی اپنے علاقے کا ایمرجنسی نمبر ملائیں۔
help-emergency-number = اگر کوئی بچہ فوری خطرے میں ہو تو ابھی اپنے علاقے کا ایمرجنسی نمبر ملائیں۔ { $country } میں یہ نمبر { $number } ہے۔
help-confirm-locally = فون نمبر اور ویب سائٹیں بدلتی رہتی ہیں، اس لیے اپنے علاقے میں تصدیق کر لیں کہ یہ اب بھی درست ہیں۔ ہر نمبر کے ساتھ لکھا ہے کہ یہ کہاں سے لیا گیا اور آخری بار کب جانچا گیا۔
# source: NSPCC, Darkness to Light (do not confront the offender yourself)
help-not-confront = یہ ادارے آپ کی مدد کے لیے ہیں۔ جس شخص پر آپ کو شک ہو، اس سے خود نہ الجھیں: ایسا کرنے سے بچہ مزید خطرے میں پڑ سکتا ہے۔
help-choose-country = اپنا ملک منتخب کریں
help-source = یہ معلومات یہاں سے لی گئیں (انگریزی میں): { $source }۔ آخری بار جانچ: { $checked }۔
help-source-label = یہ معلومات یہاں سے لی گئیں (انگریزی میں):
help-checked = آخری بار جانچ: { $checked }۔
help-checked-date = { "\u200F" }{ $month } { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
help-unconfirmed = ابھی تصدیق نہیں ہوئی: اس نمبر پر بھروسا کرنے سے پہلے خود تصدیق کر لیں۔
help-close = واپس

## فوراً چھپانے پر: جان بوجھ کر سادہ الفاظ، کورس کا کوئی ذکر نہیں۔

neutral-welcome = خوش آمدید
neutral-continue = جاری رکھیں

## سیو کرنا

notice-not-saving = اس کمپیوٹر پر ”حفاظت“ کی ایک اور ونڈو پہلے سے کھلی ہے۔ یہ ونڈو آپ کی پیش رفت سیو نہیں کرے گی؛ اسے بند کر کے دوسری ونڈو استعمال کریں۔
notice-progress-set-aside = آپ کی سیو کی ہوئی پیش رفت پڑھی نہیں جا سکی، اس لیے کورس نئے سرے سے شروع ہو رہا ہے۔ پرانی فائل الگ رکھ دی گئی ہے، مٹائی نہیں گئی۔
notice-cannot-save = اس کمپیوٹر پر آپ کی پیش رفت سیو نہیں ہو سکتی، کیونکہ اس کا فولڈر استعمال نہیں ہو سکتا۔ آپ پھر بھی پورا کورس پڑھ سکتے ہیں۔
notice-progress-kept = آپ کی سیو کی ہوئی پیش رفت پڑھی نہیں جا سکی، اس لیے کورس نئے سرے سے شروع ہو رہا ہے۔ وہ فائل جیسی تھی ویسی ہی چھوڑ دی گئی ہے، اس لیے اس بار آپ کی پیش رفت سیو نہیں ہو گی۔ آپ پھر بھی پورا کورس پڑھ سکتے ہیں۔
notice-save-failed = آپ کا پچھلا قدم سیو نہیں ہو سکا۔ ”حفاظت“ اگلے قدم پر دوبارہ کوشش کرے گی۔
notice-dismiss = ٹھیک ہے
notice-pack-skipped = مواد کا پیک ”{ $pack }“ استعمال نہیں ہوا کیونکہ اس میں { $count ->
        [one] ایک خرابی ہے
       *[other] { $count } خرابیاں ہیں
    }۔ آپ ایپ کا اپنا کورس دیکھ رہے ہیں۔ جس نے یہ پیک لگایا، وہ ”hifazat check“ چلا کر دیکھ سکتا ہے کہ کیا ٹھیک کرنا ہے۔
# Starts with a right-to-left mark: a line that opens with a placeable has
# no strong letter outside its isolates, and would otherwise be laid out
# left to right, putting the lesson after the place.
home-continue-place = { "\u200F" }{ $lesson } · { $place }
home-open = کھولیں
home-continue-title = جہاں چھوڑا تھا، وہیں سے جاری رکھیں

## ترتیبات

settings-title = ترتیبات
settings-language = زبان
settings-text-size = لکھائی کا سائز
settings-size-standard = عام
settings-size-large = بڑا
settings-size-larger = زیادہ بڑا
settings-size-largest = سب سے بڑا
settings-theme = رنگ
settings-theme-light = ہلکے رنگ
settings-theme-dark = گہرے رنگ
settings-theme-high-contrast = واضح فرق والے رنگ
settings-chosen = (منتخب)
settings-progress = آپ کی پیش رفت
settings-start-again-explained = آپ کی پیش رفت ہر قدم کے بعد اسی کمپیوٹر پر سیو ہو جاتی ہے۔ نئے سرے سے شروع کرنے پر یہ مٹ جائے گی اور ہر سبق ”ابھی شروع نہیں کیا“ ہو جائے گا۔
settings-start-again = نئے سرے سے شروع کریں
settings-start-again-title = نئے سرے سے شروع کریں؟
settings-start-again-warning = اس سے اس کمپیوٹر پر ہر سبق کی پیش رفت اور کوئز کے نتیجے مٹ جائیں گے۔ یہ واپس نہیں ہو سکتا۔ آپ کی زبان اور ترتیبات باقی رہیں گی۔
settings-start-again-yes = ہاں، میری پیش رفت مٹا دیں
settings-start-again-no = نہیں، رہنے دیں
settings-close = واپس

## بٹن

keys-title = کی بورڈ کے بٹن
keys-quick-exit = فوراً چھپائیں: یہ اسکرین اسی وقت چھپ جاتی ہے۔
keys-choose = نمبر یا حرف دبا کر کوئی جواب، کوئی سبق، یا ترتیبات میں سے کوئی چیز چنیں۔
keys-enter = ہر صفحے کا سب سے اہم بٹن: آگے چلیں، جواب جانچیں، اگلا سوال۔
keys-pages = اگلا صفحہ اور پچھلا صفحہ (پریزنٹیشن کلکر یہی بٹن بھیجتے ہیں)۔
keys-cap-arrows = تیر والے بٹن
keys-arrows = جس طرف آپ پڑھتے ہیں اس طرف والا تیر آگے لے جاتا ہے، دوسرا پیچھے۔ اردو میں بائیں طرف والا تیر آگے لے جاتا ہے۔
keys-keys = بٹنوں کی یہ فہرست دکھائیں۔
keys-help = مدد کہاں سے ملے گی۔
keys-settings = ترتیبات: زبان، لکھائی کا سائز، رنگ۔
keys-touch = یہ سب کچھ اسکرین کو چھو کر یا ماؤس سے بھی کیا جا سکتا ہے۔
# Credits for the icon set and fonts the app bundles (their licences ask
# for none on screen; we give it anyway).
keys-credits = آئیکن اور اسباق کی تصویریں لوسائیڈ کی ہیں (آئی ایس سی لائسنس)۔ فونٹ نوٹو کے ہیں (ایس آئی ایل اوپن فونٹ لائسنس)۔
keys-close = واپس

## Kiosk mode: a shared screen at a community centre

kiosk-begin = شروع کرنے کے لیے یہاں چھوئیں
kiosk-intro = والدین اور بچوں کی دیکھ بھال کرنے والوں کے لیے مختصر کورس: بچوں کی آن لائن حفاظت۔
kiosk-private = یہاں آپ جو کچھ کریں، وہ درج نہیں رہتا۔ ختم کرنے پر سب کچھ مٹ جاتا ہے، اس لیے اگلا شخص کچھ نہیں دیکھ سکتا۔
kiosk-settings-problem = عملے کے لیے: کیوسک کی ترتیبات والی فائل استعمال نہیں ہو سکی۔ عام ترتیبات چل رہی ہیں، اور باہر نکلنے کا کوئی خفیہ نمبر نہیں۔
kiosk-pack-skipped = عملے کے لیے: مواد کا ایک پیک استعمال نہیں ہوا کیونکہ اس میں خرابیاں ہیں۔ ایپ کا اپنا کورس دکھایا جا رہا ہے۔
kiosk-finish-title = ختم کر کے سب کچھ مٹا دیں؟
kiosk-finish-explained = آپ کی پیش رفت اور آپ کے جواب مٹا دیے جائیں گے، تاکہ اگلا شخص انہیں نہ دیکھ سکے۔
kiosk-finish-contacts = جانے سے پہلے یہ نمبر لکھ لیں، یا ان کی تصویر لے لیں۔
kiosk-finish-yes = ہاں، ختم کریں
kiosk-finish-no = جاری رکھیں
kiosk-still-there-title = کیا آپ ابھی یہیں ہیں؟
kiosk-still-there-countdown = { "\u200F" }{ $seconds } سیکنڈ میں سب کچھ مٹا دیا جائے گا۔
kiosk-still-there-continue = جاری رکھنے کے لیے اسکرین پر کہیں بھی چھوئیں
kiosk-pin-title = صرف عملے کے لیے: باہر نکلنے کا خفیہ نمبر ڈالیں
kiosk-pin-wrong = یہ خفیہ نمبر صحیح نہیں۔
kiosk-pin-wait = بہت زیادہ غلط کوششیں ہو گئیں۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
kiosk-pin-erase = مٹائیں
kiosk-pin-unlock = باہر نکلیں
kiosk-pin-cancel = واپس

## Handout: printed key points and help (hifazat export)

handout-title = بچوں کی آن لائن حفاظت: یاد رکھنے کی باتیں
handout-intro = ”حفاظت“ کورس کے ہر سبق کی اہم باتیں، اور مدد کہاں سے ملے گی۔
handout-keep-safe = اگر گھر میں کوئی آپ کو یا کسی بچے کو نقصان پہنچا سکتا ہے، تو یہ صفحہ چھپا کر رکھیں۔ ایسی جگہ رکھیں جہاں وہ اسے نہ دیکھ سکے۔
handout-key-points = یاد رکھیں
handout-answers = جوابات (ورکشاپ چلانے والے کے لیے)
handout-answer = جواب:
handout-footer = ”حفاظت“ کی طرف سے: والدین اور بچوں کی دیکھ بھال کرنے والوں کے لیے ایک مفت کورس، جو انٹرنیٹ کے بغیر چلتا ہے۔

## کورس کا راستہ اور اس کا اختتام

home-course-progress = آپ نے { $total } میں سے { $passed ->
        [0] ابھی کوئی سبق پاس نہیں کیا
        [one] ایک سبق پاس کر لیا ہے
       *[other] { $passed } سبق پاس کر لیے ہیں
    }۔
complete-open = دیکھیں آپ نے کیا سیکھا
complete-title = آپ نے کورس مکمل کر لیا
complete-intro = آپ نے ہر سبق کا کوئز پاس کر لیا۔ شاباش! آپ نے جو سیکھا، وہ بچوں کو محفوظ رکھنے میں کام آئے گا۔
complete-learned = آپ نے کیا سیکھا
complete-help = مدد کے یہ نمبر اپنے پاس رکھیں

## جب کوئی اسکرین نہ ہو (ٹرمینل پر)

error-no-display = ونڈو کھولنے کے لیے کوئی اسکرین نہیں ملی۔ ”حفاظت“ ایپ کو کمپیوٹر کے ڈیسک ٹاپ سے کھولیں۔ hifazat check اور hifazat export اسکرین کے بغیر بھی چلتے ہیں۔
error-display-not-there = اسکرین { $display } تک رسائی نہیں ہو سکی، اس لیے ونڈو نہیں کھل سکتی۔ ”حفاظت“ ایپ کو کمپیوٹر کے ڈیسک ٹاپ سے کھولیں۔

## سننا: صفحے پڑھ کر سنائے جاتے ہیں

listen-no-voice = صفحے سننے کے لیے اس کمپیوٹر پر espeak-ng چاہیے۔ یہ پڑھ کر سنانے والا مفت پروگرام ہے۔ کمپیوٹر کی دیکھ بھال کرنے والے سے کہیں کہ اسے انسٹال کر دیں۔ اوبنٹو یا ڈیبین پر: { "\u2066" }sudo apt install espeak-ng{ "\u2069" }۔ ونڈوز پر: espeak-ng کا انسٹالر۔ پھر ”حفاظت“ ایپ دوبارہ کھولیں۔
listen-failed = آواز یہ صفحہ نہیں پڑھ سکی۔ شاید اس زبان کی آواز انسٹال نہیں ہے۔
settings-listen = سننا
settings-speed = آواز کتنی تیزی سے پڑھے
settings-speed-slower = آہستہ
settings-speed-normal = عام
settings-speed-faster = تیز
settings-keep-listening = صفحہ بدلنے پر
settings-keep-listening-off = پڑھنا بند ہو جائے
settings-keep-listening-on = اگلا صفحہ بھی پڑھا جائے
keys-listen = صفحہ سنیں۔ روکنے کے لیے دوبارہ دبائیں، اور جاری رکھنے کے لیے پھر دبائیں۔
keys-stop-listening = سننا بند کریں۔
kiosk-listen = سنیں
kiosk-listen-headphones = صفحے پڑھ کر سنائے جا سکتے ہیں۔ ہیڈ فون استعمال کریں، تاکہ صرف آپ سنیں۔
kiosk-listen-on = صفحے پڑھ کر سنائے جا سکتے ہیں: ”سنیں“ کو چھوئیں۔
kiosk-listen-off = اس اسکرین پر پڑھ کر سنانا بند ہے۔

## سوالوں کے ذخیرے، مختصر دہرائی اور آخری جانچ

# جواب جانچنے کے بعد: سبق میں یہ بات کہاں ہے (کسی حصے کا عنوان یا یاد رکھنے کی بات)۔
quiz-see = سبق میں: { $point }
results-first-score = پہلی کوشش میں آپ نے { $total } میں سے { $correct } سوالوں کے صحیح جواب دیے ({ $percent }%)۔
results-retry-all-right = دوسری کوشش میں آپ نے وہ سب سوال صحیح کر لیے جو پہلے رہ گئے تھے۔
results-retry-now = اب { $total } میں سے { $correct } سوالوں کے جواب صحیح ہیں۔
results-review-done = دہرائی ہو گئی
results-review-next = یہ سبق { $days } دن بعد مختصر دہرائی کے لیے پھر آئے گا۔
results-review-learned = اس سبق کی یہ آخری دہرائی تھی۔ آپ نے یہ سبق اچھی طرح سیکھ لیا ہے۔
results-final-passed-detail = شاباش۔ پورے کورس کی باتیں آپ کو یاد ہیں۔
review-caption = مختصر دہرائی · { $lesson }
final-caption = آخری جانچ · { $lesson }
final-title = آخری جانچ: پورے کورس سے 10 سوال
final-start = آخری جانچ شروع کریں
home-review-title = مختصر دہرائی: 3 سوال، 2 منٹ
home-review-body = { "\u200F" }{ $lesson }: دیکھیں کہ آپ کو کیا کچھ یاد ہے۔
home-review-start = دہرائی شروع کریں
settings-reviews = مختصر دہرائی
settings-reviews-on = ہاں، دہرائی کروائیں
settings-reviews-off = نہیں، دہرائی نہ کروائیں
settings-reviews-explained = پاس کیا ہوا سبق 2 دن بعد، پھر 7 دن بعد، پھر 21 دن بعد 3 سوالوں کے لیے واپس آتا ہے۔ اس کمپیوٹر پر صرف تاریخیں اور سوال رکھے جاتے ہیں۔
complete-finished-on = { "\u200F" }{ $date } کو مکمل کیا
date-day = { "\u200F" }{ $day } { $month } { $year }
home-review-key = بٹن { $number } دبائیں
complete-certificate = چھاپنے کے لیے سند
complete-certificate-explained = سند پر لکھنے کے لیے نام لکھیں۔ یہ نام صرف سند کی فائل میں جاتا ہے؛ یہ ایپ اسے کہیں نہیں رکھتی۔
complete-certificate-name = نام
complete-certificate-save = سند سیو کریں
complete-certificate-saved = سند سیو ہو گئی: { $path }
complete-certificate-failed = سند سیو نہیں ہو سکی: { $reason }
certificate-heading = کورس مکمل کرنے کی سند
certificate-body = نے ”حفاظت“ کا کورس مکمل کر لیا ہے۔ یہ کورس والدین اور بچوں کی دیکھ بھال کرنے والوں کے لیے ہے، تاکہ وہ بچوں کو آن لائن جنسی زیادتی سے بچا سکیں۔
