//! A voice that only writes down what it is asked to say: for tests, and
//! for checking what a page would sound like without hearing it.

use std::sync::{Arc, Mutex};

/// One line the app asked a voice to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The voice's language (espeak-ng's name for it).
    pub voice: String,
    pub words_per_minute: u32,
    /// The text as the voice was given it (see `spoken`).
    pub text: String,
}

/// Shared, so a test keeps one handle and the app the other.
#[derive(Debug, Clone, Default)]
pub struct Recorder {
    said: Arc<Mutex<Vec<Said>>>,
    /// Lines stopped before they were finished (pause is not a stop).
    stopped: Arc<Mutex<usize>>,
}

impl Recorder {
    pub fn say(&self, said: Said) {
        self.said.lock().expect("recorder").push(said);
    }

    pub fn stop(&self) {
        *self.stopped.lock().expect("recorder") += 1;
    }

    /// Everything said so far, in order.
    pub fn said(&self) -> Vec<Said> {
        self.said.lock().expect("recorder").clone()
    }

    /// Only the texts, in order.
    pub fn texts(&self) -> Vec<String> {
        self.said().into_iter().map(|said| said.text).collect()
    }

    pub fn stops(&self) -> usize {
        *self.stopped.lock().expect("recorder")
    }

    /// Forgets what was said, to look at what comes next.
    pub fn clear(&self) {
        self.said.lock().expect("recorder").clear();
    }
}
