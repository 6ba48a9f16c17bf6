//! The longest Urdu lesson page where the app is weakest (issue 21), each
//! against a bare baseline in the same run: the same page's words in the
//! same type in a bare iced scrollable, with none of the app's bars,
//! pictures or styles. All on the CPU renderer (tiny-skia), in one
//! renderer, layout cache and pixel buffer per window, as the window
//! keeps them (`frame.rs`).
//!
//! ```text
//! pages turn     page turns, 1920×1080, standard text size: the app
//!                against the bare page (run pinned to one core by
//!                `benches/bench.sh --slow`)
//! pages scroll   scrolling the longest Urdu page at the largest text size
//!                at 1366×768, 1920×1080 and 3840×2160: repainting what
//!                changed, as the window does, and the whole window
//! pages switch   the first frame after a text-size change (standard ↔
//!                largest) and a language change (ur ↔ en), 1920×1080
//! ```
//!
//! `RUNS` (default 10) sets the repetitions. Built as an example:
//! `cargo run --release --example pages -- scroll`.

#[path = "frame.rs"]
mod frame;

use frame::{Frame, Frames};
use hifazat::app::{App, Config, Message, WindowEvent};
use hifazat::keys::KeyAction;
use hifazat::screen::settings;
use hifazat::widget::Ui;
use hifazat_core::content::Content;
use hifazat_core::i18n::{Lang, Words};
use hifazat_core::settings::TextSize;
use hifazat_core::speech::script;
use iced::widget::{container, scrollable};
use iced::{Length, Size};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SIZES: [(f32, f32); 3] = [(1366.0, 768.0), (1920.0, 1080.0), (3840.0, 2160.0)];
const FULL_HD: Size = Size::new(1920.0, 1080.0);

fn runs() -> usize {
    std::env::var("RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(10)
        .max(1)
}

fn key(app: &mut App, action: KeyAction) {
    if let Some(message) = app.on_key(action) {
        let _ = app.update(message);
    }
}

fn set_text_size(app: &mut App, size: TextSize) {
    let _ = app.update(Message::Settings(settings::Message::TextSize(size)));
}

/// The app in `lang` at `text_size`, in a window of `window`, on page
/// `page` of lesson `lesson`.
fn app_on(
    content: &Arc<Content>,
    lang: Lang,
    window: Size,
    text_size: TextSize,
    (lesson, page): (usize, usize),
) -> App {
    // Booted, so that it has a main window to be told the size of; the
    // task that would open it is dropped (there is no runtime here).
    let (mut app, _open) = App::boot(
        Arc::clone(content),
        Config {
            lang: Some(lang),
            ..Config::default()
        },
    );
    let id = app.main_window_id().expect("the main window");
    let _ = app.update(Message::Window(WindowEvent::Resized(id, window)));
    key(&mut app, KeyAction::Settings);
    set_text_size(&mut app, text_size);
    key(&mut app, KeyAction::Back);
    key(&mut app, KeyAction::Confirm); // past the notice
    key(&mut app, KeyAction::Choose(lesson));
    for _ in 0..page {
        key(&mut app, KeyAction::Next);
    }
    assert!(
        matches!(app.screen(), hifazat::app::Screen::Lesson(_)),
        "lesson {lesson} page {page} is a lesson page"
    );
    app
}

/// The bare baseline: a page's lines as paragraphs in the language's type,
/// in a scrollable, at the width of the app's reading column.
fn bare_page<'a>(lang: Lang, lines: &'a [String]) -> hifazat::Element<'a, ()> {
    let ui = Ui::new(lang, None);
    let mut column = ui.column().spacing(16);
    for line in lines {
        column = column.push(ui.body(line.as_str()));
    }
    scrollable(container(container(column).max_width(980).padding([28, 32])).center_x(Length::Fill))
        .height(Length::Fill)
        .into()
}

