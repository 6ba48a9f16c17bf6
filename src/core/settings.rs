//! The reader's choices: language, text size and colours. Saved with the
//! progress (see `store`).

use crate::i18n::{LangCode, SavedCode};
pub use crate::speech::{ListenSettings, Speed};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language last chosen, by code: whether it is still offered
    /// (a pack may have been removed) is for the loaded content to say.
    #[serde(default, deserialize_with = "any_language")]
    pub language: Option<LangCode>,
    #[serde(default)]
    pub text_size: TextSize,
    #[serde(default)]
    pub theme: ThemeChoice,
    /// Where the reader last left the window, to open it there again (not
    /// on a kiosk, which is always full screen).
    #[serde(default)]
    pub window: Option<WindowPlace>,
    /// How the voice reads, when the reader listens.
    #[serde(default)]
    pub listen: ListenSettings,
    /// Whether passed lessons come back for a short review.
    #[serde(default)]
    pub reviews: Reviews,
}

/// Short reviews of passed lessons, days later (see `review`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reviews {
    #[default]
    On,
    Off,
}

/// A window's size and place on the desktop, in whole logical pixels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowPlace {
    pub width: u32,
    pub height: u32,
    pub x: i32,
    pub y: i32,
}

/// A language code that is not well-formed reads as "not chosen", so the
/// rest of the saved file is kept.
fn any_language<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<LangCode>, D::Error> {
    let saved: Option<SavedCode> = Option::deserialize(deserializer)?;
    Ok(saved.and_then(|code| LangCode::new(&code.0)))
}

/// How large everything is drawn: text, buttons and spacing together.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Larger,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [
        TextSize::Standard,
        TextSize::Large,
        TextSize::Larger,
        TextSize::Largest,
    ];

    /// The factor the whole window is scaled by.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Standard => 1.0,
            TextSize::Large => 1.2,
            TextSize::Larger => 1.4,
            TextSize::Largest => 1.6,
        }
    }

    /// The message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            TextSize::Standard => "settings-size-standard",
            TextSize::Large => "settings-size-large",
            TextSize::Larger => "settings-size-larger",
            TextSize::Largest => "settings-size-largest",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            ThemeChoice::Light => "settings-theme-light",
            ThemeChoice::Dark => "settings-theme-dark",
            ThemeChoice::HighContrast => "settings-theme-high-contrast",
        }
    }
}
