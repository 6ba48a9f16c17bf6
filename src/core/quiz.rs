//! A quiz attempt as pure logic: choose, check, move on, score, and retry
//! the questions that were missed. No pixels, no clock.

use crate::course::{QuestionKind, Quiz};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What the reader learns when they check an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub correct: bool,
    /// The option indices that were right, to mark them on screen.
    pub right_options: Vec<usize>,
}

/// One pass through a quiz: all its questions the first time, then only the
/// missed ones when the reader tries again. A question answered right in
/// any round counts as right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    total: usize,
    pass_mark: u8,
    /// Question indices asked in this round, in order.
    round: Vec<usize>,
    position: usize,
    selected: BTreeSet<usize>,
    feedback: Option<Feedback>,
    right: BTreeSet<usize>,
    missed: BTreeSet<usize>,
    retries: usize,
}

/// The result of an attempt so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub total: usize,
    pub pass_mark: u8,
}

impl Score {
    /// Whole percent, rounded down, so 79.9 % never shows as a pass.
    pub fn percent(&self) -> u8 {
        if self.total == 0 {
            return 0;
        }
        (self.correct * 100 / self.total) as u8
    }

    pub fn passed(&self) -> bool {
        self.total > 0 && self.correct * 100 >= usize::from(self.pass_mark) * self.total
    }
}

impl Attempt {
    pub fn new(quiz: &Quiz) -> Self {
        Attempt {
            total: quiz.questions.len(),
            pass_mark: quiz.pass_mark,
            round: (0..quiz.questions.len()).collect(),
            position: 0,
            selected: BTreeSet::new(),
            feedback: None,
            right: BTreeSet::new(),
            missed: BTreeSet::new(),
            retries: 0,
        }
    }

    /// Whether a saved attempt still fits the quiz (the course may have
    /// changed since it was saved).
    pub fn fits(&self, quiz: &Quiz) -> bool {
        let total = quiz.questions.len();
        let in_range = |index: &usize| *index < total;
        self.total == total
            && self.pass_mark == quiz.pass_mark
            // A finished round is never saved as a place to come back to.
            && self.position < self.round.len()
            && self.right.is_disjoint(&self.missed)
            && self.round.iter().all(in_range)
            && self.right.iter().all(in_range)
            && self.missed.iter().all(in_range)
            && self.current().is_none_or(|question| {
                let options = quiz.questions[question].kind.options().len();
                self.selected.iter().all(|option| *option < options)
            })
    }

    /// The index (in the quiz) of the question being asked, or `None` when
    /// the round is over.
    pub fn current(&self) -> Option<usize> {
        self.round.get(self.position).copied()
    }

    /// 1-based place in this round and the round's length, for "2 of 6".
    pub fn place(&self) -> (usize, usize) {
        ((self.position + 1).min(self.round.len()), self.round.len())
    }

    pub fn selected(&self) -> &BTreeSet<usize> {
        &self.selected
    }

    pub fn feedback(&self) -> Option<&Feedback> {
        self.feedback.as_ref()
    }

    pub fn is_finished(&self) -> bool {
        self.current().is_none()
    }

    /// Whether this round asks again questions that were missed.
    pub fn is_retry(&self) -> bool {
        self.retries > 0
    }

    /// Chooses an option. For select-all questions it toggles the option;
    /// otherwise it replaces the choice. Ignored once the answer is checked.
    pub fn choose(&mut self, kind: &QuestionKind, option: usize) {
        if self.feedback.is_some() || option >= kind.options().len() {
            return;
        }
        if kind.is_multiple() {
            if !self.selected.remove(&option) {
                self.selected.insert(option);
            }
        } else {
            self.selected = BTreeSet::from([option]);
        }
    }

    pub fn can_check(&self) -> bool {
        self.feedback.is_none() && !self.selected.is_empty() && !self.is_finished()
    }

    /// Marks the chosen answer. Returns the feedback, or `None` if nothing
    /// is chosen yet or the answer was already checked.
    pub fn check(&mut self, kind: &QuestionKind) -> Option<&Feedback> {
        if !self.can_check() {
            return None;
        }
        let question = self.current()?;
        let right_options = kind.correct_options();
        let correct = self
            .selected
            .iter()
            .copied()
            .eq(right_options.iter().copied());
        if correct {
            self.right.insert(question);
            self.missed.remove(&question);
        } else {
            self.missed.insert(question);
        }
        self.feedback = Some(Feedback {
            correct,
            right_options,
        });
        self.feedback.as_ref()
    }

    /// Moves to the next question once the current one is checked.
    /// Returns whether it moved, so a second press cannot count twice.
    pub fn move_on(&mut self) -> bool {
        if self.feedback.is_none() {
            return false;
        }
        self.position += 1;
        self.selected.clear();
        self.feedback = None;
        true
    }

    pub fn score(&self) -> Score {
        Score {
            correct: self.right.len(),
            total: self.total,
            pass_mark: self.pass_mark,
        }
    }

    /// Questions answered wrongly and not yet put right, in quiz order.
    pub fn missed(&self) -> Vec<usize> {
        self.missed.iter().copied().collect()
    }

