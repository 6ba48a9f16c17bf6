//! The bundled fonts as iced names them. Every text the app draws names one
//! of these, so what a reader sees never depends on the fonts installed on
//! the machine. The files themselves are in `hifazat_core::fonts`.

use iced::Font;
use iced::font::{Family, Weight};

pub use hifazat_core::fonts::ALL;

pub const SANS: Font = Font::with_name("Noto Sans");
pub const SANS_BOLD: Font = Font {
    weight: Weight::Bold,
    ..SANS
};
pub const NASTALIQ: Font = Font {
    family: Family::Name("Noto Nastaliq Urdu"),
    ..Font::DEFAULT
};
pub const NASTALIQ_BOLD_FONT: Font = Font {
    weight: Weight::Bold,
    ..NASTALIQ
};
