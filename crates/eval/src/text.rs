//! Text helpers shared by the reader and the scorer: code-point offsets,
//! span trimming, quotation-mark detection and word tokens.

use saywho_core::Span;

/// Maps Unicode code-point offsets (brat's unit) to byte offsets of one text.
#[derive(Clone, Debug)]
pub(crate) struct ByteIndex {
    /// Byte offset of every char, plus the text length at the end; empty for
    /// ASCII text, where both units agree.
    bytes: Vec<usize>,
    len: usize,
    chars: usize,
}

impl ByteIndex {
    pub(crate) fn new(text: &str) -> ByteIndex {
        if text.is_ascii() {
            return ByteIndex {
                bytes: Vec::new(),
                len: text.len(),
                chars: text.len(),
            };
        }
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let chars = bytes.len();
        bytes.push(text.len());
        ByteIndex {
            bytes,
            len: text.len(),
            chars,
        }
    }

    /// Number of chars in the text.
    pub(crate) fn chars(&self) -> usize {
        self.chars
    }

    /// The byte offset of char offset `c`, or `None` past the end.
    pub(crate) fn byte_of(&self, c: usize) -> Option<usize> {
        if self.bytes.is_empty() {
            (c <= self.len).then_some(c)
        } else {
            self.bytes.get(c).copied()
        }
    }
}

/// True for chars trimmed from both ends of a span before exact comparison:
/// whitespace, punctuation and quotation marks.
fn is_trimmed(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '“' | '”'
                | '‘'
                | '’'
                | '„'
                | '‟'
                | '‚'
                | '‛'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '—'
                | '–'
                | '‒'
                | '―'
                | '…'
                | '·'
                | '•'
        )
}

/// `span` without whitespace, punctuation and quotation marks at either end.
/// A span made only of such chars (a `:` cue) is returned unchanged.
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start_matches(is_trimmed).len();
    let rest = &s[lead..];
    let kept = rest.trim_end_matches(is_trimmed).len();
    if kept == 0 {
        return span;
    }
    Span::new(span.start() + lead, span.start() + lead + kept)
}

/// Trimmed, sorted, non-empty fragments, with fragments merged when only
/// whitespace, punctuation and quotation marks lie between them (`“A.”` and
/// `“B.”` across a paragraph break equal `“A.” “B.”` in one span).
pub(crate) fn normalise(text: &str, fragments: &[Span]) -> Vec<Span> {
    let mut frags: Vec<Span> = fragments
        .iter()
        .filter(|f| !f.is_empty())
        .map(|&f| trim(text, f))
        .collect();
    frags.sort();
    let mut out: Vec<Span> = Vec::with_capacity(frags.len());
    for f in frags {
        match out.last_mut() {
            Some(last)
                if f.start() <= last.end()
                    || Span::new(last.end(), f.start())
                        .text(text)
                        .chars()
                        .all(is_trimmed) =>
            {
                *last = last.cover(f);
            }
            _ => out.push(f),
        }
    }
    out
}

/// True when `s` contains quotation marks: straight or curly double quotes,
/// low-9 marks, guillemets, or a `''` / ` `` ` pair standing for one.
/// Single curly quotes alone do not count: they double as apostrophes.
pub fn has_quotation_marks(s: &str) -> bool {
    s.contains(['"', '“', '”', '„', '‟', '«', '»']) || s.contains("''") || s.contains("``")
}

/// The word tokens of a text: maximal runs of alphanumeric chars, in order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tokens {
    spans: Vec<Span>,
}

