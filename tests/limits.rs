//! Packs from strangers must never crash, hang or flood `check` or the
//! app: every limit of issue 14 (nesting, total size, lengths, counts,
//! control characters, cycles, an emptied help directory), each proved
//! through `hifazat check` (its exit status and `file:line:column`) and
//! through `Content` loading, which is what the app does at start.

#[path = "common/big_pack.rs"]
mod big_pack;
#[path = "common/rng.rs"]
mod rng;

use hifazat_core::check::{self, MAX_MESSAGE_BYTES, MAX_NESTING, sizes};
use hifazat_core::content::Content;
use hifazat_core::pack::{self, Layer};
use hifazat_core::problem::MAX_MESSAGE_CHARS;
use rng::Rng;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A pack in a temporary folder, named `pack`.
struct Pack {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Pack {
    fn new(files: &[(&str, &[u8])]) -> Pack {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pack");
        std::fs::create_dir_all(&path).unwrap();
        let pack = Pack { _dir: dir, path };
        for (name, bytes) in files {
            pack.write(name, bytes);
        }
        pack
    }

    fn write(&self, name: &str, bytes: &[u8]) {
        let path = self.path.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// A file of `size` bytes that takes no room on disk.
    fn sparse(&self, name: &str, size: u64) {
        let path = self.path.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::File::create(path).unwrap().set_len(size).unwrap();
    }

    fn shown(&self, inside: &str) -> String {
        format!("{}/{inside}", self.path.display())
    }

    /// `hifazat check` on this pack alone: its output and exit status.
    fn check(&self) -> (String, i32) {
        let empty = tempfile::tempdir().unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_hifazat"))
            .args(["check", "--config-dir"])
            .arg(empty.path())
            .arg("--content")
            .arg(&self.path)
            .output()
            .expect("hifazat runs");
        let stdout = String::from_utf8(output.stdout).unwrap();
        (stdout, output.status.code().expect("exited, not killed"))
    }

    /// The first problem start-up names for this pack, or `None` when it
    /// uses the pack.
    fn start_up(&self) -> Option<String> {
        let (_, skipped) =
            Content::with_packs(std::slice::from_ref(&self.path)).expect("built-in content loads");
        skipped
            .first()
            .map(|skipped| skipped.first_problem.to_string())
    }

    /// `check` refuses the pack with `line` (a path inside the pack and
    /// what follows), and start-up leaves it out.
    fn assert_refused(&self, line: &str) {
        let expected = format!("{}{line}", self.shown(""));
        let (output, code) = self.check();
        assert!(
            output.lines().any(|found| found == expected),
            "expected\n  {expected}\nin:\n{output}"
        );
        assert_eq!(code, 1, "{output}");
        assert!(self.start_up().is_some(), "start-up used the pack");
    }

    fn assert_accepted(&self) {
        let (output, code) = self.check();
        assert_eq!(code, 0, "{output}");
        assert_eq!(self.start_up(), None);
    }
}

fn nested(depth: usize) -> String {
    format!(
        "app-title = {}\"Hifazat\"{}\n",
        "{ ".repeat(depth),
        " }".repeat(depth)
    )
}

#[test]
fn deep_fluent_nesting_is_refused_before_anything_parses_it() {
    // 20,000 levels overflowed the stack in check and at every start.
    for depth in [MAX_NESTING + 1, 20_000, 200_000] {
        let pack = Pack::new(&[("locales/en/deep.ftl", nested(depth).as_bytes())]);
        let column = "app-title = ".len() + 2 * MAX_NESTING + 1;
        pack.assert_refused(&format!(
            "locales/en/deep.ftl:1:{column}: error: placeables and calls nest more than 20 deep here; no message needs so many, and reading them could crash the app"
        ));
    }
    // Calls nest as deeply as placeables do.
    let calls = format!(
        "app-title = {{ {}1{} }}\n",
        "NUMBER(".repeat(50_000),
        ")".repeat(50_000)
    );
    let pack = Pack::new(&[("locales/en/deep.ftl", calls.as_bytes())]);
    let (output, code) = pack.check();
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("nest more than 20 deep"), "{output}");

