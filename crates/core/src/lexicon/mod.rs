//! Word lists compiled into the binary with `include_str!`.
//!
//! Each `.txt` file has a `#` header saying where its entries come from, then
//! one lowercase entry per line, sorted and deduplicated (checked by a test).

use std::collections::HashSet;
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

/// A word folded to lowercase ASCII in three integers (eight bytes each,
/// little-endian, zero-padded): the key of a [`WordTable`]. Folding,
/// hashing and comparing it are a few register operations, with no
/// allocation, no copy through memory and no UTF-8 check.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Folded {
    a: u64,
    b: u64,
    c: u64,
    len: usize,
}

/// Up to eight ASCII bytes, lowercased, as one integer.
fn fold_chunk(bytes: &[u8]) -> Option<u64> {
    let mut v = 0u64;
    for (j, &b) in bytes.iter().enumerate() {
        if !b.is_ascii() {
            return None;
        }
        v |= u64::from(b.to_ascii_lowercase()) << (8 * j);
    }
    Some(v)
}

impl Folded {
    /// `None` for words no lexicon can hold: longer than [`MAX_WORD`] or not ASCII.
    fn new(word: &str) -> Option<Folded> {
        const _: () = assert!(MAX_WORD == 24, "Folded holds three eight-byte chunks");
        const _: () = assert!(MAX_WORD < 32, "WordTable::ends_len has a bit per length");
        let bytes = word.as_bytes();
        if bytes.len() > MAX_WORD {
            return None;
        }
        let (a, rest) = bytes.split_at(bytes.len().min(8));
        let (b, c) = rest.split_at(rest.len().min(8));
        Some(Folded {
            a: fold_chunk(a)?,
            b: fold_chunk(b)?,
            c: fold_chunk(c)?,
            len: bytes.len(),
        })
    }

    /// The [`ends`] of the folded word.
    fn ends(&self) -> usize {
        let byte = |i: usize| {
            let chunk = [self.a, self.b, self.c][i / 8];
            (chunk >> (8 * (i % 8))) as u8
        };
        ends(byte(0), byte(self.len.saturating_sub(1)))
    }

    /// A hash whose high bits depend on every byte (the table index is
    /// taken from them).
    fn hash(&self) -> u64 {
        let mut h = self.a.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h = (h.rotate_left(23) ^ self.b).wrapping_mul(0xc2b2_ae3d_27d4_eb4f);
        (h.rotate_left(23) ^ self.c ^ self.len as u64).wrapping_mul(0x1656_67b1_9e37_79f9)
    }
}

/// The index of a word's first and last byte in [`WordTable`]'s length
/// filter: their low five bits, which ASCII case does not change.
fn ends(first: u8, last: u8) -> usize {
    usize::from(first & 31) << 5 | usize::from(last & 31)
}

/// A lexicon table: lowercase word → value, built once. Open addressing
/// with linear probing in a slot array at most a quarter full, holding
/// 32-bit indices into the entries: most words looked up are in no list,
/// and a miss usually reads one slot of a few kilobytes that stay in the
/// first-level cache. A word is folded once into a [`Folded`] key (any
/// case), and keys compare as three integers.
pub(crate) struct WordTable<V> {
    /// 0 for an empty slot, else 1 + the index of the entry.
    slots: Vec<u32>,
    entries: Vec<(Folded, V)>,
    /// 64 less the number of index bits.
    shift: u32,
    /// For each pair of first and last byte, folded to their low five bits
    /// (the same for a letter in either case), bit `n` set when an entry of
    /// `n` bytes starts and ends with them: most words are turned away
    /// here, before they are folded and hashed ("the", "of", "and" begin
    /// and end no speech verb of their length). Indexed by [`ends`].
    ends_len: Box<[u32; 1024]>,
}

