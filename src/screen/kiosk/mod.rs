//! The kiosk's own screens: the start screen, "Are you still there?",
//! "Finish?", and the staff PIN pad.

pub mod finish;
pub mod pin_pad;
pub mod start;
pub mod still_there;

use crate::theme::Theme;
use iced::Background;
use iced::widget::button;

/// A button as large as its screen, so a touch anywhere counts, drawn as
/// the plain page.
fn whole_screen(theme: &Theme, _status: button::Status) -> button::Style {
    let c = theme.colors();
    button::Style {
        background: Some(Background::Color(theme.palette().background)),
        text_color: c.text,
        ..button::Style::default()
    }
}
