//! Where to get help: emergency advice first, then each country's
//! channels with what they are for, their source and when they were checked.

use super::Ctx;
use crate::help::Status;
use crate::keys::KeyAction;
use crate::theme;
use iced::widget::{column, container, text};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Message {
    Close,
}

pub fn key(action: KeyAction) -> Option<Message> {
    matches!(action, KeyAction::Back | KeyAction::Confirm).then_some(Message::Close)
}

pub fn view<'a>(ctx: Ctx<'a>) -> Element<'a, Message> {
    let ui = ctx.ui();
    let mut groups = ui.column().spacing(16);
    for (country, entries) in ctx.help.by_country() {
        let mut group = ui
            .column()
            .spacing(12)
            .push(ui.heading(ctx.t(&format!("country-{country}"))));
        for entry in entries {
            let id = format!("help-{}", entry.id);
            // Contacts stay left-to-right: each is its own Latin text run.
            let contacts: Vec<Element<'a, Message>> = entry
                .contacts
                .iter()
                .map(|contact| {
                    text(contact.clone())
                        .font(crate::fonts::SANS_BOLD)
                        .size(ui.typo.body)
                        .into()
                })
                .collect();
            let mut card = column![
                ui.block(ui.strong(ctx.t(&id))),
                ui.row(contacts).spacing(24),
                ui.body(ctx.attr(&id, "for")),
            ]
            .align_x(ui.start())
            .width(Length::Fill)
            .spacing(4);
            let checked = ctx.i18n.text_with(ctx.lang, "help-source", &{
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("source", entry.source.clone());
                args.set("checked", entry.checked.clone());
                args
            });
            card = card.push(ui.block(ui.small(checked).style(theme::muted)));
            if entry.status == Status::Unconfirmed {
                card = card.push(
                    ui.block(
                        ui.strong(ctx.t("help-unconfirmed"))
                            .style(theme::warning_text),
                    ),
                );
            }
            group = group.push(
                container(card)
                    .padding(16)
                    .width(Length::Fill)
                    .style(theme::panel),
            );
        }
        groups = groups.push(group);
    }
    column![
        ui.title(ctx.t("help-title")),
        container(
            column![
                ui.body(ctx.t("help-emergency")),
                ui.body(ctx.t("help-confirm-locally"))
            ]
            .spacing(8)
        )
        .padding(20)
        .width(Length::Fill)
        .style(theme::notice),
        ui.body(ctx.t("help-not-confront")),
        groups,
        ui.at_start(ui.back_button(ctx.t("help-close"), Some(Message::Close))),
    ]
    .align_x(ui.start())
    .width(Length::Fill)
    .spacing(20)
    .into()
}
