//! The voice says the course as its review says it does. Every respelling
//! in `locales/<lang>/pronunciation.ron`, taken the app's way (written
//! text through `spoken()`, then to espeak-ng), is heard as its `heard`
//! says; every row of `locales/ur/PRONUNCIATION.md` is still what the
//! voice is given and hears; every Urdu heading and glossary term has a
//! row there; and no Latin letters reach the Urdu voice, where they switch
//! it to English for a word.
//!
//! espeak-ng is found as the app finds it. Without it the checks that
//! need it say so and pass, unless `HIFAZAT_REQUIRE_VOICE=1` (as in CI).

use fluent_syntax::ast;
use hifazat_core::i18n::Lang;
use hifazat_core::pack::Layer;
use hifazat_core::speech::lexicon::{self, Lexicon};
use hifazat_core::speech::spoken::spoken;
use hifazat_core::speech::{Espeak, voice_name};
use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

/// espeak-ng, or `None` when the checks that need it cannot run here.
fn voice() -> Option<Espeak> {
    if let Some(espeak) = Espeak::find(None) {
        return Some(espeak);
    }
    if std::env::var("HIFAZAT_REQUIRE_VOICE").as_deref() == Ok("1") {
        panic!(
            "espeak-ng not found on the PATH, and HIFAZAT_REQUIRE_VOICE=1: \
             install espeak-ng so the pronunciation is checked"
        );
    }
    println!("espeak-ng not found: pronunciation not checked (CI sets HIFAZAT_REQUIRE_VOICE=1)");
    None
}

/// espeak-ng's phonemes for `text` in `voice`, as `-x` writes them, with
/// the text on standard input as the app gives it, and the lines and
/// spaces of its output made single spaces.
fn heard(espeak: &Espeak, voice: &str, text: &str) -> String {
    let mut child = Command::new(espeak.program())
        .args(["-v", voice, "-x", "-q", "--stdin", "-b", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("espeak-ng starts");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(format!("{text}\n").as_bytes())
        .expect("espeak-ng reads");
    drop(stdin);
    let out = child.wait_with_output().expect("espeak-ng ends");
    assert!(
        out.status.success(),
        "espeak-ng -v {voice} failed on {text:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `heard` for each of `texts`, a few at a time (one espeak-ng each).
fn hear_all(espeak: &Espeak, voice: &str, texts: &[String]) -> Vec<String> {
    let threads = std::thread::available_parallelism().map_or(4, |n| n.get());
    let chunk = texts.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|text| heard(espeak, voice, text))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|part| part.join().expect("a hearing thread"))
            .collect()
    })
}

fn built_in_languages() -> Vec<Lang> {
    let listed = lexicon::listed_languages();
    assert!(!listed.is_empty(), "no pronunciation lists compiled in");
    listed
        .iter()
        .map(|code| {
            Lang::find(&Lang::BUILT_IN, code)
                .unwrap_or_else(|| panic!("locales/{code}/pronunciation.ron: no such language"))
        })
        .collect()
}

