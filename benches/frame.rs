// Shared by the `core` bench and the `full_walk`, `scroll` and
// `kiosk_soak` examples; each uses part.
#![allow(dead_code)]

//! Drawing frames of the real app the way its window does on the CPU: one
//! renderer, one layout cache and one pixel buffer kept from frame to
//! frame, so shaped text and glyphs are reused as they are on screen.
//! By default every frame repaints the whole window (as a page turn does,
//! see `theme::theme`); `Frames::tracking_damage` repaints only what
//! changed, worked out exactly as iced's tiny-skia compositor does it
//! (`iced_tiny_skia::window::compositor::present`), which is what the
//! window does while the reader scrolls. `iced_test::Simulator` builds a
//! fresh renderer for every view and copies pixels out, which measures a
//! cold start instead.
//!
//! The window's scale (the reader's text size, and a wide screen's) is
//! applied as the window applies it: the view is laid out at the physical
//! size divided by `App::scale_factor` and drawn at that scale.
//!
//! `HIFAZAT_FRAME_DAMAGE=1` prints each frame's repainted regions.

use hifazat::app::App;
use iced::theme::Base;
use iced::{Color, Point, Rectangle, Size};
use iced_test::core::renderer::{Headless, Style};
use iced_test::core::{Event, Pixels, clipboard, mouse};
use iced_test::renderer::Renderer;
use iced_test::runtime::user_interface::{Cache, UserInterface};
use iced_tiny_skia::Layer;
use iced_tiny_skia::graphics::damage;
use std::time::{Duration, Instant};

pub struct Frames {
    renderer: Renderer,
    cache: Cache,
    /// The window's size in physical pixels.
    size: Size,
    pixels: Vec<u8>,
    mask: tiny_skia::Mask,
    /// Repaint only what changed since the last frame, as the window's
    /// compositor does; otherwise the whole window every frame.
    track_damage: bool,
    last_layers: Option<Vec<Layer>>,
    last_background: Option<Color>,
    /// Repaint the one rectangle around all that changed, instead of each
    /// changed region apart (`Frames::union_damage`).
    union_damage: bool,
}

/// One frame: view + layout (or, while scrolling, the wheel event), draw
/// (widgets into layers, then layers into pixels), and how much of the
/// window was repainted (0 to 1).
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub layout: Duration,
    pub draw: Duration,
    pub repainted: f32,
}

impl Frame {
    pub fn total(&self) -> Duration {
        self.layout + self.draw
    }
}

