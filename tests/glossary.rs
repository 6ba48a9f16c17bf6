//! The Urdu glossary's forbidden forms (its "Forbidden forms" list)
//! appear nowhere in the Urdu locale files, outside comments.

use std::fs;

fn forbidden() -> Vec<String> {
    let glossary = fs::read_to_string("locales/ur/GLOSSARY.md").expect("glossary");
    let (_, list) = glossary
        .split_once("## Forbidden forms")
        .expect("GLOSSARY.md has a Forbidden forms section");
    list.lines()
        .filter_map(|line| line.trim().strip_prefix("- "))
        .map(|form| form.trim().to_owned())
        .filter(|form| !form.is_empty())
        .collect()
}

/// The words of a line: runs of letters and marks.
fn words(line: &str) -> Vec<&str> {
    line.split(|c: char| !(c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c)))
        .filter(|word| !word.is_empty())
        .collect()
}

#[test]
fn no_forbidden_form_of_the_glossary_is_used_in_urdu() {
    let forms = forbidden();
    assert!(
        forms.len() >= 10,
        "found only {} forbidden forms",
        forms.len()
    );
    let mut found = Vec::new();
    for entry in fs::read_dir("locales/ur").expect("locales/ur") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("read");
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let line_words = words(line);
            for form in &forms {
                let form_words = words(form);
                if line_words
                    .windows(form_words.len())
                    .any(|window| window == form_words.as_slice())
                {
                    found.push(format!("{}:{}: {form}", path.display(), number + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "forbidden forms:\n{}", found.join("\n"));
}

#[test]
fn a_forbidden_form_is_found() {
    let line = "یہ سائبر ڈین میں ہوا۔";
    let form = words("سائبر ڈین");
    assert!(words(line).windows(2).any(|w| w == form.as_slice()));
}
