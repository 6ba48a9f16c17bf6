//! The keyboard map: which key does what, with arrows mirrored for
//! right-to-left languages. Pure, so it is tested without a window.

use hifazat_core::i18n::Direction;
use iced::keyboard::key::{Named, Physical};
use iced::keyboard::{Key, Modifiers};

/// What a key asks for. Each screen decides what it means there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Escape: replace the screen with a neutral one at once.
    QuickExit,
    /// Forward in reading order (PageDown, or the arrow pointing the way the
    /// text runs).
    Next,
    /// Backward in reading order.
    Back,
    /// Enter: the screen's main button.
    Confirm,
    /// 1–9 (0 for the tenth) or A–I: choose the n-th option (0-based).
    Choose(usize),
    /// F1 or ?: the list of keys.
    ShowKeys,
    /// F2: where to get help.
    Help,
    /// F3: settings.
    Settings,
    /// Home: the start of the lesson (presenter).
    LessonStart,
    /// End: the end of the lesson (presenter).
    LessonEnd,
    /// B or .: blank the projected screen, or show it again (presenter).
    Blank,
    /// N: the facilitator's notes (presenter).
    Notes,
    /// L: listen to the page, pause, or go on.
    Listen,
    /// S: stop listening.
    StopListening,
    /// Ctrl+Alt+Shift+K: the kiosk's staff exit (ignored outside a kiosk,
    /// and in a kiosk with no exit PIN).
    StaffExit,
}

/// Which keys mean what: a reader's, or a facilitator's clicker while the
/// slides are up (see `app::Layer::keymap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keymap {
    Reader,
    Presenter,
}

impl Keymap {
    pub fn action(
        self,
        key: &Key,
        physical: Physical,
        modifiers: Modifiers,
        direction: Direction,
    ) -> Option<KeyAction> {
        match self {
            Keymap::Reader => action(key, physical, modifiers, direction),
            Keymap::Presenter => presenter_action(key, physical, modifiers, direction),
        }
    }
}

/// What a key press asks for. `physical` is where the key sits on the
/// keyboard: with an Urdu layout the A key types an Urdu letter, and the
/// shortcut still works.
pub fn action(
    key: &Key,
    physical: Physical,
    modifiers: Modifiers,
    direction: Direction,
) -> Option<KeyAction> {
    // Quick exit works whatever else is held down.
    if *key == Key::Named(Named::Escape) {
        return Some(KeyAction::QuickExit);
    }
    if modifiers.control() && modifiers.alt() && modifiers.shift() {
        // By key position, so the chord is the same on an Urdu layout.
        let is_k = key
            .to_latin(physical)
            .is_some_and(|c| c.eq_ignore_ascii_case(&'k'));
        return is_k.then_some(KeyAction::StaffExit);
    }
    if modifiers.control() || modifiers.alt() || modifiers.logo() {
        return None;
    }
    let rtl = direction == Direction::RightToLeft;
    match key {
        Key::Named(Named::Enter) => Some(KeyAction::Confirm),
        Key::Named(Named::PageDown) => Some(KeyAction::Next),
        Key::Named(Named::PageUp) | Key::Named(Named::Backspace) => Some(KeyAction::Back),
        Key::Named(Named::F1) => Some(KeyAction::ShowKeys),
        Key::Named(Named::F2) => Some(KeyAction::Help),
        Key::Named(Named::F3) => Some(KeyAction::Settings),
        Key::Character(c) if matches!(c.as_str(), "?" | "؟") => Some(KeyAction::ShowKeys),
        // By key position, so an Urdu layout's letter there works too.
        Key::Character(_) if latin_is(key, physical, 'l') => Some(KeyAction::Listen),
        Key::Character(_) if latin_is(key, physical, 's') => Some(KeyAction::StopListening),
        Key::Named(Named::ArrowRight) => Some(if rtl {
            KeyAction::Back
        } else {
            KeyAction::Next
        }),
        Key::Named(Named::ArrowLeft) => Some(if rtl {
            KeyAction::Next
        } else {
            KeyAction::Back
        }),
        Key::Character(c) => choice(c.as_str())
            .or_else(|| {
                key.to_latin(physical)
                    .and_then(|latin| choice(latin.encode_utf8(&mut [0; 4])))
            })
            .map(KeyAction::Choose),
        _ => None,
    }
}

