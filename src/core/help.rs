//! The help directory from `assets/help.ron`: who to contact, where, for
//! what, and how sure we are of the number. Words are in the locales as
//! `help-<id>` (name) with `.for` (what it is for) and `country-<code>`.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct HelpDirectory {
    /// How a content pack's directory joins the built-in one. The built-in
    /// file leaves it out; a pack must say.
    #[serde(default, deserialize_with = "stated")]
    pub mode: Option<Merge>,
    pub entries: Vec<HelpEntry>,
}

/// `mode: Extend` rather than RON's `mode: Some(Extend)`.
fn stated<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Merge>, D::Error> {
    Merge::deserialize(deserializer).map(Some)
}

/// What a pack's `help.ron` does to the directory before it.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub enum Merge {
    /// Only the pack's entries are shown.
    Replace,
    /// The pack's entries are added; one with the id of an existing entry
    /// takes its place.
    Extend,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct HelpEntry {
    pub id: String,
    /// `world`, or a lowercase ISO 3166 code such as `pk`.
    pub country: String,
    /// Phone numbers and web addresses, shown exactly as written.
    pub contacts: Vec<String>,
    /// Where the contact was found.
    pub source: String,
    /// When it was last checked, `YYYY-MM`.
    pub checked: String,
    pub status: Status,
    /// The country's emergency number, named in the help screen's first
    /// caution ("In Pakistan, call 15").
    #[serde(default)]
    pub emergency: bool,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub enum Status {
    Verified,
    /// Shown with a visible "unconfirmed" label.
    Unconfirmed,
}

/// The country code of channels that serve every country.
pub const WORLDWIDE: &str = "world";

/// The message that names a country (`country-pk`).
pub fn country_message(code: &str) -> String {
    format!("country-{code}")
}

impl HelpEntry {
    /// The message with the channel's name; its `.for` attribute says what
    /// the channel is for.
    pub fn message(&self) -> String {
        format!("help-{}", self.id)
    }

    /// When it was last checked, as a reader says it: "November 2026",
    /// "نومبر 2026" (`YYYY-MM` in the file; shown as written if not).
    pub fn checked_words(&self, words: &crate::i18n::Words<'_>) -> String {
        let month = self
            .checked
            .get(5..7)
            .and_then(|month| month.parse::<u8>().ok())
            .filter(|month| (1..=12).contains(month));
        match (self.checked.get(..4), month) {
            (Some(year), Some(month)) => words.t_with(
                "help-checked-date",
                &[
                    (
                        "month",
                        crate::i18n::FluentValue::from(words.t(&format!("month-{month}"))),
                    ),
                    ("year", crate::i18n::FluentValue::from(year.to_owned())),
                ],
            ),
            _ => self.checked.clone(),
        }
    }
}

impl HelpDirectory {
    /// This directory with a pack's joined to it as the pack says.
    pub fn merged(&self, pack: &HelpDirectory) -> HelpDirectory {
        let entries = match pack.mode {
            Some(Merge::Replace) => pack.entries.clone(),
            Some(Merge::Extend) | None => {
                let mut entries = self.entries.clone();
                // By id, so a large pack merges in one pass.
                let mut at: std::collections::HashMap<String, usize> = entries
                    .iter()
                    .enumerate()
                    .map(|(index, entry)| (entry.id.clone(), index))
                    .collect();
                for entry in &pack.entries {
                    match at.get(&entry.id) {
                        Some(&index) => entries[index] = entry.clone(),
                        None => {
                            at.insert(entry.id.clone(), entries.len());
                            entries.push(entry.clone());
                        }
                    }
                }
                entries
            }
        };
        HelpDirectory {
            mode: self.mode,
            entries,
        }
    }

    /// Country codes in the order they first appear.
    pub fn countries(&self) -> Vec<&str> {
        self.by_country()
            .into_iter()
            .map(|(country, _)| country)
            .collect()
    }

    /// What a reader in `country` is shown: that country's channels, then
    /// those that serve every country, each group with its code; a group
    /// with no channels is left out.
    pub fn shown_for<'a>(&'a self, country: &'a str) -> Vec<(&'a str, Vec<&'a HelpEntry>)> {
        let mut shown = vec![country];
        if country != WORLDWIDE {
            shown.push(WORLDWIDE);
        }
        shown
            .into_iter()
            .map(|code| (code, self.entries_for(code)))
            .filter(|(_, entries)| !entries.is_empty())
            .collect()
    }

    /// The emergency number of `country`, if the directory marks one.
    pub fn emergency_number(&self, country: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|entry| entry.country == country && entry.emergency)
            .and_then(|entry| entry.contacts.first())
            .map(String::as_str)
    }

    /// The caution that opens every list of help: call the emergency
    /// number, named where the country has one.
    pub fn emergency_words(&self, words: &crate::i18n::Words<'_>, country: &str) -> String {
        match self.emergency_number(country) {
            Some(number) => words.t_with(
                "help-emergency-number",
                &[
                    ("number", crate::i18n::FluentValue::from(number.to_owned())),
                    (
                        "country",
                        crate::i18n::FluentValue::from(words.t(&country_message(country))),
                    ),
                ],
            ),
            None => words.t("help-emergency"),
        }
    }

    pub fn entries_for(&self, country: &str) -> Vec<&HelpEntry> {
        self.entries
            .iter()
            .filter(|entry| entry.country == country)
            .collect()
    }

    /// The country to show first: the region of the reader's locale if the
    /// directory has it, else Pakistan if it has it, else the first listed.
    pub fn default_country(&self, region: Option<&str>) -> String {
        let countries = self.countries();
        region
            .map(str::to_ascii_lowercase)
            .filter(|region| countries.contains(&region.as_str()))
            .or_else(|| countries.contains(&"pk").then(|| "pk".to_owned()))
            .or_else(|| countries.first().map(|c| (*c).to_owned()))
            .unwrap_or_else(|| WORLDWIDE.to_owned())
    }

    /// Countries in the order they first appear, each with its entries.
    pub fn by_country(&self) -> Vec<(&str, Vec<&HelpEntry>)> {
        let mut groups: Vec<(&str, Vec<&HelpEntry>)> = Vec::new();
        let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for entry in &self.entries {
            match at.get(entry.country.as_str()) {
                Some(&index) => groups[index].1.push(entry),
                None => {
                    at.insert(&entry.country, groups.len());
                    groups.push((&entry.country, vec![entry]));
                }
            }
        }
        groups
    }

    /// Ids of the messages the directory needs in every language.
    pub fn required_messages(&self) -> Vec<(String, Vec<&'static str>)> {
        let mut required: Vec<(String, Vec<&'static str>)> = self
            .entries
            .iter()
            .map(|entry| (entry.message(), vec!["for"]))
            .collect();
        for (country, _) in self.by_country() {
            required.push((country_message(country), Vec::new()));
        }
        required
    }
}

