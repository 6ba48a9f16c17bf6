//! Started where there is no screen (a terminal over ssh, a kiosk whose
//! display server has not come up yet): a sentence and an exit status,
//! never a panic, and nothing written to the data folder.

use std::process::{Command, Output};

fn hifazat_without_screen(display: Option<&str>, data: &std::path::Path) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hifazat"));
    command
        .args(["--lang", "en", "--data-dir"])
        .arg(data)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env_remove("DISPLAY");
    if let Some(display) = display {
        command.env("DISPLAY", display);
    }
    command.output().expect("hifazat runs")
}

fn assert_said_plainly(output: &Output, sentence: &str, data: &std::path::Path) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains(sentence), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(!stderr.contains("backtrace"), "stderr: {stderr}");
    assert!(!data.exists(), "the data folder was touched");
}

#[test]
fn no_display_at_all_is_a_sentence_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let output = hifazat_without_screen(None, &data);
    assert_said_plainly(&output, "There is no screen to open the window on.", &data);
}

#[test]
fn a_display_that_is_not_there_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let output = hifazat_without_screen(Some(":4242"), &data);
    assert_said_plainly(
        &output,
        "cannot be reached, so the window cannot open",
        &data,
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains(":4242"));
}

/// A display whose socket answers but which is not a window system (a
/// server restarting, say): winit fails after all, and the reader still
/// gets the sentence instead of a crash report.
#[test]
fn a_display_that_answers_but_refuses_the_window_is_a_sentence_too() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("wayland-refusing");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    std::thread::spawn(move || {
        // Hang up on every client at once.
        for connection in listener.incoming() {
            drop(connection);
        }
    });
    let data = dir.path().join("data");
    let output = Command::new(env!("CARGO_BIN_EXE_hifazat"))
        .args(["--lang", "en", "--data-dir"])
        .arg(&data)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("WAYLAND_DISPLAY", &socket)
        .output()
        .expect("hifazat runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains("cannot be reached, so the window cannot open"),
        "stderr: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(!stderr.contains("stack backtrace"), "stderr: {stderr}");
}
