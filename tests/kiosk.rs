//! Kiosk mode, driven as visitors and staff use it: sessions that end by
//! "Finish", quick exit or walking away; nothing left for the next person;
//! nothing written to disk; and the staff PIN as the only way out.

mod common;

use common::{
    Journey, answer_with_clicks, content, read_to_the_quiz_by_clicking, right_option_labels,
};
use hifazat::app::{Config, Screen};
use hifazat::startup::{self, Options};
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::{KioskSettings, ManualClock, PinHash};
use hifazat_core::settings::Settings;
use iced::keyboard::Modifiers;
use iced::keyboard::key::Code;
use std::sync::OnceLock;
use std::time::Duration;

const STAFF_PIN: &str = "2468";

fn staff_pin() -> PinHash {
    static HASH: OnceLock<PinHash> = OnceLock::new();
    HASH.get_or_init(|| PinHash::from_pin(STAFF_PIN).expect("hashes"))
        .clone()
}

fn with_pin() -> KioskSettings {
    KioskSettings {
        exit_pin: Some(staff_pin()),
        ..KioskSettings::default()
    }
}

fn t(lang: Lang, id: &str) -> String {
    content().i18n.text(lang, id)
}

/// The start screen, in every language offered.
fn sees_start_screen(journey: &mut Journey) -> bool {
    journey.sees(&t(Lang::Ur, "kiosk-begin")) && journey.sees(&t(Lang::En, "kiosk-begin"))
}

/// Begins a session in `lang` and answers the first two questions of the
/// first lesson's quiz.
fn answer_two_questions(journey: &mut Journey, lang: Lang) {
    journey.click(&t(lang, "kiosk-begin"));
    journey.click_id("welcome-continue");
    journey.type_char("1");
    read_to_the_quiz_by_clicking(journey);
    for _ in 0..2 {
        let right = right_option_labels(journey);
        answer_with_clicks(journey, &right);
        journey.click_id("quiz-next");
    }
}

/// The pad's "try again in N seconds", in Urdu: the start screen's first
/// language.
fn wait_message(seconds: u64) -> String {
    format!("بہت زیادہ غلط کوششیں ہو گئیں۔ \u{2068}{seconds}\u{2069} سیکنڈ بعد دوبارہ کوشش کریں۔")
}

fn staff_chord(journey: &mut Journey) {
    journey.chord(
        "K",
        Code::KeyK,
        Modifiers::CTRL | Modifiers::ALT | Modifiers::SHIFT,
    );
}

fn type_pin(journey: &mut Journey, pin: &str) {
    for digit in pin.chars() {
        journey.click(&digit.to_string());
    }
    journey.click_id("kiosk-pin-unlock");
}

#[test]
fn walking_away_wipes_the_session_and_the_next_visitor_sees_nothing() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    assert!(sees_start_screen(&mut journey));
    assert!(!journey.app.in_kiosk_session());

    answer_two_questions(&mut journey, Lang::Ur);
    assert_eq!(journey.app.lang(), Lang::Ur);
    let Screen::Quiz(state) = journey.app.screen() else {
        panic!("on the quiz: {:?}", journey.app.screen());
    };
    assert_eq!(state.attempt.place(), (3, 6), "two questions answered");
    assert!(journey.app.place().is_some());

    // Three minutes without a touch: the question, with 30 seconds to go.
    clock.advance(Duration::from_secs(179));
    journey.tick();
    assert!(!journey.sees_id("kiosk-still-there-title"));
    clock.advance(Duration::from_secs(1));
    journey.tick();
    assert!(journey.sees_id("kiosk-still-there-title"));
    assert!(journey.sees("\u{200F}\u{2068}30\u{2069} سیکنڈ میں سب کچھ مٹا دیا جائے گا۔"));
    clock.advance(Duration::from_secs(29));
    journey.tick();
    assert!(journey.sees("\u{200F}\u{2068}1\u{2069} سیکنڈ میں سب کچھ مٹا دیا جائے گا۔"));
    clock.advance(Duration::from_secs(1));
    journey.tick();

    // The start screen is back, and nothing of the visit is left.
    assert!(sees_start_screen(&mut journey));
    assert!(!journey.app.in_kiosk_session());
    assert_eq!(journey.app.progress(), &Default::default());
    assert_eq!(journey.app.place(), None);
    assert_eq!(
        journey.app.settings(),
        Settings::default(),
        "no language choice kept"
    );

    // The next visitor reads English and finds a fresh course.
    journey.click(&t(Lang::En, "kiosk-begin"));
    assert_eq!(journey.app.lang(), Lang::En);
    journey.click_id("welcome-continue");
    assert!(
        !journey.sees_id("home-continue-title"),
        "no 'continue where you left off'"
    );
    assert!(!journey.sees("In progress"));
    journey.type_char("1");
    read_to_the_quiz_by_clicking(&mut journey);
    let Screen::Quiz(state) = journey.app.screen() else {
        panic!("on the quiz");
    };
    assert_eq!(
        state.attempt.place(),
        (1, 6),
        "the quiz starts at question 1"
    );
    assert!(state.attempt.feedback().is_none(), "no answer is chosen");
    assert!(
        journey.sees("Question \u{2068}1\u{2069} of \u{2068}6\u{2069}"),
        "{:?}",
        journey.texts()
    );
}

