//! How soon Listen is heard: from the press to espeak-ng's first sample,
//! against espeak-ng run alone on the same text, and the CPU and memory
//! espeak-ng uses while it speaks.
//!
//!   cargo run --release --example listen_latency            # RUNS=30
//!   RUNS=50 cargo run --release --example listen_latency [lesson-id]
//!
//! (a) espeak-ng alone: `espeak-ng -v ur -s 140 -b 1 -z --stdin --stdout`
//!     spawned with the text ready, timed to the first byte of samples
//!     after the WAV header on its standard output.
//! (b) the app's way: from the start of building the page's script
//!     (the lexicon, `script::lesson_page` of the lesson's first page in
//!     Urdu, `spoken()` of its first line, which Listen reads first) to
//!     the first sample byte of `Espeak::record_to`. The content is loaded
//!     before, as the app has it loaded.
//!
//! Runs of (a) and (b) alternate, after two unmeasured runs of each.
//! espeak-ng writes WAV to a pipe through stdio, so its first bytes leave
//! when a buffer fills or a clause is done: the same for (a) and (b). The
//! first audible sample (|s| > 300, -40 dBFS) is shown too.

#[cfg(unix)]
fn main() {
    unix::main();
}

#[cfg(not(unix))]
fn main() {
    eprintln!("listen_latency measures with getrusage, on Unix only");
}

#[cfg(unix)]
mod unix {
    use hifazat_core::content::Content;
    use hifazat_core::i18n::{Lang, Words};
    use hifazat_core::speech::audio::Wav;
    use hifazat_core::speech::{Espeak, Lexicon, Speed, script, spoken::spoken, voice_name};
    use std::io::{Read, Write};
    use std::process::{Child, Command, Stdio};
    use std::time::{Duration, Instant};

    /// The budget from "Listen pressed" to the first sample.
    const TARGET: Duration = Duration::from_millis(150);

    /// When the first sample byte and the first audible sample arrived,
    /// counted from `start`.
    struct First {
        sample: Duration,
        audible: Option<Duration>,
    }

