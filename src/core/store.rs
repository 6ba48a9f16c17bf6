//! Saving what a reader has done and chosen, so that closing the app — or
//! pulling the plug — never loses it.
//!
//! One RON file, `progress.ron`, in the data folder, with a schema version.
//! Every save writes a temporary file in the same folder, syncs it, and
//! renames it over the old one: after a crash at any instant the file is
//! either the old one or the new one, never a mix. A file that cannot be
//! read is moved aside, never deleted, and the app starts fresh. A lock on
//! the folder stops two copies of the app from overwriting each other.
//!
//! Only a regular file is read, and at most [`MAX_BYTES`] of it (see
//! `files`): a pipe, a device or a folder named `progress.ron` is set
//! aside like any file this app did not write. A link to a regular file is
//! read; the first save then replaces the link itself with a regular file
//! (the rename never writes through it), so the file it pointed at stops
//! being updated but is never changed. That is on purpose: following it
//! to write would let anyone who can write the folder aim our saves at
//! another file.
//!
//! The app saves synchronously, inside `update`, on purpose (everything
//! else that can block runs as a task). It makes "saved after every step"
//! exactly true: when a step returns, it is on disk, so a kill or a power
//! cut a moment later loses nothing (the crash tests kill the app hundreds
//! of times and count). A save happens only when what is kept changed, the
//! file is a few kilobytes, and it takes 0.5 ms (median of 100; 2.5 ms at
//! the slowest) on this project's build machine: `save_progress` in
//! `benches/core.rs`. Saving from a task would need a dirty flag and one
//! save at a time, and a step could be acknowledged before it is kept. If
//! a slow USB stick ever makes a step wait noticeably, that is the change.

use crate::course::Course;
use crate::files::read::{self as read_file, Refused};
use crate::files::write::{self as write_file, Atomic, Existing, TEMPORARY_SUFFIX};
use crate::problem::Problem;
use crate::progress::{At, Place, Progress};
use crate::settings::Settings;
use serde::{Deserialize, Serialize};
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const FILE_NAME: &str = "progress.ron";
const LOCK_NAME: &str = "hifazat.lock";
pub const VERSION: u32 = 1;
/// Anything larger was not written by this app.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// Everything that is saved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub progress: Progress,
    #[serde(default)]
    pub place: Option<Place>,
    /// The course's `content_version` when this was saved; `None` in files
    /// written before it was kept.
    #[serde(default)]
    pub content_version: Option<String>,
}

impl Saved {
    /// The saved place, if the reader can go back to it in `course`: it
    /// must still exist there, and a quiz attempt must have been saved by
    /// this same edition of the course — one from another edition, or from
    /// a file that does not say, is set aside (the progress itself is kept).
    pub fn place_in(&self, course: &Course) -> Option<Place> {
        let place = self.place.as_ref().filter(|place| place.fits(course))?;
        let same_edition = self.content_version.as_deref() == Some(&course.content_version);
        match place.at {
            At::Quiz(_) if !same_edition => None,
            _ => Some(place.clone()),
        }
    }
}

/// What loading found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// No saved file: a first start.
    Fresh,
    Saved,
    /// The file is not one this app can trust; it was moved to `aside`
    /// (`None`: it could not be moved, so the store stopped writing rather
    /// than overwrite it) and the app starts fresh.
    SetAside {
        reason: Problem,
        aside: Option<PathBuf>,
    },
    /// The file could not be read at all (permissions, a failing disk): it
    /// is left alone, the store stops writing, and the app starts fresh.
    Unreadable {
        reason: Problem,
    },
}

/// Why a store does not save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSaving {
    /// Another copy of the app holds the data folder.
    HeldElsewhere,
    /// The folder cannot be used safely (it cannot be made, or its lock
    /// cannot be taken).
    Unusable,
    /// `progress.ron` could not be read, or a bad one could not be set
    /// aside, so it is kept as it is: writing would replace it.
    FileKept,
}

/// Where saving goes.
#[derive(Debug, Clone, Default)]
pub struct Store {
    mode: Mode,
}

