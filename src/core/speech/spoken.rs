//! Written text, made into text for a voice. A page is written for the
//! eye: phone numbers in groups, web addresses, key names, bullets and
//! dashes. Read as written, a voice says "one thousand one hundred and
//! twenty-one" for a helpline, "slash" and "right arrow" for signs, and
//! takes `[[…]]` as raw phonemes. This is the one place that turns what a
//! reader sees into what a listener should hear; nothing here changes what
//! is shown.

use super::Lexicon;

/// What `text` should sound like, in the language `lexicon` is for.
pub fn spoken(text: &str, lexicon: &Lexicon) -> String {
    let plain = plain(text);
    let words = lexicon.respell(&plain);
    let said = say_numbers(&say_addresses(&words, lexicon), lexicon);
    collapse_spaces(&said)
}

/// Only what a voice should read: no control or formatting characters
/// (a NUL ends espeak-ng's input, an escape is read aloud, and Fluent
/// wraps variables in invisible isolation marks), no characters that
/// switch espeak-ng into phoneme input, and no signs read out as words.
fn plain(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            // Joiners belong inside Urdu words; keep them.
            '\u{200C}' | '\u{200D}' => Some(c),
            '\n' | '\t' | '\r' => Some(' '),
            // Urdu and Arabic digits: espeak-ng's Urdu voice is silent on
            // them and reads the ASCII digits as Urdu numbers.
            '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10),
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
            // `[[` starts phonemes; `<` and `&` would matter with SSML.
            '[' | ']' | '{' | '}' | '<' | '>' | '&' => Some(' '),
            // Signs a voice would name: bullets, arrows, dashes, slashes.
            '•' | '·' | '→' | '←' | '↑' | '↓' | '–' | '—' | '|' | '*' | '_' | '#' | '~' | '^'
            | '\\' | '=' | '+' => Some(','),
            '“' | '”' | '«' | '»' | '"' | '‘' | '’' | '`' => Some(' '),
            c if c.is_control() || is_format(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Unicode's format characters (Cf) that carry nothing a voice can say:
/// bidi marks and isolates, zero-width spaces, the byte-order mark.
fn is_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}' | '\u{200E}' | '\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}')
}

