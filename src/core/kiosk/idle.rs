//! When a kiosk session ends because nobody is using it.

use std::time::{Duration, Instant};

/// How long a session may sit untouched before the kiosk asks "Are you
/// still there?", and how long it then waits before wiping the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdleRule {
    pub timeout: Duration,
    pub countdown: Duration,
}

impl Default for IdleRule {
    fn default() -> Self {
        IdleRule {
            timeout: Duration::from_secs(180),
            countdown: Duration::from_secs(30),
        }
    }
}

/// Where a session stands at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Someone touched the screen recently.
    Active,
    /// Idle for the timeout: the countdown is showing.
    Asking { seconds_left: u64 },
    /// The countdown ran out: the session must be wiped.
    Over,
}

/// The time of the last touch, and the rule that judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Idle {
    rule: IdleRule,
    last_touch: Instant,
}

impl Idle {
    pub fn new(rule: IdleRule, now: Instant) -> Self {
        Idle {
            rule,
            last_touch: now,
        }
    }

    pub fn touch(&mut self, now: Instant) {
        self.last_touch = self.last_touch.max(now);
    }

    pub fn phase(&self, now: Instant) -> Phase {
        let idle = now.saturating_duration_since(self.last_touch);
        if idle < self.rule.timeout {
            return Phase::Active;
        }
        let end = self.rule.timeout + self.rule.countdown;
        match end.checked_sub(idle) {
            Some(left) if !left.is_zero() => Phase::Asking {
                // Rounded up, so the screen never shows "0 seconds" while
                // the session still stands.
                seconds_left: left.as_secs() + u64::from(left.subsec_nanos() > 0),
            },
            _ => Phase::Over,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: IdleRule = IdleRule {
        timeout: Duration::from_secs(180),
        countdown: Duration::from_secs(30),
    };

    #[test]
    fn a_session_is_active_until_the_timeout() {
        let start = Instant::now();
        let idle = Idle::new(RULE, start);
        assert_eq!(idle.phase(start), Phase::Active);
        assert_eq!(idle.phase(start + Duration::from_secs(179)), Phase::Active);
    }

    #[test]
    fn the_countdown_counts_down_then_the_session_is_over() {
        let start = Instant::now();
        let idle = Idle::new(RULE, start);
        let at = |secs: f64| idle.phase(start + Duration::from_secs_f64(secs));
        assert_eq!(at(180.0), Phase::Asking { seconds_left: 30 });
        assert_eq!(at(180.5), Phase::Asking { seconds_left: 30 });
        assert_eq!(at(209.2), Phase::Asking { seconds_left: 1 });
        assert_eq!(at(210.0), Phase::Over);
        assert_eq!(at(10_000.0), Phase::Over);
    }

    #[test]
    fn a_touch_starts_the_wait_again() {
        let start = Instant::now();
        let mut idle = Idle::new(RULE, start);
        idle.touch(start + Duration::from_secs(200));
        assert_eq!(idle.phase(start + Duration::from_secs(210)), Phase::Active);
        assert_eq!(
            idle.phase(start + Duration::from_secs(380)),
            Phase::Asking { seconds_left: 30 }
        );
    }

    #[test]
    fn a_late_arriving_older_touch_does_not_turn_the_clock_back() {
        let start = Instant::now();
        let mut idle = Idle::new(RULE, start + Duration::from_secs(100));
        idle.touch(start);
        assert_eq!(idle.phase(start + Duration::from_secs(279)), Phase::Active);
    }
}
