//! Drives the real app — its state, update function and view — through
//! `iced_test::Simulator`, the way a reader would: by clicking on words
//! and pressing keys.

#![allow(dead_code)]

use hifazat::app::{self, App, Config, KioskMessage, Message, Screen};
use hifazat::theme::Theme;
use hifazat_core::content::Content;
use hifazat_core::course::{QuestionKind, ids};
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::{KioskSettings, KioskSetup, ManualClock};
use hifazat_core::store::Store;
use iced::Event;
use iced::Size;
use iced::keyboard::Key;
use iced::keyboard::key::{Code, Physical};
use iced::keyboard::{self, Modifiers};
use iced_test::Simulator;
use iced_test::selector::Candidate;
use std::sync::{Arc, OnceLock};

/// Tall enough that a whole page fits without scrolling, so every button
/// can be clicked.
pub const JOURNEY_SIZE: Size = Size::new(1280.0, 3200.0);

pub fn content() -> Arc<Content> {
    static CONTENT: OnceLock<Arc<Content>> = OnceLock::new();
    CONTENT
        .get_or_init(|| Arc::new(Content::embedded().expect("embedded content loads")))
        .clone()
}

pub struct Journey {
    pub app: App,
    pub size: Size,
    /// What the app asked of its windows, in order: `open`, `focus`,
    /// `fullscreen`, `windowed`, `resize 1229x691`, `move 68,38`.
    pub window_requests: Vec<String>,
    /// The settings of each window the app opened.
    pub opened: Vec<iced::window::Settings>,
    /// Whether the app asked to quit.
    pub exited: bool,
}

impl Journey {
    /// A fresh start with `--lang` given (or not), settings kept in memory.
    pub fn start(lang: Option<Lang>) -> Self {
        Self::with_config(home_config(lang))
    }

    /// A start with progress saved in `dir`, as the real app does with
    /// `--data-dir`.
    pub fn in_folder(dir: &std::path::Path, lang: Option<Lang>) -> Self {
        Self::with_config(Config {
            store: Store::open(dir).expect("the data folder opens"),
            ..home_config(lang)
        })
    }

    /// A kiosk, as `--kiosk` starts it, on a clock the test moves.
    pub fn kiosk(settings: KioskSettings, clock: &ManualClock) -> Self {
        Self::with_config(Config {
            kiosk: Some(KioskSetup {
                settings,
                clock: clock.clock(),
                problem: None,
            }),
            ..Config::default()
        })
    }

    /// The kiosk's once-a-second timer fires.
    pub fn tick(&mut self) {
        self.update(Message::Kiosk(KioskMessage::Tick));
    }

    /// Hands `message` to the app and runs the task it returns as the
    /// runtime would: work is waited for and its messages handed back in,
    /// window requests are noted, widget operations (scrolling) need no
    /// window here and are passed over.
    pub fn update(&mut self, message: Message) {
        let task = self.app.update(message);
        self.run(task);
    }

    fn run(&mut self, task: iced::Task<Message>) {
        use futures::StreamExt;
        use iced::window::Mode;
        use iced_test::runtime::{Action, task, window};
        let Some(mut stream) = task::into_stream(task) else {
            return;
        };
        let mut messages = Vec::new();
        futures::executor::block_on(async {
            // Each action is dealt with as it comes and then dropped: a
            // window request's reply channel closes with it, so the task
            // does not wait for a window that will never answer.
            while let Some(action) = stream.next().await {
                match action {
                    Action::Output(message) => messages.push(message),
                    Action::Window(request) => {
                        let noted = match request {
                            window::Action::Open(_, settings, _) => {
                                self.opened.push(settings);
                                "open".to_owned()
                            }
                            window::Action::GainFocus(_) => "focus".to_owned(),
                            window::Action::SetMode(_, Mode::Fullscreen) => "fullscreen".to_owned(),
                            window::Action::SetMode(_, _) => "windowed".to_owned(),
                            window::Action::Resize(_, size) => {
                                format!("resize {}x{}", size.width, size.height)
                            }
                            window::Action::Move(_, at) => format!("move {},{}", at.x, at.y),
                            window::Action::GetMonitorSize(..) => "which screen?".to_owned(),
                            _ => "other".to_owned(),
                        };
                        self.window_requests.push(noted);
                    }
                    Action::Exit => self.exited = true,
                    _ => {}
                }
            }
        });
        for message in messages {
            self.update(message);
        }
    }

