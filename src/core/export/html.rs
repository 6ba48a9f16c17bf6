//! A small HTML writer: every text is escaped on the way in, so no word of
//! the course can break the document.

use crate::fonts;
use crate::i18n::Lang;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// HTML in the making. Elements are opened and closed in order.
#[derive(Debug, Default)]
pub struct Html {
    out: String,
    open: Vec<&'static str>,
}

impl Html {
    pub fn open(&mut self, tag: &'static str) {
        self.open_with_attrs(tag, &[]);
    }

    pub fn open_with_class(&mut self, tag: &'static str, class: &str) {
        self.open_with_attrs(tag, &[("class", class)]);
    }

    pub fn open_with_attrs(&mut self, tag: &'static str, attrs: &[(&str, &str)]) {
        self.start_tag(tag, attrs);
        self.open.push(tag);
    }

    /// An element with no content and no end tag, such as `<img>`.
    pub fn void_element(&mut self, tag: &'static str, attrs: &[(&str, &str)]) {
        self.start_tag(tag, attrs);
    }

    fn start_tag(&mut self, tag: &'static str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
    }

    pub fn close(&mut self, tag: &'static str) {
        let opened = self.open.pop();
        debug_assert_eq!(opened, Some(tag), "elements close in order");
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        // A line break after a block, never inside running text.
        if !matches!(tag, "strong" | "span" | "em") {
            self.out.push('\n');
        }
    }

    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    pub fn element(&mut self, tag: &'static str, text: &str) {
        self.element_with_attrs(tag, &[], text);
    }

    pub fn element_with_class(&mut self, tag: &'static str, class: &str, text: &str) {
        self.element_with_attrs(tag, &[("class", class)], text);
    }

    pub fn element_with_attrs(&mut self, tag: &'static str, attrs: &[(&str, &str)], text: &str) {
        self.open_with_attrs(tag, attrs);
        self.text(text);
        self.close(tag);
    }

    /// Markup compiled into the app (a built-in picture), written as it
    /// is. Never a pack's: that could carry a script.
    pub fn trusted_markup(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    pub fn finish(self) -> String {
        debug_assert!(self.open.is_empty(), "unclosed: {:?}", self.open);
        self.out
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// The fonts a language's handout needs: Noto Sans always (for contacts
/// and numbers), Nastaliq for Urdu, and a pack's own font for its language.
fn font_faces(lang: Lang, pack_font: Option<&[u8]>) -> String {
    let mut faces = vec![
        ("Hifazat Sans", 400, fonts::NOTO_SANS_REGULAR),
        ("Hifazat Sans", 700, fonts::NOTO_SANS_BOLD),
    ];
    if lang.is_rtl() && pack_font.is_none() {
        faces.push(("Hifazat Urdu", 400, fonts::NASTALIQ_REGULAR));
        faces.push(("Hifazat Urdu", 700, fonts::NASTALIQ_BOLD));
    }
    if let Some(bytes) = pack_font {
        faces.push(("Hifazat Pack", 400, bytes));
    }
    faces
        .into_iter()
        .map(|(family, weight, bytes)| {
            format!(
                "@font-face {{ font-family: \"{family}\"; font-weight: {weight}; \
                 src: url(data:font/ttf;base64,{}) format(\"truetype\"); }}\n",
                STANDARD.encode(bytes)
            )
        })
        .collect()
}

/// The whole document: `lang` and `dir` set, fonts and styles inside.
pub fn document(
    lang: Lang,
    pack_font: Option<&[u8]>,
    title: &str,
    css: &str,
    body: &str,
) -> String {
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    let mut head = Html::default();
    head.element("title", title);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{title}\
         <style>\n{fonts}{css}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        code = lang.code(),
        title = head.finish(),
        fonts = font_faces(lang, pack_font),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_escaped() {
        let mut html = Html::default();
        html.element_with_attrs("p", &[("class", "a\"b")], "<script>&'");
        assert_eq!(
            html.finish(),
            "<p class=\"a&quot;b\">&lt;script&gt;&amp;&#39;</p>\n"
        );
    }

    #[test]
    fn urdu_documents_run_right_to_left_with_their_font() {
        let page = document(Lang::Ur, None, "t", "", "");
        assert!(page.contains("<html lang=\"ur\" dir=\"rtl\">"));
        assert!(page.contains("font-family: \"Hifazat Urdu\""));
        let page = document(Lang::En, None, "t", "", "");
        assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"));
        assert!(!page.contains("Hifazat Urdu"));
    }
}
