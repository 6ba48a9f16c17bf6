//! Remembering where the reader is and saving what they have done: the
//! root's side of `progress` and `store`.

use super::{App, Notice, Screen};
use crate::screen::{lesson, quiz};
use hifazat_core::progress::{At, Place};
use hifazat_core::store::{Saved, VERSION};

impl App {
    /// Back to the saved place: the lesson page, or the quiz question with
    /// the answers given so far.
    pub(super) fn continue_from_place(&mut self) {
        let Some(place) = self.place.clone() else {
            return;
        };
        let Some((index, _)) = self.content.course.lesson(&place.lesson) else {
            return;
        };
        self.screen = match place.at {
            At::Page(page) => Screen::Lesson(lesson::State::new(index, page)),
            At::Quiz(attempt) => Screen::Quiz(quiz::State {
                purpose: quiz::Purpose::Lesson(index),
                attempt: *attempt,
            }),
        };
    }

    /// Keeps the reader's place up to date, so "Continue" and a restart
    /// after a crash land exactly there.
    pub(super) fn remember_place(&mut self) {
        let course = &self.content.course;
        match &self.screen {
            Screen::Lesson(state) => {
                self.place = Some(Place {
                    lesson: course.lessons[state.lesson].id.clone(),
                    at: At::Page(state.page),
                });
            }
            // A review or the final check is short and is not a place to
            // come back to; the place before it is kept.
            Screen::Quiz(state) => {
                if let quiz::Purpose::Lesson(lesson) = state.purpose {
                    self.place = (!state.attempt.is_finished()).then(|| Place {
                        lesson: course.lessons[lesson].id.clone(),
                        at: At::Quiz(Box::new(state.attempt.clone())),
                    });
                }
            }
            Screen::Welcome(_)
            | Screen::Home(_)
            | Screen::Agenda(_)
            | Screen::Slides(_)
            | Screen::Complete(_) => {}
        }
    }

    fn saved(&self) -> Saved {
        Saved {
            version: VERSION,
            settings: self.settings,
            progress: self.progress.clone(),
            place: self.place.clone(),
            content_version: Some(self.content.course.content_version.clone()),
        }
    }

    /// Saves after every step that changed what is kept.
    pub(super) fn save_if_changed(&mut self) {
        let saved = self.saved();
        if saved == self.last_saved {
            return;
        }
        match self.store.save(&saved) {
            Ok(()) => {
                self.last_saved = saved;
                if let Some(Notice::SaveFailed { set_aside }) = self.notice {
                    self.notice = set_aside.then_some(Notice::ProgressSetAside);
                }
            }
            // Not marked as saved, so the next step tries again.
            Err(error) => {
                tracing::warn!(%error, "could not save progress");
                // The reader must still learn that their old file was kept.
                let set_aside = matches!(
                    self.notice,
                    Some(Notice::ProgressSetAside | Notice::SaveFailed { set_aside: true })
                );
                self.notice = Some(Notice::SaveFailed { set_aside });
            }
        }
    }
}
