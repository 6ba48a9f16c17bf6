//! The end of the course: a certificate with a name typed on the spot,
//! written into its own file and kept nowhere else.

mod common;

use common::Journey;
use hifazat::app::{Config, Message};
use hifazat::screen::complete;
use hifazat_core::i18n::Lang;
use hifazat_core::store::{self, Store};
use iced::keyboard::key::Named;

/// Text without the invisible marks that keep numbers and names in their
/// direction.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}' | '\u{200F}'))
        .collect()
}

fn finished_course(lang: Lang) -> (tempfile::TempDir, tempfile::TempDir, Journey) {
    let data = tempfile::tempdir().unwrap();
    let documents = tempfile::tempdir().unwrap();
    let saved = common::finished_course(lang, "2026-12-03");
    store::write_atomically(data.path(), &saved).unwrap();
    let mut journey = Journey::with_config(Config {
        lang: Some(lang),
        store: Store::open(data.path()).unwrap(),
        documents: Some(documents.path().to_owned()),
        ..common::home_config(Some(lang))
    });
    journey.click_id("complete-open");
    (data, documents, journey)
}

#[test]
fn a_certificate_carries_the_name_and_the_day_and_the_app_keeps_neither_name() {
    for (lang, name, date) in [
        (Lang::Ur, "عائشہ بی بی", "3 دسمبر 2026"),
        (Lang::En, "Ayesha Bibi", "3 December 2026"),
    ] {
        let (data, documents, mut journey) = finished_course(lang);
        assert!(journey.sees_id("complete-certificate"), "{lang}");
        assert!(
            journey
                .texts()
                .iter()
                .any(|text| plain(text).contains(date)),
            "{lang}: the day it was finished, in words: {:?}",
            journey.texts()
        );
        journey.update(Message::Complete(complete::Message::Name(name.into())));
        journey.click_id("complete-certificate-save");
        let file = documents.path().join("hifazat-certificate.html");
        let html = std::fs::read_to_string(&file).expect("the certificate is written");
        assert!(html.contains(name) && plain(&html).contains(date), "{lang}");
        assert!(
            journey
                .texts()
                .iter()
                .any(|t| t.contains("hifazat-certificate.html")),
            "{lang}: says where"
        );
        // Saved nowhere else: not in progress.ron, not in the screen's state.
        let saved = std::fs::read_to_string(data.path().join(store::FILE_NAME)).unwrap();
        assert!(!saved.contains(name), "{lang}");
        assert!(
            !format!("{:?}", journey.app.screen()).contains(name),
            "{lang}: cleared"
        );
    }
}

#[test]
fn quick_exit_works_while_a_name_is_being_typed() {
    let (_data, _documents, mut journey) = finished_course(Lang::En);
    journey.update(Message::Complete(complete::Message::Name("Ayesha".into())));
    // Into the field, as a reader would, and type there: the letters go
    // into the name, not to the number keys.
    // One simulated window, so that the field keeps its focus.
    journey.simulate(|ui| {
        ui.click("Ayesha").expect("the name field");
        ui.typewrite("b");
    });
    assert!(
        format!("{:?}", journey.app.screen()).contains("Ayeshab"),
        "typed into the field"
    );
    // A focused text field takes Escape for itself; quick exit must win.
    journey.simulate(|ui| {
        ui.click("Ayeshab").expect("the name field");
        ui.tap_key(iced::keyboard::Key::Named(Named::Escape));
    });
    assert!(
        !journey.sees_id("complete-certificate"),
        "the neutral page: {:?}",
        journey.texts()
    );
}
