//! The bundled fonts. Every text the app draws names one of these, so what a
//! reader sees never depends on the fonts installed on the machine.

use iced::Font;
use iced::font::{Family, Weight};

pub const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
pub const NASTALIQ_REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoNastaliqUrdu-Regular.ttf");
pub const NASTALIQ_BOLD: &[u8] = include_bytes!("../assets/fonts/NotoNastaliqUrdu-Bold.ttf");

/// All font files, in the order they are loaded.
pub const ALL: [&[u8]; 4] = [
    NOTO_SANS_REGULAR,
    NOTO_SANS_BOLD,
    NASTALIQ_REGULAR,
    NASTALIQ_BOLD,
];

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
