//! A quiz, one question at a time: choose, check, read why, go on. When the
//! round is over the results show (see `results`). The same screen asks a
//! lesson's quiz, a short review of a lesson, and the final check.

mod results;

use super::{Ctx, Lines, Page};
use crate::icons::Icon;
use crate::keys::KeyAction;
use crate::theme::OptionLook;
use crate::theme::Tone;
use crate::widget::{AnswerOption, Mark, answer_option};
use hifazat_core::course::{Course, Lesson, Question, QuestionKind, ids};
use hifazat_core::quiz::Attempt;
use iced::Length;
use iced::widget::column;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub purpose: Purpose,
    pub attempt: Attempt,
}

/// What the questions are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A lesson's quiz (by index).
    Lesson(usize),
    /// A short review of a passed lesson, days later.
    Review(usize),
    /// The mixed check at the end of the course.
    Final,
}

impl Purpose {
    pub fn lesson(self) -> Option<usize> {
        match self {
            Purpose::Lesson(lesson) | Purpose::Review(lesson) => Some(lesson),
            Purpose::Final => None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(usize),
    Check,
    Next,
    RetryMissed,
    /// After a passed quiz: on to the lesson after this one.
    NextLesson,
    /// After the last lesson's quiz is passed: the final check; after the
    /// final check is passed: the end of the course.
    CourseComplete,
    Home,
}

pub enum Action {
    None,
    /// An answer was checked: its verdict and explanation are showing.
    Checked,
    /// A round is over: the attempt (still on the screen) says how it went.
    Finished,
    /// Open this lesson (the next one).
    OpenLesson(usize),
    /// Every lesson is passed: show the end of the course.
    CourseComplete,
    Home,
}

/// "Question 2 of 6", or "Trying again: question 1 of 2" in a retry round.
pub fn place_label(ctx: Ctx<'_>, attempt: &Attempt) -> String {
    let (current, total) = attempt.place();
    let id = if attempt.is_retry() {
        "quiz-progress-retry"
    } else {
        "quiz-progress"
    };
    ctx.t_with(id, &[("current", current as i64), ("total", total as i64)])
}

impl State {
    pub fn new(course: &Course, lesson: usize, seed: u64) -> Self {
        State {
            purpose: Purpose::Lesson(lesson),
            attempt: Attempt::lesson(course, lesson, seed),
        }
    }

    /// The lesson and question being asked.
    pub fn question<'c>(&self, course: &'c Course) -> Option<(&'c Lesson, &'c Question)> {
        self.attempt.current()?.in_course(course)
    }

    /// The option (an index into the question's `options()`) shown at
    /// each place on screen, top to bottom.
    pub fn order(&self, course: &Course) -> Vec<usize> {
        match (self.attempt.current(), self.question(course)) {
            (Some(asked), Some((_, question))) => self.attempt.option_order(question, asked),
            _ => Vec::new(),
        }
    }

    /// The places on screen (0 = top) of the right options, as a reader
    /// who knows the answer would press them.
    pub fn right_places(&self, course: &Course) -> Vec<usize> {
        let Some((_, question)) = self.question(course) else {
            return Vec::new();
        };
        let right = question.kind.correct_options();
        let order = self.order(course);
        (0..order.len())
            .filter(|place| right.contains(&order[*place]))
            .collect()
    }

    /// The place on screen of the first wrong option.
    pub fn wrong_place(&self, course: &Course) -> Option<usize> {
        let right = self.right_places(course);
        (0..self.order(course).len()).find(|place| !right.contains(place))
    }

    pub fn update(&mut self, course: &Course, message: Message) -> Action {
        let kind = self.question(course).map(|(_, question)| &question.kind);
        match message {
            Message::Choose(option) => {
                if let Some(kind) = kind {
                    self.attempt.choose(kind, option);
                }
                Action::None
            }
            Message::Check => match kind {
                Some(kind) if self.attempt.check(kind).is_some() => Action::Checked,
                _ => Action::None,
            },
            Message::Next => {
                if self.attempt.move_on() && self.attempt.is_finished() {
                    Action::Finished
                } else {
                    Action::None
                }
            }
            Message::RetryMissed => {
                self.attempt.retry_missed(course);
                Action::None
            }
            Message::NextLesson => match self.purpose {
                Purpose::Lesson(lesson) => Action::OpenLesson(lesson + 1),
                _ => Action::Home,
            },
            Message::CourseComplete => Action::CourseComplete,
            Message::Home => Action::Home,
        }
    }

    pub fn key(&self, ctx: Ctx<'_>, action: KeyAction) -> Option<Message> {
        if self.attempt.is_finished() {
            let way_on = results::WayOn::after(ctx, self.purpose, &self.attempt);
            return results::key(&self.attempt, way_on, action);
        }
        let checked = self.attempt.feedback().is_some();
        match action {
            // The number is a place on screen; the message names the option.
            KeyAction::Choose(place) if !checked => self
                .order(ctx.course)
                .get(place)
                .map(|option| Message::Choose(*option)),
            KeyAction::Confirm if checked => Some(Message::Next),
            KeyAction::Confirm if self.attempt.can_check() => Some(Message::Check),
            KeyAction::Next if checked => Some(Message::Next),
            KeyAction::Back => Some(Message::Home),
            _ => None,
        }
    }

    pub fn view<'a>(&self, ctx: Ctx<'a>) -> Page<'a, Message> {
        let Some((lesson, question)) = self.question(ctx.course) else {
            let way_on = results::WayOn::after(ctx, self.purpose, &self.attempt);
            return results::view(ctx, self.purpose, &self.attempt, way_on);
        };
        let ui = ctx.ui();
        let id = ids::question(lesson, question);
        let (current, total) = self.attempt.place();
        let place = place_label(ctx, &self.attempt);

