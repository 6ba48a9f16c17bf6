//! Listen, driven as a reader would: the L key or the bar's button, with a
//! recording voice that writes down each line it is asked to say and
//! says it until the test ends the line. Each step checks what was said,
//! in which voice, and which line is marked on screen.

mod common;

use common::{Journey, content};
use hifazat::app::{Config, ListenMessage, Message, Voice};
use hifazat_core::course::ids;
use hifazat_core::i18n::{Lang, paragraphs};
use hifazat_core::kiosk::config::KioskListen;
use hifazat_core::kiosk::{KioskSettings, KioskSetup, ManualClock};
use hifazat_core::speech::espeak::Ended;
use hifazat_core::speech::{Lexicon, Recorder, script, spoken::spoken};
use hifazat_core::store::Store;
use iced::keyboard::Key;
use iced_test::selector::Candidate;

fn listening_journey(lang: Lang, recorder: &Recorder) -> Journey {
    Journey::with_config(Config {
        lang: Some(lang),
        store: Store::in_memory(),
        voice: Voice::Recording(recorder.clone()),
        ..Config::default()
    })
}

/// Past the notice, to the first page of the first lesson.
fn to_first_lesson(journey: &mut Journey) {
    journey.click_id("welcome-continue");
    journey.click_id("home-start");
}

/// The texts inside the marked line, in layout order.
fn marked(journey: &mut Journey) -> Vec<String> {
    let mut texts = Vec::new();
    journey.simulate(|ui| {
        let mut mark = None;
        let _ = ui.find(|candidate: Candidate<'_>| {
            match candidate {
                Candidate::Container {
                    id: Some(id),
                    bounds,
                    ..
                } if *id == iced::widget::Id::new(hifazat::widget::READING) => {
                    mark = Some(bounds);
                }
                Candidate::Text {
                    bounds, content, ..
                } if mark.is_some_and(|mark: iced::Rectangle| mark.contains(bounds.center())) => {
                    texts.push(content.to_owned());
                }
                _ => {}
            }
            None::<()>
        });
    });
    texts
}

/// The line being said ends, as the voice would report it.
fn line_said(journey: &mut Journey) {
    let turn = journey.app.listening_turn().expect("the app is reading");
    journey.update(Message::Listen(ListenMessage::LineEnded {
        turn,
        ended: Ended::Said,
    }));
}

fn press_l(journey: &mut Journey) {
    journey.press(Key::Character("l".into()));
}

/// The lines of a lesson page as `hifazat audio` reads them.
fn lesson_page(lang: Lang, lesson: usize, page: usize) -> Vec<String> {
    let c = content();
    let words = hifazat_core::i18n::Words {
        i18n: &c.i18n,
        lang,
    };
    script::lesson_page(&c.course, words, lesson, page)
}

/// What the voice is given for `written` in `lang`.
fn said(lang: Lang, written: &str) -> String {
    spoken(written, &Lexicon::built_in(lang))
}

#[test]
fn an_english_lesson_page_is_read_line_by_line_with_each_line_marked() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::En, &recorder);
    to_first_lesson(&mut journey);
    assert!(
        marked(&mut journey).is_empty(),
        "nothing is marked before Listen"
    );

    press_l(&mut journey);
    let expected = lesson_page(Lang::En, 0, 0);
    let c = content();
    let lesson = &c.course.lessons[0];
    assert_eq!(expected[0], c.i18n.text(Lang::En, &ids::lesson(lesson)));
    let body = c
        .i18n
        .attr(Lang::En, &ids::section(lesson, &lesson.sections[0]), "body");
    let first_paragraph = paragraphs(&body).next().unwrap().to_owned();
    assert!(expected.contains(&first_paragraph));

    for (step, line) in expected.iter().enumerate() {
        let said_so_far = recorder.said();
        assert_eq!(said_so_far.len(), step + 1, "one line at a time");
        let last = said_so_far.last().unwrap();
        assert_eq!(last.text, said(Lang::En, line), "line {step} said");
        assert_eq!(last.voice, "en");
        assert_eq!(last.words_per_minute, 170, "English at normal speed");
        let shown = marked(&mut journey).join(" ");
        // The note's heading and body are two texts in one marked box.
        let first_words: String = line.chars().take(20).collect();
        assert!(
            !shown.is_empty() && (shown.contains(&first_words) || line.starts_with(&shown)),
            "line {step}: marked {shown:?}, reading {line:?}"
        );
        line_said(&mut journey);
    }
    assert!(
        journey.app.listening().is_none(),
        "the page is read to its end"
    );
    assert!(marked(&mut journey).is_empty(), "and the mark goes");
    assert_eq!(
        recorder.said().len(),
        expected.len(),
        "nothing more is said"
    );
}

