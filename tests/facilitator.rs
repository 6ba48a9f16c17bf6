//! Facilitator mode, as a workshop facilitator uses it: plan the lessons,
//! present them with a clicker's keys, reveal quiz answers to the group,
//! blank the projector, read the notes, and save a handout.

mod common;

use common::{Journey, content};
use fluent::FluentArgs;
use hifazat::app::{Config, Message, Screen};
use hifazat_core::course::ids;
use hifazat_core::i18n::Lang;
use hifazat_core::presenter::Slide;
use iced::Size;
use iced::keyboard::Key;
use iced::keyboard::key::Named;

const PROJECTOR: Size = Size::new(1920.0, 1080.0);

fn facilitator(lang: Lang, documents: Option<&std::path::Path>) -> Journey {
    Journey::with_config(Config {
        lang: Some(lang),
        facilitator: true,
        documents: documents.map(|dir| dir.to_owned()),
        ..Config::default()
    })
}

fn slide(journey: &Journey) -> Slide {
    match journey.app.screen() {
        Screen::Slides(slides) => slides.presenter.slide(),
        other => panic!("not presenting: {other:?}"),
    }
}

fn t(lang: Lang, id: &str) -> String {
    content().i18n.text(lang, id)
}

#[test]
fn a_lesson_is_presented_with_the_clicker_in_both_languages() {
    for lang in Lang::BUILT_IN {
        let mut journey = facilitator(lang, None);
        assert!(journey.sees_id("agenda-title"));
        journey.press(Named::Enter);
        let lesson = &content().course.lessons[0];
        assert!(
            journey.sees(&t(lang, &ids::lesson(lesson))),
            "{lang}: the title slide"
        );
        assert!(
            !journey.sees_id("bar-quick-exit"),
            "{lang}: nothing but the slide"
        );

        journey.press(Named::PageDown);
        assert_eq!(
            slide(&journey),
            Slide::Section {
                lesson: 0,
                section: 0
            }
        );
        let section = ids::section(lesson, &lesson.sections[0]);
        assert!(
            journey.sees(&t(lang, &section)),
            "{lang}: the first section"
        );
        let total = 2 + lesson.sections.len() + lesson.discussion.len() + lesson.quiz.draw;
        let mut args = fluent::FluentArgs::new();
        args.set("lesson", 1);
        args.set("current", 2);
        args.set("total", total as i64);
        let place = content().i18n.text_with(lang, "presenter-place", &args);
        assert!(
            journey.sees(&place),
            "{lang}: {place:?} in {:?}",
            journey.texts()
        );

        // On to the discussion, then the first question.
        while !matches!(slide(&journey), Slide::Discussion { .. }) {
            journey.press(Key::Named(Named::Space));
        }
        assert!(journey.sees_id("presenter-discussion-title"), "{lang}");
        while !matches!(slide(&journey), Slide::Question { .. }) {
            journey.press(Named::PageDown);
        }
        let why_of = |journey: &Journey| {
            let Slide::Question { question, .. } = slide(journey) else {
                panic!("a question slide");
            };
            content().i18n.attr(
                lang,
                &ids::question(lesson, &lesson.quiz.questions[question]),
                "why",
            )
        };
        let why = why_of(&journey);
        assert!(
            !journey.sees(&why),
            "{lang}: the answer waits for the group"
        );
        // The facilitator may ask the group another question from the pool.
        let before = slide(&journey);
        journey.click_id("presenter-another-question");
        assert!(matches!(slide(&journey), Slide::Question { .. }));
        assert_ne!(slide(&journey), before, "{lang}: another question");
        let why = why_of(&journey);
        assert!(!journey.sees(&why), "{lang}: its answer waits too");
        journey.click_id("presenter-reveal");
        assert!(journey.sees(&why), "{lang}: revealed");
        assert!(
            journey.sees_id("quiz-mark-right"),
            "{lang}: the right option is marked"
        );

        // B blanks the projector and brings it back.
        journey.type_char("b");
        assert!(
            journey.texts().is_empty(),
            "{lang}: blank: {:?}",
            journey.texts()
        );
        journey.type_char("n");
        assert!(
            journey.texts().is_empty(),
            "{lang}: notes never show on a blanked screen"
        );
        journey.type_char("n");
        journey.type_char("b");
        assert!(journey.sees(&why), "{lang}: back where it was");

        // Home and End stay in the lesson.
        journey.press(Named::Home);
        assert_eq!(slide(&journey), Slide::Title { lesson: 0 });
        journey.press(Named::End);
        assert_eq!(slide(&journey).lesson(), Some(0));
        journey.press(Named::PageDown);
        assert!(
            journey.sees_id("presenter-answer-title"),
            "{lang}: the last answer first"
        );
        journey.press(Named::PageDown);
        assert_eq!(
            slide(&journey),
            Slide::Title { lesson: 1 },
            "{lang}: next lesson"
        );
    }
}

