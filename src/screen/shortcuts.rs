//! The shortcuts overlay (F1 or ?): every key, in the reader's language.

use super::{Ctx, Lines, Page};
use crate::Element;
use crate::keys::KeyAction;
use crate::theme;
use iced::Length;
use iced::widget::{container, text};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State;

#[derive(Debug, Clone)]
pub enum Message {
    Close,
}

pub enum Action {
    Close,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Close => Action::Close,
        }
    }

    pub fn key(&self, action: KeyAction) -> Option<Message> {
        matches!(action, KeyAction::Back | KeyAction::Confirm).then_some(Message::Close)
    }

    pub fn view<'a>(&self, ctx: Ctx<'a>) -> Page<'a, Message> {
        let close = ctx
            .ui()
            .back_button(ctx.t("keys-close"), Some(Message::Close));
        let mut lines = Lines::new(&ctx);
        let content = view(ctx, &mut lines);
        Page::new(content)
            .with_nav(Some(close), Vec::new())
            .with_script(lines)
    }
}

/// Each key as it is printed on the keyboard, with the message id that
/// says what it does. The arrow keys are named in words (`None`): the
/// bundled fonts have no arrow glyphs.
const KEYS: [(Option<&str>, &str); 10] = [
    (Some("Esc"), "keys-quick-exit"),
    (Some("1 – 9 · A – I"), "keys-choose"),
    (Some("Enter"), "keys-enter"),
    (Some("PageDown · PageUp"), "keys-pages"),
    (None, "keys-arrows"),
    (Some("F1 · ?"), "keys-keys"),
    (Some("F2"), "keys-help"),
    (Some("F3"), "keys-settings"),
    (Some("L"), "keys-listen"),
    (Some("S"), "keys-stop-listening"),
];

fn view<'a>(ctx: Ctx<'a>, lines: &mut Lines) -> Element<'a, Message> {
    let ui = ctx.ui();
    let title = ctx.t("keys-title");
    let title = lines.heard(title.clone(), ui.title(title));
    let mut list = ui.column().spacing(10);
    for (keys, id) in KEYS {
        let cap = match keys {
            Some(printed) => text(printed)
                .font(crate::fonts::SANS_BOLD)
                .size(ui.typo.body),
            None => ui.strong(ctx.t("keys-cap-arrows")),
        };
        // Wide enough for "PageDown · PageUp" on one line at the usual
        // sizes, and aligned to the reading side like the words beside it.
        let keycap = container(cap)
            .padding([4, 12])
            .width(270)
            .align_x(ui.start())
            .style(theme::panel);
        let name = keys.map_or_else(|| ctx.t("keys-cap-arrows"), str::to_owned);
        let does = ctx.t(id);
        list = list.push(lines.heard(
            format!("{name}: {does}"),
            ui.row(vec![keycap.into(), ui.body(does)]).spacing(16),
        ));
    }
    ui.column()
        .spacing(20)
        .push(title)
        .push(list)
        .push(lines.heard(ctx.t("keys-touch"), ui.body(ctx.t("keys-touch"))))
        .push(ui.caption(ctx.t("keys-credits")))
        .width(Length::Fill)
        .into()
}
