//! A quiz attempt as pure logic: which questions it asks (drawn from the
//! pool), in what order their options stand, choose, check, move on, score,
//! and retry the questions that were missed with others on the same point.
//! No pixels, no clock: the seed comes from the caller.

pub mod draw;

use crate::course::{Course, Lesson, Question, QuestionKind};
use draw::{Chance, option_order};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How many questions a review asks, and the final check.
pub const REVIEW_QUESTIONS: usize = 3;
pub const FINAL_QUESTIONS: usize = 10;
/// The final check's pass mark, as a lesson's.
pub const FINAL_PASS_MARK: u8 = 80;

/// What the reader learns when they check an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub correct: bool,
    /// The option indices that were right, to mark them on screen.
    pub right_options: Vec<usize>,
}

/// One question of the course: lesson and question, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Asked {
    pub lesson: usize,
    pub question: usize,
}

impl Asked {
    pub fn in_course<'c>(&self, course: &'c Course) -> Option<(&'c Lesson, &'c Question)> {
        let lesson = course.lessons.get(self.lesson)?;
        Some((lesson, lesson.quiz.questions.get(self.question)?))
    }

    fn salt(&self) -> u64 {
        ((self.lesson as u64) << 32) | self.question as u64
    }
}

/// One pass through a quiz: the drawn questions (one per slot) the first
/// time, then only the missed slots when the reader tries again, each with
/// another question on the same point where the pool has one. A slot put
/// right in any round counts as right; the first round's score is kept
/// apart, because it is the honest one.
///
/// Every field has a default so that an attempt saved by an older version
/// still reads (and is then refused by `fits`) instead of making the whole
/// progress file unreadable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    #[serde(default)]
    seed: u64,
    #[serde(default)]
    pass_mark: u8,
    /// The question now in each slot.
    #[serde(default)]
    slots: Vec<Asked>,
    /// Slot indices asked in this round, in order.
    #[serde(default)]
    round: Vec<usize>,
    #[serde(default)]
    position: usize,
    /// Chosen options, as indices into the question's `options()` (never
    /// places on screen, which move).
    #[serde(default)]
    selected: BTreeSet<usize>,
    #[serde(default)]
    feedback: Option<Feedback>,
    #[serde(default)]
    right: BTreeSet<usize>,
    #[serde(default)]
    missed: BTreeSet<usize>,
    /// Slots answered right in the first round.
    #[serde(default)]
    first_right: BTreeSet<usize>,
    #[serde(default)]
    retries: usize,
    /// Every question asked so far, so a retry asks a new one.
    #[serde(default)]
    asked: BTreeSet<Asked>,
}

/// The result of an attempt so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub total: usize,
    pub pass_mark: u8,
}

impl Score {
    /// Whole percent, rounded to the nearest (4 of 6 is 67 %), except that
    /// a score under the pass mark never shows as the pass mark: 79.6 %
    /// reads 79 %, not an 80 % that did not pass.
    pub fn percent(&self) -> u8 {
        if self.total == 0 {
            return 0;
        }
        let rounded = ((self.correct * 200 + self.total) / (self.total * 2)) as u8;
        if self.passed() {
            rounded
        } else {
            rounded.min(self.pass_mark.saturating_sub(1))
        }
    }

    pub fn passed(&self) -> bool {
        self.total > 0 && self.correct * 100 >= usize::from(self.pass_mark) * self.total
    }
}

impl Attempt {
    fn with_slots(slots: Vec<Asked>, pass_mark: u8, seed: u64) -> Self {
        Attempt {
            seed,
            pass_mark,
            round: (0..slots.len()).collect(),
            asked: slots.iter().copied().collect(),
            slots,
            position: 0,
            selected: BTreeSet::new(),
            feedback: None,
            right: BTreeSet::new(),
            missed: BTreeSet::new(),
            first_right: BTreeSet::new(),
            retries: 0,
        }
    }

