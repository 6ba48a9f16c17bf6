//! The windows: their settings, and what iced asks of each one (title,
//! theme, scale), which follow what is on top.

use super::{App, Message};
use crate::theme::Theme;
use iced::Task;

impl App {
    pub fn window_title(&self, window: iced::window::Id) -> String {
        if self.is_notes_window(window) && self.top().title_id() == "app-title" {
            self.content.i18n.text(self.lang, "notes-title")
        } else {
            self.title()
        }
    }

    /// Nothing of the course is named after quick exit.
    pub fn title(&self) -> String {
        self.content.i18n.text(self.lang, self.top().title_id())
    }

    pub fn window_theme(&self, _window: iced::window::Id) -> Theme {
        self.theme()
    }

    pub fn window_scale_factor(&self, window: iced::window::Id) -> f32 {
        if self.is_notes_window(window) {
            self.settings.text_size.scale()
        } else {
            self.scale_factor()
        }
    }

    /// The whole window is scaled by the reader's text size, except where
    /// what is on top must fit the screen as it is (`Layer`).
    pub fn scale_factor(&self) -> f32 {
        if self.top().follows_text_size() {
            self.settings.text_size.scale()
        } else {
            1.0
        }
    }

    /// The main window closing quits; the notes window may come and go.
    pub(super) fn window_closed(&mut self, window: iced::window::Id) -> Task<Message> {
        if Some(window) == self.main_window {
            return iced::exit();
        }
        self.notes_window_closed(window);
        Task::none()
    }
}

/// Settings that load the bundled fonts, for the window and for tests.
pub fn iced_settings() -> iced::Settings {
    iced::Settings {
        fonts: crate::fonts::ALL
            .iter()
            .map(|font| (*font).into())
            .collect(),
        default_font: crate::fonts::SANS,
        ..iced::Settings::default()
    }
}

/// The notes' own window, for the facilitator's screen.
pub(super) fn notes_window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: iced::Size::new(900.0, 760.0),
        ..iced::window::Settings::default()
    }
}

/// The window: an ordinary one at home; in a kiosk, fullscreen with no
/// title bar, and a close request does nothing (the staff PIN is the only
/// way out).
pub fn window_settings(kiosk: bool) -> iced::window::Settings {
    let home = iced::window::Settings {
        size: iced::Size::new(1280.0, 860.0),
        position: iced::window::Position::Centered,
        ..iced::window::Settings::default()
    };
    if kiosk {
        iced::window::Settings {
            fullscreen: true,
            decorations: false,
            closeable: false,
            minimizable: false,
            exit_on_close_request: false,
            // Above other windows, where a window manager would let
            // Alt+Tab reach them; under cage there are none.
            level: iced::window::Level::AlwaysOnTop,
            ..home
        }
    } else {
        home
    }
}