#[test]
fn a_kiosk_visitor_is_told_to_touch_quick_exit_not_to_press_a_key() {
    let clock = ManualClock::new();
    for lang in [Lang::Ur, Lang::En] {
        let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
        journey.click(&t(lang, "kiosk-begin"));
        assert!(journey.sees_id("welcome-notice-stop-touch"));
        assert!(!journey.sees_id("welcome-notice-stop"));
    }
    let mut home = Journey::start(Some(Lang::En));
    assert!(
        home.sees_id("welcome-notice-stop"),
        "at home the Esc key is named"
    );
}

#[test]
fn a_touch_during_the_countdown_keeps_the_session() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    answer_two_questions(&mut journey, Lang::Ur);
    let before = journey.app.screen().clone();

    clock.advance(Duration::from_secs(200));
    journey.tick();
    assert!(journey.sees_id("kiosk-still-there-title"));
    // A touch where an answer was: the countdown covers it, so the touch
    // keeps the session and chooses nothing.
    let right = right_option_labels(&journey);
    journey.click(&right[0]);
    assert!(!journey.sees_id("kiosk-still-there-title"));
    assert!(journey.app.in_kiosk_session());
    assert_eq!(
        journey.app.screen(),
        &before,
        "the same question, same answers"
    );

    // The wait starts again from that touch.
    clock.advance(Duration::from_secs(179));
    journey.tick();
    assert!(journey.app.in_kiosk_session());
    assert!(!journey.sees_id("kiosk-still-there-title"));
}

#[test]
fn a_touch_after_the_countdown_ran_out_finds_the_session_gone() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    answer_two_questions(&mut journey, Lang::En);
    // No tick came (a busy machine): the next touch still may not act.
    clock.advance(Duration::from_secs(211));
    let right = right_option_labels(&journey);
    journey.click(&right[0]);
    assert!(!journey.app.in_kiosk_session());
    assert_eq!(journey.app.progress(), &Default::default());
    assert!(sees_start_screen(&mut journey));
}

#[test]
fn finish_asks_once_then_clears_everything() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    answer_two_questions(&mut journey, Lang::Ur);
    journey.click_id("bar-finish");
    assert!(journey.sees_id("kiosk-finish-title"));
    // Nobody leaves without the help contacts: shown before the wipe.
    assert!(journey.sees_id("kiosk-finish-contacts"));
    for number in ["1121", "1799", "takeitdown.ncmec.org"] {
        assert!(journey.sees(number), "{number}: {:?}", journey.texts());
    }
    journey.click_id("kiosk-finish-no");
    assert!(
        journey.app.in_kiosk_session(),
        "keep going keeps the session"
    );
    assert!(matches!(journey.app.screen(), Screen::Quiz(_)));

    journey.click_id("bar-finish");
    journey.click_id("kiosk-finish-yes");
    assert!(!journey.app.in_kiosk_session());
    assert_eq!(journey.app.place(), None);
    assert!(sees_start_screen(&mut journey));
}