    /// A lesson's quiz: `quiz.draw` questions from its pool.
    pub fn lesson(course: &Course, lesson: usize, seed: u64) -> Self {
        let quiz = &course.lessons[lesson].quiz;
        let mut chance = Chance::new(seed);
        let slots = draw::draw(&quiz.questions, quiz.draw, &mut chance)
            .into_iter()
            .map(|question| Asked { lesson, question })
            .collect();
        Self::with_slots(slots, quiz.pass_mark, seed)
    }

    /// A short review of a lesson: what the reader missed first, then what
    /// they have not been asked, then the rest, `REVIEW_QUESTIONS` in all,
    /// in the lesson's order.
    pub fn review(
        course: &Course,
        lesson: usize,
        missed: &[String],
        seen: &[String],
        seed: u64,
    ) -> Self {
        let questions = &course.lessons[lesson].quiz.questions;
        let mut chance = Chance::new(seed);
        let mut order: Vec<usize> = (0..questions.len()).collect();
        chance.shuffle(&mut order);
        let rank = |index: &usize| {
            let id = &questions[*index].id;
            match () {
                _ if missed.contains(id) => 0,
                _ if !seen.contains(id) => 1,
                _ => 2,
            }
        };
        order.sort_by_key(rank);
        order.truncate(REVIEW_QUESTIONS);
        order.sort_unstable();
        let slots = order
            .into_iter()
            .map(|question| Asked { lesson, question })
            .collect();
        Self::with_slots(slots, course.lessons[lesson].quiz.pass_mark, seed)
    }

    /// The check at the end of the course: one question from every lesson,
    /// then more from lessons chosen at random, `FINAL_QUESTIONS` in all,
    /// in the course's order.
    pub fn final_check(course: &Course, seed: u64) -> Self {
        let mut chance = Chance::new(seed);
        let mut pools: Vec<Vec<usize>> = course
            .lessons
            .iter()
            .map(|lesson| {
                let quiz = &lesson.quiz;
                draw::draw(&quiz.questions, quiz.questions.len(), &mut chance)
            })
            .collect();
        for pool in &mut pools {
            chance.shuffle(pool);
        }
        let mut slots = Vec::new();
        let mut lessons: Vec<usize> = (0..pools.len()).collect();
        while slots.len() < FINAL_QUESTIONS && pools.iter().any(|pool| !pool.is_empty()) {
            chance.shuffle(&mut lessons);
            for &lesson in &lessons {
                if slots.len() < FINAL_QUESTIONS
                    && let Some(question) = pools[lesson].pop()
                {
                    slots.push(Asked { lesson, question });
                }
            }
        }
        slots.sort_unstable();
        Self::with_slots(slots, FINAL_PASS_MARK, seed)
    }

    /// Whether a saved attempt still fits the course (which may have
    /// changed since it was saved), so it can be resumed.
    pub fn fits(&self, course: &Course) -> bool {
        let slots = self.slots.len();
        let in_range = |slot: &usize| *slot < slots;
        !self.slots.is_empty()
            && self.slots.iter().all(|asked| asked.in_course(course).is_some())
            && self.asked.iter().all(|asked| asked.in_course(course).is_some())
            // A finished round is never saved as a place to come back to.
            && self.position < self.round.len()
            && self.right.is_disjoint(&self.missed)
            && self.round.iter().all(in_range)
            && self.right.iter().all(in_range)
            && self.missed.iter().all(in_range)
            && self.first_right.iter().all(in_range)
            && self.current().and_then(|asked| asked.in_course(course)).is_some_and(
                |(_, question)| {
                    let options = question.kind.options().len();
                    self.selected.iter().all(|option| *option < options)
                },
            )
    }

    /// The lesson every slot is from, when they are all from one (a
    /// lesson's quiz or review; not the final check).
    pub fn single_lesson(&self) -> Option<usize> {
        let first = self.slots.first()?.lesson;
        self.slots
            .iter()
            .all(|asked| asked.lesson == first)
            .then_some(first)
    }

