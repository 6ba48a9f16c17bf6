//! Where things are declared in a RON file. The RON parser gives positions
//! only for syntax errors, so problems found after parsing ("lesson 3's
//! answer is not an option") are placed by scanning the text for the
//! structs, in order, outside strings and comments.

use crate::i18n::Lines;
use std::collections::HashMap;

/// The offsets of every `Name(` and `field:` in a RON text, indexed once:
/// a course of N lessons asks for positions about N times, and each
/// answer is a lookup and a binary search, not a pass over the file
/// (which made `check` quadratic in the number of lessons).
pub struct Outline<'a> {
    text: &'a str,
    lines: Lines<'a>,
    /// Offsets of each `name(`, in file order, by name.
    structs: HashMap<&'a str, Vec<usize>>,
    /// The offset of the first `name:`, by name.
    fields: HashMap<&'a str, usize>,
}

impl<'a> Outline<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut structs: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut fields = HashMap::new();
        for (name, offset, follower) in named_starts(text) {
            if follower == b'(' {
                structs.entry(name).or_default().push(offset);
            } else {
                fields.entry(name).or_insert(offset);
            }
        }
        Outline {
            text,
            lines: Lines::new(text),
            structs,
            fields,
        }
    }

    /// Offsets of each `name(`, in file order.
    pub fn starts(&self, name: &str) -> &[usize] {
        self.structs.get(name).map_or(&[], Vec::as_slice)
    }

    /// The offset of the first `name:` field.
    pub fn field(&self, name: &str) -> Option<usize> {
        self.fields.get(name).copied()
    }

    /// The `index`-th `name(` and where the next one (or the text) ends.
    pub fn nth(&self, name: &str, index: usize) -> Option<(usize, usize)> {
        let starts = self.starts(name);
        let start = *starts.get(index)?;
        let end = starts.get(index + 1).copied().unwrap_or(self.text.len());
        Some((start, end))
    }

    /// The `index`-th `inner(` between `start` and `end`.
    pub fn nth_within(
        &self,
        name: &str,
        index: usize,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let all = self.starts(name);
        let from = all.partition_point(|&offset| offset < start);
        let to = all.partition_point(|&offset| offset < end);
        let starts = &all[from..to];
        let first = *starts.get(index)?;
        Some((first, starts.get(index + 1).copied().unwrap_or(end)))
    }

    /// The first `needle` between `start` and `end`, as an offset.
    pub fn find(&self, needle: &str, start: usize, end: usize) -> Option<usize> {
        let end = end.min(self.text.len());
        let start = start.min(end);
        let window = self.text.get(start..end)?;
        window.find(needle).map(|at| start + at)
    }

    /// Line and column (both from 1) of an offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(offset)
    }
}

/// Every identifier followed by `(` or `:`, skipping strings and comments.
fn named_starts(text: &str) -> Vec<(&str, usize, u8)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i + 1),
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_block_comment(bytes, i + 2),
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let mut next = i;
                while next < bytes.len() && bytes[next].is_ascii_whitespace() {
                    next += 1;
                }
                if let Some(&follower @ (b'(' | b':')) = bytes.get(next) {
                    found.push((&text[start..i], start, follower));
                }
            }
            _ => i += 1,
        }
    }
    found
}

/// The offset just after a string whose opening quote was before `i`.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// RON block comments nest.
fn skip_block_comment(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 1;
    while i < bytes.len() && depth > 0 {
        if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
            depth += 1;
            i += 2;
        } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
            depth -= 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    i.min(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structs_in_strings_and_comments_are_not_counted() {
        let text = "// Lesson(\nCourse(lessons: [\n  Lesson(id: \"Lesson(\"), /* Lesson( /* x */ */\n  Lesson (id: \"b\")])";
        let outline = Outline::new(text);
        let lessons = outline.starts("Lesson");
        assert_eq!(lessons.len(), 2);
        assert_eq!(outline.line_col(lessons[0]), (3, 3));
        assert_eq!(outline.line_col(lessons[1]), (4, 3));
        let (start, end) = outline.nth("Lesson", 1).unwrap();
        assert_eq!(
            outline
                .find("\"b\"", start, end)
                .map(|o| outline.line_col(o)),
            Some((4, 15))
        );
        let first_id = outline.field("id").map(|o| outline.line_col(o));
        assert_eq!(first_id, Some((3, 10)));
    }
}
