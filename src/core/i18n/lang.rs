use serde::de::{DeserializeSeed, EnumAccess, VariantAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;
use std::sync::{PoisonError, RwLock};

/// A language the course can be read in: Urdu and English are built in, and
/// a content pack may add more. A `Lang` is a small copyable handle; two
/// handles are the same language when their codes are the same.
#[derive(Clone, Copy)]
pub struct Lang(&'static Info);

/// What the app needs to know to lay out a language.
#[derive(Debug, PartialEq, Eq)]
struct Info {
    /// BCP 47 code, also the name of the folder under `locales/`.
    code: &'static str,
    direction: Direction,
    /// The family name of a font a content pack brought for this language;
    /// `None` uses the bundled fonts.
    font_family: Option<&'static str>,
}

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

const URDU: Info = Info {
    code: "ur",
    direction: Direction::RightToLeft,
    font_family: None,
};
const ENGLISH: Info = Info {
    code: "en",
    direction: Direction::LeftToRight,
    font_family: None,
};

/// Languages added by content packs, looked up by code when a saved
/// setting or a command line names one. Only grows, and only at start-up.
static ADDED: RwLock<Vec<Lang>> = RwLock::new(Vec::new());

#[allow(non_upper_case_globals)]
impl Lang {
    pub const Ur: Lang = Lang(&URDU);
    pub const En: Lang = Lang(&ENGLISH);

    /// The languages compiled into the binary. Urdu comes first: it is the
    /// first language of this course.
    pub const BUILT_IN: [Lang; 2] = [Lang::Ur, Lang::En];

    /// The language every other one falls back to when a message is missing.
    pub const FALLBACK: Lang = Lang::En;

    /// A language a content pack adds. Defining the same language twice
    /// with the same layout gives the same handle; a later, different
    /// definition is the one found by code from then on.
    pub fn define(code: &str, direction: Direction, font_family: Option<&str>) -> Lang {
        let mut added = ADDED.write().unwrap_or_else(PoisonError::into_inner);
        let same = |lang: &&Lang| {
            lang.0.code == code
                && lang.0.direction == direction
                && lang.0.font_family == font_family
        };
        if let Some(lang) = added.iter().find(same) {
            return *lang;
        }
        // Leaked on purpose: a language lives as long as the process, and
        // packs are read once at start-up.
        let info: &'static Info = Box::leak(Box::new(Info {
            code: Box::leak(code.to_owned().into_boxed_str()),
            direction,
            font_family: font_family.map(|family| &*Box::leak(family.to_owned().into_boxed_str())),
        }));
        added.push(Lang(info));
        Lang(info)
    }

    /// The built-in or pack language with this code (any letter case).
    pub fn known(code: &str) -> Option<Lang> {
        let code = code.trim();
        if let Some(lang) = Lang::BUILT_IN
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
        {
            return Some(lang);
        }
        let added = ADDED.read().unwrap_or_else(PoisonError::into_inner);
        added
            .iter()
            .rev()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
            .copied()
    }

    /// BCP 47 code, also the name of the folder under `locales/`.
    pub fn code(self) -> &'static str {
        self.0.code
    }

    pub fn direction(self) -> Direction {
        self.0.direction
    }

    pub fn is_rtl(self) -> bool {
        self.direction() == Direction::RightToLeft
    }

    pub fn is_built_in(self) -> bool {
        Lang::BUILT_IN.contains(&self)
    }

    /// The family of the font a pack brought for this language, if any.
    pub fn font_family(self) -> Option<&'static str> {
        self.0.font_family
    }

    /// Whether the bundled Nastaliq draws this language: Urdu, and any
    /// right-to-left pack language without a font of its own (Nastaliq
    /// covers the Arabic script).
    pub fn uses_nastaliq(self) -> bool {
        self.is_rtl() && self.font_family().is_none()
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Self) -> bool {
        self.0.code == other.0.code
    }
}

impl Eq for Lang {}

impl Hash for Lang {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Lang {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.code.cmp(other.0.code)
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

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::known(s).ok_or_else(|| {
            let mut codes: Vec<&str> = Lang::BUILT_IN.iter().map(|lang| lang.code()).collect();
            let added = ADDED.read().unwrap_or_else(PoisonError::into_inner);
            codes.extend(added.iter().map(|lang| lang.code()));
            codes.dedup();
            format!(
                "unknown language '{s}' (expected one of: {})",
                codes.join(", ")
            )
        })
    }
}

// Saved as an enum variant, so RON files name a language bare, as they
// always have: `ur`, `en`, and `r#ur-Latn` for a code with a hyphen.
impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit_variant("Lang", 0, self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = deserializer.deserialize_enum("Lang", &[], CodeVisitor)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

/// A language code as saved, whether or not its language is loaded now.
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
    fn a_pack_language_is_found_by_code_and_equals_itself() {
        let added = Lang::define("xx-Test", Direction::RightToLeft, None);
        assert_eq!(Lang::known("xx-test"), Some(added));
        assert!(added.is_rtl() && added.uses_nastaliq() && !added.is_built_in());
        assert_eq!(
            Lang::define("xx-Test", Direction::RightToLeft, None).0 as *const Info,
            added.0
        );
        assert_eq!("ur".parse::<Lang>(), Ok(Lang::Ur));
        assert!(
            "zz".parse::<Lang>()
                .unwrap_err()
                .contains("expected one of: ur, en")
        );
    }

    #[test]
    fn saved_codes_round_trip() {
        let pack = Lang::define("xx-Saved", Direction::LeftToRight, None);
        for lang in [Lang::Ur, Lang::En, pack] {
            let text = ron::to_string(&lang).unwrap();
            assert_eq!(ron::from_str::<Lang>(&text).unwrap(), lang, "{text}");
        }
        assert_eq!(ron::to_string(&pack).unwrap(), "r#xx-Saved");
        assert_eq!(
            ron::from_str::<Vec<Lang>>("[ur, en]").unwrap(),
            Lang::BUILT_IN
        );
        let unknown = ron::from_str::<Lang>("r#xx-Gone").unwrap_err();
        assert!(
            unknown.to_string().contains("unknown language 'xx-Gone'"),
            "{unknown}"
        );
    }
}