    /// The question being asked, or `None` when the round is over.
    pub fn current(&self) -> Option<Asked> {
        self.round.get(self.position).map(|slot| self.slots[*slot])
    }

    /// Where each option of `asked` stands on screen in this round:
    /// `order[place]` is the option shown at `place` (see
    /// `draw::option_order`).
    pub fn option_order(&self, question: &Question, asked: Asked) -> Vec<usize> {
        option_order(question, self.seed, asked.salt(), self.retries)
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

    /// Chooses an option (an index into `kind.options()`). For select-all
    /// questions it toggles the option; otherwise it replaces the choice.
    /// Ignored once the answer is checked.
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
        let slot = *self.round.get(self.position)?;
        let right_options = kind.correct_options();
        let correct = self
            .selected
            .iter()
            .copied()
            .eq(right_options.iter().copied());
        if correct {
            self.right.insert(slot);
            self.missed.remove(&slot);
            if self.retries == 0 {
                self.first_right.insert(slot);
            }
        } else {
            self.missed.insert(slot);
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

    /// Every slot that counts: right in any round.
    pub fn score(&self) -> Score {
        Score {
            correct: self.right.len(),
            total: self.slots.len(),
            pass_mark: self.pass_mark,
        }
    }

    /// The first round's score, which a retry never changes.
    pub fn first_score(&self) -> Score {
        Score {
            correct: self.first_right.len(),
            total: self.slots.len(),
            pass_mark: self.pass_mark,
        }
    }

    /// The questions answered wrongly and not yet put right, in order.
    pub fn missed(&self) -> Vec<Asked> {
        self.missed.iter().map(|slot| self.slots[*slot]).collect()
    }

    /// Every question this attempt has asked.
    pub fn asked(&self) -> impl Iterator<Item = Asked> + '_ {
        self.asked.iter().copied()
    }

    /// The questions missed in the first round (what a review goes back to).
    pub fn missed_first_time(&self) -> impl Iterator<Item = Asked> + '_ {
        (0..self.slots.len())
            .filter(|slot| !self.first_right.contains(slot))
            .map(|slot| self.slots[slot])
    }

