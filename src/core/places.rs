//! The platform's folders for Hifazat: where settings and progress live,
//! where kiosk.ron and packs are looked for, and where a handout is saved.
//! A folder given on the command line always wins.

use std::path::{Path, PathBuf};

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "Hifazat", "hifazat")
}

/// `--config-dir`, else the platform's config folder: where kiosk.ron and
/// packs/ are looked for.
pub fn config_dir(given: Option<&Path>) -> Option<PathBuf> {
    given
        .map(Path::to_path_buf)
        .or_else(|| project_dirs().map(|dirs| dirs.config_dir().to_path_buf()))
}

/// `--data-dir`, else the platform's data folder: progress, settings and
/// the log.
pub fn data_dir(given: Option<PathBuf>) -> Option<PathBuf> {
    given.or_else(|| project_dirs().map(|dirs| dirs.data_dir().to_path_buf()))
}

/// Where a facilitator's handout is saved: Documents, else home.
pub fn documents_dir() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .unwrap_or_else(|| dirs.home_dir())
            .to_path_buf(),
    )
}
