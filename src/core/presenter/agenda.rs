//! Today's workshop: the lessons to run, their order, and the time they
//! take.

use crate::course::{Course, Lesson};

/// Minutes a lesson takes in a group, by rule of thumb: three for each
/// section, two for the key points, one for each quiz question, and five
/// for each discussion question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub lesson: u32,
    pub discussion: u32,
}

impl Timing {
    pub fn total(self) -> u32 {
        self.lesson + self.discussion
    }
}

/// How many questions the group is asked: the quiz's draw from its pool.
fn asked(lesson: &Lesson) -> usize {
    lesson.quiz.draw.min(lesson.quiz.questions.len())
}

pub fn timing(lesson: &Lesson) -> Timing {
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Timing {
        lesson: 3 * count(lesson.sections.len()) + 2 + count(asked(lesson)),
        discussion: 5 * count(lesson.discussion.len()),
    }
}

/// The lessons chosen for today, by index into the course, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    lessons: Vec<usize>,
}

impl Agenda {
    /// Every lesson, in the course's order.
    pub fn whole_course(course: &Course) -> Self {
        Agenda {
            lessons: (0..course.lessons.len()).collect(),
        }
    }

    pub fn lessons(&self) -> &[usize] {
        &self.lessons
    }

    pub fn includes(&self, lesson: usize) -> bool {
        self.lessons.contains(&lesson)
    }

    /// Adds a lesson at the end, or takes it out.
    pub fn toggle(&mut self, lesson: usize) {
        match self.lessons.iter().position(|&l| l == lesson) {
            Some(at) => {
                self.lessons.remove(at);
            }
            None => self.lessons.push(lesson),
        }
    }

    /// Moves a chosen lesson one place earlier (`up`) or later.
    pub fn shift(&mut self, lesson: usize, up: bool) {
        let Some(at) = self.lessons.iter().position(|&l| l == lesson) else {
            return;
        };
        let to = if up { at.checked_sub(1) } else { Some(at + 1) };
        if let Some(to) = to.filter(|&to| to < self.lessons.len()) {
            self.lessons.swap(at, to);
        }
    }

    pub fn minutes(&self, course: &Course) -> u32 {
        self.lessons
            .iter()
            .filter_map(|&l| course.lessons.get(l))
            .map(|lesson| timing(lesson).total())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course() -> Course {
        crate::content::Content::embedded()
            .expect("the course loads")
            .course
    }

    #[test]
    fn a_lesson_is_timed_from_its_parts() {
        let course = course();
        let lesson = &course.lessons[0];
        let timing = timing(lesson);
        assert_eq!(
            timing.lesson,
            3 * lesson.sections.len() as u32
                + 2
                + lesson.quiz.draw.min(lesson.quiz.questions.len()) as u32
        );
        assert_eq!(timing.discussion, 5 * lesson.discussion.len() as u32);
    }

    #[test]
    fn lessons_are_added_removed_and_reordered() {
        let course = course();
        let mut agenda = Agenda::whole_course(&course);
        assert_eq!(agenda.lessons(), &[0, 1, 2, 3, 4, 5, 6]);
        let all = agenda.minutes(&course);
        agenda.toggle(2);
        assert!(!agenda.includes(2));
        assert_eq!(
            agenda.minutes(&course),
            all - timing(&course.lessons[2]).total()
        );
        agenda.toggle(2);
        assert_eq!(
            agenda.lessons(),
            &[0, 1, 3, 4, 5, 6, 2],
            "added back at the end"
        );
        agenda.shift(2, true);
        assert_eq!(agenda.lessons(), &[0, 1, 3, 4, 5, 2, 6]);
        agenda.shift(0, true);
        assert_eq!(agenda.lessons()[0], 0, "the first cannot go earlier");
        agenda.shift(6, false);
        assert_eq!(agenda.lessons()[6], 6, "the last cannot go later");
    }
}
