//! Speaker mentions: names with their roles, organisations, groups,
//! nominals and pronouns, found right before or right after a cue.
//!
//! A mention is parsed from a short run of words that ends at the cue (or
//! starts after it); words are classed by the lexicons and by case, then the
//! run is split into determiner, role and name.

use crate::Span;
use crate::boundary::{last_words, word_after, word_iter, words};
use crate::grammar::mention as g;
use std::sync::LazyLock;

use crate::lexicon::{self, eq_any as eq};

/// What a mention refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A named person ("Ned Price", "Mr. Price", "Price").
    Person,
    /// A proper name that may be a person, a place or an organisation ("China", "Trump").
    Name,
    /// A named organisation ("the White House", "Acme Corp.").
    Organization,
    /// An unnamed group or body ("officials", "An independent U.N. panel").
    Group,
    /// A role without a name ("the spokesman", "a senior official").
    Nominal,
    /// he, she, it, they, we, I.
    Pronoun,
    /// "who" in "X, who said …": refers to the noun before it.
    Relative,
}

/// Grammatical gender and number, for pronoun resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Neuter,
    Plural,
    Unknown,
}

impl From<lexicon::Sex> for Gender {
    fn from(sex: lexicon::Sex) -> Gender {
        match sex {
            lexicon::Sex::Female => Gender::Female,
            lexicon::Sex::Male => Gender::Male,
        }
    }
}

/// Prepositions that put a noun inside a prepositional phrase: then it is
/// no antecedent of a relative that follows without a comma ("a professor
/// at Yale who …").
const ANTECEDENT_PREPOSITIONS: &[&str] = &[
    "at", "in", "of", "on", "for", "from", "with", "by", "to", "about", "into", "over", "under",
    "during", "among", "against", "between", "as",
];

/// `span` (a mention right before "who"/"which"/"that", no comma between)
/// can be the relative's antecedent: no preposition in it or before it.
fn bare_antecedent(text: &str, limit: usize, span: Span) -> bool {
    let before = last_words(text, Span::new(limit, span.start()), 1);
    !words(text, span)
        .iter()
        .chain(before.first())
        .any(|w| eq(w.text(text), ANTECEDENT_PREPOSITIONS))
}

/// An unnamed antecedent read back over a verb ("the fares angered
/// business leaders who …", "it means including people who …") starts
/// after the verb's last word: "business leaders". `None` when nothing
/// is left.
fn after_last_verb(text: &str, a: Mention) -> Option<Mention> {
    if a.name.is_some() {
        return Some(a);
    }
    let ws = words(text, a.span);
    let verb = |w: &Span| {
        let w = w.text(text);
        w.len() > 4
            && (w.ends_with("ed") || w.ends_with("ing") || eq(w, &["means"]))
            && w.bytes().all(|b| b.is_ascii_lowercase())
    };
    match ws.iter().rposition(verb) {
        None => Some(a),
        Some(k) if k + 1 < ws.len() => Some(Mention {
            span: Span::new(ws[k + 1].start(), a.span.end()),
            ..a
        }),
        Some(_) => None,
    }
}

/// One speaker mention.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mention {
    /// The whole mention, roles included: "State Department spokesman Ned Price".
    pub(crate) span: Span,
    /// The name part: "Ned Price".
    pub(crate) name: Option<Span>,
    /// The role part: "State Department spokesman".
    pub(crate) role: Option<Span>,
    pub(crate) kind: MentionKind,
    pub(crate) gender: Gender,
    /// Starts with "the", "this" …: refers to something already known.
    pub(crate) definite: bool,
    /// A relative's antecedent and its kind when it is not a name right
    /// before ", who": "business leaders" in "business leaders who say …",
    /// "Reed" in "Reed, the strategist, who …" (a named antecedent is also
    /// the relative's `name`).
    pub(crate) antecedent: Option<(Span, MentionKind)>,
}

impl Mention {
    /// A pronoun mention: no name, no role.
    pub(crate) fn pronoun(span: Span, gender: Gender) -> Mention {
        Mention {
            span,
            name: None,
            role: None,
            kind: MentionKind::Pronoun,
            gender,
            definite: true,
            antecedent: None,
        }
    }

    /// An indefinite group read as a plain noun phrase ("voters in the
    /// county", "many"): plural when `plural`, else of unknown number.
    pub(crate) fn group(span: Span, plural: bool) -> Mention {
        Mention {
            span,
            name: None,
            role: None,
            kind: MentionKind::Group,
            gender: if plural {
                Gender::Plural
            } else {
                Gender::Unknown
            },
            definite: false,
            antecedent: None,
        }
    }

    /// An unnamed source read as a plain noun phrase ("early results of
    /// exit polls", "a CNN poll"): a group, no name, no role.
    pub(crate) fn unnamed(span: Span, definite: bool) -> Mention {
        Mention {
            span,
            name: None,
            role: None,
            kind: MentionKind::Group,
            gender: Gender::Neuter,
            definite,
            antecedent: None,
        }
    }
}

/// Most words a mention may have.
const MAX_MENTION_WORDS: usize = 10;

/// Most words of a source after "according to" that is not a name: such
/// sources run long ("early results of exit polls conducted for the network
/// by a research firm").
const MAX_SOURCE_WORDS: usize = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Det,
    Cap,
    Honorific,
    Role,
    Group,
    Connector,
    And,
    Lower,
    Stop,
    Pronoun,
}

const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "some",
    "many",
    "several",
    "both",
    "all",
    "most",
    "few",
    "other",
    "another",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "no",
    "each",
    "any",
    "such",
    "neither",
    "either",
];

const STOPS: &[&str] = &[
    "but",
    "and",
    "yet",
    "so",
    "then",
    "also",
    "still",
    "however",
    "meanwhile",
    "later",
    "in",
    "on",
    "at",
    "when",
    "while",
    "after",
    "before",
    "as",
    "if",
    "now",
    "today",
    "yesterday",
    "tonight",
    "asked",
    "that",
    "which",
    "whom",
    "whose",
    "where",
    "why",
    "how",
    "what",
    "to",
    "by",
    "from",
    "with",
    "without",
    "into",
    "about",
    "than",
    "because",
    "although",
    "though",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "not",
    "said",
    "says",
    "say",
    "told",
    "last",
    "next",
    "earlier",
    "week",
    "year",
    "month",
    "morning",
    "evening",
    "afternoon",
    "night",
    "day",
    "there",
    "here",
    "or",
    "nor",
    "even",
    "just",
    "only",
    "over",
    "under",
    "since",
    "until",
    "during",
    "through",
    "against",
    "among",
    "between",
    "like",
    "unlike",
    "via",
    "per",
    "would",
    "will",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "who",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "read",
    "click",
    "more",
    "according",
    "for",
    "of",
    "recently",
    "ago",
    "once",
    "again",
    "reportedly",
    "previously",
    "whenever",
    "wherever",
    "whether",
    "unless",
    "whereas",
    "instead",
    "perhaps",
    "maybe",
    "indeed",
    "thus",
    "therefore",
    "moreover",
    "furthermore",
    "besides",
    "otherwise",
    "hence",
    // Prepositions and sentence adverbs that open a sentence capitalised
    // ("Back in 1999, …", "Likewise, a paper …"): never a name, never
    // part of a speaker's noun phrase.
    "likewise",
    "prior",
    "absent",
    "overall",
    "alongside",
    "amid",
    "amidst",
    "throughout",
    "upon",
    "toward",
    "towards",
    "within",
    "beyond",
    "ever",
    "back",
    "nevertheless",
    "nonetheless",
    "additionally",
    "similarly",
    "ultimately",
];

const PRONOUNS: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("she", Gender::Female),
    ("it", Gender::Neuter),
    ("they", Gender::Plural),
    ("we", Gender::Plural),
    ("i", Gender::Unknown),
    ("you", Gender::Unknown),
];

fn pronoun(word: &str) -> Option<Gender> {
    if is_country_us(word) {
        return None;
    }
    PRONOUNS
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(word))
        .map(|&(_, g)| g)
}

fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Closed-class words by lowercase form, with their class; a determiner
/// flagged `false` counts only when written in lowercase ("Some" may start a name).
static CLOSED: LazyLock<lexicon::WordTable<(Class, bool)>> = LazyLock::new(|| {
    let pronouns = PRONOUNS.iter().map(|&(p, _)| (p, (Class::Pronoun, true)));
    let ands = ["and", "&"].map(|a| (a, (Class::And, true)));
    let connectors = ["of", "for", "at"].map(|c| (c, (Class::Connector, true)));
    let articles = ["the", "a", "an"].map(|d| (d, (Class::Det, true)));
    let determiners = DETERMINERS.iter().map(|&d| (d, (Class::Det, false)));
    // Weekday and month names end a mention too ("said Tuesday").
    let stops = STOPS
        .iter()
        .copied()
        .chain(lexicon::calendar_words())
        .map(|w| (w, (Class::Stop, true)));
    lexicon::WordTable::first_wins(
        pronouns
            .chain(ands)
            .chain(connectors)
            .chain(articles)
            .chain(determiners)
            .chain(stops),
    )
});

/// Contracted auxiliaries after a pronoun: "he's", "they’ve", "I'd".
const CONTRACTED_AUXILIARIES: &[&str] = &[
    "'s", "’s", "'ve", "’ve", "'d", "’d", "'re", "’re", "'ll", "’ll", "'m", "’m",
];

/// A subject pronoun run into an auxiliary: its stem and gender.
fn pronoun_contraction(word: &str) -> Option<(&str, Gender)> {
    // Every contracted auxiliary has an apostrophe: most words have none.
    if !word.contains(['\'', '’']) {
        return None;
    }
    CONTRACTED_AUXILIARIES.iter().find_map(|suffix| {
        let stem = word.strip_suffix(suffix)?;
        // "It's said that …" is impersonal.
        if stem.eq_ignore_ascii_case("it") {
            return None;
        }
        pronoun(stem).map(|g| (stem, g))
    })
}

/// "It’s", "That's", "There’s": a pronoun run into "is", never a name.
fn is_contraction(word: &str) -> bool {
    // Both suffixes end in "s": most words are turned away here.
    if !word.ends_with('s') {
        return false;
    }
    let stem = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or("");
    ["it", "that", "there", "here", "what", "let", "who"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(stem))
}

/// "US Senator Jeff Sessions": the capitalised abbreviation is the country,
/// not the pronoun "us".
fn is_country_us(word: &str) -> bool {
    word == "US"
}

