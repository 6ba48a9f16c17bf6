//! 10,000 kiosk visitors, one after another: each reads, answers, and
//! leaves by "Finish", quick exit or walking away. The memory the app
//! holds between visitors must not grow, and after each one the app must
//! be exactly as a freshly started kiosk. Each visitor's lesson page is
//! built with its picture and read aloud (a recording voice), as a real
//! visit would; `benches/kiosk_rss.rs` draws the pages too and reads the
//! resident memory.
//!
//! Its own test binary, because it counts every allocation in the process.

use hifazat::app::{App, Config, KioskMessage, Message, Voice};
use hifazat::keys::KeyAction;
use hifazat::screen::kiosk::{finish, start};
use hifazat_core::content::Content;
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::{KioskSettings, KioskSetup, ManualClock};
use hifazat_core::progress::{At, Place};
use hifazat_core::speech::Recorder;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Duration;

/// Bytes currently allocated, process-wide.
static LIVE: AtomicIsize = AtomicIsize::new(0);

struct Counting;

// SAFETY: every call is passed to the system allocator unchanged; only a
// counter is updated beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SESSIONS: usize = 10_000;
const WARM_UP: usize = 100;

fn key(app: &mut App, action: KeyAction) {
    if let Some(message) = app.on_key(action) {
        let _ = app.update(message);
    }
}

fn kiosk(app: &mut App, message: KioskMessage) {
    let _ = app.update(Message::Kiosk(message));
}

/// Everything a visitor could see of an earlier visit.
fn state(app: &App) -> String {
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {} {} {} {}",
        app.screen(),
        app.overlay(),
        app.progress(),
        app.place(),
        app.settings(),
        app.lang(),
        app.notice(),
        app.in_kiosk_session(),
        app.needs_ticks(),
        app.title(),
        app.scale_factor(),
    )
}

/// One visitor: begins, reads into a lesson, takes its quiz part-way,
/// changes a setting, and leaves in one of three ways. Returns whether
/// the visit really left a trace to wipe: answers, progress, a setting.
fn visit(app: &mut App, clock: &ManualClock, number: usize, lessons: usize) -> bool {
    let lang = [Lang::Ur, Lang::En][number % 2];
    kiosk(app, KioskMessage::Start(start::Message::Begin(lang)));
    key(app, KeyAction::Confirm); // past the content notice
    key(app, KeyAction::Choose(number % lessons));
    // The page as the window builds it (its picture drawn into the
    // cache), and read aloud.
    drop(app.view());
    key(app, KeyAction::Listen);
    drop(app.view());
    for _ in 0..8 {
        key(app, KeyAction::Next); // to the quiz
    }
    key(app, KeyAction::Confirm);
    for answer in 0..3 {
        key(app, KeyAction::Choose((number + answer) % 2));
        key(app, KeyAction::Confirm);
        key(app, KeyAction::Confirm);
    }
    let answered = matches!(
        app.place(),
        Some(Place { at: At::Quiz(attempt), .. }) if attempt.place().0 == 4
    );
    key(app, KeyAction::Settings);
    key(app, KeyAction::Choose(3 + number % 3)); // a larger text size
    key(app, KeyAction::Back);
    let traced = answered && !app.progress().is_empty() && app.settings() != Default::default();
    match number % 3 {
        0 => {
            kiosk(app, KioskMessage::AskFinish);
            kiosk(app, KioskMessage::Finish(finish::Message::Confirm));
        }
        1 => key(app, KeyAction::QuickExit),
        _ => {
            clock.advance(Duration::from_secs(180));
            kiosk(app, KioskMessage::Tick);
            clock.advance(Duration::from_secs(30));
            kiosk(app, KioskMessage::Tick);
        }
    }
    traced
}

#[test]
fn ten_thousand_visitors_leave_nothing_behind() {
    let content = Arc::new(Content::embedded().expect("content loads"));
    let lessons = content.course.lessons.len();
    let clock = ManualClock::new();
    let recorder = Recorder::default();
    let config = Config {
        voice: Voice::Recording(recorder.clone()),
        kiosk: Some(KioskSetup {
            settings: KioskSettings::default(),
            clock: clock.clock(),
            problem: None,
        }),
        ..Config::default()
    };
    let fresh = state(&App::new(Arc::clone(&content), config.clone()));
    let mut app = App::new(Arc::clone(&content), config);

    let mut traced = 0;
    let mut baseline = 0;
    for number in 0..SESSIONS {
        traced += usize::from(visit(&mut app, &clock, number, lessons));
        assert!(
            !recorder.said().is_empty(),
            "visitor {number} heard nothing"
        );
        // What a real voice was asked to say is gone once said.
        recorder.clear();
        assert_eq!(state(&app), fresh, "visitor {number} left something behind");
        if number + 1 == WARM_UP {
            baseline = LIVE.load(Ordering::Relaxed);
        }
    }
    let end = LIVE.load(Ordering::Relaxed);
    assert_eq!(
        traced, SESSIONS,
        "every visitor answered three questions and chose a setting"
    );
    println!("held after {WARM_UP} visitors: {baseline} bytes; after {SESSIONS}: {end} bytes");
    assert!(
        end <= baseline,
        "memory grew from {baseline} to {end} bytes over {} visitors",
        SESSIONS - WARM_UP
    );
}
