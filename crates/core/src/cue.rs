//! Speech cues: verbs of saying in every inflection with their auxiliaries
//! and adverbs ("has also said"), and "according to".

use crate::Span;
use crate::boundary::words;
use crate::lexicon::{self, VerbClass, eq_any as eq};
use std::sync::LazyLock;

/// What kind of cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A verb of saying or writing.
    Speech,
    /// A verb of believing, wanting, hoping … (reported with `Scope::All`).
    Cognition,
    /// "according to".
    AccordingTo,
    /// A verb outside the lexicons that opens a that-clause ("hinted that").
    ThatClause,
}

/// The verb's form, which decides which frames can use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// said, says, told, say (with a subject).
    Finite,
    /// saying, adding (", adding that …").
    Gerund,
    /// "to say", "to comment".
    Infinitive,
}

/// One cue.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    /// Auxiliaries, adverbs and the verb: "has also said".
    pub(crate) span: Span,
    /// The verb alone ("said"), or "according to".
    pub(crate) verb: Span,
    pub(crate) lemma: &'static str,
    pub(crate) kind: CueKind,
    pub(crate) form: Form,
    /// "did not say", "declined to comment", "would not say whether".
    pub(crate) negated: bool,
    /// "was quoted as saying", "is expected to say": not the subject's own speech act now.
    pub(crate) hypothetical: bool,
    /// "was recommended", "were told": the subject is not the speaker.
    pub(crate) passive: bool,
    /// "the vain hope", "his tax plans": a cognition word used as a noun,
    /// which reports nothing.
    pub(crate) noun: bool,
}

impl Cue {
    /// An active speech cue taken as it stands: not negated ("did not
    /// say"), hypothetical ("would say") or passive ("was told").
    pub(crate) fn is_plain_speech(&self) -> bool {
        self.kind == CueKind::Speech && !self.negated && !self.hypothetical && !self.passive
    }

    /// "sees X as Y": a verb of regarding with its object and "as", which
    /// reports the object and never a quotation.
    pub(crate) fn is_sees_as(&self) -> bool {
        self.kind == CueKind::Cognition && SEES_AS_LEMMAS.contains(&self.lemma)
    }

    /// A cue that is no verb of saying and has no auxiliaries: "according
    /// to", the "in" of "in a poll".
    pub(crate) fn synthetic(span: Span, lemma: &'static str) -> Cue {
        Cue {
            span,
            verb: span,
            lemma,
            kind: CueKind::AccordingTo,
            form: Form::Finite,
            negated: false,
            hypothetical: false,
            passive: false,
            noun: false,
        }
    }
}

/// Words that may stand between a subject and its verb, as part of the cue
/// (and the [`NEGATIONS`]).
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "again",
    "previously",
    "repeatedly",
    "recently",
    "once",
    "often",
    "then",
    "publicly",
    "privately",
    "earlier",
    "further",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "been",
    "be",
    "reportedly",
    "just",
    "already",
    "frequently",
    "always",
    "explicitly",
    "flatly",
    "simply",
    "quickly",
    "angrily",
    "bluntly",
    "openly",
    "initially",
    "finally",
    "first",
    "separately",
    "subsequently",
    "still",
    "even",
    "only",
    "immediately",
    "specifically",
    "told",
    "falsely",
    "wrongly",
    "correctly",
    "famously",
    "long",
    "indeed",
    "boldly",
    "proudly",
];

const NEGATIONS: &[&str] = &[
    "not",
    "never",
    "n't",
    "didn’t",
    "didn't",
    "doesn’t",
    "doesn't",
    "won’t",
    "won't",
    "wouldn't",
    "wouldn’t",
    "don’t",
    "don't",
    "can’t",
    "can't",
    "cannot",
    "couldn’t",
    "couldn't",
    "shouldn’t",
    "shouldn't",
    "haven’t",
    "haven't",
    "hasn’t",
    "hasn't",
    "hadn’t",
    "hadn't",
    "isn’t",
    "isn't",
    "aren’t",
    "aren't",
    "wasn’t",
    "wasn't",
    "weren’t",
    "weren't",
];

const HYPOTHETICAL: &[&str] = &["will", "would", "could", "may", "might", "should", "can"];

/// Verbs before "to say" that make it refused or expected speech.
const REFUSALS: &[&str] = &[
    "declined",
    "declines",
    "refused",
    "refuses",
    "refusing",
    "declining",
    "expected",
    "likely",
    "unlikely",
    "planned",
    "plans",
    "hoped",
    "wanted",
];

/// Longest headline read as one: a title-case paragraph.
pub(crate) const MAX_TITLE_BYTES: usize = 200;

/// A headline in title case: a short paragraph in which nearly every
/// word is capitalised (news sites often end it with a period).
pub(crate) fn is_title_line(text: &str, ws: &[Span], para: Span) -> bool {
    let body = text[para.start()..para.end()].trim_end();
    if body.len() > MAX_TITLE_BYTES || ws.len() < 4 {
        return false;
    }
    let lettered = ws
        .iter()
        .filter(|w| w.text(text).starts_with(char::is_alphabetic))
        .count();
    let capitalised = ws
        .iter()
        .filter(|w| w.text(text).starts_with(char::is_uppercase))
        .count();
    lettered >= 4 && capitalised * 10 >= lettered * 8
}

/// Verbs that pass their subject on to a speech verb after "to": "she
/// continued to insist that …", "he went on to say …", "they seemed to
/// suggest …". Finite and -ing forms; "on" after "went" is read separately.
const MATRIX_VERBS: &[&str] = &[
    "continued",
    "continues",
    "continue",
    "continuing",
    "went",
    "goes",
    "go",
    "going",
    "seemed",
    "seems",
    "appeared",
    "appears",
    "tried",
    "tries",
    "trying",
    "sought",
    "seeks",
    "began",
    "begins",
    "beginning",
    "started",
    "starts",
    "proceeded",
    "hastened",
    "rushed",
    "attempted",
    "attempts",
    "attempting",
    "try",
    "begin",
    "start",
    "starting",
    "bothered",
    "moved",
    "moves",
    "managed",
    "chose",
    "chooses",
    "decided",
    "decides",
    "tend",
    "tended",
    "tends",
];

