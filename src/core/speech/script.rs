//! What a lesson page says, line by line in reading order: the same words
//! the page shows, in the order a reader's eye takes them. A line is what
//! is highlighted while it is read, so a line is a heading or a paragraph.
//! The lesson screen and `hifazat audio` both read lessons from here.

use crate::course::{Course, ids};
use crate::i18n::{Words, paragraphs};

/// The lines of page `page` of lesson `lesson`: on the first page the
/// lesson's name and what it teaches, then the section's heading and
/// paragraphs; on the last, "Remember" and each key point.
pub fn lesson_page(course: &Course, words: Words<'_>, lesson: usize, page: usize) -> Vec<String> {
    let Some(lesson) = course.lessons.get(lesson) else {
        return Vec::new();
    };
    let lesson_id = ids::lesson(lesson);
    let mut lines = Vec::new();
    if let Some(section) = lesson.sections.get(page) {
        if page == 0 {
            lines.push(words.t(&lesson_id));
            lines.push(format!(
                "{} {}",
                words.t("lesson-you-will-learn"),
                words.attr(&lesson_id, "goal")
            ));
        }
        let section_id = ids::section(lesson, section);
        lines.push(words.t(&section_id));
        let body = words.attr(&section_id, "body");
        lines.extend(paragraphs(&body).map(str::to_owned));
    } else if page == lesson.sections.len() {
        lines.push(words.t("lesson-remember"));
        lines.extend(
            lesson
                .key_points
                .iter()
                .map(|key| words.t(&ids::key_point(lesson, key))),
        );
    }
    lines
}

/// Every page of a lesson, in order: what `hifazat audio` records.
pub fn whole_lesson(course: &Course, words: Words<'_>, lesson: usize) -> Vec<String> {
    let pages = course.lessons.get(lesson).map_or(0, |l| l.pages());
    (0..pages)
        .flat_map(|page| lesson_page(course, words, lesson, page))
        .collect()
}