/// A pronoun, article, determiner or other closed-class word in any case
/// ("His", "Several", "both").
pub(crate) fn is_closed_word(word: &str) -> bool {
    CLOSED.get(word).is_some()
}

/// Whether a name that the mention grammar read (an entity of unknown kind)
/// may be a person's, for "he" and "she": not an all-capitals acronym
/// ("CNN", "POLITICO"), a web address ("Outsports.com"), a possessive
/// ("Trump’s"), or a single closed-class, group or verb word read as a name
/// at a sentence start ("Many", "His", "Both").
pub(crate) fn may_name_person(name: &str) -> bool {
    let letters = || name.chars().filter(|c| c.is_alphabetic());
    if letters().count() >= 2 && letters().all(char::is_uppercase) {
        return false;
    }
    let lower = name.to_ascii_lowercase();
    if [".com", ".org", ".net"].iter().any(|d| lower.contains(d))
        || lower.ends_with("'s")
        || lower.ends_with("’s")
    {
        return false;
    }
    if name.contains(' ') {
        return true;
    }
    let lists = lexicon::lists(name);
    CLOSED.get(name).is_none() && !lists.group && !lists.verb && !lists.role
}

fn class(word: &str) -> Class {
    if is_contraction(word) {
        return Class::Stop;
    }
    // "Theresa May", "Will Doyle": capitalised, these are names far more
    // often than a modal opening a question or a month without a day.
    if is_country_us(word) || matches!(word, "May" | "Will") {
        return Class::Cap;
    }
    // One look-up for all the word lists.
    let lists = lexicon::lists(word);
    if lists.honorific {
        return Class::Honorific;
    }
    if let Some((c, any_case)) = CLOSED.get(word) {
        if any_case || !is_cap(word) {
            return c;
        }
        if c == Class::Det && lexicon::in_list!(word, STOPS) {
            return Class::Stop;
        }
    }
    if lists.role {
        return Class::Role;
    }
    if !is_cap(word) && lists.group {
        return Class::Group;
    }
    if lists.verb && !is_cap(word) {
        return Class::Stop;
    }
    if is_cap(word) {
        return Class::Cap;
    }
    // Particles and suffixes are at most three bytes ("van", "Jr.", "III").
    if word.len() <= g::MAX_PARTICLE_OR_SUFFIX
        && (g::whole(word, g::particle) || g::whole(word, g::suffix))
    {
        return Class::Cap;
    }
    Class::Lower
}

/// The last word of a role ("State Department spokeswoman" → "spokeswoman").
fn last_word(role: &str) -> &str {
    role.rsplit([' ', '-']).next().unwrap_or(role)
}

/// The length of a possessive ending ("’s", "'s"), or 0.
fn possessive_suffix(word: &str) -> usize {
    ["’s", "'s"]
        .iter()
        .find(|p| word.len() > p.len() && word.ends_with(*p))
        .map_or(0, |p| p.len())
}

