//! The end of a quiz round: the first try's score, and after a retry that
//! the missed ones were put right; passed or not; in a review, when the
//! next one comes; and what next.

use super::{Message, Purpose, point_words};
use crate::icons::Icon;
use crate::keys::KeyAction;
use crate::screen::Ctx;
use crate::screen::{Lines, Page};
use crate::theme::Tone;
use crate::widget::dot;
use hifazat_core::course::ids;
use hifazat_core::quiz::Attempt;
use hifazat_core::review::Day;
use iced::widget::{column, container};
use iced::{Alignment, Length, Padding};

/// Where a passed quiz leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WayOn {
    /// The lesson after this one.
    NextLesson,
    /// Every lesson is passed: the final check, or once that is passed,
    /// the end of the course.
    CourseComplete,
    /// Back to the list: the last lesson with others not yet passed, or a
    /// review.
    Lessons,
}

impl WayOn {
    /// After the questions of `purpose`, as the progress now stands.
    pub fn after(ctx: Ctx<'_>, purpose: Purpose, attempt: &Attempt) -> WayOn {
        let lessons = &ctx.course.lessons;
        match purpose {
            Purpose::Lesson(_) if ctx.progress.all_passed(ctx.course) => WayOn::CourseComplete,
            Purpose::Lesson(index) if index + 1 < lessons.len() => WayOn::NextLesson,
            Purpose::Final if attempt.score().passed() => WayOn::CourseComplete,
            Purpose::Lesson(_) | Purpose::Review(_) | Purpose::Final => WayOn::Lessons,
        }
    }
}

/// Enter retries the missed questions when there are any, else goes on
/// (`way_on`).
pub fn key(attempt: &Attempt, way_on: WayOn, action: KeyAction) -> Option<Message> {
    match action {
        KeyAction::Confirm if !attempt.missed().is_empty() => Some(Message::RetryMissed),
        KeyAction::Confirm if way_on == WayOn::CourseComplete => Some(Message::CourseComplete),
        KeyAction::Confirm if way_on == WayOn::NextLesson => Some(Message::NextLesson),
        KeyAction::Confirm | KeyAction::Back => Some(Message::Home),
        _ => None,
    }
}

pub fn view<'a>(
    ctx: Ctx<'a>,
    purpose: Purpose,
    attempt: &Attempt,
    way_on: WayOn,
) -> Page<'a, Message> {
    let ui = ctx.ui();
    let score = attempt.score();
    let first = attempt.first_score();
    let numbers = |score: &hifazat_core::quiz::Score| {
        [
            ("correct", score.correct as i64),
            ("total", score.total as i64),
            ("percent", i64::from(score.percent())),
        ]
    };
    // The first try's score is the honest one; a retry only says that the
    // missed ones were put right (or not yet).
    let mut summary = if attempt.is_retry() {
        ctx.t_with("results-first-score", &numbers(&first))
    } else {
        ctx.t_with("results-score", &numbers(&first))
    };
    if attempt.is_retry() {
        let after = if attempt.missed().is_empty() {
            ctx.t("results-retry-all-right")
        } else {
            ctx.t_with("results-retry-now", &numbers(&score))
        };
        summary = format!("{summary} {after}");
    }
    let (verdict, explanation) = match purpose {
        Purpose::Review(lesson) => (ctx.t("results-review-done"), next_review(ctx, lesson)),
        _ if score.passed() => (
            ctx.t("results-passed"),
            if purpose == Purpose::Final {
                ctx.t("results-final-passed-detail")
            } else {
                ctx.t("results-passed-detail")
            },
        ),
        _ => (
            ctx.t("results-not-yet"),
            ctx.t_with(
                "results-not-yet-detail",
                &[("pass", i64::from(score.pass_mark))],
            ),
        ),
    };
    let good = score.passed() || matches!(purpose, Purpose::Review(_));
    let missed = attempt.missed();
    let back = ui.back_button(ctx.t("results-back-to-lessons"), Some(Message::Home));
    let (back, main) = if !missed.is_empty() {
        let retry = ctx.t("results-retry-missed");
        (
            Some(back),
            ui.icon_button(Icon::Retry, retry, Some(Message::RetryMissed), true),
        )
    } else if way_on == WayOn::CourseComplete {
        // The final check comes before the end of the course.
        let end = if ctx.progress.finished.is_some() {
            ctx.t("complete-open")
        } else {
            ctx.t("final-start")
        };
        (
            Some(back),
            ui.forward_button(end, Some(Message::CourseComplete), true),
        )
    } else if way_on == WayOn::NextLesson {
        let next = ctx.t("results-next-lesson");
        (
            Some(back),
            ui.forward_button(next, Some(Message::NextLesson), true),
        )
    } else {
        let home = ctx.t("results-back-to-lessons");
        (None, ui.forward_button(home, Some(Message::Home), true))
    };

    let mut lines = Lines::new(&ctx);
    let title = ctx.t("results-title");
    let title = lines.heard(title.clone(), ui.title(title));
    let verdict_card = lines.heard(
        format!("{verdict} {summary} {explanation}"),
        ui.card(
            Tone::Verdict(good),
            24,
            column![ui.heading(verdict), ui.body(summary), ui.body(explanation)].spacing(10),
        ),
    );
    let mut missed_list = ui.column().spacing(8);
    if !missed.is_empty() {
        let heading = ctx.t("results-missed");
        missed_list = missed_list.push(lines.heard(heading.clone(), ui.block(ui.strong(heading))));
        for asked in &missed {
            let Some((lesson, question)) = asked.in_course(ctx.course) else {
                continue;
            };
            // A bullet on the reading side, level with the first line, so
            // a question that wraps does not run into the next one.
            let bullet = container(dot(ui.typo.body * 0.4, true)).padding(Padding {
                top: ui.typo.body * 0.7,
                ..Padding::ZERO
            });
            let prompt = ctx.t(&ids::question(lesson, question));
            let mut words = ui.column().spacing(4).push(ui.body(prompt.clone()));
            let mut heard = prompt;
            // Where the lesson teaches it, to go back and read.
            if let Some(point) = point_words(ctx, lesson, &question.point) {
                let see = ctx.t_with("quiz-see", &[("point", point)]);
                heard = format!("{heard} {see}");
                words = words.push(ui.caption(see));
            }
            let line = ui
                .row(vec![bullet.into(), words.into()])
                .spacing(12)
                .align_y(Alignment::Start);
            missed_list = missed_list.push(lines.heard(heard, line));
        }
    }

    let caption = match purpose.lesson() {
        Some(lesson) => super::caption(ctx, purpose, &ctx.course.lessons[lesson]),
        None => ctx.t("final-title"),
    };
    let content = column![ui.caption(caption), title, verdict_card, missed_list,]
        .align_x(ui.start())
        .width(Length::Fill)
        .spacing(20);
    Page::new(content)
        .with_nav(back, vec![main])
        .with_script(lines)
}

/// After a review: when the lesson comes back, or that it will not.
fn next_review(ctx: Ctx<'_>, lesson: usize) -> String {
    let plan = ctx
        .progress
        .lesson(&ctx.course.lessons[lesson].id)
        .and_then(|progress| progress.review.as_ref());
    let days = plan
        .and_then(|plan| Day::parse(&plan.due))
        .map(|due| (due.0 - Day::today().0).max(1));
    match days {
        Some(days) => ctx.t_with("results-review-next", &[("days", days)]),
        None => ctx.t("results-review-learned"),
    }
}
