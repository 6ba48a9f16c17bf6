//! Colours, type sizes and the styles the screens share, for three
//! themes: light, dark and high contrast.

use crate::fonts;
use hifazat_core::i18n::Lang;
use hifazat_core::settings::ThemeChoice;
use iced::widget::{button, container, text};
use iced::{Background, Border, Color, Font, Theme, color};

/// Every colour a screen uses, for one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colors {
    pub background: Color,
    /// One step away from `background`; see [`theme`].
    pub background_alternate: Color,
    pub text: Color,
    pub muted: Color,
    pub primary: Color,
    pub primary_strong: Color,
    pub on_primary: Color,
    pub right: Color,
    pub wrong: Color,
    pub panel: Color,
    pub outline: Color,
    pub notice: Color,
    pub notice_border: Color,
    pub bar: Color,
    pub bar_button: Color,
    pub bar_button_hover: Color,
    pub on_bar: Color,
    pub chosen: Color,
    pub right_fill: Color,
    pub wrong_fill: Color,
    pub hover: Color,
    pub disabled: Color,
    pub quick_exit: Color,
    pub quick_exit_hover: Color,
}

pub const LIGHT: Colors = Colors {
    background: color!(0xfbf8f3),
    background_alternate: color!(0xfbf8f4),
    text: color!(0x1f2328),
    muted: color!(0x4a4f57),
    primary: color!(0x0b5f63),
    primary_strong: color!(0x08484b),
    on_primary: Color::WHITE,
    right: color!(0x1d6b2f),
    wrong: color!(0xa1261b),
    panel: color!(0xffffff),
    outline: color!(0xc9c4bb),
    notice: color!(0xfff4dc),
    notice_border: color!(0xe3c98f),
    bar: color!(0x0b5f63),
    bar_button: color!(0x094b4e),
    bar_button_hover: color!(0x0e7a7f),
    on_bar: Color::WHITE,
    chosen: color!(0xe3f0f0),
    right_fill: color!(0xe6f3e8),
    wrong_fill: color!(0xfbe9e7),
    hover: color!(0xf1f7f7),
    disabled: color!(0x9db7b8),
    quick_exit: color!(0xa1261b),
    quick_exit_hover: color!(0x7d1d15),
};

pub const DARK: Colors = Colors {
    background: color!(0x16191d),
    background_alternate: color!(0x16191e),
    text: color!(0xe9e6e0),
    muted: color!(0xb8b4ad),
    primary: color!(0x5cc2c7),
    primary_strong: color!(0x82d6da),
    on_primary: color!(0x0b1416),
    right: color!(0x7fd08f),
    wrong: color!(0xff8a7a),
    panel: color!(0x22262b),
    outline: color!(0x4a5057),
    notice: color!(0x2e2a1f),
    notice_border: color!(0x7a6733),
    bar: color!(0x0c2f31),
    bar_button: color!(0x134649),
    bar_button_hover: color!(0x1c5e62),
    on_bar: Color::WHITE,
    chosen: color!(0x1d3a3c),
    right_fill: color!(0x1c3322),
    wrong_fill: color!(0x3d1f1b),
    hover: color!(0x2a3035),
    disabled: color!(0x3d5557),
    quick_exit: color!(0xb3261e),
    quick_exit_hover: color!(0xd0352c),
};

/// Pure black and white with yellow for what can be pressed: body text is
/// 21:1 on the background, every text well above 7:1.
pub const HIGH_CONTRAST: Colors = Colors {
    background: Color::BLACK,
    background_alternate: color!(0x000001),
    text: Color::WHITE,
    muted: color!(0xe6e6e6),
    primary: color!(0xffd60a),
    primary_strong: color!(0xffe55c),
    on_primary: Color::BLACK,
    right: color!(0x5cff7a),
    wrong: color!(0xff9c8f),
    panel: Color::BLACK,
    outline: Color::WHITE,
    notice: Color::BLACK,
    notice_border: color!(0xffd60a),
    bar: Color::BLACK,
    bar_button: Color::BLACK,
    bar_button_hover: color!(0x333333),
    on_bar: Color::WHITE,
    chosen: color!(0x3a3000),
    right_fill: color!(0x002a0a),
    wrong_fill: color!(0x2e0500),
    hover: color!(0x262626),
    disabled: color!(0x777777),
    quick_exit: color!(0xc4160c),
    quick_exit_hover: color!(0xe0241a),
};

const NAMES: [(&str, ThemeChoice, Colors); 3] = [
    ("Hifazat light", ThemeChoice::Light, LIGHT),
    ("Hifazat dark", ThemeChoice::Dark, DARK),
    (
        "Hifazat high contrast",
        ThemeChoice::HighContrast,
        HIGH_CONTRAST,
    ),
];

pub fn colors_of(choice: ThemeChoice) -> &'static Colors {
    &NAMES
        .iter()
        .find(|(_, c, _)| *c == choice)
        .expect("every choice has colours")
        .2
}