#[derive(Debug, Clone, Default)]
enum Mode {
    /// Nothing touches the disk (tests; a kiosk).
    #[default]
    Memory,
    /// This copy of the app owns the folder. The lock lives as long as
    /// any clone of the store.
    Folder { dir: PathBuf, _lock: Arc<File> },
    /// Read, but never write: another copy holds the folder, or writing
    /// could destroy a file that must be kept.
    ReadOnly { dir: PathBuf, why: NotSaving },
}

impl Store {
    pub fn in_memory() -> Self {
        Store { mode: Mode::Memory }
    }

    /// Opens the data folder, creating it, and takes its lock. If another
    /// copy of the app holds the lock, the store only reads.
    pub fn open(dir: impl Into<PathBuf>) -> io::Result<Self> {
        let dir = dir.into();
        fs::create_dir_all(&dir)?;
        // Only a regular file of ours: a pipe must not block the start and
        // a link must not make us create or lock some other file.
        let lock = write_file::private(&dir.join(LOCK_NAME))
            .map_err(|error| io::Error::new(error.kind(), format!("{LOCK_NAME}: {error}")))?;
        match lock.try_lock() {
            Ok(()) => {
                remove_stale_temporaries(&dir);
                Ok(Store {
                    mode: Mode::Folder {
                        dir,
                        _lock: Arc::new(lock),
                    },
                })
            }
            Err(fs::TryLockError::WouldBlock) => Ok(Store {
                mode: Mode::ReadOnly {
                    dir,
                    why: NotSaving::HeldElsewhere,
                },
            }),
            Err(fs::TryLockError::Error(error)) => Err(error),
        }
    }

    pub fn path(&self) -> Option<PathBuf> {
        match &self.mode {
            Mode::Memory => None,
            Mode::Folder { dir, .. } | Mode::ReadOnly { dir, .. } => Some(dir.join(FILE_NAME)),
        }
    }

    /// A store for a folder that cannot be opened or locked: it reads what
    /// it can and never writes.
    pub fn unusable(dir: impl Into<PathBuf>) -> Self {
        Store {
            mode: Mode::ReadOnly {
                dir: dir.into(),
                why: NotSaving::Unusable,
            },
        }
    }

    /// Why this store does not save, if it does not.
    pub fn not_saving(&self) -> Option<NotSaving> {
        match self.mode {
            Mode::ReadOnly { why, .. } => Some(why),
            Mode::Memory | Mode::Folder { .. } => None,
        }
    }

    pub fn is_held_elsewhere(&self) -> bool {
        self.not_saving() == Some(NotSaving::HeldElsewhere)
    }

    /// Reads the saved state. Never fails and never loses a file: a bad
    /// file is set aside by the copy of the app that owns the folder; if
    /// it cannot be set aside, or cannot be read at all, the store stops
    /// writing so the file stays as it is. Either way the app starts fresh.
    pub fn load(&mut self) -> (Saved, Loaded) {
        let Some(path) = self.path() else {
            return (Saved::default(), Loaded::Fresh);
        };
        let loaded = match read(&path) {
            Ok(Some(saved)) => return (saved, Loaded::Saved),
            Ok(None) => return (Saved::default(), Loaded::Fresh),
            Err(ReadError::Io(reason)) => Loaded::Unreadable { reason },
            Err(ReadError::Untrusted(reason)) => {
                let aside = match self.mode {
                    Mode::Folder { .. } => set_aside(&path),
                    _ => None,
                };
                Loaded::SetAside { reason, aside }
            }
        };
        let keep_file = matches!(
            loaded,
            Loaded::Unreadable { .. } | Loaded::SetAside { aside: None, .. }
        );
        if keep_file && let Mode::Folder { dir, .. } = &self.mode {
            self.mode = Mode::ReadOnly {
                dir: dir.clone(),
                why: NotSaving::FileKept,
            };
        }
        tracing::warn!(path = %path.display(), ?loaded, "saved progress could not be used; starting fresh");
        (Saved::default(), loaded)
    }