fn lines(content: &Content, lang: Lang, (lesson, page): (usize, usize)) -> Vec<String> {
    let words = Words {
        i18n: &content.i18n,
        lang,
    };
    script::lesson_page(&content.course, words, lesson, page)
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The `p` quantile, in milliseconds.
fn quantile(times: &[Duration], p: f64) -> f64 {
    let mut sorted = times.to_vec();
    sorted.sort();
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    ms(sorted[index])
}

fn summary(times: &[Duration]) -> (f64, f64) {
    (quantile(times, 0.5), quantile(times, 0.95))
}

/// Every lesson page: (lesson, page).
fn lesson_pages(content: &Content) -> Vec<(usize, usize)> {
    let mut pages = Vec::new();
    for (lesson, shape) in content.course.lessons.iter().enumerate() {
        for page in 0..=shape.sections.len() {
            pages.push((lesson, page));
        }
    }
    pages
}

/// How many one-line wheel steps scroll `app`'s page from its top to its
/// end (the first step that repaints nothing is past the end).
fn steps_to_end(frames: &mut Frames, app: &App) -> usize {
    frames.frame(app);
    let steps = frames
        .scroll(app, -1.0, 1000)
        .iter()
        .take_while(|frame| frame.repainted > 0.0)
        .count();
    // Back to the top for whoever scrolls next.
    frames.scroll(app, 1.0, steps);
    steps
}

/// The longest Urdu lesson page at the largest text size: the one that
/// takes the most wheel steps to scroll through at 1920×1080.
fn longest_page(content: &Arc<Content>) -> ((usize, usize), usize) {
    let mut frames = Frames::new(FULL_HD).tracking_damage();
    lesson_pages(content)
        .into_iter()
        .map(|at| {
            let app = app_on(content, Lang::Ur, FULL_HD, TextSize::Largest, at);
            (at, steps_to_end(&mut frames, &app))
        })
        .max_by_key(|(_, steps)| *steps)
        .expect("a lesson page")
}

/// Scrolls down through the whole page and back up, `runs` times; the
/// frames that repainted something.
fn scroll_through(
    frames: &mut Frames,
    mut scroll: impl FnMut(&mut Frames, f32, usize) -> Vec<Frame>,
    steps: usize,
    runs: usize,
) -> Vec<Frame> {
    let mut all = Vec::new();
    for _ in 0..runs {
        all.extend(scroll(frames, -1.0, steps));
        all.extend(scroll(frames, 1.0, steps));
    }
    all.retain(|frame| frame.repainted > 0.0);
    all
}

fn scroll_bench(content: &Arc<Content>) {
    let runs = runs();
    let (at, steps) = longest_page(content);
    let page_lines = lines(content, Lang::Ur, at);
    println!(
        "scroll: the longest Urdu lesson page at the largest text size is lesson {} page {} \
         ({steps} wheel lines at 1920x1080); {runs} runs down and up each",
        at.0 + 1,
        at.1
    );
    for (width, height) in SIZES {
        let window = Size::new(width, height);
        let app = app_on(content, Lang::Ur, window, TextSize::Largest, at);
        let scale = app.scale_factor();
        let theme = app.theme();
        let mut results = Vec::new();
        // The window (repaints what changed), the whole window repainted
        // each frame, and the bare page repainting what changed, runs of
        // each alternating so that the machine's noise falls on all.
        let mut windows = [
            Frames::new(window).tracking_damage(),
            Frames::new(window),
            Frames::new(window).tracking_damage(),
            Frames::new(window).union_damage(),
        ];
        let app_steps = steps_to_end(&mut windows[0], &app);
        windows[1].frame(&app);
        windows[3].frame(&app);
        let bare_steps = {
            let bare = &mut windows[2];
            bare.frame_of(
                Instant::now(),
                bare_page(Lang::Ur, &page_lines),
                &theme,
                scale,
            );
            let steps = bare
                .scroll_of(bare_page(Lang::Ur, &page_lines), &theme, scale, -1.0, 1000)
                .iter()
                .take_while(|frame| frame.repainted > 0.0)
                .count();
            bare.scroll_of(bare_page(Lang::Ur, &page_lines), &theme, scale, 1.0, steps);
            steps
        };
        let mut timed: [Vec<Frame>; 4] = Default::default();
        for _ in 0..runs {
            let [damaged, whole, bare, union] = &mut windows;
            timed[3].extend(scroll_through(
                union,
                |frames, lines, n| frames.scroll(&app, lines, n),
                app_steps,
                1,
            ));
            timed[0].extend(scroll_through(
                damaged,
                |frames, lines, n| frames.scroll(&app, lines, n),
                app_steps,
                1,
            ));
            timed[1].extend(scroll_through(
                whole,
                |frames, lines, n| frames.scroll(&app, lines, n),
                app_steps,
                1,
            ));
            timed[2].extend(scroll_through(
                bare,
                |frames, lines, n| {
                    frames.scroll_of(bare_page(Lang::Ur, &page_lines), &theme, scale, lines, n)
                },
                bare_steps,
                1,
            ));
        }
        for frames in &timed {
            let totals: Vec<Duration> = frames.iter().map(Frame::total).collect();
            let draws: Vec<Duration> = frames.iter().map(|frame| frame.draw).collect();
            let repainted =
                frames.iter().map(|frame| frame.repainted).sum::<f32>() / frames.len() as f32;
            results.push((
                summary(&totals),
                quantile(&draws, 0.95),
                repainted,
                frames.len(),
            ));
        }
        let [
            (app_t, app_draw, app_share, app_n),
            (whole_t, _, _, whole_n),
            (bare_t, _, bare_share, bare_n),
            (union_t, _, union_share, _),
        ] = [results[0], results[1], results[2], results[3]];
        println!(
            "scroll {width}x{height} (scale {scale:.2}): hifazat median {:.1} ms, p95 {:.1} ms \
             (draw p95 {:.1} ms, {:.0} % of the window repainted, {app_n} frames); \
             whole window repainted: median {:.1}, p95 {:.1} ms ({whole_n} frames); \
             one rectangle around what changed: median {:.1}, p95 {:.1} ms ({:.0} % repainted); \
             bare page: median {:.1}, p95 {:.1} ms ({:.0} % repainted, {bare_n} frames); \
             ratio hifazat / bare at p95 {:.2}",
            app_t.0,
            app_t.1,
            app_draw,
            app_share * 100.0,
            whole_t.0,
            whole_t.1,
            union_t.0,
            union_t.1,
            union_share * 100.0,
            bare_t.0,
            bare_t.1,
            bare_share * 100.0,
            app_t.1 / bare_t.1,
        );
    }
}

/// Page turns between two pages of the longest lesson, in Urdu at the
/// standard size, 1920×1080: the app (a key, the new view, a whole-window
/// repaint, as its page change asks) against the bare page showing the
/// other page's words (a new view, the whole window repainted).
fn turn_bench(content: &Arc<Content>) {
    let runs = runs() * 10;
    let at = (1, 1);
    let mut app = app_on(content, Lang::Ur, FULL_HD, TextSize::Standard, at);
    let theme = app.theme();
    let scale = app.scale_factor();
    let pages = [
        lines(content, Lang::Ur, at),
        lines(content, Lang::Ur, (at.0, at.1 + 1)),
    ];
    let mut app_frames = Frames::new(FULL_HD).tracking_damage();
    let mut bare_frames = Frames::new(FULL_HD);
    app_frames.frame(&app);
    bare_frames.frame_of(
        Instant::now(),
        bare_page(Lang::Ur, &pages[0]),
        &theme,
        scale,
    );
    let (mut app_times, mut bare_times) = (Vec::new(), Vec::new());
    for turn in 0..runs {
        let start = Instant::now();
        key(
            &mut app,
            if turn % 2 == 0 {
                KeyAction::Next
            } else {
                KeyAction::Back
            },
        );
        let frame = app_frames.frame(&app);
        app_times.push(start.elapsed());
        assert!(
            frame.repainted >= 1.0,
            "a page turn repaints the whole window"
        );
        let start = Instant::now();
        bare_frames.frame_of(
            start,
            bare_page(Lang::Ur, &pages[(turn + 1) % 2]),
            &theme,
            scale,
        );
        bare_times.push(start.elapsed());
    }
    let (app_t, bare_t) = (summary(&app_times), summary(&bare_times));
    println!(
        "page turn, Urdu lesson page, 1920x1080, {runs} turns: hifazat median {:.1} ms, p95 {:.1} ms; \
         bare page median {:.1} ms, p95 {:.1} ms; ratio median {:.2}, p95 {:.2}",
        app_t.0,
        app_t.1,
        bare_t.0,
        bare_t.1,
        app_t.0 / bare_t.0,
        app_t.1 / bare_t.1,
    );
}

/// The first frame after the text size or the language changes, on the
/// longest lesson page at 1920×1080: the settings page itself after a new
/// size (as the reader sees it at once), the lesson page after closing
/// settings, and the lesson page after the language button.
fn switch_bench(content: &Arc<Content>) {
    let runs = runs() * 2;
    let at = (1, 1);
    let mut app = app_on(content, Lang::Ur, FULL_HD, TextSize::Standard, at);
    let mut frames = Frames::new(FULL_HD).tracking_damage();
    frames.frame(&app);
    let mut size_on_settings = Vec::new();
    let mut size_on_page = Vec::new();
    let mut language = Vec::new();
    let timed = |frames: &mut Frames, app: &mut App, change: &dyn Fn(&mut App)| {
        let start = Instant::now();
        change(app);
        frames.frame(app);
        start.elapsed()
    };
    for _ in 0..runs {
        for size in [TextSize::Largest, TextSize::Standard] {
            key(&mut app, KeyAction::Settings);
            frames.frame(&app);
            size_on_settings.push(timed(&mut frames, &mut app, &|app| {
                set_text_size(app, size)
            }));
            size_on_page.push(timed(&mut frames, &mut app, &|app| {
                key(app, KeyAction::Back)
            }));
        }
        for _ in 0..2 {
            language.push(timed(&mut frames, &mut app, &|app| {
                let _ = app.update(Message::SwitchLanguage);
            }));
        }
    }
    assert_eq!(app.lang(), Lang::Ur);
    for (what, times) in [
        (
            "text size (standard <-> largest), the settings page",
            &size_on_settings,
        ),
        (
            "text size, the lesson page after closing settings",
            &size_on_page,
        ),
        ("language (ur <-> en), the lesson page", &language),
    ] {
        let (median, p95) = summary(times);
        println!(
            "switch, {what}, 1920x1080, {} changes: median {median:.1} ms, p95 {p95:.1} ms",
            times.len()
        );
    }
}

fn main() {
    let content = Arc::new(Content::embedded().expect("content loads"));
    let which = std::env::args().nth(1).unwrap_or_default();
    match which.as_str() {
        "turn" => turn_bench(&content),
        "scroll" => scroll_bench(&content),
        "switch" => switch_bench(&content),
        _ => {
            turn_bench(&content);
            switch_bench(&content);
            scroll_bench(&content);
        }
    }
}
