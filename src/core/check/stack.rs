//! Stacking packs on the built-in content the way start-up does: each
//! pack is checked on top of the ones kept before it, and kept only when
//! it adds no error. `hifazat check` and the app share this, so what
//! `check` accepts is exactly what the app loads.

use super::{Checked, check};
use crate::pack::{self, Layer};
use crate::problem::Problem;
use std::collections::HashSet;
use std::path::PathBuf;

/// What happened to one pack.
#[derive(Debug, Clone)]
pub struct PackOutcome {
    /// The folder's name, as a centre or translator knows it.
    pub name: String,
    /// The problems this pack adds to the layers below it.
    pub problems: Vec<Problem>,
    /// Whether the app uses it (no errors).
    pub used: bool,
}

impl PackOutcome {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|problem| problem.is_error())
    }
}

/// The built-in content's own check, each pack's outcome, and the check
/// of the layers that were kept (which holds the content to run).
pub struct Stack {
    pub built_in: Vec<Problem>,
    pub packs: Vec<PackOutcome>,
    pub kept: Checked,
}

impl Stack {
    /// The names of the packs in use, in order.
    pub fn used(&self) -> impl Iterator<Item = &str> {
        self.packs
            .iter()
            .filter(|pack| pack.used)
            .map(|pack| pack.name.as_str())
    }
}

pub fn stack(folders: &[PathBuf]) -> Stack {
    stack_layers(
        Layer::built_in(),
        folders.iter().map(|folder| {
            let name = folder.file_name().map_or_else(
                || folder.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            );
            // Lazily: a pack is read when its turn comes.
            (name, pack::read(folder))
        }),
    )
}

/// The stacking itself, on any base and packs from anywhere: start-up
/// reads folders; the fuzz targets hand over packs made in memory, so
/// what they accept is loaded exactly as the app loads it.
pub fn stack_layers(
    base: Layer,
    packs: impl IntoIterator<Item = (String, Result<Layer, Vec<Problem>>)>,
) -> Stack {
    let mut layers = vec![base];
    let mut kept = check(&layers);
    let built_in = kept.problems.clone();
    let mut outcomes = Vec::new();
    // A broken built-in content has no content to build on.
    let packs = kept.content.is_some().then_some(packs);
    for (name, read) in packs.into_iter().flatten() {
        let layer = match read {
            Ok(layer) => layer,
            Err(problems) => {
                outcomes.push(PackOutcome {
                    name,
                    problems,
                    used: false,
                });
                continue;
            }
        };
        layers.push(layer);
        let candidate = check(&layers);
        // A set, so a pack with many problems is not compared pairwise.
        let before: HashSet<&Problem> = kept.problems.iter().collect();
        let problems: Vec<Problem> = candidate
            .problems
            .iter()
            .filter(|problem| !before.contains(problem))
            .cloned()
            .collect();
        let used = !candidate.has_errors();
        if used {
            kept = candidate;
        } else {
            layers.pop();
        }
        outcomes.push(PackOutcome {
            name,
            problems,
            used,
        });
    }
    Stack {
        built_in,
        packs: outcomes,
        kept,
    }
}