#[test]
fn quick_exit_ends_the_session_at_once() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    answer_two_questions(&mut journey, Lang::Ur);
    journey.click_id("bar-quick-exit");
    assert!(!journey.app.in_kiosk_session());
    assert!(sees_start_screen(&mut journey));
    assert_eq!(journey.app.progress(), &Default::default());

    answer_two_questions(&mut journey, Lang::En);
    journey.press(iced::keyboard::Key::Named(
        iced::keyboard::key::Named::Escape,
    ));
    assert!(sees_start_screen(&mut journey));
    assert_eq!(journey.app.place(), None);
}

#[test]
fn the_right_pin_leaves_the_kiosk_and_wrong_ones_are_refused() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(with_pin(), &clock);
    staff_chord(&mut journey);
    assert!(journey.sees_id("kiosk-pin-title"));
    assert!(!journey.sees(STAFF_PIN), "digits show as dots");

    type_pin(&mut journey, "1357");
    assert!(journey.sees_id("kiosk-pin-wrong"));
    assert!(!journey.app.has_left_kiosk());

    type_pin(&mut journey, STAFF_PIN);
    assert!(journey.app.has_left_kiosk(), "the right PIN exits");
}

#[test]
fn after_three_wrong_pins_the_pad_makes_you_wait_even_across_sessions() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(with_pin(), &clock);
    staff_chord(&mut journey);
    for _ in 0..3 {
        type_pin(&mut journey, "0000");
    }
    assert!(journey.sees(&wait_message(30)), "{:?}", journey.texts());
    // Waiting for the session to be wiped does not clear the count.
    journey.click_id("kiosk-pin-cancel");
    journey.click(&t(Lang::En, "kiosk-begin"));
    journey.click_id("bar-quick-exit");
    clock.advance(Duration::from_secs(5));
    staff_chord(&mut journey);
    type_pin(&mut journey, STAFF_PIN);
    assert!(
        !journey.app.has_left_kiosk(),
        "not even the right PIN during the wait"
    );
    assert!(journey.sees(&wait_message(25)));

    clock.advance(Duration::from_secs(25));
    // The pad's timer ticks each second while it is open.
    journey.tick();
    assert!(!journey.sees(&wait_message(1)), "the wait is over");
    type_pin(&mut journey, STAFF_PIN);
    assert!(journey.app.has_left_kiosk(), "{:?}", journey.texts());
}

#[test]
fn five_taps_on_the_name_open_the_pin_pad() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(with_pin(), &clock);
    for _ in 0..4 {
        journey.click("Hifazat");
        clock.advance(Duration::from_millis(500));
    }
    assert!(
        !journey.sees_id("kiosk-pin-title"),
        "four taps are not enough"
    );
    journey.click("Hifazat");
    assert!(journey.sees_id("kiosk-pin-title"));
    journey.click_id("kiosk-pin-cancel");
    assert!(sees_start_screen(&mut journey));

    // Slow taps, spread over more than five seconds, do nothing.
    for _ in 0..5 {
        journey.click("Hifazat");
        clock.advance(Duration::from_secs(2));
    }
    assert!(!journey.sees_id("kiosk-pin-title"));
}

#[test]
fn without_a_pin_there_is_no_way_out() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    staff_chord(&mut journey);
    for _ in 0..5 {
        journey.click("Hifazat");
    }
    assert!(!journey.sees_id("kiosk-pin-title"));
    assert!(sees_start_screen(&mut journey));
    assert!(!journey.app.has_left_kiosk());
}

#[test]
fn a_pin_pad_left_open_closes_itself() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(with_pin(), &clock);
    staff_chord(&mut journey);
    journey.click("1");
    assert!(journey.app.needs_ticks(), "the pad is timed");
    clock.advance(Duration::from_secs(210));
    journey.tick();
    assert!(!journey.sees_id("kiosk-pin-title"));
    assert!(sees_start_screen(&mut journey));
    assert!(!journey.app.needs_ticks());
}