    /// Starts a new round with only the missed slots, each asking another
    /// question on the same point where the pool has one not yet asked.
    /// Does nothing if none were missed or the current round is not over.
    pub fn retry_missed(&mut self, course: &Course) {
        if !self.is_finished() || self.missed.is_empty() {
            return;
        }
        self.retries += 1;
        for &slot in &self.missed {
            let now = self.slots[slot];
            let Some((lesson, question)) = now.in_course(course) else {
                continue;
            };
            if question.point.is_empty() {
                continue;
            }
            let others: Vec<Asked> = lesson
                .quiz
                .questions
                .iter()
                .enumerate()
                .filter(|(_, other)| other.point == question.point)
                .map(|(index, _)| Asked {
                    lesson: now.lesson,
                    question: index,
                })
                .filter(|other| !self.asked.contains(other))
                .collect();
            let mut chance = Chance::for_part(self.seed, &[now.salt(), self.retries as u64]);
            if let Some(other) = chance.pick(&others) {
                self.slots[slot] = other;
                self.asked.insert(other);
            }
        }
        self.round = self.missed.iter().copied().collect();
        self.position = 0;
        self.selected.clear();
        self.feedback = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{Lesson, Question, QuestionKind, Quiz};

    /// Ten questions on five points, two each, of all four kinds.
    fn pool() -> Vec<Question> {
        let kinds = [
            QuestionKind::Single {
                options: vec!["a".into(), "b".into(), "c".into()],
                answer: "b".into(),
            },
            QuestionKind::SelectAll {
                options: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                answers: vec!["a".into(), "c".into()],
            },
            QuestionKind::TrueFalse { answer: false },
            QuestionKind::Scenario {
                options: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                answer: "d".into(),
            },
        ];
        (0..10)
            .map(|index| Question {
                id: format!("q{index}"),
                point: format!("p{}", index / 2),
                shuffle: true,
                kind: kinds[index % 4].clone(),
            })
            .collect()
    }

    fn course() -> Course {
        let lesson = |id: &str| Lesson {
            id: id.into(),
            sections: vec!["s".into()],
            key_points: (0..5).map(|p| format!("p{p}")).collect(),
            discussion: vec![],
            quiz: Quiz {
                pass_mark: 80,
                draw: 6,
                questions: pool(),
            },
        };
        Course {
            content_version: "test".into(),
            lessons: vec![lesson("one"), lesson("two"), lesson("three")],
        }
    }

    /// Answers the current question by choosing what is on screen at
    /// `places` (as the number keys do); returns whether it was right.
    fn answer_at(attempt: &mut Attempt, course: &Course, places: &[usize]) -> bool {
        let asked = attempt.current().unwrap();
        let (_, question) = asked.in_course(course).unwrap();
        let order = attempt.option_order(question, asked);
        for &place in places {
            attempt.choose(&question.kind, order[place]);
        }
        let correct = attempt.check(&question.kind).unwrap().correct;
        assert!(attempt.move_on());
        correct
    }

    /// The places on screen of the right options of the current question.
    fn right_places(attempt: &Attempt, course: &Course) -> Vec<usize> {
        let asked = attempt.current().unwrap();
        let (_, question) = asked.in_course(course).unwrap();
        let order = attempt.option_order(question, asked);
        let right = question.kind.correct_options();
        (0..order.len())
            .filter(|place| right.contains(&order[*place]))
            .collect()
    }

    fn wrong_place(attempt: &Attempt, course: &Course) -> Vec<usize> {
        let right = right_places(attempt, course);
        vec![(0..).find(|place| !right.contains(place)).unwrap()]
    }

    fn answer_right(attempt: &mut Attempt, course: &Course) {
        let places = right_places(attempt, course);
        assert!(answer_at(attempt, course, &places));
    }

    fn answer_wrong(attempt: &mut Attempt, course: &Course) {
        let places = wrong_place(attempt, course);
        assert!(!answer_at(attempt, course, &places));
    }

    #[test]
    fn for_many_seeds_the_keys_choose_what_is_shown_and_the_key_holds() {
        let course = course();
        for seed in 0..300 {
            let mut attempt = Attempt::lesson(&course, 0, seed);
            assert_eq!(attempt.place(), (1, 6));
            while !attempt.is_finished() {
                let asked = attempt.current().unwrap();
                let (_, question) = asked.in_course(&course).unwrap();
                let order = attempt.option_order(question, asked);
                let mut sorted = order.clone();
                sorted.sort_unstable();
                assert_eq!(
                    sorted,
                    (0..question.kind.options().len()).collect::<Vec<_>>()
                );
                // The answer key is ids: the option shown at the right place
                // is the one the key names, wherever it stands.
                for place in right_places(&attempt, &course) {
                    let id = question.kind.options()[order[place]];
                    match &question.kind {
                        QuestionKind::Single { answer, .. }
                        | QuestionKind::Scenario { answer, .. } => assert_eq!(id, answer),
                        QuestionKind::SelectAll { answers, .. } => {
                            assert!(answers.iter().any(|a| a == id))
                        }
                        QuestionKind::TrueFalse { answer } => {
                            assert_eq!(id == crate::course::ids::TRUE_OPTION, *answer)
                        }
                    }
                }
                answer_right(&mut attempt, &course);
            }
            assert_eq!(attempt.score().percent(), 100);
        }
    }

    #[test]
    fn a_saved_attempt_resumes_with_the_same_questions_and_order() {
        let course = course();
        let mut attempt = Attempt::lesson(&course, 1, 42);
        answer_right(&mut attempt, &course);
        let asked = attempt.current().unwrap();
        let (_, question) = asked.in_course(&course).unwrap();
        let order = attempt.option_order(question, asked);
        attempt.choose(&question.kind, order[0]);
        let text = ron::to_string(&attempt).unwrap();
        let resumed: Attempt = ron::from_str(&text).unwrap();
        assert!(resumed.fits(&course));
        assert_eq!(resumed, attempt);
        assert_eq!(resumed.option_order(question, asked), order);
    }

    #[test]
    fn an_attempt_saved_by_the_old_version_reads_but_is_not_resumed() {
        let old = "(total: 6, pass_mark: 80, round: [0, 1, 2, 3, 4, 5], position: 2, \
                   selected: [], feedback: None, right: [0, 1], missed: [], retries: 0)";
        let attempt: Attempt = ron::from_str(old).expect("an old attempt still reads");
        assert!(!attempt.fits(&course()));
    }

    #[test]
    fn percentages_round_to_the_nearest_but_never_up_to_a_pass() {
        let score = |correct, total| Score {
            correct,
            total,
            pass_mark: 80,
        };
        assert_eq!(score(4, 6).percent(), 67);
        assert_eq!(score(5, 6).percent(), 83);
        assert_eq!(score(1, 6).percent(), 17);
        assert_eq!(score(2, 3).percent(), 67);
        assert_eq!(score(4, 5).percent(), 80);
        assert!(score(4, 5).passed());
        // 39 of 49 is 79.6 %: not a pass, so not shown as 80 %.
        assert_eq!(score(39, 49).percent(), 79);
        assert!(!score(39, 49).passed());
        assert_eq!(score(0, 0).percent(), 0);
    }

    #[test]
    fn five_of_six_passes_and_four_fails() {
        let course = course();
        let mut attempt = Attempt::lesson(&course, 0, 3);
        answer_wrong(&mut attempt, &course);
        for _ in 0..5 {
            answer_right(&mut attempt, &course);
        }
        assert_eq!(attempt.score().percent(), 83);
        assert!(attempt.score().passed());

        let mut attempt = Attempt::lesson(&course, 0, 3);
        answer_wrong(&mut attempt, &course);
        answer_wrong(&mut attempt, &course);
        for _ in 0..4 {
            answer_right(&mut attempt, &course);
        }
        assert_eq!(attempt.score().percent(), 67);
        assert!(!attempt.score().passed());
    }

    #[test]
    fn a_retry_asks_another_question_on_the_same_point_and_keeps_the_first_score() {
        let course = course();
        for seed in 0..200 {
            let mut attempt = Attempt::lesson(&course, 0, seed);
            answer_wrong(&mut attempt, &course);
            answer_wrong(&mut attempt, &course);
            let missed = attempt.missed();
            while !attempt.is_finished() {
                answer_right(&mut attempt, &course);
            }
            assert!(!attempt.score().passed());
            let first_asked: BTreeSet<Asked> = attempt.asked().collect();

            attempt.retry_missed(&course);
            assert!(attempt.is_retry());
            assert_eq!(attempt.place(), (1, 2));
            for before in &missed {
                let now = attempt.current().unwrap();
                let point = |asked: &Asked| &asked.in_course(&course).unwrap().1.point;
                assert_eq!(point(&now), point(before), "same point");
                // Each point has two questions; the other one is asked
                // unless the first draw already asked both.
                let both_asked = course.lessons[0]
                    .quiz
                    .questions
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| &q.point == point(before))
                    .all(|(question, _)| {
                        first_asked.contains(&Asked {
                            lesson: 0,
                            question,
                        })
                    });
                assert_eq!(now != *before, !both_asked, "seed {seed}");
                answer_right(&mut attempt, &course);
            }
            assert!(attempt.is_finished());
            assert!(attempt.score().passed());
            assert_eq!(attempt.first_score().correct, 4);
            assert_eq!(attempt.first_score().percent(), 67);
        }
    }

