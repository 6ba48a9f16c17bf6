//! `hifazat audio`: a lesson recorded as one WAV file, for a facilitator
//! to share with parents as sound (on a phone, say). The lesson is read as
//! the lesson screen reads it, line by line (`script::whole_lesson`), each
//! line made into text for the voice (`spoken`), with a pause between
//! lines; espeak-ng writes it into a temporary file next to the target,
//! which is renamed into place only when it is whole, so a run that is
//! killed never leaves a cut-off file under the final name.
//!
//! WAV only: 16-bit mono at espeak-ng's 22,050 Hz, about 2.6 MB a minute.
//! A compressed format would need an encoder, and the well-kept ones for
//! Opus, Vorbis and MP3 are C libraries behind bindings; the app links no
//! audio library at all.

use super::{Espeak, Lexicon, Speed, script, spoken::spoken, voice_name};
use crate::content::Content;
use crate::course::Lesson;
use crate::files::write::{self, Atomic, Existing};
use crate::i18n::{Lang, Words};
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What to say where espeak-ng is not found: what to install on each
/// system, and the option for one that is somewhere else.
pub const HOW_TO_INSTALL: &str = "install espeak-ng, the voice that reads the course aloud:\n  \
     Debian or Ubuntu: sudo apt install espeak-ng\n  \
     Windows: the espeak-ng installer (.msi) from the releases of github.com/espeak-ng/espeak-ng\n  \
     macOS: brew install espeak-ng\n\
     or give the program with --voice PROGRAM";

/// What espeak-ng is given between two lines: a blank line, which it
/// takes as the end of a paragraph and pauses at (0.56 s in English at
/// 170 words a minute, 0.76 s in Urdu at 140). A line break alone makes
/// no pause at all.
pub const BETWEEN_LINES: &str = "\n\n";

/// The text espeak-ng is given for `lines`: each made into text for the
/// voice, a pause between them. Empty lines are left out.
pub fn voice_text<S: AsRef<str>>(lines: &[S], lexicon: &Lexicon) -> String {
    lines
        .iter()
        .map(|line| spoken(line.as_ref(), lexicon))
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join(BETWEEN_LINES)
}

/// The whole of lesson `lesson` (its index) in `lang`, as espeak-ng is
/// given it.
pub fn lesson_text(content: &Content, lang: Lang, lesson: usize) -> String {
    let words = Words {
        i18n: &content.i18n,
        lang,
    };
    let lines = script::whole_lesson(&content.course, words, lesson);
    voice_text(&lines, &Lexicon::built_in(lang))
}

/// The name of lesson `index`'s file in a folder of every lesson:
/// `01-what-it-is.ur.wav`, so the files sort in the course's order.
pub fn file_name(index: usize, lesson: &Lesson, lang: Lang) -> String {
    format!("{:02}-{}.{}.wav", index + 1, lesson.id, lang.code())
}

/// A file `record` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    pub bytes: u64,
    pub duration: Duration,
}

/// What `record` was asked for.
#[derive(Debug, Clone, Copy)]
pub struct Recording {
    pub lang: Lang,
    pub speed: Speed,
    /// `Keep` refuses a file already there (nothing is recorded);
    /// `ReplaceFile` replaces a regular file. A link or a folder in the
    /// way is always refused.
    pub existing: Existing,
}

/// Records lesson `lesson` (its index) to `out`.
pub fn record(
    espeak: &Espeak,
    content: &Content,
    lesson: usize,
    out: &Path,
    how: Recording,
) -> io::Result<Written> {
    let text = lesson_text(content, how.lang, lesson);
    record_text(
        espeak,
        &voice_name(how.lang),
        how.speed.words_per_minute(how.lang),
        &text,
        out,
        how.existing,
    )
}

