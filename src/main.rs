use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use hifazat_core::content::{Content, SkippedPack};
use hifazat_core::files::read::{LineTooLong, first_line};
use hifazat_core::files::write::Existing;
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk;
use hifazat_core::speech::audio::{self, Recording};
use hifazat_core::speech::{Espeak, Speed};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Hifazat: an offline course for parents and carers on keeping children
/// safe from online sexual exploitation, in Urdu and English.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// Language to start in: ur (Urdu), en (English), or one a content
    /// pack adds (ur-Latn, say).
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,

    /// A content pack folder to load on top of the built-in course (see
    /// the README, "Translate or adapt the course"). Packs in the config
    /// folder's packs/ load too; this one comes last.
    #[arg(long, value_name = "DIR", global = true)]
    content: Option<PathBuf>,

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

    /// Folder to look for kiosk.ron and packs/ in, instead of the
    /// platform's config folder.
    #[arg(long, value_name = "DIR", global = true)]
    config_dir: Option<PathBuf>,

    /// The espeak-ng program that reads pages aloud, if it is not on the
    /// PATH (Listen works without it, and says what to install).
    #[arg(long, value_name = "PROGRAM", global = true)]
    voice: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Checks the built-in content and every content pack (those in the
    /// config folder's packs/, and --content) as the app would load them.
    /// Prints each problem as file:line:column, then a summary. Exits 0
    /// when there are only warnings, 1 when there are errors.
    Check,
    /// Makes the exit_pin line for kiosk.ron from a PIN typed on standard
    /// input. Only the salted hash is printed; the PIN is not kept.
    HashPin,
    /// Writes a printable handout: each lesson's key points, then where to
    /// get help. One HTML file with its fonts inside; open it in a browser
    /// and print it (A4).
    // Written out: clap's own usage line in an error lists the options
    // given as if they were required (`--lang <LANG>` has a default).
    #[command(
        override_usage = "hifazat export --out <FILE> [--lang <LANG>] [--country <CODE>] [--answers] [--force] [--content <DIR>]"
    )]
    Export {
        /// Language of the handout: ur, en, or one a content pack adds.
        #[arg(long, value_name = "LANG", default_value = "ur")]
        lang: String,
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
        /// Replaces the file if it exists (never a link or a folder).
        /// Without it, an existing file is left as it is.
        #[arg(long)]
        force: bool,
    },
    /// Records lessons read aloud by espeak-ng, as WAV files to share (on
    /// a phone, say): one lesson with --lesson, or every lesson into a
    /// folder with --all (as 01-<lesson>.<lang>.wav, …).
    #[command(
        group(clap::ArgGroup::new("which").required(true).args(["lesson", "all"])),
        override_usage = "hifazat audio --lesson <ID> --out <FILE> [--lang <LANG>] [--speed <SPEED>] [--force]\n       hifazat audio --all --out <DIR> [--lang <LANG>] [--speed <SPEED>] [--force]"
    )]
    Audio {
        /// Language to read in: ur, en, or one a content pack adds.
        #[arg(long, value_name = "LANG", default_value = "ur")]
        lang: String,
        /// The lesson to record, by its id (what-it-is, grooming, …).
        #[arg(long, value_name = "ID")]
        lesson: Option<String>,
        /// Every lesson, each to its own file in the --out folder.
        #[arg(long)]
        all: bool,
        /// The WAV file to write (with --lesson), or the folder (with
        /// --all), made if it is not there.
        #[arg(long, value_name = "FILE|DIR")]
        out: PathBuf,
        /// How fast the voice reads, as in the app's Settings.
        #[arg(long, value_enum, default_value_t = SpeedArg::Normal)]
        speed: SpeedArg,
        /// Replaces files that exist (never a link or a folder). Without
        /// it, nothing is recorded when a file is already there.
        #[arg(long)]
        force: bool,
    },
    /// Writes the manual page (roff) to standard output, made from these
    /// options; the Debian package installs it as hifazat(1).
    #[command(hide = true)]
    Man,
}

/// `--speed`: the three speeds of Settings.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum SpeedArg {
    Slower,
    Normal,
    Faster,
}

impl From<SpeedArg> for Speed {
    fn from(speed: SpeedArg) -> Speed {
        match speed {
            SpeedArg::Slower => Speed::Slower,
            SpeedArg::Normal => Speed::Normal,
            SpeedArg::Faster => Speed::Faster,
        }
    }
}

/// The command line, its version line naming the course's edition too
/// (`content_version` in assets/course.ron), as `hifazat --version` prints:
/// `hifazat 0.1.0 (content 2026.12)`.
fn command() -> clap::Command {
    let content = Content::built_in_version().unwrap_or_else(|| "unknown".to_owned());
    let version = format!("{} (content {content})", env!("CARGO_PKG_VERSION"));
    // Made once per run; clap keeps a &'static str.
    Cli::command().version(&*Box::leak(version.into_boxed_str()))
}