    /// Starts a new round with only the missed questions. Does nothing if
    /// none were missed or the current round is not over.
    pub fn retry_missed(&mut self) {
        if !self.is_finished() || self.missed.is_empty() {
            return;
        }
        self.round = self.missed();
        self.retries += 1;
        self.position = 0;
        self.selected.clear();
        self.feedback = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{Question, QuestionKind};

    fn quiz() -> Quiz {
        let single = |id: &str, answer: &str| Question {
            id: id.into(),
            kind: QuestionKind::Single {
                options: vec!["a".into(), "b".into(), "c".into()],
                answer: answer.into(),
            },
        };
        Quiz {
            pass_mark: 80,
            questions: vec![
                single("one", "b"),
                Question {
                    id: "two".into(),
                    kind: QuestionKind::SelectAll {
                        options: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                        answers: vec!["a".into(), "c".into()],
                    },
                },
                Question {
                    id: "three".into(),
                    kind: QuestionKind::TrueFalse { answer: false },
                },
                single("four", "a"),
                single("five", "c"),
            ],
        }
    }

    fn answer(attempt: &mut Attempt, quiz: &Quiz, options: &[usize]) -> bool {
        let kind = &quiz.questions[attempt.current().unwrap()].kind;
        for &option in options {
            attempt.choose(kind, option);
        }
        let correct = attempt.check(kind).unwrap().correct;
        assert!(attempt.move_on());
        correct
    }

    #[test]
    fn all_right_passes_with_full_marks() {
        let quiz = quiz();
        let mut attempt = Attempt::new(&quiz);
        for options in [&[1][..], &[0, 2], &[1], &[0], &[2]] {
            assert!(answer(&mut attempt, &quiz, options));
        }
        assert!(attempt.is_finished());
        let score = attempt.score();
        assert_eq!((score.correct, score.total, score.percent()), (5, 5, 100));
        assert!(score.passed());
        assert!(attempt.missed().is_empty());
    }

    #[test]
    fn select_all_needs_exactly_the_right_set() {
        let quiz = quiz();
        let mut attempt = Attempt::new(&quiz);
        answer(&mut attempt, &quiz, &[1]);
        // a, c and d: one too many is wrong.
        assert!(!answer(&mut attempt, &quiz, &[0, 2, 3]));
        assert_eq!(attempt.missed(), vec![1]);
    }

    #[test]
    fn choosing_again_toggles_only_in_select_all() {
        let quiz = quiz();
        let mut attempt = Attempt::new(&quiz);
        let single = &quiz.questions[0].kind;
        attempt.choose(single, 0);
        attempt.choose(single, 2);
        assert_eq!(
            attempt.selected().iter().copied().collect::<Vec<_>>(),
            vec![2]
        );
        assert!(answer(&mut attempt, &quiz, &[1]));
        let multiple = &quiz.questions[1].kind;
        attempt.choose(multiple, 0);
        attempt.choose(multiple, 0);
        assert!(attempt.selected().is_empty());
        assert!(!attempt.can_check());
        assert!(
            attempt.check(multiple).is_none(),
            "nothing chosen, nothing checked"
        );
    }

    #[test]
    fn one_miss_in_five_is_exactly_the_pass_mark_and_two_fail() {
        let quiz = quiz();
        let mut attempt = Attempt::new(&quiz);
        for options in [&[0][..], &[0, 2], &[1], &[0], &[2]] {
            answer(&mut attempt, &quiz, options);
        }
        assert_eq!(attempt.score().percent(), 80);
        assert!(attempt.score().passed());

        let mut attempt = Attempt::new(&quiz);
        for options in [&[0][..], &[0], &[1], &[0], &[2]] {
            answer(&mut attempt, &quiz, options);
        }
        assert_eq!(attempt.score().percent(), 60);
        assert!(!attempt.score().passed());
    }

    #[test]
    fn retrying_the_missed_questions_can_turn_a_fail_into_a_pass() {
        let quiz = quiz();
        let mut attempt = Attempt::new(&quiz);
        for options in [&[0][..], &[3], &[1], &[0], &[2]] {
            answer(&mut attempt, &quiz, options);
        }
        assert!(!attempt.score().passed());
        assert_eq!(attempt.missed(), vec![0, 1]);

        attempt.retry_missed();
        assert!(attempt.is_retry());
        assert_eq!(attempt.current(), Some(0));
        assert_eq!(attempt.place(), (1, 2));
        assert!(answer(&mut attempt, &quiz, &[1]));
        assert!(answer(&mut attempt, &quiz, &[0, 2]));
        assert!(attempt.is_finished());
        assert!(attempt.missed().is_empty());
        assert!(attempt.score().passed());
        assert_eq!(attempt.score().percent(), 100);
    }

    #[test]
    fn an_answer_cannot_change_after_it_is_checked() {
        let quiz = quiz();
        let mut attempt = Attempt::new(&quiz);
        let kind = &quiz.questions[0].kind;
        attempt.choose(kind, 0);
        assert!(!attempt.check(kind).unwrap().correct);
        attempt.choose(kind, 1);
        assert_eq!(
            attempt.selected().iter().copied().collect::<Vec<_>>(),
            vec![0]
        );
        assert!(attempt.check(kind).is_none());
    }

    #[test]
    fn moving_on_twice_from_one_answer_moves_once() {
        let quiz = quiz();
        let mut attempt = Attempt::new(&quiz);
        assert!(!attempt.move_on(), "nothing checked yet");
        answer(&mut attempt, &quiz, &[1]);
        assert!(!attempt.move_on(), "the next question is not checked yet");
        assert_eq!(attempt.current(), Some(1));
    }

    #[test]
    fn a_saved_attempt_must_still_fit_the_quiz() {
        let quiz = quiz();
        let mut attempt = Attempt::new(&quiz);
        assert!(attempt.fits(&quiz));
        let mut shorter = quiz.clone();
        shorter.questions.pop();
        assert!(!attempt.fits(&shorter), "a question was removed");
        for options in [&[1][..], &[0, 2], &[1], &[0], &[2]] {
            answer(&mut attempt, &quiz, options);
        }
        assert!(
            !attempt.fits(&quiz),
            "a finished round is not a place to continue"
        );
    }
}
