//! The lessons, each with its state: not started, in progress, or passed
//! with the best score.

use super::{Ctx, Lines, Page};
use crate::Element;
use crate::icons::Icon;
use crate::keys::KeyAction;
use crate::theme::Tone;
use crate::theme::{self, Theme};
use crate::widget::Column;
use crate::widget::Ui;
use hifazat_core::course::ids;
use hifazat_core::progress::{At, LessonStatus, Place};
use iced::widget::{column, text};
use iced::{Alignment, Length};

/// The lessons list keeps nothing of its own: what it shows is the
/// reader's progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State;

#[derive(Debug, Clone)]
pub enum Message {
    Open(usize),
    Continue,
    Facilitate,
    /// Every lesson passed: the end of the course (after the final check).
    Complete,
    /// The short review that is due, of this lesson.
    Review(usize),
}

pub enum Action {
    OpenLesson(usize),
    /// Back to the saved place.
    Continue,
    /// Facilitator mode: plan a workshop and present it.
    Facilitate,
    Complete,
    Review(usize),
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Open(lesson) => Action::OpenLesson(lesson),
            Message::Continue => Action::Continue,
            Message::Facilitate => Action::Facilitate,
            Message::Complete => Action::Complete,
            Message::Review(lesson) => Action::Review(lesson),
        }
    }

    /// Number keys open a lesson; Enter continues where the reader left
    /// off, or opens the first lesson not yet passed.
    pub fn key(&self, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
        key(ctx, action)
    }

    /// The lessons, and in the bar the way on: back to the saved place,
    /// or into the first lesson not yet passed (what Enter does too).
    pub fn view<'a>(&self, ctx: Ctx<'a>) -> Page<'a, Message> {
        let ui = ctx.ui();
        let main = if ctx.place.is_some() {
            ui.forward_button(ctx.t("home-continue"), Some(Message::Continue), true)
        } else if ctx.progress.all_passed(ctx.course) {
            ui.forward_button(end_label(ctx), Some(Message::Complete), true)
        } else {
            let index = suggested(ctx);
            let label = ctx.t_with("home-start-lesson", &[("number", (index + 1) as i64)]);
            ui.forward_button(label, Some(Message::Open(index)), true)
        };
        let mut lines = Lines::new(&ctx);
        let content = view(ctx, &mut lines);
        Page::new(content)
            .with_nav(None, vec![main])
            .with_script(lines)
    }
}

fn key(ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
    match action {
        KeyAction::Choose(index) if index < ctx.course.lessons.len() => {
            let holds_place = ctx
                .place
                .is_some_and(|place| place.lesson == ctx.course.lessons[index].id);
            Some(if holds_place {
                Message::Continue
            } else {
                Message::Open(index)
            })
        }
        // The key after the lessons' numbers starts a review that is due.
        KeyAction::Choose(index) if index == ctx.course.lessons.len() => {
            ctx.review_due.map(Message::Review)
        }
        KeyAction::Confirm if ctx.place.is_some() => Some(Message::Continue),
        KeyAction::Confirm if ctx.progress.all_passed(ctx.course) => Some(Message::Complete),
        KeyAction::Confirm => Some(Message::Open(suggested(ctx))),
        _ => None,
    }
}

/// "The final check" until it is passed, then "The end of the course".
fn end_label(ctx: Ctx<'_>) -> String {
    if ctx.progress.finished.is_some() {
        ctx.t("complete-open")
    } else {
        ctx.t("final-start")
    }
}

