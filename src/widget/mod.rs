//! Small pieces the screens share: language-aware text, rows that mirror
//! for right-to-left, navigation buttons, progress dots, answer options.

mod answer;
mod key_listener;
mod mark;
mod picture;
mod ui;

pub use answer::{AnswerOption, Mark, answer_option};
pub use key_listener::{KeyListener, key_listener};
pub use mark::{Marked, READING};
pub use picture::{picture, rasterize};
pub use ui::{Typography, Ui, dot, is_arabic_script};

use crate::theme::Theme;

// iced's widgets, styled with the app's own theme.
pub type Text<'a> = iced::widget::Text<'a, Theme>;
pub type Column<'a, Message> = iced::widget::Column<'a, Message, Theme>;
pub type Row<'a, Message> = iced::widget::Row<'a, Message, Theme>;
pub type Container<'a, Message> = iced::widget::Container<'a, Message, Theme>;

/// A line Listen reads, marked while it is being read (see `Marked`).
pub fn heard<'a, Message: 'a>(
    element: crate::Element<'a, Message>,
    reading: bool,
) -> crate::Element<'a, Message> {
    Marked::new(element, reading).into()
}
