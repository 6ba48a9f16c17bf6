//! Small pieces the screens share: language-aware text, rows that mirror
//! for right-to-left, navigation buttons, progress dots, answer options.

mod answer;
mod key_listener;
mod ui;

pub use answer::{AnswerOption, answer_option};
pub use key_listener::{KeyListener, key_listener};
pub use ui::{Ui, dot};
