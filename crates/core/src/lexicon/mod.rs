//! Word lists compiled into the binary with `include_str!`.
//!
//! Each `.txt` file has a `#` header saying where its entries come from, then
//! one lowercase entry per line, sorted and deduplicated (checked by a test).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A small multiplicative hasher for the fixed lexicon tables (the keys are
/// ours, so flooding is no concern; SipHash costs more than the lookup).
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Build = BuildHasherDefault<WordHasher>;
/// A set of lexicon words.
pub(crate) type WordSet = HashSet<&'static str, Build>;
/// A map from lexicon words.
pub(crate) type WordMap<V> = HashMap<&'static str, V, Build>;

const SPEECH_VERBS: &str = include_str!("speech_verbs.txt");
const COGNITION_VERBS: &str = include_str!("cognition_verbs.txt");
const HONORIFICS: &str = include_str!("honorifics.txt");
const ROLES: &str = include_str!("roles.txt");
const GROUPS: &str = include_str!("groups.txt");
const ORG_WORDS: &str = include_str!("org_words.txt");
const ABBREVIATIONS: &str = include_str!("abbreviations.txt");
const DIRECT_ONLY_VERBS: &str = include_str!("direct_only_verbs.txt");
const NOUN_VERBS: &str = include_str!("noun_verbs.txt");

/// Every lexicon file, by name, for the format test.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("speech_verbs.txt", SPEECH_VERBS),
    ("cognition_verbs.txt", COGNITION_VERBS),
    ("honorifics.txt", HONORIFICS),
    ("roles.txt", ROLES),
    ("groups.txt", GROUPS),
    ("org_words.txt", ORG_WORDS),
    ("abbreviations.txt", ABBREVIATIONS),
    ("direct_only_verbs.txt", DIRECT_ONLY_VERBS),
    ("noun_verbs.txt", NOUN_VERBS),
];

fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(file: &'static str) -> WordSet {
    entries(file).collect()
}

/// Whether a verb reports speech or cognition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbClass {
    Speech,
    Cognition,
}

/// A verb form's lemma and class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Verb {
    pub(crate) lemma: &'static str,
    pub(crate) class: VerbClass,
}

static VERBS: LazyLock<WordMap<Verb>> = LazyLock::new(|| {
    let mut map = WordMap::default();
    for (file, class) in [
        (SPEECH_VERBS, VerbClass::Speech),
        (COGNITION_VERBS, VerbClass::Cognition),
    ] {
        for line in entries(file) {
            let mut forms = line.split_whitespace();
            let Some(lemma) = forms.next() else { continue };
            map.entry(lemma).or_insert(Verb { lemma, class });
            for form in forms {
                map.entry(form).or_insert(Verb { lemma, class });
            }
        }
    }
    map
});

static HONORIFIC_SET: LazyLock<WordSet> = LazyLock::new(|| set(HONORIFICS));
static ROLE_SET: LazyLock<WordSet> = LazyLock::new(|| set(ROLES));
static GROUP_SET: LazyLock<WordSet> = LazyLock::new(|| set(GROUPS));
static ORG_SET: LazyLock<WordSet> = LazyLock::new(|| set(ORG_WORDS));
static DIRECT_ONLY_SET: LazyLock<WordSet> = LazyLock::new(|| set(DIRECT_ONLY_VERBS));

/// A lemma that introduces only direct quotations ("he continued").
pub(crate) fn direct_only(lemma: &str) -> bool {
    DIRECT_ONLY_SET.contains(lemma)
}

static NOUN_VERB_SET: LazyLock<WordSet> = LazyLock::new(|| set(NOUN_VERBS));

/// "report", "states": a verb form that is also a common noun.
pub(crate) fn is_noun_form(word: &str, lemma: &str) -> bool {
    NOUN_VERB_SET.contains(lemma)
        && (word.eq_ignore_ascii_case(lemma)
            || word
                .strip_suffix('s')
                .is_some_and(|w| w.eq_ignore_ascii_case(lemma)))
}

static ABBREVIATION_SET: LazyLock<WordSet> = LazyLock::new(|| set(ABBREVIATIONS));

/// Longest entry we ever look up; longer words skip the hash.
pub(crate) const MAX_WORD: usize = 24;

pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
    if word.len() > MAX_WORD || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

fn lookup<T>(word: &str, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    let mut buf = [0u8; MAX_WORD];
    lower(word, &mut buf).and_then(f)
}

/// The verb whose form `word` is (any case).
pub(crate) fn verb(word: &str) -> Option<Verb> {
    lookup(word, |w| VERBS.get(w).copied())
}

/// `Mr.`, `Sen.`, `Dr.` … (with or without the period).
pub(crate) fn is_honorific(word: &str) -> bool {
    lookup(word, |w| HONORIFIC_SET.contains(w).then_some(())).is_some()
}

/// `spokesman`, `secretary`, `senator` … (singular role nouns).
pub(crate) fn is_role(word: &str) -> bool {
    lookup(word, |w| {
        (ROLE_SET.contains(w) || w.strip_suffix('s').is_some_and(|s| ROLE_SET.contains(s)))
            .then_some(())
    })
    .is_some()
}

/// `officials`, `spokesmen`: a role noun in the plural.
pub(crate) fn is_plural_role(word: &str) -> bool {
    lookup(word, |w| {
        (!ROLE_SET.contains(w) && w.strip_suffix('s').is_some_and(|s| ROLE_SET.contains(s)))
            .then_some(())
    })
    .is_some()
}

/// `officials`, `groups`, `panel` … (collective heads).
pub(crate) fn is_group(word: &str) -> bool {
    lookup(word, |w| GROUP_SET.contains(w).then_some(())).is_some()
}

/// `Department`, `Corp.`, `House` … (organisation name words).
pub(crate) fn is_org_word(word: &str) -> bool {
    lookup(word, |w| ORG_SET.contains(w).then_some(())).is_some()
}

/// `Mr`, `U.S`, `Jan` …: the word before a period that does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    lookup(word, |w| ABBREVIATION_SET.contains(w).then_some(())).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_sorted_trimmed_deduplicated_with_header() {
        for (name, file) in FILES {
            assert!(file.starts_with('#'), "{name}: no provenance header");
            assert!(file.contains("Source:"), "{name}: header names no source");
            let body: Vec<&str> = file.lines().filter(|l| !l.starts_with('#')).collect();
            for line in &body {
                assert_eq!(*line, line.trim(), "{name}: untrimmed {line:?}");
                assert!(!line.is_empty(), "{name}: blank line");
                assert_eq!(*line, line.to_lowercase(), "{name}: not lowercase {line:?}");
            }
            let mut sorted = body.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(body, sorted, "{name}: not sorted and deduplicated");
        }
    }

    #[test]
    fn lookups_ignore_case() {
        assert_eq!(verb("Said").map(|v| v.lemma), Some("say"));
        assert_eq!(
            verb("believes").map(|v| v.class),
            Some(VerbClass::Cognition)
        );
        assert!(is_honorific("Sen."));
        assert!(is_role("Spokeswoman"));
        assert!(is_role("senators"));
        assert!(is_group("officials"));
        assert!(is_org_word("Corp."));
        assert!(is_abbreviation("U.S"));
        assert!(verb("table").is_none());
    }
}
