//! Whole journeys through the real app, as a reader makes them.

mod common;

use common::{
    Journey, answer_with_clicks, content, read_to_the_quiz_by_clicking, right_option_labels,
    wrong_option_labels,
};
use hifazat::app::{Config, Screen};
use hifazat_core::course::ids;
use hifazat_core::i18n::Lang;
use hifazat_core::store::Store;
use iced::keyboard::Key;
use iced::keyboard::key::Named;

/// The message id of a lesson's section, by position.
fn section_id(lesson: usize, section: usize) -> String {
    let content = content();
    let lesson = &content.course.lessons[lesson];
    ids::section(lesson, &lesson.sections[section])
}

fn why_text(journey: &Journey) -> String {
    let Screen::Quiz(state) = journey.app.screen() else {
        panic!("not on a quiz");
    };
    let content = content();
    let (lesson, question) = state.question(&content.course).unwrap();
    content
        .i18n
        .attr(journey.app.lang(), &ids::question(lesson, question), "why")
}

#[test]
fn english_reader_learns_a_lesson_and_passes_its_quiz() {
    let mut journey = Journey::start(Some(Lang::En));
    assert!(
        journey.sees("Before you begin"),
        "the content notice comes first"
    );
    assert!(
        journey.sees("Quick exit (Esc)"),
        "quick exit is there before any content"
    );
    journey.click("I have read this, continue");

    let first_lesson = content()
        .i18n
        .text(Lang::En, &ids::lesson(&content().course.lessons[0]));
    assert!(journey.sees(&first_lesson));
    assert!(journey.sees("Not started"));
    journey.click("Start");
    assert!(journey.sees("What you will learn"));
    let first_section = content().i18n.text(Lang::En, &section_id(0, 0));
    assert!(journey.sees(&first_section));

    read_to_the_quiz_by_clicking(&mut journey);
    // Six drawn from the lesson's pool.
    let questions = journey.app.current_quiz().unwrap().attempt.place().1;
    assert_eq!(questions, 6);
    assert!(content().course.lessons[0].quiz.questions.len() >= 10);
    for number in 1..=questions {
        let right = right_option_labels(&journey);
        answer_with_clicks(&mut journey, &right);
        assert!(
            journey.sees("That's right."),
            "question {number}: {:?}",
            journey.texts()
        );
        assert!(
            journey.sees(&why_text(&journey)),
            "the explanation shows after checking"
        );
        journey.click(if number == questions {
            "See my result"
        } else {
            "Next question"
        });
    }

    assert!(journey.sees("You passed this quiz."));
    assert!(
        !journey.sees("Try the missed questions again"),
        "nothing missed, nothing to retry"
    );
    journey.click("Back to lessons");
    assert!(
        journey.sees("Passed · best score \u{2068}100\u{2069}%"),
        "{:?}",
        journey.texts()
    );
}

#[test]
fn urdu_reader_sees_why_an_answer_is_wrong_and_retries_the_missed_ones() {
    let mut journey = Journey::start(Some(Lang::Ur));
    assert!(journey.sees_id("welcome-notice-title"));
    journey.press(Named::Enter);
    journey.type_char("2");
    assert!(matches!(journey.app.screen(), Screen::Lesson(state) if state.lesson == 1));
    read_to_the_quiz_by_clicking(&mut journey);

    // Two wrong answers out of six: 66 %, below the 80 % pass mark.
    for number in 1..=6 {
        if number <= 2 {
            let wrong = wrong_option_labels(&journey);
            answer_with_clicks(&mut journey, &wrong);
            assert!(journey.sees_id("quiz-wrong"));
            assert!(
                journey.sees(&why_text(&journey)),
                "a wrong answer shows why"
            );
            // "Right answer", or on a choose-all question "you missed
            // this one".
            assert!(
                journey.sees_id("quiz-mark-right") || journey.sees_id("quiz-mark-missed"),
                "the right answer is marked in words"
            );
        } else {
            let right = right_option_labels(&journey);
            answer_with_clicks(&mut journey, &right);
            assert!(journey.sees_id("quiz-right"));
        }
        journey.click_id(if number == 6 {
            "quiz-see-results"
        } else {
            "quiz-next"
        });
    }
    assert!(journey.sees_id("results-not-yet"), "{:?}", journey.texts());
    journey.click_id("results-retry-missed");

    for number in 1..=2 {
        let right = right_option_labels(&journey);
        answer_with_clicks(&mut journey, &right);
        assert!(journey.sees_id("quiz-right"));
        journey.click_id(if number == 2 {
            "quiz-see-results"
        } else {
            "quiz-next"
        });
    }
    assert!(journey.sees_id("results-passed"), "{:?}", journey.texts());
    assert!(!journey.sees_id("results-retry-missed"));
    let lesson = &content().course.lessons[1].id;
    assert!(journey.app.progress().lesson(lesson).unwrap().passed);
}

