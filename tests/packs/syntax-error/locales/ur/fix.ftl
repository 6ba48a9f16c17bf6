# Rewords two Urdu buttons; the second has an unclosed placeable.
bar-help = مدد لیں
bar-settings = { ترتیبات
