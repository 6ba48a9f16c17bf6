use super::{Lang, Lines, line_col};
use crate::problem::Problem;
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::{Arc, Mutex};

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A text file with the path its problems are shown with (`locales/ur/ui.ftl`,
/// or a pack's `roman-urdu/locales/ur-Latn/ui.ftl`).
pub struct TextFile {
    pub path: String,
    pub text: String,
}

/// Why a message could not be formatted in exactly one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// The language has no messages at all.
    NotLoaded,
    /// The language does not have this message.
    Missing,
    /// The message has no value, or not this attribute.
    NoText,
    /// Fluent formatted it, with these errors (a variable not given, say).
    Fluent(Vec<String>),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::NotLoaded => f.write_str("language not loaded"),
            FormatError::Missing => f.write_str("message missing"),
            FormatError::NoText => f.write_str("attribute or value missing"),
            FormatError::Fluent(errors) => f.write_str(&errors.join("; ")),
        }
    }
}

/// Every word of the app in every language, with English as the fallback.
pub struct I18n {
    /// The languages a reader may choose, in the order they are offered.
    languages: Vec<Lang>,
    bundles: BTreeMap<Lang, Bundle>,
    /// Message id → attribute names, per language, for completeness checks.
    catalogue: BTreeMap<Lang, BTreeMap<String, BTreeSet<String>>>,
    /// Ids already reported as missing, so a view drawn every frame logs once.
    reported: Mutex<HashSet<(Lang, String)>>,
}

impl I18n {
    /// Builds the bundles from layers of `.ftl` files: the built-in ones
    /// first, then each content pack's. A later layer's message replaces an
    /// earlier one's; within one layer a message defined twice is an error.
    pub fn layered(
        languages: &[Lang],
        layers: impl IntoIterator<Item = Vec<(Lang, TextFile)>>,
    ) -> Result<Self, Vec<Problem>> {
        let mut errors = Vec::new();
        let mut bundles: BTreeMap<Lang, Bundle> = BTreeMap::new();
        let mut catalogue: BTreeMap<Lang, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();

        for (layer, files) in layers.into_iter().enumerate() {
            let mut defined_here: HashSet<(Lang, String)> = HashSet::new();
            for (lang, file) in files {
                add_file(
                    lang,
                    &file,
                    layer > 0,
                    &mut defined_here,
                    &mut bundles,
                    &mut catalogue,
                    &mut errors,
                );
            }
        }

        for &lang in languages {
            if !bundles.contains_key(&lang) {
                errors.push(Problem::in_file(
                    format!("locales/{}/", lang.code()),
                    format!("no .ftl files for language '{lang}'"),
                ));
            }
        }

        if errors.is_empty() {
            Ok(I18n {
                languages: languages.to_vec(),
                bundles,
                catalogue,
                reported: Mutex::new(HashSet::new()),
            })
        } else {
            Err(errors)
        }
    }

    /// The languages a reader may choose, in the order they are offered:
    /// the built-in ones, then those packs add.
    pub fn languages(&self) -> &[Lang] {
        &self.languages
    }

