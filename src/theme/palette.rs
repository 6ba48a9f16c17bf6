//! The colours of the three themes: light, dark and high contrast. Every
//! colour a screen uses is named here, once per theme, and checked for
//! contrast below.

use iced::{Color, color};

/// Every colour a screen uses, for one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colors {
    pub background: Color,
    /// One step away from `background`; see [`theme`].
    pub background_alternate: Color,
    pub text: Color,
    pub muted: Color,
    pub primary: Color,
    pub primary_strong: Color,
    pub on_primary: Color,
    pub right: Color,
    pub wrong: Color,
    pub panel: Color,
    pub outline: Color,
    pub notice: Color,
    pub notice_border: Color,
    pub bar: Color,
    pub bar_button: Color,
    pub bar_button_hover: Color,
    pub on_bar: Color,
    pub chosen: Color,
    pub right_fill: Color,
    pub wrong_fill: Color,
    pub hover: Color,
    /// A button that cannot be pressed yet: outlined, its words still
    /// readable (at least 4.5:1, 7:1 in high contrast).
    pub disabled: Color,
    /// The scrollbar's thumb, which says the page goes on below: at least
    /// 3:1 on the background (7:1 in high contrast), and its rail.
    pub scroller: Color,
    pub rail: Color,
    pub quick_exit: Color,
    pub quick_exit_hover: Color,
    /// The line being read aloud, and its outline.
    pub reading: Color,
    pub reading_border: Color,
}

pub const LIGHT: Colors = Colors {
    background: color!(0xfbf8f3),
    background_alternate: color!(0xfbf8f4),
    text: color!(0x1f2328),
    muted: color!(0x4a4f57),
    primary: color!(0x0b5f63),
    primary_strong: color!(0x08484b),
    on_primary: Color::WHITE,
    right: color!(0x1d6b2f),
    wrong: color!(0xa1261b),
    panel: color!(0xffffff),
    outline: color!(0xc9c4bb),
    notice: color!(0xfff4dc),
    notice_border: color!(0xe3c98f),
    bar: color!(0x0b5f63),
    bar_button: color!(0x094b4e),
    bar_button_hover: color!(0x0e7a7f),
    on_bar: Color::WHITE,
    chosen: color!(0xe3f0f0),
    right_fill: color!(0xe6f3e8),
    wrong_fill: color!(0xfbe9e7),
    hover: color!(0xf1f7f7),
    disabled: color!(0x66707a),
    scroller: color!(0x6b7079),
    rail: color!(0xe9e4db),
    quick_exit: color!(0xa1261b),
    quick_exit_hover: color!(0x7d1d15),
    reading: color!(0xfff0b3),
    reading_border: color!(0xb08a00),
};

pub const DARK: Colors = Colors {
    background: color!(0x16191d),
    background_alternate: color!(0x16191e),
    text: color!(0xe9e6e0),
    muted: color!(0xb8b4ad),
    primary: color!(0x5cc2c7),
    primary_strong: color!(0x82d6da),
    on_primary: color!(0x0b1416),
    right: color!(0x7fd08f),
    wrong: color!(0xff8a7a),
    panel: color!(0x22262b),
    outline: color!(0x4a5057),
    notice: color!(0x2e2a1f),
    notice_border: color!(0x7a6733),
    bar: color!(0x0c2f31),
    bar_button: color!(0x134649),
    bar_button_hover: color!(0x1c5e62),
    on_bar: Color::WHITE,
    chosen: color!(0x1d3a3c),
    right_fill: color!(0x1c3322),
    wrong_fill: color!(0x3d1f1b),
    hover: color!(0x2a3035),
    disabled: color!(0x9aa3a8),
    scroller: color!(0x9aa0a6),
    rail: color!(0x2a2f34),
    quick_exit: color!(0xb3261e),
    quick_exit_hover: color!(0xd0352c),
    reading: color!(0x3d3514),
    reading_border: color!(0xd4b53c),
};

/// Pure black and white with yellow for what can be pressed: body text is
/// 21:1 on the background, every text well above 7:1.
pub const HIGH_CONTRAST: Colors = Colors {
    background: Color::BLACK,
    background_alternate: color!(0x000001),
    text: Color::WHITE,
    muted: color!(0xe6e6e6),
    primary: color!(0xffd60a),
    primary_strong: color!(0xffe55c),
    on_primary: Color::BLACK,
    right: color!(0x5cff7a),
    wrong: color!(0xff9c8f),
    panel: Color::BLACK,
    outline: Color::WHITE,
    notice: Color::BLACK,
    notice_border: color!(0xffd60a),
    bar: Color::BLACK,
    bar_button: Color::BLACK,
    bar_button_hover: color!(0x333333),
    on_bar: Color::WHITE,
    chosen: color!(0x3a3000),
    right_fill: color!(0x002a0a),
    wrong_fill: color!(0x2e0500),
    hover: color!(0x262626),
    disabled: color!(0xa6a6a6),
    scroller: Color::WHITE,
    rail: color!(0x333333),
    quick_exit: color!(0xc4160c),
    quick_exit_hover: color!(0xe0241a),
    reading: Color::BLACK,
    reading_border: color!(0xffd60a),
};

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 contrast ratio of two opaque colours (1 to 21), as iced
    /// works it out.
    fn contrast(a: Color, b: Color) -> f32 {
        a.relative_contrast(b)
    }

    #[test]
    fn high_contrast_text_is_at_least_seven_to_one_everywhere() {
        let c = HIGH_CONTRAST;
        for (what, fg, bg) in [
            ("body", c.text, c.background),
            ("muted", c.muted, c.background),
            ("panel", c.text, c.panel),
            ("notice", c.text, c.notice),
            ("primary button", c.on_primary, c.primary),
            ("bar", c.on_bar, c.bar),
            ("right", c.right, c.background),
            ("wrong", c.wrong, c.background),
            ("chosen option", c.text, c.chosen),
            ("line being read", c.text, c.reading),
            ("right option", c.text, c.right_fill),
            ("wrong option", c.text, c.wrong_fill),
            ("disabled button", c.disabled, c.panel),
            ("disabled button", c.disabled, c.background),
            ("scrollbar", c.scroller, c.background),
            ("scrollbar on its rail", c.scroller, c.rail),
        ] {
            let ratio = contrast(fg, bg);
            assert!(ratio >= 7.0, "{what}: {ratio:.1}:1");
        }
        assert!(contrast(c.text, c.background) > 20.0);
    }

    /// A scrollbar is a control, not text: WCAG asks 3:1 of it.
    #[test]
    fn every_scrollbar_can_be_seen() {
        for c in [LIGHT, DARK, HIGH_CONTRAST] {
            assert!(contrast(c.scroller, c.background) >= 3.0);
            assert!(contrast(c.scroller, c.rail) >= 3.0);
        }
    }

    #[test]
    fn light_and_dark_text_meets_wcag_aa() {
        for c in [LIGHT, DARK] {
            for (fg, bg) in [
                (c.text, c.background),
                (c.muted, c.background),
                (c.text, c.panel),
                (c.text, c.notice),
                (c.on_primary, c.primary),
                (c.on_bar, c.bar),
                (c.on_bar, c.bar_button),
                (c.text, c.chosen),
                (c.text, c.reading),
                (Color::WHITE, c.quick_exit),
                (c.disabled, c.panel),
                (c.disabled, c.background),
            ] {
                assert!(
                    contrast(fg, bg) >= 4.5,
                    "{fg:?} on {bg:?}: {:.1}",
                    contrast(fg, bg)
                );
            }
        }
    }
}
