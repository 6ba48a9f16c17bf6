//! One module per screen, each with the same contract:
//!
//! - `State`, what the screen keeps (a unit struct when it keeps nothing);
//! - `Message`, what its widgets and keys send;
//! - `update(&mut self, Message, ..) -> Action`: what the reader did,
//!   turned into what the root must do (change screen, save, start work);
//! - `key(&self, .., KeyAction) -> Option<Message>`: what a key means here;
//! - `view(&self, Ctx, ..)`: drawn from a `Ctx`, never from the root; a
//!   screen with a way on gives it as a `Page`'s `Nav`, which the root
//!   keeps in a bar at the bottom of the window, always in the same place.
//!
//! Screens never see each other or the root; no screen blocks: work that
//! takes time is an `Action` the root runs as a `Task`.

pub mod complete;
pub mod help;
pub mod home;
pub mod kiosk;
pub mod lesson;
pub mod neutral;
pub mod presenter;
pub mod quiz;
pub mod settings;
pub mod shortcuts;
pub mod welcome;

use crate::Element;
use crate::widget::Ui;
use hifazat_core::check::PackFont;
use hifazat_core::course::{Course, Lesson};
use hifazat_core::help::HelpDirectory;
use hifazat_core::i18n::FluentValue;
use hifazat_core::i18n::{I18n, Lang, Words};
use hifazat_core::pictures::Picture;
use hifazat_core::progress::{Place, Progress};
use hifazat_core::settings::Settings;
use std::collections::BTreeMap;

/// A screen's page: what scrolls, the way on, which does not, and what
/// the page says when the reader listens.
pub struct Page<'a, Message> {
    pub content: Element<'a, Message>,
    pub nav: Option<Nav<'a, Message>>,
    /// The lines Listen reads, in reading order (see `Lines`).
    pub script: Vec<String>,
}

/// The bar at the bottom of the window: "back" at the start of the line,
/// the main action (and what it says of the answer) at its end, mirrored
/// for right-to-left, in the same place on every page.
pub struct Nav<'a, Message> {
    pub back: Option<Element<'a, Message>>,
    /// In reading order; the last is the main button.
    pub forward: Vec<Element<'a, Message>>,
}

impl<'a, Message: 'a> Page<'a, Message> {
    /// A page with no bar.
    pub fn new(content: impl Into<Element<'a, Message>>) -> Self {
        Page {
            content: content.into(),
            nav: None,
            script: Vec::new(),
        }
    }

    /// What Listen reads on this page.
    pub fn with_script(mut self, lines: Lines) -> Self {
        self.script = lines.into_script();
        self
    }

    pub fn with_nav(
        mut self,
        back: Option<Element<'a, Message>>,
        forward: Vec<Element<'a, Message>>,
    ) -> Self {
        self.nav = Some(Nav { back, forward });
        self
    }

    pub fn map<B: 'a>(self, f: impl Fn(Message) -> B + Clone + 'a) -> Page<'a, B> {
        Page {
            script: self.script,
            content: self.content.map(f.clone()),
            nav: self.nav.map(|nav| Nav {
                back: nav.back.map(|back| back.map(f.clone())),
                forward: nav
                    .forward
                    .into_iter()
                    .map(|item| item.map(f.clone()))
                    .collect(),
            }),
        }
    }
}

/// What every screen reads to draw itself.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub i18n: &'a I18n,
    pub lang: Lang,
    pub course: &'a Course,
    pub help: &'a HelpDirectory,
    pub progress: &'a Progress,
    pub place: Option<&'a Place>,
    pub settings: Settings,
    /// The languages the reader may switch between (a kiosk may offer one).
    pub languages: &'a [Lang],
    /// A kiosk keeps nothing, so screens must not say progress is saved.
    pub kiosk: bool,
    /// Fonts content packs brought for their languages.
    pub pack_fonts: &'a [PackFont],
    /// The line Listen is reading on this page, if it is reading.
    pub reading: Option<usize>,
    /// Each lesson's picture, by lesson id.
    pub pictures: &'a BTreeMap<String, Picture>,
    /// The lesson whose short review is due, when one is to be offered.
    pub review_due: Option<usize>,
}

impl<'a> Ctx<'a> {
    pub fn words(&self) -> Words<'a> {
        Words {
            i18n: self.i18n,
            lang: self.lang,
        }
    }

    /// The lesson's picture, `size` pixels square, drawn in the theme's
    /// text colour; nothing for a lesson without one (a pack's new lesson).
    pub fn picture<Message: 'a>(&self, lesson: &Lesson, size: f32) -> Option<Element<'a, Message>> {
        let picture = self.pictures.get(&lesson.id)?;
        let ink = crate::theme::colors_of(self.settings.theme).text;
        Some(crate::widget::picture(picture, size, ink))
    }

    pub fn t(&self, id: &str) -> String {
        self.words().t(id)
    }

    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.words().attr(id, attribute)
    }

    /// A message with variables, numbers or text: `&[("total", 6)]`.
    pub fn t_with<V>(&self, id: &str, args: &[(&'static str, V)]) -> String
    where
        V: Clone + Into<FluentValue<'static>>,
    {
        self.words().t_with(id, args)
    }

    /// Widgets for the reader's language.
    pub fn ui(&self) -> Ui {
        self.ui_for(self.lang)
    }

    /// Widgets for any language offered, in its own font: a language's
    /// name on the language choice, say.
    pub fn ui_for(&self, lang: Lang) -> Ui {
        let family = self
            .pack_fonts
            .iter()
            .find(|font| font.lang == lang)
            .map(|font| font.family.as_str());
        Ui::new(lang, family)
    }
}

/// A page's lines as Listen reads them, gathered while the page is drawn:
/// each line is drawn and noted in the same call, so what is read and
/// what is highlighted can never drift apart.
pub struct Lines {
    lines: Vec<String>,
    reading: Option<usize>,
}

impl Lines {
    pub fn new(ctx: &Ctx<'_>) -> Self {
        Lines {
            lines: Vec::new(),
            reading: ctx.reading,
        }
    }

    /// Lines for a part drawn where nothing is read (the contacts on a
    /// slide): nothing is ever marked.
    pub fn unread() -> Self {
        Lines {
            lines: Vec::new(),
            reading: None,
        }
    }

    /// `element` shows `text`: it is the next line read, and is marked
    /// while it is being read.
    pub fn heard<'a, Message: 'a>(
        &mut self,
        text: impl Into<String>,
        element: impl Into<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let index = self.lines.len();
        self.lines.push(text.into());
        crate::widget::heard(element.into(), self.reading == Some(index))
    }

    /// A line that is read but has no place of its own on the page (the
    /// number before an option, say, is part of the option's line).
    pub fn say(&mut self, text: impl Into<String>) {
        self.lines.push(text.into());
    }

    pub fn into_script(self) -> Vec<String> {
        self.lines
    }
}