    let at_the_limit = Pack::new(&[("locales/en/deep.ftl", nested(MAX_NESTING).as_bytes())]);
    at_the_limit.assert_accepted();
}

#[test]
fn deep_ron_nesting_stops_at_the_parsers_recursion_limit() {
    let deep = |open: &str, close: &str| format!("{}{}", open.repeat(50_000), close.repeat(50_000));
    let course = format!("Course(extra: {}, lessons: [])", deep("[", "]"));
    let help = format!(
        "HelpDirectory(mode: Extend, extra: {}, entries: [])",
        deep("(", ")")
    );
    let language = format!(
        "Language(direction: LeftToRight, extra: {})",
        deep("[", "]")
    );
    for (file, text) in [
        ("assets/course.ron", course),
        ("assets/help.ron", help),
        ("locales/qaa/language.ron", language),
    ] {
        let mut files: Vec<(&str, &[u8])> = vec![(file, text.as_bytes())];
        if file.starts_with("locales/") {
            files.push(("locales/qaa/ui.ftl", b"language-name = Qaa\n"));
        }
        let pack = Pack::new(&files);
        let (output, code) = pack.check();
        assert_eq!(code, 1, "{file}: {output}");
        // language.ron takes no field a value could nest in: it stops
        // at the first unexpected one.
        let expected = if file.starts_with("locales/") {
            "error: Unexpected field named `extra`"
        } else {
            "error: Exceeded recursion limit"
        };
        assert!(
            output
                .lines()
                .any(|line| line.starts_with(&pack.shown(file)) && line.contains(expected)),
            "{file}: {output}"
        );
        assert!(pack.start_up().is_some());
    }
}

#[test]
fn a_pack_too_large_in_all_is_refused_before_it_is_read() {
    // Three text files each under their own 2 MiB limit, 4.5 MiB together.
    let pack = Pack::new(&[]);
    for n in 0..3 {
        pack.sparse(&format!("locales/en/f{n}.ftl"), 3 << 19);
    }
    pack.assert_refused(
        ":1:1: error: its text files come to 4.5 MiB together; a pack may have at most 4 MiB of text files",
    );

    // One 2 MiB file linked from five names inside the pack counts five times.
    let linked = Pack::new(&[]);
    linked.sparse("locales/en/real.ftl", pack::MAX_TEXT_BYTES);
    for n in 0..4 {
        std::os::unix::fs::symlink(
            linked.path.join("locales/en/real.ftl"),
            linked.path.join(format!("locales/en/link{n}.ftl")),
        )
        .unwrap();
    }
    linked.assert_refused(
        ":1:1: error: its text files come to 10.0 MiB together; a pack may have at most 4 MiB of text files",
    );

    // Fonts have their own total.
    let fonts = Pack::new(&[]);
    for n in 0..3 {
        fonts.sparse(&format!("fonts/f{n}.ttf"), 15 << 20);
    }
    fonts.assert_refused(
        ":1:1: error: its fonts come to 45.0 MiB together; a pack may have at most 40 MiB of fonts",
    );
}

#[test]
fn a_pack_of_too_many_files_is_refused_by_their_count() {
    let pack = Pack::new(&[]);
    for n in 0..=pack::MAX_FILES {
        pack.write(&format!("locales/en/f{n}.ftl"), b"");
    }
    pack.assert_refused(
        ":1:1: error: has 1001 files where a pack uses at most 1000; is this the right folder?",
    );
}

#[test]
fn a_file_linked_twice_inside_the_pack_is_read_once_under_both_names() {
    let pack = Pack::new(&[("locales/en/real.ftl", b"app-title = Hifazat\n")]);
    std::fs::create_dir_all(pack.path.join("locales/ur")).unwrap();
    std::os::unix::fs::symlink(
        pack.path.join("locales/en/real.ftl"),
        pack.path.join("locales/ur/link.ftl"),
    )
    .unwrap();
    let layer = pack::read(&pack.path).expect("read");
    assert_eq!(
        layer.files["locales/en/real.ftl"],
        layer.files["locales/ur/link.ftl"]
    );
}

#[test]
fn any_nesting_is_refused_exactly_when_it_passes_the_limit() {
    let mut rng = Rng(0x5eed_1234);
    for _ in 0..200 {
        // Placeables and calls mixed (a call only inside a placeable),
        // around the limit and far beyond.
        let depth = match rng.below(3) {
            0 => rng.below(2 * MAX_NESTING as u64) as usize,
            1 => MAX_NESTING + rng.below(3) as usize,
            _ => rng.below(5_000) as usize,
        };
        let mut open = String::new();
        let mut close = String::new();
        for level in 0..depth {
            if level > 0 && rng.below(2) == 0 {
                open.push_str("NUMBER(");
                close.insert(0, ')');
            } else {
                open.push_str("{ ");
                close.insert_str(0, " }");
            }
        }
        let text = format!("app-title = {open}1{close}\n");
        let layer = Layer::in_memory("pack", [("locales/en/t.ftl", text.clone())]);
        let checked = check::check(&[Layer::built_in(), layer]);
        let too_deep = checked
            .errors()
            .any(|problem| problem.message.contains("nest more than"));
        let levels = text.matches('{').count() + text.matches('(').count();
        assert_eq!(
            too_deep,
            levels > MAX_NESTING,
            "{levels} levels: {text:.80}"
        );
    }
}

#[test]
fn any_total_is_refused_exactly_when_it_passes_the_limit() {
    let mut rng = Rng(0xfeed_5678);
    for _ in 0..30 {
        let pack = Pack::new(&[]);
        let mut total = 0;
        for n in 0..1 + rng.below(8) {
            let size = rng.below(pack::MAX_TEXT_BYTES + 1);
            total += size;
            pack.sparse(&format!("locales/en/f{n}.ftl"), size);
        }
        let refused = match pack::read(&pack.path) {
            Ok(_) => false,
            Err(problems) => {
                assert!(problems[0].message.contains("together"), "{problems:?}");
                true
            }
        };
        assert_eq!(refused, total > pack::MAX_TEXT_TOTAL, "{total} bytes");
    }
}

#[test]
fn a_message_longer_than_the_limit_is_refused_at_its_id() {
    let long = format!(
        "app-title = Hifazat\nwelcome-intro = {}\n",
        "word ".repeat(MAX_MESSAGE_BYTES / 5 + 1)
    );
    let pack = Pack::new(&[("locales/en/long.ftl", long.as_bytes())]);
    pack.assert_refused(&format!(
        "locales/en/long.ftl:2:1: error: 'welcome-intro' has {} bytes of text; a message may have at most 8192 (split a long text into sections)",
        // Fluent drops the last space.
        5 * (MAX_MESSAGE_BYTES / 5 + 1) - 1
    ));

    let long_id = format!("app-title = Hifazat\n{} = x\n", "a".repeat(101));
    let pack = Pack::new(&[("locales/en/id.ftl", long_id.as_bytes())]);
    pack.assert_refused(&format!(
        "locales/en/id.ftl:2:1: error: a message id '{}…' is 101 characters; ids are at most 100",
        "a".repeat(20)
    ));
}

fn built_in_course() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/course.ron"))
        .unwrap()
}

