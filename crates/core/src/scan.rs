//! Substring searches with a searcher built once per needle: `str::find`
//! and `str::contains` build a two-way searcher on every call, which cost
//! more than the search itself on the short spans the frames read (3% of
//! all instructions on the bench corpus).

use memchr::memmem::Finder;
use std::sync::LazyLock;

/// A lazily built forward searcher for one fixed needle.
pub(crate) type StaticFinder = LazyLock<Finder<'static>>;

/// The searchers of `needles`, in order.
pub(crate) fn finders(needles: &'static [&'static str]) -> Vec<Finder<'static>> {
    needles.iter().map(|n| Finder::new(n.as_bytes())).collect()
}

/// `hay.find(needle)` for a literal needle, with its searcher built once.
macro_rules! find_str {
    ($hay:expr, $needle:literal) => {{
        static FINDER: $crate::scan::StaticFinder =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle.as_bytes()));
        FINDER.find(($hay).as_bytes())
    }};
}
pub(crate) use find_str;

/// "Does any of these words occur?" for a fixed list: a packed (SIMD)
/// searcher where the machine has one (about a third of the instructions
/// of an automaton pass on sentence-sized text), else an automaton. Both
/// answer yes exactly when one of the patterns occurs.
pub(crate) enum AnyOf {
    Packed(aho_corasick::packed::Searcher),
    Automaton(aho_corasick::AhoCorasick),
}

impl AnyOf {
    /// The searcher of `patterns` (none empty).
    pub(crate) fn new<I, P>(patterns: I) -> AnyOf
    where
        I: IntoIterator<Item = P> + Clone,
        P: AsRef<[u8]>,
    {
        match aho_corasick::packed::Config::new()
            .builder()
            .extend(patterns.clone())
            .build()
        {
            Some(packed) => AnyOf::Packed(packed),
            None => AnyOf::Automaton(
                aho_corasick::AhoCorasick::new(patterns).expect("a short fixed word list"),
            ),
        }
    }

    /// Whether one of the patterns occurs in `hay`.
    pub(crate) fn is_match(&self, hay: &str) -> bool {
        match self {
            AnyOf::Packed(s) => s.find(hay).is_some(),
            AnyOf::Automaton(a) => a.is_match(hay),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_str_agrees_with_str_find() {
        for hay in ["", "a, b", ", ", "no comma", "x,  y, z", "— a, “b”, c"] {
            assert_eq!(find_str!(hay, ", "), hay.find(", "), "{hay:?}");
        }
        let fs = finders(&[" and ", " but "]);
        let hay = "this and that but not and";
        let ours: Vec<usize> = fs[0].find_iter(hay.as_bytes()).collect();
        let std: Vec<usize> = hay.match_indices(" and ").map(|(i, _)| i).collect();
        assert_eq!(ours, std);
    }

    proptest::proptest! {
        /// The packed searcher and the automaton agree with `str::contains`,
        /// also on haystacks shorter than the packed searcher's minimum.
        #[test]
        fn any_of_answers_as_contains(hay in "([a-z ,.]|attack|claims|é|“){0,30}") {
            let words = ["attack", "attacks", "claim", "warnings", "é “"];
            let expected = words.iter().any(|w| hay.contains(w));
            let packed = AnyOf::new(words);
            let automaton = AnyOf::Automaton(aho_corasick::AhoCorasick::new(words).unwrap());
            proptest::prop_assert_eq!(packed.is_match(&hay), expected);
            proptest::prop_assert_eq!(automaton.is_match(&hay), expected);
        }
    }

    #[test]
    fn any_of_on_nothing() {
        let any = AnyOf::new(["claim"]);
        assert!(!any.is_match(""));
        assert!(any.is_match("claim"));
        assert!(!any.is_match("clai"));
    }
}