impl Tokens {
    pub(crate) fn new(text: &str) -> Tokens {
        let mut spans = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push(Span::new(s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            spans.push(Span::new(s, text.len()));
        }
        Tokens { spans }
    }

    /// Indices of the tokens that overlap any fragment, sorted and unique.
    pub(crate) fn ids(&self, fragments: &[Span]) -> Vec<u32> {
        let mut ids = Vec::new();
        for f in fragments {
            let first = self.spans.partition_point(|t| t.end() <= f.start());
            for (k, t) in self.spans[first..].iter().enumerate() {
                if t.start() >= f.end() {
                    break;
                }
                ids.push(u32::try_from(first + k).unwrap_or(u32::MAX));
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// Dice coefficient of two sorted, unique id lists: 2|A∩B| / (|A|+|B|).
pub(crate) fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (2 * common) as f64 / (a.len() + b.len()) as f64
}

/// Up to `n` chars of `text` before byte `at` and after byte `end`.
pub(crate) fn context(text: &str, at: usize, end: usize, n: usize) -> (String, String) {
    let before = text.get(..at).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    // Walk back from `at` only: counting the whole prefix would make error
    // records quadratic in the document length.
    let start = match n.checked_sub(1) {
        None => before.len(),
        Some(k) => before.char_indices().rev().nth(k).map_or(0, |(i, _)| i),
    };
    (before[start..].to_string(), after.chars().take(n).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(text: &str, needle: &str) -> Span {
        let s = text.find(needle).unwrap();
        Span::new(s, s + needle.len())
    }

    #[test]
    fn trims_marks_punctuation_and_space() {
        let t = "He said: “We will win.” Then left.";
        let q = sp(t, " “We will win.” ");
        assert_eq!(trim(t, q).text(t), "We will win");
        let colon = sp(t, ":");
        assert_eq!(trim(t, colon).text(t), ":", "all-punctuation spans stay");
    }

    #[test]
    fn fragments_merge_across_marks_only() {
        let t = "“One.”\n\n“Two,” she said. “Three.”";
        let merged = normalise(t, &[sp(t, "“One.”"), sp(t, "“Two,”")]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].text(t), "One.”\n\n“Two");
        assert_eq!(merged, normalise(t, &[sp(t, "“One.”\n\n“Two,”")]));
        let apart = normalise(t, &[sp(t, "“Two,”"), sp(t, "“Three.”")]);
        assert_eq!(apart.len(), 2, "words between: not merged");
    }

    #[test]
    fn byte_index_maps_code_points() {
        let t = "a“b”c";
        let idx = ByteIndex::new(t);
        assert_eq!(idx.chars(), 5);
        assert_eq!(idx.byte_of(2), Some(4));
        assert_eq!(idx.byte_of(5), Some(t.len()));
        assert_eq!(idx.byte_of(6), None);
        assert_eq!(ByteIndex::new("abc").byte_of(3), Some(3));
        assert_eq!(ByteIndex::new("abc").byte_of(4), None);
    }

    #[test]
    fn quotation_marks() {
        for (s, want) in [
            ("“yes”", true),
            ("\"yes\"", true),
            ("''yes''", true),
            ("«oui»", true),
            ("it’s fine", false),
            ("the ‘plan’", false),
            ("that it rained", false),
        ] {
            assert_eq!(has_quotation_marks(s), want, "{s}");
        }
    }

    #[test]
    fn token_ids_and_dice() {
        let t = "We will win, she said, we will.";
        let toks = Tokens::new(t);
        let a = toks.ids(&[sp(t, "We will win")]);
        let b = toks.ids(&[sp(t, "will win, she")]);
        assert_eq!(a, vec![0, 1, 2]);
        assert_eq!(b, vec![1, 2, 3]);
        assert!((dice(&a, &b) - 2.0 * 2.0 / 6.0).abs() < 1e-9);
        // A fragment cutting a word still takes the whole word.
        assert_eq!(toks.ids(&[Span::new(1, 2)]), vec![0]);
        assert_eq!(dice(&[], &[]), 0.0);
    }

    #[test]
    fn context_counts_chars() {
        let t = "ééé[x]üüü";
        let x = sp(t, "x");
        let (b, a) = context(t, x.start(), x.end(), 2);
        assert_eq!((b.as_str(), a.as_str()), ("é[", "]ü"));
    }
}
