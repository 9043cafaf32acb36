//! Frames whose reported content is the cue verb's object or prepositional
//! object rather than a that-clause: "Ortiz is calling for a recount",
//! "the mayor was talking about the budget". The speaker is read by the
//! same subject readers as `speaker-said-that`.

use super::{Ctx, content_after_cue, said_that, trim_terminal};
use crate::Span;
use crate::boundary::{words, words_upto};
use crate::cue::{Cue, Form};
use crate::mention::Mention;

/// Forms of "be" that make an -ing cue progressive ("is calling", "were
/// seeking", "has been discussing").
const PROGRESSIVE_AUXILIARIES: &[&str] = &["is", "was", "are", "were", "been", "be", "am"];

/// `S is calling for X` / `S was talking about X` / `S has been seeking X`:
/// a progressive cue is a finite verb of its subject, and its object or
/// clause is the content (rule `speaker-is-saying`).
pub(super) fn progressive(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if cue.form != Form::Gerund || cue.hypothetical || cue.span.start() >= cue.verb.start() {
        return None;
    }
    let aux = words(text, Span::new(cue.span.start(), cue.verb.start()));
    if !aux.iter().any(|w| {
        PROGRESSIVE_AUXILIARIES
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w.text(text)))
    }) {
        return None;
    }
    let finite = Cue {
        form: Form::Finite,
        ..cue
    };
    let (content, _, m) = said_that(ctx, finite, sent, body_end)?;
    // "is adding to his lead", "was talking directly to them", "is showing
    // up": a preposition or particle opens no object; "the judge Trump
    // was referring to is …": the object came before. "is seeking to
    // amplify …": an infinitive is the content.
    let ws = words_upto(text, content, 2);
    let first = ws.first()?.text(text);
    let preposition_to = first.eq_ignore_ascii_case("to")
        && ws.get(1).is_some_and(|w| {
            TO_OBJECT_OPENERS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w.text(text)))
        });
    if (NOT_OBJECT_OPENERS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first))
        && !first.eq_ignore_ascii_case("to"))
        || preposition_to
        || photo_caption(text, ctx.para)
        || mid_word(text, m)
    {
        return None;
    }
    Some((content, m))
}

/// Words after "to" that make it a preposition ("adding to his lead",
/// "talking to them"), not an infinitive.
const TO_OBJECT_OPENERS: &[&str] = &[
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
    "them",
    "him",
    "me",
    "us",
    "reporters",
    "supporters",
    "voters",
];

/// Words that cannot open the object of a progressive cue.
const NOT_OBJECT_OPENERS: &[&str] = &[
    "to", "up", "out", "over", "into", "with", "at", "in", "on", "for", "from", "by", "directly",
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "and", "but", "or",
];

/// A photo caption: a paragraph that ends with an agency credit in capitals
/// ("… in Beijing. AGENCY/PHOTOGRAPHER NAME", "(Photo/Lena Ortiz)"). It
/// describes a picture; what people in it are doing is no reported speech.
pub(super) fn photo_caption(text: &str, para: Span) -> bool {
    let body = para.text(text).trim_end();
    let credit = body
        .trim_end_matches(')')
        .rsplit(['.', '('])
        .next()
        .unwrap_or("")
        .trim();
    credit.len() < MAX_CREDIT_BYTES
        && credit.contains('/')
        && (credit.contains("Photo/") || !credit.chars().any(char::is_lowercase))
}

/// Longest photo credit at the end of a caption.
const MAX_CREDIT_BYTES: usize = 60;

/// Words that open a clause or question rather than an object: a negated
/// cue before them reports nothing ("did not say whether …").
const CLAUSE_OPENERS: &[&str] = &[
    "that", "whether", "if", "how", "what", "why", "when", "where", "who", "which", "to",
];

/// Objects of a negated cue that say how much was said, not what ("did
/// not comment much", "never explained anything").
const QUANTITY_OBJECTS: &[&str] = &[
    "much", "more", "anything", "nothing", "so", "any", "further", "publicly",
];

/// A mention that starts inside a word ("Valdonia‘s minister" read from
/// its "s"): no speaker.
fn mid_word(text: &str, m: Mention) -> bool {
    text[..m.span.start()].ends_with(|c: char| c.is_alphanumeric() || "‘’'".contains(c))
}

/// `S did not respond to X` / `S never mentions X`: a negated finite cue
/// with an object. The annotators mark what was not addressed as the
/// content (a that-clause or question after a negated cue stays unreported).
pub(super) fn negated_object(ctx: &Ctx<'_>, cue: Cue) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if !cue.negated || cue.form != Form::Finite || cue.passive || cue.hypothetical {
        return None;
    }
    let sent = ctx.sentence_start(cue.span.start());
    let send = ctx.sentence_end(cue.span.end());
    let body_end = trim_terminal(text, sent, send);
    let plain = Cue {
        negated: false,
        ..cue
    };
    let (content, _, m) = said_that(ctx, plain, sent, body_end)?;
    let first = words_upto(text, content, 1);
    let first = first.first()?.text(text);
    if CLAUSE_OPENERS
        .iter()
        .chain(NOT_OBJECT_OPENERS)
        .chain(QUANTITY_OBJECTS)
        .any(|w| w.eq_ignore_ascii_case(first))
        || content.start() != ctx.skip_ws(cue.span.end())
        || matches!(cue.lemma, "say" | "tell")
        || mid_word(text, m)
    {
        return None;
    }
    Some((content, m))
}

