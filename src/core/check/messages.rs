//! What each Fluent message holds, for comparing a translation with the
//! English: its attributes, the variables each part uses, and the plural
//! forms of its selectors.

use crate::i18n::Lines;
use fluent_syntax::ast::{self, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::{BTreeMap, BTreeSet};

/// Where an id the parser found is in its file.
pub fn position(lines: &Lines<'_>, id: &str) -> (usize, usize) {
    lines
        .offset_of(id)
        .map_or((1, 1), |offset| lines.line_col(offset))
}

/// One message as a translator wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// The file as shown in messages, and the line and column of the id.
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub has_value: bool,
    /// Variables used by the value (key `None`) and by each attribute.
    pub variables: BTreeMap<Option<String>, BTreeSet<String>>,
    /// For each selector whose variants are plural forms: the forms given.
    pub plural_selects: Vec<BTreeSet<String>>,
}

impl Definition {
    pub fn attributes(&self) -> impl Iterator<Item = &str> {
        self.variables.keys().filter_map(|part| part.as_deref())
    }

    pub fn has_attribute(&self, name: &str) -> bool {
        self.variables.contains_key(&Some(name.to_owned()))
    }
}

/// The CLDR plural categories, as Fluent variant keys name them.
pub const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Reads one message's definition; `lines` indexes the file it is in.
pub fn definition(path: &str, lines: &Lines<'_>, message: &ast::Message<&str>) -> Definition {
    let (line, column) = position(lines, message.id.name);
    let mut variables = BTreeMap::new();
    let mut plural_selects = Vec::new();
    if let Some(value) = &message.value {
        variables.insert(None, pattern_variables(value, &mut plural_selects));
    }
    for attribute in &message.attributes {
        variables.insert(
            Some(attribute.id.name.to_owned()),
            pattern_variables(&attribute.value, &mut plural_selects),
        );
    }
    Definition {
        path: path.to_owned(),
        line,
        column,
        has_value: message.value.is_some(),
        variables,
        plural_selects,
    }
}

fn pattern_variables(
    pattern: &Pattern<&str>,
    selects: &mut Vec<BTreeSet<String>>,
) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    walk_pattern(pattern, &mut found, selects);
    found
}

fn walk_pattern(
    pattern: &Pattern<&str>,
    found: &mut BTreeSet<String>,
    selects: &mut Vec<BTreeSet<String>>,
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, found, selects);
        }
    }
}

fn walk_expression(
    expression: &Expression<&str>,
    found: &mut BTreeSet<String>,
    selects: &mut Vec<BTreeSet<String>>,
) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, found, selects),
        Expression::Select { selector, variants } => {
            walk_inline(selector, found, selects);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|variant| match &variant.key {
                    VariantKey::Identifier { name } => Some((*name).to_owned()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            // A selector is about plurals when its keys are plural forms
            // other than the default `other` alone.
            if keys
                .iter()
                .any(|key| PLURAL_FORMS.contains(&key.as_str()) && key != "other")
            {
                selects.push(keys);
            }
            for variant in variants {
                walk_pattern(&variant.value, found, selects);
            }
        }
    }
}

fn walk_inline(
    inline: &InlineExpression<&str>,
    found: &mut BTreeSet<String>,
    selects: &mut Vec<BTreeSet<String>>,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                walk_inline(argument, found, selects);
            }
            for named in &arguments.named {
                walk_inline(&named.value, found, selects);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, found, selects),
        InlineExpression::TermReference {
            arguments: None, ..
        }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The plural forms a language's counts can take, from CLDR's rules
/// (through the same lookup Fluent uses): `one` and `other` for Urdu and
/// English, more for Arabic or Polish.
pub fn plural_forms(code: &str) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(requested) = code.parse::<unic_langid::LanguageIdentifier>() else {
        return BTreeSet::from(["other"]);
    };
    let fallback: unic_langid::LanguageIdentifier = "en".parse().unwrap_or_default();
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let chosen = fluent_langneg::negotiate_languages(
        &[requested],
        &available,
        Some(&fallback),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let Some(rules) = chosen
        .first()
        .and_then(|id| PluralRules::create((*id).clone(), PluralRuleType::CARDINAL).ok())
    else {
        return BTreeSet::from(["other"]);
    };
    // Whole counts are what the course formats; a million reaches the
    // `many` of French and Spanish.
    (0..=200u32)
        .chain([1000, 1_000_000])
        .filter_map(|count| rules.select(count).ok())
        .map(|category| match category {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_forms_follow_cldr() {
        assert_eq!(plural_forms("ur-Latn"), BTreeSet::from(["one", "other"]));
        assert_eq!(plural_forms("en"), BTreeSet::from(["one", "other"]));
        assert_eq!(
            plural_forms("ar"),
            BTreeSet::from(["zero", "one", "two", "few", "many", "other"])
        );
        assert_eq!(plural_forms("fil"), BTreeSet::from(["one", "other"]));
    }

    #[test]
    fn variables_and_plural_selects_are_found_in_every_part() {
        let text = "m = { $a ->\n    [one] { $b }\n   *[other] { NUMBER($c) }\n }\n    .x = { -t($d) } { $e }\n";
        let resource = fluent_syntax::parser::parse(text).expect("parses");
        let ast::Entry::Message(message) = &resource.body[0] else {
            panic!("a message")
        };
        let found = definition("f.ftl", &Lines::new(text), message);
        assert_eq!(
            found.variables[&None],
            BTreeSet::from(["a".into(), "b".into(), "c".into()])
        );
        assert_eq!(
            found.variables[&Some("x".into())],
            BTreeSet::from(["d".into(), "e".into()])
        );
        assert_eq!(
            found.plural_selects,
            vec![BTreeSet::from(["one".into(), "other".into()])]
        );
        assert_eq!((found.line, found.column), (1, 1));
    }
}