#[test]
fn an_urdu_page_is_read_in_the_urdu_voice_slower_with_respellings() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::Ur, &recorder);
    to_first_lesson(&mut journey);
    journey.click_id("bar-listen");
    let first = recorder.said().remove(0);
    assert_eq!(first.voice, "ur");
    assert_eq!(first.words_per_minute, 140, "Urdu is read more slowly");
    let title = journey.t(&ids::lesson(&content().course.lessons[0]));
    assert_eq!(first.text, said(Lang::Ur, &title));
    assert_eq!(marked(&mut journey), vec![title]);
    // While reading, the bar offers Pause and Stop.
    assert!(journey.sees_id("bar-pause"));
    assert!(journey.sees_id("bar-stop"));
    journey.click_id("bar-stop");
    assert!(journey.app.listening().is_none());
    assert!(journey.sees_id("bar-listen"));
    assert_eq!(recorder.stops(), 1, "the line being said was silenced");
}

#[test]
fn pause_holds_the_line_and_go_on_carries_on_from_it() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::En, &recorder);
    to_first_lesson(&mut journey);
    press_l(&mut journey);
    line_said(&mut journey);
    press_l(&mut journey);
    assert!(journey.app.listening().unwrap().is_paused());
    assert!(journey.sees_id("bar-resume"), "the bar says Go on");
    let marked_while_paused = marked(&mut journey);
    assert!(
        !marked_while_paused.is_empty(),
        "the paused line stays marked"
    );
    press_l(&mut journey);
    assert!(!journey.app.listening().unwrap().is_paused());
    assert_eq!(
        recorder.said().len(),
        2,
        "the held line goes on; it is not said again"
    );
    assert_eq!(marked(&mut journey), marked_while_paused);
}

#[test]
fn a_quiz_question_is_read_with_its_options_numbered_as_their_keys() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::En, &recorder);
    to_first_lesson(&mut journey);
    common::read_to_the_quiz_by_clicking(&mut journey);
    recorder.clear();
    press_l(&mut journey);
    let content = content();
    let quiz = journey.app.current_quiz().expect("on the quiz").clone();
    let (lesson, question) = quiz.question(&content.course).expect("a question");
    let options = question.kind.options();
    // The numbers said are the places on screen, where this attempt put them.
    let order = quiz.order(&content.course);
    let mut lines = Vec::new();
    loop {
        lines.push(marked(&mut journey).join(" "));
        if journey.app.listening().is_none() {
            break;
        }
        line_said(&mut journey);
        if journey.app.listening().is_none() {
            break;
        }
    }
    let texts = recorder.texts();
    assert!(texts[0].starts_with("Question 1 of"), "{texts:?}");
    let prompt = journey.t(&ids::question(lesson, question));
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with(&said(Lang::En, &prompt)))
    );
    for (number, option) in order.iter().map(|option| options[*option]).enumerate() {
        let label = ids::option_words(&content.i18n, Lang::En, lesson, question, option);
        let line = format!("{}, {}", number + 1, said(Lang::En, &label));
        assert!(
            texts.contains(&line),
            "option {number}: {line:?} in {texts:#?}"
        );
    }
    // After checking, the verdict and why are read too.
    let right = common::right_option_labels(&journey);
    common::answer_with_clicks(&mut journey, &right);
    recorder.clear();
    press_l(&mut journey);
    while journey.app.listening().is_some() {
        line_said(&mut journey);
    }
    let why = journey.t("quiz-right");
    assert!(
        recorder.texts().iter().any(|t| t.starts_with(&why)),
        "the verdict is read: {:#?}",
        recorder.texts()
    );
}