#[test]
fn arrows_follow_the_reading_direction_on_slides() {
    let mut journey = facilitator(Lang::Ur, None);
    journey.press(Named::Enter);
    journey.press(Named::ArrowLeft);
    assert_eq!(
        slide(&journey),
        Slide::Section {
            lesson: 0,
            section: 0
        },
        "← is forward in Urdu"
    );
    journey.press(Named::ArrowRight);
    assert_eq!(slide(&journey), Slide::Title { lesson: 0 });
}

#[test]
fn the_plan_chooses_and_orders_lessons_and_adds_up_the_time() {
    let course = &content().course;
    let total_text = |lessons: &[usize]| {
        let minutes: u32 = lessons
            .iter()
            .map(|&l| hifazat_core::presenter::timing(&course.lessons[l]).total())
            .sum();
        // To the nearest five minutes, in hours and minutes.
        let minutes = (minutes + 2) / 5 * 5;
        let mut args = FluentArgs::new();
        args.set("hours", minutes / 60);
        args.set("minutes", minutes % 60);
        content().i18n.text_with(Lang::En, "agenda-total", &args)
    };
    let mut journey = Journey::start(Some(Lang::En));
    journey.click("I have read this, continue");
    journey.click_id("home-facilitator");
    let whole_course = total_text(&[0, 1, 2, 3, 4, 5, 6]);
    assert!(journey.sees(&whole_course));
    assert_eq!(
        whole_course.replace(['\u{2068}', '\u{2069}'], ""),
        "In all: about 3 hours and 50 minutes",
        "a whole workshop is said in hours"
    );
    // "Remove" on the first chosen lesson, seven times: none left.
    for _ in 0..7 {
        journey.click_id("agenda-remove");
    }
    assert!(journey.sees(&total_text(&[])));
    assert!(journey.sees_id("agenda-empty"));
    // "Add" on the first lesson not chosen, twice: lessons 1 and 2.
    journey.click_id("agenda-add");
    journey.click_id("agenda-add");
    assert!(journey.sees(&total_text(&[0, 1])), "{:?}", journey.texts());
    // Lesson 1 later (its "Move down" is the first one), so lesson 2 leads.
    journey.click_id("agenda-later");
    journey.press(Named::Enter);
    assert_eq!(
        slide(&journey),
        Slide::Title { lesson: 1 },
        "lesson 2 was moved first"
    );
    let slides_in = |l: usize| {
        let lesson = &course.lessons[l];
        2 + lesson.sections.len() + lesson.discussion.len() + 2 * lesson.quiz.draw
    };
    // Every question takes two presses: the answer, then on.
    for _ in 0..slides_in(1) + slides_in(0) {
        journey.press(Named::PageDown);
    }
    assert_eq!(slide(&journey), Slide::End, "two lessons, then the end");
    journey.press(Named::PageDown);
    assert!(
        journey.sees_id("agenda-title"),
        "next on the end slide is the plan"
    );
    assert!(journey.sees(&total_text(&[1, 0])), "today's plan is kept");
}

