//! Pulling the plug at any instant never breaks saved progress.
//!
//! The test re-runs its own binary as a child that saves progress in a
//! loop, printing each save's number once the save has returned. The parent
//! kills the child with SIGKILL at random moments, then loads the file: it
//! must load, and hold a number at least as new as the last one the child
//! reported. 200 kills here; `HIFAZAT_KILLS=1000` (see
//! `tests/crash_soak.sh`) runs a longer check.

#![cfg(unix)]

#[path = "common/rng.rs"]
mod rng;

use hifazat_core::quiz::Score;
use hifazat_core::store::{self, Saved, Store};
use rng::Rng;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const CHILD_DIR: &str = "HIFAZAT_CRASH_CHILD_DIR";
const COUNTER: &str = "crash-counter";

/// The child: saves forever, numbering each save in the attempt count.
/// Does nothing unless the parent started it.
#[test]
fn child_saver() {
    let Ok(dir) = std::env::var(CHILD_DIR) else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let (mut saved, _) = Store::in_memory().load();
    if let Ok(Some(previous)) = store::read(&dir.join(store::FILE_NAME)) {
        saved = previous;
    }
    let score = Score {
        correct: 1,
        total: 1,
        pass_mark: 80,
    };
    loop {
        saved
            .progress
            .quiz_finished(COUNTER, &score, &score, false, "2026-11-28".into());
        store::write_atomically(&dir, &saved).expect("save");
        println!("saved {}", attempts(&saved));
    }
}

fn attempts(saved: &Saved) -> u64 {
    saved
        .progress
        .lesson(COUNTER)
        .map_or(0, |lesson| u64::from(lesson.attempts))
}

#[test]
fn progress_survives_being_killed_at_random_moments() {
    let kills: usize = std::env::var("HIFAZAT_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let seed = std::env::var("HIFAZAT_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            (now.as_nanos() as u64 ^ u64::from(std::process::id())) | 1
        });
    let mut random = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(store::FILE_NAME);
    let exe = std::env::current_exe().unwrap();
    let mut last_reported = 0;

    for kill in 0..kills {
        let mut child = Command::new(&exe)
            .args(["--exact", "child_saver", "--nocapture", "--test-threads=1"])
            .env(CHILD_DIR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the test binary runs again as the child");
        let reported = Arc::new(AtomicU64::new(0));
        let stdout = child.stdout.take().unwrap();
        let reader = {
            let reported = Arc::clone(&reported);
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    if let Some(n) = line.strip_prefix("saved ").and_then(|n| n.parse().ok()) {
                        reported.fetch_max(n, Ordering::SeqCst);
                    }
                }
            })
        };
        // Let it save at least once after starting, then kill it somewhere
        // in the middle of its work.
        let started = Instant::now();
        while reported.load(Ordering::SeqCst) <= last_reported
            && started.elapsed() < Duration::from_secs(20)
        {
            std::thread::sleep(Duration::from_micros(200));
        }
        std::thread::sleep(Duration::from_micros(random.below(8_000)));
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        reader.join().unwrap();

        let newest_reported = reported.load(Ordering::SeqCst);
        assert!(
            newest_reported > last_reported,
            "kill {kill}: the child saved nothing new (seed {seed})"
        );
        let saved = store::read(&path)
            .unwrap_or_else(|reason| {
                panic!("kill {kill}: the file does not load: {reason} (seed {seed})")
            })
            .expect("the file exists");
        let on_disk = attempts(&saved);
        assert!(
            on_disk >= newest_reported,
            "kill {kill}: the file holds save {on_disk}, older than save {newest_reported} the child reported (seed {seed})"
        );
        last_reported = on_disk;
    }

    // Saves cut short leave temporary files; the next app to open the
    // folder clears them, and still loads the newest save.
    let mut store = Store::open(dir.path()).unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert_eq!(attempts(&store.load().0), last_reported);
    eprintln!("{kills} kills survived; {last_reported} saves in all (seed {seed})");
}
