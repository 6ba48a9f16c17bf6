//! Logging to the terminal and to `hifazat.log` in the data folder, and a
//! panic hook that leaves a short crash report in both. No log line ever
//! holds a reader's answers.

use std::fs::File;
use std::path::Path;
use std::sync::Mutex;
use tracing_subscriber::prelude::*;

const LOG_FILE: &str = "hifazat.log";

/// Sets up logging. The log file is started afresh on each run, so it
/// never grows without bound; without a writable folder, only the terminal.
pub fn init(data_dir: Option<&Path>) {
    let file = data_dir.and_then(|dir| {
        std::fs::create_dir_all(dir).ok()?;
        File::create(dir.join(LOG_FILE)).ok()
    });
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
    install_panic_hook();
}

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
        tracing::error!(%location, %payload, version = env!("CARGO_PKG_VERSION"), "Hifazat crashed");
        default_hook(info);
    }));
}
