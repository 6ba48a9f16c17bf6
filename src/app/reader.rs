//! The root's side of reading the course: the welcome, the lessons list, a
//! lesson, its quiz, and the overlays over them (help, settings, the
//! shortcuts). Each turns a screen's `Action` into the root's state.

use super::{App, Config, Message, Overlay, Screen};
use crate::screen::{complete, help, home, lesson, quiz, settings, shortcuts, welcome};
use hifazat_core::content::Content;
use hifazat_core::i18n::{self, Lang};
use hifazat_core::progress::Progress;
use hifazat_core::quiz::Attempt;
use hifazat_core::review::Day;
use hifazat_core::settings::Reviews;
use hifazat_core::settings::Settings;
use iced::Task;
use std::sync::Arc;

/// The language to start in, if it is known: `--lang`, else the one saved
/// (if the content still offers it: a pack may have been removed), else
/// the computer's, when the start may ask it.
pub(super) fn initial_language(
    content: &Content,
    config: &Config,
    saved: &Settings,
) -> Option<Lang> {
    let offered = content.i18n.languages();
    config
        .lang
        .or_else(|| Lang::find(offered, saved.language?.as_str()))
        .filter(|lang| offered.contains(lang))
        .or_else(|| {
            config
                .use_os_locale
                .then(|| i18n::from_os_locale(offered))
                .flatten()
        })
}

impl App {
    pub(super) fn set_language(&mut self, lang: Lang) {
        if !self.languages().contains(&lang) {
            return;
        }
        self.lang = lang;
        self.settings.language = Some(lang.saved_code());
        if let Screen::Welcome(state) = &mut self.screen {
            state.language_chosen();
        }
    }

    pub(super) fn welcome(&mut self, message: welcome::Message) {
        let Screen::Welcome(state) = &mut self.screen else {
            return;
        };
        match state.update(message) {
            welcome::Action::None => {}
            welcome::Action::SetLanguage(lang) => self.set_language(lang),
            welcome::Action::Continue => self.screen = Screen::home(),
        }
    }

    pub(super) fn home(&mut self, message: home::Message) {
        let Screen::Home(state) = &mut self.screen else {
            return;
        };
        match state.update(message) {
            home::Action::OpenLesson(index) => self.open_lesson(index),
            home::Action::Continue => self.continue_from_place(),
            home::Action::Complete if self.progress.finished.is_some() => self.open_complete(),
            home::Action::Complete => self.open_final_check(),
            home::Action::Review(lesson) if self.review_due() == Some(lesson) => {
                self.open_review(lesson)
            }
            home::Action::Review(_) => {}
            // Not on a kiosk: a visitor has no workshop to run.
            home::Action::Facilitate if !self.is_kiosk() => self.open_agenda(),
            home::Action::Facilitate => {}
        }
    }

    fn open_lesson(&mut self, index: usize) {
        let Some(lesson) = self.content.course.lessons.get(index) else {
            return;
        };
        self.progress.page_seen(&lesson.id, 0);
        self.screen = Screen::Lesson(lesson::State::new(index, 0));
    }

    pub(super) fn lesson(&mut self, message: lesson::Message) {
        let content = Arc::clone(&self.content);
        let Screen::Lesson(state) = &mut self.screen else {
            return;
        };
        match state.update(&content.course, message) {
            lesson::Action::None => {}
            lesson::Action::PageShown { lesson, page } => {
                self.progress
                    .page_seen(&content.course.lessons[lesson].id, page);
            }
            lesson::Action::TakeQuiz(lesson) => {
                let seed = self.next_seed();
                self.screen = Screen::Quiz(quiz::State::new(&content.course, lesson, seed));
            }
            lesson::Action::Home => self.screen = Screen::home(),
        }
    }

