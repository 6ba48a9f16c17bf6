//! Quizzes that check understanding: a retry shows the options elsewhere,
//! and a passed lesson comes back days later for a short review, offered
//! on the home screen at home and never on a kiosk.

mod common;

use common::{Journey, content};
use hifazat::app::Screen;
use hifazat::screen::quiz::Purpose;
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::{KioskSettings, ManualClock};
use hifazat_core::review::{Day, ReviewPlan};
use hifazat_core::store::{self, Saved, VERSION};
use iced::keyboard::key::Named;

/// Presses the places of the right (or one wrong) option and checks.
fn answer_by_keys(journey: &mut Journey, right: bool) {
    let content = content();
    let course = &content.course;
    let quiz = journey.app.current_quiz().expect("on a quiz");
    let places = if right {
        quiz.right_places(course)
    } else {
        vec![quiz.wrong_place(course).expect("a wrong option")]
    };
    for place in places {
        journey.type_char(&(place + 1).to_string());
    }
    journey.press(Named::Enter); // check
    journey.press(Named::Enter); // next
}

/// The words of the options, top to bottom, as the reader sees them.
fn options_on_screen(journey: &Journey) -> Vec<usize> {
    journey
        .app
        .current_quiz()
        .expect("on a quiz")
        .order(&content().course)
}

#[test]
fn a_retry_asks_again_with_the_options_moved_and_keeps_the_first_score() {
    let mut journey = Journey::start(Some(Lang::En));
    journey.press(Named::Enter); // the notice
    journey.type_char("4"); // sextortion
    common::read_to_the_quiz_by_clicking(&mut journey);
    let content = content();
    let course = &content.course;
    let first = journey
        .app
        .current_quiz()
        .unwrap()
        .attempt
        .current()
        .unwrap();
    let first_order = options_on_screen(&journey);
    answer_by_keys(&mut journey, false);
    answer_by_keys(&mut journey, false);
    for _ in 0..4 {
        answer_by_keys(&mut journey, true);
    }
    assert!(journey.sees_id("results-not-yet"));
    assert!(journey.sees("You answered \u{2068}4\u{2069} of \u{2068}6\u{2069} questions correctly (\u{2068}67\u{2069}%)."), "{:?}", journey.texts());
    journey.press(Named::Enter); // try the missed ones again
    let again = journey
        .app
        .current_quiz()
        .unwrap()
        .attempt
        .current()
        .unwrap();
    let (_, was) = first.in_course(course).unwrap();
    let (_, now) = again.in_course(course).unwrap();
    assert_eq!(now.point, was.point, "a question on the same point");
    if again == first {
        let moved = options_on_screen(&journey);
        assert!(first_order.iter().zip(&moved).all(|(a, b)| a != b));
    } else {
        assert_ne!(now.id, was.id, "another question where the pool has one");
    }
    answer_by_keys(&mut journey, true);
    answer_by_keys(&mut journey, true);
    assert!(journey.sees("You passed this quiz."));
    let summary = format!(
        "On your first try you answered \u{2068}4\u{2069} of \u{2068}6\u{2069} questions correctly (\u{2068}67\u{2069}%). {}",
        journey.t("results-retry-all-right")
    );
    assert!(journey.sees(&summary), "{:?}", journey.texts());
    let kept = journey.app.progress().lesson("sextortion").unwrap();
    assert_eq!(
        (kept.passed, kept.best_percent, kept.attempts),
        (true, Some(67), 1)
    );
}

/// A saved file with every lesson's state as a returning reader has it.
fn saved_with_review_due(due: Day) -> Saved {
    let mut saved = Saved {
        version: VERSION,
        ..Saved::default()
    };
    saved.settings.language = Some(hifazat_core::i18n::LangCode::new("ur").unwrap());
    let passed = hifazat_core::quiz::Score {
        correct: 6,
        total: 6,
        pass_mark: 80,
    };
    saved
        .progress
        .quiz_finished("grooming", &passed, &passed, false, "2026-11-20".into());
    saved.progress.plan_review(
        "grooming",
        ReviewPlan {
            step: 0,
            due: due.iso(),
            missed: vec!["secret".into()],
            seen: vec![],
        },
    );
    saved
}

