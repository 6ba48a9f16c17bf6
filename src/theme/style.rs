//! The styles the screens share: boxes, text and buttons, each drawn from
//! the theme's own colours.

use super::Theme;
use iced::widget::{button, container, text};
use iced::{Background, Border, Color};

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

/// What a box on a page is for, which decides how it looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// A card with a soft outline: a section, a lesson, a help entry.
    Panel,
    /// A tinted box: a notice, "what you will learn", a situation.
    Notice,
    /// The verdict on an answer or a quiz: right (`true`) or not.
    Verdict(bool),
}

/// The style of a box of this tone.
pub fn card(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |theme| match tone {
        Tone::Panel => panel(theme),
        Tone::Notice => notice(theme),
        Tone::Verdict(correct) => feedback(correct)(theme),
    }
}

/// A card with a soft outline, for sections and lesson entries.
pub fn panel(theme: &Theme) -> container::Style {
    let c = theme.colors();
    boxed(c.panel, c.outline, 1.0, c.text)
}

/// A tinted box for the content notice and "what you will learn".
pub fn notice(theme: &Theme) -> container::Style {
    let c = theme.colors();
    boxed(c.notice, c.notice_border, 1.5, c.text)
}

/// The top bar.
pub fn bar(theme: &Theme) -> container::Style {
    let c = theme.colors();
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
        let c = theme.colors();
        boxed(
            c.panel,
            if correct { c.right } else { c.wrong },
            3.0,
            c.text,
        )
    }
}

/// The bar at the bottom of the window, with the way on.
pub fn nav_bar(theme: &Theme) -> container::Style {
    let c = theme.colors();
    container::Style {
        background: Some(Background::Color(c.panel)),
        border: Border {
            color: c.outline,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// The words and mark of a verdict, in its colour.
pub fn verdict_text(correct: bool) -> impl Fn(&Theme) -> text::Style {
    move |theme| {
        let c = theme.colors();
        text::Style {
            color: Some(if correct { c.right } else { c.wrong }),
        }
    }
}

/// A slide's answer option: the right one, once revealed, in a box; the
/// others in the same box, unseen, so nothing moves when it is revealed.
pub fn revealed(right: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let c = theme.colors();
        if right {
            boxed(c.panel, c.right, 3.0, c.text)
        } else {
            boxed(Color::TRANSPARENT, Color::TRANSPARENT, 3.0, c.text)
        }
    }
}

/// The colour of a right answer, for a passed lesson's mark and words.
pub fn right_text(theme: &Theme) -> text::Style {
    verdict_text(true)(theme)
}

/// The page's own text colour, as a style where one is asked for.
pub fn plain_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.colors().text),
    }
}

pub fn muted(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.colors().muted),
    }
}

pub fn warning_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.colors().wrong),
    }
}

pub fn on_bar(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.colors().on_bar),
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
    let c = theme.colors();
    let background = if is_active(status) {
        c.quick_exit_hover
    } else {
        c.quick_exit
    };
    pressable(background, Color::WHITE, Color::WHITE, 2.0)
}

/// Buttons on the top bar.
pub fn bar_button(theme: &Theme, status: button::Status) -> button::Style {
    let c = theme.colors();
    let background = if is_active(status) {
        c.bar_button_hover
    } else {
        c.bar_button
    };
    pressable(background, c.on_bar, c.on_bar, 1.0)
}

/// The style of an action button: filled for the main action of a
/// screen, outlined for the others.
pub fn action(primary: bool) -> fn(&Theme, button::Status) -> button::Style {
    if primary { self::primary } else { secondary }
}

pub fn primary(theme: &Theme, status: button::Status) -> button::Style {
    let c = theme.colors();
    let background = match status {
        // Not yet: outlined, its words readable, so "Check my answer" is
        // read before it can be pressed.
        button::Status::Disabled => return pressable(c.panel, c.disabled, c.disabled, 2.0),
        _ if is_active(status) => c.primary_strong,
        _ => c.primary,
    };
    pressable(background, c.on_primary, background, 0.0)
}

/// Every scrollable: the thumb in a colour that stands out from the page.
pub fn scrollable(
    theme: &Theme,
    status: iced::widget::scrollable::Status,
) -> iced::widget::scrollable::Style {
    let c = theme.colors();
    let mut style = iced::widget::scrollable::default(theme.base(), status);
    for rail in [&mut style.vertical_rail, &mut style.horizontal_rail] {
        rail.background = Some(Background::Color(c.rail));
        rail.scroller.background = Background::Color(c.scroller);
    }
    style
}

/// Other actions: outlined, so the main one stands out.
pub fn secondary(theme: &Theme, status: button::Status) -> button::Style {
    let c = theme.colors();
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
        let c = theme.colors();
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

/// A choice that cannot be undone (clearing progress): drawn in the
/// warning colour, never as the main action.
pub fn destructive(theme: &Theme, status: button::Status) -> button::Style {
    let c = theme.colors();
    let background = if is_active(status) { c.hover } else { c.panel };
    pressable(background, c.wrong, c.wrong, 3.0)
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
        let c = theme.colors();
        match self {
            OptionLook::Right => c.right,
            OptionLook::ChosenWrong => c.wrong,
            OptionLook::Idle | OptionLook::Chosen => c.primary,
        }
    }
}

pub fn answer_option(look: OptionLook) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let c = theme.colors();
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
