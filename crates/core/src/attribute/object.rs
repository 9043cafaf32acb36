//! Frames whose reported content is the cue verb's object or prepositional
//! object rather than a that-clause: "Ortiz is calling for a recount",
//! "the mayor was talking about the budget". The speaker is read by the
//! same subject readers as `speaker-said-that`.

use super::{Ctx, content_after_cue, said_that};
use crate::Span;
use crate::boundary::{words, words_upto};
use crate::cue::{Cue, CueKind, Form};
use crate::lexicon;
use crate::mention::{Mention, subject_np_before};

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
    // "is seeking the nomination": a campaign narrated, not a stance taken.
    if cue.form != Form::Gerund
        || cue.hypothetical
        || cue.span.start() >= cue.verb.start()
        || cue.lemma == "seek"
    {
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
        && ws.get(1).is_some()
        && !super::bare_verb_after_to(text, ws[0], content.end());
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
    Some((object_end(text, cue, content), m))
}

/// Words after a participle that make it part of a compound noun
/// ("talking points", "warning signs").
const COMPOUND_HEADS: &[&str] = &["points", "signs", "shots", "point"];

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
/// its "s") or opens an embedded question: no speaker.
fn mid_word(text: &str, m: Mention) -> bool {
    text[..m.span.start()].ends_with(|c: char| c.is_alphanumeric() || "‘’'".contains(c))
        || embedded_question(text, m)
}

/// "Asked if Norland was discussing X, …": the subject of an embedded
/// question asserts nothing; the question belongs to whoever asked it.
/// The same for a mention right after a preposition.
pub(super) fn embedded_question(text: &str, m: Mention) -> bool {
    let before = text[..m.span.start()].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // "Two bakeries on Mill Street are arguing …": a name inside a
    // prepositional phrase is not the subject either.
    ["if", "whether", "on", "near"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// `S did not respond to X` / `S never mentions X`: a negated finite cue
/// with an object. The annotators mark what was not addressed as the
/// content (a that-clause or question after a negated cue stays unreported).
pub(super) fn negated_object(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if !cue.negated || cue.form != Form::Finite || cue.passive || cue.hypothetical {
        return None;
    }
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
    Some((object_end(text, cue, content), m))
}

/// `S would not say whether X` / `S did not say how X` / `S will discuss
/// X`: a negated finite cue before a clause or question, or a modal one
/// before any content. The annotators mark what was (not) to be said.
pub(super) fn modal_said(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention, &'static str)> {
    let text = ctx.text;
    if !(cue.negated || cue.hypothetical) || cue.form != Form::Finite || cue.passive {
        return None;
    }
    let plain = Cue {
        negated: false,
        hypothetical: false,
        ..cue
    };
    // "If asked, the board would say that …": a condition makes the
    // speech hypothetical.
    if !cue.negated
        && words(text, Span::new(sent, cue.span.start()))
            .iter()
            .any(|w| {
                ["if", "unless"]
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(w.text(text)))
            })
    {
        return None;
    }
    let (content, _, m) = said_that(ctx, plain, sent, body_end)?;
    if mid_word(text, m) {
        return None;
    }
    let first = words_upto(text, content, 1);
    let first = first.first()?.text(text);
    if !CLAUSE_OPENERS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first) && !w.eq_ignore_ascii_case("to"))
    {
        return None;
    }
    let rule = if cue.negated {
        "speaker-did-not-say-whether"
    } else {
        "speaker-would-say-that"
    };
    Some((content, m, rule))
}

/// Verbs whose object is the speaker of a following infinitive: "led
/// Republicans to say", "urged the board to reject", "leaving many to
/// wonder".
const CAUSATIVES: &[&str] = &[
    "led",
    "leads",
    "lead",
    "leading",
    "prompted",
    "prompting",
    "prompts",
    "forced",
    "force",
    "forcing",
    "forces",
    "urged",
    "urging",
    "urges",
    "allowed",
    "encouraged",
    "encourages",
    "encouraging",
    "leaving",
    "left",
    "pushed",
    "pushing",
    "pressed",
    "pressing",
    "invited",
    "inviting",
    "spurred",
    "caused",
    "inspired",
    "challenged",
    "dared",
];

/// Words before "to" that make the infinitive no speech of the subject
/// ("on the condition of anonymity to discuss", "under pressure to
/// offer", "failed to find", "is to blame", "had to defend").
const NOT_INFINITIVE_LEADS: &[&str] = &[
    "anonymity",
    "authorized",
    "position",
    "pressure",
    "chance",
    "opportunity",
    "requests",
    "request",
    "fail",
    "fails",
    "failed",
    "struggle",
    "struggled",
    "struggling",
    "how",
    "is",
    "am",
    "are",
    "was",
    "were",
    "be",
    "have",
    "has",
    "had",
    "having",
    "want",
    "wants",
    "wanted",
    "need",
    "needs",
    "needed",
    "going",
    "able",
    "unable",
    "inclined",
    "refusal",
    "willing",
    "unwilling",
    "about",
    "ready",
    "asked",
    "soon",
    "safe",
    "fair",
    "important",
    "nothing",
    "things",
    "power",
    "efforts",
    "evidence",
    "markers",
    "used",
    "use",
    "uses",
    "using",
    "hard",
    "difficult",
    "easy",
    "order",
    "time",
    "way",
    "enough",
    "expected",
    "supposed",
    "tried",
    "trying",
    "try",
    "began",
    "begin",
    "started",
    "start",
    "continued",
    "continue",
];

/// Most words of the object between a causative verb and "to".
const MAX_CAUSATIVE_OBJECT_WORDS: usize = 6;

