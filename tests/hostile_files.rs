//! Whatever someone else puts where our files should be — a pipe, a
//! device, a link, a folder — never hangs the start, is never read without
//! end, and never gets written through; and no failed write destroys the
//! file that was there (issue 14, "only regular files" and "writes that
//! cannot destroy"; the reliability report's M1, M2, M6, M7, L4, L6, L7,
//! I3, I8, I9).
//!
//! A test that could hang without its fix runs under a watchdog, which
//! turns the hang into a failure; nothing here is timed.

#![cfg(unix)]

mod common;

use common::{Journey, names};
use hifazat::app::Notice;
use hifazat::startup::{self, Options};
use hifazat_core::i18n::Lang;
use hifazat_core::kiosk::config::{self, Decision};
use hifazat_core::store::{self, NotSaving};
use iced::keyboard::key::Named;
use std::io::Write;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Fails the whole test binary if the test holding it does not finish in
/// `seconds`: a blocked open or an endless read cannot be cancelled from
/// inside, so this is the only way it can fail rather than hang.
struct Watchdog(Option<mpsc::Sender<()>>);

impl Watchdog {
    fn new(what: &'static str, seconds: u64) -> Self {
        let (done, wait) = mpsc::channel::<()>();
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) =
                wait.recv_timeout(Duration::from_secs(seconds))
            {
                // Not eprintln!, which the test harness captures and would
                // lose at the exit.
                let _ = writeln!(
                    std::io::stderr(),
                    "{what}: still not done after {seconds} s, so it hangs"
                );
                std::process::exit(101);
            }
        });
        Watchdog(Some(done))
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        if let Some(done) = self.0.take() {
            let _ = done.send(());
        }
    }
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn is_fifo(path: &Path) -> bool {
    path.symlink_metadata()
        .is_ok_and(|metadata| metadata.file_type().is_fifo())
}

/// The one `progress.ron.corrupt-*` in `dir`.
fn set_aside_in(dir: &Path) -> PathBuf {
    let aside: Vec<String> = names(dir)
        .into_iter()
        .filter(|name| name.starts_with("progress.ron.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{:?}", names(dir));
    dir.join(&aside[0])
}

/// Starts the app on `dir` and checks that what was named progress.ron
/// was set aside, the reader told, and saving works again.
fn starts_fresh_having_set_aside(dir: &Path) -> PathBuf {
    let mut journey = Journey::in_folder(dir, Some(Lang::En));
    assert_eq!(journey.app.notice(), Some(Notice::ProgressSetAside));
    assert!(journey.sees_id("notice-progress-set-aside"));
    assert_eq!(journey.app.not_saving(), None, "it still saves");
    let aside = set_aside_in(dir);
    journey.click_id("notice-dismiss");
    journey.click_id("welcome-continue");
    let saved = dir.join(store::FILE_NAME);
    assert!(
        saved.symlink_metadata().unwrap().is_file(),
        "the new progress.ron is a regular file of its own"
    );
    assert!(store::read(&saved).unwrap().is_some());
    aside
}

// M1: a device, or a link to one, reports a size of 0 and never ends.
#[test]
fn a_progress_file_that_is_a_device_is_set_aside_unread() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let _watchdog = Watchdog::new("progress.ron -> a device", 60);
        let dir = tempfile::tempdir().unwrap();
        symlink(device, dir.path().join(store::FILE_NAME)).unwrap();
        let refused = store::read(&dir.path().join(store::FILE_NAME))
            .expect_err(device)
            .to_string();
        assert!(refused.contains("not a regular file"), "{refused}");
        assert!(refused.contains("a device"), "{refused}");

        let aside = starts_fresh_having_set_aside(dir.path());
        // The link itself was moved; the device was not written.
        assert_eq!(std::fs::read_link(&aside).unwrap(), Path::new(device));
    }
}

// M2: a pipe blocks an ordinary open until someone writes into it.
#[test]
fn a_pipe_named_progress_ron_does_not_block_the_start() {
    let _watchdog = Watchdog::new("progress.ron as a pipe", 60);
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join(store::FILE_NAME));
    let aside = starts_fresh_having_set_aside(dir.path());
    assert!(is_fifo(&aside), "the pipe is kept as it was, renamed");
}

