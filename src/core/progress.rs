//! What a learner has done: pages read, quiz results, and the exact place
//! they were. Pure data, saved by `store`.

use crate::course::Course;
use crate::quiz::{Attempt, Score};
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
        let Some((_, lesson)) = course.lesson(&self.lesson) else {
            return false;
        };
        match &self.at {
            At::Page(page) => *page < lesson.pages(),
            At::Quiz(attempt) => attempt.fits(&lesson.quiz),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum At {
    Page(usize),
    /// In the middle of a quiz: the whole attempt, so the same question
    /// comes back with the answers so far.
    Quiz(Attempt),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    lessons: BTreeMap<String, LessonProgress>,
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

    /// Records a quiz result; the best score and a pass are never lost to a
    /// later, worse attempt.
    pub fn quiz_finished(&mut self, id: &str, score: &Score, date: String) {
        let lesson = self.lessons.entry(id.to_owned()).or_default();
        let percent = score.percent();
        lesson.attempts += 1;
        lesson.best_percent = Some(
            lesson
                .best_percent
                .map_or(percent, |best| best.max(percent)),
        );
        lesson.passed |= score.passed();
        lesson.last_attempt = Some(date);
    }
}

/// Today's date in UTC as `YYYY-MM-DD`, from the system clock.
pub fn today_utc() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    civil_date(seconds / 86_400)
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`), so no date crate is needed for one string.
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
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
        progress.quiz_finished("a", &score(3), "2026-11-28".into());
        assert_eq!(
            progress.status("a"),
            LessonStatus::InProgress {
                best_percent: Some(60)
            }
        );
        progress.quiz_finished("a", &score(5), "2026-11-29".into());
        progress.quiz_finished("a", &score(2), "2026-11-30".into());
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
    fn day_counts_become_calendar_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_785), "2026-11-28");
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
