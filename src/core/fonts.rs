//! The bundled font files. The window names them through iced (the GUI's
//! `fonts`); handouts embed them; `check` reads their family names.

/// Noto Sans is cut to Latin (Basic, Latin-1, Extended-A), combining
/// marks, punctuation, currency, letterlike symbols and arrows, with the
/// layout features a shaper applies by default: 100 KB a weight instead of
/// 510 KB (the binary's 15 MB budget left no room for the lesson pictures'
/// renderer otherwise). A pack in another script brings its own font.
/// Noto Nastaliq Urdu is whole but for its glyph names (post format 3).
pub const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
pub const NASTALIQ_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Regular.ttf");
pub const NASTALIQ_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoNastaliqUrdu-Bold.ttf");
/// ✓ ✔ ✗ ✘ from Noto Sans Symbols 2, cut down to those four (2.5 KB):
/// neither Noto Sans nor Noto Nastaliq Urdu has them.
pub const MARKS: &[u8] = include_bytes!("../../assets/fonts/NotoSansSymbols2-Marks.ttf");

/// The pictograms beside control words and states (speaker, help, cog,
/// door, arrows, tick, half circle, phone, globe, warning…: every
/// `hifazat::icons::Icon`), from Lucide's icon font (ISC licence,
/// `assets/fonts/Lucide-LICENSE.txt`), cut down to those 24 (8.9 KB).
/// Drawn as text, they take the words' colour and size. Lesson pictures
/// are SVG instead (`assets/pictures/`), since a pack may replace them.
pub const ICONS: &[u8] = include_bytes!("../../assets/fonts/Lucide-Icons.ttf");

/// All font files, in the order they are loaded.
pub const ALL: [&[u8]; 6] = [
    NOTO_SANS_REGULAR,
    NOTO_SANS_BOLD,
    NASTALIQ_REGULAR,
    NASTALIQ_BOLD,
    MARKS,
    ICONS,
];