#[test]
fn a_kiosk_never_reads_or_writes_the_data_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Someone used this machine at home first: their progress is there.
    let mut home = Journey::in_folder(dir.path(), Some(Lang::En));
    home.click("I have read this, continue");
    home.type_char("1");
    home.click_id("lesson-next");
    assert!(!home.app.progress().is_empty());
    drop(home);
    let before = folder_state(dir.path());
    set_read_only(dir.path(), true);

    // Started as `hifazat --kiosk --data-dir <that folder>` is.
    let clock = ManualClock::new();
    let startup = startup::prepare(Options {
        data_dir: Some(dir.path().to_owned()),
        config_dir: Some(dir.path().join("no-config-here")),
        kiosk: true,
        ..Options::default()
    });
    assert_eq!(startup.log_dir, None, "no log file");
    assert!(startup.problems.is_empty(), "{:?}", startup.problems);
    let mut config = startup.config;
    if let Some(kiosk) = &mut config.kiosk {
        kiosk.clock = clock.clock();
    }
    let mut journey = Journey::with_config(Config {
        use_os_locale: false,
        ..config
    });
    assert_eq!(
        journey.app.progress(),
        &Default::default(),
        "the home reader's progress stays hidden"
    );
    answer_two_questions(&mut journey, Lang::Ur);
    journey.click_id("bar-settings");
    journey.click_id("settings-theme-dark");
    journey.click_id("settings-close");
    journey.click_id("bar-finish");
    journey.click_id("kiosk-finish-yes");
    assert!(sees_start_screen(&mut journey));
    assert_eq!(
        journey.app.notice(),
        None,
        "no save error, because nothing was saved"
    );
    drop(journey);

    set_read_only(dir.path(), false);
    assert_eq!(
        folder_state(dir.path()),
        before,
        "nothing in the folder changed"
    );
}

/// Every file in a folder with its bytes and modification time.
fn folder_state(dir: &std::path::Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("listed")
        .map(|entry| {
            let entry = entry.expect("entry");
            let path = entry.path();
            (
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(&path).unwrap_or_default(),
                entry.metadata().and_then(|m| m.modified()).expect("mtime"),
            )
        })
        .collect();
    files.sort();
    files
}

/// Read-only for an ordinary user; root can still write, which is why the
/// test also compares the folder before and after.
fn set_read_only(dir: &std::path::Path, read_only: bool) {
    use std::os::unix::fs::PermissionsExt;
    let mode = if read_only { 0o555 } else { 0o755 };
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn only_an_open_kiosk_session_ticks() {
    let mut home = Journey::start(Some(Lang::Ur));
    assert!(!home.app.needs_ticks());
    home.click_id("welcome-continue");
    home.type_char("1");
    assert!(!home.app.needs_ticks(), "at home nothing wakes the app");

    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    assert!(
        !journey.app.needs_ticks(),
        "the start screen sleeps until touched"
    );
    journey.click(&t(Lang::Ur, "kiosk-begin"));
    assert!(journey.app.needs_ticks());
    journey.click_id("bar-finish");
    journey.click_id("kiosk-finish-yes");
    assert!(!journey.app.needs_ticks());
}

#[test]
fn a_centre_can_offer_one_language() {
    let clock = ManualClock::new();
    let settings = KioskSettings {
        languages: vec![Lang::En.saved_code()],
        ..KioskSettings::default()
    };
    let mut journey = Journey::kiosk(settings, &clock);
    assert!(journey.sees("Tap to begin"));
    assert!(!journey.sees(&t(Lang::Ur, "kiosk-begin")));
    journey.click("Tap to begin");
    assert!(!journey.sees("اردو"), "no switch to a language not offered");
    journey.click_id("bar-settings");
    assert!(!journey.sees("اردو"));
    journey.type_char("1");
    assert_eq!(journey.app.lang(), Lang::En);
}

#[test]
fn every_session_starts_at_the_centres_text_size() {
    use hifazat_core::settings::TextSize;
    let clock = ManualClock::new();
    let settings = KioskSettings {
        text_size: TextSize::Larger,
        ..KioskSettings::default()
    };
    let mut journey = Journey::kiosk(settings, &clock);
    assert_eq!(journey.app.settings().text_size, TextSize::Larger);
    journey.click("Tap to begin");
    journey.click_id("bar-settings");
    journey.click_id("settings-size-standard");
    assert_eq!(journey.app.settings().text_size, TextSize::Standard);
    journey.click_id("bar-quick-exit");
    assert_eq!(
        journey.app.settings().text_size,
        TextSize::Larger,
        "the next visitor gets the centre's size, not the last visitor's"
    );
}

#[test]
fn the_readme_kiosk_ron_example_is_valid() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = &readme[readme
        .find("### Setting it up: `kiosk.ron`")
        .expect("kiosk section")..];
    let start = section.find("```ron\n").expect("a ron block") + "```ron\n".len();
    let example = &section[start..start + section[start..].find("```").expect("closed")];
    // The README shows a shortened hash; put a real one in its place.
    let line_start = example.find("exit_pin: Some(\"").expect("an exit_pin line");
    let line_end = line_start + example[line_start..].find('\n').expect("line end");
    let text = format!(
        "{}exit_pin: Some(\"{}\"),{}",
        &example[..line_start],
        staff_pin().as_str(),
        &example[line_end..]
    );
    let settings =
        hifazat_core::kiosk::config::parse("README.md", &text).expect("the example parses");
    let defaults = KioskSettings::default();
    assert_eq!(
        settings.idle, defaults.idle,
        "the example shows the defaults"
    );
    assert_eq!(settings.languages, defaults.languages);
    assert_eq!(settings.text_size, defaults.text_size);
    assert_eq!(settings.exit_pin, Some(staff_pin()));
}

