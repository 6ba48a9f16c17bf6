//! How the course structure names its words in the locales. One place, so
//! the screens, the checks and the content authors agree.
//!
//! For lesson `L`, section `S`, key point `K`, discussion question `D` and
//! quiz question `Q`:
//! - `lesson-L` (title) with `.goal`
//! - `section-L-S` (title) with `.body` (paragraphs split by a blank line)
//! - `key-L-K`, `discuss-L-D`
//! - `q-L-Q` (prompt) with one attribute per option id, `.why`, and
//!   `.situation` for scenarios

use super::{Lesson, Question, QuestionKind};
use crate::i18n::{I18n, Lang};

pub const TRUE_OPTION: &str = "true";
pub const FALSE_OPTION: &str = "false";

pub fn lesson(lesson: &Lesson) -> String {
    format!("lesson-{}", lesson.id)
}

pub fn section(lesson: &Lesson, section: &str) -> String {
    format!("section-{}-{section}", lesson.id)
}

pub fn key_point(lesson: &Lesson, key: &str) -> String {
    format!("key-{}-{key}", lesson.id)
}

pub fn discussion(lesson: &Lesson, item: &str) -> String {
    format!("discuss-{}-{item}", lesson.id)
}

pub fn question(lesson: &Lesson, question: &Question) -> String {
    format!("q-{}-{}", lesson.id, question.id)
}

/// The words of one of a question's options: "True" and "False" are the
/// app's own (`quiz-true`, `quiz-false`); the others are attributes of the
/// question's message.
pub fn option_words(
    i18n: &I18n,
    lang: Lang,
    lesson: &Lesson,
    question: &Question,
    option: &str,
) -> String {
    match question.kind {
        QuestionKind::TrueFalse { .. } => i18n.text(lang, &format!("quiz-{option}")),
        _ => i18n.attr(lang, &self::question(lesson, question), option),
    }
}

/// The words every language must have for one message: whether it needs a
/// value, and which attributes; and the part of the course that needs it,
/// so a checker can point there when the words are missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Required {
    pub id: String,
    pub attributes: Vec<String>,
    /// Index of the lesson that needs the message.
    pub lesson: usize,
    /// Index of the question, for a question's message.
    pub question: Option<usize>,
    /// The quoted id of a section, key point or discussion question.
    pub near: Option<String>,
}

/// Every message the course refers to, with the attributes each must have.
pub fn required(course: &super::Course) -> Vec<Required> {
    let mut all = Vec::new();
    for (index, lesson) in course.lessons.iter().enumerate() {
        let need = |id: String, attributes: Vec<String>, near: Option<&str>| Required {
            id,
            attributes,
            lesson: index,
            question: None,
            near: near.map(|id| format!("{id:?}")),
        };
        all.push(need(self::lesson(lesson), vec!["goal".into()], None));
        for s in &lesson.sections {
            all.push(need(section(lesson, s), vec!["body".into()], Some(s)));
        }
        for k in &lesson.key_points {
            all.push(need(key_point(lesson, k), Vec::new(), Some(k)));
        }
        for d in &lesson.discussion {
            all.push(need(discussion(lesson, d), Vec::new(), Some(d)));
        }
        for (number, q) in lesson.quiz.questions.iter().enumerate() {
            let mut attributes = vec!["why".to_owned()];
            if matches!(q.kind, QuestionKind::Scenario { .. }) {
                attributes.push("situation".into());
            }
            if !matches!(q.kind, QuestionKind::TrueFalse { .. }) {
                attributes.extend(q.kind.options().iter().map(|o| o.to_string()));
            }
            all.push(Required {
                question: Some(number),
                ..need(question(lesson, q), attributes, None)
            });
        }
    }
    all
}
