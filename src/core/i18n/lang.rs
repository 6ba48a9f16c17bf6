use serde::de::{DeserializeSeed, EnumAccess, VariantAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::hash::{Hash, Hasher};

/// A language the course can be read in: its code and which way its lines
/// run. Plain data: Urdu and English are constants, and a content pack's
/// languages exist only in the content that accepted the pack
/// (`I18n::languages`). Two `Lang`s are the same language when their codes
/// are.
#[derive(Clone, Copy)]
pub struct Lang {
    code: LangCode,
    direction: Direction,
}

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

#[allow(non_upper_case_globals)]
impl Lang {
    pub const Ur: Lang = Lang::new(LangCode::from_static("ur"), Direction::RightToLeft);
    pub const En: Lang = Lang::new(LangCode::from_static("en"), Direction::LeftToRight);

    /// The languages compiled into the binary. Urdu comes first: it is the
    /// first language of this course.
    pub const BUILT_IN: [Lang; 2] = [Lang::Ur, Lang::En];

    /// The language every other one falls back to when a message is missing.
    pub const FALLBACK: Lang = Lang::En;

    pub const fn new(code: LangCode, direction: Direction) -> Lang {
        Lang { code, direction }
    }

    /// BCP 47 code, also the name of the folder under `locales/`.
    pub fn code(&self) -> &str {
        self.code.as_str()
    }

    /// The code as saved in settings and `kiosk.ron`.
    pub fn saved_code(self) -> LangCode {
        self.code
    }

    pub fn direction(self) -> Direction {
        self.direction
    }

    pub fn is_rtl(self) -> bool {
        self.direction == Direction::RightToLeft
    }

    pub fn is_built_in(self) -> bool {
        Lang::BUILT_IN.contains(&self)
    }

    /// The language with this code (any letter case) among `offered`.
    pub fn find(offered: &[Lang], code: &str) -> Option<Lang> {
        let code = code.trim();
        offered
            .iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
            .copied()
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Lang {}

impl Hash for Lang {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Lang {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.code.cmp(&other.code)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code as written in a file: in saved settings, `kiosk.ron` or
/// a pack's folder name. Held inline, so settings stay `Copy`; whether the
/// language is loaded is for the content to say (`Lang::find`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LangCode {
    bytes: [u8; LangCode::MAX_LEN],
    len: u8,
}

impl LangCode {
    /// The longest code kept: longer than any real BCP 47 tag a course
    /// would use (`ur-Arab-PK` is 10).
    pub const MAX_LEN: usize = 23;

    /// A code, if it is written as BCP 47 tags are (a letter, then
    /// letters, digits and hyphens) and at most `MAX_LEN` long.
    pub fn new(code: &str) -> Option<LangCode> {
        let well_formed = code.starts_with(|c: char| c.is_ascii_alphabetic())
            && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !well_formed || code.len() > Self::MAX_LEN {
            return None;
        }
        let mut bytes = [0; Self::MAX_LEN];
        bytes[..code.len()].copy_from_slice(code.as_bytes());
        Some(LangCode {
            bytes,
            len: code.len() as u8,
        })
    }

    /// For the built-in codes, at compile time.
    const fn from_static(code: &'static str) -> LangCode {
        let source = code.as_bytes();
        assert!(!source.is_empty() && source.len() <= Self::MAX_LEN);
        let mut bytes = [0; Self::MAX_LEN];
        let mut at = 0;
        while at < source.len() {
            bytes[at] = source[at];
            at += 1;
        }
        LangCode {
            bytes,
            len: source.len() as u8,
        }
    }

    pub fn as_str(&self) -> &str {
        // Built only from ASCII (see `new`), so always UTF-8.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl fmt::Debug for LangCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for LangCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

// Saved as RON names it, bare, as it always has been: `ur`, `en`, and
// `r#ur-Latn` for a code with a hyphen. Settings are only ever written as
// RON (see `store`), so the code is written as RON text.
impl Serialize for LangCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let code = self.as_str();
        let written = if code.contains('-') {
            format!("r#{code}")
        } else {
            code.to_owned()
        };
        ron::value::RawValue::from_ron(&written)
            .map_err(serde::ser::Error::custom)?
            .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for LangCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let SavedCode(code) = SavedCode::deserialize(deserializer)?;
        LangCode::new(&code).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "'{code}' is not a language code such as ur, en or ur-Latn"
            ))
        })
    }
}

/// A language code exactly as saved, well-formed or not, so that a saved
/// file never fails to load over its language alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedCode(pub String);

impl<'de> Deserialize<'de> for SavedCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_enum("Lang", &[], CodeVisitor)
            .map(SavedCode)
    }
}

struct CodeVisitor;

impl<'de> Visitor<'de> for CodeVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a language code such as ur, en or r#ur-Latn")
    }

    fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<String, E> {
        Ok(code.to_owned())
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<String, A::Error> {
        let (code, variant) = data.variant_seed(CodeSeed)?;
        variant.unit_variant()?;
        Ok(code)
    }
}

/// Reads the variant's name as written, whatever it is.
struct CodeSeed;

impl<'de> DeserializeSeed<'de> for CodeSeed {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_identifier(CodeVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_language_is_plain_data_found_among_those_offered() {
        let code = LangCode::new("xx-Test").expect("a code");
        let added = Lang::new(code, Direction::RightToLeft);
        let offered = [Lang::Ur, Lang::En, added];
        assert_eq!(Lang::find(&offered, "xx-test"), Some(added));
        assert!(added.is_rtl() && !added.is_built_in());
        assert_eq!(Lang::find(&Lang::BUILT_IN, "xx-Test"), None, "not offered");
        assert_eq!(Lang::find(&Lang::BUILT_IN, " UR "), Some(Lang::Ur));
        assert_eq!(LangCode::new(&"x".repeat(24)), None);
        assert_eq!(LangCode::new("اردو"), None);
    }

    #[test]
    fn saved_codes_round_trip() {
        let pack = LangCode::new("xx-Saved").expect("a code");
        for code in [Lang::Ur.saved_code(), Lang::En.saved_code(), pack] {
            let text = ron::to_string(&code).unwrap();
            assert_eq!(ron::from_str::<LangCode>(&text).unwrap(), code, "{text}");
        }
        assert_eq!(ron::to_string(&pack).unwrap(), "r#xx-Saved");
        assert_eq!(ron::to_string(&Lang::Ur.saved_code()).unwrap(), "ur");
        assert_eq!(
            ron::from_str::<Vec<LangCode>>("[ur, en]").unwrap(),
            Lang::BUILT_IN.map(Lang::saved_code)
        );
    }
}
