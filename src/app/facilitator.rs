//! The root's side of facilitator mode: the workshop plan, the slides,
//! and saving a handout to print.

use super::{App, Screen};
use crate::export::{self, Handout};
use crate::presenter::{Agenda, Deck, Presenter};
use crate::screen::presenter::{agenda, slides};

impl App {
    /// Whether the room sees slides: no bar, the presenter's keys.
    pub fn is_presenting(&self) -> bool {
        !self.quick_exit && self.overlay.is_none() && matches!(self.screen, Screen::Presenting(_))
    }

    pub(super) fn agenda(&mut self, message: agenda::Message) {
        let Screen::Agenda(state) = &mut self.screen else {
            return;
        };
        match state.update(message) {
            agenda::Action::None => {}
            agenda::Action::Start => {
                let deck = Deck::new(&self.content.course, &state.agenda);
                self.screen = Screen::Presenting(Presenter::new(deck));
            }
            agenda::Action::Export => {
                let result = self.save_handout();
                if let Screen::Agenda(state) = &mut self.screen {
                    state.exported = Some(result);
                }
            }
            agenda::Action::Home => self.screen = Screen::Home,
        }
    }

    pub(super) fn slides(&mut self, message: slides::Message) {
        let Screen::Presenting(presenter) = &mut self.screen else {
            return;
        };
        match message {
            slides::Message::Next => presenter.next(),
            slides::Message::Back => presenter.back(),
            slides::Message::Reveal => presenter.reveal(),
            slides::Message::LessonStart => presenter.lesson_start(),
            slides::Message::LessonEnd => presenter.lesson_end(),
            slides::Message::Blank => presenter.toggle_blank(),
            // With the notes in their own window, the projector keeps
            // showing the slide.
            slides::Message::Notes if self.notes_window.is_some() => {}
            slides::Message::Notes => presenter.toggle_notes(),
            slides::Message::ToAgenda => {
                let agenda = Agenda::whole_course(&self.content.course);
                self.screen = Screen::Agenda(agenda::State::new(agenda));
            }
        }
    }

    /// The help directory's country for handouts and notes.
    pub(super) fn help_country(&self) -> String {
        self.content.help.default_country(self.region.as_deref())
    }

    /// Writes today's handout, in the reader's language, to the documents
    /// folder; the path written, or why not.
    fn save_handout(&self) -> Result<String, String> {
        let dir = self
            .documents
            .as_deref()
            .ok_or_else(|| "no documents folder".to_owned())?;
        let path = dir.join(format!("hifazat-handout-{}.html", self.lang.code()));
        let handout = Handout {
            lang: self.lang,
            country: self.help_country(),
            answers: false,
        };
        std::fs::create_dir_all(dir)
            .and_then(|()| std::fs::write(&path, export::handout(&self.content, &handout)))
            .map(|()| path.display().to_string())
            .map_err(|error| error.to_string())
    }
}