#[test]
fn a_megabyte_id_is_refused_in_a_few_words() {
    // The probe's id was 5 MiB; files are now at most 2 MiB, so the
    // longest id a file can hold is tried instead.
    let course = built_in_course().replacen(
        r#"sections: ["meaning""#,
        &format!(r#"sections: ["{}", "meaning""#, "m".repeat(2_000_000)),
        1,
    );
    let pack = Pack::new(&[("assets/course.ron", course.as_bytes())]);
    let (output, code) = pack.check();
    assert_eq!(code, 1);
    let expected = format!(
        "{}:10:9: error: lesson 'what-it-is': a section id '{}…' is 2000000 characters; ids are at most 100",
        pack.shown("assets/course.ron"),
        "m".repeat(20)
    );
    assert!(
        output.lines().any(|line| line == expected),
        "{output:.2000}"
    );
    assert!(output.len() < 2_000, "check printed {} bytes", output.len());
    let notice = pack.start_up().expect("left out");
    assert_eq!(notice, expected);
}

#[test]
fn no_problem_shows_more_than_a_short_excerpt() {
    // A message quoting what the pack wrote is cut, whatever it quotes.
    let help = format!(
        "HelpDirectory(mode: Extend, entries: [HelpEntry(id: \"pk-x\", country: \"pk\", contacts: [\"{}\"], source: \"s\", checked: \"2026-11\", status: Verified)])",
        "x".repeat(150)
    );
    let pack = Pack::new(&[("assets/help.ron", help.as_bytes())]);
    let notice = pack.start_up().expect("left out");
    let message = notice.split(": error: ").nth(1).unwrap();
    assert!(message.chars().count() <= MAX_MESSAGE_CHARS, "{notice}");
}

#[test]
fn a_pack_at_the_lesson_limit_is_valid_and_one_past_it_is_refused() {
    let at_limit = Pack::new(&[]);
    big_pack::write(&at_limit.path, sizes::MAX_LESSONS);
    let (output, code) = at_limit.check();
    assert_eq!(code, 0, "{output:.3000}");
    assert!(output.ends_with("0 errors, 0 warnings\n"), "{output:.3000}");

    let past = Pack::new(&[]);
    big_pack::write(&past.path, sizes::MAX_LESSONS + 1);
    past.assert_refused(
        "assets/course.ron:1:1: error: the course has 1001 lessons; at most 1000 are allowed",
    );
}

#[test]
fn every_count_in_the_course_and_the_help_directory_has_a_limit() {
    let lesson = |sections: usize, questions: usize, options: usize| {
        let sections: Vec<String> = (0..sections).map(|n| format!("\"s{n}\"")).collect();
        let options: Vec<String> = (0..options).map(|n| format!("\"o{n}\"")).collect();
        let question = format!(
            "Question(id: \"q\", kind: Single(options: [{}], answer: \"o0\"))",
            options.join(", ")
        );
        let questions: Vec<String> = (0..questions)
            .map(|n| question.replace("\"q\"", &format!("\"q{n}\"")))
            .collect();
        format!(
            "Course(lessons: [\n    Lesson(id: \"l\", sections: [{}], key_points: [\"k\"],\n        quiz: Quiz(questions: [\n            {}]))])\n",
            sections.join(", "),
            questions.join(",\n            ")
        )
    };
    for (course, line) in [
        (
            lesson(51, 1, 2),
            "assets/course.ron:2:5: error: lesson 'l' has 51 sections; at most 50 are allowed",
        ),
        (
            lesson(1, 51, 2),
            "assets/course.ron:2:5: error: lesson 'l': the quiz has 51 questions; at most 50 are allowed",
        ),
        (
            lesson(1, 1, 11),
            "assets/course.ron:4:13: error: lesson 'l', question 'q0' has 11 options; at most 10 are allowed",
        ),
    ] {
        Pack::new(&[("assets/course.ron", course.as_bytes())]).assert_refused(line);
    }

    let entry = |n: usize| {
        format!(
            "HelpEntry(id: \"pk-{n}\", country: \"pk\", contacts: [\"15\"], source: \"s\", checked: \"2026-11\", status: Verified)"
        )
    };
    let entries: Vec<String> = (0..sizes::MAX_HELP_ENTRIES + 1).map(entry).collect();
    let help = format!(
        "HelpDirectory(mode: Extend, entries: [\n{}])\n",
        entries.join(",\n")
    );
    Pack::new(&[("assets/help.ron", help.as_bytes())]).assert_refused(
        "assets/help.ron:1:1: error: the help directory has 1001 entries; at most 1000 are allowed",
    );
    let contacts = ["\"15\""; 11].join(", ");
    let help = format!(
        "HelpDirectory(mode: Extend, entries: [\n  {}])\n",
        entry(1).replace("[\"15\"]", &format!("[{contacts}]"))
    );
    Pack::new(&[("assets/help.ron", help.as_bytes())]).assert_refused(
        "assets/help.ron:2:3: error: entry 'pk-1' has 11 contacts; at most 10 are allowed",
    );
}

#[test]
fn control_characters_are_refused_where_they_are_and_bidi_marks_are_not() {
    // A NUL in the window title aborted the app at every start.
    let nul = Pack::new(&[("locales/en/t.ftl", b"app-title = Hifa\0zat\n")]);
    nul.assert_refused(
        "locales/en/t.ftl:1:17: error: has the control character U+0000, which no text may hold (it can stop the app); remove it",
    );
    let c1 = Pack::new(&[(
        "locales/ur/t.ftl",
        "neutral-welcome = خوش\u{85}آمدید\n".as_bytes(),
    )]);
    c1.assert_refused(
        "locales/ur/t.ftl:1:22: error: has the control character U+0085, which no text may hold (it can stop the app); remove it",
    );
    // Fluent would turn the escape into the character itself.
    let escaped = Pack::new(&[(
        "locales/en/t.ftl",
        b"app-title = Hifa{ \"\\u0000\" }zat\n    .x = y\n",
    )]);
    escaped.assert_refused(
        "locales/en/t.ftl:1:20: error: this escape makes the control character U+0000, which no text may hold (it can stop the app); remove it",
    );
    let in_course = built_in_course().replacen("what-it-is", "what-it-is\u{1b}", 1);
    Pack::new(&[("assets/course.ron", in_course.as_bytes())]).assert_refused(
        "assets/course.ron:11:28: error: has the control character U+001B, which no text may hold (it can stop the app); remove it",
    );

    let bidi = Pack::new(&[(
        "locales/ur/t.ftl",
        "app-title = \u{200f}حفاظت\u{2066}Hifazat\u{2069}\u{200e}\t{ \"\\u200F\" }\n".as_bytes(),
    )]);
    bidi.assert_accepted();
}

#[test]
fn messages_and_terms_that_refer_back_to_themselves_are_errors() {
    let cycle = |text: &str, line: &str| {
        Pack::new(&[("locales/en/c.ftl", text.as_bytes())]).assert_refused(line)
    };
    cycle(
        "welcome-title = { welcome-title }\n",
        "locales/en/c.ftl:1:1: error: 'welcome-title' refers back to itself, through other messages or terms (like a = { b } and b = { a }), so Fluent shows nothing for it",
    );
    cycle(
        "app-title = { b }\nb = { app-title }\n",
        "locales/en/c.ftl:2:1: error: 'b' refers back to itself, through other messages or terms (like a = { b } and b = { a }), so Fluent shows nothing for it",
    );
    cycle(
        "app-title = { -t }\n-t = { -u }\n-u = { -t }\n",
        "locales/en/c.ftl:1:1: error: 'app-title' refers back to itself, through other messages or terms (like a = { b } and b = { a }), so Fluent shows nothing for it",
    );
    cycle(
        "x = x\n    .a = { x.b }\n    .b = { x.a }\n",
        "locales/en/c.ftl:1:1: error: 'x.a' refers back to itself, through other messages or terms (like a = { b } and b = { a }), so Fluent shows nothing for it",
    );
    // Referring to one's own attribute, or a long chain, is no cycle.
    Pack::new(&[(
        "locales/en/c.ftl",
        b"app-title = { app-title.short }\n    .short = Hifazat\n",
    )])
    .assert_accepted();
}

#[test]
fn a_help_directory_replaced_by_nothing_is_an_error() {
    let pack = Pack::new(&[(
        "assets/help.ron",
        b"// No help at all.\nHelpDirectory(mode: Replace, entries: [])\n",
    )]);
    pack.assert_refused(
        "assets/help.ron:2:1: error: leaves the help directory with no entries; a course about child exploitation must always say where to get help",
    );
}

/// `id = { { … { next } … } }`, as deep as one message may be.
fn deep_link(id: &str, next: &str) -> String {
    format!(
        "{id} = {}{next}{}\n",
        "{ ".repeat(MAX_NESTING),
        " }".repeat(MAX_NESTING)
    )
}

#[test]
fn a_chain_of_deep_messages_is_refused_where_it_gets_too_deep() {
    // Formatting follows references by recursion, so 2,000 messages of 20
    // levels each overflowed the stack where one message alone could not.
    let mut text = String::new();
    for n in 0..2_000 {
        text.push_str(&deep_link(&format!("m{n}"), &format!("m{}", n + 1)));
    }
    text.push_str("m2000 = end\napp-title = { m0 }\n");
    let pack = Pack::new(&[("locales/en/chain.ftl", text.as_bytes())]);
    pack.assert_refused(
        "locales/en/chain.ftl:1997:1: error: 'm1996' nests 80 placeables deep through the messages and terms it refers to; at most 60 are allowed",
    );

    // Three such messages are at the limit, and format on the test
    // thread's stack (2 MiB, a quarter of the app's main thread).
    let text = [
        deep_link("app-title", "app-title-b"),
        deep_link("app-title-b", "-app-title-c"),
        deep_link("-app-title-c", "\"Hifazat\""),
    ]
    .concat();
    let pack = Pack::new(&[("locales/en/chain.ftl", text.as_bytes())]);
    pack.assert_accepted();
    let (content, _) = Content::with_packs(std::slice::from_ref(&pack.path)).expect("loads");
    assert_eq!(
        content
            .i18n
            .text(hifazat_core::i18n::Lang::En, "app-title")
            .replace(['\u{2068}', '\u{2069}'], ""),
        "Hifazat"
    );
}
