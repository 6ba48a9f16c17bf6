//! Entry points for `cargo fuzz` (tests/fuzz): each takes arbitrary bytes
//! as one file of a pack and runs the whole check on a base layer plus
//! that pack. None may panic, whatever the bytes.
//!
//! The base is a one-lesson course in the built-in layer's shape, not the
//! real built-in content: the check's code paths are the same, and each
//! run is hundreds of times faster, so a minute of fuzzing tries many
//! more inputs.

use super::{check, stack_layers};
use crate::content::Content;
use crate::pack::{BUILT_IN, Layer};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const COURSE: &str = r#"Course(lessons: [Lesson(id: "l", sections: ["s"], key_points: ["k"],
    discussion: ["d"], quiz: Quiz(questions: [
        Question(id: "q", kind: Single(options: ["a", "b"], answer: "a")),
        Question(id: "t", kind: TrueFalse(answer: true)),
        Question(id: "m", kind: SelectAll(options: ["a", "b", "c"], answers: ["a", "c"])),
        Question(id: "c", kind: Scenario(options: ["a", "b"], answer: "b"))]))])"#;

const HELP: &str = r#"HelpDirectory(entries: [HelpEntry(id: "pk-police", country: "pk",
    contacts: ["15"], source: "police", checked: "2026-11", status: Verified)])"#;

const ENGLISH: &str = "language-name = English
lesson-l = Lesson
    .goal = Goal
section-l-s = Section
    .body = Body
key-l-k = Key
discuss-l-d = Discuss?
q-l-q = Question { $n }
    .a = A
    .b = B
    .why = Why
q-l-t = True?
    .why = Why
q-l-m = Which?
    .a = A
    .b = B
    .c = C
    .why = Why
q-l-c = What now?
    .situation = Situation
    .a = A
    .b = B
    .why = Why
help-pk-police = Police
    .for = Emergencies
country-pk = Pakistan
count = { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
}
";

fn base() -> &'static Layer {
    static BASE: OnceLock<Layer> = OnceLock::new();
    BASE.get_or_init(|| {
        let urdu = ENGLISH.replace("language-name = English", "language-name = اردو");
        let files: BTreeMap<String, Vec<u8>> = [
            ("assets/course.ron", COURSE.to_owned()),
            ("assets/help.ron", HELP.to_owned()),
            ("locales/en/base.ftl", ENGLISH.to_owned()),
            ("locales/ur/base.ftl", urdu),
        ]
        .into_iter()
        .map(|(path, text)| (path.to_owned(), text.into_bytes()))
        .collect();
        Layer {
            name: BUILT_IN.to_owned(),
            root: String::new(),
            files,
        }
    })
}

fn run(files: &[(&str, &[u8])]) {
    let pack = Layer::in_memory(
        "fuzz",
        files.iter().map(|(path, bytes)| (*path, bytes.to_vec())),
    );
    let checked = check(&[base().clone(), pack.clone()]);
    // Format everything, as `hifazat check` does.
    for problem in &checked.problems {
        let _ = problem.to_string();
    }
    let _ = checked.summary.to_string();
    // Start-up's own path: what `check` accepts must load, and be shown.
    // (What it refuses, start-up refuses by the same call; skipping those
    // keeps the fuzzer fast.)
    if checked.has_errors() {
        return;
    }
    let stack = stack_layers(base().clone(), [("fuzz".to_owned(), Ok(pack))]);
    assert_eq!(
        stack.used().count(),
        1,
        "check accepted what start-up refused"
    );
    let content = stack.kept.content.as_ref().expect("content of a used pack");
    show_everything(content);
}

/// Every word the app could show from the content: each message and
/// attribute of every language, formatted the way the screens do.
fn show_everything(content: &Content) {
    for &lang in content.i18n.languages() {
        for (id, attributes) in content.i18n.catalogue(lang) {
            let text = content.i18n.text(lang, id);
            assert!(
                !text.chars().any(super::controls::is_forbidden),
                "{id} in {lang} shows a control character"
            );
            for attribute in attributes {
                let _ = content.i18n.attr(lang, id, attribute);
            }
        }
    }
    let _ = crate::course::ids::required(&content.course);
    let _ = content.help.by_country();
}

/// The guards that run before any parser, on any text, alone: they are
/// cheap, so this target tries millions of inputs where the whole-check
/// targets try thousands. What the nesting scan lets through, the Fluent
/// parser must survive; the control scan finds exactly the characters it
/// forbids; a window title made from the text holds none, and a problem
/// quoting the text stays short.
pub fn limits(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if super::nesting::too_deep(&text).is_none() && super::escapes::parser_trap(&text).is_none() {
        drop(fluent_syntax::parser::parse(text.as_ref()));
    }
    // Told independently of `char::is_control`, by code point: C0 but for
    // tab and line ends, DEL, and C1.
    let control = |c: char| matches!(u32::from(c), 0..=8 | 11 | 12 | 14..=31 | 127..=159);
    assert_eq!(
        super::controls::first(&text).map(|(_, c)| c),
        text.chars().find(|&c| control(c))
    );
    if let Some(title) = crate::platform_text::window_title(&text) {
        assert!(!title.chars().any(char::is_control), "{title:?}");
        assert!(title.chars().count() <= 200);
    }
    let shown = crate::problem::Problem::error("fuzz.ftl", 1, 1, text.as_ref()).to_string();
    assert!(
        shown.chars().count() < 400,
        "a problem shows {} characters",
        shown.len()
    );
}

/// The bytes as a pack's `assets/course.ron`.
pub fn course(data: &[u8]) {
    run(&[("assets/course.ron", data)]);
}

/// The bytes as a pack's `.ftl` file for a new language, and as an
/// override of Urdu and of English.
pub fn locale(data: &[u8]) {
    run(&[
        ("locales/qaa/fuzz.ftl", data),
        (
            "locales/qaa/language.ron",
            b"Language(direction: RightToLeft)",
        ),
        ("locales/ur/fuzz.ftl", data),
        ("locales/en/fuzz.ftl", data),
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fuzz_base_checks_clean_and_the_seeds_run() {
        let checked = check(std::slice::from_ref(base()));
        let problems: Vec<String> = checked.problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(checked.content.is_some());
        course(COURSE.as_bytes());
        locale(ENGLISH.as_bytes());
        locale(b"\xff\xfe{ $ -> }");
        course(b"Course(lessons: [Lesson(");
        // What the limits are for: each must be refused, none may crash.
        locale(
            format!(
                "app-title = {}\"x\"{}",
                "{ ".repeat(5000),
                " }".repeat(5000)
            )
            .as_bytes(),
        );
        locale(b"app-title = Hifa\0zat\nb = { \"\\u0000\" }\n");
        locale(b"a = { b }\nb = { a }\n-t = { -t }\n");
        limits(format!("a = {}x{}", "{ ".repeat(30_000), " }".repeat(30_000)).as_bytes());
        limits(b"a = { { { \"\\u0000\" } } }\n\x00\x7f\xc2\x9b");
        limits(&[0xff; 5000]);
    }
}
