//! Gathering a pack's files from disk, with limits against accidents and
//! strangers: a huge file, too many files or bytes in all (also through
//! one file linked many times), a link to somewhere else, a device or pipe
//! where a file should be.

use super::Layer;
use crate::files::{self, read::Refused};
use crate::problem::Problem;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// Larger than any real course, help or message file (the largest
/// built-in one is under 16 KiB).
pub const MAX_TEXT_BYTES: u64 = 2 * 1024 * 1024;
/// Larger than any real font (Noto Nastaliq is under 1 MiB).
pub const MAX_FONT_BYTES: u64 = 20 * 1024 * 1024;
/// All of a pack's text files together (course, help, languages): the
/// built-in content is 200 KiB for two languages. Checking takes about 40
/// times a pack's text in memory, so this keeps a pack at the limit near
/// 160 MB on a kiosk with little memory.
pub const MAX_TEXT_TOTAL: u64 = 4 * 1024 * 1024;
/// All of a pack's fonts together: a font for each of a few languages.
pub const MAX_FONT_TOTAL: u64 = 40 * 1024 * 1024;
/// More files than any pack needs; a folder pointed at by mistake (a home
/// folder, say) stops here instead of being read whole.
pub const MAX_FILES: usize = 1000;

/// Reads the files a pack may have. Files the app does not use (a README,
/// a glossary) are left alone. Every file that breaks a limit of its own
/// is a problem, all named at once; then the pack as a whole must keep to
/// its totals. Nothing is read until both are known to hold.
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
    // Every file is looked at before any is read, so a pack that is too
    // large as a whole is refused having read nothing.
    let mut found = Vec::new();
    for relative in candidates {
        let kind = Kind::of(&relative);
        match pack.inspect(&relative, kind.file_limit()) {
            Ok((real, size)) => found.push((relative, kind, real, size)),
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for kind in [Kind::Text, Kind::Font] {
        // A file linked from many places inside the pack counts each time.
        let total: u64 = found
            .iter()
            .filter(|(_, of, _, _)| *of == kind)
            .map(|(_, _, _, size)| size)
            .sum();
        if total > kind.total_limit() {
            return Err(vec![pack.problem("", kind.too_much(total))]);
        }
    }
    // Each real file is read once, however many names it has.
    let mut read: HashMap<PathBuf, Vec<u8>> = HashMap::new();
    let mut totals: HashMap<Kind, u64> = HashMap::new();
    for (relative, kind, real, _) in found {
        let bytes = match read.get(&real) {
            Some(bytes) => bytes.clone(),
            None => {
                let total = totals.get(&kind).copied().unwrap_or(0);
                // The files may have grown since their sizes were looked
                // at: never read past what is left of the total.
                let left = kind.total_limit().saturating_sub(total);
                let bytes = pack.read_file(&relative, &real, kind.file_limit().min(left))?;
                read.insert(real, bytes.clone());
                bytes
            }
        };
        let total = totals.entry(kind).or_insert(0);
        *total += bytes.len() as u64;
        if *total > kind.total_limit() {
            return Err(vec![pack.problem("", kind.too_much(*total))]);
        }
        files.insert(relative, bytes);
    }
    Ok(Layer {
        name,
        root: shown_root,
        files,
    })
}

/// The two kinds of file a pack has, each with its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Text,
    Font,
}

impl Kind {
    fn of(relative: &str) -> Kind {
        if relative.starts_with("fonts/") {
            Kind::Font
        } else {
            Kind::Text
        }
    }

    fn file_limit(self) -> u64 {
        match self {
            Kind::Text => MAX_TEXT_BYTES,
            Kind::Font => MAX_FONT_BYTES,
        }
    }

    fn total_limit(self) -> u64 {
        match self {
            Kind::Text => MAX_TEXT_TOTAL,
            Kind::Font => MAX_FONT_TOTAL,
        }
    }

    fn too_much(self, total: u64) -> String {
        let (what, limit) = match self {
            Kind::Text => ("text files", MAX_TEXT_TOTAL),
            Kind::Font => ("fonts", MAX_FONT_TOTAL),
        };
        format!(
            "its {what} come to {:.1} MiB together; a pack may have at most {:.0} MiB of {what}",
            mib(total),
            mib(limit)
        )
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
        // assets/pictures/<lesson>.svg: text, checked as pictures by `check`.
        if let Some(pictures) = self.list("assets/pictures")? {
            found.extend(
                pictures
                    .into_iter()
                    .filter(|name| name.ends_with(".svg"))
                    .map(|name| format!("assets/pictures/{name}")),
            );
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

    /// Where one file really is and its size, if it is a regular file
    /// inside the pack and within its size limit.
    fn inspect(&self, relative: &str, limit: u64) -> Result<(PathBuf, u64), Problem> {
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
        Ok((real, metadata.len()))
    }

    /// The bytes of a file `inspect` accepted, reading at most `limit`.
    fn read_file(&self, relative: &str, real: &Path, limit: u64) -> Result<Vec<u8>, Vec<Problem>> {
        let problem = |message: String| vec![self.problem(relative, message)];
        // Through the one reader of our files: the name may have been
        // swapped for a pipe since `inspect`, and a pipe must not block.
        match files::read::regular(real, limit) {
            Ok(Some(bytes)) => Ok(bytes),
            Ok(None) => Err(problem("cannot read: it is gone".to_owned())),
            // The file may have grown since its size was looked at.
            Err(Refused::TooLarge { .. }) => Err(problem(format!(
                "grew while it was read, past what the pack may hold (at most {:.1} MiB more)",
                mib(limit)
            ))),
            Err(Refused::NotRegular(what)) => {
                Err(problem(format!("is not a regular file but {what}")))
            }
            Err(Refused::Io(error)) => Err(problem(format!("cannot read: {error}"))),
        }
    }
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn too_large(size: u64, limit: u64) -> String {
    format!(
        "is {:.1} MiB; files of this kind may be at most {:.0} MiB",
        mib(size),
        mib(limit)
    )
}
