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
/// value, and which attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Required {
    pub id: String,
    pub attributes: Vec<String>,
}

/// Every message the course refers to, with the attributes each must have.
pub fn required(course: &super::Course) -> Vec<Required> {
    let mut all = Vec::new();
    let plain = |id: String| Required {
        id,
        attributes: Vec::new(),
    };
    for lesson in &course.lessons {
        all.push(Required {
            id: self::lesson(lesson),
            attributes: vec!["goal".into()],
        });
        for s in &lesson.sections {
            all.push(Required {
                id: section(lesson, s),
                attributes: vec!["body".into()],
            });
        }
        all.extend(
            lesson
                .key_points
                .iter()
                .map(|k| plain(key_point(lesson, k))),
        );
        all.extend(
            lesson
                .discussion
                .iter()
                .map(|d| plain(discussion(lesson, d))),
        );
        for q in &lesson.quiz.questions {
            let mut attributes = vec!["why".to_owned()];
            if matches!(q.kind, QuestionKind::Scenario { .. }) {
                attributes.push("situation".into());
            }
            if !matches!(q.kind, QuestionKind::TrueFalse { .. }) {
                attributes.extend(q.kind.options().iter().map(|o| o.to_string()));
            }
            all.push(Required {
                id: question(lesson, q),
                attributes,
            });
        }
    }
    all
}
