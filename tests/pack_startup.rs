//! What `hifazat check` accepts, the app starts with; what it refuses, the
//! app leaves out. Every fixture pack (tests/packs/*) and the example pack
//! is run through both: the checker as a program, and the app's own start
//! (content loading, then its first screens drawn headless in every
//! language the pack offers), so that a pack can never pass `check` and
//! then stop the app, as a NUL in a title or deep nesting once did.

mod common;

use common::Journey;
use hifazat::app::Config;
use hifazat_core::content::Content;
use hifazat_core::store::Store;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

fn packs() -> Vec<PathBuf> {
    let mut packs: Vec<PathBuf> = std::fs::read_dir("tests/packs")
        .expect("the fixture packs")
        .map(|entry| entry.expect("a fixture").path())
        .filter(|path| path.is_dir())
        .collect();
    packs.push(PathBuf::from("assets/packs/roman-urdu"));
    packs.sort();
    packs
}

/// `hifazat check --content PACK`'s verdict: accepted (warnings at most).
fn check_accepts(pack: &std::path::Path) -> bool {
    let status = Command::new(env!("CARGO_BIN_EXE_hifazat"))
        .arg("check")
        .arg("--content")
        .arg(pack)
        // An empty config folder: only this pack is checked.
        .arg("--config-dir")
        .arg(std::env::temp_dir().join("hifazat-no-config"))
        .output()
        .expect("check runs")
        .status;
    match status.code() {
        Some(0) => true,
        Some(1) => false,
        other => panic!("{}: check ended with {other:?}", pack.display()),
    }
}

/// Starts the app on the content, then walks its first screens in each
/// language: the welcome, a lesson, help, settings and quick exit.
fn start_and_walk(content: Arc<Content>, pack: &std::path::Path) {
    for &lang in content.i18n.languages() {
        let mut journey = Journey::with_content(
            content.clone(),
            Config {
                lang: Some(lang),
                store: Store::in_memory(),
                use_os_locale: false,
                ..Config::default()
            },
        );
        let name = format!("{} in {lang}", pack.display());
        assert!(!journey.texts().is_empty(), "{name}: nothing drawn");
        assert!(!journey.app.title().is_empty(), "{name}: no title");
        journey.press(iced::keyboard::key::Named::Enter);
        journey.type_char("1");
        assert!(!journey.texts().is_empty(), "{name}: a lesson draws");
        journey.press(iced::keyboard::key::Named::F2);
        assert!(!journey.texts().is_empty(), "{name}: help draws");
        journey.press(iced::keyboard::key::Named::F3);
        assert!(!journey.texts().is_empty(), "{name}: settings draw");
        journey.press(iced::keyboard::key::Named::Escape);
        assert!(!journey.texts().is_empty(), "{name}: quick exit draws");
    }
}

#[test]
fn every_pack_check_accepts_starts_and_every_pack_it_refuses_is_left_out() {
    let mut accepted = 0;
    for pack in packs() {
        let (content, skipped) =
            Content::with_packs(std::slice::from_ref(&pack)).expect("built-in content loads");
        let check = check_accepts(&pack);
        assert_eq!(
            check,
            skipped.is_empty(),
            "{}: check {} it, the app {} it ({skipped:?})",
            pack.display(),
            if check { "accepts" } else { "refuses" },
            if skipped.is_empty() {
                "uses"
            } else {
                "leaves out"
            },
        );
        start_and_walk(Arc::new(content), &pack);
        accepted += usize::from(check);
    }
    assert!(
        accepted >= 3,
        "some packs are accepted, so starting is tested"
    );
}

/// The hostile packs of the reliability probe, made afresh: each is
/// either refused by both check and the app, or accepted by both and
/// started without a crash.
fn hostile_packs(root: &std::path::Path) -> Vec<PathBuf> {
    let nested = format!(
        "app-title = {}\"x\"{}\n",
        "{ ".repeat(20_000),
        " }".repeat(20_000)
    );
    let cases: [(&str, &str, String); 7] = [
        (
            "nul-in-title",
            "locales/en/ui.ftl",
            "app-title = Hifa\0zat\n".into(),
        ),
        (
            "nul-in-urdu-title",
            "locales/ur/ui.ftl",
            "app-title = حفاظت\0\n".into(),
        ),
        ("deep-nesting", "locales/en/ui.ftl", nested),
        (
            "cycle",
            "locales/en/ui.ftl",
            "welcome-title = { loop-a }\nloop-a = { loop-b }\nloop-b = { loop-a }\n".into(),
        ),
        (
            "long-welcome",
            "locales/en/ui.ftl",
            format!("welcome-intro = {}\n", "word ".repeat(800_000)),
        ),
        // fluent-syntax panicked on this (found by the limits fuzz target).
        (
            "short-escape",
            "locales/en/ui.ftl",
            "app-title = { \"\\uéééé\" }\n".into(),
        ),
        (
            "empty-help",
            "help.ron",
            "HelpDirectory(mode: Replace, entries: [])\n".into(),
        ),
    ];
    cases
        .into_iter()
        .map(|(name, file, text)| {
            let pack = root.join(name);
            let path = pack.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            pack
        })
        .collect()
}

#[test]
fn hostile_packs_are_refused_by_check_and_app_alike_or_start() {
    let root = tempfile::tempdir().unwrap();
    for pack in hostile_packs(root.path()) {
        let (content, skipped) =
            Content::with_packs(std::slice::from_ref(&pack)).expect("built-in content loads");
        let check = check_accepts(&pack);
        assert_eq!(check, skipped.is_empty(), "{}: {skipped:?}", pack.display());
        start_and_walk(Arc::new(content), &pack);
    }
}
