//! Lesson pictures: `assets/pictures/<lesson>.svg`, in the built-in content
//! and in any pack, which may replace a lesson's picture. Each is parsed
//! here exactly as the window's renderer parses it, so a picture `check`
//! accepts is one the window can draw.

use crate::course::Course;
use crate::pack::Layer;
use crate::pictures::{MAX_PICTURE_BYTES, Picture, lesson_of};
use crate::problem::Problem;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Every lesson's picture, the last layer's winning. A picture that cannot
/// be drawn is an error; one for a lesson the course does not have is a
/// warning (it is not shown).
pub fn load(
    layers: &[Layer],
    texts: &[BTreeMap<String, String>],
    course: Option<&Course>,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Picture> {
    let mut pictures = BTreeMap::new();
    for (layer, texts) in layers.iter().zip(texts) {
        for (path, text) in texts {
            let Some(lesson) = lesson_of(path) else {
                continue;
            };
            let shown = layer.shown(path);
            match picture(text) {
                Ok(mut picture) => {
                    picture.built_in = layer.is_built_in();
                    let unknown = course.is_some_and(|course| {
                        !course.lessons.iter().any(|known| known.id == lesson)
                    });
                    // A pack that replaces the course leaves the built-in
                    // pictures unused; only a pack's own stray picture is
                    // worth a word.
                    if unknown && picture.built_in {
                        continue;
                    }
                    if unknown {
                        problems.push(Problem::warning(
                            shown,
                            1,
                            1,
                            format!(
                                "the course has no lesson '{lesson}'; this picture is not shown"
                            ),
                        ));
                        continue;
                    }
                    pictures.insert(lesson.to_owned(), picture);
                }
                Err((line, column, message)) => {
                    problems.push(Problem::error(shown, line, column, message));
                }
            }
        }
    }
    pictures
}

/// The picture in `text`, or where and why it cannot be drawn.
fn picture(text: &str) -> Result<Picture, (usize, usize, String)> {
    if text.len() > MAX_PICTURE_BYTES {
        return Err((
            1,
            1,
            format!(
                "is {} KiB; a lesson picture may be at most {} KiB (simplify it, or save it as \
                 plain SVG)",
                text.len().div_ceil(1024),
                MAX_PICTURE_BYTES / 1024
            ),
        ));
    }
    let tree = usvg::Tree::from_str(text, &usvg::Options::default()).map_err(|error| {
        let at = match &error {
            usvg::Error::ParsingFailed(xml) => {
                let pos = xml.pos();
                (pos.row as usize, pos.col as usize)
            }
            _ => (1, 1),
        };
        (at.0, at.1, format!("cannot be drawn as SVG: {error}"))
    })?;
    if !tree.root().has_children() {
        return Err((
            1,
            1,
            "draws nothing: it has no shapes the app can show (text and embedded images are not \
             drawn; turn text into paths)"
                .to_owned(),
        ));
    }
    Ok(Picture {
        themed: text.contains("currentColor"),
        svg: Arc::from(text.as_bytes()),
        built_in: false,
    })
}

#[cfg(test)]
mod tests {
    use super::picture;

    const CIRCLE: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor"/></svg>"#;

    #[test]
    fn a_drawable_svg_in_current_colour_takes_the_theme() {
        let drawn = picture(CIRCLE).expect("a circle can be drawn");
        assert!(drawn.themed);
        let coloured = CIRCLE.replace("currentColor", "#c0392b");
        assert!(!picture(&coloured).expect("drawable").themed);
    }

    #[test]
    fn the_help_marks_can_be_drawn_in_the_text_colour() {
        use crate::pictures::{ContactKind, WARNING};
        for svg in [
            ContactKind::Phone.svg(),
            ContactKind::Web.svg(),
            ContactKind::Chat.svg(),
            WARNING,
        ] {
            assert!(picture(svg).expect("drawable").themed, "{svg}");
        }
    }

    #[test]
    fn a_packs_picture_for_no_lesson_is_a_warning_and_not_used() {
        use crate::pack::Layer;
        let pack = Layer::in_memory("pack", [("assets/pictures/nope.svg", CIRCLE)]);
        let checked = crate::check::check(&[Layer::built_in(), pack]);
        let stray: Vec<_> = checked
            .problems
            .iter()
            .filter(|problem| problem.path == "pack/assets/pictures/nope.svg")
            .collect();
        assert_eq!(stray.len(), 1, "{:?}", checked.problems);
        assert!(!stray[0].is_error() && stray[0].message.contains("no lesson 'nope'"));
        let content = checked.content.expect("a warning does not stop the pack");
        assert!(!content.pictures.contains_key("nope"));
    }

    #[test]
    fn broken_xml_is_placed_at_its_line_and_column() {
        let broken = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <circle r=\"4\"\n</svg>";
        let (line, column, message) = picture(broken).expect_err("not XML");
        assert_eq!(line, 3, "{message}");
        assert!(column >= 1);
        assert!(message.starts_with("cannot be drawn as SVG"), "{message}");
    }

    #[test]
    fn an_empty_or_oversized_picture_is_refused() {
        let empty = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"></svg>"#;
        assert!(picture(empty).unwrap_err().2.starts_with("draws nothing"));
        let huge = CIRCLE.replace(
            "</svg>",
            &format!("<!--{}--></svg>", "x".repeat(super::MAX_PICTURE_BYTES)),
        );
        assert!(picture(&huge).unwrap_err().2.contains("at most"));
    }
}