/// The object of a causative verb that ends right before the "to" at
/// `to_start`: "led some to speculate", "leaving the party's wing to
/// wonder", "force Sen. Ortiz to acknowledge".
fn causative_object(text: &str, sent: usize, to_start: usize) -> Option<Mention> {
    let ws = words(text, Span::new(sent, to_start));
    let n = ws.len();
    let from = n.saturating_sub(MAX_CAUSATIVE_OBJECT_WORDS + 1);
    let k = (from..n.saturating_sub(1)).rev().find(|&k| {
        CAUSATIVES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(ws[k].text(text)))
    })?;
    let span = Span::new(ws[k + 1].start(), ws[n - 1].end());
    if span
        .text(text)
        .contains([',', ';', ':', '(', ')', '“', '"'])
    {
        return None;
    }
    if let Some(m) = crate::mention::mention_before(text, to_start, sent)
        && m.span.start() == span.start()
    {
        return Some(m);
    }
    let plural = span.text(text).ends_with('s')
        || ["many", "some", "others", "few", "all", "most"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(span.text(text)));
    Some(Mention::group(span, plural))
}

/// `S went to the podium to say X` / `the vote led S to say that X`: an
/// infinitive speech cue before a clause. Its speaker is the object of a
/// causative verb right before "to", else the sentence's subject (rule
/// `infinitive-said`).
pub(super) fn infinitive_said(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if cue.form != Form::Infinitive || !cue.is_plain_speech() {
        return None;
    }
    let before = text[sent..cue.span.start()].trim_end();
    let to_start = sent + before.strip_suffix("to")?.len();
    if !before[..to_start - sent].ends_with(' ') {
        return None;
    }
    let lead = before[..to_start - sent].trim_end();
    let lead_word = lead.rsplit(' ').next().unwrap_or("");
    if NOT_INFINITIVE_LEADS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(lead_word))
        || !cue.verb.text(text).eq_ignore_ascii_case(cue.lemma)
    {
        return None;
    }
    let finite = Cue {
        form: Form::Finite,
        ..cue
    };
    let content = content_after_cue(ctx, finite, body_end)?;
    // A clause or question: "to say (that) …", "to explain why …".
    let first = words_upto(text, content, 3);
    let clause = first.first().is_some_and(|w| {
        CLAUSE_OPENERS
            .iter()
            .any(|o| o.eq_ignore_ascii_case(w.text(text)) && !o.eq_ignore_ascii_case("to"))
    }) || (CLAUSAL_LEMMAS.contains(&cue.lemma) && first.len() >= 3)
        // "to talk about X", "to call for X": a cue with its particle
        // takes a noun phrase.
        || cue.span.end() > cue.verb.end();
    if !clause {
        return None;
    }
    let m = causative_object(text, sent, to_start).or_else(|| {
        // "It is too soon to say", "it's fair to say": no speaker.
        let head = text[sent..to_start].trim_start();
        let expletive = ["It ", "It’s ", "It's ", "it ", "it’s ", "it's "]
            .iter()
            .any(|p| head.starts_with(p));
        (!expletive)
            .then(|| super::sentence_subject(ctx, sent, to_start))
            .flatten()
    })?;
    if mid_word(text, m) || m.span.end() > to_start {
        return None;
    }
    let first = words_upto(text, content, 1);
    let first = first.first()?.text(text);
    if NOT_OBJECT_OPENERS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first))
    {
        return None;
    }
    Some((object_end(text, cue, content), m))
}

/// Most words of a long subject noun phrase.
const MAX_LONG_SUBJECT_WORDS: usize = 16;

/// Words that cannot stand in a long subject noun phrase besides the
/// auxiliaries ([`not_in_subject`]): relatives, subordinators, pronouns
/// (the stretch would be a clause).
const NOT_IN_SUBJECT: &[&str] = &[
    "that", "which", "who", "whom", "whose", "if", "when", "while", "because", "although",
    "though", "after", "before", "since", "as", "not", "i", "i've", "i’ve", "we", "he", "she",
    "they", "it", "there", "said", "says", "told", "tells", "so", "then", "than",
];

/// A word that cannot stand in a long subject noun phrase: an auxiliary or
/// one of [`NOT_IN_SUBJECT`] (any case).
pub(super) fn not_in_subject(w: &str) -> bool {
    lexicon::is_auxiliary(w) || lexicon::eq_any(w, NOT_IN_SUBJECT)
}

/// Words that open a sentence before its subject ("But", "Indeed,").
const SUBJECT_LEADS: &[&str] = &[
    "but", "and", "indeed", "even", "still", "yet", "now", "also",
];

/// Words a noun phrase cannot end with.
pub(super) const NOT_SUBJECT_END: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "for", "with", "from", "by", "to", "about", "his",
    "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many", "and",
    "or", "but",
];

/// First words of an opening adjunct: the subject follows its comma.
const ADJUNCT_OPENERS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "from",
    "with",
    "for",
    "since",
    "by",
    "despite",
    "like",
    "unlike",
    "over",
    "earlier",
    "later",
    "last",
    "this",
    "under",
    "among",
    "speaking",
    "asked",
    "writing",
    "meanwhile",
    "separately",
    "still",
    "however",
    "indeed",
];

/// Lemmas whose long subject is read: verbs of saying that take a clause.
const LONG_SUBJECT_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "warn",
    "argue",
    "claim",
    "insist",
    "suggest",
    "predict",
    "acknowledge",
    "admit",
    "contend",
    "explain",
    "declare",
    "confirm",
];