#[test]
fn switching_language_mid_lesson_keeps_the_section() {
    let mut journey = Journey::start(Some(Lang::En));
    journey.click("I have read this, continue");
    journey.click("Start");
    journey.click("Next");
    journey.click("Next");
    let before = journey.app.screen().clone();
    assert!(matches!(&before, Screen::Lesson(state) if state.page == 2));

    journey.click("اردو");
    assert_eq!(journey.app.lang(), Lang::Ur);
    assert_eq!(journey.app.screen(), &before, "same lesson, same section");
    let section = content().i18n.text(Lang::Ur, &section_id(0, 2));
    assert!(journey.sees(&section), "{:?}", journey.texts());

    journey.click("English");
    assert_eq!(journey.app.screen(), &before);
    let english = content().i18n.text(Lang::En, &section_id(0, 2));
    assert!(journey.sees(&english));
}

#[test]
fn quick_exit_from_a_quiz_shows_only_a_neutral_page() {
    let mut journey = Journey::start(Some(Lang::En));
    journey.click("I have read this, continue");
    journey.click("Start");
    read_to_the_quiz_by_clicking(&mut journey);
    let right = right_option_labels(&journey);
    journey.click(&right[0]);
    let quiz = journey.app.screen().clone();
    let background = journey.app.theme().palette().background;

    journey.press(Named::Escape);
    assert_ne!(
        journey.app.theme().palette().background,
        background,
        "a new background colour makes the CPU renderer repaint the whole window, \
         so no speck of the quiz survives"
    );
    assert_eq!(
        journey.texts(),
        vec!["Welcome".to_owned(), "Continue".to_owned()]
    );
    assert_eq!(
        journey.app.title(),
        "Welcome",
        "the window title gives nothing away"
    );

    // Keys do nothing while the neutral page shows, except Enter.
    journey.type_char("2");
    journey.press(Named::PageDown);
    journey.press(Named::F1);
    assert_eq!(
        journey.texts(),
        vec!["Welcome".to_owned(), "Continue".to_owned()]
    );
    assert!(
        journey.app.overlay().is_none(),
        "nothing opened underneath either"
    );
    journey.press(Named::Enter);
    assert_eq!(
        journey.app.screen(),
        &quiz,
        "Enter returns, for keyboard-only readers"
    );
    journey.press(Named::Escape);

    journey.click("Continue");
    assert_eq!(
        journey.app.screen(),
        &quiz,
        "back exactly where the reader was"
    );
    assert!(journey.sees(&right[0]));

    journey.click("Quick exit (Esc)");
    assert_eq!(
        journey.texts(),
        vec!["Welcome".to_owned(), "Continue".to_owned()]
    );
}

#[test]
fn quick_exit_in_urdu_is_plain_urdu() {
    let mut journey = Journey::start(Some(Lang::Ur));
    journey.click_id("bar-quick-exit");
    assert_eq!(
        journey.texts(),
        vec![journey.t("neutral-welcome"), journey.t("neutral-continue")]
    );
}

