//! The invariants the fuzz targets assert, shared by both targets.
//!
//! Each check panics with a message naming the broken invariant, which is
//! what libFuzzer reports as a crash.

use saywho_core::{Analysis, Span, extract};
use saywho_output::{DocumentRecord, SpanRecord};

/// A neutral paragraph: no quotation mark, no name, no cue.
const PREFIX: &str = "Xyz.\n\n";

/// Extract `text` and check every invariant; also check that inserting a
/// neutral paragraph after a neutral title only shifts the spans.
pub fn check_text(text: &str) {
    let a = extract(text);
    check_analysis(&a);
    check_shift(text);
}

/// Every span of `a` is in bounds and on char boundaries, split parts lie
/// inside their content, indices point at existing quotes and entities, and
/// the output record's text and char offsets agree with the text.
pub fn check_analysis(a: &Analysis<'_>) {
    let text = a.text;
    for (what, s) in spans(a) {
        assert!(
            s.is_valid_for(text),
            "{what}: {s:?} out of bounds or off a char boundary (len {})",
            text.len()
        );
    }
    for (i, q) in a.quotes.iter().enumerate() {
        assert!(
            (0.0..=1.0).contains(&q.confidence),
            "quote {i}: confidence {}",
            q.confidence
        );
        for p in &q.parts {
            assert!(
                q.content.contains(*p),
                "quote {i}: part {p:?} outside content"
            );
        }
        if let Some(e) = q.speaker.as_ref().and_then(|s| s.entity) {
            assert!(
                e < a.entities.len(),
                "quote {i}: speaker entity {e} missing"
            );
        }
    }
    for (i, e) in a.entities.iter().enumerate() {
        for &q in &e.quotes {
            assert!(q < a.quotes.len(), "entity {i}: quote {q} missing");
        }
    }
    let record = DocumentRecord::new("doc", a);
    for (what, r) in span_records(&record) {
        let [s, e] = r.byte;
        assert_eq!(
            Some(r.text),
            text.get(s..e),
            "{what}: text is not the slice"
        );
        let cs = text[..s].chars().count();
        let ce = cs + text[s..e].chars().count();
        assert_eq!(r.char, [cs, ce], "{what}: char offsets disagree");
    }
    let line = serde_json::to_string(&record).expect("a record serialises");
    assert!(!line.contains('\n'), "a JSON line holds a raw newline");
    let back: serde_json::Value = serde_json::from_str(&line).expect("the record is JSON");
    assert_eq!(
        back["quotes"].as_array().map(Vec::len),
        Some(a.quotes.len()),
        "quote count lost in JSON"
    );
}

/// `extract(PREFIX + PREFIX + text)` is `extract(PREFIX + text)` shifted by
/// `PREFIX.len()` (the first paragraph is kept a neutral title because the
/// headline frames read paragraph 0 as the article's title).
pub fn check_shift(text: &str) {
    let one = format!("{PREFIX}{text}");
    let two = format!("{PREFIX}{PREFIX}{text}");
    let base = extract(&one);
    let shifted = extract(&two);
    let by = PREFIX.len();
    let mut expected = base.clone();
    for q in &mut expected.quotes {
        q.content = q.content.shift(by);
        for p in &mut q.parts {
            *p = p.shift(by);
        }
        q.cue = q.cue.map(|c| c.shift(by));
        if let Some(s) = &mut q.speaker {
            s.mention = s.mention.shift(by);
        }
    }
    for e in &mut expected.entities {
        for m in &mut e.mentions {
            *m = m.shift(by);
        }
    }
    for d in &mut expected.diagnostics {
        d.span = d.span.shift(by);
    }
    assert_eq!(
        expected.quotes, shifted.quotes,
        "quotes differ after a prepended paragraph"
    );
    assert_eq!(
        expected.entities, shifted.entities,
        "entities differ after a prepended paragraph"
    );
    assert_eq!(
        expected.diagnostics, shifted.diagnostics,
        "diagnostics differ after a prepended paragraph"
    );
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

fn spans(a: &Analysis<'_>) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (i, q) in a.quotes.iter().enumerate() {
        out.push((format!("quote {i} content"), q.content));
        out.extend(q.parts.iter().map(|&p| (format!("quote {i} part"), p)));
        out.extend(q.cue.map(|c| (format!("quote {i} cue"), c)));
        out.extend(
            q.speaker
                .as_ref()
                .map(|s| (format!("quote {i} speaker"), s.mention)),
        );
    }
    for (i, e) in a.entities.iter().enumerate() {
        out.extend(
            e.mentions
                .iter()
                .map(|&m| (format!("entity {i} mention"), m)),
        );
    }
    for d in &a.diagnostics {
        out.push((format!("diagnostic {}", d.kind.as_str()), d.span));
    }
    out
}

fn span_records<'r, 't>(r: &'r DocumentRecord<'_, 't>) -> Vec<(String, &'r SpanRecord<'t>)> {
    let mut out = Vec::new();
    for q in &r.quotes {
        out.push((format!("quote {} content", q.id), &q.content.span));
        out.extend(
            q.content
                .parts
                .iter()
                .map(|p| (format!("quote {} part", q.id), p)),
        );
        out.extend(q.cue.iter().map(|c| (format!("quote {} cue", q.id), c)));
        out.extend(
            q.speaker
                .iter()
                .map(|s| (format!("quote {} speaker", q.id), &s.mention)),
        );
    }
    for e in &r.entities {
        out.extend(
            e.mentions
                .iter()
                .map(|m| (format!("entity {} mention", e.id), m)),
        );
    }
    for d in &r.diagnostics {
        out.push((format!("diagnostic {}", d.kind), &d.span));
    }
    out
}