/// Records `text` (already made for the voice) to `out`, through a
/// temporary file in the same folder that is renamed into place once
/// espeak-ng has finished and the file is a whole WAV. On any failure the
/// temporary file is removed and `out` is as it was.
pub fn record_text(
    espeak: &Espeak,
    voice: &str,
    words_per_minute: u32,
    text: &str,
    out: &Path,
    existing: Existing,
) -> io::Result<Written> {
    let how = Atomic {
        existing,
        temporary_prefix: ".hifazat-audio-",
        // Made to be shared, as a handout is.
        private: false,
    };
    let mut recorded = None;
    write::atomically_with(out, &how, |file, temporary| {
        // espeak-ng opens the file by name, which Windows allows only
        // once it is let go of here.
        drop(file);
        espeak.record(voice, words_per_minute, text, temporary)?;
        let file = File::open(temporary)?;
        let bytes = file.metadata()?.len();
        let mut head = Vec::with_capacity(HEADER_READ);
        (&file).take(HEADER_READ as u64).read_to_end(&mut head)?;
        let wav = Wav::parse(&head).map_err(|why| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("espeak-ng wrote no usable WAV file ({why})"),
            )
        })?;
        let whole = wav.data_offset + u64::from(wav.data_len);
        if whole != bytes || wav.data_len == 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "espeak-ng's WAV file is not whole: {bytes} bytes, but its header says {whole}"
                ),
            ));
        }
        file.sync_all()?;
        recorded = Some((bytes, wav.duration()));
        Ok(())
    })?;
    let (bytes, duration) = recorded.expect("recorded when written");
    Ok(Written {
        path: out.to_owned(),
        bytes,
        duration,
    })
}

/// Refuses, before anything is recorded, a target that is a link, a
/// folder or anything but a regular file, and one that exists when it is
/// to be kept.
pub fn check_target(out: &Path, existing: Existing) -> io::Result<()> {
    write::refuse_in_the_way(out, existing)
}

/// Enough of a file for espeak-ng's header (44 bytes) and any other
/// chunks a WAV writer puts before the samples.
const HEADER_READ: usize = 4096;

/// A PCM WAV file's format and where its samples are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wav {
    pub sample_rate: u32,
    pub channels: u16,
    pub bits_per_sample: u16,
    /// Where the samples start.
    pub data_offset: u64,
    /// How many bytes of samples the header says there are. espeak-ng
    /// writing to a pipe cannot go back to fill it in, and says 0x7ffff000
    /// or so there; see `Wav::stream`.
    pub data_len: u32,
}

impl Wav {
    /// Reads the header at the start of `bytes` (the chunks up to the
    /// start of the samples).
    pub fn parse(bytes: &[u8]) -> Result<Wav, &'static str> {
        let u16_at = |at: usize| {
            bytes
                .get(at..at + 2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
        };
        let u32_at = |at: usize| {
            bytes
                .get(at..at + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
            return Err("not a RIFF WAVE file");
        }
        let mut at = 12;
        let mut format = None;
        loop {
            let (Some(id), Some(len)) = (bytes.get(at..at + 4), u32_at(at + 4)) else {
                return Err("no data chunk");
            };
            let body = at + 8;
            match id {
                b"fmt " => {
                    let (Some(tag), Some(channels), Some(rate), Some(bits)) = (
                        u16_at(body),
                        u16_at(body + 2),
                        u32_at(body + 4),
                        u16_at(body + 14),
                    ) else {
                        return Err("the fmt chunk is cut short");
                    };
                    if tag != 1 {
                        return Err("not PCM");
                    }
                    if channels == 0 || rate == 0 || !matches!(bits, 8 | 16 | 24 | 32) {
                        return Err("an impossible format");
                    }
                    format = Some((channels, rate, bits));
                }
                b"data" => {
                    let Some((channels, sample_rate, bits_per_sample)) = format else {
                        return Err("samples before the format");
                    };
                    return Ok(Wav {
                        sample_rate,
                        channels,
                        bits_per_sample,
                        data_offset: body as u64,
                        data_len: len,
                    });
                }
                _ => {}
            }
            // Chunks are padded to an even length.
            let len = usize::try_from(len).map_err(|_| "a chunk too long")?;
            at = body
                .checked_add(len + (len & 1))
                .ok_or("a chunk too long")?;
        }
    }

    /// Bytes of one sample frame (every channel).
    pub fn frame_bytes(&self) -> u32 {
        u32::from(self.channels) * u32::from(self.bits_per_sample / 8)
    }

    /// How long `data_len` bytes of samples play.
    pub fn duration_of(&self, data_len: u64) -> Duration {
        let per_second = u64::from(self.sample_rate) * u64::from(self.frame_bytes());
        Duration::from_secs_f64(data_len as f64 / per_second as f64)
    }

    /// How long the file plays, by its header.
    pub fn duration(&self) -> Duration {
        self.duration_of(u64::from(self.data_len))
    }

    /// Bytes a second of sound takes.
    pub fn bytes_per_second(&self) -> u32 {
        self.sample_rate * self.frame_bytes()
    }
}

/// The 16-bit samples of a whole WAV file in memory (every channel, in
/// order); `None` if it is not 16-bit PCM. The samples run to the end of
/// the header's count or of `bytes`, whichever comes first, so a stream
/// from a pipe reads too.
pub fn samples16(bytes: &[u8]) -> Option<Vec<i16>> {
    let wav = Wav::parse(bytes).ok()?;
    if wav.bits_per_sample != 16 {
        return None;
    }
    let start = usize::try_from(wav.data_offset).ok()?;
    let data = bytes.get(start..)?;
    let len = data.len().min(wav.data_len as usize) & !1;
    Some(
        data[..len]
            .chunks_exact(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]))
            .collect(),
    )
}

