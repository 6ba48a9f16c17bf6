//! A certificate of completion to print: the name typed on the end page,
//! the course and the day. The name goes into this file only; the app
//! keeps it nowhere.

use super::html::{Html, document};
use crate::i18n::Words;

/// The whole HTML document, in the reader's language and direction.
pub fn certificate(words: &Words<'_>, name: &str, date: &str) -> String {
    let mut body = Html::default();
    body.open_with_class("main", "certificate");
    body.element("p", &words.t("certificate-heading"));
    body.element("h1", name);
    body.element("p", &words.t("certificate-body"));
    body.element_with_class(
        "p",
        "date",
        &words.t_with("complete-finished-on", &[("date", date.to_owned())]),
    );
    body.element_with_class("p", "from", &words.t("handout-footer"));
    body.close("main");
    // The handout's fonts and type, with a frame and larger words.
    let css = format!("{}{FRAME}", super::style::css(words.lang, false));
    document(
        words.lang,
        None,
        &words.t("certificate-heading"),
        &css,
        &body.finish(),
    )
}

const FRAME: &str = ".certificate { margin-top: 20mm; padding: 16mm 12mm; border: 3px double #0b5c63; \
text-align: center; }\n\
.certificate h1 { font-size: 2.4em; margin: 0.6em 0; }\n\
.certificate p { font-size: 1.3em; }\n\
.certificate .date { margin-top: 2em; }\n\
.certificate .from { font-size: 0.9em; margin-top: 3em; }\n";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::i18n::Lang;

    #[test]
    fn the_name_is_escaped_and_urdu_runs_right_to_left() {
        let content = Content::embedded().unwrap();
        let words = Words {
            i18n: &content.i18n,
            lang: Lang::Ur,
        };
        let page = certificate(&words, "<b>عائشہ</b>", "3 دسمبر 2026");
        assert!(page.contains("dir=\"rtl\""));
        assert!(page.contains("&lt;b&gt;عائشہ&lt;/b&gt;"));
        assert!(!page.contains("<b>"));
        assert!(page.contains("3 دسمبر 2026"));
    }
}
