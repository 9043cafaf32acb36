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
        // Eight bytes per multiply: lexicon words are short.
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.mix(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(b) ^ (rest.len() as u64) << 59);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl WordHasher {
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A word folded to lowercase ASCII in a fixed buffer, zero-padded: the key
/// of a [`WordTable`]. Hashing and comparing it are a few word-sized
/// operations, with no allocation and no UTF-8 check.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Folded {
    words: [u64; MAX_WORD / 8],
    len: usize,
}

impl Folded {
    /// `None` for words no lexicon can hold: longer than [`MAX_WORD`] or not ASCII.
    fn new(word: &str) -> Option<Folded> {
        let bytes = word.as_bytes();
        if bytes.len() > MAX_WORD {
            return None;
        }
        // Byte by byte: no call to memcpy for a word of a few letters.
        let mut words = [0u64; MAX_WORD / 8];
        for (i, &b) in bytes.iter().enumerate() {
            if !b.is_ascii() {
                return None;
            }
            words[i / 8] |= u64::from(b.to_ascii_lowercase()) << (8 * (i % 8));
        }
        Some(Folded {
            words,
            len: word.len(),
        })
    }

    fn hash(&self) -> u64 {
        let [a, b, c] = self.words;
        let h = a.wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ^ b.rotate_left(21).wrapping_mul(0xc2b2_ae3d_27d4_eb4f)
            ^ c.rotate_left(42).wrapping_mul(0x1656_67b1_9e37_79f9)
            ^ self.len as u64;
        (h ^ (h >> 29)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    }
}

/// A lexicon table: lowercase word → value, open addressing with linear
/// probing at most half full, built once. Looking a word up folds it once
/// into a [`Folded`] key (any case) and compares keys as three integers.
pub(crate) struct WordTable<V> {
    slots: Vec<Option<(Folded, V)>>,
    mask: usize,
}

impl<V: Copy> WordTable<V> {
    /// A table of `entries`; a word given twice keeps the value `merge`
    /// makes of the old and the new one. Words no lookup can find (longer
    /// than [`MAX_WORD`], not ASCII) are left out.
    fn build(
        entries: impl IntoIterator<Item = (String, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> WordTable<V> {
        let entries: Vec<(Folded, V)> = entries
            .into_iter()
            .filter_map(|(w, v)| Folded::new(&w).map(|k| (k, v)))
            .collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = WordTable {
            slots: vec![None; size],
            mask: size - 1,
        };
        for (key, value) in entries {
            let mut i = key.hash() as usize & table.mask;
            loop {
                match &mut table.slots[i] {
                    Some((k, v)) if *k == key => {
                        *v = merge(*v, value);
                        break;
                    }
                    Some(_) => i = (i + 1) & table.mask,
                    slot @ None => {
                        *slot = Some((key, value));
                        break;
                    }
                }
            }
        }
        table
    }

    /// The value of `word`, in any case.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        let key = Folded::new(word)?;
        let mut i = key.hash() as usize & self.mask;
        loop {
            match &self.slots[i] {
                Some((k, v)) if *k == key => return Some(*v),
                Some(_) => i = (i + 1) & self.mask,
                None => return None,
            }
        }
    }
}

/// A set of lexicon words, looked up in any case.
fn table(file: &'static str) -> WordTable<()> {
    WordTable::build(entries(file).map(|w| (w.to_string(), ())), |a, _| a)
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

static VERBS: LazyLock<WordTable<Verb>> = LazyLock::new(|| {
    let mut forms_of = Vec::new();
    for (file, class) in [
        (SPEECH_VERBS, VerbClass::Speech),
        (COGNITION_VERBS, VerbClass::Cognition),
    ] {
        for line in entries(file) {
            let mut forms = line.split_whitespace();
            let Some(lemma) = forms.next() else { continue };
            forms_of.push((lemma.to_string(), Verb { lemma, class }));
            for form in forms {
                forms_of.push((form.to_string(), Verb { lemma, class }));
            }
        }
    }
    // The first file and line that gives a form decides its verb.
    WordTable::build(forms_of, |first, _| first)
});

static HONORIFIC_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(HONORIFICS));
static GROUP_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(GROUPS));
static ORG_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(ORG_WORDS));
static DIRECT_ONLY_SET: LazyLock<WordSet> = LazyLock::new(|| set(DIRECT_ONLY_VERBS));

/// A role word: `singular` when it is an entry of `roles.txt`, `plural`
/// when it is an entry plus `s` (a word may be both).
#[derive(Clone, Copy, Default)]
struct RoleForm {
    singular: bool,
    plural: bool,
}

static ROLE_FORMS: LazyLock<WordTable<RoleForm>> = LazyLock::new(|| {
    let forms = entries(ROLES).flat_map(|r| {
        [
            (
                r.to_string(),
                RoleForm {
                    singular: true,
                    plural: false,
                },
            ),
            (
                format!("{r}s"),
                RoleForm {
                    singular: false,
                    plural: true,
                },
            ),
        ]
    });
    WordTable::build(forms, |a, b| RoleForm {
        singular: a.singular || b.singular,
        plural: a.plural || b.plural,
    })
});

/// A lemma that introduces only direct quotations ("he continued").
pub(crate) fn direct_only(lemma: &str) -> bool {
    DIRECT_ONLY_SET.contains(lemma)
}

static ABBREVIATION_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(ABBREVIATIONS));

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

/// The verb whose form `word` is (any case).
pub(crate) fn verb(word: &str) -> Option<Verb> {
    VERBS.get(word)
}

/// `Mr.`, `Sen.`, `Dr.` … (with or without the period).
pub(crate) fn is_honorific(word: &str) -> bool {
    HONORIFIC_SET.get(word).is_some()
}

/// `spokesman`, `secretary`, `senator` … (singular role nouns, or an entry plus `s`).
pub(crate) fn is_role(word: &str) -> bool {
    ROLE_FORMS.get(word).is_some()
}

/// `officials`, `spokesmen`: a role noun in the plural.
pub(crate) fn is_plural_role(word: &str) -> bool {
    ROLE_FORMS
        .get(word)
        .is_some_and(|f| !f.singular && f.plural)
}

/// `officials`, `groups`, `panel` … (collective heads).
pub(crate) fn is_group(word: &str) -> bool {
    GROUP_SET.get(word).is_some()
}

/// `Department`, `Corp.`, `House` … (organisation name words).
pub(crate) fn is_org_word(word: &str) -> bool {
    ORG_SET.get(word).is_some()
}

/// `Mr`, `U.S`, `Jan` …: the word before a period that does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATION_SET.get(word).is_some()
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

    #[test]
    fn plural_roles_and_words_no_table_holds() {
        assert!(is_role("spokesman") && !is_plural_role("spokesman"));
        assert!(is_plural_role("senators"));
        assert!(!is_plural_role("senator"));
        assert!(!is_plural_role("table"));
        // Longer than MAX_WORD, or not ASCII: never an entry.
        assert!(verb(&"said".repeat(7)).is_none());
        assert!(!is_honorific("Mr\u{e9}"));
        assert!(!is_role(""));
    }
}
