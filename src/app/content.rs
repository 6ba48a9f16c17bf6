use crate::course::{self, Course};
use crate::help::{self, HelpDirectory};
use crate::i18n::I18n;

/// Everything the app teaches, loaded once and shared.
pub struct Content {
    pub i18n: I18n,
    pub course: Course,
    pub help: HelpDirectory,
}

impl Content {
    /// Loads the content compiled into the binary. Every problem is
    /// returned as `file:line:column: message`.
    pub fn embedded() -> Result<Self, Vec<String>> {
        let i18n = I18n::embedded();
        let course = course::load_embedded();
        let help = help::load_embedded();
        match (i18n, course, help) {
            (Ok(i18n), Ok(course), Ok(help)) => Ok(Content { i18n, course, help }),
            (i18n, course, help) => {
                let mut problems = Vec::new();
                if let Err(errors) = i18n {
                    problems.extend(errors.iter().map(ToString::to_string));
                }
                if let Err(errors) = course {
                    problems.extend(errors.iter().map(ToString::to_string));
                }
                if let Err(error) = help {
                    problems.push(error.to_string());
                }
                Err(problems)
            }
        }
    }
}