#[test]
fn a_quiz_can_be_taken_with_the_keyboard_alone() {
    let mut journey = Journey::start(Some(Lang::En));
    journey.press(Named::Enter);
    journey.press(Named::Enter); // opens the first lesson not yet passed
    for _ in 0..5 {
        journey.press(Named::PageDown);
    }
    journey.press(Named::PageUp);
    journey.press(Named::ArrowRight);
    assert!(journey.sees("Remember"));
    journey.press(Named::Enter);

    let content = content();
    for _ in 0..6 {
        let quiz = journey.app.current_quiz().expect("on the quiz");
        for place in quiz.right_places(&content.course) {
            journey.type_char(&(place + 1).to_string());
        }
        journey.press(Named::Enter); // check
        assert!(journey.sees("That's right."));
        journey.press(Named::Enter); // next
    }
    assert!(journey.sees("You passed this quiz."));
    // The main button goes on along the course: the next lesson.
    journey.press(Named::Enter);
    assert!(
        matches!(journey.app.screen(), Screen::Lesson(state) if state.lesson == 1 && state.page == 0),
        "{:?}",
        journey.app.screen()
    );
}

#[test]
fn arrows_are_mirrored_in_urdu() {
    let mut journey = Journey::start(Some(Lang::Ur));
    journey.press(Named::Enter);
    journey.press(Named::Enter);
    journey.press(Key::Named(Named::ArrowLeft));
    assert!(matches!(journey.app.screen(), Screen::Lesson(state) if state.page == 1));
    journey.press(Key::Named(Named::ArrowRight));
    assert!(matches!(journey.app.screen(), Screen::Lesson(state) if state.page == 0));
}

#[test]
fn without_a_known_language_the_welcome_screen_asks() {
    let mut journey = Journey::start(None);
    assert!(journey.sees(&content().i18n.text(Lang::Ur, "welcome-choose-language")));
    assert!(journey.sees("Choose your language"));
    assert!(!journey.sees("Before you begin"));
    journey.type_char("2"); // the second choice: English

    assert_eq!(journey.app.lang(), Lang::En);
    assert!(journey.sees("Before you begin"));
}

#[test]
fn the_last_language_chosen_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let config = || Config {
        lang: None,
        store: Store::open(dir.path()).unwrap(),
        ..Config::default()
    };
    let mut first = Journey::with_config(config());
    first.click("اردو");
    first.click("English");
    first.click("اردو");
    assert_eq!(first.app.lang(), Lang::Ur);
    drop(first); // the app closes, and with it its lock on the folder

    let mut second = Journey::with_config(config());
    assert_eq!(second.app.lang(), Lang::Ur);
    assert!(
        second.sees_id("welcome-notice-title"),
        "no need to ask again"
    );
    drop(second);

    let mut third = Journey::with_config(Config {
        lang: Some(Lang::En),
        ..config()
    });
    assert!(
        third.sees("Before you begin"),
        "--lang wins over the last choice"
    );
}

#[test]
fn help_is_one_click_away_and_returns_to_the_same_place() {
    let mut journey = Journey::start(Some(Lang::En));
    journey.click("I have read this, continue");
    journey.click("Start");
    journey.click("Next");
    let lesson = journey.app.screen().clone();
    journey.click("Help");
    assert!(journey.sees("Where to get help"));
    assert!(
        journey.sees("1121"),
        "Pakistan's child protection helpline is listed"
    );
    // Every Pakistan entry is now confirmed (sources in assets/help.ron),
    // so none carries the warning.
    assert!(!journey.sees("Unconfirmed: check this number before you rely on it."));
    assert!(
        journey.sees("takeitdown.ncmec.org"),
        "worldwide channels show with any country"
    );
    assert!(
        !journey.sees("1098"),
        "only the chosen country's own channels"
    );
    journey.click("India");
    assert!(journey.sees("1098") && journey.sees("cybercrime.gov.in"));
    assert!(!journey.sees("1121"));
    journey.type_char("1"); // back to the first country, Pakistan, by key
    assert!(journey.sees("1121"));
    journey.click("Back");
    assert!(!journey.app.is_help_open());
    assert_eq!(journey.app.screen(), &lesson);
}

