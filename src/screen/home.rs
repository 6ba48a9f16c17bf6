//! The lessons, each with its state: not started, in progress, or passed
//! with the best score.

use super::Ctx;
use crate::course::ids;
use crate::keys::KeyAction;
use crate::progress::{At, LessonStatus, Place};
use crate::theme;
use iced::widget::{Column, column, container};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Message {
    Open(usize),
    Continue,
}

pub enum Action {
    OpenLesson(usize),
    /// Back to the saved place.
    Continue,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Open(lesson) => Action::OpenLesson(lesson),
        Message::Continue => Action::Continue,
    }
}

/// Number keys open a lesson; Enter continues where the reader left off,
/// or opens the first lesson not yet passed.
pub fn key(ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
    match action {
        KeyAction::Choose(index) if index < ctx.course.lessons.len() => Some(Message::Open(index)),
        KeyAction::Confirm if ctx.place.is_some() => Some(Message::Continue),
        KeyAction::Confirm => Some(Message::Open(suggested(ctx))),
        _ => None,
    }
}

/// "Continue where you left off", naming the lesson and the exact place.
fn continue_card<'a>(ctx: Ctx<'a>, place: &Place) -> Option<Element<'a, Message>> {
    let ui = ctx.ui();
    let (_, lesson) = ctx.course.lesson(&place.lesson)?;
    let where_ = match &place.at {
        At::Page(page) => ctx.t_with(
            "lesson-progress",
            &[
                ("current", (*page + 1) as i64),
                ("total", (lesson.sections.len() + 1) as i64),
            ],
        ),
        At::Quiz(attempt) => {
            let (current, total) = attempt.place();
            ctx.t_with(
                "quiz-progress",
                &[("current", current as i64), ("total", total as i64)],
            )
        }
    };
    let card = ui
        .column()
        .spacing(8)
        .push(ui.heading(ctx.t("home-continue-title")))
        .push(ui.body(format!("{} · {where_}", ctx.t(&ids::lesson(lesson)))))
        .push(ui.at_start(ui.forward_button(
            ctx.t("home-continue"),
            Some(Message::Continue),
            true,
        )));
    Some(
        container(card)
            .padding(20)
            .width(Length::Fill)
            .style(theme::notice)
            .into(),
    )
}

/// The lesson to offer first: the first one not passed, else the first.
fn suggested(ctx: Ctx<'_>) -> usize {
    ctx.course
        .lessons
        .iter()
        .position(|lesson| !matches!(ctx.progress.status(&lesson.id), LessonStatus::Passed { .. }))
        .unwrap_or(0)
}

pub fn view<'a>(ctx: Ctx<'a>) -> Element<'a, Message> {
    let ui = ctx.ui();
    let suggested = suggested(ctx);
    let cards = ctx
        .course
        .lessons
        .iter()
        .enumerate()
        .map(|(index, lesson)| {
            let title_id = ids::lesson(lesson);
            let status = ctx.progress.status(&lesson.id);
            let status_text = match status {
                LessonStatus::NotStarted => ctx.t("home-status-not-started"),
                LessonStatus::InProgress { best_percent: None } => ctx.t("home-status-in-progress"),
                LessonStatus::InProgress {
                    best_percent: Some(best),
                } => ctx.t_with("home-status-tried", &[("best", best.into())]),
                LessonStatus::Passed { best_percent } => {
                    ctx.t_with("home-status-passed", &[("best", best_percent.into())])
                }
            };
            let button_label = match status {
                LessonStatus::NotStarted => ctx.t("home-start"),
                LessonStatus::InProgress { .. } => ctx.t("home-continue"),
                LessonStatus::Passed { .. } => ctx.t("home-review"),
            };
            let numbered_title =
                ctx.t_with("home-lesson-number", &[("number", (index + 1) as i64)]);
            let card = column![
                ui.block(ui.small(numbered_title).style(theme::muted)),
                ui.heading(ctx.t(&title_id)),
                ui.body(ctx.attr(&title_id, "goal")),
                ui.row(vec![
                    ui.block(ui.strong(status_text)),
                    ui.forward_button(
                        button_label,
                        Some(Message::Open(index)),
                        index == suggested && ctx.place.is_none(),
                    ),
                ])
                .spacing(16),
            ]
            .align_x(ui.start())
            .width(Length::Fill)
            .spacing(8);
            container(card)
                .padding(20)
                .width(Length::Fill)
                .style(theme::panel)
                .into()
        });
    let continuing = ctx.place.and_then(|place| continue_card(ctx, place));
    column![ui.title(ctx.t("home-title")), ui.body(ctx.t("home-intro")),]
        .push(continuing)
        .push(
            Column::with_children(cards)
                .align_x(ui.start())
                .width(Length::Fill)
                .spacing(16),
        )
        .align_x(ui.start())
        .width(Length::Fill)
        .spacing(20)
        .into()
}