// M2, the lock: the start neither blocks nor takes someone else's file.
#[test]
fn a_pipe_named_hifazat_lock_does_not_block_the_start() {
    let _watchdog = Watchdog::new("hifazat.lock as a pipe", 60);
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let lock = dir.path().join("hifazat.lock");
    mkfifo(&lock);
    let startup = startup::prepare(Options {
        lang: Some(Lang::En),
        data_dir: Some(dir.path().to_owned()),
        config_dir: Some(config.path().to_owned()),
        ..Options::default()
    });
    let said = startup.problems.join("\n");
    assert!(said.contains("hifazat.lock"), "{said}");
    assert!(said.contains("a pipe, not a regular file"), "{said}");
    assert!(said.contains("will not be saved"), "{said}");
    assert_eq!(startup.log_dir, None, "no log written into that folder");
    assert_eq!(startup.config.store.not_saving(), Some(NotSaving::Unusable));
    let mut journey = Journey::with_config(startup.config);
    assert!(journey.sees_id("notice-cannot-save"));
    journey.press(Named::Enter);
    journey.type_char("1");
    assert_eq!(names(dir.path()), ["hifazat.lock"], "nothing was written");
    assert!(is_fifo(&lock));
}

// The lock is created if missing: through a link it would create or
// lock a file somewhere else.
#[test]
fn a_link_named_hifazat_lock_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let victim = elsewhere.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
    let missing = elsewhere.path().join("missing");
    for target in [&victim, &missing] {
        let lock = dir.path().join("hifazat.lock");
        let _ = std::fs::remove_file(&lock);
        symlink(target, &lock).unwrap();
        let error = store::Store::open(dir.path()).expect_err("a link is refused");
        assert!(error.to_string().contains("hifazat.lock"), "{error}");
        assert!(error.to_string().contains("link"), "{error}");
    }
    assert!(!missing.exists(), "nothing was created through the link");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    let mode = std::fs::metadata(&victim).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o644, "not even its mode was changed");
}

#[test]
fn the_lock_and_a_new_progress_file_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
    journey.click_id("welcome-continue");
    for name in ["hifazat.lock", store::FILE_NAME] {
        let mode = std::fs::metadata(dir.path().join(name))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{name}");
    }
}

// M6: the log was opened with O_TRUNC through whatever link was there.
#[test]
fn the_log_never_writes_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let victim = elsewhere.path().join("victim.txt");
    std::fs::write(&victim, "precious victim data\n").unwrap();
    let log = dir.path().join("hifazat.log");

    symlink(&victim, &log).unwrap();
    let error = hifazat::logging::open_file(dir.path()).expect_err("a link");
    assert!(error.to_string().contains("link"), "{error}");
    std::fs::remove_file(&log).unwrap();

    // A hard link is the same file under our name.
    std::fs::hard_link(&victim, &log).unwrap();
    let error = hifazat::logging::open_file(dir.path()).expect_err("a hard link");
    assert!(error.to_string().contains("hard link"), "{error}");
    std::fs::remove_file(&log).unwrap();

    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "precious victim data\n"
    );

    {
        let _watchdog = Watchdog::new("hifazat.log as a pipe", 60);
        mkfifo(&log);
        let error = hifazat::logging::open_file(dir.path()).expect_err("a pipe");
        assert!(error.to_string().contains("a pipe"), "{error}");
        std::fs::remove_file(&log).unwrap();
    }

    // Our own old log: emptied, and made private.
    std::fs::write(&log, "yesterday's lines\n").unwrap();
    std::fs::set_permissions(&log, std::fs::Permissions::from_mode(0o644)).unwrap();
    hifazat::logging::open_file(dir.path()).expect("our own log");
    assert_eq!(std::fs::read(&log).unwrap(), b"");
    let mode = std::fs::metadata(&log).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_kiosk_ron_that_is_a_pipe_or_a_device_is_refused_at_once() {
    let _watchdog = Watchdog::new("kiosk.ron as a pipe or a device", 60);
    for (kind, make) in [
        ("a pipe", mkfifo as fn(&Path)),
        ("a device", |path: &Path| {
            symlink("/dev/zero", path).unwrap()
        }),
    ] {
        let dir = tempfile::tempdir().unwrap();
        make(&dir.path().join(config::FILE_NAME));
        let Decision::Kiosk { settings, problem } = config::decide(false, Some(dir.path())) else {
            panic!("{kind}: a kiosk.ron, even a bad one, makes a kiosk");
        };
        assert_eq!(settings.exit_pin, None);
        let problem = problem.expect("the problem is said").to_string();
        assert!(problem.contains("not a regular file"), "{kind}: {problem}");
        assert!(problem.contains(kind), "{problem}");
    }
}