#[test]
fn a_kiosk_ron_turns_the_kiosk_on_and_a_broken_one_still_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let options = || Options {
        data_dir: Some(dir.path().join("kiosk-data")),
        config_dir: Some(dir.path().to_owned()),
        ..Options::default()
    };
    let home = startup::prepare(Options {
        data_dir: Some(dir.path().join("home-data")),
        ..options()
    });
    assert!(home.config.kiosk.is_none(), "no file, no flag: home");
    drop(home);
    std::fs::write(dir.path().join("kiosk.ron"), "(languages: [en])").expect("written");
    let kiosk = startup::prepare(options()).config.kiosk.expect("a kiosk");
    assert_eq!(kiosk.settings.languages, vec![Lang::En.saved_code()]);

    std::fs::write(
        dir.path().join("kiosk.ron"),
        "(\n  idle_timeout_seconds: 5,\n)",
    )
    .expect("written");
    let started = startup::prepare(options());
    let kiosk = started.config.kiosk.expect("still a kiosk");
    assert_eq!(kiosk.settings.exit_pin, None, "no way out");
    assert_eq!(
        kiosk.problem.as_ref().map(ToString::to_string).as_deref(),
        Some("kiosk.ron:2:3: error: idle_timeout_seconds is 5; it must be from 30 to 3600"),
        "the start screen names the file and line, not the staff's folders"
    );
    assert!(
        started.problems[0].contains(&dir.path().display().to_string()),
        "the log has the path"
    );
    assert!(
        !dir.path().join("kiosk-data").exists(),
        "a kiosk never makes the data folder"
    );

    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(kiosk.settings, &clock);
    assert!(journey.sees("Tap to begin"));
}

#[test]
fn quick_exit_during_the_countdown_ends_the_session() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    answer_two_questions(&mut journey, Lang::Ur);
    clock.advance(Duration::from_secs(190));
    journey.tick();
    assert!(journey.sees_id("kiosk-still-there-title"));
    journey.press(iced::keyboard::Key::Named(
        iced::keyboard::key::Named::Escape,
    ));
    assert!(
        !journey.app.in_kiosk_session(),
        "Esc hides, it does not bring the page back"
    );
    assert!(sees_start_screen(&mut journey));
}

