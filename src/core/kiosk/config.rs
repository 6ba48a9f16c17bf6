//! `kiosk.ron`: what a centre sets for its kiosk, read from the config
//! folder so a machine can boot straight into kiosk mode.

use super::{IdleRule, PinHash};
use crate::files::{self, read::Refused};
use crate::i18n::{Lang, LangCode};
use crate::problem::Problem;
use crate::settings::TextSize;
use serde::Deserialize;
use std::path::Path;
use std::time::Duration;

pub const FILE_NAME: &str = "kiosk.ron";

/// Larger than any real settings file; refused rather than read.
const MAX_BYTES: u64 = 64 * 1024;

/// The file as a centre writes it; every field may be left out.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KioskConfig {
    pub idle_timeout_seconds: u64,
    pub countdown_seconds: u64,
    pub languages: Vec<LangCode>,
    /// Where every session starts; a large screen far away may want more.
    pub text_size: TextSize,
    /// From `hifazat hash-pin`; without it there is no way out.
    pub exit_pin: Option<String>,
    /// Whether visitors may have pages read aloud.
    pub listen: KioskListen,
}

/// Reading aloud in a public room can tell the room what a visitor is
/// reading about, so a centre chooses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum KioskListen {
    /// Offered, with a reminder to use the headphones.
    #[default]
    Headphones,
    /// Not offered: no Listen button, and the key does nothing.
    Off,
    /// Offered, as at home (a private room, or a screen with its own
    /// speakers turned low).
    On,
}

impl KioskListen {
    pub fn is_offered(self) -> bool {
        self != KioskListen::Off
    }
}

impl Default for KioskConfig {
    fn default() -> Self {
        let rule = IdleRule::default();
        KioskConfig {
            idle_timeout_seconds: rule.timeout.as_secs(),
            countdown_seconds: rule.countdown.as_secs(),
            languages: Lang::BUILT_IN.map(Lang::saved_code).to_vec(),
            text_size: TextSize::default(),
            exit_pin: None,
            listen: KioskListen::default(),
        }
    }
}

/// Kiosk settings, checked and ready to use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskSettings {
    pub idle: IdleRule,
    /// Offered on the start screen, in this order; never empty. Those the
    /// loaded content does not have are passed over when the kiosk starts.
    pub languages: Vec<LangCode>,
    pub text_size: TextSize,
    pub exit_pin: Option<PinHash>,
    pub listen: KioskListen,
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            idle: IdleRule::default(),
            languages: Lang::BUILT_IN.map(Lang::saved_code).to_vec(),
            text_size: TextSize::default(),
            exit_pin: None,
            listen: KioskListen::default(),
        }
    }
}

/// Whether this start is a kiosk, and with what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Home,
    Kiosk {
        settings: KioskSettings,
        /// A `kiosk.ron` that could not be used. The kiosk still starts,
        /// with the defaults and no way out, rather than as a home copy
        /// that would keep one visitor's answers for the next.
        problem: Option<Problem>,
    },
}

/// `--kiosk`, or a `kiosk.ron` in the config folder, makes a kiosk.
pub fn decide(kiosk_flag: bool, config_dir: Option<&Path>) -> Decision {
    let file = config_dir.map(|dir| dir.join(FILE_NAME));
    match file.as_deref().map(load) {
        Some(Ok(Some(settings))) => Decision::Kiosk {
            settings,
            problem: None,
        },
        Some(Err(problem)) => Decision::Kiosk {
            settings: KioskSettings::default(),
            problem: Some(problem),
        },
        Some(Ok(None)) | None if kiosk_flag => Decision::Kiosk {
            settings: KioskSettings::default(),
            problem: None,
        },
        Some(Ok(None)) | None => Decision::Home,
    }
}

/// Reads `path`; `None` when there is no such file.
pub fn load(path: &Path) -> Result<Option<KioskSettings>, Problem> {
    let shown = path.display().to_string();
    let problem = |message: String| Problem::in_file(shown.clone(), message);
    // Only a regular file, and only so much of it: a pipe or a device put
    // in its place can neither hang the start nor be read without end.
    let bytes = match files::read::regular(path, MAX_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(None),
        Err(Refused::TooLarge { limit }) => {
            return Err(problem(format!(
                "the file is larger than a kiosk settings file can be (at most {limit} bytes)"
            )));
        }
        Err(refused) => return Err(problem(refused.to_string())),
    };
    let text =
        String::from_utf8(bytes).map_err(|_| problem("the file is not UTF-8 text".to_owned()))?;
    parse(&shown, &text).map(Some)
}

