//! espeak-ng, the voice: found on the machine at run time, never linked,
//! so the app builds with no audio library and runs where there is none.
//! It is run once per line, with the text on its standard input and
//! nothing of the text on its command line, and plays the line itself.
//!
//! Pause stops the process where it is (SIGSTOP) and Resume lets it go on;
//! stopping kills it, so quick exit silences it at once. Where a process
//! cannot be paused (Windows), pausing stops the line and Resume reads it
//! again from its start.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The espeak-ng program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Espeak {
    program: PathBuf,
}

/// The program's names, and where its Windows installer puts it.
const NAMES: [&str; 2] = ["espeak-ng", "espeak-ng.exe"];
const WINDOWS_PLACES: [&str; 2] = [
    r"C:\Program Files\eSpeak NG\espeak-ng.exe",
    r"C:\Program Files (x86)\eSpeak NG\espeak-ng.exe",
];

impl Espeak {
    /// `given` (the `--voice` option) if it is a program, else espeak-ng
    /// on the `PATH`, else where its installer puts it.
    pub fn find(given: Option<&Path>) -> Option<Espeak> {
        if let Some(given) = given {
            return is_program(given).then(|| Espeak {
                program: given.to_owned(),
            });
        }
        let path = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&path)
            .flat_map(|dir| NAMES.iter().map(move |name| dir.join(name)))
            .chain(WINDOWS_PLACES.iter().map(PathBuf::from))
            .find(|candidate| is_program(candidate))
            .map(|program| Espeak { program })
    }

    pub fn program(&self) -> &Path {
        &self.program
    }

    /// The command for one line: UTF-8 text from standard input, at
    /// `words_per_minute`, without the pause espeak-ng adds at the end
    /// (the app paces the lines itself).
    fn command(&self, voice: &str, words_per_minute: u32) -> Command {
        let mut command = Command::new(&self.program);
        command
            .args(["-v", voice, "-s"])
            .arg(words_per_minute.to_string())
            .args(["-b", "1", "-z", "--stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        die_with_the_app(&mut command);
        command
    }

    /// Starts saying `text` aloud, and returns at once.
    pub fn say(&self, voice: &str, words_per_minute: u32, text: &str) -> io::Result<Speaking> {
        let child = feed(self.command(voice, words_per_minute), text)?;
        Ok(Speaking::new(child))
    }

    /// Writes `text` as spoken to a WAV file, and waits until it is done.
    pub fn record(
        &self,
        voice: &str,
        words_per_minute: u32,
        text: &str,
        out: &Path,
    ) -> io::Result<()> {
        let mut command = self.command(voice, words_per_minute);
        command.arg("-w").arg(out);
        let status = feed(command, text)?.wait()?;
        if status.success() {
            Ok(())
        } else {
            Err(io::Error::other(format!(
                "espeak-ng could not read in the voice {voice:?} ({status})"
            )))
        }
    }

    /// Starts writing `text` as spoken, as WAV, to the child's standard
    /// output (for measuring how soon the first sound comes).
    pub fn record_to(&self, voice: &str, words_per_minute: u32, text: &str) -> io::Result<Child> {
        let mut command = self.command(voice, words_per_minute);
        command.arg("--stdout").stdout(Stdio::piped());
        feed(command, text)
    }

    /// Whether espeak-ng has a voice for `voice`.
    pub fn has_voice(&self, voice: &str) -> bool {
        Command::new(&self.program)
            .arg(format!("--voices={voice}"))
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).lines().count() > 1)
    }
}

/// Starts `command` and writes `text` to it. The text goes whole and the
/// pipe is closed, so espeak-ng reads to the end; a line is a paragraph at
/// most, well under a pipe's buffer.
fn feed(mut command: Command, text: &str) -> io::Result<Child> {
    let mut child = command.spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        // A voice that exits at once (no such language) closes the pipe;
        // that is its exit status's to report, not the write's.
        let _ = stdin.write_all(text.as_bytes());
        let _ = stdin.write_all(b"\n");
    }
    Ok(child)
}

