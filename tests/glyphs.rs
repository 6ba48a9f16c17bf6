//! No empty boxes, ever: every character of every message, attribute and
//! help contact, in every language, is in the font the screens choose for
//! it (`Ui::font_for`). A snapshot hash only says a screen is unchanged;
//! this says every string is drawable, including the ones no snapshot
//! shows.

mod common;

use hifazat::widget::{Ui, is_arabic_script};
use hifazat_core::content::Content;
use hifazat_core::fonts;
use iced::Font;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Whatever a journey of this content would show.
fn contents() -> Vec<Arc<Content>> {
    let (with_pack, skipped) =
        Content::with_packs(&["assets/packs/roman-urdu".into()]).expect("content loads");
    assert!(skipped.is_empty(), "the example pack loads");
    vec![common::content(), Arc::new(with_pack)]
}

/// A font's file, as the window loads it.
fn face_of<'a>(content: &'a Content, font: Font) -> ttf_parser::Face<'a> {
    let bold = font.weight == iced::font::Weight::Bold;
    let bytes: &[u8] = match font.family {
        iced::font::Family::Name("Noto Sans") if bold => fonts::NOTO_SANS_BOLD,
        iced::font::Family::Name("Noto Sans") => fonts::NOTO_SANS_REGULAR,
        iced::font::Family::Name("Noto Nastaliq Urdu") if bold => fonts::NASTALIQ_BOLD,
        iced::font::Family::Name("Noto Nastaliq Urdu") => fonts::NASTALIQ_REGULAR,
        iced::font::Family::Name("Noto Sans Symbols 2") => fonts::MARKS,
        iced::font::Family::Name(family) => content
            .fonts
            .iter()
            .find(|pack| pack.family == family)
            .map(|pack| &*pack.bytes)
            .unwrap_or_else(|| panic!("no font file for {family}")),
        other => panic!("a text in a font the app does not bundle: {other:?}"),
    };
    ttf_parser::Face::parse(bytes, 0).expect("font parses")
}

/// What a reader cannot see: controls of direction and isolation.
fn is_invisible(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')
}

/// The characters of `text` that would be empty boxes in the font chosen
/// for it. Inside a run of Arabic script the text engine draws Latin
/// letters and digits from Noto Sans (seen on screen): only there is a
/// second font counted.
fn boxes(content: &Content, ui: &Ui, text: &str, bold: bool) -> Vec<char> {
    let font = ui.font_for(text, bold);
    let face = face_of(content, font);
    let sans = ttf_parser::Face::parse(fonts::NOTO_SANS_REGULAR, 0).expect("parses");
    let falls_back = ui.typo.is_nastaliq && text.chars().any(is_arabic_script);
    text.chars()
        .filter(|&c| !is_invisible(c))
        .filter(|&c| face.glyph_index(c).is_none())
        .filter(|&c| !(falls_back && sans.glyph_index(c).is_some()))
        .collect()
}

#[test]
fn every_message_is_drawn_by_a_font_that_has_all_its_letters() {
    let args = common::sample_args();
    let mut missing = BTreeSet::new();
    for content in contents() {
        for &lang in content.i18n.languages() {
            let ui = Ui::new(lang, content.font_family(lang));
            for (id, attributes) in content.i18n.catalogue(lang) {
                let mut texts = vec![
                    content
                        .i18n
                        .try_format(lang, id, None, Some(&args))
                        .unwrap_or_default(),
                ];
                texts.extend(attributes.iter().filter_map(|attribute| {
                    content
                        .i18n
                        .try_format(lang, id, Some(attribute), Some(&args))
                        .ok()
                }));
                // A body is drawn a paragraph at a time.
                for text in texts
                    .iter()
                    .flat_map(|text| hifazat_core::i18n::paragraphs(text))
                {
                    for bold in [false, true] {
                        for c in boxes(&content, &ui, text, bold) {
                            missing.insert(format!(
                                "{lang} {id}: {c:?} U+{:04X} in {text:?}",
                                c as u32
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn every_help_contact_and_key_name_is_in_noto_sans_bold() {
    let bold = ttf_parser::Face::parse(fonts::NOTO_SANS_BOLD, 0).expect("parses");
    let mut missing = BTreeSet::new();
    for content in contents() {
        for entry in &content.help.entries {
            for contact in &entry.contacts {
                for c in contact.chars().filter(|&c| !is_invisible(c)) {
                    if bold.glyph_index(c).is_none() {
                        missing.insert(format!("{}: {c:?}", entry.id));
                    }
                }
            }
        }
    }
    for c in "Esc 1 – 9 · A – I Enter PageDown PageUp F1 ? F2 F3 ‹ › • 0123456789".chars()
    {
        if !is_invisible(c) && bold.glyph_index(c).is_none() {
            missing.insert(format!("key cap {c:?}"));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// The rule itself, on the names that were empty boxes: a Latin name on
/// an Urdu page is drawn in Noto Sans; Urdu, and Urdu with a Latin word
/// in it, in Nastaliq.
#[test]
fn latin_names_on_urdu_pages_are_drawn_in_noto_sans() {
    let ui = Ui::new(hifazat_core::i18n::Lang::Ur, None);
    assert_eq!(
        ui.font_for("Take It Down (NCMEC)", true),
        hifazat::fonts::SANS_BOLD
    );
    assert_eq!(ui.font_for("Bantay Bata 163", false), hifazat::fonts::SANS);
    assert_eq!(
        ui.font_for("ہیلپ لائن MAKABATA", false),
        hifazat::fonts::NASTALIQ
    );
    let english = Ui::new(hifazat_core::i18n::Lang::En, None);
    assert_eq!(
        english.font_for("Take It Down (NCMEC)", false),
        hifazat::fonts::SANS
    );
}
