//! Pixel snapshots of the main screens in both languages, rendered on the
//! CPU with the bundled fonts so the hashes are the same on every machine.
//! Each run also writes PNGs to `target/snapshots/` to look at. After a
//! deliberate visual change, delete the `.sha256` files and run again.

mod common;

use common::Journey;
use hifazat_core::i18n::Lang;
use hifazat_core::store;
use iced::Size;
use iced::keyboard::key::Named;

const WINDOW: Size = Size::new(1280.0, 860.0);

fn on_second_lesson_page(lang: Lang) -> Journey {
    let mut journey = Journey::start(Some(lang));
    journey.press(Named::Enter);
    journey.press(Named::Enter);
    journey.press(Named::PageDown);
    journey
}

fn on_a_checked_scenario(lang: Lang) -> Journey {
    on_a_checked_scenario_from(Journey::start(Some(lang)))
}

fn on_a_checked_scenario_from(mut journey: Journey) -> Journey {
    journey.press(Named::Enter);
    journey.type_char("3"); // livestreaming, the third lesson
    while !journey.sees_id("lesson-take-quiz") {
        journey.press(Named::PageDown);
    }
    journey.press(Named::Enter);
    // livestreaming: 1 why-grows, 2 no-touch, 3 easy, 4 who-involved, 5 cousin (scenario)
    for answers in [&["2"][..], &["2"], &["1", "2", "4"], &["3"]] {
        for answer in answers {
            journey.type_char(answer);
        }
        journey.press(Named::Enter);
        journey.press(Named::Enter);
    }
    journey.type_char("2"); // a wrong choice, to show both marks
    journey.press(Named::Enter);
    journey
}

fn check(journey: &mut Journey, name: &str) {
    assert!(
        journey.snapshot(name, WINDOW),
        "{name} looks different: see target/snapshots/{name}-tiny-skia.png"
    );
}

#[test]
fn lesson_page_in_urdu() {
    check(&mut on_second_lesson_page(Lang::Ur), "lesson-ur");
}

#[test]
fn lesson_page_in_english() {
    check(&mut on_second_lesson_page(Lang::En), "lesson-en");
}

#[test]
fn checked_quiz_question_in_urdu() {
    check(&mut on_a_checked_scenario(Lang::Ur), "quiz-ur");
}

#[test]
fn checked_quiz_question_in_english() {
    check(&mut on_a_checked_scenario(Lang::En), "quiz-en");
}

#[test]
fn welcome_notice_in_urdu() {
    check(&mut Journey::start(Some(Lang::Ur)), "welcome-ur");
}

#[test]
fn language_question() {
    check(&mut Journey::start(None), "choose-language");
}

#[test]
fn home_in_english() {
    let mut journey = Journey::start(Some(Lang::En));
    journey.press(Named::Enter);
    check(&mut journey, "home-en");
}

#[test]
fn help_in_urdu() {
    let mut journey = Journey::start(Some(Lang::Ur));
    journey.click_id("bar-help");
    check(&mut journey, "help-ur");
}

/// The first page of every lesson, in both languages: the page that sets
/// the tone, with "what you will learn".
#[test]
fn first_page_of_every_lesson_in_both_languages() {
    let lessons = common::content().course.lessons.len();
    let mut different = Vec::new();
    for lang in Lang::BUILT_IN {
        for index in 0..lessons {
            let mut journey = Journey::start(Some(lang));
            journey.press(Named::Enter);
            journey.type_char(&(index + 1).to_string());
            let id = &common::content().course.lessons[index].id;
            let name = format!("first-page-{id}-{lang}");
            if !journey.snapshot(&name, WINDOW) {
                different.push(name);
            }
        }
    }
    assert!(
        different.is_empty(),
        "look different: {different:?} (see target/snapshots/)"
    );
}

fn in_high_contrast(lang: Lang) -> Journey {
    let mut journey = Journey::start(Some(lang));
    journey.press(Named::F3);
    journey.type_char("9"); // high contrast
    journey.press(Named::Enter); // close settings
    journey
}

#[test]
fn checked_quiz_question_in_high_contrast_urdu() {
    check(
        &mut on_a_checked_scenario_from(in_high_contrast(Lang::Ur)),
        "quiz-high-contrast-ur",
    );
}

