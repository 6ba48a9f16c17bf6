//! What one Fluent message or term holds beyond its variables: how much
//! text, which other messages and terms each part refers to, and any
//! escape that would produce a control character. Read from the parsed
//! file, whose nesting `nesting` has already bounded, so the walk's
//! recursion is shallow.

use super::controls;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// Bytes of text in one message: its value and every attribute together.
/// The longest real message (a lesson section's body) is under 3 KiB;
/// this is far above that and far below what makes the app use a lot of
/// memory when it lays the text out.
pub const MAX_MESSAGE_BYTES: usize = 8 * 1024;

/// What a walk over one pattern found.
#[derive(Default)]
pub struct Found<'s> {
    /// Bytes of text and string literals, in every variant.
    pub length: usize,
    /// The messages and terms referred to, as graph nodes: `id`,
    /// `id.attribute`, `-term`, `-term.attribute`.
    pub references: Vec<String>,
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
                PatternElement::Placeable { expression } => self.expression(expression),
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
            InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::NumberLiteral { .. } | InlineExpression::VariableReference { .. } => {
            }
        }
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
