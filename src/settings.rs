//! Choices the reader made that the next start should remember: for now,
//! the language. Saved as RON in the data folder, atomically.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

const FILE_NAME: &str = "settings.ron";
const VERSION: u32 = 1;
/// Anything larger is not a file this app wrote.
const MAX_BYTES: u64 = 64 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub version: u32,
    pub language: Option<Lang>,
}

/// Where settings live. `None` keeps them in memory only (tests, and later
/// the kiosk, where nothing may be written).
#[derive(Debug, Clone, Default)]
pub struct Store {
    dir: Option<PathBuf>,
}

impl Store {
    pub fn in_memory() -> Self {
        Store { dir: None }
    }

    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        Store {
            dir: Some(dir.into()),
        }
    }

    pub fn path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|dir| dir.join(FILE_NAME))
    }

    /// Reads the settings. A missing file is a fresh start; a file that
    /// cannot be read as settings is moved aside (never deleted) and the
    /// app starts fresh.
    pub fn load(&self) -> Settings {
        let Some(path) = self.path() else {
            return Settings::default();
        };
        match read(&path) {
            Ok(Some(settings)) => settings,
            Ok(None) => Settings::default(),
            Err(reason) => {
                let aside = set_aside(&path);
                tracing::warn!(path = %path.display(), %reason, aside = ?aside, "settings could not be read; starting fresh");
                Settings::default()
            }
        }
    }

    /// Saves atomically: a temporary file in the same folder, synced, then
    /// renamed over the old one, so a power cut leaves old or new, never half.
    pub fn save(&self, settings: &Settings) -> std::io::Result<()> {
        let Some(dir) = &self.dir else {
            return Ok(());
        };
        std::fs::create_dir_all(dir)?;
        let settings = Settings {
            version: VERSION,
            ..settings.clone()
        };
        let text = ron::ser::to_string_pretty(&settings, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        file.write_all(text.as_bytes())?;
        file.as_file().sync_all()?;
        file.persist(dir.join(FILE_NAME))
            .map_err(|error| error.error)?;
        Ok(())
    }
}

fn read(path: &Path) -> Result<Option<Settings>, String> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.to_string()),
    };
    if metadata.len() > MAX_BYTES {
        return Err(format!(
            "file is {} bytes, more than {MAX_BYTES}",
            metadata.len()
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|error| error.to_string())?;
    let settings: Settings = ron::from_str(&text).map_err(|error| error.to_string())?;
    if settings.version > VERSION {
        return Err(format!("written by a newer version ({})", settings.version));
    }
    Ok(Some(settings))
}

fn set_aside(path: &Path) -> Option<PathBuf> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    let aside = path.with_file_name(format!("{FILE_NAME}.corrupt-{stamp}"));
    std::fs::rename(path, &aside).ok().map(|()| aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::in_dir(dir.path());
        assert_eq!(store.load().language, None);
        store
            .save(&Settings {
                language: Some(Lang::Ur),
                ..Settings::default()
            })
            .unwrap();
        assert_eq!(Store::in_dir(dir.path()).load().language, Some(Lang::Ur));
    }

    #[test]
    fn a_garbled_file_is_set_aside_not_lost() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::in_dir(dir.path());
        std::fs::write(store.path().unwrap(), "Settings(language: Some(").unwrap();
        assert_eq!(store.load(), Settings::default());
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(names[0].starts_with("settings.ron.corrupt-"), "{names:?}");
    }

    #[test]
    fn a_memory_store_writes_nothing() {
        let store = Store::in_memory();
        store.save(&Settings::default()).unwrap();
        assert_eq!(store.path(), None);
    }
}
