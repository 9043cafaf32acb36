//! Frames for cues outside the verbs of saying: the writer's evidence for a
//! claim rather than a speaker's words. "Ortiz seems to favour the plan",
//! "the vote is expected to pass" (raising verbs, evidential_verbs.txt,
//! `Scope::All` only); "the mayor has reportedly left the party" (hearsay,
//! reported with `Scope::Speech` like "according to reports"). None of them
//! names a speaker: the attribution has none, as the annotators mark it.

use super::{Attribution, Ctx, MAX_LOOKBACK, Who, cut_content, inside_quote, trim_terminal};
use crate::boundary::words;
use crate::quote::Quoted;
use crate::scan::find_str;
use crate::{QuoteKind, Span, lexicon};

/// Words between a subject and a raising verb that belong to the cue: "is
/// expected", "did not seem", "may also appear".
const AUXILIARIES: &[&str] = &[
    "already",
    "also",
    "am",
    "are",
    "be",
    "been",
    "can",
    "could",
    "did",
    "do",
    "does",
    "generally",
    "had",
    "has",
    "have",
    "is",
    "just",
    "may",
    "might",
    "must",
    "never",
    "not",
    "now",
    "often",
    "should",
    "still",
    "was",
    "were",
    "widely",
    "will",
    "would",
];

/// Forms of "be": "expected" is a cue only in the passive.
const BE: &[&str] = &["am", "are", "be", "been", "is", "was", "were"];

/// What may follow "appear" when it is evidential ("appeared to end his
/// bid", "appeared closer to …"), not a showing up ("appeared on Fox").
const APPEAR_COMPLEMENTS: &[&str] = &[
    "able",
    "certain",
    "close",
    "closer",
    "confident",
    "content",
    "determined",
    "eager",
    "headed",
    "intent",
    "likely",
    "paralyzed",
    "poised",
    "ready",
    "reluctant",
    "set",
    "to",
    "unable",
    "uneasy",
    "unlikely",
    "unmoved",
    "unperturbed",
    "unwilling",
    "willing",
];

/// Words that end the subject before a raising verb (the clause opens
/// after them): "… because the plan seems to work".
const SUBJECT_STOPS: &[&str] = &[
    "after", "although", "because", "before", "but", "if", "since", "though", "unless", "until",
    "when", "whether", "while",
];

/// Words that end the reported subject of "reportedly": its clause opens
/// after them.
const CLAUSE_STOPS: &[&str] = &["and", "or"];

/// Personal pronouns that open a clause as its subject.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Relative pronouns that open the subject and stay in it ("who seemed to
/// be confused").
const SUBJECT_RELATIVES: &[&str] = &["that", "which", "who"];

/// Words before a raising verb that make it no claim of a clause: "what
/// appears to be a scandal", "as easy as it may seem", "how it seems".
const SUBJECT_ABORTS: &[&str] = &["as", "how", "so", "than", "what", "whatever"];

/// Most words of a subject read back from the cue.
const MAX_SUBJECT_WORDS: usize = 12;

/// Most words of the sentence opening taken as the subject when a comma
/// stands just before the cue ("Hizbollah, which has lost …, seems …").
const MAX_OPENING_WORDS: usize = 25;

/// The end of a raising verb's predicate: the clause's end, or the first
/// comma or dash after it ("appears to be moving behind Trump, despite …":
/// what follows is the writer's).
fn predicate_end(text: &str, start: usize, body_end: usize) -> usize {
    let end = cut_content(text, start, body_end);
    let body = &text[start..end];
    let cut = [", ", ": ", " — ", " -- ", " – "]
        .iter()
        .filter_map(|m| body.find(m))
        .min()
        .unwrap_or(body.len());
    start + body[..cut].trim_end().len()
}

/// Whether a raising verb's subject is only a relative pronoun ("that",
/// "which", "who"): the noun it stands for lies outside the clause.
fn relative_subject(text: &str, subject: Span) -> bool {
    lexicon::eq_any(subject.text(text), SUBJECT_RELATIVES)
}

