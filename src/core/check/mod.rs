//! `hifazat check`: validates the built-in content plus content packs and
//! reports every problem as `file:line:column: severity: message`. The
//! same check decides at start-up whether a pack is used, so what `check`
//! accepts is exactly what the app loads.

mod analysis;
mod controls;
mod cycles;
mod entry;
mod escapes;
// Entry points for the fuzz targets (tests/fuzz); not in the shipped app.
#[cfg(any(test, feature = "fuzz"))]
pub mod fuzz;
mod languages;
mod locate;
mod messages;
mod nesting;
mod pictures;
pub mod sizes;
mod stack;
mod summary;

use crate::problem::Problem;
pub use entry::MAX_MESSAGE_BYTES;
pub use languages::PackFont;
pub use nesting::MAX_NESTING;
pub use stack::{PackOutcome, Stack, stack, stack_layers};
pub use summary::{Coverage, Summary};

use crate::content::Content;
use crate::course::{self, Course};
use crate::help::{self, HelpDirectory};
use crate::i18n::{I18n, Lang, Lines, TextFile, line_col};
use crate::pack::Layer;
use analysis::Analysis;
use locate::Outline;
use messages::Definition;
use std::collections::BTreeMap;

/// What checking a stack of layers found, and the content they make when
/// nothing is an error.
pub struct Checked {
    pub problems: Vec<Problem>,
    pub summary: Summary,
    pub content: Option<Content>,
}

impl Checked {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|problem| problem.is_error())
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Message every language has for its own name, shown on the language
/// choice in that language's script.
pub const LANGUAGE_NAME: &str = "language-name";

/// Checks the layers together, the built-in content first and each pack
/// after the ones before it.
pub fn check(layers: &[Layer]) -> Checked {
    let mut problems = Vec::new();
    let texts: Vec<BTreeMap<String, String>> = layers
        .iter()
        .map(|layer| {
            let mut texts = decode(layer, &mut problems);
            screen(layer, &mut texts, &mut problems);
            texts
        })
        .collect();

    let (course, course_file) = load_course(layers, &texts, &mut problems);
    let help = load_help(layers, &texts, &mut problems);
    let pictures = pictures::load(layers, &texts, course.as_ref(), &mut problems);

    let mut languages = Lang::BUILT_IN.to_vec();
    let mut fonts = Vec::new();
    for (layer, texts) in layers.iter().zip(&texts).skip(1) {
        let added = languages::add(layer, texts, &languages, &mut problems);
        languages.extend(added.languages);
        fonts.extend(added.fonts);
    }

    let messages = load_messages(layers, &texts, &languages, &mut problems);
    let analysed = Analysis {
        course: course.as_ref(),
        course_file: course_file.as_ref(),
        help: help.as_ref().map(|(directory, _)| directory),
        help_files: help
            .as_ref()
            .map(|(_, files)| files.as_slice())
            .unwrap_or_default(),
        languages: &languages,
        definitions: &messages.definitions,
        reference: &messages.reference,
    };
    let coverage = analysed.run(&mut problems);

    problems.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.message).cmp(&(&b.path, b.line, b.column, &b.message))
    });
    problems.dedup();
    let summary = Summary {
        lessons: course.as_ref().map_or(0, |course| course.lessons.len()),
        questions: course.as_ref().map_or(0, |course| {
            course.lessons.iter().map(|l| l.quiz.questions.len()).sum()
        }),
        languages: coverage,
    };
    let content = match (course, help, messages.i18n) {
        (Some(course), Some((help, _)), Some(i18n)) if !problems.iter().any(Problem::is_error) => {
            Some(Content {
                i18n,
                course,
                help,
                fonts,
                pictures,
            })
        }
        _ => None,
    };
    Checked {
        problems,
        summary,
        content,
    }
}

/// The layer's text files as UTF-8; anything else is named.
fn decode(layer: &Layer, problems: &mut Vec<Problem>) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for (path, bytes) in &layer.files {
        if path.starts_with("fonts/") {
            continue;
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                // A byte-order mark some editors add is not part of the text.
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                texts.insert(path.clone(), text.to_owned());
            }
            Err(error) => {
                let valid = &bytes[..error.valid_up_to()];
                let valid = std::str::from_utf8(valid).unwrap_or_default();
                let (line, column) = line_col(valid, valid.len());
                problems.push(Problem::error(
                    layer.shown(path),
                    line,
                    column,
                    "is not UTF-8 text; save it as UTF-8",
                ));
            }
        }
    }
    texts
}

