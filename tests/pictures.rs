//! Pictures that carry meaning: every lesson of the course has one, drawn
//! in the text colour so that it holds the theme's contrast; every control
//! icon is in the bundled icon font.

use hifazat::icons::Icon;
use hifazat::widget::rasterize;
use hifazat_core::content::Content;

const ICON_FONT: &[u8] = include_bytes!("../assets/fonts/Lucide-Icons.ttf");

#[test]
fn every_lesson_has_a_built_in_picture_that_can_be_drawn() {
    let content = Content::embedded().expect("built-in content loads");
    assert!(!content.course.lessons.is_empty());
    for lesson in &content.course.lessons {
        let picture = content
            .pictures
            .get(&lesson.id)
            .unwrap_or_else(|| panic!("lesson '{}' has no assets/pictures/{0}.svg", lesson.id));
        assert!(picture.built_in, "{}", lesson.id);
        assert!(
            picture.themed,
            "{}: a built-in picture is drawn in currentColor, so it takes the theme's text colour",
            lesson.id
        );
        let ink = [1, 2, 3, 255];
        let pixels = rasterize(&picture.svg, 64, Some(ink)).expect("drawable");
        let covered = pixels.chunks(4).filter(|pixel| pixel[3] > 128).count();
        // A line drawing covers some of its square, never none or all.
        assert!(
            (64 * 64 / 50..64 * 64 / 2).contains(&covered),
            "{}: {covered} of {} pixels drawn",
            lesson.id,
            64 * 64
        );
        assert!(
            pixels
                .chunks(4)
                .filter(|pixel| pixel[3] > 0)
                .all(|pixel| pixel[..3] == ink[..3]),
            "{}: every drawn pixel is in the ink",
            lesson.id
        );
    }
    assert_eq!(
        content.pictures.len(),
        content.course.lessons.len(),
        "a picture for each lesson and no other"
    );
}

#[test]
fn the_lessons_have_different_pictures() {
    let content = Content::embedded().expect("built-in content loads");
    let mut drawings: Vec<&[u8]> = content.pictures.values().map(|p| &p.svg[..]).collect();
    drawings.sort();
    drawings.dedup();
    assert_eq!(drawings.len(), content.course.lessons.len());
}

#[test]
fn every_control_icon_is_in_the_bundled_font() {
    let face = ttf_parser::Face::parse(ICON_FONT, 0).expect("the icon font parses");
    for icon in Icon::ALL {
        let glyph = face.glyph_index(icon.code_point()).unwrap_or_else(|| {
            panic!(
                "{icon:?} (U+{:X}) is not in Lucide-Icons.ttf",
                icon.code_point() as u32
            )
        });
        let mut outline = Outline(0);
        assert!(
            face.outline_glyph(glyph, &mut outline).is_some() && outline.0 > 0,
            "{icon:?} has no outline"
        );
    }
    let family = face
        .names()
        .into_iter()
        .find(|name| name.name_id == ttf_parser::name_id::FAMILY)
        .and_then(|name| name.to_string());
    assert_eq!(
        family.as_deref(),
        Some("lucide"),
        "hifazat::fonts::ICONS names this family"
    );
}

/// Counts the segments of a glyph's outline.
struct Outline(usize);

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, _: f32, _: f32) {}
    fn line_to(&mut self, _: f32, _: f32) {
        self.0 += 1;
    }
    fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {
        self.0 += 1;
    }
    fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {
        self.0 += 1;
    }
    fn close(&mut self) {}
}