/// Words before a participle that make it a preposition's object or a
/// verb's complement, not a reduced relative ("by telling", "began
/// writing").
const NOT_NP_GERUND: &[&str] = &[
    "by", "in", "of", "for", "after", "before", "while", "about", "on", "at", "from", "without",
    "with", "despite", "to", "and", "or", "but", "is", "was", "are", "were", "be", "been", "the",
    "a", "an", "his", "her", "their", "its", "our",
];

/// `NP VERB-ing X` with no comma: a reduced relative or absolute clause
/// whose noun phrase is the speaker ("an ad featuring farmers telling their
/// stories", "supporters threatening to sit out the election").
pub(super) fn np_gerund(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if cue.form != Form::Gerund || cue.span.start() != cue.verb.start() || cue.hypothetical {
        return None;
    }
    let before = text[sent..cue.span.start()].trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if last.is_empty()
        || !last.ends_with(|c: char| c.is_alphanumeric())
        || NOT_NP_GERUND.iter().any(|w| w.eq_ignore_ascii_case(last))
        || photo_caption(text, ctx.para)
    {
        return None;
    }
    if let Some(subject) = document_issuer(ctx, sent, cue.span.start()) {
        let content = content_after_cue(ctx, cue, body_end)?;
        return Some((content, subject));
    }
    let finite = Cue {
        form: Form::Finite,
        ..cue
    };
    let (content, _, m) = said_that(ctx, finite, sent, body_end)?;
    let first = words_upto(text, content, 1);
    let first = first.first()?.text(text);
    // At the sentence start the noun phrase is the subject of a main verb
    // after the participle clause ("Voters saying X are …"), whose end
    // the content cannot see.
    if NOT_OBJECT_OPENERS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first))
        || m.span.start() == ctx.skip_ws(sent)
        || mid_word(text, m)
    {
        return None;
    }
    Some((content, m))
}

/// Most words between a document noun and its determiner ("a brief
/// written statement").
const MAX_DOCUMENT_MODIFIERS: usize = 2;

/// `S released a statement VERB-ing …`: the subject of the verb that
/// issued the document whose noun ends right at `at`.
fn document_issuer(ctx: &Ctx<'_>, sent: usize, at: usize) -> Option<Mention> {
    let text = ctx.text;
    let mut ws = words(text, Span::new(sent, at));
    // "sent a letter this week urging …": a time adjunct after the noun.
    while ws.len() > 1
        && TIME_WORDS
            .iter()
            .any(|t| t.eq_ignore_ascii_case(ws[ws.len() - 1].text(text)))
    {
        ws.pop();
    }
    let n = ws.len();
    let noun = *ws.last()?;
    if !DOCUMENT_NOUNS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(noun.text(text)))
        || text[noun.end()..at].contains([',', ';', ':', '(', '—'])
    {
        return None;
    }
    let det = (n.saturating_sub(MAX_DOCUMENT_MODIFIERS + 2)..n - 1)
        .rev()
        .find(|&k| {
            DOCUMENT_DETERMINERS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(ws[k].text(text)))
        })?;
    let verb = ws[det.checked_sub(1)?];
    let v = verb.text(text);
    let issued = (v.len() > 3 && v.ends_with("ed") && v.bytes().all(|b| b.is_ascii_lowercase()))
        || ISSUING_VERBS.iter().any(|i| i.eq_ignore_ascii_case(v));
    if !issued || text[verb.end()..noun.end()].contains([',', ';', ':']) {
        return None;
    }
    super::sentence_subject(ctx, sent, at)
}

/// Words of a time adjunct between a document and its participle.
const TIME_WORDS: &[&str] = &[
    "this",
    "last",
    "on",
    "earlier",
    "week",
    "month",
    "year",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "morning",
    "night",
];

/// Determiners of a document noun.
const DOCUMENT_DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];

/// Documents that speak for whoever issued them ("a statement saying …").
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "email",
    "e-mail",
    "tweet",
    "memo",
    "lawsuit",
    "suit",
    "complaint",
    "release",
    "note",
    "message",
    "op-ed",
    "op-eds",
    "ad",
    "ads",
    "post",
    "petition",
];

/// Irregular past forms of verbs that issue a document ("sent a letter").
const ISSUING_VERBS: &[&str] = &[
    "sent", "wrote", "put", "ran", "penned", "signed", "sends", "issues", "releases", "writes",
];
