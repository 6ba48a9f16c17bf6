//! The bundled font files. The window names them through iced (the GUI's
//! `fonts`); handouts embed them; `check` reads their family names.

pub const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
pub const NASTALIQ_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Regular.ttf");
pub const NASTALIQ_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Bold.ttf");

/// All font files, in the order they are loaded.
pub const ALL: [&[u8]; 4] = [
    NOTO_SANS_REGULAR,
    NOTO_SANS_BOLD,
    NASTALIQ_REGULAR,
    NASTALIQ_BOLD,
];
