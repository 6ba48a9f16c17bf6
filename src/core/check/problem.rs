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
    pub fn error(path: impl Into<String>, line: usize, column: usize, message: String) -> Self {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            line,
            column,
            message,
        }
    }

    pub fn warning(path: impl Into<String>, line: usize, column: usize, message: String) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(path, line, column, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

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
