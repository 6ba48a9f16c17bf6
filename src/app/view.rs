//! Drawing the root: whatever `Layer` is on top, the bar above ordinary
//! pages, notices, the page in a scrollable, and the key listener around
//! it all.

use super::layer::Layer;
use super::{App, KioskMessage, ListenMessage, Message, Notice, Overlay, Screen, VoiceProblem};
use crate::Element;
use crate::icons::Icon;
use crate::screen::kiosk::{finish, start, still_there};
use crate::screen::presenter::notes;
use crate::screen::{Nav, Page};
use crate::theme;
use crate::theme::Theme;
use crate::theme::Tone;
use crate::widget::{Ui, key_listener};
use hifazat_core::content::SkippedPack;
use hifazat_core::i18n::{FluentValue, Lang};
use hifazat_core::store::NotSaving;
use iced::Length;
use iced::widget::{Space, button, column, container, scrollable, stack};

/// The scrollable that holds every page, reset to the top on a new page.
pub(super) const PAGE: &str = "page";

impl App {
    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let top = self.top();
        let kiosk = |message| Message::Kiosk(message);
        // Ordinary pages are always in a stack, so that covering one with
        // the countdown keeps its widget state (the scroll position) for
        // when the cover goes.
        let page: Element<'_, Message> = match top {
            Layer::Neutral(neutral) => neutral.view(ctx).map(Message::Neutral),
            // The countdown is opaque and hides the page it covers.
            Layer::StillThere { seconds_left } => stack![
                self.ordinary(self.under_cover()),
                still_there::State
                    .view(ctx, seconds_left)
                    .map(move |message| kiosk(KioskMessage::StillThere(message))),
            ]
            .into(),
            Layer::PinPad(kiosk_state, pad) => pad
                .view(ctx, kiosk_state.pad_wait())
                .map(move |message| kiosk(KioskMessage::Pad(message))),
            Layer::KioskStart(kiosk_state) => start::State
                .view(
                    ctx,
                    kiosk_state.problem(),
                    self.skipped_packs.first().map(|pack| &pack.first_problem),
                    start::Listen {
                        offered: self.may_listen() && !self.voice.is_missing(),
                        said: self.kiosk_listen_id(),
                        reading: self.listening().map(|listening| listening.lang()),
                    },
                )
                .map(move |message| kiosk(KioskMessage::Start(message))),
            Layer::Finish => stack![self.ordinary(self.finish_view())].into(),
            Layer::Overlay { overlay, .. } => {
                stack![self.ordinary(self.overlay_view(overlay))].into()
            }
            // The room sees the slide alone: no bar, no buttons.
            Layer::Screen(Screen::Slides(slides)) => self.slides_view(slides),
            Layer::Screen(screen) => stack![self.ordinary(self.screen_view(screen))].into(),
        };
        let keymap = top.keymap();
        let direction = self.lang.direction();
        key_listener(page, move |key, physical, modifiers| {
            self.on_key(keymap.action(key, physical, modifiers, direction)?)
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
        if !self.is_notes_window(window) || matches!(self.top(), Layer::Neutral(_)) {
            return self.view();
        }
        let notes = notes::State
            .view(
                self.ctx(),
                self.lesson_on_slides(),
                &self.help_country(),
                false,
            )
            .map(Message::Notes);
        let direction = self.lang.direction();
        let presenting = matches!(self.screen, Screen::Slides(_));
        // A clicker's keys work whichever window has the focus, while the
        // slides are up; otherwise only quick exit.
        key_listener(notes, move |key, physical, modifiers| {
            let action = crate::keys::presenter_action(key, physical, modifiers, direction)?;
            let acts = presenting || action == crate::keys::KeyAction::QuickExit;
            acts.then(|| self.on_key(action)).flatten()
        })
        .into()
    }

    pub(super) fn finish_view(&self) -> Page<'_, Message> {
        finish::State
            .view(self.ctx(), &self.help_country())
            .map(|message| Message::Kiosk(KioskMessage::Finish(message)))
    }

    /// What the countdown covers: the overlay or the screen, as it was.
    fn under_cover(&self) -> Page<'_, Message> {
        match &self.overlay {
            Some(overlay) => self.overlay_view(overlay),
            None => self.screen_view(&self.screen),
        }
    }

    pub(super) fn overlay_view<'a>(&'a self, overlay: &'a Overlay) -> Page<'a, Message> {
        let ctx = self.ctx();
        match overlay {
            Overlay::Help(state) => state.view(ctx).map(Message::Help),
            Overlay::Settings(state) => state.view(ctx).map(Message::Settings),
            Overlay::Shortcuts(state) => state.view(ctx).map(Message::Shortcuts),
        }
    }

    pub(super) fn screen_view<'a>(&'a self, screen: &'a Screen) -> Page<'a, Message> {
        let ctx = self.ctx();
        match screen {
            Screen::Welcome(state) => state.view(ctx).map(Message::Welcome),
            Screen::Home(state) => state.view(ctx).map(Message::Home),
            Screen::Lesson(state) => state.view(ctx).map(Message::Lesson),
            Screen::Quiz(state) => state.view(ctx).map(Message::Quiz),
            Screen::Agenda(state) => {
                Page::new(state.view(ctx, self.workshop.plan()).map(Message::Agenda))
            }
            Screen::Complete(state) => state.view(ctx, &self.help_country()).map(Message::Complete),
            Screen::Slides(state) => {
                Page::new(state.view(ctx, &self.help_country()).map(Message::Slides))
            }
        }
    }

    /// The slide, or the facilitator's notes while N is on.
    fn slides_view<'a>(
        &'a self,
        slides: &'a crate::screen::presenter::slides::State,
    ) -> Element<'a, Message> {
        let ctx = self.ctx();
        if slides.shows_notes() {
            notes::State
                .view(ctx, slides.lesson(), &self.help_country(), true)
                .map(Message::Notes)
        } else {
            slides.view(ctx, &self.help_country()).map(Message::Slides)
        }
    }

    /// The bar above a page, the page, and the bar with its way on below.
    fn ordinary<'a>(&'a self, page: Page<'a, Message>) -> Element<'a, Message> {
        let Page {
            content,
            nav,
            script,
        } = page;
        // Listen is offered only where the page has words to read (the
        // workshop plan, say, has none).
        column![self.bar(!script.is_empty()), self.scrolled(content)]
            .push(nav.map(|nav| self.nav_bar(nav)))
            .into()
    }

    /// The bar at the bottom of the window: back at the start of the
    /// line, the way on at its end, lined up with the page's column.
    fn nav_bar<'a>(&'a self, nav: Nav<'a, Message>) -> Element<'a, Message> {
        let ui = self.ctx().ui();
        let mut items: Vec<Element<'a, Message>> = nav.back.into_iter().collect();
        items.push(Space::new().width(Length::Fill).into());
        items.extend(nav.forward);
        let row = ui.row(items).spacing(16);
        container(container(row).max_width(980).padding([10, 32]))
            .center_x(Length::Fill)
            .style(theme::nav_bar)
            .into()
    }

    /// A page in the scrollable every page scrolls in, with any notice above.
    fn scrolled<'a>(&'a self, content: Element<'a, Message>) -> Element<'a, Message> {
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
        let plain = |id: &str| notice_box(&ui, ui.body(ctx.t(id)));
        // The answer to what the reader just pressed comes first.
        if let Some(problem) = self.voice_problem() {
            let id = match problem {
                VoiceProblem::Missing => "listen-no-voice",
                VoiceProblem::Failed => "listen-failed",
            };
            let ok = ui.at_start(ui.button(
                ctx.t("notice-dismiss"),
                Some(Message::Listen(ListenMessage::Dismiss)),
                false,
            ));
            return Some(notice_box(
                &ui,
                ui.column()
                    .spacing(8)
                    .push(ui.body(ctx.t(id)))
                    .push(ok)
                    .into(),
            ));
        }
        match self.store.not_saving() {
            Some(NotSaving::HeldElsewhere) => return Some(plain("notice-not-saving")),
            Some(NotSaving::Unusable) => return Some(plain("notice-cannot-save")),
            Some(NotSaving::FileKept) => return Some(plain("notice-progress-kept")),
            None => {}
        }
        match self.notice {
            Some(Notice::SaveFailed { set_aside: false }) => Some(plain("notice-save-failed")),
            Some(Notice::SaveFailed { set_aside: true }) => Some(self.dismissible(vec![
                ui.body(ctx.t("notice-save-failed")),
                ui.body(ctx.t("notice-progress-set-aside")),
            ])),
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
        notice_box(&ui, ui.column().spacing(8).extend(lines).push(ok).into())
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

    /// The bar on every screen: the name, Listen (where the page has
    /// words), help, settings, the other language, and quick exit, which
    /// works before any course content is shown.
    fn bar(&self, has_words: bool) -> Element<'_, Message> {
        let ctx = self.ctx();
        let ui = ctx.ui();
        let other = self.next_language();
        // Every bar button has the same height whatever its script, and is
        // at least 48 px tall so it is easy to hit on a touch screen.
        // Each has its picture before its word, in reading order.
        let bar_button =
            |ui: Ui,
             icon: Icon,
             label: String,
             message: Message,
             style: fn(&Theme, button::Status) -> button::Style| {
                let label = ui
                    .row(vec![
                        icon.view(ui.typo.small + 4.0, |theme| theme.colors().on_bar),
                        ui.text(label, ui.typo.small + 1.0, false)
                            .style(theme::on_bar)
                            .into(),
                    ])
                    .spacing(8)
                    .align_y(iced::Alignment::Center);
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
        ];
        // A kiosk's Finish, beside the name and far from Quick exit, so
        // that a visitor who wants the screen hidden at once never clears
        // the session by a slip, or the other way round.
        if self.is_kiosk() {
            items.push(
                bar_button(
                    ui,
                    Icon::Finish,
                    ctx.t("bar-finish"),
                    Message::Kiosk(KioskMessage::AskFinish),
                    theme::bar_button,
                )
                .into(),
            );
        }
        // The controls wrap onto a second line when the text is large and
        // the window narrow; Quick exit never moves from the end of the
        // first.
        let mut controls: Vec<Element<'_, Message>> = Vec::new();
        if has_words && self.may_listen() {
            let listen = |message| Message::Listen(message);
            let (icon, id) = match self.listening() {
                None => (Icon::Listen, "bar-listen"),
                Some(listening) if listening.is_paused() => (Icon::Resume, "bar-resume"),
                Some(_) => (Icon::Pause, "bar-pause"),
            };
            controls.push(
                bar_button(
                    ui,
                    icon,
                    ctx.t(id),
                    listen(ListenMessage::Toggle),
                    theme::bar_button,
                )
                .into(),
            );
            if self.listening().is_some() {
                controls.push(
                    bar_button(
                        ui,
                        Icon::Stop,
                        ctx.t("bar-stop"),
                        listen(ListenMessage::Stop),
                        theme::bar_button,
                    )
                    .into(),
                );
            }
        }
        controls.extend([
            bar_button(
                ui,
                Icon::Help,
                ctx.t("bar-help"),
                Message::OpenHelp,
                theme::bar_button,
            )
            .into(),
            bar_button(
                ui,
                Icon::Settings,
                ctx.t("bar-settings"),
                Message::OpenSettings,
                theme::bar_button,
            )
            .into(),
        ]);
        if other != self.lang {
            controls.push(
                bar_button(
                    ctx.ui_for(other),
                    Icon::Language,
                    ctx.i18n.text(other, "language-name"),
                    Message::SwitchLanguage,
                    theme::bar_button,
                )
                .into(),
            );
        }
        let quick_exit = bar_button(
            ui,
            Icon::QuickExit,
            ctx.t("bar-quick-exit"),
            Message::QuickExit,
            theme::quick_exit,
        );
        if ui.lang.is_rtl() {
            controls.reverse();
        }
        // iced wraps left to right only: the controls are reversed for
        // Urdu and hug Quick exit on its side.
        let hug = if ui.lang.is_rtl() {
            iced::alignment::Horizontal::Left
        } else {
            iced::alignment::Horizontal::Right
        };
        // The name and Quick exit are laid out first, at their own width;
        // the controls fill what is left between them.
        items.push(
            iced::widget::Row::with_children(controls)
                .spacing(12)
                .width(Length::Fill)
                .wrap()
                .vertical_spacing(6)
                .align_x(hug)
                .into(),
        );
        items.push(quick_exit.into());
        let row = ui.row(items).spacing(12);
        container(row)
            .padding([6, 20])
            .width(Length::Fill)
            .style(theme::bar)
            .into()
    }
}

/// The tinted box every notice above the page sits in.
fn notice_box<'a>(ui: &Ui, content: Element<'a, Message>) -> Element<'a, Message> {
    ui.card(Tone::Notice, [10, 16], content).into()
}
