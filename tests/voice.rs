//! Listening, heard through the real espeak-ng: every lesson's first page
//! in both languages is sound of about the right length, `hifazat audio`
//! writes a whole WAV or refuses plainly, lines are read apart, and phone
//! numbers are said digit by digit.
//!
//! Without espeak-ng these tests say they were skipped and pass; CI
//! installs it and sets `HIFAZAT_REQUIRE_VOICE=1`, and then a missing
//! voice fails them.

mod common;

use common::names;
use hifazat_core::content::Content;
use hifazat_core::i18n::{Lang, Words};
use hifazat_core::speech::audio::{self, Wav, samples16};
use hifazat_core::speech::{Espeak, Lexicon, Speed, script, spoken::spoken, voice_name};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// espeak-ng with the Urdu and English voices, or `None` after saying the
/// test is skipped (a failure when CI requires the voice).
fn voice(test: &str) -> Option<Espeak> {
    let required = std::env::var("HIFAZAT_REQUIRE_VOICE").is_ok_and(|value| value == "1");
    let found = Espeak::find(None);
    let missing = match &found {
        None => Some("espeak-ng is not installed".to_owned()),
        Some(espeak) => Lang::BUILT_IN
            .iter()
            .find(|lang| !espeak.has_voice(&voice_name(**lang)))
            .map(|lang| format!("espeak-ng has no voice {:?}", voice_name(*lang))),
    };
    match missing {
        None => found,
        Some(why) => {
            assert!(!required, "{why}, and HIFAZAT_REQUIRE_VOICE=1 requires it");
            // Past the test harness's capture, so the skip is seen.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "skipped {test}: {why} (install espeak-ng to run it)"
            );
            None
        }
    }
}

/// A WAV file's format and its 16-bit samples.
fn read_wav(path: &Path) -> (Wav, Vec<i16>) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let wav = Wav::parse(&bytes).unwrap_or_else(|why| panic!("{}: {why}", path.display()));
    assert_eq!(
        wav.data_offset + u64::from(wav.data_len),
        bytes.len() as u64,
        "{}: the header's length is not the file's",
        path.display()
    );
    let samples = samples16(&bytes).expect("16-bit samples");
    (wav, samples)
}

fn rms(samples: &[i16]) -> f64 {
    let sum: f64 = samples.iter().map(|&s| f64::from(s).powi(2)).sum();
    (sum / samples.len().max(1) as f64).sqrt()
}

/// The silences in `samples` at least `at_least` long: windows of 10 ms
/// whose RMS is under 100 (-50 dBFS; espeak-ng's pauses are zeros).
fn silences(wav: &Wav, samples: &[i16], at_least: Duration) -> Vec<Duration> {
    let window = (wav.sample_rate / 100) as usize;
    let mut found = Vec::new();
    let mut quiet = 0u32;
    for chunk in samples.chunks(window) {
        if rms(chunk) < 100.0 {
            quiet += 1;
        } else {
            let length = Duration::from_millis(u64::from(quiet) * 10);
            if length >= at_least {
                found.push(length);
            }
            quiet = 0;
        }
    }
    found
}

/// Minutes `words` take at `wpm`, in seconds.
fn expected_seconds(words: usize, wpm: u32) -> f64 {
    words as f64 * 60.0 / f64::from(wpm)
}

/// The floor for "this is speech": RMS over a whole line. Every line of
/// every first page measured 2,645 to 3,544 (of 32,767) with espeak-ng
/// 1.51; silence is 0, and a voice that only clicked or breathed would be
/// far below. 1,000 (-30 dBFS) is 2.6 times under the quietest line.
const RMS_FLOOR: f64 = 1000.0;

/// A line's length against its words at the reading speed. Measured on
/// the first pages: 0.55 to 2.28 (a one-word heading is read slowly, with
/// the start and end of a clause around it; a line of digits quickly).
const LINE_RATIO: (f64, f64) = (0.4, 2.5);

/// A whole page against its words: measured 0.81 to 0.99 in both
/// languages. A voice at another language's speed, or reading the text's
/// signs aloud, falls outside.
const PAGE_RATIO: (f64, f64) = (0.65, 1.3);

