### مدد کی فہرست کے الفاظ، اردو۔ نمبر، ذرائع اور تاریخیں assets/help.ron میں ہیں۔
### source: the project's help-directory guide (2026-11).

country-pk = پاکستان
country-world = دنیا بھر میں
country-in = بھارت
country-gb = برطانیہ
country-us = امریکہ
country-ph = فلپائن

help-pk-police = پولیس ایمرجنسی
    .for = کسی بھی ہنگامی صورت میں، مثلاً جب کوئی بچہ فوری خطرے میں ہو۔
help-pk-cpwb = چائلڈ پروٹیکشن اینڈ ویلفیئر بیورو، پنجاب
    .for = پنجاب میں بچوں کے تحفظ کی ہیلپ لائن۔
help-pk-nccia = نیشنل سائبر کرائم انویسٹی گیشن ایجنسی (NCCIA)
    .for = آن لائن جرائم کی شکایت کے لیے۔ 2025 میں سائبر کرائم کی شکایات کا کام ایف آئی اے سے اس ادارے کو منتقل ہوا۔
help-world-take-it-down = Take It Down (NCMEC)
    .for = 18 سال سے کم عمر میں لی گئی برہنہ یا جنسی تصویریں ہٹوانے میں مدد کرتی ہے، دنیا میں کہیں سے بھی۔ آپ کو اپنی کوئی ذاتی معلومات نہیں دینی پڑتیں، اور تصویر آپ کے فون یا کمپیوٹر سے باہر نہیں جاتی: صرف اس کی ایک ڈیجیٹل پہچان (فنگر پرنٹ) بھیجی جاتی ہے۔
help-world-cybertipline = NCMEC CyberTipline
    .for = بچوں کے آن لائن جنسی استحصال کی رپورٹ کے لیے۔
help-in-cybercrime = نیشنل سائبر کرائم رپورٹنگ پورٹل
    .for = آن لائن جرائم کی رپورٹ کے لیے۔ اس میں خواتین اور بچوں کے خلاف جرائم کا الگ حصہ ہے، اور آپ اپنا نام بتائے بغیر بھی رپورٹ کر سکتے ہیں۔
help-in-childline = چائلڈ لائن اور ایمرجنسی
    .for = 1098 بچوں کی ہیلپ لائن ہے، جسے آہستہ آہستہ ایمرجنسی نمبر 112 میں شامل کیا جا رہا ہے۔
# A right-to-left mark first: the line opens with a Latin name, and would
# otherwise be laid out left to right, its parts in the wrong order.
help-gb-report-remove = { "\u200F" }Childline اور IWF Report Remove
    .for = یہ سروس 18 سال سے کم عمر نوجوانوں کی مدد کرتی ہے کہ وہ اپنی برہنہ تصویریں انٹرنیٹ سے ہٹوا سکیں۔
help-us-fbi = ایف بی آئی (FBI)
    .for = امریکہ میں جنسی بلیک میلنگ (سیکسٹورشن) کی رپورٹ کے لیے۔
help-ph-emergency = ایمرجنسی
    .for = کسی بھی ہنگامی صورت میں۔
help-ph-iacat = { "\u200F" }CFO / IACAT ایکشن لائن، انسانی اسمگلنگ کے خلاف
    .for = انسانی اسمگلنگ اور بچوں کے آن لائن جنسی استحصال کی رپورٹ کے لیے۔
help-ph-bantay-bata = Bantay Bata
    .for = بچوں کی ہیلپ لائن۔
help-ph-makabata = { "\u200F" }MAKABATA ہیلپ لائن
    .for = بچوں سے زیادتی کی رپورٹ کے لیے، جس میں آن لائن جنسی زیادتی بھی شامل ہے۔