impl<V: Copy> WordTable<V> {
    /// A table of `entries`; a word given twice keeps the value `merge`
    /// makes of the old and the new one. Words no lookup can find (longer
    /// than [`MAX_WORD`], not ASCII) are left out.
    fn build(
        entries: impl IntoIterator<Item = (String, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> WordTable<V> {
        let keyed: Vec<(Folded, V)> = entries
            .into_iter()
            .filter_map(|(w, v)| Folded::new(&w).map(|k| (k, v)))
            .collect();
        let size = (keyed.len() * 4).next_power_of_two().max(16);
        let mut table = WordTable {
            slots: vec![0; size],
            entries: Vec::with_capacity(keyed.len()),
            shift: 64 - size.trailing_zeros(),
            ends_len: Box::new([0; 1024]),
        };
        for (key, value) in keyed {
            // MAX_WORD < 32: every length has its bit.
            table.ends_len[key.ends()] |= 1 << key.len;
            match table.find(&key) {
                Ok(e) => {
                    let v = &mut table.entries[e].1;
                    *v = merge(*v, value);
                }
                Err(slot) => {
                    table.entries.push((key, value));
                    // Word lists hold hundreds of words, never 2^32.
                    table.slots[slot] = u32::try_from(table.entries.len()).unwrap_or(0);
                }
            }
        }
        table
    }

    /// The entry holding `key`, or the empty slot where it would go.
    fn find(&self, key: &Folded) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize;
        loop {
            match self.slots[i] {
                0 => return Err(i),
                s => {
                    let e = s as usize - 1;
                    if self.entries[e].0 == *key {
                        return Ok(e);
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// A table of `entries` where the first value given for a word wins
    /// (as `HashMap::entry(..).or_insert(..)` builds it).
    pub(crate) fn first_wins(entries: impl IntoIterator<Item = (&'static str, V)>) -> WordTable<V> {
        WordTable::build(
            entries.into_iter().map(|(w, v)| (w.to_string(), v)),
            |first, _| first,
        )
    }

    /// The value of `word`, in any case.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        let bytes = word.as_bytes();
        let (&first, &last) = (bytes.first()?, bytes.last()?);
        let lengths = self.ends_len[ends(first, last)];
        if word.len() > MAX_WORD || lengths & (1 << word.len()) == 0 {
            return None;
        }
        let key = Folded::new(word)?;
        self.find(&key).ok().map(|e| self.entries[e].1)
    }
}

/// A set of lexicon words, looked up in any case.
fn table(file: &'static str) -> WordTable<()> {
    WordTable::build(entries(file).map(|w| (w.to_string(), ())), |a, _| a)
}

type Build = BuildHasherDefault<WordHasher>;
/// A set of lexicon words.
pub(crate) type WordSet = HashSet<&'static str, Build>;

const SPEECH_VERBS: &str = include_str!("speech_verbs.txt");
const COGNITION_VERBS: &str = include_str!("cognition_verbs.txt");
const HONORIFICS: &str = include_str!("honorifics.txt");
const ROLES: &str = include_str!("roles.txt");
const GROUPS: &str = include_str!("groups.txt");
const ORG_WORDS: &str = include_str!("org_words.txt");
const ABBREVIATIONS: &str = include_str!("abbreviations.txt");
const DIRECT_ONLY_VERBS: &str = include_str!("direct_only_verbs.txt");
const CLAUSE_ONLY_VERBS: &str = include_str!("clause_only_verbs.txt");
const COLON_LABELS: &str = include_str!("colon_labels.txt");
const NOUN_VERBS: &str = include_str!("noun_verbs.txt");
const STANCE_VERBS: &str = include_str!("stance_verbs.txt");
const POSITION_VERBS: &str = include_str!("position_verbs.txt");
const PHRASAL_VERBS: &str = include_str!("phrasal_verbs.txt");
const VERB_PARTICLES: &str = include_str!("verb_particles.txt");
const VERB_OBJECTS: &str = include_str!("verb_objects.txt");
const WEEKDAYS: &str = include_str!("weekdays.txt");
const MONTHS: &str = include_str!("months.txt");
const EVIDENTIAL_VERBS: &str = include_str!("evidential_verbs.txt");
const AUXILIARIES: &str = include_str!("auxiliaries.txt");
const TIME_WORDS: &str = include_str!("time_words.txt");
const DOCUMENTS: &str = include_str!("documents.txt");
const FEMALE_WORDS: &str = include_str!("female_words.txt");
const MALE_WORDS: &str = include_str!("male_words.txt");

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
    ("clause_only_verbs.txt", CLAUSE_ONLY_VERBS),
    ("colon_labels.txt", COLON_LABELS),
    ("noun_verbs.txt", NOUN_VERBS),
    ("stance_verbs.txt", STANCE_VERBS),
    ("position_verbs.txt", POSITION_VERBS),
    ("phrasal_verbs.txt", PHRASAL_VERBS),
    ("verb_particles.txt", VERB_PARTICLES),
    ("verb_objects.txt", VERB_OBJECTS),
    ("weekdays.txt", WEEKDAYS),
    ("months.txt", MONTHS),
    ("evidential_verbs.txt", EVIDENTIAL_VERBS),
    ("auxiliaries.txt", AUXILIARIES),
    ("time_words.txt", TIME_WORDS),
    ("documents.txt", DOCUMENTS),
    ("female_words.txt", FEMALE_WORDS),
    ("male_words.txt", MALE_WORDS),
];

fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(file: &'static str) -> WordSet {
    entries(file).collect()
}

/// Whether a verb reports speech or cognition (cognition_verbs.txt and
/// position_verbs.txt: reported with `Scope::All` only).
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
        (STANCE_VERBS, VerbClass::Speech),
        (POSITION_VERBS, VerbClass::Cognition),
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

/// The forms of evidential_verbs.txt, each with its lemma.
static EVIDENTIAL: LazyLock<WordTable<&'static str>> = LazyLock::new(|| {
    let mut forms = Vec::new();
    for line in entries(EVIDENTIAL_VERBS) {
        let mut words = line.split_whitespace();
        let Some(lemma) = words.next() else { continue };
        forms.push((lemma.to_string(), lemma));
        forms.extend(words.map(|w| (w.to_string(), lemma)));
    }
    WordTable::build(forms, |first, _| first)
});

/// The lemma of a raising verb of evidence ("seemed" → "seem",
/// "expected" → "expect"): evidential_verbs.txt, any case.
pub(crate) fn evidential_lemma(word: &str) -> Option<&'static str> {
    EVIDENTIAL.get(word)
}

static HONORIFIC_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(HONORIFICS));
static GROUP_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(GROUPS));
static ORG_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(ORG_WORDS));
static DIRECT_ONLY_SET: LazyLock<WordSet> = LazyLock::new(|| set(DIRECT_ONLY_VERBS));
static CLAUSE_ONLY_SET: LazyLock<WordSet> = LazyLock::new(|| set(CLAUSE_ONLY_VERBS));
static COLON_LABEL_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(COLON_LABELS));

