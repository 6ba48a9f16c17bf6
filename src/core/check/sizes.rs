//! How large a course and a help directory may be. Each limit is far
//! above the built-in content (7 lessons of at most 5 sections, 5 key
//! points, 2 discussion questions and 6 questions of at most 5 options;
//! 13 help entries of 1 or 2 contacts) and is checked right after the
//! file parses, before the work that grows with it: placing every id,
//! building the message list, comparing languages. A pack over a limit
//! is refused for that alone.

use crate::course::{Course, Issue};
use crate::help::HelpDirectory;

pub const MAX_LESSONS: usize = 1000;
/// Per lesson, each: sections, key points, discussion questions.
pub const MAX_LESSON_PARTS: usize = 50;
pub const MAX_QUESTIONS: usize = 50;
pub const MAX_OPTIONS: usize = 10;
pub const MAX_HELP_ENTRIES: usize = 1000;
pub const MAX_CONTACTS: usize = 10;
/// Characters in any id (lesson, section, question, option, help entry,
/// country, message). Ids are words joined by dashes; the longest built-in
/// one is under 60 characters.
pub const MAX_ID_CHARS: usize = 100;
/// Characters of a contact (a phone number or a web address).
pub const MAX_CONTACT_CHARS: usize = 200;

/// What is said of an id that is too long; the id itself is cut short, so
/// a five-megabyte id never becomes a five-megabyte message.
pub fn long_id(what: &str, id: &str) -> String {
    format!(
        "{what} id '{}…' is {} characters; ids are at most {MAX_ID_CHARS}",
        id.chars().take(20).collect::<String>(),
        id.chars().count()
    )
}

fn too_many(what: &str, count: usize, limit: usize) -> String {
    format!("has {count} {what}; at most {limit} are allowed")
}

fn is_long(id: &str) -> bool {
    // Bytes first: most ids are ASCII and short, and a long one is not
    // counted character by character.
    id.len() > MAX_ID_CHARS && id.chars().count() > MAX_ID_CHARS
}

/// Every limit the course breaks. Each problem points at the lesson (or
/// the course) so placing it costs nothing.
pub fn course(course: &Course) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut push = |lesson: Option<usize>, question: Option<usize>, message: String| {
        issues.push(Issue {
            lesson,
            question,
            near: None,
            message,
        })
    };
    if course.lessons.len() > MAX_LESSONS {
        push(
            None,
            None,
            format!(
                "the course {}",
                too_many("lessons", course.lessons.len(), MAX_LESSONS)
            ),
        );
        // Looking into each of ten thousand lessons is the work the
        // limit is there to spare.
        return issues;
    }
    for (index, lesson) in course.lessons.iter().enumerate() {
        let at = Some(index);
        if is_long(&lesson.id) {
            push(at, None, long_id("a lesson", &lesson.id));
            continue;
        }
        let named = format!("lesson '{}'", lesson.id);
        for (what, one, parts) in [
            ("sections", "a section", &lesson.sections),
            ("key points", "a key point", &lesson.key_points),
            (
                "discussion questions",
                "a discussion question",
                &lesson.discussion,
            ),
        ] {
            if parts.len() > MAX_LESSON_PARTS {
                push(
                    at,
                    None,
                    format!("{named} {}", too_many(what, parts.len(), MAX_LESSON_PARTS)),
                );
            }
            if let Some(id) = parts.iter().find(|id| is_long(id)) {
                push(at, None, format!("{named}: {}", long_id(one, id)));
            }
        }
        let questions = &lesson.quiz.questions;
        if questions.len() > MAX_QUESTIONS {
            push(
                at,
                None,
                format!(
                    "{named}: the quiz {}",
                    too_many("questions", questions.len(), MAX_QUESTIONS)
                ),
            );
            continue;
        }
        for (number, question) in questions.iter().enumerate() {
            if is_long(&question.id) {
                push(
                    at,
                    Some(number),
                    format!("{named}: {}", long_id("a question", &question.id)),
                );
                continue;
            }
            let options = question.kind.options();
            let named = format!("{named}, question '{}'", question.id);
            if options.len() > MAX_OPTIONS {
                push(
                    at,
                    Some(number),
                    format!(
                        "{named} {}",
                        too_many("options", options.len(), MAX_OPTIONS)
                    ),
                );
            } else if let Some(id) = options.iter().find(|id| is_long(id)) {
                push(
                    at,
                    Some(number),
                    format!("{named}: {}", long_id("an option", id)),
                );
            }
        }
    }
    issues
}

/// Every limit the help directory breaks, by the index of the entry
/// (`None` for the directory as a whole).
pub fn help(directory: &HelpDirectory) -> Vec<(Option<usize>, String)> {
    let entries = &directory.entries;
    if entries.len() > MAX_HELP_ENTRIES {
        return vec![(
            None,
            format!(
                "the help directory {}",
                too_many("entries", entries.len(), MAX_HELP_ENTRIES)
            ),
        )];
    }
    let mut issues = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let mut push = |message: String| issues.push((Some(index), message));
        if is_long(&entry.id) {
            push(long_id("a help entry", &entry.id));
            continue;
        }
        if is_long(&entry.country) {
            push(long_id("a country", &entry.country));
        }
        let named = format!("entry '{}'", entry.id);
        if entry.contacts.len() > MAX_CONTACTS {
            push(format!(
                "{named} {}",
                too_many("contacts", entry.contacts.len(), MAX_CONTACTS)
            ));
        }
        if entry
            .contacts
            .iter()
            .any(|contact| contact.chars().count() > MAX_CONTACT_CHARS)
        {
            push(format!(
                "{named} has a contact longer than {MAX_CONTACT_CHARS} characters"
            ));
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_id_is_named_by_its_start_only() {
        let message = long_id("a section", &"m".repeat(5_000_000));
        assert_eq!(
            message,
            format!(
                "a section id '{}…' is 5000000 characters; ids are at most 100",
                "m".repeat(20)
            )
        );
        assert!(!is_long(&"ا".repeat(100)));
        assert!(is_long(&"ا".repeat(101)));
    }
}
