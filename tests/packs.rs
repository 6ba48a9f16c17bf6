//! Content packs: `hifazat check` names every problem at its file, line and
//! column with the right exit status; a broken pack is left out at
//! start-up and said so; the example pack adds Roman Urdu to the language
//! choice and replaces a help entry.

mod common;

use common::Journey;
use hifazat::app::Config;
use hifazat_core::check;
use hifazat_core::content::Content;
use hifazat_core::i18n::Lang;
use hifazat_core::pack::{self, Layer};
use hifazat_core::store::Store;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

const EXAMPLE: &str = "assets/packs/roman-urdu";

fn fixture(name: &str) -> String {
    format!("tests/packs/{name}")
}

/// `hifazat check` with an empty config folder (so no real packs/ joins
/// in) and `--content`: its output and exit status.
fn run_check(content: &str) -> (String, i32) {
    let empty = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_hifazat"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "--config-dir"])
        .arg(empty.path())
        .args(["--content", content])
        .output()
        .expect("hifazat runs");
    let stdout = String::from_utf8(output.stdout).unwrap();
    (stdout, output.status.code().expect("exited"))
}

/// Runs `check` on a fixture and asserts one exact line and the status.
fn assert_reports(name: &str, line: &str, status: i32) {
    let (output, code) = run_check(&fixture(name));
    let expected = format!("{}/{line}", fixture(name));
    assert!(
        output
            .lines()
            .any(|found| found == expected || found == line),
        "{name}: expected the line\n  {expected}\nin:\n{output}"
    );
    assert_eq!(code, status, "{name}: exit status\n{output}");
}

#[test]
fn fluent_syntax_errors_point_at_the_broken_entry() {
    assert_reports(
        "syntax-error",
        "locales/ur/fix.ftl:3:1: error: Fluent syntax error: Expected an inline expression (noticed at 3:18)",
        1,
    );
}

#[test]
fn a_course_id_without_english_words_is_an_error_at_the_course() {
    assert_reports(
        "missing-in-english",
        "assets/course.ron:6:79: error: needs the message 'section-what-it-is-local-law' in English (locales/en/), the language every other one falls back to",
        1,
    );
}

#[test]
fn a_language_missing_messages_warns_at_the_english_and_counts_them() {
    let (output, code) = run_check(&fixture("partial-language"));
    assert_eq!(code, 0, "{output}");
    let bar_help_line = line_of("locales/en/ui.ftl", "bar-help =");
    let expected = format!(
        "locales/en/ui.ftl:{bar_help_line}:1: warning: 'bar-help' is not in fil yet; English is shown"
    );
    assert!(
        output.lines().any(|line| line == expected),
        "{expected}\n{output}"
    );
    let summary = output
        .lines()
        .find(|line| line.starts_with("built-in content + partial-language:"))
        .expect("a summary");
    assert!(
        summary.contains("ur 100 %, en 100 %, fil 0 % (")
            && summary.ends_with(" messages fall back to English)"),
        "{summary}"
    );
}

#[test]
fn ids_nothing_uses_are_warnings() {
    assert_reports(
        "unused-id",
        "locales/ur/extra.ftl:2:1: warning: 'old-welcome-banner' is not used by the course or the app",
        0,
    );
}

#[test]
fn a_missing_attribute_is_an_error_in_english_and_a_warning_in_a_translation() {
    assert_reports(
        "missing-attribute",
        "locales/en/fix.ftl:2:1: error: 'q-what-it-is-what-is' needs the attribute .why",
        1,
    );
    assert_reports(
        "missing-attribute-translation",
        "locales/ur/fix.ftl:2:1: warning: 'q-what-it-is-what-is' in ur has no .a, .b, .c, .why; English is shown for it",
        0,
    );
}