fn main() -> ExitCode {
    let cli = Cli::from_arg_matches(&command().get_matches()).unwrap_or_else(|error| error.exit());
    let packs = hifazat_core::pack::folders(
        hifazat_core::places::config_dir(cli.config_dir.as_deref()).as_deref(),
        cli.content.as_deref(),
    );
    match cli.command {
        Some(Command::HashPin) => hash_pin(),
        Some(Command::Man) => man(),
        Some(Command::Check) => check(&packs),
        Some(Command::Export {
            lang,
            out,
            country,
            answers,
            force,
        }) => export(
            &packs,
            &lang,
            &out,
            Choices {
                country,
                answers,
                force,
            },
        ),
        Some(Command::Audio {
            lang,
            lesson,
            all: _,
            out,
            speed,
            force,
        }) => audio(
            &packs,
            cli.voice.as_deref(),
            &lang,
            lesson.as_deref(),
            &out,
            (speed.into(), force),
        ),
        None => window::open(cli, &packs),
    }
}

/// `hifazat man`: the manual page, from the clap definition above, with
/// the hidden options and subcommands left out.
fn man() -> ExitCode {
    let mut page = Vec::new();
    if let Err(error) = clap_mangen::Man::new(command()).render(&mut page) {
        eprintln!("error: the manual page could not be made: {error}");
        return ExitCode::FAILURE;
    }
    use std::io::Write;
    match std::io::stdout().write_all(&page) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The app in its window.
#[cfg(feature = "gui")]
mod window {
    use super::{Cli, content};
    use hifazat::app::{self, App, Config};
    use hifazat::display::NoScreen;
    use hifazat::startup::{self, Options};
    use hifazat_core::content::Content;
    use hifazat_core::i18n::{Lang, Words};
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::sync::Arc;

    pub fn open(cli: Cli, packs: &[PathBuf]) -> ExitCode {
        // Packs first: they may add the language --lang or kiosk.ron names.
        let (content, skipped) = match content(packs) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
        let lang = match cli
            .lang
            .as_deref()
            .map(|code| super::language(&content, code))
        {
            None => None,
            Some(Ok(lang)) => Some(lang),
            Some(Err(code)) => return code,
        };
        // Before the data folder is touched: without a screen nothing else
        // is worth doing, and winit would only panic.
        if let Err(missing) = hifazat::display::find() {
            return no_screen(&content, lang, &missing);
        }
        let display = std::env::var("WAYLAND_DISPLAY")
            .or_else(|_| std::env::var("DISPLAY"))
            .unwrap_or_default();
        let refused = no_screen_text(&content, lang, &NoScreen::NotThere(display));
        let mut startup = startup::prepare(Options {
            lang,
            data_dir: cli.data_dir,
            config_dir: cli.config_dir,
            kiosk: cli.kiosk,
            facilitator: cli.facilitator,
            exit_after_first_frame: cli.exit_after_first_frame,
            voice: cli.voice,
        });
        hifazat::logging::init(startup.log_dir.as_deref());
        hifazat::logging::explain_a_refused_window(refused);
        for problem in &startup.problems {
            tracing::error!("{problem}");
        }
        for pack in &skipped {
            tracing::error!(
                pack = %pack.name,
                errors = pack.errors,
                "content pack not used; run `hifazat check` for every problem. First: {}",
                pack.first_problem
            );
        }
        startup.config.skipped_packs = skipped;
        run(content, startup.config)
    }

    /// Said on the terminal, in the reader's language when `--lang` names
    /// it, else in each of the built-in ones.
    fn no_screen(content: &Content, lang: Option<Lang>, missing: &NoScreen) -> ExitCode {
        eprintln!("hifazat: {}", no_screen_text(content, lang, missing));
        ExitCode::FAILURE
    }

    fn no_screen_text(content: &Content, lang: Option<Lang>, missing: &NoScreen) -> String {
        let (id, display) = match missing {
            NoScreen::NoneNamed => ("error-no-display", String::new()),
            NoScreen::NotThere(name) => ("error-display-not-there", name.clone()),
        };
        let langs = match lang {
            Some(lang) => vec![lang],
            None => vec![Lang::En, Lang::Ur],
        };
        let lines: Vec<String> = langs
            .into_iter()
            .map(|lang| {
                let words = Words {
                    i18n: &content.i18n,
                    lang,
                };
                words.t_with(id, &[("display", display.clone())])
            })
            .collect();
        lines.join("\nhifazat: ")
    }

    fn run(content: Content, config: Config) -> ExitCode {
        let content = Arc::new(content);
        let mut settings = app::iced_settings();
        settings
            .fonts
            .extend(content.fonts.iter().map(|font| font.bytes.to_vec().into()));
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
        .settings(settings)
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
}

/// Built without the window (`--no-default-features`): only the tools.
#[cfg(not(feature = "gui"))]
mod window {
    use super::Cli;
    use std::path::PathBuf;
    use std::process::ExitCode;

    pub fn open(_cli: Cli, _packs: &[PathBuf]) -> ExitCode {
        eprintln!(
            "hifazat: this build has no window (built without the gui feature); \
             use `hifazat check`, `hifazat export` or `hifazat hash-pin`"
        );
        ExitCode::from(2)
    }
}

/// The built-in content with every pack that checks clean. Broken
/// built-in content says what is wrong and exits 2; a broken pack is
/// left out and named.
fn content(packs: &[PathBuf]) -> Result<(Content, Vec<SkippedPack>), ExitCode> {
    Content::with_packs(packs).map_err(|problems| {
        eprintln!("hifazat: the built-in course content has problems:");
        for problem in &problems {
            eprintln!("  {problem}");
        }
        ExitCode::from(2)
    })
}

/// `hifazat check`: every layer as the app would stack it, each pack
/// checked on top of those kept before it.
fn check(packs: &[PathBuf]) -> ExitCode {
    let stack = hifazat_core::check::stack(packs);
    let problems: Vec<&hifazat_core::problem::Problem> = stack
        .built_in
        .iter()
        .chain(stack.packs.iter().flat_map(|pack| &pack.problems))
        .collect();
    for problem in &problems {
        println!("{problem}");
    }
    let used: Vec<&str> = stack.used().collect();
    let loaded = if used.is_empty() {
        "built-in content only".to_owned()
    } else {
        format!("built-in content + {}", used.join(" + "))
    };
    println!("{loaded}: {}", stack.kept.summary);
    let left_out: Vec<&str> = stack
        .packs
        .iter()
        .filter(|pack| !pack.used)
        .map(|pack| pack.name.as_str())
        .collect();
    if !left_out.is_empty() {
        println!("not used, because of errors: {}", left_out.join(", "));
    }
    let errors = problems.iter().filter(|problem| problem.is_error()).count();
    let warnings = problems.len() - errors;
    let plural =
        |count: usize, word: &str| format!("{count} {word}{}", if count == 1 { "" } else { "s" });
    println!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A language the loaded content offers, by its code; else the list of
/// codes it does offer, and exit status 2.
fn language(content: &Content, code: &str) -> Result<Lang, ExitCode> {
    let offered = content.i18n.languages();
    Lang::find(offered, code).ok_or_else(|| {
        let codes: Vec<&str> = offered.iter().map(|lang| lang.code()).collect();
        eprintln!(
            "hifazat: no language {code:?}; choose one of: {}",
            codes.join(", ")
        );
        ExitCode::from(2)
    })
}

/// Longer than any PIN with room to spare (they are 4 to 12 digits); a
/// pipe is read no further, so `hash-pin < /dev/zero` ends at once.
const MAX_PIN_LINE: usize = 64;

/// `hifazat hash-pin`: reads a PIN (twice, unseen, at a terminal; one
/// line from a pipe) and prints the line to put in kiosk.ron.
fn hash_pin() -> ExitCode {
    let too_long = || {
        eprintln!(
            "hifazat: the PIN line is longer than {MAX_PIN_LINE} characters; \
             a PIN is 4 to 12 digits. Nothing was made"
        );
        ExitCode::FAILURE
    };
    let read = |prompt: &str| -> Result<Option<String>, LineTooLong> {
        let line = if std::io::stdin().is_terminal() {
            rpassword::prompt_password(prompt).ok()
        } else {
            first_line(std::io::stdin().lock(), MAX_PIN_LINE).unwrap_or(Ok(None))?
        };
        match line {
            Some(line) if line.len() > MAX_PIN_LINE => Err(LineTooLong {
                limit: MAX_PIN_LINE,
            }),
            line => Ok(line.map(|line| line.trim().to_owned())),
        }
    };
    let pin = match read("Exit PIN (4 to 12 digits, not shown): ") {
        Ok(Some(pin)) => pin,
        Ok(None) => {
            eprintln!("hifazat: no PIN was given");
            return ExitCode::FAILURE;
        }
        Err(LineTooLong { .. }) => return too_long(),
    };
    if std::io::stdin().is_terminal()
        && read("The same PIN again: ").ok().flatten().as_deref() != Some(pin.as_str())
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

/// What `hifazat export` was asked for, besides where and in what language.
struct Choices {
    country: Option<String>,
    answers: bool,
    force: bool,
}

/// `hifazat export`: writes the handout; an unknown country is refused
/// with the list of known ones, an existing file without `--force`.
fn export(packs: &[PathBuf], lang: &str, out: &std::path::Path, choices: Choices) -> ExitCode {
    let Choices {
        country,
        answers,
        force,
    } = choices;
    let content = match tool_content(packs) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let lang = match language(&content, lang) {
        Ok(lang) => lang,
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
            .default_country(hifazat_core::i18n::os_region().as_deref()),
    };
    let handout = hifazat_core::export::Handout {
        lang,
        country,
        answers,
        lessons: None,
    };
    let html = hifazat_core::export::handout(&content, &handout);
    let existing = if force {
        Existing::ReplaceFile
    } else {
        Existing::Keep
    };
    match hifazat_core::export::save(out, &html, existing) {
        Ok(()) => {
            eprintln!("hifazat: wrote {}", out.display());
            ExitCode::SUCCESS
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "hifazat: {} already exists; nothing was written. Give --force to replace it",
                out.display()
            );
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("hifazat: cannot write {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// Content for a tool: the built-in course with every pack that checks
/// clean, naming those left out.
fn tool_content(packs: &[PathBuf]) -> Result<Content, ExitCode> {
    let (content, skipped) = content(packs)?;
    for pack in skipped {
        eprintln!(
            "hifazat: content pack {} not used ({} errors; first: {})",
            pack.name, pack.errors, pack.first_problem
        );
    }
    Ok(content)
}

/// `hifazat audio`: one lesson (`lesson`) to the file `out`, or, with
/// none, every lesson into the folder `out`. No voice exits 1 and says
/// what to install; an unknown lesson exits 2 with the list of ids. Files
/// that exist are checked before anything is recorded.
fn audio(
    packs: &[PathBuf],
    voice: Option<&Path>,
    lang: &str,
    lesson: Option<&str>,
    out: &Path,
    (speed, force): (Speed, bool),
) -> ExitCode {
    let content = match tool_content(packs) {
        Ok(content) => content,
        Err(code) => return code,
    };
    let how = match language(&content, lang) {
        Ok(lang) => Recording {
            lang,
            speed,
            existing: if force {
                Existing::ReplaceFile
            } else {
                Existing::Keep
            },
        },
        Err(code) => return code,
    };
    let lessons = &content.course.lessons;
    let jobs: Vec<(usize, PathBuf)> = match lesson {
        Some(id) => match content.course.lesson(id) {
            Some((index, _)) => vec![(index, out.to_owned())],
            None => {
                let ids: Vec<&str> = lessons.iter().map(|lesson| lesson.id.as_str()).collect();
                eprintln!(
                    "hifazat: no lesson {id:?}; choose one of: {}",
                    ids.join(", ")
                );
                return ExitCode::from(2);
            }
        },
        None => lessons
            .iter()
            .enumerate()
            .map(|(index, lesson)| (index, out.join(audio::file_name(index, lesson, how.lang))))
            .collect(),
    };
    let Some(espeak) = Espeak::find(voice) else {
        match voice {
            Some(voice) => eprintln!(
                "hifazat: the voice {} is not a program; {}",
                voice.display(),
                audio::HOW_TO_INSTALL
            ),
            None => eprintln!(
                "hifazat: espeak-ng was not found; {}",
                audio::HOW_TO_INSTALL
            ),
        }
        return ExitCode::FAILURE;
    };
    // Everything in the way is named before a minute of recording is spent.
    let refused: Vec<String> = jobs
        .iter()
        .filter_map(|(_, path)| {
            audio::check_target(path, how.existing)
                .err()
                .map(|error| refusal(path, &error))
        })
        .collect();
    if !refused.is_empty() {
        for line in refused {
            eprintln!("hifazat: {line}");
        }
        return ExitCode::FAILURE;
    }
    if lesson.is_none()
        && let Err(error) = std::fs::create_dir_all(out)
    {
        eprintln!("hifazat: cannot make the folder {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    for (index, path) in &jobs {
        match audio::record(&espeak, &content, *index, path, how) {
            Ok(written) => eprintln!(
                "hifazat: wrote {} ({}, {:.1} MB)",
                written.path.display(),
                audio::minutes_seconds(written.duration),
                written.bytes as f64 / 1e6
            ),
            Err(error) => {
                eprintln!("hifazat: {}", refusal(path, &error));
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// Why `path` was not written, as a sentence.
fn refusal(path: &Path, error: &std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::AlreadyExists {
        format!(
            "{} already exists; nothing was written. Give --force to replace it",
            path.display()
        )
    } else {
        format!("cannot write {}: {error}", path.display())
    }
}
