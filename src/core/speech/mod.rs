//! Listening: every page can be heard. This module has what speech is
//! without a window: how written text becomes text for a voice (`spoken`),
//! the words the voice needs respelled (`lexicon`), what a lesson page says
//! in reading order (`script`), and the voice itself (`espeak`), a program
//! found on the machine and run once per line, so that the line being read
//! is always known exactly and can be shown.
//!
//! The app works without a voice: `Espeak::find` says whether there is one.

pub mod audio;
pub mod espeak;
pub mod lexicon;
pub mod record;
pub mod script;
pub mod spoken;

pub use espeak::{Espeak, Speaking};
pub use lexicon::Lexicon;
pub use record::{Recorder, Said};

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// How fast the voice reads, as the reader chose in Settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Speed {
    Slower,
    #[default]
    Normal,
    Faster,
}

impl Speed {
    pub const ALL: [Speed; 3] = [Speed::Slower, Speed::Normal, Speed::Faster];

    /// Words a minute for the voice of `lang`. espeak-ng's own default
    /// (175) is brisk for a listener who is learning; Urdu is read more
    /// slowly than English, as the course is new to most who hear it.
    pub fn words_per_minute(self, lang: Lang) -> u32 {
        let urdu = lang.code() == "ur";
        match (self, urdu) {
            (Speed::Slower, true) => 115,
            (Speed::Normal, true) => 140,
            (Speed::Faster, true) => 170,
            (Speed::Slower, false) => 140,
            (Speed::Normal, false) => 170,
            (Speed::Faster, false) => 200,
        }
    }

    /// The message id of its name in Settings.
    pub fn message_id(self) -> &'static str {
        match self {
            Speed::Slower => "settings-speed-slower",
            Speed::Normal => "settings-speed-normal",
            Speed::Faster => "settings-speed-faster",
        }
    }
}

/// The reader's choices for listening, saved with the other settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListenSettings {
    #[serde(default)]
    pub speed: Speed,
    /// Go on reading when the reader turns to another page, instead of
    /// stopping.
    #[serde(default)]
    pub keep_listening: bool,
}

/// The name espeak-ng knows a language's voice by: its code, which for
/// the built-in languages and most packs is also espeak-ng's.
pub fn voice_name(lang: Lang) -> String {
    lang.code().to_owned()
}
