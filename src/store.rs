//! Saving what a reader has done and chosen, so that closing the app — or
//! pulling the plug — never loses it.
//!
//! One RON file, `progress.ron`, in the data folder, with a schema version.
//! Every save writes a temporary file in the same folder, syncs it, and
//! renames it over the old one: after a crash at any instant the file is
//! either the old one or the new one, never a mix. A file that cannot be
//! read is moved aside, never deleted, and the app starts fresh. A lock on
//! the folder stops two copies of the app from overwriting each other.

use crate::progress::{Place, Progress};
use crate::settings::Settings;
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
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
}

/// What loading found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// No saved file: a first start.
    Fresh,
    Saved,
    /// The file could not be read; it was moved to `aside` (or could not
    /// be moved, `aside` is `None`) and the app starts fresh.
    SetAside {
        reason: String,
        aside: Option<PathBuf>,
    },
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
    /// Another copy of the app holds the folder: read, but never write.
    ReadOnly { dir: PathBuf },
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
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK_NAME))?;
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
                mode: Mode::ReadOnly { dir },
            }),
            Err(fs::TryLockError::Error(error)) => Err(error),
        }
    }

    pub fn path(&self) -> Option<PathBuf> {
        match &self.mode {
            Mode::Memory => None,
            Mode::Folder { dir, .. } | Mode::ReadOnly { dir } => Some(dir.join(FILE_NAME)),
        }
    }

    /// True when another copy of the app holds the data folder, so this one
    /// does not save.
    pub fn is_held_elsewhere(&self) -> bool {
        matches!(self.mode, Mode::ReadOnly { .. })
    }

    /// Reads the saved state. Never fails: a bad file is set aside (only
    /// by the copy of the app that owns the folder) and the app starts
    /// fresh.
    pub fn load(&self) -> (Saved, Loaded) {
        let Some(path) = self.path() else {
            return (Saved::default(), Loaded::Fresh);
        };
        match read(&path) {
            Ok(Some(saved)) => (saved, Loaded::Saved),
            Ok(None) => (Saved::default(), Loaded::Fresh),
            Err(reason) => {
                let aside = match self.mode {
                    Mode::Folder { .. } => set_aside(&path),
                    _ => None,
                };
                tracing::warn!(path = %path.display(), %reason, ?aside, "saved progress could not be read; starting fresh");
                (Saved::default(), Loaded::SetAside { reason, aside })
            }
        }
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
    let mut file = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .suffix(TEMPORARY_SUFFIX)
        .tempfile_in(dir)?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(dir.join(FILE_NAME))
        .map_err(|error| error.error)?;
    // The rename itself lives in the folder: sync it too, or a power cut
    // could bring back the old name.
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

const TEMPORARY_PREFIX: &str = ".progress-";
const TEMPORARY_SUFFIX: &str = ".tmp";

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

/// Reads a saved file: `Ok(None)` when there is none, `Err` with a reason
/// when it is not a file this version can trust.
pub fn read(path: &Path) -> Result<Option<Saved>, String> {
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.to_string()),
    };
    if metadata.len() > MAX_BYTES {
        return Err(format!(
            "the file is {} bytes, more than the {MAX_BYTES} this app writes",
            metadata.len()
        ));
    }
    let bytes = fs::read(path).map_err(|error| error.to_string())?;
    let text = String::from_utf8(bytes).map_err(|_| "the file is not text".to_owned())?;
    if text.trim().is_empty() {
        return Err("the file is empty".into());
    }
    let saved: Saved = ron::from_str(&text)
        .map_err(|error| format!("line {}: {}", error.position.line, error.code))?;
    if saved.version > VERSION {
        return Err(format!(
            "written by a newer version of Hifazat (format {})",
            saved.version
        ));
    }
    if saved.version == 0 {
        return Err("the file has no valid format version".into());
    }
    Ok(Some(saved))
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
        saved.settings.language = Some(Lang::Ur);
        saved.progress.page_seen("sextortion", 2);
        saved
    }

    #[test]
    fn what_is_saved_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.load(), (Saved::default(), Loaded::Fresh));
        store.save(&saved_in_urdu()).unwrap();
        drop(store);
        let (saved, loaded) = Store::open(dir.path()).unwrap().load();
        assert_eq!(loaded, Loaded::Saved);
        assert_eq!(saved.settings.language, Some(Lang::Ur));
        assert_eq!(saved.version, VERSION);
        assert!(saved.progress.lesson("sextortion").is_some());
    }

    #[test]
    fn a_second_copy_reads_but_does_not_write() {
        let dir = tempfile::tempdir().unwrap();
        let first = Store::open(dir.path()).unwrap();
        first.save(&saved_in_urdu()).unwrap();
        let second = Store::open(dir.path()).unwrap();
        assert!(second.is_held_elsewhere());
        assert!(!first.is_held_elsewhere());
        assert_eq!(second.load().0.settings.language, Some(Lang::Ur));
        second.save(&Saved::default()).unwrap();
        assert_eq!(
            first.load().0.settings.language,
            Some(Lang::Ur),
            "the second copy wrote nothing"
        );
        drop(first);
        assert!(
            !Store::open(dir.path()).unwrap().is_held_elsewhere(),
            "the lock goes with the app"
        );
    }

    #[test]
    fn a_memory_store_touches_no_disk() {
        let store = Store::in_memory();
        store.save(&saved_in_urdu()).unwrap();
        assert_eq!(store.path(), None);
        assert_eq!(store.load().1, Loaded::Fresh);
    }
}
