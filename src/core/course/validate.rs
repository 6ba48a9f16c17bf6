use super::{Course, QuestionKind};
use std::collections::HashSet;

/// A problem with the course and what it is about, so a checker can point
/// at the lesson or question in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Index of the lesson, if the problem is in one.
    pub lesson: Option<usize>,
    /// Index of the question in that lesson's quiz.
    pub question: Option<usize>,
    /// A field name or quoted id to look for inside the lesson or question.
    pub near: Option<String>,
    pub message: String,
}

/// Every problem with the course the RON parser cannot see (unique ids,
/// answer keys that exist, quizzes that can be passed), each with where it is.
pub fn issues(course: &Course) -> Vec<Issue> {
    let mut problems = Vec::new();
    if course.lessons.is_empty() {
        problems.push(Issue {
            lesson: None,
            question: None,
            near: None,
            message: "the course has no lessons".to_owned(),
        });
    }
    let mut lesson_ids = HashSet::new();
    for (index, lesson) in course.lessons.iter().enumerate() {
        let at = format!("lesson '{}'", lesson.id);
        let mut push = |near: Option<String>, message: String| {
            problems.push(Issue {
                lesson: Some(index),
                question: None,
                near,
                message,
            })
        };
        let quoted = |id: &str| Some(format!("{id:?}"));
        if !is_id(&lesson.id) {
            push(
                None,
                format!("{at}: ids use lowercase letters, digits and '-'"),
            );
        }
        if !lesson_ids.insert(&lesson.id) {
            push(None, format!("{at}: defined twice"));
        }
        if lesson.sections.is_empty() {
            push(Some("sections".into()), format!("{at}: has no sections"));
        }
        if lesson.key_points.is_empty() {
            push(
                Some("key_points".into()),
                format!("{at}: has no key points"),
            );
        }
        for (what, ids) in [
            ("section", &lesson.sections),
            ("key point", &lesson.key_points),
            ("discussion question", &lesson.discussion),
        ] {
            for id in duplicates(ids) {
                push(quoted(id), format!("{at}: {what} '{id}' appears twice"));
            }
            for id in ids.iter().filter(|id| !is_id(id)) {
                push(
                    quoted(id),
                    format!("{at}: {what} id '{id}' must use lowercase letters, digits and '-'"),
                );
            }
        }
        if !(1..=100).contains(&lesson.quiz.pass_mark) {
            push(
                Some("pass_mark".into()),
                format!(
                    "{at}: pass mark {} is not between 1 and 100",
                    lesson.quiz.pass_mark
                ),
            );
        }
        if lesson.quiz.draw == 0 {
            push(
                Some("draw".into()),
                format!("{at}: a quiz must draw at least one question"),
            );
        }
        if lesson.quiz.questions.is_empty() {
            push(
                Some("quiz".into()),
                format!("{at}: the quiz has no questions"),
            );
        }
        let mut question_ids = HashSet::new();
        for (number, question) in lesson.quiz.questions.iter().enumerate() {
            let mut push = |near: Option<String>, message: String| {
                problems.push(Issue {
                    lesson: Some(index),
                    question: Some(number),
                    near,
                    message,
                })
            };
            if !question_ids.insert(&question.id) {
                push(
                    None,
                    format!("{at}: question '{}' appears twice", question.id),
                );
            }
            let at = format!("{at}, question '{}'", question.id);
            let point = &question.point;
            if !point.is_empty()
                && !lesson.key_points.contains(point)
                && !lesson.sections.contains(point)
            {
                push(
                    Some("point".into()),
                    format!(
                        "{at}: point '{point}' is not one of the lesson's key points or sections"
                    ),
                );
            }
            for (near, problem) in answer_key_problems(&question.kind) {
                push(near, format!("{at}: {problem}"));
            }
        }
    }
    problems
}