/// The colours of a theme made by [`theme`]; light for any other.
pub fn colors(theme: &Theme) -> &'static Colors {
    let name = theme.to_string();
    NAMES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map_or(&LIGHT, |(_, _, colors)| colors)
}

/// The app's theme. `alternate` swaps the background for a colour one step
/// away. The CPU renderer repaints only the areas it thinks changed, and
/// Nastaliq letters reach outside their text boxes, so after a page change
/// specks of the old page could stay on screen — after quick exit, that is
/// a privacy leak. A changed background colour makes it repaint everything,
/// so the root alternates it whenever the page changes.
pub fn theme(choice: ThemeChoice, alternate: bool) -> Theme {
    let (name, _, colors) = NAMES
        .iter()
        .find(|(_, c, _)| *c == choice)
        .expect("every choice has a theme");
    Theme::custom(
        *name,
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
    )
}

/// The reader's theme, and the workaround that keeps old pages off the
/// screen: the background alternates between two colours one step apart
/// on every page change (see [`theme`]). Both themes are built when the
/// choice changes, not on every frame.
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
            themes: [theme(choice, false), theme(choice, true)],
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

/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
pub fn contrast(a: Color, b: Color) -> f32 {
    fn luminance(c: Color) -> f32 {
        let channel = |v: f32| {
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Sizes and spacing of text for one language. Nastaliq needs more room:
/// its letters stack diagonally, and below a line height of about 1.8
/// lines collide.
#[derive(Debug, Clone, Copy)]
pub struct Typography {
    pub font: Font,
    pub bold: Font,
    pub body: f32,
    pub small: f32,
    pub heading: f32,
    pub title: f32,
    pub line_height: f32,
}

/// `pack_family` is the family of a font a content pack brought for `lang`.
pub fn typography(lang: Lang, pack_family: Option<&str>) -> Typography {
    let nastaliq = Typography {
        font: fonts::NASTALIQ,
        bold: fonts::NASTALIQ_BOLD_FONT,
        body: 24.0,
        small: 19.0,
        heading: 30.0,
        title: 36.0,
        line_height: 2.0,
    };
    let sans = Typography {
        font: fonts::SANS,
        bold: fonts::SANS_BOLD,
        body: 20.0,
        small: 16.0,
        heading: 26.0,
        title: 32.0,
        line_height: 1.5,
    };
    let base = if lang.is_rtl() { nastaliq } else { sans };
    // A pack's own font, at the sizes of the bundled font for its
    // direction: right-to-left scripts get Nastaliq's taller lines.
    let Some(family) = pack_family else {
        return base;
    };
    let font = fonts::pack_font(family);
    Typography {
        font,
        bold: Font {
            weight: iced::font::Weight::Bold,
            ..font
        },
        ..base
    }
}

fn boxed(background: Color, border: Color, width: f32, text: Color) -> container::Style {
    container::Style {
        background: Some(Background::Color(background)),
        border: Border {
            color: border,
            width,
            radius: 10.0.into(),
        },
        text_color: Some(text),
        ..container::Style::default()
    }
}

/// A card with a soft outline, for sections and lesson entries.
pub fn panel(theme: &Theme) -> container::Style {
    let c = colors(theme);
    boxed(c.panel, c.outline, 1.0, c.text)
}

/// A tinted box for the content notice and "what you will learn".
pub fn notice(theme: &Theme) -> container::Style {
    let c = colors(theme);
    boxed(c.notice, c.notice_border, 1.5, c.text)
}

/// The top bar.
pub fn bar(theme: &Theme) -> container::Style {
    let c = colors(theme);
    container::Style {
        background: Some(Background::Color(c.bar)),
        text_color: Some(c.on_bar),
        border: Border {
            color: c.outline,
            width: if c.bar == c.background { 1.0 } else { 0.0 },
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// A feedback box after an answer is checked: the outline and the word
/// ("Right" / "Not quite") carry the meaning, the colour only repeats it.
pub fn feedback(correct: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let c = colors(theme);
        boxed(
            c.panel,
            if correct { c.right } else { c.wrong },
            3.0,
            c.text,
        )
    }
}

pub fn muted(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(colors(theme).muted),
    }
}

pub fn warning_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(colors(theme).wrong),
    }
}

pub fn on_bar(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(colors(theme).on_bar),
    }
}

fn pressable(background: Color, text: Color, border: Color, width: f32) -> button::Style {
    button::Style {
        background: Some(Background::Color(background)),
        text_color: text,
        border: Border {
            color: border,
            width,
            radius: 8.0.into(),
        },
        ..button::Style::default()
    }
}

fn is_active(status: button::Status) -> bool {
    matches!(status, button::Status::Hovered | button::Status::Pressed)
}

/// The quick exit button: always the same place and look, easy to hit.
pub fn quick_exit(theme: &Theme, status: button::Status) -> button::Style {
    let c = colors(theme);
    let background = if is_active(status) {
        c.quick_exit_hover
    } else {
        c.quick_exit
    };
    pressable(background, Color::WHITE, Color::WHITE, 2.0)
}

/// Buttons on the top bar.
pub fn bar_button(theme: &Theme, status: button::Status) -> button::Style {
    let c = colors(theme);
    let background = if is_active(status) {
        c.bar_button_hover
    } else {
        c.bar_button
    };
    pressable(background, c.on_bar, c.on_bar, 1.0)
}

/// The main action of a screen.
/// The style of an action button: filled for the main action of a
/// screen, outlined for the others.
pub fn action(primary: bool) -> fn(&Theme, button::Status) -> button::Style {
    if primary { self::primary } else { secondary }
}

pub fn primary(theme: &Theme, status: button::Status) -> button::Style {
    let c = colors(theme);
    let background = match status {
        button::Status::Disabled => c.disabled,
        _ if is_active(status) => c.primary_strong,
        _ => c.primary,
    };
    pressable(background, c.on_primary, background, 0.0)
}

/// Other actions: outlined, so the main one stands out.
pub fn secondary(theme: &Theme, status: button::Status) -> button::Style {
    let c = colors(theme);
    let background = if is_active(status) { c.hover } else { c.panel };
    let tone = if status == button::Status::Disabled {
        c.disabled
    } else {
        c.primary
    };
    pressable(background, tone, tone, 2.0)
}

/// A setting's choice: the current one has a thick outline and a word.
pub fn choice(chosen: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let c = colors(theme);
        let background = match () {
            _ if chosen => c.chosen,
            _ if is_active(status) => c.hover,
            _ => c.panel,
        };
        let (border, width) = if chosen {
            (c.primary, 4.0)
        } else {
            (c.outline, 2.0)
        };
        pressable(background, c.text, border, width)
    }
}

