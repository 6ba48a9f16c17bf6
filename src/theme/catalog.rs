//! How iced's widgets find their styles in the app's `Theme`: a style is a
//! function of the theme (so it reads typed colours), and whatever the app
//! does not style is drawn as iced's own theme with the same palette would
//! draw it.

use super::Theme;
use iced::theme::{Base, Mode, Style};
use iced::widget::{button, container, scrollable, text, text_input};

impl Base for Theme {
    fn default(_preference: Mode) -> Self {
        // The reader's choice is always known before the first frame; this
        // only serves iced before the app has said.
        Theme::new(hifazat_core::settings::ThemeChoice::default(), false)
    }

    fn mode(&self) -> Mode {
        self.base().mode()
    }

    fn base(&self) -> Style {
        Base::base(self.base())
    }

    fn palette(&self) -> Option<iced::theme::Palette> {
        Some(self.base().palette())
    }

    fn name(&self) -> &str {
        self.base().name()
    }
}

impl container::Catalog for Theme {
    type Class<'a> = container::StyleFn<'a, Self>;

    fn default<'a>() -> Self::Class<'a> {
        Box::new(|theme: &Theme| container::transparent(theme.base()))
    }

    fn style(&self, class: &Self::Class<'_>) -> container::Style {
        class(self)
    }
}

impl button::Catalog for Theme {
    type Class<'a> = button::StyleFn<'a, Self>;

    fn default<'a>() -> Self::Class<'a> {
        Box::new(|theme: &Theme, status| button::primary(theme.base(), status))
    }

    fn style(&self, class: &Self::Class<'_>, status: button::Status) -> button::Style {
        class(self, status)
    }
}

impl text::Catalog for Theme {
    type Class<'a> = text::StyleFn<'a, Self>;

    fn default<'a>() -> Self::Class<'a> {
        Box::new(|_theme: &Theme| text::Style::default())
    }

    fn style(&self, class: &Self::Class<'_>) -> text::Style {
        class(self)
    }
}

impl scrollable::Catalog for Theme {
    type Class<'a> = scrollable::StyleFn<'a, Self>;

    fn default<'a>() -> Self::Class<'a> {
        Box::new(super::style::scrollable)
    }

    fn style(&self, class: &Self::Class<'_>, status: scrollable::Status) -> scrollable::Style {
        class(self, status)
    }
}

impl text_input::Catalog for Theme {
    type Class<'a> = text_input::StyleFn<'a, Self>;

    fn default<'a>() -> Self::Class<'a> {
        Box::new(|theme: &Theme, status| text_input::default(theme.base(), status))
    }

    fn style(&self, class: &Self::Class<'_>, status: text_input::Status) -> text_input::Style {
        class(self, status)
    }
}
