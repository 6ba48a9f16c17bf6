//! Pictograms beside the words of controls, from Lucide (ISC licence,
//! assets/icons/lucide/LICENSE), compiled in. They take the colour of the
//! text beside them, so they keep its contrast in every theme.

use crate::Element;
use crate::theme::Theme;
use iced::widget::svg;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    /// Listen: a speaker.
    Listen,
    Pause,
    /// Go on after a pause.
    Resume,
    Stop,
    Headphones,
}

macro_rules! lucide {
    ($name:literal) => {
        LazyLock::new(|| {
            svg::Handle::from_memory(
                include_bytes!(concat!("../assets/icons/lucide/", $name, ".svg")).as_slice(),
            )
        })
    };
}

static LISTEN: LazyLock<svg::Handle> = lucide!("volume-2");
static PAUSE: LazyLock<svg::Handle> = lucide!("pause");
static RESUME: LazyLock<svg::Handle> = lucide!("play");
static STOP: LazyLock<svg::Handle> = lucide!("square");
static HEADPHONES: LazyLock<svg::Handle> = lucide!("headphones");

impl Icon {
    fn handle(self) -> svg::Handle {
        match self {
            Icon::Listen => LISTEN.clone(),
            Icon::Pause => PAUSE.clone(),
            Icon::Resume => RESUME.clone(),
            Icon::Stop => STOP.clone(),
            Icon::Headphones => HEADPHONES.clone(),
        }
    }

    /// The icon at `size` pixels, in `color` (a colour from the theme).
    pub fn view<'a, Message: 'a>(
        self,
        size: f32,
        color: fn(&Theme) -> iced::Color,
    ) -> Element<'a, Message> {
        svg(self.handle())
            .width(size)
            .height(size)
            .style(move |theme: &Theme, _status| svg::Style {
                color: Some(color(theme)),
            })
            .into()
    }
}
