use super::{Column, Container, Row, Text};
use crate::Element;
use crate::fonts;
use crate::icons::Icon;
use crate::theme;
use crate::theme::Theme;
use hifazat_core::i18n::Lang;
use iced::widget::text::IntoFragment;
use iced::widget::{button, container, text};
use iced::{Alignment, Background, Border, Font, Length};

/// Builds widgets for the reader's language: the right font, size and line
/// height, and rows laid out in reading order.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub lang: Lang,
    pub typo: Typography,
}

impl Ui {
    /// `pack_family`: the family of a font a content pack brought for
    /// `lang`, if any (screens ask `Ctx::ui_for`, which knows).
    pub fn new(lang: Lang, pack_family: Option<&str>) -> Self {
        Ui {
            lang,
            typo: typography(lang, pack_family),
        }
    }

    /// Text in the language's font, size and line height. Its width is
    /// its own: a right-to-left paragraph given a wider box is drawn at the
    /// box's left, so text is placed by its container, never stretched.
    pub fn text<'a>(&self, content: impl IntoFragment<'a>, size: f32, bold: bool) -> Text<'a> {
        let content = content.into_fragment();
        let font = self.font_for(&content, bold);
        text(content)
            .font(font)
            .size(size)
            .line_height(self.typo.line_height)
    }

    /// The font that draws `content` in this language. Noto Nastaliq Urdu
    /// has no Latin letters, and the text engine falls back to another
    /// font for them only inside a run of Arabic script: a name such as
    /// "Take It Down (NCMEC)" on an Urdu page would be empty boxes. A text
    /// with no Arabic-script letter is therefore drawn in Noto Sans, at the
    /// language's size and line height.
    pub fn font_for(&self, content: &str, bold: bool) -> Font {
        if self.typo.is_nastaliq && !content.chars().any(is_arabic_script) {
            return if bold { fonts::SANS_BOLD } else { fonts::SANS };
        }
        if bold { self.typo.bold } else { self.typo.font }
    }

    /// A column whose children line up at the start of the line.
    pub fn column<'a, Message: 'a>(&self) -> Column<'a, Message> {
        Column::new().align_x(self.start()).width(Length::Fill)
    }

    /// A text on a line of its own, at the start of the line.
    pub fn block<'a, Message: 'a>(&self, text: Text<'a>) -> Element<'a, Message> {
        self.at_start(text).into()
    }

    /// A paragraph.
    pub fn body<'a, Message: 'a>(&self, content: impl IntoFragment<'a>) -> Element<'a, Message> {
        self.block(self.text(content, self.typo.body, false))
    }

    pub fn heading<'a, Message: 'a>(&self, content: impl IntoFragment<'a>) -> Element<'a, Message> {
        self.block(self.text(content, self.typo.heading, true))
    }

    pub fn title<'a, Message: 'a>(&self, content: impl IntoFragment<'a>) -> Element<'a, Message> {
        self.block(self.text(content, self.typo.title, true))
    }

    /// A small, muted line at the start: the lesson name above a page,
    /// a hint, a source.
    pub fn caption<'a, Message: 'a>(&self, content: impl IntoFragment<'a>) -> Element<'a, Message> {
        self.block(self.small(content).style(theme::muted))
    }

    pub fn small<'a>(&self, content: impl IntoFragment<'a>) -> Text<'a> {
        self.text(content, self.typo.small, false)
    }

    pub fn strong<'a>(&self, content: impl IntoFragment<'a>) -> Text<'a> {
        self.text(content, self.typo.body, true)
    }

    /// A label for a button: its size, unstretched.
    pub fn label<'a>(&self, content: impl IntoFragment<'a>) -> Text<'a> {
        self.text(content, self.typo.body, false)
    }

    /// A row whose children are given in reading order and laid out
    /// right-to-left for Urdu.
    pub fn row<'a, Message: 'a>(
        &self,
        mut children: Vec<Element<'a, Message>>,
    ) -> Row<'a, Message> {
        if self.lang.is_rtl() {
            children.reverse();
        }
        Row::with_children(children).align_y(Alignment::Center)
    }

    /// Rows of at most `per_row` children each, in reading order, so a
    /// set of choices wraps onto the next line instead of running off the
    /// window at a large text size (iced's own wrapping runs only left to
    /// right).
    pub fn rows<'a, Message: 'a>(
        &self,
        children: Vec<Element<'a, Message>>,
        per_row: usize,
        spacing: f32,
    ) -> Column<'a, Message> {
        let mut rows = self.column().spacing(spacing);
        let mut children = children.into_iter().peekable();
        while children.peek().is_some() {
            let row: Vec<_> = children.by_ref().take(per_row.max(1)).collect();
            rows = rows.push(self.row(row).spacing(spacing));
        }
        rows
    }

    /// Where the start of a line is: left, or right for Urdu.
    pub fn start(&self) -> Alignment {
        if self.lang.is_rtl() {
            Alignment::End
        } else {
            Alignment::Start
        }
    }

    /// A container that places its content at the start of the line.
    pub fn at_start<'a, Message: 'a>(
        &self,
        content: impl Into<Element<'a, Message>>,
    ) -> Container<'a, Message> {
        container(content).width(Length::Fill).align_x(self.start())
    }

    /// `content` with a picture before it in reading order, when there is
    /// one: a lesson's card, its first page's note, a slide's title.
    pub fn beside_picture<'a, Message: 'a>(
        &self,
        picture: Option<Element<'a, Message>>,
        content: impl Into<Element<'a, Message>>,
        spacing: f32,
        align: Alignment,
    ) -> Element<'a, Message> {
        match picture {
            Some(picture) => self
                .row(vec![picture, content.into()])
                .spacing(spacing)
                .align_y(align)
                .into(),
            None => content.into(),
        }
    }

    /// "Next →": the arrow points the way the text runs, so it is
    /// mirrored for Urdu. It is a glyph of its own, never a character the
    /// bidi algorithm might mirror a second time.
    pub fn forward_button<'a, Message: Clone + 'a>(
        &self,
        label: String,
        on_press: Option<Message>,
        primary: bool,
    ) -> Element<'a, Message> {
        let arrow = if self.lang.is_rtl() {
            Icon::ArrowLeft
        } else {
            Icon::ArrowRight
        };
        self.nav_button(
            vec![self.label(label).into(), self.button_icon(arrow).into()],
            on_press,
            primary,
        )
    }

    /// "← Back", mirrored for Urdu.
    pub fn back_button<'a, Message: Clone + 'a>(
        &self,
        label: String,
        on_press: Option<Message>,
    ) -> Element<'a, Message> {
        let arrow = if self.lang.is_rtl() {
            Icon::ArrowRight
        } else {
            Icon::ArrowLeft
        };
        self.nav_button(
            vec![self.button_icon(arrow).into(), self.label(label).into()],
            on_press,
            false,
        )
    }

    /// An action with its picture before the word ("✓ Check my answer").
    pub fn icon_button<'a, Message: Clone + 'a>(
        &self,
        icon: Icon,
        label: String,
        on_press: Option<Message>,
        primary: bool,
    ) -> Element<'a, Message> {
        self.nav_button(
            vec![self.button_icon(icon).into(), self.label(label).into()],
            on_press,
            primary,
        )
    }

    /// An icon in a button, a little larger than its label's letters and
    /// in their colour.
    fn button_icon<'a>(&self, icon: Icon) -> Text<'a> {
        icon.text(self.typo.body + 2.0)
    }

    fn nav_button<'a, Message: Clone + 'a>(
        &self,
        parts: Vec<Element<'a, Message>>,
        on_press: Option<Message>,
        primary: bool,
    ) -> Element<'a, Message> {
        button(self.row(parts).spacing(10).align_y(Alignment::Center))
            .padding([11, 22])
            .height(Length::Shrink)
            .style(theme::action(primary))
            .on_press_maybe(on_press)
            .into()
    }

    /// A plain action button with a text label.
    pub fn button<'a, Message: Clone + 'a>(
        &self,
        label: String,
        on_press: Option<Message>,
        primary: bool,
    ) -> Element<'a, Message> {
        button(self.label(label))
            .padding([11, 22])
            .style(theme::action(primary))
            .on_press_maybe(on_press)
            .into()
    }

    /// A box the width of the page around `content`, as its tone says.
    pub fn card<'a, Message: 'a>(
        &self,
        tone: theme::Tone,
        padding: impl Into<iced::Padding>,
        content: impl Into<Element<'a, Message>>,
    ) -> Container<'a, Message> {
        container(content)
            .padding(padding)
            .width(Length::Fill)
            .style(theme::card(tone))
    }

    /// A tinted note: a short heading line, then a paragraph ("What you
    /// will learn", "The situation").
    pub fn note<'a, Message: 'a>(&self, heading: String, body: String) -> Container<'a, Message> {
        self.card(
            theme::Tone::Notice,
            16,
            self.column()
                .push(self.block(self.strong(heading)))
                .push(self.body(body))
                .spacing(6),
        )
    }

    /// "✔ That's right." or "✘ Not quite.": a mark and the words, in the
    /// colour of the verdict, so that colour never says it alone.
    pub fn verdict<'a, Message: 'a>(&self, correct: bool, words: String) -> Element<'a, Message> {
        let mark = text(if correct { "✔" } else { "✘" })
            .font(fonts::MARKS)
            .size(self.typo.heading)
            .line_height(self.typo.line_height)
            .style(theme::verdict_text(correct));
        self.row(vec![
            mark.into(),
            self.strong(words)
                .style(theme::verdict_text(correct))
                .into(),
        ])
        .spacing(8)
        .into()
    }

    /// Dots for "where am I": done, current (larger), to come.
    pub fn progress_dots<'a, Message: 'a>(
        &self,
        current: usize,
        total: usize,
    ) -> Element<'a, Message> {
        let dots = (0..total)
            .map(|index| {
                let size = if index == current { 16.0 } else { 12.0 };
                dot(size, index <= current)
            })
            .collect();
        self.row(dots).spacing(8).into()
    }
}

