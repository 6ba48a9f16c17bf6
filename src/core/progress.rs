//! What a learner has done: pages read, quiz results, and the exact place
//! they were. Pure data, saved by `store`.

use crate::course::Course;
use crate::quiz::{Attempt, Score};
use crate::review::{Day, ReviewPlan};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    /// Pages read (0 = first section; the last page is "Remember").
    #[serde(default)]
    pub pages_read: BTreeSet<usize>,
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub best_percent: Option<u8>,
    #[serde(default)]
    pub passed: bool,
    /// UTC date of the last finished quiz, `YYYY-MM-DD`.
    #[serde(default)]
    pub last_attempt: Option<String>,
    /// When the lesson comes back for a short review (at home only).
    #[serde(default)]
    pub review: Option<ReviewPlan>,
}

/// How a lesson appears on the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    NotStarted,
    InProgress { best_percent: Option<u8> },
    Passed { best_percent: u8 },
}

/// Where the reader was, to continue from there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub lesson: String,
    pub at: At,
}

impl Place {
    /// Whether this place still exists in `course`: a saved place from
    /// an older course, or from a pack since removed, is passed over.
    pub fn fits(&self, course: &Course) -> bool {
        let Some((index, lesson)) = course.lesson(&self.lesson) else {
            return false;
        };
        match &self.at {
            At::Page(page) => *page < lesson.pages(),
            At::Quiz(attempt) => attempt.fits(course) && attempt.single_lesson() == Some(index),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum At {
    Page(usize),
    /// In the middle of a quiz: the whole attempt, so the same question
    /// comes back with the answers so far.
    Quiz(Box<Attempt>),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    lessons: BTreeMap<String, LessonProgress>,
    /// The day the final check was passed, `YYYY-MM-DD`: the course is
    /// finished.
    #[serde(default)]
    pub finished: Option<String>,
}

impl Progress {
    /// Whether the reader has not opened a single lesson yet.
    pub fn is_empty(&self) -> bool {
        self.lessons.is_empty()
    }

    pub fn lesson(&self, id: &str) -> Option<&LessonProgress> {
        self.lessons.get(id)
    }

    pub fn status(&self, id: &str) -> LessonStatus {
        // A hand-edited file may say 255 %; no score is above 100 %.
        let shown = |best: Option<u8>| best.map(|percent| percent.min(100));
        match self.lessons.get(id) {
            None => LessonStatus::NotStarted,
            Some(LessonProgress {
                passed: true,
                best_percent,
                ..
            }) => LessonStatus::Passed {
                best_percent: shown(*best_percent).unwrap_or(100),
            },
            Some(lesson) => LessonStatus::InProgress {
                best_percent: shown(lesson.best_percent),
            },
        }
    }

    pub fn page_seen(&mut self, id: &str, page: usize) {
        self.lessons
            .entry(id.to_owned())
            .or_default()
            .pages_read
            .insert(page);
    }

    /// Records a finished round of a lesson's quiz: `first` is the first
    /// round's score, `now` the attempt's after any retries. The first
    /// round counts as an attempt and its score is the one kept as the
    /// best (a retry knows which were missed, so it is not a score); a pass
    /// in any round counts. Returns whether the lesson is newly passed.
    pub fn quiz_finished(
        &mut self,
        id: &str,
        first: &Score,
        now: &Score,
        retry: bool,
        date: String,
    ) -> bool {
        let lesson = self.lessons.entry(id.to_owned()).or_default();
        if !retry {
            let percent = first.percent();
            lesson.attempts += 1;
            lesson.best_percent = Some(
                lesson
                    .best_percent
                    .map_or(percent, |best| best.max(percent)),
            );
        }
        let newly = !lesson.passed && now.passed();
        lesson.passed |= now.passed();
        lesson.last_attempt = Some(date);
        newly
    }

    /// After a round of lesson `lesson`'s quiz on `today`: the result is
    /// recorded, and when the lesson is newly passed and reviews are
    /// planned (`plan_reviews`: at home, not turned off), its first review.
    pub fn lesson_round(
        &mut self,
        course: &Course,
        lesson: usize,
        attempt: &Attempt,
        today: Day,
        plan_reviews: bool,
    ) {
        let id = &course.lessons[lesson].id;
        let (first, now) = (attempt.first_score(), attempt.score());
        let newly = self.quiz_finished(id, &first, &now, attempt.is_retry(), today.iso());
        if newly && plan_reviews {
            let missed = question_ids(course, attempt.missed_first_time());
            let asked = question_ids(course, attempt.asked());
            self.plan_review(id, ReviewPlan::after_pass(today, missed, asked));
        }
    }

    /// After a round of a review: only the first round moves the schedule
    /// (a retry knows what was missed).
    pub fn review_round(&mut self, course: &Course, lesson: usize, attempt: &Attempt, today: Day) {
        if attempt.is_retry() {
            return;
        }
        let id = &course.lessons[lesson].id;
        let missed = question_ids(course, attempt.missed_first_time());
        let asked = question_ids(course, attempt.asked());
        let next = self
            .lesson(id)
            .and_then(|progress| progress.review.as_ref())
            .and_then(|plan| plan.after_review(today, missed, &asked));
        self.set_review(id, next);
    }

    /// After a round of the final check: a pass finishes the course, once.
    pub fn final_round(&mut self, attempt: &Attempt, today: Day) {
        if attempt.score().passed() && self.finished.is_none() {
            self.finished = Some(today.iso());
        }
    }

    /// Plans the first review of a lesson just passed.
    pub fn plan_review(&mut self, id: &str, plan: ReviewPlan) {
        self.lessons.entry(id.to_owned()).or_default().review = Some(plan);
    }

    /// Replaces (or, with `None`, ends) a lesson's review plan.
    pub fn set_review(&mut self, id: &str, plan: Option<ReviewPlan>) {
        if let Some(lesson) = self.lessons.get_mut(id) {
            lesson.review = plan;
        }
    }

    /// The first lesson, in the course's order, with a review due on
    /// `today`: only a passed lesson is reviewed.
    pub fn due_review(&self, course: &Course, today: Day) -> Option<usize> {
        course.lessons.iter().position(|lesson| {
            self.lessons.get(&lesson.id).is_some_and(|progress| {
                progress.passed
                    && progress
                        .review
                        .as_ref()
                        .is_some_and(|plan| plan.is_due(today))
            })
        })
    }

    pub fn all_passed(&self, course: &Course) -> bool {
        course
            .lessons
            .iter()
            .all(|lesson| matches!(self.status(&lesson.id), LessonStatus::Passed { .. }))
    }
}

/// The ids of `asked` questions, as the review plan keeps them.
fn question_ids(course: &Course, asked: impl Iterator<Item = crate::quiz::Asked>) -> Vec<String> {
    asked
        .filter_map(|asked| asked.in_course(course))
        .map(|(_, question)| question.id.clone())
        .collect()
}

/// Today's date in UTC as `YYYY-MM-DD`, from the system clock.
pub fn today_utc() -> String {
    Day::today().iso()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(correct: usize) -> Score {
        Score {
            correct,
            total: 5,
            pass_mark: 80,
        }
    }

    #[test]
    fn a_lesson_moves_from_not_started_to_passed_and_keeps_its_best() {
        let mut progress = Progress::default();
        assert_eq!(progress.status("a"), LessonStatus::NotStarted);
        progress.page_seen("a", 2);
        progress.page_seen("a", 1);
        assert_eq!(
            progress.lesson("a").unwrap().pages_read,
            BTreeSet::from([1, 2])
        );
        assert_eq!(
            progress.status("a"),
            LessonStatus::InProgress { best_percent: None }
        );
        progress.quiz_finished("a", &score(3), &score(3), false, "2026-11-28".into());
        assert_eq!(
            progress.status("a"),
            LessonStatus::InProgress {
                best_percent: Some(60)
            }
        );
        assert!(progress.quiz_finished("a", &score(5), &score(5), false, "2026-11-29".into()));
        assert!(!progress.quiz_finished("a", &score(2), &score(2), false, "2026-11-30".into()));
        assert_eq!(
            progress.status("a"),
            LessonStatus::Passed { best_percent: 100 }
        );
        let lesson = progress.lesson("a").unwrap();
        assert_eq!(
            (lesson.attempts, lesson.last_attempt.as_deref()),
            (3, Some("2026-11-30"))
        );
    }

    /// Answers every question of `attempt`'s round right, or (`miss`) the
    /// first one wrongly.
    fn answer(course: &Course, attempt: &mut Attempt, miss: bool) {
        let mut first = true;
        while let Some(asked) = attempt.current() {
            let kind = &asked.in_course(course).unwrap().1.kind;
            let right = kind.correct_options();
            let wrong = (0..kind.options().len())
                .find(|o| !right.contains(o))
                .unwrap();
            if miss && first {
                attempt.choose(kind, wrong);
            } else {
                for option in right {
                    attempt.choose(kind, option);
                }
            }
            first = false;
            attempt.check(kind);
            attempt.move_on();
        }
    }

    #[test]
    fn the_review_schedule_on_a_clock_the_test_sets() {
        let course = crate::content::Content::embedded().unwrap().course;
        let day = |text: &str| Day::parse(text).unwrap();
        let mut attempt = Attempt::lesson(&course, 1, 3);
        answer(&course, &mut attempt, true);
        // A kiosk (or reviews turned off) plans nothing.
        let mut kiosk = Progress::default();
        kiosk.lesson_round(&course, 1, &attempt, day("2026-12-03"), false);
        assert!(kiosk.lesson("grooming").unwrap().passed);
        assert_eq!(kiosk.lesson("grooming").unwrap().review, None);

        let mut home = Progress::default();
        home.lesson_round(&course, 1, &attempt, day("2026-12-03"), true);
        let plan = home.lesson("grooming").unwrap().review.clone().unwrap();
        assert_eq!((plan.step, plan.due.as_str()), (0, "2026-12-05"));
        assert_eq!(plan.missed.len(), 1, "the missed question is asked first");
        assert_eq!(home.due_review(&course, day("2026-12-04")), None);
        assert_eq!(home.due_review(&course, day("2026-12-05")), Some(1));

        let mut review = Attempt::review(&course, 1, &plan.missed, &plan.seen, 9);
        answer(&course, &mut review, false);
        home.review_round(&course, 1, &review, day("2026-12-05"));
        let plan = home.lesson("grooming").unwrap().review.clone().unwrap();
        assert_eq!((plan.step, plan.due.as_str()), (1, "2026-12-12"));

        let mut review = Attempt::review(&course, 1, &plan.missed, &plan.seen, 10);
        answer(&course, &mut review, true);
        home.review_round(&course, 1, &review, day("2026-12-12"));
        let plan = home.lesson("grooming").unwrap().review.clone().unwrap();
        assert_eq!(
            (plan.step, plan.due.as_str()),
            (0, "2026-12-14"),
            "a miss starts again"
        );
    }

    #[test]
    fn a_pass_after_a_retry_counts_but_keeps_the_first_score() {
        let mut progress = Progress::default();
        assert!(!progress.quiz_finished("a", &score(3), &score(3), false, "2026-12-01".into()));
        // Not yet: 3 of 5 is under the pass mark.
        assert_eq!(
            progress.status("a"),
            LessonStatus::InProgress {
                best_percent: Some(60)
            }
        );
        assert!(progress.quiz_finished("a", &score(3), &score(5), true, "2026-12-01".into()));
        assert_eq!(
            progress.status("a"),
            LessonStatus::Passed { best_percent: 60 }
        );
        assert_eq!(
            progress.lesson("a").unwrap().attempts,
            1,
            "a retry is not an attempt"
        );
    }

    #[test]
    fn a_score_above_100_percent_in_the_file_is_shown_as_100() {
        let mut progress = Progress::default();
        progress.page_seen("a", 0);
        progress.lessons.get_mut("a").unwrap().best_percent = Some(255);
        assert_eq!(
            progress.status("a"),
            LessonStatus::InProgress {
                best_percent: Some(100)
            }
        );
        progress.lessons.get_mut("a").unwrap().passed = true;
        assert_eq!(
            progress.status("a"),
            LessonStatus::Passed { best_percent: 100 }
        );
    }
}
