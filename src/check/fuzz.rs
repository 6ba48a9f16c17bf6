//! Entry points for `cargo fuzz` (tests/fuzz): each takes arbitrary bytes
//! as one file of a pack and runs the whole check on the built-in content
//! plus that pack. None may panic, whatever the bytes.

use super::check;
use crate::pack::Layer;
use std::sync::OnceLock;

fn built_in() -> &'static Layer {
    static BUILT_IN: OnceLock<Layer> = OnceLock::new();
    BUILT_IN.get_or_init(Layer::built_in)
}

fn run(path: &str, data: &[u8], extra: &[(&str, &[u8])]) {
    let mut files: Vec<(String, Vec<u8>)> = vec![(path.to_owned(), data.to_vec())];
    files.extend(
        extra
            .iter()
            .map(|(path, bytes)| ((*path).to_owned(), bytes.to_vec())),
    );
    let pack = Layer::in_memory("fuzz", files);
    let checked = check(&[built_in().clone(), pack]);
    // Format everything, as `hifazat check` does.
    for problem in &checked.problems {
        let _ = problem.to_string();
    }
    let _ = checked.summary.to_string();
}

/// The bytes as a pack's `assets/course.ron`.
pub fn course(data: &[u8]) {
    run("assets/course.ron", data, &[]);
}

/// The bytes as a pack's `locales/qaa/fuzz.ftl`, a new language, and as
/// an override of the built-in Urdu.
pub fn locale(data: &[u8]) {
    run(
        "locales/qaa/fuzz.ftl",
        data,
        &[
            (
                "locales/qaa/language.ron",
                b"Language(direction: RightToLeft)",
            ),
            ("locales/ur/override.ftl", data),
        ],
    );
}