/// The word index of the matrix verb before the "to" at `to`: "continued
/// to", "went on to", "was quick to".
fn matrix_before(text: &str, ws: &[Span], to: usize) -> Option<usize> {
    let joined = |a: usize| text[ws[a].end()..ws[a + 1].start()].trim().is_empty();
    let m = to.checked_sub(1)?;
    if !joined(m) {
        return None;
    }
    let w = ws[m].text(text);
    // "went on to say", "goes on to argue".
    if w.eq_ignore_ascii_case("on") {
        let v = m.checked_sub(1)?;
        return (joined(v) && eq(ws[v].text(text), &["went", "goes", "go", "going"])).then_some(v);
    }
    // "was quick to point out".
    if w.eq_ignore_ascii_case("quick") {
        let v = m.checked_sub(1)?;
        return (joined(v) && eq(ws[v].text(text), &["was", "were", "is", "are"])).then_some(v);
    }
    (eq(w, MATRIX_VERBS) && !eq(w, &["went", "goes", "go", "going"])).then_some(m)
}

/// [`AUXILIARIES`] and [`NEGATIONS`] in a table: one look-up for an ASCII
/// word.
static AUXILIARY_TABLE: LazyLock<lexicon::WordTable<()>> = LazyLock::new(|| {
    lexicon::WordTable::first_wins(AUXILIARIES.iter().chain(NEGATIONS).map(|&a| (a, ())))
});

/// `eq(word, AUXILIARIES) || eq(word, NEGATIONS)`: the table holds the
/// ASCII entries, and a word with other chars ("didn’t") is compared with
/// the lists.
fn is_auxiliary(word: &str) -> bool {
    if word.is_ascii() {
        AUXILIARY_TABLE.get(word).is_some()
    } else {
        eq(word, AUXILIARIES) || eq(word, NEGATIONS)
    }
}

/// Lemmas whose progressive ("is seeking the nomination", "was talking to
/// voters", "is adding to his lead") narrates an action, not speech.
const PROGRESSIVE_NON_SPEECH: &[&str] = &[
    "add",
    "advise",
    "answer",
    "begin",
    "defend",
    "echo",
    "find",
    "highlight",
    "read",
    "repeat",
    "respond",
    "seek",
    "show",
    "signal",
    "talk",
    "try",
];

/// "He's", "they’re", "I'm": a pronoun run into a form of "be".
fn is_pronoun_be(word: &str) -> bool {
    let w = word.replace('’', "'").to_ascii_lowercase();
    matches!(
        w.as_str(),
        "he's" | "she's" | "it's" | "who's" | "they're" | "we're" | "you're" | "i'm"
    )
}

/// Lines of article furniture that carry no speech.
const FURNITURE: &[&str] = &[
    "Story continues below",
    "Read more:",
    "READ MORE:",
    "Sponsored content",
    "Advertisement",
    "Related:",
    "RELATED:",
];

/// Most words between "as" and "put it" ("as the Gazette's Mara Quist puts it").
const MAX_PUT_IT_WORDS: usize = 8;

/// Verb forms of regarding ("sees X as Y", "viewed X as Y") with their lemma.
const SEES_AS_FORMS: &[(&str, &str)] = &[
    ("see", "see"),
    ("sees", "see"),
    ("saw", "see"),
    ("seen", "see"),
    ("view", "view"),
    ("views", "view"),
    ("viewed", "view"),
    ("regard", "regard"),
    ("regards", "regard"),
    ("regarded", "regard"),
    ("consider", "consider"),
    ("considers", "consider"),
    ("considered", "consider"),
];

/// Lemmas of the verbs of regarding ([`sees_as`]): their frame is `sees-as`.
pub(crate) const SEES_AS_LEMMAS: &[&str] = &["see", "view", "regard", "consider"];

/// Most words between a verb of regarding and its "as".
const MAX_SEES_AS_OBJECT_WORDS: usize = 10;

/// "sees Mr. Ortiz as a threat", "viewed the levy as unfair": a verb of
/// regarding whose object is followed, in the same clause, by "as" (not
/// "as well as", "such as", "as soon as"). "Seen" only after "has",
/// "have" or "had" ("has long seen himself as …"); without "as" "see" is
/// perception. Returns the lemma.
fn sees_as(text: &str, ws: &[Span], k: usize) -> Option<&'static str> {
    let word = ws[k].text(text);
    // Every form starts with one of four letters: most words stop here.
    if !matches!(word.as_bytes().first(), Some(b's' | b'v' | b'r' | b'c')) {
        return None;
    }
    let &(_, lemma) = SEES_AS_FORMS.iter().find(|(f, _)| *f == word)?;
    if word == "seen"
        && !(1..=2).any(|d| {
            k.checked_sub(d)
                .is_some_and(|p| eq(ws[p].text(text), &["has", "have", "had", "'ve", "’ve"]))
        })
    {
        return None;
    }
    for j in k + 1..(k + 2 + MAX_SEES_AS_OBJECT_WORDS).min(ws.len()) {
        if text[ws[j - 1].end()..ws[j].start()].contains([',', ';', ':', '(', ')', '—', '–']) {
            return None;
        }
        let w = ws[j].text(text);
        if eq(w, &["that", "but", "or", "if", "whether"]) {
            return None;
        }
        if w == "as" {
            let prev = ws[j - 1].text(text);
            let next = ws.get(j + 1).map_or("", |n| n.text(text));
            return (j > k + 1
                && !eq(prev, &["such", "well", "just", "so"])
                && !eq(next, &["well", "soon", "long", "much", "many", "far", "if", "though", "of"])
                && !eq(next, &["part", "recently", "usual", "expected", "early", "late"])
                // "as Americans worry", "as more than 1 million arrived",
                // "as he left": "as" opens a clause of time or reason.
                && !eq(next, &["he", "she", "they", "we", "i", "you", "it", "more"])
                && !next.starts_with(|c: char| c.is_ascii_digit()))
            .then_some(lemma);
        }
    }
    None
}

/// "as Ortiz put it," / "as the board puts it:": a manner-of-saying idiom
/// that introduces or closes a quotation.
fn puts_it(text: &str, ws: &[Span], k: usize) -> bool {
    let Some(it) = ws.get(k + 1) else {
        return false;
    };
    matches!(ws[k].text(text), "put" | "puts")
        && it.text(text) == "it"
        && text[it.end()..].starts_with([',', ':', '.'])
        && ws[k.saturating_sub(MAX_PUT_IT_WORDS)..k]
            .iter()
            .any(|w| w.text(text).eq_ignore_ascii_case("as"))
}

