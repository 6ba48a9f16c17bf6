//! Arbitrary bytes as a content pack's Fluent file for a new language,
//! through the whole check. Seeds: tests/fuzz/seeds/locale.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    hifazat_core::check::fuzz::locale(data);
});
