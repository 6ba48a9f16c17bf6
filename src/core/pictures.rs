//! Pictures that carry meaning for a reader who reads little: each
//! lesson's picture (`assets/pictures/<lesson>.svg`, which a pack may
//! replace) and the marks beside help contacts. The built-in ones are
//! Lucide icons (ISC), drawn in `currentColor` so that they take the
//! colour of the text around them, in the window and on paper.

use std::sync::Arc;

/// Larger than any picture a lesson needs (the built-in ones are under
/// 1 KiB); a drawing exported with its editor's history stops here.
pub const MAX_PICTURE_BYTES: usize = 64 * 1024;

/// Where a layer keeps its lesson pictures.
pub const FOLDER: &str = "assets/pictures/";

/// One lesson's picture, checked to be drawable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// The SVG document, as UTF-8.
    pub svg: Arc<[u8]>,
    /// Drawn in `currentColor`: it takes the theme's text colour (and its
    /// contrast). A picture with colours of its own keeps them.
    pub themed: bool,
    /// Compiled into the app, not brought by a pack: only such a picture
    /// is written into a handout as it is; a pack's goes in as an image,
    /// where no script in it can run.
    pub built_in: bool,
}

impl Picture {
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.svg).unwrap_or_default()
    }
}

/// The lesson a layer's file is the picture of, if it is one.
pub fn lesson_of(path: &str) -> Option<&str> {
    let name = path.strip_prefix(FOLDER)?.strip_suffix(".svg")?;
    (!name.is_empty() && !name.contains('/')).then_some(name)
}

/// How a help contact is reached, shown by a mark beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    Phone,
    Web,
    /// A messaging app's link (WhatsApp, Messenger).
    Chat,
}

impl ContactKind {
    /// Told from the contact as written in `help.ron`: an address has a
    /// dot and no spaces; a chat is a messaging app's link; anything else
    /// (digits, "1-800-CALL-FBI") is dialled.
    pub fn of(contact: &str) -> ContactKind {
        let lower = contact.to_ascii_lowercase();
        if ["wa.me/", "m.me/", "whatsapp", "t.me/"]
            .iter()
            .any(|chat| lower.contains(chat))
        {
            ContactKind::Chat
        } else if contact.contains('.') && !contact.contains(' ') {
            ContactKind::Web
        } else {
            ContactKind::Phone
        }
    }

    /// The mark's SVG, as the handout inlines it.
    pub fn svg(self) -> &'static str {
        match self {
            ContactKind::Phone => PHONE,
            ContactKind::Web => GLOBE,
            ContactKind::Chat => CHAT,
        }
    }
}

const PHONE: &str = include_str!("../../assets/icons/phone.svg");
const GLOBE: &str = include_str!("../../assets/icons/globe.svg");
const CHAT: &str = include_str!("../../assets/icons/message-circle.svg");
/// Beside "not confirmed" on a help entry.
pub const WARNING: &str = include_str!("../../assets/icons/triangle-alert.svg");

#[cfg(test)]
mod tests {
    use super::{ContactKind, lesson_of};

    #[test]
    fn contacts_are_told_apart_by_how_they_are_written() {
        assert_eq!(ContactKind::of("1799"), ContactKind::Phone);
        assert_eq!(ContactKind::of("1-800-CALL-FBI"), ContactKind::Phone);
        assert_eq!(ContactKind::of("0800 1111"), ContactKind::Phone);
        assert_eq!(ContactKind::of("takeitdown.ncmec.org"), ContactKind::Web);
        assert_eq!(ContactKind::of("wa.me/923001234567"), ContactKind::Chat);
    }

    #[test]
    fn only_svg_files_directly_in_the_folder_are_pictures() {
        assert_eq!(lesson_of("assets/pictures/grooming.svg"), Some("grooming"));
        assert_eq!(lesson_of("assets/pictures/a/b.svg"), None);
        assert_eq!(lesson_of("assets/pictures/.svg"), None);
        assert_eq!(lesson_of("assets/course.ron"), None);
    }
}
