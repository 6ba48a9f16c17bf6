//! The files compiled into the binary: course structure, help directory,
//! fonts and every locale. Nothing is read from the network or the machine.
//! They are read as one layer of content, like a pack (`pack::Layer::built_in`).

use rust_embed::Embed;

#[derive(Embed)]
// Paths are from this crate's manifest (src/core/) to the project root.
#[folder = "../../assets/"]
#[exclude = "fonts/*"]
// The example content pack is for translators to copy, not part of the app.
#[exclude = "packs/*"]
// The desktop entry, metainfo, icons and scripts of the Debian package and
// the portable archive (assets/packaging/) are not content either.
#[exclude = "packaging/*"]
pub struct Assets;

#[derive(Embed)]
#[folder = "../../locales/"]
#[include = "*.ftl"]
#[include = "*/*.ftl"]
pub struct Locales;
