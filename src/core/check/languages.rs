//! New languages from packs: `locales/<code>/language.ron` says which way
//! the language runs and which of the pack's fonts draws it.

use crate::i18n::{Direction, Lang, LangCode, line_col};
use crate::pack::Layer;
use crate::problem::Problem;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::Arc;

/// `locales/<code>/language.ron` as a translator writes it.
#[derive(Debug, Deserialize)]
#[serde(rename = "Language", deny_unknown_fields)]
struct LanguageFile {
    direction: Direction,
    /// A file in the pack's `fonts/` folder, for a script the bundled
    /// fonts do not cover.
    #[serde(default)]
    font: Option<String>,
}

/// A font a pack brings, for the window and for handouts.
#[derive(Debug, Clone)]
pub struct PackFont {
    pub lang: Lang,
    pub family: String,
    pub bytes: Arc<[u8]>,
}

/// The languages one pack adds, and its fonts.
pub struct Added {
    pub languages: Vec<Lang>,
    pub fonts: Vec<PackFont>,
}

/// Defines each language folder of `layer` that is not yet known.
/// `texts` holds the layer's files that are UTF-8 text.
pub fn add(
    layer: &Layer,
    texts: &BTreeMap<String, String>,
    known: &[Lang],
    problems: &mut Vec<Problem>,
) -> Added {
    let mut added = Added {
        languages: Vec::new(),
        fonts: Vec::new(),
    };
    let mut fonts_used = Vec::new();
    for code in layer.locale_codes() {
        let file = format!("locales/{code}/language.ron");
        let shown = layer.shown(&file);
        if known.iter().any(|lang| lang.code() == code) {
            if layer.files.contains_key(&file) {
                problems.push(Problem::warning(
                    shown,
                    1,
                    1,
                    format!("'{code}' is already a language here; this file is not used"),
                ));
            }
            continue;
        }
        let Some(lang_code) = LangCode::new(code).filter(|_| is_language_code(code)) else {
            problems.push(Problem::error(
                layer.shown(&format!("locales/{code}/")),
                1,
                1,
                format!(
                    "'{code}' is not a language code; name the folder with a BCP 47 code such as fil or ur-Latn (at most {} characters)",
                    LangCode::MAX_LEN
                ),
            ));
            continue;
        };
        if layer.ftl_files(code).next().is_none() {
            problems.push(Problem::error(
                layer.shown(&format!("locales/{code}/")),
                1,
                1,
                format!("the new language '{code}' has no .ftl files"),
            ));
            continue;
        }
        let Some(text) = texts.get(&file) else {
            if !layer.files.contains_key(&file) {
                problems.push(Problem::error(
                    shown,
                    1,
                    1,
                    format!(
                        "the new language '{code}' needs this file to say which way it is written, \
                         e.g. Language(direction: LeftToRight) or Language(direction: RightToLeft)"
                    ),
                ));
            }
            continue;
        };
        let described: LanguageFile = match ron::from_str(text) {
            Ok(described) => described,
            Err(error) => {
                problems.push(Problem::error(
                    shown,
                    error.position.line,
                    error.position.col,
                    error.code.to_string(),
                ));
                continue;
            }
        };
        let font = match &described.font {
            None => None,
            Some(name) => match font(layer, text, &shown, name, problems) {
                Some(found) => {
                    fonts_used.push(format!("fonts/{name}"));
                    Some(found)
                }
                None => continue,
            },
        };
        // Plain data: it exists only in the content this check builds, so a
        // pack that is then left out leaves no language behind.
        let lang = Lang::new(lang_code, described.direction);
        added.languages.push(lang);
        if let Some((family, bytes)) = font {
            added.fonts.push(PackFont {
                lang,
                family,
                bytes,
            });
        }
    }
    for (path, bytes) in &layer.files {
        if path.starts_with("fonts/") && !fonts_used.contains(path) {
            match family_name(bytes) {
                Err(problem) => {
                    problems.push(Problem::in_file(layer.shown(path), problem.to_string()))
                }
                Ok(_) => problems.push(Problem::warning(
                    layer.shown(path),
                    1,
                    1,
                    "no language.ron names this font, so it is not used",
                )),
            }
        }
    }
    added
}