        // Read in order: where this is, the situation, the question and
        // how to answer, each option with the number that chooses it, and
        // after checking, the verdict and why.
        let mut lines = Lines::new(&ctx);
        let mut content =
            ui.column()
                .spacing(16)
                .push(ui.caption(caption(ctx, self.purpose, lesson)));
        content = content.push(
            lines.heard(
                place.clone(),
                ui.row(vec![
                    ui.strong(place).into(),
                    ui.progress_dots(current - 1, total),
                ])
                .spacing(16),
            ),
        );
        if matches!(question.kind, QuestionKind::Scenario { .. }) {
            let (heading, situation) = (ctx.t("quiz-situation"), ctx.attr(&id, "situation"));
            content = content.push(lines.heard(
                format!("{heading} {situation}"),
                ui.note(heading, situation),
            ));
        }
        let hint = match question.kind {
            QuestionKind::SelectAll { .. } => "quiz-hint-select-all",
            QuestionKind::TrueFalse { .. } => "quiz-hint-true-false",
            QuestionKind::Single { .. } | QuestionKind::Scenario { .. } => "quiz-hint-single",
        };
        let (prompt, hint) = (ctx.t(&id), ctx.t(hint));
        content = content.push(
            lines.heard(
                format!("{prompt} {hint}"),
                ui.column()
                    .spacing(16)
                    .push(ui.heading(prompt))
                    .push(ui.caption(hint)),
            ),
        );

        let feedback = self.attempt.feedback();
        let options = question.kind.options();
        let mut answers = ui.column().spacing(10);
        // `number` is the place on screen (and the key that chooses it);
        // `option` is which option stands there in this attempt.
        for (number, option) in self
            .attempt
            .option_order(question, self.attempt.current().expect("a question"))
            .into_iter()
            .enumerate()
        {
            let label = ids::option_words(ctx.i18n, ctx.lang, lesson, question, options[option]);
            let chosen = self.attempt.selected().contains(&option);
            let right = feedback.is_some_and(|f| f.right_options.contains(&option));
            let mark = |right: bool, id: &str| {
                Some(Mark {
                    right,
                    words: ctx.t(id),
                })
            };
            let multiple = question.kind.is_multiple();
            let (look, mark) = match feedback {
                None if chosen => (OptionLook::Chosen, None),
                None => (OptionLook::Idle, None),
                // Choose-all: which right ones were missed, and which
                // chosen ones were not right.
                Some(_) if right && multiple && !chosen => {
                    (OptionLook::Right, mark(true, "quiz-mark-missed"))
                }
                Some(_) if right => (OptionLook::Right, mark(true, "quiz-mark-right")),
                Some(_) if chosen && multiple => {
                    (OptionLook::ChosenWrong, mark(false, "quiz-mark-not-right"))
                }
                Some(_) if chosen => (
                    OptionLook::ChosenWrong,
                    mark(false, "quiz-mark-your-choice"),
                ),
                Some(_) => (OptionLook::Idle, None),
            };
            // "1, <option>": the number is the key that chooses it; after
            // checking, what the mark beside it says.
            let comma = if ctx.lang.is_rtl() { "،" } else { "," };
            let mut said = format!("{}{comma} {label}", number + 1);
            if chosen && feedback.is_none() {
                said = format!("{said}. {}", ctx.t("settings-chosen"));
            }
            if let Some(mark) = &mark {
                said = format!("{said}. {}", mark.words);
            }
            answers = answers.push(lines.heard(
                said,
                answer_option(
                    &ui,
                    AnswerOption {
                        number: number + 1,
                        label,
                        multiple: question.kind.is_multiple(),
                        chosen,
                        look,
                        mark,
                    },
                    feedback.is_none().then_some(Message::Choose(option)),
                ),
            ));
        }
        content = content.push(answers);