/// The subject without a leading complementizer "that" followed by its
/// own subject ("found that Trump appears to …" → "Trump"). After a
/// conjunction, or opening the sentence, "that" is a demonstrative ("but
/// that approach seems …") and stays.
fn complementizer_cut(text: &str, subject: Span, before: Option<&str>) -> Span {
    let Some(before) = before else {
        return subject;
    };
    if lexicon::eq_any(before, SUBJECT_STOPS) || lexicon::eq_any(before, &["and", "or", "but"]) {
        return subject;
    }
    let ws = words(text, subject);
    match ws.as_slice() {
        [first, second, ..] if first.text(text).eq_ignore_ascii_case("that") => {
            Span::new(second.start(), subject.end())
        }
        _ => subject,
    }
}

/// A verb of saying or thinking in a past or clause-taking form ("said",
/// "argued", "thinks"): the subject of a raising verb opens after it.
fn clause_verb(w: &str) -> bool {
    lexicon::verb(w).is_some()
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && (w.ends_with("ed")
            || [
                "said", "says", "told", "thinks", "think", "believe", "believes", "knew", "thought",
            ]
            .contains(&w))
}

/// Whether the text between two words is only spaces.
fn adjacent(text: &str, a: Span, b: Span) -> bool {
    text.get(a.end()..b.start())
        .is_some_and(|g| g.chars().all(char::is_whitespace))
}

/// Whether a recent attribution already holds a cue overlapping `cue`:
/// the frame that took it wins.
fn cue_taken(out: &[Attribution], cue: Span) -> bool {
    out.iter()
        .rev()
        .take(MAX_LOOKBACK)
        .any(|a| !a.dropped && a.cue.is_some_and(|c| c.overlaps(cue)))
}

/// The first word of the verb group ending at word `i`: the adjacent
/// auxiliaries ([`AUXILIARIES`], "n't" forms) and the words `also_in`
/// admits (adverbs), read back from the verb.
fn verb_group_start(text: &str, ws: &[Span], i: usize, also_in: impl Fn(&str) -> bool) -> usize {
    let mut j = i;
    while j > 0 && adjacent(text, ws[j - 1], ws[j]) {
        let w = ws[j - 1].text(text);
        if !(lexicon::eq_any(w, AUXILIARIES)
            || w.ends_with("n't")
            || w.ends_with("n’t")
            || also_in(w))
        {
            break;
        }
        j -= 1;
    }
    j
}