/// A verb that is a cue only with the words after it (phrasal_verbs.txt):
/// "lashed out at", "made it clear".
pub(crate) struct Phrasal {
    /// The verb's lemma: "lash".
    pub(crate) lemma: &'static str,
    /// The lemma and its inflections.
    forms: Vec<&'static str>,
    /// The words that must follow the verb: "out", "at".
    pub(crate) words: Vec<&'static str>,
}

/// The phrases of phrasal_verbs.txt, longest first (then in file order).
static PHRASALS: LazyLock<Vec<Phrasal>> = LazyLock::new(|| {
    let mut phrases: Vec<Phrasal> = entries(PHRASAL_VERBS)
        .filter_map(|line| {
            let (verb, words) = line.split_once(" + ")?;
            let forms: Vec<&'static str> = verb.split_whitespace().collect();
            Some(Phrasal {
                lemma: forms.first()?,
                forms,
                words: words.split_whitespace().collect(),
            })
        })
        .collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    phrases
});

/// Every verb form of [`PHRASALS`]: most words are turned away here.
static PHRASAL_FORMS: LazyLock<WordTable<()>> = LazyLock::new(|| {
    WordTable::build(
        PHRASALS
            .iter()
            .flat_map(|p| p.forms.iter().map(|f| (f.to_string(), ()))),
        |a, _| a,
    )
});

