//! The root's side of Listen: reading the page on top aloud, one line at
//! a time, with the line being read marked on the page.
//!
//! A line is said by the voice (`crate::voice`); when it ends, a message
//! comes back and the next line starts. Each line has a turn number, so a
//! line that was stopped and reports late is ignored. Quick exit, the end
//! of a kiosk session and a new page (unless the reader chose to keep
//! listening) stop the voice at once.

use super::layer::Layer;
use super::{App, Message};
use crate::voice::Line;
use hifazat_core::i18n::Lang;
use hifazat_core::speech::espeak::Ended;
use hifazat_core::speech::{self, Lexicon};
use iced::Task;
use iced::advanced::widget::operation::scrollable::{self, AbsoluteOffset, Scrollable};
use iced::advanced::widget::operation::{Operation, Outcome};
use iced::widget::Id;

#[derive(Debug, Clone)]
pub enum ListenMessage {
    /// The Listen button or key: start, pause, or go on.
    Toggle,
    /// The kiosk's start screen, read in the language whose Listen was
    /// tapped (it shows every language at once).
    StartIn(Lang),
    Stop,
    /// The line of turn `turn` ended.
    LineEnded {
        turn: u64,
        ended: Ended,
    },
    /// The "no voice" notice was read.
    Dismiss,
}

/// Why Listen could not read, told above the page until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoiceProblem {
    /// No espeak-ng on this machine: what to install.
    Missing,
    /// The voice would not read this language.
    Failed,
}

/// Reading a page aloud.
#[derive(Debug)]
pub struct Listening {
    /// The page's lines as written, in reading order.
    lines: Vec<String>,
    lang: Lang,
    lexicon: Lexicon,
    /// The line being read.
    at: usize,
    paused: bool,
    line: Option<Line>,
    /// Whether a new language reads the page again in it: not for the
    /// kiosk's start screen, which is read in the language tapped.
    follows_language: bool,
}

impl Listening {
    /// The line being read (0 is the first).
    pub fn at(&self) -> usize {
        self.at
    }

    /// The language it is being read in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    fn stop(&mut self) {
        if let Some(line) = self.line.take() {
            line.stop();
        }
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.stop();
    }
}

impl App {
    pub(super) fn listen(&mut self, message: ListenMessage) -> Task<Message> {
        match message {
            ListenMessage::Toggle | ListenMessage::StartIn(_) if !self.may_listen() => Task::none(),
            ListenMessage::StartIn(lang) => {
                let lines = self.kiosk_start_script(lang);
                self.start_reading(lang, lines, 0, false)
            }
            ListenMessage::Toggle => match &mut self.listening {
                None => self.start_listening(0),
                Some(listening) if listening.paused => {
                    listening.paused = false;
                    let held = listening.line.as_ref().is_some_and(Line::resume);
                    if held {
                        Task::none()
                    } else {
                        // The line could not be held: read it again.
                        let at = listening.at;
                        self.speak(at)
                    }
                }
                Some(listening) => {
                    listening.paused = true;
                    let held = listening.line.as_ref().is_some_and(Line::pause);
                    if !held {
                        listening.stop();
                    }
                    Task::none()
                }
            },
            ListenMessage::Stop => {
                self.stop_listening();
                Task::none()
            }
            ListenMessage::LineEnded { turn, ended } => {
                let Some(listening) = &mut self.listening else {
                    return Task::none();
                };
                // A late report of a line stopped or read before.
                if turn != self.listening_turns {
                    return Task::none();
                }
                match ended {
                    Ended::Said => {
                        // (On a kiosk this message, like a touch, tells
                        // the idle timer someone is still there.)
                        listening.line = None;
                        self.next_line()
                    }
                    Ended::Stopped => Task::none(),
                    Ended::Failed => {
                        self.stop_listening();
                        self.voice_problem = Some(VoiceProblem::Failed);
                        Task::none()
                    }
                }
            }
            ListenMessage::Dismiss => {
                self.voice_problem = None;
                Task::none()
            }
        }
    }