/// `Many speakers at the service — including pastors and rabbis — said
/// X`, `People with direct knowledge of the talks said X`: a subject noun
/// phrase too long or too plain for the mention readers, from the start of
/// the sentence (or the clause after an opening adjunct and its comma) to a
/// say/tell cue (rule `long-subject-said`).
pub(super) fn long_subject_said(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if cue.form != Form::Finite
        || cue.negated
        || cue.hypothetical
        || cue.passive
        || cue.kind != CueKind::Speech
        || cue.span.start() != cue.verb.start()
    {
        return None;
    }
    // "notes", "claims", "estimates": a verb form that is also a noun;
    // "a merger announced Monday would …": a participle. Before "that"
    // any verb of saying is finite ("disclosures revealed that …").
    let verb = cue.verb.text(text);
    if lexicon::is_noun_form(verb, cue.lemma) {
        return None;
    }
    let relaxed = !LONG_SUBJECT_LEMMAS.contains(&cue.lemma)
        || (verb.ends_with("ed") && !verb.eq_ignore_ascii_case("said"));
    // Most cues are neither: a cheap look for "that" first spares them the
    // content reader.
    if relaxed && !text[cue.span.end()..body_end.max(cue.span.end())].contains("that") {
        return None;
    }
    let content = content_after_cue(ctx, cue, body_end)?;
    let that = words_upto(text, content, 1)
        .first()
        .is_some_and(|w| w.text(text) == "that");
    if relaxed && !that {
        return None;
    }
    // "…, said Rita Katz, the director": the inverted frame's business,
    // unless a that-clause follows ("Editorial pages, including ours, warned
    // that …").
    if text[sent..cue.span.start()].trim_end().ends_with(',') && !that {
        return None;
    }
    let head = Span::new(sent, cue.span.start());
    if head
        .text(text)
        .contains(['“', '”', '"', ';', ':', '(', '?'])
    {
        return None;
    }
    // The subject starts the sentence, or follows the comma of an opening
    // adjunct ("In a call with analysts Monday, the firm's chief said").
    let open = ctx.skip_ws(sent);
    let opener = words_upto(text, Span::new(open, cue.span.start()), 1);
    let adjunct = opener.first().is_some_and(|w| {
        ADJUNCT_OPENERS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w.text(text)))
    });
    let mut starts = if adjunct {
        text[open..cue.span.start()]
            .find(',')
            .map(|c| vec![ctx.skip_ws(open + c + 1)])
            .unwrap_or_default()
    } else {
        vec![open]
    };
    // "…, although history says that …", "… after the paper's reporting
    // indicated that …": the subject of a subordinate clause in mid-sentence
    // follows its conjunction.
    let sub = mid_clause_start(text, open, cue.span.start());
    if let Some(sub) = sub {
        starts.push(sub);
    }
    for start in starts {
        let mid = Some(start) == sub;
        let mut ws = words(text, Span::new(start, cue.span.start()));
        // "But private firms and traders say …": the capital is the lead's.
        let opens_capital = ws
            .first()
            .is_some_and(|w| w.text(text).starts_with(char::is_uppercase));
        while ws.first().is_some_and(|w| {
            SUBJECT_LEADS
                .iter()
                .any(|l| l.eq_ignore_ascii_case(w.text(text)))
        }) {
            ws.remove(0);
        }
        let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
            continue;
        };
        let last_word = last.text(text);
        // The sentence opens with a capital: a lowercase start is a
        // fragment after a quotation.
        if start == open && !opens_capital {
            continue;
        }
        let span = Span::new(first.start(), last.end());
        // Mid-sentence the clause between conjunction and cue holds no
        // punctuation; a short subject is taken there only before "that".
        if mid
            && (span
                .text(text)
                .contains([',', '—', '–', '(', '"', '“', '”'])
                || (ws.len() < 3 && !that))
        {
            continue;
        }
        // A participle or a verb outside the say/tell list is read as the
        // subject's verb only before "that" and after a subject with no
        // aside in it ("Pilots, including ours, warned that …" is the
        // aside frame's).
        let between = &text[span.start()..cue.span.start()];
        if relaxed && (between.contains([',', '—', '–']) || between.contains(" - ")) {
            continue;
        }
        // "Most pilots use the channel, and three-fourths say …": a
        // coordinated clause is no subject.
        if between.contains(", and ") || between.contains(", but ") {
            continue;
        }
        if (ws.len() < 3 && !mid)
            || ws.len() > MAX_LONG_SUBJECT_WORDS
            || ws.iter().any(|w| not_in_subject(w.text(text)))
            || NOT_SUBJECT_END
                .iter()
                .any(|n| n.eq_ignore_ascii_case(last_word))
        {
            continue;
        }
        let plural = last_word.ends_with('s');
        let m = Mention::group(span, plural);
        return Some((content, m));
    }
    None
}

/// Conjunctions that open a subordinate or coordinate clause whose subject
/// follows at once.
const MID_CLAUSE_OPENERS: &[&str] = &[
    " although ",
    " though ",
    " because ",
    " after ",
    " while ",
    " since ",
    " before ",
    " whereas ",
    ", as ",
    ", and ",
    ", but ",
];

/// The start of the clause the cue at `end` belongs to when a conjunction
/// of [`MID_CLAUSE_OPENERS`] opens it after the sentence start `open`.
fn mid_clause_start(text: &str, open: usize, end: usize) -> Option<usize> {
    let head = text.get(open..end)?;
    let lower = head.to_ascii_lowercase();
    MID_CLAUSE_OPENERS
        .iter()
        .filter_map(|o| lower.rfind(o).map(|i| i + o.len()))
        .max()
        .map(|i| open + i)
}

/// Most words of the aside between a subject and its cue.
const MAX_ASIDE_WORDS: usize = 30;

/// Most words of the subject before an aside.
const MAX_ASIDE_SUBJECT_WORDS: usize = 8;

