//! The root of the app, a router. It holds what every screen shares (the
//! content, the reader's language, settings and progress, the store) and
//! the screen that is showing; `Layer` says what is on top of it.
//!
//! One message travels: root → the layer on top → its screen's `update` →
//! pure logic in `hifazat_core` → back as the screen's `Action`, which the
//! root turns into state and, where there is work to wait for, a `Task`.
//! After every message the root remembers the reader's place, saves what
//! changed, and starts a new page at the top (`follow_page`).
//!
//! The glue for each part lives beside this file: `reader` (welcome,
//! lessons, quiz, help, settings), `kiosk`, `facilitator`; `layer` has what
//! is on top, `view` draws it, `place` keeps the place and saves, `window`
//! the window's settings.

mod facilitator;
mod kiosk;
mod layer;
mod listen;
mod place;
mod reader;
mod view;
mod window;

pub use kiosk::KioskMessage;
pub use layer::Layer;
pub use listen::{ListenMessage, Listening, VoiceProblem};
pub use window::{WindowEvent, fitted, iced_settings, window_settings};

use crate::keys::KeyAction;
use crate::screen::presenter::{agenda, notes, slides};
use crate::screen::{
    Ctx, complete, help, home, lesson, neutral, quiz, settings, shortcuts, welcome,
};
use crate::theme::Look;
use crate::theme::Theme;
pub use crate::voice::Voice;
use hifazat_core::content::{Content, SkippedPack};
use hifazat_core::i18n::{self, Lang};
use hifazat_core::kiosk::KioskSetup;
use hifazat_core::presenter::Agenda;
use hifazat_core::progress::{Place, Progress};
use hifazat_core::quiz::draw::Chance;
use hifazat_core::settings::Settings;
use hifazat_core::store::{Loaded, Saved, Store};
use iced::{Subscription, Task};
use std::sync::Arc;

/// How the app was started.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// `--lang`: wins over everything else.
    pub lang: Option<Lang>,
    /// Where progress and settings are kept.
    pub store: Store,
    /// Whether to consult the OS locale (off in tests, for repeatability).
    pub use_os_locale: bool,
    /// Quit once the first frame is drawn: a probe for timing start-up
    /// from outside (`--exit-after-first-frame`).
    pub exit_after_first_frame: bool,
    /// Run as a community-centre kiosk: sessions in memory only.
    pub kiosk: Option<KioskSetup>,
    /// `--facilitator`: open the workshop plan (ignored in a kiosk).
    pub facilitator: bool,
    /// Where "save a handout" writes (the user's documents folder).
    pub documents: Option<std::path::PathBuf>,
    /// Content packs that were found but not used, to say so on screen.
    pub skipped_packs: Vec<SkippedPack>,
    /// What reads pages aloud: espeak-ng where it is found (`--voice`
    /// names it), or nothing.
    pub voice: Voice,
    /// Where the quizzes' chance starts: the clock's in the real app, 0 in
    /// tests, so that a test sees the same questions every run.
    pub seed: u64,
}

/// The screen underneath whatever is on top of it.
// There is one screen at a time, so a large quiz variant costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Welcome(welcome::State),
    Home(home::State),
    Lesson(lesson::State),
    Quiz(quiz::State),
    /// Facilitator mode: the workshop plan.
    Agenda(agenda::State),
    /// Facilitator mode: the slides (or, with N, the notes).
    Slides(slides::State),
    /// Every lesson passed: what was learned, and the help to keep.
    Complete(complete::State),
}

/// A screen shown over the current one, which stays as it was underneath.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help(help::State),
    Settings(settings::State),
    Shortcuts(shortcuts::State),
}

/// Something the reader is told once, until they dismiss it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The saved progress file could not be read and was set aside.
    ProgressSetAside,
    /// The last save failed; the next step tries again. `set_aside`: the
    /// set-aside notice was showing, not yet dismissed; it is shown with
    /// this one, and comes back alone once a save works.
    SaveFailed { set_aside: bool },
}

#[derive(Debug, Clone)]
pub enum Message {
    Welcome(welcome::Message),
    Home(home::Message),
    Lesson(lesson::Message),
    Quiz(quiz::Message),
    Agenda(agenda::Message),
    Slides(slides::Message),
    Notes(notes::Message),
    Complete(complete::Message),
    Help(help::Message),
    Settings(settings::Message),
    Shortcuts(shortcuts::Message),
    Neutral(neutral::Message),
    Kiosk(KioskMessage),
    /// Listen, pause, go on, stop, and the voice's reports.
    Listen(ListenMessage),
    /// The bar's buttons and the F-keys.
    OpenHelp,
    OpenSettings,
    OpenShortcuts,
    SwitchLanguage,
    QuickExit,
    DismissNotice,
    /// A frame was drawn (only listened to by the start-up probe).
    FrameShown,
    /// A window opened, moved, was resized or closed (the main one closing
    /// quits the app).
    Window(WindowEvent),
}