/// True when `para` is article furniture ("Story continues below advertisement").
pub(crate) fn is_furniture(text: &str, para: Span) -> bool {
    let t = para.text(text);
    FURNITURE.iter().any(|f| t.starts_with(f))
}

/// Every cue in `para`, in text order.
pub(crate) fn find_cues(text: &str, para: Span) -> Vec<Cue> {
    if is_furniture(text, para) {
        return Vec::new();
    }
    let ws = words(text, para);
    let mut out = Vec::new();
    let mut title = None;
    for (k, &w) in ws.iter().enumerate() {
        let word = w.text(text);
        if word.eq_ignore_ascii_case("according") {
            if let Some(&to) = ws.get(k + 1)
                && to.text(text).eq_ignore_ascii_case("to")
                && text[w.end()..to.start()].trim().is_empty()
            {
                out.push(Cue::synthetic(w.cover(to), "according to"));
            }
            continue;
        }
        // "Noting that …, S said": a capitalised participle of saying that
        // opens a sentence, before a lowercase word, is read as its verb.
        let lowered;
        let word = if word.starts_with(|c: char| c.is_ascii_uppercase())
            && fronted_participle(text, &ws, k)
        {
            lowered = word.to_ascii_lowercase();
            lowered.as_str()
        } else {
            word
        };
        // Capitalised forms are names or headings ("United States", "Says
        // Who"), except a finite verb after its subject in a title-case
        // headline ("Harbour Board Says Ferries Will Run", "Mayor Just
        // Announced …").
        // The title-case count of the paragraph last: it reads every word,
        // and few capitalised words are speech verbs. The verb table folds
        // ASCII case, so the word is looked up as it stands and lowercased
        // only when it is a speech verb.
        if word.chars().next().is_some_and(char::is_uppercase)
            && !(k > 0
                && lexicon::verb(word).is_some_and(|v| {
                    v.class == VerbClass::Speech && {
                        let lower = word.to_ascii_lowercase();
                        (lower.ends_with('s')
                            || lower.ends_with("ed")
                            || lower == "said"
                            || lower == "told")
                        && lower != v.lemma
                        // "Suspect Named By Police", "FDIC Accused Of …",
                        // "Actor Who Endorsed …", "Got Asked …": a participle
                        // or a relative clause.
                        && !ws
                            .get(k + 1)
                            .is_some_and(|n| eq(n.text(text), &["by", "of"]))
                        && !eq(
                            ws[k - 1].text(text),
                            &["who", "got", "gets", "being", "was", "were", "is", "are", "been"],
                        )
                        && word[1..].bytes().all(|b| b.is_ascii_lowercase())
                    }
                })
                && *title.get_or_insert_with(|| is_title_line(text, &ws, para)))
        {
            continue;
        }
        let mut phrase_end = None;
        let (lemma, kind) = match lexicon::verb(word) {
            Some(verb) => (
                verb.lemma,
                match verb.class {
                    VerbClass::Speech => CueKind::Speech,
                    VerbClass::Cognition => CueKind::Cognition,
                },
            ),
            // "Developers see golf courses as wasted space": a view, with
            // its object and "as" (reported only with `Scope::All`).
            None if let Some(lemma) = sees_as(text, &ws, k) => (lemma, CueKind::Cognition),
            None if matches!(word, "put" | "puts") && puts_it(text, &ws, k) => {
                ("put it", CueKind::Speech)
            }
            None => match phrasal_at(text, &ws, k).or_else(|| raised_at(text, &ws, k)) {
                // "lashed out at", "made it clear": the phrase is the cue.
                Some((lemma, end)) => {
                    phrase_end = Some(end);
                    (lemma, CueKind::Speech)
                }
                // Any other finite verb that opens a that-clause: "hinted that".
                None if opens_that_clause(text, &ws, k) => ("", CueKind::ThatClause),
                None => continue,
            },
        };
        // "expressed concern about", "voiced support for": the stance noun
        // and its preposition join the cue.
        if phrase_end.is_none()
            && let Some(end) = stance_object_end(text, &ws, k, lemma)
        {
            phrase_end = Some(end);
        }
        // "has ordered four new cranes": a purchase, not a directive.
        if lemma == "order"
            && ws
                .get(k + 1)
                .is_some_and(|n| crate::mention::is_number(n.text(text)))
        {
            continue;
        }
        // "the vain hope that …", "his tax plan", "any lingering doubts":
        // a cognition noun, not a verb (kept as a cue, as it was, for the
        // frames that read the cues around them; it reports nothing).
        let noun = kind == CueKind::Cognition && cognition_noun(text, &ws, k, lemma);
        // "384 pledged delegates", "a large pledged delegate lead": the
        // participle names a kind of delegate, no promise.
        if lemma == "pledge"
            && ws
                .get(k + 1)
                .is_some_and(|n| n.text(text).to_ascii_lowercase().starts_with("delegate"))
        {
            continue;
        }
        // "lacks support from", "his support for", "in favor of", "backed
        // away from", "Do you support …?": the noun, a phrasal verb, or a
        // question to the reader, not a side taken.
        if lexicon::is_position(lemma) && !position_verb_use(text, &ws, k, lemma) {
            continue;
        }
        // "the TV show", "the morning shows", "NBC's show", "an NBC show":
        // after a medium, a possessive or a network the word is the noun.
        if lemma == "show"
            && eq(word, &["show", "shows"])
            && k.checked_sub(1).is_some_and(|p| {
                let p = ws[p].text(text);
                eq(p, SHOW_MEDIA)
                    || p.ends_with("'s")
                    || p.ends_with("’s")
                    || (p.len() >= 3 && p.bytes().all(|b| b.is_ascii_uppercase()))
            })
            && !ws
                .get(k + 1)
                .is_some_and(|n| n.text(text).eq_ignore_ascii_case("that"))
        {
            continue;
        }
        // "adding to her lead", "added to his portfolio": "add to" a
        // common noun phrase is increasing something, not speaking ("added
        // to People" names an addressee).
        if lemma == "add"
            && ws
                .get(k + 1)
                .is_some_and(|n| n.text(text).eq_ignore_ascii_case("to"))
            && ws
                .get(k + 2)
                .is_some_and(|n| n.text(text).starts_with(char::is_lowercase))
        {
            continue;
        }
        // "showed up at the rally", "added up to $5 million", "called off the
        // deal": phrasal verbs of arriving, totalling and cancelling.
        if ws.get(k + 1).is_some_and(|n| {
            NON_SPEECH_PHRASALS
                .iter()
                .any(|&(l, p)| l == lemma && n.text(text).eq_ignore_ascii_case(p))
        }) {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        // "the Bush name has clout", "names weren't disclosed", "name
        // recognition": the bare forms of "name" are mostly the noun; only
        // "named"/"naming" are read as the verb.
        if lemma == "name" && matches!(lower.as_str(), "name" | "names") {
            continue;
        }
        // "a state representative", "the report findings": a bare or -s form
        // right before a role or group noun is a noun, not a verb.
        // "the report authors", "a post office": a noun before a role or
        // group word is no cue. After a subject ("Critics say Democrats
        // are …") it is one.
        if (lower == lemma || lower.strip_suffix('s') == Some(lemma))
            && ws
                .get(k + 1)
                .is_some_and(|n| lexicon::is_role(n.text(text)) || lexicon::is_group(n.text(text)))
            && !k
                .checked_sub(1)
                .is_some_and(|p| can_end_subject(ws[p].text(text)))
            // "the missive suggests Republicans …": an -s form after a
            // determiner and a noun has its subject before it.
            && !(lower != lemma
                && k >= 2
                && ws[k - 1].text(text).bytes().all(|b| b.is_ascii_lowercase())
                && eq(
                    ws[k - 2].text(text),
                    &["the", "a", "an", "this", "that", "his", "her", "its", "their", "our"],
                ))
        {
            continue;
        }
        let mut form = if lower.ends_with("ing") {
            Form::Gerund
        } else {
            Form::Finite
        };
        // Extend left over auxiliaries and adverbs, within the clause.
        let mut start = k;
        let mut negated = false;
        let mut hypothetical = false;
        let mut passive = false;
        while start > 0 {
            let prev = ws[start - 1];
            if !text[prev.end()..ws[start].start()].trim().is_empty() {
                break;
            }
            let p = prev.text(text);
            // "Theresa May said", "Rep. Mark Will said": after a capitalised
            // word, a capitalised "May"/"Will" ends a name.
            // Not in a title-case line ("Trump May Not Have Suggested").
            // Nor right before an inflected form, which no modal takes:
            // "May said", "Will says" open with a name.
            let name_end = matches!(p, "May" | "Will")
                && ((start >= 2
                    && ws[start - 2]
                        .text(text)
                        .starts_with(|c: char| c.is_uppercase())
                    && ws[start].text(text).starts_with(|c: char| c.is_lowercase()))
                    || (start == k && lower != lemma));
            // "Both think …", "But both say …": a "both" that opens its
            // clause is the subject, not an adverb ("Ortiz and Feld both said").
            // After a comma or dash it may close an apposition ("Smith and
            // Jones, the leaders, both said"): only a sentence start counts.
            let lone_both = p.eq_ignore_ascii_case("both")
                && (start < 2 || {
                    let gap = text[ws[start - 2].end()..prev.start()].trim();
                    if gap.is_empty() {
                        eq(ws[start - 2].text(text), &["and", "but", "yet", "so"])
                    } else {
                        gap.contains(['.', '!', '?', ';', ':'])
                    }
                });
            if (is_auxiliary(p) || is_adverb(p))
                && !p.eq_ignore_ascii_case("told")
                && !name_end
                && !lone_both
            {
                negated |= eq(p, NEGATIONS);
                hypothetical |= eq(p, HYPOTHETICAL);
                passive |= eq(p, &["was", "were", "is", "are", "been", "be", "being"])
                    && (lower.ends_with("ed")
                        || eq(
                            &lower,
                            &[
                                "told", "said", "written", "spoken", "known", "found", "shown",
                            ],
                        ));
                start -= 1;
            } else if p.eq_ignore_ascii_case("to")
                && let Some(m) = matrix_before(text, &ws, start - 1)
            {
                // "continued to insist", "went on to say": the matrix verb
                // and its "to" belong to the cue, which is as finite as it.
                form = if ws[m].text(text).to_ascii_lowercase().ends_with("ing") {
                    Form::Gerund
                } else {
                    Form::Finite
                };
                start = m;
            } else if p.eq_ignore_ascii_case("to") {
                form = Form::Infinitive;
                if start >= 2 && eq(ws[start - 2].text(text), REFUSALS) {
                    negated |= ws[start - 2]
                        .text(text)
                        .to_ascii_lowercase()
                        .starts_with("decl")
                        || ws[start - 2]
                            .text(text)
                            .to_ascii_lowercase()
                            .starts_with("refus");
                    hypothetical = true;
                }
                break;
            } else {
                break;
            }
        }
        // "was quoted as saying".
        if form == Form::Gerund && k >= 2 {
            let a = ws[k - 1].text(text);
            let b = ws[k - 2].text(text);
            if a.eq_ignore_ascii_case("as") && b.eq_ignore_ascii_case("quoted") {
                form = Form::Finite;
                start = k - 2;
                if k >= 3 && eq(ws[k - 3].text(text), &["was", "is", "were", "been"]) {
                    start = k - 3;
                }
            }
        }
        // Skip auxiliaries that are not adjacent to a subject ("has" alone before a verb is fine).
        // "referring to", "called for", "spoke out about", "talked to
        // Ortiz about": the preposition is part of the cue.
        let end = particle_end(text, &ws, k, lemma).unwrap_or(w.end());
        // "as Ortiz put it": the cue takes its "it"; a phrasal verb its words.
        let end = if lemma == "put it" {
            ws[k + 1].end()
        } else {
            phrase_end.unwrap_or(end)
        };
        // "a move opposed by the traders": a past participle with its agent
        // ("concluded by saying" is active).
        passive |= lower.ends_with("ed")
            && ws
                .get(k + 1)
                .is_some_and(|n| n.text(text).eq_ignore_ascii_case("by"))
            && !ws.get(k + 2).is_some_and(|n| n.text(text).ends_with("ing"));
        // "a firm called Norbright", "a band called The Gulls": a participle
        // that names, not a verb of saying (a quoted name stays a cue: the
        // annotators mark "a show called “Tides”").
        passive |= matches!(lower.as_str(), "called" | "named") && names_after_noun(text, &ws, k);
        // "is telling reporters", "has been warning": a progressive is finite.
        if form == Form::Gerund
            && end == w.end()
            && !PROGRESSIVE_NON_SPEECH.contains(&lemma)
            && (ws[start..k]
                .iter()
                .any(|a| eq(a.text(text), &["is", "are", "was", "were", "am", "been"]))
                || start.checked_sub(1).is_some_and(|p| {
                    text[ws[p].end()..ws[start].start()].trim().is_empty()
                        && is_pronoun_be(ws[p].text(text))
                }))
        {
            form = Form::Finite;
        }
        // "Republicans critical of Ortiz met …": an adjective of stance is
        // a cue only after its verb ("has been critical of").
        if STANCE_ADJECTIVES.contains(&lemma) && start == k {
            continue;
        }
        let span = Span::new(ws[start].start(), end);
        out.push(Cue {
            span,
            verb: w,
            lemma,
            kind,
            form,
            negated,
            hypothetical,
            passive,
            noun,
        });
    }
    out
}

/// "a firm called Norbright": word `k` follows a lowercase noun of an
/// indefinite noun phrase ("a", "an", "one" at most three words back) and a
/// capitalised, unquoted name follows it.
fn names_after_noun(text: &str, ws: &[Span], k: usize) -> bool {
    let (Some(prev), Some(next)) = (k.checked_sub(1).map(|p| ws[p]), ws.get(k + 1)) else {
        return false;
    };
    let adjacent = |a: Span, b: Span| text[a.end()..b.start()].chars().all(|c| c == ' ');
    adjacent(prev, ws[k])
        && adjacent(ws[k], *next)
        && prev.text(text).starts_with(|c: char| c.is_lowercase())
        && !is_auxiliary(prev.text(text))
        && !is_adverb(prev.text(text))
        && next.text(text).starts_with(|c: char| c.is_uppercase())
        && ws[k.saturating_sub(4)..k - 1]
            .iter()
            .any(|w| eq(w.text(text), &["a", "an", "one"]))
}

/// A phrasal cue of lexicon/phrasal_verbs.txt whose verb is word `k`
/// ("lashed out at", "made it clear"): its lemma and the byte end of its
/// last word. The words follow the verb with only spaces between them.
fn phrasal_at(text: &str, ws: &[Span], k: usize) -> Option<(&'static str, usize)> {
    lexicon::phrasals(ws[k].text(text)).find_map(|p| {
        let last = k + p.words.len();
        let tail = ws.get(k + 1..=last)?;
        let joined = (k..last).all(|i| {
            text[ws[i].end()..ws[i + 1].start()]
                .bytes()
                .all(|b| b == b' ')
        });
        (joined
            && tail
                .iter()
                .zip(&p.words)
                .all(|(w, e)| w.text(text).eq_ignore_ascii_case(e)))
        .then(|| (p.lemma, ws[last].end()))
    })
}

/// The adjectives of stance in lexicon/phrasal_verbs.txt ("critical +
/// of"): cues only with an auxiliary before them.
const STANCE_ADJECTIVES: &[&str] = &["critical", "dismissive", "sceptical", "skeptical"];

/// Prepositions after a stance noun that open what the stance is about
/// ("concern about", "support for", "doubts over", "dismay at").
const STANCE_PREPOSITIONS: &[&str] = &[
    "about",
    "against",
    "at",
    "for",
    "in",
    "of",
    "on",
    "over",
    "regarding",
    "to",
    "toward",
    "towards",
    "with",
];

/// Words that cannot modify a stance noun: with one of them the verb's
/// object is another phrase ("raised taxes and fears", "voiced it to"),
/// or the noun phrase has its own determiner, which the annotators leave
/// in the content ("expressed their support for …", "raised the issue").
const STANCE_MODIFIER_STOPS: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "it", "to", "of", "in", "for", "on", "at", "by",
    "with", "from", "as", "than", "about", "over", "the", "a", "an", "his", "her", "their", "its",
    "our", "my", "your", "this", "these", "those",
];

