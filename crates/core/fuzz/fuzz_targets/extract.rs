//! Any UTF-8 text through `saywho_core::extract`: no panic, and every
//! invariant of the analysis and its output record holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    saywho_core_fuzz::check_text(text);
});
