//! The files compiled into the binary: course structure, help directory,
//! fonts and every locale. Nothing is read from the network or the machine.

use rust_embed::Embed;

#[derive(Embed)]
// Paths are from this crate's manifest (src/core/) to the project root.
#[folder = "../../assets/"]
#[exclude = "fonts/*"]
// The example content pack is for translators to copy, not part of the app.
#[exclude = "packs/*"]
pub struct Assets;

#[derive(Embed)]
#[folder = "../../locales/"]
#[include = "*.ftl"]
#[include = "*/*.ftl"]
pub struct Locales;

/// A text file from the embedded tree, with the path used in error messages.
pub struct TextFile {
    pub path: String,
    pub text: String,
}

/// Reads an embedded text file. The path it reports is relative to the
/// project root, so a message like `assets/course.ron:3:7` points at the
/// file a content author edits.
pub fn asset(name: &str) -> Option<TextFile> {
    let file = Assets::get(name)?;
    Some(TextFile {
        path: format!("assets/{name}"),
        text: String::from_utf8_lossy(&file.data).into_owned(),
    })
}

/// Every `.ftl` file of one language, sorted by name so that loading order
/// (and so which duplicate wins) never depends on the build machine.
pub fn locale_files(lang_code: &str) -> Vec<TextFile> {
    let prefix = format!("{lang_code}/");
    let mut names: Vec<String> = Locales::iter()
        .filter(|name| name.starts_with(&prefix) && name.ends_with(".ftl"))
        .map(|name| name.into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|name| {
            let file = Locales::get(&name)?;
            Some(TextFile {
                path: format!("locales/{name}"),
                text: String::from_utf8_lossy(&file.data).into_owned(),
            })
        })
        .collect()
}
