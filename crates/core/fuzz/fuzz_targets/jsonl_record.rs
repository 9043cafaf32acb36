//! Any bytes as a JSON Lines file, through the record path (UTF-8 check,
//! `serde_json::Value`, the `text` field, the engine, the output line).
#![no_main]

use libfuzzer_sys::fuzz_target;
use saywho_core_fuzz::{LineOutcome, record_line};

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n');
    let expected = lines
        .clone()
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    let records = lines
        .map(record_line)
        .filter(|o| *o != LineOutcome::Blank)
        .count();
    // One output record (document or error) per non-blank input line.
    assert_eq!(records, expected);
});