#[test]
fn help_reads_each_number_digit_by_digit() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::En, &recorder);
    journey.click_id("welcome-continue");
    journey.click_id("bar-help");
    press_l(&mut journey);
    while journey.app.listening().is_some() {
        line_said(&mut journey);
    }
    let texts = recorder.texts();
    assert_eq!(texts[0], journey.t("help-title"));
    let help = &content().help;
    let numbers: Vec<&String> = help
        .shown_for("pk")
        .into_iter()
        .flat_map(|(_, entries)| entries)
        .flat_map(|entry| &entry.contacts)
        .filter(|contact| contact.chars().filter(char::is_ascii_digit).count() >= 3)
        .collect();
    assert!(!numbers.is_empty(), "Pakistan's help has phone numbers");
    for number in numbers {
        let digits: Vec<String> = number
            .chars()
            .filter(char::is_ascii_digit)
            .map(String::from)
            .collect();
        let spaced = digits.join(" ");
        assert!(
            texts.iter().any(|t| t.replace(", ", " ").contains(&spaced)),
            "{number} read digit by digit ({spaced}) in {texts:#?}"
        );
    }
}

#[test]
fn quick_exit_silences_the_voice_and_the_neutral_page_says_nothing() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::En, &recorder);
    to_first_lesson(&mut journey);
    press_l(&mut journey);
    assert_eq!(recorder.said().len(), 1);
    journey.press(Key::Named(iced::keyboard::key::Named::Escape));
    assert!(journey.app.listening().is_none(), "no reading goes on");
    assert_eq!(recorder.stops(), 1, "the line being said was stopped");
    // On the neutral page, L does nothing and there is no Listen button.
    press_l(&mut journey);
    journey.update(Message::Listen(ListenMessage::Toggle));
    assert_eq!(
        recorder.said().len(),
        1,
        "nothing is said on the neutral page"
    );
    assert!(!journey.sees_id("bar-listen"));
}

#[test]
fn switching_language_mid_reading_reads_the_same_line_in_the_other_voice() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::En, &recorder);
    to_first_lesson(&mut journey);
    press_l(&mut journey);
    line_said(&mut journey);
    line_said(&mut journey);
    let at = journey.app.listening().unwrap().at();
    assert_eq!(at, 2);
    journey.update(Message::SwitchLanguage);
    let last = recorder.said().pop().unwrap();
    assert_eq!(last.voice, "ur");
    let urdu = lesson_page(Lang::Ur, 0, 0);
    assert_eq!(
        last.text,
        said(Lang::Ur, &urdu[2]),
        "the same line, in Urdu"
    );
    assert_eq!(journey.app.listening().unwrap().at(), 2);
    assert_eq!(marked(&mut journey).join(" "), urdu[2]);
}

#[test]
fn a_new_page_stops_the_voice_unless_the_reader_keeps_listening() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::En, &recorder);
    to_first_lesson(&mut journey);
    press_l(&mut journey);
    journey.click_id("lesson-next");
    assert!(
        journey.app.listening().is_none(),
        "turning the page stops it"
    );
    assert_eq!(recorder.said().len(), 1);

    journey.click_id("bar-settings");
    journey.click_id("settings-keep-listening-on");
    assert!(
        journey.app.settings().listen.keep_listening,
        "the choice is kept"
    );
    journey.click_id("settings-close");
    press_l(&mut journey);
    recorder.clear();
    journey.click_id("lesson-next");
    let reading = journey
        .app
        .listening()
        .expect("still reading, the new page");
    assert_eq!(reading.at(), 0);
    let page = lesson_page(Lang::En, 0, 2);
    assert_eq!(recorder.texts(), vec![said(Lang::En, &page[0])]);
}

