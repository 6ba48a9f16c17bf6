//! "Are you still there?": shown when nobody has touched the screen for a
//! while, with the seconds left before everything is cleared. A touch
//! anywhere, or any key, keeps the session.

use super::whole_screen;
use crate::Element;
use crate::keys::KeyAction;
use crate::screen::Ctx;
use iced::widget::{button, column, container};
use iced::{Alignment, Length};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State;

#[derive(Debug, Clone)]
pub enum Message {
    StillHere,
}

pub enum Action {
    /// Someone is there: the session goes on.
    StillHere,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::StillHere => Action::StillHere,
        }
    }

    /// Any key at all is "still here".
    pub fn key(&self, _action: KeyAction) -> Option<Message> {
        Some(Message::StillHere)
    }

    pub fn view<'a>(&self, ctx: Ctx<'a>, seconds_left: u64) -> Element<'a, Message> {
        view(ctx, seconds_left)
    }
}

fn view<'a>(ctx: Ctx<'a>, seconds_left: u64) -> Element<'a, Message> {
    let ui = ctx.ui();
    let centred = |content: crate::widget::Text<'a>| container(content).center_x(Length::Fill);
    let count = ctx.t_with("kiosk-still-there-countdown", &[("seconds", seconds_left)]);
    button(
        container(
            column![
                centred(ui.text(ctx.t("kiosk-still-there-title"), ui.typo.title * 1.4, true)),
                centred(ui.text(count, ui.typo.heading, false)),
                container(
                    container(ui.text(ctx.t("kiosk-still-there-continue"), ui.typo.heading, true))
                        .padding([16, 40])
                        .style(crate::theme::notice)
                )
                .center_x(Length::Fill),
            ]
            .spacing(32)
            .align_x(Alignment::Center),
        )
        .center(Length::Fill),
    )
    .width(Length::Fill)
    .height(Length::Fill)
    .style(whole_screen)
    .on_press(Message::StillHere)
    .into()
}
