//! What is on top: the one thing the reader sees and whose keys act.
//!
//! The order of precedence is written once, in `App::top`. The view, the
//! key routing, the window's title and scale, which page a change starts
//! at the top of, and which messages may act all `match` on the `Layer` it
//! gives, so the compiler checks that every layer is handled everywhere.
//! Getting this order wrong would show one person's page to the next, so
//! it is kept in this one file.

use super::kiosk::KioskState;
use super::{App, KioskMessage, ListenMessage, Message, Overlay, Screen};
use crate::keys::{KeyAction, Keymap};
use crate::screen::kiosk::{finish, pin_pad, start, still_there};
use crate::screen::presenter::agenda;
use crate::screen::{Ctx, complete, neutral};
use hifazat_core::i18n::Lang;
use hifazat_core::settings::ThemeChoice;

/// What is on top, from the most urgent down.
#[derive(Debug, Clone, Copy)]
pub enum Layer<'a> {
    /// Quick exit: the neutral page, in every window, over everything.
    Neutral(&'a neutral::State),
    /// "Are you still there?", over a kiosk visitor's page.
    StillThere { seconds_left: u64 },
    /// The staff's PIN pad, instead of everything.
    PinPad(&'a KioskState, &'a pin_pad::State),
    /// A kiosk between visitors, instead of everything.
    KioskStart(&'a KioskState),
    /// A kiosk visitor's "Finish?", under the bar.
    Finish,
    /// Help, settings or the shortcuts over the screen, under the bar.
    /// `over_slides` while presenting: the clicker's keys stay the
    /// presenter's, so B never picks a choice.
    Overlay {
        overlay: &'a Overlay,
        over_slides: bool,
    },
    /// The screen itself.
    Screen(&'a Screen),
}

impl App {
    /// What is on top now: the one place that decides it.
    pub fn top(&self) -> Layer<'_> {
        if let Some(neutral) = &self.neutral {
            return Layer::Neutral(neutral);
        }
        if let Some(kiosk) = &self.kiosk {
            if let Some(seconds_left) = kiosk.countdown() {
                return Layer::StillThere { seconds_left };
            }
            if let Some(pad) = kiosk.pad() {
                return Layer::PinPad(kiosk, pad);
            }
            if !kiosk.in_session() {
                return Layer::KioskStart(kiosk);
            }
            if kiosk.is_finishing() {
                return Layer::Finish;
            }
        }
        if let Some(overlay) = &self.overlay {
            return Layer::Overlay {
                overlay,
                over_slides: matches!(self.screen, Screen::Slides(_)),
            };
        }
        Layer::Screen(&self.screen)
    }

    /// What is showing, as far as repainting and scrolling care.
    pub(super) fn page(&self) -> Shown {
        Shown {
            page: self.top().page(),
            lang: self.lang,
            theme: self.look.choice(),
        }
    }

    /// After a message: any change repaints the whole window (see
    /// `theme::Look`), and a new page starts at the top.
    pub(super) fn follow_page(&mut self, before: Shown) -> iced::Task<Message> {
        let after = self.page();
        if after != before {
            self.look.repaint_all();
        }
        if after.page != before.page && !after.page.is_cover() && !before.page.is_cover() {
            iced::widget::operation::snap_to(
                super::view::PAGE,
                iced::widget::scrollable::RelativeOffset::START,
            )
        } else {
            iced::Task::none()
        }
    }
}

impl Layer<'_> {
    /// Whether `message` may act now. While the neutral page shows,
    /// nothing else may: a click or key that was already on its way is
    /// dropped. Work that was already under way may still report back.
    pub(super) fn admits(&self, message: &Message) -> bool {
        match self {
            Layer::Neutral(_) => matches!(
                message,
                Message::Neutral(_)
                    | Message::QuickExit
                    | Message::Agenda(agenda::Message::Exported(_))
                    | Message::Complete(complete::Message::Saved(_))
                    | Message::Kiosk(KioskMessage::PinChecked(_))
            ),
            Layer::StillThere { .. }
            | Layer::PinPad(..)
            | Layer::KioskStart(_)
            | Layer::Finish
            | Layer::Overlay { .. }
            | Layer::Screen(_) => true,
        }
    }

    /// What a key asks for here.
    pub(super) fn on_key(&self, app: &App, action: KeyAction) -> Option<Message> {
        // Quick exit works on every layer; so does the kiosk's staff chord.
        match action {
            KeyAction::QuickExit => return Some(Message::QuickExit),
            KeyAction::StaffExit => {
                return app
                    .is_kiosk()
                    .then_some(Message::Kiosk(KioskMessage::StaffExit));
            }
            _ => {}
        }
        let ctx = app.ctx();
        let kiosk = |message: KioskMessage| Message::Kiosk(message);
        match self {
            Layer::Neutral(neutral) => neutral.key(action).map(Message::Neutral),
            Layer::StillThere { .. } => still_there::State
                .key(action)
                .map(|message| kiosk(KioskMessage::StillThere(message))),
            Layer::PinPad(_, pad) => pad
                .key(action)
                .map(|message| kiosk(KioskMessage::Pad(message))),
            Layer::KioskStart(_) => match action {
                // Read in the language shown first, as the page is.
                KeyAction::Listen => Some(Message::Listen(ListenMessage::StartIn(app.lang))),
                KeyAction::StopListening => Some(Message::Listen(ListenMessage::Stop)),
                _ => start::State
                    .key(ctx, action)
                    .map(|message| kiosk(KioskMessage::Start(message))),
            },
            Layer::Finish => finish::State
                .key(action)
                .map(|message| kiosk(KioskMessage::Finish(message))),
            Layer::Overlay { overlay, .. } => {
                anywhere(action).or_else(|| overlay_key(overlay, ctx, action))
            }
            Layer::Screen(screen) => anywhere(action).or_else(|| screen_key(screen, ctx, action)),
        }
    }

    /// Which key map applies: the clicker's while presenting.
    pub(super) fn keymap(&self) -> Keymap {
        match self {
            Layer::Screen(Screen::Slides(_))
            | Layer::Overlay {
                over_slides: true, ..
            } => Keymap::Presenter,
            Layer::Neutral(_)
            | Layer::StillThere { .. }
            | Layer::PinPad(..)
            | Layer::KioskStart(_)
            | Layer::Finish
            | Layer::Overlay { .. }
            | Layer::Screen(_) => Keymap::Reader,
        }
    }

    /// The window title's message: nothing of the course after quick exit.
    pub(super) fn title_id(&self) -> &'static str {
        match self {
            Layer::Neutral(_) => "neutral-welcome",
            Layer::StillThere { .. }
            | Layer::PinPad(..)
            | Layer::KioskStart(_)
            | Layer::Finish
            | Layer::Overlay { .. }
            | Layer::Screen(_) => "app-title",
        }
    }

    /// Whether the reader's text size scales this layer. The kiosk's start
    /// screen and PIN pad are laid out to fit the screen, and the staff
    /// must always be able to reach every key.
    pub(super) fn follows_text_size(&self) -> bool {
        match self {
            Layer::KioskStart(_) | Layer::PinPad(..) => false,
            Layer::Neutral(_)
            | Layer::StillThere { .. }
            | Layer::Finish
            | Layer::Overlay { .. }
            | Layer::Screen(_) => true,
        }
    }

    /// The page this layer shows.
    fn page(&self) -> Page {
        match self {
            Layer::Neutral(_) => Page::Neutral,
            Layer::StillThere { .. } => Page::StillThere,
            Layer::PinPad(..) => Page::PinPad,
            Layer::KioskStart(_) => Page::KioskStart,
            Layer::Finish => Page::Finish,
            Layer::Overlay { overlay, .. } => match overlay {
                Overlay::Help(_) => Page::Help,
                Overlay::Settings(_) => Page::Settings,
                Overlay::Shortcuts(_) => Page::Shortcuts,
            },
            Layer::Screen(screen) => match screen {
                Screen::Welcome(state) => Page::Welcome {
                    asking_language: state.is_asking_language(),
                },
                Screen::Home(_) => Page::Home,
                Screen::Lesson(state) => Page::Lesson {
                    lesson: state.lesson,
                    page: state.page,
                },
                Screen::Quiz(state) => Page::Quiz {
                    purpose: state.purpose,
                    question: state.attempt.current(),
                    retry: state.attempt.is_retry(),
                },
                Screen::Agenda(_) => Page::Agenda,
                Screen::Complete(_) => Page::Complete,
                Screen::Slides(slides) => Page::Slide {
                    index: slides.presenter.index(),
                    blank: slides.presenter.blank,
                    revealed: slides.presenter.revealed,
                    notes: slides.presenter.notes,
                },
            },
        }
    }
}

