//! Quotation-mark tokens: small named nom parsers, one per mark family.
//!
//! The scanner in `quote.rs` jumps from candidate byte to candidate byte with
//! [`is_candidate`] and calls [`mark`] there; nothing nom-specific leaves this
//! module. Whether a token opens, closes or is an apostrophe is decided by the
//! pairer from its context, not here.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::combinator::value;
use nom::{IResult, Parser};

/// One quotation-mark token as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Glyph {
    /// `"`
    StraightDouble,
    /// A run of one or more `'`; the pairer splits it into `'` and `''`
    /// tokens from its context.
    Apostrophes,
    /// `` `` `` (two backticks), the opening half of the wire style `` ``…'' ``.
    DoubleBacktick,
    /// `“`
    LeftDouble,
    /// `”`
    RightDouble,
    /// `„`
    LowDouble,
    /// `‘`
    LeftSingle,
    /// `’`
    RightSingle,
    /// `‚`
    LowSingle,
    /// `«`
    LeftGuillemet,
    /// `»`
    RightGuillemet,
    /// `‹`
    LeftSingleGuillemet,
    /// `›`
    RightSingleGuillemet,
    /// `「`
    LeftCorner,
    /// `」`
    RightCorner,
    /// `『`
    LeftWhiteCorner,
    /// `』`
    RightWhiteCorner,
}

/// Every mark's text, for the candidate-byte table (and the tests).
pub(crate) const MARK_TEXTS: &[&str] = &[
    "\"", "'", "``", "“", "”", "„", "‘", "’", "‚", "«", "»", "‹", "›", "「", "」", "『", "』",
];

/// First bytes of every mark's UTF-8 encoding.
static CANDIDATE: [bool; 256] = candidate_table();