/// Problems with a question's options and answer key, each with the field
/// to point at.
fn answer_key_problems(kind: &QuestionKind) -> Vec<(Option<String>, String)> {
    let mut problems = Vec::new();
    let options = kind.options();
    let options_field = || Some("options".to_owned());
    let mut check_options = |minimum: usize| {
        if options.len() < minimum {
            problems.push((
                options_field(),
                format!("needs at least {minimum} options, has {}", options.len()),
            ));
        }
        if options.iter().collect::<HashSet<_>>().len() != options.len() {
            problems.push((options_field(), "an option id appears twice".to_owned()));
        }
        for option in &options {
            if !is_id(option) {
                problems.push((
                    options_field(),
                    format!("option id '{option}' must use lowercase letters, digits and '-'"),
                ));
            }
        }
    };
    match kind {
        QuestionKind::Single { answer, .. } | QuestionKind::Scenario { answer, .. } => {
            check_options(2);
            if !options.contains(&answer.as_str()) {
                problems.push((
                    Some("answer".into()),
                    format!("answer '{answer}' is not one of the options {options:?}"),
                ));
            }
        }
        QuestionKind::SelectAll { answers, .. } => {
            check_options(3);
            let field = || Some("answers".to_owned());
            if answers.is_empty() {
                problems.push((
                    field(),
                    "a select-all question needs at least one right answer".to_owned(),
                ));
            }
            for answer in answers {
                if !options.contains(&answer.as_str()) {
                    problems.push((
                        field(),
                        format!("answer '{answer}' is not one of the options {options:?}"),
                    ));
                }
            }
            if answers.iter().collect::<HashSet<_>>().len() != answers.len() {
                problems.push((field(), "an answer appears twice".to_owned()));
            }
        }
        QuestionKind::TrueFalse { .. } => {}
    }
    problems
}

fn duplicates(ids: &[String]) -> impl Iterator<Item = &String> {
    let mut seen = HashSet::new();
    ids.iter().filter(move |id| !seen.insert(*id))
}

/// Ids become parts of Fluent message names, so they keep to Fluent's
/// identifier characters.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(text: &str) -> Course {
        ron::from_str(text).expect("test course parses")
    }

    /// The messages of every issue, for asserting on.
    fn validate(course: &Course) -> Vec<String> {
        issues(course)
            .into_iter()
            .map(|issue| issue.message)
            .collect()
    }

    const GOOD: &str = r#"Course(lessons: [Lesson(id: "a", sections: ["s"], key_points: ["k"],
        quiz: Quiz(questions: [Question(id: "q", kind: Single(options: ["a", "b"], answer: "b"))]))])"#;

    #[test]
    fn a_sound_course_has_no_problems_and_a_default_pass_mark() {
        let course = course(GOOD);
        assert_eq!(validate(&course), Vec::<String>::new());
        assert_eq!(course.lessons[0].quiz.pass_mark, 80);
    }

    #[test]
    fn an_answer_outside_the_options_is_named() {
        let course = course(&GOOD.replace(r#"answer: "b""#, r#"answer: "c""#));
        let problems = validate(&course);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("question 'q'") && problems[0].contains("answer 'c'"));
    }

    #[test]
    fn a_point_that_is_not_in_the_lesson_is_named() {
        let bad = course(&GOOD.replace(r#"id: "q","#, r#"id: "q", point: "nowhere","#));
        let problems = validate(&bad);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("point 'nowhere'"), "{problems:?}");
        let fine = course(&GOOD.replace(r#"id: "q","#, r#"id: "q", point: "k","#));
        assert_eq!(validate(&fine), Vec::<String>::new());
    }

    #[test]
    fn duplicate_lessons_and_empty_select_all_are_reported() {
        let text = r#"Course(lessons: [
            Lesson(id: "a", sections: ["s"], key_points: ["k"], quiz: Quiz(questions: [
                Question(id: "q", kind: SelectAll(options: ["a", "b", "c"], answers: []))])),
            Lesson(id: "a", sections: ["s"], key_points: ["k"], quiz: Quiz(questions: [
                Question(id: "q", kind: TrueFalse(answer: true))]))])"#;
        let problems = validate(&course(text));
        assert!(
            problems.iter().any(|p| p.contains("defined twice")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("at least one right answer")),
            "{problems:?}"
        );
    }
}