fn gender_of_honorific(word: &str) -> Gender {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    match w.as_str() {
        "mr" | "sir" => Gender::Male,
        "mrs" | "ms" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// Honorifics that carry no role of their own.
fn is_plain_honorific(word: &str) -> bool {
    eq(
        word.trim_end_matches('.'),
        &["mr", "mrs", "ms", "sir", "dr"],
    )
}

/// The mention that ends right at `end` (only whitespace between), not
/// reaching before `limit`. Handles "NAME, APPOSITION," before the cue.
pub(crate) fn mention_before(text: &str, end: usize, limit: usize) -> Option<Mention> {
    let gap_start = text[limit..end].trim_end().len() + limit;
    let gap = &text[gap_start..end];
    if !gap.trim().is_empty() {
        return None;
    }
    // "Ned Price, a State Department spokesman, said"; "Joe Doe, host of
    // “Morning Talk,” said": the comma may sit inside the closing mark of
    // a quoted title in the aside.
    let comma = if text[limit..gap_start].ends_with(',') {
        Some(gap_start - 1)
    } else {
        titled_aside_comma(text, limit, gap_start)
    };
    if let Some(comma) = comma {
        // "Sen. Jane Doe, facing a challenge in Iowa, a swing state, said":
        // a name that opens the clause is its subject, whatever names the
        // aside holds.
        let subject = subject_before_aside(text, comma, limit);
        if let Some(s) = subject
            && matches!(s.kind, MentionKind::Person | MentionKind::Name)
            && !is_intro_word(s.span.text(text))
        {
            return Some(s);
        }
        return apposition_before(text, comma, limit)
            .or_else(|| relative_before(text, comma, limit))
            .or(subject);
    }
    // "Joyce — who is listed as an attorney — told", "Kasich (who has 25
    // delegates) said": the mention before a dashed or bracketed aside.
    if let Some(m) = before_dashed_aside(text, gap_start, limit) {
        return Some(m);
    }
    // "an official familiar with the investigation said": the mention before
    // a post-modifier.
    if let Some(m) = before_postmodifier(text, gap_start, limit) {
        return Some(m);
    }
    // Party tag: "Sen. Bernie Sanders (I-Vt.) said"
    let mut end = gap_start;
    if text[limit..end].ends_with(')')
        && let Some(open) = text[limit..end].rfind('(')
        && g::whole(&text[limit + open..end], g::party_tag)
    {
        end = text[limit..limit + open].trim_end().len() + limit;
    }
    let window = window_start(text, limit, end);
    let ws = words(text, Span::new(window, end));
    let all_words = ws.len();
    let ws = strip_temporal(text, &ws);
    let last = *ws.last()?;
    if !text[last.end()..end].trim().is_empty() && ws.len() == all_words {
        return None;
    }
    let lw = last.text(text);
    // "Ford itself said": the mention before the reflexive.
    if eq(lw, REFLEXIVES) && ws.len() == all_words {
        return mention_before(text, last.start(), limit);
    }
    if let Some(gender) = pronoun(lw) {
        return Some(Mention::pronoun(last, gender));
    }
    // "He's said", "they've argued", "I'd say": the pronoun before the
    // contracted auxiliary.
    if let Some((stem, gender)) = pronoun_contraction(lw) {
        let span = Span::new(last.start(), last.start() + stem.len());
        return Some(Mention::pronoun(span, gender));
    }
    // "a report, which found that …", "the group which urged …": "which"
    // inside the sentence stands for its antecedent as "who" does; so does
    // "that" right after a noun ("a poll that shows …").
    let which = (eq(lw, &["which"]) && !text[limit..last.start()].trim().is_empty())
        || (eq(lw, &["that"]) && relative_that(text, ws, end));
    if eq(lw, &["who"]) || which {
        // "X, who said": the antecedent ends at the comma before "who";
        // "business leaders who say": right before it.
        // Without the comma, not inside or after a prepositional phrase
        // ("a professor at Yale who", "an anchor at Fox News who": the
        // relative belongs to the noun before it).
        let before = text[limit..last.start()].trim_end();
        let comma = before.strip_suffix(',');
        let before = comma.unwrap_or(before);
        let antecedent = mention_before(text, limit + before.len(), limit)
            .filter(|a| {
                a.kind != MentionKind::Relative
                    && (comma.is_some() || bare_antecedent(text, limit, a.span))
            })
            .and_then(|a| after_last_verb(text, a));
        // Read before 2026-11-29: a name right before ", who".
        let named_before_comma = comma.is_some() && antecedent.is_some_and(|a| a.name.is_some());
        // "Scott Reed, the Chamber's strategist, who": a role in apposition
        // to a name; the name is the antecedent.
        let antecedent = antecedent.map(|a| {
            let lead = text[limit..a.span.start()].trim_end();
            match lead.strip_suffix(',') {
                Some(l) if a.kind == MentionKind::Nominal => {
                    mention_before(text, limit + l.len(), limit)
                        .filter(|n| n.name.is_some() && n.kind != MentionKind::Relative)
                        .unwrap_or(a)
                }
                _ => a,
            }
        });
        return Some(Mention {
            span: last,
            name: antecedent.and_then(|a| a.name),
            role: antecedent.and_then(|a| a.role),
            kind: MentionKind::Relative,
            gender: antecedent.map_or(Gender::Unknown, |a| a.gender),
            definite: true,
            antecedent: antecedent
                .filter(|a| !named_before_comma && a.kind != MentionKind::Pronoun)
                .map(|a| (a.span, a.kind)),
        });
    }
    // Walk back over words that can be part of a mention.
    let mut k = ws.len();
    let mut count = 0;
    while k > 0 && count < MAX_MENTION_WORDS {
        let w = ws[k - 1];
        // Words must be separated by spaces only (no punctuation between).
        if k < ws.len() {
            let between = &text[w.end()..ws[k].start()];
            if !between.chars().all(char::is_whitespace) {
                // "Sanders’ campaign", "the Smiths' lawyer": a plural
                // possessor ends the mention as a determiner does.
                if plural_possessor(text, w, between, ws[k]) {
                    k -= 1;
                }
                break;
            }
        }
        let c = class(w.text(text));
        match c {
            Class::Det => {
                k -= 1;
                break;
            }
            Class::Stop | Class::Pronoun => break,
            Class::Connector | Class::And => {
                // Only inside a mention: "Secretary of State X", "Ortiz and Feld";
                // never its last word ("blasted Rubio and defended …").
                if k >= 2
                    && k < ws.len()
                    && matches!(
                        class(ws[k - 2].text(text)),
                        Class::Cap | Class::Role | Class::Group
                    )
                {
                    k -= 1;
                } else {
                    break;
                }
            }
            Class::Lower => {
                // Modifiers only before a role or group head: "senior official".
                let head = class(ws[ws.len() - 1].text(text));
                if matches!(head, Class::Role | Class::Group) || has_role_after(text, &ws[k..]) {
                    k -= 1;
                } else {
                    break;
                }
            }
            _ => k -= 1,
        }
        count += 1;
    }
    let run = trim_left(text, &ws[k..]);
    classify(text, run)
}

/// True when `w` and the apostrophe after it (`between`, before `next`)
/// are a plural possessor: "Sanders’ campaign", "Democrats' leaders" — a
/// word ending in "s", capitalised, then the mark and a space before a
/// lowercase word.
fn plural_possessor(text: &str, w: Span, between: &str, next: Span) -> bool {
    let word = w.text(text);
    let mark = between.trim_end();
    matches!(mark, "’" | "'")
        && mark.len() < between.len()
        && word.len() > 2
        && word.ends_with('s')
        && is_cap(word)
        && next.text(text).starts_with(|c: char| c.is_lowercase())
}

/// True when the last word of `ws`, "that", is a relative pronoun: right
/// after a noun ("a clash that signaled", "the polls that show"), not after
/// a verb or a closed-class word ("argued that", "so that", "now that"),
/// and the cue at `end` is no noun form ("that claims of fraud …").
fn relative_that(text: &str, ws: &[Span], end: usize) -> bool {
    let n = ws.len();
    if n < 2 || !joined(text, ws[n - 2], ws[n - 1]) {
        return false;
    }
    let prev = ws[n - 2].text(text);
    let cue = text[end..].split_whitespace().next().unwrap_or("");
    let cue = cue.trim_end_matches(|c: char| !c.is_alphabetic());
    let noun_cue = lexicon::verb(cue).is_some_and(|v| lexicon::is_noun_form(cue, v.lemma));
    prev.chars().all(|c| c.is_alphabetic() || c == '-')
        && !noun_cue
        && !prev.ends_with("ed")
        && !prev.ends_with("ing")
        && !prev.ends_with("ly")
        && lexicon::verb(prev).is_none()
        && CLOSED.get(prev).is_none()
        && !eq(prev, NOT_NOUNS_BEFORE_THAT)
}

/// Words before "that" that make it a conjunction: "means that", "given
/// that", "fact that".
const NOT_NOUNS_BEFORE_THAT: &[&str] = &[
    "means",
    "mean",
    "meant",
    "given",
    "provided",
    "except",
    "fact",
    "such",
    "so",
    "now",
    "insist",
    "insists",
    "ensure",
    "ensures",
    "knows",
    "know",
    "knew",
    "hope",
    "hopes",
    "feel",
    "feels",
    "felt",
    "seems",
    "seem",
    "shows",
    "show",
    "showing",
    "finds",
    "find",
    "found",
    "warn",
    "warns",
    "think",
    "thinks",
    "believe",
    "believes",
    "realize",
    "realizes",
    "clear",
    "sure",
    "aware",
    "evidence",
    "signs",
    "sign",
    "idea",
    "notion",
    "news",
    "chance",
    "odds",
    "possibility",
    "likelihood",
    "view",
    "belief",
    "assumption",
    "argument",
    "claim",
    "claims",
    "concern",
    "concerns",
    "fear",
    "fears",
    "word",
    "reports",
    "report",
];

/// The comma in `,”` / `,"` / `,''` ending `text[limit..end]` when the
/// quotation it closes opens after the aside's first comma: a title
/// ("host of “Morning Talk,”"), not a quoted clause.
fn titled_aside_comma(text: &str, limit: usize, end: usize) -> Option<usize> {
    let head = &text[limit..end];
    let (inner, open) = if let Some(h) = head.strip_suffix(",”") {
        (h, "“")
    } else if let Some(h) = head.strip_suffix(",''") {
        (h, "''")
    } else {
        (head.strip_suffix(",\"")?, "\"")
    };
    let opened = inner.rfind(open)?;
    let aside = inner[..opened].rfind(',')?;
    // The title is short and the aside holds no other quotation.
    let title = &inner[opened + open.len()..];
    (title.split_whitespace().count() <= 6
        && !title.contains([',', '.', '?', '!'])
        && !inner[aside..opened].contains(['"', '“', '”']))
    .then_some(limit + inner.len())
}

/// Reflexives that stress a subject: "Ford itself said".
const REFLEXIVES: &[&str] = &["itself", "himself", "herself", "themselves"];

/// Most words of a plain noun-phrase subject ("the book and film").
const MAX_SUBJECT_NP_WORDS: usize = 6;

/// Prepositions whose object is never the subject of the verb after it.
const NP_BLOCKERS: &[&str] = &[
    "of", "for", "to", "from", "by", "with", "about", "into", "than", "like", "over", "against",
    "under", "between", "among", "through", "via", "per", "in", "on", "at", "after", "before",
    "during", "since", "until", "within", "without", "around", "across", "behind", "near",
];

/// Prepositions that open a short post-modifier inside a subject: "the head
/// of the agency", "officials in the state department", "polls in Iowa".
const SUBJECT_PP: &[&str] = &[
    "of", "for", "in", "at", "from", "with", "on", "to", "within", "across",
];

/// Words before a count that belong to it: "about 4 in 10", "nearly 60%".
const NUMBER_MODIFIERS: &[&str] = &[
    "about",
    "nearly",
    "roughly",
    "almost",
    "around",
    "approximately",
    "only",
    "just",
    "some",
    "over",
];

/// A plain noun phrase found by [`np_ending`]: it starts at word `k`.
struct PlainNp {
    k: usize,
    plural: bool,
}

/// True when only whitespace (or a percent sign after a number) separates
/// words `a` and `b`: "47% of voters".
fn joined(text: &str, a: Span, b: Span) -> bool {
    let gap = &text[a.end()..b.start()];
    gap.chars().all(char::is_whitespace)
        || (gap.starts_with('%') && gap[1..].chars().all(char::is_whitespace))
}

/// The possessor in "Greenberg's", "the field’s": the word without its
/// possessive ending; not a contraction ("it's", "he's", "that's").
fn possessor_stem(word: &str) -> Option<&str> {
    let stem = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))?;
    (!stem.is_empty()
        && !is_contraction(word)
        && pronoun_contraction(word).is_none()
        && !eq(
            stem,
            &["what", "who", "there", "here", "where", "let", "one"],
        )
        && stem
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-'))
    .then_some(stem)
}

/// The plain noun phrase made of the last words of `ws`: a determiner and
/// up to [`MAX_SUBJECT_NP_WORDS`] words, a bare plural, or a count. As
/// the object of a preposition (`object`) a capitalised run ("New
/// Hampshire") or a pronoun ("them") also counts.
fn np_ending(text: &str, ws: &[Span], object: bool) -> Option<PlainNp> {
    let end = ws.len();
    let last = *ws.last()?;
    let mut k = end;
    let mut det = false;
    // Poll shares: "43 said", "three-quarters say", "one in five say",
    // "47% say", "about 4 in 10".
    if is_number(last.text(text)) || (eq(last.text(text), &["percent"]) && end >= 2) {
        if !is_number(last.text(text)) {
            k -= 1;
        }
        k -= 1;
        if k >= 2
            && eq(ws[k - 1].text(text), &["in", "of", "out"])
            && is_number(ws[k - 2].text(text))
        {
            k -= 2;
        } else if k >= 3
            && eq(ws[k - 1].text(text), &["of"])
            && eq(ws[k - 2].text(text), &["out"])
            && is_number(ws[k - 3].text(text))
        {
            // "nine out of 10"
            k -= 3;
        }
        if !is_number(ws[k].text(text)) {
            return None;
        }
        // "a third", "Nearly a third": the article of a fraction.
        if k >= 1
            && eq(ws[k - 1].text(text), &["a", "an"])
            && eq(ws[k].text(text), FRACTIONS)
            && joined(text, ws[k - 1], ws[k])
        {
            k -= 1;
        }
        if k >= 1 && eq(ws[k - 1].text(text), NUMBER_MODIFIERS) && joined(text, ws[k - 1], ws[k]) {
            k -= 1;
            // "Those over 60 say".
            if k >= 1 && eq(ws[k - 1].text(text), &["those"]) && joined(text, ws[k - 1], ws[k]) {
                k -= 1;
            }
        } else if k >= 2
            && eq(ws[k - 1].text(text), &["than"])
            && eq(ws[k - 2].text(text), &["more", "less", "fewer"])
        {
            // "more than 4 in 10"
            k -= 2;
        } else if k >= 1
            && eq(
                ws[k - 1].text(text),
                &["the", "these", "those", "all", "no"],
            )
            && joined(text, ws[k - 1], ws[k])
        {
            // "The two admit", "all three said".
            k -= 1;
        }
        det = true;
    }
    if object && !det && k > 0 && eq(last.text(text), &["them", "us"]) {
        return eq(last.text(text), &["them", "us"]).then_some(PlainNp {
            k: k - 1,
            plural: true,
        });
    }
    while !det && k > 0 && end - k < MAX_SUBJECT_NP_WORDS {
        let w = ws[k - 1];
        if k < end && !joined(text, w, ws[k]) {
            break;
        }
        let t = w.text(text);
        // "Each side", "My staff", "Another child": a capitalised
        // determiner that opens the clause.
        if k < end
            && is_cap(t)
            && lexicon::in_list!(t, DETERMINERS)
            && opens_clause(text, ws, k - 1)
        {
            det = true;
            k -= 1;
            break;
        }
        // "Greenberg's research", "the field's biggest hawks", "USA
        // TODAY's reporting": a possessor stands for the determiner.
        if k < end && possessor_stem(t).is_some() {
            det = true;
            k -= 1;
            while k > 0
                && end - k < MAX_SUBJECT_NP_WORDS + 2
                && joined(text, ws[k - 1], ws[k])
                && matches!(class(ws[k - 1].text(text)), Class::Cap | Class::Honorific)
                && possessor_stem(t).is_some_and(is_cap)
            {
                k -= 1;
            }
            if k > 0
                && joined(text, ws[k - 1], ws[k])
                && eq(ws[k - 1].text(text), &["the", "a", "an", "this", "that"])
            {
                k -= 1;
            }
            break;
        }
        match class(t) {
            Class::Det if !lexicon::in_list!(t, STOPS) => {
                det = true;
                k -= 1;
                break;
            }
            // "The state admitted", "the report says": the head noun is a
            // verb of saying's noun form.
            Class::Stop
                if k == end
                    && !is_cap(t)
                    && lexicon::verb(t).is_some_and(|v| lexicon::is_noun_form(t, v.lemma)) =>
            {
                k -= 1
            }
            Class::Lower | Class::Group | Class::Role | Class::Cap | Class::Honorific => k -= 1,
            // "proponents of more controls": a comparative quantifier.
            Class::Stop if k < end && eq(t, &["more", "fewer", "less"]) => k -= 1,
            Class::And if k < end && k >= 2 => k -= 1,
            _ => break,
        }
    }
    let run = &ws[k..];
    let (&first, &head) = (run.first()?, run.last()?);
    let head_text = head.text(text);
    // "friends of Mr. Clinton's": a possessive object.
    let head_text = if object {
        head_text
            .strip_suffix("'s")
            .or_else(|| head_text.strip_suffix("’s"))
            .unwrap_or(head_text)
    } else {
        head_text
    };
    if head_text.is_empty()
        || !(head_text.chars().all(|c| c.is_alphabetic() || c == '-')
            || is_number(head_text)
            || eq(head_text, &["percent"]))
        || (head_text.ends_with("ly") && !eq(head_text, crate::cue::LY_NOUNS))
        || matches!(class(first.text(text)), Class::And)
    {
        return None;
    }
    let plural = (head_text.len() > 3
        && head_text.ends_with('s')
        && !head_text.ends_with("ss")
        && !head_text.ends_with("us"))
        || head_text.ends_with("men")
        || eq(head_text, &["people", "children"]);
    // A capitalised plural only alone, at the clause start ("Supporters of …").
    let bare_plural = !det && plural && (!is_cap(head_text) || run.len() == 1) && run.len() <= 4;
    // After a preposition a capitalised run or a bare noun: "polls in New
    // Hampshire", "supporters of reform".
    let proper = object && !det && (run.len() <= 3 || run.iter().all(|w| is_cap(w.text(text))));
    if !det && !bare_plural && !proper {
        return None;
    }
    if run.len() < 2 && det && !is_number(head_text) {
        return None;
    }
    Some(PlainNp { k, plural })
}

/// True when the phrase starting at word `k` opens its clause: sentence
/// start, punctuation or a conjunction before it, never a preposition.
fn opens_clause(text: &str, ws: &[Span], k: usize) -> bool {
    let Some(&prev) = ws[..k].last() else {
        return true;
    };
    let between = &text[prev.end()..ws[k].start()];
    // "the fishermen‘s unions", "1,280": a mark inside a word opens nothing.
    if between
        .chars()
        .all(|c| matches!(c, '\'' | '‘' | '’' | ',' | '.' | '-'))
    {
        return false;
    }
    !(between.trim().is_empty()
        && (lexicon::in_list!(prev.text(text), NP_BLOCKERS)
            || !matches!(class(prev.text(text)), Class::Stop | Class::And)))
}

/// Quantifiers that stand alone as a subject: "many believe", "most oppose".
/// Not "both": "Ortiz and Feld both said" has its subject before it.
const LONE_QUANTIFIERS: &[&str] = &["many", "most", "some", "several", "few"];

/// Quantifiers that stand alone as a subject only when they open the clause
/// ("Both think …", "But neither takes …"), never after their antecedent
/// ("Ortiz and Feld both said": `opens_clause` turns that away).
const CLAUSE_QUANTIFIERS: &[&str] = &["both", "neither"];

/// Indefinite pronouns that stand alone as a subject: "another says",
/// "someone told him", "nobody asked".
const LONE_PRONOUNS: &[&str] = &[
    "another",
    "others",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "nobody",
    "none",
    "anyone",
    "each",
];

/// Most prepositional phrases a plain subject may carry.
const MAX_SUBJECT_PPS: usize = 2;

/// Quantifiers that head a partitive subject: "most of the voters".
const PARTITIVES: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "most",
    "many",
    "some",
    "all",
    "several",
    "both",
    "none",
    "few",
    "half",
    "each",
    "one",
    "two",
    "three",
    "four",
    "five",
    "majority",
    "minority",
];

