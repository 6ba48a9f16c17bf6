//! The staff PIN that leaves the kiosk: kept only as a salted Argon2 hash,
//! and guessing is slowed down after a few wrong tries.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params};
use std::time::{Duration, Instant};

/// The most memory (KiB) and passes a configured hash may ask for: far
/// above `hash-pin`'s own (19 MiB, 2 passes), far below a crash.
const MAX_MEMORY_KIB: u32 = 256 * 1024;
const MAX_PASSES: u32 = 10;

/// Shortest and longest PIN accepted, in digits.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=12;

/// An exit PIN's hash in the PHC string format (`$argon2id$v=19$...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinHash(String);

impl PinHash {
    /// Accepts only an Argon2 hash that can really be checked, never a
    /// PIN written in plain. The costs are capped: a hash asking for
    /// terabytes of memory would crash the kiosk at the first try.
    pub fn parse(text: &str) -> Result<Self, PinError> {
        let hash = PasswordHash::new(text).map_err(|_| PinError::NotAHash)?;
        Algorithm::try_from(hash.algorithm)
            .map_err(|_| PinError::NotArgon2(hash.algorithm.to_string()))?;
        if hash.salt.is_none() || hash.hash.is_none() {
            return Err(PinError::Incomplete);
        }
        let params =
            Params::try_from(&hash).map_err(|error| PinError::Unusable(error.to_string()))?;
        if params.m_cost() > MAX_MEMORY_KIB || params.t_cost() > MAX_PASSES || params.p_cost() > 8 {
            return Err(PinError::TooCostly {
                memory_kib: params.m_cost(),
                passes: params.t_cost(),
                lanes: params.p_cost(),
            });
        }
        Ok(PinHash(text.to_owned()))
    }

    /// Hashes a new PIN with a fresh random salt.
    pub fn from_pin(pin: &str) -> Result<Self, PinError> {
        if !is_well_formed(pin) {
            return Err(PinError::NotAPin);
        }
        let salt = SaltString::generate(&mut OsRng);
        let hash = Argon2::default()
            .hash_password(pin.as_bytes(), &salt)
            .map_err(|error| PinError::Unusable(error.to_string()))?;
        Ok(PinHash(hash.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `pin` is the PIN this hash was made from. Slow by design
    /// (Argon2): run it away from anything that must stay responsive.
    pub fn matches(&self, pin: &str) -> bool {
        let Ok(hash) = PasswordHash::new(&self.0) else {
            return false;
        };
        Argon2::default()
            .verify_password(pin.as_bytes(), &hash)
            .is_ok()
    }
}

/// Why a PIN or a PIN hash was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinError {
    /// Not in the PHC string format (a PIN written in plain, say).
    NotAHash,
    /// A hash by another algorithm.
    NotArgon2(String),
    /// The hash has no salt or no hash part.
    Incomplete,
    /// Argon2 cannot use its parameters.
    Unusable(String),
    /// More work than a kiosk can do.
    TooCostly {
        memory_kib: u32,
        passes: u32,
        lanes: u32,
    },
    /// Not 4 to 12 digits.
    NotAPin,
}

impl std::fmt::Display for PinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const FROM: &str = "make one with `hifazat hash-pin`";
        match self {
            PinError::NotAHash => write!(f, "exit_pin is not a PIN hash; {FROM}"),
            PinError::NotArgon2(algorithm) => {
                write!(f, "exit_pin uses {algorithm}, not Argon2; {FROM}")
            }
            PinError::Incomplete => write!(f, "exit_pin is missing its salt or hash; {FROM}"),
            PinError::Unusable(error) => {
                write!(f, "exit_pin has unusable parameters ({error}); {FROM}")
            }
            PinError::TooCostly {
                memory_kib,
                passes,
                lanes,
            } => write!(
                f,
                "exit_pin asks for more work than a kiosk can do (m={memory_kib}, t={passes}, p={lanes}); {FROM}"
            ),
            PinError::NotAPin => write!(
                f,
                "a PIN is {} to {} digits (0-9)",
                PIN_DIGITS.start(),
                PIN_DIGITS.end()
            ),
        }
    }
}

impl std::error::Error for PinError {}

pub fn is_well_formed(pin: &str) -> bool {
    PIN_DIGITS.contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// What a PIN try came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Right,
    Wrong,
    /// Too many wrong tries: nothing is checked until the wait is over.
    Wait {
        seconds: u64,
    },
    /// Another try is still being checked; this one is not.
    Busy,
}

/// Counts wrong tries and makes the next try wait once there have been
/// too many. It outlives kiosk sessions, so waiting for a session to end
/// does not reset the count.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PinGate {
    wrong_tries: u32,
    wait_until: Option<Instant>,
    /// A try has begun and its answer is not in yet.
    checking: bool,
}

impl PinGate {
    /// Wrong tries allowed before each further try has to wait.
    pub const FREE_TRIES: u32 = 3;
    const FIRST_WAIT: Duration = Duration::from_secs(30);
    const LONGEST_WAIT: Duration = Duration::from_secs(15 * 60);

