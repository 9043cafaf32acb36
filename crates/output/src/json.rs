//! A direct writer for the compact JSON of a [`DocumentRecord`]: the same
//! bytes as `serde_json::to_writer`, without serde's per-field machinery
//! (records run to two to four times the size of their text, and serde
//! took a fifth of the CPU of `saywho extract`).
//!
//! Field names and order follow the `Serialize` impls in `lib.rs`; a test
//! (`tests/json.rs`) compares the two on the corpus and on generated text.
//! Strings are escaped as serde_json escapes them (`\"`, `\\`, `\b`, `\t`,
//! `\n`, `\f`, `\r`, other controls as `\u00xx`; everything else, `/` and
//! non-ASCII included, as it is); floats and pass-through metadata are
//! written by serde_json itself.

use crate::{
    ContentRecord, DiagnosticRecord, DocumentRecord, EntityRecord, QuoteRecord, SpanRecord,
    SpeakerRecord,
};

/// True when one of the eight bytes of `x` must be escaped: a control
/// byte (< 0x20), a double quote or a backslash. Bit tricks from "Bit Twiddling Hacks"
/// (haszero / hasless); never a false negative, and the caller checks the
/// bytes one by one once it says yes.
fn needs_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    below_space | zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\'))) != 0
}

/// Append `"s"`, escaped.
fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight plain bytes at a time (the usual case: nothing to escape).
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            if !needs_escape(u64::from_le_bytes(b)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.extend_from_slice(&bytes[run..i - 1]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0a => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            0x0d => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
            }
        }
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Append `n` in decimal.
fn uint(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Write `n` in decimal into `buf` at `at`; returns the end. Numbers are
/// written into one stack buffer and appended with one copy: each
/// `extend_from_slice` of a few bytes is a call of its own.
fn put_uint(buf: &mut [u8], at: usize, n: usize) -> usize {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n).as_bytes();
    let end = at + digits.len();
    buf[at..end].copy_from_slice(digits);
    end
}

/// Write `bytes` into `buf` at `at`; returns the end.
fn put(buf: &mut [u8], at: usize, bytes: &[u8]) -> usize {
    buf[at..at + bytes.len()].copy_from_slice(bytes);
    at + bytes.len()
}

/// Append `"name":` (names are plain ASCII: no escaping needed).
fn key(out: &mut Vec<u8>, name: &str) {
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

/// Append `[item, item, …]`.
fn list<T>(out: &mut Vec<u8>, items: &[T], mut each: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        each(out, item);
    }
    out.push(b']');
}

/// The fields of a span, without braces (a content record adds `parts`):
/// `"byte":[a,b],"char":[c,d],"text":` in one copy, then the text.
fn span_fields(out: &mut Vec<u8>, s: &SpanRecord<'_>) {
    // The longest: four 20-digit numbers and 27 bytes of keys and marks.
    let mut buf = [0u8; 112];
    let mut at = put(&mut buf, 0, b"\"byte\":[");
    at = put_uint(&mut buf, at, s.byte[0]);
    at = put(&mut buf, at, b",");
    at = put_uint(&mut buf, at, s.byte[1]);
    at = put(&mut buf, at, b"],\"char\":[");
    at = put_uint(&mut buf, at, s.char[0]);
    at = put(&mut buf, at, b",");
    at = put_uint(&mut buf, at, s.char[1]);
    at = put(&mut buf, at, b"],\"text\":");
    out.extend_from_slice(&buf[..at]);
    string(out, s.text);
}

fn span(out: &mut Vec<u8>, s: &SpanRecord<'_>) {
    out.push(b'{');
    span_fields(out, s);
    out.push(b'}');
}

fn content(out: &mut Vec<u8>, c: &ContentRecord<'_>) {
    out.push(b'{');
    span_fields(out, &c.span);
    out.extend_from_slice(b",\"parts\":");
    list(out, &c.parts, span);
    out.push(b'}');
}

