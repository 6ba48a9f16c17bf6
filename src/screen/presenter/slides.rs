//! What the room sees: one slide at a time, in very large type, with only
//! its place in the lesson — or nothing at all while blanked.

use super::projected;
use crate::Element;
use crate::icons::Icon;
use crate::keys::KeyAction;
use crate::screen::Ctx;
use crate::theme;
use crate::theme::Theme;
use crate::theme::Tone;
use crate::widget::Ui;
use hifazat_core::course::{Course, Lesson, QuestionKind, ids};
use hifazat_core::i18n::paragraphs;
use hifazat_core::presenter::{Presenter, Slide};
use iced::widget::{Space, container, scrollable};
use iced::{Background, Length};

/// The slides, and where the facilitator is in them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub presenter: Presenter,
}

#[derive(Debug, Clone)]
pub enum Message {
    Next,
    Back,
    Reveal,
    /// The facilitator asks the group a different question from the pool.
    AnotherQuestion,
    LessonStart,
    LessonEnd,
    Blank,
    /// The notes in place of the slide, or the slide again.
    Notes,
    /// From the end slide, back to the workshop plan.
    ToAgenda,
}

pub enum Action {
    None,
    /// Stop presenting: back to the plan.
    ToAgenda,
}

impl State {
    pub fn new(presenter: Presenter) -> Self {
        State { presenter }
    }

    /// `notes_window`: the notes are open in a window of their own, so
    /// the projector keeps showing the slide.
    pub fn update(&mut self, message: Message, notes_window: bool, course: &Course) -> Action {
        let presenter = &mut self.presenter;
        match message {
            // After the last slide, "next" is back to the plan.
            Message::Next if presenter.slide() == Slide::End => return Action::ToAgenda,
            Message::Next => presenter.next(),
            Message::Back => presenter.back(),
            Message::Reveal => presenter.reveal(),
            Message::AnotherQuestion => {
                presenter.another_question(course);
            }
            Message::LessonStart => presenter.lesson_start(),
            Message::LessonEnd => presenter.lesson_end(),
            Message::Blank => presenter.toggle_blank(),
            Message::Notes if notes_window => {}
            Message::Notes => presenter.toggle_notes(),
            Message::ToAgenda => return Action::ToAgenda,
        }
        Action::None
    }

    /// The clicker's keys. With the notes in place of the slide, N or
    /// Back brings the slide again and B still blanks the room's screen.
    pub fn key(&self, action: KeyAction) -> Option<Message> {
        if self.presenter.notes {
            return match action {
                KeyAction::Notes | KeyAction::Back => Some(Message::Notes),
                KeyAction::Blank => Some(Message::Blank),
                _ => None,
            };
        }
        Some(match action {
            KeyAction::Next => Message::Next,
            KeyAction::Back => Message::Back,
            KeyAction::LessonStart => Message::LessonStart,
            KeyAction::LessonEnd => Message::LessonEnd,
            KeyAction::Blank => Message::Blank,
            KeyAction::Notes => Message::Notes,
            _ => return None,
        })
    }

    /// Closes the notes shown in place of the slide.
    pub fn close_notes(&mut self) {
        self.presenter.notes = false;
    }

    /// Whether the notes show in place of the slide. Blank wins: the room
    /// sees black, whatever else was asked for.
    pub fn shows_notes(&self) -> bool {
        self.presenter.notes && !self.presenter.blank
    }

    /// The lesson on the slides, for the notes.
    pub fn lesson(&self) -> Option<usize> {
        self.presenter.slide().lesson()
    }

    /// `country`: whose help contacts the last slide shows.
    pub fn view<'a>(&self, ctx: Ctx<'a>, country: &str) -> Element<'a, Message> {
        view(ctx, &self.presenter, country)
    }
}

fn view<'a>(ctx: Ctx<'a>, presenter: &Presenter, country: &str) -> Element<'a, Message> {
    if presenter.blank {
        return container(Space::new())
            .width(Length::Fill)
            .height(Length::Fill)
            .style(|_: &Theme| container::Style {
                background: Some(Background::Color(iced::Color::BLACK)),
                ..container::Style::default()
            })
            .into();
    }
    let ui = projected(ctx);
    let mut page = ui.column().spacing(28);
    if let Some(place) = presenter.place() {
        let label = ctx.t_with(
            "presenter-place",
            &[
                ("lesson", place.lesson_number as i64),
                ("current", place.current as i64),
                ("total", place.total as i64),
            ],
        );
        page = page.push(ui.caption(label));
    }
    page = page.push(slide(ctx, &ui, presenter, country));
    scrollable(
        container(page.max_width(1500))
            .padding([40, 64])
            .center_x(Length::Fill),
    )
    .height(Length::Fill)
    .into()
}

