//! The kiosk's start screen, between visitors: the course's name and a
//! "Tap to begin" button in each language the centre offers.

use crate::Element;
use crate::keys::KeyAction;
use crate::screen::Ctx;
use crate::theme::{self, Theme};
use crate::widget::Text;
use hifazat_core::i18n::{I18n, Lang};
use hifazat_core::problem::Problem;
use iced::widget::{button, column, container, mouse_area, row, text};
use iced::{Alignment, Length, alignment};

/// Whether a visitor may listen here, and the message that says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listen {
    pub offered: bool,
    pub said: &'static str,
    /// The language the screen is being read in, while it is: its
    /// button stops the reading.
    pub reading: Option<Lang>,
}

/// Between visitors there is nothing to keep.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State;

#[derive(Debug, Clone)]
pub enum Message {
    Begin(Lang),
    /// Hear the start screen in this language.
    Listen(Lang),
    StopListening,
    /// A tap on the name: five in a row is the staff's hidden way out.
    NameTapped,
}

pub enum Action {
    /// A visitor begins, in this language.
    Begin(Lang),
    Listen(Lang),
    StopListening,
    NameTapped,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Begin(lang) => Action::Begin(lang),
            Message::Listen(lang) => Action::Listen(lang),
            Message::StopListening => Action::StopListening,
            Message::NameTapped => Action::NameTapped,
        }
    }

    /// A number begins in that language; Enter in the first.
    pub fn key(&self, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
        let languages = ctx.languages;
        match action {
            KeyAction::Choose(index) => languages.get(index).copied().map(Message::Begin),
            KeyAction::Confirm | KeyAction::Next => languages.first().copied().map(Message::Begin),
            _ => None,
        }
    }

    /// `problem` is a kiosk settings problem for the staff, shown small,
    /// and `pack_problem` the first problem of a content pack left out.
    /// `listen` is what the screen says of listening here, and whether
    /// it is offered.
    pub fn view<'a>(
        &self,
        ctx: Ctx<'a>,
        problem: Option<&'a Problem>,
        pack_problem: Option<&'a Problem>,
        listen: Listen,
    ) -> Element<'a, Message> {
        view(ctx, problem, pack_problem, listen)
    }
}

fn view<'a>(
    ctx: Ctx<'a>,
    problem: Option<&'a Problem>,
    pack_problem: Option<&'a Problem>,
    listen: Listen,
) -> Element<'a, Message> {
    let (i18n, languages) = (ctx.i18n, ctx.languages);
    let name = |lang: Lang| {
        let ui = ctx.ui_for(lang);
        ui.text(i18n.text(lang, "app-name"), ui.typo.title * 1.25, true)
    };
    // The course's name in each language offered.
    let mut names = row![].spacing(16).align_y(Alignment::Center);
    for (index, &lang) in languages.iter().enumerate() {
        if index > 0 {
            names = names.push(text("·").size(40));
        }
        names = names.push(name(lang));
    }
    let names = mouse_area(names).on_press(Message::NameTapped);

    let mut page = column![container(names).center_x(Length::Fill)]
        .spacing(if listen.offered { 14 } else { 20 })
        .padding(20)
        .max_width(960)
        .align_x(Alignment::Center);
    for &lang in languages {
        page = page.push(begin_button(ctx, lang));
    }
    // Listen in each language, for a visitor who does not read.
    if listen.offered {
        let mut buttons: Vec<Element<'a, Message>> = languages
            .iter()
            .map(|&lang| listen_button(ctx, lang, listen.reading == Some(lang)))
            .collect();
        if languages.first().is_some_and(|lang| lang.is_rtl()) {
            buttons.reverse();
        }
        page = page.push(container(row(buttons).spacing(24)).center_x(Length::Fill));
    }
    let mut notes = column![].spacing(6);
    for &lang in languages {
        let ui = ctx.ui_for(lang);
        let line = ui.text(i18n.text(lang, "kiosk-private"), ui.typo.small, false);
        notes = notes.push(centred(lang, line.style(theme::muted)));
        let line = ui.text(i18n.text(lang, listen.said), ui.typo.small, false);
        notes = notes.push(centred(lang, line.style(theme::muted)));
    }
    for (id, problem) in [
        ("kiosk-settings-problem", problem),
        ("kiosk-pack-skipped", pack_problem),
    ] {
        let Some(problem) = problem else {
            continue;
        };
        for &lang in languages {
            let ui = ctx.ui_for(lang);
            let line = ui.small(i18n.text(lang, id));
            notes = notes.push(centred(lang, line.style(theme::warning_text)));
        }
        // The file and line, for whoever fixes it: always left to right.
        notes = notes.push(centred(
            Lang::En,
            text(problem.to_string()).size(14).style(theme::muted),
        ));
    }
    page = page.push(notes);
    container(page).center(Length::Fill).into()
}

