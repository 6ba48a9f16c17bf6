//! The staff's way out of the kiosk: an on-screen number pad for the exit
//! PIN. The digits typed show only as dots.

use crate::Element;
use crate::keys::KeyAction;
use crate::screen::Ctx;
use crate::theme;
use crate::widget::dot;
use hifazat_core::kiosk::pin;
use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Length};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    entered: String,
    last_try_wrong: bool,
    /// A PIN is being checked (Argon2 takes a while, on purpose): the pad
    /// takes nothing but "Cancel" until it is.
    checking: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Digit(char),
    Erase,
    Submit,
    Cancel,
}

pub enum Action {
    None,
    /// Check this PIN.
    Try(String),
    Cancel,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        if self.checking && !matches!(message, Message::Cancel) {
            return Action::None;
        }
        match message {
            Message::Digit(digit) if self.entered.len() < *pin::PIN_DIGITS.end() => {
                // A new try: "wrong PIN" was about the last one.
                self.last_try_wrong = false;
                self.entered.push(digit);
                Action::None
            }
            Message::Digit(_) => Action::None,
            Message::Erase => {
                self.entered.pop();
                Action::None
            }
            Message::Submit if pin::is_well_formed(&self.entered) => {
                self.checking = true;
                Action::Try(std::mem::take(&mut self.entered))
            }
            Message::Submit => Action::None,
            Message::Cancel => Action::Cancel,
        }
    }

    /// The PIN was not checked (another try was, or tries must wait): the
    /// pad takes input again.
    pub fn not_checked(&mut self) {
        self.checking = false;
    }

    /// The PIN just tried was wrong: start over.
    pub fn refused(&mut self) {
        self.entered.clear();
        self.last_try_wrong = true;
        self.checking = false;
    }

    pub fn key(&self, action: KeyAction) -> Option<Message> {
        match action {
            KeyAction::Choose(9) => Some(Message::Digit('0')),
            KeyAction::Choose(index @ 0..=8) => {
                char::from_digit(index as u32 + 1, 10).map(Message::Digit)
            }
            KeyAction::Back => Some(Message::Erase),
            KeyAction::Confirm => Some(Message::Submit),
            _ => None,
        }
    }

    /// `wait` is the seconds left before another try is checked.
    pub fn view<'a>(&self, ctx: Ctx<'a>, wait: Option<u64>) -> Element<'a, Message> {
        // In every language the kiosk offers, the screen's first: the pad
        // opens between visitors as well as in a session.
        let languages: Vec<_> = std::iter::once(ctx.lang)
            .chain(
                ctx.languages
                    .iter()
                    .copied()
                    .filter(|lang| *lang != ctx.lang),
            )
            .collect();
        let said = |id: &str, size: fn(&crate::widget::Ui) -> f32, bold: bool, warn: bool| {
            let mut lines = column![].spacing(2).align_x(Alignment::Center);
            for &lang in &languages {
                let ui = ctx.ui_for(lang);
                let words = match (id, wait) {
                    ("kiosk-pin-wait", Some(seconds)) => {
                        ctx.i18n
                            .text_with(lang, id, &[("seconds", seconds)].into_iter().collect())
                    }
                    _ => ctx.i18n.text(lang, id),
                };
                let line = ui.text(words, size(&ui), bold);
                lines = lines.push(if warn {
                    line.style(theme::warning_text)
                } else {
                    line
                });
            }
            lines
        };
        let status_id = match wait {
            Some(_) => Some("kiosk-pin-wait"),
            None if self.last_try_wrong => Some("kiosk-pin-wrong"),
            None => None,
        };
        let waiting = wait.is_some() || self.checking;
        let digit = |d: char| {
            let label = text(d.to_string()).font(crate::fonts::SANS_BOLD).size(32);
            pad_key(label, (!waiting).then_some(Message::Digit(d)), false)
        };
        let can_submit = !waiting && pin::is_well_formed(&self.entered);
        let rows = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]
            .into_iter()
            .map(|digits| row(digits.map(digit)).spacing(12).into());
        let last = row![
            // The keys' own words in the screen's language only: a key is
            // a fingertip wide, and its place on the pad says the rest.
            pad_key(
                ctx.ui()
                    .text(ctx.t("kiosk-pin-erase"), ctx.ui().typo.body, false),
                (!waiting).then_some(Message::Erase),
                false
            ),
            digit('0'),
            pad_key(
                ctx.ui()
                    .text(ctx.t("kiosk-pin-unlock"), ctx.ui().typo.body, true),
                can_submit.then_some(Message::Submit),
                true
            ),
        ]
        .spacing(12);
        container(
            column![
                said("kiosk-pin-title", |ui| ui.typo.heading, true, false),
                dots(self.entered.len()),
                status_id.map(|id| said(id, |ui| ui.typo.body, false, true)),
                column(rows).push(last).spacing(12),
                button(said("kiosk-pin-cancel", |ui| ui.typo.small, false, false))
                    .padding([8, 22])
                    .style(theme::action(false))
                    .on_press(Message::Cancel),
            ]
            .spacing(20)
            .align_x(Alignment::Center),
        )
        .center(Length::Fill)
        .into()
    }
}

/// One key of the pad: large enough for a fingertip.
fn pad_key<'a>(
    label: impl Into<Element<'a, Message>>,
    on_press: Option<Message>,
    primary: bool,
) -> Element<'a, Message> {
    button(container(label).center(Length::Fill))
        .width(112)
        .height(80)
        .style(theme::action(primary))
        .on_press_maybe(on_press)
        .into()
}

/// A dot for each digit typed, so the PIN itself is never on screen.
fn dots<'a>(count: usize) -> Element<'a, Message> {
    container(row((0..count).map(|_| dot(20.0, true))).spacing(12))
        .height(28)
        .center_y(28)
        .into()
}