#[test]
fn the_bar_language_switch_also_answers_the_language_question() {
    let mut journey = Journey::start(None);
    journey.click("English"); // the bar's switch comes first in the view
    assert_eq!(journey.app.lang(), Lang::En);
    assert!(journey.sees("Before you begin"));
}

/// Checking an answer (here with Enter) keeps the question in view: the
/// verdict and the way on are in the bar at the bottom of the window, the
/// explanation right below the options. Choosing does not scroll; a new
/// question starts at the top.
#[test]
fn checking_an_answer_keeps_the_question_in_view() {
    use hifazat::keys::KeyAction;
    let mut journey = Journey::start(Some(Lang::En));
    journey.press(Named::Enter);
    journey.type_char("3");
    while !journey.sees_id("lesson-take-quiz") {
        journey.press(Named::PageDown);
    }
    journey.press(Named::Enter);
    let mut key = |action| {
        let message = journey.app.on_key(action).expect("the quiz takes the key");
        journey.app.update(message)
    };
    let choose = key(KeyAction::Choose(0));
    assert_eq!(choose.units(), 0, "choosing keeps the page still");
    let check = key(KeyAction::Confirm);
    assert_eq!(
        check.units(),
        0,
        "checking keeps the question in view: the verdict is in the bottom bar"
    );
    let next = key(KeyAction::Confirm);
    assert_eq!(next.units(), 1, "the next question starts at the top");
}

/// A click or key that was already on its way when quick exit came (both
/// in one batch of events) must not act under the neutral page.
#[test]
fn nothing_acts_under_the_neutral_page() {
    use hifazat::app::Message;
    use hifazat::screen::lesson;
    let mut journey = Journey::start(Some(Lang::En));
    journey.click_id("welcome-continue");
    journey.type_char("1");
    let before = journey.app.screen().clone();
    journey.update(Message::QuickExit);
    journey.update(Message::Lesson(lesson::Message::Next));
    journey.update(Message::OpenSettings);
    assert_eq!(journey.app.screen(), &before, "the page did not turn");
    assert!(journey.app.overlay().is_none(), "nothing opened");
    assert_eq!(journey.app.title(), journey.t("neutral-welcome"));
    journey.press(Named::Enter);
    assert_eq!(journey.app.screen(), &before);
    assert!(journey.sees_id("lesson-next"));
}

/// A choose-all answer that is partly right says so, marks the right
/// option that was missed and the chosen one that was not right, each with
/// a mark and words as well as a colour.
#[test]
fn a_partly_right_choose_all_answer_shows_what_was_missed() {
    use hifazat_core::course::QuestionKind;
    for lang in Lang::BUILT_IN {
        let mut journey = Journey::start(Some(lang));
        journey.press(Named::Enter);
        journey.type_char("1");
        while !journey.sees_id("lesson-take-quiz") {
            journey.press(Named::PageDown);
        }
        journey.press(Named::Enter);
        let content = content();
        loop {
            let quiz = journey.app.current_quiz().expect("on the quiz");
            let (_, question) = quiz.question(&content.course).expect("a question");
            // Places on screen, as the number keys press them.
            let right = quiz.right_places(&content.course);
            if let QuestionKind::SelectAll { .. } = question.kind {
                assert!(
                    right.len() >= 2,
                    "a choose-all question with two right options"
                );
                let wrong = quiz.wrong_place(&content.course).expect("a wrong option");
                journey.type_char(&(right[0] + 1).to_string());
                journey.type_char(&(wrong + 1).to_string());
                journey.press(Named::Enter);
                break;
            }
            for option in right {
                journey.type_char(&(option + 1).to_string());
            }
            journey.press(Named::Enter);
            journey.press(Named::Enter);
        }
        assert!(journey.sees_id("quiz-partly-right"), "{lang}");
        assert!(
            journey.sees_id("quiz-mark-missed"),
            "{lang}: the right one not chosen"
        );
        assert!(
            journey.sees_id("quiz-mark-not-right"),
            "{lang}: the wrong one chosen"
        );
        assert!(
            journey.sees("✘") && journey.sees("✔"),
            "{lang}: marks, not colour alone"
        );
    }
}