#[test]
fn variables_must_match_the_english() {
    assert_reports(
        "variables",
        "locales/ur/fix.ftl:2:1: error: 'quiz-progress' in ur uses { $count }, which the app does not give it (English uses: $current, $total)",
        1,
    );
    assert_reports(
        "variables",
        "locales/ur/fix.ftl:2:1: warning: 'quiz-progress' in ur leaves out { $total }, which English shows",
        1,
    );
}

#[test]
fn plural_forms_the_language_needs_are_named() {
    assert_reports(
        "plurals",
        "locales/pl/ui.ftl:3:1: warning: 'kiosk-still-there-countdown' has no [few], [many] form, which pl uses for some counts; the default form is shown instead",
        0,
    );
}

#[test]
fn answer_keys_out_of_range_or_of_the_wrong_kind_are_errors() {
    assert_reports(
        "answer-out-of-range",
        "assets/course.ron:11:84: error: lesson 'what-it-is', question 'what-is': answer 'd' is not one of the options [\"a\", \"b\", \"c\"]",
        1,
    );
    assert_reports(
        "answer-wrong-kind",
        "assets/course.ron:12:65: error: Expected boolean",
        1,
    );
}

#[test]
fn duplicate_lessons_and_questions_are_found_at_the_second() {
    assert_reports(
        "duplicate-lesson",
        "assets/course.ron:16:9: error: lesson 'what-it-is': defined twice",
        1,
    );
    assert_reports(
        "duplicate-question",
        "assets/course.ron:12:21: error: lesson 'what-it-is': question 'what-is' appears twice",
        1,
    );
}

#[test]
fn help_entries_need_a_source_a_date_and_a_merge_mode() {
    assert_reports(
        "help-no-source",
        "assets/help.ron:5:9: error: entry 'pk-police' needs a source",
        1,
    );
    assert_reports(
        "help-no-source",
        "assets/help.ron:5:9: error: entry 'pk-police': date checked '' is not YYYY-MM",
        1,
    );
    assert_reports(
        "help-no-mode",
        "assets/help.ron:2:1: error: say how this list joins the built-in one: `mode: Extend,` adds these entries (an entry with a built-in id takes its place), `mode: Replace,` shows only these",
        1,
    );
}

#[test]
fn fonts_that_cannot_be_read_and_languages_without_a_direction_are_errors() {
    assert_reports(
        "unreadable-font",
        "fonts/broken.ttf:1:1: error: cannot be read as a font: unknown magic",
        1,
    );
    assert_reports(
        "no-language-file",
        "locales/fil/language.ron:1:1: error: the new language 'fil' needs this file to say which way it is written, e.g. Language(direction: LeftToRight) or Language(direction: RightToLeft)",
        1,
    );
}

#[test]
fn oversized_files_links_outside_and_other_encodings_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join("locales/ur")).unwrap();
    std::fs::create_dir_all(pack.join("assets")).unwrap();
    let big = std::fs::File::create(pack.join("locales/ur/big.ftl")).unwrap();
    big.set_len(pack::MAX_TEXT_BYTES + 1).unwrap();
    let outside = dir.path().join("secret.txt");
    std::fs::write(&outside, "not part of the pack").unwrap();
    std::os::unix::fs::symlink(&outside, pack.join("assets/help.ron")).unwrap();

    let (output, code) = run_check(pack.to_str().unwrap());
    let shown = pack.display();
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains(&format!(
            "{shown}/locales/ur/big.ftl:1:1: error: is 2.0 MiB; files of this kind may be at most 2 MiB"
        )),
        "{output}"
    );
    assert!(
        output.contains(&format!(
            "{shown}/assets/help.ron:1:1: error: leads outside the pack folder; packs keep all their files inside"
        )),
        "{output}"
    );

    // Text that is not UTF-8 is named at the first bad byte.
    let latin1 = Layer::in_memory(
        "latin1",
        [("locales/ur/old.ftl", b"a = 1\nb = caf\xe9\n".to_vec())],
    );
    let checked = check::check(&[Layer::built_in(), latin1]);
    let problems: Vec<String> = checked.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.contains(
            &"latin1/locales/ur/old.ftl:2:8: error: is not UTF-8 text; save it as UTF-8".to_owned()
        ),
        "{problems:?}"
    );
    assert!(checked.content.is_none());
}

