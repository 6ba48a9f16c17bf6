//! The help directory from `assets/help.ron`: who to contact, where, for
//! what, and how sure we are of the number. Words are in the locales as
//! `help-<id>` (name) with `.for` (what it is for) and `country-<code>`.

use crate::content::{self, TextFile};
use crate::course::ContentError;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct HelpDirectory {
    pub entries: Vec<HelpEntry>,
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
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
pub enum Status {
    Verified,
    /// Shown with a visible "unconfirmed" label.
    Unconfirmed,
}

impl HelpDirectory {
    /// Countries in the order they first appear, each with its entries.
    pub fn by_country(&self) -> Vec<(&str, Vec<&HelpEntry>)> {
        let mut groups: Vec<(&str, Vec<&HelpEntry>)> = Vec::new();
        for entry in &self.entries {
            match groups
                .iter_mut()
                .find(|(country, _)| *country == entry.country)
            {
                Some((_, entries)) => entries.push(entry),
                None => groups.push((&entry.country, vec![entry])),
            }
        }
        groups
    }

    /// Ids of the messages the directory needs in every language.
    pub fn required_messages(&self) -> Vec<(String, Vec<&'static str>)> {
        let mut required: Vec<(String, Vec<&'static str>)> = self
            .entries
            .iter()
            .map(|entry| (format!("help-{}", entry.id), vec!["for"]))
            .collect();
        for (country, _) in self.by_country() {
            required.push((format!("country-{country}"), Vec::new()));
        }
        required
    }
}

pub fn load(file: &TextFile) -> Result<HelpDirectory, ContentError> {
    let directory: HelpDirectory = ron::from_str(&file.text).map_err(|error| ContentError {
        path: file.path.clone(),
        position: Some((error.position.line, error.position.col)),
        message: error.code.to_string(),
    })?;
    let problem = |message: String| ContentError {
        path: file.path.clone(),
        position: None,
        message,
    };
    for entry in &directory.entries {
        if entry.contacts.is_empty() {
            return Err(problem(format!("entry '{}' has no contact", entry.id)));
        }
        if entry.source.trim().is_empty() || entry.checked.trim().is_empty() {
            return Err(problem(format!(
                "entry '{}' needs a source and a date checked",
                entry.id
            )));
        }
    }
    Ok(directory)
}

pub fn load_embedded() -> Result<HelpDirectory, ContentError> {
    let file = content::asset("help.ron").ok_or_else(|| ContentError {
        path: "assets/help.ron".into(),
        position: None,
        message: "file is missing from the build".into(),
    })?;
    load(&file)
}