/// A plain noun phrase that is the subject of the verb at `end`, for reported
/// speech whose speaker no name, role or group lexicon covers: "The ads ask
/// …", "the union agreed …", "Social conservatives say …". It starts with a
/// determiner, or is a bare plural ("conservatives"); it must open its clause
/// (sentence start, punctuation or a conjunction before it, never a preposition).
/// It may carry one short prepositional phrase ("Supporters of the bill
/// argue …", "Polls in Iowa show …"), covered whole as the annotators do.
pub(crate) fn subject_np_before(text: &str, end: usize, limit: usize) -> Option<Mention> {
    // "A third of independents, 33%, say": a share in apposition.
    let head = text[limit..end].trim_end();
    if let Some(h) = head.strip_suffix(',')
        && let Some(prev) = h.rfind(',')
        && is_share_apposition(&h[prev + 1..])
    {
        return subject_np_before(text, limit + prev, limit);
    }
    let window = window_start(text, limit, end);
    let ws = words(text, Span::new(window, end));
    let last = *ws.last()?;
    let tail = text[last.end()..end].trim();
    if !(tail.is_empty() || (tail == "%" && is_number(last.text(text)))) {
        return None;
    }
    let span_end = last.end() + if tail.is_empty() { 0 } else { 1 };
    // "The poll in December found", "the report released Tuesday said": a
    // time expression (and a participle before it) between subject and verb.
    // The mention covers the time expression, as the annotators mark it.
    let full = ws.len();
    let stripped = strip_subject_time(text, ws.clone());
    // "this past week": a time expression alone is no subject.
    if stripped.is_empty() {
        return None;
    }
    let ws = if stripped.len() < full
        && stripped
            .last()
            .is_some_and(|w| !eq(w.text(text), NP_BLOCKERS))
    {
        let (&kept, &dropped) = (stripped.last()?, &ws[stripped.len()]);
        if !joined(text, kept, dropped) {
            return None;
        }
        stripped
    } else {
        ws
    };
    let last = *ws.last()?;
    if let Some(k) = head_with_pps(text, &ws) {
        return Some(plain_mention(text, ws[k.k], span_end, k.plural));
    }
    // "many believe …", "Some say …": a quantifier alone.
    let np = np_ending(text, &ws, false).or_else(|| {
        // Not "most recently defended".
        let adverb = text[end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ly"));
        if adverb {
            return None;
        }
        if eq(last.text(text), LONE_QUANTIFIERS)
            || eq(last.text(text), LONE_PRONOUNS)
            || eq(last.text(text), CLAUSE_QUANTIFIERS)
        {
            return Some(PlainNp {
                k: ws.len() - 1,
                plural: true,
            });
        }
        // "No one", "not everyone", "almost everyone".
        let n = ws.len();
        (n >= 2
            && joined(text, ws[n - 2], ws[n - 1])
            && ((eq(last.text(text), &["one"]) && eq(ws[n - 2].text(text), &["no", "not"]))
                || (eq(last.text(text), &["everyone", "everybody"])
                    && eq(ws[n - 2].text(text), &["not", "almost", "nearly"]))))
        .then(|| PlainNp {
            k: n - 2,
            plural: true,
        })
    });
    match np {
        Some(np) if opens_clause(text, &ws, np.k) => {
            Some(plain_mention(text, ws[np.k], span_end, np.plural))
        }
        _ => relative_subject(text, &ws, span_end)
            .or_else(|| quantity_subject(text, &ws, span_end))
            .or_else(|| participle_subject(text, &ws, span_end)),
    }
}

/// Most words of a participle phrase after a plural subject's head.
const MAX_PARTICIPLE_WORDS: usize = 10;

/// A plural noun phrase with a participle phrase, no punctuation inside,
/// opening its clause: "Democrats trying to regain the Senate say",
/// "House Republicans supporting the bill have said", "Organizers of the
/// boycott calling for calm said".
fn participle_subject(text: &str, ws: &[Span], end: usize) -> Option<Mention> {
    let n = ws.len();
    let from = n.saturating_sub(MAX_PARTICIPLE_WORDS + 1);
    let p = (from.max(1)..n).find(|&i| {
        let w = ws[i].text(text);
        w.len() > 4 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase())
    })?;
    if !(p - 1..n - 1).all(|i| joined(text, ws[i], ws[i + 1])) {
        return None;
    }
    // The phrase's last word is no determiner or preposition.
    let last = ws[n - 1].text(text);
    if matches!(class(last), Class::Det | Class::Connector) || eq(last, NP_BLOCKERS) {
        return None;
    }
    let before = &ws[..p];
    let head = head_with_pps(text, before)
        .or_else(|| np_ending(text, before, false).filter(|h| opens_clause(text, before, h.k)))
        .filter(|h| h.plural)?;
    Some(plain_mention(text, ws[head.k], end, true))
}

/// Most words of a share of respondents as subject ("27 percent of those
/// who named a candidate").
const MAX_QUANTITY_SUBJECT_WORDS: usize = 12;

/// Closed-class words a share subject may hold after its count: "nine out
/// of 10", "58 percent of Florida voters overall", "half of voters in each
/// state", "31 percent of those surveyed".
const QUANTITY_INNER: &[&str] = &[
    "of",
    "in",
    "out",
    "at",
    "from",
    "who",
    "those",
    "each",
    "every",
    "all",
    "the",
    "their",
    "his",
    "her",
    "its",
    "our",
    "this",
    "these",
    "that",
    "polled",
    "surveyed",
    "questioned",
    "asked",
    "interviewed",
    "overall",
    "nationwide",
    "statewide",
    "and",
    "both",
    "other",
    "more",
    "most",
];

/// A share or count of people that opens its clause and runs to the cue:
/// "Nearly eight in 10 Democratic voters overall", "At least half of voters
/// in each state", "Thirty-one percent of those surveyed".
fn quantity_subject(text: &str, ws: &[Span], end: usize) -> Option<Mention> {
    let n = ws.len();
    let from = n.saturating_sub(MAX_QUANTITY_SUBJECT_WORDS);
    let mut lo = n.checked_sub(1)?;
    while lo > from && joined(text, ws[lo - 1], ws[lo]) {
        lo -= 1;
    }
    let i = (lo..n).find(|&i| {
        let w = ws[i].text(text);
        is_number(w) && !is_year(w)
    })?;
    // "$160 billion": money, not people.
    if text[..ws[i].start()].ends_with(['$', '€', '£']) {
        return None;
    }
    let at = |j: usize, list: &[&str]| j >= lo && eq(ws[j].text(text), list);
    let mut k = i;
    if k >= 1 && at(k - 1, NUMBER_MODIFIERS) {
        k -= 1;
    } else if k >= 2
        && ((at(k - 2, &["at"]) && at(k - 1, &["least", "most"]))
            || (at(k - 2, &["more", "less", "fewer"]) && at(k - 1, &["than"])))
    {
        k -= 2;
    } else if k >= 1 && at(k - 1, &["a", "an"]) {
        k -= 1;
    }
    let inner_ok = ws[i + 1..].iter().all(|w| {
        let t = w.text(text);
        eq(t, QUANTITY_INNER)
            || is_number(t)
            || eq(t, &["percent", "%"])
            || !matches!(class(t), Class::Stop | Class::Pronoun)
            // "half of voters in each state": a noun that is also a verb
            // of saying.
            || (w.start() > ws[i].start()
                && t.bytes().all(|b| b.is_ascii_lowercase())
                && lexicon::verb(t).is_some_and(|v| lexicon::is_noun_form(t, v.lemma))
                && ws.last().is_some_and(|l| l.start() == w.start())
                && !eq(ws[ws.len().saturating_sub(2)].text(text), &["to"]))
    });
    // A share ("percent", "in 10", "half"), a partitive ("two of …") or a
    // plural head ("three senior aides"), never "One big obstacle".
    let after = ws.get(i + 1).map_or("", |w| w.text(text));
    let head = ws[n - 1].text(text);
    let share = eq(after, &["percent", "in", "out", "of", "%"])
        || text[ws[i].end()..].starts_with('%')
        || ws[i].text(text).ends_with('%')
        || eq(
            ws[i].text(text),
            &["half", "majority", "minority", "third", "quarter"],
        )
        || ws[i].text(text).contains("-thirds")
        || ws[i].text(text).contains("-quarters")
        || i == n - 1;
    let plural_head = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss")
        || eq(head, &["people", "men", "women"]);
    // It starts its clause: sentence start, punctuation or a conjunction,
    // not after a verb ("to have a majority of those pledged").
    let opens = k == 0
        || !joined(text, ws[k - 1], ws[k])
        || eq(ws[k - 1].text(text), CLAUSE_OPENERS)
        || eq(ws[k - 1].text(text), &["and"]);
    let ends_ok = !matches!(class(head), Class::Det | Class::Connector) && !eq(head, NP_BLOCKERS);
    (inner_ok && (share || plural_head) && opens && ends_ok && opens_clause(text, ws, k))
        .then(|| plain_mention(text, ws[k], end, true))
}

