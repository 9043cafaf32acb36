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
            let mut j = i;
            while j > 0
                && adjacent(text, ws[j - 1], ws[j])
                && (lexicon::eq_any(ws[j - 1].text(text), AUXILIARIES)
                    || ws[j - 1].text(text).ends_with("n't")
                    || ws[j - 1].text(text).ends_with("n’t"))
            {
                j -= 1;
            }
            let passive = ws[j..i].iter().any(|a| lexicon::eq_any(a.text(text), BE));
            let fits = match lemma {
                "expect" => passive && next_text == "to" && adjacent(text, w, next),
                "appear" => {
                    lexicon::eq_any(next_text, APPEAR_COMPLEMENTS) && adjacent(text, w, next)
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
                    None => continue,
                }
            } else {
                next.start()
            };
            let tail_end = predicate_end(text, tail_start, body_end);
            let tail = Span::new(tail_start, tail_end);
            if tail_end <= tail_start || words(text, tail).len() < 2 {
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
