//! The root's side of kiosk mode: sessions that start on a tap and end on
//! "Finish", quick exit or idleness; the countdown; and the staff's PIN
//! pad. A session's state is the app's ordinary state, kept only in
//! memory; ending it rebuilds the app from its start-up configuration, so
//! nothing a visitor did can survive into the next session.

use super::{App, Config, Message};
use crate::screen::kiosk::{finish, pin_pad, start, still_there};
use hifazat_core::content::Content;
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::{Idle, KioskSetup, Phase, PinGate, PinHash, Verdict};
use hifazat_core::problem::Problem;
use iced::Task;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Taps on the start screen's name that open the PIN pad, and the time
/// they must fall within.
const NAME_TAPS: usize = 5;
const NAME_TAP_WINDOW: Duration = Duration::from_secs(5);

#[derive(Debug, Clone)]
pub enum KioskMessage {
    Start(start::Message),
    StillThere(still_there::Message),
    Finish(finish::Message),
    Pad(pin_pad::Message),
    AskFinish,
    /// The staff chord (Ctrl+Alt+Shift+K): opens the PIN pad.
    StaffExit,
    /// Whether the PIN tried was the right one, once Argon2 has said.
    PinChecked(bool),
    /// A touch, click or scroll anywhere (from the key listener).
    Input,
    /// Once a second while a session or the PIN pad is open.
    Tick,
}

#[derive(Debug)]
pub struct KioskState {
    setup: KioskSetup,
    /// Those of `setup`'s languages the loaded content has.
    languages: Vec<Lang>,
    /// What the app was started with (less `setup`), to rebuild it
    /// between visitors.
    config: Config,
    /// The last touch at the kiosk, by anyone.
    idle: Idle,
    /// A visitor's session is open (they tapped "begin").
    in_session: bool,
    /// The countdown is showing, with this many seconds left.
    asking: Option<u64>,
    finishing: Option<finish::State>,
    pad: Option<pin_pad::State>,
    /// Seconds before the pad checks another PIN, after wrong tries.
    pad_wait: Option<u64>,
    /// Kept across sessions, so wrong tries are not forgiven by waiting
    /// for a session to end.
    gate: PinGate,
    name_taps: Vec<Instant>,
    left: bool,
}

impl KioskState {
    pub(super) fn new(setup: KioskSetup, content: &Content, config: Config) -> Self {
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
        let now = setup.clock.now();
        KioskState {
            idle: Idle::new(setup.settings.idle, now),
            setup,
            languages,
            config: Config {
                kiosk: None,
                ..config
            },
            in_session: false,
            asking: None,
            finishing: None,
            pad: None,
            pad_wait: None,
            gate: PinGate::default(),
            name_taps: Vec::new(),
            left: false,
        }
    }

    pub(super) fn languages(&self) -> &[Lang] {
        &self.languages
    }

    pub(super) fn in_session(&self) -> bool {
        self.in_session
    }

    /// The seconds the countdown shows, while it does.
    pub(super) fn countdown(&self) -> Option<u64> {
        self.asking.filter(|_| self.in_session)
    }

    pub(super) fn pad(&self) -> Option<&pin_pad::State> {
        self.pad.as_ref()
    }

    pub(super) fn pad_wait(&self) -> Option<u64> {
        self.pad_wait
    }

    pub(super) fn is_finishing(&self) -> bool {
        self.finishing.is_some()
    }

    /// Whether visitors may listen, and how.
    pub(super) fn listen(&self) -> hifazat_core::kiosk::config::KioskListen {
        self.setup.settings.listen
    }

    /// A problem with `kiosk.ron`, for the staff.
    pub(super) fn problem(&self) -> Option<&Problem> {
        self.setup.problem.as_ref()
    }

    /// Only a session or the PIN pad needs the clock; the start screen
    /// sleeps until it is touched.
    fn needs_ticks(&self) -> bool {
        self.in_session || self.pad.is_some()
    }
}

