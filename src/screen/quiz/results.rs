//! The end of a quiz round: the score, passed or not, and what next.

use super::Message;
use crate::Element;
use crate::keys::KeyAction;
use crate::screen::Ctx;
use crate::theme::Tone;
use hifazat_core::course::{Lesson, ids};
use hifazat_core::quiz::Attempt;
use iced::Length;
use iced::widget::column;

/// Enter retries the missed questions when there are any, else goes home.
pub fn key(attempt: &Attempt, action: KeyAction) -> Option<Message> {
    match action {
        KeyAction::Confirm if !attempt.missed().is_empty() => Some(Message::RetryMissed),
        KeyAction::Confirm | KeyAction::Back => Some(Message::Home),
        _ => None,
    }
}

pub fn view<'a>(ctx: Ctx<'a>, lesson: &Lesson, attempt: &Attempt) -> Element<'a, Message> {
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
    let mut actions: Vec<Element<'a, Message>> = Vec::new();
    if !missed.is_empty() {
        actions.push(ui.forward_button(
            ctx.t("results-retry-missed"),
            Some(Message::RetryMissed),
            true,
        ));
    }
    actions.push(ui.button(
        ctx.t("results-back-to-lessons"),
        Some(Message::Home),
        missed.is_empty(),
    ));

    let mut missed_list = ui.column().spacing(8);
    if !missed.is_empty() {
        missed_list = missed_list.push(ui.block(ui.strong(ctx.t("results-missed"))));
        for index in &missed {
            let question = &lesson.quiz.questions[*index];
            missed_list = missed_list.push(ui.body(ctx.t(&ids::question(lesson, question))));
        }
    }

    column![
        ui.caption(ctx.t(&ids::lesson(lesson))),
        ui.title(ctx.t("results-title")),
        ui.card(
            Tone::Verdict(score.passed()),
            24,
            column![ui.heading(verdict), ui.body(summary), ui.body(explanation)].spacing(10)
        ),
        missed_list,
        ui.row(actions).spacing(16),
    ]
    .align_x(ui.start())
    .width(Length::Fill)
    .spacing(20)
    .into()
}
