# Filipino, just begun: everything else is shown in English.
language-name = Filipino
app-name = Hifazat