    /// Saves atomically (see the module comment). Does nothing in memory or
    /// when another copy of the app owns the folder.
    pub fn save(&self, saved: &Saved) -> io::Result<()> {
        let Mode::Folder { dir, .. } = &self.mode else {
            return Ok(());
        };
        write_atomically(dir, saved)
    }
}

/// The save itself, separate from the lock so the crash-safety harness can
/// hammer it directly.
pub fn write_atomically(dir: &Path, saved: &Saved) -> io::Result<()> {
    let saved = Saved {
        version: VERSION,
        ..saved.clone()
    };
    let text = ron::ser::to_string_pretty(&saved, ron::ser::PrettyConfig::default())
        .map_err(io::Error::other)?;
    write_file::atomically(
        &dir.join(FILE_NAME),
        text.as_bytes(),
        &Atomic {
            // Whatever has the name was read and trusted, or set aside, at
            // load: a link is replaced, never followed (module comment).
            existing: Existing::ReplaceEntry,
            temporary_prefix: TEMPORARY_PREFIX,
            private: true,
        },
    )
}

const TEMPORARY_PREFIX: &str = ".progress-";

/// A save cut short by a crash leaves its temporary file behind; the copy
/// of the app that holds the lock clears them, so they never pile up.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(TEMPORARY_PREFIX) && name.ends_with(TEMPORARY_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Why a saved file was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The file could not be read (it may be fine).
    Io(Problem),
    /// The file was read and is not one this version can trust.
    Untrusted(Problem),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(problem) | ReadError::Untrusted(problem) => problem.fmt(f),
        }
    }
}

/// Reads a saved file: `Ok(None)` when there is none.
pub fn read(path: &Path) -> Result<Option<Saved>, ReadError> {
    let shown = path.display().to_string();
    let bytes = match read_file::regular(path, MAX_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(None),
        // Not a file this app writes: set aside, like bad bytes.
        Err(refused @ Refused::NotRegular(_)) => {
            return Err(ReadError::Untrusted(Problem::in_file(
                &shown,
                refused.to_string(),
            )));
        }
        Err(Refused::TooLarge { limit }) => {
            return Err(ReadError::Untrusted(Problem::in_file(
                &shown,
                format!("the file is more than the {limit} bytes this app writes"),
            )));
        }
        Err(Refused::Io(error)) => {
            return Err(ReadError::Io(Problem::in_file(&shown, error.to_string())));
        }
    };
    trusted(&shown, bytes)
        .map(Some)
        .map_err(ReadError::Untrusted)
}

/// Checks the bytes of a saved file, shown as `path` in its problems.
fn trusted(path: &str, bytes: Vec<u8>) -> Result<Saved, Problem> {
    let text =
        String::from_utf8(bytes).map_err(|_| Problem::in_file(path, "the file is not text"))?;
    if text.trim().is_empty() {
        return Err(Problem::in_file(path, "the file is empty"));
    }
    let saved: Saved = ron::from_str(&text).map_err(|error| Problem::ron(path, &error))?;
    if saved.version > VERSION {
        return Err(Problem::in_file(
            path,
            format!(
                "written by a newer version of Hifazat (format {})",
                saved.version
            ),
        ));
    }
    if saved.version == 0 {
        return Err(Problem::in_file(
            path,
            "the file has no valid format version",
        ));
    }
    Ok(saved)
}

