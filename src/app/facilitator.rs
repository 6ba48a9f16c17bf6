//! The root's side of facilitator mode: the workshop plan, the slides in
//! full screen, the notes (in place, or in a window of their own for a
//! second screen), and saving a handout to print.

use super::{App, Screen};
use crate::screen::presenter::{agenda, notes, slides};
use hifazat_core::export::{self, Handout};
use hifazat_core::presenter::{Deck, Presenter, Slide};
use iced::window;

impl App {
    /// Whether the slides are up: no bar, and the presenter's keys (also
    /// with help or settings open over them, so B never picks a choice).
    pub fn is_presenting(&self) -> bool {
        !self.quick_exit && matches!(self.screen, Screen::Presenting(_))
    }

    /// The lesson on the slides, for the notes.
    pub(super) fn lesson_on_slides(&self) -> Option<usize> {
        match &self.screen {
            Screen::Presenting(presenter) => presenter.slide().lesson(),
            _ => None,
        }
    }

    pub(super) fn open_agenda(&mut self) {
        self.screen = Screen::Agenda(agenda::State::new(self.workshop.clone()));
    }

    pub(super) fn agenda(&mut self, message: agenda::Message) {
        let Screen::Agenda(state) = &mut self.screen else {
            return;
        };
        match state.update(message) {
            agenda::Action::None => {}
            agenda::Action::Start => {
                self.workshop = state.agenda.clone();
                let deck = Deck::new(&self.content.course, &self.workshop);
                self.screen = Screen::Presenting(Presenter::new(deck));
                self.set_full_screen(true);
            }
            agenda::Action::Export => {
                self.workshop = state.agenda.clone();
                let result = self.save_handout();
                if let Screen::Agenda(state) = &mut self.screen {
                    state.exported = Some(result);
                }
            }
            agenda::Action::NotesWindow => self.open_notes_window(),
            agenda::Action::Home => {
                self.workshop = state.agenda.clone();
                self.screen = Screen::Home;
            }
        }
    }

    pub(super) fn slides(&mut self, message: slides::Message) {
        let notes_window = self.notes_window.is_some();
        let Screen::Presenting(presenter) = &mut self.screen else {
            return;
        };
        match message {
            // After the last slide, "next" is back to the plan.
            slides::Message::Next if presenter.slide() == Slide::End => self.leave_slides(),
            slides::Message::Next => presenter.next(),
            slides::Message::Back => presenter.back(),
            slides::Message::Reveal => presenter.reveal(),
            slides::Message::LessonStart => presenter.lesson_start(),
            slides::Message::LessonEnd => presenter.lesson_end(),
            slides::Message::Blank => presenter.toggle_blank(),
            // With the notes in their own window, the projector keeps
            // showing the slide.
            slides::Message::Notes if notes_window => {}
            slides::Message::Notes => presenter.toggle_notes(),
            slides::Message::ToAgenda => self.leave_slides(),
        }
    }

    pub(super) fn notes(&mut self, message: notes::Message) {
        match message {
            notes::Message::Close => {
                if let Screen::Presenting(presenter) = &mut self.screen {
                    presenter.notes = false;
                }
            }
            notes::Message::ToAgenda if self.is_presenting() => self.leave_slides(),
            notes::Message::ToAgenda => {}
        }
    }

    fn leave_slides(&mut self) {
        self.open_agenda();
        self.set_full_screen(false);
    }

    fn open_notes_window(&mut self) {
        match self.notes_window {
            // Already open, perhaps behind another window.
            Some(id) => self.effects.push(window::gain_focus(id)),
            None => {
                let (id, open) = window::open(super::notes_window_settings());
                self.notes_window = Some(id);
                self.effects.push(open.discard());
            }
        }
    }

    /// The projector shows the slides edge to edge; the plan is an
    /// ordinary window again. (A kiosk is always full screen.)
    fn set_full_screen(&mut self, full: bool) {
        if let Some(main) = self.main_window.filter(|_| !self.is_kiosk()) {
            let mode = if full {
                window::Mode::Fullscreen
            } else {
                window::Mode::Windowed
            };
            self.effects.push(window::set_mode(main, mode));
        }
    }

    /// The help directory's country for handouts and notes.
    pub(super) fn help_country(&self) -> String {
        self.content.help.default_country(self.region.as_deref())
    }

    /// Writes today's lessons as a handout, in the language on screen, to
    /// the documents folder. Says where by the file and its folder only:
    /// the plan may be on a projector, and a full path names the account.
    fn save_handout(&self) -> Result<String, String> {
        let dir = self
            .documents
            .as_deref()
            .ok_or_else(|| "no documents folder".to_owned())?;
        let file = format!("hifazat-handout-{}.html", self.lang.code());
        let handout = Handout {
            lang: self.lang,
            country: self.help_country(),
            answers: false,
            lessons: Some(self.workshop.lessons().to_vec()),
        };
        std::fs::create_dir_all(dir)
            .and_then(|()| {
                std::fs::write(dir.join(&file), export::handout(&self.content, &handout))
            })
            .map_err(|error| error.to_string())?;
        let folder = dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(format!("{folder}/{file}"))
    }
}
