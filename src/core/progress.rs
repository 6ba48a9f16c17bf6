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
