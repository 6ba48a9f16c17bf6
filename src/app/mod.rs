//! The root of the app: which screen is showing, the reader's language and
//! settings, quick exit, overlays (help, settings, keys), the keyboard, and
//! saving. Screens never see each other; the root maps their messages and
//! acts on what they ask for.

mod facilitator;
mod kiosk;
mod place;
mod view;

pub use kiosk::KioskMessage;

use crate::keys::KeyAction;
use crate::screen::presenter::{agenda, notes, slides};
use crate::screen::{self, Ctx, home, keys, lesson, neutral, quiz, settings, welcome};
use crate::theme;
use hifazat_core::content::{Content, SkippedPack};
use hifazat_core::i18n::{self, Lang};
use hifazat_core::kiosk::KioskSetup;
use hifazat_core::presenter::{Agenda, Presenter};
use hifazat_core::progress::{Place, Progress};
use hifazat_core::settings::{Settings, ThemeChoice};
use hifazat_core::store::{Loaded, Saved, Store};
use iced::widget::scrollable;
use iced::{Subscription, Task, Theme};
use std::sync::Arc;

/// The scrollable that holds every screen, reset to the top on a new page.
const PAGE: &str = "page";

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
}

#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Welcome(welcome::State),
    Home,
    Lesson(lesson::State),
    Quiz(quiz::State),
    /// Facilitator mode: the workshop plan.
    Agenda(agenda::State),
    /// Facilitator mode: the slides (or, with N, the notes).
    Presenting(Presenter),
}

/// A screen shown over the current one, which stays as it was underneath.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help(screen::help::State),
    Settings(settings::State),
    Keys,
}

/// Something the reader is told once, until they dismiss it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The saved progress file could not be read and was set aside.
    ProgressSetAside,
    /// The last save failed; the next step tries again.
    SaveFailed,
}

