//! The root of the app: which screen is showing, the reader's language,
//! quick exit, help, and the keyboard. Screens never see each other; the
//! root maps their messages and acts on what they ask for.

use crate::course::{self, Course};
use crate::help::{self, HelpDirectory};
use crate::i18n::{self, I18n, Lang};
use crate::keys::{self, KeyAction};
use crate::progress::Progress;
use crate::screen::{self, Ctx, home, lesson, neutral, quiz, welcome};
use crate::settings::{Settings, Store};
use crate::theme;
use crate::widget::{Ui, key_listener};
use iced::widget::{Space, button, column, container, scrollable};
use iced::{Element, Length, Task, Theme};
use std::sync::Arc;

/// The scrollable that holds every screen, reset to the top on a new page.
const PAGE: &str = "page";

/// Everything the app teaches, loaded once and shared.
pub struct Content {
    pub i18n: I18n,
    pub course: Course,
    pub help: HelpDirectory,
}

impl Content {
    /// Loads the content compiled into the binary. Every problem is
    /// returned as `file:line:column: message`.
    pub fn embedded() -> Result<Self, Vec<String>> {
        let i18n = I18n::embedded();
        let course = course::load_embedded();
        let help = help::load_embedded();
        match (i18n, course, help) {
            (Ok(i18n), Ok(course), Ok(help)) => Ok(Content { i18n, course, help }),
            (i18n, course, help) => {
                let mut problems = Vec::new();
                if let Err(errors) = i18n {
                    problems.extend(errors.iter().map(ToString::to_string));
                }
                if let Err(errors) = course {
                    problems.extend(errors.iter().map(ToString::to_string));
                }
                if let Err(error) = help {
                    problems.push(error.to_string());
                }
                Err(problems)
            }
        }
    }
}

/// How the app was started.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// `--lang`: wins over everything else.
    pub lang: Option<Lang>,
    /// Where settings are kept.
    pub store: Store,
    /// Whether to consult the OS locale (off in tests, for repeatability).
    pub use_os_locale: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Welcome(welcome::State),
    Home,
    Lesson(lesson::State),
    Quiz(quiz::State),
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ViewKey {
    page: Page,
    quick_exit: bool,
    lang: Lang,
}

#[derive(Debug, Clone)]
pub enum Message {
    Welcome(welcome::Message),
    Home(home::Message),
    Lesson(lesson::Message),
    Quiz(quiz::Message),
    Help(screen::help::Message),
    Neutral(neutral::Message),
    OpenHelp,
    SwitchLanguage,
    QuickExit,
    Key(KeyAction),
}

pub struct App {
    content: Arc<Content>,
    lang: Lang,
    screen: Screen,
    help_open: bool,
    quick_exit: bool,
    progress: Progress,
    store: Store,
    /// Flipped on every page change to force a full redraw (see `theme::theme`).
    alternate_background: bool,
    themes: [Theme; 2],
}

