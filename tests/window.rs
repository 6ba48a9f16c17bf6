//! The window fits the screen it opens on, and opens where the reader left
//! it. The window system is played by the test: it says the window opened
//! and what screen it is on, as iced would, and the app's requests
//! (resize, move) are read back from the tasks it returns.

mod common;

use common::Journey;
use hifazat::app::{Config, Message, WindowEvent};
use hifazat_core::i18n::Lang;
use hifazat_core::settings::WindowPlace;
use hifazat_core::store::Store;
use iced::{Point, Size};

fn at_home(dir: &std::path::Path) -> Journey {
    Journey::boot(Config {
        lang: Some(Lang::Ur),
        store: Store::open(dir).expect("the data folder opens"),
        ..Config::default()
    })
}

/// What iced says when the window has opened on a screen of `screen`.
fn opens_on(journey: &mut Journey, screen: Size) {
    let settings = journey.opened.last().expect("a window was opened").clone();
    let id = journey.app.main_window_id().expect("the main window");
    let size = settings.size;
    let at = Point::new(
        (screen.width - size.width) / 2.0,
        (screen.height - size.height) / 2.0,
    );
    journey.update(Message::Window(WindowEvent::Opened {
        id,
        at: Some(at),
        size,
    }));
    // The app asks for the screen; this is iced's answer.
    journey.update(Message::Window(WindowEvent::Screen {
        id,
        screen: Some(screen),
        at: Some(at),
        size,
    }));
}

#[test]
fn the_first_window_fits_a_laptop_and_a_netbook() {
    for (screen, size, place) in [
        (Size::new(1366.0, 768.0), "resize 1229x691", "move 69,39"),
        (Size::new(1024.0, 600.0), "resize 922x540", "move 51,30"),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut journey = at_home(dir.path());
        let first = journey.opened[0].size;
        assert!(
            first.width <= 1024.0 && first.height <= 600.0,
            "it opens small enough for any screen: {first:?}"
        );
        opens_on(&mut journey, screen);
        assert_eq!(
            journey.window_requests,
            ["open", "which screen?", size, place],
            "{screen:?}"
        );
    }
}

#[test]
fn the_window_opens_again_where_the_reader_left_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut journey = at_home(dir.path());
    opens_on(&mut journey, Size::new(1366.0, 768.0));
    let id = journey.app.main_window_id().expect("the main window");
    journey.update(Message::Window(WindowEvent::Resized(
        id,
        Size::new(1100.0, 650.0),
    )));
    journey.update(Message::Window(WindowEvent::Moved(
        id,
        Point::new(30.0, 12.0),
    )));
    journey.update(Message::Window(WindowEvent::Closed(id)));
    assert!(journey.exited, "closing the main window quits");
    drop(journey);

    let mut again = at_home(dir.path());
    assert_eq!(
        again.app.settings().window,
        Some(WindowPlace {
            width: 1100,
            height: 650,
            x: 30,
            y: 12
        })
    );
    let opened = &again.opened[0];
    assert_eq!(opened.size, Size::new(1100.0, 650.0));
    assert!(
        matches!(opened.position, iced::window::Position::Specific(at) if at == Point::new(30.0, 12.0)),
        "{:?}",
        opened.position
    );
    opens_on(&mut again, Size::new(1366.0, 768.0));
    assert_eq!(
        again.window_requests,
        ["open", "which screen?"],
        "it fits: left as it is"
    );
}

#[test]
fn a_kiosk_is_never_fitted_and_keeps_no_window_place() {
    let clock = hifazat_core::kiosk::ManualClock::new();
    let mut journey = Journey::boot(Config {
        kiosk: Some(hifazat_core::kiosk::KioskSetup {
            clock: clock.clock(),
            ..Default::default()
        }),
        ..Config::default()
    });
    assert!(journey.opened[0].fullscreen);
    let id = journey.app.main_window_id().expect("the main window");
    journey.update(Message::Window(WindowEvent::Opened {
        id,
        at: None,
        size: Size::new(1366.0, 768.0),
    }));
    assert_eq!(
        journey.window_requests,
        ["open"],
        "full screen, never fitted"
    );
    journey.update(Message::Window(WindowEvent::Resized(
        id,
        Size::new(1366.0, 768.0),
    )));
    journey.update(Message::Window(WindowEvent::Moved(id, Point::ORIGIN)));
    assert_eq!(journey.app.settings().window, None);
}
