//! Turns key presses anywhere in the window into messages, and (for the
//! kiosk) reports any press, touch or scroll as a sign someone is there.
//!
//! iced 0.14 buttons take no keyboard focus, so keyboard use has to be built
//! by hand. Doing it as a widget wrapped around the whole view (rather than
//! a subscription) means the same code path runs in the real window and in
//! `iced_test::Simulator`, so keyboard journeys are tested for real.

use iced::advanced::layout;
use iced::advanced::overlay;
use iced::advanced::renderer;
use iced::advanced::widget::{Operation, Tree};
use iced::advanced::{Clipboard, Layout, Shell, Widget};
use iced::keyboard::key::Physical;
use iced::keyboard::{self, Key, Modifiers};
use iced::{Element, Event, Length, Rectangle, Size, Vector, mouse};

type KeyHandler<'a, Message> = Box<dyn Fn(&Key, Physical, Modifiers) -> Option<Message> + 'a>;

pub struct KeyListener<'a, Message, Theme, Renderer> {
    content: Element<'a, Message, Theme, Renderer>,
    on_key: KeyHandler<'a, Message>,
    on_input: Option<Message>,
    ignore_key_repeat: bool,
}

/// Wraps `content`; `on_key` maps a key press that no inner widget used to
/// a message, or to `None` to ignore it.
pub fn key_listener<'a, Message, Theme, Renderer>(
    content: impl Into<Element<'a, Message, Theme, Renderer>>,
    on_key: impl Fn(&Key, Physical, Modifiers) -> Option<Message> + 'a,
) -> KeyListener<'a, Message, Theme, Renderer> {
    KeyListener {
        content: content.into(),
        on_key: Box::new(on_key),
        on_input: None,
        ignore_key_repeat: false,
    }
}

impl<Message, Theme, Renderer> KeyListener<'_, Message, Theme, Renderer> {
    /// Also publishes `message` on every press, touch or scroll anywhere,
    /// even one that no widget uses: a kiosk counts them as someone there.
    pub fn on_input(mut self, message: Option<Message>) -> Self {
        self.on_input = message;
        self
    }

    /// Ignores a key held down: in a kiosk, something resting on the
    /// keyboard must neither keep a session alive nor repeat actions.
    pub fn ignore_key_repeat(mut self, ignore: bool) -> Self {
        self.ignore_key_repeat = ignore;
        self
    }
}

fn is_someone_there(event: &Event) -> bool {
    matches!(
        event,
        Event::Mouse(mouse::Event::ButtonPressed(_) | mouse::Event::WheelScrolled { .. })
            | Event::Touch(iced::touch::Event::FingerPressed { .. })
    )
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer>
    for KeyListener<'_, Message, Theme, Renderer>
where
    Message: Clone,
    Renderer: renderer::Renderer,
{
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
        renderer: &Renderer,
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
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
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
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        if let Some(message) = &self.on_input
            && is_someone_there(event)
        {
            shell.publish(message.clone());
        }
        // Quick exit comes before every widget: a text field would take
        // Escape for itself (to let go of the focus) and the screen would stay.
        if let Event::Keyboard(keyboard::Event::KeyPressed {
            key: key @ Key::Named(keyboard::key::Named::Escape),
            physical_key,
            modifiers,
            ..
        }) = event
            && let Some(message) = (self.on_key)(key, *physical_key, *modifiers)
        {
            shell.publish(message);
            shell.capture_event();
            return;
        }
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
        if shell.is_event_captured() {
            return;
        }
        if let Event::Keyboard(keyboard::Event::KeyPressed {
            key,
            physical_key,
            modifiers,
            repeat,
            ..
        }) = event
            && !(*repeat && self.ignore_key_repeat)
            && let Some(message) = (self.on_key)(key, *physical_key, *modifiers)
        {
            shell.publish(message);
            shell.capture_event();
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
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
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
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
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, Message, Theme, Renderer> From<KeyListener<'a, Message, Theme, Renderer>>
    for Element<'a, Message, Theme, Renderer>
where
    Message: Clone + 'a,
    Theme: 'a,
    Renderer: renderer::Renderer + 'a,
{
    fn from(listener: KeyListener<'a, Message, Theme, Renderer>) -> Self {
        Element::new(listener)
    }
}
