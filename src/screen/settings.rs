//! Settings, on one screen: language, text size, colours, and starting
//! again. Every choice has a number key, so it works without a mouse.

use super::{Ctx, Lines, Page};
use crate::Element;
use crate::keys::KeyAction;
use crate::theme::{self, Theme};
use crate::widget::Ui;
use hifazat_core::i18n::Lang;
use hifazat_core::settings::Reviews;
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
    Reviews(Reviews),
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
    SetReviews(Reviews),
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
            Message::Reviews(reviews) => Action::SetReviews(reviews),
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
                                Some(2),
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
        let offer = |label: String, chosen: bool, message: Message| Offer {
            label,
            lang: None,
            chosen,
            message,
        };
        let languages = ctx
            .languages
            .iter()
            .map(|&lang| Offer {
                lang: Some(lang),
                ..offer(
                    ctx.i18n.text(lang, "language-name"),
                    lang == ctx.lang,
                    Message::Language(lang),
                )
            })
            .collect();
        let sizes = TextSize::ALL
            .into_iter()
            .map(|size| {
                let label = ctx.t(size.message_id());
                offer(label, size == settings.text_size, Message::TextSize(size))
            })
            .collect();
        let themes = ThemeChoice::ALL
            .into_iter()
            .map(|theme| {
                offer(
                    ctx.t(theme.message_id()),
                    theme == settings.theme,
                    Message::Theme(theme),
                )
            })
            .collect();
        let speeds = Speed::ALL
            .into_iter()
            .map(|speed| {
                let label = ctx.t(speed.message_id());
                offer(label, speed == settings.listen.speed, Message::Speed(speed))
            })
            .collect();
        let keep = settings.listen.keep_listening;
        let keeping = vec![
            offer(
                ctx.t("settings-keep-listening-off"),
                !keep,
                Message::KeepListening(false),
            ),
            offer(
                ctx.t("settings-keep-listening-on"),
                keep,
                Message::KeepListening(true),
            ),
        ];

        let reviewing = [
            (Reviews::On, "settings-reviews-on"),
            (Reviews::Off, "settings-reviews-off"),
        ]
        .into_iter()
        .map(|(choice, id)| {
            offer(
                ctx.t(id),
                settings.reviews == choice,
                Message::Reviews(choice),
            )
        })
        .collect();

        let mut lines = Lines::new(&ctx);
        let title = ctx.t("settings-title");
        let title_line = lines.heard(title.clone(), ui.title(title));
        let mut numbers = 0..;
        let chosen_word = ctx.t("settings-chosen");
        // A group is its heading and its choices, marked and read as one:
        // "Text size: Standard (chosen), Large, …". The number keys reach
        // the first ten choices; listening's come after them, for touch
        // and the mouse (L listens from any page).
        let mut group = |title_id: &str, offers: Vec<Offer>, numbered: bool| {
            let title = ctx.t(title_id);
            let mut said = Vec::new();
            let buttons = offers
                .into_iter()
                .map(|offer| {
                    let chosen = offer.chosen.then(|| chosen_word.clone());
                    said.push(match &chosen {
                        Some(word) => format!("{} {word}", offer.label),
                        None => offer.label.clone(),
                    });
                    let number =
                        numbered.then(|| numbers.next().map_or(0, |n: usize| (n + 1) % 10));
                    let label_ui = offer.lang.map_or(ui, |lang| ctx.ui_for(lang));
                    let style = theme::choice(offer.chosen);
                    numbered_button(
                        &ui,
                        &label_ui,
                        number,
                        offer.label,
                        chosen,
                        offer.message,
                        style,
                    )
                })
                .collect();
            let said = format!("{title}: {}.", said.join(", "));
            let block = ui
                .column()
                .spacing(10)
                .push(ui.heading(title))
                .push(ui.rows(buttons, 3, 12.0));
            lines.heard(said, block)
        };
        let language_group = group("settings-language", languages, true);
        let size_group = group("settings-text-size", sizes, true);
        let theme_group = group("settings-theme", themes, true);
        let speed_group = group("settings-speed", speeds, false);
        let keep_group = group("settings-keep-listening", keeping, false);
        // A kiosk plans no reviews: its visitors do not come back.
        let review_group = (!ctx.kiosk).then(|| group("settings-reviews", reviewing, false));
        let start_again = numbered_button(
            &ui,
            &ui,
            numbers.next().map(|n| (n + 1) % 10),
            ctx.t("settings-start-again"),
            None,
            Message::AskStartAgain,
            theme::choice(false),
        );
        let progress = (!ctx.kiosk).then(|| {
            let (heading, explained) = (
                ctx.t("settings-progress"),
                ctx.t("settings-start-again-explained"),
            );
            lines.heard(
                format!("{heading}. {explained}"),
                ui.column()
                    .spacing(10)
                    .push(ui.heading(heading))
                    .push(ui.body(explained))
                    .push(ui.at_start(start_again)),
            )
        });
        let reviews_explained = (!ctx.kiosk).then(|| {
            let explained = ctx.t("settings-reviews-explained");
            lines.heard(explained.clone(), ui.body(explained))
        });
        let page = ui
            .column()
            .spacing(24)
            .push(title_line)
            .push(language_group)
            .push(size_group)
            .push(theme_group)
            .push(ui.column().spacing(16).push(speed_group).push(keep_group))
            .push(
                ui.column()
                    .spacing(10)
                    .push(review_group)
                    .push(reviews_explained),
            )
            .push(progress);
        let close = ui.back_button(ctx.t("settings-close"), Some(Message::Close));
        Page::new(page)
            .with_nav(Some(close), Vec::new())
            .with_script(lines)
    }
}

/// One choice in a group: its words (in `lang`'s own font, for a
/// language's name), whether it is the current one, and what it does.
struct Offer {
    label: String,
    lang: Option<Lang>,
    chosen: bool,
    message: Message,
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
    numbered_button(ui, label_ui, Some(number), label, chosen, message, style)
}

/// A button with the number key that presses it (if one does), its label,
/// and the word that marks the current choice.
fn numbered_button<'a>(
    ui: &Ui,
    label_ui: &Ui,
    number: Option<usize>,
    label: String,
    chosen: Option<String>,
    message: Message,
    style: impl Fn(&Theme, button::Status) -> button::Style + 'a,
) -> Element<'a, Message> {
    let key = number.map(|number| ui.small(number.to_string()).font(crate::fonts::SANS_BOLD));
    let mut parts: Vec<Element<'a, Message>> = key.into_iter().map(Into::into).collect();
    parts.push(label_ui.label(label).into());
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
