//! Whether there is a screen to open the window on, asked before iced is.
//! Without one, winit panics while making its event loop, and the release
//! build aborts with a backtrace a parent cannot read; a clear sentence
//! and an exit status are better. Only the cheap, certain cases are caught
//! here (no display named, or a named local one that is not there); a
//! display that exists but refuses us is still winit's to report.

#[cfg(all(unix, not(target_os = "macos")))]
use std::path::{Path, PathBuf};

/// Why no window can be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoScreen {
    /// Neither `WAYLAND_DISPLAY` nor `DISPLAY` names a display.
    NoneNamed,
    /// A display is named, but nothing is listening at its socket.
    NotThere(String),
}

/// Looks for a display as winit would, from the environment.
pub fn find() -> Result<(), NoScreen> {
    // A compositor that started us may hand over a connected socket.
    if std::env::var_os("WAYLAND_SOCKET").is_some() {
        return Ok(());
    }
    find_in(
        std::env::var("WAYLAND_DISPLAY").ok().as_deref(),
        std::env::var("XDG_RUNTIME_DIR").ok().as_deref(),
        std::env::var("DISPLAY").ok().as_deref(),
    )
}

/// macOS and Windows always have their own window system.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn find_in(_: Option<&str>, _: Option<&str>, _: Option<&str>) -> Result<(), NoScreen> {
    Ok(())
}

#[cfg(all(unix, not(target_os = "macos")))]
fn find_in(
    wayland: Option<&str>,
    runtime_dir: Option<&str>,
    x11: Option<&str>,
) -> Result<(), NoScreen> {
    let wayland = wayland.filter(|name| !name.is_empty());
    let x11 = x11.filter(|name| !name.is_empty());
    if wayland.is_none() && x11.is_none() {
        return Err(NoScreen::NoneNamed);
    }
    if let Some(name) = wayland {
        let socket = match Path::new(name).is_absolute() {
            true => PathBuf::from(name),
            false => Path::new(runtime_dir.unwrap_or_default()).join(name),
        };
        if answers(&socket) {
            return Ok(());
        }
    }
    match x11 {
        Some(name) => match x11_socket(name) {
            // A display on another host (ssh forwarding): winit's to try.
            None => Ok(()),
            Some(socket) if answers(&socket) || answers_abstract(&socket) => Ok(()),
            Some(_) => Err(NoScreen::NotThere(name.to_owned())),
        },
        None => Err(NoScreen::NotThere(wayland.unwrap_or_default().to_owned())),
    }
}

/// The local socket of an X display name such as `:0`, `:99.0` or
/// `unix:1`; `None` for a display on another host.
#[cfg(all(unix, not(target_os = "macos")))]
fn x11_socket(name: &str) -> Option<PathBuf> {
    let (host, rest) = name.rsplit_once(':')?;
    if !host.is_empty() && host != "unix" {
        return None;
    }
    let number = rest.split('.').next()?;
    number.parse::<u32>().ok()?;
    Some(PathBuf::from(format!("/tmp/.X11-unix/X{number}")))
}

/// Connecting and letting go is harmless to a display server: it is what
/// every client does first.
#[cfg(all(unix, not(target_os = "macos")))]
fn answers(socket: &Path) -> bool {
    std::os::unix::net::UnixStream::connect(socket).is_ok()
}

/// X servers on Linux also listen on an abstract socket of the same name,
/// which is all there is inside some sandboxes.
#[cfg(target_os = "linux")]
fn answers_abstract(socket: &Path) -> bool {
    use std::os::linux::net::SocketAddrExt;
    use std::os::unix::net::{SocketAddr, UnixStream};
    let Some(name) = socket.to_str() else {
        return false;
    };
    SocketAddr::from_abstract_name(name.as_bytes())
        .and_then(|address| UnixStream::connect_addr(&address))
        .is_ok()
}

#[cfg(all(unix, not(any(target_os = "macos", target_os = "linux"))))]
fn answers_abstract(_: &Path) -> bool {
    false
}

#[cfg(all(test, unix, not(target_os = "macos")))]
mod tests {
    use super::{NoScreen, find_in, x11_socket};
    use std::path::PathBuf;

    #[test]
    fn no_display_named_is_said_so() {
        assert_eq!(find_in(None, None, None), Err(NoScreen::NoneNamed));
        assert_eq!(find_in(Some(""), None, Some("")), Err(NoScreen::NoneNamed));
    }

    #[test]
    fn a_named_local_display_that_is_not_there_is_said_so() {
        assert_eq!(
            find_in(None, None, Some(":4242")),
            Err(NoScreen::NotThere(":4242".into()))
        );
        let runtime = tempfile::tempdir().unwrap();
        assert_eq!(
            find_in(Some("wayland-9"), runtime.path().to_str(), None),
            Err(NoScreen::NotThere("wayland-9".into()))
        );
    }

    #[test]
    fn a_listening_wayland_socket_is_a_screen() {
        let runtime = tempfile::tempdir().unwrap();
        let _listener =
            std::os::unix::net::UnixListener::bind(runtime.path().join("wayland-1")).unwrap();
        assert_eq!(
            find_in(Some("wayland-1"), runtime.path().to_str(), None),
            Ok(())
        );
    }

    #[test]
    fn x_display_names_map_to_their_socket_and_remote_ones_are_left_to_winit() {
        assert_eq!(x11_socket(":0"), Some(PathBuf::from("/tmp/.X11-unix/X0")));
        assert_eq!(
            x11_socket("unix:99.0"),
            Some(PathBuf::from("/tmp/.X11-unix/X99"))
        );
        assert_eq!(x11_socket("localhost:10.0"), None);
        assert_eq!(find_in(None, None, Some("remote.example:10")), Ok(()));
    }
}