/// Which page is showing, coarser than the screen's state: choosing an
/// answer changes the state but not the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Welcome {
        asking_language: bool,
    },
    Home,
    Lesson {
        lesson: usize,
        page: usize,
    },
    Quiz {
        lesson: usize,
        question: Option<usize>,
        retry: bool,
    },
    Help,
    Settings,
    Keys,
    Kiosk(kiosk::KioskPage),
    Agenda,
    Slide {
        index: usize,
        blank: bool,
        revealed: bool,
        notes: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ViewKey {
    page: Page,
    quick_exit: bool,
    lang: Lang,
    theme: ThemeChoice,
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
    Help(screen::help::Message),
    Settings(settings::Message),
    Keys(keys::Message),
    Neutral(neutral::Message),
    DismissNotice,
    OpenHelp,
    OpenSettings,
    OpenKeys,
    /// A frame was drawn (only listened to by the start-up probe).
    FrameShown,
    SwitchLanguage,
    QuickExit,
    Key(KeyAction),
    Kiosk(KioskMessage),
    /// A window closed: the main one quits the app.
    WindowClosed(iced::window::Id),
}

pub struct App {
    content: Arc<Content>,
    lang: Lang,
    settings: Settings,
    screen: Screen,
    overlay: Option<Overlay>,
    quick_exit: bool,
    progress: Progress,
    place: Option<Place>,
    notice: Option<Notice>,
    /// Packs left out at start-up, until the reader dismisses the notice.
    skipped_packs: Vec<SkippedPack>,
    store: Store,
    exit_after_first_frame: bool,
    /// The region of the reader's locale (`PK`), to pick the help country.
    region: Option<String>,
    /// What the store last wrote, so only real changes are saved.
    last_saved: Saved,
    /// Flipped on every page change to force a full repaint (see `theme::theme`).
    alternate_background: bool,
    /// The chosen theme with each background, built when the choice
    /// changes rather than on every frame.
    themes: [Theme; 2],
    kiosk: Option<kiosk::KioskState>,
    documents: Option<std::path::PathBuf>,
    /// The window the app lives in; closing it quits.
    main_window: Option<iced::window::Id>,
    /// Facilitator mode's notes, in a window of their own for a second
    /// screen, while open.
    notes_window: Option<iced::window::Id>,
    /// Today's workshop plan, kept while presenting.
    workshop: Agenda,
    /// Window actions a step asked for (open, focus, full screen), run
    /// when `update` returns.
    effects: Vec<Task<Message>>,
}

impl App {
    pub fn new(content: Arc<Content>, mut config: Config) -> Self {
        if config.kiosk.is_some() {
            // A kiosk never reads or writes the data folder: one visitor's
            // answers must not reach the next, or the disk.
            config.store = Store::in_memory();
            config.lang = None;
        }
        let kiosk = config.kiosk.clone().map(|setup| {
            // kiosk.ron may name a language whose pack was left out.
            let offered = content.i18n.languages();
            let mut languages: Vec<Lang> = setup
                .settings
                .languages
                .iter()
                .filter_map(|code| Lang::find(offered, code.as_str()))
                .collect();
            if languages.is_empty() {
                languages = Lang::BUILT_IN.to_vec();
            }
            kiosk::KioskState::new(setup, languages, config.clone())
        });
        let (mut saved, loaded) = config.store.load();
        if let Some(kiosk) = &config.kiosk {
            saved.settings.text_size = kiosk.settings.text_size;
        }
        let known = match &kiosk {
            // The visitor chooses on the start screen; the first offered
            // language is shown until then.
            Some(kiosk) => kiosk.languages().first().copied(),
            None => {
                // A saved language whose pack has since been removed is
                // passed over, as if it had never been chosen.
                let offered = content.i18n.languages();
                config
                    .lang
                    .or_else(|| {
                        let saved = saved.settings.language?;
                        Lang::find(offered, saved.as_str())
                    })
                    .filter(|lang| offered.contains(lang))
                    .or_else(|| {
                        config
                            .use_os_locale
                            .then(|| i18n::from_os_locale(offered))
                            .flatten()
                    })
            }
        };
        let place = saved
            .place
            .clone()
            .filter(|place| place::fits(&content, place));
        App {
            // Until the reader chooses, Urdu: it is the course's first language.
            lang: known.unwrap_or(Lang::Ur),
            settings: saved.settings,
            screen: if config.facilitator && kiosk.is_none() {
                Screen::Agenda(agenda::State::new(Agenda::whole_course(&content.course)))
            } else {
                Screen::Welcome(welcome::State::new(known.is_some()))
            },
            kiosk,
            overlay: None,
            quick_exit: false,
            progress: saved.progress.clone(),
            place,
            // Told only when the old file really was kept aside; otherwise
            // the "not saving" banner explains.
            notice: matches!(loaded, Loaded::SetAside { aside: Some(_), .. })
                .then_some(Notice::ProgressSetAside),
            skipped_packs: config.skipped_packs.clone(),
            store: config.store,
            region: config.use_os_locale.then(i18n::os_region).flatten(),
            documents: config.documents.clone(),
            main_window: None,
            notes_window: None,
            workshop: Agenda::whole_course(&content.course),
            effects: Vec::new(),
            exit_after_first_frame: config.exit_after_first_frame,
            alternate_background: false,
            themes: [
                theme::theme(saved.settings.theme, false),
                theme::theme(saved.settings.theme, true),
            ],
            last_saved: saved,
            content,
        }
    }

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

    pub fn is_help_open(&self) -> bool {
        matches!(self.overlay, Some(Overlay::Help(_)))
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
    pub(super) fn next_language(&self) -> Lang {
        let languages = self.languages();
        let here = languages.iter().position(|lang| *lang == self.lang);
        here.map_or(languages.first(), |index| {
            languages.get((index + 1) % languages.len())
        })
        .copied()
        .unwrap_or(self.lang)
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
        }
    }

    /// Starts the app in its window (see `window_settings`).
    pub fn boot(content: Arc<Content>, config: Config) -> (Self, Task<Message>) {
        let (id, open) = iced::window::open(window_settings(config.kiosk.is_some()));
        let mut app = App::new(content, config);
        app.main_window = Some(id);
        (app, open.discard())
    }

    pub fn notes_window(&self) -> Option<iced::window::Id> {
        self.notes_window
    }

    pub fn window_title(&self, window: iced::window::Id) -> String {
        if self.notes_window == Some(window) && !self.quick_exit {
            self.content.i18n.text(self.lang, "notes-title")
        } else {
            self.title()
        }
    }

    pub fn window_theme(&self, _window: iced::window::Id) -> Theme {
        self.theme()
    }

    pub fn window_scale_factor(&self, window: iced::window::Id) -> f32 {
        if self.notes_window == Some(window) {
            self.settings.text_size.scale()
        } else {
            self.scale_factor()
        }
    }

    pub fn title(&self) -> String {
        let id = if self.quick_exit {
            "neutral-welcome"
        } else {
            "app-title"
        };
        self.content.i18n.text(self.lang, id)
    }

    pub fn theme(&self) -> Theme {
        self.themes[usize::from(self.alternate_background)].clone()
    }

    /// The whole window is scaled by the reader's text size, except the
    /// kiosk's start screen and PIN pad: they are laid out to fit the
    /// screen, and the staff must always be able to reach every key.
    pub fn scale_factor(&self) -> f32 {
        match self.kiosk_page() {
            Some(kiosk::KioskPage::Start | kiosk::KioskPage::PinPad) => 1.0,
            _ => self.settings.text_size.scale(),
        }
    }

    /// Nothing ticks in normal use: the app sleeps until the reader acts.
    /// Only a kiosk session's idle timer ticks, once a second, and the
    /// start-up probe listens for frames.
    pub fn subscription(&self) -> Subscription<Message> {
        let closed = iced::window::close_events().map(Message::WindowClosed);
        Subscription::batch([closed, self.timers()])
    }

    fn timers(&self) -> Subscription<Message> {
        if self.exit_after_first_frame {
            iced::window::frames().map(|_| Message::FrameShown)
        } else if self.needs_ticks() {
            iced::time::every(std::time::Duration::from_secs(1))
                .map(|_| Message::Kiosk(KioskMessage::Tick))
        } else {
            Subscription::none()
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::FrameShown => return iced::exit(),
            Message::WindowClosed(id) if Some(id) == self.main_window => return iced::exit(),
            Message::WindowClosed(id) => {
                if self.notes_window == Some(id) {
                    self.notes_window = None;
                }
                return Task::none();
            }
            _ => {}
        }
        let before = self.view_key();
        let was_checked = self.showing_feedback();
        if self.kiosk_admits(&message) {
            self.handle(message);
        }
        if self.has_left_kiosk() {
            return iced::exit();
        }
        let checked_an_answer = !was_checked && self.showing_feedback();
        self.remember_place();
        self.save_if_changed();

        let after = self.view_key();
        if after != before {
            self.alternate_background = !self.alternate_background;
        }
        // The countdown covers the page without replacing it: after "still
        // here" the reader is where they were, scrolled as they were.
        let countdown = |key: &ViewKey| key.page == Page::Kiosk(kiosk::KioskPage::StillThere);
        let scroll = if after.page != before.page
            && !after.quick_exit
            && !before.quick_exit
            && !countdown(&before)
            && !countdown(&after)
        {
            iced::widget::operation::snap_to(PAGE, scrollable::RelativeOffset::START)
        } else if checked_an_answer {
            // The verdict, the explanation and the way on are below the
            // options: bring them into view.
            iced::widget::operation::snap_to_end(PAGE)
        } else {
            Task::none()
        };
        let effects = std::mem::take(&mut self.effects);
        Task::batch(std::iter::once(scroll).chain(effects))
    }

    fn handle(&mut self, message: Message) {
        match message {
            // In a kiosk, quick exit ends the session: the start screen is
            // as plain as the neutral page, and nothing is left behind.
            Message::QuickExit if self.is_kiosk() => self.end_session(),
            Message::QuickExit => self.quick_exit = true,
            Message::Neutral(neutral::Message::Return) => self.quick_exit = false,
            Message::Key(action) => {
                if let Some(message) = self.key(action) {
                    self.handle(message);
                }
            }
            // While the neutral screen shows, nothing else may act.
            _ if self.quick_exit => {}
            Message::DismissNotice => {
                // One notice at a time: the progress one first.
                if self.notice.take().is_none() {
                    self.skipped_packs.clear();
                }
            }
            Message::OpenHelp => {
                let country = self.content.help.default_country(self.region.as_deref());
                self.overlay = Some(Overlay::Help(screen::help::State::new(country)));
            }
            Message::OpenSettings => {
                self.overlay = Some(Overlay::Settings(settings::State::default()))
            }
            Message::OpenKeys => self.overlay = Some(Overlay::Keys),
            Message::FrameShown | Message::WindowClosed(_) => {}
            Message::Keys(keys::Message::Close) => self.overlay = None,
            Message::Help(message) => {
                if let Some(Overlay::Help(state)) = &mut self.overlay
                    && let screen::help::Action::Close = state.update(message)
                {
                    self.overlay = None;
                }
            }
            Message::Settings(message) => self.settings_message(message),
            Message::SwitchLanguage => self.set_language(self.next_language()),
            Message::Kiosk(message) => self.kiosk_message(message),
            Message::Welcome(message) => self.welcome(message),
            Message::Home(message) => match home::update(message) {
                home::Action::OpenLesson(index) => self.open_lesson(index),
                home::Action::Continue => self.continue_from_place(),
                home::Action::Facilitate if !self.is_kiosk() => self.open_agenda(),
                home::Action::Facilitate => {}
            },
            Message::Agenda(message) => self.agenda(message),
            Message::Slides(message) => self.slides(message),
            Message::Notes(message) => self.notes(message),
            Message::Lesson(message) => self.lesson(message),
            Message::Quiz(message) => self.quiz(message),
        }
    }

    fn key(&self, action: KeyAction) -> Option<Message> {
        if action == KeyAction::QuickExit {
            return Some(Message::QuickExit);
        }
        if let kiosk::KioskKey::Does(message) = self.kiosk_key(action) {
            return message;
        }
        if self.quick_exit {
            // Only Enter brings the page back, so a keyboard-only reader can
            // return; any other key, pressed by someone walking in, does nothing.
            return (action == KeyAction::Confirm)
                .then_some(Message::Neutral(neutral::Message::Return));
        }
        match (action, &self.overlay) {
            (KeyAction::ShowKeys, _) => return Some(Message::OpenKeys),
            (KeyAction::Help, _) => return Some(Message::OpenHelp),
            (KeyAction::Settings, _) => return Some(Message::OpenSettings),
            (_, Some(Overlay::Help(state))) => {
                return state.key(self.ctx(), action).map(Message::Help);
            }
            (_, Some(Overlay::Keys)) => return keys::key(action).map(Message::Keys),
            (_, Some(Overlay::Settings(state))) => {
                return state.key(self.ctx(), action).map(Message::Settings);
            }
            (_, None) => {}
        }
        let ctx = self.ctx();
        match &self.screen {
            Screen::Welcome(state) => state.key(ctx, action).map(Message::Welcome),
            Screen::Home => home::key(ctx, action).map(Message::Home),
            Screen::Lesson(state) => state.key(ctx, action).map(Message::Lesson),
            Screen::Quiz(state) => state.key(action).map(Message::Quiz),
            Screen::Agenda(state) => state.key(action).map(Message::Agenda),
            Screen::Presenting(presenter) if presenter.notes => match action {
                KeyAction::Notes | KeyAction::Back => Some(Message::Notes(notes::Message::Close)),
                KeyAction::Blank => Some(Message::Slides(slides::Message::Blank)),
                _ => None,
            },
            Screen::Presenting(_) => slides::key(action).map(Message::Slides),
        }
    }

    /// Whether a checked answer's verdict and explanation are showing.
    fn showing_feedback(&self) -> bool {
        matches!(&self.screen, Screen::Quiz(state) if state.attempt.feedback().is_some())
    }

    /// What is on screen: a new `page` starts at the top; any change
    /// repaints the whole window (see `theme::theme`).
    fn view_key(&self) -> ViewKey {
        let page = match (self.kiosk_page(), &self.overlay, &self.screen) {
            (Some(page), _, _) => Page::Kiosk(page),
            (None, Some(Overlay::Help(_)), _) => Page::Help,
            (None, Some(Overlay::Settings(_)), _) => Page::Settings,
            (None, Some(Overlay::Keys), _) => Page::Keys,
            (None, None, Screen::Welcome(state)) => Page::Welcome {
                asking_language: state.is_asking_language(),
            },
            (None, None, Screen::Home) => Page::Home,
            (None, None, Screen::Lesson(state)) => Page::Lesson {
                lesson: state.lesson,
                page: state.page,
            },
            (None, None, Screen::Quiz(state)) => Page::Quiz {
                lesson: state.lesson,
                question: state.attempt.current(),
                retry: state.attempt.is_retry(),
            },
            (None, None, Screen::Agenda(_)) => Page::Agenda,
            (None, None, Screen::Presenting(presenter)) => Page::Slide {
                index: presenter.index(),
                blank: presenter.blank,
                revealed: presenter.revealed,
                notes: presenter.notes,
            },
        };
        ViewKey {
            page,
            quick_exit: self.quick_exit,
            lang: self.lang,
            theme: self.settings.theme,
        }
    }

    fn set_language(&mut self, lang: Lang) {
        if !self.languages().contains(&lang) {
            return;
        }
        self.lang = lang;
        self.settings.language = Some(lang.saved_code());
        if let Screen::Welcome(state) = &mut self.screen {
            state.language_chosen();
        }
    }

    fn set_theme(&mut self, choice: ThemeChoice) {
        self.settings.theme = choice;
        self.themes = [theme::theme(choice, false), theme::theme(choice, true)];
    }

    fn settings_message(&mut self, message: settings::Message) {
        let Some(Overlay::Settings(state)) = &mut self.overlay else {
            return;
        };
        match state.update(message) {
            settings::Action::None => {}
            settings::Action::SetLanguage(lang) => self.set_language(lang),
            settings::Action::SetTextSize(size) => self.settings.text_size = size,
            settings::Action::SetTheme(choice) => self.set_theme(choice),
            settings::Action::StartAgain => {
                self.progress = Progress::default();
                self.place = None;
                self.overlay = None;
                self.screen = Screen::Home;
            }
            settings::Action::Close => self.overlay = None,
        }
    }

    fn welcome(&mut self, message: welcome::Message) {
        let Screen::Welcome(state) = &mut self.screen else {
            return;
        };
        match state.update(message) {
            welcome::Action::None => {}
            welcome::Action::SetLanguage(lang) => self.set_language(lang),
            welcome::Action::Continue => self.screen = Screen::Home,
        }
    }

    fn open_lesson(&mut self, index: usize) {
        let Some(lesson) = self.content.course.lessons.get(index) else {
            return;
        };
        self.progress.page_seen(&lesson.id, 0);
        self.screen = Screen::Lesson(lesson::State::new(index, 0));
    }

    fn lesson(&mut self, message: lesson::Message) {
        let content = Arc::clone(&self.content);
        let Screen::Lesson(state) = &mut self.screen else {
            return;
        };
        match state.update(&content.course, message) {
            lesson::Action::None => {}
            lesson::Action::PageShown { lesson, page } => {
                self.progress
                    .page_seen(&content.course.lessons[lesson].id, page);
            }
            lesson::Action::TakeQuiz(lesson) => {
                self.screen = Screen::Quiz(quiz::State::new(&content.course, lesson));
            }
            lesson::Action::Home => self.screen = Screen::Home,
        }
    }

    fn quiz(&mut self, message: quiz::Message) {
        let content = Arc::clone(&self.content);
        let Screen::Quiz(state) = &mut self.screen else {
            return;
        };
        match state.update(&content.course, message) {
            quiz::Action::None => {}
            quiz::Action::Finished { lesson, score } => {
                let id = &content.course.lessons[lesson].id;
                self.progress
                    .quiz_finished(id, &score, hifazat_core::progress::today_utc());
            }
            quiz::Action::Home => self.screen = Screen::Home,
        }
    }
}

/// Settings that load the bundled fonts, for the window and for tests.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: crate::fonts::ALL
            .iter()
            .map(|font| (*font).into())
            .collect(),
        default_font: crate::fonts::SANS,
        ..iced::Settings::default()
    }
}

/// The notes' own window, for the facilitator's screen.
pub(super) fn notes_window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: iced::Size::new(900.0, 760.0),
        ..iced::window::Settings::default()
    }
}

/// The window: an ordinary one at home; in a kiosk, fullscreen with no
/// title bar, and a close request does nothing (the staff PIN is the only
/// way out).
pub fn window_settings(kiosk: bool) -> iced::window::Settings {
    let home = iced::window::Settings {
        size: iced::Size::new(1280.0, 860.0),
        position: iced::window::Position::Centered,
        ..iced::window::Settings::default()
    };
    if kiosk {
        iced::window::Settings {
            fullscreen: true,
            decorations: false,
            closeable: false,
            minimizable: false,
            exit_on_close_request: false,
            // Above other windows, where a window manager would let
            // Alt+Tab reach them; under cage there are none.
            level: iced::window::Level::AlwaysOnTop,
            ..home
        }
    } else {
        home
    }
}
