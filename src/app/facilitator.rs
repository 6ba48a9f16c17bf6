//! The root's side of facilitator mode: the workshop plan, the slides in
//! full screen, the notes (in place, or in a window of their own for a
//! second screen), and saving a handout to print.

use super::{App, Message, Screen, window};
use crate::screen::presenter::{agenda, notes, slides};
use hifazat_core::content::Content;
use hifazat_core::export::{self, Handout};
use hifazat_core::files::write::Existing;
use hifazat_core::presenter::{Agenda, Deck, Presenter};
use iced::Task;
use std::path::PathBuf;
use std::sync::Arc;

/// What facilitator mode keeps while the screens come and go.
pub(super) struct Workshop {
    /// Today's plan, kept while presenting and when going home.
    plan: Agenda,
    /// Where "save a handout" writes.
    documents: Option<PathBuf>,
    /// The notes' own window, for a second screen, while open.
    notes_window: Option<iced::window::Id>,
}

impl Workshop {
    pub(super) fn new(plan: Agenda, documents: Option<PathBuf>) -> Self {
        Workshop {
            plan,
            documents,
            notes_window: None,
        }
    }

    pub(super) fn plan(&self) -> &Agenda {
        &self.plan
    }
}

impl App {
    pub fn notes_window(&self) -> Option<iced::window::Id> {
        self.workshop.notes_window
    }

    pub(super) fn is_notes_window(&self, window: iced::window::Id) -> bool {
        self.workshop.notes_window == Some(window)
    }

    /// The notes window was closed by its own button.
    pub(super) fn notes_window_closed(&mut self, window: iced::window::Id) {
        if self.is_notes_window(window) {
            self.workshop.notes_window = None;
        }
    }

    /// The lesson on the slides, for the notes.
    pub(super) fn lesson_on_slides(&self) -> Option<usize> {
        match &self.screen {
            Screen::Slides(slides) => slides.lesson(),
            _ => None,
        }
    }

    pub(super) fn open_agenda(&mut self) {
        self.screen = Screen::Agenda(agenda::State::default());
    }

