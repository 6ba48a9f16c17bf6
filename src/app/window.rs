//! The windows: their settings, fitting the first window to the screen it
//! opens on, remembering where the reader left it, and what iced asks of
//! each window (title, theme, scale), which follow what is on top.

use super::layer::Layer;
use super::{App, Message};
use crate::theme::Theme;
use hifazat_core::platform_text;
use hifazat_core::settings::WindowPlace;
use iced::window::{self, Id};
use iced::{Point, Size, Task};

/// The size a window opens at before its screen is known: small enough
/// for a netbook's 1024×600, so nothing is ever off-screen meanwhile.
const FIRST_SIZE: Size = Size::new(960.0, 540.0);

/// The least the top bar and a page's bottom bar need.
pub const SMALLEST: Size = Size::new(800.0, 500.0);

/// How much of its screen a new window takes.
const SHARE: f32 = 0.9;

/// Up to this width everything is drawn at the reader's text size; a wider
/// window (a television on a workshop wall) grows it, so the reading
/// column keeps its length in words.
const WIDEST_AT_TEXT_SIZE: f32 = 1920.0;

/// What the window system said about one of the app's windows.
#[derive(Debug, Clone)]
pub enum WindowEvent {
    Opened {
        id: Id,
        at: Option<Point>,
        size: Size,
    },
    /// The screen a window opened on, once asked.
    Screen {
        id: Id,
        screen: Option<Size>,
        at: Option<Point>,
        size: Size,
    },
    Moved(Id, Point),
    Resized(Id, Size),
    Closed(Id),
}

impl WindowEvent {
    /// The events the app listens to, from iced's.
    pub fn from_iced(id: Id, event: window::Event) -> Option<Message> {
        let event = match event {
            window::Event::Opened { position, size } => WindowEvent::Opened {
                id,
                at: position,
                size,
            },
            window::Event::Moved(at) => WindowEvent::Moved(id, at),
            window::Event::Resized(size) => WindowEvent::Resized(id, size),
            window::Event::Closed => WindowEvent::Closed(id),
            _ => return None,
        };
        Some(Message::Window(event))
    }
}

/// What to do with a window once its screen is known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Placement {
    /// It fits: leave it where the reader put it.
    Keep,
    /// Give it this size, and move it here if a place is known.
    Set { size: Size, at: Option<Point> },
}

/// The size a window takes on a screen of `screen`: most of it, never
/// less than the bars need, never more than the screen.
pub fn fitted(screen: Size) -> Size {
    let share = Size::new(screen.width * SHARE, screen.height * SHARE);
    Size::new(
        share.width.max(SMALLEST.width).min(screen.width).round(),
        share.height.max(SMALLEST.height).min(screen.height).round(),
    )
}

/// Where a window that has just opened at `at` with `size` should be, on
/// a screen of `screen`. `saved` is where the reader left it last time.
pub fn placement(
    screen: Size,
    size: Size,
    at: Option<Point>,
    saved: Option<WindowPlace>,
) -> Placement {
    if let Some(saved) = saved {
        let fits = saved.x >= 0
            && saved.y >= 0
            && saved.x as f32 + saved.width as f32 <= screen.width
            && saved.y as f32 + saved.height as f32 <= screen.height;
        if fits {
            return Placement::Keep;
        }
        // Another, smaller screen than last time: fit it afresh.
        let size = fitted(screen);
        return Placement::Set {
            size,
            at: Some(centred(screen, size)),
        };
    }
    let target = fitted(screen);
    // The window opened centred: keep its centre where it is, which
    // also works on a second monitor, whose origin is not known here.
    let at = at.map(|at| {
        Point::new(
            (at.x + (size.width - target.width) / 2.0).round(),
            (at.y + (size.height - target.height) / 2.0).round(),
        )
    });
    Placement::Set { size: target, at }
}

fn centred(screen: Size, size: Size) -> Point {
    Point::new(
        ((screen.width - size.width) / 2.0).max(0.0).round(),
        ((screen.height - size.height) / 2.0).max(0.0).round(),
    )
}

/// How much larger than the text size a window this wide draws.
pub fn screen_scale(width: f32) -> f32 {
    (width / WIDEST_AT_TEXT_SIZE).clamp(1.0, 2.0)
}

impl App {
    /// The main window, once it is open.
    pub fn main_window_id(&self) -> Option<Id> {
        self.main_window
    }

    pub fn window_title(&self, window: Id) -> String {
        if self.is_notes_window(window) && self.top().title_id() == "app-title" {
            self.safe_title("notes-title")
        } else {
            self.title()
        }
    }

