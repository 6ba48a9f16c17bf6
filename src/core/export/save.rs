//! Putting a handout on disk: the one way both `hifazat export` and the
//! facilitator's "save a handout" write it.

use crate::files::write::{self, Atomic, Existing};
use std::io;
use std::path::Path;

/// Writes `html` to `path` atomically (`files::write::atomically`): on a
/// full disk the old handout stays whole and no cut-off one is left, so a
/// printed handout never silently lacks its last section, where to get
/// help. Never through a link. `existing` says whether a file already
/// there may be replaced.
pub fn save(path: &Path, html: &str, existing: Existing) -> io::Result<()> {
    write::atomically(
        path,
        html.as_bytes(),
        &Atomic {
            existing,
            temporary_prefix: ".hifazat-handout-",
            // A handout is made to be shared and printed.
            private: false,
        },
    )
}