/// Refuses text no later step may see: a control character anywhere, a
/// Fluent file nested deeper than the parser's stack allows, and one with
/// an escape that makes the parser panic. A Fluent file that fails either
/// guard is taken out, so nothing parses it.
fn screen(layer: &Layer, texts: &mut BTreeMap<String, String>, problems: &mut Vec<Problem>) {
    texts.retain(|path, text| {
        let mut refuse = |at: usize, message: String| {
            problems.push(Problem::at_offset(layer.shown(path), text, at, message));
        };
        if let Some((at, c)) = controls::first(text) {
            refuse(at, controls::describe(c));
        }
        if !path.ends_with(".ftl") {
            return true;
        }
        let unparsable = nesting::too_deep(text)
            .map(|at| {
                let message = format!(
                    "placeables and calls nest more than {MAX_NESTING} deep here; no message \
                     needs so many, and reading them could crash the app"
                );
                (at, message)
            })
            .or_else(|| {
                escapes::parser_trap(text).map(|at| {
                    let message = "a \\u escape needs 4 hexadecimal digits (0-9, A-F) and \\U \
                                   needs 6; write the letter itself instead";
                    (at, message.to_owned())
                })
            });
        match unparsable {
            Some((at, message)) => {
                refuse(at, message);
                false
            }
            None => true,
        }
    });
}

/// The course of the last layer that has one, with its file as shown and
/// its text, for pointing into it later.
fn load_course(
    layers: &[Layer],
    texts: &[BTreeMap<String, String>],
    problems: &mut Vec<Problem>,
) -> (Option<Course>, Option<(String, String)>) {
    let mut found = (None, None);
    let mut broken = false;
    for (layer, texts) in layers.iter().zip(texts) {
        let Some(text) = texts.get("assets/course.ron") else {
            continue;
        };
        let shown = layer.shown("assets/course.ron");
        match ron::from_str::<Course>(text) {
            Err(error) => {
                problems.push(Problem::ron(shown, &error));
                broken = true;
            }
            Ok(course) => {
                let outline = Outline::new(text);
                let over = sizes::course(&course);
                let too_large = !over.is_empty();
                let issues = if too_large {
                    over
                } else {
                    course::issues(&course)
                };
                for issue in issues {
                    let (line, column) = course_position(
                        &outline,
                        issue.lesson,
                        issue.question,
                        issue.near.as_deref(),
                    );
                    problems.push(Problem::error(shown.clone(), line, column, issue.message));
                }
                if too_large {
                    // Nothing else is looked at in a course over a limit.
                    found = (None, None);
                    broken = true;
                    continue;
                }
                found = (Some(course), Some((shown, text.clone())));
            }
        }
    }
    if found.0.is_none() && !broken {
        problems.push(Problem::error(
            "assets/course.ron",
            1,
            1,
            "there is no course: the built-in one is missing",
        ));
    }
    found
}

/// Where a lesson, a question in it, or something named inside either is
/// written in the course file.
fn course_position(
    outline: &Outline<'_>,
    lesson: Option<usize>,
    question: Option<usize>,
    near: Option<&str>,
) -> (usize, usize) {
    let Some((mut start, mut end)) = lesson.and_then(|index| outline.nth("Lesson", index)) else {
        return outline
            .starts("Course")
            .first()
            .map_or((1, 1), |&at| outline.line_col(at));
    };
    if let Some((question_start, question_end)) =
        question.and_then(|index| outline.nth_within("Question", index, start, end))
    {
        (start, end) = (question_start, question_end);
    }
    let at = near
        .and_then(|needle| outline.find(needle, start, end))
        .unwrap_or(start);
    outline.line_col(at)
}

/// The help directory after every layer, and each layer's file with the
/// directory it holds (for pointing at entries).
type HelpFiles = Vec<(String, String, HelpDirectory)>;