    /// Nothing of the course is named after quick exit.
    pub fn title(&self) -> String {
        self.safe_title(self.top().title_id())
    }

    /// A title the window system takes whatever a pack put in the message.
    /// An empty one falls back to the product's name, except on the quick
    /// exit cover, which must not name the course, so stays blank.
    fn safe_title(&self, id: &str) -> String {
        let text = self.content.i18n.text(self.lang, id);
        platform_text::window_title(&text).unwrap_or_else(|| match self.top() {
            Layer::Neutral(_) => String::new(),
            _ => "Hifazat".to_owned(),
        })
    }

    pub fn window_theme(&self, _window: Id) -> Theme {
        self.theme()
    }

    pub fn window_scale_factor(&self, window: Id) -> f32 {
        if self.is_notes_window(window) {
            self.settings.text_size.scale()
        } else {
            self.scale_factor()
        }
    }

    /// The whole window is scaled by the reader's text size (and, on a
    /// very wide screen, by its width), except where what is on top must
    /// fit the screen as it is (`Layer`).
    pub fn scale_factor(&self) -> f32 {
        if !self.top().follows_text_size() {
            return 1.0;
        }
        let width = self.windows.main_size.map_or(0.0, |size| size.width);
        self.settings.text_size.scale() * screen_scale(width)
    }

    /// Opens the main window where the reader left it, or small and
    /// centred until its screen is known (`WindowEvent::Screen`).
    pub(super) fn open_main_window(&mut self) -> Task<Message> {
        let kiosk = self.is_kiosk();
        let saved = self.settings.window.filter(|_| !kiosk);
        let mut settings = window_settings(kiosk);
        if let Some(saved) = saved {
            settings.size = Size::new(saved.width as f32, saved.height as f32);
            settings.position =
                window::Position::Specific(Point::new(saved.x as f32, saved.y as f32));
        }
        let (id, open) = window::open(settings);
        self.main_window = Some(id);
        open.discard()
    }

    pub(super) fn window_event(&mut self, event: WindowEvent) -> Task<Message> {
        match event {
            // A kiosk is full screen; any other window is fitted to its
            // screen, which iced tells only when asked.
            WindowEvent::Opened { id, .. } if self.is_kiosk() && Some(id) == self.main_window => {
                Task::none()
            }
            WindowEvent::Opened { id, at, size } => window::monitor_size(id).map(move |screen| {
                Message::Window(WindowEvent::Screen {
                    id,
                    screen,
                    at,
                    size,
                })
            }),
            WindowEvent::Screen {
                id,
                screen: Some(screen),
                at,
                size,
            } => {
                let saved = if Some(id) == self.main_window {
                    self.settings.window
                } else {
                    None
                };
                match placement(screen, size, at, saved) {
                    Placement::Keep => Task::none(),
                    Placement::Set { size, at } => {
                        let moved = at.map_or_else(Task::none, |at| window::move_to(id, at));
                        Task::batch([window::resize(id, size), moved])
                    }
                }
            }
            WindowEvent::Screen { screen: None, .. } => Task::none(),
            WindowEvent::Moved(id, at) => {
                if Some(id) == self.main_window {
                    self.windows.main_at = Some(at);
                }
                Task::none()
            }
            WindowEvent::Resized(id, size) => {
                if Some(id) == self.main_window {
                    self.windows.main_size = Some(size);
                }
                Task::none()
            }
            WindowEvent::Closed(id) if Some(id) == self.main_window => {
                // The place is kept for next time as the window closes, not
                // on every step of a drag.
                self.remember_window();
                self.save_if_changed();
                iced::exit()
            }
            WindowEvent::Closed(id) => {
                self.notes_window_closed(id);
                Task::none()
            }
        }
    }

    /// Where the reader has the main window now, into the settings that
    /// are saved (never on a kiosk).
    fn remember_window(&mut self) {
        if self.is_kiosk() {
            return;
        }
        if let (Some(size), Some(at)) = (self.windows.main_size, self.windows.main_at) {
            self.settings.window = Some(WindowPlace {
                width: size.width.round() as u32,
                height: size.height.round() as u32,
                x: at.x.round() as i32,
                y: at.y.round() as i32,
            });
        }
    }
}

/// What the app knows of its main window's size and place.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Windows {
    pub main_size: Option<Size>,
    pub main_at: Option<Point>,
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

