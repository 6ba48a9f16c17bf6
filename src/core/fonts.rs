//! The bundled font files. The window names them through iced (the GUI's
//! `fonts`); handouts embed them; `check` reads their family names.

pub const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
pub const NASTALIQ_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Regular.ttf");
pub const NASTALIQ_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Bold.ttf");
/// ✓ ✔ ✗ ✘ from Noto Sans Symbols 2, cut down to those four (2.5 KB):
/// neither Noto Sans nor Noto Nastaliq Urdu has them.
pub const MARKS: &[u8] = include_bytes!("../../assets/fonts/NotoSansSymbols2-Marks.ttf");

/// The pictograms beside control words (speaker, pause, play, stop,
/// headphones), from Lucide's icon font (ISC licence,
/// `assets/fonts/Lucide-LICENSE.txt`), cut down to those five (2.1 KB).
/// An icon font rather than SVG: iced's SVG renderer (resvg) would add
/// about 2.5 MB to the binary; these glyphs take the text's colour and
/// size as any text does.
pub const ICONS: &[u8] = include_bytes!("../../assets/fonts/Lucide-Controls.ttf");

/// All font files, in the order they are loaded.
pub const ALL: [&[u8]; 6] = [
    NOTO_SANS_REGULAR,
    NOTO_SANS_BOLD,
    NASTALIQ_REGULAR,
    NASTALIQ_BOLD,
    MARKS,
    ICONS,
];
