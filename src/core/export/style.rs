//! The handout's print styles: A4, a readable size, nothing split badly.

use crate::i18n::Lang;

/// `own_font` when a pack brought a font for the language.
pub fn css(lang: Lang, own_font: bool) -> String {
    let (family, line_height, size) = if lang.is_rtl() && !own_font {
        // Nastaliq needs tall lines, and a size above Latin's to read alike.
        ("\"Hifazat Urdu\", \"Hifazat Sans\"", "2.1", "13pt")
    } else if own_font {
        ("\"Hifazat Pack\", \"Hifazat Sans\"", "1.8", "12pt")
    } else {
        ("\"Hifazat Sans\"", "1.5", "11pt")
    };
    format!(
        r#"@page {{ size: A4; margin: 16mm 16mm 18mm; }}
:root {{ color: #1c2226; background: #ffffff; }}
body {{ font-family: {family}; font-size: {size}; line-height: {line_height};
  max-width: 178mm; margin: 0 auto; padding: 8mm 0; }}
h1 {{ font-size: 1.9em; margin: 0 0 0.3em; color: #0b5c63; }}
h2 {{ font-size: 1.35em; margin: 0.2em 0 0.2em; color: #0b5c63; break-after: avoid; }}
h3 {{ font-size: 1.05em; margin: 0.6em 0 0.2em; break-after: avoid; }}
h4 {{ font-size: 1em; margin: 0; }}
p {{ margin: 0.25em 0; }}
ul, ol {{ margin: 0.2em 0 0.4em; padding-inline-start: 1.4em; }}
li {{ margin: 0.2em 0; break-inside: avoid; }}
header {{ border-bottom: 2px solid #0b5c63; padding-bottom: 0.6em; margin-bottom: 0.8em; }}
.careful {{ font-size: 0.9em; color: #5a4300; }}
.lesson {{ padding: 0.4em 0 0.6em; border-bottom: 1px solid #d5d9dc; }}
.lesson > ul {{ break-inside: avoid; }}
.number {{ font-size: 0.85em; color: #55606a; margin: 0; break-after: avoid; }}
.answers {{ background: #f4f7f8; padding: 0.3em 0.8em; border-radius: 4px; }}
.question {{ font-weight: 700; }}
.situation, .why {{ font-size: 0.92em; color: #38434c; }}
.help {{ break-before: page; }}
.notice, .answers {{ print-color-adjust: exact; -webkit-print-color-adjust: exact; }}
.notice {{ background: #fff7e0; border: 1px solid #e2c46b; padding: 0.4em 0.8em; border-radius: 4px; }}
.entry {{ border: 1px solid #d5d9dc; border-radius: 4px; padding: 0.4em 0.8em; margin: 0.5em 0; break-inside: avoid; }}
.contacts {{ margin: 0.1em 0; }}
.contact {{ font-family: "Hifazat Sans"; font-weight: 700; unicode-bidi: isolate; margin-inline-end: 1.2em; }}
.source {{ font-size: 0.85em; color: #55606a; }}
.unconfirmed {{ font-weight: 700; color: #8a1c12; }}
.picture {{ float: inline-end; width: 3.2em; height: 3.2em; margin-inline-start: 0.8em; color: #0b5c63; }}
.picture svg, .picture img {{ width: 100%; height: 100%; }}
.mark svg {{ width: 1em; height: 1em; vertical-align: -0.15em; margin-inline-end: 0.3em; }}
.lesson {{ display: flow-root; }}
footer {{ margin-top: 1em; font-size: 0.85em; color: #55606a; }}
@media print {{ body {{ padding: 0; }} }}
"#
    )
}
