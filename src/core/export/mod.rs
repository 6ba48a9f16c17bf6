//! Handouts: the course's key points, and where to get help, as one
//! self-contained HTML file to print (`hifazat export`). The fonts travel
//! inside the file, so it prints the same on any computer, offline.

mod certificate;
mod html;
mod save;
mod style;

pub use certificate::certificate;
pub use save::save;

use crate::content::Content;
use crate::course::{Lesson, Question, QuestionKind, ids};
use crate::help::{self, HelpDirectory, HelpEntry, Status};
use crate::i18n::{Lang, Words};
use crate::pictures::{self, ContactKind, Picture};
use base64::Engine;
use html::Html;

/// What a handout holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handout {
    pub lang: Lang,
    /// The help directory's country code, such as `pk`.
    pub country: String,
    /// Adds each quiz's answers and explanations, for facilitators.
    pub answers: bool,
    /// The lessons, by index, in order; `None` for the whole course.
    pub lessons: Option<Vec<usize>>,
}

/// The whole HTML document.
pub fn handout(content: &Content, handout: &Handout) -> String {
    let words = Words {
        i18n: &content.i18n,
        lang: handout.lang,
    };
    let mut body = Html::default();
    body.open("header");
    body.element("h1", &words.t("handout-title"));
    body.element("p", &words.t("handout-intro"));
    body.element_with_class("p", "careful", &words.t("handout-keep-safe"));
    body.close("header");

    let all: Vec<usize> = (0..content.course.lessons.len()).collect();
    for &index in handout.lessons.as_ref().unwrap_or(&all) {
        if let Some(lesson) = content.course.lessons.get(index) {
            let picture = content.pictures.get(&lesson.id);
            lesson_section(&mut body, &words, index, lesson, picture, handout.answers);
        }
    }
    help_section(&mut body, &words, &content.help, &handout.country);

    body.open("footer");
    body.element("p", &words.t("handout-footer"));
    body.close("footer");

    html::document(
        handout.lang,
        content.font_for(handout.lang),
        &words.t("handout-title"),
        &style::css(handout.lang, content.font_for(handout.lang).is_some()),
        &body.finish(),
    )
}

fn lesson_section(
    body: &mut Html,
    words: &Words<'_>,
    index: usize,
    lesson: &Lesson,
    picture: Option<&Picture>,
    answers: bool,
) {
    let title_id = ids::lesson(lesson);
    body.open_with_class("section", "lesson");
    if let Some(picture) = picture {
        lesson_picture(body, picture);
    }
    let number = words.t_with("home-lesson-number", &[("number", (index + 1).to_string())]);
    body.element_with_class("p", "number", &number);
    body.element("h2", &words.t(&title_id));
    body.element("h3", &words.t("handout-key-points"));
    body.open("ul");
    for key in &lesson.key_points {
        body.element("li", &words.t(&ids::key_point(lesson, key)));
    }
    body.close("ul");
    if answers {
        body.open_with_class("div", "answers");
        body.element("h3", &words.t("handout-answers"));
        body.open("ol");
        for question in &lesson.quiz.questions {
            answer(body, words, lesson, question);
        }
        body.close("ol");
        body.close("div");
    }
    body.close("section");
}

/// The lesson's picture beside its title. The words say everything; the
/// picture is for the eye, so a screen reader skips it.
fn lesson_picture(body: &mut Html, picture: &Picture) {
    body.open_with_attrs("span", &[("class", "picture"), ("aria-hidden", "true")]);
    if picture.built_in {
        body.trusted_markup(picture.text());
    } else {
        // A pack's drawing goes in as an image, where no script it might
        // hold can run.
        let source = format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(&picture.svg)
        );
        body.void_element("img", &[("src", &source), ("alt", "")]);
    }
    body.close("span");
}

/// One question of the answer key: the question, the right answer(s), why.
fn answer(body: &mut Html, words: &Words<'_>, lesson: &Lesson, question: &Question) {
    let id = ids::question(lesson, question);
    let options = question.kind.options();
    let right: Vec<String> = question
        .kind
        .correct_options()
        .into_iter()
        .map(|index| ids::option_words(words.i18n, words.lang, lesson, question, options[index]))
        .collect();
    body.open("li");
    if matches!(question.kind, QuestionKind::Scenario { .. }) {
        body.element_with_class("p", "situation", &words.attr(&id, "situation"));
    }
    body.element_with_class("p", "question", &words.t(&id));
    body.open_with_class("p", "answer");
    body.element("strong", &words.t("handout-answer"));
    body.text(" ");
    body.text(&right.join(" · "));
    body.close("p");
    body.element_with_class("p", "why", &words.attr(&id, "why"));
    body.close("li");
}

/// The help directory for one country, then the worldwide channels, with
/// the same cautions the app shows.
fn help_section(body: &mut Html, words: &Words<'_>, help: &HelpDirectory, country: &str) {
    body.open_with_class("section", "help");
    body.element("h2", &words.t("help-title"));
    body.open_with_class("div", "notice");
    body.element("p", &help.emergency_words(words, country));
    body.element("p", &words.t("help-confirm-locally"));
    body.close("div");
    body.element("p", &words.t("help-not-confront"));
    for (country, entries) in help.shown_for(country) {
        body.element("h3", &words.t(&help::country_message(country)));
        for entry in entries {
            help_entry(body, words, entry);
        }
    }
    body.close("section");
}

fn help_entry(body: &mut Html, words: &Words<'_>, entry: &HelpEntry) {
    let id = entry.message();
    body.open_with_class("div", "entry");
    body.element("h4", &words.t(&id));
    body.open_with_class("p", "contacts");
    for contact in &entry.contacts {
        // Numbers and addresses run left to right even inside Urdu; the
        // mark says at a glance whether to dial or to type it.
        body.open_with_attrs("span", &[("dir", "ltr"), ("class", "contact")]);
        mark(body, ContactKind::of(contact).svg());
        body.text(contact);
        body.close("span");
    }
    body.close("p");
    body.element("p", &words.attr(&id, "for"));
    let source = words.t_with(
        "help-source",
        &[
            ("source", entry.source.clone()),
            ("checked", entry.checked_words(words)),
        ],
    );
    body.element_with_class("p", "source", &source);
    if entry.status == Status::Unconfirmed {
        body.open_with_class("p", "unconfirmed");
        mark(body, pictures::WARNING);
        body.text(&words.t("help-unconfirmed"));
        body.close("p");
    }
    body.close("div");
}

/// A small built-in mark before a word, hidden from screen readers (the
/// word says it).
fn mark(body: &mut Html, svg: &'static str) {
    body.open_with_attrs("span", &[("class", "mark"), ("aria-hidden", "true")]);
    body.trusted_markup(svg);
    body.close("span");
}
