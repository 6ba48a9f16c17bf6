//! The course structure from `assets/course.ron`: lessons, sections, key
//! points, quizzes and answer keys. No words live here (they are in the
//! locales) and nothing here knows about iced.

pub mod ids;
mod validate;

pub use validate::{Issue, issues};

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Course {
    /// Which edition of the course this is. It is written into
    /// progress.ron with every save, so a quiz half done in another
    /// edition is set aside rather than resumed (its questions may have
    /// changed even when their number did not). Raise it whenever a
    /// question, an option or an answer changes. A course without one
    /// (an older pack) has "".
    #[serde(default)]
    pub content_version: String,
    pub lessons: Vec<Lesson>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Lesson {
    pub id: String,
    pub sections: Vec<String>,
    pub key_points: Vec<String>,
    /// Questions for a workshop group; shown in facilitator mode.
    #[serde(default)]
    pub discussion: Vec<String>,
    pub quiz: Quiz,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Quiz {
    /// Percentage of questions to get right to pass.
    #[serde(default = "default_pass_mark")]
    pub pass_mark: u8,
    /// How many of the pool's questions one attempt asks (all of them when
    /// the pool is smaller).
    #[serde(default = "default_draw")]
    pub draw: usize,
    /// The pool: each attempt draws from it, one per key point first.
    pub questions: Vec<Question>,
}

fn default_pass_mark() -> u8 {
    80
}

fn default_draw() -> usize {
    6
}

fn shuffled() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Question {
    pub id: String,
    /// The key point (or section) of the lesson this question checks: a
    /// draw covers the points, a retry asks another question on the same
    /// point, and the results point back to it. "" in an older pack.
    #[serde(default)]
    pub point: String,
    /// Whether each attempt orders the options anew. Off where an order
    /// carries meaning (a scale, "never … always").
    #[serde(default = "shuffled")]
    pub shuffle: bool,
    pub kind: QuestionKind,
}

/// The four kinds of question. Option ids are short letters ("a", "b", …)
/// whose words live in the locale as attributes of the question message.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub enum QuestionKind {
    /// Pick the one right option.
    Single {
        options: Vec<String>,
        answer: String,
    },
    /// A statement that is true or false.
    TrueFalse { answer: bool },
    /// Pick every right option, and only those.
    SelectAll {
        options: Vec<String>,
        answers: Vec<String>,
    },
    /// A short situation, then pick the one right option.
    Scenario {
        options: Vec<String>,
        answer: String,
    },
}

impl QuestionKind {
    /// The option ids the reader chooses from. True/false questions have
    /// two fixed options whose words the app supplies.
    pub fn options(&self) -> Vec<&str> {
        match self {
            QuestionKind::Single { options, .. }
            | QuestionKind::SelectAll { options, .. }
            | QuestionKind::Scenario { options, .. } => {
                options.iter().map(String::as_str).collect()
            }
            QuestionKind::TrueFalse { .. } => vec![ids::TRUE_OPTION, ids::FALSE_OPTION],
        }
    }

    /// Whether the reader may pick more than one option.
    pub fn is_multiple(&self) -> bool {
        matches!(self, QuestionKind::SelectAll { .. })
    }

    /// Indices (into `options()`) of the right options.
    pub fn correct_options(&self) -> Vec<usize> {
        let options = self.options();
        let position = |id: &str| options.iter().position(|option| *option == id);
        match self {
            QuestionKind::Single { answer, .. } | QuestionKind::Scenario { answer, .. } => {
                position(answer).into_iter().collect()
            }
            QuestionKind::SelectAll { answers, .. } => {
                let mut indices: Vec<usize> = answers.iter().filter_map(|a| position(a)).collect();
                indices.sort_unstable();
                indices
            }
            QuestionKind::TrueFalse { answer } => vec![if *answer { 0 } else { 1 }],
        }
    }
}

impl Lesson {
    /// How many pages the lesson is read in: one per section, then the
    /// key points ("Remember").
    pub fn pages(&self) -> usize {
        self.sections.len() + 1
    }

    /// Whether `page` is the last one, the key points.
    pub fn is_last_page(&self, page: usize) -> bool {
        page + 1 == self.pages()
    }
}

impl Course {
    pub fn lesson(&self, id: &str) -> Option<(usize, &Lesson)> {
        self.lessons
            .iter()
            .enumerate()
            .find(|(_, lesson)| lesson.id == id)
    }
}
