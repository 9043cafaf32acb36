//! The invariants the fuzz targets assert, shared by both targets.
//!
//! Each check panics with a message naming the broken invariant, which is
//! what libFuzzer reports as a crash.

use saywho_core::{Analysis, extract, invariants};

/// Extract `text` and check every invariant of the analysis and its record;
/// also check that inserting a neutral paragraph after a neutral title only
/// shifts the spans.
pub fn check_text(text: &str) {
    let a = extract(text);
    check_analysis(&a);
    if let Err(broken) = invariants::check_prefix_shift(text) {
        panic!("{broken}");
    }
}

/// `saywho_core::invariants::check` on `a` and `saywho_output::check::record`
/// on its output record; panics with the broken invariants.
pub fn check_analysis(a: &Analysis<'_>) {
    if let Err(broken) = invariants::check(a) {
        panic!("{broken}");
    }
    if let Err(broken) = saywho_output::check::record(a) {
        panic!("{broken}");
    }
}

/// What the record path made of one input line.
#[derive(Debug, PartialEq, Eq)]
pub enum LineOutcome {
    /// A blank line: no document.
    Blank,
    /// An error record of this kind.
    Error(&'static str),
    /// A document record.
    Document,
}

/// The JSONL record path, modelled on the CLI's documented behaviour (the
/// CLI's reader lives in the binary crate and exposes no library function):
/// one input line is one document; bytes that are not UTF-8, JSON that does
/// not parse, a value that is not an object, and an object without a string
/// `text` each give an error record; a good record goes through the engine
/// and its output line is checked.
pub fn record_line(line: &[u8]) -> LineOutcome {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return LineOutcome::Blank;
    }
    let Ok(line) = std::str::from_utf8(line) else {
        return LineOutcome::Error("invalid_utf8");
    };
    let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
        return LineOutcome::Error("invalid_json");
    };
    let Some(object) = value.as_object() else {
        return LineOutcome::Error("invalid_json");
    };
    let Some(text) = object.get("text").and_then(serde_json::Value::as_str) else {
        return LineOutcome::Error("missing_field");
    };
    let id = match object.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let a = extract(text);
    check_analysis(&a);
    let out = saywho_output::to_json_line(&id, &a);
    let back: serde_json::Value = serde_json::from_str(&out).expect("output line is JSON");
    assert_eq!(
        back["id"].as_str(),
        Some(id.as_str()),
        "id not carried through"
    );
    LineOutcome::Document
}
