//! The slides of today's lessons, and where the facilitator is in them.

use super::Agenda;
use crate::course::Course;
use crate::quiz::draw::{self, Chance};

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
/// questions one per slide, then its quiz for the group, drawn from the
/// lesson's pool as a reader's quiz is; an end slide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    slides: Vec<Slide>,
    seed: u64,
}

impl Deck {
    pub fn new(course: &Course, agenda: &Agenda, seed: u64) -> Self {
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
            let quiz = &content.quiz;
            let mut chance = Chance::for_part(seed, &[lesson as u64]);
            slides.extend(
                draw::draw(&quiz.questions, quiz.draw, &mut chance)
                    .into_iter()
                    .map(|question| Slide::Question { lesson, question }),
            );
        }
        slides.push(Slide::End);
        Deck { slides, seed }
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
    /// Questions the group was shown and then swapped for another.
    asked: Vec<(usize, usize)>,
    pub blank: bool,
    pub revealed: bool,
    pub notes: bool,
}

impl Presenter {
    pub fn new(deck: Deck) -> Self {
        Presenter {
            deck,
            at: 0,
            asked: Vec::new(),
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

    /// "Another question": the question slide shows a question of the same
    /// lesson not yet in the deck — on the same point where the pool has
    /// one — so the facilitator can ask the group something else. Returns
    /// whether there was one.
    pub fn another_question(&mut self, course: &Course) -> bool {
        let Slide::Question { lesson, question } = self.slide() else {
            return false;
        };
        let Some(pool) = course.lessons.get(lesson).map(|l| &l.quiz.questions) else {
            return false;
        };
        let in_deck = |candidate: usize| {
            self.deck.slides.contains(&Slide::Question {
                lesson,
                question: candidate,
            }) || self.asked.contains(&(lesson, candidate))
        };
        let unasked: Vec<usize> = (0..pool.len()).filter(|q| !in_deck(*q)).collect();
        let point = &pool[question].point;
        let same_point: Vec<usize> = unasked
            .iter()
            .copied()
            .filter(|q| !point.is_empty() && &pool[*q].point == point)
            .collect();
        let mut chance =
            Chance::for_part(self.deck.seed, &[self.at as u64, self.asked.len() as u64]);
        let Some(other) = chance.pick(&same_point).or_else(|| chance.pick(&unasked)) else {
            return false;
        };
        self.asked.push((lesson, question));
        self.deck.slides[self.at] = Slide::Question {
            lesson,
            question: other,
        };
        self.revealed = false;
        true
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
        let deck = Deck::new(&course, &agenda, 7);
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
        assert!(matches!(
            slides[first_question],
            Slide::Question { lesson: 1, .. }
        ));
        assert_eq!(slides.last(), Some(&Slide::End));
        // The group quiz draws from the pool, as a reader's does.
        assert!(lesson.quiz.questions.len() > lesson.quiz.draw);
        assert_eq!(slides.len(), first_question + lesson.quiz.draw + 1);
    }

    #[test]
    fn another_question_asks_a_new_one_on_the_same_point_until_the_pool_is_used() {
        let (course, mut presenter) = presenter(&[3]);
        let lesson = &course.lessons[3];
        while !matches!(presenter.slide(), Slide::Question { .. }) {
            presenter.next();
        }
        presenter.reveal();
        let Slide::Question {
            question: before, ..
        } = presenter.slide()
        else {
            unreachable!()
        };
        let point = &lesson.quiz.questions[before].point;
        let same_point_free = (0..lesson.quiz.questions.len()).any(|q| {
            &lesson.quiz.questions[q].point == point
                && !presenter.deck.slides().contains(&Slide::Question {
                    lesson: 3,
                    question: q,
                })
        });
        let mut shown = vec![before];
        while presenter.another_question(&course) {
            let Slide::Question {
                question,
                lesson: 3,
            } = presenter.slide()
            else {
                panic!("still a question of the same lesson");
            };
            assert!(!presenter.revealed, "a new question starts hidden");
            assert!(!shown.contains(&question), "never one already shown");
            shown.push(question);
        }
        let in_deck = presenter
            .deck
            .slides()
            .iter()
            .filter(|slide| matches!(slide, Slide::Question { .. }))
            .count();
        // Every question of the pool was on the screen in the end.
        assert_eq!(shown.len() + in_deck - 1, lesson.quiz.questions.len());
        if same_point_free {
            assert_eq!(
                &lesson.quiz.questions[shown[1]].point, point,
                "the same point first"
            );
        }
    }

    #[test]
    fn next_reveals_a_question_before_moving_on() {
        let (course, mut presenter) = presenter(&[0]);
        let lesson = &course.lessons[0];
        let first_question = 2 + lesson.sections.len() + lesson.discussion.len();
        for _ in 0..first_question {
            presenter.next();
        }
        let first = presenter.slide();
        assert!(matches!(first, Slide::Question { .. }));
        assert!(!presenter.revealed);
        presenter.next();
        assert!(presenter.revealed, "first the answer");
        presenter.next();
        assert!(matches!(presenter.slide(), Slide::Question { .. }));
        assert_ne!(presenter.slide(), first);
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
            + course.lessons[2].quiz.draw;
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