/// The phrases whose verb `word` is a form of (any case), longest first.
pub(crate) fn phrasals(word: &str) -> impl Iterator<Item = &'static Phrasal> {
    // A word that is no verb form of any phrase reads none of them (the
    // cue scan asks for every word of the text).
    let phrases: &'static [Phrasal] = if PHRASAL_FORMS.get(word).is_some() {
        &PHRASALS
    } else {
        &[]
    };
    phrases
        .iter()
        .filter(move |p| p.forms.iter().any(|f| f.eq_ignore_ascii_case(word)))
}

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

/// The word lists a word is in, found with one look-up (`mention::class`
/// asks about all of them for every word of a mention).
#[derive(Clone, Copy, Default)]
pub(crate) struct Lists {
    /// [`is_honorific`].
    pub(crate) honorific: bool,
    /// [`is_role`].
    pub(crate) role: bool,
    /// [`is_group`].
    pub(crate) group: bool,
    /// [`verb`] is `Some`.
    pub(crate) verb: bool,
}

static LISTS: LazyLock<WordTable<Lists>> = LazyLock::new(|| {
    let mut words: Vec<(String, Lists)> = Vec::new();
    let flag = |set: fn(&mut Lists)| {
        let mut l = Lists::default();
        set(&mut l);
        l
    };
    for w in entries(HONORIFICS) {
        words.push((w.to_string(), flag(|l| l.honorific = true)));
    }
    for r in entries(ROLES) {
        words.push((r.to_string(), flag(|l| l.role = true)));
        words.push((format!("{r}s"), flag(|l| l.role = true)));
    }
    for w in entries(GROUPS) {
        words.push((w.to_string(), flag(|l| l.group = true)));
    }
    for file in [SPEECH_VERBS, COGNITION_VERBS, STANCE_VERBS, POSITION_VERBS] {
        for line in entries(file) {
            for form in line.split_whitespace() {
                words.push((form.to_string(), flag(|l| l.verb = true)));
            }
        }
    }
    WordTable::build(words, |a, b| Lists {
        honorific: a.honorific || b.honorific,
        role: a.role || b.role,
        group: a.group || b.group,
        verb: a.verb || b.verb,
    })
});

/// The lists `word` is in (any case).
pub(crate) fn lists(word: &str) -> Lists {
    LISTS.get(word).unwrap_or_default()
}

/// A lemma that introduces only direct quotations ("he continued").
pub(crate) fn direct_only(lemma: &str) -> bool {
    DIRECT_ONLY_SET.contains(lemma)
}

/// A lemma that reports speech only with a clause ("maintained that …"),
/// never with a noun object ("maintains a lead").
pub(crate) fn clause_only(lemma: &str) -> bool {
    CLAUSE_ONLY_SET.contains(lemma)
}

/// "Photo", "Revealed": a word that, opening the label before a colon, makes
/// it no speaker (any case).
pub(crate) fn is_colon_label(word: &str) -> bool {
    COLON_LABEL_SET.get(word).is_some()
}

static NOUN_VERB_SET: LazyLock<WordSet> = LazyLock::new(|| set(NOUN_VERBS));

static POSITION_LEMMA_SET: LazyLock<WordSet> = LazyLock::new(|| {
    entries(POSITION_VERBS)
        .filter_map(|l| l.split_whitespace().next())
        .collect()
});

/// "support", "back": the lemma of a verb of taking sides
/// (position_verbs.txt, reported with `Scope::All` only).
pub(crate) fn is_position(lemma: &str) -> bool {
    POSITION_LEMMA_SET.contains(lemma)
}

/// "report", "states": a verb form that is also a common noun.
pub(crate) fn is_noun_form(word: &str, lemma: &str) -> bool {
    NOUN_VERB_SET.contains(lemma)
        && (word.eq_ignore_ascii_case(lemma)
            || word
                .strip_suffix('s')
                .is_some_and(|w| w.eq_ignore_ascii_case(lemma)))
}

