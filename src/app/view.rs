//! Drawing the root: the bar on every screen, notices, the page in a
//! scrollable, and the key listener around it all.

use super::kiosk::KioskLayer;
use super::{App, KioskMessage, Message, Notice, Overlay, PAGE, Screen};
use crate::keys::{self, KeyAction};
use crate::screen::presenter::{notes, slides};
use crate::screen::{home, keys as keys_screen, neutral};
use crate::theme;
use crate::widget::{Ui, key_listener};
use hifazat_core::content::SkippedPack;
use hifazat_core::i18n::FluentValue;
use hifazat_core::i18n::Lang;
use hifazat_core::store::NotSaving;
use iced::widget::{Space, button, column, container, scrollable, stack};
use iced::{Element, Length, Theme};

impl App {
    pub fn view(&self) -> Element<'_, Message> {
        let direction = self.lang.direction();
        let page: Element<'_, Message> = match self.kiosk_layer() {
            KioskLayer::Instead(page) => page,
            _ if self.quick_exit => {
                let typo = self.ctx().ui().typo;
                neutral::view(
                    self.content.i18n.text(self.lang, "neutral-welcome"),
                    self.content.i18n.text(self.lang, "neutral-continue"),
                    typo.font,
                )
                .map(Message::Neutral)
            }
            // Always a stack, so covering the page keeps its widget state
            // (the scroll position) for when the cover goes.
            KioskLayer::Over(cover) => stack![self.ordinary(None), cover].into(),
            KioskLayer::Content(content) => stack![self.ordinary(Some(content))].into(),
            // The room sees the slide alone: no bar, no buttons.
            KioskLayer::None if self.is_presenting() && self.overlay.is_none() => self.presenting(),
            KioskLayer::None => stack![self.ordinary(None)].into(),
        };
        let presenting = self.is_presenting();
        key_listener(page, move |key, physical, modifiers| {
            let action = if presenting {
                keys::presenter_action(key, physical, modifiers, direction)
            } else {
                keys::action(key, physical, modifiers, direction)
            };
            action.map(Message::Key)
        })
        .on_input(
            self.is_kiosk()
                .then_some(Message::Kiosk(KioskMessage::Input)),
        )
        .ignore_key_repeat(self.is_kiosk())
        .into()
    }

    /// What one window shows: the app, or, in the notes window on the
    /// facilitator's own screen, the notes for the lesson on the slides.
    pub fn view_window(&self, window: iced::window::Id) -> Element<'_, Message> {
        // After quick exit every window is the plain one.
        if self.notes_window != Some(window) || self.quick_exit {
            return self.view();
        }
        let notes = notes::view(
            self.ctx(),
            self.lesson_on_slides(),
            &self.help_country(),
            false,
        )
        .map(Message::Notes);
        let direction = self.lang.direction();
        let presenting = self.is_presenting();
        // A clicker's keys work whichever window has the focus, while the
        // slides are up; otherwise only quick exit.
        key_listener(notes, move |key, physical, modifiers| {
            let action = keys::presenter_action(key, physical, modifiers, direction)?;
            (presenting || action == KeyAction::QuickExit).then_some(Message::Key(action))
        })
        .into()
    }

    /// The slide, or the facilitator's notes while N is on.
    fn presenting(&self) -> Element<'_, Message> {
        let Screen::Presenting(presenter) = &self.screen else {
            return self.ordinary(None);
        };
        let ctx = self.ctx();
        // Blank wins: the room sees black, whatever else was asked for.
        if presenter.notes && !presenter.blank {
            notes::view(ctx, self.lesson_on_slides(), &self.help_country(), true)
                .map(Message::Notes)
        } else {
            slides::view(ctx, presenter).map(Message::Slides)
        }
    }

    /// The bar and a page: `content`, or the current screen's.
    fn ordinary<'a>(&'a self, content: Option<Element<'a, Message>>) -> Element<'a, Message> {
        column![self.bar(), self.page(content)].into()
    }

    fn page<'a>(&'a self, content: Option<Element<'a, Message>>) -> Element<'a, Message> {
        let ctx = self.ctx();
        let content: Element<'a, Message> = if let Some(content) = content {
            content
        } else {
            match &self.overlay {
                Some(Overlay::Help(state)) => state.view(ctx).map(Message::Help),
                Some(Overlay::Settings(state)) => state.view(ctx).map(Message::Settings),
                Some(Overlay::Keys) => keys_screen::view(ctx).map(Message::Keys),
                None => match &self.screen {
                    Screen::Welcome(state) => state.view(ctx).map(Message::Welcome),
                    Screen::Home => home::view(ctx).map(Message::Home),
                    Screen::Lesson(state) => state.view(ctx).map(Message::Lesson),
                    Screen::Quiz(state) => state.view(ctx).map(Message::Quiz),
                    Screen::Agenda(state) => state.view(ctx).map(Message::Agenda),
                    Screen::Presenting(presenter) => {
                        slides::view(ctx, presenter).map(Message::Slides)
                    }
                },
            }
        };
        let mut stack = column![].spacing(16);
        if let Some(banner) = self.banner() {
            stack = stack.push(banner);
        }
        stack = stack.push(content);
        let page = scrollable(
            container(container(stack).max_width(980).padding([28, 32])).center_x(Length::Fill),
        )
        .id(PAGE)
        .spacing(4)
        .height(Length::Fill);
        if self.is_kiosk() {
            // Wider than a mouse needs; a finger mostly scrolls by dragging
            // the page itself.
            let bar = scrollable::Scrollbar::new().width(16).scroller_width(16);
            page.direction(scrollable::Direction::Vertical(bar)).into()
        } else {
            page.into()
        }
    }

    /// Things the reader must know, above any page: that progress is not
    /// being saved, that an old file was set aside, that a pack was left out.
    fn banner(&self) -> Option<Element<'_, Message>> {
        let ctx = self.ctx();
        let ui = ctx.ui();
        let plain = |id: &str| notice_box(ui.body(ctx.t(id)));
        match self.store.not_saving() {
            Some(NotSaving::HeldElsewhere) => return Some(plain("notice-not-saving")),
            Some(NotSaving::Unusable) => return Some(plain("notice-cannot-save")),
            None => {}
        }
        match self.notice {
            Some(Notice::SaveFailed) => Some(plain("notice-save-failed")),
            Some(Notice::ProgressSetAside) => {
                Some(self.dismissible(vec![ui.body(ctx.t("notice-progress-set-aside"))]))
            }
            None => self
                .skipped_packs
                .first()
                .map(|pack| self.pack_notice(pack)),
        }
    }

    /// A notice with an OK button that dismisses it.
    fn dismissible<'a>(&self, lines: Vec<Element<'a, Message>>) -> Element<'a, Message> {
        let ui = self.ctx().ui();
        let ok = ui.at_start(ui.button(
            self.ctx().t("notice-dismiss"),
            Some(Message::DismissNotice),
            false,
        ));
        notice_box(ui.column().spacing(8).extend(lines).push(ok).into())
    }

    /// A content pack was left out: the reader sees the built-in course and
    /// whoever installed the pack sees where to look.
    fn pack_notice(&self, pack: &SkippedPack) -> Element<'_, Message> {
        let ctx = self.ctx();
        let ui = ctx.ui();
        let args = [
            ("pack", FluentValue::from(pack.name.clone())),
            ("count", FluentValue::from(pack.errors)),
        ];
        // The file and line are for whoever fixes the pack: left to right,
        // small, in the bundled Latin font.
        let detail = ctx.ui_for(Lang::En);
        self.dismissible(vec![
            ui.body(ctx.t_with("notice-pack-skipped", &args)),
            detail
                .at_start(
                    detail
                        .small(pack.first_problem.to_string())
                        .style(theme::muted),
                )
                .into(),
        ])
    }

    /// The bar on every screen: the name, help, settings, the other
    /// language, and quick exit, which works before any course content is
    /// shown.
    fn bar(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let ui = ctx.ui();
        let other = self.next_language();
        // Every bar button has the same height whatever its script, and is
        // at least 48 px tall so it is easy to hit on a touch screen.
        let bar_button =
            |ui: Ui,
             label: String,
             message: Message,
             style: fn(&Theme, button::Status) -> button::Style| {
                let label = ui
                    .text(label, ui.typo.small + 1.0, false)
                    .style(theme::on_bar);
                button(container(label).center_y(Length::Fill))
                    .height(48)
                    .padding([0, 16])
                    .style(style)
                    .on_press(message)
            };
        let mut items: Vec<Element<'_, Message>> = vec![
            ui.label(ctx.t("app-name"))
                .font(ui.typo.bold)
                .style(theme::on_bar)
                .into(),
            Space::new().width(Length::Fill).into(),
            bar_button(ui, ctx.t("bar-help"), Message::OpenHelp, theme::bar_button).into(),
            bar_button(
                ui,
                ctx.t("bar-settings"),
                Message::OpenSettings,
                theme::bar_button,
            )
            .into(),
        ];
        if other != self.lang {
            items.push(
                bar_button(
                    ctx.ui_for(other),
                    ctx.i18n.text(other, "language-name"),
                    Message::SwitchLanguage,
                    theme::bar_button,
                )
                .into(),
            );
        }
        if self.is_kiosk() {
            items.push(
                bar_button(
                    ui,
                    ctx.t("bar-finish"),
                    Message::Kiosk(KioskMessage::AskFinish),
                    theme::bar_button,
                )
                .into(),
            );
        }
        items.push(
            bar_button(
                ui,
                ctx.t("bar-quick-exit"),
                Message::QuickExit,
                theme::quick_exit,
            )
            .into(),
        );
        let row = ui.row(items).spacing(12);
        container(row)
            .padding([6, 20])
            .width(Length::Fill)
            .style(theme::bar)
            .into()
    }
}

/// The tinted box every notice above the page sits in.
fn notice_box(content: Element<'_, Message>) -> Element<'_, Message> {
    container(content)
        .padding([10, 16])
        .width(Length::Fill)
        .style(theme::notice)
        .into()
}