/// The presenter's keys, as presentation software and clickers use them:
/// PageDown, Space, Enter and the forward arrow go on; PageUp, Backspace
/// and the back arrow go back; B or . blanks; Home and End; N for notes.
pub fn presenter_action(
    key: &Key,
    physical: Physical,
    modifiers: Modifiers,
    direction: Direction,
) -> Option<KeyAction> {
    presenter_only(key, physical, modifiers).or_else(|| {
        // Esc, the page keys and arrows as everywhere else; Enter goes on.
        match action(key, physical, modifiers, direction)? {
            action @ (KeyAction::QuickExit
            | KeyAction::Next
            | KeyAction::Back
            | KeyAction::ShowKeys
            | KeyAction::Help) => Some(action),
            KeyAction::Confirm => Some(KeyAction::Next),
            _ => None,
        }
    })
}

/// The keys only the presenter has. B and N by key position, and the full
/// stop too: on an Urdu layout it types ۔.
fn presenter_only(key: &Key, physical: Physical, modifiers: Modifiers) -> Option<KeyAction> {
    if modifiers.control() || modifiers.alt() || modifiers.logo() {
        return None;
    }
    let is_period = physical == Physical::Code(iced::keyboard::key::Code::Period);
    let latin = key.to_latin(physical).map(|c| c.to_ascii_lowercase());
    match key {
        Key::Named(Named::Space) => Some(KeyAction::Next),
        Key::Named(Named::Home) => Some(KeyAction::LessonStart),
        Key::Named(Named::End) => Some(KeyAction::LessonEnd),
        Key::Character(c) if matches!(c.as_str(), "." | "۔") || is_period => {
            Some(KeyAction::Blank)
        }
        Key::Character(_) if latin == Some('b') => Some(KeyAction::Blank),
        Key::Character(_) if latin == Some('n') => Some(KeyAction::Notes),
        _ => None,
    }
}

fn latin_is(key: &Key, physical: Physical, letter: char) -> bool {
    key.to_latin(physical)
        .is_some_and(|c| c.eq_ignore_ascii_case(&letter))
}

