//! What quick exit shows: a plain welcome page with no course words, so
//! someone walking in sees nothing of what was on screen.

use crate::theme;
use iced::widget::{button, column, container, text};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Message {
    Return,
}

/// `welcome` and `back` are short, harmless words in the reader's
/// language, drawn in the font `font`.
pub fn view<'a>(welcome: String, back: String, font: iced::Font) -> Element<'a, Message> {
    container(
        column![
            text(welcome).font(font).size(40).line_height(2.0),
            button(text(back).font(font).size(18).line_height(2.0))
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
