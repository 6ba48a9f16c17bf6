//! The words a voice must be told how to say. espeak-ng reads most of the
//! course well, but misreads some of its words (English loanwords written
//! in Urdu, letters it gives the wrong sound, names in Latin letters inside
//! Urdu). Each language's list is `locales/<lang>/pronunciation.ron`; a
//! word in it is said as its `say` form and still shown as written.

use crate::i18n::Lang;
use rust_embed::Embed;
use serde::Deserialize;

#[derive(Embed)]
#[folder = "../../locales/"]
#[include = "*/pronunciation.ron"]
struct Lists;

/// One language's spoken forms.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Lexicon {
    /// What the voice says for the signs inside addresses and numbers.
    #[serde(default)]
    pub names: Names,
    /// Letters to say as another letter, everywhere.
    #[serde(default)]
    pub letters: Vec<(String, String)>,
    /// Words and phrases, said as `say`.
    #[serde(default)]
    pub words: Vec<Respelling>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Names {
    pub dot: String,
    pub slash: String,
    pub at: String,
    pub dash: String,
    /// What goes between the groups of a phone number: a short pause.
    pub pause: String,
}

impl Default for Names {
    fn default() -> Self {
        Names {
            dot: "dot".into(),
            slash: "slash".into(),
            at: "at".into(),
            dash: "dash".into(),
            pause: ", ".into(),
        }
    }
}

/// A word as written and as it should be said.
#[derive(Debug, Clone, Deserialize)]
pub struct Respelling {
    pub written: String,
    pub say: String,
    /// espeak-ng's phonemes for `say` (`espeak-ng -v <lang> -x`), as they
    /// were when the word was fixed: `tests/pronunciation.rs` fails if the
    /// word is heard otherwise.
    #[serde(default)]
    pub heard: Option<String>,
    /// How espeak-ng read the word as written, for the record.
    #[serde(default)]
    pub was: Option<String>,
}

impl Lexicon {
    /// The list compiled in for `lang`, or none (a pack's language).
    pub fn built_in(lang: Lang) -> Lexicon {
        let path = format!("{}/pronunciation.ron", lang.code());
        let Some(file) = Lists::get(&path) else {
            return Lexicon::default();
        };
        match Lexicon::parse(&String::from_utf8_lossy(&file.data)) {
            Ok(lexicon) => lexicon,
            Err(error) => {
                // A test reads every list, so this is never shipped.
                tracing::error!(%path, %error, "the pronunciation list is broken");
                Lexicon::default()
            }
        }
    }

    pub fn parse(text: &str) -> Result<Lexicon, ron::error::SpannedError> {
        let mut lexicon: Lexicon = ron::from_str(text)?;
        // The longest first, so a phrase wins over a word inside it.
        lexicon
            .words
            .sort_by_key(|word| std::cmp::Reverse(word.written.chars().count()));
        Ok(lexicon)
    }

    /// `text` with every listed word and letter in its spoken form.
    pub fn respell(&self, text: &str) -> String {
        let mut said = text.to_owned();
        for word in &self.words {
            said = replace_words(&said, &word.written, &word.say);
        }
        for (letter, instead) in &self.letters {
            said = said.replace(letter.as_str(), instead);
        }
        said
    }
}

/// Every `written` that stands as a whole word (not inside another word).
fn replace_words(text: &str, written: &str, say: &str) -> String {
    if written.is_empty() || !text.contains(written) {
        return text.to_owned();
    }
    let mut said = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(written) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + written.len()..].chars().next();
        said.push_str(&rest[..at]);
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            said.push_str(written);
        } else {
            said.push_str(say);
        }
        rest = &rest[at + written.len()..];
    }
    said.push_str(rest);
    said
}

/// Part of a word: a letter or digit, an Arabic-script vowel mark, or a
/// joiner.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || ('\u{064B}'..='\u{065F}').contains(&c)
        || matches!(c, '\u{0670}' | '\u{200C}' | '\u{200D}')
}

/// Every language with a list compiled in, for the tests.
pub fn listed_languages() -> Vec<String> {
    Lists::iter()
        .filter_map(|path| path.split_once('/').map(|(lang, _)| lang.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_words_are_respelled() {
        let lexicon = Lexicon::parse(
            r#"(words: [(written: "FIA", say: "F I A"), (written: "Take It Down", say: "Take-it-down")])"#,
        )
        .unwrap();
        assert_eq!(lexicon.respell("FIA and FIAT"), "F I A and FIAT");
        assert_eq!(lexicon.respell("Use Take It Down."), "Use Take-it-down.");
    }

    #[test]
    fn every_built_in_list_reads() {
        for lang in listed_languages() {
            let path = format!("{lang}/pronunciation.ron");
            let file = Lists::get(&path).expect("listed");
            Lexicon::parse(&String::from_utf8_lossy(&file.data))
                .unwrap_or_else(|error| panic!("locales/{path}: {error}"));
        }
        assert!(listed_languages().contains(&"ur".to_owned()));
    }
}
