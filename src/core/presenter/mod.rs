//! Facilitator mode's logic, without any GUI: the workshop plan (which
//! lessons, in what order, how long) and the deck of slides a facilitator
//! moves through with a clicker.

mod agenda;
mod deck;

pub use agenda::{Agenda, Timing, timing};
pub use deck::{Deck, Presenter, Slide, SlidePosition};