        let mut forward = Vec::new();
        let main_action = match feedback {
            None => ui.icon_button(
                Icon::Check,
                ctx.t("quiz-check"),
                self.attempt.can_check().then_some(Message::Check),
                true,
            ),
            Some(feedback) => {
                let partly = question.kind.is_multiple()
                    && !feedback.correct
                    && self
                        .attempt
                        .selected()
                        .iter()
                        .any(|option| feedback.right_options.contains(option));
                let verdict = match () {
                    _ if feedback.correct => "quiz-right",
                    _ if partly => "quiz-partly-right",
                    _ => "quiz-wrong",
                };
                let (verdict_words, why) = (ctx.t(verdict), ctx.attr(&id, "why"));
                // Where the lesson teaches this, to go back to.
                let see = point_words(ctx, lesson, &question.point)
                    .map(|point| ctx.t_with("quiz-see", &[("point", point)]));
                let mut card = column![
                    ui.heading(verdict_words.clone()),
                    ui.block(ui.strong(ctx.t("quiz-why"))),
                    ui.body(why.clone()),
                ]
                .align_x(ui.start())
                .width(Length::Fill)
                .spacing(8);
                let mut heard = format!("{verdict_words} {} {why}", ctx.t("quiz-why"));
                if let Some(see) = see {
                    heard = format!("{heard} {see}");
                    card = card.push(ui.caption(see));
                }
                content = content
                    .push(lines.heard(heard, ui.card(Tone::Verdict(feedback.correct), 20, card)));
                // Said beside the way on too, where the eye goes next,
                // in a mark and a word as well as a colour.
                forward.push(ui.verdict(feedback.correct, ctx.t(verdict)));
                let next_label = if current == total {
                    ctx.t("quiz-see-results")
                } else {
                    ctx.t("quiz-next")
                };
                ui.forward_button(next_label, Some(Message::Next), true)
            }
        };
        forward.push(main_action);
        // The reader can always leave; the place is kept for "Continue".
        let leave = ui.back_button(ctx.t("lesson-back-to-lessons"), Some(Message::Home));
        Page::new(content)
            .with_nav(Some(leave), forward)
            .with_script(lines)
    }
}

/// Above each question: the lesson it is from, and in a review or the
/// final check, which of those it is.
pub(super) fn caption(ctx: Ctx<'_>, purpose: Purpose, lesson: &Lesson) -> String {
    let title = ctx.t(&ids::lesson(lesson));
    match purpose {
        Purpose::Lesson(_) => title,
        Purpose::Review(_) => ctx.t_with("review-caption", &[("lesson", title)]),
        Purpose::Final => ctx.t_with("final-caption", &[("lesson", title)]),
    }
}

/// The words of the section or key point a question checks: a section's
/// title, or the key point itself.
pub fn point_words(ctx: Ctx<'_>, lesson: &Lesson, point: &str) -> Option<String> {
    if lesson.sections.iter().any(|section| section == point) {
        Some(ctx.t(&ids::section(lesson, point)))
    } else if lesson.key_points.iter().any(|key| key == point) {
        Some(ctx.t(&ids::key_point(lesson, point)))
    } else {
        None
    }
}
