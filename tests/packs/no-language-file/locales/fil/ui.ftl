# A new language with no language.ron to say its direction.
language-name = Filipino