/// "A short review: 3 questions, 2 minutes", when one is due: offered, never
/// pressed on the reader (the way on in the bar stays what it was).
fn review_card<'a>(ctx: Ctx<'a>, lesson: usize, lines: &mut Lines) -> Element<'a, Message> {
    let ui = ctx.ui();
    // The number key that starts it, after the lessons' numbers.
    let key = ctx.t_with(
        "home-review-key",
        &[("number", (ctx.course.lessons.len() + 1) as i64)],
    );
    let title = ctx.t("home-review-title");
    let body = ctx.t_with(
        "home-review-body",
        &[("lesson", ctx.t(&ids::lesson(&ctx.course.lessons[lesson])))],
    );
    let said = format!("{title} {body}");
    let card = ui
        .column()
        .spacing(8)
        .push(ui.caption(key))
        .push(ui.heading(title))
        .push(ui.body(body))
        .push(ui.at_start(ui.icon_button(
            Icon::Retry,
            ctx.t("home-review-start"),
            Some(Message::Review(lesson)),
            false,
        )));
    lines.heard(said, ui.card(Tone::Notice, 20, card))
}

/// "Continue where you left off", naming the lesson and the exact place.
fn continue_card<'a>(
    ctx: Ctx<'a>,
    place: &Place,
    lines: &mut Lines,
) -> Option<Element<'a, Message>> {
    let ui = ctx.ui();
    let (_, lesson) = ctx.course.lesson(&place.lesson)?;
    let where_ = match &place.at {
        At::Page(page) => ctx.t_with(
            "lesson-progress",
            &[
                ("current", (*page + 1) as i64),
                ("total", lesson.pages() as i64),
            ],
        ),
        At::Quiz(attempt) => super::quiz::place_label(ctx, attempt),
    };
    let place_text = ctx.t_with(
        "home-continue-place",
        &[("lesson", ctx.t(&ids::lesson(lesson))), ("place", where_)],
    );
    let place_text_said = place_text.clone();
    let card = ui
        .column()
        .spacing(8)
        .push(ui.heading(ctx.t("home-continue-title")))
        .push(ui.body(place_text))
        .push(ui.at_start(ui.forward_button(
            ctx.t("home-continue"),
            Some(Message::Continue),
            true,
        )));
    let said = format!("{} {}", ctx.t("home-continue-title"), place_text_said);
    Some(lines.heard(said, ui.card(Tone::Notice, 20, card)))
}

/// A lesson's state as a mark and words, so that a reader who reads
/// little sees it: a tick in a circle when passed, a half-filled circle
/// when begun, an empty one when not.
fn status_line<'a>(ui: &Ui, status: LessonStatus, words: String) -> Element<'a, Message> {
    let style: fn(&Theme) -> text::Style = match status {
        LessonStatus::Passed { .. } => theme::right_text,
        _ => theme::plain_text,
    };
    let icon = match status {
        LessonStatus::Passed { .. } => Icon::Passed,
        LessonStatus::InProgress { .. } => Icon::InProgress,
        LessonStatus::NotStarted => Icon::NotStarted,
    };
    ui.at_start(
        ui.row(vec![
            icon.text(ui.typo.heading + 6.0).style(style).into(),
            ui.strong(words).style(style).into(),
        ])
        .spacing(8)
        .align_y(Alignment::Center),
    )
    .into()
}

/// How many lessons the reader has passed.
fn passed(ctx: Ctx<'_>) -> usize {
    ctx.course
        .lessons
        .iter()
        .filter(|lesson| matches!(ctx.progress.status(&lesson.id), LessonStatus::Passed { .. }))
        .count()
}

/// The lesson to offer first: the first one not passed, else the first.
fn suggested(ctx: Ctx<'_>) -> usize {
    ctx.course
        .lessons
        .iter()
        .position(|lesson| !matches!(ctx.progress.status(&lesson.id), LessonStatus::Passed { .. }))
        .unwrap_or(0)
}