    /// Whether Listen is offered here: not on a kiosk whose centre turned
    /// it off, never on the neutral page or the staff's PIN pad.
    pub fn may_listen(&self) -> bool {
        let offered = self
            .kiosk
            .as_ref()
            .is_none_or(|kiosk| kiosk.listen().is_offered());
        offered
            && !matches!(
                self.top(),
                Layer::Neutral(_) | Layer::PinPad(..) | Layer::StillThere { .. }
            )
    }

    /// Silences the voice at once and forgets the page being read.
    pub(super) fn stop_listening(&mut self) {
        if let Some(mut listening) = self.listening.take() {
            listening.stop();
        }
    }

    /// Starts reading the page on top from line `at`.
    fn start_listening(&mut self, at: usize) -> Task<Message> {
        let lines = self.script();
        self.start_reading(self.lang, lines, at, true)
    }

    fn start_reading(
        &mut self,
        lang: Lang,
        lines: Vec<String>,
        at: usize,
        follows_language: bool,
    ) -> Task<Message> {
        self.stop_listening();
        if self.voice.is_missing() {
            self.voice_problem = Some(VoiceProblem::Missing);
            return Task::none();
        }
        if lines.is_empty() {
            return Task::none();
        }
        self.voice_problem = None;
        let at = at.min(lines.len() - 1);
        self.listening = Some(Listening {
            at,
            lines,
            lang,
            lexicon: Lexicon::built_in(lang),
            paused: false,
            line: None,
            follows_language,
        });
        self.speak(at)
    }

    fn next_line(&mut self) -> Task<Message> {
        let Some(listening) = &self.listening else {
            return Task::none();
        };
        let next = listening.at + 1;
        if next < listening.lines.len() {
            self.speak(next)
        } else {
            // The page is read; the mark goes.
            self.stop_listening();
            Task::none()
        }
    }

    /// Says line `at`, and returns the wait for its end.
    fn speak(&mut self, at: usize) -> Task<Message> {
        self.listening_turns += 1;
        let turn = self.listening_turns;
        let speed = self.settings.listen.speed;
        let Some(listening) = &mut self.listening else {
            return Task::none();
        };
        listening.stop();
        listening.at = at;
        let text = speech::spoken::spoken(&listening.lines[at], &listening.lexicon);
        let voice = speech::voice_name(listening.lang);
        let words_per_minute = speed.words_per_minute(listening.lang);
        let Some(line) = self.voice.say(&voice, words_per_minute, &text) else {
            self.stop_listening();
            self.voice_problem = Some(VoiceProblem::Failed);
            return Task::none();
        };
        let waiting = line.speaking();
        if let Some(listening) = &mut self.listening {
            listening.line = Some(line);
        }
        let ends = match waiting {
            Some(speaking) => Task::perform(
                crate::work::off_thread(move || speaking.wait()),
                move |ended| {
                    Message::Listen(ListenMessage::LineEnded {
                        turn,
                        ended: ended.unwrap_or(Ended::Failed),
                    })
                },
            ),
            // A recording voice: the test says when the line is over.
            None => Task::none(),
        };
        Task::batch([ends, follow_the_mark()])
    }

    /// After a message: a new page stops the voice, or, if the reader
    /// keeps listening, reads the new page from its start; a new language
    /// reads the same line again in that language.
    pub(super) fn follow_listening(&mut self, page_changed: bool) -> Task<Message> {
        let Some(listening) = &self.listening else {
            return Task::none();
        };
        if page_changed {
            if self.settings.listen.keep_listening && self.may_listen() {
                return self.start_listening(0);
            }
            self.stop_listening();
            return Task::none();
        }
        if listening.follows_language && listening.lang != self.lang {
            let (at, paused) = (listening.at, listening.paused);
            let task = self.start_listening(at);
            if paused {
                // Paused stays paused, in the new language.
                return Task::batch([task, self.listen(ListenMessage::Toggle)]);
            }
            return task;
        }
        Task::none()
    }