/// Most modifiers between "raise" and its stance noun ("raised serious
/// new questions about" has two). After "express" and "voice" the noun
/// follows the verb: the annotators leave a modified noun in the content
/// ("expressed cautious optimism that …").
const MAX_STANCE_MODIFIERS: usize = 2;

/// `expressed concern about`, `raised new questions about`, `voiced
/// support for`: word `k` (a verb of `lemma`), for "raise" at most
/// [`MAX_STANCE_MODIFIERS`] lowercase modifiers, and a stance noun that
/// lexicon/verb_objects.txt pairs with the lemma, then a preposition (or
/// "as to"), which ends the cue, or "that"/"whether", before which the cue
/// ends at the noun. "in" opens the content only after "interest"
/// ("frustration in an interview" is an adjunct). The byte end of the
/// cue; the words follow one another with only spaces between them.
fn stance_object_end(text: &str, ws: &[Span], k: usize, lemma: &str) -> Option<usize> {
    if !lexicon::takes_stance_objects(lemma) {
        return None;
    }
    let spaced = |a: usize| {
        ws.get(a + 1)
            .is_some_and(|b| text[ws[a].end()..b.start()].bytes().all(|c| c == b' '))
    };
    let modifiers = if lemma == "raise" {
        MAX_STANCE_MODIFIERS
    } else {
        0
    };
    for n in k + 1..=k + 1 + modifiers {
        if !spaced(n - 1) {
            return None;
        }
        let word = ws[n].text(text);
        if lexicon::takes_stance_object(lemma, word) {
            if !spaced(n) {
                return None;
            }
            let next = ws[n + 1].text(text);
            if eq(next, STANCE_PREPOSITIONS)
                && (!next.eq_ignore_ascii_case("in") || word.eq_ignore_ascii_case("interest"))
            {
                return Some(ws[n + 1].end());
            }
            if next.eq_ignore_ascii_case("as")
                && spaced(n + 1)
                && ws[n + 2].text(text).eq_ignore_ascii_case("to")
            {
                return Some(ws[n + 2].end());
            }
            return eq(next, &["that", "whether"]).then(|| ws[n].end());
        }
        if !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || eq(word, STANCE_MODIFIER_STOPS)
        {
            return None;
        }
    }
    None
}

