//! Arbitrary bytes as a content pack's `assets/course.ron`, through the
//! whole check. Seeds: tests/fuzz/seeds/course.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    hifazat_core::check::fuzz::course(data);
});