/// "33%", "67 percent": a bare share set off by commas.
fn is_share_apposition(segment: &str) -> bool {
    let ws: Vec<&str> = segment.split_whitespace().collect();
    match ws.as_slice() {
        [n] => n.ends_with('%') && n.starts_with(|c: char| c.is_ascii_digit()),
        [n, p] => n.starts_with(|c: char| c.is_ascii_digit()) && eq(p, &["percent"]),
        _ => false,
    }
}

/// A year ("2016"), not a count.
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// The noun phrase ending `ws` with one or two prepositional phrases
/// ("Supporters of the bill", "dozens of members of his party") that opens
/// its clause.
fn head_with_pps(text: &str, ws: &[Span]) -> Option<PlainNp> {
    // "Supporters of the bill": a head noun phrase, a preposition, its
    // object; at most two such phrases ("dozens of members of his party").
    let mut obj = np_ending(text, ws, true);
    // "her lead of nearly 400 | pledged delegates": a count right before
    // the cue modifies the noun after it.
    if obj.as_ref().is_some_and(|o| {
        ws[o.k..]
            .iter()
            .all(|w| is_number(w.text(text)) || eq(w.text(text), NUMBER_MODIFIERS))
    }) {
        return None;
    }
    for _ in 0..MAX_SUBJECT_PPS {
        let Some(o) = obj.take() else { break };
        // "Organizers of the push to boycott the speech", "The last man to
        // mount a third-party race": "to" and a verb before the object.
        let infinitive = o.k >= 3
            && eq(ws[o.k - 2].text(text), &["to"])
            && class(ws[o.k - 1].text(text)) == Class::Lower
            && (o.k - 2..o.k + 1).all(|i| joined(text, ws[i - 1], ws[i]));
        if !(infinitive
            || o.k >= 2
                && eq(ws[o.k - 1].text(text), SUBJECT_PP)
                && joined(text, ws[o.k - 1], ws[o.k])
                && joined(text, ws[o.k - 2], ws[o.k - 1]))
        {
            break;
        }
        let prep = if infinitive { o.k - 2 } else { o.k - 1 };
        let before = &ws[..prep];
        let head = np_ending(text, before, false).or_else(|| {
            // "Most of the voters", "three of them"; "many in the party",
            // "few on either side".
            let w = before.last()?;
            ((eq(ws[prep].text(text), &["of"]) && eq(w.text(text), PARTITIVES))
                || (eq(ws[prep].text(text), &["in", "on", "across", "within"])
                    && eq(w.text(text), LONE_QUANTIFIERS)
                    && joined(text, *w, ws[prep])))
            .then_some(PlainNp {
                k: before.len() - 1,
                plural: true,
            })
        });
        if let Some(h) = head
            && opens_clause(text, ws, h.k)
        {
            return Some(h);
        }
        obj = np_ending(text, before, true);
    }
    None
}

/// `m` widened to the plain noun phrase it ends when it is the object of
/// a preposition inside that subject: "Two bakeries on Mill Street argue"
/// has the bakeries as subject, not the street.
pub(crate) fn widen_object(text: &str, m: Mention, end: usize, limit: usize) -> Mention {
    let before = text[limit..m.span.start()].trim_end();
    let prep = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if eq(prep, &["by"]) {
        return agent_subject(text, m, limit + before.len() - prep.len(), limit).unwrap_or(m);
    }
    if !eq(prep, SUBJECT_PP) {
        return m;
    }
    subject_np_before(text, end, limit)
        .filter(|w| w.span.start() < m.span.start() && w.span.end() >= m.span.end())
        .map(|w| Mention {
            role: w.role.or_else(|| role_head(text, w.span)),
            ..w
        })
        .unwrap_or(m)
}

/// Participles that take their agent with "by" inside a subject.
const AGENT_PARTICIPLES: &[&str] = &[
    "filed",
    "obtained",
    "released",
    "published",
    "commissioned",
    "conducted",
    "issued",
    "compiled",
    "written",
    "signed",
    "sponsored",
    "prepared",
    "posted",
    "produced",
    "reviewed",
    "cited",
    "seen",
];

/// Nouns whose agent follows with "by": "a report by the board".
const AGENT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "survey",
    "surveys",
    "study",
    "studies",
    "analysis",
    "poll",
    "polls",
    "review",
    "audit",
    "letter",
    "memo",
    "statement",
    "investigation",
    "article",
    "op-ed",
];

/// The subject a "by" object `m` belongs to, before the cue: "records filed
/// by the harbour board revealed", "A study by the institute found" — the
/// noun phrase that opens the clause, running through the agent. `by` is
/// where the preposition starts.
fn agent_subject(text: &str, m: Mention, by: usize, limit: usize) -> Option<Mention> {
    let ws = words(text, Span::new(window_start(text, limit, by), by));
    let n = ws.len();
    let last = *ws.last()?;
    if !text[last.end()..by].trim().is_empty() {
        return None;
    }
    let head_end = if eq(last.text(text), AGENT_PARTICIPLES) {
        n - 1
    } else if eq(last.text(text), AGENT_NOUNS) {
        n
    } else {
        return None;
    };
    let np_words = &ws[..head_end];
    if let (Some(a), Some(b)) = (np_words.last(), ws.get(head_end))
        && !joined(text, *a, *b)
    {
        return None;
    }
    let np = np_ending(text, np_words, false)
        .or_else(|| {
            // A bare plural head: "records filed by …", "documents obtained by …".
            let w = np_words.last()?.text(text);
            (head_end < n && w.ends_with('s') && class(w) == Class::Lower).then_some(PlainNp {
                k: np_words.len() - 1,
                plural: true,
            })
        })
        .filter(|np| opens_clause(text, np_words, np.k))
        // "A letter from the board obtained by …": a head with its own
        // prepositional phrase.
        .or_else(|| head_with_pps(text, np_words))?;
    Some(plain_mention(text, np_words[np.k], m.span.end(), np.plural))
}

/// The role word heading a noun phrase with a postmodifier: "spokesman" in
/// "A spokesman for the agency", "aide" in "a senior aide to the mayor".
pub(crate) fn role_head(text: &str, span: Span) -> Option<Span> {
    let ws = words(text, span);
    let k = ws
        .iter()
        .position(|w| {
            eq(
                w.text(text),
                &["for", "of", "to", "at", "with", "from", "in"],
            )
        })
        .unwrap_or(ws.len());
    let head = *ws.get(k.checked_sub(1)?)?;
    lexicon::is_role(head.text(text)).then_some(head)
}

/// `ws` without a trailing time expression: "on Tuesday", "in December",
/// "this week", "released Monday".
fn strip_subject_time(text: &str, mut ws: Vec<Span>) -> Vec<Span> {
    let Some(last) = ws.last() else { return ws };
    let w = last.text(text);
    if !(is_temporal(w) || lexicon::is_month_name(w)) {
        return ws;
    }
    ws.pop();
    while let Some(prev) = ws.last() {
        if eq(
            prev.text(text),
            &[
                "on",
                "in",
                "last",
                "this",
                "earlier",
                "late",
                "early",
                "next",
                "released",
                "published",
                "issued",
                "filed",
                "out",
                "past",
            ],
        ) {
            ws.pop();
        } else {
            break;
        }
    }
    ws
}

/// Most words of a relative clause inside a subject.
const MAX_RELATIVE_WORDS: usize = 8;

/// "Voters who backed the levy say …", "some who advocate free speech
/// argue …": a plural noun phrase (or a quantifier) with a short relative
/// clause, no punctuation inside, opening its clause.
fn relative_subject(text: &str, ws: &[Span], end: usize) -> Option<Mention> {
    let from = ws.len().saturating_sub(MAX_RELATIVE_WORDS + 1);
    let who = (from..ws.len().saturating_sub(1))
        .rev()
        .find(|&i| eq(ws[i].text(text), &["who", "whose"]))?;
    // "… who run newsrooms almost universally say": an adverb of the cue.
    let last = ws[ws.len() - 1].text(text);
    if who == 0
        || last.ends_with("ly")
        || eq(last, &["almost", "also", "still", "even", "now", "often"])
        || !(who..ws.len() - 1).all(|i| joined(text, ws[i], ws[i + 1]))
        || !joined(text, ws[who - 1], ws[who])
    {
        return None;
    }
    let before = &ws[..who];
    // "Friends of Mr. Clinton's who …": the head may carry a phrase.
    if let Some(h) = head_with_pps(text, before).filter(|h| h.plural) {
        return Some(plain_mention(text, ws[h.k], end, true));
    }
    let head = np_ending(text, before, false)
        .filter(|h| h.plural)
        .or_else(|| {
            eq(
                before[who - 1].text(text),
                &["some", "many", "most", "those"],
            )
            .then_some(PlainNp {
                k: who - 1,
                plural: true,
            })
        })?;
    opens_clause(text, ws, head.k).then(|| plain_mention(text, ws[head.k], end, true))
}

fn plain_mention(text: &str, first: Span, end: usize, plural: bool) -> Mention {
    Mention {
        span: Span::new(first.start(), end),
        name: None,
        role: None,
        kind: if plural {
            MentionKind::Group
        } else {
            MentionKind::Nominal
        },
        gender: if plural {
            Gender::Plural
        } else {
            Gender::Unknown
        },
        definite: eq(first.text(text), &["the", "this", "these", "those"]),
        antecedent: None,
    }
}

