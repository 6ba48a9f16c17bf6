//! Progress and settings survive closing the app: journeys through the UI,
//! each ending with the app dropped and rebuilt from the saved file.

mod common;

use common::{Journey, content};
use hifazat::app::Screen;
use hifazat_core::course::ids;
use hifazat_core::i18n::Lang;
use hifazat_core::settings::{TextSize, ThemeChoice};
use iced::keyboard::key::Named;

/// Types the 1-based numbers of the right options and checks the answer.
fn answer(journey: &mut Journey, right: bool) {
    let Screen::Quiz(state) = journey.app.screen() else {
        panic!("not on a quiz");
    };
    let course = &content().course;
    // Places on screen, which is what the number keys press.
    let options: Vec<usize> = if right {
        state.right_places(course)
    } else {
        vec![state.wrong_place(course).unwrap()]
    };
    for option in options {
        journey.type_char(&(option + 1).to_string());
    }
    journey.press(Named::Enter);
}

#[test]
fn a_quiz_left_half_way_continues_at_the_same_question_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
        journey.press(Named::Enter);
        journey.type_char("3");
        while !journey.sees_id("lesson-take-quiz") {
            journey.press(Named::PageDown);
        }
        journey.press(Named::Enter);
        answer(&mut journey, true);
        journey.press(Named::Enter);
        answer(&mut journey, false);
        journey.press(Named::Enter);
        assert!(journey.sees("Question \u{2068}3\u{2069} of \u{2068}6\u{2069}"));
        // The app closes here, without any "save" step.
    }

    let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
    assert!(
        matches!(journey.app.screen(), Screen::Home(_)),
        "a returning reader starts at the lessons, not the notice again"
    );
    assert!(journey.sees("Continue where you left off"));
    let lesson = content()
        .i18n
        .text(Lang::En, &ids::lesson(&content().course.lessons[2]));
    assert!(
        journey.sees(&format!(
            "\u{2068}{lesson}\u{2069} · \u{2068}Question \u{2068}3\u{2069} of \u{2068}6\u{2069}\u{2069}"
        )),
        "{:?}",
        journey.texts()
    );
    journey.click("Continue");
    assert!(
        journey.sees("Question \u{2068}3\u{2069} of \u{2068}6\u{2069}"),
        "{:?}",
        journey.texts()
    );
    for number in 3..=6 {
        answer(&mut journey, true);
        assert!(journey.sees("That's right."), "question {number}");
        journey.press(Named::Enter);
    }
    // One of six was missed before the restart: it still counts.
    assert!(journey.sees("You answered \u{2068}5\u{2069} of \u{2068}6\u{2069} questions correctly (\u{2068}83\u{2069}%)."));
    assert!(journey.sees("You passed this quiz."));
    drop(journey);

    let journey = Journey::in_folder(dir.path(), Some(Lang::En));
    let progress = journey
        .app
        .progress()
        .lesson("livestreaming")
        .expect("kept");
    assert!(progress.passed);
    assert_eq!(progress.best_percent, Some(83));
    assert!(progress.last_attempt.is_some());
    assert!(
        journey.app.place().is_none(),
        "a finished quiz leaves nothing to continue"
    );
}

#[test]
fn a_lesson_page_is_where_the_reader_comes_back_to() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut journey = Journey::in_folder(dir.path(), Some(Lang::Ur));
        journey.press(Named::Enter);
        journey.type_char("4");
        journey.press(Named::ArrowLeft); // forward, in Urdu
        journey.press(Named::ArrowLeft);
    }
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::Ur));
    assert!(
        matches!(journey.app.screen(), Screen::Home(_)),
        "a returning reader starts at the lessons, not the notice again"
    );
    journey.press(Named::Enter); // Enter on the lessons list continues
    assert_eq!(
        journey.app.screen(),
        &Screen::Lesson(hifazat::screen::lesson::State::new(3, 2))
    );
    assert_eq!(
        journey
            .app
            .progress()
            .lesson("sextortion")
            .unwrap()
            .pages_read,
        [0, 1, 2].into_iter().collect()
    );
}

#[test]
fn text_size_and_colours_are_kept_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
        journey.click("Settings");
        assert!(journey.sees("Text size"));
        journey.click("Largest");
        journey.click("High contrast");
        assert_eq!(journey.app.scale_factor(), 1.6);
        assert!(
            journey.sees("(chosen)"),
            "the current choice is marked in words"
        );
        journey.click("Back");
        assert!(journey.app.overlay().is_none());
    }
    let journey = Journey::in_folder(dir.path(), Some(Lang::En));
    assert_eq!(journey.app.settings().text_size, TextSize::Largest);
    assert_eq!(journey.app.settings().theme, ThemeChoice::HighContrast);
    assert_eq!(journey.app.scale_factor(), 1.6);
    assert_eq!(journey.app.theme().palette().text, iced::Color::WHITE);
}

