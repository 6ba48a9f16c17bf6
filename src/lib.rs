//! Hifazat: an offline course for parents and carers on the online sexual
//! exploitation of children, in Urdu and English.
//!
//! This crate is the window: `app` (the root), `screen` (one module per
//! screen), `widget`, `theme` and the key map. What the course is and does
//! lives in the `hifazat_core` crate, which does not depend on iced.

#[cfg(feature = "gui")]
pub mod app;

/// A widget tree styled with the app's own theme.
#[cfg(feature = "gui")]
pub type Element<'a, Message> = iced::Element<'a, Message, theme::Theme>;
#[cfg(feature = "gui")]
pub mod display;
#[cfg(feature = "gui")]
pub mod fonts;
#[cfg(feature = "gui")]
pub mod icons;
#[cfg(feature = "gui")]
pub mod keys;
pub mod logging;
#[cfg(feature = "gui")]
pub mod screen;
#[cfg(feature = "gui")]
pub mod startup;
#[cfg(feature = "gui")]
pub mod theme;
#[cfg(feature = "gui")]
pub mod voice;
#[cfg(feature = "gui")]
pub mod widget;
#[cfg(feature = "gui")]
pub mod work;