fn locale_file(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Every respelling is heard as recorded when the app says the word: the
/// list's whole path (every other respelling and letter) is taken, not
/// just the `say` form.
#[test]
fn every_respelling_is_heard_as_recorded() {
    let Some(espeak) = voice() else { return };
    let mut wrong = Vec::new();
    let mut checked = 0;
    for lang in built_in_languages() {
        let lexicon = Lexicon::built_in(lang);
        assert!(!lexicon.words.is_empty(), "{}: no respellings", lang.code());
        let said: Vec<String> = lexicon
            .words
            .iter()
            .map(|word| spoken(&word.written, &lexicon))
            .collect();
        let got = hear_all(&espeak, &voice_name(lang), &said);
        for ((word, said), got) in lexicon.words.iter().zip(&said).zip(got) {
            checked += 1;
            let Some(expected) = &word.heard else {
                wrong.push(format!(
                    "{}: {} has no `heard`; it is heard {} (said {})",
                    lang.code(),
                    q(&word.written),
                    q(&got),
                    q(said)
                ));
                continue;
            };
            if *expected != got {
                wrong.push(format!(
                    "{}: {} (said {}): expected {}, got {}",
                    lang.code(),
                    q(&word.written),
                    q(said),
                    q(expected),
                    q(&got)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked} respellings are heard otherwise than recorded \
         (fix the respelling, or, if the new sound is right, its `heard`):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// `text` in quotes, as it is: `{:?}` would write Urdu's vowel marks as
/// escapes.
fn q(text: &str) -> String {
    format!("\"{text}\"")
}

fn has_latin(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
}

/// A respelling into Latin letters would put the English voice back in
/// mid-sentence.
#[test]
fn urdu_respellings_are_said_in_urdu_letters() {
    let lexicon = Lexicon::built_in(Lang::Ur);
    let latin: Vec<String> = lexicon
        .words
        .iter()
        .map(|word| (word, spoken(&word.written, &lexicon)))
        .filter(|(_, said)| has_latin(said))
        .map(|(word, said)| format!("{} is said {}", q(&word.written), q(&said)))
        .collect();
    assert!(
        latin.is_empty(),
        "Latin letters left:\n{}",
        latin.join("\n")
    );
}

/// What each message and attribute of the Urdu `.ftl` files says, as
/// text (placeables dropped, every variant of a choice kept), with its
/// file and id.
fn urdu_texts() -> Vec<(String, String, String)> {
    fn text_of(pattern: &ast::Pattern<&str>, out: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } => {
                    for variant in variants {
                        out.push(' ');
                        text_of(&variant.value, out);
                    }
                }
                ast::PatternElement::Placeable { .. } => out.push(' '),
            }
        }
    }
    let mut texts = Vec::new();
    for (path, bytes) in Layer::built_in().ftl_files("ur") {
        let source = String::from_utf8(bytes.clone()).expect("UTF-8");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|attribute| &attribute.value));
            for pattern in patterns {
                let mut text = String::new();
                text_of(pattern, &mut text);
                texts.push((path.clone(), message.id.name.to_owned(), text));
            }
        }
    }
    assert!(texts.len() > 300, "found only {} Urdu texts", texts.len());
    texts
}

/// Commands the reader types in a terminal (`hifazat check`, `sudo apt
/// install espeak-ng`, `hifazat audio --lang ur …`): said as written, in
/// the English voice, on purpose, as they must be typed.
const LATIN_ON_PURPOSE: [&str; 14] = [
    "hifazat", "check", "export", "audio", "lang", "lesson", "out", "ur", "wav", "sudo", "apt",
    "install", "espeak", "ng",
];

/// No Latin word of the Urdu course reaches the voice unless it is meant
/// to: a new name or acronym in Latin letters needs a respelling.
#[test]
fn no_latin_word_of_the_urdu_course_reaches_the_voice() {
    let lexicon = Lexicon::built_in(Lang::Ur);
    let mut latin = BTreeSet::new();
    for (path, id, text) in urdu_texts() {
        let said = spoken(&text, &lexicon);
        for word in said.split(|c: char| !c.is_ascii_alphanumeric()) {
            if has_latin(word) && !LATIN_ON_PURPOSE.contains(&word) {
                latin.insert(format!("{path} {id}: {}", q(word)));
            }
        }
    }
    assert!(
        latin.is_empty(),
        "said in the English voice (respell them in locales/ur/pronunciation.ron):\n{}",
        latin.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// A row of a table in PRONUNCIATION.md, and the voice it is for.
struct Row {
    lang: Lang,
    written: String,
    spoken: String,
    heard: String,
}

/// The review's rows. A table belongs to the Urdu voice, unless its
/// section's heading ends in "(en)".
fn review() -> Vec<Row> {
    let mut rows = Vec::new();
    let mut lang = Lang::Ur;
    for line in locale_file("locales/ur/PRONUNCIATION.md").lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            lang = if heading.trim_end().ends_with("(en)") {
                Lang::En
            } else {
                Lang::Ur
            };
            continue;
        }
        let Some(inner) = line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) else {
            continue;
        };
        let cells: Vec<&str> = inner
            .split('|')
            .map(|cell| cell.trim().trim_matches('`'))
            .collect();
        if cells.len() != 6 || cells[0] == "written" || cells[0].starts_with("---") {
            continue;
        }
        rows.push(Row {
            lang,
            written: cells[0].to_owned(),
            spoken: cells[4].to_owned(),
            heard: cells[5].to_owned(),
        });
    }
    assert!(rows.len() > 150, "found only {} reviewed rows", rows.len());
    rows
}