/// `Editorial pages, including ours, warned that X`, `Byrne — who was
/// posted at the door — states that X`, `By contrast, Dana Holt, an
/// economist at the institute, predicted X`: the subject opens the
/// sentence (or follows an opening adjunct's comma) and an aside between
/// commas or dashes stands between it and a finite cue the mention
/// readers did not reach (rule `aside-subject-said`).
pub(super) fn aside_subject_said(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if cue.form != Form::Finite || !cue.is_plain_speech() {
        return None;
    }
    let head = text[sent..cue.span.start()].trim_end();
    let dash = |c: char| matches!(c, '—' | '–');
    let close = head.chars().next_back()?;
    // "Sanders - who … - has vowed": a spaced hyphen is a dash.
    let hyphen = close == '-' && head.ends_with(" -");
    if close != ',' && !dash(close) && !hyphen {
        return None;
    }
    if head.contains(['“', '”', '"', ';', ':', '?']) {
        return None;
    }
    // The subject starts the sentence, after "But"/"And", or after the
    // comma of an opening adjunct ("In 2010, …", "By contrast, …").
    let open = ctx.skip_ws(sent);
    let mut ws = words(text, Span::new(open, sent + head.len()));
    let mut led = false;
    while ws.first().is_some_and(|w| {
        SUBJECT_LEADS
            .iter()
            .any(|l| l.eq_ignore_ascii_case(w.text(text)))
            && text[w.end()..].starts_with(' ')
    }) {
        ws.remove(0);
        led = true;
    }
    let first = *ws.first()?;
    let mut start = first.start();
    if ADJUNCT_OPENERS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(first.text(text)))
    {
        let c = text[start..sent + head.len()].find(',')?;
        start = ctx.skip_ws(start + c + 1);
    }
    let inner_end = sent + head.len() - close.len_utf8();
    if start >= inner_end {
        return None;
    }
    let rest = &text[start..inner_end];
    // The aside opens at the first comma (or dash, for a dashed aside).
    let opener = if dash(close) {
        rest.find(dash)?
    } else if hyphen {
        rest.find(" - ")?
    } else {
        rest.find(',')?
    };
    let subject = Span::new(start, start + rest[..opener].trim_end().len());
    let aside = Span::new(start + opener, sent + head.len());
    let sws = words(text, subject);
    let aws = words_upto(text, aside, MAX_ASIDE_WORDS + 1);
    let (Some(sfirst), Some(slast)) = (sws.first(), sws.last()) else {
        return None;
    };
    if sws.len() > MAX_ASIDE_SUBJECT_WORDS
        || aws.is_empty()
        || aws.len() > MAX_ASIDE_WORDS
        // After "But", "Even" … the subject may start in lowercase ("Even
        // the field's biggest hawks, like A and B, say …").
        || !(sfirst.text(text).starts_with(char::is_uppercase)
            || (led && start == sfirst.start()))
        || sws.iter().any(|w| {
            not_in_subject(w.text(text))
        })
        || NOT_SUBJECT_END
            .iter()
            .any(|n| n.eq_ignore_ascii_case(slast.text(text)))
    {
        return None;
    }
    // "Trump, the mayor said, criticized …": a cue in the aside is the
    // parenthetical's business (not in a relative clause: "Ortiz, who
    // said she was tired, recounted …").
    // The relative may open the aside or follow its head noun ("The
    // clerk, a voter who spoke on condition of anonymity, said …"); it
    // must come before the cue inside the aside.
    let first_inner_cue = ctx.cues[ctx.cues_from(aside.start())..]
        .iter()
        .map(|c| c.span.start())
        .next()
        .unwrap_or(usize::MAX);
    let relative = aws
        .iter()
        .take_while(|w| w.start() < first_inner_cue)
        .any(|w| {
            ["who", "which", "whose"]
                .iter()
                .any(|r| r.eq_ignore_ascii_case(w.text(text)))
        });
    let k = ctx.cues_from(aside.start());
    if !relative
        && ctx.cues[k..]
            .iter()
            .take_while(|c| c.span.start() < aside.end())
            .next()
            .is_some()
    {
        return None;
    }
    // "claims", "notes": a verb form that is also a noun takes a clause.
    let content = super::content_after_cue(ctx, cue, body_end)?;
    if lexicon::is_noun_form(cue.verb.text(text), cue.lemma)
        && words_upto(text, content, 1)
            .first()
            .is_none_or(|w| w.text(text) != "that")
    {
        return None;
    }
    let m = crate::mention::mention_before(text, subject.end(), subject.start())
        .or_else(|| subject_np_before(text, subject.end(), subject.start()))
        .filter(|m| m.span.start() == subject.start() && m.span.end() == subject.end())
        .unwrap_or_else(|| Mention::group(subject, slast.text(text).ends_with('s')));
    Some((object_end(text, cue, content), m))
}

/// Lemmas whose passive with an agent is rarely speech ("a book written
/// by", "attacked by gunmen", "called by the chair").
const NOT_PASSIVE_BY: &[&str] = &[
    "write",
    "attack",
    "call",
    "find",
    "show",
    "read",
    "post",
    "order",
    "seek",
    "offer",
    "recommend",
    "cite",
    "label",
    "ask",
    "respond",
    "inform",
    "explain",
    "highlight",
    "maintain",
];

/// `His comments were quickly derided by S`, `a practice criticized by S`,
/// `The bill, opposed by S, …`: a passive speech or stance cue with its
/// agent after "by". The agent speaks; the passive's subject (the noun
/// phrase before the cue or before its comma) is the content (rule
/// `passive-by-agent`).
pub(super) fn passive_by_agent(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if !cue.passive
        || cue.form != Form::Finite
        || cue.negated
        || cue.hypothetical
        || cue.kind != crate::cue::CueKind::Speech
        || NOT_PASSIVE_BY.contains(&cue.lemma)
        || !cue.verb.text(text).ends_with("ed")
    {
        return None;
    }
    let by = word_after_span(text, cue.span.end(), body_end)?;
    if by.start() != cue.span.end() + 1 || by.text(text) != "by" {
        return None;
    }
    // "responded by abruptly blocking …": a manner, not an agent.
    let agent = word_after_span(text, by.end(), body_end)?.text(text);
    if agent.ends_with("ing") || agent.ends_with("ly") {
        return None;
    }
    let m = crate::mention::source_after(text, ctx.skip_ws(by.end()), body_end, false)?;
    if m.span.end() > body_end {
        return None;
    }
    let head = text[sent..cue.span.start()].trim_end();
    let (head, comma) = match head.strip_suffix(',') {
        Some(h) => (h.trim_end(), true),
        None => (head, false),
    };
    let end = sent + head.len();
    if end <= sent {
        return None;
    }
    let last = head.rsplit(' ').next().unwrap_or("");
    if !comma && ["which", "that", "who"].contains(&last) {
        return Some((Span::new(end - last.len(), end), m));
    }
    // "Tinder's ban of Ms. Feld was first reported by S": the plain noun
    // phrase with its prepositional phrase before the name alone.
    let np = crate::mention::subject_np_before(text, end, sent)
        .or_else(|| crate::mention::mention_before(text, end, sent))?;
    (np.span.end() == end).then_some((np.span, m))
}