/// In Urdu a true/false statement is درست or غلط; an answer is صحیح or not.
/// The screen must never show "true" and "correct" in one word.
#[test]
fn urdu_true_and_false_differ_from_right_and_wrong() {
    let journey = Journey::start(Some(Lang::Ur));
    let truth = journey.t("quiz-true");
    for verdict in [
        "quiz-right",
        "quiz-wrong",
        "quiz-partly-right",
        "quiz-mark-right",
        "quiz-mark-not-right",
    ] {
        assert!(
            !journey.t(verdict).contains(&truth),
            "{verdict}: {}",
            journey.t(verdict)
        );
    }
}

/// Answers every question of the quiz on screen rightly, by keys.
fn pass_the_quiz(journey: &mut Journey) {
    let content = content();
    while let Some(quiz) = journey.app.current_quiz() {
        if quiz.attempt.is_finished() {
            break;
        }
        for place in quiz.right_places(&content.course) {
            journey.type_char(&(place + 1).to_string());
        }
        journey.press(Named::Enter); // check
        journey.press(Named::Enter); // next
    }
}

/// The course has a path: each passed quiz leads to the next lesson, the
/// lessons list counts what is passed and marks it, and passing the last
/// one shows the end of the course, with the help contacts to keep.
#[test]
fn the_course_leads_from_lesson_to_lesson_to_its_end() {
    let documents = tempfile::tempdir().expect("temp dir");
    let mut journey = Journey::with_config(hifazat::app::Config {
        lang: Some(Lang::En),
        documents: Some(documents.path().to_owned()),
        ..hifazat::app::Config::default()
    });
    let passed = |count: i64| {
        content().i18n.text_with(
            Lang::En,
            "home-course-progress",
            &fluent::fluent_args!["passed" => count, "total" => 7],
        )
    };
    journey.press(Named::Enter);
    assert!(journey.sees(&passed(0)));
    journey.press(Named::Enter); // the first lesson not yet passed
    for lesson in 0..7 {
        assert!(
            matches!(journey.app.screen(), Screen::Lesson(state) if state.lesson == lesson),
            "lesson {lesson}: {:?}",
            journey.app.screen()
        );
        while !journey.sees_id("lesson-take-quiz") {
            journey.press(Named::PageDown);
        }
        journey.press(Named::Enter);
        pass_the_quiz(&mut journey);
        assert!(journey.sees("You passed this quiz."), "lesson {lesson}");
        if lesson < 6 {
            assert!(journey.sees_id("results-next-lesson"));
        }
        journey.press(Named::Enter);
    }
    // Every lesson passed: a final check of ten questions from across the
    // course comes before the end.
    assert!(
        journey.sees("Question \u{2068}1\u{2069} of \u{2068}10\u{2069}"),
        "{:?}",
        journey.texts()
    );
    let final_lessons: std::collections::BTreeSet<usize> = {
        let Screen::Quiz(state) = journey.app.screen() else {
            panic!("on the final check");
        };
        assert_eq!(state.purpose, hifazat::screen::quiz::Purpose::Final);
        let mut attempt = state.attempt.clone();
        let content = content();
        let mut lessons = std::collections::BTreeSet::new();
        while let Some(asked) = attempt.current() {
            lessons.insert(asked.lesson);
            let kind = &asked.in_course(&content.course).unwrap().1.kind;
            attempt.choose(kind, 0);
            attempt.check(kind);
            attempt.move_on();
        }
        lessons
    };
    assert_eq!(final_lessons.len(), 7, "every lesson is in the final check");
    pass_the_quiz(&mut journey);
    assert!(journey.sees("You passed this quiz."));
    assert!(journey.sees_id("results-final-passed-detail"));
    assert_eq!(
        journey.app.progress().finished.as_deref(),
        Some(hifazat_core::review::Day::today().iso().as_str())
    );
    journey.press(Named::Enter);
    assert!(journey.sees_id("complete-title"), "{:?}", journey.texts());
    assert!(
        journey
            .texts()
            .iter()
            .any(|text| text.starts_with("Finished on")),
        "the day the course was finished: {:?}",
        journey.texts()
    );
    let content = content();
    for lesson in &content.course.lessons {
        assert!(journey.sees(&journey.t(&hifazat_core::course::ids::lesson(lesson))));
    }
    assert!(
        journey.sees("takeitdown.ncmec.org"),
        "the help contacts, to keep"
    );
    journey.click_id("agenda-export");
    assert!(
        documents.path().join("hifazat-handout-en.html").exists(),
        "the whole course's handout"
    );
    journey.click_id("results-back-to-lessons");
    assert!(journey.sees(&passed(7)));
    assert!(journey.sees("✔"), "passed lessons are marked");
    assert!(journey.sees_id("complete-title"));
}

