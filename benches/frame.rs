// Shared by the `core` bench and the `full_walk` example; each uses part.
#![allow(dead_code)]

//! Drawing frames of the real app the way its window does on the CPU: one
//! renderer, one layout cache and one pixel buffer kept from frame to
//! frame, so shaped text and glyphs are reused as they are on screen, and
//! every frame repaints the whole window (as a page turn does, see
//! `theme::theme`). `iced_test::Simulator` builds a fresh renderer for
//! every view and copies pixels out, which measures a cold start instead.

use hifazat::app::App;
use iced::Size;
use iced::theme::Base;
use iced_test::core::renderer::{Headless, Style};
use iced_test::core::{Pixels, mouse};
use iced_test::renderer::Renderer;
use iced_test::runtime::user_interface::{Cache, UserInterface};
use std::time::{Duration, Instant};

pub struct Frames {
    renderer: Renderer,
    cache: Cache,
    size: Size,
    pixels: Vec<u8>,
    mask: tiny_skia::Mask,
}

impl Frames {
    /// A CPU (tiny-skia) renderer for a window of `size` at scale 1, with
    /// the bundled fonts loaded.
    pub fn new(size: Size) -> Self {
        {
            let mut fonts = iced_test::renderer::graphics::text::font_system()
                .write()
                .expect("font system");
            for font in hifazat_core::fonts::ALL {
                fonts.load_font(font.into());
            }
        }
        let renderer = iced_test::futures::futures::executor::block_on(
            <Renderer as Headless>::new(hifazat::fonts::SANS, Pixels(16.0), Some("tiny-skia")),
        )
        .expect("a tiny-skia renderer");
        let (width, height) = (size.width as u32, size.height as u32);
        Frames {
            renderer,
            cache: Cache::default(),
            size,
            pixels: vec![0; width as usize * height as usize * 4],
            mask: tiny_skia::Mask::new(width, height).expect("a clip mask"),
        }
    }

    /// view + layout + draw of one frame; returns the number of bytes of
    /// pixels drawn, so the work cannot be optimised away.
    pub fn draw(&mut self, app: &App) -> usize {
        self.draw_timed(app).2
    }

    /// Like `draw`, also returning how long view + layout and drawing took.
    pub fn draw_timed(&mut self, app: &App) -> (Duration, Duration, usize) {
        let start = Instant::now();
        let theme = app.theme();
        let base = theme.base();
        let cache = std::mem::take(&mut self.cache);
        let mut ui = UserInterface::build(app.view(), self.size, cache, &mut self.renderer);
        let laid_out = Instant::now();
        ui.draw(
            &mut self.renderer,
            &theme,
            &Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        self.cache = ui.into_cache();
        let physical = iced::Size::new(self.size.width as u32, self.size.height as u32);
        let iced_test::renderer::fallback::Renderer::Secondary(cpu) = &mut self.renderer else {
            unreachable!("the renderer was created as tiny-skia");
        };
        let mut pixmap =
            tiny_skia::PixmapMut::from_bytes(&mut self.pixels, physical.width, physical.height)
                .expect("a pixel map");
        cpu.draw(
            &mut pixmap,
            &mut self.mask,
            &iced_tiny_skia::graphics::Viewport::with_physical_size(physical, 1.0),
            &[iced::Rectangle::with_size(self.size)],
            base.background_color,
        );
        (laid_out - start, laid_out.elapsed(), self.pixels.len())
    }
}
