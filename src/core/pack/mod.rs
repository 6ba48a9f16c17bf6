//! Content packs: folders that adapt the course without recompiling. A
//! pack has the layout of the built-in content (`assets/course.ron`,
//! `assets/help.ron`, `locales/<lang>/*.ftl`, and `fonts/*.ttf`), every part
//! optional. Reading a pack only gathers its files, within limits; what
//! they mean is checked by `check`.

mod read;

pub use read::{MAX_FILES, MAX_FONT_BYTES, MAX_FONT_TOTAL, MAX_TEXT_BYTES, MAX_TEXT_TOTAL, read};

use std::collections::BTreeMap;
use std::path::Path;

/// One layer of content: the built-in files, or one pack's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    /// The pack's folder name, or "built-in".
    pub name: String,
    /// Put before a file's path in messages: nothing for the built-in
    /// content (its paths are the source tree's), the folder for a pack.
    pub root: String,
    /// Each file's bytes by its path inside the layer (`locales/fil/ui.ftl`).
    pub files: BTreeMap<String, Vec<u8>>,
}

/// The name the built-in layer goes by.
pub const BUILT_IN: &str = "built-in";

impl Layer {
    /// The content compiled into the binary, as a layer like any pack.
    pub fn built_in() -> Layer {
        let mut files = BTreeMap::new();
        for name in crate::content::Assets::iter() {
            if let Some(file) = crate::content::Assets::get(&name) {
                files.insert(format!("assets/{name}"), file.data.into_owned());
            }
        }
        for name in crate::content::Locales::iter() {
            if let Some(file) = crate::content::Locales::get(&name) {
                files.insert(format!("locales/{name}"), file.data.into_owned());
            }
        }
        Layer {
            name: BUILT_IN.to_owned(),
            root: String::new(),
            files,
        }
    }

    /// A pack made in memory, for tests and fuzzing; its files are shown
    /// under `<name>/`.
    pub fn in_memory<P: Into<String>, B: Into<Vec<u8>>>(
        name: &str,
        files: impl IntoIterator<Item = (P, B)>,
    ) -> Layer {
        Layer {
            name: name.to_owned(),
            root: format!("{name}/"),
            files: files
                .into_iter()
                .map(|(path, bytes)| (path.into(), bytes.into()))
                .collect(),
        }
    }

    pub fn is_built_in(&self) -> bool {
        self.root.is_empty() && self.name == BUILT_IN
    }

    /// A path inside the layer as a reader of a message should see it.
    pub fn shown(&self, path: &str) -> String {
        format!("{}{path}", self.root)
    }

    /// The language folders this layer has, by code, in name order.
    pub fn locale_codes(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self
            .files
            .keys()
            .filter_map(|path| path.strip_prefix("locales/")?.split_once('/'))
            .map(|(code, _)| code)
            .collect();
        codes.dedup();
        codes
    }

    /// The `.ftl` files of one language, in name order.
    pub fn ftl_files(&self, code: &str) -> impl Iterator<Item = (&String, &Vec<u8>)> {
        let prefix = format!("locales/{code}/");
        self.files.iter().filter(move |(path, _)| {
            path.strip_prefix(&prefix)
                .is_some_and(|name| name.ends_with(".ftl") && !name.contains('/'))
        })
    }
}

/// The packs to load at start-up, in order: every folder in `packs/` under
/// the config folder, by name, then `--content`, which so comes last and
/// has the final word.
pub fn folders(config_dir: Option<&Path>, content: Option<&Path>) -> Vec<std::path::PathBuf> {
    let mut folders: Vec<std::path::PathBuf> = config_dir
        .map(|dir| dir.join("packs"))
        .and_then(|packs| std::fs::read_dir(packs).ok())
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    folders.extend(content.map(Path::to_path_buf));
    folders
}