    pub(super) fn agenda(&mut self, message: agenda::Message) -> Task<Message> {
        let Screen::Agenda(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(message, &mut self.workshop.plan) {
            agenda::Action::None => Task::none(),
            agenda::Action::Start => {
                let seed = self.next_seed();
                let deck = Deck::new(&self.content.course, &self.workshop.plan, seed);
                self.screen = Screen::Slides(slides::State::new(Presenter::new(deck)));
                self.set_full_screen(true)
            }
            agenda::Action::Export => self.save_handout(),
            agenda::Action::NotesWindow => self.open_notes_window(),
            agenda::Action::Home => {
                self.screen = Screen::home();
                Task::none()
            }
        }
    }

    pub(super) fn slides(&mut self, message: slides::Message) -> Task<Message> {
        let notes_window = self.workshop.notes_window.is_some();
        let content = std::sync::Arc::clone(&self.content);
        let Screen::Slides(state) = &mut self.screen else {
            return Task::none();
        };
        match state.update(message, notes_window, &content.course) {
            slides::Action::None => Task::none(),
            slides::Action::ToAgenda => self.leave_slides(),
        }
    }

    pub(super) fn notes(&mut self, message: notes::Message) -> Task<Message> {
        match notes::State.update(message) {
            notes::Action::Close => {
                if let Screen::Slides(state) = &mut self.screen {
                    state.close_notes();
                }
                Task::none()
            }
            notes::Action::ToAgenda if matches!(self.screen, Screen::Slides(_)) => {
                self.leave_slides()
            }
            notes::Action::ToAgenda => Task::none(),
        }
    }

    fn leave_slides(&mut self) -> Task<Message> {
        self.open_agenda();
        self.set_full_screen(false)
    }

    fn open_notes_window(&mut self) -> Task<Message> {
        match self.workshop.notes_window {
            // Already open, perhaps behind another window.
            Some(id) => iced::window::gain_focus(id),
            None => {
                let (id, open) = iced::window::open(window::notes_window_settings());
                self.workshop.notes_window = Some(id);
                open.discard()
            }
        }
    }

    /// The projector shows the slides edge to edge; the plan is an
    /// ordinary window again. (A kiosk is always full screen.)
    fn set_full_screen(&self, full: bool) -> Task<Message> {
        let Some(main) = self.main_window.filter(|_| !self.is_kiosk()) else {
            return Task::none();
        };
        let mode = if full {
            iced::window::Mode::Fullscreen
        } else {
            iced::window::Mode::Windowed
        };
        iced::window::set_mode(main, mode)
    }

    /// The help directory's country for handouts and notes.
    pub(super) fn help_country(&self) -> String {
        self.content.help.default_country(self.region.as_deref())
    }

    /// Writes today's lessons as a handout, in the language on screen, to
    /// the documents folder, away from the window (the fonts make it a
    /// few megabytes). Says where by the file and its folder only: the
    /// plan may be on a projector, and a full path names the account.
    fn save_handout(&self) -> Task<Message> {
        let lessons = Some(self.workshop.plan.lessons().to_vec());
        self.write_handout_task(lessons, |result| {
            Message::Agenda(agenda::Message::Exported(result))
        })
    }

    /// Writes a handout of `lessons` (all, for `None`) to the documents
    /// folder, away from the window (the fonts make it a few megabytes),
    /// and says how it went with `done`.
    pub(super) fn write_handout_task(
        &self,
        lessons: Option<Vec<usize>>,
        done: fn(Result<String, String>) -> Message,
    ) -> Task<Message> {
        let Some(dir) = self.workshop.documents.clone() else {
            return Task::done(done(Err("no documents folder".to_owned())));
        };
        let content = Arc::clone(&self.content);
        let handout = Handout {
            lang: self.lang,
            country: self.help_country(),
            answers: false,
            lessons,
        };
        Task::perform(
            crate::work::off_thread(move || write_handout(&content, &handout, &dir)),
            move |written| {
                done(written.unwrap_or_else(|| Err("the handout could not be written".to_owned())))
            },
        )
    }
}

impl App {
    /// Writes a certificate for `name`, off the window's thread, into the
    /// documents folder. The name lives only in that file.
    pub(super) fn write_certificate_task(&self, name: String) -> Task<Message> {
        let done =
            |result| Message::Complete(crate::screen::complete::Message::CertificateSaved(result));
        let Some(dir) = self.workshop.documents.clone() else {
            return Task::done(done(Err("no documents folder".to_owned())));
        };
        let content = Arc::clone(&self.content);
        let lang = self.lang;
        let day = self
            .progress
            .finished
            .as_deref()
            .and_then(hifazat_core::review::Day::parse)
            .unwrap_or_else(hifazat_core::review::Day::today);
        Task::perform(
            crate::work::off_thread(move || {
                let words = hifazat_core::i18n::Words {
                    i18n: &content.i18n,
                    lang,
                };
                let html = export::certificate(&words, &name, &day.in_words(&words));
                write_file(&dir, "hifazat-certificate.html", &html)
            }),
            move |written| {
                done(
                    written
                        .unwrap_or_else(|| Err("the certificate could not be written".to_owned())),
                )
            },
        )
    }
}

/// The handout in `dir`, as `folder/file` for the facilitator to find.
fn write_handout(
    content: &Content,
    handout: &Handout,
    dir: &std::path::Path,
) -> Result<String, String> {
    let file = format!("hifazat-handout-{}.html", handout.lang.code());
    write_file(dir, &file, &export::handout(content, handout))
}

/// Writes `html` as `file` in `dir`; says where, as `folder/file`, for the
/// reader to find. The name is fixed, so the file there is our own earlier
/// one: replaced, atomically, but a link or a folder in its place is refused.
fn write_file(dir: &std::path::Path, file: &str, html: &str) -> Result<String, String> {
    std::fs::create_dir_all(dir)
        .and_then(|()| export::save(&dir.join(file), html, Existing::ReplaceFile))
        .map_err(|error| error.to_string())?;
    let folder = dir
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(format!("{folder}/{file}"))
}