#[test]
fn the_first_key_on_a_quiet_start_screen_works() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    clock.advance(Duration::from_secs(200));
    journey.press(iced::keyboard::Key::Named(
        iced::keyboard::key::Named::Enter,
    ));
    assert!(journey.app.in_kiosk_session(), "Enter began a session");
}

#[test]
fn scrolling_a_long_page_counts_as_someone_there() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    journey.click(&t(Lang::En, "kiosk-begin"));
    journey.click_id("welcome-continue");
    journey.type_char("1");
    clock.advance(Duration::from_secs(170));
    journey.simulate(|ui| {
        ui.point_at(iced::Point::new(640.0, 400.0));
        ui.simulate([iced::Event::Mouse(iced::mouse::Event::WheelScrolled {
            delta: iced::mouse::ScrollDelta::Lines { x: 0.0, y: -3.0 },
        })]);
    });
    clock.advance(Duration::from_secs(30));
    journey.tick();
    assert!(
        !journey.sees_id("kiosk-still-there-title"),
        "200 s after the start, 30 s after the scroll"
    );
    assert!(journey.app.in_kiosk_session());
}

#[test]
fn ending_a_session_always_repaints_the_whole_window() {
    // After an odd and an even number of page changes.
    for to_the_lessons in [false, true] {
        let clock = ManualClock::new();
        let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
        journey.click(&t(Lang::En, "kiosk-begin"));
        if to_the_lessons {
            journey.click_id("welcome-continue");
        }
        let before = journey.app.theme().palette().background;
        journey.click_id("bar-quick-exit");
        assert_ne!(
            journey.app.theme().palette().background,
            before,
            "to the lessons first: {to_the_lessons}; the background must change to force a full repaint"
        );
    }
}

#[test]
fn the_start_screen_and_pin_pad_ignore_the_text_size() {
    use hifazat_core::settings::TextSize;
    let clock = ManualClock::new();
    let settings = KioskSettings {
        text_size: TextSize::Largest,
        ..with_pin()
    };
    let mut journey = Journey::kiosk(settings, &clock);
    assert_eq!(
        journey.app.scale_factor(),
        1.0,
        "the start screen fits any screen"
    );
    journey.click("Tap to begin");
    assert_eq!(journey.app.scale_factor(), TextSize::Largest.scale());
    staff_chord(&mut journey);
    assert!(journey.sees_id("kiosk-pin-title"));
    assert_eq!(
        journey.app.scale_factor(),
        1.0,
        "every key of the pad is on screen"
    );
}

#[test]
fn kiosk_settings_do_not_talk_of_saved_progress() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    journey.click("Tap to begin");
    journey.click_id("bar-settings");
    assert!(journey.sees_id("settings-title"));
    assert!(!journey.sees_id("settings-start-again-explained"));
    assert!(!journey.sees_id("settings-start-again"));
    journey.type_char("0");
    assert!(
        !journey.sees_id("settings-start-again-title"),
        "0 is not 'Start again' here"
    );
}

#[test]
fn a_key_held_down_does_not_keep_a_session_alive() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    journey.click("Tap to begin");
    clock.advance(Duration::from_secs(175));
    let held = iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
        key: iced::keyboard::Key::Named(iced::keyboard::key::Named::PageDown),
        modified_key: iced::keyboard::Key::Named(iced::keyboard::key::Named::PageDown),
        physical_key: iced::keyboard::key::Physical::Code(Code::PageDown),
        location: iced::keyboard::Location::Standard,
        modifiers: Modifiers::default(),
        repeat: true,
        text: None,
    });
    journey.simulate(|ui| {
        ui.simulate([held]);
    });
    clock.advance(Duration::from_secs(5));
    journey.tick();
    assert!(
        journey.sees_id("kiosk-still-there-title"),
        "a repeating key is not a person"
    );
}