    pub(super) fn quiz(&mut self, message: quiz::Message) -> Task<Message> {
        let content = Arc::clone(&self.content);
        let plan_reviews = self.reviews_allowed();
        let Screen::Quiz(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(&content.course, message) {
            quiz::Action::None => {}
            // The question stays in view: the verdict is also in the bar
            // at the bottom, beside the way on.
            quiz::Action::Checked => {}
            quiz::Action::Finished => {
                let (course, today) = (&content.course, Day::today());
                match state.purpose {
                    quiz::Purpose::Lesson(lesson) => {
                        self.progress.lesson_round(
                            course,
                            lesson,
                            &state.attempt,
                            today,
                            plan_reviews,
                        );
                    }
                    quiz::Purpose::Review(lesson) => {
                        self.progress
                            .review_round(course, lesson, &state.attempt, today)
                    }
                    quiz::Purpose::Final => self.progress.final_round(&state.attempt, today),
                }
            }
            quiz::Action::OpenLesson(index) => self.open_lesson(index),
            quiz::Action::CourseComplete => {
                if self.progress.finished.is_some() {
                    self.open_complete();
                } else {
                    self.open_final_check();
                }
            }
            quiz::Action::Home => self.screen = Screen::home(),
        }
        Task::none()
    }

    /// The mixed check at the end of the course, once every lesson is
    /// passed.
    pub(super) fn open_final_check(&mut self) {
        let seed = self.next_seed();
        self.screen = Screen::Quiz(quiz::State {
            purpose: quiz::Purpose::Final,
            attempt: Attempt::final_check(&self.content.course, seed),
        });
    }

    /// A short review of a passed lesson.
    pub(super) fn open_review(&mut self, lesson: usize) {
        let Some(plan) = self
            .progress
            .lesson(&self.content.course.lessons[lesson].id)
            .and_then(|progress| progress.review.clone())
        else {
            return;
        };
        let seed = self.next_seed();
        self.screen = Screen::Quiz(quiz::State {
            purpose: quiz::Purpose::Review(lesson),
            attempt: Attempt::review(&self.content.course, lesson, &plan.missed, &plan.seen, seed),
        });
    }

    /// Whether reviews are planned and offered: at home, never on a kiosk
    /// (whose visitors do not come back, and which writes nothing), and not
    /// when the reader turned them off.
    pub(super) fn reviews_allowed(&self) -> bool {
        !self.is_kiosk() && self.settings.reviews == Reviews::On
    }

    /// The lesson whose review is due today, if one is to be offered.
    pub fn review_due(&self) -> Option<usize> {
        self.reviews_allowed()
            .then(|| self.progress.due_review(&self.content.course, Day::today()))
            .flatten()
    }

    pub(super) fn open_complete(&mut self) {
        self.screen = Screen::Complete(complete::State::default());
    }

    pub(super) fn complete(&mut self, message: complete::Message) -> Task<Message> {
        let Screen::Complete(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(message) {
            complete::Action::None => Task::none(),
            complete::Action::SaveHandout if self.is_kiosk() => Task::none(),
            complete::Action::SaveHandout => self.write_handout_task(None, |result| {
                Message::Complete(complete::Message::Saved(result))
            }),
            complete::Action::SaveCertificate(_) if self.is_kiosk() => Task::none(),
            complete::Action::SaveCertificate(name) => self.write_certificate_task(name),
            complete::Action::Home => {
                self.screen = Screen::home();
                Task::none()
            }
        }
    }

    pub(super) fn open_help(&mut self) {
        let country = self.content.help.default_country(self.region.as_deref());
        self.overlay = Some(Overlay::Help(help::State::new(country)));
    }

    pub(super) fn help(&mut self, message: help::Message) {
        if let Some(Overlay::Help(state)) = &mut self.overlay {
            match state.update(message) {
                help::Action::None => {}
                help::Action::Close => self.overlay = None,
            }
        }
    }

    pub(super) fn shortcuts(&mut self, message: shortcuts::Message) {
        if let Some(Overlay::Shortcuts(state)) = &mut self.overlay {
            match state.update(message) {
                shortcuts::Action::Close => self.overlay = None,
            }
        }
    }

    pub(super) fn settings_message(&mut self, message: settings::Message) {
        let Some(Overlay::Settings(state)) = &mut self.overlay else {
            return;
        };
        match state.update(message, self.settings.listen) {
            settings::Action::None => {}
            settings::Action::SetListen(listen) => self.settings.listen = listen,
            settings::Action::SetReviews(reviews) => self.settings.reviews = reviews,
            settings::Action::SetLanguage(lang) => self.set_language(lang),
            settings::Action::SetTextSize(size) => self.settings.text_size = size,
            settings::Action::SetTheme(choice) => {
                self.settings.theme = choice;
                self.look.set(choice);
            }
            settings::Action::StartAgain => {
                self.progress = Progress::default();
                self.place = None;
                self.overlay = None;
                self.screen = Screen::home();
            }
            settings::Action::Close => self.overlay = None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hifazat_core::i18n::LangCode;

    fn content() -> Content {
        Content::embedded().expect("the built-in content loads")
    }

    fn saved(code: &str) -> Settings {
        Settings {
            language: LangCode::new(code),
            ..Settings::default()
        }
    }

    #[test]
    fn the_command_line_wins_then_the_saved_choice() {
        let content = content();
        let config = Config {
            lang: Some(Lang::En),
            ..Config::default()
        };
        assert_eq!(
            initial_language(&content, &config, &saved("ur")),
            Some(Lang::En)
        );
        let config = Config::default();
        assert_eq!(
            initial_language(&content, &config, &saved("ur")),
            Some(Lang::Ur)
        );
        assert_eq!(
            initial_language(&content, &config, &Settings::default()),
            None,
            "nothing known: the first screen asks"
        );
    }

    #[test]
    fn a_saved_language_no_longer_offered_is_passed_over() {
        let content = content();
        assert_eq!(
            initial_language(&content, &Config::default(), &saved("ur-Latn")),
            None
        );
    }
}