    /// The text of a message, in `lang` or else in the fallback language.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None, None)
    }

    /// The text of a message attribute (`id.attribute`).
    pub fn attr(&self, lang: Lang, id: &str, attribute: &str) -> String {
        self.format(lang, id, Some(attribute), None)
    }

    /// The text of a message with variables, e.g. `("current", 2.into())`.
    pub fn text_with(&self, lang: Lang, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(lang, id, None, Some(args))
    }

    /// Whether `lang` itself (not its fallback) has the message or attribute.
    pub fn has(&self, lang: Lang, id: &str, attribute: Option<&str>) -> bool {
        self.catalogue
            .get(&lang)
            .and_then(|ids| ids.get(id))
            .is_some_and(|attributes| attribute.is_none_or(|name| attributes.contains(name)))
    }

    /// Every message id of a language with its attribute names.
    pub fn catalogue(&self, lang: Lang) -> impl Iterator<Item = (&str, &BTreeSet<String>)> {
        self.catalogue
            .get(&lang)
            .into_iter()
            .flatten()
            .map(|(id, attributes)| (id.as_str(), attributes))
    }

    /// Formats a message in exactly `lang`, returning the Fluent errors
    /// instead of hiding them. For content checks.
    pub fn try_format(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, FormatError> {
        let bundle = self.bundles.get(&lang).ok_or(FormatError::NotLoaded)?;
        let message = bundle.get_message(id).ok_or(FormatError::Missing)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or(FormatError::NoText)?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(FormatError::Fluent(
                errors.iter().map(ToString::to_string).collect(),
            ))
        }
    }

    fn format(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> String {
        let preferred = self.try_format(lang, id, attribute, args);
        let result = match preferred {
            Ok(text) => return text,
            Err(error) if lang != Lang::FALLBACK => {
                self.report(lang, id, attribute, &error, "falling back to English");
                self.try_format(Lang::FALLBACK, id, attribute, args)
            }
            Err(error) => Err(error),
        };
        result.unwrap_or_else(|error| {
            // Never show a message id to a reader: an empty label is a bug a
            // test catches, an id on screen would confuse a parent.
            self.report(Lang::FALLBACK, id, attribute, &error, "showing nothing");
            String::new()
        })
    }

    fn report(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        error: &FormatError,
        outcome: &str,
    ) {
        let key = format!("{id}.{}", attribute.unwrap_or_default());
        let mut reported = self
            .reported
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        if reported.insert((lang, key.clone())) {
            tracing::warn!(%lang, message = %key, %error, "{outcome}");
        }
    }
}

/// Adds one file's messages to its language's bundle and catalogue.
fn add_file(
    lang: Lang,
    file: &TextFile,
    overriding: bool,
    defined_here: &mut HashSet<(Lang, String)>,
    bundles: &mut BTreeMap<Lang, Bundle>,
    catalogue: &mut BTreeMap<Lang, BTreeMap<String, BTreeSet<String>>>,
    errors: &mut Vec<Problem>,
) {
    let resource = match FluentResource::try_new(file.text.clone()) {
        Ok(resource) => resource,
        Err((_, parse_errors)) => {
            errors.extend(parse_errors.into_iter().map(|error| {
                // Point at the start of the broken entry, which is
                // what an author looks for; say where the parser
                // noticed, which may be a line later.
                let entry_start = error.slice.as_ref().map_or(error.pos.start, |slice| {
                    let skipped = file.text[slice.clone()].len()
                        - file.text[slice.clone()].trim_start().len();
                    slice.start + skipped
                });
                let (line, column) = line_col(&file.text, entry_start);
                let (noticed_line, noticed_column) = line_col(&file.text, error.pos.start);
                Problem::error(
                    file.path.clone(),
                    line,
                    column,
                    format!(
                        "Fluent syntax error: {} (noticed at {noticed_line}:{noticed_column})",
                        error.kind
                    ),
                )
            }));
            return;
        }
    };
    let ids = catalogue.entry(lang).or_default();
    let lines = Lines::new(resource.source());
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let attributes = message
                .attributes
                .iter()
                .map(|attribute| attribute.id.name.to_owned())
                .collect();
            ids.insert(message.id.name.to_owned(), attributes);
            if !defined_here.insert((lang, message.id.name.to_owned())) {
                let (line, column) = lines
                    .offset_of(message.id.name)
                    .map_or((1, 1), |offset| lines.line_col(offset));
                errors.push(Problem::error(
                    file.path.clone(),
                    line,
                    column,
                    format!("message '{}' is defined twice in {lang}", message.id.name),
                ));
            }
        }
    }
    let bundle = bundles.entry(lang).or_insert_with(|| new_bundle(lang));
    if overriding {
        bundle.add_resource_overriding(Arc::new(resource));
    } else {
        // Duplicates were reported above with their position; here the
        // first definition simply wins.
        let _ = bundle.add_resource(Arc::new(resource));
    }
}

fn new_bundle(lang: Lang) -> Bundle {
    // Pack codes are checked before a language is defined; a code that
    // still does not parse gets the root locale's plural rules.
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle
        .add_builtins()
        .expect("NUMBER is the only builtin and is added once");
    bundle
}
