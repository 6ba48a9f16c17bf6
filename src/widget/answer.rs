use super::Ui;
use crate::Element;
use crate::theme::Theme;
use crate::theme::{self, OptionLook};
use iced::widget::{Space, button, container};
use iced::{Background, Border, Length};

/// One answer option as the reader sees it.
pub struct AnswerOption {
    /// 1-based, the key that chooses it.
    pub number: usize,
    pub label: String,
    /// Tick boxes for "choose all that apply", round marks otherwise.
    pub multiple: bool,
    pub chosen: bool,
    pub look: OptionLook,
    /// After checking: a mark and words saying what this option was, so
    /// the result never depends on seeing colour.
    pub mark: Option<Mark>,
}

/// What an option turned out to be.
pub struct Mark {
    /// ✔ for an option that is right, ✘ for one chosen wrongly.
    pub right: bool,
    pub words: String,
}

/// A large, full-width answer option: key number, a radio or tick box drawn
/// as a shape (not a glyph the bundled fonts may lack), the text, the mark.
pub fn answer_option<'a, Message: Clone + 'a>(
    ui: &Ui,
    option: AnswerOption,
    on_press: Option<Message>,
) -> Element<'a, Message> {
    let mut parts: Vec<Element<'a, Message>> = vec![
        ui.small(option.number.to_string())
            .font(crate::fonts::SANS_BOLD)
            .into(),
        indicator(option.multiple, option.chosen, option.look),
        ui.body(option.label),
    ];
    if let Some(mark) = option.mark {
        parts.push(ui.verdict(mark.right, mark.words));
    }
    button(ui.row(parts).spacing(14))
        .width(Length::Fill)
        .padding([10, 16])
        .style(theme::answer_option(option.look))
        .on_press_maybe(on_press)
        .into()
}

fn indicator<'a, Message: 'a>(
    multiple: bool,
    chosen: bool,
    look: OptionLook,
) -> Element<'a, Message> {
    let (outer_radius, inner_radius) = if multiple { (4.0, 2.0) } else { (13.0, 7.0) };
    let inner = container(Space::new())
        .width(14)
        .height(14)
        .style(move |theme: &Theme| container::Style {
            background: chosen.then_some(Background::Color(look.tone(theme))),
            border: Border {
                radius: inner_radius.into(),
                ..Border::default()
            },
            ..container::Style::default()
        });
    container(inner)
        .center_x(26)
        .center_y(26)
        .style(move |theme: &Theme| container::Style {
            background: Some(Background::Color(theme.colors().panel)),
            border: Border {
                color: look.tone(theme),
                width: 2.5,
                radius: outer_radius.into(),
            },
            ..container::Style::default()
        })
        .into()
}