/// The notes' own window, for the facilitator's screen; fitted to its
/// screen once open, as the main window is.
pub(super) fn notes_window_settings() -> window::Settings {
    window::Settings {
        size: FIRST_SIZE,
        min_size: Some(SMALLEST),
        position: window::Position::Centered,
        platform_specific: platform_specific(),
        ..window::Settings::default()
    }
}

/// The desktop entry's name (assets/packaging/org.hifazat.Hifazat.desktop)
/// as the window's Wayland app id and X11 class, so a desktop shows the
/// package's icon and name for the running window.
pub const APP_ID: &str = "org.hifazat.Hifazat";

#[cfg(target_os = "linux")]
fn platform_specific() -> window::settings::PlatformSpecific {
    window::settings::PlatformSpecific {
        application_id: APP_ID.to_owned(),
        ..Default::default()
    }
}

#[cfg(not(target_os = "linux"))]
fn platform_specific() -> window::settings::PlatformSpecific {
    window::settings::PlatformSpecific::default()
}

/// The window: an ordinary one at home, small and centred until its
/// screen is known; in a kiosk, fullscreen with no title bar, and a close
/// request does nothing (the staff PIN is the only way out).
pub fn window_settings(kiosk: bool) -> window::Settings {
    let home = window::Settings {
        size: FIRST_SIZE,
        min_size: Some(SMALLEST),
        position: window::Position::Centered,
        platform_specific: platform_specific(),
        ..window::Settings::default()
    };
    if kiosk {
        window::Settings {
            fullscreen: true,
            decorations: false,
            closeable: false,
            minimizable: false,
            exit_on_close_request: false,
            // Above other windows, where a window manager would let
            // Alt+Tab reach them; under cage there are none.
            level: window::Level::AlwaysOnTop,
            ..home
        }
    } else {
        home
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size_on(screen: (f32, f32)) -> Placement {
        let screen = Size::new(screen.0, screen.1);
        // Opened centred at the first size, as a new window is.
        let at = Point::new(
            (screen.width - FIRST_SIZE.width) / 2.0,
            (screen.height - FIRST_SIZE.height) / 2.0,
        );
        placement(screen, FIRST_SIZE, Some(at), None)
    }

    #[test]
    fn a_new_window_takes_most_of_its_screen_and_stays_centred() {
        for (screen, expected) in [
            ((1366.0, 768.0), (1229.0, 691.0)),
            ((1024.0, 600.0), (922.0, 540.0)),
            ((1920.0, 1080.0), (1728.0, 972.0)),
            ((3840.0, 2160.0), (3456.0, 1944.0)),
        ] {
            let Placement::Set { size, at } = size_on(screen) else {
                panic!("a new window is fitted");
            };
            assert_eq!((size.width, size.height), expected, "{screen:?}");
            let at = at.expect("a place");
            assert!(at.x >= 0.0 && at.y >= 0.0, "{screen:?}: {at:?}");
            assert!(at.x + size.width <= screen.0 && at.y + size.height <= screen.1);
            assert!(
                (at.x - (screen.0 - size.width) / 2.0).abs() <= 1.0,
                "centred"
            );
        }
    }

    #[test]
    fn a_tiny_screen_gets_all_of_it_and_never_more() {
        let Placement::Set { size, .. } = size_on((800.0, 480.0)) else {
            panic!("fitted");
        };
        assert_eq!((size.width, size.height), (800.0, 480.0));
    }

    #[test]
    fn where_the_reader_left_it_is_kept_if_it_still_fits() {
        let saved = WindowPlace {
            width: 1200,
            height: 700,
            x: 40,
            y: 20,
        };
        let screen = Size::new(1366.0, 768.0);
        let size = Size::new(1200.0, 700.0);
        assert_eq!(
            placement(screen, size, Some(Point::new(40.0, 20.0)), Some(saved)),
            Placement::Keep
        );
        // The same place on a netbook: fitted and centred instead.
        let netbook = Size::new(1024.0, 600.0);
        assert_eq!(
            placement(netbook, size, None, Some(saved)),
            Placement::Set {
                size: Size::new(922.0, 540.0),
                at: Some(Point::new(51.0, 30.0)),
            }
        );
    }

    #[test]
    fn only_a_screen_wider_than_full_hd_grows_the_text() {
        assert_eq!(screen_scale(1366.0), 1.0);
        assert_eq!(screen_scale(1920.0), 1.0);
        assert_eq!(screen_scale(3456.0), 1.8);
        assert_eq!(screen_scale(8000.0), 2.0);
    }
}
