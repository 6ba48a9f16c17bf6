//! Reading a file of ours with a hard limit, only if it is a regular file.

use std::fmt;
use std::fs::{File, Metadata};
use std::io::{self, BufRead, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// A folder, pipe, device or socket has the file's name.
    NotRegular(&'static str),
    /// More than the limit; nothing beyond the limit was read.
    TooLarge { limit: u64 },
    /// The file could not be opened or read (it may be fine).
    Io(io::Error),
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::NotRegular(what) => write!(f, "this is not a regular file but {what}"),
            Refused::TooLarge { limit } => write!(f, "the file is larger than {limit} bytes"),
            Refused::Io(error) => error.fmt(f),
        }
    }
}

/// The bytes of the regular file at `path`, at most `limit` of them;
/// `Ok(None)` when there is no such file. A link is followed, but only to
/// a regular file.
///
/// The size the file system reports is never trusted (a device reports 0
/// and never ends): at most `limit + 1` bytes are read, and one more than
/// the limit means the file is refused.
pub fn regular(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, Refused> {
    // Looked at before opening, so a device is not even opened (opening
    // one can have effects of its own)...
    match std::fs::metadata(path) {
        Ok(metadata) => only_regular(&metadata)?,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(Refused::Io(error)),
    }
    let file = match open_without_blocking(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(Refused::Io(error)),
    };
    // ...and looked at again once open, for what was really opened: the
    // name may have been swapped for a pipe in between.
    let metadata = file.metadata().map_err(Refused::Io)?;
    only_regular(&metadata)?;
    if metadata.len() > limit {
        return Err(Refused::TooLarge { limit });
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Refused::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooLarge { limit });
    }
    Ok(Some(bytes))
}

fn only_regular(metadata: &Metadata) -> Result<(), Refused> {
    if metadata.is_file() {
        Ok(())
    } else {
        Err(Refused::NotRegular(kind(metadata)))
    }
}

/// What is there instead of a regular file, for the message.
pub(super) fn kind(metadata: &Metadata) -> &'static str {
    let kind = metadata.file_type();
    if kind.is_dir() {
        return "a folder";
    }
    if kind.is_symlink() {
        return "a link";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "something else"
}

/// Opens for reading. On unix, with O_NONBLOCK, so that a pipe put in the
/// file's place after it was looked at opens at once instead of waiting
/// for a writer (and is then refused), and O_NOCTTY, so a terminal never
/// becomes ours.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

/// Elsewhere there are no pipes with file names to fear: a plain open.
#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// A line longer than a caller's limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineTooLong {
    pub limit: usize,
}

impl fmt::Display for LineTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the line is longer than {} bytes", self.limit)
    }
}

/// The first line of `input`, without its line ending, read a byte at a
/// time up to `limit` bytes and no further (`hifazat hash-pin` from a
/// pipe: `/dev/zero` has no line end). `Ok(None)` at once at the end.
pub fn first_line(
    input: impl BufRead,
    limit: usize,
) -> io::Result<Result<Option<String>, LineTooLong>> {
    let mut bytes = Vec::new();
    // The line end may take two bytes (\r\n) after the limit.
    let read = input.take(limit as u64 + 2).read_until(b'\n', &mut bytes)?;
    if read == 0 {
        return Ok(Ok(None));
    }
    let ended = bytes.last() == Some(&b'\n');
    if ended {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    if bytes.len() > limit {
        return Ok(Err(LineTooLong { limit }));
    }
    Ok(Ok(Some(String::from_utf8_lossy(&bytes).into_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_within_the_limit_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(regular(&path, 5).unwrap(), Some(b"12345".to_vec()));
        assert!(matches!(
            regular(&path, 4),
            Err(Refused::TooLarge { limit: 4 })
        ));
        assert!(regular(&dir.path().join("none"), 5).unwrap().is_none());
    }

    #[test]
    fn a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let refused = regular(dir.path(), 5).unwrap_err();
        assert!(
            matches!(refused, Refused::NotRegular("a folder")),
            "{refused}"
        );
    }

    #[test]
    fn a_line_is_cut_only_at_its_end() {
        let line = |text: &str| first_line(text.as_bytes(), 6).unwrap();
        assert_eq!(line("1234\n"), Ok(Some("1234".into())));
        assert_eq!(line("123456\r\nmore"), Ok(Some("123456".into())));
        assert_eq!(line("123456"), Ok(Some("123456".into())));
        assert_eq!(line(""), Ok(None));
        assert_eq!(line("1234567\n"), Err(LineTooLong { limit: 6 }));
        assert_eq!(line("12345678"), Err(LineTooLong { limit: 6 }));
        assert_eq!(line("1234567"), Err(LineTooLong { limit: 6 }));
    }
}