/// The first word at or after `at`, before `limit`.
fn word_after_span(text: &str, at: usize, limit: usize) -> Option<Span> {
    crate::boundary::word_after(text, at, limit)
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
    // "candidates seeking the nomination": a description, not a stance.
    if cue.lemma == "seek" {
        return None;
    }
    if let Some(issuer) = document_issuer(ctx, sent, cue.span.start()) {
        let content = content_after_cue(ctx, cue, body_end)?;
        return Some((content, issuer?));
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
    // "polling data showing …" (the evidence frames' business), "talking
    // points", "warning signs" (a compound noun).
    let head = m.span.text(text).rsplit(' ').next().unwrap_or("");
    if NOT_OBJECT_OPENERS
        .iter()
        .chain(COMPOUND_HEADS)
        .any(|w| w.eq_ignore_ascii_case(first))
        || EVIDENCE_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(head))
        || m.span.start() == ctx.skip_ws(sent)
        || mid_word(text, m)
    {
        return None;
    }
    Some((object_end(text, cue, content), m))
}

/// Most words between a document noun and its determiner ("a brief
/// written statement").
const MAX_DOCUMENT_MODIFIERS: usize = 2;

/// `S released a statement VERB-ing …`: the subject of the verb that
/// issued the document whose noun ends right at `at` (`Some(None)` when
/// the document has an issuing verb but no subject is found: the document
/// is then no speaker either).
fn document_issuer(ctx: &Ctx<'_>, sent: usize, at: usize) -> Option<Option<Mention>> {
    let text = ctx.text;
    let mut ws = words(text, Span::new(sent, at));
    // "sent a letter this week urging …": a time adjunct after the noun.
    while ws.len() > 1
        && (lexicon::is_time_word(ws[ws.len() - 1].text(text))
            || lexicon::eq_any(ws[ws.len() - 1].text(text), &["this", "last", "on"])
            || lexicon::is_weekday(ws[ws.len() - 1].text(text)))
    {
        ws.pop();
    }
    let n = ws.len();
    let noun = *ws.last()?;
    if !lexicon::is_document(noun.text(text))
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
    Some(super::sentence_subject(ctx, sent, at))
}

/// Determiners of a document noun.
const DOCUMENT_DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];

/// Irregular past forms of verbs that issue a document ("sent a letter").
const ISSUING_VERBS: &[&str] = &[
    "sent", "wrote", "put", "ran", "penned", "signed", "sends", "issues", "releases", "writes",
];

/// Cues whose content is mostly a clause, even without "that": their
/// content runs past a comma ("said the plan, which failed, was good").
const CLAUSAL_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "add",
    "write",
    "argue",
    "claim",
    "insist",
    "explain",
    "note",
    "suggest",
    "warn",
    "report",
    "announce",
    "predict",
    "acknowledge",
    "admit",
    "state",
    "declare",
    "confirm",
    "reveal",
    "assert",
    "agree",
    "contend",
    "maintain",
    "recall",
    "concede",
    "estimate",
    "indicate",
    "allege",
    "stress",
    "emphasize",
    "point",
    "show",
    "find",
    "",
    "according to",
];

/// A word that makes a stretch of text a clause rather than a noun phrase:
/// a [`finite_word`] or a lowercase past form in -ed ("raised").
pub(super) fn finite_like(w: &str) -> bool {
    finite_word(w)
        || (w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A word that makes a stretch of text a clause rather than a noun phrase:
/// an auxiliary, "be" or "been".
fn finite_word(w: &str) -> bool {
    lexicon::is_auxiliary(w) || w.eq_ignore_ascii_case("be") || w.eq_ignore_ascii_case("been")
}

/// `S criticized X, the mayor who …` / `S bemoaned the demise of X, the
/// belief that …`: an object noun phrase ends at its first comma; what
/// follows is an apposition or a new clause. Clause contents, lists ("A,
/// B and C") and commas before a conjunction are left as they are.
pub(super) fn object_end(text: &str, cue: Cue, content: Span) -> Span {
    if CLAUSAL_LEMMAS.contains(&cue.lemma) {
        return content;
    }
    let content = gerund_adjunct_end(text, subordinate_end(text, content));
    let content = time_adjunct_end(text, content);
    let content = subjectless_verb_end(text, content);
    let body = content.text(text);
    let Some(comma) = crate::scan::find_str!(body, ", ") else {
        return content;
    };
    // "accused the audience, which the party picked, of bias": a relative
    // clause inside the object, which goes on after it.
    if [", which ", ", who "].iter().any(|r| {
        body[comma..].starts_with(r) && super::embedded_relative(body, comma, comma + r.len())
    }) {
        return content;
    }
    let head = &body[..comma];
    let tail = &body[comma + 2..];
    let first = head.split(' ').next().unwrap_or("");
    let verb_in_head = head.split(' ').any(finite_like);
    let next_item = tail.split(',').next().unwrap_or("");
    let list = next_item.split(' ').count() <= MAX_LIST_ITEM_WORDS
        && !next_item.split(' ').any(finite_word)
        && (crate::scan::find_str!(next_item, " and ").is_some()
            || crate::scan::find_str!(next_item, " or ").is_some()
            || crate::scan::find_str!(tail, ", and ").is_some()
            || crate::scan::find_str!(tail, ", or ").is_some());
    // "recounted his wife's life, recited her ideas, and …": a past verb
    // after the object's comma is the subject's next act.
    if !verb_in_head
        && !CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first))
        && next_act(tail)
    {
        return Span::new(content.start(), content.start() + comma);
    }
    // "accused Ortiz, the harbour master, of lying": an apposition inside
    // the object, then the rest of the verb phrase.
    if !verb_in_head
        && !CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first))
        && apposition_then_complement(tail)
    {
        return content;
    }
    let tail_first = tail.split(' ').next().unwrap_or("");
    let conjunction = OBJECT_CONTINUERS
        .iter()
        .any(|c| c.eq_ignore_ascii_case(tail_first))
        || (head.ends_with(|c: char| c.is_ascii_digit())
            && tail.starts_with(|c: char| c.is_ascii_digit()));
    if CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first))
        || verb_in_head
        || list
        || conjunction
        || head.contains(['“', '"', '(', '—'])
    {
        return content;
    }
    Span::new(content.start(), content.start() + comma)
}