#[test]
fn n_shows_the_notes_with_timing_guidance_and_help() {
    let mut journey = facilitator(Lang::En, None);
    journey.press(Named::Enter);
    journey.type_char("n");
    assert!(journey.sees_id("notes-title"));
    assert!(journey.sees_id("notes-guidance-disclosure"));
    assert!(journey.sees_id("notes-guidance-secrecy"));
    let timing = hifazat_core::presenter::timing(&content().course.lessons[0]);
    let timing_line = journey
        .texts()
        .into_iter()
        .find(|text| text.contains(&format!("\u{2068}{}\u{2069} minutes", timing.lesson)));
    assert!(timing_line.is_some(), "{:?}", journey.texts());
    assert!(
        journey.sees("15"),
        "the emergency contact of the help directory"
    );
    journey.type_char("n");
    assert!(!journey.sees_id("notes-title"));
    assert_eq!(slide(&journey), Slide::Title { lesson: 0 });
}

#[test]
fn quick_exit_works_on_the_projector_too() {
    let mut journey = facilitator(Lang::Ur, None);
    journey.press(Named::Enter);
    journey.press(Named::Escape);
    assert!(journey.sees_id("neutral-welcome"));
}

#[test]
fn a_handout_is_saved_from_the_plan() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut journey = facilitator(Lang::Ur, Some(dir.path()));
    journey.click_id("agenda-export");
    let path = dir.path().join("hifazat-handout-ur.html");
    let html = std::fs::read_to_string(&path).expect("the handout was written");
    assert!(html.contains("dir=\"rtl\""));
    let texts = journey.texts();
    let said = texts
        .iter()
        .any(|text| text.contains("hifazat-handout-ur.html"));
    assert!(said, "the plan says where it went: {texts:?}");
    let full_path = dir.path().display().to_string();
    assert!(
        !texts.iter().any(|text| text.contains(&full_path)),
        "but not the whole path, which may be on a projector"
    );
}

/// The handout's name is fixed: our own earlier one there is replaced
/// whole, but a link put in its place is refused, never written through.
#[cfg(unix)]
#[test]
fn a_handout_replaces_an_earlier_one_but_never_writes_through_a_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("hifazat-handout-en.html");
    std::fs::write(&path, "yesterday's handout").expect("written");
    let mut journey = facilitator(Lang::En, Some(dir.path()));
    journey.click_id("agenda-export");
    let html = std::fs::read_to_string(&path).expect("the handout was written");
    assert!(html.starts_with("<!DOCTYPE html>"), "replaced whole");

    let elsewhere = tempfile::tempdir().expect("temp dir");
    let victim = elsewhere.path().join("victim.txt");
    std::fs::write(&victim, "precious").expect("written");
    std::fs::remove_file(&path).expect("removed");
    std::os::unix::fs::symlink(&victim, &path).expect("linked");
    let mut journey = facilitator(Lang::En, Some(dir.path()));
    journey.click_id("agenda-export");
    assert!(
        journey
            .texts()
            .iter()
            .any(|text| text.contains("does not write through links")),
        "the facilitator is told why: {:?}",
        journey.texts()
    );
    assert_eq!(std::fs::read_to_string(&victim).expect("read"), "precious");
    assert_eq!(std::fs::read_link(&path).expect("still a link"), victim);
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listed")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["hifazat-handout-en.html"], "no temporary file left");
}

#[test]
fn slides_and_notes_look_right() {
    let mut journey = facilitator(Lang::Ur, None);
    assert!(journey.snapshot("agenda-ur", Size::new(1280.0, 2600.0)));
    journey.press(Named::Enter);
    assert!(journey.snapshot("slide-title-ur", PROJECTOR));
    journey.press(Named::PageDown);
    assert!(journey.snapshot("slide-section-ur", PROJECTOR));
    while !matches!(slide(&journey), Slide::Question { .. }) {
        journey.press(Named::PageDown);
    }
    journey.press(Named::PageDown);
    assert!(journey.snapshot("slide-question-revealed-ur", PROJECTOR));
    journey.type_char("n");
    assert!(journey.snapshot("notes-ur", Size::new(1280.0, 860.0)));

    let mut journey = facilitator(Lang::En, None);
    journey.press(Named::Enter);
    assert!(journey.snapshot("slide-title-en", PROJECTOR));
    journey.press(Named::PageDown);
    assert!(journey.snapshot("slide-section-en", PROJECTOR));
    for _ in 0..6 {
        journey.press(Named::PageDown);
    }
    assert!(journey.snapshot("slide-discussion-en", PROJECTOR));
}

