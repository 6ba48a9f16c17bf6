//! Kiosk mode, for a shared touch screen at a community centre: one
//! stranger after another, nothing kept between them, and no way out of
//! the app without the staff PIN.
//!
//! Everything here is plain logic that takes the time as an input, so the
//! rules are tested with a clock the tests move forward, never by sleeping.

mod clock;
pub mod config;
pub mod idle;
pub mod pin;

pub use clock::{Clock, ManualClock};
pub use config::{KioskConfig, KioskSettings};
pub use idle::{Idle, IdleRule, Phase};
pub use pin::{PinError, PinGate, PinHash, Verdict};

/// How the app runs as a kiosk: the centre's settings, the clock, and any
/// problem with `kiosk.ron` to show the staff.
#[derive(Debug, Clone, Default)]
pub struct KioskSetup {
    pub settings: KioskSettings,
    pub clock: Clock,
    /// Shown to the staff on the start screen, by file name only.
    pub problem: Option<crate::problem::Problem>,
}