/// Shares that take an article: "a third", "a majority".
const FRACTIONS: &[&str] = &[
    "third", "quarter", "half", "fifth", "tenth", "majority", "minority",
];

/// Tens that open a spelled-out count: "Thirty-one", "forty".
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A count or share: "43", "26%", "three-quarters", "five".
pub(crate) fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || word.ends_with('%')
        || word.ends_with("-quarters")
        || word.ends_with("-thirds")
        || word.ends_with("-fourths")
        || word.ends_with("-fifths")
        || lexicon::in_list!(
            word,
            &[
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "half", "third", "quarter", "fifth", "tenth", "majority", "minority",
            ]
        )
        || lexicon::in_list!(word.split('-').next().unwrap_or(""), TENS)
}

/// Bytes before a cue that can hold a mention with its time expression;
/// words further back are never read (keeps long sentences linear).
const MENTION_WINDOW: usize = 400;

/// Where to start reading words for a mention that ends at `end`.
fn window_start(text: &str, limit: usize, end: usize) -> usize {
    if end - limit <= MENTION_WINDOW {
        return limit;
    }
    let from = crate::boundary::floor_boundary(text, end - MENTION_WINDOW);
    // Start after a space so no word is cut.
    text[from..end]
        .find(char::is_whitespace)
        .map_or(end, |i| from + i)
}

/// Phrases after a nominal speaker that describe it ("familiar with the talks").
const POSTMODIFIERS: &[&str] = &[
    " familiar with ",
    " close to ",
    " briefed on ",
    " with knowledge of ",
    " involved in ",
    " knowledgeable about ",
    " speaking on condition of anonymity",
    " who requested anonymity",
];

/// Most bytes a post-modifier phrase may span before the cue.
const MAX_POSTMODIFIER_BYTES: usize = 80;

fn before_postmodifier(text: &str, end: usize, limit: usize) -> Option<Mention> {
    let from = crate::boundary::floor_boundary(
        text,
        end.saturating_sub(MAX_POSTMODIFIER_BYTES).max(limit),
    );
    let window = &text[from..end];
    // The last place any phrase starts (each starts with a space).
    let at = memchr::memrchr_iter(b' ', window.as_bytes())
        .find(|&i| POSTMODIFIERS.iter().any(|p| window[i..].starts_with(p)))?;
    if window[at..].contains([',', '.', ';', '"', '“', '”']) {
        return None;
    }
    // "familiar with the | talks said": the phrase must be whole before the
    // cue, not end in a determiner or preposition.
    let tail = window[at..].split_whitespace().last().unwrap_or("");
    if eq(tail, DETERMINERS) || eq(tail, NP_BLOCKERS) {
        return None;
    }
    // "People briefed on the talks said": a plain noun phrase as well.
    let ok = |m: &Mention| {
        matches!(
            m.kind,
            MentionKind::Nominal | MentionKind::Group | MentionKind::Person
        )
    };
    mention_before(text, from + at, limit)
        .filter(ok)
        .or_else(|| subject_np_before(text, from + at, limit).filter(ok))
}

/// Lowercase modifiers a mention may have before its role or group head.
const MAX_MODIFIERS: usize = 5;

/// True when a role or group word comes within [`MAX_MODIFIERS`] lowercase
/// or capitalised words after `at`.
fn role_ahead(text: &str, mut at: usize, limit: usize) -> bool {
    for _ in 0..MAX_MODIFIERS {
        let Some(n) = word_after(text, at, limit) else {
            return false;
        };
        if !text[at..n.start()].chars().all(char::is_whitespace) {
            return false;
        }
        match class(n.text(text)) {
            Class::Role | Class::Group => return true,
            Class::Lower | Class::Cap => at = n.end(),
            _ => return false,
        }
    }
    false
}

fn has_role_after(text: &str, ws: &[Span]) -> bool {
    ws.iter()
        .any(|w| matches!(class(w.text(text)), Class::Role | Class::Group))
}

/// Drop words at the left that cannot start a mention.
fn trim_left<'a>(text: &str, mut run: &'a [Span]) -> &'a [Span] {
    while let Some((first, rest)) = run.split_first() {
        match class(first.text(text)) {
            Class::Connector | Class::And | Class::Stop => run = rest,
            _ => break,
        }
    }
    run
}

/// Drop a trailing time expression: "on Tuesday", "in 2018", "last week".
/// (A prefix of `ws`: no copy.)
fn strip_temporal<'a>(text: &str, ws: &'a [Span]) -> &'a [Span] {
    let mut v = ws;
    while let Some((last, rest)) = v.split_last() {
        let w = last.text(text);
        let temporal = is_temporal(w);
        if !temporal {
            break;
        }
        v = rest;
        while let Some((prev, rest)) = v.split_last() {
            let p = prev.text(text);
            if eq(
                p,
                &[
                    "on", "in", "last", "this", "earlier", "late", "early", "next", "on",
                ],
            ) || is_temporal(p)
            {
                v = rest;
            } else {
                break;
            }
        }
    }
    v
}

fn is_temporal(w: &str) -> bool {
    lexicon::is_weekday(w)
        || lexicon::in_list!(
            w,
            &[
                "today",
                "yesterday",
                "tonight",
                "week",
                "month",
                "year",
                "morning",
                "evening",
                "afternoon",
                "night",
                "weekend",
                "recently",
                "earlier",
                "later",
                "previously",
            ],
        )
        || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
}

/// "NAME, who backs Trump," or "NAME, after a long pause,": the mention before
/// a comma-delimited aside that ends at `comma`.
fn relative_before(text: &str, comma: usize, limit: usize) -> Option<Mention> {
    let prev_comma = text[limit..comma].rfind(',')? + limit;
    let aside = &text[prev_comma + 1..comma];
    if aside.split_whitespace().count() > 10 || aside.contains(['"', '“', '”']) {
        return None;
    }
    let m = mention_before(text, prev_comma, limit)?;
    // "the spokesman, who …, said": a role alone as well, when it opens
    // its clause.
    let ok = match m.kind {
        MentionKind::Person
        | MentionKind::Name
        | MentionKind::Organization
        | MentionKind::Group => true,
        MentionKind::Nominal => opens_segment(text, limit, m.span.start()),
        _ => false,
    };
    ok.then_some(m)
}

/// A capitalised word before a comma that opens a sentence without being
/// its subject: an adverb ("Similarly,") or a dateline ("PARIS").
fn is_intro_word(m: &str) -> bool {
    !m.contains(' ') && (m.ends_with("ly") || (m.len() > 2 && m.chars().all(|c| !c.is_lowercase())))
}

/// Words after which a subject opens its clause: "But Jane Doe, …".
/// "and" and "or" only after a comma ("…, and the spokesman, …").
const CLAUSE_OPENERS: &[&str] = &[
    "but",
    "yet",
    "so",
    "then",
    "also",
    "while",
    "as",
    "because",
    "although",
    "though",
    "when",
    "after",
    "since",
    "if",
    "that",
    "meanwhile",
    "still",
];

/// True when the mention starting at `start` opens a clause or a
/// comma-delimited segment: nothing but an opening word between it and
/// `limit` or the punctuation before it (not the object of "of Flint").
fn opens_segment(text: &str, limit: usize, start: usize) -> bool {
    let before = text[limit..start].trim_end();
    if before.is_empty()
        || before.ends_with([',', ';', ':', '—', '–', '(', '"', '“', '”', '\''])
        || before.ends_with(" -")
        || before.ends_with(" --")
    {
        return true;
    }
    let (rest, last) = before
        .rsplit_once(char::is_whitespace)
        .unwrap_or(("", before));
    eq(last, CLAUSE_OPENERS)
        || (eq(last, &["and", "or"]) && (rest.trim_end().ends_with(',') || rest.trim().is_empty()))
}

/// The mention before an aside set off by dashes or brackets that ends at
/// `end`: "Mr. Bush - in a line aimed at his rival - declared", "The
/// justice -- who has been in a scuffle -- said", "Kasich (who has 25
/// delegates to date) said". Not a party tag ("(D-Vt.)").
fn before_dashed_aside(text: &str, end: usize, limit: usize) -> Option<Mention> {
    let head = &text[limit..end];
    // The opening delimiter's start and the aside's text.
    let (open_at, inner) = if let Some(h) = head.strip_suffix(')') {
        let open = h.rfind('(')?;
        if g::whole(&head[open..], g::party_tag) {
            return None;
        }
        (open, &h[open + 1..])
    } else {
        let dash = ["—", "–", " --", " -"]
            .iter()
            .find(|d| head.ends_with(*d))?
            .trim_start();
        let h = &head[..head.len() - dash.len()];
        let open = h.rfind(dash)?;
        (open, &h[open + dash.len()..])
    };
    if inner.trim().is_empty()
        || inner.split_whitespace().count() > MAX_SUBJECT_ASIDE_WORDS
        || inner.contains(['"', '“', '”', ';', '(', ')', '—', '–'])
        || inner.contains(" -")
    {
        return None;
    }
    let m = mention_before(text, limit + open_at, limit)?;
    let ok = matches!(
        m.kind,
        MentionKind::Person
            | MentionKind::Name
            | MentionKind::Organization
            | MentionKind::Group
            | MentionKind::Nominal
    ) && opens_segment(text, limit, m.span.start());
    ok.then_some(m)
}

/// Most words of a quoted title inside an aside.
const MAX_TITLE_WORDS: usize = 5;

/// True when every quotation inside `aside` is a short title ("the
/// co-author of “Going Viral,”", "the hacker known as “Guccifer,”"): marks
/// come in pairs around a few words.
fn titles_only(aside: &str) -> bool {
    let marks: Vec<usize> = aside
        .match_indices(['"', '“', '”'])
        .map(|(i, _)| i)
        .collect();
    marks.len() % 2 == 0
        && marks
            .chunks(2)
            .all(|c| aside[c[0]..c[1]].split_whitespace().count() <= MAX_TITLE_WORDS)
}

/// Longest aside between a clause's subject and its verb:
/// "Jimmy Ghazal, 39, a man visiting Nice with his family, told …".
const MAX_SUBJECT_ASIDE_WORDS: usize = 30;