#[test]
fn the_notes_open_in_their_own_window_for_a_second_screen() {
    let mut journey = facilitator(Lang::En, None);
    journey.click_id("agenda-notes-window");
    let notes = journey.app.notes_window().expect("a notes window");
    journey.press(Named::Enter);
    journey.press(Named::PageDown);
    journey.type_char("n");
    assert!(
        !journey.sees_id("notes-title"),
        "the projector keeps the slide"
    );
    assert_eq!(
        slide(&journey),
        Slide::Section {
            lesson: 0,
            section: 0
        }
    );

    let lesson_title = t(Lang::En, &ids::lesson(&content().course.lessons[0]));
    let texts = journey.texts_in_window(notes);
    assert!(texts.contains(&t(Lang::En, "notes-title")), "{texts:?}");
    assert!(texts.contains(&lesson_title), "the notes follow the slides");
    assert!(!texts.contains(&t(Lang::En, "presenter-back-to-slides")));

    journey.press(Named::Escape);
    let texts = journey.texts_in_window(notes);
    assert!(
        !texts.contains(&lesson_title),
        "quick exit empties the notes window too: {texts:?}"
    );
    assert!(texts.contains(&t(Lang::En, "neutral-welcome")));
    journey.press(Named::Enter);

    let _ = journey
        .app
        .update(Message::Window(hifazat::app::WindowEvent::Closed(notes)));
    assert_eq!(journey.app.notes_window(), None);
    journey.type_char("n");
    assert!(
        journey.sees_id("notes-title"),
        "with one screen again, N shows the notes here"
    );
}

/// The window requests behind the slides: full screen for the projector
/// when presenting starts, an ordinary window again back at the plan, and
/// the notes' own window opened once and then only brought forward.
#[test]
fn presenting_asks_for_full_screen_and_the_plan_gives_it_back() {
    let mut journey = common::Journey::boot(Config {
        lang: Some(Lang::En),
        facilitator: true,
        ..Config::default()
    });
    assert_eq!(journey.window_requests, ["open"], "the main window");
    journey.click_id("agenda-notes-window");
    journey.click_id("agenda-notes-window");
    assert_eq!(journey.window_requests, ["open", "open", "focus"]);
    journey.window_requests.clear();
    journey.press(Named::Enter);
    assert_eq!(journey.window_requests, ["fullscreen"]);
    journey.press(Named::End);
    journey.type_char("b");
    journey.type_char("b");
    assert_eq!(
        journey.window_requests,
        ["fullscreen"],
        "keys ask nothing of the window"
    );
    while !matches!(slide(&journey), Slide::End) {
        journey.press(Named::PageDown);
    }
    journey.press(Named::PageDown);
    assert!(journey.sees_id("agenda-title"), "back at the plan");
    assert_eq!(journey.window_requests, ["fullscreen", "windowed"]);
}

/// The last slide shows the help contacts for the country, so a group
/// leaves with them even when no handout was printed.
#[test]
fn the_closing_slide_shows_the_help_contacts() {
    for lang in Lang::BUILT_IN {
        let mut journey = facilitator(lang, None);
        journey.press(Named::Enter);
        journey.press(Named::End);
        while !matches!(slide(&journey), Slide::End) {
            journey.press(Named::PageDown);
        }
        assert!(journey.sees_id("presenter-end-title"));
        for number in ["1121", "1799", "takeitdown.ncmec.org"] {
            assert!(
                journey.sees(number),
                "{lang} {number}: {:?}",
                journey.texts()
            );
        }
    }
}
