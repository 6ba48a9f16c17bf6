//! What the app teaches, loaded once and shared: the course, the help
//! directory, every word in every language, and any fonts content packs
//! brought. The built-in files are compiled in (`assets`); packs are
//! stacked on top of them by `check::stack`, the one way content is loaded.

mod assets;

pub use assets::{Assets, Locales};

use crate::check::{self, PackFont};
use crate::course::Course;
use crate::help::HelpDirectory;
use crate::i18n::{I18n, Lang};
use crate::pack::Layer;
use crate::pictures::Picture;
use crate::problem::Problem;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Everything the app teaches, loaded once and shared.
pub struct Content {
    pub i18n: I18n,
    pub course: Course,
    pub help: HelpDirectory,
    /// Fonts content packs brought for their languages.
    pub fonts: Vec<PackFont>,
    /// Each lesson's picture by lesson id: the built-in one, or a pack's.
    pub pictures: BTreeMap<String, Picture>,
}

/// A pack that was found but not used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedPack {
    /// The folder's name, as a facilitator or centre would know it.
    pub name: String,
    /// The first error, shown as `file:line:column: error: message`.
    pub first_problem: Problem,
    /// How many errors there were in all.
    pub errors: usize,
}

impl Content {
    /// The content compiled into the binary, or every error in it.
    pub fn embedded() -> Result<Self, Vec<Problem>> {
        let checked = check::check(&[Layer::built_in()]);
        let errors: Vec<Problem> = checked.errors().cloned().collect();
        checked.content.ok_or(errors)
    }

    /// The built-in content with every pack that passes `check` on top, in
    /// order. A pack with errors is left out, whole, and named in the
    /// second list; the app never runs half a pack.
    pub fn with_packs(folders: &[PathBuf]) -> Result<(Self, Vec<SkippedPack>), Vec<Problem>> {
        let stack = check::stack(folders);
        let skipped =
            stack
                .packs
                .iter()
                .filter(|pack| !pack.used)
                .map(|pack| SkippedPack {
                    name: pack.name.clone(),
                    first_problem: pack.errors().next().cloned().unwrap_or_else(|| {
                        Problem::in_file(&pack.name, "the pack could not be used")
                    }),
                    errors: pack.errors().count(),
                })
                .collect();
        match stack.kept.content {
            Some(content) => Ok((content, skipped)),
            None => Err(stack
                .built_in
                .iter()
                .filter(|p| p.is_error())
                .cloned()
                .collect()),
        }
    }

    /// The built-in course's `content_version`, read from its file alone
    /// (for `hifazat --version`, before anything else is loaded).
    pub fn built_in_version() -> Option<String> {
        let file = Assets::get("course.ron")?;
        let text = std::str::from_utf8(&file.data).ok()?;
        ron::from_str::<Course>(text)
            .ok()
            .map(|course| course.content_version)
    }

    /// Whether the bundled Nastaliq draws `lang`: Urdu, and any
    /// right-to-left pack language without a font of its own (Nastaliq
    /// covers the Arabic script).
    pub fn uses_nastaliq(&self, lang: Lang) -> bool {
        lang.is_rtl() && self.font_for(lang).is_none()
    }

    /// The family name of the font a pack brought for `lang`, if any.
    pub fn font_family(&self, lang: Lang) -> Option<&str> {
        self.fonts
            .iter()
            .find(|font| font.lang == lang)
            .map(|font| font.family.as_str())
    }

    /// The font a pack brought for a language, if any.
    pub fn font_for(&self, lang: Lang) -> Option<&[u8]> {
        self.fonts
            .iter()
            .find(|font| font.lang == lang)
            .map(|font| &*font.bytes)
    }
}
