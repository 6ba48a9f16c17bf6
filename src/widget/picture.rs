//! A lesson's picture: its SVG drawn into pixels by resvg, once for each
//! size and colour, and shown as an image. A picture drawn in
//! `currentColor` (every built-in one) takes the theme's text colour, so it
//! keeps the text's contrast in every theme.

use crate::Element;
use hifazat_core::pictures::Picture;
use iced::Color;
use iced::widget::image;
use resvg::{tiny_skia, usvg};
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// Drawn at twice its size on screen, so that it stays sharp on a screen
/// that scales by two and is smoothed down on one that does not.
const OVERSAMPLE: f32 = 2.0;

/// More pictures than a session shows (seven lessons, a few sizes, a few
/// themes); past it the cache starts again rather than grow.
const CACHE_LIMIT: usize = 64;

/// `picture` in a square `size` logical pixels wide; themed pictures in
/// `ink`. Nothing at all if it cannot be drawn (`check` refuses such a
/// picture, so only a file changed after checking could be one).
pub fn picture<'a, Message: 'a>(picture: &Picture, size: f32, ink: Color) -> Element<'a, Message> {
    let pixels = (size * OVERSAMPLE).round().max(1.0) as u32;
    match handle(picture, pixels, picture.themed.then_some(ink)) {
        Some(handle) => image(handle).width(size).height(size).into(),
        None => iced::widget::Space::new().width(size).height(size).into(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    /// The picture's SVG itself: two contents (a test's journeys, say)
    /// never share an image, whatever addresses their bytes had.
    svg: std::sync::Arc<[u8]>,
    pixels: u32,
    ink: Option<[u8; 4]>,
}

/// The image for a picture at a size and colour. Kept, because a new
/// handle each frame would make the renderer upload the pixels again.
fn handle(picture: &Picture, pixels: u32, ink: Option<Color>) -> Option<image::Handle> {
    static CACHE: Mutex<Option<HashMap<Key, image::Handle>>> = Mutex::new(None);
    let key = Key {
        svg: picture.svg.clone(),
        pixels,
        ink: ink.map(Color::into_rgba8),
    };
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some(handle) = cache.get(&key) {
        return Some(handle.clone());
    }
    let rgba = rasterize(&picture.svg, pixels, key.ink)?;
    let handle = image::Handle::from_rgba(pixels, pixels, rgba);
    if cache.len() >= CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(key, handle.clone());
    Some(handle)
}

/// The picture as straight (not premultiplied) RGBA, centred in a square
/// of `pixels`, at its aspect ratio.
pub fn rasterize(svg: &[u8], pixels: u32, ink: Option<[u8; 4]>) -> Option<Vec<u8>> {
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default()).ok()?;
    let mut pixmap = tiny_skia::Pixmap::new(pixels, pixels)?;
    let size = tree.size();
    let scale = pixels as f32 / size.width().max(size.height());
    let (dx, dy) = (
        (pixels as f32 - size.width() * scale) / 2.0,
        (pixels as f32 - size.height() * scale) / 2.0,
    );
    let transform = tiny_skia::Transform::from_scale(scale, scale).post_translate(dx, dy);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|pixel| match ink {
            // Drawn in black: only how much of each pixel is covered
            // counts, and the theme's colour fills it.
            Some([r, g, b, _]) => [r, g, b, pixel.alpha()],
            None => {
                let straight = pixel.demultiply();
                [
                    straight.red(),
                    straight.green(),
                    straight.blue(),
                    straight.alpha(),
                ]
            }
        })
        .collect();
    Some(rgba)
}

#[cfg(test)]
mod tests {
    use super::rasterize;

    const SQUARE: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect x="0" y="0" width="10" height="10" fill="currentColor"/></svg>"#;

    #[test]
    fn a_themed_picture_is_filled_with_the_ink() {
        let rgba = rasterize(SQUARE.as_bytes(), 8, Some([10, 20, 30, 255])).expect("drawable");
        assert_eq!(rgba.len(), 8 * 8 * 4);
        assert_eq!(&rgba[..4], &[10, 20, 30, 255]);
    }

    #[test]
    fn a_picture_with_its_own_colours_keeps_them() {
        let red = SQUARE.replace("currentColor", "#ff0000");
        let rgba = rasterize(red.as_bytes(), 4, None).expect("drawable");
        assert_eq!(&rgba[..4], &[255, 0, 0, 255]);
    }
}
