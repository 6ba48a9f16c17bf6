//! One problem in one file, at a line and column: the single shape of every
//! "file:line:column" report, whatever the file: the course, the help
//! directory, a locale, a content pack, `kiosk.ron` or `progress.ron`.

use std::fmt;

/// How bad a problem is: an error stops a pack from loading; a warning is
/// something a reader would notice (English showing through, a plural
/// form missing) but the course still works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, at a file, line and column (both from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Problem {
    pub fn error(
        path: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            line,
            column,
            message: message.into(),
        }
    }

    /// An error about a file as a whole (it is missing, too large, not a
    /// file): placed at its start, where an editor opens it.
    pub fn in_file(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem::error(path, 1, 1, message)
    }

    /// An error at a byte offset into `text`, the file's contents.
    pub fn at_offset(
        path: impl Into<String>,
        text: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = crate::i18n::line_col(text, offset);
        Problem::error(path, line, column, message)
    }

    /// A RON syntax or type error, where the parser found it.
    pub fn ron(path: impl Into<String>, error: &ron::error::SpannedError) -> Self {
        Problem::error(
            path,
            error.position.line,
            error.position.col,
            error.code.to_string(),
        )
    }

    pub fn warning(
        path: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(path, line, column, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl std::error::Error for Problem {}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {severity}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}
