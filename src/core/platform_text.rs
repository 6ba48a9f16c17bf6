//! Text on its way out of the app, to the window system. winit turns a
//! window title into a C string and panics on a NUL byte; a release build
//! aborts, and since the reader's language is saved first, a pack with a
//! NUL in `app-title` would abort every later start. `hifazat check`
//! refuses such packs, but the boundary does not rely on that.

/// The longest title handed to the window system. Title bars show a few
/// dozen characters; a pack's 4 MB "title" should cost nothing.
const TITLE_CHARS: usize = 200;

/// A window title that any window system takes: control characters gone,
/// runs of white space made one space, at most [`TITLE_CHARS`] characters.
/// `None` when nothing is left (an empty or self-referencing message), so
/// the caller can fall back to the app's name rather than a blank bar.
pub fn window_title(text: &str) -> Option<String> {
    let mut title = String::new();
    let mut chars = 0;
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            pending_space = chars > 0;
            continue;
        }
        let needed = 1 + usize::from(pending_space);
        if chars + needed > TITLE_CHARS {
            break;
        }
        if pending_space {
            title.push(' ');
            pending_space = false;
        }
        title.push(c);
        chars += needed;
    }
    // Bidi marks and isolates are kept: they order a mixed title, and are
    // not control characters to the window system.
    (!title.trim_matches(is_invisible).is_empty()).then_some(title)
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::window_title;

    #[test]
    fn a_nul_byte_and_other_controls_never_reach_the_window_system() {
        let title = window_title("Hifa\0zat\u{7}\u{9b} — home").unwrap();
        assert_eq!(title, "Hifa zat — home");
        assert!(!title.chars().any(char::is_control));
    }

    #[test]
    fn white_space_is_one_space_and_the_ends_are_trimmed() {
        assert_eq!(
            window_title("\n  حفاظت \t\r\n — سبق  ").as_deref(),
            Some("حفاظت — سبق")
        );
    }

    #[test]
    fn a_huge_title_is_cut_to_what_a_title_bar_shows() {
        let title = window_title(&"ح".repeat(4_000_000)).unwrap();
        assert_eq!(title.chars().count(), super::TITLE_CHARS);
        // Found by the `limits` fuzz target: the space before a word
        // once took the title one past the limit.
        let words = window_title(&"ab ".repeat(100_000)).unwrap();
        assert!(
            words.chars().count() <= super::TITLE_CHARS,
            "{}",
            words.len()
        );
        let word_at_the_edge = format!("{} {}", "a".repeat(199), "b");
        assert_eq!(window_title(&word_at_the_edge).unwrap(), "a".repeat(199));
    }

    #[test]
    fn bidi_marks_stay_but_a_title_of_only_marks_is_empty() {
        assert_eq!(
            window_title("\u{200F}Take It Down").as_deref(),
            Some("\u{200F}Take It Down")
        );
        assert_eq!(window_title("\u{2068}\u{2069}"), None);
        assert_eq!(window_title(""), None);
        assert_eq!(window_title("\0\0"), None);
    }
}
