//! The kiosk soak of `tests/kiosk_soak.rs`, with the window's work the
//! test leaves out: each visitor's pages are drawn (the lesson's picture
//! among them) on the CPU renderer as the window draws them, and each
//! visitor has a page read aloud by the recording voice. Prints the
//! process's resident memory after the first visitor and after the last
//! (`SESSIONS`, default 1,000). The test counts allocations; this reads
//! what the system sees, fragmentation, caches and renderer included.
//!
//! Built as an example: `cargo run --release --example kiosk_rss`
//! (`benches/bench.sh` runs it).

#[path = "frame.rs"]
mod frame;

use frame::Frames;
use hifazat::app::{App, Config, KioskMessage, Message, Voice};
use hifazat::keys::KeyAction;
use hifazat::screen::kiosk::{finish, start};
use hifazat_core::content::Content;
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::{KioskSettings, KioskSetup, ManualClock};
use hifazat_core::speech::Recorder;
use iced::Size;
use std::sync::Arc;
use std::time::Duration;

fn key(app: &mut App, action: KeyAction) {
    if let Some(message) = app.on_key(action) {
        let _ = app.update(message);
    }
}

fn kiosk(app: &mut App, message: KioskMessage) {
    let _ = app.update(Message::Kiosk(message));
}

/// Resident memory now, in KiB.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmRSS:"))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0)
}

/// One visitor, as in `tests/kiosk_soak.rs`, with the pages drawn and
/// the lesson page read aloud.
fn visit(app: &mut App, frames: &mut Frames, clock: &ManualClock, number: usize, lessons: usize) {
    let lang = [Lang::Ur, Lang::En][number % 2];
    frames.draw(app); // the start screen
    kiosk(app, KioskMessage::Start(start::Message::Begin(lang)));
    key(app, KeyAction::Confirm); // past the content notice
    frames.draw(app); // the lessons list, every picture
    key(app, KeyAction::Choose(number % lessons));
    key(app, KeyAction::Listen);
    frames.draw(app); // the lesson's first page, its picture, the line read marked
    for _ in 0..8 {
        key(app, KeyAction::Next); // to the quiz
    }
    key(app, KeyAction::Confirm);
    for answer in 0..3 {
        key(app, KeyAction::Choose((number + answer) % 2));
        key(app, KeyAction::Confirm);
        frames.draw(app); // the verdict
        key(app, KeyAction::Confirm);
    }
    key(app, KeyAction::Settings);
    key(app, KeyAction::Choose(3 + number % 3)); // a larger text size
    frames.draw(app);
    key(app, KeyAction::Back);
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
    frames.draw(app);
}

fn main() {
    let sessions: usize = std::env::var("SESSIONS")
        .ok()
        .and_then(|sessions| sessions.parse().ok())
        .unwrap_or(1000);
    let content = Arc::new(Content::embedded().expect("content loads"));
    let lessons = content.course.lessons.len();
    let clock = ManualClock::new();
    let recorder = Recorder::default();
    let mut app = App::new(
        Arc::clone(&content),
        Config {
            kiosk: Some(KioskSetup {
                settings: KioskSettings::default(),
                clock: clock.clock(),
                problem: None,
            }),
            voice: Voice::Recording(recorder.clone()),
            ..Config::default()
        },
    );
    let mut frames = Frames::new(Size::new(1920.0, 1080.0));
    let mut after = Vec::new();
    for number in 0..sessions {
        visit(&mut app, &mut frames, &clock, number, lessons);
        assert!(
            !recorder.said().is_empty(),
            "visitor {number} heard nothing"
        );
        // What a real voice is asked to say is gone once said.
        recorder.clear();
        if [1, 6, 10, 100, sessions].contains(&(number + 1)) {
            after.push((number + 1, rss_kib()));
        }
    }
    let first = after[0].1;
    // Six visitors have been every kind once: both languages, each of
    // the three ways of leaving, each larger text size.
    let warm = after[1].1;
    let last = after.last().expect("a visitor").1;
    let steps: Vec<String> = after
        .iter()
        .map(|(n, kib)| format!("{n}: {:.1} MiB", *kib as f64 / 1024.0))
        .collect();
    println!(
        "kiosk soak, {sessions} visitors drawn at 1920x1080 with pictures and a recording voice: \
         resident memory after the first {:.1} MiB, after the last {:.1} MiB: \
         {:+.2} MiB since the first, {:+.2} MiB since every kind of visitor was seen once \
         (after {})",
        first as f64 / 1024.0,
        last as f64 / 1024.0,
        (last as f64 - first as f64) / 1024.0,
        (last as f64 - warm as f64) / 1024.0,
        steps.join(", ")
    );
}
