//! The mark on the line Listen is reading: a highlighter's tint and
//! outline drawn a little beyond the line, taking no room of its own, so
//! the page neither moves as the mark goes down it nor lines up a read
//! line differently from one that is not (a caption, a row of buttons).

use crate::theme::Theme;
use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer::{self, Quad};
use iced::advanced::widget::{Id, Operation, Tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay};
use iced::{Border, Element, Event, Length, Padding, Rectangle, Size, Vector, mouse};

/// The id of the line being read, for tests and the scroll that follows
/// the voice to find the mark.
pub const READING: &str = "reading";

/// How far the mark reaches past the line: clear of the first and last
/// letters, and of Nastaliq's tall strokes.
const REACH: Padding = Padding {
    top: 5.0,
    right: 8.0,
    bottom: 5.0,
    left: 8.0,
};

/// `content`, marked while `reading`.
pub struct Marked<'a, Message> {
    content: Element<'a, Message, Theme, iced::Renderer>,
    reading: bool,
}

impl<'a, Message: 'a> Marked<'a, Message> {
    pub fn new(content: Element<'a, Message, Theme, iced::Renderer>, reading: bool) -> Self {
        Marked { content, reading }
    }
}

impl<Message> Widget<Message, Theme, iced::Renderer> for Marked<'_, Message> {
    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        if self.reading {
            operation.container(Some(&Id::new(READING)), layout.bounds());
        }
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        if self.reading {
            let colors = theme.colors();
            <iced::Renderer as renderer::Renderer>::fill_quad(
                renderer,
                Quad {
                    bounds: layout.bounds().expand(REACH),
                    border: Border {
                        color: colors.reading_border,
                        width: 2.0,
                        radius: 6.0.into(),
                    },
                    ..Quad::default()
                },
                colors.reading,
            );
        }
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, Message: 'a> From<Marked<'a, Message>> for Element<'a, Message, Theme, iced::Renderer> {
    fn from(marked: Marked<'a, Message>) -> Self {
        Element::new(marked)
    }
}
