//! On the screens the families have — a 1366×768 laptop, a 1024×600
//! netbook — the window the app opens shows Quick exit and every screen's
//! main button without scrolling the window, in Urdu and in English.
//! Asserted on where the Simulator lays them out, not on pixels.

mod common;

use common::Journey;
use hifazat::app::fitted;
use hifazat_core::i18n::Lang;
use iced::{Rectangle, Size};

const SCREENS: [Size; 2] = [Size::new(1366.0, 768.0), Size::new(1024.0, 600.0)];

/// Where the text `text` is drawn, if it is drawn at all, and the window.
fn place_of(journey: &mut Journey, text: String) -> (Option<Rectangle>, Rectangle) {
    let window = Rectangle::new(iced::Point::ORIGIN, journey.size);
    let found = journey.simulate(|ui| ui.find(text.as_str()).ok());
    let visible = found.and_then(|target| target.visible_bounds());
    (visible, window)
}

/// The places on screen to choose for the current question (what the
/// number keys press): a wrong one, or the right ones.
fn answer(journey: &Journey, wrong: bool) -> Vec<usize> {
    let quiz = journey.app.current_quiz().expect("on a quiz");
    let course = &common::content().course;
    if wrong {
        quiz.wrong_place(course).into_iter().collect()
    } else {
        quiz.right_places(course)
    }
}

/// The text of message `id`, and Quick exit, lie wholly inside the window.
fn assert_in_view(journey: &mut Journey, id: &str, what: &str) {
    let text = journey.t(id);
    assert_text_in_view(journey, text, what);
}

fn assert_text_in_view(journey: &mut Journey, text: String, what: &str) {
    for (id, text) in [
        (text.clone(), text),
        ("bar-quick-exit".into(), journey.t("bar-quick-exit")),
    ] {
        let (bounds, window) = place_of(journey, text);
        let Some(bounds) = bounds else {
            let (size, lang) = (journey.size, journey.app.lang());
            panic!(
                "{what}: {id} is not on screen at {size:?} ({lang:?}): {:?}",
                journey.texts()
            );
        };
        let inside = bounds.x >= window.x
            && bounds.y >= window.y
            && bounds.x + bounds.width <= window.x + window.width + 0.5
            && bounds.y + bounds.height <= window.y + window.height + 0.5;
        assert!(
            inside,
            "{what}: {id} at {bounds:?} is outside the {window:?} window ({:?})",
            journey.app.lang()
        );
    }
}

#[test]
fn the_main_button_and_quick_exit_are_always_on_screen() {
    for screen in SCREENS {
        for lang in Lang::BUILT_IN {
            let mut journey = Journey::start(Some(lang));
            journey.size = fitted(screen);
            assert_in_view(&mut journey, "welcome-continue", "welcome");
            journey.click_id("welcome-continue");
            let start = journey.app.content().i18n.text_with(
                lang,
                "home-start-lesson",
                &fluent::fluent_args!["number" => 1],
            );
            assert_text_in_view(&mut journey, start, "lessons");
            journey.type_char("4");
            assert_in_view(&mut journey, "lesson-next", "a lesson's first page");
            while !journey.sees_id("lesson-take-quiz") {
                journey.click_id("lesson-next");
                if !journey.sees_id("lesson-take-quiz") {
                    assert_in_view(&mut journey, "lesson-next", "a lesson page");
                }
            }
            assert_in_view(&mut journey, "lesson-take-quiz", "key points");
            journey.click_id("lesson-take-quiz");
            assert_in_view(&mut journey, "quiz-check", "a question");
            for question in 0..6 {
                // By number keys: in a window this small the options are
                // further down the page than the first screenful.
                for number in answer(&journey, question == 0) {
                    journey.type_char(&(number + 1).to_string());
                }
                assert_in_view(&mut journey, "quiz-check", "an answer chosen");
                journey.click_id("quiz-check");
                let next = if question == 5 {
                    "quiz-see-results"
                } else {
                    "quiz-next"
                };
                assert_in_view(&mut journey, next, "a checked answer");
                journey.click_id(next);
            }
            assert_in_view(&mut journey, "results-retry-missed", "results");
            journey.click_id("bar-help");
            assert_in_view(&mut journey, "help-close", "help");
            journey.click_id("help-close");
            journey.click_id("bar-settings");
            assert_in_view(&mut journey, "settings-close", "settings");
        }
    }
}

/// At the largest text size (the whole window scaled by 1.6) a laptop's
/// window is 768×432 in the app's own units, a netbook's 576×337.
#[test]
fn at_the_largest_text_size_quick_exit_and_the_way_on_stay_on_screen() {
    for screen in SCREENS {
        for lang in Lang::BUILT_IN {
            let mut journey = Journey::start(Some(lang));
            let window = fitted(screen);
            let scale = hifazat_core::settings::TextSize::Largest.scale();
            journey.size = Size::new(window.width / scale, window.height / scale);
            assert_in_view(&mut journey, "welcome-continue", "welcome");
            journey.click_id("welcome-continue");
            journey.type_char("2");
            assert_in_view(&mut journey, "lesson-next", "a lesson's first page");
        }
    }
}
