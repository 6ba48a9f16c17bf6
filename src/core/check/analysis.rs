//! Comparing everything loaded: what the course and help directory need
//! against English, and every language against English and its own plural
//! rules; and how much of each language is its own.

use super::locate::Outline;
use super::messages::{self, Definition};
use super::{Coverage, LANGUAGE_NAME, course_position};
use crate::course::{Course, ids};
use crate::help::HelpDirectory;
use crate::i18n::Lang;
use crate::problem::Problem;
use std::collections::{BTreeMap, BTreeSet};

/// Everything loaded, compared.
pub(super) struct Analysis<'a> {
    pub(super) course: Option<&'a Course>,
    pub(super) course_file: Option<&'a (String, String)>,
    pub(super) help: Option<&'a HelpDirectory>,
    pub(super) help_files: &'a [(String, String, HelpDirectory)],
    pub(super) languages: &'a [Lang],
    pub(super) definitions: &'a BTreeMap<Lang, BTreeMap<String, Definition>>,
    pub(super) reference: &'a BTreeMap<String, Definition>,
}

/// A message the content needs, and where the need comes from.
struct Need {
    id: String,
    attributes: Vec<String>,
    from: (String, usize, usize),
}

impl Analysis<'_> {
    pub(super) fn run(&self, problems: &mut Vec<Problem>) -> Vec<Coverage> {
        let needs = self.needs();
        let empty = BTreeMap::new();
        let english = self.definitions.get(&Lang::FALLBACK).unwrap_or(&empty);
        for need in &needs {
            self.check_english(need, english, problems);
        }
        let used: BTreeSet<&str> = self
            .reference
            .keys()
            .map(String::as_str)
            .chain(needs.iter().map(|need| need.id.as_str()))
            .collect();
        let mut coverage = Vec::new();
        for &lang in self.languages {
            let own = self.definitions.get(&lang).unwrap_or(&empty);
            let plural_forms = messages::plural_forms(lang.code());
            for (id, definition) in own {
                if !used.contains(id.as_str()) {
                    problems.push(Problem::warning(
                        definition.path.clone(),
                        definition.line,
                        definition.column,
                        format!("'{id}' is not used by the course or the app"),
                    ));
                }
                self.compare_variables(lang, id, definition, english, problems);
                plural_problems(lang, &plural_forms, id, definition, problems);
            }
            let shown: Vec<&String> = english
                .keys()
                .filter(|id| used.contains(id.as_str()))
                .collect();
            let mut falling_back = 0;
            if lang != Lang::FALLBACK {
                for id in &shown {
                    if let Some(problem) = missing_in(lang, id, &english[*id], own.get(*id)) {
                        falling_back += 1;
                        problems.push(problem);
                    }
                }
            }
            coverage.push(Coverage {
                lang,
                total: shown.len(),
                translated: shown.len() - falling_back,
            });
        }
        coverage
    }

    /// Every message the course and the help directory need, and each
    /// language's own name.
    fn needs(&self) -> Vec<Need> {
        let mut needs = Vec::new();
        if let (Some(course), Some((path, text))) = (self.course, self.course_file) {
            let outline = Outline::new(text);
            for required in ids::required(course) {
                let (line, column) = course_position(
                    &outline,
                    Some(required.lesson),
                    required.question,
                    required.near.as_deref(),
                );
                needs.push(Need {
                    id: required.id,
                    attributes: required.attributes,
                    from: (path.clone(), line, column),
                });
            }
        }
        if let Some(help) = self.help {
            let origins = self.help_origins();
            for (id, attributes) in help.required_messages() {
                needs.push(Need {
                    from: origins
                        .get(&id)
                        .cloned()
                        .unwrap_or_else(|| ("assets/help.ron".to_owned(), 1, 1)),
                    id,
                    attributes: attributes.into_iter().map(str::to_owned).collect(),
                });
            }
        }
        needs.push(Need {
            id: LANGUAGE_NAME.to_owned(),
            attributes: Vec::new(),
            from: ("locales/en/ui.ftl".to_owned(), 1, 1),
        });
        needs
    }

    /// For each help message, the entry (or a country's first entry) that
    /// needs it, in the last file that has one.
    fn help_origins(&self) -> BTreeMap<String, (String, usize, usize)> {
        let mut origins = BTreeMap::new();
        for (path, text, directory) in self.help_files {
            let outline = Outline::new(text);
            let starts = outline.starts("HelpEntry");
            let mut from_this_file = BTreeMap::new();
            for (entry, &start) in directory.entries.iter().zip(starts) {
                let (line, column) = outline.line_col(start);
                let origin = (path.clone(), line, column);
                from_this_file.insert(entry.message(), origin.clone());
                from_this_file
                    .entry(crate::help::country_message(&entry.country))
                    .or_insert(origin);
            }
            origins.extend(from_this_file);
        }
        origins
    }

    /// English is every other language's fallback, so a message the
    /// content needs must be there, whole.
    fn check_english(
        &self,
        need: &Need,
        english: &BTreeMap<String, Definition>,
        problems: &mut Vec<Problem>,
    ) {
        let Some(definition) = english.get(&need.id) else {
            let (path, line, column) = need.from.clone();
            problems.push(Problem::error(
                path,
                line,
                column,
                format!(
                    "needs the message '{}' in English (locales/en/), the language every other one falls back to",
                    need.id
                ),
            ));
            return;
        };
        let at = |message: String| {
            Problem::error(
                definition.path.clone(),
                definition.line,
                definition.column,
                message,
            )
        };
        if !definition.has_value {
            problems.push(at(format!(
                "'{}' needs a value, not only attributes",
                need.id
            )));
        }
        for attribute in &need.attributes {
            if !definition.has_attribute(attribute) {
                problems.push(at(format!(
                    "'{}' needs the attribute .{attribute}",
                    need.id
                )));
            }
        }
    }

    /// A translation may use only the variables the app gives the message
    /// (those of the built-in English); leaving one out loses information.
    fn compare_variables(
        &self,
        lang: Lang,
        id: &str,
        definition: &Definition,
        english: &BTreeMap<String, Definition>,
        problems: &mut Vec<Problem>,
    ) {
        let reference = match self.reference.get(id) {
            Some(reference) if reference.path == definition.path => return,
            Some(reference) => reference,
            None => match english.get(id) {
                Some(reference) if reference.path != definition.path => reference,
                _ => return,
            },
        };
        for (part, variables) in &definition.variables {
            let Some(expected) = reference.variables.get(part) else {
                continue;
            };
            let name = match part {
                Some(attribute) => format!("{id}.{attribute}"),
                None => id.to_owned(),
            };
            let at = |severity_error: bool, message: String| {
                let make = if severity_error {
                    Problem::error
                } else {
                    Problem::warning
                };
                make(
                    definition.path.clone(),
                    definition.line,
                    definition.column,
                    message,
                )
            };
            for extra in variables.difference(expected) {
                problems.push(at(
                    true,
                    format!(
                        "'{name}' in {lang} uses {{ ${extra} }}, which the app does not give it (English uses: {})",
                        list_variables(expected)
                    ),
                ));
            }
            for left_out in expected.difference(variables) {
                problems.push(at(
                    false,
                    format!("'{name}' in {lang} leaves out {{ ${left_out} }}, which English shows"),
                ));
            }
        }
    }
}

