//! Settings, on one screen: language, text size, colours, and starting
//! again. Every choice has a number key, so it works without a mouse.

use super::{Ctx, Lines, Page};
use crate::Element;
use crate::keys::KeyAction;
use crate::theme::{self, Theme};
use crate::widget::Ui;
use hifazat_core::i18n::Lang;
use hifazat_core::settings::{ListenSettings, Speed, TextSize, ThemeChoice};
use iced::Length;
use iced::widget::button;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// "Start again" asks first: it clears all progress.
    confirming_start_again: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Language(Lang),
    TextSize(TextSize),
    Theme(ThemeChoice),
    Speed(Speed),
    KeepListening(bool),
    AskStartAgain,
    ConfirmStartAgain,
    CancelStartAgain,
    Close,
}

pub enum Action {
    None,
    SetLanguage(Lang),
    SetTextSize(TextSize),
    SetTheme(ThemeChoice),
    SetListen(ListenSettings),
    StartAgain,
    Close,
}

/// The choices in the order they are numbered on screen (1–9, then 0).
fn numbered(ctx: Ctx<'_>) -> Vec<Message> {
    let mut all: Vec<Message> = ctx
        .languages
        .iter()
        .copied()
        .map(Message::Language)
        .collect();
    all.extend(TextSize::ALL.into_iter().map(Message::TextSize));
    all.extend(ThemeChoice::ALL.into_iter().map(Message::Theme));
    // A kiosk keeps no progress: "Finish" on the bar clears the visit.
    if !ctx.kiosk {
        all.push(Message::AskStartAgain);
    }
    all
}

impl State {
    pub fn update(&mut self, message: Message, listen: ListenSettings) -> Action {
        match message {
            Message::Speed(speed) => Action::SetListen(ListenSettings { speed, ..listen }),
            Message::KeepListening(keep_listening) => Action::SetListen(ListenSettings {
                keep_listening,
                ..listen
            }),
            Message::Language(lang) => Action::SetLanguage(lang),
            Message::TextSize(size) => Action::SetTextSize(size),
            Message::Theme(choice) => Action::SetTheme(choice),
            Message::AskStartAgain => {
                self.confirming_start_again = true;
                Action::None
            }
            Message::ConfirmStartAgain if self.confirming_start_again => {
                self.confirming_start_again = false;
                Action::StartAgain
            }
            Message::ConfirmStartAgain => Action::None,
            Message::CancelStartAgain => {
                self.confirming_start_again = false;
                Action::None
            }
            Message::Close => Action::Close,
        }
    }

    pub fn key(&self, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
        if self.confirming_start_again {
            return match action {
                KeyAction::Choose(0) | KeyAction::Back => Some(Message::CancelStartAgain),
                KeyAction::Choose(1) => Some(Message::ConfirmStartAgain),
                _ => None,
            };
        }
        match action {
            KeyAction::Choose(index) => numbered(ctx).into_iter().nth(index),
            KeyAction::Back | KeyAction::Confirm => Some(Message::Close),
            _ => None,
        }
    }