static VERB_PARTICLE_SET: LazyLock<WordSet> = LazyLock::new(|| set(VERB_PARTICLES));

/// "refer" + "to": the preposition belongs to the cue.
pub(crate) fn takes_particle(lemma: &str, word: &str) -> bool {
    pair_in(&VERB_PARTICLE_SET, lemma, word)
}

static VERB_OBJECT_SET: LazyLock<WordSet> = LazyLock::new(|| set(VERB_OBJECTS));

/// "express" + "concern", "raise" + "questions" (verb_objects.txt): a
/// stance noun that joins its verb's cue.
pub(crate) fn takes_stance_object(lemma: &str, noun: &str) -> bool {
    pair_in(&VERB_OBJECT_SET, lemma, noun)
}

/// Whether `lemma` takes any stance noun of verb_objects.txt ("express",
/// "voice", "raise"): other verbs skip the pair look-ups.
pub(crate) fn takes_stance_objects(lemma: &str) -> bool {
    STANCE_OBJECT_VERBS.contains(&lemma)
}

/// The lemmas of verb_objects.txt, so other verbs skip the pair look-up.
static STANCE_OBJECT_VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut lemmas: Vec<&str> = entries(VERB_OBJECTS)
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    lemmas.dedup();
    lemmas
});

/// Whether "LEMMA WORD" (the word lowercased) is an entry of `set`.
fn pair_in(set: &WordSet, lemma: &str, word: &str) -> bool {
    let mut buf = [0u8; 2 * MAX_WORD];
    let (l, w) = (lemma.as_bytes(), word.as_bytes());
    if l.len() + 1 + w.len() > buf.len() {
        return false;
    }
    buf[..l.len()].copy_from_slice(l);
    buf[l.len()] = b' ';
    for (d, s) in buf[l.len() + 1..].iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..l.len() + 1 + w.len()]).is_ok_and(|key| set.contains(key))
}

static ABBREVIATION_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(ABBREVIATIONS));

/// Longest entry we ever look up; longer words skip the hash.
pub(crate) const MAX_WORD: usize = 24;

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

static WEEKDAY_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(WEEKDAYS));
static MONTH_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(MONTHS));

/// `Monday` … `Sunday` (any case).
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAY_SET.get(word).is_some()
}

/// `January` … `December` (any case; "may" and "march" included).
pub(crate) fn is_month(word: &str) -> bool {
    MONTH_SET.get(word).is_some()
}

/// A month written as a name: capitalised ("June", "May"), since the
/// lowercase forms "may" and "march" are usually a modal and a noun or verb.
pub(crate) fn is_month_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && is_month(word)
}

static AUXILIARY_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(AUXILIARIES));

static TIME_WORD_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(TIME_WORDS));

/// A word naming a time or a period by itself ("yesterday", "soon",
/// "weeks"; any case): time_words.txt.
pub(crate) fn is_time_word(word: &str) -> bool {
    TIME_WORD_SET.get(word).is_some()
}

static DOCUMENT_SET: LazyLock<WordTable<()>> = LazyLock::new(|| table(DOCUMENTS));

/// A document or post a source issues ("statement", "letters", "tweet",
/// "op-ed"; any case): documents.txt.
pub(crate) fn is_document(word: &str) -> bool {
    DOCUMENT_SET.get(word).is_some()
}

/// The sex a given name or a role noun marks (female_words.txt,
/// male_words.txt).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sex {
    Female,
    Male,
}

static SEX_WORDS: LazyLock<WordTable<Sex>> = LazyLock::new(|| {
    WordTable::build(
        entries(FEMALE_WORDS)
            .map(|w| (w.to_string(), Sex::Female))
            .chain(entries(MALE_WORDS).map(|w| (w.to_string(), Sex::Male))),
        |a, _| a,
    )
});

/// The sex a word marks, in any case: a given name used (almost) only for
/// women or for men ("Nancy", "Donald"), or a role noun ("spokeswoman",
/// "chairman").
pub(crate) fn sex_of(word: &str) -> Option<Sex> {
    SEX_WORDS.get(word)
}

