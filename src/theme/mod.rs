//! The app's own theme: one of three palettes (light, dark, high
//! contrast), looked up by type, never by name. Every widget is styled
//! from it through iced's `Catalog`s (`catalog`); the screens' shared
//! styles are in `style`, the colours in `palette`.

mod catalog;
mod palette;
mod style;

pub use palette::{Colors, DARK, HIGH_CONTRAST, LIGHT};
pub use style::*;

use hifazat_core::settings::ThemeChoice;

/// A theme: its colours, and the iced theme with the same palette, whose
/// defaults draw whatever the app does not style itself.
#[derive(Debug, Clone)]
pub struct Theme {
    colors: &'static Colors,
    base: iced::Theme,
}

impl Theme {
    /// `alternate` swaps the background for a colour one step away. The
    /// CPU renderer repaints only the areas it thinks changed, and
    /// Nastaliq letters reach outside their text boxes, so after a page
    /// change specks of the old page could stay on screen — after quick
    /// exit, that is a privacy leak. A changed background colour makes it
    /// repaint everything, so the root alternates it whenever the page
    /// changes (see [`Look`]).
    pub fn new(choice: ThemeChoice, alternate: bool) -> Self {
        let colors = colors_of(choice);
        let base = iced::Theme::custom(
            name(choice),
            iced::theme::Palette {
                background: if alternate {
                    colors.background_alternate
                } else {
                    colors.background
                },
                text: colors.text,
                primary: colors.primary,
                success: colors.right,
                warning: colors.notice_border,
                danger: colors.wrong,
            },
        );
        Theme { colors, base }
    }

    /// Every colour the screens use.
    pub fn colors(&self) -> &'static Colors {
        self.colors
    }

    /// The palette iced itself draws with (the window's background).
    pub fn palette(&self) -> iced::theme::Palette {
        self.base.palette()
    }

    /// The iced theme with the same palette, for its default styles.
    pub(super) fn base(&self) -> &iced::Theme {
        &self.base
    }
}

pub fn colors_of(choice: ThemeChoice) -> &'static Colors {
    match choice {
        ThemeChoice::Light => &LIGHT,
        ThemeChoice::Dark => &DARK,
        ThemeChoice::HighContrast => &HIGH_CONTRAST,
    }
}

fn name(choice: ThemeChoice) -> &'static str {
    match choice {
        ThemeChoice::Light => "Hifazat light",
        ThemeChoice::Dark => "Hifazat dark",
        ThemeChoice::HighContrast => "Hifazat high contrast",
    }
}

/// The reader's theme, and the workaround that keeps old pages off the
/// screen: the background alternates between two colours one step apart
/// on every page change (see [`Theme::new`]). Both themes are built when
/// the choice changes, not on every frame.
#[derive(Debug, Clone)]
pub struct Look {
    choice: ThemeChoice,
    alternate: bool,
    themes: [Theme; 2],
}

impl Look {
    pub fn new(choice: ThemeChoice) -> Self {
        Look {
            choice,
            alternate: false,
            themes: [Theme::new(choice, false), Theme::new(choice, true)],
        }
    }

    pub fn choice(&self) -> ThemeChoice {
        self.choice
    }

    /// Another theme, on the same background step.
    pub fn set(&mut self, choice: ThemeChoice) {
        *self = Look {
            alternate: self.alternate,
            ..Look::new(choice)
        };
    }

    /// Takes the background step of `before`, so that the page change
    /// that follows still flips it (a kiosk rebuilt between visitors).
    pub fn continue_from(&mut self, before: &Look) {
        self.alternate = before.alternate;
    }

    /// The page changed: the next frame repaints the whole window.
    pub fn repaint_all(&mut self) {
        self.alternate = !self.alternate;
    }

    /// The theme to draw with now.
    pub fn theme(&self) -> Theme {
        self.themes[usize::from(self.alternate)].clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_theme_knows_its_colours_and_its_alternate_background() {
        for choice in ThemeChoice::ALL {
            let plain = Theme::new(choice, false);
            let alternate = Theme::new(choice, true);
            assert_eq!(plain.colors(), colors_of(choice));
            assert_ne!(plain.palette().background, alternate.palette().background);
            assert_eq!(plain.palette().background, colors_of(choice).background);
        }
    }

    #[test]
    fn every_page_change_flips_the_background_and_a_new_theme_keeps_the_step() {
        let mut look = Look::new(ThemeChoice::Dark);
        let first = look.theme().palette().background;
        look.repaint_all();
        assert_ne!(look.theme().palette().background, first);
        look.set(ThemeChoice::Light);
        assert_eq!(
            look.theme().palette().background,
            LIGHT.background_alternate
        );
    }
}
