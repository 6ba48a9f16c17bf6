//! The kiosk's screens at the sizes community centres use, and a check
//! that every control is a target a finger can hit.

mod common;

use common::{Journey, content, read_to_the_quiz_by_clicking, right_option_labels};
use hifazat::app;
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::{KioskSettings, ManualClock, PinHash};
use iced::{Point, Size};
use iced_test::Simulator;
use iced_test::selector::Candidate;
use std::time::Duration;

const LAPTOP: Size = Size::new(1366.0, 768.0);
const FULL_HD: Size = Size::new(1920.0, 1080.0);
const PORTRAIT: Size = Size::new(1080.0, 1920.0);
/// Cheap kiosk screens, and cage's headless default.
const HD: Size = Size::new(1280.0, 720.0);

/// Half the smallest target: a finger landing this far above or below a
/// control's label must still hit the control (48 px in all).
const HALF_TARGET: f32 = 23.5;

fn kiosk(clock: &ManualClock) -> Journey {
    let settings = KioskSettings {
        exit_pin: Some(PinHash::from_pin("2468").expect("hashes")),
        ..KioskSettings::default()
    };
    Journey::kiosk(settings, clock)
}

fn begin(journey: &mut Journey, lang: Lang) {
    journey.click(&content().i18n.text(lang, "kiosk-begin"));
}

fn on_a_lesson_page(clock: &ManualClock, lang: Lang) -> Journey {
    let mut journey = kiosk(clock);
    begin(&mut journey, lang);
    journey.click_id("welcome-continue");
    journey.type_char("2");
    journey.click_id("lesson-next");
    journey
}

fn check(journey: &mut Journey, name: &str, size: Size) {
    assert!(
        journey.snapshot(name, size),
        "{name} looks different: see target/snapshots/{name}-tiny-skia.png"
    );
}

#[test]
fn the_start_screen_fits_every_kiosk_screen() {
    let clock = ManualClock::new();
    let mut journey = kiosk(&clock);
    check(&mut journey, "kiosk-start-laptop", LAPTOP);
    check(&mut journey, "kiosk-start-full-hd", FULL_HD);
    check(&mut journey, "kiosk-start-portrait", PORTRAIT);
    check(&mut journey, "kiosk-start-hd", HD);
}

#[test]
fn a_lesson_page_in_urdu_on_a_laptop_and_a_portrait_screen() {
    let clock = ManualClock::new();
    let mut journey = on_a_lesson_page(&clock, Lang::Ur);
    check(&mut journey, "kiosk-lesson-ur-laptop", LAPTOP);
    check(&mut journey, "kiosk-lesson-ur-portrait", PORTRAIT);
}

#[test]
fn a_quiz_question_in_english_full_hd() {
    let clock = ManualClock::new();
    let mut journey = on_a_lesson_page(&clock, Lang::En);
    read_to_the_quiz_by_clicking(&mut journey);
    check(&mut journey, "kiosk-quiz-en-full-hd", FULL_HD);
}

#[test]
fn the_countdown_in_both_languages() {
    let clock = ManualClock::new();
    let mut journey = on_a_lesson_page(&clock, Lang::Ur);
    clock.advance(Duration::from_secs(192));
    journey.tick();
    check(&mut journey, "kiosk-still-there-ur-laptop", LAPTOP);
    journey.click_id("kiosk-still-there-title");
    journey.click("English");
    clock.advance(Duration::from_secs(209));
    journey.tick();
    check(&mut journey, "kiosk-still-there-en-portrait", PORTRAIT);
}

#[test]
fn settings_in_a_kiosk_in_urdu() {
    let clock = ManualClock::new();
    let mut journey = on_a_lesson_page(&clock, Lang::Ur);
    journey.click_id("bar-settings");
    check(&mut journey, "kiosk-settings-ur-laptop", LAPTOP);
}