#[test]
fn the_example_pack_passes_check_completely() {
    let (output, code) = run_check(EXAMPLE);
    assert_eq!(code, 0, "{output}");
    assert!(
        output.contains(
            "built-in content + roman-urdu: 7 lessons, 79 questions; ur 100 %, en 100 %, ur-Latn 100 %"
        ),
        "{output}"
    );
    assert!(output.ends_with("0 errors, 0 warnings\n"), "{output}");
}

#[test]
fn the_built_in_content_passes_check_with_nothing_to_say() {
    let checked = check::check(&[Layer::built_in()]);
    let problems: Vec<String> = checked.problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(
        checked.summary.to_string(),
        "7 lessons, 79 questions; ur 100 %, en 100 %"
    );
}

fn example_content() -> Arc<Content> {
    let (content, skipped) = Content::with_packs(&[PathBuf::from(EXAMPLE)]).expect("loads");
    assert!(skipped.is_empty(), "{skipped:?}");
    Arc::new(content)
}

fn fresh(store: Store) -> Config {
    Config {
        store,
        use_os_locale: false,
        ..Config::default()
    }
}

#[test]
fn roman_urdu_joins_the_language_choice_and_is_read_left_to_right() {
    let content = example_content();
    let roman = Lang::find(content.i18n.languages(), "ur-Latn").expect("the pack defines it");
    assert_eq!(content.i18n.languages(), [Lang::Ur, Lang::En, roman]);
    assert!(!roman.is_rtl() && !content.uses_nastaliq(roman));

    let mut journey = Journey::with_content(content.clone(), fresh(Store::in_memory()));
    assert!(journey.sees("اردو") && journey.sees("English"));
    assert!(journey.sees("Roman Urdu"), "{:?}", journey.texts());
    journey.click("Roman Urdu");
    assert_eq!(journey.app.lang(), roman);
    let title = content.i18n.text(roman, "welcome-title");
    assert!(title.is_ascii() && !title.is_empty(), "{title}");
    assert_ne!(title, content.i18n.text(Lang::En, "welcome-title"));
    assert!(journey.sees(&title), "{:?}", journey.texts());
    // The bar's one-tap switch goes on to the next language, Urdu.
    assert!(journey.sees("اردو"));
}

#[test]
fn the_example_pack_replaces_one_help_entry_and_keeps_the_rest() {
    let content = example_content();
    let built_in = common::content();
    assert_eq!(content.help.entries.len(), built_in.help.entries.len());
    let entry = |content: &Content| {
        content
            .help
            .entries
            .iter()
            .find(|entry| entry.id == "pk-cpwb")
            .cloned()
            .expect("the Punjab entry")
    };
    assert_eq!(
        entry(&content).source,
        "punjab.gov.pk (confirmed by phone by the centre)"
    );
    assert!(entry(&built_in).source.starts_with("punjab.gov.pk"));
    assert_ne!(entry(&built_in).source, entry(&content).source);
    let position = |content: &Content| content.help.entries.iter().position(|e| e.id == "pk-cpwb");
    assert_eq!(position(&content), position(&built_in), "replaced in place");
}

