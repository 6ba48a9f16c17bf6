//! What one Fluent message or term holds beyond its variables: how much
//! text, which other messages and terms each part refers to, and any
//! escape that would produce a control character. Read from the parsed
//! file, whose nesting `nesting` has already bounded, so the walk's
//! recursion is shallow.

use super::controls;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// Bytes of text in one message: its value and every attribute together.
/// The longest built-in message is 1,365 bytes (a scenario question in
/// Urdu with its options and answer); this is six times that, and far
/// below the megabytes that made the app use over a gigabyte to lay a
/// text out.
pub const MAX_MESSAGE_BYTES: usize = 8 * 1024;

/// What a walk over one pattern found.
#[derive(Default)]
pub struct Found<'s> {
    /// Bytes of text and string literals, in every variant.
    pub length: usize,
    /// The messages and terms referred to, as graph nodes: `id`,
    /// `id.attribute`, `-term`, `-term.attribute`.
    pub references: Vec<String>,
    /// How many placeables and calls deep the pattern goes: what
    /// formatting it costs the stack, before the references it follows.
    pub depth: usize,
    /// The level the walk is at.
    level: usize,
    /// The first string literal whose escapes make a control character:
    /// the literal as written (a slice of the file), where in it, and the
    /// character.
    pub escaped_control: Option<(&'s str, usize, char)>,
}

/// Walks one pattern (a value or an attribute's).
pub fn walk<'s>(pattern: &Pattern<&'s str>) -> Found<'s> {
    let mut found = Found::default();
    found.pattern(pattern);
    found
}

impl<'s> Found<'s> {
    fn pattern(&mut self, pattern: &Pattern<&'s str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => self.length += value.len(),
                PatternElement::Placeable { expression } => {
                    self.deeper(|found| found.expression(expression))
                }
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&'s str>) {
        match expression {
            Expression::Inline(inline) => self.inline(inline),
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&'s str>) {
        match inline {
            InlineExpression::StringLiteral { value } => {
                self.length += value.len();
                if self.escaped_control.is_none()
                    && let Some((at, c)) = controls::first_escaped(value)
                {
                    self.escaped_control = Some((value, at, c));
                }
            }
            InlineExpression::MessageReference { id, attribute } => {
                self.references.push(node("", id.name, attribute));
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.references.push(node("-", id.name, attribute));
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                self.deeper(|found| found.arguments(arguments));
            }
            InlineExpression::Placeable { expression } => {
                self.deeper(|found| found.expression(expression));
            }
            InlineExpression::NumberLiteral { .. } | InlineExpression::VariableReference { .. } => {
            }
        }
    }

    fn deeper(&mut self, walk: impl FnOnce(&mut Self)) {
        self.level += 1;
        self.depth = self.depth.max(self.level);
        walk(self);
        self.level -= 1;
    }

    fn arguments(&mut self, arguments: &fluent_syntax::ast::CallArguments<&'s str>) {
        for argument in &arguments.positional {
            self.inline(argument);
        }
        for named in &arguments.named {
            self.inline(&named.value);
        }
    }
}

/// The graph node for an entry or one of its attributes.
pub fn node(
    prefix: &str,
    id: &str,
    attribute: &Option<fluent_syntax::ast::Identifier<&str>>,
) -> String {
    match attribute {
        Some(attribute) => format!("{prefix}{id}.{}", attribute.name),
        None => format!("{prefix}{id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;

    /// The limit is about six times the longest built-in message (1,365
    /// bytes: a scenario question in Urdu, with its options and answer).
    #[test]
    fn the_longest_built_in_message_is_far_under_the_limit() {
        let layer = crate::pack::Layer::built_in();
        let mut longest = (0, String::new());
        for (path, bytes) in &layer.files {
            if !path.ends_with(".ftl") {
                continue;
            }
            let text = std::str::from_utf8(bytes).expect("UTF-8");
            let resource = fluent_syntax::parser::parse(text).expect("parses");
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let length: usize = message
                    .value
                    .iter()
                    .chain(message.attributes.iter().map(|a| &a.value))
                    .map(|pattern| walk(pattern).length)
                    .sum();
                if length > longest.0 {
                    longest = (length, format!("{path}: {}", message.id.name));
                }
            }
        }
        assert!(
            longest.0 < MAX_MESSAGE_BYTES / 4 && longest.0 > 1000,
            "{longest:?}"
        );
    }

    #[test]
    fn text_references_and_escapes_are_found_in_every_variant() {
        let text = "m = a{ $n ->\n    [one] { -t(x: \"\\u0007\") }\n   *[other] { n.attr } bc\n}\n";
        let resource = fluent_syntax::parser::parse(text).expect("parses");
        let Entry::Message(message) = &resource.body[0] else {
            panic!("a message")
        };
        let found = walk(message.value.as_ref().expect("a value"));
        assert_eq!(found.references, ["-t", "n.attr"]);
        assert_eq!(found.length, "a".len() + "\\u0007".len() + " bc".len());
        let (literal, at, c) = found.escaped_control.expect("found");
        assert_eq!((literal, at, c), ("\\u0007", 0, '\u{7}'));
    }
}
