//! A lesson, one page at a time: its sections, then the key points
//! ("Remember") with the way on to the quiz.

use super::{Ctx, Lines, Page};
use crate::keys::KeyAction;
use crate::theme::Tone;
use hifazat_core::course::{Course, ids};
use hifazat_core::i18n::paragraphs;
use iced::Length;
use iced::widget::column;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub lesson: usize,
    /// 0..sections.len() are sections; sections.len() is "Remember".
    pub page: usize,
}

#[derive(Debug, Clone)]
pub enum Message {
    Next,
    Back,
    TakeQuiz,
}

pub enum Action {
    None,
    PageShown { lesson: usize, page: usize },
    TakeQuiz(usize),
    Home,
}

impl State {
    pub fn new(lesson: usize, page: usize) -> Self {
        State { lesson, page }
    }

    pub fn update(&mut self, course: &Course, message: Message) -> Action {
        let lesson = &course.lessons[self.lesson];
        match message {
            Message::Next if !lesson.is_last_page(self.page) => {
                self.page += 1;
                Action::PageShown {
                    lesson: self.lesson,
                    page: self.page,
                }
            }
            Message::Next => Action::None,
            Message::Back if self.page > 0 => {
                self.page -= 1;
                Action::None
            }
            Message::Back => Action::Home,
            Message::TakeQuiz => Action::TakeQuiz(self.lesson),
        }
    }

    pub fn key(&self, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
        let last_page = ctx.course.lessons[self.lesson].is_last_page(self.page);
        match action {
            KeyAction::Next if !last_page => Some(Message::Next),
            KeyAction::Confirm if last_page => Some(Message::TakeQuiz),
            KeyAction::Confirm => Some(Message::Next),
            KeyAction::Back => Some(Message::Back),
            _ => None,
        }
    }

    pub fn view<'a>(&self, ctx: Ctx<'a>) -> Page<'a, Message> {
        let ui = ctx.ui();
        let lesson = &ctx.course.lessons[self.lesson];
        let pages = lesson.pages();
        let lesson_id = ids::lesson(lesson);
        let place = ctx.t_with(
            "lesson-progress",
            &[("current", (self.page + 1) as i64), ("total", pages as i64)],
        );

        // Read in the order the eye takes it: the lesson's name on its
        // first page, what it teaches, the heading, each paragraph.
        let mut lines = Lines::new(&ctx);
        let mut page = ui.column().spacing(16);
        let mut caption = None;
        if let Some(section) = lesson.sections.get(self.page) {
            if self.page == 0 {
                let title = ctx.t(&lesson_id);
                caption = Some(lines.heard(title.clone(), ui.caption(title)));
                let (heading, goal) =
                    (ctx.t("lesson-you-will-learn"), ctx.attr(&lesson_id, "goal"));
                // The lesson's picture beside what it teaches.
                let note = ui.beside_picture(
                    ctx.picture(lesson, 96.0),
                    ui.note(heading.clone(), goal.clone()),
                    20.0,
                    iced::Alignment::Center,
                );
                page = page.push(lines.heard(format!("{heading} {goal}"), note));
            }
            let section_id = ids::section(lesson, section);
            let heading = ctx.t(&section_id);
            page = page.push(lines.heard(heading.clone(), ui.heading(heading)));
            let body = ctx.attr(&section_id, "body");
            for paragraph in paragraphs(&body) {
                page = page.push(lines.heard(paragraph, ui.body(paragraph.to_owned())));
            }
        } else {
            let remember = ctx.t("lesson-remember");
            page = page.push(lines.heard(remember.clone(), ui.heading(remember)));
            for key in &lesson.key_points {
                let point = ctx.t(&ids::key_point(lesson, key));
                page = page.push(lines.heard(
                    point.clone(),
                    ui.card(Tone::Panel, [10, 16], ui.body(point)),
                ));
            }
        }

        let last_page = lesson.is_last_page(self.page);
        let forward = if last_page {
            ui.forward_button(ctx.t("lesson-take-quiz"), Some(Message::TakeQuiz), true)
        } else {
            ui.forward_button(ctx.t("lesson-next"), Some(Message::Next), true)
        };
        let back_label = if self.page == 0 {
            ctx.t("lesson-back-to-lessons")
        } else {
            ctx.t("lesson-back")
        };
        let caption = caption.unwrap_or_else(|| ui.caption(ctx.t(&lesson_id)));
        let content = column![
            caption,
            ui.row(vec![
                ui.strong(place).into(),
                ui.progress_dots(self.page, pages),
            ])
            .spacing(16),
            ui.card(Tone::Panel, 24, page),
        ]
        .align_x(ui.start())
        .width(Length::Fill)
        .spacing(16);
        Page::new(content)
            .with_nav(
                Some(ui.back_button(back_label, Some(Message::Back))),
                vec![forward],
            )
            .with_script(lines)
    }
}