fn speaker(out: &mut Vec<u8>, s: &SpeakerRecord<'_, '_>) {
    out.push(b'{');
    key(out, "name");
    string(out, s.name);
    out.extend_from_slice(b",\"role\":");
    match s.role {
        Some(r) => string(out, r),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"entity\":");
    match s.entity {
        Some(e) => uint(out, e),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"resolution\":");
    string(out, s.resolution);
    out.extend_from_slice(b",\"mention\":");
    span(out, &s.mention);
    out.push(b'}');
}

fn quote(out: &mut Vec<u8>, q: &QuoteRecord<'_, '_>) {
    out.push(b'{');
    key(out, "id");
    uint(out, q.id);
    out.extend_from_slice(b",\"kind\":");
    string(out, q.kind);
    out.extend_from_slice(b",\"rule\":");
    string(out, q.rule);
    out.extend_from_slice(b",\"confidence\":");
    // serde_json's own float formatting (writing to a Vec cannot fail).
    let _ = serde_json::to_writer(&mut *out, &q.confidence);
    out.extend_from_slice(b",\"content\":");
    content(out, &q.content);
    out.extend_from_slice(b",\"cue\":");
    match &q.cue {
        Some(c) => span(out, c),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"speaker\":");
    match &q.speaker {
        Some(s) => speaker(out, s),
        None => out.extend_from_slice(b"null"),
    }
    out.push(b'}');
}

fn entity(out: &mut Vec<u8>, e: &EntityRecord<'_, '_>) {
    out.push(b'{');
    key(out, "id");
    uint(out, e.id);
    out.extend_from_slice(b",\"name\":");
    string(out, e.name);
    out.extend_from_slice(b",\"kind\":");
    string(out, e.kind);
    out.extend_from_slice(b",\"roles\":");
    list(out, e.roles, |out, r| string(out, r));
    out.extend_from_slice(b",\"organizations\":");
    list(out, e.organizations, |out, o| string(out, o));
    out.extend_from_slice(b",\"mentions\":");
    list(out, &e.mentions, span);
    out.extend_from_slice(b",\"quotes\":");
    list(out, e.quotes, |out, &q| uint(out, q));
    out.push(b'}');
}

fn diagnostic(out: &mut Vec<u8>, d: &DiagnosticRecord<'_, '_>) {
    out.push(b'{');
    key(out, "kind");
    string(out, d.kind);
    out.extend_from_slice(b",\"span\":");
    span(out, &d.span);
    out.extend_from_slice(b",\"message\":");
    string(out, d.message);
    out.push(b'}');
}

impl DocumentRecord<'_, '_> {
    /// Append the record's compact JSON to `out`, byte for byte what
    /// `serde_json::to_writer` writes for it, several times faster.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.push(b'{');
        key(out, "schema");
        uint(out, self.schema as usize);
        out.extend_from_slice(b",\"id\":");
        string(out, self.id);
        if let Some(meta) = self.meta {
            out.extend_from_slice(b",\"meta\":");
            let _ = serde_json::to_writer(&mut *out, meta);
        }
        out.extend_from_slice(b",\"quotes\":");
        list(out, &self.quotes, quote);
        out.extend_from_slice(b",\"entities\":");
        list(out, &self.entities, entity);
        out.extend_from_slice(b",\"diagnostics\":");
        list(out, &self.diagnostics, diagnostic);
        out.push(b'}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_uint_writes_what_to_string_writes() {
        let mut n = 1usize;
        let mut values = vec![0, usize::MAX, usize::MAX / 10, 4_294_967_296];
        // Every number of up to four digits: each pair of the table.
        values.extend(0..10_000);
        while let Some(m) = n.checked_mul(10) {
            values.extend([n - 1, n, n + 1]);
            n = m;
        }
        for v in values {
            let mut buf = [0u8; 24];
            let end = put_uint(&mut buf, 2, v);
            assert_eq!(&buf[2..end], v.to_string().as_bytes(), "{v}");
        }
    }

    #[test]
    fn span_fields_are_the_serde_fields() {
        let s = SpanRecord {
            byte: [0, 18_446_744_073_709_551_615],
            char: [7, 1234],
            text: "a \"b\"",
        };
        let mut out = Vec::new();
        span(&mut out, &s);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string(&s).unwrap()
        );
    }
}
