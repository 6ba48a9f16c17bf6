//! The end of the course: every lesson passed. What the reader learned,
//! the help contacts to keep, and (at home) a handout to print.

use super::{Ctx, Lines, Page};
use crate::Element;
use crate::keys::KeyAction;
use crate::screen::help;
use crate::widget::Ui;
use hifazat_core::course::ids;
use hifazat_core::review::Day;
use iced::Length;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// What the last "save a handout" did: where it went, or why not.
    pub saved: Option<Result<String, String>>,
    /// The name for a certificate, as it is typed. Kept only here, and
    /// cleared once the certificate is written.
    name: String,
    /// What the last "save the certificate" did.
    certificate: Option<Result<String, String>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    SaveHandout,
    /// The handout was written (or not).
    Saved(Result<String, String>),
    Name(String),
    SaveCertificate,
    /// The certificate was written (or not).
    CertificateSaved(Result<String, String>),
    Home,
}

pub enum Action {
    None,
    /// Write the whole course's handout.
    SaveHandout,
    /// Write a certificate with this name.
    SaveCertificate(String),
    Home,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::SaveHandout => Action::SaveHandout,
            Message::Saved(result) => {
                self.saved = Some(result);
                Action::None
            }
            Message::Name(name) => {
                self.name = name;
                self.certificate = None;
                Action::None
            }
            Message::SaveCertificate if self.name.trim().is_empty() => Action::None,
            Message::SaveCertificate => Action::SaveCertificate(std::mem::take(&mut self.name)),
            Message::CertificateSaved(result) => {
                self.certificate = Some(result);
                Action::None
            }
            Message::Home => Action::Home,
        }
    }

    pub fn key(&self, action: KeyAction) -> Option<Message> {
        matches!(action, KeyAction::Back | KeyAction::Confirm).then_some(Message::Home)
    }

    /// A certificate for facilitators and centres to print: a name typed
    /// on the spot, never saved by the app.
    fn certificate_form<'a>(
        &self,
        ctx: Ctx<'a>,
        ui: &Ui,
        lines: &mut Lines,
    ) -> Element<'a, Message> {
        let heading = ctx.t("complete-certificate");
        let explained = ctx.t("complete-certificate-explained");
        let input = iced::widget::text_input(&ctx.t("complete-certificate-name"), &self.name)
            .on_input(Message::Name)
            .on_submit(Message::SaveCertificate)
            .font(ui.font_for(&self.name, false))
            .size(ui.typo.body)
            .padding(12)
            .align_x(ui.start());
        let save = ui.button(
            ctx.t("complete-certificate-save"),
            (!self.name.trim().is_empty()).then_some(Message::SaveCertificate),
            false,
        );
        let said: Option<Element<'a, Message>> = match &self.certificate {
            Some(Ok(path)) => {
                Some(ui.body(ctx.t_with("complete-certificate-saved", &[("path", path.clone())])))
            }
            Some(Err(reason)) => Some(
                ui.body(ctx.t_with("complete-certificate-failed", &[("reason", reason.clone())])),
            ),
            None => None,
        };
        let block = ui
            .column()
            .spacing(10)
            .push(ui.heading(heading.clone()))
            .push(ui.body(explained.clone()))
            .push(
                ui.row(vec![input.width(Length::Fixed(420.0)).into(), save])
                    .spacing(12),
            )
            .push(said);
        lines.heard(format!("{heading}. {explained}"), block)
    }

    /// `country`: whose help contacts to show.
    pub fn view<'a>(&self, ctx: Ctx<'a>, country: &str) -> Page<'a, Message> {
        let ui = ctx.ui();
        let mut lines = Lines::new(&ctx);
        let mut heard = |text: String, make: fn(&Ui, String) -> Element<'a, Message>| {
            lines.heard(text.clone(), make(&ui, text))
        };
        let title = heard(ctx.t("complete-title"), |ui, t| ui.title(t));
        // The day the final check was passed, as the reader says dates.
        let finished_on = ctx
            .progress
            .finished
            .as_deref()
            .and_then(Day::parse)
            .map(|day| {
                let (year, month, day) = day.civil();
                let date = ctx.t_with(
                    "date-day",
                    &[
                        ("day", day.to_string()),
                        ("month", ctx.t(&format!("month-{month}"))),
                        ("year", year.to_string()),
                    ],
                );
                let said = ctx.t_with("complete-finished-on", &[("date", date)]);
                heard(said, |ui, t| ui.block(ui.strong(t)))
            });
        let intro = heard(ctx.t("complete-intro"), |ui, t| ui.body(t));
        let learned_heading = heard(ctx.t("complete-learned"), |ui, t| ui.heading(t));
        let mut learned = ui.column().spacing(8);
        for lesson in &ctx.course.lessons {
            let name = ctx.t(&ids::lesson(lesson));
            learned = learned.push(lines.heard(name.clone(), ui.verdict(true, name)));
        }
        let help_heading = ctx.t("complete-help");
        let help_heading = lines.heard(help_heading.clone(), ui.heading(help_heading));
        let emergency = ctx.help.emergency_words(&ctx.words(), country);
        let emergency = lines.heard(emergency.clone(), ui.body(emergency));
        let mut page = ui
            .column()
            .spacing(20)
            .push(title)
            .push(finished_on)
            .push(intro)
            .push(learned_heading)
            .push(learned)
            .push(help_heading)
            .push(emergency)
            .push(help::contacts_heard(ctx, &ui, country, &mut lines));
        // A kiosk writes nothing: its visitors copy the numbers down.
        if !ctx.kiosk {
            page = page.push(ui.at_start(ui.button(
                ctx.t("agenda-export"),
                Some(Message::SaveHandout),
                false,
            )));
            let said: Option<Element<'a, Message>> = match &self.saved {
                Some(Ok(path)) => {
                    Some(ui.body(ctx.t_with("agenda-exported", &[("path", path.clone())])))
                }
                Some(Err(reason)) => {
                    Some(ui.body(ctx.t_with("agenda-export-failed", &[("reason", reason.clone())])))
                }
                None => None,
            };
            page = page.push(said);
            page = page.push(self.certificate_form(ctx, &ui, &mut lines));
        }
        let home = ui.forward_button(ctx.t("results-back-to-lessons"), Some(Message::Home), true);
        Page::new(page)
            .with_nav(None, vec![home])
            .with_script(lines)
    }
}