    /// Presses a key with modifiers held, where it sits on the keyboard.
    pub fn chord(&mut self, key: &str, code: Code, modifiers: Modifiers) {
        let event = Event::Keyboard(keyboard::Event::KeyPressed {
            key: Key::Character(key.into()),
            modified_key: Key::Character(key.into()),
            physical_key: Physical::Code(code),
            location: keyboard::Location::Standard,
            modifiers,
            repeat: false,
            text: None,
        });
        self.simulate(|ui| {
            ui.simulate([event]);
        });
    }

    pub fn with_config(config: Config) -> Self {
        Self::with_content(content(), config)
    }

    /// A start with other content: the built-in course plus packs.
    pub fn with_content(content: Arc<Content>, config: Config) -> Self {
        Journey {
            app: App::new(content, config),
            size: JOURNEY_SIZE,
            window_requests: Vec::new(),
            opened: Vec::new(),
            exited: false,
        }
    }

    /// A start as the real app's: in its own window (`App::boot`).
    pub fn boot(config: Config) -> Self {
        let (app, open) = App::boot(content(), config);
        let mut journey = Journey {
            app,
            size: JOURNEY_SIZE,
            window_requests: Vec::new(),
            opened: Vec::new(),
            exited: false,
        };
        journey.run(open);
        journey
    }

    /// The words of message `id` in the language on screen. A message
    /// that does not exist there fails the test: the app would show
    /// nothing, and "sees nothing" must not pass for "sees it".
    pub fn t(&self, id: &str) -> String {
        let lang = self.app.lang();
        let i18n = &self.app.content().i18n;
        if !i18n.has(lang, id, None) && !i18n.has(Lang::En, id, None) {
            panic!("no message {id} in {lang} or English");
        }
        i18n.text(lang, id)
    }

    pub fn simulate<T>(&mut self, act: impl FnOnce(&mut Simulator<'_, Message, Theme>) -> T) -> T {
        let (result, messages) = {
            let mut ui = Simulator::with_size(app::iced_settings(), self.size, self.app.view());
            let result = act(&mut ui);
            (result, ui.into_messages().collect::<Vec<_>>())
        };
        for message in messages {
            self.update(message);
        }
        result
    }

    /// Clicks the widget showing exactly `text`; panics if it is not there.
    pub fn click(&mut self, text: &str) {
        let shown = self.simulate(|ui| ui.click(text).map(|_| ()));
        if let Err(error) = shown {
            panic!(
                "cannot click {text:?}: {error}\nOn screen: {:#?}",
                self.texts()
            );
        }
    }

    /// Clicks the text of a message id in the current language.
    pub fn click_id(&mut self, id: &str) {
        let text = self.t(id);
        self.click(&text);
    }

    pub fn press(&mut self, key: impl Into<Key>) {
        let key = key.into();
        self.simulate(|ui| {
            ui.tap_key(key);
        });
    }

    pub fn type_char(&mut self, c: &str) {
        self.press(Key::Character(c.into()));
    }

    pub fn sees(&mut self, text: &str) -> bool {
        self.simulate(|ui| ui.find(text).is_ok())
    }

    pub fn sees_id(&mut self, id: &str) -> bool {
        let text = self.t(id);
        self.sees(&text)
    }

    /// Every text in one of the app's other windows.
    pub fn texts_in_window(&self, window: iced::window::Id) -> Vec<String> {
        let mut texts = Vec::new();
        let mut ui = Simulator::with_size(
            app::iced_settings(),
            self.size,
            self.app.view_window(window),
        );
        let _ = ui.find(|candidate: Candidate<'_>| {
            if let Candidate::Text { content, .. } = candidate {
                texts.push(content.to_owned());
            }
            None::<()>
        });
        texts
    }

    /// Every text on screen, in layout order.
    pub fn texts(&mut self) -> Vec<String> {
        let mut texts = Vec::new();
        self.simulate(|ui| {
            let _ = ui.find(|candidate: Candidate<'_>| {
                if let Candidate::Text { content, .. } = candidate {
                    texts.push(content.to_owned());
                }
                None::<()>
            });
        });
        texts
    }

    /// Renders the current screen at `size` and compares it with the hash
    /// in `tests/snapshots/<name>`; also writes a PNG to `target/snapshots/`
    /// to look at.
    pub fn snapshot(&mut self, name: &str, size: Size) -> bool {
        let mut ui = Simulator::with_size(app::iced_settings(), size, self.app.view());
        let snapshot = ui.snapshot(&self.app.theme()).expect("snapshot renders");
        let png = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target/snapshots")
            .join(name);
        let _ = std::fs::remove_file(png.with_file_name(format!("{name}-tiny-skia.png")));
        snapshot.matches_image(&png).expect("PNG written");
        let hash = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/snapshots")
            .join(name);
        snapshot.matches_hash(hash).expect("hash compared")
    }
}