    pub fn view<'a>(&self, ctx: Ctx<'a>) -> Page<'a, Message> {
        let ui = ctx.ui();
        if self.confirming_start_again {
            return Page::new(
                ui.column()
                    .spacing(20)
                    .push(ui.title(ctx.t("settings-start-again-title")))
                    .push(ui.body(ctx.t("settings-start-again-warning")))
                    .push(
                        // Keeping is first and plain; clearing is second and
                        // marked as the choice that cannot be undone.
                        ui.row(vec![
                            choice(
                                &ui,
                                &ui,
                                1,
                                ctx.t("settings-start-again-no"),
                                None,
                                Message::CancelStartAgain,
                            ),
                            numbered_button(
                                &ui,
                                &ui,
                                2,
                                ctx.t("settings-start-again-yes"),
                                None,
                                Message::ConfirmStartAgain,
                                theme::destructive,
                            ),
                        ])
                        .spacing(16),
                    ),
            );
        }
        let settings = ctx.settings;
        let mark = |chosen: bool| chosen.then(|| ctx.t("settings-chosen"));
        let mut number = 0;
        let mut next = || {
            number += 1;
            number % 10
        };
        let languages: Vec<Element<'a, Message>> = ctx
            .languages
            .iter()
            .map(|&lang| {
                choice(
                    &ui,
                    &ctx.ui_for(lang),
                    next(),
                    ctx.i18n.text(lang, "language-name"),
                    mark(lang == ctx.lang),
                    Message::Language(lang),
                )
            })
            .collect();
        let sizes: Vec<Element<'a, Message>> = TextSize::ALL
            .into_iter()
            .map(|size| {
                choice(
                    &ui,
                    &ui,
                    next(),
                    ctx.t(size.message_id()),
                    mark(size == settings.text_size),
                    Message::TextSize(size),
                )
            })
            .collect();
        let themes: Vec<Element<'a, Message>> = ThemeChoice::ALL
            .into_iter()
            .map(|theme| {
                choice(
                    &ui,
                    &ui,
                    next(),
                    ctx.t(theme.message_id()),
                    mark(theme == settings.theme),
                    Message::Theme(theme),
                )
            })
            .collect();
        let start_again = choice(
            &ui,
            &ui,
            next(),
            ctx.t("settings-start-again"),
            None,
            Message::AskStartAgain,
        );

        // Listening's choices come after the ten the number keys reach;
        // they are for touch and the mouse (L listens from any page).
        let unnumbered = |label: String, chosen: bool, message: Message| {
            let style = theme::choice(chosen);
            let mut parts: Vec<Element<'a, Message>> = vec![ui.label(label).into()];
            if let Some(word) = mark(chosen) {
                parts.push(ui.strong(word).into());
            }
            button(ui.row(parts).spacing(10))
                .padding([11, 18])
                .style(style)
                .on_press(message)
                .into()
        };
        let speeds: Vec<Element<'a, Message>> = Speed::ALL
            .into_iter()
            .map(|speed| {
                unnumbered(
                    ctx.t(speed.message_id()),
                    speed == settings.listen.speed,
                    Message::Speed(speed),
                )
            })
            .collect();
        let keep = settings.listen.keep_listening;
        let keeping: Vec<Element<'a, Message>> = vec![
            unnumbered(
                ctx.t("settings-keep-listening-off"),
                !keep,
                Message::KeepListening(false),
            ),
            unnumbered(
                ctx.t("settings-keep-listening-on"),
                keep,
                Message::KeepListening(true),
            ),
        ];
        let mut lines = Lines::new(&ctx);
        let mut group = |title: String, items: Vec<Element<'a, Message>>, said: String| {
            ui.column()
                .spacing(10)
                .push(lines.heard(said, ui.heading(title)))
                .push(ui.rows(items, 3, 12.0))
        };
        // Each group is read as its heading and its choices, the chosen one
        // said as chosen.
        let said = |title: &str, choices: Vec<(String, bool)>| {
            let chosen = ctx.t("settings-chosen");
            let words: Vec<String> = choices
                .into_iter()
                .map(|(label, on)| {
                    if on {
                        format!("{label} {chosen}")
                    } else {
                        label
                    }
                })
                .collect();
            format!("{title}: {}.", words.join(", "))
        };
        let language_said = said(
            &ctx.t("settings-language"),
            ctx.languages
                .iter()
                .map(|&lang| (ctx.i18n.text(lang, "language-name"), lang == ctx.lang))
                .collect(),
        );
        let size_said = said(
            &ctx.t("settings-text-size"),
            TextSize::ALL
                .iter()
                .map(|size| (ctx.t(size.message_id()), *size == settings.text_size))
                .collect(),
        );
        let theme_said = said(
            &ctx.t("settings-theme"),
            ThemeChoice::ALL
                .iter()
                .map(|theme| (ctx.t(theme.message_id()), *theme == settings.theme))
                .collect(),
        );
        let speed_said = said(
            &ctx.t("settings-speed"),
            Speed::ALL
                .iter()
                .map(|speed| (ctx.t(speed.message_id()), *speed == settings.listen.speed))
                .collect(),
        );
        let keep_said = said(
            &ctx.t("settings-keep-listening"),
            vec![
                (ctx.t("settings-keep-listening-off"), !keep),
                (ctx.t("settings-keep-listening-on"), keep),
            ],
        );
        let language_group = group(ctx.t("settings-language"), languages, language_said);
        let size_group = group(ctx.t("settings-text-size"), sizes, size_said);
        let theme_group = group(ctx.t("settings-theme"), themes, theme_said);
        let speed_group = group(ctx.t("settings-speed"), speeds, speed_said);
        let keep_group = group(ctx.t("settings-keep-listening"), keeping, keep_said);
        let listening = ui.column().spacing(16).push(speed_group).push(keep_group);
        let progress = (!ctx.kiosk).then(|| {
            ui.column()
                .spacing(10)
                .push(ui.heading(ctx.t("settings-progress")))
                .push(ui.body(ctx.t("settings-start-again-explained")))
                .push(ui.at_start(start_again))
        });
        let page = ui
            .column()
            .spacing(24)
            .push(ui.title(ctx.t("settings-title")))
            .push(language_group)
            .push(size_group)
            .push(theme_group)
            .push(listening)
            .push(progress);
        let close = ui.back_button(ctx.t("settings-close"), Some(Message::Close));
        Page::new(page)
            .with_nav(Some(close), Vec::new())
            .with_script(lines)
    }
}

/// A choice button with its key number; the current choice is marked by a
/// thick outline and the word "(chosen)", not by colour alone.
/// `ui` lays the button out in the page's reading order; `label_ui` draws
/// the label (a language's name in its own script).
fn choice<'a>(
    ui: &Ui,
    label_ui: &Ui,
    number: usize,
    label: String,
    chosen: Option<String>,
    message: Message,
) -> Element<'a, Message> {
    let style = theme::choice(chosen.is_some());
    numbered_button(ui, label_ui, number, label, chosen, message, style)
}

/// A button with the number key that presses it, its label, and the word
/// that marks the current choice.
fn numbered_button<'a>(
    ui: &Ui,
    label_ui: &Ui,
    number: usize,
    label: String,
    chosen: Option<String>,
    message: Message,
    style: impl Fn(&Theme, button::Status) -> button::Style + 'a,
) -> Element<'a, Message> {
    let key = ui.small(number.to_string()).font(crate::fonts::SANS_BOLD);
    let mut parts: Vec<Element<'a, Message>> = vec![key.into(), label_ui.label(label).into()];
    if let Some(word) = chosen {
        parts.push(ui.strong(word).into());
    }
    button(ui.row(parts).spacing(10))
        .padding([11, 18])
        .height(Length::Shrink)
        .style(style)
        .on_press(message)
        .into()
}
