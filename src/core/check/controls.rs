//! Control characters in a pack's text. A NUL in a message that becomes
//! the window title aborts the app inside the windowing library, and
//! other C0 and C1 controls draw as boxes or garble a line; no real
//! message needs one. Tab, line feed and carriage return are how text
//! files are laid out; the bidirectional marks and isolates (U+200E,
//! U+200F, U+2066–U+2069) and joiners that Urdu needs are format
//! characters, not controls, and stay allowed.

/// Whether a character may not appear in a pack's text.
pub fn is_forbidden(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The byte offset and the character of the first forbidden one, if any.
pub fn first(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| is_forbidden(c))
}

/// What to say about one, naming it by its code point (it cannot be shown).
pub fn describe(c: char) -> String {
    format!(
        "has the control character U+{:04X}, which no text may hold (it can stop the app); remove it",
        u32::from(c)
    )
}

/// The first forbidden character a string literal's escapes (`\u0000`,
/// `\U00009B`) produce: Fluent turns them into the character itself.
/// Gives the byte offset of the escape inside `raw`, the literal as
/// written.
pub fn first_escaped(raw: &str) -> Option<(usize, char)> {
    let mut rest = raw.char_indices();
    while let Some((at, c)) = rest.next() {
        if c != '\\' {
            continue;
        }
        let digits = match rest.next() {
            Some((_, 'u')) => 4,
            Some((_, 'U')) => 6,
            _ => continue,
        };
        let hex = raw.get(at + 2..at + 2 + digits)?;
        if let Some(decoded) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            && is_forbidden(decoded)
        {
            return Some((at, decoded));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_found_and_bidi_marks_are_not() {
        assert_eq!(first("Hifa\0zat"), Some((4, '\0')));
        assert_eq!(first("a\u{85}b"), Some((1, '\u{85}')));
        assert_eq!(first("a\u{7f}"), Some((1, '\u{7f}')));
        assert_eq!(
            first("\u{200f}حفاظت\u{2066}x\u{2069}\u{200e}\t\r\n\u{200c}"),
            None
        );
    }

    #[test]
    fn escapes_that_make_controls_are_found() {
        assert_eq!(first_escaped(r"Hifa\u0000zat"), Some((4, '\0')));
        assert_eq!(first_escaped(r"x\U00009B"), Some((1, '\u{9b}')));
        assert_eq!(first_escaped(r"\u200F \\u0000 \u0041"), None);
    }
}