fn list_variables(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "none".to_owned();
    }
    variables
        .iter()
        .map(|name| format!("${name}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A selector on a count must give every plural form the language has.
fn plural_problems(
    lang: Lang,
    needed: &BTreeSet<&str>,
    id: &str,
    definition: &Definition,
    problems: &mut Vec<Problem>,
) {
    for given in &definition.plural_selects {
        let missing: Vec<&str> = needed
            .iter()
            .filter(|form| !given.contains(**form))
            .copied()
            .collect();
        if !missing.is_empty() {
            problems.push(Problem::warning(
                definition.path.clone(),
                definition.line,
                definition.column,
                format!(
                    "'{id}' has no [{}] form, which {lang} uses for some counts; the default form is shown instead",
                    missing.join("], [")
                ),
            ));
        }
    }
}

/// Why a reader of `lang` would see English for a message, if they would.
fn missing_in(
    lang: Lang,
    id: &str,
    english: &Definition,
    own: Option<&Definition>,
) -> Option<Problem> {
    let Some(own) = own else {
        return Some(Problem::warning(
            english.path.clone(),
            english.line,
            english.column,
            format!("'{id}' is not in {lang} yet; English is shown"),
        ));
    };
    let mut missing: Vec<String> = english
        .attributes()
        .filter(|attribute| !own.has_attribute(attribute))
        .map(|attribute| format!(".{attribute}"))
        .collect();
    if english.has_value && !own.has_value {
        missing.insert(0, "its value".to_owned());
    }
    (!missing.is_empty()).then(|| {
        Problem::warning(
            own.path.clone(),
            own.line,
            own.column,
            format!(
                "'{id}' in {lang} has no {}; English is shown for it",
                missing.join(", ")
            ),
        )
    })
}
