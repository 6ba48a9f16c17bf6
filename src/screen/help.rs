//! Where to get help: the emergency advice first, a choice of country,
//! then that country's channels and the worldwide ones, each with what it
//! is for, its source and when it was checked.

use super::{Ctx, Lines, Page};
use crate::Element;
use crate::icons::Icon;
use crate::keys::KeyAction;
use crate::theme;
use crate::theme::Tone;
use crate::widget::Ui;
use hifazat_core::help::{self, HelpEntry, Status};
use hifazat_core::i18n::Lang;
use hifazat_core::pictures::ContactKind;
use iced::Alignment;
use iced::widget::{button, text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// The country whose channels show, e.g. `pk`.
    country: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Country(String),
    Close,
}

pub enum Action {
    None,
    Close,
}

impl State {
    pub fn new(country: impl Into<String>) -> Self {
        State {
            country: country.into(),
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Country(country) => {
                self.country = country;
                Action::None
            }
            Message::Close => Action::Close,
        }
    }

    /// Number keys choose a country, in the order shown.
    pub fn key(&self, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
        match action {
            KeyAction::Choose(index) => ctx
                .help
                .countries()
                .get(index)
                .map(|c| Message::Country((*c).to_owned())),
            KeyAction::Back | KeyAction::Confirm => Some(Message::Close),
            _ => None,
        }
    }

    pub fn view<'a>(&self, ctx: Ctx<'a>) -> Page<'a, Message> {
        let ui = ctx.ui();
        let countries: Vec<Element<'a, Message>> = ctx
            .help
            .countries()
            .into_iter()
            .enumerate()
            .map(|(index, country)| {
                let chosen = country == self.country;
                let label = ui.row(vec![
                    ui.small((index + 1).to_string())
                        .font(crate::fonts::SANS_BOLD)
                        .into(),
                    ui.label(ctx.t(&help::country_message(country))).into(),
                ]);
                button(label.spacing(8))
                    .padding([11, 14])
                    .style(theme::choice(chosen))
                    .on_press(Message::Country(country.to_owned()))
                    .into()
            })
            .collect();

        let mut lines = Lines::new(&ctx);
        let mut heard = |text: String, make: fn(&Ui, String) -> Element<'a, Message>| {
            lines.heard(text.clone(), make(&ui, text))
        };
        let title = heard(ctx.t("help-title"), |ui, t| ui.title(t));
        let emergency = heard(
            ctx.help.emergency_words(&ctx.words(), &self.country),
            |ui, t| ui.body(t),
        );
        let confirm = heard(ctx.t("help-confirm-locally"), |ui, t| ui.body(t));
        let not_confront = heard(ctx.t("help-not-confront"), |ui, t| ui.body(t));
        let mut page = ui
            .column()
            .spacing(20)
            .push(title)
            .push(ui.card(
                Tone::Notice,
                20,
                ui.column().spacing(8).push(emergency).push(confirm),
            ))
            .push(not_confront)
            .push(ui.heading(ctx.t("help-choose-country")))
            .push(ui.rows(countries, 3, 10.0));

        // The chosen country, then the channels that serve every country.
        for (country, entries) in ctx.help.shown_for(&self.country) {
            let name = ctx.t(&help::country_message(country));
            let mut group = ui
                .column()
                .spacing(12)
                .push(lines.heard(name.clone(), ui.heading(name)));
            for entry in entries {
                group = group.push(entry_card(ctx, entry, &mut lines));
            }
            page = page.push(group);
        }
        let close = ui.back_button(ctx.t("help-close"), Some(Message::Close));
        Page::new(page)
            .with_nav(Some(close), Vec::new())
            .with_script(lines)
    }
}