/// "raised questions about", "raising new doubts over": "raise" is a cue
/// only with a stance noun of lexicon/verb_objects.txt ("raised taxes" is
/// none). Its lemma and the byte end of the cue.
fn raised_at(text: &str, ws: &[Span], k: usize) -> Option<(&'static str, usize)> {
    if !matches!(ws[k].text(text), "raise" | "raised" | "raises" | "raising") {
        return None;
    }
    stance_object_end(text, ws, k, "raise").map(|end| ("raise", end))
}

/// Words between a verb and its particle that stay in the cue, besides
/// the adverbs in "-ly": "spoke out about", "talked more about".
const BEFORE_PARTICLE: &[&str] = &["out", "up", "more", "much", "instead", "often", "again"];

/// Most words between a verb and its particle.
const MAX_BEFORE_PARTICLE: usize = 2;

/// Most words of a named addressee between a verb and its particle
/// ("spoke with Harbour Radio about").
const MAX_PARTICLE_ADDRESSEE_WORDS: usize = 3;

/// The byte end of the particle of lexicon/verb_particles.txt that takes
/// word `k` (a verb of `lemma`) as its cue: right after it ("referred
/// to"), after at most [`MAX_BEFORE_PARTICLE`] adverbs ("spoke briefly
/// about", "spoke out about", "spoke at length about") or after a named
/// addressee ("talked to Quist about"). The words follow one another with
/// only spaces between them; "on" before a day opens a time adjunct.
fn particle_end(text: &str, ws: &[Span], k: usize, lemma: &str) -> Option<usize> {
    let spaced = |a: usize| {
        ws.get(a + 1)
            .is_some_and(|b| text[ws[a].end()..b.start()].bytes().all(|c| c == b' '))
    };
    let mut j = k + 1;
    let mut gap = 0;
    loop {
        if !spaced(j - 1) {
            return None;
        }
        let word = ws[j].text(text);
        if lexicon::takes_particle(lemma, word) {
            return (!time_after_on(text, ws, j)).then(|| ws[j].end());
        }
        if gap == MAX_BEFORE_PARTICLE {
            return None;
        }
        gap += 1;
        if word == "at" && spaced(j) && ws[j + 1].text(text) == "length" {
            j += 2;
        } else if matches!(word, "to" | "with") {
            // "talked to Quist about": a name of capitalised words.
            let mut n = 0;
            while n < MAX_PARTICLE_ADDRESSEE_WORDS
                && spaced(j + n)
                && ws[j + n + 1]
                    .text(text)
                    .starts_with(|c: char| c.is_uppercase())
            {
                n += 1;
            }
            if n == 0 {
                return None;
            }
            j += n + 1;
        } else if eq(word, BEFORE_PARTICLE) || (is_adverb(word) && word.ends_with("ly")) {
            j += 1;
        } else {
            return None;
        }
    }
}