/// Sizes and spacing of text for one language. Nastaliq needs more room:
/// its letters stack diagonally, and below a line height of about 1.8
/// lines collide.
#[derive(Debug, Clone, Copy)]
pub struct Typography {
    /// Whether `font` is the bundled Nastaliq (it has no Latin letters).
    pub is_nastaliq: bool,
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
        is_nastaliq: true,
        font: crate::fonts::NASTALIQ,
        bold: crate::fonts::NASTALIQ_BOLD_FONT,
        body: 24.0,
        small: 19.0,
        heading: 30.0,
        title: 36.0,
        line_height: 2.0,
    };
    let sans = Typography {
        is_nastaliq: false,
        font: crate::fonts::SANS,
        bold: crate::fonts::SANS_BOLD,
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
    let font = crate::fonts::pack_font(family);
    Typography {
        is_nastaliq: false,
        font,
        bold: Font {
            weight: iced::font::Weight::Bold,
            ..font
        },
        ..base
    }
}

/// A letter of the Arabic script (which Urdu is written in), as opposed to
/// digits, punctuation and marks, which every bundled font has.
pub fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// A round dot in the primary colour, filled or only outlined.
pub fn dot<'a, Message: 'a>(size: f32, filled: bool) -> Element<'a, Message> {
    container(iced::widget::Space::new())
        .width(size)
        .height(size)
        .style(move |theme: &Theme| container::Style {
            background: filled.then_some(Background::Color(theme.colors().primary)),
            border: Border {
                color: theme.colors().primary,
                width: 2.0,
                radius: (size / 2.0).into(),
            },
            ..container::Style::default()
        })
        .into()
}

/// Arrows are drawn in Noto Sans, which has the guillemets, whatever the
/// language of the label.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urdu_lines_start_on_the_right() {
        assert_eq!(Ui::new(Lang::Ur, None).start(), Alignment::End);
        assert_eq!(Ui::new(Lang::En, None).start(), Alignment::Start);
    }
}
