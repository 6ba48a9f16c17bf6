//! Hifazat: an offline course for parents and carers on the online sexual
//! exploitation of children, in Urdu and English.
//!
//! The pure parts (course model, languages, quiz logic, saved settings) need
//! no GUI and are tested on their own; `app` and `screen` turn them into iced
//! screens.

pub mod app;
pub mod check;
pub mod content;
pub mod course;
pub mod export;
pub mod fonts;
pub mod help;
pub mod i18n;
pub mod keys;
pub mod kiosk;
pub mod logging;
pub mod pack;
pub mod presenter;
pub mod progress;
pub mod quiz;
pub mod screen;
pub mod settings;
pub mod startup;
pub mod store;
pub mod theme;
pub mod widget;