#[test]
fn packs_in_the_config_folder_load_by_themselves() {
    let config = tempfile::tempdir().unwrap();
    copy_dir(Path::new(EXAMPLE), &config.path().join("packs/roman-urdu"));
    let folders = pack::folders(Some(config.path()), None);
    assert_eq!(folders, [config.path().join("packs/roman-urdu")]);
    let (content, skipped) = Content::with_packs(&folders).unwrap();
    assert!(skipped.is_empty());
    assert!(offers_roman_urdu(&content));

    let output = Command::new(env!("CARGO_BIN_EXE_hifazat"))
        .args(["check", "--config-dir"])
        .arg(config.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("built-in content + roman-urdu:"),
        "{stdout}"
    );
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_broken_pack_is_left_out_and_the_reader_is_told() {
    let folders = [PathBuf::from(EXAMPLE), PathBuf::from(fixture("variables"))];
    let (content, skipped) = Content::with_packs(&folders).unwrap();
    // The good pack is used; the broken one is left out whole.
    assert!(offers_roman_urdu(&content));
    assert_eq!(
        content.i18n.text(Lang::Ur, "quiz-progress"),
        common::content().i18n.text(Lang::Ur, "quiz-progress")
    );
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].name, "variables");
    assert_eq!(skipped[0].errors, 1);
    assert_eq!(
        skipped[0].first_problem.to_string(),
        "tests/packs/variables/locales/ur/fix.ftl:2:1: error: 'quiz-progress' in ur uses { $count }, which the app does not give it (English uses: $current, $total)"
    );

    let mut journey = Journey::with_content(
        Arc::new(content),
        Config {
            lang: Some(Lang::En),
            skipped_packs: skipped.clone(),
            ..fresh(Store::in_memory())
        },
    );
    // Fluent wraps each placeable in direction isolates.
    let plain = |text: &String| text.replace(['\u{2068}', '\u{2069}'], "");
    let told = journey
        .texts()
        .iter()
        .map(plain)
        .find(|text| text.contains("“variables” was not used"))
        .unwrap_or_else(|| panic!("the notice names the pack: {:?}", journey.texts()));
    assert!(told.contains("because it has a problem."), "{told}");
    assert!(journey.sees(&skipped[0].first_problem.to_string()));
    journey.click(&journey.t("notice-dismiss"));
    assert!(
        !journey
            .texts()
            .iter()
            .any(|text| text.contains("“variables”"))
    );
}

#[test]
fn a_language_saved_from_a_pack_that_is_gone_keeps_the_progress() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut journey =
            Journey::with_content(example_content(), fresh(Store::open(data.path()).unwrap()));
        journey.click("Roman Urdu");
        journey.click(&journey.t("welcome-continue"));
    }
    let saved = std::fs::read_to_string(data.path().join("progress.ron")).unwrap_or_default();
    assert!(saved.contains("r#ur-Latn"), "{saved}");

    // The pack is removed: the saved file still loads, nothing set aside,
    // and the reader is asked for a language again.
    let mut journey = Journey::with_config(fresh(Store::open(data.path()).unwrap()));
    assert_eq!(journey.app.notice(), None);
    assert!(!journey.sees("Roman Urdu") && journey.sees("اردو"));
    let files: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !files
            .iter()
            .any(|name| name.contains("aside") || name.contains("corrupt")),
        "{files:?}"
    );
}