impl App {
    pub fn is_kiosk(&self) -> bool {
        self.kiosk.is_some()
    }

    /// Whether a kiosk visitor's session is open.
    pub fn in_kiosk_session(&self) -> bool {
        self.kiosk.as_ref().is_some_and(KioskState::in_session)
    }

    /// Whether the staff PIN was accepted and the app is closing.
    pub fn has_left_kiosk(&self) -> bool {
        self.kiosk.as_ref().is_some_and(|kiosk| kiosk.left)
    }

    /// Whether the app needs a timer at all: only an open kiosk session
    /// (or the PIN pad) does.
    pub fn needs_ticks(&self) -> bool {
        self.kiosk.as_ref().is_some_and(KioskState::needs_ticks)
    }

    /// Time passes and touches happen before any message acts: a touch
    /// that comes after the countdown ran out finds the session already
    /// gone. Returns whether the message should still be handled.
    pub(super) fn kiosk_admits(&mut self, message: &Message) -> bool {
        let Some(kiosk) = &mut self.kiosk else {
            return true;
        };
        let now = kiosk.setup.clock.now();
        // The clock's view of the kiosk, worked out here and only here.
        match kiosk.idle.phase(now) {
            Phase::Over if kiosk.in_session => {
                self.end_session();
                return false;
            }
            // A PIN pad left open on the start screen closes itself.
            Phase::Over => kiosk.pad = None,
            Phase::Asking { seconds_left } if kiosk.in_session => kiosk.asking = Some(seconds_left),
            Phase::Asking { .. } | Phase::Active => kiosk.asking = None,
        }
        kiosk.pad_wait = kiosk.gate.wait_left(now);
        match message {
            Message::Kiosk(KioskMessage::Tick) => false,
            Message::Kiosk(KioskMessage::Input) => {
                kiosk.idle.touch(now);
                kiosk.asking = None;
                false
            }
            // Not a touch: the answer to a PIN tried earlier.
            Message::Kiosk(KioskMessage::PinChecked(_)) => true,
            // Someone at the screen who wants it hidden: always at once.
            Message::QuickExit => {
                kiosk.idle.touch(now);
                true
            }
            _ => {
                kiosk.idle.touch(now);
                // The countdown's only answer is "still here", which this
                // touch or key already is: whatever lies under the
                // countdown must not act unseen.
                kiosk.asking.take().is_none()
            }
        }
    }

    pub(super) fn kiosk_message(&mut self, message: KioskMessage) -> Task<Message> {
        let Some(kiosk) = &mut self.kiosk else {
            return Task::none();
        };
        let now = kiosk.setup.clock.now();
        match message {
            KioskMessage::Start(message) => match start::State.update(message) {
                start::Action::Begin(lang) if !kiosk.in_session => {
                    kiosk.in_session = true;
                    self.set_language(lang);
                }
                start::Action::Begin(_) => {}
                start::Action::Listen(lang) => {
                    return self.listen(super::ListenMessage::StartIn(lang));
                }
                start::Action::StopListening => return self.listen(super::ListenMessage::Stop),
                start::Action::NameTapped => {
                    kiosk
                        .name_taps
                        .retain(|tap| now.saturating_duration_since(*tap) < NAME_TAP_WINDOW);
                    kiosk.name_taps.push(now);
                    if kiosk.name_taps.len() >= NAME_TAPS {
                        kiosk.name_taps.clear();
                        self.open_pin_pad();
                    }
                }
            },
            // Already done by `kiosk_admits`: any touch or key is "still here".
            KioskMessage::StillThere(message) => match still_there::State.update(message) {
                still_there::Action::StillHere => {}
            },
            KioskMessage::AskFinish => kiosk.finishing = Some(finish::State),
            KioskMessage::Finish(message) => {
                let Some(finishing) = &mut kiosk.finishing else {
                    return Task::none();
                };
                match finishing.update(message) {
                    finish::Action::Finish => self.end_session(),
                    finish::Action::Stay => kiosk.finishing = None,
                }
            }
            KioskMessage::StaffExit => self.open_pin_pad(),
            KioskMessage::Pad(message) => return self.pad_message(message, now),
            KioskMessage::PinChecked(right) => self.pin_checked(right, now),
            KioskMessage::Input | KioskMessage::Tick => {}
        }
        Task::none()
    }