// I8: a folder named progress.ron is set aside like any other thing this
// app did not write, contents and all; the data folder is fine.
#[test]
fn a_folder_named_progress_ron_is_set_aside_with_what_is_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join(store::FILE_NAME);
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("notes.txt"), "kept").unwrap();
    let aside = starts_fresh_having_set_aside(dir.path());
    assert_eq!(
        std::fs::read_to_string(aside.join("notes.txt")).unwrap(),
        "kept"
    );
}

// I8: a file that cannot be read is kept, and the banner says that, not
// that the folder cannot be used.
#[test]
fn an_unreadable_progress_file_is_kept_and_the_banner_says_why_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(store::FILE_NAME);
    // A link to itself: no open can get past it.
    symlink(store::FILE_NAME, &path).unwrap();
    let mut journey = Journey::in_folder(dir.path(), Some(Lang::En));
    assert_eq!(journey.app.not_saving(), Some(NotSaving::FileKept));
    assert!(journey.sees_id("notice-progress-kept"));
    assert!(!journey.sees_id("notice-cannot-save"));
    journey.click_id("welcome-continue");
    journey.type_char("1");
    assert_eq!(names(dir.path()), ["hifazat.lock", store::FILE_NAME]);
    assert_eq!(
        std::fs::read_link(&path).unwrap(),
        Path::new(store::FILE_NAME)
    );
}

// L6: the set-aside notice was replaced by "could not save" for good.
#[test]
fn the_set_aside_notice_outlives_a_failed_save() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join(store::FILE_NAME), "not progress").unwrap();
    let mut journey = Journey::in_folder(&folder, Some(Lang::En));
    assert!(journey.sees_id("notice-progress-set-aside"));
    // The stick is pulled out (the set-aside file goes with it).
    std::fs::remove_dir_all(&folder).unwrap();
    journey.click_id("welcome-continue");
    assert!(journey.sees_id("notice-save-failed"));
    assert!(
        journey.sees_id("notice-progress-set-aside"),
        "both are shown"
    );
    std::fs::create_dir(&folder).unwrap();
    journey.type_char("1");
    assert!(!journey.sees_id("notice-save-failed"), "saved again");
    assert!(
        journey.sees_id("notice-progress-set-aside"),
        "the set-aside notice stays until it is dismissed"
    );
    journey.click_id("notice-dismiss");
    assert!(!journey.sees_id("notice-progress-set-aside"));
    assert_eq!(journey.app.notice(), None);
}

/// Runs the binary with `stdin` and waits, failing (not hanging) after
/// a minute.
fn run(args: &[&str], dir: &Path, stdin: Stdio, setup: Option<fn()>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hifazat"));
    let config = tempfile::tempdir().unwrap();
    command
        .args(args)
        .arg("--config-dir")
        .arg(config.path())
        .current_dir(dir)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(setup) = setup {
        use std::os::unix::process::CommandExt;
        // SAFETY: `setup` only calls async-signal-safe functions.
        unsafe {
            command.pre_exec(move || {
                setup();
                Ok(())
            });
        }
    }
    let child = command.spawn().expect("hifazat runs");
    let _watchdog = Watchdog::new("hifazat (the binary)", 60);
    child.wait_with_output().expect("finished")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// At most 1 GiB of address space for the child: reading without end then
/// fails at once instead of taking the machine's memory with it.
fn little_memory() {
    // SAFETY: setrlimit is async-signal-safe.
    unsafe {
        let limit = libc::rlimit {
            rlim_cur: 1 << 30,
            rlim_max: 1 << 30,
        };
        libc::setrlimit(libc::RLIMIT_AS, &limit);
    }
}

// L4
#[test]
fn hash_pin_reads_no_more_than_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let output = run(&["hash-pin"], dir.path(), zero.into(), Some(little_memory));
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("longer than 64"),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty(), "no hash is made");

    let long = dir.path().join("long");
    std::fs::write(&long, format!("{}\n", "1".repeat(65))).unwrap();
    let output = run(
        &["hash-pin"],
        dir.path(),
        std::fs::File::open(&long).unwrap().into(),
        Some(little_memory),
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("longer than 64"),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty());
}