fn choice(c: &str) -> Option<usize> {
    let mut chars = c.chars();
    let (first, None) = (chars.next()?, chars.next()) else {
        return None;
    };
    match first {
        '1'..='9' => Some(first as usize - '1' as usize),
        '0' => Some(9),
        // Urdu (Extended Arabic-Indic) and Arabic-Indic digits.
        '۱'..='۹' => Some(first as usize - '۱' as usize),
        '١'..='٩' => Some(first as usize - '١' as usize),
        '۰' | '٠' => Some(9),
        'a'..='i' => Some(first as usize - 'a' as usize),
        'A'..='I' => Some(first as usize - 'A' as usize),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: Key, direction: Direction) -> Option<KeyAction> {
        action(&key, unidentified(), Modifiers::default(), direction)
    }

    fn unidentified() -> Physical {
        Physical::Unidentified(iced::keyboard::key::NativeCode::Unidentified)
    }

    #[test]
    fn arrows_follow_the_reading_direction() {
        let right = Key::Named(Named::ArrowRight);
        let left = Key::Named(Named::ArrowLeft);
        assert_eq!(
            press(right.clone(), Direction::LeftToRight),
            Some(KeyAction::Next)
        );
        assert_eq!(press(right, Direction::RightToLeft), Some(KeyAction::Back));
        assert_eq!(press(left, Direction::RightToLeft), Some(KeyAction::Next));
        assert_eq!(
            press(Key::Named(Named::PageDown), Direction::RightToLeft),
            Some(KeyAction::Next)
        );
    }

    #[test]
    fn numbers_and_letters_choose_options() {
        assert_eq!(
            press(Key::Character("1".into()), Direction::LeftToRight),
            Some(KeyAction::Choose(0))
        );
        assert_eq!(
            press(Key::Character("c".into()), Direction::LeftToRight),
            Some(KeyAction::Choose(2))
        );
        assert_eq!(
            press(Key::Character("D".into()), Direction::RightToLeft),
            Some(KeyAction::Choose(3))
        );
        assert_eq!(
            press(Key::Character("0".into()), Direction::LeftToRight),
            Some(KeyAction::Choose(9))
        );
        assert_eq!(
            press(Key::Character("?".into()), Direction::RightToLeft),
            Some(KeyAction::ShowKeys)
        );
        assert_eq!(
            press(Key::Character("ab".into()), Direction::LeftToRight),
            None
        );
    }

    #[test]
    fn shortcuts_with_control_are_left_alone() {
        assert_eq!(
            action(
                &Key::Character("c".into()),
                unidentified(),
                Modifiers::CTRL,
                Direction::LeftToRight
            ),
            None
        );
        assert_eq!(
            action(
                &Key::Named(Named::Escape),
                unidentified(),
                Modifiers::CTRL | Modifiers::ALT,
                Direction::RightToLeft
            ),
            Some(KeyAction::QuickExit)
        );
    }

    #[test]
    fn a_clicker_drives_the_presenter() {
        let p = |key: Key, direction| {
            presenter_action(&key, unidentified(), Modifiers::default(), direction)
        };
        let ltr = Direction::LeftToRight;
        assert_eq!(p(Key::Named(Named::PageDown), ltr), Some(KeyAction::Next));
        assert_eq!(p(Key::Named(Named::Space), ltr), Some(KeyAction::Next));
        assert_eq!(p(Key::Named(Named::Enter), ltr), Some(KeyAction::Next));
        assert_eq!(p(Key::Named(Named::PageUp), ltr), Some(KeyAction::Back));
        assert_eq!(
            p(Key::Named(Named::ArrowLeft), Direction::RightToLeft),
            Some(KeyAction::Next)
        );
        assert_eq!(p(Key::Character("b".into()), ltr), Some(KeyAction::Blank));
        assert_eq!(p(Key::Character(".".into()), ltr), Some(KeyAction::Blank));
        assert_eq!(p(Key::Character("N".into()), ltr), Some(KeyAction::Notes));
        assert_eq!(
            p(Key::Named(Named::Home), ltr),
            Some(KeyAction::LessonStart)
        );
        assert_eq!(p(Key::Named(Named::End), ltr), Some(KeyAction::LessonEnd));
        assert_eq!(
            p(Key::Character("1".into()), ltr),
            None,
            "no answers from the keyboard"
        );
        assert_eq!(
            p(Key::Character("۔".into()), ltr),
            Some(KeyAction::Blank),
            "the Urdu full stop"
        );
        assert_eq!(
            p(Key::Character("?".into()), ltr),
            Some(KeyAction::ShowKeys)
        );
        let b_on_urdu_layout = presenter_action(
            &Key::Character("ب".into()),
            Physical::Code(iced::keyboard::key::Code::KeyB),
            Modifiers::default(),
            Direction::RightToLeft,
        );
        assert_eq!(b_on_urdu_layout, Some(KeyAction::Blank));
        assert_eq!(
            p(Key::Named(Named::Escape), ltr),
            Some(KeyAction::QuickExit)
        );
    }

    #[test]
    fn the_staff_exit_needs_all_three_modifiers() {
        use iced::keyboard::key::Code;
        let all = Modifiers::CTRL | Modifiers::ALT | Modifiers::SHIFT;
        let k = |key: &str, code: Code, modifiers: Modifiers| {
            action(
                &Key::Character(key.into()),
                Physical::Code(code),
                modifiers,
                Direction::RightToLeft,
            )
        };
        assert_eq!(k("K", Code::KeyK, all), Some(KeyAction::StaffExit));
        // On an Urdu layout the K key types ک; its position still counts.
        assert_eq!(k("ک", Code::KeyK, all), Some(KeyAction::StaffExit));
        assert_eq!(k("k", Code::KeyK, Modifiers::CTRL | Modifiers::ALT), None);
        assert_eq!(k("J", Code::KeyJ, all), None);
    }

    #[test]
    fn shortcuts_work_with_an_urdu_keyboard_layout() {
        use iced::keyboard::key::Code;
        // The A key on an Urdu layout types ا.
        let a = action(
            &Key::Character("ا".into()),
            Physical::Code(Code::KeyA),
            Modifiers::default(),
            Direction::RightToLeft,
        );
        assert_eq!(a, Some(KeyAction::Choose(0)));
        assert_eq!(
            press(Key::Character("۳".into()), Direction::RightToLeft),
            Some(KeyAction::Choose(2))
        );
        assert_eq!(
            press(Key::Character("؟".into()), Direction::RightToLeft),
            Some(KeyAction::ShowKeys)
        );
    }
}
