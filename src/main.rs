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

    /// Open facilitator mode: plan a workshop, present it on a projector
    /// with a clicker, and save a handout to print.
    #[arg(long)]
    facilitator: bool,

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
    /// Writes a printable handout: each lesson's key points, then where to
    /// get help. One HTML file with its fonts inside; open it in a browser
    /// and print it (A4).
    Export {
        /// Language of the handout: ur or en.
        #[arg(long, value_name = "LANG", default_value = "ur")]
        lang: Lang,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Country of the help directory (pk, in, gb, us, ph, world);
        /// the computer's region, else Pakistan, when not given.
        #[arg(long, value_name = "CODE")]
        country: Option<String>,
        /// Adds each quiz's answers and explanations, for facilitators.
        #[arg(long)]
        answers: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::HashPin) => return hash_pin(),
        Some(Command::Export {
            lang,
            out,
            country,
            answers,
        }) => return export(lang, &out, country, answers),
        None => {}
    }
    let startup = startup::prepare(Options {
        lang: cli.lang,
        data_dir: cli.data_dir,
        config_dir: cli.config_dir,
        kiosk: cli.kiosk,
        facilitator: cli.facilitator,
        exit_after_first_frame: cli.exit_after_first_frame,
    });
    hifazat::logging::init(startup.log_dir.as_deref());
    for problem in &startup.problems {
        tracing::error!("{problem}");
    }
    run(startup.config)
}

/// The content compiled in; a broken build says what is wrong and exits 2.
fn embedded_content() -> Result<Content, ExitCode> {
    Content::embedded().map_err(|problems| {
        eprintln!("hifazat: the built-in course content has problems:");
        for problem in &problems {
            eprintln!("  {problem}");
        }
        ExitCode::from(2)
    })
}

fn run(config: Config) -> ExitCode {
    let content = match embedded_content() {
        Ok(content) => Arc::new(content),
        Err(code) => return code,
    };
    // A daemon, not a single-window application: facilitator mode can
    // open its notes in a second window. Closing the main window quits.
    let result = iced::daemon(
        move || App::boot(Arc::clone(&content), config.clone()),
        App::update,
        App::view_window,
    )
    .title(App::window_title)
    .theme(App::window_theme)
    .subscription(App::subscription)
    .settings(app::settings())
    .scale_factor(App::window_scale_factor)
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

/// `hifazat export`: writes the handout; an unknown country is refused
/// with the list of known ones.
fn export(lang: Lang, out: &std::path::Path, country: Option<String>, answers: bool) -> ExitCode {
    let content = match embedded_content() {
        Ok(content) => content,
        Err(code) => return code,
    };
    let known = content.help.countries();
    let country = match country {
        Some(code) if known.contains(&code.to_ascii_lowercase().as_str()) => {
            code.to_ascii_lowercase()
        }
        Some(code) => {
            eprintln!(
                "hifazat: no help directory for {code:?}; choose one of: {}",
                known.join(", ")
            );
            return ExitCode::from(2);
        }
        None => content
            .help
            .default_country(hifazat::i18n::os_region().as_deref()),
    };
    let handout = hifazat::export::Handout {
        lang,
        country,
        answers,
        lessons: None,
    };
    let html = hifazat::export::handout(&content, &handout);
    match std::fs::write(out, html) {
        Ok(()) => {
            eprintln!("hifazat: wrote {}", out.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("hifazat: cannot write {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}
