//! The printed handouts, checked for accessibility in a real browser:
//! axe-core (Deque's rules for WCAG 2.x A and AA) run in Debian's Chromium
//! by puppeteer-core, over handouts written by `hifazat export` as a reader
//! would make them. The node script is tests/axe/check.js; its npm packages
//! are installed by .ci/run into target/node/ (or name the folder holding
//! `node_modules` in HIFAZAT_NODE_MODULES). CI sets
//! HIFAZAT_REQUIRE_BROWSER=1; elsewhere the check is skipped, with a line
//! saying why, when node, the packages or Chromium are missing.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Violations found and accepted, each with the reason. Empty: axe finds
/// nothing in either handout.
const ACCEPTED: &[(&str, &str)] = &[];

struct Browser {
    chromium: String,
    node_modules: PathBuf,
}

/// The browser and the node packages, or None (after saying so) when the
/// check cannot run here.
fn browser() -> Option<Browser> {
    let required = std::env::var_os("HIFAZAT_REQUIRE_BROWSER").is_some();
    let skip = |why: &str| {
        assert!(!required, "{why}, and CI requires the accessibility check");
        // Past the harness's capture, so a plain `cargo test` shows it.
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            format!("skipped the accessibility check: {why}\n").as_bytes(),
        );
        None
    };
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| Command::new(name).arg("--version").output().is_ok())
    else {
        return skip("no Chromium (apt install chromium)");
    };
    if Command::new("node").arg("--version").output().is_err() {
        return skip("no node (apt install nodejs npm)");
    }
    let node_modules = std::env::var_os("HIFAZAT_NODE_MODULES")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/node"))
        .join("node_modules");
    if !node_modules.join("puppeteer-core").is_dir() || !node_modules.join("axe-core").is_dir() {
        return skip(&format!(
            "no puppeteer-core and axe-core in {} (npm install --prefix target/node \
             puppeteer-core axe-core)",
            node_modules.display()
        ));
    }
    Some(Browser {
        chromium: chromium.to_owned(),
        node_modules,
    })
}

/// One line the script printed about one file.
#[derive(Debug)]
struct Violation {
    rule: String,
    impact: String,
    at: String,
    help: String,
}

/// Runs axe over `files`; the violations of each, in order.
fn axe(browser: &Browser, files: &[PathBuf]) -> Vec<Vec<Violation>> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axe/check.js");
    let output = Command::new("node")
        .arg(script)
        .arg(&browser.chromium)
        .args(files)
        .env("NODE_PATH", &browser.node_modules)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the axe script failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    files
        .iter()
        .map(|file| {
            let name = file.to_string_lossy();
            let lines: Vec<Vec<&str>> = stdout
                .lines()
                .map(|line| line.split('\t').collect::<Vec<_>>())
                .filter(|fields| fields.get(1) == Some(&&*name))
                .collect();
            let checked = lines
                .iter()
                .find(|fields| fields[0] == "checked")
                .unwrap_or_else(|| panic!("{name} was not checked:\n{stdout}"));
            let passed: usize = checked[2].parse().expect("a count");
            // The handouts pass 8 of axe's WCAG A/AA rules (the others do not
            // apply to a page of text), the failing page 4; fewer than 3
            // means axe did not really run.
            assert!(passed >= 3, "{name}: only {passed} rules passed:\n{stdout}");
            lines
                .iter()
                .filter(|fields| fields[0] == "violation" && fields.len() == 6)
                .map(|fields| Violation {
                    rule: fields[2].to_owned(),
                    impact: fields[3].to_owned(),
                    at: fields[4].to_owned(),
                    help: fields[5].to_owned(),
                })
                .collect()
        })
        .collect()
}

fn export(lang: &str, answers: bool, out: &Path) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hifazat"));
    command.args([
        "export",
        "--lang",
        lang,
        "--country",
        "pk",
        "--force",
        "--out",
    ]);
    command.arg(out);
    if answers {
        command.arg("--answers");
    }
    let output = command.output().expect("hifazat export runs");
    assert!(output.status.success(), "export {lang}: {output:?}");
}

#[test]
fn both_handouts_pass_axe_in_a_real_browser() {
    let Some(browser) = browser() else {
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/accessibility");
    std::fs::create_dir_all(&dir).expect("target/accessibility");
    let mut files = Vec::new();
    for lang in ["ur", "en"] {
        for answers in [false, true] {
            let file = dir.join(format!(
                "handout-{lang}{}.html",
                if answers { "-answers" } else { "" }
            ));
            export(lang, answers, &file);
            files.push(file);
        }
    }
    let found = axe(&browser, &files);
    let mut problems = Vec::new();
    for (file, violations) in files.iter().zip(&found) {
        for violation in violations {
            if !ACCEPTED.iter().any(|(rule, _)| *rule == violation.rule) {
                problems.push(format!(
                    "{}: {} ({}) at {}: {}",
                    file.display(),
                    violation.rule,
                    violation.impact,
                    violation.at,
                    violation.help
                ));
            }
        }
    }
    assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
}

/// The check can fail: a page with an image without words, text too pale
/// to read and no language is caught, rule by rule.
#[test]
fn axe_catches_a_page_that_fails() {
    let Some(browser) = browser() else {
        return;
    };
    let dir = tempfile::tempdir().expect("a folder");
    let bad = dir.path().join("bad.html");
    std::fs::write(
        &bad,
        "<!doctype html><html><head><title>x</title></head><body>\
         <img src=\"x.png\"><p style=\"color:#ccc;background:#fff\">pale</p></body></html>",
    )
    .expect("written");
    let found = axe(&browser, std::slice::from_ref(&bad));
    let rules: Vec<&str> = found[0].iter().map(|v| v.rule.as_str()).collect();
    for rule in ["image-alt", "color-contrast", "html-has-lang"] {
        assert!(rules.contains(&rule), "{rule} not found: {rules:?}");
    }
}