fn load_help(
    layers: &[Layer],
    texts: &[BTreeMap<String, String>],
    problems: &mut Vec<Problem>,
) -> Option<(HelpDirectory, HelpFiles)> {
    let mut merged: Option<HelpDirectory> = None;
    let mut files = Vec::new();
    let mut broken = false;
    for (layer, texts) in layers.iter().zip(texts) {
        let Some(text) = texts.get("assets/help.ron") else {
            continue;
        };
        let shown = layer.shown("assets/help.ron");
        let directory = match ron::from_str::<HelpDirectory>(text) {
            Ok(directory) => directory,
            Err(error) => {
                problems.push(Problem::ron(shown, &error));
                broken = true;
                continue;
            }
        };
        let outline = Outline::new(text);
        let directory_at = outline.line_col(
            outline
                .starts("HelpDirectory")
                .first()
                .copied()
                .unwrap_or(0),
        );
        let over = sizes::help(&directory);
        if !over.is_empty() {
            for (index, message) in over {
                let at = index
                    .and_then(|index| outline.nth("HelpEntry", index))
                    .map_or(directory_at, |(start, _)| outline.line_col(start));
                problems.push(Problem::error(shown.clone(), at.0, at.1, message));
            }
            broken = true;
            continue;
        }
        if !layer.is_built_in() && directory.mode.is_none() {
            let (line, column) = directory_at;
            problems.push(Problem::error(
                shown.clone(),
                line,
                column,
                "say how this list joins the built-in one: `mode: Extend,` adds these entries \
                 (an entry with a built-in id takes its place), `mode: Replace,` shows only these",
            ));
        }
        for (index, message) in help::issues(&directory) {
            let at = outline
                .nth("HelpEntry", index)
                .map_or(0, |(start, _)| start);
            let (line, column) = outline.line_col(at);
            problems.push(Problem::error(shown.clone(), line, column, message));
        }
        let directory_after = match merged {
            Some(before) => before.merged(&directory),
            None => directory.clone(),
        };
        if directory_after.entries.is_empty() {
            problems.push(Problem::error(
                shown.clone(),
                directory_at.0,
                directory_at.1,
                "leaves the help directory with no entries; a course about child \
                 exploitation must always say where to get help",
            ));
        }
        merged = Some(directory_after);
        files.push((shown, text.clone(), directory));
    }
    if merged.is_none() && !broken {
        problems.push(Problem::error(
            "assets/help.ron",
            1,
            1,
            "there is no help directory: the built-in one is missing",
        ));
    }
    merged.map(|directory| (directory, files))
}

/// One message's or term's references, for finding cycles: each part's
/// node and the nodes it refers to, and where the entry is.
struct EntryRefs {
    parts: Vec<(String, cycles::Node)>,
    at: (String, usize, usize),
}

/// Checks one message or term against the limits on ids and length and
/// for escapes that make control characters; gives its graph entry
/// (keyed by `id` or `-term`), or nothing for a comment or junk, or an
/// id too long to be worth more.
fn scan_entry(
    shown: &str,
    lines: &Lines<'_>,
    entry: &fluent_syntax::ast::Entry<&str>,
    problems: &mut Vec<Problem>,
) -> Option<(String, EntryRefs)> {
    use fluent_syntax::ast::Entry;
    // Terms are `-name` in references, so in the graph too.
    let (prefix, id, value, attributes) = match entry {
        Entry::Message(message) => (
            "",
            message.id.name,
            message.value.as_ref(),
            &message.attributes,
        ),
        Entry::Term(term) => ("-", term.id.name, Some(&term.value), &term.attributes),
        _ => return None,
    };
    let (line, column) = messages::position(lines, id);
    let error = |message: String| Problem::error(shown, line, column, message);
    if id.len() > sizes::MAX_ID_CHARS {
        problems.push(error(sizes::long_id("a message", id)));
        return None;
    }
    let key = format!("{prefix}{id}");
    let mut parts = Vec::new();
    let mut length = 0;
    let mut escaped = None;
    let all = value
        .map(|pattern| (key.clone(), pattern))
        .into_iter()
        .chain(
            attributes
                .iter()
                .map(|attribute| (format!("{key}.{}", attribute.id.name), &attribute.value)),
        );
    for (node, pattern) in all {
        let found = entry::walk(pattern);
        length += found.length;
        escaped = escaped.or(found.escaped_control);
        parts.push((
            node,
            cycles::Node {
                depth: found.depth,
                references: found.references,
            },
        ));
    }
    if length > MAX_MESSAGE_BYTES {
        problems.push(error(format!(
            "'{key}' has {length} bytes of text; a message may have at most {MAX_MESSAGE_BYTES} \
             (split a long text into sections)"
        )));
    }
    if let Some((literal, at, c)) = escaped {
        let offset = lines.offset_of(literal).map_or(0, |start| start + at);
        let (line, column) = lines.line_col(offset);
        problems.push(Problem::error(
            shown,
            line,
            column,
            format!(
                "this escape makes the control character U+{:04X}, which no text may hold \
                 (it can stop the app); remove it",
                u32::from(c)
            ),
        ));
    }
    Some((
        key,
        EntryRefs {
            parts,
            at: (shown.to_owned(), line, column),
        },
    ))
}

