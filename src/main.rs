use clap::{Parser, Subcommand};
use hifazat::app::{self, App, Config, Content};
use hifazat::i18n::Lang;
use hifazat::kiosk;
use hifazat::startup::{self, Options};
use std::io::{BufRead, IsTerminal};
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

    /// Run as a kiosk for a shared screen: fullscreen, nothing saved, each
    /// visitor's session wiped when they finish or walk away. A kiosk.ron
    /// in the config folder turns this on too (see the README).
    #[arg(long)]
    kiosk: bool,

    /// Folder to look for kiosk.ron in, instead of the platform's config
    /// folder.
    #[arg(long, value_name = "DIR")]
    config_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Makes the exit_pin line for kiosk.ron from a PIN typed on standard
    /// input. Only the salted hash is printed; the PIN is not kept.
    HashPin,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::HashPin) = cli.command {
        return hash_pin();
    }
    let startup = startup::prepare(Options {
        lang: cli.lang,
        data_dir: cli.data_dir,
        config_dir: cli.config_dir,
        kiosk: cli.kiosk,
        exit_after_first_frame: cli.exit_after_first_frame,
    });
    hifazat::logging::init(startup.log_dir.as_deref());
    for problem in &startup.problems {
        tracing::error!("{problem}");
    }
    run(startup.config)
}

fn run(config: Config) -> ExitCode {
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
    let window = app::window_settings(config.kiosk.is_some());

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
    .window(window)
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

/// `hifazat hash-pin`: reads a PIN (twice, unseen, at a terminal; one
/// line from a pipe) and prints the line to put in kiosk.ron.
fn hash_pin() -> ExitCode {
    let read = |prompt: &str| -> Option<String> {
        let line = if std::io::stdin().is_terminal() {
            rpassword::prompt_password(prompt).ok()?
        } else {
            std::io::stdin().lock().lines().next()?.ok()?
        };
        Some(line.trim().to_owned())
    };
    let Some(pin) = read("Exit PIN (4 to 12 digits, not shown): ") else {
        eprintln!("hifazat: no PIN was given");
        return ExitCode::FAILURE;
    };
    if std::io::stdin().is_terminal()
        && read("The same PIN again: ").as_deref() != Some(pin.as_str())
    {
        eprintln!("hifazat: the two PINs differ; nothing was made");
        return ExitCode::FAILURE;
    }
    match kiosk::PinHash::from_pin(&pin) {
        Ok(hash) => {
            eprintln!("Put this line in kiosk.ron (see the README, \"Kiosk mode\"):");
            println!("    exit_pin: Some(\"{}\"),", hash.as_str());
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("hifazat: {problem}");
            ExitCode::FAILURE
        }
    }
}