/// A finite auxiliary or modal ("is", "had", "did", "would"; any case):
/// auxiliaries.txt.
pub(crate) fn is_auxiliary(word: &str) -> bool {
    AUXILIARY_SET.get(word).is_some()
}

/// Weekday and month names, lowercase.
pub(crate) fn calendar_words() -> impl Iterator<Item = &'static str> {
    entries(WEEKDAYS).chain(entries(MONTHS))
}

/// True when `word` is one of the entries of `list`, in any ASCII case.
pub(crate) fn eq_any(word: &str, list: &[&str]) -> bool {
    // Length and first byte first: most entries differ there.
    let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
    list.iter().any(|w| {
        w.len() == word.len()
            && w.as_bytes().first().map(u8::to_ascii_lowercase) == first
            && w.eq_ignore_ascii_case(word)
    })
}

/// A fixed word list, matched in any ASCII case as [`eq_any`] matches it,
/// with a quick reject computed at compile time: for each first byte
/// (folded to its low five bits, the same for a letter in either case) a
/// bit for each entry length below 32. A word that no entry starts and
/// ends like is turned away by one load instead of a pass over the list
/// (a list of 140 stop words cost 2% of all instructions read that way).
pub(crate) struct WordList {
    words: &'static [&'static str],
    lengths: [u32; 32],
}

impl WordList {
    /// The list of `words` (built at compile time by [`in_list!`]).
    pub(crate) const fn new(words: &'static [&'static str]) -> WordList {
        let mut lengths = [0u32; 32];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            if w.is_empty() || w.len() >= 32 {
                // No quick reject for such a list.
                return WordList {
                    words,
                    lengths: [u32::MAX; 32],
                };
            }
            lengths[(w[0] & 31) as usize] |= 1 << w.len();
            i += 1;
        }
        WordList { words, lengths }
    }

    /// True when `word` is in the list, in any ASCII case: the same answer
    /// as [`eq_any`].
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if let Some(&first) = bytes.first()
            && bytes.len() < 32
            && self.lengths[usize::from(first & 31)] & (1 << bytes.len()) == 0
        {
            return false;
        }
        eq_any(word, self.words)
    }
}

