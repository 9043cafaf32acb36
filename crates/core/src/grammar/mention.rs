//! nom parsers for the small fixed shapes inside speaker mentions:
//! party tags `(D-Ore.)`, `(I-Vt.)`, `(R)`, name particles and suffixes.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, recognize};
use nom::sequence::preceded;
use nom::{IResult, Parser};

/// `(D-Ore.)`, `(R-Texas)`, `(I-Vt.)`, `(D)`: the party tag after a
/// legislator's name. Returns the rest and the tag.
pub(crate) fn party_tag(i: &str) -> IResult<&str, &str> {
    recognize((
        char('('),
        one_of("DRIL"),
        opt(preceded(
            one_of("-–,"),
            take_while1(|c: char| c.is_alphabetic() || c == '.' || c == ' ' || c == '-'),
        )),
        char(')'),
    ))
    .parse(i)
}

/// Longest word [`particle`] or [`suffix`] accepts whole, in bytes: every
/// alternative below is a fixed tag of at most three bytes (`van`, `Jr.`,
/// `III`), so longer words need not be parsed.
pub(crate) const MAX_PARTICLE_OR_SUFFIX: usize = 3;

/// Name particles that stay lowercase inside a name: `de`, `van`, `bin` …
pub(crate) fn particle(i: &str) -> IResult<&str, &str> {
    alt((
        tag("de"),
        tag("van"),
        tag("von"),
        tag("bin"),
        tag("ibn"),
        tag("al"),
        tag("da"),
        tag("di"),
        tag("du"),
        tag("del"),
        tag("der"),
        tag("den"),
        tag("la"),
        tag("le"),
        tag("ter"),
    ))
    .parse(i)
}

/// Name suffixes: `Jr.`, `Sr.`, `II`, `III`, `IV`.
pub(crate) fn suffix(i: &str) -> IResult<&str, &str> {
    alt((
        recognize((tag_no_case("jr"), opt(char('.')))),
        recognize((tag_no_case("sr"), opt(char('.')))),
        tag("III"),
        tag("II"),
        tag("IV"),
    ))
    .parse(i)
}

/// Name suffixes in lowercase (for comparing lowercased name words).
pub(crate) fn suffix_lower(i: &str) -> IResult<&str, &str> {
    alt((
        recognize((tag("jr"), opt(char('.')))),
        recognize((tag("sr"), opt(char('.')))),
        tag("iii"),
        tag("ii"),
        tag("iv"),
    ))
    .parse(i)
}

/// True when the whole of `word` is accepted by `parser`.
pub(crate) fn whole(word: &str, parser: fn(&str) -> IResult<&str, &str>) -> bool {
    matches!(parser(word), Ok(("", _)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_tags() {
        for t in ["(D-Ore.)", "(I-Vt.)", "(R)", "(R-Texas)", "(D-N.Y.)"] {
            assert_eq!(party_tag(t), Ok(("", t)), "{t}");
        }
        assert!(party_tag("(Democrat)").is_err());
    }

    #[test]
    fn particles_and_suffixes() {
        assert!(whole("van", particle));
        assert!(!whole("vane", particle));
        assert!(whole("Jr.", suffix));
        assert!(whole("III", suffix));
        assert!(!whole("Ivy", suffix));
    }

    #[test]
    fn no_particle_or_suffix_is_longer_than_the_bound() {
        // Every tag the two parsers know, with and without a period and in
        // both cases: those accepted are never longer than the bound.
        let tags = [
            "de", "van", "von", "bin", "ibn", "al", "da", "di", "du", "del", "der", "den", "la",
            "le", "ter", "jr", "sr", "iii", "ii", "iv",
        ];
        for t in tags {
            for w in [
                t.to_string(),
                t.to_uppercase(),
                format!("{t}."),
                format!("{}.", t.to_uppercase()),
            ] {
                if whole(&w, particle) || whole(&w, suffix) {
                    assert!(w.len() <= MAX_PARTICLE_OR_SUFFIX, "{w}");
                }
            }
        }
    }
}