/// "3:07" for a duration.
pub fn minutes_seconds(duration: Duration) -> String {
    let seconds = duration.as_secs_f64().round() as u64;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(data_len: u32, extra_chunk: bool) -> Vec<u8> {
        let mut bytes = b"RIFF\0\0\0\0WAVE".to_vec();
        if extra_chunk {
            bytes.extend_from_slice(b"LIST\x03\0\0\0abc\0");
        }
        bytes.extend_from_slice(b"fmt \x10\0\0\0");
        bytes.extend_from_slice(&1u16.to_le_bytes());
        bytes.extend_from_slice(&1u16.to_le_bytes());
        bytes.extend_from_slice(&22050u32.to_le_bytes());
        bytes.extend_from_slice(&44100u32.to_le_bytes());
        bytes.extend_from_slice(&2u16.to_le_bytes());
        bytes.extend_from_slice(&16u16.to_le_bytes());
        bytes.extend_from_slice(b"data");
        bytes.extend_from_slice(&data_len.to_le_bytes());
        bytes
    }

    #[test]
    fn a_header_is_read_past_other_chunks() {
        let plain = Wav::parse(&header(44100, false)).unwrap();
        assert_eq!(plain.data_offset, 44);
        assert_eq!(plain.duration(), Duration::from_secs(1));
        let padded = Wav::parse(&header(88200, true)).unwrap();
        assert_eq!(padded.data_offset, 44 + 12, "the odd chunk is padded");
        assert_eq!(padded.duration(), Duration::from_secs(2));
    }

    #[test]
    fn samples_stop_at_the_end_of_a_stream() {
        let mut bytes = header(0x7fff_f000, false);
        bytes.extend_from_slice(&[1, 0, 0xff, 0xff, 7]);
        assert_eq!(samples16(&bytes), Some(vec![1, -1]));
    }

    #[test]
    fn what_is_not_a_wav_is_refused() {
        assert!(Wav::parse(b"RIFF").is_err());
        assert!(Wav::parse(&header(4, false)[..30]).is_err());
        let mut mp3 = header(4, false);
        mp3[20] = 0x55;
        assert_eq!(Wav::parse(&mp3), Err("not PCM"));
    }

    #[test]
    fn lines_are_spoken_and_apart() {
        let lexicon = Lexicon::default();
        let text = voice_text(&["Call 1121", "", "Then wait."], &lexicon);
        assert_eq!(text, "Call 1 1 2 1\n\nThen wait.");
    }

    #[test]
    fn a_target_in_the_way_is_refused_before_recording() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.wav");
        assert!(check_target(&file, Existing::Keep).is_ok());
        std::fs::write(&file, b"x").unwrap();
        let error = check_target(&file, Existing::Keep).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::AlreadyExists);
        assert!(check_target(&file, Existing::ReplaceFile).is_ok());
        let error = check_target(dir.path(), Existing::ReplaceFile).unwrap_err();
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }

    #[test]
    fn lesson_files_sort_in_course_order() {
        let content = Content::embedded().unwrap();
        let names: Vec<String> = content
            .course
            .lessons
            .iter()
            .enumerate()
            .map(|(index, lesson)| file_name(index, lesson, Lang::Ur))
            .collect();
        assert_eq!(names[0], "01-what-it-is.ur.wav");
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }
}
