//! The one way this app touches a file of its own: `progress.ron`,
//! `kiosk.ron`, the lock, the log and handouts.
//!
//! The data and config folders may be shared (a USB stick, a community
//! centre's kiosk account), so whoever else can write there may put a
//! pipe, a device or a link where our file should be. A pipe must not hang
//! the start, a device must not be read without end, and a link must not
//! make us write over somebody else's file. So:
//!
//! - [`read::regular`] opens only a regular file, without blocking, and
//!   reads at most a fixed number of bytes, whatever the file claims;
//! - [`write::atomically`] writes a temporary file next to the target and
//!   renames it into place, so a full disk or a crash leaves the old file
//!   whole and never a cut-off one, and it never writes through a link;
//! - [`write::private`] opens a file we keep writing to (the lock, the
//!   log) only if it is ours: regular, not a link, mode 0600.

pub mod read;
pub mod write;