#[test]
fn the_reading_speed_is_chosen_in_settings() {
    let recorder = Recorder::default();
    let mut journey = listening_journey(Lang::Ur, &recorder);
    journey.click_id("welcome-continue");
    journey.click_id("bar-settings");
    journey.click_id("settings-speed-slower");
    journey.click_id("settings-close");
    press_l(&mut journey);
    assert_eq!(recorder.said()[0].words_per_minute, 115);
}

#[test]
fn without_a_voice_listen_says_what_to_install_and_nothing_breaks() {
    let mut journey = Journey::start(Some(Lang::Ur));
    journey.click_id("welcome-continue");
    journey.click_id("bar-listen");
    assert!(
        journey.sees_id("listen-no-voice"),
        "the reader is told, in Urdu"
    );
    assert!(journey.app.listening().is_none());
    journey.click_id("notice-dismiss");
    assert!(!journey.sees_id("listen-no-voice"));
    assert!(journey.sees_id("home-title"), "the lessons are still there");
}

fn kiosk_journey(listen: KioskListen, recorder: &Recorder) -> (Journey, ManualClock) {
    let clock = ManualClock::default();
    let journey = Journey::with_config(Config {
        kiosk: Some(KioskSetup {
            settings: KioskSettings {
                listen,
                ..KioskSettings::default()
            },
            clock: clock.clock(),
            problem: None,
        }),
        voice: Voice::Recording(recorder.clone()),
        ..Config::default()
    });
    (journey, clock)
}

#[test]
fn a_kiosk_visitor_hears_the_start_screen_in_their_language_and_the_session_end_stops_it() {
    let recorder = Recorder::default();
    let (mut journey, _clock) = kiosk_journey(KioskListen::Headphones, &recorder);
    assert!(
        journey.sees(&content().i18n.text(Lang::En, "kiosk-listen-headphones")),
        "the start screen says to use the headphones"
    );
    journey.click("Listen");
    let said_first = recorder.said();
    assert_eq!(said_first[0].voice, "en", "read in the language tapped");
    assert_eq!(said_first[0].text, "Hifazat");
    // While it reads, its button says Stop, and stops it.
    journey.click("Stop");
    assert!(
        journey.app.listening().is_none(),
        "Stop on the start screen stops"
    );
    assert!(journey.sees("Listen"));
    journey.click("Listen");
    while journey.app.listening().is_some() {
        line_said(&mut journey);
    }
    assert!(
        recorder
            .texts()
            .contains(&content().i18n.text(Lang::En, "kiosk-listen-headphones"))
    );

    // A visitor's session: reading, then Finish, stops the voice.
    journey.click(&content().i18n.text(Lang::En, "kiosk-begin"));
    journey.click_id("welcome-continue");
    press_l(&mut journey);
    assert!(journey.app.listening().is_some());
    let stops = recorder.stops();
    journey.click_id("bar-finish");
    journey.click_id("kiosk-finish-yes");
    assert!(journey.app.listening().is_none());
    assert!(recorder.stops() > stops, "the voice was silenced");
}

#[test]
fn a_kiosk_with_listening_off_offers_no_listen_at_all() {
    let recorder = Recorder::default();
    let (mut journey, _clock) = kiosk_journey(KioskListen::Off, &recorder);
    assert!(!journey.sees("Listen"));
    assert!(journey.sees(&content().i18n.text(Lang::En, "kiosk-listen-off")));
    press_l(&mut journey);
    journey.click(&content().i18n.text(Lang::En, "kiosk-begin"));
    journey.click_id("welcome-continue");
    assert!(!journey.sees_id("bar-listen"));
    press_l(&mut journey);
    assert!(recorder.said().is_empty(), "nothing is ever said");
}