/// The family name and bytes of the font `language.ron` names.
fn font(
    layer: &Layer,
    text: &str,
    shown: &str,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Option<(String, Arc<[u8]>)> {
    // Comments may mention fonts too: point at the field itself.
    let at = super::locate::Outline::new(text).field("font").unwrap_or(0);
    let (line, column) = line_col(text, at);
    let plain = !name.is_empty()
        && !name.contains(['/', '\\'])
        && name != "."
        && name != ".."
        && !name.starts_with('.');
    if !plain {
        problems.push(Problem::error(
            shown,
            line,
            column,
            format!("font '{name}' must be the name of a file in the pack's fonts/ folder"),
        ));
        return None;
    }
    let path = format!("fonts/{name}");
    let Some(bytes) = layer.files.get(&path) else {
        problems.push(Problem::error(
            shown,
            line,
            column,
            format!("font '{name}' is not in the pack's fonts/ folder (.ttf or .otf)"),
        ));
        return None;
    };
    match family_name(bytes) {
        Ok(family) => Some((family, Arc::from(bytes.as_slice()))),
        Err(problem) => {
            problems.push(Problem::in_file(layer.shown(&path), problem.to_string()));
            None
        }
    }
}

/// Why a font file cannot be used.
#[derive(Debug)]
enum FontError {
    Unreadable(ttf_parser::FaceParsingError),
    NoFamily,
}

impl std::fmt::Display for FontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FontError::Unreadable(error) => write!(f, "cannot be read as a font: {error}"),
            FontError::NoFamily => {
                f.write_str("the font has no family name, so the app cannot ask for it")
            }
        }
    }
}

/// A font's family name, or why it cannot be used.
fn family_name(bytes: &[u8]) -> Result<String, FontError> {
    let face = ttf_parser::Face::parse(bytes, 0).map_err(FontError::Unreadable)?;
    face.names()
        .into_iter()
        .filter(|name| {
            name.name_id == ttf_parser::name_id::TYPOGRAPHIC_FAMILY
                || name.name_id == ttf_parser::name_id::FAMILY
        })
        .find_map(|name| name.to_string())
        .filter(|family| !family.trim().is_empty())
        .ok_or(FontError::NoFamily)
}

/// A BCP 47 tag written the way it is shown back (`ur-Latn`, `fil`).
fn is_language_code(code: &str) -> bool {
    code.parse::<unic_langid::LanguageIdentifier>()
        .is_ok_and(|id| id == code && !id.language.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names_must_be_language_codes() {
        assert!(is_language_code("ur-Latn"));
        assert!(is_language_code("fil"));
        assert!(!is_language_code("ur_Latn"));
        assert!(!is_language_code("UR-latn"));
        assert!(!is_language_code("filipino-language-x"));
    }

    #[test]
    fn a_missing_font_is_reported_at_the_field_not_at_a_comment() {
        let language = "// A font for Sindhi goes here.\nLanguage(\n    direction: RightToLeft,\n    font: Some(\"gone.ttf\"),\n)\n";
        let layer = Layer::in_memory(
            "p",
            [
                ("locales/sd/language.ron", language.as_bytes().to_vec()),
                ("locales/sd/ui.ftl", b"language-name = x\n".to_vec()),
            ],
        );
        let texts = layer
            .files
            .iter()
            .map(|(path, bytes)| (path.clone(), String::from_utf8(bytes.clone()).unwrap()))
            .collect();
        let mut problems = Vec::new();
        let added = add(&layer, &texts, &Lang::BUILT_IN, &mut problems);
        assert!(added.languages.is_empty());
        assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "p/locales/sd/language.ron:4:5: error: font 'gone.ttf' is not in the pack's fonts/ folder (.ttf or .otf)"
            ]
        );
    }

    #[test]
    fn the_bundled_fonts_have_family_names_and_junk_does_not() {
        assert_eq!(
            family_name(crate::fonts::NOTO_SANS_REGULAR).unwrap(),
            "Noto Sans"
        );
        assert!(
            family_name(b"not a font")
                .unwrap_err()
                .to_string()
                .starts_with("cannot be read as a font")
        );
    }
}
