//! Paragraphs: the only segmentation the engine relies on.
//!
//! A paragraph is a maximal run of text between line breaks (`\n`, `\r\n` or a
//! lone `\r`), trimmed of surrounding whitespace (including no-break spaces)
//! and byte-order marks. Blank lines give no paragraph. There is deliberately
//! no sentence splitter: abbreviations such as "Mr." and "U.S." break them.
//!
//! **Architecture invariant**: paragraphs are non-empty, in text order,
//! disjoint, and their spans lie on char boundaries of the original text.
//! Finding them is one left-to-right pass.

use memchr::memchr2;

use crate::Span;

/// Paragraphs: maximal runs of text between newlines (`\n`, `\r\n` or lone
/// `\r`), trimmed of surrounding whitespace (incl. NBSP, BOM), empty ones
/// dropped.
///
/// ```
/// let text = "\u{feff}First line.\r\n\r\n  Second\u{a0}one. \rThird";
/// let paras = saywho_core::segment::paragraphs(text);
/// let got: Vec<&str> = paras.iter().map(|p| p.text(text)).collect();
/// assert_eq!(got, ["First line.", "Second\u{a0}one.", "Third"]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    // News paragraphs run to a few hundred bytes.
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    let mut start = 0;
    while start <= bytes.len() {
        // `\n` and `\r` are ASCII, so `end` is always a char boundary.
        let end = memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        if let Some(span) = trimmed(text, start, end) {
            out.push(span);
        }
        // `\r\n` counts as one break; the empty run between them would be
        // dropped anyway, so stepping one byte at a time is enough.
        start = end + 1;
    }
    out
}

/// True for the characters trimmed from paragraph ends: Unicode white space
/// (which includes NBSP and the thin spaces), the byte-order mark, and the
/// invisible format characters pasted text carries (zero-width spaces and
/// joiners, bidirectional controls such as U+202A).
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
        )
}

/// The span of `text[start..end]` without its blank ends, or `None` when
/// nothing is left.
fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let line = text.get(start..end)?;
    let body = line.trim_start_matches(is_blank);
    if body.is_empty() {
        return None;
    }
    let lead = line.len() - body.len();
    let body = body.trim_end_matches(is_blank);
    Some(Span::new(start + lead, start + lead + body.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text).iter().map(|p| p.text(text)).collect()
    }

    #[test]
    fn line_break_styles() {
        let table: &[(&str, &[&str])] = &[
            ("", &[]),
            ("one", &["one"]),
            ("one\ntwo", &["one", "two"]),
            ("one\r\ntwo\r\n", &["one", "two"]),
            ("one\rtwo\r", &["one", "two"]),
            ("one\n\n\ntwo", &["one", "two"]),
            ("one\r\n\r\ntwo", &["one", "two"]),
            ("\n\r\n\r", &[]),
            ("a\n\rb", &["a", "b"]),
        ];
        for (input, want) in table {
            assert_eq!(texts(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn trims_white_space_nbsp_and_bom() {
        let table: &[(&str, &[&str])] = &[
            ("  one  ", &["one"]),
            ("\u{feff}one", &["one"]),
            ("\u{a0}\u{2009}one\u{202f}\t", &["one"]),
            ("one \u{a0}two", &["one \u{a0}two"]),
            (" \u{a0} \n\t\n one", &["one"]),
            ("\u{feff}\u{feff}", &[]),
            ("\u{202a}\u{200b}one\u{200e}", &["one"]),
        ];
        for (input, want) in table {
            assert_eq!(texts(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "\u{feff}  Ünïcode “quotes”  \r\n\r\n\u{a0}x";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 2);
        for p in &paras {
            assert!(p.is_valid_for(text));
            assert!(!p.is_empty());
        }
        assert_eq!(paras[0].start(), "\u{feff}  ".len());
        assert_eq!(paras[1].text(text), "x");
        assert!(paras[0].end() < paras[1].start());
    }
}