impl App {
    pub fn new(content: Arc<Content>, config: Config) -> Self {
        let saved = config.store.load();
        let known = config
            .lang
            .or(saved.language)
            .or_else(|| config.use_os_locale.then(i18n::from_os_locale).flatten());
        App {
            content,
            // Until the reader chooses, Urdu: it is the course's first language.
            lang: known.unwrap_or(Lang::Ur),
            screen: Screen::Welcome(welcome::State::new(known.is_some())),
            help_open: false,
            quick_exit: false,
            progress: Progress::default(),
            store: config.store,
            alternate_background: false,
            themes: [theme::theme(false), theme::theme(true)],
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    pub fn is_help_open(&self) -> bool {
        self.help_open
    }

    pub fn is_quick_exit(&self) -> bool {
        self.quick_exit
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            i18n: &self.content.i18n,
            lang: self.lang,
            course: &self.content.course,
            help: &self.content.help,
            progress: &self.progress,
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

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let before = self.view_key();
        let checked_an_answer = matches!(message, Message::Quiz(quiz::Message::Check));
        match message {
            Message::QuickExit => self.quick_exit = true,
            Message::Neutral(neutral::Message::Return) => self.quick_exit = false,
            Message::Key(action) => {
                if let Some(message) = self.key(action) {
                    return self.update(message);
                }
            }
            // While the neutral screen shows, nothing else may act.
            _ if self.quick_exit => {}
            Message::OpenHelp => self.help_open = true,
            Message::Help(screen::help::Message::Close) => self.help_open = false,
            Message::SwitchLanguage => self.set_language(self.lang.other()),
            Message::Welcome(message) => self.welcome(message),
            Message::Home(message) => match home::update(message) {
                home::Action::OpenLesson(index) => self.open_lesson(index),
            },
            Message::Lesson(message) => self.lesson(message),
            Message::Quiz(message) => self.quiz(message),
        }
        let after = self.view_key();
        if after != before {
            self.alternate_background = !self.alternate_background;
        }
        if after.page != before.page && !after.quick_exit && !before.quick_exit {
            iced::widget::operation::snap_to(PAGE, scrollable::RelativeOffset::START)
        } else if checked_an_answer {
            // The verdict, the explanation and the way on are below the
            // options: bring them into view.
            iced::widget::operation::snap_to_end(PAGE)
        } else {
            Task::none()
        }
    }

    /// What is on screen: a new `page` starts at the top; any change
    /// repaints the whole window (see `theme::theme`).
    fn view_key(&self) -> ViewKey {
        let page = match &self.screen {
            _ if self.help_open => Page::Help,
            Screen::Welcome(state) => Page::Welcome {
                asking_language: state.is_asking_language(),
            },
            Screen::Home => Page::Home,
            Screen::Lesson(state) => Page::Lesson {
                lesson: state.lesson,
                page: state.page,
            },
            Screen::Quiz(state) => Page::Quiz {
                lesson: state.lesson,
                question: state.attempt.current(),
                retry: state.attempt.is_retry(),
            },
        };
        ViewKey {
            page,
            quick_exit: self.quick_exit,
            lang: self.lang,
        }
    }

    fn key(&self, action: KeyAction) -> Option<Message> {
        if action == KeyAction::QuickExit {
            return Some(Message::QuickExit);
        }
        if self.quick_exit {
            return None;
        }
        if self.help_open {
            return screen::help::key(action).map(Message::Help);
        }
        let ctx = self.ctx();
        match &self.screen {
            Screen::Welcome(state) => state.key(action).map(Message::Welcome),
            Screen::Home => home::key(ctx, action).map(Message::Home),
            Screen::Lesson(state) => state.key(ctx, action).map(Message::Lesson),
            Screen::Quiz(state) => state.key(action).map(Message::Quiz),
        }
    }

    fn set_language(&mut self, lang: Lang) {
        self.lang = lang;
        if let Screen::Welcome(state) = &mut self.screen {
            state.language_chosen();
        }
        let settings = Settings {
            language: Some(lang),
            ..self.store.load()
        };
        if let Err(error) = self.store.save(&settings) {
            tracing::warn!(%error, "could not save the language choice");
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
        let ctx = Ctx {
            i18n: &content.i18n,
            lang: self.lang,
            course: &content.course,
            help: &content.help,
            progress: &self.progress,
        };
        let Screen::Lesson(state) = &mut self.screen else {
            return;
        };
        match state.update(ctx, message) {
            lesson::Action::None => {}
            lesson::Action::PageShown { lesson, page } => {
                self.progress
                    .page_seen(&content.course.lessons[lesson].id, page);
            }
            lesson::Action::TakeQuiz(lesson) => {
                self.screen = Screen::Quiz(quiz::State::new(ctx, lesson));
            }
            lesson::Action::Home => self.screen = Screen::Home,
        }
    }

    fn quiz(&mut self, message: quiz::Message) {
        let content = Arc::clone(&self.content);
        let ctx = Ctx {
            i18n: &content.i18n,
            lang: self.lang,
            course: &content.course,
            help: &content.help,
            progress: &self.progress,
        };
        let Screen::Quiz(state) = &mut self.screen else {
            return;
        };
        match state.update(ctx, message) {
            quiz::Action::None => {}
            quiz::Action::Finished { lesson, score } => {
                self.progress
                    .quiz_finished(&content.course.lessons[lesson].id, &score);
            }
            quiz::Action::Home => self.screen = Screen::Home,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let direction = self.lang.direction();
        let page: Element<'_, Message> = if self.quick_exit {
            let typo = theme::typography(self.lang);
            neutral::view(
                self.content.i18n.text(self.lang, "neutral-welcome"),
                self.content.i18n.text(self.lang, "neutral-continue"),
                typo.font,
            )
            .map(Message::Neutral)
        } else {
            column![self.bar(), self.page()].into()
        };
        key_listener(page, move |key, modifiers| {
            keys::action(key, modifiers, direction).map(Message::Key)
        })
        .into()
    }

    fn page(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let content: Element<'_, Message> = if self.help_open {
            screen::help::view(ctx).map(Message::Help)
        } else {
            match &self.screen {
                Screen::Welcome(state) => state.view(ctx).map(Message::Welcome),
                Screen::Home => home::view(ctx).map(Message::Home),
                Screen::Lesson(state) => state.view(ctx).map(Message::Lesson),
                Screen::Quiz(state) => state.view(ctx).map(Message::Quiz),
            }
        };
        scrollable(
            container(container(content).max_width(980).padding([28, 32])).center_x(Length::Fill),
        )
        .id(PAGE)
        .spacing(4)
        .height(Length::Fill)
        .into()
    }

    /// The bar on every screen: the name, help, the other language, and
    /// quick exit, which works before any course content is shown.
    fn bar(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let ui = Ui::new(self.lang);
        let other = self.lang.other();
        // Every bar button has the same height whatever its script, and is
        // at least 48 px tall so it is easy to hit on a touch screen.
        let bar_button =
            |ui: Ui,
             label: String,
             message: Message,
             style: fn(&Theme, button::Status) -> button::Style| {
                let label = ui
                    .text(label, ui.typo.small + 1.0, false)
                    .color(iced::Color::WHITE);
                button(container(label).center_y(Length::Fill))
                    .height(48)
                    .padding([0, 16])
                    .style(style)
                    .on_press(message)
            };
        let row = ui
            .row(vec![
                ui.label(ctx.t("app-name"))
                    .font(ui.typo.bold)
                    .color(iced::Color::WHITE)
                    .into(),
                Space::new().width(Length::Fill).into(),
                bar_button(ui, ctx.t("bar-help"), Message::OpenHelp, theme::bar_button).into(),
                bar_button(
                    Ui::new(other),
                    other.native_name().to_owned(),
                    Message::SwitchLanguage,
                    theme::bar_button,
                )
                .into(),
                bar_button(
                    ui,
                    ctx.t("bar-quick-exit"),
                    Message::QuickExit,
                    theme::quick_exit,
                )
                .into(),
            ])
            .spacing(12);
        container(row)
            .padding([6, 20])
            .width(Length::Fill)
            .style(theme::bar)
            .into()
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