/// Moves a bad file to `progress.ron.corrupt-<seconds since 1970>`,
/// never over an earlier one.
fn set_aside(path: &Path) -> Option<PathBuf> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    let name = path.file_name()?.to_string_lossy().into_owned();
    let aside = (0..100)
        .map(|n| {
            let suffix = if n == 0 {
                String::new()
            } else {
                format!("-{n}")
            };
            path.with_file_name(format!("{name}.corrupt-{stamp}{suffix}"))
        })
        .find(|candidate| !candidate.exists())?;
    fs::rename(path, &aside).ok().map(|()| aside)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn saved_in_urdu() -> Saved {
        let mut saved = Saved::default();
        saved.settings.language = Some(Lang::Ur.saved_code());
        saved.progress.page_seen("sextortion", 2);
        saved
    }

    #[test]
    fn what_is_saved_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        assert_eq!(store.load(), (Saved::default(), Loaded::Fresh));
        store.save(&saved_in_urdu()).unwrap();
        drop(store);
        let (saved, loaded) = Store::open(dir.path()).unwrap().load();
        assert_eq!(loaded, Loaded::Saved);
        assert_eq!(saved.settings.language, Some(Lang::Ur.saved_code()));
        assert_eq!(saved.version, VERSION);
        assert!(saved.progress.lesson("sextortion").is_some());
    }

    #[test]
    fn a_second_copy_reads_but_does_not_write() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Store::open(dir.path()).unwrap();
        first.save(&saved_in_urdu()).unwrap();
        let mut second = Store::open(dir.path()).unwrap();
        assert!(second.is_held_elsewhere());
        assert!(!first.is_held_elsewhere());
        assert_eq!(
            second.load().0.settings.language,
            Some(Lang::Ur.saved_code())
        );
        second.save(&Saved::default()).unwrap();
        assert_eq!(
            first.load().0.settings.language,
            Some(Lang::Ur.saved_code()),
            "the second copy wrote nothing"
        );
        drop(first);
        assert!(
            !Store::open(dir.path()).unwrap().is_held_elsewhere(),
            "the lock goes with the app"
        );
    }

    /// A progress file written before `content_version` was kept: the
    /// place of a lesson page, and a quiz attempt's place.
    fn older_file(at: &str) -> String {
        format!(
            "(version: 1, settings: (), progress: (lessons: {{\"sextortion\": (pages_read: [0, 1], \
             attempts: 1)}}), place: Some((lesson: \"sextortion\", at: {at})))"
        )
    }

    fn course() -> Course {
        crate::content::Content::embedded()
            .expect("the course loads")
            .course
    }

    #[test]
    fn a_file_from_before_content_version_still_loads() {
        let course = course();
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(FILE_NAME), older_file("Page(1)")).unwrap();
        let (saved, loaded) = Store::open(dir.path()).unwrap().load();
        assert_eq!(loaded, Loaded::Saved);
        assert_eq!(saved.content_version, None);
        assert_eq!(saved.progress.lesson("sextortion").unwrap().attempts, 1);
        assert_eq!(
            saved.place_in(&course).map(|place| place.at),
            Some(At::Page(1)),
            "a lesson page is a place in any edition"
        );
    }

    #[test]
    fn a_quiz_attempt_from_another_edition_is_set_aside() {
        let course = course();
        assert!(!course.content_version.is_empty());
        let (index, _) = course.lesson("sextortion").unwrap();
        let attempt = crate::quiz::Attempt::lesson(&course, index, 7);
        let mut saved = Saved {
            place: Some(Place {
                lesson: "sextortion".into(),
                at: At::Quiz(Box::new(attempt.clone())),
            }),
            content_version: Some(course.content_version.clone()),
            ..Saved::default()
        };
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        store.save(&saved).unwrap();
        let text = fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert!(
            text.contains(&format!(
                "content_version: Some(\"{}\")",
                course.content_version
            )),
            "the edition is in the file: {text}"
        );
        let (loaded, _) = store.load();
        assert_eq!(
            loaded.place_in(&course).map(|place| place.at),
            Some(At::Quiz(Box::new(attempt.clone()))),
            "the same edition resumes the attempt"
        );
        saved.content_version = Some("2020.1".into());
        assert_eq!(saved.place_in(&course), None, "an older edition's attempt");
        saved.content_version = None;
        assert_eq!(saved.place_in(&course), None, "a file that does not say");
        assert_eq!(saved.progress, Progress::default(), "nothing else is lost");
    }

    #[test]
    fn a_memory_store_touches_no_disk() {
        let mut store = Store::in_memory();
        store.save(&saved_in_urdu()).unwrap();
        assert_eq!(store.path(), None);
        assert_eq!(store.load().1, Loaded::Fresh);
    }
}
