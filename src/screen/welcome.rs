//! The first screen: choose a language (when we cannot tell), then the
//! content notice — what the course covers, that it may upset, that one
//! can stop at any time, and where help is.

use super::{Ctx, Lines, Page};
use crate::Element;
use crate::keys::KeyAction;
use crate::theme;
use crate::widget::Ui;
use hifazat_core::i18n::Lang;
use iced::Length;
use iced::widget::{button, column, container, row};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// True until a language is known from the command line, the last
    /// choice or the OS locale, or the reader picks one here.
    asking_language: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(Lang),
    Continue,
}

pub enum Action {
    None,
    SetLanguage(Lang),
    Continue,
}

impl State {
    pub fn new(language_known: bool) -> Self {
        State {
            asking_language: !language_known,
        }
    }

    pub fn is_asking_language(&self) -> bool {
        self.asking_language
    }

    /// The reader picked a language, here or with the bar's switch.
    pub fn language_chosen(&mut self) {
        self.asking_language = false;
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Choose(lang) => {
                self.language_chosen();
                Action::SetLanguage(lang)
            }
            Message::Continue if !self.asking_language => Action::Continue,
            Message::Continue => Action::None,
        }
    }

    pub fn key(&self, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
        match action {
            KeyAction::Choose(index) if self.asking_language => {
                ctx.languages.get(index).copied().map(Message::Choose)
            }
            KeyAction::Confirm | KeyAction::Next if !self.asking_language => {
                Some(Message::Continue)
            }
            _ => None,
        }
    }

    pub fn view<'a>(&self, ctx: Ctx<'a>) -> Page<'a, Message> {
        if self.asking_language {
            // Heard in the language on screen: the question, then each
            // language's name as its button shows it.
            let mut lines = Lines::new(&ctx);
            lines.say(ctx.t("welcome-choose-language"));
            for &lang in ctx.languages {
                lines.say(ctx.i18n.text(lang, "language-name"));
            }
            return Page::new(choose_language(ctx)).with_script(lines);
        }
        let ui = ctx.ui();
        let mut lines = Lines::new(&ctx);
        let mut heard = |id: &str, make: fn(&Ui, String) -> Element<'a, Message>| {
            let text = ctx.t(id);
            lines.heard(text.clone(), make(&ui, text))
        };
        let title = heard("welcome-title", |ui, t| ui.title(t));
        let intro = heard("welcome-intro", |ui, t| ui.body(t));
        let notice = column![
            heard("welcome-notice-title", |ui, t| ui.heading(t)),
            heard("welcome-notice-covers", |ui, t| ui.body(t)),
            heard("welcome-notice-upsetting", |ui, t| ui.body(t)),
            // A kiosk's screen is touched, not typed on: no key to name.
            heard(
                if ctx.kiosk {
                    "welcome-notice-stop-touch"
                } else {
                    "welcome-notice-stop"
                },
                |ui, t| ui.body(t)
            ),
            heard("welcome-notice-help", |ui, t| ui.body(t)),
        ]
        .align_x(ui.start())
        .width(Length::Fill)
        .spacing(12);
        let content = column![
            title,
            intro,
            container(notice).padding(24).style(theme::notice),
        ]
        .spacing(24)
        .max_width(900);
        Page::new(content)
            .with_nav(
                None,
                vec![ui.forward_button(ctx.t("welcome-continue"), Some(Message::Continue), true)],
            )
            .with_script(lines)
    }
}

/// Every language's name, each in its own script and font, large enough to
/// find without reading the rest of the screen. The prompt is asked in
/// each language too, since we do not yet know which one the reader reads.
fn choose_language<'a>(ctx: Ctx<'a>) -> Element<'a, Message> {
    let choice = |lang: Lang| {
        let ui = ctx.ui_for(lang);
        // One height for every script: Nastaliq's taller line must not
        // make one language look more important than another.
        button(
            container(ui.text(ctx.i18n.text(lang, "language-name"), ui.typo.title, true))
                .center_x(Length::Fill)
                .center_y(Length::Fill)
                .padding([0, 24]),
        )
        .width(320)
        .height(110)
        .style(theme::primary)
        .on_press(Message::Choose(lang))
    };
    let prompt = |lang: Lang| {
        let ui = ctx.ui_for(lang);
        container(ui.text(
            ctx.i18n.text(lang, "welcome-choose-language"),
            ui.typo.body,
            false,
        ))
        .center_x(Length::Fill)
    };
    let prompts = ctx.languages.iter().map(|&lang| prompt(lang).into());
    // Two to a row, centred. The course's first language opens each row
    // on its own reading side: Urdu on the right, as the Urdu prompt
    // above it reads.
    let rtl_first = ctx.languages.first().is_some_and(|lang| lang.is_rtl());
    let mut choices = column![].spacing(24).width(Length::Fill);
    for pair in ctx.languages.chunks(2) {
        let mut buttons: Vec<Element<'a, Message>> =
            pair.iter().map(|&lang| choice(lang).into()).collect();
        if rtl_first {
            buttons.reverse();
        }
        choices = choices.push(container(row(buttons).spacing(32)).center_x(Length::Fill));
    }
    column(prompts)
        .push(choices)
        .spacing(24)
        .width(Length::Fill)
        .into()
}
