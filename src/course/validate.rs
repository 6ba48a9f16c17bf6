use super::{Course, QuestionKind};
use std::collections::HashSet;

/// Checks what the RON parser cannot: unique ids, answer keys that exist,
/// quizzes that can be passed. Returns one message per problem.
pub fn validate(course: &Course) -> Vec<String> {
    let mut problems = Vec::new();
    if course.lessons.is_empty() {
        problems.push("the course has no lessons".to_owned());
    }
    let mut lesson_ids = HashSet::new();
    for lesson in &course.lessons {
        let at = format!("lesson '{}'", lesson.id);
        if !is_id(&lesson.id) {
            problems.push(format!("{at}: ids use lowercase letters, digits and '-'"));
        }
        if !lesson_ids.insert(&lesson.id) {
            problems.push(format!("{at}: defined twice"));
        }
        if lesson.sections.is_empty() {
            problems.push(format!("{at}: has no sections"));
        }
        if lesson.key_points.is_empty() {
            problems.push(format!("{at}: has no key points"));
        }
        for (what, ids) in [
            ("section", &lesson.sections),
            ("key point", &lesson.key_points),
            ("discussion question", &lesson.discussion),
        ] {
            problems.extend(duplicates(ids).map(|id| format!("{at}: {what} '{id}' appears twice")));
            problems.extend(ids.iter().filter(|id| !is_id(id)).map(|id| {
                format!("{at}: {what} id '{id}' must use lowercase letters, digits and '-'")
            }));
        }
        if !(1..=100).contains(&lesson.quiz.pass_mark) {
            problems.push(format!(
                "{at}: pass mark {} is not between 1 and 100",
                lesson.quiz.pass_mark
            ));
        }
        if lesson.quiz.questions.is_empty() {
            problems.push(format!("{at}: the quiz has no questions"));
        }
        let question_ids: Vec<String> =
            lesson.quiz.questions.iter().map(|q| q.id.clone()).collect();
        problems.extend(
            duplicates(&question_ids).map(|id| format!("{at}: question '{id}' appears twice")),
        );
        for question in &lesson.quiz.questions {
            let at = format!("{at}, question '{}'", question.id);
            problems.extend(
                answer_key_problems(&question.kind)
                    .into_iter()
                    .map(|p| format!("{at}: {p}")),
            );
        }
    }
    problems
}

fn answer_key_problems(kind: &QuestionKind) -> Vec<String> {
    let mut problems = Vec::new();
    let options = kind.options();
    let mut check_options = |minimum: usize| {
        if options.len() < minimum {
            problems.push(format!(
                "needs at least {minimum} options, has {}",
                options.len()
            ));
        }
        if options.iter().collect::<HashSet<_>>().len() != options.len() {
            problems.push("an option id appears twice".to_owned());
        }
        for option in &options {
            if !is_id(option) {
                problems.push(format!(
                    "option id '{option}' must use lowercase letters, digits and '-'"
                ));
            }
        }
    };
    match kind {
        QuestionKind::Single { answer, .. } | QuestionKind::Scenario { answer, .. } => {
            check_options(2);
            if !options.contains(&answer.as_str()) {
                problems.push(format!(
                    "answer '{answer}' is not one of the options {options:?}"
                ));
            }
        }
        QuestionKind::SelectAll { answers, .. } => {
            check_options(3);
            if answers.is_empty() {
                problems.push("a select-all question needs at least one right answer".to_owned());
            }
            for answer in answers {
                if !options.contains(&answer.as_str()) {
                    problems.push(format!(
                        "answer '{answer}' is not one of the options {options:?}"
                    ));
                }
            }
            if answers.iter().collect::<HashSet<_>>().len() != answers.len() {
                problems.push("an answer appears twice".to_owned());
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