/// If the app is killed (kill -9, a crash), the voice goes with it: a
/// line must never go on being read over a screen that is gone. Linux
/// only; elsewhere a line ends by itself, a paragraph at most.
#[cfg(target_os = "linux")]
fn die_with_the_app(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: prctl(2) is async-signal-safe, and nothing else runs
    // between fork and exec.
    unsafe {
        command.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == 0 {
                Ok(())
            } else {
                Err(io::Error::last_os_error())
            }
        });
    }
}

#[cfg(not(target_os = "linux"))]
fn die_with_the_app(_command: &mut Command) {}

fn is_program(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

/// A line being said. Dropping it stops it.
#[derive(Debug, Clone)]
pub struct Speaking {
    child: Arc<Mutex<Option<Child>>>,
}

/// How a line ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Said to the end.
    Said,
    /// Stopped by the app.
    Stopped,
    /// The voice failed (no voice for the language, say).
    Failed,
}

impl Speaking {
    fn new(child: Child) -> Self {
        Speaking {
            child: Arc::new(Mutex::new(Some(child))),
        }
    }

    /// Waits until the line ends, however it ends. Blocking: run it on a
    /// thread of its own. It looks every 10 ms rather than holding the
    /// process in a wait, so that stop and pause can reach it meanwhile.
    pub fn wait(&self) -> Ended {
        loop {
            {
                let mut slot = self.child.lock().expect("speaking");
                let Some(child) = slot.as_mut() else {
                    return Ended::Stopped;
                };
                match child.try_wait() {
                    Ok(Some(status)) => {
                        slot.take();
                        return ended(status);
                    }
                    Ok(None) => {}
                    Err(_) => {
                        slot.take();
                        return Ended::Failed;
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Stops the line now: the process is killed and reaped before this
    /// returns, so no sound outlives it.
    pub fn stop(&self) {
        let mut slot = self.child.lock().expect("speaking");
        if let Some(mut child) = slot.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Holds the line where it is. False where that cannot be done, and
    /// then the caller stops the line instead.
    pub fn pause(&self) -> bool {
        self.signal(Signal::Stop)
    }

    pub fn resume(&self) -> bool {
        self.signal(Signal::Continue)
    }

    /// Whether the process is still there.
    pub fn is_running(&self) -> bool {
        self.child.lock().expect("speaking").is_some()
    }

    #[cfg(unix)]
    fn signal(&self, signal: Signal) -> bool {
        let slot = self.child.lock().expect("speaking");
        // Under the lock and not yet reaped, so the id is still this
        // process's and no other's.
        let Some(child) = slot.as_ref() else {
            return false;
        };
        let Ok(pid) = libc::pid_t::try_from(child.id()) else {
            return false;
        };
        let number = match signal {
            Signal::Stop => libc::SIGSTOP,
            Signal::Continue => libc::SIGCONT,
        };
        // SAFETY: kill(2) with a child's id, which has not been reaped.
        unsafe { libc::kill(pid, number) == 0 }
    }

    #[cfg(not(unix))]
    fn signal(&self, _signal: Signal) -> bool {
        false
    }
}

impl Drop for Speaking {
    fn drop(&mut self) {
        // The last handle: nothing will stop the process after this.
        if Arc::strong_count(&self.child) == 1 {
            self.stop();
        }
    }
}

enum Signal {
    Stop,
    Continue,
}

fn ended(status: ExitStatus) -> Ended {
    if status.success() {
        Ended::Said
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if status.signal() == Some(libc::SIGKILL) {
                return Ended::Stopped;
            }
        }
        Ended::Failed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_that_is_not_a_program_is_no_voice() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("espeak-ng");
        std::fs::write(&file, "not a program").unwrap();
        assert_eq!(Espeak::find(Some(&file)), None);
        assert_eq!(Espeak::find(Some(&dir.path().join("absent"))), None);
    }
}