/// Keys that open an overlay from any screen or overlay.
fn anywhere(action: KeyAction) -> Option<Message> {
    match action {
        KeyAction::ShowKeys => Some(Message::OpenShortcuts),
        KeyAction::Help => Some(Message::OpenHelp),
        KeyAction::Settings => Some(Message::OpenSettings),
        KeyAction::Listen => Some(Message::Listen(ListenMessage::Toggle)),
        KeyAction::StopListening => Some(Message::Listen(ListenMessage::Stop)),
        _ => None,
    }
}

fn overlay_key(overlay: &Overlay, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
    match overlay {
        Overlay::Help(state) => state.key(ctx, action).map(Message::Help),
        Overlay::Settings(state) => state.key(ctx, action).map(Message::Settings),
        Overlay::Shortcuts(state) => state.key(action).map(Message::Shortcuts),
    }
}

fn screen_key(screen: &Screen, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
    match screen {
        Screen::Welcome(state) => state.key(ctx, action).map(Message::Welcome),
        Screen::Home(state) => state.key(ctx, action).map(Message::Home),
        Screen::Lesson(state) => state.key(ctx, action).map(Message::Lesson),
        Screen::Quiz(state) => state.key(ctx, action).map(Message::Quiz),
        Screen::Agenda(state) => state.key(action).map(Message::Agenda),
        Screen::Complete(state) => state.key(action).map(Message::Complete),
        Screen::Slides(state) => state.key(action).map(Message::Slides),
    }
}

/// Which page is showing, coarser than the screens' state: choosing an
/// answer changes the state but not the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Neutral,
    StillThere,
    PinPad,
    KioskStart,
    Finish,
    Help,
    Settings,
    Shortcuts,
    Welcome {
        asking_language: bool,
    },
    Home,
    Lesson {
        lesson: usize,
        page: usize,
    },
    Quiz {
        purpose: crate::screen::quiz::Purpose,
        question: Option<hifazat_core::quiz::Asked>,
        retry: bool,
    },
    Agenda,
    Complete,
    Slide {
        index: usize,
        blank: bool,
        revealed: bool,
        notes: bool,
    },
}

impl Page {
    /// A cover leaves the page under it as it was: after quick exit or
    /// "still here" the reader is where they were, scrolled as they were.
    fn is_cover(self) -> bool {
        matches!(self, Page::Neutral | Page::StillThere)
    }
}

/// Everything whose change repaints the whole window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shown {
    page: Page,
    lang: Lang,
    theme: ThemeChoice,
}

impl Shown {
    /// Whether another page is showing than `before` (a new language on
    /// the same page is the same page).
    pub(super) fn page_changed(&self, before: &Shown) -> bool {
        self.page != before.page
    }
}