#[test]
fn finish_and_the_pin_pad() {
    let clock = ManualClock::new();
    let mut journey = on_a_lesson_page(&clock, Lang::Ur);
    journey.click_id("bar-finish");
    check(&mut journey, "kiosk-finish-ur-portrait", PORTRAIT);
    journey.click_id("kiosk-finish-yes");
    for _ in 0..5 {
        journey.click("Hifazat");
    }
    for digit in ["1", "3", "5", "7"] {
        journey.click(digit);
    }
    journey.click_id("kiosk-pin-unlock");
    journey.click("9");
    check(&mut journey, "kiosk-pin-pad-ur-laptop", LAPTOP);
}

/// The message a click at `point` sends, ignoring the kiosk's "someone
/// touched the screen", which every click sends.
fn message_at(journey: &Journey, size: Size, point: Point) -> Option<String> {
    let mut ui = Simulator::with_size(app::iced_settings(), size, journey.app.view());
    ui.point_at(point);
    let _ = ui.simulate(iced_test::simulator::click());
    ui.into_messages()
        .map(|message| format!("{message:?}"))
        .find(|message: &String| !message.contains("Input"))
}

/// Every control on screen answers a touch anywhere within 24 px above or
/// below the middle of its label. Returns the labels that do not.
fn small_targets(journey: &Journey, size: Size) -> Vec<String> {
    let mut labels = Vec::new();
    {
        let mut ui = Simulator::with_size(app::iced_settings(), size, journey.app.view());
        let _ = ui.find(|candidate: Candidate<'_>| {
            // Only labels in full view: one half scrolled away is
            // reached by scrolling first.
            if let Candidate::Text {
                content,
                bounds,
                visible_bounds: Some(visible),
                ..
            } = candidate
                && visible == bounds
            {
                labels.push((content.to_owned(), bounds.center()));
            }
            None::<()>
        });
    }
    let mut small = Vec::new();
    for (label, centre) in labels {
        let Some(control) = message_at(journey, size, centre) else {
            continue;
        };
        for dy in [-HALF_TARGET, HALF_TARGET] {
            let point = Point::new(centre.x, centre.y + dy);
            if !(0.0..size.height).contains(&point.y) {
                continue; // past the window's edge: scroll first
            }
            if message_at(journey, size, point).as_ref() != Some(&control) {
                small.push(format!("{label:?} misses a touch {dy} px from its middle"));
            }
        }
    }
    small
}

#[test]
fn every_control_is_big_enough_for_a_finger() {
    let clock = ManualClock::new();
    let mut screens: Vec<(String, Journey)> = Vec::new();
    screens.push(("start".into(), kiosk(&clock)));
    for lang in [Lang::Ur, Lang::En] {
        let mut journey = kiosk(&clock);
        begin(&mut journey, lang);
        screens.push((format!("{lang} welcome"), journey));

        let mut journey = kiosk(&clock);
        begin(&mut journey, lang);
        journey.click_id("welcome-continue");
        screens.push((format!("{lang} lessons"), journey));

        screens.push((
            format!("{lang} lesson page"),
            on_a_lesson_page(&clock, lang),
        ));
        let on_quiz = || {
            let mut journey = on_a_lesson_page(&clock, lang);
            read_to_the_quiz_by_clicking(&mut journey);
            journey
        };
        screens.push((format!("{lang} quiz"), on_quiz()));
        let mut journey = on_quiz();
        let right = right_option_labels(&journey);
        for label in &right {
            journey.click(label);
        }
        journey.click_id("quiz-check");
        screens.push((format!("{lang} checked"), journey));

        let mut journey = on_a_lesson_page(&clock, lang);
        journey.click_id("bar-settings");
        screens.push((format!("{lang} settings"), journey));

        let mut journey = on_a_lesson_page(&clock, lang);
        journey.click_id("bar-help");
        screens.push((format!("{lang} help"), journey));

        let mut journey = on_a_lesson_page(&clock, lang);
        journey.click_id("bar-finish");
        screens.push((format!("{lang} finish"), journey));
    }
    let mut pad = kiosk(&clock);
    for _ in 0..5 {
        pad.click("Hifazat");
    }
    screens.push(("pin pad".into(), pad));

    let mut problems = Vec::new();
    for (name, journey) in &screens {
        for size in [LAPTOP, PORTRAIT] {
            for problem in small_targets(journey, size) {
                problems.push(format!("{name} at {size:?}: {problem}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
