//! A Fluent escape the parser cannot survive. fluent-syntax 0.12, reading
//! a `\u` (or `\U`) escape with too few hexadecimal digits, quotes the
//! escape one byte past the digits for its error message; when that byte
//! begins a letter such as `é` or an Urdu one, the slice splits the letter
//! and the parser panics, so `check` and the app's start both abort
//! (`b = { "\uéééé" }`). Found by the `limits` fuzz target. Such a file is
//! refused before the parser sees it.

/// The byte offset of the first `\u` or `\U` whose run of hexadecimal
/// digits stops short at a byte that is not ASCII.
///
/// Looked for anywhere in the file, not only in string literals: `\u`
/// followed by a non-ASCII letter in ordinary text is vanishingly rare,
/// and refusing it there too is safer than guessing where the parser
/// thinks a literal starts.
pub fn parser_trap(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match bytes[i + 1] {
            b'u' => 4,
            b'U' => 6,
            // An escaped backslash (`\\u`) is not an escape of `u`.
            _ => {
                i += 2;
                continue;
            }
        };
        let start = i + 2;
        let hex = bytes[start..]
            .iter()
            .take(digits)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        if hex < digits && bytes.get(start + hex).is_some_and(|b| !b.is_ascii()) {
            return Some(i);
        }
        i = start + hex;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::parser_trap;

    #[test]
    fn a_short_escape_before_a_letter_beyond_ascii_is_found() {
        assert_eq!(parser_trap("b = { \"\\uéééé\" }"), Some(7));
        assert_eq!(parser_trap("b = { \"\\U12ح\" }"), Some(7));
        assert_eq!(parser_trap("\\u"), None);
    }

    #[test]
    fn whole_escapes_short_ascii_ones_and_escaped_backslashes_pass() {
        assert_eq!(parser_trap("b = { \"\\u00e9\\U01F600\" } é"), None);
        // Too short, but the parser reports these without a panic.
        assert_eq!(parser_trap("b = { \"\\u12\" }"), None);
        assert_eq!(parser_trap("b = { \"\\\\uéé\" }"), None);
    }

    /// The parser itself survives short escapes that end in ASCII.
    #[test]
    fn the_parser_survives_whatever_is_let_through() {
        for text in [
            "b = { \"\\u12\" }",
            "b = { \"\\u00e9\" }",
            "b = { \"\\uzz\" }",
        ] {
            assert_eq!(parser_trap(text), None);
            drop(fluent_syntax::parser::parse(text));
        }
    }
}