/// The review is true today: each row's spoken form is what the app gives
/// the voice for it, and the voice hears it as the row says. A heading
/// that sounded right stays right when a respelling or espeak-ng changes.
#[test]
fn the_review_is_what_the_voice_is_given_and_hears() {
    let rows = review();
    let mut wrong = Vec::new();
    for row in &rows {
        let said = spoken(&row.written, &Lexicon::built_in(row.lang));
        if said != row.spoken {
            wrong.push(format!(
                "{}: spoken form expected {}, got {}",
                q(&row.written),
                q(&row.spoken),
                q(&said)
            ));
        }
    }
    if let Some(espeak) = voice() {
        for lang in Lang::BUILT_IN {
            let rows: Vec<&Row> = rows.iter().filter(|row| row.lang == lang).collect();
            let said: Vec<String> = rows.iter().map(|row| row.spoken.clone()).collect();
            let got = hear_all(&espeak, &voice_name(lang), &said);
            for (row, got) in rows.iter().zip(got) {
                if row.heard != got {
                    wrong.push(format!(
                        "{}: {} (said {}): expected {}, got {}",
                        lang.code(),
                        q(&row.written),
                        q(&row.spoken),
                        q(&row.heard),
                        q(&got)
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "locales/ur/PRONUNCIATION.md is out of date in {} of {} rows \
         (listen again, and fix the respelling or the row):\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

/// The terms of GLOSSARY.md's first column, each form apart: "راز، راز
/// رکھنا" is two, "بتانا (بچے کا آپ کو بتانا)" two, quotation marks gone.
fn glossary_terms() -> Vec<String> {
    let mut terms = Vec::new();
    for line in locale_file("locales/ur/GLOSSARY.md").lines() {
        let Some(first) = line.strip_prefix("| ").and_then(|l| l.split(" | ").next()) else {
            continue;
        };
        if first == "Urdu term" || first.starts_with("---") {
            continue;
        }
        let first = first.replace('(', "،").replace([')', '”', '“'], "");
        for term in first.split(['،', '؛', '/']) {
            let term = term.trim();
            if !term.is_empty() && !terms.iter().any(|t| t == term) {
                terms.push(term.to_owned());
            }
        }
    }
    assert!(
        terms.len() > 80,
        "found only {} glossary terms",
        terms.len()
    );
    terms
}

/// The labels a listener hears on every screen: the bar, the main
/// buttons, and the titles around a lesson.
const LABELS: [&str; 35] = [
    "app-name",
    "bar-settings",
    "bar-help",
    "bar-quick-exit",
    "bar-finish",
    "welcome-title",
    "welcome-notice-title",
    "welcome-continue",
    "home-title",
    "home-start",
    "home-continue",
    "home-review",
    "lesson-you-will-learn",
    "lesson-remember",
    "lesson-next",
    "lesson-back",
    "lesson-back-to-lessons",
    "lesson-take-quiz",
    "quiz-situation",
    "quiz-true",
    "quiz-false",
    "quiz-check",
    "quiz-why",
    "quiz-next",
    "quiz-see-results",
    "results-title",
    "results-next-lesson",
    "results-back-to-lessons",
    "help-title",
    "help-close",
    "settings-title",
    "handout-key-points",
    "complete-title",
    "complete-learned",
    "notice-dismiss",
];

/// Every lesson and section title, and every label above, as written.
fn urdu_headings() -> Vec<(String, String)> {
    let texts = urdu_texts();
    let mut headings = Vec::new();
    for (path, id, text) in &texts {
        let title =
            path.contains("/lesson-") && (id.starts_with("lesson-") || id.starts_with("section-"));
        if title || (path.ends_with("/ui.ftl") && LABELS.contains(&id.as_str())) {
            headings.push((id.clone(), text.trim().to_owned()));
        }
    }
    // The first text of an id is its message's value; the rest are its
    // attributes (a lesson's goal), which are not headings.
    let mut seen = BTreeSet::new();
    headings.retain(|(id, _)| seen.insert(id.clone()));
    for label in LABELS {
        assert!(seen.contains(label), "ui.ftl has no {label}");
    }
    assert!(
        headings.len() > 70,
        "found only {} headings",
        headings.len()
    );
    headings
}

/// A new heading or glossary term is heard before it ships: each has a
/// row in PRONUNCIATION.md (which the test above checks).
#[test]
fn every_urdu_heading_and_glossary_term_is_reviewed() {
    let reviewed: BTreeSet<String> = review()
        .into_iter()
        .filter(|row| row.lang == Lang::Ur)
        .map(|row| row.written)
        .collect();
    let mut missing: Vec<String> = urdu_headings()
        .into_iter()
        .filter(|(_, text)| !reviewed.contains(text))
        .map(|(id, text)| format!("heading {id}: {text}"))
        .collect();
    missing.extend(
        glossary_terms()
            .into_iter()
            .filter(|term| !reviewed.contains(term))
            .map(|term| format!("glossary term: {term}")),
    );
    assert!(
        missing.is_empty(),
        "not in locales/ur/PRONUNCIATION.md (hear it, and add a row):\n{}",
        missing.join("\n")
    );
}

/// The Urdu list says ص as س and ظ as ز, but espeak-ng's dictionary knows
/// its words only in their own spelling, and a respelled word falls to
/// its rules and can lose its vowels ("sirf" heard "sarf"). Every word of
/// the course with ص or ظ must be heard as the dictionary reads it, with
/// only the retroflex ʂ ʐ made s z, or be respelled, or be reviewed.
#[test]
fn words_with_sad_and_zoe_keep_their_dictionary_reading() {
    let Some(espeak) = voice() else { return };
    let lexicon = Lexicon::built_in(Lang::Ur);
    let reviewed: BTreeSet<String> = review().into_iter().map(|row| row.written).collect();
    let mut words = BTreeSet::new();
    for (_, _, text) in urdu_texts() {
        for word in text.split(|c: char| !lexicon::is_word_char(c)) {
            if word.contains(['ص', 'ظ'])
                && !reviewed.contains(word)
                && !lexicon.words.iter().any(|entry| entry.written == word)
            {
                words.insert(word.to_owned());
            }
        }
    }
    assert!(words.len() > 10, "found only {} such words", words.len());
    let words: Vec<String> = words.into_iter().collect();
    let said: Vec<String> = words.iter().map(|word| spoken(word, &lexicon)).collect();
    let got = hear_all(&espeak, "ur", &said);
    let dictionary = hear_all(&espeak, "ur", &words);
    let mut spoiled = Vec::new();
    for ((word, got), dictionary) in words.iter().zip(got).zip(dictionary) {
        let expected = dictionary.replace("s.", "s").replace("z.", "z");
        if got != expected {
            spoiled.push(format!(
                "{}: heard {}, the dictionary's {}",
                q(word),
                q(&got),
                q(&expected)
            ));
        }
    }
    assert!(
        spoiled.is_empty(),
        "the letter swap changes these words (respell them whole in \
         locales/ur/pronunciation.ron, or review them in PRONUNCIATION.md):\n{}",
        spoiled.join("\n")
    );
}
