use clap::Parser;
use hifazat::app::{self, App, Config, Content};
use hifazat::i18n::Lang;
use hifazat::store::Store;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Hifazat: an offline course for parents and carers on keeping children
/// safe from online sexual exploitation, in Urdu and English.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// Language to start in: ur (Urdu) or en (English).
    #[arg(long, value_name = "LANG")]
    lang: Option<Lang>,

    /// Benchmarking: quit as soon as the first frame is drawn, so start-up
    /// can be timed from outside (see benches/bench.sh).
    #[arg(long)]
    exit_after_first_frame: bool,

    /// Folder for progress, settings and the log, instead of the platform's
    /// data folder (useful for portable installs and tests).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = cli.data_dir.or_else(|| {
        directories::ProjectDirs::from("org", "Hifazat", "hifazat")
            .map(|dirs| dirs.data_dir().to_path_buf())
    });
    let content = match Content::embedded() {
        Ok(content) => Arc::new(content),
        Err(problems) => {
            eprintln!("hifazat: the built-in course content has problems:");
            for problem in &problems {
                eprintln!("  {problem}");
            }
            return ExitCode::from(2);
        }
    };
    let (store, open_error) = match &data_dir {
        Some(dir) => match Store::open(dir) {
            Ok(store) => (store, None),
            // The course still works; the page says progress is not saved.
            Err(error) => (Store::unusable(dir), Some(error)),
        },
        None => (Store::in_memory(), None),
    };
    // Only the copy that owns the folder writes the log file there, so a
    // second copy never wipes the first one's log.
    let log_dir = data_dir.as_deref().filter(|_| store.not_saving().is_none());
    hifazat::logging::init(log_dir);
    if let Some(error) = open_error {
        tracing::error!(%error, "cannot use the data folder; progress will not be saved");
    }
    if store.is_held_elsewhere() {
        tracing::warn!("another copy of Hifazat is using the data folder; this one will not save");
    }
    let config = Config {
        lang: cli.lang,
        store,
        use_os_locale: true,
        exit_after_first_frame: cli.exit_after_first_frame,
    };

    let result = iced::application(
        move || App::new(Arc::clone(&content), config.clone()),
        App::update,
        App::view,
    )
    .title(App::title)
    .theme(App::theme)
    .subscription(App::subscription)
    .settings(app::settings())
    .scale_factor(App::scale_factor)
    .window_size((1280.0, 860.0))
    .centered()
    .run();

    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "the window could not be opened");
            eprintln!("hifazat: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
