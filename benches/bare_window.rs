//! The floor for start-up time: a bare iced window with the same fonts and
//! one line of Urdu, quitting after its first frame like
//! `hifazat --exit-after-first-frame`. `benches/bench.sh` times both.
//!
//! Built as an example: `cargo build --release --example bare_window`.

use hifazat::{app, fonts};
use iced::widget::{container, text};
use iced::{Element, Length, Subscription, Task};

#[derive(Debug, Clone)]
enum Message {
    FrameShown,
}

fn update(_: &mut (), message: Message) -> Task<Message> {
    match message {
        Message::FrameShown => iced::exit(),
    }
}

fn view(_: &()) -> Element<'_, Message> {
    container(
        text("بچوں کی آن لائن حفاظت")
            .font(fonts::NASTALIQ)
            .size(24)
            .line_height(2.0),
    )
    .center(Length::Fill)
    .into()
}

fn subscription(_: &()) -> Subscription<Message> {
    iced::window::frames().map(|_| Message::FrameShown)
}

fn main() -> iced::Result {
    iced::application(|| (), update, view)
        .subscription(subscription)
        .settings(app::iced_settings())
        .window_size((1280.0, 860.0))
        .run()
}
