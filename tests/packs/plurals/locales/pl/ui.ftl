language-name = Polski
# Polish counts need four forms; this gives two.
kiosk-still-there-countdown = { $seconds ->
        [one] Wszystko zostanie usunięte za { $seconds } sekundę.
       *[other] Wszystko zostanie usunięte za { $seconds } sekund.
    }