/// True when the particle at word `p` is "on" before a day ("called on
/// Tuesday for …"): the preposition then opens a time adjunct.
fn time_after_on(text: &str, ws: &[Span], p: usize) -> bool {
    ws[p].text(text).eq_ignore_ascii_case("on")
        && ws
            .get(p + 1)
            .is_some_and(|n| lexicon::is_weekday(n.text(text)))
}

/// Nouns that end in "-ly" and so look like adverbs.
pub(crate) const LY_NOUNS: &[&str] = &[
    "ally", "anomaly", "assembly", "belly", "bully", "family", "folly", "homily", "jelly", "lily",
    "monopoly", "rally", "reply", "supply",
];

/// An adverb between a subject and its verb that no list names: "soon",
/// "nevertheless", or a lowercase word in "-ly" ("Critics quickly noted").
fn is_adverb(word: &str) -> bool {
    eq(
        word,
        &[
            "soon",
            "since",
            "nevertheless",
            "nonetheless",
            "instead",
            "now",
            "consistently",
            "however",
            "then",
            "later",
            "first",
            "again",
            // "Varga and Quist both denounced …".
            "both",
        ],
    ) || (word.len() >= 5
        && word.ends_with("ly")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !eq(word, LY_NOUNS))
}

/// True when word `k` is a capitalised participle of a speech verb that
/// opens its sentence and is followed by a lowercase word: "Noting that
/// …", "Promising to …" (not "Breaking News", "Boston Dining Guide").
fn fronted_participle(text: &str, ws: &[Span], k: usize) -> bool {
    let word = ws[k].text(text);
    if word.len() <= 5
        || !word.ends_with("ing")
        || !word.starts_with(|c: char| c.is_ascii_uppercase())
        || !word[1..].bytes().all(|b| b.is_ascii_lowercase())
    {
        return false;
    }
    let before = text[..ws[k].start()].trim_end_matches([' ', '\t']);
    let opens = k == 0
        || before.ends_with('\n')
        || before
            .trim_end_matches(['"', '”', '’', '\''])
            .ends_with(['.', '!', '?']);
    opens
        && ws.get(k + 1).is_some_and(|n| {
            text[ws[k].end()..n.start()].trim().is_empty()
                && n.text(text).starts_with(|c: char| c.is_lowercase())
        })
        && lexicon::verb(&word.to_ascii_lowercase()).is_some_and(|v| v.class == VerbClass::Speech)
}

/// True when `word` can be the last word of a subject: a capitalised word,
/// a pronoun or a plural noun ("Critics", "they", "economists").
fn can_end_subject(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        || eq(word, &["he", "she", "they", "we", "i", "you", "it", "who"])
        || lexicon::is_group(word)
        || (word.len() > 3 && word.ends_with('s') && !word.ends_with("ss"))
        || word.ends_with("men")
        || eq(word, &["people", "children"])
}

/// Words that look like verbs but take "that" as something else.
const NOT_VERBS: &[&str] = &[
    "so", "such", "now", "given", "provided", "except", "is", "was", "are", "were", "has", "had",
    "does", "did", "means", "seems", "assuming", "ensures", "ensured", "proves",
];

/// Nouns that make "that" a determiner of a time adjunct ("that spring").
const THAT_TIME_NOUNS: &[&str] = &[
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "week",
    "weekend",
    "month",
    "year",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "time",
];

/// Determiners and possessives before a noun ("the hope", "his plans").
const NOUN_DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "any", "this", "these",
    "those", "every",
];

/// Articles and possessives before a modifier and a noun ("the vain hope",
/// "his current plan"; not "those who fear").
const MODIFIED_NOUN_DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
];

