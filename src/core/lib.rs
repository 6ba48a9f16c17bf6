//! The pure core of Hifazat: everything the course is and does without a
//! window. The course model and its quizzes, every word in every language,
//! the help directory, saved progress and settings, kiosk rules, the
//! workshop plan, content packs, `hifazat check` and handouts.
//!
//! This crate does not depend on iced, and cannot: its manifest does not
//! name it. The GUI (the `hifazat` crate) draws what is here and sends
//! the reader's actions back in.

pub mod check;
pub mod content;
pub mod course;
pub mod export;
pub mod files;
pub mod fonts;
pub mod help;
pub mod i18n;
pub mod kiosk;
pub mod pack;
pub mod pictures;
pub mod places;
pub mod platform_text;
pub mod presenter;
pub mod problem;
pub mod progress;
pub mod quiz;
pub mod review;
pub mod settings;
pub mod speech;
pub mod store;
