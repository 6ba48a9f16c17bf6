//! Pictograms beside the words of controls, from Lucide's icon font
//! (`hifazat_core::fonts::ICONS`). Drawn as text, so they take the colour
//! of the words beside them (and keep its contrast in every theme) and
//! grow with the text size.

use crate::Element;
use crate::theme::Theme;
use crate::widget::Text;
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
    /// A question mark in a circle.
    Help,
    /// A cog.
    Settings,
    /// Two scripts side by side.
    Language,
    /// An open door: leave at once.
    QuickExit,
    /// A kiosk visitor's Finish: leaving through a door with an arrow.
    Finish,
    /// An arrow pointing the way the text runs (Next) or back (Back); the
    /// caller mirrors it for a right-to-left language.
    ArrowRight,
    ArrowLeft,
    /// Check an answer: a tick.
    Check,
    /// Try again: an arrow turning back.
    Retry,
    /// Passed: a tick in a circle.
    Passed,
    /// Begun, not passed: a half-filled circle.
    InProgress,
    /// Not begun: an empty circle.
    NotStarted,
    /// A phone, a globe, a chat bubble: how a help contact is reached.
    Phone,
    Web,
    Chat,
    /// A warning triangle, beside "not confirmed".
    Warning,
    Print,
    /// Facilitator mode: a presentation board.
    Present,
    Keyboard,
}

impl Icon {
    /// The icon's code point in the Lucide font (`font/codepoints.json`
    /// of lucide-static 1.62.0).
    pub fn code_point(self) -> char {
        match self {
            Icon::Listen => '\u{e1ab}',
            Icon::Pause => '\u{e12e}',
            Icon::Resume => '\u{e13c}',
            Icon::Stop => '\u{e167}',
            Icon::Headphones => '\u{e0f1}',
            Icon::Help => '\u{e082}',
            Icon::Settings => '\u{e154}',
            Icon::Language => '\u{e0fe}',
            Icon::QuickExit => '\u{e3d6}',
            Icon::Finish => '\u{e10e}',
            Icon::ArrowRight => '\u{e049}',
            Icon::ArrowLeft => '\u{e048}',
            Icon::Check => '\u{e06c}',
            Icon::Retry => '\u{e148}',
            Icon::Passed => '\u{e226}',
            Icon::InProgress => '\u{e09d}',
            Icon::NotStarted => '\u{e076}',
            Icon::Phone => '\u{e133}',
            Icon::Web => '\u{e0e8}',
            Icon::Chat => '\u{e116}',
            Icon::Warning => '\u{e193}',
            Icon::Print => '\u{e141}',
            Icon::Present => '\u{e4ae}',
            Icon::Keyboard => '\u{e284}',
        }
    }

    /// Every icon, for the test that the font has each of them.
    pub const ALL: [Icon; 24] = [
        Icon::Listen,
        Icon::Pause,
        Icon::Resume,
        Icon::Stop,
        Icon::Headphones,
        Icon::Help,
        Icon::Settings,
        Icon::Language,
        Icon::QuickExit,
        Icon::Finish,
        Icon::ArrowRight,
        Icon::ArrowLeft,
        Icon::Check,
        Icon::Retry,
        Icon::Passed,
        Icon::InProgress,
        Icon::NotStarted,
        Icon::Phone,
        Icon::Web,
        Icon::Chat,
        Icon::Warning,
        Icon::Print,
        Icon::Present,
        Icon::Keyboard,
    ];

    /// The mark for how a help contact is reached.
    pub fn for_contact(kind: hifazat_core::pictures::ContactKind) -> Icon {
        use hifazat_core::pictures::ContactKind;
        match kind {
            ContactKind::Phone => Icon::Phone,
            ContactKind::Web => Icon::Web,
            ContactKind::Chat => Icon::Chat,
        }
    }

    /// The icon at `size` pixels, in the colour of the words around it
    /// (a button's label colour, say).
    pub fn text<'a>(self, size: f32) -> Text<'a> {
        text(self.code_point().to_string())
            .font(crate::fonts::ICONS)
            .size(size)
            .line_height(1.0)
    }

    /// The icon at `size` pixels, in `color` (a colour from the theme).
    pub fn view<'a, Message: 'a>(
        self,
        size: f32,
        color: fn(&Theme) -> iced::Color,
    ) -> Element<'a, Message> {
        self.text(size)
            .style(move |theme: &Theme| text::Style {
                color: Some(color(theme)),
            })
            .into()
    }
}