/// Every message or term of one language that refers back to itself,
/// or to one that does, is an error: Fluent shows nothing for it. So is
/// one whose formatting, through what it refers to, goes deeper than the
/// stack should be asked to.
fn cycle_problems(graph: BTreeMap<String, EntryRefs>, problems: &mut Vec<Problem>) {
    let mut nodes = BTreeMap::new();
    let mut at = BTreeMap::new();
    for refs in graph.into_values() {
        let place = std::rc::Rc::new(refs.at);
        for (node, refers) in refs.parts {
            at.insert(node.clone(), place.clone());
            nodes.insert(node, refers);
        }
    }
    let resolved = cycles::resolve(&nodes);
    let problem = |node: &str, message: String| {
        let (path, line, column) = &*at[node];
        Problem::error(path.clone(), *line, *column, message)
    };
    for node in resolved.cyclic {
        problems.push(problem(
            node,
            format!(
                "'{node}' refers back to itself, through other messages or terms \
                 (like a = {{ b }} and b = {{ a }}), so Fluent shows nothing for it"
            ),
        ));
    }
    for (node, depth) in resolved.too_deep {
        problems.push(problem(
            node,
            format!(
                "'{node}' nests {depth} placeables deep through the messages and terms it \
                 refers to; at most {} are allowed",
                cycles::MAX_RESOLVED_NESTING
            ),
        ));
    }
}

/// The bundles, and every message's final definition per language.
struct Messages {
    i18n: Option<I18n>,
    definitions: BTreeMap<Lang, BTreeMap<String, Definition>>,
    /// The built-in English messages: what the app itself gives variables to.
    reference: BTreeMap<String, Definition>,
}

fn load_messages(
    layers: &[Layer],
    texts: &[BTreeMap<String, String>],
    languages: &[Lang],
    problems: &mut Vec<Problem>,
) -> Messages {
    let mut definitions: BTreeMap<Lang, BTreeMap<String, Definition>> = BTreeMap::new();
    let mut reference = BTreeMap::new();
    let mut graphs: BTreeMap<Lang, BTreeMap<String, EntryRefs>> = BTreeMap::new();
    let mut file_layers = Vec::new();
    for (index, (layer, texts)) in layers.iter().zip(texts).enumerate() {
        let mut files = Vec::new();
        for code in layer.locale_codes() {
            let Some(&lang) = languages.iter().find(|lang| lang.code() == code) else {
                continue;
            };
            for (path, _) in layer.ftl_files(code) {
                let Some(text) = texts.get(path) else {
                    continue;
                };
                let shown = layer.shown(path);
                let resource = match fluent_syntax::parser::parse(text.as_str()) {
                    Ok(resource) => resource,
                    // Syntax errors come from the bundle below; what did
                    // parse is still compared.
                    Err((resource, _)) => resource,
                };
                let lines = Lines::new(text);
                let graph = graphs.entry(lang).or_default();
                for entry in &resource.body {
                    let Some(scanned) = scan_entry(&shown, &lines, entry, problems) else {
                        continue;
                    };
                    if let fluent_syntax::ast::Entry::Message(message) = entry {
                        let definition = messages::definition(&shown, &lines, message);
                        if index == 0 && lang == Lang::FALLBACK {
                            reference.insert(message.id.name.to_owned(), definition.clone());
                        }
                        definitions
                            .entry(lang)
                            .or_default()
                            .insert(message.id.name.to_owned(), definition);
                    }
                    // A later definition replaces the whole entry, its
                    // attributes too, as the bundle does.
                    graph.insert(scanned.0, scanned.1);
                }
                files.push((
                    lang,
                    TextFile {
                        path: shown,
                        text: text.clone(),
                    },
                ));
            }
        }
        file_layers.push(files);
    }
    for graph in graphs.into_values() {
        cycle_problems(graph, problems);
    }
    let i18n = match I18n::layered(languages, file_layers) {
        Ok(i18n) => Some(i18n),
        Err(errors) => {
            problems.extend(errors);
            None
        }
    };
    Messages {
        i18n,
        definitions,
        reference,
    }
}
