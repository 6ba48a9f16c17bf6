//! Pictograms beside the words of controls, from Lucide's icon font
//! (`hifazat_core::fonts::ICONS`). Drawn as text, so they take the colour
//! of the words beside them (and keep its contrast in every theme) and
//! grow with the text size.

use crate::Element;
use crate::theme::Theme;
use iced::widget::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// Listen: a speaker.
    Listen,
    Pause,
    /// Go on after a pause.
    Resume,
    Stop,
    Headphones,
}

impl Icon {
    /// The icon's code point in the Lucide font.
    fn glyph(self) -> char {
        match self {
            Icon::Listen => '\u{e1ab}',
            Icon::Pause => '\u{e12e}',
            Icon::Resume => '\u{e13c}',
            Icon::Stop => '\u{e167}',
            Icon::Headphones => '\u{e0f1}',
        }
    }

    /// The icon at `size` pixels, in `color` (a colour from the theme).
    pub fn view<'a, Message: 'a>(
        self,
        size: f32,
        color: fn(&Theme) -> iced::Color,
    ) -> Element<'a, Message> {
        text(self.glyph().to_string())
            .font(crate::fonts::ICONS)
            .size(size)
            .line_height(1.0)
            .style(move |theme: &Theme| text::Style {
                color: Some(color(theme)),
            })
            .into()
    }
}