/// `S seems to …`, `S appears unmoved`, `S is expected to …`, `it seems that
/// …`: the subject and the predicate are the content, the verb group the
/// cue, and no one the speaker (rules `evidential-seem`,
/// `evidential-expected`). Inside quotations the speaker's own words: left.
pub(super) fn raising(ctx: &Ctx<'_>, pq: &[&Quoted], out: &mut Vec<Attribution>) {
    let text = ctx.text;
    for &sentence in &ctx.sentences {
        let sent = sentence.start();
        let body_end = trim_terminal(text, sent, sentence.end());
        if body_end <= sent {
            continue;
        }
        let ws = words(text, Span::new(sent, body_end));
        for (i, &w) in ws.iter().enumerate() {
            let Some(lemma) = lexicon::evidential_lemma(w.text(text)) else {
                continue;
            };
            let Some(&next) = ws.get(i + 1) else { continue };
            let next_text = next.text(text);
            // The verb group: auxiliaries just before the verb.
            let j = verb_group_start(text, &ws, i, |_| false);
            let passive = ws[j..i].iter().any(|a| lexicon::eq_any(a.text(text), BE));
            let fits = match lemma {
                "expect" => passive && next_text == "to" && adjacent(text, w, next),
                "appear" => {
                    // "appears weak", "appeared somewhat uneasy".
                    (lexicon::eq_any(next_text, APPEAR_COMPLEMENTS)
                        || predicative(text, &ws[i + 1..]))
                        && adjacent(text, w, next)
                }
                _ => !passive,
            };
            if !fits || inside_quote(pq, w) {
                continue;
            }
            let cue = Span::new(ws[j].start(), w.end());
            // The subject, read back to a clause boundary.
            let mut k = j;
            let mut comma_before_cue = false;
            let mut abort = false;
            while k > 0 {
                let prev = ws[k - 1];
                let gap = &text[prev.end()..ws[k].start()];
                if gap.contains([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']) {
                    comma_before_cue = k == j;
                    break;
                }
                let p = prev.text(text);
                if lexicon::eq_any(p, SUBJECT_ABORTS) {
                    abort = true;
                    break;
                }
                // "he said the leaders appear …": a verb ends the subject.
                if lexicon::eq_any(p, SUBJECT_STOPS) || clause_verb(p) {
                    break;
                }
                // "…, and he seemed irritated": a conjunction after a comma
                // or before a subject pronoun opens a new clause ("Trump and
                // Cruz seem …" keeps both names).
                if lexicon::eq_any(p, CLAUSE_STOPS)
                    && (text[..prev.start()].trim_end().ends_with(',')
                        || lexicon::eq_any(ws[k].text(text), SUBJECT_PRONOUNS))
                {
                    break;
                }
                k -= 1;
                if lexicon::eq_any(p, SUBJECT_RELATIVES) {
                    break;
                }
                if j - k > MAX_SUBJECT_WORDS {
                    abort = true;
                    break;
                }
            }
            if abort {
                continue;
            }
            let subject = if comma_before_cue {
                // "Hizbollah, which has lost …, seems …": the sentence's opening.
                if j > MAX_OPENING_WORDS || j == 0 {
                    continue;
                }
                Span::new(ws[0].start(), ws[j - 1].end())
            } else if k == j {
                continue;
            } else {
                Span::new(ws[k].start(), ws[j - 1].end())
            };
            // "a tweet that appeared to insinuate …": a relative pronoun
            // alone stands for a noun outside the clause; the annotators
            // rarely take it (`expected` keeps it: "who is expected to …").
            if lemma != "expect" && relative_subject(text, subject) {
                continue;
            }
            // "… said that Trump appears to …": the complementizer opens
            // the clause but is no part of the subject.
            let before = (!comma_before_cue && k > 0 && adjacent(text, ws[k - 1], ws[k]))
                .then(|| ws[k - 1].text(text));
            let subject = complementizer_cut(text, subject, before);
            let it = subject.text(text);
            let impersonal = lemma != "expect"
                && (it.eq_ignore_ascii_case("it") || it.eq_ignore_ascii_case("there"))
                && next_text != "to";
            // "It appears, though, that …": the clause after "that".
            let tail_start = if impersonal {
                match ws[i + 1..]
                    .iter()
                    .take(5)
                    .find(|x| lexicon::eq_any(x.text(text), &["that", "like", "if"]))
                {
                    Some(x) => x.start(),
                    // "It seems the party is split": a clause with no "that".
                    None if clause_opens(text, w, next) => next.start(),
                    None => continue,
                }
            } else {
                next.start()
            };
            let tail_end = predicate_end(text, tail_start, body_end);
            let tail = Span::new(tail_start, tail_end);
            if tail_end <= tail_start
                // "Cruz seemed lost": one predicate adjective is enough.
                || (words(text, tail).len() < 2
                    && (impersonal || !predicative(text, &ws[i + 1..])))
            {
                continue;
            }
            let (content, parts) = if impersonal {
                (tail, Vec::new())
            } else {
                (subject.cover(tail), vec![subject, tail])
            };
            if out
                .iter()
                .rev()
                .take(MAX_LOOKBACK)
                .any(|a| !a.dropped && a.cue == Some(cue))
            {
                continue;
            }
            out.push(Attribution {
                kind: QuoteKind::Indirect,
                rule: if lemma == "expect" {
                    "evidential-expected"
                } else {
                    "evidential-seem"
                },
                confidence: 0.4,
                content,
                parts,
                cue: Some(cue),
                who: Who::Nobody,
                dropped: false,
            });
        }
    }
}

/// Endings of adjectives and participles that can stand alone after
/// "seems"/"appears" ("appeared paralyzed", "seems stable", "appears weak").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ed", "ous", "ive", "ful", "able", "ible", "ent", "ant", "al", "ic", "less", "ile", "ak",
    "ong", "ost", "ear", "ry",
];