/// What a listener sees, at the laptop size most of them have: the line
/// being read marked, the bar's Pause and Stop, and the kiosk's Listen.
#[test]
fn listening_looks_right_in_both_languages() {
    let laptop = iced::Size::new(1366.0, 768.0);
    for lang in [Lang::En, Lang::Ur] {
        let recorder = Recorder::default();
        let mut journey = listening_journey(lang, &recorder);
        to_first_lesson(&mut journey);
        journey.click_id("lesson-next");
        press_l(&mut journey);
        line_said(&mut journey);
        assert_eq!(journey.app.listening().unwrap().at(), 1);
        let name = format!("listen-lesson-{lang}");
        assert!(journey.snapshot(&name, laptop), "{name}");
        press_l(&mut journey);
        let name = format!("listen-paused-{lang}");
        assert!(journey.snapshot(&name, laptop), "{name}");
    }
    let recorder = Recorder::default();
    let (mut journey, _clock) = kiosk_journey(KioskListen::Headphones, &recorder);
    assert!(journey.snapshot("listen-kiosk-start", laptop));
}

/// What Listen reads on a lesson page is what `hifazat audio` records:
/// the lesson screen's lines and `speech::script` agree on every page of
/// every lesson, in both languages.
#[test]
fn every_lesson_page_is_read_as_hifazat_audio_records_it() {
    let c = content();
    for lang in [Lang::En, Lang::Ur] {
        let words = hifazat_core::i18n::Words {
            i18n: &c.i18n,
            lang,
        };
        for (index, lesson) in c.course.lessons.iter().enumerate() {
            let recorder = Recorder::default();
            let mut journey = listening_journey(lang, &recorder);
            journey.click_id("welcome-continue");
            journey.update(Message::Home(hifazat::screen::home::Message::Open(index)));
            for page in 0..lesson.pages() {
                journey.update(Message::Listen(ListenMessage::Toggle));
                let read = journey.app.listening().expect("reading").lines().to_vec();
                let recorded = script::lesson_page(&c.course, words, index, page);
                assert_eq!(read, recorded, "{lang} {} page {page}", lesson.id);
                journey.update(Message::Listen(ListenMessage::Stop));
                journey.update(Message::Lesson(hifazat::screen::lesson::Message::Next));
            }
        }
    }
}

#[test]
fn quick_exit_silences_the_voice_in_a_kiosk_session() {
    let recorder = Recorder::default();
    let (mut journey, _clock) = kiosk_journey(KioskListen::On, &recorder);
    journey.click(&content().i18n.text(Lang::Ur, "kiosk-begin"));
    journey.click_id("welcome-continue");
    press_l(&mut journey);
    assert!(journey.app.listening().is_some());
    let stops = recorder.stops();
    journey.press(Key::Named(iced::keyboard::key::Named::Escape));
    assert!(journey.app.listening().is_none(), "no reading goes on");
    assert!(recorder.stops() > stops, "the line being said was stopped");
    assert!(!journey.app.in_kiosk_session(), "the session is over");
    let said = recorder.said().len();
    // The start screen reads only when a visitor taps its Listen.
    assert!(journey.sees(&content().i18n.text(Lang::Ur, "kiosk-begin")));
    assert_eq!(recorder.said().len(), said, "nothing more was said");
}

#[test]
fn in_facilitator_mode_the_voice_is_for_words_on_the_screen_and_quick_exit_silences_it() {
    let recorder = Recorder::default();
    let mut journey = Journey::with_config(Config {
        lang: Some(Lang::En),
        facilitator: true,
        voice: Voice::Recording(recorder.clone()),
        ..Config::default()
    });
    assert!(journey.sees_id("agenda-title"));
    assert!(
        !journey.sees_id("bar-listen"),
        "the workshop plan has no words to read"
    );
    journey.update(Message::OpenHelp);
    press_l(&mut journey);
    assert_eq!(recorder.texts()[0], journey.t("help-title"));
    journey.press(Key::Named(iced::keyboard::key::Named::Escape));
    assert!(journey.app.listening().is_none());
    assert_eq!(recorder.stops(), 1, "quick exit silenced it");
    // Back from the neutral page, closing help, presenting: the room hears
    // nothing; L on the slides says nothing.
    journey.press(Key::Named(iced::keyboard::key::Named::Enter));
    journey.click_id("help-close");
    journey.press(Key::Named(iced::keyboard::key::Named::Enter));
    press_l(&mut journey);
    assert_eq!(recorder.said().len(), 1, "nothing is said on the slides");
}