/// Past participles that open a phrase about the object itself ("…,
/// followed by Cruz at 17 percent", "…, combined with …").
const OBJECT_PARTICIPLES: &[&str] = &[
    "followed",
    "combined",
    "compared",
    "coupled",
    "based",
    "led",
    "joined",
    "known",
    "called",
    "named",
    "described",
    "dubbed",
    "titled",
    "entitled",
];

/// `tail` opens with a past-tense verb ("recited her ideas", "was tepid
/// about …"): after an object and a comma, the subject's next verb phrase
/// in a series ("recounted X, recited Y, and ripped into Z").
fn next_act(tail: &str) -> bool {
    let w = tail.split(' ').next().unwrap_or("");
    !OBJECT_PARTICIPLES.contains(&w)
        && ((w.len() >= 5 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
            || super::IRREGULAR_PASTS.contains(&w)
            || w == "was")
}

/// Most words of an apposition inside an object.
const MAX_OBJECT_APPOSITION_WORDS: usize = 12;

/// Prepositions that open the rest of a verb phrase after its object
/// ("accused X of …", "credited X for …", "urged X to …", "described X as
/// …", "brought X onto …").
const COMPLEMENT_PREPOSITIONS: &[&str] = &["of", "for", "to", "onto", "as", "with", "into", "from"];

/// `tail` (what follows an object's first comma) is a short apposition
/// without a verb of its own, a comma, and a preposition that takes up
/// the verb phrase again ("the harbour master, of lying"; "whose term ends
/// in June, for his work"): the annotators keep the whole in the content
/// (8 to 1 in PolNeAR).
fn apposition_then_complement(tail: &str) -> bool {
    let Some(comma) = crate::scan::find_str!(tail, ", ") else {
        return false;
    };
    let aside: Vec<&str> = tail[..comma].split(' ').collect();
    let relative = aside
        .first()
        .is_some_and(|w| ["who", "whose", "which"].contains(w));
    // A noun phrase: a name, a determiner or "along with" first ("in 2009"
    // or "even those …" is an adjunct of the sentence).
    let noun_phrase = aside.first().is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            || ["a", "an", "the", "his", "her", "their", "its", "along"].contains(w)
    });
    let next = tail[comma + 2..].split(' ').next().unwrap_or("");
    aside.len() <= MAX_OBJECT_APPOSITION_WORDS
        && (relative || noun_phrase && !aside.iter().any(|w| finite_like(w)))
        && !tail[..comma].contains(['"', '“', '”', '(', ';'])
        && COMPLEMENT_PREPOSITIONS.contains(&next)
}

/// Words after a comma that carry the object on ("its actions, including
/// …", "the process, though not the results", "illegal immigrants, some
/// of them …").
const OBJECT_CONTINUERS: &[&str] = &[
    "and",
    "or",
    "but",
    "including",
    "particularly",
    "especially",
    "notably",
    "like",
    "such",
    "though",
    "not",
    "now",
    "one",
    "some",
    "as",
    "with",
    "plus",
    "his",
    "her",
    "their",
    "its",
    "my",
    "our",
    "your",
];

/// Words that open an adverbial clause or adjunct after an object ("talk
/// about it when I campaign", "criticized the plan during the debate").
const OBJECT_SUBORDINATORS: &[&str] = &[
    " when ",
    " while ",
    " because ",
    " although ",
    " though ",
    " after ",
    " before ",
    " since ",
    " during ",
    " until ",
    " amid ",
    " even as ",
    " even if ",
];

/// Adverbs that lean on the subordinator after them ("called Ortiz
/// shortly after …", "renewed the offer even before …"): they go with the
/// adjunct, out of the object.
const SUBORDINATOR_ADVERBS: &[&str] = &["even", "just", "shortly", "only", "soon", "long", "right"];

/// Prepositions whose participle clause is an adjunct of the cue.
const GERUND_ADJUNCT_LEADS: &[&str] = &["by", "while", "after", "before"];

/// `S defended his position by citing a poll`: an object noun phrase ends
/// before a preposition whose participle is itself a speech cue, which
/// reports its own content (rule `preposition-gerund`).
fn gerund_adjunct_end(text: &str, content: Span) -> Span {
    let body = content.text(text);
    let first = body.split(' ').next().unwrap_or("");
    if CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return content;
    }
    for (i, _) in body.match_indices(' ') {
        let mut ws = body[i + 1..].split(' ');
        let (Some(lead), Some(verb)) = (ws.next(), ws.next()) else {
            break;
        };
        let verb = verb.trim_end_matches([',', '.', ';', ':']);
        if !GERUND_ADJUNCT_LEADS.contains(&lead)
            || !verb.ends_with("ing")
            || !lexicon::verb(verb).is_some_and(|v| v.class == lexicon::VerbClass::Speech)
        {
            continue;
        }
        let head = &body[..i];
        if head.contains(['“', '"', '(']) || head.split(' ').any(finite_like) {
            return content;
        }
        return Span::new(content.start(), content.start() + i);
    }
    content
}

static SUBORDINATOR_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(OBJECT_SUBORDINATORS)
            .expect("fixed patterns build")
    });