impl Frames {
    /// A CPU (tiny-skia) renderer for a window of `size` physical pixels,
    /// with the bundled fonts loaded.
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
            track_damage: false,
            last_layers: None,
            last_background: None,
            union_damage: false,
        }
    }

    /// Repaint only the regions that changed, as the window does.
    pub fn tracking_damage(mut self) -> Self {
        self.track_damage = true;
        self
    }

    /// Tracking damage, but repainting the one rectangle around the
    /// changed regions where they cover at least half of it, as the
    /// patched compositor does (`src/vendor/README.md`); without it
    /// (`tracking_damage`), as iced 0.14.1's does: every layer is redrawn
    /// once per region, so overlapping regions draw the same text several
    /// times over.
    pub fn union_damage(mut self) -> Self {
        self.track_damage = true;
        self.union_damage = true;
        self
    }

    pub fn size(&self) -> Size {
        self.size
    }

    /// view + layout + draw of one frame; returns the number of bytes of
    /// pixels drawn, so the work cannot be optimised away.
    pub fn draw(&mut self, app: &App) -> usize {
        self.draw_timed(app).2
    }

    /// Like `draw`, also returning how long view + layout and drawing took.
    pub fn draw_timed(&mut self, app: &App) -> (Duration, Duration, usize) {
        let frame = self.frame(app);
        (frame.layout, frame.draw, self.pixels.len())
    }

    /// view + layout + draw of one frame, as after a message.
    pub fn frame(&mut self, app: &App) -> Frame {
        let start = Instant::now();
        let view = app.view();
        self.frame_of(start, view, &app.theme(), app.scale_factor())
    }

    /// view + layout + draw of any element of the app's kind (a baseline
    /// page, say), `start` being when its view began.
    pub fn frame_of<M>(
        &mut self,
        start: Instant,
        view: hifazat::Element<'_, M>,
        theme: &hifazat::theme::Theme,
        scale: f32,
    ) -> Frame {
        let base = theme.base();
        let cache = std::mem::take(&mut self.cache);
        let mut ui = UserInterface::build(view, self.logical(scale), cache, &mut self.renderer);
        let laid_out = Instant::now();
        ui.draw(
            &mut self.renderer,
            theme,
            &Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        self.cache = ui.into_cache();
        let repainted = self.present(base.background_color, scale);
        Frame {
            layout: laid_out - start,
            draw: laid_out.elapsed(),
            repainted,
        }
    }

    /// Scrolls the page under the middle of the window by `lines` wheel
    /// lines a frame (negative: down), `frames` times, without building the
    /// view again — the runtime does not rebuild it for an event that
    /// sends no message. Each frame: the wheel event, draw, repaint.
    pub fn scroll(&mut self, app: &App, lines: f32, frames: usize) -> Vec<Frame> {
        self.scroll_of(app.view(), &app.theme(), app.scale_factor(), lines, frames)
    }

    /// `scroll` of any element of the app's kind.
    pub fn scroll_of<M: std::fmt::Debug>(
        &mut self,
        view: hifazat::Element<'_, M>,
        theme: &hifazat::theme::Theme,
        scale: f32,
        lines: f32,
        frames: usize,
    ) -> Vec<Frame> {
        let base = theme.base();
        let logical = self.logical(scale);
        let cursor =
            mouse::Cursor::Available(Point::new(logical.width / 2.0, logical.height / 2.0));
        let cache = std::mem::take(&mut self.cache);
        let mut ui = UserInterface::build(view, logical, cache, &mut self.renderer);
        let mut messages = Vec::new();
        let mut timed = Vec::with_capacity(frames);
        for _ in 0..frames {
            let start = Instant::now();
            let wheel = Event::Mouse(mouse::Event::WheelScrolled {
                delta: mouse::ScrollDelta::Lines { x: 0.0, y: lines },
            });
            let _ = ui.update(
                &[wheel],
                cursor,
                &mut self.renderer,
                &mut clipboard::Null,
                &mut messages,
            );
            let updated = Instant::now();
            ui.draw(
                &mut self.renderer,
                theme,
                &Style {
                    text_color: base.text_color,
                },
                cursor,
            );
            let repainted = self.present(base.background_color, scale);
            timed.push(Frame {
                layout: updated - start,
                draw: updated.elapsed(),
                repainted,
            });
        }
        assert!(messages.is_empty(), "scrolling sent {messages:?}");
        self.cache = ui.into_cache();
        timed
    }

    fn logical(&self, scale: f32) -> Size {
        Size::new(self.size.width / scale, self.size.height / scale)
    }

    /// The renderer's layers into the pixel buffer: the whole window, or
    /// (tracking damage) only what changed. Returns the share repainted.
    fn present(&mut self, background: Color, scale: f32) -> f32 {
        let physical = iced::Size::new(self.size.width as u32, self.size.height as u32);
        let window = Rectangle::with_size(self.logical(scale));
        let iced_test::renderer::fallback::Renderer::Secondary(cpu) = &mut self.renderer else {
            unreachable!("the renderer was created as tiny-skia");
        };
        let damage = if self.track_damage {
            let layers = cpu.layers().to_vec();
            let damage = match (&self.last_layers, self.last_background) {
                (Some(last), Some(before)) if before == background => {
                    damage::diff(last, &layers, |layer| vec![layer.bounds], Layer::damage)
                }
                _ => vec![window],
            };
            self.last_layers = Some(layers);
            self.last_background = Some(background);
            if damage.is_empty() {
                return 0.0;
            }
            let mut grouped = damage::group(damage, window);
            if self.union_damage && grouped.len() > 1 {
                // As the patched compositor does (src/vendor/README.md).
                let union = grouped[1..]
                    .iter()
                    .fold(grouped[0], |union, rect| union.union(rect));
                let covered: f32 = grouped.iter().map(Rectangle::area).sum();
                if covered * 2.0 >= union.area() {
                    grouped = vec![union];
                }
            }
            if std::env::var_os("HIFAZAT_FRAME_DAMAGE").is_some() {
                eprintln!(
                    "{} layers, damage {:?}",
                    self.last_layers.as_ref().map_or(0, Vec::len),
                    grouped
                );
            }
            grouped
        } else {
            vec![window]
        };
        let repainted = damage.iter().map(Rectangle::area).sum::<f32>() / window.area();
        let mut pixmap =
            tiny_skia::PixmapMut::from_bytes(&mut self.pixels, physical.width, physical.height)
                .expect("a pixel map");
        cpu.draw(
            &mut pixmap,
            &mut self.mask,
            &iced_tiny_skia::graphics::Viewport::with_physical_size(physical, scale),
            &damage,
            background,
        );
        repainted.min(1.0)
    }
}
