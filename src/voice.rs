//! What reads pages aloud: espeak-ng where the machine has it, a recorder
//! in tests, or nothing. The app asks it to say one line at a time.

use hifazat_core::speech::{Espeak, Recorder, Said, Speaking};
use std::path::Path;

#[derive(Debug, Clone, Default)]
pub enum Voice {
    /// No voice on this machine: Listen says what to install.
    #[default]
    Missing,
    Espeak(Espeak),
    /// Writes down what it is asked to say, and says it until told the
    /// line is over (tests finish lines themselves).
    Recording(Recorder),
}

/// A line being said, until it ends or is stopped.
#[derive(Debug)]
pub enum Line {
    Espeak(Speaking),
    Recording(Recorder),
}

impl Voice {
    /// espeak-ng at `given` (`--voice`), or on the PATH.
    pub fn find(given: Option<&Path>) -> Voice {
        Espeak::find(given).map_or(Voice::Missing, Voice::Espeak)
    }

    pub fn is_missing(&self) -> bool {
        matches!(self, Voice::Missing)
    }

    /// Starts saying `text`. `None` if there is no voice, or it would not
    /// start.
    pub fn say(&self, voice: &str, words_per_minute: u32, text: &str) -> Option<Line> {
        match self {
            Voice::Missing => None,
            Voice::Espeak(espeak) => match espeak.say(voice, words_per_minute, text) {
                Ok(speaking) => Some(Line::Espeak(speaking)),
                Err(error) => {
                    tracing::error!(%error, program = %espeak.program().display(), "the voice would not start");
                    None
                }
            },
            Voice::Recording(recorder) => {
                recorder.say(Said {
                    voice: voice.to_owned(),
                    words_per_minute,
                    text: text.to_owned(),
                });
                Some(Line::Recording(recorder.clone()))
            }
        }
    }
}

impl Line {
    /// Silences the line now.
    pub fn stop(&self) {
        match self {
            Line::Espeak(speaking) => speaking.stop(),
            Line::Recording(recorder) => recorder.stop(),
        }
    }

    /// Holds the line; false where it cannot be held (it is then stopped,
    /// and read again from its start on resume).
    pub fn pause(&self) -> bool {
        match self {
            Line::Espeak(speaking) => speaking.pause(),
            Line::Recording(_) => true,
        }
    }

    pub fn resume(&self) -> bool {
        match self {
            Line::Espeak(speaking) => speaking.resume(),
            Line::Recording(_) => true,
        }
    }

    /// What to wait on for the line's end: only a real voice ends by
    /// itself.
    pub fn speaking(&self) -> Option<Speaking> {
        match self {
            Line::Espeak(speaking) => Some(speaking.clone()),
            Line::Recording(_) => None,
        }
    }
}