/// How an answer option looks: chosen, and after checking, right or wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionLook {
    Idle,
    Chosen,
    Right,
    ChosenWrong,
}

impl OptionLook {
    /// The colour of its outline and mark.
    pub fn tone(self, theme: &Theme) -> Color {
        let c = colors(theme);
        match self {
            OptionLook::Right => c.right,
            OptionLook::ChosenWrong => c.wrong,
            OptionLook::Idle | OptionLook::Chosen => c.primary,
        }
    }
}

pub fn answer_option(look: OptionLook) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let c = colors(theme);
        let (border, width, background) = match look {
            OptionLook::Idle if is_active(status) => (c.primary, 2.0, c.hover),
            OptionLook::Idle => (c.outline, 2.0, c.panel),
            OptionLook::Chosen => (c.primary, 4.0, c.chosen),
            OptionLook::Right => (c.right, 4.0, c.right_fill),
            OptionLook::ChosenWrong => (c.wrong, 4.0, c.wrong_fill),
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: c.text,
            border: Border {
                color: border,
                width,
                radius: 10.0.into(),
            },
            ..button::Style::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn high_contrast_text_is_at_least_seven_to_one_everywhere() {
        let c = HIGH_CONTRAST;
        for (what, fg, bg) in [
            ("body", c.text, c.background),
            ("muted", c.muted, c.background),
            ("panel", c.text, c.panel),
            ("notice", c.text, c.notice),
            ("primary button", c.on_primary, c.primary),
            ("bar", c.on_bar, c.bar),
            ("right", c.right, c.background),
            ("wrong", c.wrong, c.background),
            ("chosen option", c.text, c.chosen),
            ("right option", c.text, c.right_fill),
            ("wrong option", c.text, c.wrong_fill),
        ] {
            let ratio = contrast(fg, bg);
            assert!(ratio >= 7.0, "{what}: {ratio:.1}:1");
        }
        assert!(contrast(c.text, c.background) > 20.0);
    }

    #[test]
    fn light_and_dark_text_meets_wcag_aa() {
        for c in [LIGHT, DARK] {
            for (fg, bg) in [
                (c.text, c.background),
                (c.muted, c.background),
                (c.text, c.panel),
                (c.text, c.notice),
                (c.on_primary, c.primary),
                (c.on_bar, c.bar),
                (c.on_bar, c.bar_button),
                (c.text, c.chosen),
                (Color::WHITE, c.quick_exit),
            ] {
                assert!(
                    contrast(fg, bg) >= 4.5,
                    "{fg:?} on {bg:?}: {:.1}",
                    contrast(fg, bg)
                );
            }
        }
    }

    #[test]
    fn each_theme_knows_its_colours_and_its_alternate_background() {
        for choice in ThemeChoice::ALL {
            let plain = theme(choice, false);
            let alternate = theme(choice, true);
            assert_eq!(colors(&plain), colors_of(choice));
            assert_ne!(plain.palette().background, alternate.palette().background);
        }
    }
}