fn slide<'a>(ctx: Ctx<'a>, ui: &Ui, presenter: &Presenter, country: &str) -> Element<'a, Message> {
    let course = ctx.course;
    let column = ui.column().spacing(24);
    match presenter.slide() {
        Slide::Title { lesson } => {
            let lesson = &course.lessons[lesson];
            let id = ids::lesson(lesson);
            // Large enough to read from the back of a room.
            column
                .push(
                    ctx.picture(lesson, 160.0)
                        .map(|picture| ui.at_start(picture)),
                )
                .push(ui.title(ctx.t(&id)))
                .push(ui.body(ctx.attr(&id, "goal")))
                .into()
        }
        Slide::Section { lesson, section } => {
            let lesson = &course.lessons[lesson];
            let id = ids::section(lesson, &lesson.sections[section]);
            let body = ctx.attr(&id, "body");
            let mut column = column.push(titled(ctx, ui, lesson, ctx.t(&id)));
            for paragraph in paragraphs(&body) {
                column = column.push(ui.body(paragraph.to_owned()));
            }
            column.into()
        }
        Slide::KeyPoints { lesson } => {
            let lesson = &course.lessons[lesson];
            let mut column = column.push(titled(ctx, ui, lesson, ctx.t("lesson-remember")));
            for key in &lesson.key_points {
                column = column.push(ui.body(ctx.t(&ids::key_point(lesson, key))));
            }
            column.into()
        }
        Slide::Discussion { lesson, item } => {
            let lesson = &course.lessons[lesson];
            column
                .push(ui.heading(ctx.t("presenter-discussion-title")))
                .push(ui.title(ctx.t(&ids::discussion(lesson, &lesson.discussion[item]))))
                .into()
        }
        Slide::Question { lesson, question } => {
            question_slide(ctx, ui, lesson, question, presenter.revealed)
        }
        // Nobody leaves without the help contacts, handout or not.
        Slide::End => column
            .push(ui.title(ctx.t("presenter-end-title")))
            .push(ui.body(ctx.t("presenter-end-thanks")))
            .push(ui.heading(ctx.t("help-title")))
            .push(crate::screen::help::contacts(ctx, ui, country))
            .push(ui.at_start(ui.back_button(ctx.t("presenter-back"), Some(Message::ToAgenda))))
            .into(),
    }
}

/// A slide's title with its lesson's picture before it, so the room sees
/// which lesson it is in.
fn titled<'a>(ctx: Ctx<'a>, ui: &Ui, lesson: &Lesson, title: String) -> Element<'a, Message> {
    ui.beside_picture(
        ctx.picture(lesson, ui.typo.title * 1.5),
        ui.title(title),
        24.0,
        iced::Alignment::Center,
    )
}

/// A quiz question for the group: its options, then, once revealed, the
/// right ones marked and the explanation. No score is kept.
fn question_slide<'a>(
    ctx: Ctx<'a>,
    ui: &Ui,
    lesson: usize,
    question: usize,
    revealed: bool,
) -> Element<'a, Message> {
    let lesson = &ctx.course.lessons[lesson];
    let question = &lesson.quiz.questions[question];
    let id = ids::question(lesson, question);
    let mut column = ui.column().spacing(20);
    if matches!(question.kind, QuestionKind::Scenario { .. }) {
        column = column.push(ui.body(ctx.attr(&id, "situation")));
    }
    column = column.push(ui.heading(ctx.t(&id)));
    let right = question.kind.correct_options();
    for (index, option) in question.kind.options().into_iter().enumerate() {
        let words = ids::option_words(ctx.i18n, ctx.lang, lesson, question, option);
        let is_right = revealed && right.contains(&index);
        let mut parts: Vec<Element<'a, Message>> = vec![
            ui.strong(format!("{}", index + 1)).into(),
            ui.label(words).into(),
        ];
        // Marked in words and a mark as well as colour.
        if is_right {
            parts.push(ui.verdict(true, ctx.t("quiz-mark-right")));
        }
        // Every option has the same box, drawn only once it is the right
        // one, so revealing the answer moves nothing on the slide.
        let option = container(ui.row(parts).spacing(20))
            .padding([10, 24])
            .width(Length::Fill)
            .align_x(ui.start())
            .style(theme::revealed(is_right));
        column = column.push(option);
    }
    if revealed {
        column = column.push(
            ui.card(
                Tone::Notice,
                20,
                ui.column()
                    .spacing(8)
                    .push(ui.heading(ctx.t("presenter-answer-title")))
                    .push(ui.body(ctx.attr(&id, "why"))),
            ),
        );
        column = column.push(ui.at_start(another_question(ctx, ui)));
    } else {
        column = column.push(
            ui.at_start(
                ui.row(vec![
                    ui.button(ctx.t("presenter-reveal"), Some(Message::Reveal), true),
                    another_question(ctx, ui),
                ])
                .spacing(16),
            ),
        );
    }
    column.into()
}

/// Another question from the lesson's pool, for the facilitator.
fn another_question<'a>(ctx: Ctx<'a>, ui: &Ui) -> Element<'a, Message> {
    ui.icon_button(
        Icon::Retry,
        ctx.t("presenter-another-question"),
        Some(Message::AnotherQuestion),
        false,
    )
}
