//! From the command line to a ready `Config`: kiosk or home, which folders,
//! and where the log may be written. Kept out of `main` so that tests run
//! exactly the decisions the real start makes.

use crate::app::{Config, Voice};
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::KioskSetup;
use hifazat_core::kiosk::config::{self, Decision};
use hifazat_core::places;
use hifazat_core::problem::Problem;
use hifazat_core::store::Store;
use std::path::PathBuf;

/// What the command line asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub lang: Option<Lang>,
    /// `--data-dir`; else the platform's data folder.
    pub data_dir: Option<PathBuf>,
    /// `--config-dir`; else the platform's config folder (for kiosk.ron).
    pub config_dir: Option<PathBuf>,
    pub kiosk: bool,
    /// `--facilitator`: start at the workshop plan.
    pub facilitator: bool,
    pub exit_after_first_frame: bool,
    /// `--voice`: the espeak-ng program, if not on the PATH.
    pub voice: Option<PathBuf>,
}

/// The app's configuration, and what start-up has to tell the log.
#[derive(Debug)]
pub struct Startup {
    pub config: Config,
    /// Where `hifazat.log` may go: only a home copy that owns its folder.
    pub log_dir: Option<PathBuf>,
    /// Problems to log once logging is set up.
    pub problems: Vec<String>,
}

pub fn prepare(options: Options) -> Startup {
    let config_dir = places::config_dir(options.config_dir.as_deref());
    if let Decision::Kiosk { settings, problem } =
        config::decide(options.kiosk, config_dir.as_deref())
    {
        // A kiosk never opens the data folder: no progress, no lock, no log.
        return Startup {
            config: Config {
                lang: options.lang,
                store: Store::in_memory(),
                use_os_locale: true,
                exit_after_first_frame: options.exit_after_first_frame,
                kiosk: Some(KioskSetup {
                    settings,
                    problem: problem.as_ref().map(shown_to_staff),
                    ..KioskSetup::default()
                }),
                facilitator: false,
                documents: None,
                skipped_packs: Vec::new(),
                voice: Voice::find(options.voice.as_deref()),
                seed: clock_seed(),
            },
            log_dir: None,
            problems: problem
                .map(|problem| {
                    format!("{problem} (kiosk settings not used: running with the defaults and no exit PIN)")
                })
                .into_iter()
                .collect(),
        };
    }

    let data_dir = places::data_dir(options.data_dir);
    let mut problems = Vec::new();
    let store = match &data_dir {
        Some(dir) => match Store::open(dir) {
            Ok(store) => store,
            Err(error) => {
                // The course still works; the page says progress is not saved.
                problems.push(format!(
                    "cannot use the data folder {}: {error}; progress will not be saved",
                    dir.display()
                ));
                Store::unusable(dir)
            }
        },
        None => Store::in_memory(),
    };
    if store.is_held_elsewhere() {
        problems.push(
            "another copy of Hifazat is using the data folder; this one will not save".into(),
        );
    }
    // Only the copy that owns the folder writes the log file there, so a
    // second copy never wipes the first one's log.
    let log_dir = data_dir.filter(|_| store.not_saving().is_none());
    Startup {
        config: Config {
            lang: options.lang,
            store,
            use_os_locale: true,
            exit_after_first_frame: options.exit_after_first_frame,
            kiosk: None,
            facilitator: options.facilitator,
            documents: places::documents_dir(),
            skipped_packs: Vec::new(),
            voice: Voice::find(options.voice.as_deref()),
            seed: clock_seed(),
        },
        log_dir,
        problems,
    }
}

/// The start screen names the file, not its folder: a visitor has no
/// need to see the staff account's paths.
fn shown_to_staff(problem: &Problem) -> Problem {
    Problem {
        path: config::FILE_NAME.to_owned(),
        ..problem.clone()
    }
}

/// A seed for the quizzes' chance: the time, which differs between runs
/// (nothing about it needs to be secret).
fn clock_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_nanos() as u64)
}