const fn candidate_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < MARK_TEXTS.len() {
        table[MARK_TEXTS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
}

/// True when a mark may start with byte `b`. Many other characters share
/// these lead bytes (`—` starts with `0xE2` too); [`mark`] tells them apart.
pub(crate) fn is_candidate(b: u8) -> bool {
    CANDIDATE[usize::from(b)]
}

/// The ASCII bytes a mark may start with; every other candidate is the
/// lead byte of a wide char (a test checks the table against this).
const ASCII_CANDIDATES: [u8; 3] = [b'"', b'\'', b'`'];

/// The index of the first byte of `bytes` a mark may start with (see
/// [`is_candidate`]). Reads eight bytes at a time while they hold no
/// [`ASCII_CANDIDATES`] byte and no byte above ASCII (most of a text),
/// then asks the table about each byte of the eight.
pub(crate) fn next_candidate(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A lane of `x` equal to `b` (never a false "no"; see `json.rs`).
    let has = |x: u64, b: u8| {
        let v = x ^ (ONES * u64::from(b));
        v.wrapping_sub(ONES) & !v & HIGH != 0
    };
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        let x = u64::from_le_bytes(b);
        if (x & HIGH != 0 || ASCII_CANDIDATES.iter().any(|&c| has(x, c)))
            && let Some(k) = chunk.iter().position(|&b| is_candidate(b))
        {
            return Some(i + k);
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| is_candidate(b))
        .map(|k| i + k)
}

/// The mark at the start of `rest`, with its length in bytes.
pub(crate) fn mark(rest: &str) -> Option<(Glyph, usize)> {
    let (after, glyph) = any_mark.parse(rest).ok()?;
    Some((glyph, rest.len() - after.len()))
}

/// Any quotation mark.
fn any_mark(i: &str) -> IResult<&str, Glyph> {
    alt((
        ascii_double,
        apostrophe_run,
        backtick_pair,
        curly_double,
        curly_single,
        guillemet,
        corner,
    ))
    .parse(i)
}

/// `"`
fn ascii_double(i: &str) -> IResult<&str, Glyph> {
    value(Glyph::StraightDouble, tag("\"")).parse(i)
}

/// `'`, `''`, `'''` …: one token, split later by context.
fn apostrophe_run(i: &str) -> IResult<&str, Glyph> {
    value(Glyph::Apostrophes, take_while1(|c| c == '\'')).parse(i)
}

/// ` `` ` (a lone backtick is not a quotation mark).
fn backtick_pair(i: &str) -> IResult<&str, Glyph> {
    value(Glyph::DoubleBacktick, tag("``")).parse(i)
}

/// `“ ” „`
fn curly_double(i: &str) -> IResult<&str, Glyph> {
    alt((
        value(Glyph::LeftDouble, tag("“")),
        value(Glyph::RightDouble, tag("”")),
        value(Glyph::LowDouble, tag("„")),
    ))
    .parse(i)
}

/// `‘ ’ ‚`
fn curly_single(i: &str) -> IResult<&str, Glyph> {
    alt((
        value(Glyph::LeftSingle, tag("‘")),
        value(Glyph::RightSingle, tag("’")),
        value(Glyph::LowSingle, tag("‚")),
    ))
    .parse(i)
}

/// `« » ‹ ›`
fn guillemet(i: &str) -> IResult<&str, Glyph> {
    alt((
        value(Glyph::LeftGuillemet, tag("«")),
        value(Glyph::RightGuillemet, tag("»")),
        value(Glyph::LeftSingleGuillemet, tag("‹")),
        value(Glyph::RightSingleGuillemet, tag("›")),
    ))
    .parse(i)
}

/// `「 」 『 』`
fn corner(i: &str) -> IResult<&str, Glyph> {
    alt((
        value(Glyph::LeftCorner, tag("「")),
        value(Glyph::RightCorner, tag("」")),
        value(Glyph::LeftWhiteCorner, tag("『")),
        value(Glyph::RightWhiteCorner, tag("』")),
    ))
    .parse(i)
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_candidate_finds_what_the_table_finds() {
        for b in 0u8..0x80 {
            assert_eq!(is_candidate(b), ASCII_CANDIDATES.contains(&b), "{b:#x}");
        }
        let texts = [
            "",
            "plain words only, no marks at all in this one",
            "x\"",
            "abcdefgh'",
            "abcdefghi`` ok",
            "café and naïve text then “quoted”",
            "— a dash, « guillemets » and 「corners」",
            "1234567\"",
        ];
        for t in texts {
            let bytes = t.as_bytes();
            for from in 0..=bytes.len() {
                let want = bytes[from..].iter().position(|&b| is_candidate(b));
                assert_eq!(next_candidate(&bytes[from..]), want, "{t:?} from {from}");
            }
        }
    }

    use super::*;

    #[test]
    fn every_mark_is_recognised_with_its_length() {
        let table: &[(&str, Glyph, usize)] = &[
            ("\"x", Glyph::StraightDouble, 1),
            ("'x", Glyph::Apostrophes, 1),
            ("''x", Glyph::Apostrophes, 2),
            ("'''", Glyph::Apostrophes, 3),
            ("``x", Glyph::DoubleBacktick, 2),
            ("“x", Glyph::LeftDouble, 3),
            ("”", Glyph::RightDouble, 3),
            ("„x", Glyph::LowDouble, 3),
            ("‘x", Glyph::LeftSingle, 3),
            ("’s", Glyph::RightSingle, 3),
            ("‚x", Glyph::LowSingle, 3),
            ("«\u{a0}x", Glyph::LeftGuillemet, 2),
            ("»", Glyph::RightGuillemet, 2),
            ("‹x", Glyph::LeftSingleGuillemet, 3),
            ("›", Glyph::RightSingleGuillemet, 3),
            ("「x", Glyph::LeftCorner, 3),
            ("」", Glyph::RightCorner, 3),
            ("『x", Glyph::LeftWhiteCorner, 3),
            ("』", Glyph::RightWhiteCorner, 3),
        ];
        for &(input, glyph, len) in table {
            assert_eq!(mark(input), Some((glyph, len)), "input {input:?}");
            assert!(is_candidate(input.as_bytes()[0]), "input {input:?}");
        }
    }

    #[test]
    fn look_alikes_are_not_marks() {
        for input in [
            "`x", "—", "–", "…", "\u{a0}", "・", "x\"", "", "′", "″", "<<",
        ] {
            assert_eq!(mark(input), None, "input {input:?}");
        }
    }

    #[test]
    fn candidate_table_covers_every_mark_and_skips_letters() {
        for m in MARK_TEXTS {
            assert!(is_candidate(m.as_bytes()[0]), "{m:?}");
            assert!(mark(m).is_some(), "{m:?}");
        }
        for b in b'a'..=b'z' {
            assert!(!is_candidate(b));
        }
        assert!(!is_candidate(b'\n'));
    }
}
