//! The root's side of kiosk mode: sessions that start on a tap and end on
//! "Finish", quick exit or idleness; the countdown; and the staff's PIN
//! pad. A session's state is the app's ordinary state, kept only in
//! memory; ending it rebuilds the app from its start-up configuration, so
//! nothing a visitor did can survive into the next session.

use super::{App, Config, Message};
use crate::keys::KeyAction;
use crate::screen::kiosk::{finish, pin_pad, start, still_there};
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::{Idle, KioskSetup, Phase, PinGate, Verdict};
use iced::Element;
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
    /// A touch, click or scroll anywhere (from the key listener).
    Input,
    /// Once a second while a session or the PIN pad is open.
    Tick,
}

/// Whether a key belongs to a kiosk page.
pub(super) enum KioskKey {
    /// Not a kiosk page: the ordinary screens have the key.
    NotHere,
    /// A kiosk page's answer to the key, which may be nothing.
    Does(Option<Message>),
}

/// What the kiosk shows instead of the ordinary screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum KioskPage {
    Start,
    StillThere,
    PinPad,
    Finish,
}

pub(super) struct KioskState {
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
    finishing: bool,
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
    pub(super) fn new(setup: KioskSetup, languages: Vec<Lang>, config: Config) -> Self {
        let now = setup.clock.now();
        KioskState {
            languages,
            idle: Idle::new(setup.settings.idle, now),
            setup,
            config: Config {
                kiosk: None,
                ..config
            },
            in_session: false,
            asking: None,
            finishing: false,
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

    pub(super) fn page(&self) -> Option<KioskPage> {
        if self.in_session && self.asking.is_some() {
            Some(KioskPage::StillThere)
        } else if self.pad.is_some() {
            Some(KioskPage::PinPad)
        } else if !self.in_session {
            Some(KioskPage::Start)
        } else if self.finishing {
            Some(KioskPage::Finish)
        } else {
            None
        }
    }

    /// Only a session or the PIN pad needs the clock; the start screen
    /// sleeps until it is touched.
    pub(super) fn needs_ticks(&self) -> bool {
        self.in_session || self.pad.is_some()
    }
}

impl App {
    pub fn is_kiosk(&self) -> bool {
        self.kiosk.is_some()
    }

    /// Whether a kiosk visitor's session is open.
    pub fn in_kiosk_session(&self) -> bool {
        self.kiosk.as_ref().is_some_and(|kiosk| kiosk.in_session)
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

    pub(super) fn kiosk_page(&self) -> Option<KioskPage> {
        self.kiosk.as_ref().and_then(KioskState::page)
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
            // Someone at the screen who wants it hidden: always at once.
            Message::QuickExit | Message::Key(KeyAction::QuickExit) => {
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

    pub(super) fn kiosk_message(&mut self, message: KioskMessage) {
        let Some(kiosk) = &mut self.kiosk else {
            return;
        };
        let now = kiosk.setup.clock.now();
        match message {
            KioskMessage::Start(start::Message::Begin(lang)) if !kiosk.in_session => {
                kiosk.in_session = true;
                self.set_language(lang);
            }
            KioskMessage::Start(start::Message::Begin(_)) => {}
            KioskMessage::Start(start::Message::NameTapped) => {
                kiosk
                    .name_taps
                    .retain(|tap| now.saturating_duration_since(*tap) < NAME_TAP_WINDOW);
                kiosk.name_taps.push(now);
                if kiosk.name_taps.len() >= NAME_TAPS {
                    kiosk.name_taps.clear();
                    self.open_pin_pad();
                }
            }
            // Already done by `kiosk_admits`: any touch or key is "still here".
            KioskMessage::StillThere(still_there::Message::StillHere) => {}
            KioskMessage::AskFinish => kiosk.finishing = true,
            KioskMessage::StaffExit => self.open_pin_pad(),
            KioskMessage::Finish(finish::Message::Confirm) => self.end_session(),
            KioskMessage::Finish(finish::Message::Cancel) => kiosk.finishing = false,
            KioskMessage::Pad(message) => self.pad_message(message, now),
            KioskMessage::Input | KioskMessage::Tick => {}
        }
    }

    /// The staff's way out: only where an exit PIN is configured.
    pub(super) fn open_pin_pad(&mut self) {
        if let Some(kiosk) = &mut self.kiosk
            && kiosk.setup.settings.exit_pin.is_some()
        {
            kiosk.pad = Some(pin_pad::State::default());
        }
    }

    fn pad_message(&mut self, message: pin_pad::Message, now: Instant) {
        let Some(kiosk) = &mut self.kiosk else {
            return;
        };
        let (Some(pad), Some(hash)) = (&mut kiosk.pad, &kiosk.setup.settings.exit_pin) else {
            return;
        };
        // While wrong tries are being waited out, only "Cancel" works.
        if kiosk.pad_wait.is_some() && !matches!(message, pin_pad::Message::Cancel) {
            return;
        }
        match pad.update(message) {
            pin_pad::Action::None => {}
            pin_pad::Action::Cancel => kiosk.pad = None,
            pin_pad::Action::Try(pin) => match kiosk.gate.try_pin(hash, &pin, now) {
                Verdict::Right => {
                    tracing::info!("the kiosk was left with the staff PIN");
                    kiosk.left = true;
                }
                Verdict::Wrong => {
                    tracing::warn!("a wrong kiosk exit PIN was entered");
                    pad.refused();
                    kiosk.pad_wait = kiosk.gate.wait_left(now);
                }
                // Not checked at all: the pad already says how long to wait.
                Verdict::Wait { seconds } => kiosk.pad_wait = Some(seconds),
            },
        }
    }

    /// Clears everything the visitor did: the app is built again from its
    /// start-up configuration. Only the PIN gate, which belongs to the
    /// machine, carries over.
    pub(super) fn end_session(&mut self) {
        let Some(old) = self.kiosk.take() else {
            return;
        };
        // Kept, so the page change that follows flips it and the whole
        // window is repainted (see `theme::theme`): no speck of the
        // visitor's page may stay on screen.
        let alternate_background = self.alternate_background;
        let config = Config {
            kiosk: Some(old.setup),
            ..old.config
        };
        *self = App::new(Arc::clone(&self.content), config);
        self.alternate_background = alternate_background;
        if let Some(kiosk) = &mut self.kiosk {
            kiosk.gate = old.gate;
        }
    }

    /// What a key does on the kiosk's own pages.
    pub(super) fn kiosk_key(&self, action: KeyAction) -> KioskKey {
        let Some(kiosk) = &self.kiosk else {
            return KioskKey::NotHere;
        };
        if action == KeyAction::StaffExit {
            return KioskKey::Does(Some(Message::Kiosk(KioskMessage::StaffExit)));
        }
        let message = match kiosk.page() {
            None => return KioskKey::NotHere,
            Some(KioskPage::StillThere) => {
                Some(KioskMessage::StillThere(still_there::Message::StillHere))
            }
            Some(KioskPage::PinPad) => kiosk
                .pad
                .as_ref()
                .and_then(|pad| pad.key(action))
                .map(KioskMessage::Pad),
            Some(KioskPage::Start) => {
                start::key(kiosk.languages(), action).map(KioskMessage::Start)
            }
            Some(KioskPage::Finish) => finish::key(action).map(KioskMessage::Finish),
        };
        KioskKey::Does(message.map(Message::Kiosk))
    }

    /// How a kiosk page is drawn, given the ordinary view (bar and page)
    /// and the ordinary page's content.
    pub(super) fn kiosk_layer(&self) -> KioskLayer<'_> {
        let Some(kiosk) = &self.kiosk else {
            return KioskLayer::None;
        };
        let ctx = self.ctx();
        match kiosk.page() {
            None => KioskLayer::None,
            Some(KioskPage::Start) => KioskLayer::Instead(
                start::view(
                    ctx,
                    kiosk.setup.problem.as_ref(),
                    self.skipped_packs.first().map(|pack| &pack.first_problem),
                )
                .map(|m| Message::Kiosk(KioskMessage::Start(m))),
            ),
            Some(KioskPage::PinPad) => match &kiosk.pad {
                Some(pad) => KioskLayer::Instead(
                    pad.view(ctx, kiosk.pad_wait)
                        .map(|m| Message::Kiosk(KioskMessage::Pad(m))),
                ),
                None => KioskLayer::None,
            },
            // Over the page, so its scroll position is still there after
            // "still here"; the countdown is opaque and hides it all.
            Some(KioskPage::StillThere) => KioskLayer::Over(
                still_there::view(ctx, kiosk.asking.unwrap_or(0))
                    .map(|m| Message::Kiosk(KioskMessage::StillThere(m))),
            ),
            Some(KioskPage::Finish) => KioskLayer::Content(
                finish::view(ctx).map(|m| Message::Kiosk(KioskMessage::Finish(m))),
            ),
        }
    }
}

/// Where a kiosk page goes on screen.
pub(super) enum KioskLayer<'a> {
    None,
    /// The whole window, without the bar.
    Instead(Element<'a, Message>),
    /// Over the ordinary view, covering it.
    Over(Element<'a, Message>),
    /// Under the bar, in place of the page.
    Content(Element<'a, Message>),
}
