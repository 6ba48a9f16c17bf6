//! Saved progress that cannot be trusted is set aside, never deleted; the
//! app starts fresh and says so once, in the reader's language.

mod common;

use common::Journey;
use hifazat::app::Notice;
use hifazat_core::i18n::Lang;
use hifazat_core::settings::{TextSize, ThemeChoice};
use hifazat_core::store;
use std::path::{Path, PathBuf};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/progress");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURES).join(name)).unwrap()
}

/// Bytes that are not a progress file, of every kind the issue names.
fn bad_files() -> Vec<(&'static str, Vec<u8>)> {
    let valid = fixture("valid.ron");
    let mut noise = Vec::with_capacity(4096);
    let mut state: u32 = 0x9e37_79b9;
    for _ in 0..4096 {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        noise.push(state as u8);
    }
    let mut huge = valid.clone();
    huge.extend(std::iter::repeat_n(b' ', 2 * 1024 * 1024));
    vec![
        ("empty", Vec::new()),
        ("truncated", valid[..valid.len() / 2].to_vec()),
        ("random bytes", noise),
        ("wrong types", fixture("wrong-types.ron")),
        ("future version", fixture("future-version.ron")),
        ("2 MiB", huge),
    ]
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "hifazat.lock")
        .collect();
    names.sort();
    names
}

#[test]
fn every_kind_of_bad_file_is_set_aside_and_the_app_starts_fresh_with_a_notice() {
    for (kind, bytes) in bad_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(store::FILE_NAME), &bytes).unwrap();

        let mut journey = Journey::in_folder(dir.path(), Some(Lang::Ur));
        assert_eq!(
            journey.app.notice(),
            Some(Notice::ProgressSetAside),
            "{kind}"
        );
        assert!(
            journey.sees_id("notice-progress-set-aside"),
            "{kind}: the notice shows, in Urdu"
        );
        assert!(
            journey.app.progress().lesson("sextortion").is_none(),
            "{kind}: a fresh start"
        );

        let names = files_in(dir.path());
        assert_eq!(names.len(), 1, "{kind}: {names:?}");
        assert!(
            names[0].starts_with("progress.ron.corrupt-"),
            "{kind}: {names:?}"
        );
        let kept: PathBuf = dir.path().join(&names[0]);
        assert_eq!(
            std::fs::read(kept).unwrap(),
            bytes,
            "{kind}: the bad file is kept as it was"
        );

        // Told once: dismissed, it is gone; the next step saves a good file.
        journey.click_id("notice-dismiss");
        assert!(!journey.sees_id("notice-progress-set-aside"), "{kind}");
        journey.click_id("welcome-continue");
        assert!(
            store::read(&dir.path().join(store::FILE_NAME))
                .unwrap()
                .is_some(),
            "{kind}"
        );
    }
}

#[test]
fn a_good_file_restores_language_settings_progress_and_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(store::FILE_NAME), fixture("valid.ron")).unwrap();
    let mut journey = Journey::in_folder(dir.path(), None);
    assert_eq!(journey.app.notice(), None);
    assert_eq!(journey.app.lang(), Lang::Ur);
    assert_eq!(journey.app.settings().text_size, TextSize::Larger);
    assert_eq!(journey.app.settings().theme, ThemeChoice::HighContrast);
    assert_eq!(
        journey
            .app
            .progress()
            .lesson("sextortion")
            .unwrap()
            .best_percent,
        Some(66)
    );
    assert!(journey.app.place().is_some());
    // A returning reader goes straight to the lessons and the place.
    assert!(journey.sees_id("home-continue-title"));
}

#[test]
fn a_place_the_course_no_longer_has_is_dropped_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(fixture("valid.ron")).unwrap().replace(
        r#"Place(lesson: "sextortion", at: Page(2))"#,
        r#"Place(lesson: "no-such-lesson", at: Page(2))"#,
    );
    std::fs::write(dir.path().join(store::FILE_NAME), text).unwrap();
    let journey = Journey::in_folder(dir.path(), None);
    assert_eq!(journey.app.notice(), None);
    assert!(journey.app.place().is_none());
    assert!(
        journey.app.progress().lesson("sextortion").is_some(),
        "the rest is kept"
    );
}

#[test]
fn each_bad_file_is_refused_for_its_own_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(store::FILE_NAME);
    for (kind, bytes) in bad_files() {
        std::fs::write(&path, &bytes).unwrap();
        let reason = store::read(&path).expect_err(kind).to_string();
        let expected = match kind {
            "empty" => "empty",
            "random bytes" => "not text",
            "future version" => "newer version",
            "2 MiB" => "more than",
            // A RON error, placed at its line and column in the file.
            _ => "progress.ron:",
        };
        assert!(reason.contains(expected), "{kind}: {reason}");
    }
}