    /// Reads `child`'s WAV stream until the first audible sample, then
    /// stops it.
    fn first_sound(mut child: Child, start: Instant) -> First {
        let mut out = child.stdout.take().expect("piped stdout");
        let mut bytes = Vec::with_capacity(1 << 16);
        let mut buffer = [0u8; 4096];
        let mut sample = None;
        let mut audible = None;
        let mut data_offset = None;
        while audible.is_none() {
            let read = out.read(&mut buffer).expect("espeak-ng's output");
            if read == 0 {
                break;
            }
            bytes.extend_from_slice(&buffer[..read]);
            if data_offset.is_none() {
                data_offset = Wav::parse(&bytes).ok().map(|wav| wav.data_offset as usize);
            }
            let Some(offset) = data_offset else { continue };
            if bytes.len() > offset {
                sample.get_or_insert_with(|| start.elapsed());
                let loud = bytes[offset..]
                    .chunks_exact(2)
                    .any(|b| i16::from_le_bytes([b[0], b[1]]).unsigned_abs() > 300);
                if loud {
                    audible = Some(start.elapsed());
                }
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        First {
            sample: sample.expect("espeak-ng wrote no samples"),
            audible,
        }
    }

    /// (a): espeak-ng alone, as a person would run it.
    fn alone(program: &std::path::Path, text: &str) -> First {
        let start = Instant::now();
        let mut child = Command::new(program)
            .args([
                "-v", "ur", "-s", "140", "-b", "1", "-z", "--stdin", "--stdout",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("espeak-ng");
        let mut stdin = child.stdin.take().expect("piped stdin");
        stdin.write_all(text.as_bytes()).expect("the text");
        stdin.write_all(b"\n").expect("the text");
        drop(stdin);
        first_sound(child, start)
    }

    /// (b): what Listen does, from the press.
    fn app(espeak: &Espeak, content: &Content, lesson: usize) -> (First, Duration) {
        let start = Instant::now();
        let lexicon = Lexicon::built_in(Lang::Ur);
        let words = Words {
            i18n: &content.i18n,
            lang: Lang::Ur,
        };
        let lines = script::lesson_page(&content.course, words, lesson, 0);
        let text = spoken(&lines[0], &lexicon);
        let scripted = start.elapsed();
        let child = espeak
            .record_to(
                &voice_name(Lang::Ur),
                Speed::Normal.words_per_minute(Lang::Ur),
                &text,
            )
            .expect("espeak-ng");
        (first_sound(child, start), scripted)
    }

    fn children_usage() -> libc::rusage {
        // SAFETY: getrusage writes into the struct it is given.
        unsafe {
            let mut usage: libc::rusage = std::mem::zeroed();
            libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
            usage
        }
    }

    fn seconds(time: libc::timeval) -> f64 {
        time.tv_sec as f64 + time.tv_usec as f64 / 1e6
    }

    /// CPU time of espeak-ng (user + system) per second of speech, and the
    /// seconds of speech, reading every line of the lesson's first page in
    /// `lang` to the end, one run per line as the app does.
    fn cpu_per_second(espeak: &Espeak, content: &Content, lang: Lang, lesson: usize) -> (f64, f64) {
        let lexicon = Lexicon::built_in(lang);
        let words = Words {
            i18n: &content.i18n,
            lang,
        };
        let lines = script::lesson_page(&content.course, words, lesson, 0);
        let before = children_usage();
        let mut audio = 0.0;
        for line in &lines {
            let mut child = espeak
                .record_to(
                    &voice_name(lang),
                    Speed::Normal.words_per_minute(lang),
                    &spoken(line, &lexicon),
                )
                .expect("espeak-ng");
            let mut bytes = Vec::new();
            child
                .stdout
                .take()
                .expect("piped stdout")
                .read_to_end(&mut bytes)
                .expect("espeak-ng's output");
            child.wait().expect("espeak-ng");
            let wav = Wav::parse(&bytes).expect("a WAV stream");
            audio += wav
                .duration_of((bytes.len() as u64).saturating_sub(wav.data_offset))
                .as_secs_f64();
        }
        let after = children_usage();
        let cpu = seconds(after.ru_utime) - seconds(before.ru_utime) + seconds(after.ru_stime)
            - seconds(before.ru_stime);
        (cpu / audio, audio)
    }

    /// espeak-ng's peak memory reading `text`, in MiB, as `/usr/bin/time`
    /// sees it. Not getrusage's RUSAGE_CHILDREN: under `cargo run` it
    /// reported 968 MiB, a high-water mark carried over from cargo.
    fn peak_memory(espeak: &Espeak, voice: &str, wpm: u32, text: &str) -> Option<f64> {
        let mut child = Command::new("/usr/bin/time")
            .args(["-f", "%M"])
            .arg(espeak.program())
            .args([
                "-v",
                voice,
                "-s",
                &wpm.to_string(),
                "-b",
                "1",
                "-z",
                "--stdin",
            ])
            .args(["-w", "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .ok()?;
        child.stdin.take()?.write_all(text.as_bytes()).ok()?;
        let out = child.wait_with_output().ok()?;
        let kib: f64 = String::from_utf8_lossy(&out.stderr)
            .lines()
            .last()?
            .trim()
            .parse()
            .ok()?;
        Some(kib / 1024.0)
    }

    fn percentile(sorted: &[Duration], p: f64) -> Duration {
        // Nearest rank.
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }

    fn ms(duration: Duration) -> String {
        format!("{:.1} ms", duration.as_secs_f64() * 1e3)
    }

    struct Column(Vec<Duration>);

    impl Column {
        fn sorted(&self) -> Vec<Duration> {
            let mut sorted = self.0.clone();
            sorted.sort();
            sorted
        }
        fn median(&self) -> Duration {
            percentile(&self.sorted(), 50.0)
        }
        fn p95(&self) -> Duration {
            percentile(&self.sorted(), 95.0)
        }
    }

    pub fn main() {
        let runs: usize = std::env::var("RUNS")
            .ok()
            .and_then(|runs| runs.parse().ok())
            .unwrap_or(30)
            .max(20);
        let Some(espeak) = Espeak::find(None) else {
            eprintln!(
                "listen_latency: espeak-ng was not found; {}",
                hifazat_core::speech::audio::HOW_TO_INSTALL
            );
            std::process::exit(1);
        };
        let content = Content::embedded().expect("the built-in content");
        let lesson_id = std::env::args()
            .nth(1)
            .unwrap_or_else(|| "what-it-is".into());
        let Some((lesson, _)) = content.course.lesson(&lesson_id) else {
            eprintln!("listen_latency: no lesson {lesson_id:?}");
            std::process::exit(2);
        };
        let words = Words {
            i18n: &content.i18n,
            lang: Lang::Ur,
        };
        let lexicon = Lexicon::built_in(Lang::Ur);
        let page = script::lesson_page(&content.course, words, lesson, 0);
        let text = spoken(&page[0], &lexicon);
        // A paragraph: espeak-ng reads all its input before it speaks,
        // so a long line may be heard later than a title.
        let longest = page
            .iter()
            .map(|line| spoken(line, &lexicon))
            .max_by_key(|line| line.chars().count())
            .expect("a line");

        for _ in 0..2 {
            alone(espeak.program(), &text);
            app(&espeak, &content, lesson);
        }
        let (mut alone_first, mut alone_audible) = (Vec::new(), Vec::new());
        let (mut app_first, mut app_audible, mut scripted) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let first = alone(espeak.program(), &text);
            alone_first.push(first.sample);
            alone_audible.extend(first.audible);
            let (first, script_time) = app(&espeak, &content, lesson);
            app_first.push(first.sample);
            app_audible.extend(first.audible);
            scripted.push(script_time);
        }
        let (alone_first, app_first) = (Column(alone_first), Column(app_first));
        let (alone_audible, app_audible) = (Column(alone_audible), Column(app_audible));
        let scripted = Column(scripted);
        let long = Column(
            (0..runs)
                .map(|_| alone(espeak.program(), &longest).sample)
                .collect(),
        );
        let (cpu_ur, audio_ur) = cpu_per_second(&espeak, &content, Lang::Ur, lesson);
        let (cpu_en, audio_en) = cpu_per_second(&espeak, &content, Lang::En, lesson);
        // The whole Urdu lesson in one run, as `hifazat audio` records it.
        let whole = hifazat_core::speech::audio::lesson_text(&content, Lang::Ur, lesson);
        let memory = peak_memory(&espeak, "ur", 140, &whole);

        let ratio =
            |a: Duration, b: Duration| format!("{:.2} ×", a.as_secs_f64() / b.as_secs_f64());
        println!(
            "Listen latency, Urdu lesson {lesson_id:?} page 1, its first line ({} characters), \
             {runs} runs each, {} cores",
            text.chars().count(),
            std::thread::available_parallelism().map_or(0, usize::from)
        );
        println!("{:<48} {:>10} {:>10}", "", "median", "p95");
        let row = |name: &str, column: &Column| {
            println!(
                "{name:<48} {:>10} {:>10}",
                ms(column.median()),
                ms(column.p95())
            );
        };
        row("(a) espeak-ng alone -> first sample", &alone_first);
        row("(b) Listen pressed -> first sample", &app_first);
        row("    of which lexicon + script + spoken()", &scripted);
        println!(
            "{:<48} {:>10} {:>10}",
            "ratio (b) / (a)",
            ratio(app_first.median(), alone_first.median()),
            ratio(app_first.p95(), alone_first.p95())
        );
        row(
            &format!(
                "(a) for the page's longest line ({} characters)",
                longest.chars().count()
            ),
            &long,
        );
        row("(a) -> first audible sample (|s| > 300)", &alone_audible);
        row("(b) -> first audible sample (|s| > 300)", &app_audible);
        println!(
            "{:<48} {}",
            "target: (b) first sample <= 150 ms (p95)",
            if app_first.p95() <= TARGET {
                "met"
            } else {
                "NOT MET"
            }
        );
        println!(
            "{:<48} {:.3} s CPU per s of speech ({:.0} s of speech read)",
            "espeak-ng while speaking, Urdu page 1", cpu_ur, audio_ur
        );
        println!(
            "{:<48} {:.3} s CPU per s of speech ({:.0} s of speech read)",
            "espeak-ng while speaking, English page 1", cpu_en, audio_en
        );
        println!(
            "{:<48} {}",
            "espeak-ng peak memory, a whole Urdu lesson",
            memory.map_or("n/a (no /usr/bin/time)".to_owned(), |mib| format!(
                "{mib:.1} MiB"
            ))
        );
    }
}
