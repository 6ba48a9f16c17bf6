use super::Lang;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// Picks the course language that best matches the reader's preferred
/// locales (most preferred first), or `None` when nothing matches — then the
/// welcome screen asks.
pub fn negotiate<S: AsRef<str>>(requested: &[S], offered: &[Lang]) -> Option<Lang> {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|tag| tag.as_ref().replace('_', "-").parse().ok())
        .collect();
    let available: Vec<(LanguageIdentifier, Lang)> = offered
        .iter()
        .filter_map(|lang| Some((lang.code().parse().ok()?, *lang)))
        .collect();
    let ids: Vec<LanguageIdentifier> = available.iter().map(|(id, _)| id.clone()).collect();
    let chosen = negotiate_languages(&requested, &ids, None, NegotiationStrategy::Filtering);
    let first = chosen.first()?;
    available
        .into_iter()
        .find(|(id, _)| id == *first)
        .map(|(_, lang)| lang)
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
pub fn from_os_locale(offered: &[Lang]) -> Option<Lang> {
    let locales: Vec<String> = sys_locale::get_locales()
        // POSIX locales like "ur_PK.UTF-8" carry an encoding suffix.
        .map(|locale| locale.split('.').next().unwrap_or_default().to_owned())
        .collect();
    negotiate(&locales, offered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urdu_regions_and_posix_forms_match_urdu() {
        assert_eq!(negotiate(&["ur-PK"], &Lang::BUILT_IN), Some(Lang::Ur));
        assert_eq!(negotiate(&["ur_IN"], &Lang::BUILT_IN), Some(Lang::Ur));
        assert_eq!(negotiate(&["en-GB", "ur"], &Lang::BUILT_IN), Some(Lang::En));
    }

    #[test]
    fn unknown_locales_leave_the_choice_to_the_reader() {
        assert_eq!(negotiate(&["fr-FR", "de"], &Lang::BUILT_IN), None);
        assert_eq!(negotiate::<&str>(&[], &Lang::BUILT_IN), None);
        assert_eq!(negotiate(&["C"], &Lang::BUILT_IN), None);
    }

    #[test]
    fn a_pack_language_is_chosen_when_it_is_asked_for_by_script() {
        let roman = Lang::new(
            crate::i18n::LangCode::new("ur-Latn").expect("a code"),
            crate::i18n::Direction::LeftToRight,
        );
        let offered = [Lang::Ur, Lang::En, roman];
        assert_eq!(negotiate(&["ur-Latn"], &offered), Some(roman));
        assert_eq!(negotiate(&["ur-PK"], &offered), Some(Lang::Ur));
    }
}