fn view<'a>(ctx: Ctx<'a>, lines: &mut Lines) -> Element<'a, Message> {
    let ui = ctx.ui();
    let suggested = suggested(ctx);
    // Read as the eye goes: the title, the course so far, then each
    // lesson's card as one line.
    let title = ctx.t("home-title");
    let title = lines.heard(title.clone(), ui.title(title));
    let intro = ctx.t("home-intro");
    let intro = lines.heard(intro.clone(), ui.body(intro));
    let total = ctx.course.lessons.len();
    let done = passed(ctx);
    let progress_text = ctx.t_with(
        "home-course-progress",
        &[("passed", done as i64), ("total", total as i64)],
    );
    let progress = lines.heard(progress_text.clone(), ui.block(ui.strong(progress_text)));
    // Every lesson passed: the final check, and once that is passed, the
    // end of the course.
    let finished = ctx.progress.all_passed(ctx.course).then(|| {
        // The tick only once the course is finished: before the final
        // check it would say "done" of something still to do.
        let heading = if ctx.progress.finished.is_some() {
            ui.verdict(true, ctx.t("complete-title"))
        } else {
            ui.heading(ctx.t("final-title"))
        };
        let said = if ctx.progress.finished.is_some() {
            ctx.t("complete-title")
        } else {
            ctx.t("final-title")
        };
        lines.heard(
            said,
            ui.card(
                Tone::Notice,
                20,
                ui.column()
                    .spacing(8)
                    .push(heading)
                    .push(ui.at_start(ui.forward_button(
                        end_label(ctx),
                        Some(Message::Complete),
                        ctx.place.is_none(),
                    ))),
            ),
        )
    });
    let review = ctx.review_due.map(|lesson| review_card(ctx, lesson, lines));
    let continuing = ctx.place.and_then(|place| continue_card(ctx, place, lines));
    let cards: Vec<Element<'a, Message>> = ctx
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
                } => ctx.t_with("home-status-tried", &[("best", i64::from(best))]),
                LessonStatus::Passed { best_percent } => {
                    ctx.t_with("home-status-passed", &[("best", i64::from(best_percent))])
                }
            };
            // The lesson holding the saved place continues there; the others
            // open at their start.
            let holds_place = ctx.place.is_some_and(|place| place.lesson == lesson.id);
            let (button_label, message) = match status {
                _ if holds_place => (ctx.t("home-continue"), Message::Continue),
                LessonStatus::NotStarted => (ctx.t("home-start"), Message::Open(index)),
                LessonStatus::InProgress { .. } => (ctx.t("home-open"), Message::Open(index)),
                LessonStatus::Passed { .. } => (ctx.t("home-review"), Message::Open(index)),
            };
            let numbered_title =
                ctx.t_with("home-lesson-number", &[("number", (index + 1) as i64)]);
            let (numbered_said, status_said) = (numbered_title.clone(), status_text.clone());
            let card = column![
                ui.caption(numbered_title),
                ui.heading(ctx.t(&title_id)),
                ui.body(ctx.attr(&title_id, "goal")),
                ui.row(vec![
                    status_line(&ui, status, status_text),
                    ui.forward_button(
                        button_label,
                        Some(message),
                        index == suggested && ctx.place.is_none(),
                    ),
                ])
                .spacing(16),
            ]
            .align_x(ui.start())
            .width(Length::Fill)
            .spacing(8);
            // The lesson's picture at the start of the card, where the eye
            // lands first.
            let card = ui.beside_picture(ctx.picture(lesson, 64.0), card, 20.0, Alignment::Start);
            let said = format!(
                "{numbered_said}. {}. {}. {status_said}.",
                ctx.t(&title_id),
                ctx.attr(&title_id, "goal")
            );
            lines.heard(said, ui.card(Tone::Panel, 20, card))
        })
        .collect();
    // Not on a kiosk: a visitor has no workshop to run.
    let facilitate = (!ctx.kiosk).then(|| {
        ui.at_start(ui.button(ctx.t("home-facilitator"), Some(Message::Facilitate), false))
    });
    column![title, intro, progress]
        .push(finished)
        .push(continuing)
        .push(review)
        .push(
            Column::with_children(cards)
                .align_x(ui.start())
                .width(Length::Fill)
                .spacing(16),
        )
        .push(facilitate)
        .align_x(ui.start())
        .width(Length::Fill)
        .spacing(20)
        .into()
}