    #[test]
    fn a_question_asked_again_shows_its_options_elsewhere() {
        let course = course();
        // A one-point pool: the retry must ask the same question again.
        let mut course = course;
        for question in &mut course.lessons[0].quiz.questions {
            question.point.clear();
        }
        course.lessons[0].quiz.questions.truncate(1);
        let mut attempt = Attempt::lesson(&course, 0, 5);
        let asked = attempt.current().unwrap();
        let question = asked.in_course(&course).unwrap().1.clone();
        let before = attempt.option_order(&question, asked);
        answer_wrong(&mut attempt, &course);
        attempt.retry_missed(&course);
        assert_eq!(attempt.current(), Some(asked));
        let after = attempt.option_order(&question, asked);
        assert!(before.iter().zip(&after).all(|(a, b)| a != b));
    }

    #[test]
    fn an_answer_cannot_change_after_it_is_checked_nor_count_twice() {
        let course = course();
        let mut attempt = Attempt::lesson(&course, 0, 1);
        assert!(!attempt.move_on(), "nothing checked yet");
        let asked = attempt.current().unwrap();
        let kind = &asked.in_course(&course).unwrap().1.kind;
        attempt.choose(kind, 0);
        attempt.check(kind).unwrap();
        attempt.choose(kind, 1);
        assert!(!attempt.selected().contains(&1));
        assert!(attempt.check(kind).is_none());
        assert!(attempt.move_on());
        assert!(!attempt.move_on(), "the next question is not checked yet");
    }

