//! Colours, type sizes and the styles the screens share.

use crate::fonts;
use crate::i18n::Lang;
use iced::widget::{button, container};
use iced::{Background, Border, Color, Font, Theme, color};

pub const BACKGROUND: Color = color!(0xfbf8f3);
/// One step of blue away from `BACKGROUND`: no eye can tell them apart.
const BACKGROUND_ALTERNATE: Color = color!(0xfbf8f4);
pub const TEXT: Color = color!(0x1f2328);
pub const MUTED: Color = color!(0x4a4f57);
pub const PRIMARY: Color = color!(0x0b5f63);
pub const RIGHT: Color = color!(0x1d6b2f);
pub const WRONG: Color = color!(0xa1261b);
pub const PANEL: Color = color!(0xffffff);
pub const OUTLINE: Color = color!(0xc9c4bb);
pub const NOTICE: Color = color!(0xfff4dc);

/// The app's theme. `alternate` swaps the background for a colour one step
/// away. The CPU renderer redraws only the areas it thinks changed, and
/// Nastaliq letters reach outside their text boxes, so after a page change
/// specks of the old page could stay on screen — after quick exit, that is
/// a privacy leak. A changed background colour makes it redraw everything,
/// so the root alternates it whenever the page changes.
pub fn theme(alternate: bool) -> Theme {
    Theme::custom(
        "Hifazat",
        iced::theme::Palette {
            background: if alternate {
                BACKGROUND_ALTERNATE
            } else {
                BACKGROUND
            },
            text: TEXT,
            primary: PRIMARY,
            success: RIGHT,
            warning: color!(0x8a5a00),
            danger: WRONG,
        },
    )
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

pub fn typography(lang: Lang) -> Typography {
    match lang {
        Lang::Ur => Typography {
            font: fonts::NASTALIQ,
            bold: fonts::NASTALIQ_BOLD_FONT,
            body: 24.0,
            small: 19.0,
            heading: 30.0,
            title: 36.0,
            line_height: 2.0,
        },
        Lang::En => Typography {
            font: fonts::SANS,
            bold: fonts::SANS_BOLD,
            body: 20.0,
            small: 16.0,
            heading: 26.0,
            title: 32.0,
            line_height: 1.5,
        },
    }
}

/// A white card with a soft outline, for sections and lesson entries.
pub fn panel(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PANEL)),
        border: Border {
            color: OUTLINE,
            width: 1.0,
            radius: 10.0.into(),
        },
        text_color: Some(TEXT),
        ..container::Style::default()
    }
}

/// A tinted box for the content notice and "what you will learn".
pub fn notice(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(NOTICE)),
        border: Border {
            color: color!(0xe3c98f),
            width: 1.0,
            radius: 10.0.into(),
        },
        text_color: Some(TEXT),
        ..container::Style::default()
    }
}

/// The top bar.
pub fn bar(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PRIMARY)),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

/// A feedback box after an answer is checked: the outline and the word
/// ("Right" / "Not quite") carry the meaning, the colour only repeats it.
pub fn feedback(correct: bool) -> impl Fn(&Theme) -> container::Style {
    move |_theme| {
        let tone = if correct { RIGHT } else { WRONG };
        container::Style {
            background: Some(Background::Color(PANEL)),
            border: Border {
                color: tone,
                width: 3.0,
                radius: 10.0.into(),
            },
            text_color: Some(TEXT),
            ..container::Style::default()
        }
    }
}

/// The quick exit button: always the same place and look, easy to hit.
pub fn quick_exit(_theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => color!(0x7d1d15),
        _ => WRONG,
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: Color::WHITE,
        border: Border {
            color: Color::WHITE,
            width: 2.0,
            radius: 8.0.into(),
        },
        ..button::Style::default()
    }
}

/// Buttons on the top bar.
pub fn bar_button(_theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => color!(0x0e7a7f),
        _ => color!(0x094b4e),
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: Color::WHITE,
        border: Border {
            color: color!(0x5fa3a6),
            width: 1.0,
            radius: 8.0.into(),
        },
        ..button::Style::default()
    }
}

/// The main action of a screen.
pub fn primary(_theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => color!(0x08484b),
        button::Status::Disabled => color!(0x9db7b8),
        _ => PRIMARY,
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: Color::WHITE,
        border: Border {
            radius: 8.0.into(),
            ..Border::default()
        },
        ..button::Style::default()
    }
}

/// Other actions: outlined, so the main one stands out.
pub fn secondary(_theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => color!(0xe8f1f1),
        _ => PANEL,
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: if status == button::Status::Disabled {
            OUTLINE
        } else {
            PRIMARY
        },
        border: Border {
            color: if status == button::Status::Disabled {
                OUTLINE
            } else {
                PRIMARY
            },
            width: 2.0,
            radius: 8.0.into(),
        },
        ..button::Style::default()
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

pub fn answer_option(look: OptionLook) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_theme, status| {
        let hovered = matches!(status, button::Status::Hovered | button::Status::Pressed);
        let (border_color, width, background) = match look {
            OptionLook::Idle if hovered => (PRIMARY, 2.0, color!(0xf1f7f7)),
            OptionLook::Idle => (OUTLINE, 2.0, PANEL),
            OptionLook::Chosen => (PRIMARY, 4.0, color!(0xe3f0f0)),
            OptionLook::Right => (RIGHT, 4.0, color!(0xe6f3e8)),
            OptionLook::ChosenWrong => (WRONG, 4.0, color!(0xfbe9e7)),
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: TEXT,
            border: Border {
                color: border_color,
                width,
                radius: 10.0.into(),
            },
            ..button::Style::default()
        }
    }
}