#[test]
fn checked_quiz_question_in_high_contrast_english() {
    check(
        &mut on_a_checked_scenario_from(in_high_contrast(Lang::En)),
        "quiz-high-contrast-en",
    );
}

/// The lessons list with the first lesson passed and the second begun, in
/// high contrast: the tick in a circle, the half circle and the empty
/// circle tell the three states apart without a word, and each lesson has
/// its picture.
#[test]
fn lesson_states_and_pictures_in_high_contrast() {
    for lang in Lang::BUILT_IN {
        let mut journey = in_high_contrast(lang);
        journey.press(Named::Enter);
        journey.type_char("1");
        common::read_to_the_quiz_by_clicking(&mut journey);
        // The questions this attempt drew from the pool.
        let questions = journey.app.current_quiz().unwrap().attempt.place().1;
        for number in 1..=questions {
            let right = common::right_option_labels(&journey);
            common::answer_with_clicks(&mut journey, &right);
            journey.click_id(if number == questions {
                "quiz-see-results"
            } else {
                "quiz-next"
            });
        }
        assert!(journey.sees_id("results-passed"), "{:?}", journey.texts());
        journey.click_id("results-next-lesson");
        journey.click_id("lesson-next");
        journey.click_id("lesson-back");
        journey.click_id("lesson-back-to-lessons");
        let passed = journey.app.content().i18n.text_with(
            lang,
            "home-course-progress",
            &fluent::fluent_args!["passed" => 1, "total" => 7],
        );
        assert!(journey.sees(&passed), "{:?}", journey.texts());
        assert!(journey.sees_id("home-status-in-progress"));
        // Tall enough for every card.
        let name = format!("home-states-high-contrast-{lang}");
        assert!(journey.snapshot(&name, Size::new(1366.0, 2700.0)), "{name}");
    }
}

/// Help in English, tall enough to show every channel: each contact with
/// the mark for how it is reached.
#[test]
fn help_in_english() {
    let mut journey = Journey::start(Some(Lang::En));
    journey.click_id("bar-help");
    assert!(journey.snapshot("help-en-tall", Size::new(1366.0, 3000.0)));
}

#[test]
fn settings_in_both_languages() {
    for lang in Lang::BUILT_IN {
        let mut journey = Journey::start(Some(lang));
        journey.press(Named::F3);
        check(&mut journey, &format!("settings-{lang}"));
    }
}

#[test]
fn keys_overlay_in_urdu() {
    let mut journey = Journey::start(Some(Lang::Ur));
    journey.press(Named::F1);
    check(&mut journey, "keys-ur");
}

#[test]
fn results_after_a_failed_quiz_in_urdu() {
    let mut journey = Journey::start(Some(Lang::Ur));
    journey.press(Named::Enter);
    journey.type_char("4"); // sextortion
    while !journey.sees_id("lesson-take-quiz") {
        journey.press(Named::PageDown);
    }
    journey.press(Named::Enter);
    for _ in 0..6 {
        journey.type_char("1");
        journey.type_char("2");
        journey.press(Named::Enter);
        journey.press(Named::Enter);
    }
    assert!(journey.sees_id("results-not-yet"));
    check(&mut journey, "results-ur");
}

#[test]
fn home_with_a_place_to_continue_in_urdu() {
    let mut journey = Journey::start(Some(Lang::Ur));
    journey.press(Named::Enter);
    journey.type_char("2");
    journey.press(Named::ArrowLeft);
    journey.click_id("lesson-back");
    journey.click_id("lesson-back-to-lessons");
    assert!(journey.sees_id("home-continue-title"));
    check(&mut journey, "home-continue-ur");
}

/// The page a reader reaches after passing all seven quizzes: what was
/// learned, the help numbers to keep, and the handout.
#[test]
fn the_end_of_the_course_in_both_languages() {
    for (lang, name) in [(Lang::Ur, "complete-ur"), (Lang::En, "complete-en")] {
        let dir = tempfile::tempdir().unwrap();
        let saved = common::finished_course(lang, "2026-12-02");
        store::write_atomically(dir.path(), &saved).unwrap();
        let mut journey = Journey::in_folder(dir.path(), Some(lang));
        journey.click_id("complete-open");
        assert!(journey.sees_id("complete-title"));
        check(&mut journey, name);
    }
}