pub struct App {
    content: Arc<Content>,
    /// The language on screen. `settings.language` is the reader's saved
    /// choice, which may be none yet, or one no longer offered.
    lang: Lang,
    settings: Settings,
    screen: Screen,
    overlay: Option<Overlay>,
    /// Quick exit: while it is set, every window shows only the neutral page.
    neutral: Option<neutral::State>,
    progress: Progress,
    place: Option<Place>,
    notice: Option<Notice>,
    /// Packs left out at start-up, until the reader dismisses the notice.
    skipped_packs: Vec<SkippedPack>,
    store: Store,
    /// What the store last wrote, so only real changes are saved.
    last_saved: Saved,
    look: Look,
    kiosk: Option<kiosk::KioskState>,
    workshop: facilitator::Workshop,
    /// The window the app lives in; closing it quits.
    main_window: Option<iced::window::Id>,
    windows: window::Windows,
    /// The region of the reader's locale (`PK`), to pick the help country.
    region: Option<String>,
    exit_after_first_frame: bool,
    voice: Voice,
    /// The page being read aloud, while it is.
    listening: Option<Listening>,
    /// Lines started so far: the last is the one whose end is awaited, so
    /// a late report of an earlier line is ignored.
    listening_turns: u64,
    voice_problem: Option<VoiceProblem>,
    /// Each quiz attempt's seed is drawn from here.
    chance: Chance,
}

impl App {
    pub fn new(content: Arc<Content>, mut config: Config) -> Self {
        if config.kiosk.is_some() {
            // A kiosk never reads or writes the data folder: one visitor's
            // answers must not reach the next, or the disk.
            config.store = Store::in_memory();
            config.lang = None;
        }
        let kiosk = config
            .kiosk
            .clone()
            .map(|setup| kiosk::KioskState::new(setup, &content, config.clone()));
        let (mut saved, loaded) = config.store.load();
        if let Some(kiosk) = &config.kiosk {
            saved.settings.text_size = kiosk.settings.text_size;
        }
        let known = match &kiosk {
            // The visitor chooses on the start screen; the first offered
            // language is shown until then.
            Some(kiosk) => kiosk.languages().first().copied(),
            None => reader::initial_language(&content, &config, &saved.settings),
        };
        // A quiz half done in another edition of the course is set aside.
        let place = saved.place_in(&content.course);
        // A reader who has been here before read the notice then, and goes
        // straight to the lessons; a kiosk's every visitor is new.
        let returning = kiosk.is_none() && known.is_some() && !saved.progress.is_empty();
        let screen = if config.facilitator && kiosk.is_none() {
            Screen::Agenda(agenda::State::default())
        } else if returning {
            Screen::home()
        } else {
            Screen::Welcome(welcome::State::new(known.is_some()))
        };
        App {
            // Until the reader chooses, Urdu: it is the course's first language.
            lang: known.unwrap_or(Lang::Ur),
            settings: saved.settings,
            screen,
            overlay: None,
            neutral: None,
            progress: saved.progress.clone(),
            place,
            // Told only when the old file really was kept aside; otherwise
            // the "not saving" banner explains.
            notice: matches!(loaded, Loaded::SetAside { aside: Some(_), .. })
                .then_some(Notice::ProgressSetAside),
            skipped_packs: config.skipped_packs.clone(),
            store: config.store,
            look: Look::new(saved.settings.theme),
            last_saved: saved,
            kiosk,
            workshop: facilitator::Workshop::new(
                Agenda::whole_course(&content.course),
                config.documents,
            ),
            main_window: None,
            windows: window::Windows::default(),
            region: config.use_os_locale.then(i18n::os_region).flatten(),
            exit_after_first_frame: config.exit_after_first_frame,
            voice: config.voice,
            listening: None,
            listening_turns: 0,
            voice_problem: None,
            chance: Chance::new(config.seed),
            content,
        }
    }

    /// A seed for a new quiz attempt.
    pub(super) fn next_seed(&mut self) -> u64 {
        self.chance.next_u64()
    }

    /// Starts the app in its window (see `window_settings`).
    pub fn boot(content: Arc<Content>, config: Config) -> (Self, Task<Message>) {
        let mut app = App::new(content, config);
        let open = app.open_main_window();
        (app, open)
    }

