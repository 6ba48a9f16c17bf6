//! The facilitator's notes for the current lesson: how long it takes, the
//! keys, how to keep the group safe, and the help contacts. Shown instead
//! of the slide while N is on, for the laptop's screen, not the room's.

use crate::Element;
use crate::screen::Ctx;
use crate::theme::Tone;
use hifazat_core::presenter::timing;
use iced::Length;
use iced::widget::{container, scrollable};

/// What the notes show follows the slides; they keep nothing of their own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State;

#[derive(Debug, Clone)]
pub enum Message {
    Close,
    /// Stop presenting and go back to the workshop plan.
    ToAgenda,
}

pub enum Action {
    /// Back to the slide (notes shown in its place).
    Close,
    ToAgenda,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Close => Action::Close,
            Message::ToAgenda => Action::ToAgenda,
        }
    }

    /// `lesson` is the lesson on the slides, if any; `country` the help
    /// directory's country to list. `closable` when shown in place of a
    /// slide.
    pub fn view<'a>(
        &self,
        ctx: Ctx<'a>,
        lesson: Option<usize>,
        country: &str,
        closable: bool,
    ) -> Element<'a, Message> {
        view(ctx, lesson, country, closable)
    }
}

fn view<'a>(
    ctx: Ctx<'a>,
    lesson: Option<usize>,
    country: &str,
    closable: bool,
) -> Element<'a, Message> {
    let ui = ctx.ui();
    let mut page = ui.column().spacing(16).push(ui.title(ctx.t("notes-title")));
    if let Some(lesson) = lesson {
        let content = &ctx.course.lessons[lesson];
        let timing = timing(content);
        page = page
            .push(ui.heading(ctx.t(&hifazat_core::course::ids::lesson(content))))
            .push(ui.body(ctx.t_with(
                "notes-timing",
                &[
                    ("teaching", i64::from(timing.lesson)),
                    ("discussion", i64::from(timing.discussion)),
                ],
            )));
    }
    page = page.push(ui.caption(ctx.t("notes-keys")));
    page = page.push(ui.caption(ctx.t("notes-audio")));
    let mut guidance = ui
        .column()
        .spacing(8)
        .push(ui.heading(ctx.t("notes-guidance-title")));
    for id in [
        "notes-guidance-assume",
        "notes-guidance-disclosure",
        "notes-guidance-secrecy",
        "notes-guidance-no-details",
        "notes-guidance-contacts",
    ] {
        guidance = guidance.push(ui.body(ctx.t(id)));
    }
    page = page.push(ui.card(Tone::Notice, 20, guidance));

    let mut help = ui
        .column()
        .spacing(8)
        .push(ui.heading(ctx.t("notes-help-title")));
    help = help.push(ui.body(ctx.help.emergency_words(&ctx.words(), country)));
    help = help.push(crate::screen::help::contacts(ctx, &ui, country));
    page = page.push(help);
    let mut buttons = Vec::new();
    if closable {
        buttons.push(ui.back_button(ctx.t("presenter-back-to-slides"), Some(Message::Close)));
    }
    if lesson.is_some() {
        buttons.push(ui.button(ctx.t("presenter-back"), Some(Message::ToAgenda), false));
    }
    page = page.push(ui.row(buttons).spacing(16));
    scrollable(
        container(page.max_width(980))
            .padding([28, 32])
            .center_x(Length::Fill),
    )
    .height(Length::Fill)
    .into()
}
