//! "Finish?": the visitor is done. Everything they did is cleared for the
//! next person, so it asks once first.

use crate::keys::KeyAction;
use crate::screen::Ctx;
use iced::Element;

#[derive(Debug, Clone)]
pub enum Message {
    Confirm,
    Cancel,
}

pub fn key(action: KeyAction) -> Option<Message> {
    match action {
        KeyAction::Choose(0) | KeyAction::Confirm => Some(Message::Confirm),
        KeyAction::Choose(1) | KeyAction::Back => Some(Message::Cancel),
        _ => None,
    }
}

pub fn view<'a>(ctx: Ctx<'a>) -> Element<'a, Message> {
    let ui = ctx.ui();
    ui.column()
        .spacing(24)
        .push(ui.title(ctx.t("kiosk-finish-title")))
        .push(ui.body(ctx.t("kiosk-finish-explained")))
        .push(
            ui.row(vec![
                ui.button(ctx.t("kiosk-finish-yes"), Some(Message::Confirm), true),
                ui.button(ctx.t("kiosk-finish-no"), Some(Message::Cancel), false),
            ])
            .spacing(16),
        )
        .into()
}
