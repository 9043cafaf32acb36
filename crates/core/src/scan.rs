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
}