    /// The staff's way out: only where an exit PIN is configured.
    fn open_pin_pad(&mut self) {
        if let Some(kiosk) = &mut self.kiosk
            && kiosk.setup.settings.exit_pin.is_some()
        {
            kiosk.pad = Some(pin_pad::State::default());
        }
    }

    fn pad_message(&mut self, message: pin_pad::Message, now: Instant) -> Task<Message> {
        let Some(kiosk) = &mut self.kiosk else {
            return Task::none();
        };
        let (Some(pad), Some(hash)) = (&mut kiosk.pad, &kiosk.setup.settings.exit_pin) else {
            return Task::none();
        };
        // While wrong tries are being waited out, only "Cancel" works.
        if kiosk.pad_wait.is_some() && !matches!(message, pin_pad::Message::Cancel) {
            return Task::none();
        }
        match pad.update(message) {
            pin_pad::Action::None => Task::none(),
            pin_pad::Action::Cancel => {
                kiosk.pad = None;
                Task::none()
            }
            pin_pad::Action::Try(pin) => match kiosk.gate.begin_try(now) {
                Ok(()) => check_pin(hash.clone(), pin),
                // Not checked at all: the pad already says how long to wait.
                Err(Verdict::Wait { seconds }) => {
                    pad.not_checked();
                    kiosk.pad_wait = Some(seconds);
                    Task::none()
                }
                Err(Verdict::Busy | Verdict::Right | Verdict::Wrong) => {
                    pad.not_checked();
                    Task::none()
                }
            },
        }
    }

    /// Argon2 has said. The gate counts the try even if the pad was closed
    /// meanwhile, so cancelling cannot be used to guess for free.
    fn pin_checked(&mut self, right: bool, now: Instant) {
        let Some(kiosk) = &mut self.kiosk else {
            return;
        };
        match kiosk.gate.finish_try(right, now) {
            Verdict::Right => {
                tracing::info!("the kiosk was left with the staff PIN");
                kiosk.left = true;
            }
            Verdict::Wrong | Verdict::Wait { .. } | Verdict::Busy => {
                tracing::warn!("a wrong kiosk exit PIN was entered");
                if let Some(pad) = &mut kiosk.pad {
                    pad.refused();
                }
                kiosk.pad_wait = kiosk.gate.wait_left(now);
            }
        }
    }

    /// Clears everything the visitor did: the app is built again from its
    /// start-up configuration. Only the PIN gate, which belongs to the
    /// machine, carries over.
    pub(super) fn end_session(&mut self) {
        let Some(old) = self.kiosk.take() else {
            return;
        };
        // The next visitor must not hear the last one's page.
        self.stop_listening();
        // The background step is kept, so the page change that follows
        // flips it and the whole window is repainted (see `theme::Look`):
        // no speck of the visitor's page may stay on screen.
        let look = self.look.clone();
        let config = Config {
            kiosk: Some(old.setup),
            ..old.config
        };
        *self = App::new(Arc::clone(&self.content), config);
        self.look.continue_from(&look);
        if let Some(kiosk) = &mut self.kiosk {
            kiosk.gate = old.gate;
        }
    }
}

/// Checks a PIN against its hash away from the window's thread: Argon2 is
/// slow on purpose, and the kiosk must keep drawing meanwhile.
fn check_pin(hash: PinHash, pin: String) -> Task<Message> {
    Task::perform(
        crate::work::off_thread(move || hash.matches(&pin)),
        // No answer at all counts as a wrong try: never as the right one.
        |right| Message::Kiosk(KioskMessage::PinChecked(right.unwrap_or(false))),
    )
}
