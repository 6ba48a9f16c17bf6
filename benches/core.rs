//! Benchmarks of the work behind every page: loading the course, building
//! the Fluent bundles, drawing a lesson and a quiz page, answering.
//! Run with `cargo bench --bench core`; see `benches/bench.sh` for the
//! whole-process numbers (start-up, memory, size, idle CPU).

#[path = "frame.rs"]
mod frame;

use frame::Frames;
use hifazat::app::{App, Config};
use hifazat::keys::KeyAction;
use hifazat_core::content::Content;
use hifazat_core::i18n::Lang;
use iced::Size;
use std::sync::{Arc, OnceLock};

fn main() {
    divan::main();
}

fn content() -> Arc<Content> {
    static CONTENT: OnceLock<Arc<Content>> = OnceLock::new();
    CONTENT
        .get_or_init(|| Arc::new(Content::embedded().expect("content loads")))
        .clone()
}

fn app(lang: Lang, keys: &[KeyAction]) -> App {
    let mut app = App::new(
        content(),
        Config {
            lang: Some(lang),
            ..Config::default()
        },
    );
    for key in keys {
        if let Some(message) = app.on_key(*key) {
            let _ = app.update(message);
        }
    }
    app
}

/// The third lesson's second page (livestreamed abuse: where it happens).
const LESSON_PAGE: &[KeyAction] = &[KeyAction::Confirm, KeyAction::Choose(2), KeyAction::Next];

/// The same lesson's fifth quiz question, a scenario, answered and checked.
fn quiz_page() -> Vec<KeyAction> {
    let mut keys = vec![KeyAction::Confirm, KeyAction::Choose(2)];
    keys.extend([KeyAction::Next; 5]);
    keys.push(KeyAction::Confirm); // take the quiz
    for _ in 0..4 {
        keys.extend([KeyAction::Choose(0), KeyAction::Confirm, KeyAction::Confirm]);
    }
    keys.extend([KeyAction::Choose(1), KeyAction::Confirm]);
    keys
}

const FULL_HD: Size = Size::new(1920.0, 1080.0);

#[divan::bench]
fn load_all_content() -> Content {
    Content::embedded().expect("content loads")
}

/// view + layout + draw of one page, redrawn as the window redraws it.
fn draw(bencher: divan::Bencher<'_, '_>, app: &App) {
    let mut frames = Frames::new(FULL_HD);
    bencher.bench_local(|| frames.draw(app));
}

#[divan::bench(args = [Lang::En, Lang::Ur])]
fn lesson_page_1080p(bencher: divan::Bencher<'_, '_>, lang: Lang) {
    draw(bencher, &app(lang, LESSON_PAGE));
}

#[divan::bench(args = [Lang::En, Lang::Ur])]
fn quiz_page_1080p(bencher: divan::Bencher<'_, '_>, lang: Lang) {
    draw(bencher, &app(lang, &quiz_page()));
}

/// Choosing, checking and moving on: the update side of one question.
#[divan::bench]
fn answer_a_question(bencher: divan::Bencher<'_, '_>) {
    let mut keys = vec![KeyAction::Confirm, KeyAction::Choose(2)];
    keys.extend([KeyAction::Next; 5]);
    keys.push(KeyAction::Confirm);
    bencher
        .with_inputs(|| app(Lang::Ur, &keys))
        .bench_local_values(|mut app| {
            for key in [KeyAction::Choose(1), KeyAction::Confirm, KeyAction::Confirm] {
                if let Some(message) = app.on_key(key) {
                    let _ = app.update(message);
                }
            }
            app
        });
}

/// One save of a reader's progress as `update` does it after a step: RON,
/// a temporary file, fsync, rename, fsync of the folder. Measured in the
/// build's target folder, so on the disk the project is on (not tmpfs).
#[divan::bench]
fn save_progress(bencher: divan::Bencher<'_, '_>) {
    use hifazat_core::store::{self, Saved};
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("a folder");
    let mut saved = Saved::default();
    for lesson in &content().course.lessons {
        saved.progress.page_seen(&lesson.id, 3);
    }
    bencher.bench_local(|| store::write_atomically(dir.path(), &saved).expect("saved"));
}

#[path = "../tests/common/big_pack.rs"]
mod big_pack;

/// Start-up's content loading (`hifazat check` does the same) with a pack
/// of N lessons: it must grow in proportion to the pack. Packs past the
/// lesson limit (1000) are refused, which must stay as cheap as reading
/// them; each pack is written once, outside the measured time.
#[divan::bench(args = [100, 300, 1000, 3000, 10000], sample_count = 5, sample_size = 1)]
fn load_a_pack_of_lessons(bencher: divan::Bencher<'_, '_>, lessons: usize) {
    let dir = tempfile::tempdir().expect("a folder");
    let pack = dir.path().join("big");
    big_pack::write(&pack, lessons);
    bencher.bench_local(|| Content::with_packs(std::slice::from_ref(&pack)).expect("loads"));
}

/// The app at the lesson page above, with `voice` to read it.
fn app_with_voice(lang: Lang, voice: hifazat::app::Voice) -> App {
    let mut app = App::new(
        content(),
        Config {
            lang: Some(lang),
            voice,
            ..Config::default()
        },
    );
    for key in LESSON_PAGE {
        if let Some(message) = app.on_key(*key) {
            let _ = app.update(message);
        }
    }
    app
}

fn listen() -> hifazat::app::Message {
    hifazat::app::Message::Listen(hifazat::app::ListenMessage::Toggle)
}

/// Pressing Listen, up to the first line handed to the voice: the page's
/// lines gathered from its view, the first made into text for the voice.
/// (The voice's own start is `benches/listen_latency.rs`.)
#[divan::bench(args = [Lang::En, Lang::Ur])]
fn press_listen(bencher: divan::Bencher<'_, '_>, lang: Lang) {
    use hifazat::app::Voice;
    use hifazat_core::speech::Recorder;
    bencher
        .with_inputs(|| app_with_voice(lang, Voice::Recording(Recorder::default())))
        .bench_local_values(|mut app| {
            let _ = app.update(listen());
            assert!(app.listening().is_some());
            app
        });
}

/// Quick exit while espeak-ng is reading: from the message to the voice's
/// process killed and reaped (`update` returns only after that). Skipped
/// where espeak-ng is not installed.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn quick_exit_while_reading(bencher: divan::Bencher<'_, '_>) {
    use hifazat::app::{Message, Voice};
    let voice = Voice::find(None);
    if voice.is_missing() {
        eprintln!("espeak-ng not found: quick_exit_while_reading not measured");
        return;
    }
    bencher
        .with_inputs(|| {
            let mut app = app_with_voice(Lang::Ur, voice.clone());
            let _ = app.update(listen());
            app
        })
        .bench_local_values(|mut app| {
            let _ = app.update(Message::QuickExit);
            assert!(app.listening().is_none());
            app
        });
}
