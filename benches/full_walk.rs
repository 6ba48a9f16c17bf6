//! A scripted walk through every page of every lesson and quiz, in both
//! languages, drawing each page as a 1920×1080 window would, on the CPU
//! renderer. Prints, per language, the median and 95th percentile of
//! view + layout + draw for a page turn, and the peak memory of the
//! process. Run by `benches/bench.sh`, or
//! `cargo run --release --example full_walk`.
//!
//! `full_walk --listen` presses Listen on every page first, with the
//! recording voice (what espeak-ng would be asked to say is written down,
//! then forgotten page by page), so that its peak memory is that of every
//! page with its picture, the line being read marked; it also opens
//! settings and the keys page in each language. Its timings include the
//! Listen key and the mark, so the page-turn rows use the walk without it.

#[path = "frame.rs"]
mod frame;

use frame::Frames;
use hifazat::app::{App, Config, Screen, Voice};
use hifazat::keys::KeyAction;
use hifazat_core::content::Content;
use hifazat_core::i18n::Lang;
use hifazat_core::speech::Recorder;
use iced::Size;
use std::sync::Arc;
use std::time::Duration;

fn press(app: &mut App, key: KeyAction) {
    if let Some(message) = app.on_key(key) {
        let _ = app.update(message);
    }
}

/// One page turn: the frame after a key press, timed as a whole and in
/// its two halves (view + layout, draw).
/// Page turns, split as the budget is: lesson and quiz pages, and the rest
/// (welcome, the lessons list, help).
#[derive(Default)]
struct Timings {
    course_pages: Vec<[Duration; 3]>,
    other_pages: Vec<[Duration; 3]>,
    /// `--listen`: the voice every page is read with.
    listening: Option<Recorder>,
}

fn draw(frames: &mut Frames, app: &mut App, times: &mut Timings) {
    if let Some(recorder) = &times.listening {
        // From the page's first line, whatever was reading before.
        press(app, KeyAction::StopListening);
        press(app, KeyAction::Listen);
        assert!(
            !recorder.said().is_empty(),
            "Listen read {:?}",
            app.screen()
        );
        recorder.clear();
    }
    let app = &*app;
    let (layout, draw, bytes) = frames.draw_timed(app);
    std::hint::black_box(bytes);
    if std::env::var_os("HIFAZAT_WALK_SLOW").is_some() && layout + draw > Duration::from_millis(6) {
        eprintln!(
            "{:>5.1} ms  {:?} {:?}",
            (layout + draw).as_secs_f64() * 1000.0,
            app.lang(),
            app.screen()
        );
    }
    let course_page =
        app.overlay().is_none() && matches!(app.screen(), Screen::Lesson(_) | Screen::Quiz(_));
    let list = if course_page {
        &mut times.course_pages
    } else {
        &mut times.other_pages
    };
    list.push([layout + draw, layout, draw]);
}

/// The `p` quantile of one column of the timings, in milliseconds.
fn percentile(times: &[[Duration; 3]], column: usize, p: f64) -> f64 {
    let mut sorted: Vec<Duration> = times.iter().map(|t| t[column]).collect();
    sorted.sort();
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

fn main() {
    let content = Arc::new(Content::embedded().expect("content loads"));
    let mut report = Vec::new();
    let listen = std::env::args().any(|arg| arg == "--listen");
    let mut window = Frames::new(Size::new(1920.0, 1080.0));
    for lang in Lang::BUILT_IN {
        let recorder = listen.then(Recorder::default);
        let mut times = Timings {
            listening: recorder.clone(),
            ..Timings::default()
        };
        let frames = &mut times;
        let mut app = App::new(
            Arc::clone(&content),
            Config {
                lang: Some(lang),
                voice: recorder.map_or(Voice::Missing, Voice::Recording),
                ..Config::default()
            },
        );
        draw(&mut window, &mut app, frames);
        press(&mut app, KeyAction::Confirm);
        for (index, lesson) in content.course.lessons.iter().enumerate() {
            draw(&mut window, &mut app, frames);
            press(&mut app, KeyAction::Choose(index));
            for _ in 0..lesson.sections.len() {
                draw(&mut window, &mut app, frames);
                press(&mut app, KeyAction::Next);
            }
            draw(&mut window, &mut app, frames);
            press(&mut app, KeyAction::Confirm); // take the quiz
            // The questions this attempt drew, answered by their places
            // on screen, as a reader who knows them presses the keys.
            while let Some(places) = app
                .current_quiz()
                .filter(|quiz| !quiz.attempt.is_finished())
                .map(|quiz| quiz.right_places(&content.course))
            {
                draw(&mut window, &mut app, frames);
                for place in places {
                    press(&mut app, KeyAction::Choose(place));
                }
                press(&mut app, KeyAction::Confirm);
                draw(&mut window, &mut app, frames);
                press(&mut app, KeyAction::Confirm);
            }
            draw(&mut window, &mut app, frames); // results
            assert!(matches!(app.screen(), Screen::Quiz(_)));
            press(&mut app, KeyAction::Confirm); // back to the lessons
        }
        press(&mut app, KeyAction::Help);
        draw(&mut window, &mut app, frames);
        if listen {
            for overlay in [KeyAction::Settings, KeyAction::ShowKeys] {
                press(&mut app, KeyAction::Back);
                press(&mut app, overlay);
                draw(&mut window, &mut app, frames);
            }
        }
        let course = &times.course_pages;
        let other = &times.other_pages;
        report.push(format!(
            "full walk, {lang}: {} lesson and quiz page turns at 1920x1080: view + layout + draw \
             median {:.1} ms, p95 {:.1} ms (view + layout p95 {:.1} ms, draw p95 {:.1} ms); \
             {} other pages (welcome, lessons list, help): median {:.1} ms, slowest {:.1} ms",
            course.len(),
            percentile(course, 0, 0.5),
            percentile(course, 0, 0.95),
            percentile(course, 1, 0.95),
            percentile(course, 2, 0.95),
            other.len(),
            percentile(other, 0, 0.5),
            percentile(other, 0, 1.0),
        ));
    }
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM:"))
                .map(|line| line.split_whitespace().nth(1).unwrap_or("0").to_owned())
        })
        .and_then(|kib| kib.parse::<u64>().ok())
        .unwrap_or(0);
    for line in report {
        println!("{line}");
    }
    println!(
        "full walk, both languages{}: peak memory {:.1} MiB",
        if listen {
            ", every page read aloud (recording voice), settings and keys pages"
        } else {
            ""
        },
        peak as f64 / 1024.0
    );
}