/// An object noun phrase (no finite verb, no clause opener) ends before a
/// subordinator: the adjunct is the cue's, not the content's.
fn subordinate_end(text: &str, content: Span) -> Span {
    let body = content.text(text);
    let first = body.split(' ').next().unwrap_or("");
    if CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return content;
    }
    // The leftmost subordinator, found in one pass (a `str::find` per
    // word built a searcher each time: 1.6% of all instructions).
    let Some(cut) = SUBORDINATOR_FINDER.find(body).map(|m| m.start()) else {
        return content;
    };
    let head = &body[..cut];
    let head_words: Vec<&str> = head.split(' ').collect();
    let verb_in_head = head_words.iter().any(|w| finite_like(w));
    // "a prosecutor to investigate X while …", "Y of pushing to indict
    // him while …", "while visiting Bosnia", "because of …": the adjunct
    // belongs to a verb inside the content.
    let inner_verb = head_words.iter().any(|w| *w == "to" || *w == "not")
        || head_words
            .windows(2)
            .any(|p| ["of", "for"].contains(&p[0]) && p[1].len() > 4 && p[1].ends_with("ing"));
    let mut after = body[cut..].split(' ').skip(2);
    let next = after.next().unwrap_or("");
    let participle_or_of = (next.len() > 4 && next.ends_with("ing")) || next == "of";
    if verb_in_head
        || inner_verb
        || participle_or_of
        || head.contains(['“', '"', '(', ','])
        || cut == 0
    {
        return content;
    }
    let mut head = head;
    while let Some((rest, last)) = head.rsplit_once(' ')
        && SUBORDINATOR_ADVERBS.contains(&last)
    {
        head = rest;
    }
    Span::new(content.start(), content.start() + head.len())
}

/// Auxiliaries and copulas that open a second verb phrase of the subject
/// after an object, with no subject of their own ("… and has been a
/// critic", "… but is not working for her").
const SUBJECTLESS_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "would", "will", "did", "does", "could",
];

/// Relative words that give an object a clause of its own ("a candidate
/// who cares and is honest"): a verb after "and" may be that clause's.
const OBJECT_RELATIVES: &[&str] = &["who", "whom", "whose", "which", "that"];

/// `S has not endorsed Ortiz and has been a critic of her style`, `S
/// supports Quist but is not working for her`: after an object with no
/// verb of its own, "and"/"but" before an auxiliary or copula opens the
/// subject's next verb phrase, and the object ends there (44 to 8 in
/// PolNeAR gold contents).
fn subjectless_verb_end(text: &str, content: Span) -> Span {
    let body = content.text(text);
    let first = body.split(' ').next().unwrap_or("");
    if CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return content;
    }
    let cut = [" and ", " but "]
        .iter()
        .filter_map(|conj| {
            body.match_indices(conj).map(|(i, _)| i).find(|&i| {
                let next = body[i + conj.len()..].split(' ').next().unwrap_or("");
                SUBJECTLESS_AUXILIARIES.contains(&next)
            })
        })
        .min();
    let Some(i) = cut else {
        return content;
    };
    let head = body[..i].trim_end_matches(',');
    let open_quote =
        head.matches('"').count() % 2 == 1 || head.matches('“').count() > head.matches('”').count();
    if head.is_empty()
        || open_quote
        || head
            .split(' ')
            .any(|w| finite_like(w) || OBJECT_RELATIVES.contains(&w))
    {
        return content;
    }
    Span::new(content.start(), content.start() + head.len())
}

/// Most words of an object noun phrase before a closing time adjunct.
const MAX_TIMED_OBJECT_WORDS: usize = 5;

/// Words that show an object is more than a bare noun phrase: a
/// preposition, the infinitive "to" ("criticized X for …", "asked X to …").
const OBJECT_PHRASE_LINKS: &[&str] = &[
    "for", "of", "to", "with", "at", "in", "on", "by", "about", "from", "as", "into", "over",
    "against", "than", "before", "after", "between", "among",
];

/// Words of a period after "last", "this" or "next" (time words,
/// time_words.txt, that take a determiner).
const TIME_PERIODS: &[&str] = &[
    "week", "month", "year", "weekend", "spring", "summer", "fall", "autumn", "winter",
];

/// Parts of a day after a day word ("Tuesday night"; time words too).
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// A named day or month ([`lexicon::is_month_name`]), or a year ("June",
/// "Tuesday", "2013").
fn calendar_word(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    lexicon::is_weekday(w)
        || lexicon::is_month_name(w)
        || (w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit()))
}

/// True when `ws` is a whole time adjunct: "in early June", "on Thursday",
/// "in 2013", "last week", "this month", "Tuesday", "Friday afternoon".
fn time_adjunct(ws: &[&str]) -> bool {
    let ws = match ws {
        [rest @ .., last] if DAY_PARTS.contains(last) => rest,
        _ => ws,
    };
    let ws = match ws {
        ["in" | "on", rest @ ..] => rest,
        _ => ws,
    };
    match ws {
        [w] => calendar_word(w) || matches!(*w, "yesterday" | "today"),
        ["early" | "late" | "mid", w] => calendar_word(w),
        ["last" | "this" | "next", p] => TIME_PERIODS.contains(p) || calendar_word(p),
        [m, y] => lexicon::is_month_name(m.trim_end_matches('.')) && calendar_word(y),
        _ => false,
    }
}

/// "endorsed Trump in early June", "rejected the offer Tuesday": a short
/// object noun phrase (no preposition, participle or verb) and a time
/// adjunct that closes the content: the adjunct dates the cue, not the
/// content (16 to 1 in PolNeAR).
fn time_adjunct_end(text: &str, content: Span) -> Span {
    let body = content.text(text);
    if body.contains([',', ';', '"', '“', '”', '(', ')']) || body.contains("''") {
        return content;
    }
    let ws: Vec<&str> = body.split(' ').collect();
    let Some(first) = ws.first() else {
        return content;
    };
    if CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return content;
    }
    for k in 1..=MAX_TIMED_OBJECT_WORDS.min(ws.len().saturating_sub(1)) {
        let head = &ws[..k];
        if head.iter().any(|w| {
            OBJECT_PHRASE_LINKS.contains(w) || finite_like(w) || (w.len() > 4 && w.ends_with("ing"))
        }) {
            return content;
        }
        if time_adjunct(&ws[k..]) {
            let len = head.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
            return Span::new(content.start(), content.start() + len);
        }
    }
    content
}