/// One channel: its name, its contacts (each its own left-to-right run, so
/// numbers and addresses never reorder inside Urdu), what it is for, where
/// it came from and when it was checked.
fn entry_card<'a>(ctx: Ctx<'a>, entry: &HelpEntry, lines: &mut Lines) -> Element<'a, Message> {
    let ui = ctx.ui();
    let id = entry.message();
    let contacts: Vec<Element<'a, Message>> = entry
        .contacts
        .iter()
        .map(|contact| contact_view(&ui, contact))
        .collect();
    let checked = source_lines(ctx, &ui, entry);
    let mut card = ui
        .column()
        .spacing(4)
        .push(ui.block(ui.strong(ctx.t(&id))))
        .push(ui.row(contacts).spacing(24))
        .push(ui.body(ctx.attr(&id, "for")))
        .push(checked);
    if entry.status == Status::Unconfirmed {
        card = card.push(
            ui.at_start(
                ui.row(vec![
                    Icon::Warning
                        .text(ui.typo.body)
                        .style(theme::warning_text)
                        .into(),
                    ui.strong(ctx.t("help-unconfirmed"))
                        .style(theme::warning_text)
                        .into(),
                ])
                .spacing(8)
                .align_y(Alignment::Center),
            ),
        );
    }
    // Read as one line: the name, the numbers, what it is for.
    let said = format!(
        "{}. {}. {}",
        ctx.t(&id),
        entry.contacts.join(", "),
        ctx.attr(&id, "for")
    );
    lines.heard(said, ui.card(Tone::Panel, 16, card))
}

/// Where an entry came from and when it was checked. On a right-to-left
/// page the sources (Latin names) are a line of their own: a line that
/// mixes them with Nastaliq is measured narrower than it is drawn, and ran
/// past the card's edge.
fn source_lines<'a>(ctx: Ctx<'a>, ui: &Ui, entry: &HelpEntry) -> Element<'a, Message> {
    let checked = entry.checked_words(&ctx.words());
    if !ui.lang.is_rtl() {
        return ui.caption(ctx.t_with(
            "help-source",
            &[("source", entry.source.clone()), ("checked", checked)],
        ));
    }
    let latin = ctx.ui_for(Lang::En);
    ui.column()
        .push(ui.caption(ctx.t("help-source-label")))
        .push(ui.at_start(latin.small(entry.source.clone()).style(theme::muted)))
        .push(ui.caption(ctx.t_with("help-checked", &[("checked", checked)])))
        .into()
}

/// The channels for `country` and the worldwide ones, one line each: the
/// name, then its numbers and addresses in their own left-to-right run.
/// Where nobody may leave without them: the facilitator's notes and last
/// slide, a kiosk's "Finish?", the end of the course. `ui` sets the size
/// (a projector's, or a kiosk's large enough to photograph).
pub fn contacts<'a, Message: 'a>(ctx: Ctx<'a>, ui: &Ui, country: &str) -> Element<'a, Message> {
    contacts_heard(ctx, ui, country, &mut Lines::unread())
}

/// `contacts`, each channel a line Listen reads: its name, then its
/// numbers (read digit by digit, see `speech::spoken`).
pub fn contacts_heard<'a, Message: 'a>(
    ctx: Ctx<'a>,
    ui: &Ui,
    country: &str,
    lines: &mut Lines,
) -> Element<'a, Message> {
    let mut list = ui.column().spacing(8);
    for (_, entries) in ctx.help.shown_for(country) {
        for entry in entries {
            let name = ctx.t(&entry.message());
            let numbers = entry.contacts.join(", ");
            list = list.push(
                lines.heard(
                    format!("{name}: {numbers}."),
                    ui.row(vec![
                        ui.strong(name).into(),
                        ui.row(
                            entry
                                .contacts
                                .iter()
                                .map(|contact| contact_view(ui, contact))
                                .collect(),
                        )
                        .spacing(20)
                        .into(),
                    ])
                    .spacing(16),
                ),
            );
        }
    }
    list.into()
}

/// A number or address, with a mark for how it is reached (a phone, a
/// globe, a chat bubble), before it in reading order. The contact itself
/// is one left-to-right run in the Latin font.
fn contact_view<'a, Message: 'a>(ui: &Ui, contact: &str) -> Element<'a, Message> {
    ui.row(vec![
        Icon::for_contact(ContactKind::of(contact))
            .text(ui.typo.body)
            .into(),
        text(contact.to_owned())
            .font(crate::fonts::SANS_BOLD)
            .size(ui.typo.body)
            .into(),
    ])
    .spacing(6)
    .align_y(Alignment::Center)
    .into()
}
