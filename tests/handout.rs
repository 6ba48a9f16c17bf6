//! Printed handouts (`hifazat export`): what they must hold, and that a
//! real browser renders them to pages that are not blank.

mod common;

use common::content;
use hifazat_core::course::ids;
use hifazat_core::export::{Handout, handout};
use hifazat_core::i18n::Lang;
use hifazat_core::pack::Layer;
use std::path::Path;
use std::process::Command;

fn make(lang: Lang, country: &str, answers: bool) -> String {
    handout(
        &content(),
        &Handout {
            lang,
            country: country.to_owned(),
            answers,
            lessons: None,
        },
    )
}

/// How a text appears inside the HTML.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn every_lesson_title_and_key_point_is_in_the_handout() {
    let content = content();
    for lang in Lang::BUILT_IN {
        let html = make(lang, "pk", false);
        for lesson in &content.course.lessons {
            let title = content.i18n.text(lang, &ids::lesson(lesson));
            assert!(html.contains(&escaped(&title)), "{lang}: {title}");
            for key in &lesson.key_points {
                let point = content.i18n.text(lang, &ids::key_point(lesson, key));
                assert!(html.contains(&escaped(&point)), "{lang}: {point}");
            }
        }
    }
}

#[test]
fn no_message_id_or_placeholder_leaks_into_it() {
    let content = content();
    for lang in Lang::BUILT_IN {
        for answers in [false, true] {
            let html = make(lang, "pk", answers);
            // Fluent ids all have a hyphen; the embedded fonts' base64 has none.
            for (id, _) in content.i18n.catalogue(lang) {
                let shown = format!(">{id}<");
                assert!(!html.contains(&shown), "{lang}: the id {id} is shown");
            }
            assert!(
                !html.contains("{$") && !html.contains("{ $"),
                "{lang}: a placeholder"
            );
            for lesson in &content.course.lessons {
                for key in &lesson.key_points {
                    let id = ids::key_point(lesson, key);
                    assert!(!html.contains(&id), "{lang}: {id}");
                }
            }
        }
    }
}

#[test]
fn the_urdu_handout_runs_right_to_left() {
    let html = make(Lang::Ur, "pk", false);
    assert!(html.contains("<html lang=\"ur\" dir=\"rtl\">"));
    assert!(
        html.contains("<span dir=\"ltr\" class=\"contact\">"),
        "contacts stay left to right"
    );
    let html = make(Lang::En, "pk", false);
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
}

#[test]
fn with_answers_every_question_has_its_answer_and_why() {
    let content = content();
    for lang in Lang::BUILT_IN {
        let with = make(lang, "pk", true);
        let without = make(lang, "pk", false);
        for lesson in &content.course.lessons {
            for question in &lesson.quiz.questions {
                let id = ids::question(lesson, question);
                let why = content.i18n.attr(lang, &id, "why");
                assert!(with.contains(&escaped(&why)), "{lang} {id}: no explanation");
                assert!(
                    !without.contains(&escaped(&why)),
                    "{lang} {id}: answers without --answers"
                );
                let options = question.kind.options();
                let right: Vec<String> = question
                    .kind
                    .correct_options()
                    .into_iter()
                    .map(|index| {
                        ids::option_words(&content.i18n, lang, lesson, question, options[index])
                    })
                    .collect();
                let line = format!(
                    "<strong>{}</strong> {}</p>",
                    escaped(&content.i18n.text(lang, "handout-answer")),
                    escaped(&right.join(" · "))
                );
                assert!(with.contains(&line), "{lang} {id}: no answer line {line}");
            }
        }
    }
}

#[test]
fn the_help_directory_is_the_chosen_countrys_and_the_worldwide_one() {
    let content = content();
    let html = make(Lang::En, "gb", false);
    for (country, entries) in content.help.by_country() {
        for entry in entries {
            for contact in &entry.contacts {
                let shown = html.contains(&format!(">{}</span>", escaped(contact)));
                let expected = country == "gb" || country == "world";
                assert_eq!(shown, expected, "{country} {contact}");
            }
        }
    }
    assert!(html.contains(&escaped(&content.i18n.text(Lang::En, "help-emergency"))));
}