/// The subject that opens the clause at `limit`, followed by an aside that
/// ends at the comma at `comma`.
fn subject_before_aside(text: &str, comma: usize, limit: usize) -> Option<Mention> {
    let mut start = skip_ws(text, limit);
    // "But Jane Doe, …, said": a conjunction before the subject.
    if let Some(w) = word_after(text, start, comma)
        && w.start() == start
        && eq(w.text(text), &["but", "and", "yet", "so", "still"])
        && text[w.end()..].starts_with(' ')
    {
        start = skip_ws(text, w.end());
    }
    let m = mention_after(text, start, comma)?;
    // "Joe Doe, host of “Morning Talk,” said": the comma inside a title's
    // closing mark; the aside runs through the mark.
    let close = ['”', '"']
        .iter()
        .find(|&&c| text[comma + 1..].starts_with(c))
        .map_or(0, |c| c.len_utf8());
    let aside = &text[m.span.end()..comma + 1 + close];
    let aside = aside.strip_suffix(',').unwrap_or(aside);
    // "The employee, a registered Republican who …, said": a role as well.
    let ok = m.span.start() == start
        && aside.trim_start().starts_with(',')
        && aside.split_whitespace().count() <= MAX_SUBJECT_ASIDE_WORDS
        && !aside.contains(';')
        && titles_only(aside)
        && matches!(
            m.kind,
            MentionKind::Person
                | MentionKind::Name
                | MentionKind::Organization
                | MentionKind::Group
                | MentionKind::Nominal
        );
    ok.then_some(m)
}

/// "NAME, APPOSITION," ending at the comma at `comma`.
fn apposition_before(text: &str, comma: usize, limit: usize) -> Option<Mention> {
    let inner_end = comma;
    let prev_comma = text[limit..inner_end].rfind(',')? + limit;
    let appos = mention_before(text, inner_end, prev_comma + 1)?;
    if matches!(
        appos.kind,
        MentionKind::Person | MentionKind::Name | MentionKind::Organization
    ) && appos.span.start() == skip_ws(text, prev_comma + 1)
    {
        // "A longtime official, Howard Ingram, said": the name is the mention.
        let role = mention_before(text, prev_comma, limit);
        if appos.role.is_none()
            && let Some(r) = role.filter(|r| r.kind == MentionKind::Nominal)
        {
            return Some(Mention {
                kind: if appos.kind == MentionKind::Organization {
                    MentionKind::Organization
                } else {
                    MentionKind::Person
                },
                role: r.role,
                ..appos
            });
        }
        // "Another ally, Agriculture Secretary Tom Vilsack, said": a name
        // set off by commas right before the verb is the speaker, whatever
        // the noun phrase before it; not a place after a preposition's
        // object ("The mayor of Flint, Michigan,") nor an abbreviation
        // ("of Flint, Mich.,").
        let segment = text[limit..prev_comma].trim_end();
        // The word before the capitalised run that ends the segment.
        let mut seg_words = segment.split_whitespace().rev().skip_while(|w| is_cap(w));
        let after_preposition = seg_words.next().is_some_and(|w| eq(w, NP_BLOCKERS));
        let appos_text = appos.span.text(text);
        let one_word = !appos_text.contains(' ');
        let abbreviation = one_word && appos_text.ends_with('.');
        // "Brian Burton, AKA Danger Mouse,", "Aurora, Colorado,": a name
        // after a name is an alias or a place.
        let place_like = role.is_some_and(|r| {
            matches!(
                r.kind,
                MentionKind::Name | MentionKind::Person | MentionKind::Organization
            )
        });
        if !after_preposition && !abbreviation && !place_like && !segment.is_empty() {
            return Some(appos);
        }
        return None;
    }
    if !matches!(appos.kind, MentionKind::Nominal | MentionKind::Group) {
        return None;
    }
    let name = mention_before(text, prev_comma, limit)?;
    if !matches!(name.kind, MentionKind::Person | MentionKind::Name) {
        return None;
    }
    Some(Mention {
        kind: MentionKind::Person,
        role: name.role.or(appos.role),
        ..name
    })
}

fn skip_ws(text: &str, at: usize) -> usize {
    at + (text[at..].len() - text[at..].trim_start().len())
}

/// The source named after "according to": a mention, or else the noun
/// phrase up to the next comma or sentence end ("F.A.A. records").
///
/// When "according to" opens its sentence (`leading`), the source runs to
/// the comma that ends it: "According to early results of exit polls
/// conducted for the AP by Edison Research, …".
pub(crate) fn source_after(
    text: &str,
    start: usize,
    limit: usize,
    leading: bool,
) -> Option<Mention> {
    let m = mention_after(text, start, limit);
    if leading && let Some(long) = leading_source(text, start, limit, m) {
        return Some(long);
    }
    if let Some(m) = m {
        return Some(with_source_agent(text, m, limit));
    }
    let start = skip_ws(text, start.min(limit)).min(limit);
    let rest = text.get(start..limit)?;
    let end = rest
        .find([',', ';', ':', '.', '(', '"', '“', '”'])
        .unwrap_or(rest.len());
    let ws = words(text, Span::new(start, start + end));
    if ws.is_empty() || ws.len() > MAX_SOURCE_WORDS {
        return None;
    }
    let span = ws[0].cover(*ws.last()?);
    Some(Mention::unnamed(span, eq(ws[0].text(text), &["the"])))
}

/// "according to a report by the Pew Research Center", "… a court filing
/// by prosecutors": an unnamed source document runs through its author
/// (after "by"/"from", or a participle and "by"), who annotators often mark
/// as the source themselves.
fn with_source_agent(text: &str, m: Mention, limit: usize) -> Mention {
    if !matches!(m.kind, MentionKind::Nominal | MentionKind::Group) || m.name.is_some() {
        return m;
    }
    let mut at = m.span.end();
    let mut ws = word_iter(text, Span::new(at, limit));
    let Some(w) = ws.next() else {
        return m;
    };
    if !text[at..w.start()].chars().all(char::is_whitespace) {
        return m;
    }
    let w = if eq(w.text(text), AGENT_PARTICIPLES) {
        match ws.next() {
            Some(by) if eq(by.text(text), &["by"]) && joined(text, w, by) => by,
            _ => return m,
        }
    } else if eq(w.text(text), &["by", "from"]) {
        w
    } else {
        return m;
    };
    at = w.end();
    match mention_after(text, at, limit) {
        // "filed by state attorney Dana Reyes": a lowercase role may come first.
        Some(agent)
            if text[at..agent.span.start()]
                .split_whitespace()
                .all(|w| w.chars().all(char::is_alphabetic))
                && text[at..agent.span.start()].split_whitespace().count() <= 3 =>
        {
            Mention {
                span: m.span.cover(agent.span),
                ..m
            }
        }
        _ => m,
    }
}

/// Most words of a sentence-initial "according to" source that runs to its
/// comma.
const MAX_LEADING_SOURCE_WORDS: usize = 25;

/// The source of a sentence-initial "according to" up to its comma: no
/// other punctuation before it, at most [`MAX_LEADING_SOURCE_WORDS`] words,
/// and a clause of three words or more after it. `m` is the mention found
/// at `start`, if any.
fn leading_source(text: &str, start: usize, limit: usize, m: Option<Mention>) -> Option<Mention> {
    let from = m.map_or_else(
        || skip_ws(text, start.min(limit)).min(limit),
        |m| m.span.start(),
    );
    let rest = text.get(from..limit)?;
    let comma = rest.find(',')?;
    let source = rest[..comma].trim_end();
    if source.is_empty()
        || source.contains(['.', ';', ':', '"', '“', '”', '(', ')', '—', '–'])
        || words(text, Span::new(from, from + source.len())).len() > MAX_LEADING_SOURCE_WORDS
        || rest[comma + 1..].split_whitespace().count() < 3
    {
        return None;
    }
    let span = Span::new(from, from + source.len());
    let definite = m.map_or_else(
        || {
            source
                .split_whitespace()
                .next()
                .is_some_and(|w| eq(w, &["the"]))
        },
        |m| m.definite,
    );
    Some(match m {
        Some(m) if m.span == span => m,
        _ => Mention::unnamed(span, definite),
    })
}

/// The mention that starts right at `start` (after whitespace), within `limit`.
/// Used for inverted frames: `said Mayor Lena Ortiz`, `according to officials`.
pub(crate) fn mention_after(text: &str, start: usize, limit: usize) -> Option<Mention> {
    let limit = limit.min(text.len());
    let mut ws = Vec::new();
    let mut at = start;
    while ws.len() < MAX_MENTION_WORDS {
        let Some(w) = word_after(text, at, limit) else {
            break;
        };
        let between = &text[at..w.start()];
        if !between.chars().all(char::is_whitespace) {
            break;
        }
        let c = class(w.text(text));
        let first = ws.is_empty();
        let ok = match c {
            Class::Det => first,
            Class::Pronoun => first,
            Class::Stop => false,
            Class::Connector | Class::And => {
                // Continue only when a capitalised word or role follows.
                word_after(text, w.end(), limit).is_some_and(|n| {
                    text[w.end()..n.start()].chars().all(char::is_whitespace)
                        && matches!(class(n.text(text)), Class::Cap | Class::Role | Class::Det)
                })
            }
            // Modifiers only when a role or group head follows within a few
            // words: "a former senior law enforcement official".
            Class::Lower => ws.len() < MAX_MENTION_WORDS && role_ahead(text, w.end(), limit),
            _ => true,
        };
        if !ok {
            break;
        }
        ws.push(w);
        at = w.end();
        if c == Class::Pronoun {
            break;
        }
    }
    // Drop trailing words that cannot end a mention.
    while let Some(last) = ws.last() {
        match class(last.text(text)) {
            Class::Connector | Class::And | Class::Det | Class::Lower => {
                ws.pop();
            }
            _ => break,
        }
    }
    let first = *ws.first()?;
    if ws.len() == 1
        && let Some(gender) = pronoun(first.text(text))
    {
        return Some(Mention::pronoun(first, gender));
    }
    let mut m = classify(text, &ws)?;
    // Party tag and apposition after the name: "Ned Price, a State Department spokesman,".
    let after = &text[m.span.end()..limit];
    let trimmed = after.trim_start();
    if let Ok((_, tag)) = g::party_tag(trimmed) {
        let _ = tag;
    } else if let Some(rest) = trimmed.strip_prefix(',')
        && matches!(m.kind, MentionKind::Person | MentionKind::Name)
    {
        let appos_start = m.span.end() + (after.len() - rest.len());
        if let Some(a) = mention_after(text, appos_start, limit)
            && a.kind == MentionKind::Nominal
            && m.role.is_none()
        {
            m.role = a.role;
            m.kind = MentionKind::Person;
        }
    }
    Some(m)
}

