//! Review that lasts: a passed lesson comes back for three questions after
//! 2 days, then 7, then 21 (a Leitner schedule). A review with a miss goes
//! back to the first step. Pure data and dates; the caller brings today.
//!
//! What is kept, in `progress.ron`, is the step, the due date and the ids
//! of the lesson's questions the reader missed and was asked, so the
//! review asks those first. No answers, no times of day, nothing else.

use serde::{Deserialize, Serialize};

/// Days from one review to the next, step by step.
pub const STEPS: [i64; 3] = [2, 7, 21];

/// A calendar day, counted from 1970-01-01 (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

impl Day {
    /// Today, from the system clock.
    pub fn today() -> Day {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs());
        Day((seconds / 86_400) as i64)
    }

    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// `YYYY-MM-DD` (Howard Hinnant's `civil_from_days`), so no date crate
    /// is needed for one string.
    pub fn iso(self) -> String {
        let (year, month, day) = self.civil();
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// Year, month (1–12) and day of the month.
    pub fn civil(self) -> (i64, i64, i64) {
        let z = self.0 + 719_468;
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
        (year_of_era + era * 400 + i64::from(month <= 2), month, day)
    }

    /// "3 December 2026", as the reader says dates ("3 دسمبر 2026").
    pub fn in_words(self, words: &crate::i18n::Words<'_>) -> String {
        let (year, month, day) = self.civil();
        words.t_with(
            "date-day",
            &[
                ("day", day.to_string()),
                ("month", words.t(&format!("month-{month}"))),
                ("year", year.to_string()),
            ],
        )
    }

    /// Reads `YYYY-MM-DD` (`days_from_civil`); `None` for anything else.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let year: i64 = parts.next()?.parse().ok()?;
        let month: i64 = parts.next()?.parse().ok()?;
        let day: i64 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let shifted = if month <= 2 { year - 1 } else { year };
        let era = shifted.div_euclid(400);
        let year_of_era = shifted.rem_euclid(400);
        let month_from_march = (month + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        let parsed = Day(era * 146_097 + day_of_era - 719_468);
        // 2026-02-31 is not a day.
        (parsed.civil() == (year, month, day)).then_some(parsed)
    }
}

/// The next review of one lesson.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewPlan {
    /// Which of `STEPS` led to `due` (0 = the first, 2 days).
    #[serde(default)]
    pub step: usize,
    /// `YYYY-MM-DD`.
    pub due: String,
    /// Question ids missed the last time, asked first.
    #[serde(default)]
    pub missed: Vec<String>,
    /// Question ids asked so far, asked last.
    #[serde(default)]
    pub seen: Vec<String>,
}

impl ReviewPlan {
    /// The first review, after a lesson is passed on `today`.
    pub fn after_pass(today: Day, missed: Vec<String>, seen: Vec<String>) -> ReviewPlan {
        ReviewPlan {
            step: 0,
            due: today.plus(STEPS[0]).iso(),
            missed,
            seen,
        }
    }

    /// Whether it is due on `today`. A date that cannot be read is due, so
    /// a damaged file cannot hide a review for ever.
    pub fn is_due(&self, today: Day) -> bool {
        Day::parse(&self.due).is_none_or(|due| due <= today)
    }

    /// After a review on `today`: all right moves a step on (and after the
    /// last step there is no more review: `None`); a miss starts again at
    /// the first step, with the missed questions first next time.
    pub fn after_review(
        &self,
        today: Day,
        missed: Vec<String>,
        asked: &[String],
    ) -> Option<ReviewPlan> {
        let mut seen = self.seen.clone();
        for id in asked {
            if !seen.contains(id) {
                seen.push(id.clone());
            }
        }
        let step = if missed.is_empty() { self.step + 1 } else { 0 };
        let days = STEPS.get(step)?;
        Some(ReviewPlan {
            step,
            due: today.plus(*days).iso(),
            missed,
            seen,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn day_counts_and_calendar_dates_go_both_ways() {
        assert_eq!(Day(0).iso(), "1970-01-01");
        assert_eq!(Day(11_016).iso(), "2000-02-29");
        assert_eq!(Day(20_785).iso(), "2026-11-28");
        for n in (-800..30_000).step_by(7) {
            assert_eq!(Day::parse(&Day(n).iso()), Some(Day(n)));
        }
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "yesterday",
            "2026-1",
            "2026-01-01-01",
            "",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_passed_lesson_comes_back_after_2_then_7_then_21_days() {
        let passed = day("2026-12-03");
        let plan =
            ReviewPlan::after_pass(passed, vec!["q2".into()], vec!["q1".into(), "q2".into()]);
        assert_eq!(plan.due, "2026-12-05");
        assert!(!plan.is_due(day("2026-12-04")));
        assert!(plan.is_due(day("2026-12-05")));
        assert!(plan.is_due(day("2027-01-30")), "late is still due");

        let second = plan
            .after_review(day("2026-12-06"), vec![], &["q2".into(), "q3".into()])
            .unwrap();
        assert_eq!((second.step, second.due.as_str()), (1, "2026-12-13"));
        assert!(second.missed.is_empty());
        assert_eq!(second.seen, vec!["q1", "q2", "q3"]);
        let third = second.after_review(day("2026-12-13"), vec![], &[]).unwrap();
        assert_eq!((third.step, third.due.as_str()), (2, "2027-01-03"));
        assert_eq!(
            third.after_review(day("2027-01-03"), vec![], &[]),
            None,
            "learned"
        );
    }

    #[test]
    fn a_miss_starts_the_schedule_again() {
        let plan = ReviewPlan {
            step: 2,
            due: "2027-01-03".into(),
            ..ReviewPlan::default()
        };
        let again = plan
            .after_review(day("2027-01-04"), vec!["q5".into()], &["q5".into()])
            .unwrap();
        assert_eq!((again.step, again.due.as_str()), (0, "2027-01-06"));
        assert_eq!(again.missed, vec!["q5"]);
    }

    #[test]
    fn a_date_that_cannot_be_read_is_due() {
        let plan = ReviewPlan {
            due: "soon".into(),
            ..ReviewPlan::default()
        };
        assert!(plan.is_due(Day(0)));
    }
}