    /// What Listen reads on the page on top, in reading order.
    fn script(&self) -> Vec<String> {
        match self.top() {
            Layer::Neutral(_) | Layer::StillThere { .. } | Layer::PinPad(..) => Vec::new(),
            Layer::KioskStart(_) => self.kiosk_start_script(self.lang),
            Layer::Finish => self.finish_view().script,
            Layer::Overlay { overlay, .. } => self.overlay_view(overlay).script,
            Layer::Screen(screen) => self.screen_view(screen).script,
        }
    }

    fn kiosk_start_script(&self, lang: Lang) -> Vec<String> {
        crate::screen::kiosk::start::script(&self.content.i18n, lang, self.kiosk_listen_id())
    }

    /// What the kiosk's start screen says of listening here.
    pub(super) fn kiosk_listen_id(&self) -> &'static str {
        use hifazat_core::kiosk::config::KioskListen;
        let listen = self
            .kiosk
            .as_ref()
            .map_or(KioskListen::Off, |kiosk| kiosk.listen());
        match (listen, self.voice.is_missing()) {
            (KioskListen::Off, _) | (_, true) => "kiosk-listen-off",
            (KioskListen::Headphones, false) => "kiosk-listen-headphones",
            (KioskListen::On, false) => "kiosk-listen-on",
        }
    }

    /// The turn of the line being read, while one is: its end is told with
    /// it (tests with a recording voice end lines themselves).
    pub fn listening_turn(&self) -> Option<u64> {
        self.listening.as_ref().map(|_| self.listening_turns)
    }

    /// The reading now, for tests and the bar.
    pub fn listening(&self) -> Option<&Listening> {
        self.listening.as_ref()
    }

    pub fn voice_problem(&self) -> Option<VoiceProblem> {
        self.voice_problem
    }
}

/// Scrolls the page so that the line being read is in view, if it is not:
/// a listener who follows with their eyes never loses the place.
fn follow_the_mark<T: Send + 'static>() -> Task<T> {
    iced::advanced::widget::operate(FollowMark::default())
}

/// Finds the page's scrollable and the marked line in one pass over the
/// widgets, then, where the line is out of view, scrolls to it.
#[derive(Default)]
struct FollowMark {
    /// The page's bounds, its content's, and how far it is scrolled.
    page: Option<(iced::Rectangle, iced::Rectangle, iced::Vector)>,
    mark: Option<iced::Rectangle>,
}

impl<T: Send + 'static> Operation<T> for FollowMark {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<T>)) {
        operate(self);
    }

    fn container(&mut self, id: Option<&Id>, bounds: iced::Rectangle) {
        if id == Some(&Id::new(crate::widget::READING)) {
            self.mark = Some(bounds);
        }
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: iced::Rectangle,
        content_bounds: iced::Rectangle,
        translation: iced::Vector,
        _state: &mut dyn Scrollable,
    ) {
        if id == Some(&Id::new(super::view::PAGE)) {
            self.page = Some((bounds, content_bounds, translation));
        }
    }

    fn finish(&self) -> Outcome<T> {
        let (Some((bounds, content, translation)), Some(mark)) = (self.page, self.mark) else {
            return Outcome::None;
        };
        let top = mark.y - content.y;
        let bottom = top + mark.height;
        let seen = top >= translation.y && bottom <= translation.y + bounds.height;
        if seen {
            return Outcome::None;
        }
        // A little of what came before stays above the line, for context.
        let y = (top - bounds.height * 0.2).max(0.0);
        Outcome::Chain(Box::new(scrollable::scroll_to(
            Id::new(super::view::PAGE),
            AbsoluteOffset {
                x: None,
                y: Some(y),
            },
        )))
    }
}
