//! Arbitrary bytes through the guards that run before any parser: the
//! nesting scan (then the Fluent parser, on what it lets through), the
//! control-character scan, the window title and a problem's excerpt.
//! Seeds: tests/fuzz/seeds/locale.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    hifazat_core::check::fuzz::limits(data);
});
