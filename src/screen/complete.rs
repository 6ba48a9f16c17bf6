//! The end of the course: every lesson passed. What the reader learned,
//! the help contacts to keep, and (at home) a handout to print.

use super::{Ctx, Page};
use crate::Element;
use crate::keys::KeyAction;
use crate::screen::help;
use hifazat_core::course::ids;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// What the last "save a handout" did: where it went, or why not.
    pub saved: Option<Result<String, String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    SaveHandout,
    /// The handout was written (or not).
    Saved(Result<String, String>),
    Home,
}

pub enum Action {
    None,
    /// Write the whole course's handout.
    SaveHandout,
    Home,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::SaveHandout => Action::SaveHandout,
            Message::Saved(result) => {
                self.saved = Some(result);
                Action::None
            }
            Message::Home => Action::Home,
        }
    }

    pub fn key(&self, action: KeyAction) -> Option<Message> {
        matches!(action, KeyAction::Back | KeyAction::Confirm).then_some(Message::Home)
    }

    /// `country`: whose help contacts to show.
    pub fn view<'a>(&self, ctx: Ctx<'a>, country: &str) -> Page<'a, Message> {
        let ui = ctx.ui();
        let mut learned = ui.column().spacing(8);
        for lesson in &ctx.course.lessons {
            learned = learned.push(ui.verdict(true, ctx.t(&ids::lesson(lesson))));
        }
        let mut page = ui
            .column()
            .spacing(20)
            .push(ui.title(ctx.t("complete-title")))
            .push(ui.body(ctx.t("complete-intro")))
            .push(ui.heading(ctx.t("complete-learned")))
            .push(learned)
            .push(ui.heading(ctx.t("complete-help")))
            .push(ui.body(ctx.help.emergency_words(&ctx.words(), country)))
            .push(help::contacts(ctx, &ui, country));
        // A kiosk writes nothing: its visitors copy the numbers down.
        if !ctx.kiosk {
            page = page.push(ui.at_start(ui.button(
                ctx.t("agenda-export"),
                Some(Message::SaveHandout),
                false,
            )));
            let said: Option<Element<'a, Message>> = match &self.saved {
                Some(Ok(path)) => {
                    Some(ui.body(ctx.t_with("agenda-exported", &[("path", path.clone())])))
                }
                Some(Err(reason)) => {
                    Some(ui.body(ctx.t_with("agenda-export-failed", &[("reason", reason.clone())])))
                }
                None => None,
            };
            page = page.push(said);
        }
        let home = ui.forward_button(ctx.t("results-back-to-lessons"), Some(Message::Home), true);
        Page::new(page).with_nav(None, vec![home])
    }
}
