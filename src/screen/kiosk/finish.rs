//! "Finish?": the visitor is done. Everything they did is cleared for the
//! next person, so it asks once first.

use crate::keys::KeyAction;
use crate::screen::{Ctx, Lines, Page};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State;

#[derive(Debug, Clone)]
pub enum Message {
    Confirm,
    Cancel,
}

pub enum Action {
    /// Clear everything for the next visitor.
    Finish,
    /// Back to the page.
    Stay,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Confirm => Action::Finish,
            Message::Cancel => Action::Stay,
        }
    }

    pub fn key(&self, action: KeyAction) -> Option<Message> {
        match action {
            KeyAction::Choose(0) | KeyAction::Confirm => Some(Message::Confirm),
            KeyAction::Choose(1) | KeyAction::Back => Some(Message::Cancel),
            _ => None,
        }
    }

    /// `country`: whose help contacts to show before everything is cleared.
    pub fn view<'a>(&self, ctx: Ctx<'a>, country: &str) -> Page<'a, Message> {
        view(ctx, country)
    }
}

fn view<'a>(ctx: Ctx<'a>, country: &str) -> Page<'a, Message> {
    let ui = ctx.ui();
    // Large enough to copy down or photograph from where a visitor stands.
    let mut large = ui;
    large.typo.body = ui.typo.heading;
    let mut lines = Lines::new(&ctx);
    let (title, explained, contacts) = (
        ctx.t("kiosk-finish-title"),
        ctx.t("kiosk-finish-explained"),
        ctx.t("kiosk-finish-contacts"),
    );
    let content = ui
        .column()
        .spacing(24)
        .push(lines.heard(title.clone(), ui.title(title)))
        .push(lines.heard(explained.clone(), ui.body(explained)))
        .push(lines.heard(contacts.clone(), ui.heading(contacts)))
        .push(crate::screen::help::contacts_heard(
            ctx, &large, country, &mut lines,
        ))
        .push(
            ui.row(vec![
                ui.button(ctx.t("kiosk-finish-yes"), Some(Message::Confirm), true),
                ui.button(ctx.t("kiosk-finish-no"), Some(Message::Cancel), false),
            ])
            .spacing(16),
        );
    Page::new(content).with_script(lines)
}