/// Parses and checks the text of a kiosk settings file.
pub fn parse(path: &str, text: &str) -> Result<KioskSettings, Problem> {
    // Windows Notepad starts a UTF-8 file with a byte-order mark; refusing
    // it would leave the kiosk without its exit PIN.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let at = |field: &str, message: String| {
        Problem::at_offset(path, text, text.find(field).unwrap_or(0), message)
    };
    let config: KioskConfig = ron::from_str(text).map_err(|error| Problem::ron(path, &error))?;
    if !(30..=3600).contains(&config.idle_timeout_seconds) {
        return Err(at(
            "idle_timeout_seconds",
            format!(
                "idle_timeout_seconds is {}; it must be from 30 to 3600",
                config.idle_timeout_seconds
            ),
        ));
    }
    if !(5..=300).contains(&config.countdown_seconds) {
        return Err(at(
            "countdown_seconds",
            format!(
                "countdown_seconds is {}; it must be from 5 to 300",
                config.countdown_seconds
            ),
        ));
    }
    let mut languages = Vec::new();
    for lang in &config.languages {
        if languages.contains(lang) {
            return Err(at("languages", format!("languages lists {lang} twice")));
        }
        languages.push(*lang);
    }
    if languages.is_empty() {
        return Err(at("languages", "languages must name at least one".into()));
    }
    let exit_pin = config
        .exit_pin
        .as_deref()
        .map(PinHash::parse)
        .transpose()
        .map_err(|error| at("exit_pin", error.to_string()))?;
    Ok(KioskSettings {
        idle: IdleRule {
            timeout: Duration::from_secs(config.idle_timeout_seconds),
            countdown: Duration::from_secs(config.countdown_seconds),
        },
        languages,
        text_size: config.text_size,
        exit_pin,
        listen: config.listen,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_means_the_defaults() {
        assert_eq!(parse("kiosk.ron", "()"), Ok(KioskSettings::default()));
    }

    #[test]
    fn a_byte_order_mark_from_notepad_is_accepted() {
        let settings = parse("kiosk.ron", "\u{feff}(idle_timeout_seconds: 60)").unwrap();
        assert_eq!(settings.idle.timeout, Duration::from_secs(60));
    }

    #[test]
    fn every_field_is_read() {
        let settings = parse(
            "kiosk.ron",
            "(idle_timeout_seconds: 60, countdown_seconds: 10, languages: [en], text_size: Larger)",
        )
        .expect("valid");
        assert_eq!(settings.idle.timeout, Duration::from_secs(60));
        assert_eq!(settings.idle.countdown, Duration::from_secs(10));
        assert_eq!(settings.languages, vec![Lang::En.saved_code()]);
        assert_eq!(settings.text_size, TextSize::Larger);
        assert_eq!(settings.exit_pin, None);
    }

    #[test]
    fn a_syntax_error_names_the_line_and_column() {
        let error = parse(
            "kiosk.ron",
            "(\n  idle_timeout_seconds: 60,\n  countdown: 10,\n)",
        )
        .expect_err("unknown field");
        assert_eq!((error.line, error.column), (3, 12), "{error}");
        assert!(
            error.to_string().starts_with("kiosk.ron:3:12: error: "),
            "{error}"
        );
    }

    #[test]
    fn out_of_range_values_point_at_their_field() {
        let error = parse("k.ron", "(\n  countdown_seconds: 1,\n)").expect_err("too short");
        assert_eq!((error.line, error.column), (2, 3));
        assert!(error.message.contains("from 5 to 300"), "{error}");
        let error = parse("k.ron", "(languages: [])").expect_err("none");
        assert!(error.message.contains("at least one"), "{error}");
        let error = parse("k.ron", "(languages: [ur, ur])").expect_err("twice");
        assert!(error.message.contains("ur twice"), "{error}");
    }

    #[test]
    fn a_pin_in_plain_is_refused() {
        let error = parse("k.ron", "(exit_pin: Some(\"1234\"))").expect_err("not a hash");
        assert!(error.message.contains("hash-pin"), "{error}");
        assert_eq!((error.line, error.column), (1, 2));
    }

    #[test]
    fn a_broken_file_still_makes_a_kiosk_with_no_way_out() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(decide(false, Some(dir.path())), Decision::Home);
        assert!(matches!(
            decide(true, Some(dir.path())),
            Decision::Kiosk { problem: None, .. }
        ));
        std::fs::write(
            dir.path().join(FILE_NAME),
            "(idle_timeout_seconds: \"soon\")",
        )
        .expect("written");
        let Decision::Kiosk { settings, problem } = decide(false, Some(dir.path())) else {
            panic!("a kiosk.ron, even a broken one, makes a kiosk");
        };
        assert_eq!(settings.exit_pin, None);
        let problem = problem.expect("the problem is reported");
        assert_eq!((problem.line, problem.column), (1, 24), "{problem}");
    }

    #[test]
    fn a_folder_in_its_place_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join(FILE_NAME)).expect("made");
        let error = load(&dir.path().join(FILE_NAME)).expect_err("not a file");
        assert!(error.message.contains("regular file"), "{error}");
    }

    #[test]
    fn an_oversized_file_is_refused_unread() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, " ".repeat(MAX_BYTES as usize + 1)).expect("written");
        let error = load(&path).expect_err("too big");
        assert!(error.message.contains("at most"), "{error}");
    }
}