/// The words of every option that is right for the current question.
pub fn right_option_labels(journey: &Journey) -> Vec<String> {
    option_labels(journey, |kind| kind.correct_options())
}

/// The words of one wrong option (the first) for the current question.
pub fn wrong_option_labels(journey: &Journey) -> Vec<String> {
    option_labels(journey, |kind| {
        let right = kind.correct_options();
        vec![
            (0..kind.options().len())
                .find(|i| !right.contains(i))
                .expect("a wrong option"),
        ]
    })
}

pub fn option_labels(journey: &Journey, pick: impl Fn(&QuestionKind) -> Vec<usize>) -> Vec<String> {
    let Screen::Quiz(state) = journey.app.screen() else {
        panic!("not on a quiz: {:?}", journey.app.screen());
    };
    let content = content();
    let (lesson, question) = state
        .question(&content.course)
        .expect("a question is showing");
    let options = question.kind.options();
    pick(&question.kind)
        .into_iter()
        .map(|index| {
            ids::option_words(
                &content.i18n,
                journey.app.lang(),
                lesson,
                question,
                options[index],
            )
        })
        .collect()
}

pub fn answer_with_clicks(journey: &mut Journey, labels: &[String]) {
    for label in labels {
        journey.click(label);
    }
    journey.click_id("quiz-check");
}

pub fn read_to_the_quiz_by_clicking(journey: &mut Journey) {
    while !journey.sees_id("lesson-take-quiz") {
        journey.click_id("lesson-next");
    }
    journey.click_id("lesson-take-quiz");
}

/// Values for every variable a message uses, so that every message can
/// be formatted (and its glyphs and placeholders checked) in full.
pub fn sample_args() -> fluent::FluentArgs<'static> {
    let mut args = fluent::FluentArgs::new();
    for name in [
        "current",
        "total",
        "number",
        "best",
        "correct",
        "percent",
        "pass",
        "seconds",
        "minutes",
        "hours",
        "teaching",
        "discussion",
        "count",
        "passed",
        "year",
        "month",
        "days",
        "day",
    ] {
        args.set(name, 3);
    }
    for (name, value) in [
        ("source", "NCMEC"),
        ("checked", "2026-11"),
        ("lesson", "Sextortion"),
        ("point", "Talking with your child"),
        ("date", "3 December 2026"),
        ("place", "Question 2 of 6"),
        ("path", "Documents/hifazat-handout-ur.html"),
        ("reason", "Permission denied"),
        ("pack", "lahore-help"),
        ("emergency", "15"),
        ("country", "Pakistan"),
        ("display", ":0"),
    ] {
        args.set(name, value);
    }
    args
}

/// Everything in `dir`, by name, sorted.
pub fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A reader at home: nothing saved, no voice, the language given.
pub fn home_config(lang: Option<Lang>) -> Config {
    Config {
        lang,
        store: Store::in_memory(),
        use_os_locale: false,
        exit_after_first_frame: false,
        kiosk: None,
        facilitator: false,
        documents: None,
        skipped_packs: Vec::new(),
        voice: app::Voice::Missing,
        seed: 0,
    }
}

/// What is saved for a reader who passed every lesson and the final check
/// on `day` (`YYYY-MM-DD`), with `lang` chosen.
pub fn finished_course(lang: Lang, day: &str) -> hifazat_core::store::Saved {
    let mut saved = hifazat_core::store::Saved {
        version: hifazat_core::store::VERSION,
        ..Default::default()
    };
    saved.settings.language = hifazat_core::i18n::LangCode::new(lang.code());
    let all_right = hifazat_core::quiz::Score {
        correct: 6,
        total: 6,
        pass_mark: 80,
    };
    for lesson in &content().course.lessons {
        saved
            .progress
            .quiz_finished(&lesson.id, &all_right, &all_right, false, day.into());
    }
    saved.progress.finished = Some(day.into());
    saved
}
