use super::{Course, validate};
use crate::content::{self, TextFile};
use std::fmt;

/// A problem in a content file, pointing at the file, line and column (when
/// the problem has a position) so an author can go straight to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => write!(f, "{}:{line}:{column}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for ContentError {}

/// Parses and validates a course file.
pub fn load(file: &TextFile) -> Result<Course, Vec<ContentError>> {
    let course: Course = ron::from_str(&file.text).map_err(|error| {
        vec![ContentError {
            path: file.path.clone(),
            position: Some((error.position.line, error.position.col)),
            message: error.code.to_string(),
        }]
    })?;
    let problems = validate(&course);
    if problems.is_empty() {
        Ok(course)
    } else {
        Err(problems
            .into_iter()
            .map(|message| ContentError {
                path: file.path.clone(),
                position: None,
                message,
            })
            .collect())
    }
}

/// The course compiled into the binary.
pub fn load_embedded() -> Result<Course, Vec<ContentError>> {
    let file = content::asset("course.ron").ok_or_else(|| {
        vec![ContentError {
            path: "assets/course.ron".into(),
            position: None,
            message: "file is missing from the build".into(),
        }]
    })?;
    load(&file)
}
