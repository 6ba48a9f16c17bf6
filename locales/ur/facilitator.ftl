# Facilitator mode: presenter, workshop plan and notes

## گروپ کو اسباق دکھانا (پروجیکٹر پر)

presenter-place = سبق { $lesson } — سلائیڈ { $current }، کل { $total }
presenter-reveal = جواب دکھائیں
presenter-another-question = کوئی اور سوال
presenter-answer-title = جواب
presenter-discussion-title = مل کر بات کریں
presenter-end-title = آج کے اسباق یہاں ختم ہوتے ہیں
presenter-end-thanks = آج مل کر سیکھنے کا بہت شکریہ۔ اگر کبھی آپ کو کسی بچے کی فکر ہو تو نیچے لکھے اداروں سے مدد لے سکتے ہیں۔ کوئی نمبر ابھی لکھ لیں، یا اس اسکرین کی تصویر لے لیں۔
presenter-back = ورکشاپ کے پروگرام پر واپس جائیں

## ورکشاپ کا پروگرام

agenda-title = آج کی ورکشاپ کا پروگرام بنائیں
agenda-explained = منتخب کریں کہ آج کون سے اسباق ہوں گے، اور کس ترتیب سے۔ لکھا ہوا وقت صرف اندازہ ہے۔
agenda-included = آج کی ورکشاپ میں شامل
agenda-add = شامل کریں
agenda-remove = ہٹائیں
agenda-earlier = اوپر لے جائیں
agenda-later = نیچے لے جائیں
agenda-minutes = تقریباً { $minutes } منٹ
agenda-total = کل وقت: تقریباً { $hours ->
        [0] { $minutes } منٹ
        [one] ایک گھنٹہ{ $minutes ->
            [0] {""}
           *[other] {" "}{ $minutes } منٹ
        }
       *[other] { $hours } گھنٹے{ $minutes ->
            [0] {""}
           *[other] {" "}{ $minutes } منٹ
        }
    }
agenda-start = دکھانا شروع کریں
agenda-empty = شروع کرنے کے لیے کم از کم ایک سبق شامل کریں۔
agenda-export = چھاپنے کے لیے صفحات سیو کریں
agenda-exported = چھاپنے کے صفحات سیو ہو گئے: { $path }
agenda-export-failed = چھاپنے کے صفحات سیو نہیں ہو سکے: { $reason }
home-facilitator = گروپ کو اسباق دکھائیں

## ورکشاپ چلانے والے کے لیے (صرف ان کی اسکرین پر، پروجیکٹر پر نہیں)

notes-title = ورکشاپ چلانے والے کے لیے ضروری باتیں
notes-timing = اس سبق میں تقریباً { $teaching } منٹ لگتے ہیں، اور اس پر بات چیت میں تقریباً { $discussion } منٹ۔
notes-keys = کی بورڈ کے بٹن: آگے جانے کے لیے PageDown یا Space یا Enter؛ پیچھے جانے کے لیے PageUp؛ سبق کا شروع Home، آخر End؛ اسکرین کالی کرنے کے لیے B یا نقطے (.) والا بٹن؛ یہ باتیں کھولنے یا بند کرنے کے لیے N۔ Esc سے سب فوراً چھپ جاتا ہے (Enter سے سلائیڈیں واپس آتی ہیں)؛ کلکر کا ”سلائیڈ شو بند کریں“ بٹن بھی Esc بھیجتا ہے۔
notes-audio = جو والدین پڑھ نہیں سکتے، وہ سبق آواز کی شکل میں گھر لے جا سکتے ہیں: { "\u2066" }hifazat audio --lang ur --lesson <lesson> --out lesson.wav{ "\u2069" } سے ایسی فائل بنتی ہے جو ہر فون پر چلتی ہے۔
# source: safeguarding guide, For facilitators
notes-guidance-title = گروپ میں سب کا خیال رکھیں
notes-guidance-assume = یہ مان کر چلیں کہ کمرے میں کوئی نہ کوئی زیادتی سے متاثر ہوا ہوگا۔ ہو سکتا ہے اس کے ساتھ خود زیادتی ہوئی ہو، یا اس کے کسی اپنے کے ساتھ۔ شروع میں ہی بتا دیں کہ کوئی بھی کسی بھی وقت، کوئی وجہ بتائے بغیر، باہر جا سکتا ہے۔
notes-guidance-disclosure = اگر ورکشاپ کے دوران کوئی کسی زیادتی کے بارے میں بتائے تو بتانے پر اس کا شکریہ ادا کریں۔ پھر اس سے اکیلے میں بات کریں، سب کے سامنے نہیں۔
notes-guidance-secrecy = اگر کسی بچے کو خطرہ ہو تو بات راز رکھنے کا وعدہ نہ کریں۔ آپ کے ادارے میں بچوں کے تحفظ کا جو طریقہ طے ہے، اس پر عمل کریں۔
notes-guidance-contacts = انہیں مدد کے نمبر اور پتے دیں۔ یہ نمبر اور پتے ان باتوں کے اگلے حصے میں بھی ہیں، اور چھاپنے کے صفحات پر بھی۔
# source: safeguarding guide, If a child tells you
notes-guidance-no-details = تفصیل نہ پوچھیں، اور بچے سے خود سوال جواب نہ کریں۔ یہ کام بچوں کے تحفظ کے تربیت یافتہ لوگوں کا ہے۔
notes-help-title = مدد کے لیے رابطے
presenter-back-to-slides = واپس سلائیڈوں پر
agenda-notes-window = ضروری باتیں الگ ونڈو میں (دوسری اسکرین کے لیے)
