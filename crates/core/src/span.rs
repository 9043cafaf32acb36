//! Byte spans into the original text.
//!
//! **Architecture invariant**: every span the engine produces is a half-open
//! byte range `start..end` into the text the user gave, with `start <= end`
//! and both ends on `char` boundaries. Char offsets are derived only at output
//! time (see [`crate::CharIndex`]).

use std::ops::Range;

/// A half-open byte range `start..end` into a document's original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end`; the ends are swapped if given in reverse.
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// An empty span at `at`.
    pub fn empty(at: usize) -> Span {
        Span { start: at, end: at }
    }

    /// First byte of the span.
    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last byte of the span.
    pub fn end(self) -> usize {
        self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The text under the span, or `""` when the span does not fit `text`
    /// (never panics).
    pub fn text(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// True when `self` and `other` share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span shifted right by `by` bytes.
    pub fn shift(self, by: usize) -> Span {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }

    /// True when the span fits `text` and both ends are char boundaries.
    pub fn is_valid_for(self, text: &str) -> bool {
        self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