    #[test]
    fn select_all_needs_exactly_the_right_set_and_toggles() {
        let course = course();
        let kind = &course.lessons[0].quiz.questions[1].kind;
        let mut attempt = Attempt::with_slots(
            vec![Asked {
                lesson: 0,
                question: 1,
            }],
            80,
            0,
        );
        attempt.choose(kind, 0);
        attempt.choose(kind, 0);
        assert!(attempt.selected().is_empty());
        assert!(!attempt.can_check());
        for option in [0, 2, 3] {
            attempt.choose(kind, option);
        }
        assert!(!attempt.check(kind).unwrap().correct, "one too many");
    }

    #[test]
    fn a_review_asks_what_was_missed_then_what_was_not_seen() {
        let course = course();
        let missed = vec!["q7".to_owned()];
        let seen: Vec<String> = (0..8).map(|i| format!("q{i}")).collect();
        for seed in 0..100 {
            let attempt = Attempt::review(&course, 2, &missed, &seen, seed);
            let ids: Vec<&str> = attempt
                .slots
                .iter()
                .map(|asked| asked.in_course(&course).unwrap().1.id.as_str())
                .collect();
            assert_eq!(ids, vec!["q7", "q8", "q9"]);
            assert_eq!(attempt.single_lesson(), Some(2));
        }
    }

    #[test]
    fn the_final_check_asks_ten_from_every_lesson() {
        let course = course();
        for seed in 0..100 {
            let attempt = Attempt::final_check(&course, seed);
            assert_eq!(attempt.slots.len(), FINAL_QUESTIONS);
            let lessons: BTreeSet<usize> = attempt.slots.iter().map(|a| a.lesson).collect();
            assert_eq!(lessons.len(), 3);
            let distinct: BTreeSet<Asked> = attempt.slots.iter().copied().collect();
            assert_eq!(distinct.len(), FINAL_QUESTIONS);
            assert_eq!(attempt.single_lesson(), None);
        }
    }

    #[test]
    fn a_saved_attempt_must_still_fit_the_course() {
        let course = course();
        let mut attempt = Attempt::lesson(&course, 0, 8);
        assert!(attempt.fits(&course));
        let mut shorter = course.clone();
        shorter.lessons[0].quiz.questions.truncate(2);
        assert!(!attempt.fits(&shorter), "its questions were removed");
        while !attempt.is_finished() {
            answer_right(&mut attempt, &course);
        }
        assert!(
            !attempt.fits(&course),
            "a finished round is not a place to continue"
        );
    }
}
