//! The workshop plan: which lessons to run today, in what order, and
//! about how long it all takes; then "Start presenting". A handout to
//! print can be saved from here.

use crate::Element;
use crate::keys::KeyAction;
use crate::screen::Ctx;
use crate::theme::Tone;
use crate::widget::Ui;
use hifazat_core::course::ids;
use hifazat_core::presenter::{Agenda, timing};

/// The plan itself is the root's (`App::workshop`): it is kept while
/// presenting and when the reader goes home.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// What the last "save a handout" did, to say so: where it went, by
    /// file and folder, or why it failed.
    pub exported: Option<Result<String, String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Toggle(usize),
    Earlier(usize),
    Later(usize),
    Start,
    Export,
    /// The handout was written (or not).
    Exported(Result<String, String>),
    /// The notes in a window of their own, for a second screen (the
    /// root opens it).
    NotesWindow,
    Home,
}

pub enum Action {
    None,
    Start,
    Export,
    NotesWindow,
    Home,
}

impl State {
    pub fn update(&mut self, message: Message, agenda: &mut Agenda) -> Action {
        match message {
            Message::Toggle(lesson) => agenda.toggle(lesson),
            Message::Earlier(lesson) => agenda.shift(lesson, true),
            Message::Later(lesson) => agenda.shift(lesson, false),
            Message::Start if !agenda.lessons().is_empty() => return Action::Start,
            Message::Start => {}
            Message::Export => return Action::Export,
            Message::Exported(result) => self.exported = Some(result),
            Message::NotesWindow => return Action::NotesWindow,
            Message::Home => return Action::Home,
        }
        Action::None
    }

    pub fn key(&self, action: KeyAction) -> Option<Message> {
        match action {
            // Only Enter: a clicker's PageDown must not start by accident.
            KeyAction::Confirm => Some(Message::Start),
            KeyAction::Back => Some(Message::Home),
            _ => None,
        }
    }

    pub fn view<'a>(&self, ctx: Ctx<'a>, agenda: &Agenda) -> Element<'a, Message> {
        let ui = ctx.ui();
        let chosen = agenda.lessons();
        let not_chosen = (0..ctx.course.lessons.len()).filter(|l| !agenda.includes(*l));
        let mut list = ui.column().spacing(10);
        for (place, &lesson) in chosen.iter().enumerate() {
            let buttons = vec![
                ui.button(
                    ctx.t("agenda-earlier"),
                    (place > 0).then_some(Message::Earlier(lesson)),
                    false,
                ),
                ui.button(
                    ctx.t("agenda-later"),
                    (place + 1 < chosen.len()).then_some(Message::Later(lesson)),
                    false,
                ),
                ui.button(ctx.t("agenda-remove"), Some(Message::Toggle(lesson)), false),
            ];
            list = list.push(card(ctx, &ui, lesson, true, buttons));
        }
        for lesson in not_chosen {
            let add = vec![ui.button(ctx.t("agenda-add"), Some(Message::Toggle(lesson)), true)];
            list = list.push(card(ctx, &ui, lesson, false, add));
        }
        // A whole workshop runs to hours; "about 231 minutes" makes a
        // facilitator do the sum. To the nearest five minutes, as planned.
        let minutes = (i64::from(agenda.minutes(ctx.course)) + 2) / 5 * 5;
        let (hours, minutes) = (minutes / 60, minutes % 60);
        let mut page = ui
            .column()
            .spacing(20)
            .push(ui.title(ctx.t("agenda-title")))
            .push(ui.body(ctx.t("agenda-explained")))
            .push(list)
            .push(
                ui.heading(ctx.t_with("agenda-total", &[("hours", hours), ("minutes", minutes)])),
            );
        if chosen.is_empty() {
            page = page.push(ui.body(ctx.t("agenda-empty")));
        }
        page = page
            .push(ui.at_start(ui.forward_button(
                ctx.t("agenda-start"),
                (!chosen.is_empty()).then_some(Message::Start),
                true,
            )))
            .push(
                ui.row(vec![
                    ui.button(ctx.t("agenda-export"), Some(Message::Export), false),
                    ui.button(
                        ctx.t("agenda-notes-window"),
                        Some(Message::NotesWindow),
                        false,
                    ),
                ])
                .spacing(16),
            );
        match &self.exported {
            Some(Ok(path)) => {
                page = page.push(ui.body(ctx.t_with("agenda-exported", &[("path", path.clone())])));
            }
            Some(Err(reason)) => {
                page = page.push(
                    ui.body(ctx.t_with("agenda-export-failed", &[("reason", reason.clone())])),
                );
            }
            None => {}
        }
        page.push(
            ui.at_start(ui.back_button(ctx.t("results-back-to-lessons"), Some(Message::Home))),
        )
        .into()
    }
}

/// One lesson of the plan: its number and title, its time, and buttons.
fn card<'a>(
    ctx: Ctx<'a>,
    ui: &Ui,
    lesson: usize,
    chosen: bool,
    buttons: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    let content = &ctx.course.lessons[lesson];
    let number = ctx.t_with("home-lesson-number", &[("number", (lesson + 1) as i64)]);
    let minutes = i64::from(timing(content).total());
    let mut about = ui.column().spacing(4).push(ui.caption(number));
    about = about.push(ui.block(ui.strong(ctx.t(&ids::lesson(content)))));
    about = about.push(ui.caption(ctx.t_with("agenda-minutes", &[("minutes", minutes)])));
    if chosen {
        about = about.push(ui.caption(ctx.t("agenda-included")));
    }
    let tone = if chosen { Tone::Notice } else { Tone::Panel };
    ui.card(
        tone,
        16,
        ui.column()
            .spacing(10)
            .push(about)
            .push(ui.row(buttons).spacing(10)),
    )
    .into()
}