/// Web and mail addresses read part by part: "fia dot gov dot pk".
fn say_addresses(text: &str, lexicon: &Lexicon) -> String {
    text.split(' ')
        .map(|token| {
            if !is_address(token) {
                return token.to_owned();
            }
            let trail = token
                .char_indices()
                .rev()
                .take_while(|(_, c)| !c.is_alphanumeric())
                .last()
                .map_or(token.len(), |(at, _)| at);
            let (address, rest) = token.split_at(trail);
            let address = address
                .trim_start_matches("https://")
                .trim_start_matches("http://");
            let mut said = String::new();
            for c in address.chars() {
                match c {
                    '.' => push_word(&mut said, &lexicon.names.dot),
                    '/' => push_word(&mut said, &lexicon.names.slash),
                    '@' => push_word(&mut said, &lexicon.names.at),
                    '-' => push_word(&mut said, &lexicon.names.dash),
                    c => said.push(c),
                }
            }
            said.push_str(rest);
            said
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn push_word(said: &mut String, word: &str) {
    said.push(' ');
    said.push_str(word);
    said.push(' ');
}

/// `www.…`, `…://…`, `name@host.tld` or `host.tld/…`: a dot between
/// letters, with no space, and a known ending or a slash.
fn is_address(token: &str) -> bool {
    let token = token.trim_end_matches(|c: char| !c.is_alphanumeric());
    if token.contains("://") || token.starts_with("www.") {
        return true;
    }
    let Some((host, _)) = token.split_once('/').or(Some((token, ""))) else {
        return false;
    };
    let host = host.rsplit('@').next().unwrap_or(host);
    let mut labels = host.split('.');
    let first = labels.next().unwrap_or("");
    let rest: Vec<&str> = labels.collect();
    !first.is_empty()
        && !rest.is_empty()
        && rest.iter().all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && rest
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
        && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Numbers as a listener needs them. A phone number is read digit by
/// digit ("one one two one"), its groups apart; a year or an amount ("80
/// %", "300,000") as a number. A phone number here is a run of digits
/// joined by dashes or spaces, one that starts with 0, or any other run of
/// three or more digits that is not a year and not followed by a percent.
fn say_numbers(text: &str, lexicon: &Lexicon) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut said = String::with_capacity(text.len() + 16);
    let mut at = 0;
    while at < chars.len() {
        if !chars[at].is_ascii_digit() || (at > 0 && is_letter(chars[at - 1])) {
            said.push(chars[at]);
            at += 1;
            continue;
        }
        let (groups, end) = number_groups(&chars, at);
        let digits: usize = groups.iter().map(String::len).sum();
        let percent = chars[end..]
            .iter()
            .find(|c| **c != ' ')
            .is_some_and(|c| matches!(c, '%' | '٪'));
        let amount = chars.get(end).is_some_and(|c| matches!(c, ',' | '.'))
            && chars.get(end + 1).is_some_and(char::is_ascii_digit);
        let year = groups.len() == 1
            && digits == 4
            && (groups[0].starts_with("19") || groups[0].starts_with("20"));
        let phone = !percent
            && !amount
            && !year
            && (groups.len() > 1 || groups[0].starts_with('0') || digits >= 3);
        if phone {
            let spoken: Vec<String> = groups
                .iter()
                .map(|group| {
                    group
                        .chars()
                        .map(String::from)
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            said.push_str(&spoken.join(&lexicon.names.pause));
            at = end;
        } else {
            // Copy the whole run, separators and all, as it was written.
            let run_end = amount_end(&chars, at);
            said.extend(&chars[at..run_end]);
            at = run_end;
        }
    }
    said
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// The digit groups of a number starting at `at`: groups of digits joined
/// by one dash or one space, where the next group is also digits. Returns
/// the groups and where the number ends.
fn number_groups(chars: &[char], at: usize) -> (Vec<String>, usize) {
    let mut groups = vec![String::new()];
    let mut end = at;
    while end < chars.len() {
        let c = chars[end];
        if c.is_ascii_digit() {
            groups.last_mut().expect("one group").push(c);
            end += 1;
        } else if matches!(c, '-' | ' ')
            && chars.get(end + 1).is_some_and(char::is_ascii_digit)
            // "in 2024 80 %" is not a phone number; only dashes join, or
            // spaces between groups that are themselves phone-like.
            && (c == '-' || groups.last().is_some_and(|g| g.starts_with('0') || g.len() >= 3))
        {
            groups.push(String::new());
            end += 1;
        } else {
            break;
        }
    }
    (groups, end)
}

/// The end of an amount such as `300,000` or `2.5`.
fn amount_end(chars: &[char], at: usize) -> usize {
    let mut end = at;
    while end < chars.len()
        && (chars[end].is_ascii_digit()
            || (matches!(chars[end], ',' | '.')
                && chars.get(end + 1).is_some_and(char::is_ascii_digit)))
    {
        end += 1;
    }
    end.max(at + 1)
}

fn collapse_spaces(text: &str) -> String {
    let mut said = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !said.is_empty() && !word.starts_with([',', '،', '.', '۔', '?', '؟', '!', ':', ';']) {
            said.push(' ');
        }
        said.push_str(word);
    }
    // Commas that stood for signs may now stand together or at the ends.
    let mut tidy = String::with_capacity(said.len());
    for c in said.chars() {
        if c == ',' && tidy.ends_with([',', '،', ' ']) && tidy.trim_end().ends_with([',', '،']) {
            continue;
        }
        tidy.push(c);
    }
    tidy.trim_matches(|c: char| c == ',' || c.is_whitespace())
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn ur(text: &str) -> String {
        spoken(text, &Lexicon::built_in(Lang::Ur))
    }

    fn en(text: &str) -> String {
        spoken(text, &Lexicon::built_in(Lang::En))
    }

    #[test]
    fn helplines_are_read_digit_by_digit_and_years_and_amounts_are_not() {
        assert_eq!(en("Call 1121 now."), "Call 1 1 2 1 now.");
        assert_eq!(en("Call 0800-39393."), "Call 0 8 0 0, 3 9 3 9 3.");
        assert_eq!(en("Police: 15"), "Police: 15");
        assert_eq!(en("In 2024, 300,000 children"), "In 2024, 300,000 children");
        assert_eq!(en("Pass mark 80 %"), "Pass mark 80 %");
        assert_eq!(en("100 %"), "100 %");
        assert_eq!(ur("۱۱۲۱ پر فون کریں"), "1 1 2 1 پر فون کریں");
    }

    #[test]
    fn web_addresses_are_read_with_dot_and_slash() {
        assert_eq!(
            en("Report at www.fia.gov.pk/report."),
            "Report at www dot fia dot gov dot pk slash report."
        );
        assert_eq!(
            en("See takeitdown.ncmec.org"),
            "See takeitdown dot ncmec dot org"
        );
        assert_eq!(
            ur("report.cybercrime.gov.pk"),
            "report ڈاٹ cybercrime ڈاٹ gov ڈاٹ pk"
        );
        assert_eq!(
            en("e.g. this"),
            "e.g. this",
            "an abbreviation is not an address"
        );
    }

    #[test]
    fn nothing_reaches_the_voice_that_it_would_misread() {
        assert_eq!(en("a\0b"), "ab");
        assert_eq!(en("say [[h@'loU]] now"), "say h@'loU now");
        assert_eq!(en("x\u{1b}[31my"), "x 31my");
        assert_eq!(en("\u{2068}Ali\u{2069} wrote"), "Ali wrote");
        assert_eq!(en("one • two → three"), "one, two, three");
        assert_eq!(en("“quoted”"), "quoted");
    }

    #[test]
    fn key_names_are_said_as_words() {
        assert_eq!(en("Press Esc."), "Press Escape.");
        assert_eq!(ur("Esc دبائیں"), "ایسکےپ دبائیں");
    }
}