fn handout_in(dir: &Path, args: &[&str], setup: Option<fn()>) -> Output {
    let mut all = vec!["export", "--lang", "en"];
    all.extend_from_slice(args);
    run(&all, dir, Stdio::null(), setup)
}

// L7: an existing file is somebody's until --force says otherwise.
#[test]
fn export_replaces_an_existing_file_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.html");
    std::fs::write(&out, "old handout").unwrap();
    let output = handout_in(dir.path(), &["--out", "handout.html"], None);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(said.contains("handout.html already exists"), "{said}");
    assert!(said.contains("--force"), "{said}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old handout");

    let output = handout_in(dir.path(), &["--out", "handout.html", "--force"], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "replaced whole");
    assert_eq!(
        names(dir.path()),
        ["handout.html"],
        "no temporary file left"
    );
}

// L7: not through a link, not even with --force.
#[test]
fn export_never_writes_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    symlink("victim.txt", dir.path().join("link.html")).unwrap();
    for force in [false, true] {
        let mut args = vec!["--out", "link.html"];
        if force {
            args.push("--force");
        }
        let output = handout_in(dir.path(), &args, None);
        assert_eq!(output.status.code(), Some(1), "force: {force}");
        let said = stderr(&output);
        assert!(said.contains("link.html"), "{said}");
        assert!(said.contains("does not write through links"), "{said}");
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(
        std::fs::read_link(dir.path().join("link.html")).unwrap(),
        Path::new("victim.txt")
    );
    assert_eq!(names(dir.path()), ["link.html", "victim.txt"]);
}

/// A disk with 64 KiB left, as far as the child can tell: writes past it
/// fail with EFBIG (the signal that would end the process is ignored, as
/// a full disk's ENOSPC ends nothing).
fn little_room() {
    // SAFETY: setrlimit and signal are async-signal-safe.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        let limit = libc::rlimit {
            rlim_cur: 64 * 1024,
            rlim_max: 64 * 1024,
        };
        libc::setrlimit(libc::RLIMIT_FSIZE, &limit);
    }
}

// M7: a full disk used to cut the new handout short over the old one.
#[test]
fn export_on_a_full_disk_keeps_the_old_handout_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.html");
    std::fs::write(&out, "old handout").unwrap();
    let output = handout_in(
        dir.path(),
        &["--out", "handout.html", "--force"],
        Some(little_room),
    );
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(said.contains("cannot write handout.html"), "{said}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old handout");
    assert_eq!(names(dir.path()), ["handout.html"], "no cut-off file left");

    let output = handout_in(dir.path(), &["--out", "new.html"], Some(little_room));
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        names(dir.path()),
        ["handout.html"],
        "no empty or cut-off new file"
    );
}

// I9: clap's usage line in an error listed the options given as if they
// were required.
#[test]
fn export_usage_does_not_call_lang_required() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["export", "--lang", "en"], dir.path(), Stdio::null(), None);
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    let usage = said
        .lines()
        .find(|line| line.starts_with("Usage:"))
        .unwrap_or_else(|| panic!("a usage line: {said}"));
    assert!(usage.contains("--out <FILE>"), "{usage}");
    assert!(usage.contains("[--lang <LANG>]"), "{usage}");
    assert!(usage.contains("[--force]"), "{usage}");
}
