//! What a learner has done in this sitting: pages read, quiz results. Pure
//! data; saving it to disk comes with the home-progress work.

use crate::quiz::Score;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LessonProgress {
    /// The furthest page reached (0 = first section), if the lesson was opened.
    pub furthest_page: Option<usize>,
    pub best_percent: Option<u8>,
    pub passed: bool,
}

/// How a lesson appears on the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonStatus {
    NotStarted,
    InProgress { best_percent: Option<u8> },
    Passed { best_percent: u8 },
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    lessons: BTreeMap<String, LessonProgress>,
}

impl Progress {
    pub fn lesson(&self, id: &str) -> Option<&LessonProgress> {
        self.lessons.get(id)
    }

    pub fn status(&self, id: &str) -> LessonStatus {
        match self.lessons.get(id) {
            None => LessonStatus::NotStarted,
            Some(LessonProgress {
                passed: true,
                best_percent,
                ..
            }) => LessonStatus::Passed {
                best_percent: best_percent.unwrap_or(100),
            },
            Some(lesson) => LessonStatus::InProgress {
                best_percent: lesson.best_percent,
            },
        }
    }

    pub fn page_seen(&mut self, id: &str, page: usize) {
        let lesson = self.lessons.entry(id.to_owned()).or_default();
        lesson.furthest_page = Some(
            lesson
                .furthest_page
                .map_or(page, |furthest| furthest.max(page)),
        );
    }

    /// Records a quiz result; the best score and a pass are never lost to a
    /// later, worse attempt.
    pub fn quiz_finished(&mut self, id: &str, score: &Score) {
        let lesson = self.lessons.entry(id.to_owned()).or_default();
        let percent = score.percent();
        lesson.best_percent = Some(
            lesson
                .best_percent
                .map_or(percent, |best| best.max(percent)),
        );
        lesson.passed |= score.passed();
    }
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
        assert_eq!(progress.lesson("a").unwrap().furthest_page, Some(2));
        assert_eq!(
            progress.status("a"),
            LessonStatus::InProgress { best_percent: None }
        );
        progress.quiz_finished("a", &score(3));
        assert_eq!(
            progress.status("a"),
            LessonStatus::InProgress {
                best_percent: Some(60)
            }
        );
        progress.quiz_finished("a", &score(5));
        progress.quiz_finished("a", &score(2));
        assert_eq!(
            progress.status("a"),
            LessonStatus::Passed { best_percent: 100 }
        );
    }
}
