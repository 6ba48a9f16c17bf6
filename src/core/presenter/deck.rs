//! The slides of today's lessons, and where the facilitator is in them.

use super::Agenda;
use crate::course::Course;

/// One slide. Numbers are indexes into the course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The lesson's title and what the group will learn.
    Title {
        lesson: usize,
    },
    Section {
        lesson: usize,
        section: usize,
    },
    KeyPoints {
        lesson: usize,
    },
    Discussion {
        lesson: usize,
        item: usize,
    },
    Question {
        lesson: usize,
        question: usize,
    },
    /// After the last lesson.
    End,
}

impl Slide {
    pub fn lesson(self) -> Option<usize> {
        match self {
            Slide::Title { lesson }
            | Slide::Section { lesson, .. }
            | Slide::KeyPoints { lesson }
            | Slide::Discussion { lesson, .. }
            | Slide::Question { lesson, .. } => Some(lesson),
            Slide::End => None,
        }
    }
}

/// Each lesson in the agenda: title, sections, key points, its discussion
/// questions one per slide, then its quiz for the group; an end slide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    slides: Vec<Slide>,
}

impl Deck {
    pub fn new(course: &Course, agenda: &Agenda) -> Self {
        let mut slides = Vec::new();
        for &lesson in agenda.lessons() {
            let Some(content) = course.lessons.get(lesson) else {
                continue;
            };
            slides.push(Slide::Title { lesson });
            slides.extend(
                (0..content.sections.len()).map(|section| Slide::Section { lesson, section }),
            );
            slides.push(Slide::KeyPoints { lesson });
            slides.extend(
                (0..content.discussion.len()).map(|item| Slide::Discussion { lesson, item }),
            );
            slides.extend(
                (0..content.quiz.questions.len())
                    .map(|question| Slide::Question { lesson, question }),
            );
        }
        slides.push(Slide::End);
        Deck { slides }
    }

    pub fn slides(&self) -> &[Slide] {
        &self.slides
    }
}

/// Where a slide sits in its lesson: "Lesson 3 · 2 of 14".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlidePosition {
    /// The lesson's number in the course (1-based), as the handout has it.
    pub lesson_number: usize,
    pub current: usize,
    pub total: usize,
}

/// The facilitator's state: which slide, whether the screen is blanked,
/// whether the current question's answer is shown, whether notes are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presenter {
    deck: Deck,
    at: usize,
    pub blank: bool,
    pub revealed: bool,
    pub notes: bool,
}

impl Presenter {
    pub fn new(deck: Deck) -> Self {
        Presenter {
            deck,
            at: 0,
            blank: false,
            revealed: false,
            notes: false,
        }
    }

    pub fn slide(&self) -> Slide {
        self.deck.slides[self.at]
    }

    pub fn index(&self) -> usize {
        self.at
    }

    /// Forward one slide; a question's answer shows first, as a clicker
    /// user expects "next" to reveal before moving on.
    pub fn next(&mut self) {
        if matches!(self.slide(), Slide::Question { .. }) && !self.revealed {
            self.revealed = true;
        } else {
            self.go(self.at + 1);
        }
    }

    pub fn back(&mut self) {
        if let Some(at) = self.at.checked_sub(1) {
            self.go(at);
        }
    }

    pub fn reveal(&mut self) {
        self.revealed = matches!(self.slide(), Slide::Question { .. });
    }

    /// Home: the current lesson's first slide.
    pub fn lesson_start(&mut self) {
        let (start, _) = self.lesson_range();
        self.go(start);
    }

    /// End: the current lesson's last slide.
    pub fn lesson_end(&mut self) {
        let (_, end) = self.lesson_range();
        self.go(end);
    }

    pub fn toggle_blank(&mut self) {
        self.blank = !self.blank;
    }

    pub fn toggle_notes(&mut self) {
        self.notes = !self.notes;
    }

    pub fn place(&self) -> Option<SlidePosition> {
        let lesson = self.slide().lesson()?;
        let (start, end) = self.lesson_range();
        Some(SlidePosition {
            lesson_number: lesson + 1,
            current: self.at - start + 1,
            total: end - start + 1,
        })
    }

    fn go(&mut self, at: usize) {
        let at = at.min(self.deck.slides.len() - 1);
        if at != self.at {
            self.at = at;
            self.revealed = false;
        }
    }