#[test]
fn settings_work_from_the_keyboard_alone_and_start_again_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
    journey.press(Named::Enter);
    journey.type_char("1");
    journey.press(Named::PageDown);
    assert!(journey.app.progress().lesson("what-it-is").is_some());

    journey.press(Named::F3);
    journey.type_char("2"); // English
    journey.type_char("5"); // Larger
    journey.type_char("8"); // Dark
    assert_eq!(journey.app.settings().text_size, TextSize::Larger);
    assert_eq!(journey.app.settings().theme, ThemeChoice::Dark);
    journey.type_char("0"); // Start again …
    assert!(journey.sees("Start again?"));
    journey.type_char("1"); // … no, keep it.
    assert!(journey.app.progress().lesson("what-it-is").is_some());
    journey.type_char("0");
    journey.type_char("2"); // Yes, clear my progress.
    assert!(journey.app.progress().is_empty());
    assert_eq!(journey.app.screen(), &Screen::home());
    assert!(journey.sees("Not started"));
    drop(journey);

    let journey = Journey::in_folder(dir.path(), Some(Lang::En));
    assert!(journey.app.progress().is_empty(), "the clearing was saved");
    assert_eq!(
        journey.app.settings().theme,
        ThemeChoice::Dark,
        "settings are kept"
    );
}

#[test]
fn the_keys_overlay_lists_the_shortcuts_in_the_readers_language() {
    let mut journey = Journey::start(Some(Lang::Ur));
    journey.press(Named::F1);
    assert!(journey.sees_id("keys-title"));
    assert!(journey.sees_id("keys-quick-exit"));
    assert!(journey.sees("Esc"));
    journey.press(Named::Enter);
    assert!(journey.app.overlay().is_none());
    journey.type_char("?");
    assert!(journey.sees_id("keys-title"));
}

#[test]
fn a_second_copy_of_the_app_says_it_will_not_save_and_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = Journey::in_folder(dir.path(), Some(Lang::En));
    first.press(Named::Enter);
    first.type_char("2");
    let mut second = Journey::in_folder(dir.path(), Some(Lang::En));
    assert!(second.sees_id("notice-not-saving"));
    assert!(!first.sees_id("notice-not-saving"));
    second.press(Named::Enter);
    second.press(Named::F3);
    second.type_char("0");
    second.type_char("1"); // start again, in the copy that may not save
    drop(second);
    drop(first);
    let third = Journey::in_folder(dir.path(), Some(Lang::En));
    assert!(
        third.app.progress().lesson("grooming").is_some(),
        "the first copy's progress is intact"
    );
}

#[test]
fn the_lesson_card_holding_the_saved_place_continues_there() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
        journey.press(Named::Enter);
        journey.type_char("2");
        journey.press(Named::PageDown);
        journey.press(Named::PageDown);
    }
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
    assert!(
        matches!(journey.app.screen(), Screen::Home(_)),
        "a returning reader starts at the lessons, not the notice again"
    );
    journey.type_char("2"); // lesson 2's number key continues at its place
    assert_eq!(
        journey.app.screen(),
        &Screen::Lesson(hifazat::screen::lesson::State::new(1, 2))
    );
    drop(journey);
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
    let continues = journey
        .texts()
        .iter()
        .filter(|text| *text == "Continue")
        .count();
    assert_eq!(
        continues, 3,
        "the top card, the lesson's own button and the way on in the bar"
    );
    assert_eq!(
        journey
            .texts()
            .iter()
            .filter(|text| *text == "Open")
            .count(),
        0
    );
}

#[test]
fn a_failed_save_is_shown_and_tried_again_at_the_next_step() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    let mut journey = Journey::in_folder(&folder, Some(Lang::En));
    journey.press(Named::Enter);
    std::fs::remove_dir_all(&folder).unwrap(); // the USB stick is pulled out
    journey.type_char("1");
    assert!(journey.sees_id("notice-save-failed"));
    std::fs::create_dir_all(&folder).unwrap(); // … and put back
    journey.press(Named::PageDown);
    assert!(
        !journey.sees_id("notice-save-failed"),
        "saved again, the notice goes"
    );
    let saved = hifazat_core::store::read(&folder.join(hifazat_core::store::FILE_NAME))
        .unwrap()
        .unwrap();
    assert!(saved.progress.lesson("what-it-is").is_some());
}
