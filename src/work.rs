//! Work that would block the window if it ran in `update`: writing a
//! handout, checking the kiosk PIN (Argon2 is slow by design). It runs on
//! a thread of its own, and a `Task` waits for its answer, so the window
//! keeps drawing and taking input meanwhile. A plain thread rather than
//! the runtime's executor, so tests can wait for it without one.

use iced::futures::channel::oneshot;
use std::future::Future;

/// Runs `work` on its own thread; the future gives its answer, or `None`
/// if the thread could not give one (it could not start, or panicked).
pub fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> impl Future<Output = Option<T>> + Send + 'static {
    let (sender, receiver) = oneshot::channel();
    let started = std::thread::Builder::new()
        .name("hifazat-work".into())
        .spawn(move || {
            let _ = sender.send(work());
        });
    if let Err(error) = &started {
        tracing::error!(%error, "could not start a thread for work");
    }
    async move { receiver.await.ok() }
}