/// Renders both languages' handouts (with answers) in headless Chromium to
/// PDF and PNG under `target/handouts/`, and fails if the render fails, a
/// page has no text, or the bundled fonts are not the ones used. CI
/// installs Chromium and sets `HIFAZAT_REQUIRE_BROWSER=1`; elsewhere the
/// check runs when Chromium and poppler-utils are installed.
#[test]
fn a_real_browser_renders_every_page() {
    let required = std::env::var_os("HIFAZAT_REQUIRE_BROWSER").is_some();
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok())
    else {
        assert!(
            !required,
            "Chromium is not installed, and CI requires the browser check"
        );
        eprintln!("skipped: no Chromium (install chromium and poppler-utils to run it)");
        return;
    };
    let has_poppler = Command::new("pdftotext").arg("-v").output().is_ok();
    assert!(
        has_poppler || !required,
        "poppler-utils (pdftotext, pdffonts) are needed"
    );
    if !has_poppler {
        eprintln!("skipped: no pdftotext");
        return;
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/handouts");
    std::fs::create_dir_all(&out).expect("target/handouts");
    for (lang, font) in [
        (Lang::Ur, "NotoNastaliqUrdu-Regular"),
        (Lang::En, "NotoSans-Regular"),
    ] {
        let html = out.join(format!("handout-{lang}.html"));
        std::fs::write(&html, make(lang, "pk", true)).expect("written");
        let pdf = out.join(format!("handout-{lang}.pdf"));
        let png = out.join(format!("handout-{lang}.png"));
        let _ = std::fs::remove_file(&pdf);
        let url = format!("file://{}", html.display());
        let browser = |extra: &[String]| {
            let status = Command::new(chromium)
                .args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-pdf-header-footer",
                    "--hide-scrollbars",
                    "--window-size=1240,1754",
                ])
                .args(extra)
                .arg(&url)
                .output()
                .expect("Chromium runs");
            assert!(
                status.status.success(),
                "{lang}: Chromium failed: {status:?}"
            );
        };
        browser(&[format!("--print-to-pdf={}", pdf.display())]);
        browser(&[format!("--screenshot={}", png.display())]);
        assert!(
            png.metadata().is_ok_and(|m| m.len() > 10_000),
            "{lang}: no picture"
        );

        let pages = page_texts(&pdf);
        assert!(pages.len() >= 3, "{lang}: only {} pages", pages.len());
        for (number, text) in pages.iter().enumerate() {
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            assert!(
                letters > 40,
                "{lang}: page {} is blank: {text:?}",
                number + 1
            );
        }
        let fonts = Command::new("pdffonts")
            .arg(&pdf)
            .output()
            .expect("pdffonts");
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        assert!(
            fonts.contains(font),
            "{lang}: the bundled font is not used:\n{fonts}"
        );
    }
}

/// Each page's text, by pdftotext (pages end with a form feed).
fn page_texts(pdf: &Path) -> Vec<String> {
    let output = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|page| page.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Each lesson's picture and each contact's mark are in the handout as
/// inline SVG, in the ink colour (not shown to screen readers: the words
/// say it all); a pack's picture goes in as an image, where no script in
/// it could run.
#[test]
fn lesson_pictures_and_contact_marks_are_drawn_inline() {
    let html = make(Lang::Ur, "pk", false);
    let pictures =
        html.matches(r#"<span class="picture" aria-hidden="true"><!-- @license lucide-static"#);
    assert_eq!(pictures.count(), content().course.lessons.len());
    let contacts = html.matches(r#"<span dir="ltr" class="contact">"#).count();
    let marks = html
        .matches(r#"<span dir="ltr" class="contact"><span class="mark" aria-hidden="true">"#)
        .count();
    assert!(contacts > 5);
    assert_eq!(marks, contacts, "every contact has its mark");
    assert!(html.contains("lucide-phone") && html.contains("lucide-globe"));
    assert!(!html.contains("<script"));

    let hostile = Layer::in_memory(
        "hostile",
        [(
            "assets/pictures/grooming.svg",
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4" fill="red"/></svg>"#,
        )],
    );
    let checked = hifazat_core::check::check(&[Layer::built_in(), hostile]);
    let content = checked.content.expect("a drawable picture is accepted");
    let html = handout(
        &content,
        &Handout {
            lang: Lang::En,
            country: "pk".to_owned(),
            answers: false,
            lessons: None,
        },
    );
    assert!(!html.contains("onload") && !html.contains("<script"));
    assert!(html.contains(r#"<img src="data:image/svg+xml;base64,"#));
}
