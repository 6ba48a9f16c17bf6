//! Writing a file of ours so that no failure can destroy what was there,
//! and never through a link.

use super::read::kind;
use std::fs::{File, Metadata};
use std::io::{self, Write};
use std::path::Path;

/// What to do when something already has the target's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Refuse: an existing file is somebody's (`hifazat export` without
    /// `--force`).
    Keep,
    /// Replace a regular file; refuse a link, a folder or anything else
    /// (`export --force`, the facilitator's handout).
    ReplaceFile,
    /// Replace whatever entry has the name, a link included. The rename
    /// swaps the entry itself and never writes through a link; the file a
    /// link pointed at is left as it was (`progress.ron`: see the store).
    ReplaceEntry,
}

/// How [`atomically`] writes.
#[derive(Debug, Clone, Copy)]
pub struct Atomic<'a> {
    pub existing: Existing,
    /// The temporary file's name starts with this (a dot hides it) and
    /// ends with [`TEMPORARY_SUFFIX`], so one left by a crash can be
    /// recognised and cleared.
    pub temporary_prefix: &'a str,
    /// Only the owner may read it (progress). Otherwise it gets the modes
    /// the user's umask allows, like any file they save (a handout).
    pub private: bool,
}

pub const TEMPORARY_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// synced, then renamed into place, and the folder synced: after a crash,
/// a full disk or any other failure, `path` is the old file or the new
/// one, whole, never a mix and never cut off. A failed write removes its
/// temporary file.
pub fn atomically(path: &Path, bytes: &[u8], how: &Atomic<'_>) -> io::Result<()> {
    atomically_with(path, how, |mut file, _| {
        file.write_all(bytes)?;
        file.sync_all()
    })
}

/// [`atomically`], for a file something else fills: `fill` is given the
/// temporary file, open, and its name (for a program that writes it by
/// name, as espeak-ng does), and must leave it whole and synced; an error
/// from it (a recording that is not whole, say) removes the temporary
/// file and leaves `path` as it was.
pub fn atomically_with(
    path: &Path,
    how: &Atomic<'_>,
    fill: impl FnOnce(File, &Path) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    refuse_in_the_way(path, how.existing)?;
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(how.temporary_prefix)
        .suffix(TEMPORARY_SUFFIX);
    #[cfg(unix)]
    if !how.private {
        use std::os::unix::fs::PermissionsExt;
        // Narrowed by the umask, as any new file is.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // The name is kept (and removed if anything fails) apart from the
    // open file, which `fill` may close before another program opens it.
    let (file, temporary) = builder.tempfile_in(dir)?.into_parts();
    fill(file, &temporary)?;
    match how.existing {
        // Atomic too: a file that appeared since the check above is kept.
        Existing::Keep => match temporary.persist_noclobber(path) {
            Ok(()) => {}
            Err(error) if error.error.kind() == io::ErrorKind::AlreadyExists => {
                return Err(already_exists());
            }
            // A file system with neither a no-replace rename nor hard
            // links (some USB sticks): the name was free a moment ago, so
            // a plain rename, still never a half-written file.
            Err(error) if std::fs::symlink_metadata(path).is_err() => {
                error.path.persist(path).map_err(|error| error.error)?;
            }
            Err(error) => return Err(error.error),
        },
        // A link put in the name since the check is replaced, not followed.
        Existing::ReplaceFile | Existing::ReplaceEntry => {
            temporary.persist(path).map_err(|error| error.error)?;
        }
    }
    // The rename itself lives in the folder: sync it too, or a power cut
    // could bring back the old name.
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Refuses what is in the way of writing `path`: for all but
/// `ReplaceEntry`, anything but a regular file (a link, a folder), and
/// with `Keep`, a file already there. Checked before the work starts (a
/// recording takes seconds), and again by the rename.
pub fn refuse_in_the_way(path: &Path, existing: Existing) -> io::Result<()> {
    if existing == Existing::ReplaceEntry {
        return Ok(());
    }
    match std::fs::symlink_metadata(path) {
        Ok(metadata) if !metadata.is_file() => Err(not_regular(&metadata)),
        Ok(_) if existing == Existing::Keep => Err(already_exists()),
        Ok(_) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error),
    }
}

fn already_exists() -> io::Error {
    io::Error::new(io::ErrorKind::AlreadyExists, "the file already exists")
}

fn not_regular(metadata: &Metadata) -> io::Error {
    let what = kind(metadata);
    let why = if what == "a link" {
        "it is a link, and Hifazat does not write through links".to_owned()
    } else {
        format!("it is {what}, not a regular file")
    };
    io::Error::new(io::ErrorKind::InvalidInput, why)
}

/// Opens, creating it with mode 0600, a file the app keeps open and
/// writes to in place (the lock, the log), only if it is ours to write:
/// a regular file, not a link, with no other name (a hard link would make
/// us write over the file it shares). A pipe does not block the open. An
/// existing file readable by others is narrowed to 0600.
pub fn private(path: &Path) -> io::Result<File> {
    match std::fs::symlink_metadata(path) {
        Ok(metadata) if !metadata.is_file() => return Err(not_regular(&metadata)),
        Ok(_) => {}
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(error),
    }
    let file = open_private(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(not_regular(&metadata));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        if metadata.nlink() > 1 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "it has other names (hard links), so writing it would change another file",
            ));
        }
        if metadata.mode() & 0o077 != 0 {
            // Best effort: a file we may write but do not own stays as it is.
            let _ = file.set_permissions(std::fs::Permissions::from_mode(0o600));
        }
    }
    Ok(file)
}

/// O_NOFOLLOW: a link put in the name after the check above is refused
/// (ELOOP), never followed; O_NONBLOCK: a pipe neither blocks the open nor
/// is written to (it is refused by the check after the open).
#[cfg(unix)]
fn open_private(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|error| {
            if error.raw_os_error() == Some(libc::ELOOP) {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "it is a link, and Hifazat does not write through links",
                )
            } else {
                error
            }
        })
}

/// Elsewhere, the check before the open is what there is.
#[cfg(not(unix))]
fn open_private(path: &Path) -> io::Result<File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHARED: Atomic<'static> = Atomic {
        existing: Existing::Keep,
        temporary_prefix: ".test-",
        private: false,
    };

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn keep_refuses_an_existing_file_and_replace_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.html");
        atomically(&path, b"first", &SHARED).unwrap();
        let error = atomically(&path, b"second", &SHARED).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::AlreadyExists, "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        let replace = Atomic {
            existing: Existing::ReplaceFile,
            ..SHARED
        };
        atomically(&path, b"second", &replace).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(names(dir.path()), ["out.html"], "no temporary file left");
    }

    #[test]
    fn a_folder_in_the_way_is_refused_and_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.html");
        std::fs::create_dir(&path).unwrap();
        let replace = Atomic {
            existing: Existing::ReplaceFile,
            ..SHARED
        };
        let error = atomically(&path, b"x", &replace).unwrap_err();
        assert!(error.to_string().contains("a folder"), "{error}");
        assert!(path.is_dir());
        assert_eq!(names(dir.path()), ["out.html"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_private_file_is_0600_and_a_link_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hifazat.lock");
        std::fs::write(&path, b"").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        private(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);

        let link = dir.path().join("hifazat.log");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        let error = private(&link).unwrap_err();
        assert!(error.to_string().contains("link"), "{error}");
    }
}
