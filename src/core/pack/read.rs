//! Gathering a pack's files from disk, with limits against accidents: a
//! huge file, a link to somewhere else, a device or pipe where a file
//! should be.

use super::Layer;
use crate::problem::Problem;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Larger than any real course, help or message file.
pub const MAX_TEXT_BYTES: u64 = 5 * 1024 * 1024;
/// Larger than any real font (Noto Nastaliq is under 1 MiB).
pub const MAX_FONT_BYTES: u64 = 20 * 1024 * 1024;
/// More files than any pack needs; a folder pointed at by mistake (a home
/// folder, say) stops here instead of being read whole.
pub const MAX_FILES: usize = 1000;

/// Reads the files a pack may have. Files the app does not use (a README,
/// a glossary) are left alone. Every file that breaks a limit is a
/// problem; the others are still read, so `check` can say everything at
/// once.
pub fn read(dir: &Path) -> Result<Layer, Vec<Problem>> {
    let shown_root = format!("{}/", dir.display().to_string().trim_end_matches('/'));
    let name = dir
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown_root.clone());
    let root = match dir.canonicalize() {
        Ok(root) if root.is_dir() => root,
        Ok(_) => {
            return Err(vec![Problem::error(shown_root, 1, 1, "is not a folder")]);
        }
        Err(error) => {
            return Err(vec![Problem::error(
                shown_root,
                1,
                1,
                format!("cannot open the pack folder: {error}"),
            )]);
        }
    };

    let pack = Folder {
        root: &root,
        shown: &shown_root,
    };
    let mut problems = Vec::new();
    let mut files = BTreeMap::new();
    let candidates = pack.candidates().map_err(|problem| vec![problem])?;
    if candidates.len() > MAX_FILES {
        return Err(vec![pack.problem(
            "",
            format!(
                "has {} files where a pack uses at most {MAX_FILES}; is this the right folder?",
                candidates.len()
            ),
        )]);
    }
    for relative in candidates {
        let limit = if relative.starts_with("fonts/") {
            MAX_FONT_BYTES
        } else {
            MAX_TEXT_BYTES
        };
        match pack.read_inside(&relative, limit) {
            Ok(bytes) => {
                files.insert(relative, bytes);
            }
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(Layer {
            name,
            root: shown_root,
            files,
        })
    } else {
        Err(problems)
    }
}

const OUTSIDE: &str = "leads outside the pack folder; packs keep all their files inside";

/// A pack folder being read: where it really is, and how it is shown.
struct Folder<'a> {
    root: &'a Path,
    shown: &'a str,
}

impl Folder<'_> {
    /// A problem with a file or folder of the pack, by its path inside it.
    fn problem(&self, path: &str, message: String) -> Problem {
        Problem::in_file(format!("{}{path}", self.shown), message)
    }

    /// The paths, relative to the pack, of every file the app might use.
    fn candidates(&self) -> Result<Vec<String>, Problem> {
        let root = self.root;
        let mut found = Vec::new();
        for name in ["course.ron", "help.ron"] {
            let path = format!("assets/{name}");
            if root.join(&path).symlink_metadata().is_ok() {
                found.push(path);
            }
        }
        for (folder, wanted) in [("locales", None), ("fonts", Some(["ttf", "otf"]))] {
            let Some(entries) = self.list(folder)? else {
                continue;
            };
            for entry in entries {
                match wanted {
                    // fonts/<file>
                    Some(extensions) => {
                        if extensions
                            .iter()
                            .any(|ext| entry.ends_with(&format!(".{ext}")))
                        {
                            found.push(format!("{folder}/{entry}"));
                        }
                    }
                    // locales/<code>/<file>
                    None => {
                        let language = format!("{folder}/{entry}");
                        let Some(files) = self.list(&language)? else {
                            continue;
                        };
                        found.extend(
                            files
                                .into_iter()
                                .filter(|file| file.ends_with(".ftl") || file == "language.ron")
                                .map(|file| format!("{language}/{file}")),
                        );
                    }
                }
                if found.len() > MAX_FILES {
                    return Ok(found);
                }
            }
        }
        Ok(found)
    }

    /// The names in a folder of the pack, if it exists and stays inside.
    fn list(&self, folder: &str) -> Result<Option<Vec<String>>, Problem> {
        let root = self.root;
        let path = root.join(folder);
        if path.symlink_metadata().is_err() {
            return Ok(None);
        }
        let inside = path
            .canonicalize()
            .map_err(|error| self.problem(folder, format!("cannot open: {error}")))?;
        if !inside.starts_with(root) {
            return Err(self.problem(folder, OUTSIDE.to_owned()));
        }
        if !inside.is_dir() {
            return Ok(None);
        }
        let entries = std::fs::read_dir(&inside)
            .map_err(|error| self.problem(folder, format!("cannot list: {error}")))?;
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .take(MAX_FILES + 1)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(Some(names))
    }

    /// One file's bytes, if it is a regular file inside the pack and within
    /// its size limit.
    fn read_inside(&self, relative: &str, limit: u64) -> Result<Vec<u8>, Problem> {
        let root = self.root;
        let problem = |message: String| self.problem(relative, message);
        let path: PathBuf = root.join(relative);
        let real = path
            .canonicalize()
            .map_err(|error| problem(format!("cannot open: {error}")))?;
        if !real.starts_with(root) {
            return Err(problem(OUTSIDE.to_owned()));
        }
        let metadata = real
            .metadata()
            .map_err(|error| problem(format!("cannot open: {error}")))?;
        if !metadata.is_file() {
            return Err(problem("is not a regular file".to_owned()));
        }
        if metadata.len() > limit {
            return Err(problem(too_large(metadata.len(), limit)));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(&real)
            .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
            .map_err(|error| problem(format!("cannot read: {error}")))?;
        // The file may have grown since its size was looked at.
        if bytes.len() as u64 > limit {
            return Err(problem(too_large(bytes.len() as u64, limit)));
        }
        Ok(bytes)
    }
}

fn too_large(size: u64, limit: u64) -> String {
    let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
    format!(
        "is {:.1} MiB; files of this kind may be at most {:.0} MiB",
        mib(size),
        mib(limit)
    )
}
