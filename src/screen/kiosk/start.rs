//! The kiosk's start screen, between visitors: the course's name and a
//! "Tap to begin" button in each language the centre offers.

use crate::i18n::{I18n, Lang};
use crate::keys::KeyAction;
use crate::theme;
use crate::widget::Ui;
use iced::widget::{button, column, container, mouse_area, row, text};
use iced::{Alignment, Element, Length};

#[derive(Debug, Clone)]
pub enum Message {
    Begin(Lang),
    /// A tap on the name: five in a row is the staff's hidden way out.
    NameTapped,
}

pub fn key(languages: &[Lang], action: KeyAction) -> Option<Message> {
    match action {
        KeyAction::Choose(index) => languages.get(index).copied().map(Message::Begin),
        KeyAction::Confirm | KeyAction::Next => languages.first().copied().map(Message::Begin),
        _ => None,
    }
}

/// `problem` is a kiosk settings problem for the staff, shown small.
pub fn view<'a>(
    i18n: &'a I18n,
    languages: &'a [Lang],
    problem: Option<&'a str>,
) -> Element<'a, Message> {
    let name = |lang: Lang| {
        let ui = Ui::new(lang);
        ui.text(i18n.text(lang, "app-name"), ui.typo.title * 1.25, true)
    };
    let names = mouse_area(
        row![name(Lang::En), text("·").size(40), name(Lang::Ur)]
            .spacing(16)
            .align_y(Alignment::Center),
    )
    .on_press(Message::NameTapped);

    let mut page = column![container(names).center_x(Length::Fill)]
        .spacing(28)
        .padding(24)
        .max_width(960)
        .align_x(Alignment::Center);
    for &lang in languages {
        page = page.push(begin_button(i18n, lang));
    }
    for &lang in languages {
        let ui = Ui::new(lang);
        page = page.push(
            container(
                ui.text(i18n.text(lang, "kiosk-private"), ui.typo.small, false)
                    .style(theme::muted),
            )
            .center_x(Length::Fill),
        );
    }
    if let Some(problem) = problem {
        for &lang in languages {
            let ui = Ui::new(lang);
            page = page.push(
                container(
                    ui.small(i18n.text(lang, "kiosk-settings-problem"))
                        .style(theme::warning_text),
                )
                .center_x(Length::Fill),
            );
        }
        // The file and line, for whoever fixes it: always left to right.
        page = page.push(text(problem).size(14).style(theme::muted));
    }
    container(page).center(Length::Fill).into()
}

/// "Tap to begin" with one line on what the course is, in one language.
fn begin_button<'a>(i18n: &'a I18n, lang: Lang) -> Element<'a, Message> {
    let ui = Ui::new(lang);
    let centred = |content: iced::widget::Text<'a>| container(content).center_x(Length::Fill);
    button(
        column![
            centred(
                ui.text(i18n.text(lang, "kiosk-begin"), ui.typo.title * 1.3, true)
                    .style(|theme: &iced::Theme| text::Style {
                        color: Some(theme::colors(theme).on_primary),
                    })
            ),
            centred(
                ui.text(i18n.text(lang, "kiosk-intro"), ui.typo.body * 1.1, false)
                    .style(|theme: &iced::Theme| text::Style {
                        color: Some(theme::colors(theme).on_primary),
                    })
            ),
        ]
        .spacing(12),
    )
    .padding([28, 32])
    .width(Length::Fill)
    .style(theme::primary)
    .on_press(Message::Begin(lang))
    .into()
}