/// Prepositions before a noun ("fears of", "in hopes of", "for fear").
const NOUN_PREPOSITIONS: &[&str] = &[
    "of", "in", "with", "about", "for", "amid", "despite", "over",
];

/// Lowercase words without a plural -s that still take a plural verb ("the
/// people fear", "the police want").
const PLURAL_NOUNS: &[&str] = &[
    "people",
    "police",
    "media",
    "public",
    "staff",
    "military",
    "clergy",
    "press",
    "youth",
    "elderly",
    "rich",
    "poor",
    "majority",
    "minority",
    "government",
    "administration",
    "team",
    "campaign",
    "party",
    "committee",
    "company",
    "board",
    "panel",
    "group",
    "crowd",
];

/// A cognition word read as a noun: the bare or -s form right after a
/// determiner, a possessive or a preposition ("the fear", "Clinton's
/// plans", "raising doubts" is left), the bare form after a determiner and
/// a modifier ("the vain hope", "his current fear"), and "plan" by its
/// infinitive alone ("the tax plans would …", "a rally planned for
/// Thursday" are nouns and participles; "her plan to …" is taken).
fn cognition_noun(text: &str, ws: &[Span], k: usize, lemma: &str) -> bool {
    let word = ws[k].text(text);
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let next = ws.get(k + 1).map_or("", |n| n.text(text));
    if lemma == "plan" && lower != "planning" {
        return !eq(next, &["to", "on"]);
    }
    let bare = lower == lemma;
    let plural = lower.strip_suffix('s') == Some(lemma) || lower.strip_suffix("es") == Some(lemma);
    if !(bare || plural) || k == 0 {
        return false;
    }
    let joined = |a: usize| text[ws[a].end()..ws[a + 1].start()].trim().is_empty();
    let p = ws[k - 1].text(text);
    if joined(k - 1)
        && (eq(p, NOUN_DETERMINERS)
            || eq(p, NOUN_PREPOSITIONS)
            || p.ends_with("'s")
            || p.ends_with("’s"))
    {
        return true;
    }
    // "Residents of the town hope this is …": after "of the N" the word
    // is the verb of the subject "Residents of the town" ("members of the
    // liberal think tank" stays a noun).
    let after_of = k >= 3 && lemma != "think" && ws[k - 3].text(text) == "of";
    bare && k >= 2
        && !after_of
        && joined(k - 1)
        && joined(k - 2)
        && eq(ws[k - 2].text(text), MODIFIED_NOUN_DETERMINERS)
        && p.bytes().all(|b| b.is_ascii_lowercase())
        && !p.ends_with('s')
        && !p.ends_with("men")
        && !eq(p, PLURAL_NOUNS)
}

/// Words before "show(s)" that make it the noun: "the TV show", "the
/// morning shows", "a reality show".
const SHOW_MEDIA: &[&str] = &[
    "TV",
    "television",
    "radio",
    "talk",
    "morning",
    "reality",
    "game",
    "cable",
    "quiz",
    "variety",
    "cooking",
    "late-night",
    "comedy",
];

/// A speech verb's lemma and a particle that together mean no speech:
/// "show up" (arrive), "add up" (total), "call off" (cancel); "compared
/// with 64 percent", "likened to": "compare" and "liken" with no object
/// before "to"/"with" are prepositional or passive, not a speaker's
/// comparison ("compared abortion to slavery").
const NON_SPEECH_PHRASALS: &[(&str, &str)] = &[
    ("show", "up"),
    ("add", "up"),
    ("call", "off"),
    ("compare", "to"),
    ("compare", "with"),
    ("liken", "to"),
    ("name", "after"),
    ("name", "for"),
];

/// Words after which "support" or "favor" is the noun ("his support",
/// "full support", "in favor", "25 percent support").
const POSITION_NOUN_BEFORE: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "whose",
    "no",
    "any",
    "more",
    "less",
    "much",
    "enough",
    "full",
    "strong",
    "broad",
    "deep",
    "wide",
    "critical",
    "in",
    "of",
    "for",
    "with",
    "without",
    "popular",
    "voter",
    "financial",
    "greatest",
    "solid",
    "overwhelming",
];

/// Prepositions after which "support" or "favor" is the noun ("support
/// for the bill", "support among voters", "support from donors").
const POSITION_NOUN_AFTER: &[&str] = &[
    "for", "of", "among", "from", "behind", "on", "in", "to", "with", "than",
];

/// Particles that make "back" a phrasal verb of moving or retreating
/// ("backed away from the deal", "backed off", "harked back to").
const BACK_PARTICLES: &[&str] = &[
    "away", "off", "down", "out", "to", "into", "from", "in", "on",
];

/// Inverted auxiliaries that open a question to the reader ("Do you
/// support …?", "Would you back …?").
const QUESTION_AUXILIARIES: &[&str] = &[
    "Do", "Does", "Did", "Would", "Will", "Could", "Can", "Should",
];

/// Word `k`, a form of a verb of taking sides, is used as that verb: not
/// the noun "support"/"favor" after a determiner or before a preposition,
/// not "back" with a particle of moving, not in a question to the reader.
fn position_verb_use(text: &str, ws: &[Span], k: usize, lemma: &str) -> bool {
    let word = ws[k].text(text);
    let next = ws.get(k + 1).map_or("", |n| n.text(text));
    let prev = k.checked_sub(1).map_or("", |p| ws[p].text(text));
    if matches!(lemma, "support" | "favor" | "back")
        && eq(word, &["support", "favor", "favour", "backing"])
        && (eq(next, POSITION_NOUN_AFTER)
            || (eq(prev, POSITION_NOUN_BEFORE)
                // "accused of backing the rebels": a gerund after a preposition.
                && !(word == "backing" && eq(prev, &["in", "of", "for", "with", "without"])))
            || prev.ends_with("'s")
            || prev.ends_with("’s")
            || prev.ends_with('%'))
    {
        return false;
    }
    if lemma == "back" && eq(next, BACK_PARTICLES) {
        return false;
    }
    !(k >= 2
        && prev.eq_ignore_ascii_case("you")
        && QUESTION_AUXILIARIES.contains(&ws[k - 2].text(text)))
}