    /// Whole seconds left before another try is checked, if any.
    pub fn wait_left(&self, now: Instant) -> Option<u64> {
        let left = self.wait_until?.checked_duration_since(now)?;
        (!left.is_zero()).then(|| left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }

    /// Checks a PIN here and now (`begin_try`, the hash, `finish_try`).
    pub fn try_pin(&mut self, hash: &PinHash, pin: &str, now: Instant) -> Verdict {
        match self.begin_try(now) {
            Ok(()) => self.finish_try(hash.matches(pin), now),
            Err(verdict) => verdict,
        }
    }

    /// Whether a try may be checked now. The check itself is slow, so the
    /// app runs it away from the window and reports with `finish_try`;
    /// until then no other try is checked.
    pub fn begin_try(&mut self, now: Instant) -> Result<(), Verdict> {
        if let Some(seconds) = self.wait_left(now) {
            return Err(Verdict::Wait { seconds });
        }
        if self.checking {
            return Err(Verdict::Busy);
        }
        self.checking = true;
        Ok(())
    }

    /// What the hash said of the try begun last.
    pub fn finish_try(&mut self, right: bool, now: Instant) -> Verdict {
        self.checking = false;
        if right {
            *self = PinGate::default();
            return Verdict::Right;
        }
        self.wrong_tries = self.wrong_tries.saturating_add(1);
        if self.wrong_tries >= Self::FREE_TRIES {
            // 30 s after the third wrong try, doubling with each one after.
            let doublings = (self.wrong_tries - Self::FREE_TRIES).min(10);
            let wait = (Self::FIRST_WAIT * 2u32.pow(doublings)).min(Self::LONGEST_WAIT);
            self.wait_until = Some(now + wait);
        }
        Verdict::Wrong
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn hash_of_2468() -> &'static PinHash {
        static HASH: OnceLock<PinHash> = OnceLock::new();
        HASH.get_or_init(|| PinHash::from_pin("2468").expect("a good PIN hashes"))
    }

    #[test]
    fn the_hash_is_salted_argon2_and_never_the_pin() {
        let hash = hash_of_2468();
        assert!(hash.as_str().starts_with("$argon2id$"), "{}", hash.as_str());
        assert!(!hash.as_str().contains("2468"));
        let again = PinHash::from_pin("2468").expect("hashes");
        assert_ne!(hash, &again, "two hashes of one PIN differ by their salt");
        assert_eq!(PinHash::parse(hash.as_str()), Ok(hash.clone()));
    }

    #[test]
    fn a_plain_pin_or_other_hash_is_refused() {
        assert!(PinHash::parse("2468").is_err());
        assert!(PinHash::parse("").is_err());
        let scrypt = "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E";
        assert!(PinHash::parse(scrypt).is_err());
    }

    #[test]
    fn a_hash_that_could_never_be_checked_is_refused() {
        let good = hash_of_2468().as_str();
        let without_hash = &good[..good.rfind('$').expect("a hash part")];
        assert!(PinHash::parse(without_hash).is_err(), "no hash part");
        let unknown = good.replacen("$argon2id$", "$argon2zz$", 1);
        assert!(PinHash::parse(&unknown).is_err(), "no such algorithm");
        let costly = good.replacen("m=19456,t=2,p=1", "m=4294967295,t=4294967295,p=1", 1);
        let error = PinHash::parse(&costly).expect_err("would crash the kiosk");
        assert!(error.to_string().contains("more work"), "{error}");
    }

    #[test]
    fn only_four_to_twelve_digits_make_a_pin() {
        assert!(PinHash::from_pin("123").is_err());
        assert!(PinHash::from_pin("12a4").is_err());
        assert!(PinHash::from_pin("1234567890123").is_err());
        assert!(is_well_formed("0000"));
        assert!(is_well_formed("123456789012"));
    }

    #[test]
    fn the_right_pin_opens_and_wrong_ones_do_not() {
        let mut gate = PinGate::default();
        let now = Instant::now();
        assert_eq!(gate.try_pin(hash_of_2468(), "1357", now), Verdict::Wrong);
        assert_eq!(gate.try_pin(hash_of_2468(), "2468", now), Verdict::Right);
    }

    #[test]
    fn after_three_wrong_tries_each_try_waits_longer() {
        let hash = hash_of_2468();
        let mut gate = PinGate::default();
        let start = Instant::now();
        for _ in 0..2 {
            assert_eq!(gate.try_pin(hash, "0000", start), Verdict::Wrong);
            assert_eq!(gate.wait_left(start), None);
        }
        assert_eq!(gate.try_pin(hash, "0000", start), Verdict::Wrong);
        assert_eq!(gate.wait_left(start), Some(30));
        // Even the right PIN is not checked during the wait.
        let during = start + Duration::from_secs(10);
        assert_eq!(
            gate.try_pin(hash, "2468", during),
            Verdict::Wait { seconds: 20 }
        );
        let after = start + Duration::from_secs(30);
        assert_eq!(gate.try_pin(hash, "1111", after), Verdict::Wrong);
        assert_eq!(gate.wait_left(after), Some(60));
        let later = after + Duration::from_secs(60);
        assert_eq!(gate.try_pin(hash, "2468", later), Verdict::Right);
        assert_eq!(gate, PinGate::default(), "the right PIN clears the count");
    }

    #[test]
    fn the_wait_never_grows_past_fifteen_minutes() {
        let hash = hash_of_2468();
        let mut gate = PinGate::default();
        let mut now = Instant::now();
        for _ in 0..40 {
            gate.try_pin(hash, "9999", now);
            now += Duration::from_secs(gate.wait_left(now).unwrap_or(0));
        }
        gate.try_pin(hash, "9999", now);
        assert_eq!(gate.wait_left(now), Some(15 * 60));
    }
}
