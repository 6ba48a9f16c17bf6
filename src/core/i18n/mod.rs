//! Languages: which ones exist, their direction and fonts, the Fluent
//! bundles that hold every word, and choosing a language from the OS locale.
//! Nothing here depends on iced's widgets.

mod bundle;
mod lang;
mod negotiate;
mod source;
mod words;

pub use bundle::{FormatError, I18n, TextFile};
pub use lang::{Direction, Lang, LangCode, SavedCode};
pub use negotiate::{from_os_locale, negotiate, os_region};
pub use source::{Lines, line_col, message_position};
pub use words::Words;
/// Splits a Fluent body into paragraphs at blank lines: how a section's
/// `.body` is shown, read and checked.
pub fn paragraphs(body: &str) -> impl Iterator<Item = &str> {
    body.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

// The type of a message variable, so callers need not name the fluent crate.
pub use fluent::FluentValue;
