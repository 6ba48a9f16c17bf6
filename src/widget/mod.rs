//! Small pieces the screens share: language-aware text, rows that mirror
//! for right-to-left, navigation buttons, progress dots, answer options.

mod answer;
mod key_listener;
mod ui;

pub use answer::{AnswerOption, Mark, answer_option};
pub use key_listener::{KeyListener, key_listener};
pub use ui::{Typography, Ui, dot, is_arabic_script};

use crate::theme::Theme;

// iced's widgets, styled with the app's own theme.
pub type Text<'a> = iced::widget::Text<'a, Theme>;
pub type Column<'a, Message> = iced::widget::Column<'a, Message, Theme>;
pub type Row<'a, Message> = iced::widget::Row<'a, Message, Theme>;
pub type Container<'a, Message> = iced::widget::Container<'a, Message, Theme>;

/// The id of the line being read, for tests to find the mark.
pub const READING: &str = "reading";

/// A line Listen reads: marked like a highlighter pen while it is being
/// read. Every line has the same small margin, marked or not, so the page
/// does not move as the mark goes down it.
pub fn heard<'a, Message: 'a>(
    element: crate::Element<'a, Message>,
    reading: bool,
) -> crate::Element<'a, Message> {
    let line = Container::new(element).padding([2, 6]);
    if reading {
        line.style(crate::theme::reading).id(READING).into()
    } else {
        line.style(crate::theme::unmarked).into()
    }
}
