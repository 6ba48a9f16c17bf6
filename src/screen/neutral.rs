//! What quick exit shows: a plain welcome page with no course words, so
//! someone walking in sees nothing of what was on screen.

use super::Ctx;
use crate::Element;
use crate::keys::KeyAction;
use crate::theme;
use iced::Length;
use iced::widget::{button, column, container, text};

/// Quick exit is on while this exists (see `app::Layer::Neutral`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State;

#[derive(Debug, Clone)]
pub enum Message {
    Return,
}

pub enum Action {
    /// Back to the page that was showing.
    Return,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Return => Action::Return,
        }
    }

    /// Only Enter brings the page back, so a keyboard-only reader can
    /// return; any other key, pressed by someone walking in, does nothing.
    pub fn key(&self, action: KeyAction) -> Option<Message> {
        (action == KeyAction::Confirm).then_some(Message::Return)
    }

    /// Two short, harmless lines in the reader's language.
    pub fn view<'a>(&self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let font = ctx.ui().typo.font;
        container(
            column![
                text(ctx.t("neutral-welcome"))
                    .font(font)
                    .size(40)
                    .line_height(2.0),
                button(
                    text(ctx.t("neutral-continue"))
                        .font(font)
                        .size(18)
                        .line_height(2.0)
                )
                .padding([11, 18])
                .style(theme::secondary)
                .on_press(Message::Return),
            ]
            .spacing(24)
            .align_x(iced::Alignment::Center),
        )
        .center(Length::Fill)
        .into()
    }
}