/// True when word `k` looks like a finite verb (past `-ed`, present `-s`)
/// directly followed by "that".
fn opens_that_clause(text: &str, ws: &[Span], k: usize) -> bool {
    let Some(next) = ws.get(k + 1) else {
        return false;
    };
    // "that" first: it rules out almost every word.
    if next.len() != 4 || !next.text(text).eq_ignore_ascii_case("that") {
        return false;
    }
    // "disappeared that spring": "that" opens a time adjunct.
    if ws
        .get(k + 2)
        .is_some_and(|t| eq(t.text(text), THAT_TIME_NOUNS))
    {
        return false;
    }
    let w = ws[k].text(text);
    if !text[ws[k].end()..next.start()].chars().all(|c| c == ' ')
        || eq(w, NOT_VERBS)
        || !w.chars().all(|c| c.is_ascii_lowercase())
    {
        return false;
    }
    if w.len() > 4 && w.ends_with("ed") {
        return true;
    }
    // An -s form is a plural noun as often as a verb ("the woes that
    // followed"): a verb only after a name or a singular pronoun, and not
    // when a verb follows "that" at once ("Senate seats that are open",
    // "Republican donors that would help"): that "that" is a relative
    // pronoun, the subject of its clause, and the -s word its noun.
    let relative = ws.get(k + 2).is_some_and(|v| {
        let v = v.text(text);
        lexicon::is_auxiliary(v)
            || (v.len() > 4 && v.ends_with("ed") && v.bytes().all(|b| b.is_ascii_lowercase()))
    });
    !relative
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && k.checked_sub(1).is_some_and(|p| {
            let p = ws[p].text(text);
            p.chars().next().is_some_and(char::is_uppercase)
                && !eq(
                    p,
                    &[
                        "The", "A", "An", "This", "These", "Those", "Its", "His", "Her", "Their",
                        "Our", "Some", "Many",
                    ],
                )
                || eq(p, &["he", "she", "it"])
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(String, &'static str, Form, bool)> {
        find_cues(text, Span::new(0, text.len()))
            .into_iter()
            .map(|c| (c.span.text(text).to_string(), c.lemma, c.form, c.negated))
            .collect()
    }

    #[test]
    fn verb_with_auxiliaries_and_adverbs() {
        assert_eq!(
            cues("Price has also said it."),
            [("has also said".to_string(), "say", Form::Finite, false)]
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(cues("according to officials")[0].1, "according to");
    }

    #[test]
    fn gerund_and_infinitive_and_refusal() {
        let c = cues("She tweeted, adding that he declined to comment.");
        assert_eq!(c[0].1, "tweet");
        assert_eq!(c[1].2, Form::Gerund);
        assert_eq!(c[2].2, Form::Infinitive);
        assert!(c[2].3, "declined to comment is negated");
    }

    #[test]
    fn negation() {
        assert!(cues("He did not say whether")[0].3);
    }

    #[test]
    fn auxiliary_table_agrees_with_the_list() {
        let mut words: Vec<String> = AUXILIARIES
            .iter()
            .chain(NEGATIONS)
            .flat_map(|a| {
                [
                    a.to_string(),
                    a.to_uppercase(),
                    format!("{a}x"),
                    a[1..].to_string(),
                ]
            })
            .collect();
        words.extend(["", "said", "Has", "DIDN’T", "didn’t"].map(String::from));
        for w in &words {
            assert_eq!(
                is_auxiliary(w),
                eq(w, AUXILIARIES) || eq(w, NEGATIONS),
                "{w:?}"
            );
        }
    }

    #[test]
    fn an_order_of_goods_is_no_cue() {
        assert!(cues("The port has ordered four new cranes.").is_empty());
        assert_eq!(
            cues("The judge ordered the release.")[0].0,
            "ordered".to_string()
        );
    }

    #[test]
    fn pledged_delegates_are_no_cue() {
        assert!(cues("There are 84 pledged delegates at stake.").is_empty());
        assert!(cues("Ortiz keeps a large pledged delegate lead.").is_empty());
        assert_eq!(cues("Ortiz pledged to rebuild the pier.")[0].1, "pledge");
    }

    #[test]
    fn a_tv_show_is_no_cue() {
        assert!(cues("Ortiz hosts the TV show Harbour Talk.").is_empty());
        assert!(cues("Ortiz joined the morning shows on Monday.").is_empty());
        assert!(cues("Ortiz appeared on an NBC show about ferries.").is_empty());
        assert_eq!(cues("The NBC poll shows that Ortiz leads.")[0].1, "show");
    }

    #[test]
    fn a_stance_noun_joins_its_cue() {
        assert_eq!(
            cues("Ortiz raised new questions about the levy.")[0].0,
            "raised new questions about"
        );
        assert_eq!(
            cues("Ortiz expressed concern that the pier is unsafe.")[0].0,
            "expressed concern"
        );
        assert_eq!(
            cues("She voiced support for the ferry plan.")[0].0,
            "voiced support for"
        );
        assert_eq!(
            cues("Ortiz expressed cautious optimism about the levy.")[0].0,
            "expressed"
        );
        assert!(cues("The council raised taxes on the port.").is_empty());
        assert!(cues("Ortiz raised concerns among donors.").is_empty());
    }

    #[test]
    fn a_particle_after_adverbs_or_an_addressee_joins_the_cue() {
        assert_eq!(
            cues("Ortiz spoke out about the levy.")[0].0,
            "spoke out about"
        );
        assert_eq!(
            cues("Ortiz spoke at length about the levy.")[0].0,
            "spoke at length about"
        );
        assert_eq!(
            cues("Ortiz talked to Harbour Radio about the levy.")[0].0,
            "talked to Harbour Radio about"
        );
        assert_eq!(cues("Ortiz spoke for about an hour.")[0].0, "spoke");
    }

    #[test]
    fn an_adjective_of_stance_needs_its_verb() {
        assert_eq!(
            cues("Ortiz has long been critical of the levy.")[0].0,
            "has long been critical of"
        );
        assert!(cues("Traders critical of the levy met Ortiz.").is_empty());
    }

    #[test]
    fn both_before_the_verb_joins_the_cue() {
        assert_eq!(
            cues("Varga and Quist both denounced the levy.")[0].0,
            "both denounced"
        );
    }

    #[test]
    fn quoted_as_saying() {
        let c = cues("He was quoted as saying it");
        assert_eq!(c[0].0, "was quoted as saying");
        assert_eq!(c[0].2, Form::Finite);
    }
}