/// Every problem with the directory (a contact that is neither a phone
/// number nor a web address, a missing source or date, a repeated id), each
/// with the index of its entry.
pub fn issues(directory: &HelpDirectory) -> Vec<(usize, String)> {
    let mut all = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (index, entry) in directory.entries.iter().enumerate() {
        let mut problems = Vec::new();
        let at = format!("entry '{}'", entry.id);
        if !ids.insert(&entry.id) {
            problems.push(format!("{at} appears twice"));
        }
        if entry.contacts.is_empty() {
            problems.push(format!("{at} has no contact"));
        }
        for contact in &entry.contacts {
            if !is_phone_number(contact) && !is_web_address(contact) {
                problems.push(format!(
                    "{at}: '{contact}' is neither a phone number nor a web address"
                ));
            }
        }
        if entry.source.trim().is_empty() {
            problems.push(format!("{at} needs a source"));
        }
        if !is_year_month(&entry.checked) {
            problems.push(format!(
                "{at}: date checked '{}' is not YYYY-MM",
                entry.checked
            ));
        }
        if entry.country != entry.country.to_ascii_lowercase() || entry.country.is_empty() {
            problems.push(format!(
                "{at}: country '{}' must be a lowercase code",
                entry.country
            ));
        }
        all.extend(problems.into_iter().map(|message| (index, message)));
    }
    all
}

/// Digits first, then digits, dashes, spaces or capital letters
/// (`1-800-CALL-FBI`).
fn is_phone_number(contact: &str) -> bool {
    contact.starts_with(|c: char| c.is_ascii_digit())
        && contact
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == ' ' || c.is_ascii_uppercase())
}

/// A bare host name with at least one dot and an optional path, written
/// without a scheme: `takeitdown.ncmec.org`, `iwf.org.uk/report`.
fn is_web_address(contact: &str) -> bool {
    let (host, path) = contact.split_once('/').unwrap_or((contact, ""));
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()))
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~/".contains(c))
}

fn is_year_month(date: &str) -> bool {
    let bytes = date.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && date[..4].chars().all(|c| c.is_ascii_digit())
        && date[5..]
            .parse::<u8>()
            .is_ok_and(|month| (1..=12).contains(&month))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_phone_numbers_or_web_addresses() {
        for good in [
            "15",
            "1-800-843-5678",
            "1-800-CALL-FBI",
            "takeitdown.ncmec.org",
            "childline.org.uk",
        ] {
            assert!(is_phone_number(good) || is_web_address(good), "{good}");
        }
        for bad in [
            "",
            "call 15",
            "https://x.org",
            "ncmec",
            "x..org",
            "www.example.c0m",
            "Take It Down",
        ] {
            assert!(!is_phone_number(bad) && !is_web_address(bad), "{bad}");
        }
    }

    #[test]
    fn dates_are_year_and_month() {
        assert!(is_year_month("2026-11"));
        assert!(!is_year_month("2026-13"));
        assert!(!is_year_month("11/2026"));
    }

    #[test]
    fn the_default_country_follows_the_locale_then_pakistan() {
        let directory = crate::content::Content::embedded().unwrap().help;
        assert_eq!(directory.default_country(Some("IN")), "in");
        assert_eq!(directory.default_country(Some("FR")), "pk");
        assert_eq!(directory.default_country(None), "pk");
    }
}