/// What the start screen says in one language, as Listen reads it: the
/// course's name, what a tap does, that nothing is kept, and `listen`,
/// how listening works here. (The screen shows every language at once, so
/// it is read in the one whose Listen was tapped; nothing is marked.)
pub fn script(i18n: &I18n, lang: Lang, listen: &str) -> Vec<String> {
    [
        "app-name",
        "kiosk-begin",
        "kiosk-intro",
        "kiosk-private",
        listen,
    ]
    .into_iter()
    .map(|id| i18n.text(lang, id))
    .collect()
}

/// A text in the middle of its line. Left-to-right lines that wrap are
/// centred line by line; right-to-left ones keep their natural alignment,
/// which cosmic-text gets wrong when told otherwise.
fn centred<'a>(lang: Lang, line: Text<'a>) -> Element<'a, Message> {
    let line = if lang.is_rtl() {
        line
    } else {
        line.align_x(alignment::Horizontal::Center)
    };
    container(line).center_x(Length::Fill).into()
}

/// A speaker and "Listen", in one language: reads the screen in it. While
/// it reads, the same button, in the same place, says Stop.
fn listen_button<'a>(ctx: Ctx<'a>, lang: Lang, reading: bool) -> Element<'a, Message> {
    use crate::icons::Icon;
    let ui = ctx.ui_for(lang);
    let (icon, id, message) = if reading {
        (Icon::Stop, "bar-stop", Message::StopListening)
    } else {
        (Icon::Listen, "kiosk-listen", Message::Listen(lang))
    };
    let label = ui
        .row(vec![
            icon.view(ui.typo.body + 6.0, |theme| theme.colors().text),
            ui.text(ctx.i18n.text(lang, id), ui.typo.body, true).into(),
        ])
        .spacing(10)
        .align_y(Alignment::Center);
    // One height for both scripts, as the language buttons have.
    button(container(label).center_y(Length::Fill))
        .height(56)
        .padding([0, 28])
        .style(theme::secondary)
        .on_press(message)
        .into()
}

/// "Tap to begin" with one line on what the course is, in one language.
fn begin_button<'a>(ctx: Ctx<'a>, lang: Lang) -> Element<'a, Message> {
    let i18n = ctx.i18n;
    let ui = ctx.ui_for(lang);
    button(
        column![
            centred(
                lang,
                ui.text(i18n.text(lang, "kiosk-begin"), ui.typo.title * 1.3, true)
                    .style(|theme: &Theme| text::Style {
                        color: Some(theme.colors().on_primary),
                    })
            ),
            centred(
                lang,
                ui.text(i18n.text(lang, "kiosk-intro"), ui.typo.body * 1.1, false)
                    .style(|theme: &Theme| text::Style {
                        color: Some(theme.colors().on_primary),
                    })
            ),
        ]
        .spacing(12),
    )
    .padding([24, 32])
    .width(Length::Fill)
    .style(theme::primary)
    .on_press(Message::Begin(lang))
    .into()
}
