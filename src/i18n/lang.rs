use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the course is written in. Urdu comes first: it is the first
/// language of this course.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "ur")]
    Ur,
    #[serde(rename = "en")]
    En,
}

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ur, Lang::En];

    /// The language every other one falls back to when a message is missing.
    pub const FALLBACK: Lang = Lang::En;

    /// BCP 47 code, also the name of the folder under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ur => "ur",
            Lang::En => "en",
        }
    }

    /// The language's name in its own script, as a reader looks for it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ur => "اردو",
            Lang::En => "English",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Lang::Ur => Direction::RightToLeft,
            Lang::En => Direction::LeftToRight,
        }
    }

    pub fn is_rtl(self) -> bool {
        self.direction() == Direction::RightToLeft
    }

    /// The other language, for the one-tap language switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ur => Lang::En,
            Lang::En => Lang::Ur,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown language '{s}' (expected one of: ur, en)"))
    }
}
