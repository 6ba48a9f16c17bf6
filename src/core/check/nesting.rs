//! How deeply a Fluent file nests, measured before anything parses it.
//! The Fluent parser, the walks in this crate and the AST's drop all
//! recurse once per level, so a few kilobytes of `{ { { … } } }` or
//! `F(F(F(…)))` would overflow the stack in `check` and at every start.
//! A real message nests two or three levels (a select inside a
//! placeable); a file that goes deeper than [`MAX_NESTING`] is refused
//! whole, at the brace or parenthesis that went too deep.

/// Placeables and call parentheses open at once. Far above any real
/// message, far below what overflows a thread's stack.
pub const MAX_NESTING: usize = 20;

/// The byte offset of the first `{` or `(` that opens level
/// `MAX_NESTING + 1`, if the text goes that deep.
pub fn too_deep(text: &str) -> Option<usize> {
    // What each open level is: a placeable still in its expression, a
    // placeable past `->` (its variants are text), or call parentheses.
    #[derive(Clone, Copy, PartialEq)]
    enum Open {
        Expression,
        Variants,
        Call,
    }
    let bytes = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut at_line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let in_expression = matches!(open.last(), Some(Open::Expression | Open::Call));
        match byte {
            // A comment line (only outside placeables) says nothing.
            b'#' if at_line_start && open.is_empty() => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'{' => open.push(Open::Expression),
            b'(' if in_expression => open.push(Open::Call),
            b')' if open.last() == Some(&Open::Call) => {
                open.pop();
            }
            b'}' => {
                // Closes the innermost placeable and any call left open in it.
                while let Some(level) = open.pop() {
                    if level != Open::Call {
                        break;
                    }
                }
            }
            b'-' if in_expression && bytes.get(i + 1) == Some(&b'>') => {
                if let Some(last) = open.last_mut() {
                    *last = Open::Variants;
                }
                i += 1;
            }
            // String literals may hold braces; they end at their quote or
            // the line.
            b'"' if in_expression => {
                i += 1;
                while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n') {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        if open.len() > MAX_NESTING {
            return Some(i.min(bytes.len().saturating_sub(1)));
        }
        at_line_start = byte == b'\n';
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("m = {}\"x\"{}\n", "{ ".repeat(depth), " }".repeat(depth))
    }

    #[test]
    fn real_messages_pass_and_deep_ones_stop_at_the_level_too_many() {
        assert_eq!(too_deep(&nested(MAX_NESTING)), None);
        let deep = nested(MAX_NESTING + 1);
        assert_eq!(too_deep(&deep), Some(4 + 2 * MAX_NESTING));
        let select = "m = { $n ->\n    [one] { -t(a: \"{\") } (x\n   *[other] { NUMBER($n) }\n}\n";
        assert_eq!(too_deep(select), None);
    }

    #[test]
    fn calls_count_and_comments_and_strings_do_not() {
        let calls = format!("m = {{ {}1{} }}\n", "F(".repeat(30), ")".repeat(30));
        assert!(too_deep(&calls).is_some());
        let comment = format!("# {}\nm = x\n", "{".repeat(100));
        assert_eq!(too_deep(&comment), None);
        let string = format!("m = {{ \"{}\" }}\n", "{".repeat(100));
        assert_eq!(too_deep(&string), None);
        // Text in variants is text: parentheses there open nothing.
        let text = format!("m = {{ $n ->\n *[other] {}\n}}\n", "(".repeat(100));
        assert_eq!(too_deep(&text), None);
    }
}