/// `in_list!(word, LIST)`: [`eq_any`]`(word, LIST)` through a [`WordList`]
/// built once at compile time (for lists read on hot paths).
macro_rules! in_list {
    ($word:expr, $list:expr $(,)?) => {{
        static LIST: $crate::lexicon::WordList = $crate::lexicon::WordList::new($list);
        LIST.contains($word)
    }};
}
pub(crate) use in_list;

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
    fn auxiliaries_are_the_finite_be_have_do_and_modals_in_any_case() {
        for w in ["is", "Was", "HAD", "does", "would", "Must"] {
            assert!(is_auxiliary(w), "{w}");
        }
        for w in ["be", "been", "said", "isle", "a", ""] {
            assert!(!is_auxiliary(w), "{w}");
        }
    }

    #[test]
    fn time_words_name_a_time_by_themselves() {
        for w in ["yesterday", "Soon", "weeks", "Morning", "later"] {
            assert!(is_time_word(w), "{w}");
        }
        for w in ["Tuesday", "June", "this", "the", "said", ""] {
            assert!(!is_time_word(w), "{w}");
        }
    }

    #[test]
    fn sex_words_are_gendered_names_and_roles_and_never_both() {
        for w in ["Nancy", "hillary", "Spokeswoman", "mother"] {
            assert_eq!(sex_of(w), Some(Sex::Female), "{w}");
        }
        for w in ["Donald", "barack", "CHAIRMAN", "husband"] {
            assert_eq!(sex_of(w), Some(Sex::Male), "{w}");
        }
        // Names given to both sexes, and names that are also places.
        for w in ["Lee", "Kelly", "Chris", "Georgia", "Austin", "official", ""] {
            assert_eq!(sex_of(w), None, "{w}");
        }
        let female: HashSet<&str> = entries(FEMALE_WORDS).collect();
        let both: Vec<&str> = entries(MALE_WORDS).filter(|w| female.contains(w)).collect();
        assert!(both.is_empty(), "in both lists: {both:?}");
    }

    #[test]
    fn documents_are_issued_things_in_any_case() {
        for w in ["statement", "Letter", "op-eds", "TWEET", "petition"] {
            assert!(is_document(w), "{w}");
        }
        for w in ["interview", "said", "state", ""] {
            assert!(!is_document(w), "{w}");
        }
    }

    #[test]
    fn length_filter_keeps_every_entry_in_any_case() {
        let table = WordTable::first_wins(
            ["said", "sen.", "u.s.", "o'neill", "a", "x-ray", "24"]
                .into_iter()
                .map(|w| (w, ())),
        );
        for w in [
            "said", "SAID", "Said", "sen.", "SEN.", "U.S.", "O'Neill", "A", "X-Ray", "24",
        ] {
            assert!(table.get(w).is_some(), "{w}");
        }
        for w in ["sad", "saidx", "the", "", "senate"] {
            assert!(table.get(w).is_none(), "{w}");
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
    fn position_verbs_are_scope_all_and_blame_verbs_speech() {
        assert_eq!(
            verb("supported").map(|v| (v.lemma, v.class)),
            Some(("support", VerbClass::Cognition))
        );
        assert_eq!(verb("lambasted").map(|v| v.class), Some(VerbClass::Speech));
        // "attacks" is mostly the noun: not a form of the verb.
        assert!(verb("attacks").is_none());
        assert!(is_noun_form("back", "back"));
    }

    #[test]
    fn phrasal_verbs_need_their_words() {
        let made: Vec<Vec<&str>> = phrasals("Made").map(|p| p.words.clone()).collect();
        assert_eq!(made[0], ["no", "secret", "of"], "longest first");
        assert!(made.contains(&vec!["clear"]));
        assert!(phrasals("lashed").all(|p| p.lemma == "lash"));
        assert!(phrasals("table").next().is_none());
        // Every line parses: a verb, "+", at least one word.
        for line in entries(PHRASAL_VERBS) {
            let (verb, words) = line.split_once(" + ").expect(line);
            assert!(!verb.is_empty() && !words.is_empty(), "{line}");
        }
    }

    #[test]
    fn lists_agree_with_each_list() {
        let mut words: Vec<String> = FILES
            .iter()
            .flat_map(|(_, f)| entries(f).flat_map(str::split_whitespace))
            .flat_map(|w| [w.to_string(), format!("{w}s"), w.to_uppercase()])
            .collect();
        words.extend(["the", "Said", "", "é", "x"].map(String::from));
        for w in &words {
            let l = lists(w);
            assert_eq!(l.honorific, is_honorific(w), "{w}");
            assert_eq!(l.role, is_role(w), "{w}");
            assert_eq!(l.group, is_group(w), "{w}");
            assert_eq!(l.verb, verb(w).is_some(), "{w}");
        }
    }

    #[test]
    fn word_lists_agree_with_eq_any() {
        const LISTS: &[&[&str]] = &[
            &["the", "a", "an", "This", "U.S.", "&", "é", "co-op"],
            &["said", ""],
            &["averyveryverylongwordofmorethan32bytes", "x"],
            &[],
        ];
        let lists: Vec<WordList> = LISTS.iter().map(|l| WordList::new(l)).collect();
        let mut words: Vec<String> = LISTS
            .iter()
            .flat_map(|l| l.iter())
            .flat_map(|w| {
                [
                    w.to_string(),
                    w.to_uppercase(),
                    format!("{w}s"),
                    w.chars().skip(1).collect(),
                ]
            })
            .collect();
        words.extend(["", "THE", "tHe", "An", "b", "'", "u.s.", "É", "x"].map(String::from));
        for (list, words_of) in lists.iter().zip(LISTS) {
            for w in &words {
                assert_eq!(
                    list.contains(w),
                    eq_any(w, words_of),
                    "{w:?} in {words_of:?}"
                );
            }
        }
        assert!(in_list!("The", &["the", "a"]));
        assert!(!in_list!("then", &["the", "a"]));
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