    /// Nothing ticks in normal use: the app sleeps until the reader acts.
    /// Only a kiosk session's idle timer ticks, once a second, and the
    /// start-up probe listens for frames.
    pub fn subscription(&self) -> Subscription<Message> {
        let windows =
            iced::window::events().filter_map(|(id, event)| WindowEvent::from_iced(id, event));
        let timers = if self.exit_after_first_frame {
            iced::window::frames().map(|_| Message::FrameShown)
        } else if self.needs_ticks() {
            iced::time::every(std::time::Duration::from_secs(1))
                .map(|_| Message::Kiosk(KioskMessage::Tick))
        } else {
            Subscription::none()
        };
        Subscription::batch([windows, timers])
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::FrameShown => return iced::exit(),
            Message::Window(event) => return self.window_event(event),
            _ => {}
        }
        let before = self.page();
        let admitted = self.kiosk_admits(&message) && self.top().admits(&message);
        let task = if admitted {
            self.route(message)
        } else {
            Task::none()
        };
        if self.has_left_kiosk() {
            self.stop_listening();
            return iced::exit();
        }
        let listening = self.follow_listening(self.page().page_changed(&before));
        self.remember_place();
        self.save_if_changed();
        Task::batch([task, listening, self.follow_page(before)])
    }

    /// Hands a message to whoever it is for, and returns what it asks for.
    fn route(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::QuickExit => self.quick_exit(),
            Message::Neutral(message) => {
                if let Some(neutral) = &mut self.neutral {
                    match neutral.update(message) {
                        neutral::Action::Return => self.neutral = None,
                    }
                }
            }
            Message::OpenHelp => self.open_help(),
            Message::OpenSettings => {
                self.overlay = Some(Overlay::Settings(settings::State::default()));
            }
            Message::OpenShortcuts => {
                self.overlay = Some(Overlay::Shortcuts(shortcuts::State));
            }
            Message::SwitchLanguage => self.set_language(self.next_language()),
            // One notice at a time: the progress one first.
            Message::DismissNotice => match self.notice.take() {
                // The set-aside part was read; the failed save's stays.
                Some(Notice::SaveFailed { set_aside: true }) => {
                    self.notice = Some(Notice::SaveFailed { set_aside: false });
                }
                Some(_) => {}
                None => self.skipped_packs.clear(),
            },
            Message::Help(message) => self.help(message),
            Message::Settings(message) => self.settings_message(message),
            Message::Shortcuts(message) => self.shortcuts(message),
            Message::Welcome(message) => self.welcome(message),
            Message::Home(message) => self.home(message),
            Message::Lesson(message) => self.lesson(message),
            Message::Complete(message) => return self.complete(message),
            Message::Quiz(message) => return self.quiz(message),
            Message::Agenda(message) => return self.agenda(message),
            Message::Slides(message) => return self.slides(message),
            Message::Notes(message) => return self.notes(message),
            Message::Kiosk(message) => return self.kiosk_message(message),
            Message::Listen(message) => return self.listen(message),
            Message::FrameShown | Message::Window(_) => {}
        }
        Task::none()
    }

    /// Quick exit. In a kiosk it ends the session: the start screen is as
    /// plain as the neutral page, and nothing is left behind.
    fn quick_exit(&mut self) {
        // Silence first: the voice must not go on saying what the screen
        // no longer shows.
        self.stop_listening();
        if self.is_kiosk() {
            self.end_session();
        } else {
            self.neutral = Some(neutral::State);
        }
    }

    /// What a key press asks for, in whatever is on top. The view's key
    /// listener calls this; tests and benches may too.
    pub fn on_key(&self, action: KeyAction) -> Option<Message> {
        self.top().on_key(self, action)
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            languages: self.languages(),
            kiosk: self.is_kiosk(),
            i18n: &self.content.i18n,
            lang: self.lang,
            course: &self.content.course,
            help: &self.content.help,
            progress: &self.progress,
            place: self.place.as_ref(),
            settings: self.settings,
            pack_fonts: &self.content.fonts,
            reading: self.listening.as_ref().map(Listening::at),
            pictures: &self.content.pictures,
            review_due: self.review_due(),
        }
    }

    /// The languages the reader may switch between.
    fn languages(&self) -> &[Lang] {
        match &self.kiosk {
            Some(kiosk) => kiosk.languages(),
            None => self.content.i18n.languages(),
        }
    }

    /// The language the bar's one-tap switch offers: the next one offered,
    /// so with Urdu and English it simply swaps them.
    fn next_language(&self) -> Lang {
        let languages = self.languages();
        let here = languages.iter().position(|lang| *lang == self.lang);
        here.map_or(languages.first(), |index| {
            languages.get((index + 1) % languages.len())
        })
        .copied()
        .unwrap_or(self.lang)
    }

    // What tests, benches and the window ask of the app.

    /// What the app teaches, packs included.
    pub fn content(&self) -> &Content {
        &self.content
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    pub fn place(&self) -> Option<&Place> {
        self.place.as_ref()
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    /// Why progress is not being saved, if it is not.
    pub fn not_saving(&self) -> Option<hifazat_core::store::NotSaving> {
        self.store.not_saving()
    }

    pub fn is_help_open(&self) -> bool {
        matches!(self.overlay, Some(Overlay::Help(_)))
    }

    /// The lesson and attempt of the quiz on screen, if one is.
    pub fn current_quiz(&self) -> Option<&quiz::State> {
        match &self.screen {
            Screen::Quiz(state) => Some(state),
            _ => None,
        }
    }

    pub fn theme(&self) -> Theme {
        self.look.theme()
    }
}

impl Screen {
    /// The lessons list, which every "home" leads back to.
    pub fn home() -> Screen {
        Screen::Home(home::State)
    }
}
