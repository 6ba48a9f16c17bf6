use super::Lang;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// Picks the course language that best matches the reader's preferred
/// locales (most preferred first), or `None` when nothing matches — then the
/// welcome screen asks.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Option<Lang> {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|tag| tag.as_ref().replace('_', "-").parse().ok())
        .collect();
    let available: Vec<LanguageIdentifier> = Lang::ALL
        .iter()
        .filter_map(|lang| lang.code().parse().ok())
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
    let first = chosen.first()?;
    Lang::ALL
        .into_iter()
        .find(|lang| lang.code() == first.language.as_str())
}

/// The region of the OS's preferred locale (`PK` from `ur-PK`), if it
/// names one.
pub fn os_region() -> Option<String> {
    let locale = sys_locale::get_locale()?;
    let tag = locale
        .split('.')
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let id: LanguageIdentifier = tag.parse().ok()?;
    id.region.map(|region| region.as_str().to_owned())
}

/// The OS locale's best match, if any.
pub fn from_os_locale() -> Option<Lang> {
    let locales: Vec<String> = sys_locale::get_locales()
        // POSIX locales like "ur_PK.UTF-8" carry an encoding suffix.
        .map(|locale| locale.split('.').next().unwrap_or_default().to_owned())
        .collect();
    negotiate(&locales)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urdu_regions_and_posix_forms_match_urdu() {
        assert_eq!(negotiate(&["ur-PK"]), Some(Lang::Ur));
        assert_eq!(negotiate(&["ur_IN"]), Some(Lang::Ur));
        assert_eq!(negotiate(&["en-GB", "ur"]), Some(Lang::En));
    }

    #[test]
    fn unknown_locales_leave_the_choice_to_the_reader() {
        assert_eq!(negotiate(&["fr-FR", "de"]), None);
        assert_eq!(negotiate::<&str>(&[]), None);
        assert_eq!(negotiate(&["C"]), None);
    }
}
