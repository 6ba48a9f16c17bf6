use crate::i18n::Lang;
use std::fmt;

/// How much of the content a language has in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub lang: Lang,
    /// Messages a reader may see (those English has and something uses).
    pub total: usize,
    /// Of those, the ones this language has whole.
    pub translated: usize,
}

impl Coverage {
    /// Rounded down, so 100 % means nothing falls back.
    pub fn percent(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }

    pub fn falling_back(&self) -> usize {
        self.total - self.translated
    }
}

/// The one-line summary `check` ends with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub lessons: usize,
    pub questions: usize,
    pub languages: Vec<Coverage>,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |count: usize, one: &str, many: &str| {
            format!("{count} {}", if count == 1 { one } else { many })
        };
        write!(
            f,
            "{}, {}",
            plural(self.lessons, "lesson", "lessons"),
            plural(self.questions, "question", "questions")
        )?;
        for (index, coverage) in self.languages.iter().enumerate() {
            f.write_str(if index == 0 { "; " } else { ", " })?;
            write!(f, "{} {} %", coverage.lang, coverage.percent())?;
            if coverage.falling_back() > 0 {
                let count = coverage.falling_back();
                let (noun, verb) = if count == 1 {
                    ("message", "falls")
                } else {
                    ("messages", "fall")
                };
                write!(f, " ({count} {noun} {verb} back to English)")?;
            }
        }
        Ok(())
    }
}
