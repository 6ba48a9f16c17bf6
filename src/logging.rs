//! Logging to the terminal and to `hifazat.log` in the data folder, and a
//! panic hook that leaves a short crash report in both. No log line ever
//! holds a reader's answers.

use hifazat_core::files;
use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::{Mutex, OnceLock};
use tracing_subscriber::prelude::*;

const LOG_FILE: &str = "hifazat.log";

/// Sets up logging. The log file is started afresh on each run, so it
/// never grows without bound; without a usable file, only the terminal,
/// which then says why.
pub fn init(data_dir: Option<&Path>) {
    let (file, refused) = match data_dir.map(open_file) {
        Some(Ok(file)) => (Some(file), None),
        Some(Err(error)) => (None, Some(error)),
        None => (None, None),
    };
    let terminal = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_target(false);
    let file_layer = file.map(|file| {
        tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .with_target(false)
            .with_writer(Mutex::new(file))
    });
    let filter = tracing_subscriber::filter::LevelFilter::INFO;
    let _ = tracing_subscriber::registry()
        .with(terminal.with_filter(filter))
        .with(file_layer.map(|layer| layer.with_filter(filter)))
        .try_init();
    if let Some(error) = refused {
        tracing::warn!("{LOG_FILE} not used ({error}); logging to the terminal only");
    }
    install_panic_hook();
}

/// `hifazat.log` in `dir`, emptied, for this run. Opened as a private file
/// (`files::write::private`): a link or a hard link put there is refused,
/// not written through, so the log can never overwrite somebody's file,
/// and only the reader's account can read it (mode 0600). Emptied only
/// once it is known to be ours.
pub fn open_file(dir: &Path) -> io::Result<File> {
    std::fs::create_dir_all(dir)?;
    let file = files::write::private(&dir.join(LOG_FILE))?;
    file.set_len(0)?;
    Ok(file)
}

/// The sentence for a window the window system refuses after all: its
/// socket answered (see `display`), but winit could not open it (a display
/// server resetting, a compositor that is not one). iced panics then, and
/// the reader should get this sentence and an exit status, not a crash
/// report.
static REFUSED_WINDOW: OnceLock<String> = OnceLock::new();

/// Sets what to say if the window cannot be opened; see [`REFUSED_WINDOW`].
pub fn explain_a_refused_window(sentence: String) {
    let _ = REFUSED_WINDOW.set(sentence);
}

/// iced_winit's words when it cannot make its event loop (its
/// `expect`); if they ever change, the crash report is what remains.
const NO_EVENT_LOOP: &str = "Create event loop";

fn install_panic_hook() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if payload.starts_with(NO_EVENT_LOOP)
            && let Some(sentence) = REFUSED_WINDOW.get()
        {
            tracing::error!(%payload, "the window system refused the window");
            eprintln!("hifazat: {sentence}");
            std::process::exit(1);
        }
        tracing::error!(%location, %payload, version = env!("CARGO_PKG_VERSION"), "Hifazat crashed");
        default_hook(info);
    }));
}
