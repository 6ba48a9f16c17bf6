use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the kiosk reads the time: the system clock in the app, a
/// `ManualClock` in tests and benches.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> Instant + Send + Sync>);

impl Clock {
    pub fn system() -> Self {
        Clock(Arc::new(Instant::now))
    }

    pub fn now(&self) -> Instant {
        (self.0)()
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Clock")
    }
}

/// A clock that stands still until it is moved forward.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<Mutex<Instant>>,
}

impl ManualClock {
    pub fn new() -> Self {
        ManualClock {
            now: Arc::new(Mutex::new(Instant::now())),
        }
    }

    pub fn advance(&self, by: Duration) {
        *self.now.lock().unwrap_or_else(|e| e.into_inner()) += by;
    }

    pub fn clock(&self) -> Clock {
        let now = Arc::clone(&self.now);
        Clock(Arc::new(move || {
            *now.lock().unwrap_or_else(|e| e.into_inner())
        }))
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        ManualClock::new()
    }
}
