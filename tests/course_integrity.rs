//! The embedded course, locales and help directory are complete, equal in
//! both languages, well-formed, sourced, and drawable with the bundled fonts.

mod common;

use common::content;
use fluent_syntax::ast;
use hifazat_core::check;
use hifazat_core::course::{QuestionKind, ids};
use hifazat_core::i18n::{I18n, Lang, TextFile};
use hifazat_core::pack::Layer;
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn the_embedded_content_loads() {
    if let Err(problems) = hifazat_core::content::Content::embedded() {
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("content problems:\n{}", problems.join("\n"));
    }
}

/// The built-in `.ftl` files of one language, as the app reads them.
fn locale_files(lang: Lang) -> Vec<TextFile> {
    Layer::built_in()
        .ftl_files(lang.code())
        .map(|(path, bytes)| TextFile {
            path: path.clone(),
            text: String::from_utf8(bytes.clone()).expect("UTF-8"),
        })
        .collect()
}

/// What checking the built-in content with `files` as a pack on top finds:
/// the real loading path, as `hifazat check` and start-up take it.
fn errors_with_pack(files: Vec<(&str, String)>) -> Vec<String> {
    check::check(&[Layer::built_in(), Layer::in_memory("pack", files)])
        .errors()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn every_message_the_course_needs_exists_in_every_language() {
    let content = content();
    let mut missing = Vec::new();
    let mut required: Vec<(String, Vec<String>)> = ids::required(&content.course)
        .into_iter()
        .map(|r| (r.id, r.attributes))
        .collect();
    required.extend(
        content
            .help
            .required_messages()
            .into_iter()
            .map(|(id, attributes)| (id, attributes.into_iter().map(str::to_owned).collect())),
    );
    for lang in Lang::BUILT_IN {
        for (id, attributes) in &required {
            if !content.i18n.has(lang, id, None) {
                missing.push(format!("{lang}: {id}"));
            }
            for attribute in attributes {
                if !content.i18n.has(lang, id, Some(attribute)) {
                    missing.push(format!("{lang}: {id}.{attribute}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing messages:\n{}",
        missing.join("\n")
    );
}

/// Every message id written in the source code (`ctx.t("home-title")` and
/// the like) exists in both languages, so no screen falls back or shows
/// nothing.
#[test]
fn every_message_the_code_uses_exists_in_every_language() {
    let content = content();
    let literal = regex_lite_ids();
    let mut missing = Vec::new();
    for id in &literal {
        for lang in Lang::BUILT_IN {
            if !content.i18n.has(lang, id, None) {
                missing.push(format!("{lang}: {id}"));
            }
        }
    }
    assert!(
        literal.len() > 40,
        "found only {} ids in the code",
        literal.len()
    );
    assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
}

/// String literals in `src/` shaped like UI message ids.
fn regex_lite_ids() -> BTreeSet<String> {
    const PREFIXES: [&str; 9] = [
        "app-", "bar-", "welcome-", "home-", "lesson-", "quiz-", "results-", "help-", "neutral-",
    ];
    let mut ids = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for piece in text.split('"').skip(1).step_by(2) {
            let shaped = piece.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !piece.ends_with('-')
                && PREFIXES.iter().any(|prefix| piece.starts_with(prefix));
            if shaped {
                ids.insert(piece.to_owned());
            }
        }
    }
    // Built with format!: the true/false option labels.
    ids.extend(["quiz-true".to_owned(), "quiz-false".to_owned()]);
    ids
}

#[test]
fn urdu_and_english_have_exactly_the_same_messages() {
    let content = content();
    let catalogue = |lang| -> BTreeMap<String, BTreeSet<String>> {
        content
            .i18n
            .catalogue(lang)
            .map(|(id, attributes)| (id.to_owned(), attributes.clone()))
            .collect()
    };
    let english = catalogue(Lang::En);
    let urdu = catalogue(Lang::Ur);
    let only_in = |a: &BTreeMap<String, BTreeSet<String>>,
                   b: &BTreeMap<String, BTreeSet<String>>| {
        a.iter()
            .filter(|(id, attributes)| b.get(*id) != Some(attributes))
            .map(|(id, attributes)| format!("{id} {attributes:?}"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        only_in(&english, &urdu),
        Vec::<String>::new(),
        "in English, not (so) in Urdu"
    );
    assert_eq!(
        only_in(&urdu, &english),
        Vec::<String>::new(),
        "in Urdu, not (so) in English"
    );
}

#[test]
fn every_message_formats_cleanly_in_both_languages() {
    let content = content();
    let args = common::sample_args();
    let mut problems = Vec::new();
    for lang in Lang::BUILT_IN {
        for (id, attributes) in content.i18n.catalogue(lang) {
            let mut parts: Vec<Option<&str>> =
                attributes.iter().map(|a| Some(a.as_str())).collect();
            if content.i18n.try_format(lang, id, None, Some(&args)).is_ok() || attributes.is_empty()
            {
                parts.push(None);
            }
            for attribute in parts {
                match content.i18n.try_format(lang, id, attribute, Some(&args)) {
                    Ok(text) if text.trim().is_empty() => {
                        problems.push(format!("{lang} {id} {attribute:?}: empty"))
                    }
                    Ok(text) if text.contains('{') || text.contains('$') => problems.push(format!(
                        "{lang} {id} {attribute:?}: placeholder left in {text:?}"
                    )),
                    Ok(_) => {}
                    Err(error) => problems.push(format!("{lang} {id} {attribute:?}: {error}")),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_course_has_the_shape_a_lesson_needs() {
    let content = content();
    let course = &content.course;
    assert!(course.lessons.len() >= 3);
    let mut kinds = BTreeSet::new();
    for lesson in &course.lessons {
        let at = &lesson.id;
        assert!(
            (3..=6).contains(&lesson.sections.len()),
            "{at}: 3–6 sections"
        );
        assert!(
            (3..=5).contains(&lesson.key_points.len()),
            "{at}: 3–5 key points"
        );
        assert!(
            lesson.quiz.questions.len() >= 5,
            "{at}: at least 5 questions"
        );
        assert_eq!(lesson.quiz.pass_mark, 80, "{at}: the pass mark is 80 %");
        for question in &lesson.quiz.questions {
            kinds.insert(match question.kind {
                QuestionKind::Single { .. } => "single",
                QuestionKind::TrueFalse { .. } => "true-false",
                QuestionKind::SelectAll { .. } => "select-all",
                QuestionKind::Scenario { .. } => "scenario",
            });
        }
    }
    assert_eq!(
        kinds.len(),
        4,
        "all four question kinds are used: {kinds:?}"
    );
    let named: Vec<&str> = course.lessons.iter().map(|l| l.id.as_str()).collect();
    for id in ["livestreaming", "sextortion", "warning-signs"] {
        assert!(named.contains(&id), "lesson {id} is part of the course");
    }
}

/// The fact ids of the source article, copied from `FACTS.md`'s tags.
const FACT_IDS: &[&str] = &[
    "P1.1", "P1.2", "P1.3", "P1.4", "P1.5", "P1.6", "P2.1", "P2.2", "P2.3", "P2.4", "P2.5", "P2.6",
    "P2.7", "P2.8", "P3.1", "P3.2", "P3.3", "P3.4", "P3.5", "P3.6", "P3.7", "P4.1", "P4.2", "P4.3",
    "P5.1", "P5.2", "P5.3", "P5.4", "P5.5", "P6.1", "P6.2", "P6.3", "P6.4", "P6.5",
];

/// Sources named in the project's safeguarding and help-directory guides.
const NAMED_SOURCES: &[&str] = &[
    "NCMEC",
    "NSPCC",
    "FBI",
    "Thorn",
    "FATF",
    "IJM",
    "internetsafety101.org",
    "Darkness to Light",
    "IWF",
    "Childline",
    "Luxembourg Terminology Guidelines",
    "ECPAT",
    "WeProtect",
    "National Children's Advocacy Center",
    "help directory",
    // Named in the project's fact-check review (2026-12): the National
    // Crime Agency (UK) and Childlight's 2024 global estimate.
    "NCA",
    "Childlight",
];

/// The `# source:` tags above each fact-bearing message of the lessons,
/// by file and message id.
fn source_tags() -> Vec<(String, String, Vec<String>)> {
    let mut tags = Vec::new();
    for lang in Lang::BUILT_IN {
        for file in locale_files(lang) {
            if !file.path.contains("/lesson-") {
                continue;
            }
            let resource = fluent_syntax::parser::parse(file.text.as_str()).expect("parses");
            for entry in resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let id = message.id.name;
                if !(id.starts_with("section-") || id.starts_with("key-") || id.starts_with("q-")) {
                    continue;
                }
                let named = message
                    .comment
                    .iter()
                    .flat_map(|comment| comment.content.iter())
                    .filter_map(|line| line.trim().strip_prefix("source:"))
                    .flat_map(|list| list.split(','))
                    .map(|name| name.trim().to_owned())
                    .filter(|name| !name.is_empty())
                    .collect();
                tags.push((file.path.clone(), id.to_owned(), named));
            }
        }
    }
    tags
}

/// Facts are traceable: every section, key point and question names at
/// least one source, and only facts of the article or sources the guides
/// name.
#[test]
fn every_fact_bearing_message_names_a_known_source() {
    let tags = source_tags();
    assert!(
        tags.len() > 200,
        "found only {} tagged messages",
        tags.len()
    );
    let mut problems = Vec::new();
    for (path, id, named) in &tags {
        if named.is_empty() {
            problems.push(format!("{path}: {id} names no source"));
        }
        for name in named {
            if !FACT_IDS.contains(&name.as_str()) && !NAMED_SOURCES.contains(&name.as_str()) {
                problems.push(format!("{path}: {id} names an unknown source '{name}'"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The course teaches everything the source article says: each of its
/// facts is used somewhere.
#[test]
fn every_fact_of_the_source_article_is_taught() {
    let used: BTreeSet<String> = source_tags()
        .into_iter()
        .flat_map(|(_, _, named)| named)
        .collect();
    let untaught: Vec<&&str> = FACT_IDS
        .iter()
        .filter(|fact| !used.contains(**fact))
        .collect();
    assert!(untaught.is_empty(), "facts no lesson uses: {untaught:?}");
}

#[test]
fn the_help_directory_is_complete_and_well_formed() {
    let content = content();
    assert_eq!(hifazat_core::help::issues(&content.help), Vec::new());
    assert!(content.help.countries().contains(&"pk"));
    assert!(
        content
            .help
            .countries()
            .contains(&hifazat_core::help::WORLDWIDE)
    );
}

/// The safeguarding guide's vocabulary rules.
#[test]
fn no_locale_uses_a_term_the_safeguarding_guide_rules_out() {
    for lang in Lang::BUILT_IN {
        for file in locale_files(lang) {
            let lower = file.text.to_lowercase();
            for banned in ["child porn", "pornograph", "پورن", "فحش", "فحاش"] {
                assert!(!lower.contains(banned), "{} uses '{banned}'", file.path);
            }
        }
    }
}

#[test]
fn a_broken_locale_file_is_reported_with_its_file_and_line() {
    let errors = errors_with_pack(vec![(
        "locales/ur/broken.ftl",
        "good = fine\n\nbad = { $unclosed\nother = ok\n".into(),
    )]);
    let first = &errors[0];
    assert!(
        first.starts_with("pack/locales/ur/broken.ftl:3:1: error: Fluent syntax error"),
        "{first}"
    );
    assert!(first.contains("noticed at 4:1"), "{first}");
}

#[test]
fn a_message_defined_twice_is_reported_at_the_second_definition() {
    let errors = errors_with_pack(vec![(
        "locales/en/twice.ftl",
        "hello = one\nother = x\nhello = two\n".into(),
    )]);
    assert_eq!(
        errors,
        ["pack/locales/en/twice.ftl:3:1: error: message 'hello' is defined twice in en"]
    );
}

#[test]
fn a_broken_course_file_is_reported_with_its_file_and_line() {
    let errors = errors_with_pack(vec![(
        "assets/course.ron",
        "Course(\n  lessons: [\n    Lesson(id: 7),\n  ],\n)\n".into(),
    )]);
    let message = &errors[0];
    assert!(
        message.starts_with("pack/assets/course.ron:3:"),
        "{message}"
    );
}

#[test]
fn a_wrong_answer_key_is_reported_with_the_file_and_question() {
    let course =
        String::from_utf8(Layer::built_in().files["assets/course.ron"].clone()).expect("UTF-8");
    let text = course.replacen(
        r#"kind: Single(options: ["a", "b", "c"], answer: "b")"#,
        r#"kind: Single(options: ["a", "b", "c"], answer: "z")"#,
        1,
    );
    let errors = errors_with_pack(vec![("assets/course.ron", text)]);
    assert!(
        errors[0].contains("answer 'z' is not one of the options"),
        "{errors:?}"
    );
}

#[test]
fn a_message_missing_in_urdu_falls_back_to_english_and_never_shows_its_id() {
    let en = TextFile {
        path: "locales/en/a.ftl".into(),
        text: "only-english = Hello\nboth = Both\n".into(),
    };
    let ur = TextFile {
        path: "locales/ur/a.ftl".into(),
        text: "both = دونوں\n".into(),
    };
    let i18n = I18n::layered(&Lang::BUILT_IN, [vec![(Lang::En, en), (Lang::Ur, ur)]])
        .unwrap_or_else(|problems| panic!("loads: {problems:?}"));
    assert_eq!(i18n.text(Lang::Ur, "both"), "دونوں");
    assert_eq!(i18n.text(Lang::Ur, "only-english"), "Hello");
    assert_eq!(
        i18n.text(Lang::Ur, "nowhere"),
        "",
        "an unknown id shows nothing, not itself"
    );
    assert_eq!(i18n.attr(Lang::En, "both", "missing"), "");
}

/// An Urdu line that opens with a variable has no right-to-left letter
/// outside its isolation marks, so it would be laid out left to right (the
/// lesson after the place, say). Such a message must open with a
/// right-to-left mark, `{ "\u200F" }`.
#[test]
fn urdu_messages_that_open_with_a_variable_start_right_to_left() {
    let mut problems = Vec::new();
    for file in locale_files(Lang::Ur) {
        let resource = fluent_syntax::parser::parse(file.text.as_str()).expect("parses");
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|attribute| &attribute.value));
            for pattern in patterns {
                let Some(ast::PatternElement::Placeable { expression }) = pattern.elements.first()
                else {
                    continue;
                };
                let opens_rtl = matches!(
                    expression,
                    ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) if *value == "\\u200F"
                );
                if !opens_rtl {
                    problems.push(format!("{}: {}", file.path, message.id.name));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "open with {{ \"\\u200F\" }}: {problems:?}"
    );
}

/// The direction a line is laid out in comes from its first strong letter
/// (Unicode's bidi rule), skipping what Fluent isolates. An Urdu paragraph
/// that opens with a Latin name ("Childline اور IWF …") would be laid out
/// left to right, its parts in the wrong order. Every Urdu paragraph with
/// Urdu in it, of every message and attribute, must start right to left:
/// with an Urdu letter or a right-to-left mark, `{ "\u200F" }`. (A name
/// alone, "Take It Down (NCMEC)", stays left to right, or its closing
/// bracket would move to its other end.)
#[test]
fn every_urdu_paragraph_starts_right_to_left() {
    let content = content();
    let args = common::sample_args();
    let mut problems = Vec::new();
    for (id, attributes) in content.i18n.catalogue(Lang::Ur) {
        let mut texts = vec![(
            id.to_owned(),
            content.i18n.try_format(Lang::Ur, id, None, Some(&args)),
        )];
        for attribute in attributes {
            texts.push((
                format!("{id}.{attribute}"),
                content
                    .i18n
                    .try_format(Lang::Ur, id, Some(attribute), Some(&args)),
            ));
        }
        for (name, text) in texts {
            let Ok(text) = text else { continue };
            for paragraph in hifazat_core::i18n::paragraphs(&text) {
                let has_urdu = paragraph
                    .chars()
                    .any(|c| matches!(c, '\u{0600}'..='\u{06FF}'));
                if has_urdu && first_strong_is_ltr(paragraph) {
                    problems.push(format!("{name}: {paragraph:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Whether the first strong character outside isolates runs left to right.
fn first_strong_is_ltr(text: &str) -> bool {
    let mut isolated = 0usize;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => isolated += 1,
            '\u{2069}' => isolated = isolated.saturating_sub(1),
            _ if isolated > 0 => {}
            '\u{200F}' => return false,
            '\u{200E}' => return true,
            c if c.is_alphabetic() => {
                return !matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FEFF}');
            }
            _ => {}
        }
    }
    // No strong letter at all: Unicode lays the line out left to right.
    true
}

/// One entry's hours or cost: the words that show them in each language.
struct Said {
    id: &'static str,
    en: &'static [&'static str],
    ur: &'static [&'static str],
    ur_latn: &'static [&'static str],
}

/// The times and costs that the evidence for a help entry names (the
/// project's fact-check of the help directory), each with the words that
/// must show it in English, in Urdu and in the Roman Urdu pack. A reader
/// who calls a line that is closed, or who fears the cost of a call, may
/// not try again. Only entries whose evidence states the time or the cost
/// are here; an entry without evidence for its hours says none.
const TIMES_AND_COSTS: &[Said] = &[
    // Dawn: toll-free, "Monday to Sunday (9am till 5pm)".
    Said {
        id: "pk-drf",
        en: &["free", "9am to 5pm", "every day"],
        ur: &["مفت", "صبح 9 سے شام 5", "ساتوں دن"],
        ur_latn: &["muft", "subah 9 se shaam 5", "saton din"],
    },
    // techlist.pk: "24/7 NCCIA Cybercrime Helpline".
    Said {
        id: "pk-nccia",
        en: &["24 hours"],
        ur: &["24 گھنٹے"],
        ur_latn: &["24 ghante"],
    },
    // orissadiary.com: "a national toll free 24×7 helpline number".
    Said {
        id: "in-childline",
        en: &["free", "24 hours"],
        ur: &["مفت", "24 گھنٹے"],
        ur_latn: &["muft", "24 ghante"],
    },
    // NSPCC: "Monday to Friday 8am – 10pm or 9am – 6pm at the weekends".
    Said {
        id: "gb-nspcc",
        en: &["8am to 10pm", "9am to 6pm"],
        ur: &["صبح 8 سے رات 10", "صبح 9 سے شام 6"],
        ur_latn: &["subah 8 se raat 10", "subah 9 se shaam 6"],
    },
    // NSPCC: "Childline at any time … by calling 0800 1111".
    Said {
        id: "gb-childline",
        en: &["any time"],
        ur: &["کسی بھی وقت"],
        ur_latn: &["kisi bhi waqt"],
    },
    // 1343actionline.ph: "a 24/7 hotline facility".
    Said {
        id: "ph-iacat",
        en: &["24 hours"],
        ur: &["24 گھنٹے"],
        ur_latn: &["24 ghante"],
    },
    // abs-cbnfoundation.org: the hotline is "free and available 24/7 for
    // Globe and TM subscribers".
    Said {
        id: "ph-bantay-bata",
        en: &["24 hours", "free"],
        ur: &["24 گھنٹے", "مفت"],
        ur_latn: &["24 ghante", "muft"],
    },
    // GMA, 2025: "the MAKABATA Helpline 1383 is a 24/7 system".
    Said {
        id: "ph-makabata",
        en: &["24 hours"],
        ur: &["24 گھنٹے"],
        ur_latn: &["24 ghante"],
    },
];

/// The text of `id.attribute` in a Fluent file, its pieces joined.
fn attribute_text(ftl: &str, id: &str, attribute: &str) -> Option<String> {
    let resource = fluent_syntax::parser::parse(ftl).expect("parses");
    resource.body.into_iter().find_map(|entry| {
        let ast::Entry::Message(message) = entry else {
            return None;
        };
        if message.id.name != id {
            return None;
        }
        let found = message
            .attributes
            .into_iter()
            .find(|a| a.id.name == attribute)?;
        Some(
            found
                .value
                .elements
                .iter()
                .map(|element| match element {
                    ast::PatternElement::TextElement { value } => (*value).to_owned(),
                    ast::PatternElement::Placeable { .. } => String::new(),
                })
                .collect(),
        )
    })
}

/// What `text` lacks of `needles`.
fn lacking(text: &str, needles: &[&str]) -> Vec<String> {
    needles
        .iter()
        .filter(|needle| !text.contains(**needle))
        .map(|needle| format!("'{needle}'"))
        .collect()
}

/// Every help entry that has a time or a cost shows it, in what it is for
/// (the line the help screen shows and Listen reads), in every language.
#[test]
fn help_entries_show_their_hours_and_costs_in_every_language() {
    let content = content();
    let pack = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/packs/roman-urdu/locales/ur-Latn/help.ftl"
    ))
    .expect("the Roman Urdu pack's help.ftl");
    let mut problems = Vec::new();
    for Said {
        id,
        en,
        ur,
        ur_latn,
    } in TIMES_AND_COSTS
    {
        if !content.help.entries.iter().any(|entry| entry.id == *id) {
            problems.push(format!("{id}: no such entry in assets/help.ron"));
            continue;
        }
        let message = format!("help-{id}");
        let texts = [
            ("en", content.i18n.attr(Lang::En, &message, "for"), *en),
            ("ur", content.i18n.attr(Lang::Ur, &message, "for"), *ur),
            (
                "ur-Latn pack",
                attribute_text(&pack, &message, "for").unwrap_or_default(),
                *ur_latn,
            ),
        ];
        for (lang, text, needles) in texts {
            let missing = lacking(&text, needles);
            if !missing.is_empty() {
                problems.push(format!(
                    "{lang}: {message}.for does not say {}",
                    missing.join(", ")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every question of the built-in course names the key point or section it
/// checks, so a draw covers the lesson, a retry can ask another question
/// on the same point, and the feedback can point back to it.
#[test]
fn every_question_names_the_point_it_checks() {
    let content = common::content();
    for lesson in &content.course.lessons {
        for question in &lesson.quiz.questions {
            assert!(
                lesson.key_points.contains(&question.point)
                    || lesson.sections.contains(&question.point),
                "{}: question '{}' has point '{}'",
                lesson.id,
                question.id,
                question.point
            );
        }
    }
}