#[test]
fn hash_pin_prints_a_line_kiosk_ron_accepts() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let run = |pin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hifazat"))
            .arg("hash-pin")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("hifazat runs");
        writeln!(child.stdin.take().expect("stdin"), "{pin}").expect("written");
        child.wait_with_output().expect("finished")
    };
    let made = run("2468");
    assert!(made.status.success());
    let line = String::from_utf8(made.stdout).expect("text");
    assert!(!line.contains("2468"), "only the hash is printed");
    let settings = hifazat_core::kiosk::config::parse("kiosk.ron", &format!("(\n{line})"))
        .expect("the printed line is valid kiosk.ron");
    assert!(settings.exit_pin.is_some());

    let refused = run("12");
    assert!(!refused.status.success(), "too short");
    assert!(refused.stdout.is_empty());
}

#[test]
fn the_kiosk_window_is_full_screen_and_ignores_close_requests() {
    let kiosk = hifazat::app::window_settings(true);
    assert!(kiosk.fullscreen);
    assert!(!kiosk.decorations);
    assert!(
        !kiosk.exit_on_close_request,
        "only the staff PIN closes a kiosk"
    );
    let home = hifazat::app::window_settings(false);
    assert!(!home.fullscreen);
    assert!(home.exit_on_close_request);
}

/// Argon2 is slow on purpose, so the PIN is checked by a task away from
/// the window: the message that submits it decides nothing, the task's
/// answer does, and the app asks to quit only then.
#[test]
fn the_pin_is_checked_away_from_the_window() {
    use hifazat::app::{KioskMessage, Message};
    use hifazat::screen::kiosk::pin_pad;
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(with_pin(), &clock);
    staff_chord(&mut journey);
    for digit in STAFF_PIN.chars() {
        journey.update(Message::Kiosk(KioskMessage::Pad(pin_pad::Message::Digit(
            digit,
        ))));
    }
    let check = journey
        .app
        .update(Message::Kiosk(KioskMessage::Pad(pin_pad::Message::Submit)));
    assert_eq!(check.units(), 1, "one task: the check");
    assert!(!journey.app.has_left_kiosk(), "not decided in update");
    assert!(
        journey.sees_id("kiosk-pin-title") && !journey.exited,
        "the pad waits"
    );
    // The answer comes back as a message, which a journey hands back in.
    journey.update(Message::Kiosk(KioskMessage::PinChecked(true)));
    assert!(journey.app.has_left_kiosk());
    assert!(journey.exited, "the app asks to quit");
}

/// Closing the pad while a wrong PIN is being checked still counts the
/// try: cancelling cannot be used to guess without the wait.
#[test]
fn a_try_counts_even_if_the_pad_is_closed_before_its_answer() {
    use hifazat::app::{KioskMessage, Message};
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(with_pin(), &clock);
    for _ in 0..3 {
        staff_chord(&mut journey);
        for digit in "0000".chars() {
            journey.click(&digit.to_string());
        }
        let check = journey.app.update(Message::Kiosk(KioskMessage::Pad(
            hifazat::screen::kiosk::pin_pad::Message::Submit,
        )));
        journey.click_id("kiosk-pin-cancel");
        assert!(!journey.sees_id("kiosk-pin-title"), "the pad is closed");
        // The wrong answer arrives after the pad closed.
        drop(check);
        journey.update(Message::Kiosk(KioskMessage::PinChecked(false)));
    }
    staff_chord(&mut journey);
    assert!(
        journey.sees(&wait_message(30)),
        "three wrong tries: {:?}",
        journey.texts()
    );
}

/// The pad speaks every language the kiosk offers (it opens between
/// visitors too), and "wrong PIN" goes as soon as the next PIN is typed.
#[test]
fn the_pin_pad_is_in_every_offered_language_and_forgets_the_last_try() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(with_pin(), &clock);
    staff_chord(&mut journey);
    for lang in Lang::BUILT_IN {
        assert!(journey.sees(&t(lang, "kiosk-pin-title")), "{lang}");
        assert!(journey.sees(&t(lang, "kiosk-pin-cancel")), "{lang}");
    }
    type_pin(&mut journey, "1357");
    assert!(journey.sees(&t(Lang::En, "kiosk-pin-wrong")));
    journey.click("2");
    assert!(
        !journey.sees(&t(Lang::En, "kiosk-pin-wrong"))
            && !journey.sees(&t(Lang::Ur, "kiosk-pin-wrong")),
        "the message was about the last try"
    );
}