/// The first page of every lesson, in both languages, recorded as the
/// app reads it: `script::lesson_page`, each line through `spoken` with
/// the language's lexicon, and espeak-ng at the app's normal speed, one
/// run per line.
#[test]
fn the_first_page_of_every_lesson_is_speech_of_the_right_length() {
    let Some(espeak) = voice("the_first_page_of_every_lesson_is_speech_of_the_right_length") else {
        return;
    };
    let content = Content::embedded().expect("built-in content");
    let dir = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    for lang in Lang::BUILT_IN {
        let lexicon = Lexicon::built_in(lang);
        let wpm = Speed::Normal.words_per_minute(lang);
        let words = Words {
            i18n: &content.i18n,
            lang,
        };
        for (index, lesson) in content.course.lessons.iter().enumerate() {
            let lines = script::lesson_page(&content.course, words, index, 0);
            assert!(lines.len() >= 3, "{} {}: {lines:?}", lang.code(), lesson.id);
            let (mut page_seconds, mut page_words) = (0.0, 0);
            for (n, line) in lines.iter().enumerate() {
                let text = spoken(line, &lexicon);
                let at = format!("{} {} line {n} ({text:?})", lang.code(), lesson.id);
                let path = dir
                    .path()
                    .join(format!("{}-{}-{n}.wav", lang.code(), lesson.id));
                espeak
                    .record(&voice_name(lang), wpm, &text, &path)
                    .unwrap_or_else(|e| panic!("{at}: {e}"));
                let (wav, samples) = read_wav(&path);
                let seconds = wav.duration().as_secs_f64();
                let count = text.split_whitespace().count();
                let ratio = seconds / expected_seconds(count, wpm);
                let loudness = rms(&samples);
                if loudness < RMS_FLOOR {
                    problems.push(format!("{at}: RMS {loudness:.0} < {RMS_FLOOR}"));
                }
                if !(LINE_RATIO.0..=LINE_RATIO.1).contains(&ratio) {
                    problems.push(format!(
                        "{at}: {seconds:.2} s for {count} words at {wpm} wpm is {ratio:.2} × \
                         (expected {} to {})",
                        LINE_RATIO.0, LINE_RATIO.1
                    ));
                }
                page_seconds += seconds;
                page_words += count;
            }
            let ratio = page_seconds / expected_seconds(page_words, wpm);
            if !(PAGE_RATIO.0..=PAGE_RATIO.1).contains(&ratio) {
                problems.push(format!(
                    "{} {} page 1: {page_seconds:.1} s for {page_words} words is {ratio:.2} × \
                     (expected {} to {})",
                    lang.code(),
                    lesson.id,
                    PAGE_RATIO.0,
                    PAGE_RATIO.1
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The speeds of Settings are heard: slower is longer than faster.
#[test]
fn the_speed_changes_how_long_a_line_takes() {
    let Some(espeak) = voice("the_speed_changes_how_long_a_line_takes") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let text = "بچوں کی حفاظت کے بارے میں والدین کے لیے ایک مختصر کورس";
    let seconds = |speed: Speed| {
        let path = dir.path().join(format!("{speed:?}.wav"));
        espeak
            .record("ur", speed.words_per_minute(Lang::Ur), text, &path)
            .unwrap();
        read_wav(&path).0.duration().as_secs_f64()
    };
    let (slower, normal, faster) = (
        seconds(Speed::Slower),
        seconds(Speed::Normal),
        seconds(Speed::Faster),
    );
    assert!(
        slower > normal * 1.1 && normal > faster * 1.1,
        "slower {slower:.2} s, normal {normal:.2} s, faster {faster:.2} s"
    );
}

/// What `hifazat audio` gives espeak-ng between lines is a pause a
/// listener hears; a space between them is none.
#[test]
fn lines_of_a_recording_are_read_apart() {
    let Some(espeak) = voice("lines_of_a_recording_are_read_apart") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (lang, lines) in [
        (Lang::En, ["Where to get help", "Call the helpline today"]),
        (Lang::Ur, ["مدد کہاں سے ملے", "آج ہیلپ لائن پر فون کریں"]),
    ] {
        let lexicon = Lexicon::built_in(lang);
        let wpm = Speed::Normal.words_per_minute(lang);
        let gaps = |text: &str, name: &str| {
            let path = dir.path().join(format!("{}-{name}.wav", lang.code()));
            espeak.record(&voice_name(lang), wpm, text, &path).unwrap();
            let (wav, samples) = read_wav(&path);
            silences(&wav, &samples, Duration::from_millis(100))
        };
        let apart = gaps(&audio::voice_text(&lines, &lexicon), "apart");
        let together = gaps(&lines.join(" "), "together");
        assert!(
            apart.iter().any(|gap| *gap >= Duration::from_millis(400)),
            "{}: no pause of 400 ms between the lines: {apart:?}",
            lang.code()
        );
        assert!(
            together.iter().all(|gap| *gap < Duration::from_millis(400)),
            "{}: the lines run on without audio::voice_text, yet: {together:?}",
            lang.code()
        );
    }
}

/// espeak-ng's phonemes for `text` (`-x -q`), one word each.
fn phonemes(espeak: &Espeak, voice: &str, text: &str) -> Vec<String> {
    let mut child = Command::new(espeak.program())
        .args(["-v", voice, "-x", "-q", "--stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("espeak-ng -x");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "espeak-ng -x: {:?}", out.status);
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// A helpline is heard as its digits, in order ("one one two one"), never
/// as a number ("one thousand one hundred and twenty-one").
#[test]
fn phone_numbers_are_said_digit_by_digit() {
    let Some(espeak) = voice("phone_numbers_are_said_digit_by_digit") else {
        return;
    };
    for (lang, sentence, number, not) in [
        (
            Lang::Ur,
            "بچوں کی مدد کے لیے 1121 پر فون کریں",
            "1121",
            "Haz'a:R",
        ),
        (
            Lang::En,
            "Call the child helpline on 1121 today",
            "1121",
            "T'aUz@nd",
        ),
        (
            Lang::Ur,
            "ہیلپ لائن 0800-22444 پر فون کریں",
            "080022444",
            "Haz'a:R",
        ),
        (
            Lang::En,
            "The line is 0800-22444, open every day",
            "080022444",
            "T'aUz@nd",
        ),
    ] {
        let voice = voice_name(lang);
        let text = spoken(sentence, &Lexicon::built_in(lang));
        let heard = phonemes(&espeak, &voice, &text);
        let digits: Vec<String> = number
            .chars()
            .map(|digit| phonemes(&espeak, &voice, &digit.to_string()).join(" "))
            .collect();
        let joined = heard.join(" ");
        assert!(
            !joined.contains(not),
            "{} {sentence:?} is heard as a number: {joined}",
            lang.code()
        );
        // The digits' phonemes, each a word, one after another.
        let found = heard.windows(digits.len()).any(|window| {
            window
                .iter()
                .zip(&digits)
                .all(|(word, digit)| word == digit)
        });
        assert!(
            found,
            "{} {sentence:?} (spoken {text:?}): the digits {digits:?} are not heard in order \
             in {joined}",
            lang.code()
        );
    }
}

fn hifazat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hifazat"))
        .args(args)
        .output()
        .expect("the hifazat binary")
}

/// `hifazat audio` with `args`, reading only the built-in course (a config
/// folder in `dir` with no packs).
fn audio(dir: &Path, args: &[&str]) -> Output {
    let config = config(dir);
    let mut all = vec!["audio", "--config-dir", &config];
    all.extend_from_slice(args);
    hifazat(&all)
}

/// A config folder with no packs in it, so that only the built-in course
/// is read.
fn config(dir: &Path) -> String {
    dir.join("no-config").display().to_string()
}

#[test]
fn hifazat_audio_writes_a_whole_wav_of_a_lesson() {
    let Some(_espeak) = voice("hifazat_audio_writes_a_whole_wav_of_a_lesson") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("grooming.wav");
    let output = audio(
        dir.path(),
        &[
            "--lang",
            "ur",
            "--lesson",
            "grooming",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert!(
        stderr.contains("wrote") && stderr.contains("MB"),
        "{stderr}"
    );
    assert_eq!(
        names(dir.path()),
        ["grooming.wav"],
        "no temporary file left"
    );
    let (wav, samples) = read_wav(&out);
    assert_eq!((wav.channels, wav.bits_per_sample), (1, 16));
    let content = Content::embedded().unwrap();
    let (index, _) = content.course.lesson("grooming").unwrap();
    let text = audio::lesson_text(&content, Lang::Ur, index);
    let expected = expected_seconds(text.split_whitespace().count(), 140);
    let seconds = wav.duration().as_secs_f64();
    // A whole lesson: its pages' speech and a pause between lines
    // (measured 1.01 × its words at 140 a minute).
    assert!(
        (expected * PAGE_RATIO.0..=expected * 1.5).contains(&seconds),
        "{seconds:.0} s for a lesson of {expected:.0} s of words"
    );
    assert!(rms(&samples) > RMS_FLOOR, "RMS {:.0}", rms(&samples));
    let lines = script::whole_lesson(
        &content.course,
        Words {
            i18n: &content.i18n,
            lang: Lang::Ur,
        },
        index,
    );
    let pauses = silences(&wav, &samples, Duration::from_millis(600)).len();
    assert!(
        pauses + 1 >= lines.len(),
        "{} lines, but only {pauses} pauses of 600 ms",
        lines.len()
    );

    // Kept without --force, replaced with it.
    let before = std::fs::read(&out).unwrap();
    let again = audio(
        dir.path(),
        &["--lesson", "what-it-is", "--out", out.to_str().unwrap()],
    );
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert_eq!(again.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("already exists") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), before, "the file was changed");
    let forced = audio(
        dir.path(),
        &[
            "--lang",
            "en",
            "--speed",
            "faster",
            "--lesson",
            "what-it-is",
            "--force",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        forced.status.success(),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
    assert_ne!(
        std::fs::read(&out).unwrap(),
        before,
        "--force replaced nothing"
    );
    assert_eq!(names(dir.path()), ["grooming.wav"]);
}

#[test]
fn hifazat_audio_all_writes_every_lesson_in_order() {
    let Some(_espeak) = voice("hifazat_audio_all_writes_every_lesson_in_order") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("lessons");
    let output = audio(
        dir.path(),
        &[
            "--lang",
            "en",
            "--speed",
            "faster",
            "--all",
            "--out",
            folder.to_str().unwrap(),
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let content = Content::embedded().unwrap();
    let expected: Vec<String> = content
        .course
        .lessons
        .iter()
        .enumerate()
        .map(|(index, lesson)| audio::file_name(index, lesson, Lang::En))
        .collect();
    assert_eq!(names(&folder), expected);
    assert_eq!(expected[0], "01-what-it-is.en.wav");
    for name in &expected {
        let (wav, samples) = read_wav(&folder.join(name));
        assert!(
            wav.duration() > Duration::from_secs(60),
            "{name}: {:?}",
            wav.duration()
        );
        assert!(rms(&samples) > RMS_FLOOR, "{name}");
    }
}

#[test]
fn hifazat_audio_refuses_an_unknown_lesson_and_names_the_lessons() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.wav");
    let output = audio(
        dir.path(),
        &["--lesson", "no-such-lesson", "--out", out.to_str().unwrap()],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no lesson \"no-such-lesson\""), "{stderr}");
    let content = Content::embedded().unwrap();
    for lesson in &content.course.lessons {
        assert!(
            stderr.contains(&lesson.id),
            "{} is not listed: {stderr}",
            lesson.id
        );
    }
    assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
}

#[test]
fn hifazat_audio_without_a_voice_says_what_to_install_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (args, folder) in [
        (vec!["--lesson", "grooming"], dir.path().join("one.wav")),
        (vec!["--all"], dir.path().join("all")),
    ] {
        let mut all = vec!["--voice", "/nonexistent", "audio", "--out"];
        let out = folder.to_str().unwrap().to_owned();
        all.push(&out);
        all.extend(args);
        let config = config(dir.path());
        all.extend(["--config-dir", &config]);
        let output = hifazat(&all);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        for needed in [
            "/nonexistent",
            "sudo apt install espeak-ng",
            "brew install espeak-ng",
            "github.com/espeak-ng/espeak-ng",
            "--voice",
        ] {
            assert!(stderr.contains(needed), "{needed:?} is not said: {stderr}");
        }
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
    }
}

/// A run killed while espeak-ng is writing leaves nothing under the final
/// name: the sound goes to a hidden temporary file until it is whole.
#[cfg(unix)]
#[test]
fn a_killed_recording_leaves_no_file_under_its_name() {
    let Some(_espeak) = voice("a_killed_recording_leaves_no_file_under_its_name") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lesson.wav");
    let config = config(dir.path());
    let mut killed = false;
    for _ in 0..5 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hifazat"))
            .args(["audio", "--config-dir", &config, "--speed", "slower"])
            .args(["--lesson", "getting-help", "--force", "--out"])
            .arg(&out)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let temporary = || {
            names(dir.path())
                .into_iter()
                .any(|name| name.starts_with(".hifazat-audio-"))
        };
        let mut seen = false;
        while !seen && Instant::now() < deadline {
            seen = temporary();
            std::thread::sleep(Duration::from_millis(1));
        }
        // SIGKILL: nothing of ours runs after it.
        let _ = child.kill();
        let status = child.wait().unwrap();
        // Not caught, or finished before the kill: try again.
        if !seen || status.success() {
            let _ = std::fs::remove_file(&out);
            continue;
        }
        killed = true;
        break;
    }
    assert!(killed, "the recording was never caught before it ended");
    // On Linux the voice dies with the app (PR_SET_PDEATHSIG): its
    // temporary file stops growing at once.
    #[cfg(target_os = "linux")]
    {
        let sizes = || -> Vec<u64> {
            names(dir.path())
                .into_iter()
                .map(|name| std::fs::metadata(dir.path().join(name)).map_or(0, |m| m.len()))
                .collect()
        };
        std::thread::sleep(Duration::from_millis(300));
        let after_kill = sizes();
        std::thread::sleep(Duration::from_secs(1));
        assert_eq!(
            sizes(),
            after_kill,
            "espeak-ng went on recording after the app was killed"
        );
    }
    // Elsewhere espeak-ng, left running, finishes its temporary file.
    std::thread::sleep(Duration::from_secs(2));
    assert!(!out.exists(), "a killed run left {}", out.display());
    let left: Vec<PathBuf> = names(dir.path())
        .into_iter()
        .map(|name| dir.path().join(name))
        .collect();
    assert!(
        left.iter().all(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            name.starts_with(".hifazat-audio-") && name.ends_with(".tmp")
        }),
        "{left:?}"
    );
}