/// The help screen's first caution names the chosen country's emergency
/// number (not always Pakistan's 15), and a contact's date reads as a
/// month and a year in the reader's language.
#[test]
fn help_names_the_chosen_countrys_emergency_number_and_dates_in_words() {
    let content = content();
    let emergency = |lang: Lang, country: &str| {
        let words = hifazat_core::i18n::Words {
            i18n: &content.i18n,
            lang,
        };
        content.help.emergency_words(&words, country)
    };
    for lang in Lang::BUILT_IN {
        let mut journey = Journey::start(Some(lang));
        journey.click_id("bar-help");
        assert!(journey.sees(&emergency(lang, "pk")), "{lang}");
        assert!(emergency(lang, "pk").contains("15"));
        let philippines = journey.t("country-ph");
        journey.click(&philippines);
        assert!(journey.sees(&emergency(lang, "ph")), "{lang}");
        assert!(emergency(lang, "ph").contains("911") && !emergency(lang, "ph").contains("15"));
        let india = journey.t("country-in");
        journey.click(&india);
        assert_eq!(
            emergency(lang, "in"),
            journey.t("help-emergency"),
            "no number on file"
        );
        // Every Indian entry was last checked in December 2026.
        let month = journey.t("month-12");
        assert!(
            journey
                .texts()
                .iter()
                .any(|text| text.contains(&month) && text.contains("2026")),
            "{lang}: {:?}",
            journey.texts()
        );
        assert!(!journey.texts().iter().any(|text| text.contains("2026-12")));
    }
}

#[test]
fn an_unconfirmed_number_is_shown_with_its_warning() {
    let mut content = hifazat_core::content::Content::embedded().expect("built-in content");
    let nccia = content
        .help
        .entries
        .iter_mut()
        .find(|entry| entry.id == "pk-nccia")
        .expect("the NCCIA entry");
    nccia.status = hifazat_core::help::Status::Unconfirmed;
    let mut journey = Journey::with_content(
        std::sync::Arc::new(content),
        common::home_config(Some(Lang::En)),
    );
    journey.click("I have read this, continue");
    journey.click("Help");
    assert!(journey.sees("1799"));
    assert!(journey.sees("Unconfirmed: check this number before you rely on it."));
}