/// Degree words that open an adjective phrase: "appears somewhat uneasy",
/// "appear more attractive".
const DEGREE_WORDS: &[&str] = &[
    "more",
    "less",
    "most",
    "somewhat",
    "very",
    "too",
    "quite",
    "rather",
    "increasingly",
    "fairly",
    "particularly",
    "especially",
    "genuinely",
    "deeply",
    "visibly",
    "clearly",
    "slightly",
    "largely",
    "entirely",
    "completely",
    "utterly",
    "totally",
    "extremely",
    "relatively",
    "pretty",
];

/// Words with an adjective's ending that are no predicate after "appeared"
/// ("appeared several times", "appeared alongside", "appeared last week").
const NOT_PREDICATIVE: &[&str] = &[
    "several",
    "last",
    "first",
    "almost",
    "along",
    "alongside",
    "among",
    "near",
    "beyond",
    "onstage",
    "before",
    "early",
    "yesterday",
    "every",
    "ever",
    "never",
    "briefly",
    "frequently",
    "regularly",
];

/// The words after "seems"/"appears" open a predicate adjective: a degree
/// word and an adjective, or a lowercase word with an adjective's ending
/// ("seemed irritated", "appears somewhat uneasy", "appeared accurate").
fn predicative(text: &str, after: &[Span]) -> bool {
    let Some(first) = after.first() else {
        return false;
    };
    let mut w = first.text(text);
    if lexicon::eq_any(w, DEGREE_WORDS) {
        let Some(second) = after.get(1) else {
            return false;
        };
        w = second.text(text);
    }
    w.len() > 2
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !lexicon::eq_any(w, NOT_PREDICATIVE)
        && w != "to"
        && (lexicon::eq_any(w, APPEAR_COMPLEMENTS)
            || ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// Words that open a clause right after "it seems"/"it appears" with no
/// "that": a pronoun or determiner subject, or "likely" ("it seems likely
/// Gowdy is right").
const BARE_CLAUSE_OPENERS: &[&str] = &[
    "he", "she", "they", "we", "i", "you", "the", "a", "an", "this", "these", "those", "his",
    "her", "their", "its", "our", "some", "many", "most", "no", "likely", "unlikely", "clear",
    "obvious", "certain",
];

/// After impersonal "it seems", the next word opens a that-less clause:
/// a subject word or a capitalised name ("it seems Trump's campaign …").
fn clause_opens(text: &str, verb: Span, next: Span) -> bool {
    let n = next.text(text);
    adjacent(text, verb, next)
        && (lexicon::eq_any(n, BARE_CLAUSE_OPENERS)
            || n.chars().next().is_some_and(char::is_uppercase))
}

/// Modal verbs: a view under one is only allowed for ("could be seen as").
const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
];

/// Passive participles of verbs of regarding and their lemmas: "is seen
/// as", "was widely viewed as", "are considered a threat".
const REGARD_PARTICIPLES: &[(&str, &str)] = &[
    ("seen", "see"),
    ("viewed", "view"),
    ("regarded", "regard"),
    ("perceived", "perceive"),
    ("considered", "consider"),
];

/// Words after a passive "considered" that make it a deliberation, a
/// place or a time, not a view: "was considered by the committee", "is
/// considered in June".
const NOT_AFTER_CONSIDERED: &[&str] = &[
    "by",
    "for",
    "in",
    "at",
    "on",
    "with",
    "during",
    "when",
    "until",
    "after",
    "before",
    "and",
    "or",
    "but",
    "if",
    "because",
    "from",
    "under",
    "over",
    "since",
    "while",
    "again",
    "today",
    "yesterday",
    "now",
    "carefully",
    "seriously",
    "last",
    "this",
    "next",
    "that",
    "whether",
];

/// `S is seen as …`, `S was widely viewed as …`, `S is considered a …`:
/// a passive verb of regarding names the view and not who holds it. The
/// subject and the predicate are the content, the verb group the cue, no
/// speaker (rule `passive-seen-as`). A cue that another frame took is left.
pub(super) fn passive_regard(ctx: &Ctx<'_>, pq: &[&Quoted], out: &mut Vec<Attribution>) {
    let text = ctx.text;
    for &sentence in &ctx.sentences {
        let sent = sentence.start();
        let body_end = trim_terminal(text, sent, sentence.end());
        if body_end <= sent {
            continue;
        }
        let ws = words(text, Span::new(sent, body_end));
        for (i, &w) in ws.iter().enumerate() {
            let Some(&(_, lemma)) = REGARD_PARTICIPLES.iter().find(|(f, _)| *f == w.text(text))
            else {
                continue;
            };
            let Some(&next) = ws.get(i + 1) else { continue };
            let next_text = next.text(text);
            if !adjacent(text, w, next) || inside_quote(pq, w) {
                continue;
            }
            let fits = if lemma == "consider" {
                !lexicon::eq_any(next_text, NOT_AFTER_CONSIDERED)
            } else {
                next_text == "as"
            };
            if !fits {
                continue;
            }
            // The verb group: a form of "be" with auxiliaries and adverbs
            // ("has generally been viewed", "is increasingly seen").
            let j = verb_group_start(text, &ws, i, |w| w.ends_with("ly"));
            // "is likely to be viewed as …": the view of an infinitive,
            // whose subject is no clause of its own; "can be seen as",
            // "might be considered": a view the writer only allows for.
            if !ws[j..i].iter().any(|a| lexicon::eq_any(a.text(text), BE))
                || j.checked_sub(1).is_some_and(|p| ws[p].text(text) == "to")
                || ws[j..i]
                    .iter()
                    .any(|a| lexicon::eq_any(a.text(text), MODALS))
            {
                continue;
            }
            let cue = Span::new(ws[j].start(), w.end());
            if cue_taken(out, cue) {
                continue;
            }
            let Some(subject) = regarded_subject(text, &ws, j) else {
                continue;
            };
            let tail_end = predicate_end(text, next.start(), body_end);
            let tail = Span::new(next.start(), tail_end);
            if tail_end <= next.start() || words(text, tail).len() < 2 {
                continue;
            }
            out.push(Attribution {
                kind: QuoteKind::Indirect,
                rule: "passive-seen-as",
                confidence: 0.45,
                content: subject.cover(tail),
                parts: vec![subject, tail],
                cue: Some(cue),
                who: Who::Nobody,
                dropped: false,
            });
        }
    }
}

/// The subject before the verb group at word `j`, read back to a clause
/// boundary: a relative pronoun ("which is seen as …") is the whole
/// subject; after a comma just before the cue, the sentence's opening.
pub(super) fn regarded_subject(text: &str, ws: &[Span], j: usize) -> Option<Span> {
    let mut k = j;
    while k > 0 {
        let prev = ws[k - 1];
        let gap = &text[prev.end()..ws[k].start()];
        if gap.contains([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']) {
            if k == j {
                // "The kingdom, long an ally, is seen as …".
                return (j > 0 && j <= MAX_OPENING_WORDS)
                    .then(|| Span::new(ws[0].start(), ws[j - 1].end()));
            }
            break;
        }
        let p = prev.text(text);
        if lexicon::eq_any(p, SUBJECT_ABORTS) {
            return None;
        }
        if lexicon::eq_any(p, SUBJECT_STOPS) || clause_verb(p) {
            break;
        }
        k -= 1;
        if lexicon::eq_any(p, SUBJECT_RELATIVES) {
            break;
        }
        if j - k > MAX_SUBJECT_WORDS {
            return None;
        }
    }
    (k < j).then(|| Span::new(ws[k].start(), ws[j - 1].end()))
}

/// Adverbs between "be" and "known" that belong to the cue: "is best
/// known for", "was once known as", "is also known as".
const KNOWN_ADVERBS: &[&str] = &[
    "already", "also", "best", "better", "long", "now", "once", "perhaps", "still", "well",
];

/// Words between "known" and "as" that keep the naming: "known here as",
/// "known online as".
const KNOWN_WHERE: &[&str] = &["here", "locally", "online", "there", "today"];

/// Words after "known for" that make it a span of time, not a reputation:
/// "has been known for years that …".
const KNOWN_FOR_TIMES: &[&str] = &[
    "a", "ages", "days", "decades", "long", "many", "months", "some", "weeks", "years",
];

/// Words that end a participle's noun phrase read back from "known": a
/// preposition, conjunction or verb of the clause around it.
const NOUN_PHRASE_STOPS: &[&str] = &[
    "about", "after", "against", "and", "are", "as", "at", "be", "been", "before", "between",
    "but", "by", "during", "for", "from", "in", "into", "is", "on", "or", "over", "than",
    "through", "to", "under", "was", "were", "with",
];

/// Determiners that open a noun phrase (and end the read-back).
const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];

/// Most words of a participle's noun phrase read back from "known".
const MAX_NOUN_PHRASE_WORDS: usize = 6;

/// `S is known as Y`, `S is best known for Y`, `the contests known as
/// Super Tuesday`, `…, also known as Y`: a name or a reputation that people
/// give, the writer passing it on (the guidelines' "She is known as the
/// rainmaker"). The subject and the complement are the content (after a
/// comma only the complement), the verb group the cue, no speaker (rule
/// `known-as`, `Scope::All` only).
pub(super) fn known_as(ctx: &Ctx<'_>, pq: &[&Quoted], out: &mut Vec<Attribution>) {
    let text = ctx.text;
    for &sentence in &ctx.sentences {
        let sent = sentence.start();
        let body_end = trim_terminal(text, sent, sentence.end());
        if body_end <= sent || find_str!(&text[sent..body_end], "known").is_none() {
            continue;
        }
        let ws = words(text, Span::new(sent, body_end));
        for (i, &w) in ws.iter().enumerate() {
            if w.text(text) != "known" || inside_quote(pq, w) {
                continue;
            }
            let mut n = i + 1;
            if ws
                .get(n)
                .is_some_and(|x| lexicon::eq_any(x.text(text), KNOWN_WHERE))
            {
                n += 1;
            }
            let (Some(&prep), Some(&object)) = (ws.get(n), ws.get(n + 1)) else {
                continue;
            };
            let p = prep.text(text);
            if !(p == "as" || p == "for")
                || !adjacent(text, ws[n - 1], prep)
                // "the energy he is known for - whether …": no object.
                || !text[prep.end()..object.start()]
                    .chars()
                    .all(|c| c.is_whitespace() || "\"'“‘«".contains(c))
                || (p == "for" && lexicon::eq_any(object.text(text), KNOWN_FOR_TIMES))
            {
                continue;
            }
            // The verb group: "be" with auxiliaries and adverbs.
            let j = verb_group_start(text, &ws, i, |w| {
                w.ends_with("ly") || lexicon::eq_any(w, KNOWN_ADVERBS)
            });
            let cue = Span::new(ws[j].start(), ws[n].end());
            if cue_taken(out, cue) {
                continue;
            }
            let tail_end = known_end(text, object.start(), body_end);
            if tail_end <= object.start() {
                continue;
            }
            let tail = Span::new(object.start(), tail_end);
            let passive = ws[j..i].iter().any(|a| lexicon::eq_any(a.text(text), BE));
            let subject = if passive {
                let Some(subject) = regarded_subject(text, &ws, j) else {
                    continue;
                };
                Some(subject)
            } else {
                participle_noun_phrase(text, &ws, j)
            };
            let (content, parts) = match subject {
                Some(subject) => (subject.cover(tail), vec![subject, tail]),
                None => (tail, vec![tail]),
            };
            out.push(Attribution {
                kind: QuoteKind::Indirect,
                rule: "known-as",
                confidence: 0.45,
                content,
                parts,
                cue: Some(cue),
                who: Who::Nobody,
                dropped: false,
            });
        }
    }
}

/// The end of what "known as/for" names: [`predicate_end`], and before
/// a bracket ("(which is known as …) examined") or a second verb phrase
/// ("known for her views and is celebrated as …").
fn known_end(text: &str, start: usize, body_end: usize) -> usize {
    let end = predicate_end(text, start, body_end);
    let body = &text[start..end];
    let cut = [
        ")",
        "(",
        " and is ",
        " and was ",
        " and has ",
        " and are ",
        " and were ",
    ]
    .iter()
    .filter_map(|m| body.find(m))
    .min()
    .unwrap_or(body.len());
    start + body[..cut].trim_end().len()
}

/// The noun phrase a participle at word `j` follows ("the string of
/// contests known as …"): read back to a determiner, at most
/// [`MAX_NOUN_PHRASE_WORDS`] words, stopping at punctuation, a preposition
/// or a verb of the clause. None after a comma ("…, also known as ISIS"):
/// the appositive names what the complement does.
pub(super) fn participle_noun_phrase(text: &str, ws: &[Span], j: usize) -> Option<Span> {
    let mut k = j;
    while k > 0 && j - k < MAX_NOUN_PHRASE_WORDS {
        let prev = ws[k - 1];
        let gap = &text[prev.end()..ws[k].start()];
        if gap.contains([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']) {
            break;
        }
        let p = prev.text(text);
        if lexicon::eq_any(p, NOUN_PHRASE_STOPS) && p != "of" {
            break;
        }
        k -= 1;
        if lexicon::eq_any(p, DETERMINERS) {
            break;
        }
    }
    (k < j).then(|| Span::new(ws[k].start(), ws[j - 1].end()))
}

/// `S has reportedly left the party`: the clause around "reportedly" is
/// reported by unnamed others, no speaker (rule `reportedly`).
pub(super) fn reportedly(ctx: &Ctx<'_>, pq: &[&Quoted], out: &mut Vec<Attribution>) {
    let text = ctx.text;
    let para = ctx.para.text(text);
    if find_str!(para, "eportedly").is_none() {
        return;
    }
    for &sentence in &ctx.sentences {
        let sent = sentence.start();
        let body_end = trim_terminal(text, sent, sentence.end());
        if body_end <= sent {
            continue;
        }
        let ws = words(text, Span::new(sent, body_end));
        let Some(i) = ws
            .iter()
            .position(|w| w.text(text).eq_ignore_ascii_case("reportedly"))
        else {
            continue;
        };
        let w = ws[i];
        if inside_quote(pq, w) || i + 1 >= ws.len() {
            continue;
        }
        // The clause opens at the last comma before the adverb, or at the
        // sentence; it runs to the clause's end after it.
        let mut k = i;
        while k > 0 {
            let gap = &text[ws[k - 1].end()..ws[k].start()];
            if gap.contains([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']) && k < i {
                break;
            }
            if lexicon::eq_any(ws[k - 1].text(text), SUBJECT_STOPS)
                || lexicon::eq_any(ws[k - 1].text(text), CLAUSE_STOPS)
            {
                break;
            }
            k -= 1;
        }
        let after = ws[i + 1].start();
        let end = cut_content(text, after, body_end);
        if end <= after || k == i {
            continue;
        }
        let head = Span::new(ws[k].start(), ws[i - 1].end());
        let tail = Span::new(after, end);
        if words(text, head).len() + words(text, tail).len() < 3 {
            continue;
        }
        out.push(Attribution {
            kind: QuoteKind::Indirect,
            rule: "reportedly",
            confidence: 0.4,
            content: head.cover(tail),
            parts: vec![head, tail],
            cue: Some(w),
            who: Who::Nobody,
            dropped: false,
        });
    }
}