    /// First and last slide index of the current slide's lesson.
    fn lesson_range(&self) -> (usize, usize) {
        let slides = &self.deck.slides;
        let lesson = self.slide().lesson();
        let same = |i: &usize| slides[*i].lesson() == lesson;
        let start = (0..=self.at)
            .rev()
            .take_while(same)
            .last()
            .unwrap_or(self.at);
        let end = (self.at..slides.len())
            .take_while(same)
            .last()
            .unwrap_or(self.at);
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presenter(lessons: &[usize]) -> (Course, Presenter) {
        let course = crate::content::Content::embedded()
            .expect("the course loads")
            .course;
        let mut agenda = Agenda::whole_course(&course);
        for lesson in 0..course.lessons.len() {
            agenda.toggle(lesson);
        }
        for &lesson in lessons {
            agenda.toggle(lesson);
        }
        let deck = Deck::new(&course, &agenda);
        (course, Presenter::new(deck))
    }

    #[test]
    fn a_lesson_runs_title_sections_key_points_discussion_quiz() {
        let (course, presenter) = presenter(&[1]);
        let lesson = &course.lessons[1];
        let slides = presenter.deck.slides();
        assert_eq!(slides[0], Slide::Title { lesson: 1 });
        assert_eq!(
            slides[1],
            Slide::Section {
                lesson: 1,
                section: 0
            }
        );
        let key_points = 1 + lesson.sections.len();
        assert_eq!(slides[key_points], Slide::KeyPoints { lesson: 1 });
        assert_eq!(
            slides[key_points + 1],
            Slide::Discussion { lesson: 1, item: 0 }
        );
        let first_question = key_points + 1 + lesson.discussion.len();
        assert_eq!(
            slides[first_question],
            Slide::Question {
                lesson: 1,
                question: 0
            }
        );
        assert_eq!(slides.last(), Some(&Slide::End));
        assert_eq!(
            slides.len(),
            first_question + lesson.quiz.questions.len() + 1
        );
    }

    #[test]
    fn next_reveals_a_question_before_moving_on() {
        let (course, mut presenter) = presenter(&[0]);
        let lesson = &course.lessons[0];
        let first_question = 2 + lesson.sections.len() + lesson.discussion.len();
        for _ in 0..first_question {
            presenter.next();
        }
        assert!(matches!(
            presenter.slide(),
            Slide::Question { question: 0, .. }
        ));
        assert!(!presenter.revealed);
        presenter.next();
        assert!(presenter.revealed, "first the answer");
        presenter.next();
        assert!(matches!(
            presenter.slide(),
            Slide::Question { question: 1, .. }
        ));
        assert!(!presenter.revealed, "a new question starts hidden");
        presenter.back();
        assert!(!presenter.revealed);
    }

    #[test]
    fn home_and_end_stay_within_the_lesson_and_the_place_counts_in_it() {
        let (course, mut presenter) = presenter(&[2, 0]);
        let first = 1
            + course.lessons[2].sections.len()
            + 1
            + course.lessons[2].discussion.len()
            + course.lessons[2].quiz.questions.len();
        presenter.lesson_end();
        assert_eq!(presenter.index(), first - 1);
        assert_eq!(
            presenter.place(),
            Some(SlidePosition {
                lesson_number: 3,
                current: first,
                total: first
            })
        );
        presenter.go(first + 2);
        assert_eq!(
            presenter.place().map(|p| (p.lesson_number, p.current)),
            Some((1, 3))
        );
        presenter.lesson_start();
        assert_eq!(presenter.slide(), Slide::Title { lesson: 0 });
        presenter.back();
        assert_eq!(
            presenter.slide().lesson(),
            Some(2),
            "back crosses into the previous lesson"
        );
    }

    #[test]
    fn the_end_is_the_end_and_blank_toggles() {
        let (_, mut presenter) = presenter(&[0]);
        for _ in 0..200 {
            presenter.next();
        }
        assert_eq!(presenter.slide(), Slide::End);
        assert_eq!(presenter.place(), None);
        presenter.toggle_blank();
        assert!(presenter.blank);
        presenter.toggle_blank();
        assert!(!presenter.blank);
    }
}
