/// 1-based line and column of a byte offset, for `file:line:column` messages.
pub fn line_col(text: &str, byte_offset: usize) -> (usize, usize) {
    let offset = byte_offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Where the last definition of `id` starts in a file (a duplicate is the
/// later one), found by looking for a line that begins with the id.
pub fn message_position(text: &str, id: &str) -> (usize, usize) {
    let line = text
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(index, _)| index + 1)
        .last()
        .unwrap_or(1);
    (line, 1)
}

/// Where every line of a text starts, so that many positions in one
/// file cost a binary search each instead of a count from the start (which
/// made checking a large pack quadratic).
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Lines { text, starts }
    }

    /// Line and column (both from 1, the column in characters) of a byte
    /// offset, as [`line_col`] gives them.
    pub fn line_col(&self, byte_offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, byte_offset.min(self.text.len()));
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// The offset of `part` in the text, when it is a slice of it (as the
    /// Fluent parser's ids and text are).
    pub fn offset_of(&self, part: &str) -> Option<usize> {
        let start = self.text.as_ptr() as usize;
        let at = (part.as_ptr() as usize).checked_sub(start)?;
        (at + part.len() <= self.text.len()).then_some(at)
    }
}

#[cfg(test)]
mod tests {
    use super::{Lines, line_col};

    #[test]
    fn the_line_index_agrees_with_counting() {
        let text = "ab\nاب\n\nج x\n";
        let lines = Lines::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(lines.line_col(offset), line_col(text, offset), "{offset}");
        }
        assert_eq!(lines.offset_of(&text[3..5]), Some(3));
        assert_eq!(lines.offset_of("elsewhere"), None);
    }

    #[test]
    fn counts_lines_and_characters_from_one() {
        assert_eq!(line_col("abc", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("اب\nج", 5), (2, 1));
    }
}
