//! The end of a quiz round: the score, passed or not, and what next.

use super::Message;
use crate::icons::Icon;
use crate::keys::KeyAction;
use crate::screen::Ctx;
use crate::screen::{Lines, Page};
use crate::theme::Tone;
use crate::widget::dot;
use hifazat_core::course::{Lesson, ids};
use hifazat_core::progress::LessonStatus;
use hifazat_core::quiz::Attempt;
use iced::widget::{column, container};
use iced::{Alignment, Length, Padding};

/// Where a passed quiz leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WayOn {
    /// The lesson after this one.
    NextLesson,
    /// Every lesson is passed: the end of the course.
    CourseComplete,
    /// The last lesson, with others not yet passed: back to the list.
    Lessons,
}

impl WayOn {
    /// After the quiz of lesson `index`, as the progress now stands.
    pub fn after(ctx: Ctx<'_>, index: usize) -> WayOn {
        let lessons = &ctx.course.lessons;
        let all_passed = lessons
            .iter()
            .all(|lesson| matches!(ctx.progress.status(&lesson.id), LessonStatus::Passed { .. }));
        match () {
            _ if all_passed => WayOn::CourseComplete,
            _ if index + 1 < lessons.len() => WayOn::NextLesson,
            _ => WayOn::Lessons,
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
    lesson: &Lesson,
    attempt: &Attempt,
    way_on: WayOn,
) -> Page<'a, Message> {
    let ui = ctx.ui();
    let score = attempt.score();
    let summary = ctx.t_with(
        "results-score",
        &[
            ("correct", score.correct as i64),
            ("total", score.total as i64),
            ("percent", i64::from(score.percent())),
        ],
    );
    let (verdict, explanation) = if score.passed() {
        (ctx.t("results-passed"), ctx.t("results-passed-detail"))
    } else {
        (
            ctx.t("results-not-yet"),
            ctx.t_with(
                "results-not-yet-detail",
                &[("pass", i64::from(score.pass_mark))],
            ),
        )
    };
    let missed = attempt.missed();
    let back = ui.back_button(ctx.t("results-back-to-lessons"), Some(Message::Home));
    let (back, main) = if !missed.is_empty() {
        let retry = ctx.t("results-retry-missed");
        (
            Some(back),
            ui.icon_button(Icon::Retry, retry, Some(Message::RetryMissed), true),
        )
    } else if way_on == WayOn::CourseComplete {
        let end = ctx.t("complete-open");
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
            Tone::Verdict(score.passed()),
            24,
            column![ui.heading(verdict), ui.body(summary), ui.body(explanation)].spacing(10),
        ),
    );
    let mut missed_list = ui.column().spacing(8);
    if !missed.is_empty() {
        let heading = ctx.t("results-missed");
        missed_list = missed_list.push(lines.heard(heading.clone(), ui.block(ui.strong(heading))));
        for index in &missed {
            let question = &lesson.quiz.questions[*index];
            // A bullet on the reading side, level with the first line, so
            // a question that wraps does not run into the next one.
            let bullet = container(dot(ui.typo.body * 0.4, true)).padding(Padding {
                top: ui.typo.body * 0.7,
                ..Padding::ZERO
            });
            let prompt = ctx.t(&ids::question(lesson, question));
            let line = ui
                .row(vec![bullet.into(), ui.body(prompt.clone())])
                .spacing(12)
                .align_y(Alignment::Start);
            missed_list = missed_list.push(lines.heard(prompt, line));
        }
    }

    let content = column![
        ui.caption(ctx.t(&ids::lesson(lesson))),
        title,
        verdict_card,
        missed_list,
    ]
    .align_x(ui.start())
    .width(Length::Fill)
    .spacing(20);
    Page::new(content)
        .with_nav(back, vec![main])
        .with_script(lines)
}