#[test]
fn a_due_review_is_offered_at_home_and_done_by_keyboard_alone_in_urdu() {
    let dir = tempfile::tempdir().unwrap();
    store::write_atomically(dir.path(), &saved_with_review_due(Day::today())).unwrap();
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::Ur));
    assert!(
        journey.sees_id("home-review-title"),
        "{:?}",
        journey.texts()
    );
    // The way on is not taken over: Enter still starts the next lesson.
    assert!(
        journey.sees_id("home-start-lesson") || journey.texts().iter().any(|t| t.contains("سبق"))
    );
    journey.type_char("8"); // the key after the seven lessons
    let Screen::Quiz(state) = journey.app.screen() else {
        panic!("on the review: {:?}", journey.app.screen());
    };
    assert_eq!(state.purpose, Purpose::Review(1));
    assert_eq!(state.attempt.place(), (1, 3), "three questions");
    let content = content();
    let mut review = state.attempt.clone();
    let mut asked = Vec::new();
    while let Some(question) = review.current() {
        let (_, question) = question.in_course(&content.course).unwrap();
        asked.push(question.id.clone());
        review.choose(&question.kind, 0);
        review.check(&question.kind);
        review.move_on();
    }
    assert!(
        asked.contains(&"secret".to_owned()),
        "what was missed is asked: {asked:?}"
    );
    for _ in 0..3 {
        answer_by_keys(&mut journey, true);
    }
    assert!(journey.sees_id("results-review-done"));
    let plan = journey
        .app
        .progress()
        .lesson("grooming")
        .unwrap()
        .review
        .clone()
        .unwrap();
    assert_eq!(
        (plan.step, plan.due.clone()),
        (1, Day::today().plus(7).iso())
    );
    assert!(plan.missed.is_empty());
    journey.press(Named::Enter); // back to the lessons
    assert!(
        !journey.sees_id("home-review-title"),
        "not due again for 7 days"
    );
    // What was saved: the next date, and nothing more about the reader.
    let saved = store::read(&dir.path().join(store::FILE_NAME))
        .unwrap()
        .unwrap();
    assert_eq!(
        saved.progress.lesson("grooming").unwrap().review,
        Some(plan)
    );
}

#[test]
fn a_review_not_yet_due_or_turned_off_is_not_offered() {
    let dir = tempfile::tempdir().unwrap();
    store::write_atomically(dir.path(), &saved_with_review_due(Day::today().plus(1))).unwrap();
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
    assert!(!journey.sees_id("home-review-title"));

    let dir = tempfile::tempdir().unwrap();
    let mut saved = saved_with_review_due(Day::today());
    saved.settings.reviews = hifazat_core::settings::Reviews::Off;
    store::write_atomically(dir.path(), &saved).unwrap();
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
    assert!(!journey.sees_id("home-review-title"));
    journey.type_char("8");
    assert!(
        matches!(journey.app.screen(), Screen::Home(_)),
        "the key does nothing"
    );
}

#[test]
fn passing_a_lesson_at_home_plans_its_first_review_in_two_days() {
    let mut journey = Journey::start(Some(Lang::En));
    journey.press(Named::Enter);
    journey.type_char("1");
    common::read_to_the_quiz_by_clicking(&mut journey);
    answer_by_keys(&mut journey, false);
    for _ in 0..5 {
        answer_by_keys(&mut journey, true);
    }
    let lesson = journey.app.progress().lesson("what-it-is").unwrap();
    let plan = lesson.review.as_ref().expect("a review is planned");
    assert_eq!(plan.due, Day::today().plus(2).iso());
    assert_eq!(plan.missed.len(), 1, "the missed question comes back first");
    assert_eq!(plan.seen.len(), 6);
}

#[test]
fn a_kiosk_never_plans_a_review() {
    let clock = ManualClock::new();
    let mut journey = Journey::kiosk(KioskSettings::default(), &clock);
    journey.click(&journey.t("kiosk-begin"));
    journey.click_id("welcome-continue");
    journey.type_char("1");
    common::read_to_the_quiz_by_clicking(&mut journey);
    for _ in 0..6 {
        answer_by_keys(&mut journey, true);
    }
    assert!(journey.sees_id("results-passed"));
    let lesson = journey.app.progress().lesson("what-it-is").unwrap();
    assert!(lesson.passed);
    assert_eq!(lesson.review, None, "no review on a kiosk");
    journey.press(Named::Enter);
    assert!(!journey.sees_id("home-review-title"));
}
