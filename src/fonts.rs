//! The bundled fonts as iced names them. Every text the app draws names one
//! of these, so what a reader sees never depends on the fonts installed on
//! the machine. The files themselves are in `hifazat_core::fonts`.

use iced::Font;
use iced::font::{Family, Weight};
use std::sync::{Mutex, PoisonError};

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
/// The pictograms beside control words (see `crate::icons`).
pub const ICONS: Font = Font::with_name("lucide");
/// The marks on answers and lessons: ✓ ✔ ✗ ✘.
pub const MARKS: Font = Font::with_name("Noto Sans Symbols 2");

/// The font of a content pack, by its family name. iced names a family by
/// a `&'static str`, and a pack's family is read from its file at start-up,
/// so each distinct name is kept here for the life of the process: one
/// short string per font of an accepted pack, however often it is asked
/// for.
pub fn pack_font(family: &str) -> Font {
    static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    let name = match names.iter().find(|name| **name == family) {
        Some(name) => *name,
        None => {
            let name: &'static str = Box::leak(family.to_owned().into_boxed_str());
            names.push(name);
            name
        }
    };
    Font::with_name(name)
}
