### حفاظت: ایپ کی عبارتیں، اردو۔ اسباق کے علاوہ ہر وہ لفظ جو ایپ دکھاتی ہے۔

app-name = حفاظت
app-title = حفاظت — بچوں کی آن لائن حفاظت
bar-help = مدد
bar-quick-exit = فوراً چھپائیں (Esc)

## خوش آمدید اور مواد کے بارے میں اطلاع

welcome-choose-language = اپنی زبان منتخب کریں
welcome-title = حفاظت میں خوش آمدید
welcome-intro = یہ مختصر کورس والدین اور بچوں کی دیکھ بھال کرنے والوں کے لیے ہے۔ اس میں آپ سیکھیں گے کہ بچوں کا آن لائن جنسی استحصال کیسے ہوتا ہے، اس کی نشانیاں کیا ہیں، اور آپ کیا کر سکتے ہیں۔
welcome-notice-title = شروع کرنے سے پہلے
welcome-notice-covers = ان اسباق میں بچوں کے آن لائن جنسی استحصال کی بات کی گئی ہے: پیسوں کے لیے کیمرے پر براہِ راست دکھائی جانے والی زیادتی، جنسی بلیک میلنگ (سیکسٹورشن)، اور وہ نشانیاں جو بتاتی ہیں کہ کوئی بچہ خطرے میں ہو سکتا ہے۔ کسی بات کو تفصیل سے بیان نہیں کیا گیا، اور کوئی تصویر نہیں ہے۔
welcome-notice-upsetting = کچھ باتیں آپ کو پریشان کر سکتی ہیں، خاص طور پر اگر آپ کو یا آپ کے کسی قریبی کو تکلیف پہنچی ہو۔ ایسا محسوس کرنا بالکل فطری ہے۔
welcome-notice-stop = آپ جب چاہیں رک سکتے ہیں۔ اوپر سرخ بٹن ”فوراً چھپائیں“ دبائیں یا Esc کا بٹن دبائیں، یہ اسکرین فوراً چھپ جائے گی۔
welcome-notice-help = اگر آپ کو کسی بچے کی فکر ہے یا آپ کسی سے بات کرنا چاہتے ہیں، تو اوپر ”مدد“ کے بٹن میں ان اداروں کی فہرست ہے جن سے آپ رابطہ کر سکتے ہیں۔
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
home-review = دوبارہ دیکھیں

## سبق

lesson-you-will-learn = آپ کیا سیکھیں گے
lesson-progress = حصہ { $current }، کل { $total }
lesson-remember = یاد رکھیں
lesson-next = آگے
lesson-back = پیچھے
lesson-back-to-lessons = اسباق
lesson-take-quiz = کوئز دیں

## کوئز

quiz-progress = سوال { $current }، کل { $total }
quiz-progress-retry = دوبارہ کوشش: سوال { $current }، کل { $total }
quiz-situation = صورتِ حال
quiz-hint-single = ایک جواب منتخب کریں۔
quiz-hint-select-all = ہر وہ جواب منتخب کریں جو درست ہے۔
quiz-hint-true-false = یہ بات درست ہے یا غلط؟
quiz-true = درست
quiz-false = غلط
quiz-check = جواب جانچیں
quiz-right = بالکل درست۔
quiz-wrong = یہ جواب درست نہیں۔
quiz-why = کیوں
quiz-mark-right = درست جواب
quiz-mark-your-choice = آپ کا انتخاب
quiz-next = اگلا سوال
quiz-see-results = نتیجہ دیکھیں

## نتیجہ

results-title = آپ کا نتیجہ
results-score = آپ نے { $total } میں سے { $correct } سوالوں کے درست جواب دیے ({ $percent }%)۔
results-passed = آپ نے یہ کوئز پاس کر لیا۔
results-passed-detail = شاباش۔ اس سبق میں سیکھی ہوئی باتیں آپ کو اپنے بچوں کی حفاظت میں مدد دیں گی۔
results-not-yet = ابھی پاس نہیں ہوا۔
results-not-yet-detail = پاس ہونے کے لیے { $pass }% جواب درست ہونے چاہییں۔ جو سوال رہ گئے، انہیں دوبارہ حل کریں؛ وضاحتیں آپ کی مدد کریں گی۔
results-missed = یہ سوال دوبارہ دیکھیں:
results-retry-missed = رہ جانے والے سوال دوبارہ حل کریں
results-back-to-lessons = اسباق پر واپس جائیں

## مدد

help-title = مدد کہاں سے ملے
# source: safeguarding guide; help directory (Pakistan police emergency 15)
help-emergency = اگر کوئی بچہ فوری خطرے میں ہے تو ابھی اپنے علاقے کے ایمرجنسی نمبر پر کال کریں۔ پاکستان میں 15 پر کال کریں۔
help-confirm-locally = فون نمبر اور ویب سائٹیں بدلتی رہتی ہیں۔ ہر نمبر کے ساتھ لکھا ہے کہ یہ کہاں سے لیا گیا اور آخری بار کب جانچا گیا۔ براہِ کرم مقامی طور پر تصدیق کر لیں۔
# source: NSPCC, Darkness to Light (do not confront the offender yourself)
help-not-confront = یہ ادارے آپ کی مدد کے لیے ہیں۔ جس شخص پر آپ کو شک ہو، اس کا خود سامنا نہ کریں: اس سے بچہ مزید خطرے میں پڑ سکتا ہے۔
help-source = ذریعہ: { $source } · جانچ: { $checked }
help-unconfirmed = غیر مصدقہ: اس نمبر پر بھروسہ کرنے سے پہلے تصدیق کر لیں۔
help-close = واپس

## فوراً چھپانے پر: جان بوجھ کر سادہ الفاظ، کورس کا کوئی ذکر نہیں۔

neutral-welcome = خوش آمدید
neutral-continue = جاری رکھیں
