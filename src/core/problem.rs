//! One problem in one file, at a line and column: the single shape of every
//! "file:line:column" report, whatever the file: the course, the help
//! directory, a locale, a content pack, `kiosk.ron` or `progress.ron`.

use std::fmt;

/// How bad a problem is: an error stops a pack from loading; a warning is
/// something a reader would notice (English showing through, a plural
/// form missing) but the course still works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// Characters of a problem's message that are kept. The home notice and
/// `check` show the message whole, and a message quoting a five-megabyte
/// id would take a gigabyte to lay out; no message the app writes is
/// half this long without such a quote.
pub const MAX_MESSAGE_CHARS: usize = 300;

/// One problem, at a file, line and column (both from 1).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
            message: excerpt(message.into(), MAX_MESSAGE_CHARS),
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

/// The text cut to at most `limit` characters, at a character boundary,
/// with "…" saying that it was cut.
pub fn excerpt(mut text: String, limit: usize) -> String {
    if let Some((cut, _)) = text.char_indices().nth(limit) {
        let end = text[..cut]
            .char_indices()
            .nth_back(0)
            .map_or(0, |(at, _)| at);
        text.truncate(end);
        text.push('…');
    }
    text
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_messages_are_cut_at_a_character_with_an_ellipsis() {
        assert_eq!(excerpt("short".into(), 300), "short");
        assert_eq!(excerpt("abcd".into(), 4), "abcd");
        assert_eq!(excerpt("abcde".into(), 4), "abc…");
        assert_eq!(excerpt("اردو زبان".into(), 4), "ارد…");
        let problem = Problem::error("f", 1, 1, "m".repeat(5 << 20));
        assert_eq!(problem.message.chars().count(), MAX_MESSAGE_CHARS);
        assert!(problem.message.ends_with('…'));
    }
}