/// Most words of a description before the name it introduces after a cue.
const MAX_DESCRIPTION_WORDS: usize = 8;

/// The name after an inverted cue when the words before it are a
/// description no lexicon covers: "said master of ceremonies Asab
/// Al-Tabchi", "said another leading court advocate, Andrew Pincus". The
/// name is two capitalised words or more (or has a role or honorific).
pub(crate) fn name_after_description(text: &str, start: usize, limit: usize) -> Option<Mention> {
    let limit = limit.min(text.len());
    let mut at = start;
    let mut comma = false;
    for _ in 0..MAX_DESCRIPTION_WORDS {
        let w = word_after(text, at, limit)?;
        let between = &text[at..w.start()];
        if between.trim() == "," && !comma {
            comma = true;
        } else if !between.chars().all(char::is_whitespace) {
            return None;
        }
        if is_cap(w.text(text))
            && let Some(m) = mention_after(text, w.start(), limit)
        {
            // After a comma any name; otherwise a full name right after
            // lowercase words ("master of ceremonies Asab Al-Tabchi").
            let full = m.kind == MentionKind::Person;
            let ends = text[m.span.end()..limit]
                .trim_start()
                .starts_with([',', '.', ';', '(']);
            if m.name.is_some() && (full || comma) && ends {
                return Some(m);
            }
        }
        if comma || matches!(class(w.text(text)), Class::Stop | Class::Pronoun) {
            return None;
        }
        at = w.end();
    }
    None
}

/// Split a run of words into determiner, role and name, and class it.
fn classify(text: &str, run: &[Span]) -> Option<Mention> {
    let (&first, _) = run.split_first()?;
    let &last = run.last()?;
    // A mention runs to a few words: their classes stay on the stack.
    let mut stack = [Class::Lower; 16];
    let heap: Vec<Class>;
    let classes: &[Class] = if run.len() <= stack.len() {
        for (c, w) in stack.iter_mut().zip(run) {
            *c = class(w.text(text));
        }
        &stack[..run.len()]
    } else {
        heap = run.iter().map(|w| class(w.text(text))).collect();
        &heap
    };
    let mut i = 0;
    let definite = eq(first.text(text), &["the", "this", "these", "those"]);
    let has_det = classes[0] == Class::Det;
    if has_det {
        i = 1;
    }
    if i >= run.len() {
        return None;
    }
    let span = first.cover(last);
    let head = classes[run.len() - 1];
    // The last role-like word: lexicon role or honorific.
    let last_role = (i..run.len())
        .rev()
        .find(|&j| matches!(classes[j], Class::Role | Class::Honorific));
    let mut name_start = last_role.map_or(i, |j| j + 1);
    // "Secretary of State Antony Blinken": one word of the office after "of".
    if let Some(j) = last_role
        && classes.get(j + 1) == Some(&Class::Connector)
    {
        let caps = run.len() - (j + 2);
        name_start = if caps >= 3 {
            run.len() - 2
        } else if caps == 2 {
            run.len() - 1
        } else {
            run.len()
        };
    }
    // "CNN’s Dana Bash", "Florida’s Rick Wilson": the name is the person
    // after the possessive; the possessor (without "’s") is the role.
    let mut possessor = None;
    if let Some(p) = (name_start..run.len().saturating_sub(2))
        .rev()
        .find(|&p| possessive_suffix(run[p].text(text)) > 0)
        && run.len() - (p + 1) <= 3
        && classes[p + 1..].iter().all(|c| *c == Class::Cap)
        && classes[name_start..=p]
            .iter()
            .all(|c| matches!(c, Class::Cap | Class::Connector))
    {
        possessor = Some(Span::new(
            run[name_start].start(),
            run[p].end() - possessive_suffix(run[p].text(text)),
        ));
        name_start = p + 1;
    }
    let name_words = &run[name_start.min(run.len())..];
    let name_ok = !name_words.is_empty()
        && name_words
            .iter()
            .zip(&classes[name_start..])
            .all(|(_, c)| matches!(c, Class::Cap | Class::And));
    let role_span =
        possessor.or_else(|| (name_start > i).then(|| run[i].cover(run[name_start - 1])));
    if name_ok {
        let name = name_words[0].cover(*name_words.last()?);
        let org = name_words
            .iter()
            .any(|w| lexicon::is_org_word(w.text(text)))
            || (has_det && last_role.is_none());
        let honorific = last_role.filter(|&j| classes[j] == Class::Honorific);
        let gender = honorific.map_or(Gender::Unknown, |j| gender_of_honorific(run[j].text(text)));
        // "Donald Trump", "spokeswoman Jen Park": a given name or a role
        // noun that marks the sex, when no honorific does.
        let gender = if gender == Gender::Unknown {
            let first_name = (name_words.len() >= 2).then(|| name_words[0].text(text));
            let role_head = role_span.map(|r| last_word(r.text(text)));
            first_name
                .and_then(lexicon::sex_of)
                .or_else(|| role_head.and_then(lexicon::sex_of))
                .map_or(Gender::Unknown, Gender::from)
        } else {
            gender
        };
        let role = match (role_span, honorific) {
            // "Mr. Price": the honorific is no role.
            (Some(r), Some(j)) if j == i && is_plain_honorific(run[j].text(text)) => {
                let _ = r;
                None
            }
            (r, _) => r,
        };
        let kind = if org && role.is_none() && honorific.is_none() {
            MentionKind::Organization
        } else if role.is_some() || honorific.is_some() || name_words.len() >= 2 {
            MentionKind::Person
        } else {
            MentionKind::Name
        };
        let conjoined = classes[name_start..].contains(&Class::And);
        return Some(Mention {
            span,
            name: Some(name),
            role,
            kind,
            gender: if conjoined { Gender::Plural } else { gender },
            definite,
            antecedent: None,
        });
    }
    match head {
        Class::Role => Some(Mention {
            span,
            name: None,
            role: Some(run[i].cover(last)),
            kind: if lexicon::is_plural_role(last.text(text)) {
                MentionKind::Group
            } else {
                MentionKind::Nominal
            },
            gender: Gender::Unknown,
            definite,
            antecedent: None,
        }),
        Class::Group => Some(Mention {
            span,
            name: None,
            role: None,
            kind: MentionKind::Group,
            gender: if last.text(text).ends_with('s') {
                Gender::Plural
            } else {
                Gender::Neuter
            },
            definite,
            antecedent: None,
        }),
        Class::Cap => {
            // "The Biden administration"-like runs that end in a capitalised org word.
            Some(Mention {
                span,
                name: Some(run[i].cover(last)),
                role: None,
                kind: MentionKind::Organization,
                gender: Gender::Neuter,
                definite,
                antecedent: None,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postmodifiers_start_with_a_space() {
        // before_postmodifier looks for them only where a space is.
        assert!(POSTMODIFIERS.iter().all(|p| p.starts_with(' ')));
    }

    fn before(text: &str) -> (String, Option<String>, Option<String>, MentionKind) {
        let end = text.len();
        let m = mention_before(text, end, 0).expect("a mention");
        (
            m.span.text(text).to_string(),
            m.name.map(|s| s.text(text).to_string()),
            m.role.map(|s| s.text(text).to_string()),
            m.kind,
        )
    }

    fn after(text: &str) -> (String, Option<String>, Option<String>, MentionKind) {
        let m = mention_after(text, 0, text.len()).expect("a mention");
        (
            m.span.text(text).to_string(),
            m.name.map(|s| s.text(text).to_string()),
            m.role.map(|s| s.text(text).to_string()),
            m.kind,
        )
    }

    #[test]
    fn role_then_name() {
        let (span, name, role, kind) =
            before("In a briefing, State Department spokesman Ned Price ");
        assert_eq!(span, "State Department spokesman Ned Price");
        assert_eq!(name.as_deref(), Some("Ned Price"));
        assert_eq!(role.as_deref(), Some("State Department spokesman"));
        assert_eq!(kind, MentionKind::Person);
    }

    #[test]
    fn secretary_of_state() {
        let (_, name, role, _) = before("Secretary of State Antony Blinken");
        assert_eq!(name.as_deref(), Some("Antony Blinken"));
        assert_eq!(role.as_deref(), Some("Secretary of State"));
    }

    #[test]
    fn senator_with_party_tag() {
        let (_, name, role, _) = before("Sen. Bernie Sanders (I-Vt.)");
        assert_eq!(name.as_deref(), Some("Bernie Sanders"));
        assert_eq!(role.as_deref(), Some("Sen."));
    }

    #[test]
    fn honorific_surname() {
        let (_, name, role, kind) = before("But Mr. Price");
        assert_eq!(name.as_deref(), Some("Price"));
        assert_eq!(role, None);
        assert_eq!(kind, MentionKind::Person);
    }

    #[test]
    fn organisations_and_groups() {
        assert_eq!(
            before("In late February, the White House").3,
            MentionKind::Organization
        );
        assert_eq!(
            before("An independent U.N. panel").0,
            "An independent U.N. panel"
        );
        assert_eq!(before("Human rights groups").3, MentionKind::Group);
        assert_eq!(
            before("The United States on Tuesday").0,
            "The United States"
        );
        assert_eq!(before("officials").3, MentionKind::Group);
        assert_eq!(before("the spokesman").3, MentionKind::Nominal);
        assert_eq!(
            before("a senior official").2.as_deref(),
            Some("senior official")
        );
    }

    #[test]
    fn apposition_gives_the_role() {
        let (_, name, role, _) = before("Ned Price, a State Department spokesman,");
        assert_eq!(name.as_deref(), Some("Ned Price"));
        assert_eq!(role.as_deref(), Some("State Department spokesman"));
    }

    #[test]
    fn inverted_mentions() {
        let (span, name, role, _) = after("Mayor Lena Ortiz.");
        assert_eq!(span, "Mayor Lena Ortiz");
        assert_eq!(name.as_deref(), Some("Lena Ortiz"));
        assert_eq!(role.as_deref(), Some("Mayor"));
        let (_, name, role, _) = after("Ned Price, a State Department spokesman.");
        assert_eq!(name.as_deref(), Some("Ned Price"));
        assert_eq!(role.as_deref(), Some("State Department spokesman"));
        assert_eq!(after("he.").3, MentionKind::Pronoun);
        assert_eq!(after("officials familiar with the talks.").0, "officials");
    }

    #[test]
    fn pronoun_and_conjoined() {
        assert_eq!(before("Later, he").3, MentionKind::Pronoun);
        assert_eq!(
            before("Ortiz and Feld").1.as_deref(),
            Some("Ortiz and Feld")
        );
    }
}