fn offers_roman_urdu(content: &Content) -> bool {
    content
        .i18n
        .languages()
        .iter()
        .any(|lang| lang.code() == "ur-Latn")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The line (from 1) of the first line of a built-in file starting with `prefix`.
fn line_of(path: &str, prefix: &str) -> usize {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    text.lines()
        .position(|line| line.starts_with(prefix))
        .expect("the line exists")
        + 1
}

/// The screens a pack changes, rendered to look at (target/snapshots/)
/// and held by their hashes: the three-language choice, the Roman Urdu
/// lessons page, and the notice of a left-out pack in Urdu and English.
#[test]
fn pack_screens_match_their_snapshots() {
    let size = iced::Size::new(1280.0, 860.0);
    let mut changed = Vec::new();
    let mut journey = Journey::with_content(example_content(), fresh(Store::in_memory()));
    if !journey.snapshot("pack-language-choice", size) {
        changed.push("pack-language-choice".to_owned());
    }
    journey.click("Roman Urdu");
    journey.click(&journey.t("welcome-continue"));
    if !journey.snapshot("pack-home-ur-latn", size) {
        changed.push("pack-home-ur-latn".to_owned());
    }

    let (content, skipped) = Content::with_packs(&[PathBuf::from(fixture("variables"))]).unwrap();
    let content = Arc::new(content);
    for lang in Lang::BUILT_IN {
        let mut journey = Journey::with_content(
            content.clone(),
            Config {
                lang: Some(lang),
                skipped_packs: skipped.clone(),
                ..fresh(Store::in_memory())
            },
        );
        journey.click(&journey.t("welcome-continue"));
        let name = format!("pack-skipped-{lang}");
        if !journey.snapshot(&name, size) {
            changed.push(name);
        }
    }
    assert!(changed.is_empty(), "changed: {changed:?}");
}

#[test]
fn a_picture_that_cannot_be_drawn_is_named_at_its_line() {
    let (output, code) = run_check(&fixture("broken-picture"));
    let expected = format!(
        "{}/assets/pictures/grooming.svg:3:3: error: cannot be drawn as SVG:",
        fixture("broken-picture")
    );
    assert!(
        output.lines().any(|line| line.starts_with(&expected)),
        "expected a line starting\n  {expected}\nin:\n{output}"
    );
    assert_eq!(code, 1, "{output}");
    let folders = [PathBuf::from(fixture("broken-picture"))];
    let (content, skipped) = Content::with_packs(&folders).expect("built-in content loads");
    assert_eq!(skipped.len(), 1, "the pack is left out");
    assert!(
        content.pictures["grooming"].built_in,
        "the built-in picture stays"
    );
}

/// A pack's own picture replaces the lesson's on the lessons list, in its
/// own colours; the other lessons keep theirs.
#[test]
fn a_pack_picture_replaces_the_lessons_own() {
    let (output, code) = run_check(&fixture("picture"));
    assert_eq!(code, 0, "{output}");
    let (content, skipped) =
        Content::with_packs(&[PathBuf::from(fixture("picture"))]).expect("loads");
    assert!(skipped.is_empty(), "{skipped:?}");
    let grooming = &content.pictures["grooming"];
    assert!(!grooming.built_in && !grooming.themed);
    assert!(grooming.text().contains("#f1b31c"));
    assert!(content.pictures["sextortion"].built_in);
    let mut journey = Journey::with_content(
        Arc::new(content),
        Config {
            lang: Some(Lang::En),
            ..fresh(Store::in_memory())
        },
    );
    journey.click(&journey.t("welcome-continue"));
    assert!(
        journey.snapshot("pack-picture-home", iced::Size::new(1366.0, 768.0)),
        "the lessons list with the pack's picture changed"
    );
}

/// A language is plain data of the content that accepted it: a pack that
/// is left out takes its language with it, and a good pack after it does
/// not see it.
#[test]
fn a_left_out_pack_leaves_no_language_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("filipino");
    std::fs::create_dir_all(broken.join("locales/fil")).expect("made");
    std::fs::write(
        broken.join("locales/fil/language.ron"),
        "Language(direction: LeftToRight)",
    )
    .expect("written");
    std::fs::write(
        broken.join("locales/fil/ui.ftl"),
        "language-name = Filipino\nbroken = {\n",
    )
    .expect("written");
    let folders = [broken, PathBuf::from("assets/packs/roman-urdu")];
    let (content, skipped) = Content::with_packs(&folders).expect("built-in content loads");
    assert_eq!(
        skipped
            .iter()
            .map(|pack| pack.name.as_str())
            .collect::<Vec<_>>(),
        ["filipino"]
    );
    let offered = content.i18n.languages();
    assert_eq!(Lang::find(offered, "fil"), None, "{offered:?}");
    assert!(Lang::find(offered, "ur-Latn").is_some(), "{offered:?}");
    assert_eq!(offered.len(), 3);
}