/// Most words of one item of a list inside an object ("A, B and C").
const MAX_LIST_ITEM_WORDS: usize = 10;

/// Verbs of evidence whose subject is a document or a count, not a person.
const EVIDENCE_LEMMAS: &[&str] = &["show", "suggest", "find", "reveal", "indicate"];

/// Head nouns of an evidence subject ("exit polling", "FEC records",
/// "news footage from the scene").
const EVIDENCE_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "records",
    "data",
    "footage",
    "video",
    "videos",
    "analysis",
    "study",
    "studies",
    "report",
    "reports",
    "statistics",
    "figures",
    "numbers",
    "search",
    "audit",
    "files",
    "results",
    "research",
    "documents",
    "emails",
    "math",
    "evidence",
    "filings",
    "photos",
    "images",
];

/// Most words of an evidence subject.
const MAX_EVIDENCE_SUBJECT_WORDS: usize = 16;

/// `Surveys of caucus-goers taken as they entered show X` / `News footage
/// from the scene showed X`: an evidence verb whose subject, from the
/// clause start to the verb, is a noun phrase about a poll, a record or a
/// picture that the mention readers do not cover (rule `evidence-shows`).
pub(super) fn evidence_subject(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if cue.form != Form::Finite || !EVIDENCE_LEMMAS.contains(&cue.lemma) || cue.passive {
        return None;
    }
    // "As of Thursday, a Google search shows …": after an opening adjunct
    // the subject starts at its comma.
    let lead = &text[sent..cue.span.start()];
    let start = ctx.skip_ws(sent + lead.rfind(", ").map_or(0, |c| c + 1));
    let lead = &text[start..cue.span.start()];
    if lead.contains([',', ';', ':', '(', ')', '"', '“', '”', '—', '–']) {
        return None;
    }
    let m = evidence_np(text, Span::new(start, cue.span.start()))?;
    let content = content_after_cue(ctx, cue, body_end)?;
    Some((object_end(text, cue, content), m))
}

/// The noun phrase in `span` as the source of an evidence verb: at most
/// [`MAX_EVIDENCE_SUBJECT_WORDS`] words, one of them an evidence noun, and
/// no word that opens a clause.
pub(super) fn evidence_np(text: &str, span: Span) -> Option<Mention> {
    let ws = words(text, span);
    if ws.is_empty()
        || ws.len() > MAX_EVIDENCE_SUBJECT_WORDS
        || !ws.iter().any(|w| {
            EVIDENCE_NOUNS
                .iter()
                .any(|n| n.eq_ignore_ascii_case(w.text(text)))
        })
        || ws.iter().any(|w| {
            [
                "that", "which", "who", "if", "when", "while", "because", "and", "but",
            ]
            .iter()
            .any(|c| c.eq_ignore_ascii_case(w.text(text)))
        })
    {
        return None;
    }
    let span = ws[0].cover(*ws.last()?);
    let definite = ws[0].text(text).eq_ignore_ascii_case("the");
    Some(Mention::unnamed(span, definite))
}

/// `CONTENT, a study by the Rural Schools Council found.`: an evidence
/// verb that closes the sentence after a comma, its subject a noun phrase
/// about a poll, a record or a study that the mention readers do not
/// cover (rule `evidence-shows`); the source noun phrase runs from
/// `m_start` to the cue.
pub(super) fn trailing_evidence_subject(text: &str, cue: Cue, m_start: usize) -> Option<Mention> {
    if cue.form != Form::Finite || !EVIDENCE_LEMMAS.contains(&cue.lemma) || cue.passive {
        return None;
    }
    let lead = text.get(m_start..cue.span.start())?;
    if lead.contains([',', ';', ':', '(', ')', '"', '“', '”', '—', '–']) {
        return None;
    }
    evidence_np(text, Span::new(m_start, cue.span.start()))
}

/// Determiners that open a noun-phrase subject of a particle verb.
const SUBJECT_DETERMINERS: &[&str] = &[
    "the", "this", "that", "his", "her", "its", "their", "our", "a", "an",
];

/// `The proposal calls for X` / `his plan calls for X`: a verb form that
/// is also a noun ("calls") reads as a verb when its particle follows and
/// a determiner phrase of two or more words stands before it (rule
/// `noun-phrase-calls-for`; "its calls for X" stays a noun).
pub(super) fn particle_noun_form(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    let verb = cue.verb.text(text);
    if cue.form != Form::Finite
        || cue.span.end() <= cue.verb.end()
        || cue.span.start() != cue.verb.start()
        || !verb.ends_with('s')
        || !lexicon::is_noun_form(verb, cue.lemma)
    {
        return None;
    }
    let m = subject_np_before(text, cue.span.start(), sent)?;
    let ws = words(text, m.span);
    if ws.len() < 2
        || !SUBJECT_DETERMINERS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(ws[0].text(text)))
        || mid_word(text, m)
    {
        return None;
    }
    let content = content_after_cue(ctx, cue, body_end)?;
    Some((object_end(text, cue, content), m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subordinator_finder_finds_the_leftmost_subordinator() {
        for body in [
            "the plan when it passed because of it",
            "a deal because they asked, when pressed",
            "no subordinator here",
            "x amid while the talks",
            "the talks during which, after all",
            "",
        ] {
            let one_by_one = OBJECT_SUBORDINATORS
                .iter()
                .filter_map(|s| body.find(s))
                .min();
            let found = SUBORDINATOR_FINDER.find(body).map(|m| m.start());
            assert_eq!(found, one_by_one, "{body:?}");
        }
    }
}
