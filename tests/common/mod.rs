//! Drives the real app — its state, update function and view — through
//! `iced_test::Simulator`, the way a reader would: by clicking on words
//! and pressing keys.

#![allow(dead_code)]

use hifazat::app::{self, App, Config, Content, Message};
use hifazat::i18n::Lang;
use hifazat::store::Store;
use iced::Size;
use iced::keyboard::Key;
use iced_test::Simulator;
use iced_test::selector::Candidate;
use std::sync::{Arc, OnceLock};

/// Tall enough that a whole page fits without scrolling, so every button
/// can be clicked.
pub const JOURNEY_SIZE: Size = Size::new(1280.0, 3200.0);

pub fn content() -> Arc<Content> {
    static CONTENT: OnceLock<Arc<Content>> = OnceLock::new();
    CONTENT
        .get_or_init(|| Arc::new(Content::embedded().expect("embedded content loads")))
        .clone()
}

pub struct Journey {
    pub app: App,
    pub size: Size,
}

impl Journey {
    /// A fresh start with `--lang` given (or not), settings kept in memory.
    pub fn start(lang: Option<Lang>) -> Self {
        Self::with_config(Config {
            lang,
            store: Store::in_memory(),
            use_os_locale: false,
            exit_after_first_frame: false,
        })
    }

    /// A start with progress saved in `dir`, as the real app does with
    /// `--data-dir`.
    pub fn in_folder(dir: &std::path::Path, lang: Option<Lang>) -> Self {
        Self::with_config(Config {
            lang,
            store: Store::open(dir).expect("the data folder opens"),
            use_os_locale: false,
            exit_after_first_frame: false,
        })
    }

    pub fn with_config(config: Config) -> Self {
        Journey {
            app: App::new(content(), config),
            size: JOURNEY_SIZE,
        }
    }

    pub fn t(&self, id: &str) -> String {
        content().i18n.text(self.app.lang(), id)
    }

    fn simulate<T>(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>) -> T) -> T {
        let (result, messages) = {
            let mut ui = Simulator::with_size(app::settings(), self.size, self.app.view());
            let result = act(&mut ui);
            (result, ui.into_messages().collect::<Vec<_>>())
        };
        for message in messages {
            let _ = self.app.update(message);
        }
        result
    }

    /// Clicks the widget showing exactly `text`; panics if it is not there.
    pub fn click(&mut self, text: &str) {
        let shown = self.simulate(|ui| ui.click(text).map(|_| ()));
        if let Err(error) = shown {
            panic!(
                "cannot click {text:?}: {error}\nOn screen: {:#?}",
                self.texts()
            );
        }
    }

    /// Clicks the text of a message id in the current language.
    pub fn click_id(&mut self, id: &str) {
        let text = self.t(id);
        self.click(&text);
    }

    pub fn press(&mut self, key: impl Into<Key>) {
        let key = key.into();
        self.simulate(|ui| {
            ui.tap_key(key);
        });
    }

    pub fn type_char(&mut self, c: &str) {
        self.press(Key::Character(c.into()));
    }

    pub fn sees(&mut self, text: &str) -> bool {
        self.simulate(|ui| ui.find(text).is_ok())
    }

    pub fn sees_id(&mut self, id: &str) -> bool {
        let text = self.t(id);
        self.sees(&text)
    }

    /// Every text on screen, in layout order.
    pub fn texts(&mut self) -> Vec<String> {
        let mut texts = Vec::new();
        self.simulate(|ui| {
            let _ = ui.find(|candidate: Candidate<'_>| {
                if let Candidate::Text { content, .. } = candidate {
                    texts.push(content.to_owned());
                }
                None::<()>
            });
        });
        texts
    }

    /// Renders the current screen at `size` and compares it with the hash
    /// in `tests/snapshots/<name>`; also writes a PNG to `target/snapshots/`
    /// to look at.
    pub fn snapshot(&mut self, name: &str, size: Size) -> bool {
        let mut ui = Simulator::with_size(app::settings(), size, self.app.view());
        let snapshot = ui.snapshot(&self.app.theme()).expect("snapshot renders");
        let png = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target/snapshots")
            .join(name);
        let _ = std::fs::remove_file(png.with_file_name(format!("{name}-tiny-skia.png")));
        snapshot.matches_image(&png).expect("PNG written");
        let hash = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/snapshots")
            .join(name);
        snapshot.matches_hash(hash).expect("hash compared")
    }
}
