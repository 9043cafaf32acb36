//! Attribution frames: each quotation and each speech cue is tied to its
//! content, cue and speaker mention by a named rule.
//!
//! Frames look only at the paragraph, the quote positions and the clause
//! around them (see `boundary`), never at a sentence splitter.

use crate::boundary::{
    floor_boundary, inner_last_char, is_quote_mark, last_words, next_word, sentence_end,
    word_after, word_iter, words, words_upto,
};
use crate::cue::{Cue, CueKind, Form, find_cues};
use crate::lexicon::{self, eq_any};
use crate::mention::{
    Gender, Mention, MentionKind, mention_after, mention_before, name_after_description,
    source_after, subject_np_before, widen_object,
};
use crate::quote::Quoted;
use crate::scan::{self, find_str};
use crate::{Diagnostic, DiagnosticKind, QuoteKind, Scope, Span};
use memchr::memmem::Finder;
use std::sync::LazyLock;

mod evidential;
mod object;

/// Who said an attribution, before entity resolution.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Who {
    /// Nobody (terms).
    Nobody,
    /// A mention in the text.
    Mention(Mention),
    /// The speaker of attribution number `usize` (continuations).
    Continues(usize),
}

/// One attribution before entity resolution.
#[derive(Clone, Debug)]
pub(crate) struct Attribution {
    pub(crate) kind: QuoteKind,
    pub(crate) rule: &'static str,
    pub(crate) confidence: f32,
    pub(crate) content: Span,
    pub(crate) parts: Vec<Span>,
    pub(crate) cue: Option<Span>,
    pub(crate) who: Who,
    /// Absorbed into a mixed attribution; removed before output.
    pub(crate) dropped: bool,
}

/// Longest cue in bytes ("has also repeatedly said"), for cue look-ups.
const MAX_CUE_BYTES: usize = 160;

/// Attributions looked back over when one is compared with those before it
/// (a named cap: keeps giant one-paragraph inputs linear).
pub(crate) const MAX_LOOKBACK: usize = 64;

/// Longest sentence read as one: longer runs are cut into pieces this long
/// (a named cap: keeps a paragraph of a million stray marks linear).
const MAX_SENTENCE_BYTES: usize = 4096;

impl Attribution {
    /// A quotation that claims no speaker (a scare quote, a title).
    fn term(content: Span, rule: &'static str, confidence: f32) -> Attribution {
        Attribution {
            kind: QuoteKind::Term,
            rule,
            confidence,
            content,
            parts: Vec::new(),
            cue: None,
            who: Who::Nobody,
            dropped: false,
        }
    }

    /// Whether the content holds `span`: one of its parts when it has
    /// parts (the text between two parts is nobody's content).
    fn covers(&self, span: Span) -> bool {
        if self.parts.is_empty() {
            self.content.contains(span)
        } else {
            self.parts.iter().any(|p| p.contains(span))
        }
    }

    /// Extend the content with one more quotation of the same utterance
    /// (“Q1,” S said. “Q2”), keeping every piece in `parts`.
    fn add_part(&mut self, q: Span) {
        if self.parts.is_empty() {
            self.parts.push(self.content);
        }
        self.parts.push(q);
        self.content = self.content.cover(q);
    }
}

/// Words that mark a quotation as a term, title or name, not speech.
const TERM_LEADS: &[&str] = &[
    "so-called",
    "called",
    "dubbed",
    "titled",
    "entitled",
    "named",
    "term",
    "word",
    "phrase",
    "nicknamed",
    "labeled",
    "labelled",
    "branded",
    "slogan",
    "hashtag",
    "headline",
    "book",
    "film",
    "song",
    "show",
    "album",
    "as",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
];

/// Most words a quotation without any frame may have and still be a term.
const TERM_MAX_WORDS: usize = 4;

struct Ctx<'a> {
    text: &'a str,
    para: Span,
    /// Top-level quotation spans in this paragraph, sorted.
    skip: Vec<Span>,
    /// The paragraph's sentences, found once, in order.
    sentences: Vec<Span>,
    cues: Vec<Cue>,
    used_cues: Vec<bool>,
}

impl Ctx<'_> {
    /// Cues are sorted by start, so lookups are binary searches.
    fn cues_from(&self, start: usize) -> usize {
        self.cues.partition_point(|c| c.span.start() < start)
    }

    fn cue_at(&self, start: usize) -> Option<usize> {
        // The cue span may start at an auxiliary before `start` ("has said").
        let k = self.cues_from(start.saturating_sub(MAX_CUE_BYTES));
        (k..self.cues.len())
            .take_while(|&i| self.cues[i].span.start() <= start)
            .find(|&i| self.cues[i].span.start() == start || self.cues[i].verb.start() == start)
    }

    fn cue_ending_at(&self, end: usize) -> Option<usize> {
        let k = self.cues_from(end.saturating_sub(MAX_CUE_BYTES));
        (k..self.cues.len())
            .take_while(|&i| self.cues[i].span.start() < end)
            .find(|&i| self.cues[i].span.end() == end)
    }

    fn skip_ws(&self, at: usize) -> usize {
        let at = floor_boundary(self.text, at);
        let rest = self
            .text
            .get(at.min(self.para.end())..self.para.end())
            .unwrap_or("");
        at + (rest.len() - rest.trim_start().len())
    }

    /// Start of the sentence containing `at` (from the paragraph's sentence index).
    fn sentence_start(&self, at: usize) -> usize {
        let at = floor_boundary(self.text, at);
        let k = self.sentences.partition_point(|s| s.start() <= at);
        if k == 0 {
            return self.para.start().min(at);
        }
        let s = self.sentences[k - 1];
        if at <= s.end() || k == self.sentences.len() {
            s.start()
        } else {
            at
        }
    }

    /// End of the sentence containing `at`.
    fn sentence_end(&self, at: usize) -> usize {
        let k = self.sentences.partition_point(|s| s.start() <= at);
        match k.checked_sub(1).map(|i| self.sentences[i]) {
            Some(s) if at <= s.end() => s.end().max(at),
            _ => sentence_end(self.text, at, self.para.end(), &self.skip),
        }
    }

    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..self.para.end())?.chars().next()
    }
}

/// A frame found after a quotation: `, said S` / `, S said` / `, according to S` / `— S`.
struct After {
    rule: &'static str,
    cue: Option<usize>,
    cue_span: Option<Span>,
    mention: Mention,
    end: usize,
}

fn frame_after(ctx: &Ctx<'_>, q: Span) -> Option<After> {
    let text = ctx.text;
    let q_end = q.end();
    let mut at = ctx.skip_ws(q_end);
    let mut had_comma = false;
    if ctx.char_at(at) == Some(',') {
        at = ctx.skip_ws(at + 1);
        had_comma = true;
    }
    // The quote's own last char: “Q,” / “Q?” / “Q!”
    // "coalitions, ''": a space before the closing marks.
    let inner_last = inner_last_char(text, q);
    let open_ended = had_comma || matches!(inner_last, Some(',' | '?' | '!' | '—' | '–' | '-'));
    // Dash signature: “Q” — S
    if let Some(c) = ctx.char_at(at)
        && matches!(c, '—' | '–' | '-')
    {
        let m_start = ctx.skip_ws(at + c.len_utf8());
        let m = mention_after(text, m_start, ctx.para.end())?;
        // A signature ends its paragraph (a date or place may follow).
        if text[m.span.end()..ctx.para.end()]
            .split_whitespace()
            .count()
            > MAX_SIGNATURE_TAIL
        {
            return None;
        }
        return Some(After {
            rule: "dash-signature",
            cue: None,
            cue_span: Some(Span::new(at, at + c.len_utf8())),
            mention: m,
            end: m.span.end(),
        });
    }
    if !open_ended {
        // “Q.” a spokesman said. — no comma, but the sentence ends right after the cue.
        let m = mention_after(text, at, ctx.para.end())?;
        let ci = ctx.cue_at(ctx.skip_ws(m.span.end()))?;
        let cue = ctx.cues[ci];
        let end = ctx.sentence_end(cue.span.end());
        let ok = cue.form == Form::Finite
            && !cue.negated
            && cue.kind == CueKind::Speech
            && text[cue.span.end()..end].split_whitespace().count() <= 1
            && text[cue.span.end()..end]
                .trim()
                .starts_with(['.', '!', '?']);
        return ok.then_some(After {
            rule: "quote-comma-speaker-said",
            cue: Some(ci),
            cue_span: Some(cue.span),
            mention: m,
            end: cue.span.end(),
        });
    }
    if let Some(ci) = ctx.cue_at(at) {
        let cue = ctx.cues[ci];
        if (cue.form != Form::Finite && cue.kind != CueKind::AccordingTo)
            || matches!(cue.kind, CueKind::Cognition | CueKind::ThatClause)
        {
            return None;
        }
        let m = mention_after(text, cue.span.end(), ctx.para.end())
            .or_else(|| name_after_description(text, cue.span.end(), ctx.para.end()))
            .map(|m| with_lowercase_role(text, ctx.skip_ws(cue.span.end()), m))?;
        // "…, who calls him a “crook,” said he doubts …": a pronoun going
        // on with a verb is the subject of the cue's reported clause, not
        // an inverted speaker.
        if m.kind == MentionKind::Pronoun
            && !inverted_pronoun_ends(text, m.span.end(), ctx.sentence_end(m.span.end()))
        {
            return None;
        }
        let rule = if cue.kind == CueKind::AccordingTo {
            "according-to"
        } else {
            "quote-comma-said-speaker"
        };
        return Some(After {
            rule,
            cue: Some(ci),
            cue_span: Some(cue.span),
            mention: m,
            end: m.span.end(),
        });
    }
    let m = mention_after(text, at, ctx.para.end())?;
    let mut cue_start = ctx.skip_ws(m.span.end());
    // "Harry M. Reid (D-Nev.) said"
    if let Ok((rest, _)) = crate::grammar::mention::party_tag(&text[cue_start..ctx.para.end()]) {
        cue_start = ctx.skip_ws(ctx.para.end() - rest.len());
    }
    let ci = ctx
        .cue_at(cue_start)
        .or_else(|| {
            // "he said" where the cue scan started at an auxiliary.
            ctx.cues
                .iter()
                .position(|c| c.span.start() >= m.span.end() && c.span.start() <= cue_start)
        })
        .or_else(|| cue_after_aside(ctx, m.span.end()))?;
    let cue = ctx.cues[ci];
    if cue.form != Form::Finite || cue.negated || cue.is_sees_as() {
        return None;
    }
    Some(After {
        rule: "quote-comma-speaker-said",
        cue: Some(ci),
        cue_span: Some(cue.span),
        mention: m,
        end: cue.span.end(),
    })
}

/// The start of the clause a quotation ends when it does not open its
/// sentence: `The fare rise was “a mistake,” she said.` gives `The fare rise
/// was`. `None` when the quotation opens the sentence, follows a colon (the
/// quotation is then the utterance itself) or the frame is a signature.
fn clause_before_quote(ctx: &Ctx<'_>, q: Span, rule: &str) -> Option<Span> {
    if !matches!(
        rule,
        "quote-comma-speaker-said" | "quote-comma-said-speaker" | "according-to"
    ) {
        return None;
    }
    let sent = ctx.skip_ws(ctx.sentence_start(q.start()));
    let lead = ctx.text.get(sent..q.start())?.trim_end();
    let opener = lead.trim_start_matches(|c: char| !c.is_alphanumeric());
    // One word is the clause's subject or connector too (`Voters “think
    // …,” he said`), but not a participle (`Citing “…,” she said`).
    let ws = words(ctx.text, Span::new(sent, q.start()));
    let one_word_lead = ws.len() == 1 && {
        let w = ws[0].text(ctx.text);
        !w.ends_with("ing") && w.len() == lead.len()
    };
    (!opener.is_empty() && !lead.ends_with([':', '(', '[']) && (ws.len() >= 2 || one_word_lead))
        .then(|| Span::new(sent, sent + lead.len()))
}

/// True when the quotation continues an "Asked …" clause that opens its
/// sentence (`Asked if the plan is “fair to all,” …`): no comma or colon
/// stands between the clause and the quotation, which belongs to the
/// question.
fn in_asked_question(ctx: &Ctx<'_>, q: Span) -> bool {
    let sent = ctx.skip_ws(ctx.sentence_start(q.start()));
    let Some(lead) = ctx.text.get(sent..q.start()) else {
        return false;
    };
    let lead = lead.trim_end();
    let asked = lead
        .strip_prefix("Asked ")
        .or_else(|| lead.strip_prefix("When asked "));
    asked.is_some_and(|rest| !rest.is_empty() && !rest.ends_with([',', ':', ';']))
}

/// `On Tuesday on WXTV’s “Morning Desk,” Ames said …`: a title-case
/// quotation after "on"/"with" or a possessive, ending a fronted adjunct
/// ("In an interview with “Face the Week,”", "Speaking Sunday on the
/// station’s “Hour One,”"). The guidelines annotate no title quotes; the
/// speaker's cue is left for the reported clause after it.
fn show_title_in_adjunct(ctx: &Ctx<'_>, q: Span) -> bool {
    let text = ctx.text;
    if !is_title_case(text, q) {
        return false;
    }
    let sent = ctx.skip_ws(ctx.sentence_start(q.start()));
    let lead = Span::new(sent, q.start());
    let ws = words(text, lead);
    let Some(last) = ws.last() else {
        return false;
    };
    let last = last.text(text);
    let lead_text = text[sent..q.start()].trim_end();
    let after_title_word =
        eq_any(last, &["on", "with"]) || lead_text.ends_with("'s") || lead_text.ends_with("’s");
    if !after_title_word {
        return false;
    }
    // "Speaking Sunday on …": a participle may open the adjunct.
    let from = match ws.first() {
        Some(f) if ws.len() > 1 && f.text(text).ends_with("ing") => ws[1].start(),
        _ => sent,
    };
    adjunct_only(text, Span::new(from, q.start()))
}

/// Most words of an apposition before the title it names.
const MAX_TITLE_APPOSITION_WORDS: usize = 8;

/// `Joe Doe, host of WXTV’s “Morning Desk,” said …`: a title-case
/// quotation closing an apposition after a name ("host of", "star of
/// the station’s"), a cue right after it. The title is no quote; the cue
/// is left for the reported clause, whose subject is the name.
fn show_title_in_apposition(ctx: &Ctx<'_>, q: Span) -> bool {
    let text = ctx.text;
    if !is_title_case(text, q) {
        return false;
    }
    let sent = ctx.sentence_start(q.start());
    // The comma inside the closing mark ends the apposition.
    let Some(comma) = text[q.start()..q.end()].rfind(',') else {
        return false;
    };
    if !text[q.start() + comma + 1..q.end()]
        .chars()
        .all(|c| matches!(c, '"' | '”' | '\''))
    {
        return false;
    }
    let lead = text[sent..q.start()].trim_end();
    let Some(aside) = lead.rfind(',') else {
        return false;
    };
    let apposition = &lead[aside + 1..];
    let n = apposition.split_whitespace().count();
    let last = apposition.split_whitespace().last().unwrap_or("");
    let titled = eq_any(last, &["of", "on", "for"]) || last.ends_with("'s") || last.ends_with("’s");
    if n == 0
        || n > MAX_TITLE_APPOSITION_WORDS
        || !titled
        || apposition.contains(['"', '“', '”', ';', ':'])
    {
        return false;
    }
    let next = ctx.skip_ws(q.end());
    let cue_next = ctx
        .cues
        .iter()
        .any(|c| c.span.start() == next && c.form == Form::Finite);
    let named = mention_before(text, sent + aside, sent)
        .is_some_and(|m| matches!(m.kind, MentionKind::Person | MentionKind::Name));
    cue_next
        && named
        && !ctx
            .cues
            .iter()
            .any(|c| c.span.start() >= sent + aside && c.span.end() <= q.start())
}

/// Most words of a lowercase role before a name: "baker", "longtime
/// union organizer".
const MAX_LOWERCASE_ROLE_WORDS: usize = 3;

/// "baker Hollis Penrith": lowercase words right before a name (from
/// `from`) are its role, and the mention covers them.
fn with_lowercase_role(text: &str, from: usize, m: Mention) -> Mention {
    if m.role.is_some() || m.span.start() <= from {
        return m;
    }
    let lead = Span::new(from, m.span.start());
    let ws = words(text, lead);
    let ok = !ws.is_empty()
        && ws.len() <= MAX_LOWERCASE_ROLE_WORDS
        && text[from..m.span.start()]
            .trim()
            .chars()
            .all(|c| c.is_lowercase() || c == ' ' || c == '-')
        // "van der Waal": name particles are part of the name.
        && !ws.iter().any(|w| {
            crate::grammar::mention::whole(w.text(text), crate::grammar::mention::particle)
        })
        && !eq_any(
            ws[0].text(text),
            &[
                "the", "a", "an", "another", "one", "some", "his", "her", "their", "its", "this",
                "that", "and", "or", "but", "as", "who",
            ],
        );
    if !ok {
        return m;
    }
    let role = ws[0].cover(*ws.last().unwrap_or(&ws[0]));
    Mention {
        span: Span::new(ws[0].start(), m.span.end()),
        role: Some(role),
        ..m
    }
}

/// Most words a speaker may have between a quotation and its cue when no
/// mention pattern reads it ("the bespectacled, 71-year-old diplomat").
const MAX_LOOSE_SPEAKER_WORDS: usize = 12;

/// `“Q,” S said.` where `S` is a noun phrase the mention patterns do not
/// read ("the progressive heavyweights wrote", "screenwriter Cole Haddon
/// wrote"): the quotation opens its sentence and ends in a comma, and the
/// first finite speech cue of the sentence follows a short phrase, which is
/// the speaker (a name inside it when there is one).
fn frame_after_loose(ctx: &Ctx<'_>, q: Span) -> Option<(usize, Mention, &'static str)> {
    let text = ctx.text;
    if ctx.sentence_start(q.start()) != q.start() {
        return None;
    }
    let mut at = ctx.skip_ws(q.end());
    // “Q,” the union wrote. Also “Q?” / “Q!” / “Q.” before a lowercase
    // noun phrase: “Will it hold?” a staffer in the room wondered.
    let open = match inner_last_char(text, q) {
        Some(',') => true,
        Some('?' | '!' | '.') => ctx.char_at(at).is_some_and(char::is_lowercase),
        _ => false,
    };
    if ctx.char_at(at) == Some(',') {
        at = ctx.skip_ws(at + 1);
    } else if !open {
        return None;
    }
    let send = ctx.sentence_end(at);
    let k = ctx.cues_from(at);
    // "the note says": a noun form right after a determiner is the subject.
    let noun_after_determiner = |c: &Cue| {
        let verb = c.verb.text(text);
        c.span.start() == c.verb.start()
            && lexicon::is_noun_form(verb, c.lemma)
            && text[..c.span.start()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|d| {
                    eq_any(
                        d,
                        &["the", "a", "an", "this", "that", "his", "her", "their"],
                    )
                })
    };
    let ci = (k..ctx.cues.len())
        .take_while(|&i| ctx.cues[i].span.end() <= send)
        .find(|&i| ctx.cues[i].kind == CueKind::Speech && !noun_after_determiner(&ctx.cues[i]))?;
    let cue = ctx.cues[ci];
    if cue.form != Form::Finite || cue.negated || cue.passive {
        return None;
    }
    // “Q,” said first violinist Aurelio Benedetti.: the phrase after the cue.
    let inverted = cue.span.start() == at;
    let (from, to) = if inverted {
        let from = ctx.skip_ws(cue.span.end());
        (from, trim_terminal(text, from, send).max(from))
    } else {
        (at, cue.span.start())
    };
    let at = from;
    let gap_text = text[from..to].trim_end();
    let gap_text = gap_text.strip_suffix(',').unwrap_or(gap_text).trim_end();
    let gap = Span::new(at, at + gap_text.len());
    let n = words(text, gap).len();
    if n == 0
        || n > MAX_LOOSE_SPEAKER_WORDS
        || gap_text.contains(['"', '“', '”', ';', ':', '(', '—'])
        || gap_text.starts_with(is_quote_mark)
    {
        return None;
    }
    // A name inside the phrase ("Texas delegate Bill Eastland, wearing …").
    let named = words(text, gap)
        .into_iter()
        .filter(|w| w.text(text).chars().next().is_some_and(char::is_uppercase))
        .find_map(|w| mention_after(text, w.start(), gap.end()))
        .filter(|m| m.name.is_some())
        .map(|m| with_lowercase_role(text, gap.start(), m));
    let first = word_after(text, at, gap.end())?;
    let m = named.unwrap_or(Mention {
        span: gap,
        name: None,
        role: crate::mention::role_head(text, gap),
        kind: MentionKind::Nominal,
        gender: crate::mention::Gender::Unknown,
        definite: ["the", "this", "that"].contains(&first.text(text).to_lowercase().as_str()),
        antecedent: None,
    });
    let rule = if inverted {
        "quote-comma-said-speaker"
    } else {
        "quote-comma-speaker-said"
    };
    Some((ci, m, rule))
}

/// `“Q,” he mocks.` / `“Q?” Hannity pressed.`: a quotation that opens its
/// sentence and ends in `,` `?` or `!`, then a speaker mention and a verb
/// outside the lexicon that ends the sentence. Returns the verb (the cue)
/// and the mention.
fn frame_after_any_verb(ctx: &Ctx<'_>, q: Span) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if ctx.sentence_start(q.start()) != q.start() {
        return None;
    }
    let open_ended = matches!(inner_last_char(text, q), Some(',' | '?' | '!'));
    if !open_ended {
        return None;
    }
    let at = ctx.skip_ws(q.end());
    let m = mention_after(text, at, ctx.para.end())?;
    if m.span.start() != at || m.kind == MentionKind::Relative {
        return None;
    }
    let verb = word_after(text, m.span.end(), ctx.para.end())?;
    let word = verb.text(text);
    let lower = word.chars().next().is_some_and(char::is_lowercase);
    let verb_like = reads_as_verb(word, None) || (word.len() > 3 && word.ends_with('s'));
    let ends = matches!(
        ctx.char_at(ctx.skip_ws(verb.end())),
        Some('.' | '!' | '?') | None
    ) || adjunct_ends(ctx, verb.end());
    (lower && verb_like && ends).then_some((verb, m))
}

/// Most words of a closing adjunct after a frame's verb ("on Tuesday", "in
/// a video message").
const MAX_CLOSING_ADJUNCT_WORDS: usize = 5;

/// True when the sentence ends after a short adjunct that starts at `from`:
/// `“Q,” he fumed on Tuesday.`, `“Q,” she quipped with a laugh.`
fn adjunct_ends(ctx: &Ctx<'_>, from: usize) -> bool {
    let text = ctx.text;
    let send = ctx.sentence_end(from);
    let body_end = trim_terminal(text, from, send);
    let tail = text.get(from..body_end).unwrap_or("").trim();
    let Some(first) = tail.split_whitespace().next() else {
        return false;
    };
    let opens = eq_any(
        first,
        &[
            "on",
            "in",
            "at",
            "with",
            "during",
            "last",
            "this",
            "earlier",
            "later",
            "today",
            "yesterday",
        ],
    ) || lexicon::is_weekday(first);
    opens
        && tail.split_whitespace().count() <= MAX_CLOSING_ADJUNCT_WORDS
        && !tail.contains([',', ';', ':', '"', '“', '”', '(', '—'])
        && text[body_end..send]
            .trim_start()
            .starts_with(['.', '!', '?'])
}

/// Most words of a closing adjunct after "…, S said" ("in a video
/// message to the convention on Tuesday").
const MAX_LONG_ADJUNCT_WORDS: usize = 10;

/// True when `tail` (after the cue, to the sentence end) is one adjunct
/// of time, place or medium: "in a video message to the convention",
/// "on Saturday in an interview with the Post", with no clause in it.
fn closing_adjunct(tail: &str) -> bool {
    let ws: Vec<&str> = tail.split_whitespace().collect();
    let Some(first) = ws.first() else {
        return false;
    };
    (eq_any(
        first,
        &[
            "on", "in", "at", "during", "after", "before", "earlier", "later",
        ],
    ) || lexicon::is_weekday(first))
        && ws.len() <= MAX_LONG_ADJUNCT_WORDS
        && !tail.contains([',', ';', ':', '"', '“', '”', '(', '—', '\''])
        && !ws.iter().any(|w| {
            eq_any(
                w,
                &[
                    "that", "which", "who", "and", "but", "because", "if", "when", "while", "as",
                    "is", "was", "are", "were", "has", "had", "will", "would",
                ],
            )
        })
}

/// Words after the cue of "CONTENT, S said" before the sentence ends: a
/// few words, one adjunct, or such a stretch before a semicolon or a dash
/// ("…, analysts say; in 2012 …"), or a participle clause (", adding that
/// …", ", noting …").
fn comma_frame_tail(tail: &str) -> bool {
    let short = |t: &str| t.split_whitespace().count() <= 4 || closing_adjunct(t);
    if short(tail) {
        return true;
    }
    if let Some(i) = tail.find([';', '—', '–']).or_else(|| tail.find(" - "))
        && short(&tail[..i])
    {
        return true;
    }
    let (head, rest) = tail.split_once(',').unwrap_or((tail, ""));
    short(head)
        && rest.split_whitespace().next().is_some_and(|w| {
            w.len() > 5 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase())
        })
}

/// True when nothing but an adjunct, or a semicolon, dash or participle
/// clause, follows the cue: "…, officials said.", "…, analysts say; …",
/// "…, a study found last year." (not "…, many pledged delegates").
fn comma_frame_closes(tail: &str) -> bool {
    let tail = tail.trim();
    tail.is_empty()
        || tail.starts_with([';', '—', '–', ','])
        || tail.starts_with("- ")
        || closing_adjunct(tail)
        || tail.split_whitespace().next().is_some_and(|w| {
            lexicon::is_weekday(w) || eq_any(w, &["last", "this", "today", "yesterday", "recently"])
        })
}

/// Most words of a plain noun phrase read as the speaker between a comma
/// and its cue ("…, disclosures filed on Sunday night revealed").
const MAX_COMMA_SPEAKER_WORDS: usize = 10;

/// First words that open no subject noun phrase after a comma.
const NOT_COMMA_SPEAKER_FIRST: &[&str] = &[
    "and", "but", "or", "nor", "as", "if", "so", "yet", "then", "than", "to", "for", "in", "on",
    "at", "by", "from", "of", "with", "about", "after", "before", "since", "while", "when",
    "where", "because", "although", "though", "unless", "until", "what", "how", "why", "this",
    "that", "these", "those", "there", "here", "it", "also", "even", "not", "just", "only",
];

/// The speaker of "CONTENT, S said." when the mention readers gave none
/// at the comma: "as S" ("…, as the Times reported") with a mention or a
/// plain noun phrase (rule `content-comma-as-said`), or a plain noun phrase
/// of up to [`MAX_COMMA_SPEAKER_WORDS`] words with no verb, relative or
/// punctuation in it (rule `content-comma-np-said`).
fn comma_frame_speaker(ctx: &Ctx<'_>, m_start: usize, cue: Cue) -> Option<(Mention, &'static str)> {
    let text = ctx.text;
    // "…, the poll of likely voters states": a verb form that is also a
    // noun ends a noun phrase as often as it follows one.
    if lexicon::is_noun_form(cue.verb.text(text), cue.lemma) {
        return None;
    }
    let end = cue.span.start();
    let head = text.get(m_start..end)?;
    let (start, rule) = match head.split(' ').next() {
        Some(w) if w.eq_ignore_ascii_case("as") && head.len() > 3 => {
            (ctx.skip_ws(m_start + 3), "content-comma-as-said")
        }
        _ => (m_start, "content-comma-np-said"),
    };
    if rule == "content-comma-as-said"
        && let Some(m) = mention_before(text, end, start)
            .or_else(|| subject_np_before(text, end, start))
            .filter(|m| m.span.start() == start)
    {
        return Some((m, rule));
    }
    let span = Span::new(start, text[..end].trim_end().len().max(start));
    let body = span.text(text);
    if body.is_empty()
        || body.contains([
            ',', ';', ':', '(', ')', '"', '“', '”', '?', '!', '—', '–', '\n',
        ])
        || body.contains(" - ")
    {
        return None;
    }
    let ws = words(text, span);
    let (first, last) = (ws.first()?.text(text), ws.last()?.text(text));
    if ws.len() > MAX_COMMA_SPEAKER_WORDS
        || eq_any(first, NOT_COMMA_SPEAKER_FIRST)
        || first.ends_with("ly")
        || last.ends_with("ly")
        || eq_any(last, object::NOT_SUBJECT_END)
        || ws
            .iter()
            .any(|w| object::not_in_subject(w.text(text)) || pronoun_like(w.text(text)))
    {
        return None;
    }
    // "a point Feinstein acknowledged", "an arrangement the campaign has
    // criticized": a noun followed by a second noun phrase without a
    // preposition between is the head of an object relative, not a speaker
    // ("spokesman John Doe" is a role before its name).
    let second_np = ws.windows(2).any(|p| {
        let (a, b) = (p[0].text(text), p[1].text(text));
        let a_open = a.starts_with(char::is_lowercase)
            && !eq_any(a, COMMA_SPEAKER_LINKS)
            && !eq_any(a, OUTLET_NOUNS)
            && !lexicon::is_role(a)
            && !lexicon::is_group(a);
        a_open
            && (eq_any(b, &["the", "a", "an", "his", "her", "its", "their", "this"])
                || b.starts_with(char::is_uppercase))
    });
    if second_np {
        return None;
    }
    let plural = last.ends_with('s') && !last.ends_with("ss");
    Some((Mention::group(span, plural), rule))
}

/// Words after which a second noun phrase may follow inside a speaker:
/// prepositions and conjunctions ("a study by the council", "current and
/// former officials", "GOP and Democratic chairs").
const COMMA_SPEAKER_LINKS: &[&str] = &[
    "of", "by", "in", "for", "from", "at", "on", "with", "to", "and", "or", "former", "longtime",
];

/// Kinds of news outlet that stand before the outlet's name in a speaker
/// ("the news site Harbour Today", "the cable network NTV"); the group
/// lexicon has "newspaper", "paper", "magazine", "website".
const OUTLET_NOUNS: &[&str] = &[
    "site", "network", "channel", "station", "outlet", "agency", "blog",
];

/// Subject and object pronouns, which a plain noun phrase does not hold.
fn pronoun_like(w: &str) -> bool {
    eq_any(
        w,
        &[
            "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me",
        ],
    )
}

/// Most words of an adjunct between the cue of a split quote and its
/// second part: “Q1,” she said of the plan on Tuesday, “Q2”.
const MAX_SPLIT_ADJUNCT_WORDS: usize = 8;

/// True when `between` (the text after a split quote's frame, trimmed) is a
/// short adjunct ending in a comma ("of the plan,", "told the Post in May,"),
/// so the quotation after it is the second part of the same utterance.
fn split_adjunct(between: &str) -> bool {
    between.ends_with(',')
        && between.split_whitespace().count() <= MAX_SPLIT_ADJUNCT_WORDS
        && !between.contains(['.', '?', '!', ';', ':', '"', '“', '”', '\n'])
}

/// Words a dash signature may have after the name: "— Jane Doe, Reuters".
const MAX_SIGNATURE_TAIL: usize = 4;

/// The subject mention that opens the clause at `at` (after whitespace),
/// followed by a lowercase word (its verb) or a comma (an aside).
fn clause_subject_at(ctx: &Ctx<'_>, at: usize, limit: usize) -> Option<Mention> {
    let text = ctx.text;
    let mut at = ctx.skip_ws(at);
    // "And even Obama tried …", "Then he cut into Bush, …": connectors
    // before the subject.
    for _ in 0..2 {
        let Some(w) = word_after(text, at, limit).filter(|w| w.start() == at) else {
            break;
        };
        if eq_any(w.text(text), SUBJECT_CONNECTORS) && text[w.end()..].starts_with(' ') {
            at = ctx.skip_ws(w.end());
        } else {
            break;
        }
    }
    let m = mention_after(text, at, limit)
        .filter(|m| m.span.start() == at)
        .or_else(|| plain_subject_at(text, at, limit))?;
    let next = ctx.skip_ws(m.span.end());
    let verb_next = ctx.char_at(next) == Some(',')
        || word_after(text, next, limit).is_some_and(|w| {
            w.start() == next && w.text(text).chars().next().is_some_and(char::is_lowercase)
        });
    // "Weighing in on …, X agreed": an opening participle is no subject;
    // a name in -ing or -ed ("Ebeling", "Reed") is capitalised in
    // mid-sentence somewhere in the document.
    let participle = m.name.is_some_and(|n| {
        let w = n.text(text);
        !w.contains(' ')
            && (w.ends_with("ing") || w.ends_with("ed"))
            && !capital_mid_sentence(text, w)
    });
    // "Shortly after …", "Outside the hall, …", "This …": an adverb,
    // preposition or determiner read as a one-word name is no subject.
    let intro = m.name.is_some_and(|n| {
        let w = n.text(text);
        n == m.span && (!plausible_subject(w) || INTRO_CAPITALS.contains(&w))
    });
    (m.span.start() == at && verb_next && !participle && !intro && m.kind != MentionKind::Relative)
        .then_some(m)
}

/// Connectors that may stand before a clause's subject: "And he said …",
/// "Then she shattered …".
const SUBJECT_CONNECTORS: &[&str] = &["and", "but", "then", "even", "yet", "so", "still", "also"];

/// The subject of the last finite clause opened after the sentence's
/// subject `main` and before `at`, by one of `openers` ("… started the row
/// when he brought up X and later said …", "prosecutors charged him and
/// Emanuel fired his chief, acknowledging …"): a verb at `at` coordinated
/// with that clause's verb, or a participle after it, has its subject. Only
/// a name or a personal pronoun, followed at once by a finite verb, counts.
fn inner_clause_subject(
    ctx: &Ctx<'_>,
    main: Mention,
    at: usize,
    openers: &[&str],
) -> Option<Mention> {
    let text = ctx.text;
    if main.span.end() >= at {
        return None;
    }
    let ws = words(text, Span::new(main.span.end(), at));
    ws.iter().rev().find_map(|w| {
        if !eq_any(w.text(text), openers) {
            return None;
        }
        let m = clause_subject_at(ctx, w.end(), at).filter(|m| m.span.end() < at)?;
        let named = matches!(m.kind, MentionKind::Person | MentionKind::Name)
            || (m.kind == MentionKind::Pronoun
                && eq_any(m.span.text(text), &["he", "she", "they", "we", "i"]));
        let rest = words(text, Span::new(m.span.end(), at));
        let verb = rest.first()?.text(text);
        let finite = verb.ends_with("ed")
            || IRREGULAR_PASTS.contains(&verb)
            || lexicon::is_auxiliary(verb)
            || (verb.ends_with('s') && lexicon::verb(verb).is_some());
        (named && finite && rest.len() >= 2 && rest[0].start() == ctx.skip_ws(m.span.end()))
            .then_some(m)
    })
}

/// The sentence's subject before `at`, or the subject of the last clause
/// one of `openers` opened after it ([`inner_clause_subject`]).
fn innermost_subject(ctx: &Ctx<'_>, sent: usize, at: usize, openers: &[&str]) -> Option<Mention> {
    sentence_subject(ctx, sent, at).map(|s| inner_clause_subject(ctx, s, at, openers).unwrap_or(s))
}

/// "Ryan and Ortiz will meet next week, Spicer said, adding …": the
/// subject of the speech verb that ends right before the participle's
/// comma at `comma - 1` (`comma` is the end of the text before the
/// participle), not the sentence's subject.
fn said_before_comma(ctx: &Ctx<'_>, sent: usize, comma: usize) -> Option<Mention> {
    let text = ctx.text;
    let comma = comma.checked_sub(1)?;
    if text.as_bytes().get(comma) != Some(&b',') {
        return None;
    }
    // "…, Trump's comments, telling": a noun read as a verb in -s is no
    // "said"; only a past form or one of the plain speech verbs is.
    let c = ctx.cues.iter().find(|c| {
        c.form == Form::Finite
            && c.kind == CueKind::Speech
            && c.span.end() == comma
            && (c.span.text(text).ends_with("ed")
                || eq_any(c.span.text(text), &["said", "told", "wrote"])
                || eq_any(c.lemma, &["say", "tell", "write", "add"]))
    })?;
    let m = mention_before(text, c.span.start(), sent)?;
    (m.kind != MentionKind::Relative
        && !is_possessive(m.span.text(text))
        && text
            .get(m.span.end()..c.span.start())
            .is_some_and(|gap| gap.trim().is_empty()))
    .then_some(m)
}

/// Words that open a clause whose verb a later coordinated verb continues.
const INNER_CLAUSE_OPENERS: &[&str] = &[
    "when", "as", "because", "after", "while", "since", "before", "and", "but",
];

/// Words that open a main clause coordinated with the sentence's first.
const MAIN_CLAUSE_OPENERS: &[&str] = &["and", "but"];

/// The subject that opens the sentence starting at `sent` (or the clause
/// after its first comma): "In a statement, Rep. X (D-N.Y.) reacted …".
fn sentence_subject(ctx: &Ctx<'_>, sent: usize, limit: usize) -> Option<Mention> {
    let text = ctx.text;
    // "On Tuesday the mayor closed …", "Last week Ortiz said …": a time
    // adjunct without its comma before the subject.
    let at_start = |at: usize| {
        clause_subject_at(ctx, at, limit).or_else(|| {
            let from = ctx.skip_ws(at);
            let after = skip_time_adjunct(text, from, limit);
            (after > from)
                .then(|| clause_subject_at(ctx, after, limit))
                .flatten()
        })
    };
    // The clause after each of the first few commas: "On Thursday, after …, Warren appeared".
    // A weak candidate ("Hours later, …", "in Ames, Iowa, …") gives way to
    // a later one.
    // A dateline ("WASHINGTON (AP) — …") or a connector phrase opens no subject.
    let mut at = content_opening(text, sent, limit, true).max(sent);
    let mut weak: Option<Mention> = None;
    for _ in 0..=MAX_INTRO_COMMAS {
        if let Some(m) = at_start(at) {
            // "In Concord, New Hampshire, Trump went after Bush": a name
            // set off by a comma and followed at once by another name and
            // its verb is a place, not the subject.
            let next = ctx.skip_ws(m.span.end());
            if ctx.char_at(next) == Some(',')
                && let Some(m2) = at_start(next + 1)
                && ctx.char_at(ctx.skip_ws(m2.span.end())) != Some(',')
                && matches!(m2.kind, MentionKind::Person | MentionKind::Name)
            {
                return Some(m2);
            }
            if weak.is_none() && weak_subject(ctx, sent, m) {
                weak = Some(m);
            } else if !weak_subject(ctx, sent, m) {
                return Some(m);
            }
        }
        let Some(comma) = text[at..limit].find(',') else {
            break;
        };
        at += comma + 1;
    }
    weak
}

/// A one-word name that is likely no subject: a common word capitalised
/// only because it opens the sentence ("Hours later, …": the document has
/// "hours" and never "Hours" inside a sentence), or the state after a city
/// ("At a rally in Ames, Iowa, on Sunday, …").
fn weak_subject(ctx: &Ctx<'_>, sent: usize, m: Mention) -> bool {
    let text = ctx.text;
    if m.name != Some(m.span) || m.span.text(text).contains(' ') {
        return false;
    }
    let w = m.span.text(text);
    if m.span.start() == ctx.skip_ws(sent) {
        // "Minutes later, …", "Years ago, …".
        let then = word_after(text, m.span.end(), ctx.para.end())
            .is_some_and(|n| eq_any(n.text(text), &["later", "earlier", "ago"]));
        return then || common_capital(text, w);
    }
    let before = text[sent..m.span.start()].trim_end();
    let city = before.strip_suffix(',').is_some_and(|b| {
        b.rsplit(char::is_whitespace)
            .next()
            .is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase))
    });
    city && ctx.char_at(ctx.skip_ws(m.span.end())) == Some(',')
}

/// True when the capitalised word `w` reads as a common word in this
/// document: its lowercase form occurs as a word, and `w` itself never
/// follows a lowercase word or a comma (where only a name is capitalised).
fn common_capital(text: &str, w: &str) -> bool {
    let lower = w.to_lowercase();
    if lower == w {
        return false;
    }
    let has_lower = text
        .match_indices(lower.as_str())
        .any(|(at, _)| whole_word_at(text, at, lower.len()));
    has_lower && !capital_mid_sentence(text, w)
}

/// True when the word at `at` (`len` bytes) stands alone, not inside a
/// longer word.
fn whole_word_at(text: &str, at: usize, len: usize) -> bool {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '-';
    !text[..at].chars().next_back().is_some_and(is_word_char)
        && !text[at + len..].chars().next().is_some_and(is_word_char)
}

/// True when the capitalised word `w` follows a lowercase word or a comma
/// somewhere in the document, where only a name is capitalised.
fn capital_mid_sentence(text: &str, w: &str) -> bool {
    text.match_indices(w).any(|(at, _)| {
        whole_word_at(text, at, w.len()) && {
            let before = text[..at].trim_end_matches([' ', '\t']);
            before.len() < at
                && before
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_lowercase() || c == ',')
        }
    })
}

/// Prepositions whose object is no speaker: "an official speaking to Fox
/// News said", "officials who spoke with the paper said", "an email to
/// supporters saying". Not "of" ("the head of the party": the mention
/// still overlaps the source) nor "by" (the agent of a passive).
const OBJECT_PREPOSITIONS: &[&str] = &["to", "with", "from", "for", "at", "on", "about", "in"];

/// The speaker for a mention read right before a cue: when the mention is
/// the object of a preposition, the sentence's subject (if it has one
/// before the mention), else the mention itself.
fn subject_for_object(ctx: &Ctx<'_>, sent: usize, m: Mention) -> Mention {
    let text = ctx.text;
    let lead = text[sent..m.span.start()].trim_end();
    let object = lead.len() < m.span.start() - sent
        && lead
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|p| OBJECT_PREPOSITIONS.contains(&p));
    if !object {
        return m;
    }
    // The subject runs straight into its verb ("Another source speaking
    // to …", "Officials who spoke with …"), not into a comma or a
    // preposition ("Contrary to …", "In Selma, Alabama, …").
    let into_verb = |s: &Mention| {
        word_after(text, s.span.end(), m.span.start()).is_some_and(|w| {
            let t = w.text(text);
            w.start() == ctx.skip_ws(s.span.end())
                && t.chars().next().is_some_and(char::is_lowercase)
                && !OBJECT_PREPOSITIONS.contains(&t)
                && !eq_any(t, &["of", "by", "and", "or"])
        })
    };
    sentence_subject(ctx, sent, m.span.start())
        .filter(|s| {
            s.span.end() < m.span.start()
                && s.kind != MentionKind::Relative
                && !weak_subject(ctx, sent, *s)
                && (into_verb(s) || through_medium(text, s.span.end(), m.span.start()))
        })
        .unwrap_or(m)
}

/// Talk a speaker speaks through besides documents: "in an interview
/// with", "during a call with".
const TALK_NOUNS: &[&str] = &[
    "interview",
    "speech",
    "remarks",
    "call",
    "appearance",
    "conversation",
    "briefing",
];

/// The medium of a phrase between a subject and its cue: a talk noun or a
/// document ("in a letter to", lexicon/documents.txt).
fn medium_noun(w: &str) -> bool {
    eq_any(w, TALK_NOUNS) || lexicon::is_document(w)
}

/// Most words between a subject and the object of its medium phrase.
const MAX_MEDIUM_WORDS: usize = 8;

/// True when `text[from..to]` is a medium phrase between a subject and the
/// addressee right before the cue: "Ortiz [in an interview with] the
/// Gazette said", "The mayor [on Tuesday in a letter to] the council
/// warned" — no punctuation, "in"/"during" and a determiner before a
/// medium noun, a preposition last.
fn through_medium(text: &str, from: usize, to: usize) -> bool {
    let gap = text[from..to].trim();
    if gap.contains(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-' || c == '.')) {
        return false;
    }
    let ws: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty()).collect();
    if ws.len() < 3 || ws.len() > MAX_MEDIUM_WORDS {
        return false;
    }
    let last = ws[ws.len() - 1];
    if !["with", "to", "on", "for"].contains(&last) {
        return false;
    }
    ws.windows(3).any(|w| {
        ["in", "during"].contains(&w[0])
            && eq_any(w[1], &["a", "an", "the", "his", "her", "their", "its"])
            && medium_noun(w[2])
    }) || ws.windows(4).any(|w| {
        // "in a telephone interview with", "in a written statement to".
        ["in", "during"].contains(&w[0])
            && eq_any(w[1], &["a", "an", "the", "his", "her", "their", "its"])
            && medium_noun(w[3])
    })
}

/// True when `m` is an artifact noun phrase that is the object of a verb
/// ("she released a statement", "sent an email"): a lowercase word other
/// than a determiner right before it.
fn artifact_object(text: &str, sent: usize, m: Mention) -> bool {
    let ws = words(text, m.span);
    let Some(head) = ws.last() else {
        return false;
    };
    if !lexicon::is_document(head.text(text)) {
        return false;
    }
    let lead = words(text, Span::new(sent, m.span.start()));
    lead.iter()
        .rev()
        .map(|w| w.text(text))
        .find(|w| {
            !eq_any(
                w,
                &["a", "an", "the", "its", "his", "her", "their", "written"],
            )
        })
        .is_some_and(|w| {
            w.chars().all(|c| c.is_lowercase()) && !eq_any(w, &["in", "of", "from", "by"])
        })
}

/// Most words of a plain noun-phrase subject read from the clause start.
const MAX_PLAIN_SUBJECT_WORDS: usize = 8;

/// Past forms without -ed that end a subject read forward ("The brief
/// order gave no reasons and said …").
const IRREGULAR_PASTS: &[&str] = &[
    "gave",
    "made",
    "took",
    "went",
    "came",
    "began",
    "got",
    "saw",
    "knew",
    "held",
    "left",
    "met",
    "ran",
    "sent",
    "spent",
    "stood",
    "won",
    "wrote",
    "shook",
    "fell",
    "brought",
    "bought",
    "thought",
    "kept",
    "led",
    "lost",
    "paid",
    "put",
    "set",
    "sat",
    "struck",
    "drew",
    "threw",
    "rose",
    "broke",
    "chose",
    "spoke",
    "overruled",
];

/// A plain noun phrase that opens the clause at `at` and is followed by a
/// verb ("The brief order gave …", "Some Democratic strategists fear …"):
/// the subject of a coordinated verb later in the sentence.
fn plain_subject_at(text: &str, at: usize, limit: usize) -> Option<Mention> {
    let ws = words(text, Span::new(at, limit));
    if ws.first()?.start() != at {
        return None;
    }
    let verb_like = |v: &str| {
        v.bytes().all(|b| b.is_ascii_lowercase())
            && (v.len() > 3 && v.ends_with("ed")
                || IRREGULAR_PASTS.contains(&v)
                || lexicon::verb(v).is_some()
                || matches!(
                    v,
                    "has"
                        | "had"
                        | "have"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "did"
                        | "does"
                        | "do"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "also"
                ))
    };
    (1..ws.len().min(MAX_PLAIN_SUBJECT_WORDS + 1)).find_map(|j| {
        let (prev, next) = (ws[j - 1], ws[j]);
        if !text[prev.end()..next.start()].chars().all(|c| c == ' ') {
            return None;
        }
        let v = next.text(text);
        // "The brief order gave …": a verb form that is also a noun, before
        // a verb, is the subject's head.
        let noun_head = lexicon::verb(v).is_some_and(|verb| lexicon::is_noun_form(v, verb.lemma))
            && ws.get(j + 1).is_some_and(|n| verb_like(n.text(text)));
        if !verb_like(v) || noun_head {
            return None;
        }
        subject_np_before(text, next.start(), at).filter(|m| m.span.start() == at)
    })
}

/// Capitalised words that open a sentence without naming anyone.
const INTRO_CAPITALS: &[&str] = &[
    "Outside",
    "Alongside",
    "Inside",
    "Amid",
    "Amidst",
    "Despite",
    "Beyond",
    "Behind",
    "Across",
    "Throughout",
    "Upon",
    "Toward",
    "Towards",
    "Within",
    "Along",
    "Around",
    "Below",
    "Above",
    "This",
    "These",
    "Those",
    "Such",
    "Every",
    "Each",
    "Whatever",
    "Whoever",
    "Nor",
];

/// Introductory commas a sentence may have before its subject.
const MAX_INTRO_COMMAS: usize = 3;

/// Longest aside between a speaker and the cue: "Jane Doe, who served as …, said".
const MAX_ASIDE_WORDS: usize = 30;
const MAX_ASIDE_COMMAS: usize = 4;

/// `S, after a long pause, said`: the cue after a comma-delimited aside.
fn cue_after_aside(ctx: &Ctx<'_>, after_mention: usize) -> Option<usize> {
    if ctx.char_at(ctx.skip_ws(after_mention)) != Some(',') {
        return None;
    }
    // The first cue right after a comma: cues inside the aside ("who has
    // not endorsed anyone,") are passed over.
    let send = ctx.sentence_end(after_mention);
    let first = ctx.cues_from(after_mention + 1);
    let ci = (first..ctx.cues.len())
        .take_while(|&i| ctx.cues[i].span.end() <= send)
        .find(|&i| {
            ctx.text[after_mention..ctx.cues[i].span.start()]
                .trim_end()
                .ends_with(',')
        })?;
    let between = ctx.text[after_mention..ctx.cues[ci].span.start()].trim_end();
    let ok = between.ends_with(',')
        && (2..=MAX_ASIDE_COMMAS).contains(&between.matches(',').count())
        && between.split_whitespace().count() <= MAX_ASIDE_WORDS
        && !between.contains(['"', '“', '”'])
        && ctx.sentence_end(after_mention) >= ctx.cues[ci].span.end();
    (ok && ctx.cues[ci].form == Form::Finite && !ctx.cues[ci].negated).then_some(ci)
}

/// A quotation that opens its sentence, ended by `, S said.` after an aside:
/// “Q,” or the full name, he said.
fn frame_sentence_tail(ctx: &Ctx<'_>, q: Span) -> Option<(usize, Mention)> {
    if ctx.sentence_start(q.start()) != q.start() {
        return None;
    }
    let send = ctx.sentence_end(q.end());
    let body_end = trim_terminal(ctx.text, q.end(), send);
    let tail = ctx.text.get(q.end()..body_end)?;
    let comma = tail.rfind(',')?;
    let m_start = ctx.skip_ws(q.end() + comma + 1);
    let first = ctx.cues_from(m_start);
    let ci = first
        + ctx.cues[first..]
            .iter()
            .position(|c| c.span.end() <= body_end && c.form == Form::Finite && !c.negated)?;
    let cue = ctx.cues[ci];
    if ctx.text[cue.span.end()..body_end]
        .split_whitespace()
        .count()
        > 3
    {
        return None;
    }
    // “Q” if …, S said.  /  “Q” if …, said S.
    // Not "…, told reporters": the one told is no speaker.
    if cue.span.start() == m_start {
        if cue.lemma == "tell" {
            return None;
        }
        let m = mention_after(ctx.text, cue.span.end(), body_end)?;
        return (ctx.text[m.span.end()..body_end].split_whitespace().count() <= 3)
            .then_some((ci, m));
    }
    let m = mention_before(ctx.text, cue.span.start(), m_start)?;
    (m.span.start() == m_start).then_some((ci, m))
}

/// A frame found before a quotation: `S said, “` / `S said: “` / `S: “` / `according to S, “`.
/// A frame before a quotation: rule, cue index, cue span and the speaker
/// mention (`None`: the speaker of the attribution just before, as in
/// "“…,” she said, adding, “…”").
type Before = (&'static str, Option<usize>, Option<Span>, Option<Mention>);

/// `S said in an interview, “Q”`: a cue followed by a short adjunct that
/// ends at `end` (the comma or colon before the quote).
fn cue_before_adjunct(ctx: &Ctx<'_>, sent: usize, end: usize) -> Option<usize> {
    let k = ctx.cues.partition_point(|c| c.span.end() < end);
    let ci = k.checked_sub(1)?;
    let cue = ctx.cues[ci];
    if cue.span.start() < sent || cue.form == Form::Infinitive || cue.negated {
        return None;
    }
    let gap = Span::new(cue.span.end(), end);
    // "telling his colleagues, “…”", "told reporters: “…”": the addressee.
    if matches!(
        cue.lemma,
        "tell" | "remind" | "assure" | "inform" | "warn" | "urge"
    ) && let Some(obj) = mention_after(ctx.text, cue.span.end(), end)
        && obj.span.end() == end
    {
        return Some(ci);
    }
    // "told the Post in a written statement, “…”": the addressee, then an adjunct.
    let gap = match mention_after(ctx.text, cue.span.end(), end) {
        Some(obj)
            if matches!(
                cue.lemma,
                "tell" | "remind" | "assure" | "inform" | "warn" | "urge"
            ) =>
        {
            Span::new(obj.span.end(), end)
        }
        _ => gap,
    };
    let ws = words(ctx.text, gap);
    let gap_text = gap.text(ctx.text);
    // Each comma-separated piece is an adjunct ("on her blog, in capital
    // letters, “…”", "acknowledged, however, “…”"); a comma inside a
    // number ("20,000") separates nothing.
    let adjuncts = gap_text
        .split(", ")
        .map(str::trim)
        .filter(|piece| !piece.is_empty() && *piece != ",")
        .all(|piece| {
            let piece = piece.trim_start_matches(',').trim_start();
            let first = piece.split_whitespace().next().unwrap_or("");
            ADJUNCT_OPENERS
                .iter()
                .chain(THAT_PREPOSITIONS)
                .chain(THAT_ADJUNCT_OPENERS)
                .any(|a| a.eq_ignore_ascii_case(first))
                || lexicon::is_weekday(first)
                || lexicon::is_month(first)
                || (first.len() > 3
                    && first.ends_with("ly")
                    && first.bytes().all(|b| b.is_ascii_lowercase()))
        });
    (!ws.is_empty()
        && adjuncts
        && ws.len() <= MAX_ADJUNCT_WORDS_BEFORE_QUOTE
        && !gap_text.contains(['"', '“', '”', ';']))
    .then_some(ci)
}

/// Most words of an adjunct between a cue and its quote.
const MAX_ADJUNCT_WORDS_BEFORE_QUOTE: usize = 12;

fn frame_before(ctx: &Ctx<'_>, q: Span) -> Option<Before> {
    let q_start = q.start();
    let text = ctx.text;
    let sent = ctx.sentence_start(q_start);
    let head = text[sent..q_start].trim_end();
    let mut end = sent + head.len();
    let punct = head.chars().last();
    // Where the comma or colon itself is (the cue of `S: “Q”`).
    let punct_at = end.saturating_sub(1);
    if matches!(punct, Some(',' | ':')) {
        end -= 1;
        end = sent + text[sent..end].trim_end().len();
    }
    let asked = word_after(text, sent, end).is_some_and(|w| w.text(text) == "Asked");
    let adjunct = || {
        matches!(punct, Some(',' | ':'))
            .then(|| cue_before_adjunct(ctx, sent, end))
            .flatten()
    };
    if let Some(ci) = ctx.cue_ending_at(end).or_else(adjunct) {
        let cue = ctx.cues[ci];
        // Only speech introduces a quotation; "S said “two words”" with no
        // comma or colon is a fragment of a reported clause (mixed).
        let fragment =
            punct.is_none_or(|p| !matches!(p, ',' | ':')) && words(text, q).len() <= TERM_MAX_WORDS;
        if cue.negated || !matches!(cue.kind, CueKind::Speech) || fragment {
            return None;
        }
        if cue.kind == CueKind::AccordingTo {
            return None;
        }
        let limit = if asked {
            // Asked …, S said: the mention starts after the question clause's comma.
            text[sent..cue.span.start()]
                .rfind(',')
                .map_or(sent, |i| sent + i + 1)
        } else {
            sent
        };
        let after_comma = text[limit..cue.span.start()].trim_end().ends_with(',');
        // "“…,” Spicer said, adding, “…”": right after a finite speech cue
        // the participle has that cue's speaker (None: the one just before).
        let lead = text[limit..cue.span.start()].trim_end();
        let after_said = after_comma
            && cue.form == Form::Gerund
            && ctx.cues.iter().any(|c| {
                c.form == Form::Finite
                    && c.kind == CueKind::Speech
                    && c.span.end() == limit + lead.len() - 1
            });
        if after_said {
            let rule = if punct == Some(':') {
                "speaker-said-colon-quote"
            } else {
                "speaker-said-comma-quote"
            };
            return Some((rule, Some(ci), Some(cue.span), None));
        }
        // "Ortiz thanked the pilots and said, “…”": a finite cue after
        // "and"/"but" has the clause's subject.
        let coordinated = || {
            (cue.form == Form::Finite && after_conjunction(text, sent, cue.span.start()))
                .then(|| innermost_subject(ctx, sent, cue.span.start(), INNER_CLAUSE_OPENERS))
                .flatten()
        };
        let m = match cue.form {
            // "Another child responded, “…”": a plain noun phrase as well.
            Form::Finite => match mention_before(text, cue.span.start(), limit)
                .or_else(|| subject_np_before(text, cue.span.start(), limit))
            {
                Some(m) => Some(subject_for_object(ctx, sent, m)),
                None => {
                    let m = coordinated()?;
                    let rule = if punct == Some(':') {
                        "coordinated-said-colon-quote"
                    } else {
                        "coordinated-said-comma-quote"
                    };
                    return Some((rule, Some(ci), Some(cue.span), Some(m)));
                }
            },
            // "X reacted, saying: “…”", "X went on to say: “…”": the clause's subject;
            // "“…,” she said, adding, “…”": the speaker before (None).
            // "She released a statement saying, “…”": the artifact is part
            // of the cue; its creator, the clause's subject, is the source.
            Form::Gerund | Form::Infinitive => (!after_comma)
                .then(|| mention_before(text, cue.span.start(), limit))
                .flatten()
                .filter(|m| m.kind != MentionKind::Pronoun || cue.form == Form::Gerund)
                .filter(|m| !artifact_object(text, sent, *m))
                .map(|m| subject_for_object(ctx, sent, m))
                .or_else(|| sentence_subject(ctx, sent, cue.span.start())),
        };
        let rule = if asked {
            "asked-speaker-said-quote"
        } else if punct == Some(':') {
            "speaker-said-colon-quote"
        } else {
            "speaker-said-comma-quote"
        };
        return Some((rule, Some(ci), Some(cue.span), m));
    }
    // according to S, “Q” / According to S: “Q”
    if matches!(punct, Some(',' | ':'))
        && let Some(ci) = (ctx.cues_from(sent)..ctx.cues.len())
            .take_while(|&i| ctx.cues[i].span.end() < end)
            .find(|&i| ctx.cues[i].kind == CueKind::AccordingTo)
        && let Some(m) = mention_after(text, ctx.cues[ci].span.end(), end)
        && ctx.skip_ws(m.span.end()) >= end
    {
        return Some(("according-to", Some(ci), Some(ctx.cues[ci].span), Some(m)));
    }
    // S: “Q” at the start of the sentence.
    if punct == Some(':') {
        // "Rubio fired back forcefully: “…”": the clause's subject.
        let colon = Some(Span::new(punct_at, punct_at + 1));
        if let Some(m) = mention_before(text, end, sent)
            && m.span.start() == sent
            && matches!(
                m.kind,
                MentionKind::Person | MentionKind::Name | MentionKind::Organization
            )
        {
            return Some(("speaker-colon-quote", None, colon, Some(m)));
        }
        return sentence_subject(ctx, sent, end)
            .filter(|m| m.kind != MentionKind::Relative)
            .map(|m| ("subject-colon-quote", None, colon, Some(m)));
    }
    // "But, said Solovey, “…”": an inverted cue before the quote.
    if punct == Some(',')
        && let Some(m) = mention_before(text, end, sent)
        && let Some(ci) = ctx.cue_ending_at(text[sent..m.span.start()].trim_end().len() + sent)
        && ctx.cues[ci].kind == CueKind::Speech
        && ctx.cues[ci].form == Form::Finite
        && !ctx.cues[ci].negated
    {
        return Some((
            "said-speaker-comma-quote",
            Some(ci),
            Some(ctx.cues[ci].span),
            Some(m),
        ));
    }
    None
}

/// `Ortiz said, “the backlog is longer than last winter” among the crews.`: a
/// quotation that stops with no punctuation of its own while its sentence
/// goes on in lower case is the head of the reported sentence; the content
/// runs to the sentence end, as the annotators mark it (13 boundary errors
/// fixed against 6 made on PolNeAR). `None` when a cue or another
/// quotation follows in the sentence (the words may be another frame's).
fn quote_runs_on(ctx: &Ctx<'_>, q: Span) -> Option<usize> {
    let text = ctx.text;
    if !inner_last_char(text, q).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let at = ctx.skip_ws(q.end());
    if !ctx.char_at(at).is_some_and(char::is_lowercase) {
        return None;
    }
    let end = trim_terminal(text, at, ctx.sentence_end(at).min(ctx.para.end()));
    let rest = text.get(at..end)?;
    let cue_follows = ctx.cues[ctx.cues_from(at)..]
        .first()
        .is_some_and(|c| c.span.start() < end);
    (end > at && !cue_follows && !rest.contains(is_quote_mark)).then_some(end)
}

/// The start of the sentence a quotation goes on with ("These sources, the
/// lawyers said, “all command the same conclusion”", "If she is elected,
/// he said, “she might …”"): the words from the sentence start to the
/// comma before the frame at `frame`, when the quotation opens in lower
/// case (it continues the sentence) and they are no fronted adjunct ("In
/// his tribute, he said, “…”"). The annotators put them in the content
/// (28 to 15 in PolNeAR).
fn fronted_lead(ctx: &Ctx<'_>, q: Span, frame: usize) -> Option<Span> {
    let text = ctx.text;
    let continues = text[q.start()..]
        .chars()
        .find(|c| !is_quote_mark(*c) && *c != '\'')
        .is_some_and(char::is_lowercase);
    if !continues {
        return None;
    }
    let sent = ctx.skip_ws(ctx.sentence_start(q.start()));
    let lead = text
        .get(sent..frame)?
        .trim_end()
        .strip_suffix(',')?
        .trim_end();
    if !lead.contains(char::is_alphanumeric) || lead.contains(is_quote_mark) {
        return None;
    }
    let lead = Span::new(sent, sent + lead.len());
    (!adjunct_only(text, lead)).then_some(lead)
}

/// Attribute every quotation and speech cue in the text.
pub(crate) fn attribute(
    text: &str,
    paras: &[Span],
    quotes: &[Quoted],
    scope: Scope,
) -> (Vec<Attribution>, Vec<Diagnostic>) {
    let mut out: Vec<Attribution> = Vec::new();
    let mut diagnostics = Vec::new();
    let top: Vec<&Quoted> = quotes.iter().filter(|q| q.depth == 0).collect();
    let mut qi = 0;
    // Attribution index of the last attributed quote of the previous paragraph, if it ended the paragraph.
    let mut prev_para_speaker: Option<usize> = None;
    let mut prev_para_out = (0, 0);
    for (pi, &para) in paras.iter().enumerate() {
        let para_out_start = out.len();
        // Quotes that start in this paragraph.
        let first_q = qi;
        while qi < top.len() && top[qi].span.start() < para.end() {
            qi += 1;
        }
        let pq: Vec<&Quoted> = top[first_q..qi]
            .iter()
            .copied()
            .filter(|q| q.span.start() >= para.start())
            .collect();
        // Frames are read in the paragraph where a multi-paragraph quote ends.
        let frame_para = pq.iter().map(|q| q.span.end()).fold(para, |p, e| {
            if e > p.end() {
                p.cover(Span::new(p.start(), e))
            } else {
                p
            }
        });
        let frame_para = extend_to_para(paras, pi, frame_para);
        let cues = find_cues(text, frame_para);
        let mut ctx = Ctx {
            text,
            para: frame_para,
            skip: pq.iter().map(|q| q.span).collect(),
            used_cues: vec![false; cues.len()],
            cues,
            sentences: Vec::new(),
        };
        ctx.sentences = sentence_index(&ctx);
        let mut consumed = vec![false; pq.len()];
        let mut last_speaker_here: Option<usize> = None;
        let mut para_last_is_quote = false;
        // "— Sanders." alone on a line signs the quotation above it.
        if let Some((dash, m)) = signature_line(text, para)
            && let Some(i) = (prev_para_out.0..prev_para_out.1)
                .rev()
                .find(|&i| out[i].kind == QuoteKind::Direct)
            && (matches!(out[i].who, Who::Nobody) || out[i].confidence < 0.5)
        {
            out[i].who = Who::Mention(m);
            out[i].cue = Some(dash);
            out[i].rule = "dash-signature";
            out[i].confidence = 0.8;
        }
        let is_title = pi == 0 || is_caption(text, para);
        if let Some(a) = colon_line(text, para, &pq, is_title) {
            out.push(a);
            last_speaker_here = Some(out.len() - 1);
        } else if pi == 0
            && let Some(a) = headline_verb(text, para, &pq)
        {
            out.push(a);
        }
        for (k, q) in pq.iter().enumerate() {
            if consumed[k] {
                continue;
            }
            // `“”`, `“…”`: nothing was said, whatever frame is around it.
            if text
                .get(q.inner.start()..q.inner.end())
                .is_some_and(|t| !t.contains(char::is_alphanumeric))
            {
                out.push(Attribution::term(q.span, "term", 0.6));
                continue;
            }
            if let Some(a) = headline(text, para, q, is_title) {
                out.push(a);
                continue;
            }
            // "Click to play video: 'Title'": the title of a video, no speaker.
            if is_caption(text, para)
                && q.span.end() <= para.end()
                && text[para.start()..q.span.start()].trim_end().ends_with(':')
            {
                out.push(Attribution::term(q.span, "caption-title", 0.8));
                continue;
            }
            let q_span = q.span;
            // "Sunday on Fox News’s “Hannity,” Gingrich said …": a show's
            // title in a fronted adjunct, not what the speaker said.
            if show_title_in_adjunct(&ctx, q_span) || show_title_in_apposition(&ctx, q_span) {
                out.push(Attribution::term(q_span, "term", 0.6));
                continue;
            }
            // "Asked whether the pier “is safe enough,” 70 percent said
            // no": the quotation is part of the question put to the
            // speaker, not what the speaker said; the cue after it reports
            // the answer.
            if in_asked_question(&ctx, q_span) {
                out.push(Attribution::term(q_span, "term", 0.6));
                continue;
            }
            // After-frames.
            // A colon frame before the quote wins over a reporter's frame
            // after it: `Trump said: “…,” the Times reported.`
            let before = frame_before(&ctx, q_span);
            let colon_first =
                matches!(&before, Some((r, _, _, Some(_))) if *r == "speaker-said-colon-quote");
            let after = if colon_first {
                None
            } else {
                frame_after(&ctx, q_span)
            };
            if let Some(f) = after {
                if let Some(ci) = f.cue {
                    ctx.used_cues[ci] = true;
                }
                let mut content = q_span;
                let mut parts = Vec::new();
                let mut rule = f.rule;
                // Split quote: “Q1,” S said, “Q2”
                let after = ctx.skip_ws(f.end);
                let k2 = pq.partition_point(|q2| q2.span.start() <= f.end);
                if let Some(k2) = (k2 < pq.len()).then_some(k2)
                    && !consumed[k2]
                {
                    let q2 = pq[k2];
                    let between = text[f.end..q2.span.start()].trim();
                    // "she said, adding, “Q2”": a second cue reports Q2.
                    let second_cue = ctx.cues[ctx.cues_from(f.end)..]
                        .iter()
                        .take_while(|c| c.span.start() < q2.span.start())
                        .any(|c| c.kind == CueKind::Speech && c.span.start() >= f.end);
                    if between == "," || between == ":" || (split_adjunct(between) && !second_cue) {
                        parts = vec![q_span, q2.span];
                        content = q_span.cover(q2.span);
                        rule = "split-quote";
                        consumed[k2] = true;
                    } else if between == "." && after < q2.span.start() + 1 {
                        // “Q1,” S said. “Q2” — handled below through last_speaker_here.
                    }
                }
                // `America needs leaders “who …,” S said.`: a quotation in
                // mid-sentence ends a reported clause, which is the content.
                let mut kind = QuoteKind::Direct;
                if let Some(lead) = clause_before_quote(&ctx, q_span, rule) {
                    kind = QuoteKind::Mixed;
                    // `The visit became “a turning point,” according to S`:
                    // the frame keeps its own name.
                    if rule != "according-to" {
                        rule = "content-comma-speaker-said";
                    }
                    content = content.cover(lead);
                    if let Some(first) = parts.first_mut() {
                        *first = first.cover(lead);
                    }
                }
                out.push(Attribution {
                    kind,
                    rule,
                    confidence: 0.95,
                    content,
                    parts,
                    cue: f.cue_span,
                    who: Who::Mention(f.mention),
                    dropped: false,
                });
                last_speaker_here = Some(out.len() - 1);
                para_last_is_quote = true;
                continue;
            }
            // Before-frames.
            let before_who =
                before
                    .as_ref()
                    .and_then(|(_, _, _, m)| match (m, last_speaker_here) {
                        (Some(m), _) => Some(Who::Mention(*m)),
                        (None, Some(prev)) => Some(Who::Continues(prev)),
                        (None, None) => None,
                    });
            if let (Some((rule, ci, cue, m)), Some(who)) = (before, before_who) {
                if let Some(ci) = ci {
                    ctx.used_cues[ci] = true;
                }
                // "The reality is, he added, “there are no …”": the words
                // before the frame begin the quoted sentence.
                let lead = match (m, cue) {
                    (Some(m), Some(c))
                        if matches!(
                            rule,
                            "speaker-said-comma-quote" | "said-speaker-comma-quote"
                        ) =>
                    {
                        fronted_lead(&ctx, q_span, m.span.start().min(c.start()))
                    }
                    _ => None,
                };
                // With a lead the content opens with unquoted words: mixed.
                let (kind, content, parts) = match lead {
                    Some(lead) => (QuoteKind::Mixed, lead.cover(q_span), vec![lead, q_span]),
                    None => match (rule == "speaker-said-comma-quote")
                        .then(|| quote_runs_on(&ctx, q_span))
                        .flatten()
                    {
                        Some(end) => (QuoteKind::Mixed, Span::new(q_span.start(), end), Vec::new()),
                        None => (QuoteKind::Direct, q_span, Vec::new()),
                    },
                };
                // “Q1,” she said, adding, “Q2”: a second attribution to the
                // same speaker, with its own cue (as annotators mark it).
                out.push(Attribution {
                    kind,
                    rule: if m.is_none() {
                        "gerund-same-speaker"
                    } else {
                        rule
                    },
                    confidence: 0.9,
                    content,
                    parts,
                    cue,
                    who,
                    dropped: false,
                });
                last_speaker_here = Some(out.len() - 1);
                para_last_is_quote = true;
                continue;
            }
            // “Q,” or an aside, S said.
            if let Some((ci, m)) = frame_sentence_tail(&ctx, q_span) {
                ctx.used_cues[ci] = true;
                // “Boots on the ground” would be needed, he said: the quote
                // opens a reported clause, which is the content (mixed).
                let quote_ends_clause =
                    matches!(inner_last_char(text, q_span), Some(',' | '?' | '!'))
                        || ctx.char_at(ctx.skip_ws(q_span.end())) == Some(',');
                let (kind, content) = if quote_ends_clause {
                    (QuoteKind::Direct, q_span)
                } else {
                    let clause = text[q_span.start()..m.span.start()].trim_end();
                    let clause = clause.strip_suffix(',').unwrap_or(clause);
                    (
                        QuoteKind::Mixed,
                        Span::new(q_span.start(), q_span.start() + clause.len()),
                    )
                };
                out.push(Attribution {
                    kind,
                    rule: if quote_ends_clause {
                        "quote-comma-speaker-said"
                    } else {
                        "content-comma-speaker-said"
                    },
                    confidence: 0.8,
                    content,
                    parts: Vec::new(),
                    cue: Some(ctx.cues[ci].span),
                    who: Who::Mention(m),
                    dropped: false,
                });
                last_speaker_here = Some(out.len() - 1);
                para_last_is_quote = true;
                continue;
            }
            // “Q,” the real estate developer said: a speaker no mention
            // pattern reads, between the quote and its cue.
            if let Some((ci, m, frame)) = frame_after_loose(&ctx, q_span) {
                ctx.used_cues[ci] = true;
                let cue_end = ctx.cues[ci].span.end();
                let (mut content, mut parts, mut rule) = (q_span, Vec::new(), frame);
                // Split quote: “Q1,” S said, “Q2”
                let k2 = pq.partition_point(|q2| q2.span.start() <= cue_end);
                if k2 < pq.len() && !consumed[k2] {
                    let between = text[cue_end..pq[k2].span.start()].trim();
                    if between == "," || split_adjunct(between) {
                        parts = vec![q_span, pq[k2].span];
                        content = q_span.cover(pq[k2].span);
                        rule = "split-quote";
                        consumed[k2] = true;
                    }
                }
                out.push(Attribution {
                    kind: QuoteKind::Direct,
                    rule,
                    confidence: 0.7,
                    content,
                    parts,
                    cue: Some(ctx.cues[ci].span),
                    who: Who::Mention(m),
                    dropped: false,
                });
                last_speaker_here = Some(out.len() - 1);
                para_last_is_quote = true;
                continue;
            }
            // “Q?” Hannity pressed.: any verb right after the speaker.
            if let Some((cue, m)) = frame_after_any_verb(&ctx, q_span) {
                out.push(Attribution {
                    kind: QuoteKind::Direct,
                    rule: "quote-comma-speaker-said",
                    confidence: 0.6,
                    content: q_span,
                    parts: Vec::new(),
                    cue: Some(cue),
                    who: Who::Mention(m),
                    dropped: false,
                });
                last_speaker_here = Some(out.len() - 1);
                para_last_is_quote = true;
                continue;
            }
            // “Q1,” S said. “Q2”: a later quote in the same paragraph, starting a sentence.
            if let Some(prev) = last_speaker_here
                && ctx.sentence_start(q_span.start()) == q_span.start()
            {
                // One utterance in two parts, as annotators mark it.
                let a = &mut out[prev];
                a.add_part(q_span);
                a.rule = "quote-said-then-quote";
                para_last_is_quote = true;
                continue;
            }
            // Continuation paragraph: the paragraph opens with the quote.
            // Not when a cue follows in the quote's sentence ("“…?” baker
            // Hollis Penrith asked."): that names another speaker.
            if let Some(prev) = prev_para_speaker
                && q_span.start() == para.start()
                && !ctx.cues.iter().any(|c| {
                    c.span.start() >= q_span.end()
                        && c.span.start() < ctx.sentence_end(q_span.end())
                })
            {
                // One utterance over two paragraphs, as annotators mark it:
                // the paragraph's quote is the previous quote's next part.
                out[prev].add_part(q_span);
                out[prev].rule = "continuation-paragraph";
                last_speaker_here = Some(prev);
                para_last_is_quote = true;
                continue;
            }
            // Inside a reported clause: left for the indirect pass (mixed),
            // which absorbs it; a term until then, so that a clause the
            // indirect pass does not take still reaches `verb_fragments`.
            if inside_reported_clause(&ctx, q_span.start()) {
                out.push(Attribution::term(q_span, "term", 0.6));
                continue;
            }
            if is_term(text, para, q) {
                out.push(Attribution::term(q_span, "term", 0.6));
                continue;
            }
            diagnostics.push(Diagnostic {
                kind: DiagnosticKind::UnattributedQuote,
                span: q_span,
                message: "no attribution frame matched this quotation".into(),
            });
            out.push(Attribution {
                kind: QuoteKind::Direct,
                rule: "unattributed",
                confidence: 0.3,
                content: q_span,
                parts: Vec::new(),
                cue: None,
                who: Who::Nobody,
                dropped: false,
            });
        }
        // Reported speech with the cues that no quote used.
        let before = out.len();
        reported(&mut ctx, &pq, scope, &mut out, &mut diagnostics);
        in_survey(&ctx, &pq, &mut out, para_out_start);
        poll_puts(&ctx, &pq, &mut out, para_out_start);
        to_view(&ctx, &pq, &mut out, para_out_start);
        possessive_noun(&ctx, &pq, &mut out, para_out_start);
        evidential::reportedly(&ctx, &pq, &mut out);
        if scope == Scope::All {
            evidential::raising(&ctx, &pq, &mut out);
            evidential::passive_regard(&ctx, &pq, &mut out);
            evidential::known_as(&ctx, &pq, &mut out);
        }
        asked_question(&ctx, &pq, &mut out, para_out_start);
        // Terms no reported clause took: a fragment after the subject's verb.
        verb_fragments(&ctx, &mut out, para_out_start);
        named_terms(&ctx, &mut out, para_out_start, scope);
        // Quotations still without a speaker: the speaker just before them.
        let prev_para = pi.checked_sub(1).map(|i| paras[i]);
        fill_unattributed(
            &ctx,
            &mut out,
            para_out_start,
            prev_para_out,
            para,
            prev_para,
        );
        artifact_relative_speakers(&ctx, &mut out[para_out_start..]);
        prev_para_out = (para_out_start, out.len());
        let _ = pi;
        if out.len() > before {
            para_last_is_quote = false;
        }
        prev_para_speaker = if para_last_is_quote {
            last_speaker_here
        } else {
            None
        };
        // A paragraph that ends in narrative after its quote stops continuation.
        if let Some(&last_q) = pq.last()
            && text[last_q.span.end()..frame_para.end()].trim().len() > 60
            && last_speaker_here.is_some_and(|i| out[i].content.end() < last_q.span.end())
        {
            prev_para_speaker = None;
        }
        if pq.is_empty() {
            prev_para_speaker = None;
        }
    }
    let still_unattributed: std::collections::HashSet<Span> = out
        .iter()
        .filter(|a| a.rule == "unattributed" && !a.dropped)
        .map(|a| a.content)
        .collect();
    diagnostics.retain(|d| {
        d.kind != DiagnosticKind::UnattributedQuote || still_unattributed.contains(&d.span)
    });
    drop_same_cue_duplicates(&mut out);
    drop_nested(text, &mut out);
    (sort_by_content(out), diagnostics)
}

/// Two frames that read one cue with overlapping contents ("Ames Slams
/// Budget On Schools" as a headline and as `S VERB CONTENT`, or `S said X`
/// beside a longer `S said X “…”`) are one attribution: the guidelines give
/// each attribution one cue and one content. The longer content stays.
/// The attributions a live one continues (`Who::Continues`): the droppers
/// below keep them.
fn continued_indices(out: &[Attribution]) -> std::collections::HashSet<usize> {
    out.iter()
        .filter(|a| !a.dropped)
        .filter_map(|a| match a.who {
            Who::Continues(p) => Some(p),
            _ => None,
        })
        .collect()
}

/// An attribution another one continues (`Who::Continues`) is kept.
fn drop_same_cue_duplicates(out: &mut [Attribution]) {
    let fragments = |a: &Attribution| -> Vec<Span> {
        if a.parts.is_empty() {
            vec![a.content]
        } else {
            a.parts.clone()
        }
    };
    let continued = continued_indices(out);
    // The attributions of each cue, in order: sorted by cue, then index
    // (the groups are disjoint, so the order they are read in is free).
    let mut by_cue: Vec<(Span, usize)> = out
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            a.cue
                .filter(|cue| !a.dropped && a.kind != QuoteKind::Term && !cue.is_empty())
                .map(|cue| (cue, i))
        })
        .collect();
    by_cue.sort_unstable();
    for run in by_cue.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        let group: Vec<usize> = run.iter().map(|&(_, i)| i).collect();
        for (n, &i) in group.iter().enumerate() {
            for &j in &group[n + 1..] {
                if out[i].dropped || out[j].dropped {
                    continue;
                }
                let (fi, fj) = (fragments(&out[i]), fragments(&out[j]));
                let overlap = fi.iter().any(|a| {
                    fj.iter()
                        .any(|b| a.start() < b.end() && b.start() < a.end())
                });
                if !overlap {
                    continue;
                }
                let (short, long) = if out[j].content.len() < out[i].content.len() {
                    (j, i)
                } else {
                    (i, j)
                };
                let victim = if continued.contains(&short) {
                    long
                } else {
                    short
                };
                if !continued.contains(&victim) {
                    out[victim].dropped = true;
                }
            }
        }
    }
}

/// The guidelines annotate only the outermost of nested attributions
/// (“Q,” Ames said, according to the Courier: the Courier's). Dropped here:
/// an attribution whose cue and content lie inside the content of an
/// "according to" attribution, and a quotation without a cue inside any
/// other attribution's content (it is part of that content). Attributions
/// another one continues (`Who::Continues`) are kept.
fn drop_nested(text: &str, out: &mut [Attribution]) {
    let continued = continued_indices(out);
    let live = |a: &Attribution| !a.dropped && a.kind != QuoteKind::Term;
    let outers: Vec<(Span, bool)> = out
        .iter()
        .filter(|a| live(a))
        .map(|a| {
            let according = a
                .cue
                .is_some_and(|c| c.text(text).eq_ignore_ascii_case("according to"));
            (a.content, according)
        })
        .collect();
    for (i, a) in out.iter_mut().enumerate() {
        if !live(a) || continued.contains(&i) {
            continue;
        }
        let inside = |outer: Span| outer.contains(a.content) && outer.len() > a.content.len();
        let nested = outers.iter().any(|&(outer, according)| {
            inside(outer)
                && match a.cue {
                    None => true,
                    Some(cue) => according && outer.contains(cue),
                }
        });
        if nested {
            a.dropped = true;
        }
    }
}

/// Sort attributions by content, keeping `Who::Continues` pointing at the same ones.
fn sort_by_content(out: Vec<Attribution>) -> Vec<Attribution> {
    let mut order: Vec<usize> = (0..out.len()).filter(|&i| !out[i].dropped).collect();
    order.sort_by_key(|&i| (out[i].content.start(), out[i].content.end(), i));
    let mut new_index = vec![0; out.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Attribution>> = out.into_iter().map(Some).collect();
    order
        .iter()
        .map(|&old| {
            let mut a = slots[old].take().expect("each index once");
            if let Who::Continues(p) = a.who {
                a.who = Who::Continues(new_index[p]);
            }
            a
        })
        .collect()
}

/// Most words after a quote that its paragraph may have for the next
/// paragraph to continue it ("…,” she said in an interview.").
const MAX_WORDS_AFTER_CONTINUED: usize = 10;

fn prev_para_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

/// The speaker of a paragraph that ends with a colon introducing the next
/// one: "In a statement, the senator said:" / "He released this statement:".
fn colon_intro(ctx: &Ctx<'_>, pp: Span) -> Option<(Span, Mention)> {
    let text = ctx.text;
    let body = pp.text(text).trim_end();
    let colon = pp.start() + body.strip_suffix(':')?.len();
    // The last sentence of the paragraph.
    let mut sent = pp.start();
    loop {
        let end = sentence_end(text, sent, colon, &[]);
        if end >= colon {
            break;
        }
        sent = end + (text[end..colon].len() - text[end..colon].trim_start().len());
    }
    let cues = find_cues(text, Span::new(sent, colon));
    let cue_span = Span::new(colon, colon + 1);
    if let Some(c) = cues
        .iter()
        .rev()
        .find(|c| c.span.end() == colon && !c.negated)
    {
        if let Some(m) = mention_before(text, c.span.start(), sent) {
            return Some((c.span, m));
        }
    }
    // "X released the following statement:": the sentence's subject, read
    // back from its verb when the first verb is plain to see ("Harbour
    // master Ines Calloway issued …"), else forward from the sentence start.
    let verb = words(text, Span::new(sent, colon)).into_iter().find(|w| {
        let t = w.text(text);
        t.bytes().all(|b| b.is_ascii_lowercase())
            && (t.len() > 4 && t.ends_with("ed") || eq_any(t, &["put", "gave", "sent", "wrote"]))
    });
    if let Some(v) = verb
        && let Some(m) = mention_before(text, v.start(), sent)
        && m.name.is_some()
    {
        return Some((cue_span, m));
    }
    // "When …, X released …:": the subject after an opening clause.
    let m = sentence_subject(ctx, sent, colon)?;
    let next = word_after(text, m.span.end(), colon)?;
    let lower = next
        .text(text)
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    (lower
        && !weak_subject(ctx, sent, m)
        && matches!(
            m.kind,
            MentionKind::Person
                | MentionKind::Name
                | MentionKind::Organization
                | MentionKind::Pronoun
        ))
    .then_some((cue_span, m))
}

/// Give unattributed quotations of this paragraph the speaker of the
/// attribution right before them (same paragraph), of the previous
/// paragraph's closing attribution, or the subject of the sentence before.
fn fill_unattributed(
    ctx: &Ctx<'_>,
    out: &mut [Attribution],
    start: usize,
    prev: (usize, usize),
    para: Span,
    prev_para: Option<Span>,
) {
    for u in start..out.len() {
        if out[u].rule != "unattributed" {
            continue;
        }
        // "… released the following statement:" then the quotation.
        if out[u].content.start() == para.start()
            && let Some(pp) = prev_para
            && let Some((cue, m)) = colon_intro(ctx, pp)
        {
            out[u].who = Who::Mention(m);
            out[u].cue = Some(cue);
            out[u].rule = "colon-intro-paragraph";
            out[u].confidence = 0.75;
            continue;
        }
        let q = out[u].content;
        let here = (start.max(u.saturating_sub(MAX_LOOKBACK))..out.len().min(u + MAX_LOOKBACK))
            .filter(|&i| {
                i != u && out[i].content.end() <= q.start() && !matches!(out[i].who, Who::Nobody)
            })
            .max_by_key(|&i| out[i].content.end());
        if let Some(i) = here {
            out[u].who = Who::Continues(i);
            out[u].rule = "quote-after-reported-speech";
            out[u].confidence = 0.6;
            continue;
        }
        // "“…?” baker Hollis Penrith asked.": a cue after the quote in its
        // sentence names another speaker (one the frames could not read).
        let cue_follows = ctx
            .cues
            .iter()
            .any(|c| c.span.start() >= q.end() && c.span.start() < ctx.sentence_end(q.end()));
        if q.start() == para.start()
            && !cue_follows
            && let Some(i) = (prev.0.max(prev.1.saturating_sub(MAX_LOOKBACK))..prev.1)
                .filter(|&i| {
                    !matches!(out[i].who, Who::Nobody) && out[i].kind != QuoteKind::Headline
                })
                .max_by_key(|&i| out[i].content.end())
            && matches!(out[i].kind, QuoteKind::Direct | QuoteKind::Mixed)
            && ctx.text[out[i].content.end()..prev_para_end(ctx.text, out[i].content.end())]
                .split_whitespace()
                .count()
                <= MAX_WORDS_AFTER_CONTINUED
        {
            out[u].who = Who::Continues(i);
            out[u].rule = "continuation-paragraph";
            out[u].confidence = 0.6;
            continue;
        }
        if let Some((cue, m)) = speaker_after_quote(ctx, q, para) {
            out[u].who = Who::Mention(m);
            out[u].cue = Some(cue);
            out[u].rule = "quote-comma-speaker-verb";
            out[u].confidence = 0.5;
            continue;
        }
        let person = |m: &Mention| m.kind != MentionKind::Relative;
        let sent = ctx.sentence_start(q.start());
        // "… did not surprise pollster Ann Reyes: “…”", "More from the
        // report: “…”": the noun phrase that ends at the colon.
        let lead = ctx.text[sent..q.start()].trim_end();
        if let Some(head) = lead.strip_suffix(':')
            && let Some(m) = mention_before(ctx.text, sent + head.len(), sent)
            && m.kind != MentionKind::Relative
            && m.span.end() == sent + head.trim_end().len()
        {
            let colon = sent + head.len();
            out[u].who = Who::Mention(m);
            out[u].cue = Some(Span::new(colon, colon + 1));
            out[u].rule = "noun-colon-quote";
            out[u].confidence = 0.5;
            continue;
        }
        // The subject of the quotation's own sentence, when the quotation
        // does not open it: a weak guess, given a low confidence; a thing
        // ("The ad targets a “…”") as well as a person. Subjects of earlier
        // sentences or paragraphs are not guessed: on the development set
        // they named the annotated source for 10 % and 4 % of quotes.
        if sent < q.start()
            && let Some(m) = sentence_subject(ctx, sent, q.start()).filter(person)
        {
            out[u].who = Who::Mention(m);
            out[u].rule = "sentence-subject";
            out[u].confidence = 0.45;
            continue;
        }
        // "But he wanted to know, “…”", "As the band sang, “…”": no subject
        // read from the sentence start, the first noun phrase before the
        // quotation in its sentence.
        let first = word_iter(ctx.text, Span::new(sent, q.start())).find_map(|w| {
            mention_after(ctx.text, w.start(), q.start())
                .filter(|m| m.span.start() == w.start() && m.kind != MentionKind::Relative)
        });
        if sent < q.start()
            && let Some(m) = first
        {
            out[u].who = Who::Mention(m);
            out[u].rule = "sentence-first-mention";
            out[u].confidence = 0.4;
        }
    }
}

/// "She issued a statement that urged …", "Ames released a video that
/// accuses …": the speaker read as "that" stands for an artifact the
/// clause's subject released; the annotators name that subject.
fn artifact_relative_speakers(ctx: &Ctx<'_>, out: &mut [Attribution]) {
    let text = ctx.text;
    for a in out.iter_mut() {
        let Who::Mention(m) = a.who else {
            continue;
        };
        // "In this case, it appears that …": the empty "it" of "appear"
        // and "seem" is no source (the guidelines' empty pronouns).
        if m.kind == MentionKind::Pronoun
            && m.span.text(text).eq_ignore_ascii_case("it")
            && let Some(cue) = a.cue
            && text
                .get(m.span.end()..cue.start())
                .is_some_and(|gap| gap.trim().is_empty())
            && cue
                .text(text)
                .split_whitespace()
                .next()
                .is_some_and(|w| EMPTY_IT_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))
        {
            a.who = Who::Nobody;
            continue;
        }
        // "His office put out a statement saying …": the artifact's
        // creator, the subject of the verb that issued it, is the source.
        if m.kind != MentionKind::Relative {
            let sent = ctx.sentence_start(m.span.start());
            if artifact_object(text, sent, m)
                && issued_by_subject(text, sent, m)
                && let Some(s) = verb_subject(ctx, sent, m.span.start())
                && s.kind != MentionKind::Relative
                && s.span.end() < m.span.start()
                && !artifact_object(text, sent, s)
            {
                a.who = Who::Mention(s);
            }
            continue;
        }
        if !m.span.text(text).eq_ignore_ascii_case("that") {
            continue;
        }
        let sent = ctx.sentence_start(m.span.start());
        if let Some(ante) = mention_before(text, m.span.start(), sent)
            && ante.span.end() == text[..m.span.start()].trim_end().len()
            && artifact_object(text, sent, ante)
            && let Some(s) = verb_subject(ctx, sent, ante.span.start())
            && s.kind != MentionKind::Relative
            && s.span.end() < ante.span.start()
        {
            a.who = Who::Mention(s);
        }
    }
}

/// True when the verb before the artifact `m` ("put out a statement",
/// "released a video") makes its subject the artifact's creator: not one
/// that only obtains or cites it ("obtained a memo", "cited a letter").
fn issued_by_subject(text: &str, sent: usize, m: Mention) -> bool {
    let lead = words(text, Span::new(sent, m.span.start()));
    let Some(verb) = lead.iter().rev().map(|w| w.text(text)).find(|w| {
        !eq_any(
            w,
            &["a", "an", "the", "its", "his", "her", "their", "written"],
        )
    }) else {
        return false;
    };
    (verb.ends_with("ed") || eq_any(verb, ISSUING_VERB_FORMS)) && !eq_any(verb, NOT_ISSUING_VERBS)
}

/// Verb forms without -ed that issue an artifact ("sent a letter", "put
/// out a statement").
const ISSUING_VERB_FORMS: &[&str] = &[
    "sent", "wrote", "out", "ran", "run", "penned", "signed", "sends", "issues", "releases",
    "writes", "posts", "files", "launches",
];

/// Past forms that take an artifact someone else made.
const NOT_ISSUING_VERBS: &[&str] = &[
    "received",
    "obtained",
    "cited",
    "quoted",
    "reviewed",
    "viewed",
    "leaked",
    "acquired",
    "described",
    "mentioned",
    "referenced",
    "referred",
    "reported",
    "denied",
    "dismissed",
    "rejected",
    "criticized",
    "praised",
    "welcomed",
];

/// Verbs whose "it" subject is empty ("it appears that …", "it seemed").
const EMPTY_IT_VERBS: &[&str] = &["appears", "appeared", "appear", "seems", "seemed", "seem"];

/// The subject right before the verb that ends at `object` ("hours later,
/// she issued …", "Ames has released …"), else the sentence's subject.
fn verb_subject(ctx: &Ctx<'_>, sent: usize, object: usize) -> Option<Mention> {
    let text = ctx.text;
    let ws = words(text, Span::new(sent, object));
    let mut k = ws.len().checked_sub(1)?;
    while k > 0
        && eq_any(
            ws[k - 1].text(text),
            &["has", "have", "had", "also", "just", "then", "quickly"],
        )
    {
        k -= 1;
    }
    mention_before(text, ws[k].start(), sent)
        .filter(|m| text[m.span.end()..ws[k].start()].trim().is_empty())
        .or_else(|| sentence_subject(ctx, sent, object))
}

/// "“…,” Ames shot back.", "“…?” said a neighbour, …": a quotation that
/// ends in a comma, question or exclamation mark, followed on its line by
/// a noun phrase and a lowercase word (a verb no frame knows), or by a
/// speech verb and a noun phrase. Returns the cue word and the mention.
fn speaker_after_quote(ctx: &Ctx<'_>, q: Span, para: Span) -> Option<(Span, Mention)> {
    let text = ctx.text;
    let inner = q.text(text).trim_end_matches(is_quote_mark);
    if !inner.ends_with([',', '?', '!']) {
        return None;
    }
    let at = ctx.skip_ws(q.end());
    // A quotation may run past its paragraph.
    let line_end = text
        .get(q.end()..para.end())?
        .find('\n')
        .map_or(para.end(), |i| q.end() + i);
    if at >= line_end {
        return None;
    }
    let usable = |m: &Mention| m.kind != MentionKind::Relative && m.span.start() == at;
    if let Some(c) = ctx.cues.iter().find(|c| {
        c.span.start() == at && c.kind == CueKind::Speech && c.form == Form::Finite && !c.negated
    }) {
        let start = ctx.skip_ws(c.span.end());
        let m = mention_after(text, start, line_end).filter(|m| m.span.start() == start)?;
        return (m.kind != MentionKind::Relative).then_some((c.span, m));
    }
    let m = mention_after(text, at, line_end).filter(usable)?;
    let verb = word_after(text, m.span.end(), line_end)?;
    let lower = verb
        .text(text)
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    (lower && text.get(m.span.end()..verb.start())?.trim().is_empty()).then_some((verb, m))
}

fn extend_to_para(paras: &[Span], pi: usize, span: Span) -> Span {
    // Extend to the end of the paragraph in which `span` ends.
    let end = span.end();
    let k = paras.partition_point(|p| p.end() < end);
    match paras.get(k) {
        Some(p) if k >= pi => Span::new(span.start(), p.end().max(end)),
        _ => span,
    }
}

/// Most words of a speaker label before a colon: "Sen. Elizabeth Warren:".
const MAX_LABEL_WORDS: usize = 4;

/// Most words of a title's label with what follows its speaker ("Obama To
/// Asians Worried About U.S. Election:").
const MAX_TITLE_LABEL_WORDS: usize = 8;

/// Prepositions after the speaker in a title's label (matched in lower
/// case, with their spaces).
const TITLE_LABEL_PREPOSITIONS: &[&str] = &[" to ", " at ", " on "];

/// Endings of plural nouns for people that may speak in a title's label
/// ("Historians:", "Insiders:", "Economists:").
const TITLE_GROUP_ENDINGS: &[&str] = &["ians", "ers", "ists"];

/// Whether a title's one-word label names a group of speakers: a
/// capitalised plural of [`lexicon::is_group`] or with an ending of
/// [`TITLE_GROUP_ENDINGS`].
fn title_group(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(|c| c.is_lowercase())
        && lower.ends_with('s')
        && (lexicon::is_group(&lower) || TITLE_GROUP_ENDINGS.iter().any(|e| lower.ends_with(e)))
}

/// `NAME: what they said` — a transcript line or a "Speaker: claim" title,
/// without quotation marks around the content.
fn colon_line(text: &str, para: Span, pq: &[&Quoted], is_title: bool) -> Option<Attribution> {
    let t = para.text(text);
    let colon = t.find(':')?;
    // "EXCLUSIVE – Roger Stone: …": a title's tag before a dash.
    let label_start = if is_title {
        [" – ", " — ", " - "]
            .iter()
            .filter_map(|d| t[..colon].rfind(d).map(|i| i + d.len()))
            .max()
            .unwrap_or(0)
    } else {
        0
    };
    let label = &t[label_start..colon];
    // "Clinton to Planned Parenthood: …", "Mukasey at RNC: …": on a title
    // the speaker may name an addressee, a place or a topic.
    let speaker_len = if is_title {
        let lower = label.to_lowercase();
        TITLE_LABEL_PREPOSITIONS
            .iter()
            .filter_map(|p| lower.find(p))
            .min()
            .unwrap_or(label.len())
    } else {
        label.len()
    };
    let speaker = &label[..speaker_len];
    let label_words: Vec<&str> = label.split_whitespace().collect();
    let speaker_words: Vec<&str> = speaker.split_whitespace().collect();
    if speaker_words.is_empty()
        || speaker_words.len() > MAX_LABEL_WORDS
        || label_words.len() > MAX_TITLE_LABEL_WORDS
        || label.contains([',', '(', '"', '“', '”', '\'', '‘', '’'])
        || lexicon::is_colon_label(&speaker_words[0].to_lowercase())
        || ["The", "A", "An"].contains(&speaker_words[0])
        || t[colon + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let from = para.start() + label_start;
    let speaker_end = from + speaker.trim_end().len();
    let m = match mention_after(text, from, para.start() + colon)
        .filter(|m| m.span.end() == speaker_end && m.span.start() == from)
    {
        Some(m)
            if matches!(
                m.kind,
                MentionKind::Person | MentionKind::Name | MentionKind::Organization
            ) =>
        {
            m
        }
        // "Historians: …", "Insiders: …": a title's group of speakers.
        _ if is_title && speaker_words.len() == 1 && title_group(speaker_words[0]) => {
            Mention::unnamed(Span::new(from, speaker_end), false)
        }
        _ => return None,
    };
    let start = para.start() + colon + 1;
    let start =
        start + (text[start..para.end()].len() - text[start..para.end()].trim_start().len());
    let content = Span::new(start, para.end());
    // A content that is one quotation is left to the quotation frames;
    // a title's content that only opens with one is the whole line
    // ("Ames: ‘No Idea’ If the Plan Works").
    let one_quote = pq.iter().any(|q| {
        q.span.start() == start
            && !(is_title
                && text
                    .get(q.span.end()..para.end())
                    .is_some_and(|rest| rest.trim().contains(char::is_alphabetic)))
    });
    let addressed = speaker_len < label.len();
    if (one_quote && !addressed) || words_upto(text, content, 2).len() < 2 {
        return None;
    }
    Some(Attribution {
        kind: if is_title {
            QuoteKind::Headline
        } else {
            QuoteKind::Indirect
        },
        rule: "speaker-colon-line",
        confidence: 0.6,
        content,
        parts: Vec::new(),
        cue: Some(Span::new(para.start() + colon, para.start() + colon + 1)),
        who: Who::Mention(m),
        dropped: false,
    })
}

/// Short words a title-case headline may leave in lower case.
const HEADLINE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "but", "at", "by", "with", "as",
    "from", "vs", "via", "into", "over", "about", "after", "is", "be",
];

/// Capitalised words that cannot be part of a headline's speaker: function
/// words, question words and auxiliaries ("How Paul Ryan Thinks …", "Ben
/// Carson Defends Himself Against Claims …").
const NOT_HEADLINE_SOURCE: &[&str] = &[
    "a",
    "an",
    "against",
    "for",
    "on",
    "in",
    "of",
    "with",
    "to",
    "from",
    "by",
    "at",
    "about",
    "over",
    "after",
    "before",
    "under",
    "into",
    "and",
    "or",
    "but",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "has",
    "have",
    "had",
    "not",
    "how",
    "why",
    "what",
    "when",
    "where",
    "who",
    "if",
    "as",
    "than",
    "that",
    "this",
    "these",
    "those",
    "here",
    "there",
    "watch",
    "video",
    "himself",
    "herself",
    "itself",
    "themselves",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "do",
    "does",
    "did",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "while",
    "despite",
];

/// Capitalised words that end a headline's content: a new clause
/// ("… Slams Trump On Abortion After Court Ruling").
const HEADLINE_CONTENT_BREAKS: &[&str] = &[
    " After ",
    " While ",
    " Amid ",
    " Despite ",
    " As ",
    " With ",
    " after ",
    " while ",
    " amid ",
];

/// Adverbs between a headline's speaker and its verb: "Trump Just Responded".
const HEADLINE_ADVERBS: &[&str] = &["Just", "Finally", "Now", "Also", "Again", "Reportedly"];

/// Most words of a headline's speaker: "Jeb Bush Super PAC Chief Praises …".
const MAX_HEADLINE_SOURCE_WORDS: usize = 6;

/// `Speaker Says Content` on a title-case title line: the verb is
/// capitalised like every word, so the cue finder (which skips capitalised
/// words as names) does not see it. The speaker is the capitalised noun
/// phrase that opens the title (or the part after a colon or dash), the
/// content what follows the verb up to a comma, dash or a new clause.
fn headline_verb(text: &str, para: Span, pq: &[&Quoted]) -> Option<Attribution> {
    let ws = words(text, para);
    if ws.len() < 3 || ws.len() > 30 {
        return None;
    }
    // Title case: every word but the small ones is capitalised.
    let title_case = ws.iter().all(|w| {
        let t = w.text(text);
        !t.starts_with(|c: char| c.is_lowercase()) || HEADLINE_SMALL_WORDS.contains(&t)
    });
    if !title_case {
        return None;
    }
    for k in 1..ws.len() - 1 {
        let w = ws[k].text(text);
        if !w.starts_with(|c: char| c.is_uppercase()) || w.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let Some(verb) = lexicon::verb(w) else {
            continue;
        };
        let lower = w.to_ascii_lowercase();
        // An inflected finite form ("Says", "Endorses", "Slams"): a bare
        // form ("Call", "Support") or a gerund is too often a noun or a
        // participle; "Accused Of", "Backed By" are passives.
        let next = ws[k + 1].text(text);
        if lower == verb.lemma
            || lower.ends_with("ing")
            || ["By", "Of", "by", "of"].contains(&next)
            || (lexicon::is_noun_form(w, verb.lemma) && lower.ends_with('s'))
                && !matches!(
                    verb.lemma,
                    "call" | "tweet" | "promise" | "pledge" | "vow" | "warn"
                )
        {
            continue;
        }
        // The speaker: from the title start, or after a colon or dash.
        // "Tim Allen Just Got Asked", "Ben Carson Defends Himself": a
        // passive or a reflexive object is no report.
        if [
            "Got", "Gets", "Get", "Was", "Is", "Were", "Are", "Been", "Be",
        ]
        .contains(&ws[k - 1].text(text))
            || ["Himself", "Herself", "Themselves", "Itself"].contains(&next)
        {
            continue;
        }
        let before = &text[para.start()..ws[k].start()];
        let src_start = [": ", " — ", " – ", " - ", " | "]
            .iter()
            .filter_map(|b| before.rfind(b).map(|i| para.start() + i + b.len()))
            .max()
            .unwrap_or(para.start());
        let mut src = words(text, Span::new(src_start, ws[k].start()));
        // "Trump Just Responded": the adverb belongs to the cue.
        let adverb =
            src.len() > 1 && HEADLINE_ADVERBS.contains(&src.last().map_or("", |w| w.text(text)));
        if adverb {
            src.pop();
        }
        if src.is_empty()
            || src.len() > MAX_HEADLINE_SOURCE_WORDS
            || !text[src_start..src[0].start()].trim().is_empty()
            || src.iter().any(|s| {
                let t = s.text(text);
                !t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || NOT_HEADLINE_SOURCE
                        .iter()
                        .any(|n| n.eq_ignore_ascii_case(t))
                    || lexicon::verb(t).is_some()
            })
            || !text[src.last()?.end()..ws[k - usize::from(adverb)].start()]
                .trim()
                .is_empty()
        {
            return None;
        }
        // "Calls For", "Calls Out", "Refers To": the particle belongs to the cue.
        let cue_end = if lexicon::takes_particle(verb.lemma, next) || matches!(next, "Out" | "Up") {
            ws[k + 1].end()
        } else {
            ws[k].end()
        };
        let start = ws
            .iter()
            .find(|x| x.start() >= cue_end)
            .map(|x| x.start())?;
        if !text[cue_end..start].trim().is_empty() {
            return None;
        }
        let rest = &text[start..para.end()];
        let mut end = [", ", "; ", " — ", " – ", " - ", " | "]
            .iter()
            .chain(HEADLINE_CONTENT_BREAKS)
            .filter_map(|b| rest.find(b))
            .min()
            .unwrap_or(rest.len());
        end = rest[..end].trim_end().trim_end_matches(['.', ',']).len();
        let content = Span::new(start, start + end);
        if words_upto(text, content, 1).is_empty()
            || pq.iter().any(|q| q.span.start() == content.start())
        {
            return None;
        }
        let src_span = src[0].cover(*src.last()?);
        let m = mention_after(text, src_span.start(), src_span.end())
            .filter(|m| m.span == src_span)
            .unwrap_or(Mention {
                span: src_span,
                name: None,
                role: None,
                kind: MentionKind::Name,
                gender: Gender::Unknown,
                definite: false,
                antecedent: None,
            });
        return Some(Attribution {
            kind: QuoteKind::Headline,
            rule: "headline-speaker-verb",
            confidence: 0.6,
            content,
            parts: Vec::new(),
            cue: Some(Span::new(
                if adverb {
                    ws[k - 1].start()
                } else {
                    ws[k].start()
                },
                cue_end,
            )),
            who: Who::Mention(m),
            dropped: false,
        });
    }
    None
}

/// A paragraph that is only a dash and a name: "— Sanders." / "- Jane Doe".
fn signature_line(text: &str, para: Span) -> Option<(Span, Mention)> {
    let t = para.text(text);
    let dash = t.chars().next().filter(|c| matches!(c, '—' | '–' | '-'))?;
    let start = para.start() + dash.len_utf8();
    let start =
        start + (text[start..para.end()].len() - text[start..para.end()].trim_start().len());
    let m = mention_after(text, start, para.end())?;
    let rest = text[m.span.end()..para.end()].trim();
    (matches!(rest, "" | ".")
        && matches!(
            m.kind,
            MentionKind::Person | MentionKind::Name | MentionKind::Organization
        ))
    .then(|| (Span::new(para.start(), para.start() + dash.len_utf8()), m))
}

/// A caption line such as "Click to play video: '…' …".
fn is_caption(text: &str, para: Span) -> bool {
    let t = para.text(text);
    t.starts_with("Click to play video") || t.starts_with("WATCH:") || t.starts_with("Watch:")
}

/// Headline forms on title and caption lines.
fn headline(text: &str, para: Span, q: &Quoted, is_title: bool) -> Option<Attribution> {
    // Titles and captions are one paragraph long.
    if !is_title || q.span.end() > para.end() {
        return None;
    }
    let inner = q.inner;
    let inner_text = inner.text(text);
    // 'QUOTE: Speaker' inside the marks.
    if let Some(colon) = inner_text.rfind(": ") {
        let at = inner.start() + colon;
        if let Some(m) = mention_after(text, at + 2, inner.end())
            && m.span.end() == inner.end()
            && (m.name.is_some() || matches!(m.kind, MentionKind::Nominal | MentionKind::Group))
        {
            return Some(Attribution {
                kind: QuoteKind::Headline,
                rule: "headline-quote-colon-speaker",
                confidence: 0.85,
                content: Span::new(inner.start(), at),
                parts: Vec::new(),
                cue: Some(Span::new(at, at + 1)),
                who: Who::Mention(m),
                dropped: false,
            });
        }
    }
    let after = &text[q.span.end()..para.end()];
    // 'QUOTE': Speaker
    if let Some(rest) = after.strip_prefix(':') {
        let start = q.span.end() + 1 + (rest.len() - rest.trim_start().len());
        if let Some(m) = mention_after(text, start, para.end())
            && text[m.span.end()..para.end()].trim().is_empty()
        {
            return Some(Attribution {
                kind: QuoteKind::Headline,
                rule: "headline-quote-colon-speaker",
                confidence: 0.85,
                content: q.span,
                parts: Vec::new(),
                cue: Some(Span::new(q.span.end(), q.span.end() + 1)),
                who: Who::Mention(m),
                dropped: false,
            });
        }
    }
    // “QUOTE” – Speaker
    let trimmed = after.trim_start();
    if let Some(c) = trimmed.chars().next()
        && matches!(c, '—' | '–' | '-')
    {
        let dash = q.span.end() + (after.len() - trimmed.len());
        let start = dash + c.len_utf8();
        let start =
            start + (text[start..para.end()].len() - text[start..para.end()].trim_start().len());
        if let Some(m) = mention_after(text, start, para.end())
            && text[m.span.end()..para.end()].trim().is_empty()
        {
            return Some(Attribution {
                kind: QuoteKind::Headline,
                rule: "headline-quote-dash-speaker",
                confidence: 0.85,
                content: q.span,
                parts: Vec::new(),
                cue: Some(Span::new(dash, dash + c.len_utf8())),
                who: Who::Mention(m),
                dropped: false,
            });
        }
    }
    // Speaker: “QUOTE”
    let before = text[para.start()..q.span.start()].trim_end();
    if let Some(b) = before.strip_suffix(':')
        && text[q.span.end()..para.end()].trim().is_empty()
        && let Some(m) = mention_before(text, para.start() + b.len(), para.start())
        && m.span.start() == para.start()
    {
        let colon = para.start() + b.len();
        return Some(Attribution {
            kind: QuoteKind::Headline,
            rule: "headline-speaker-colon-quote",
            confidence: 0.85,
            content: q.span,
            parts: Vec::new(),
            cue: Some(Span::new(colon, colon + 1)),
            who: Who::Mention(m),
            dropped: false,
        });
    }
    None
}

/// True when a speech cue with a subject precedes `at` in the same sentence
/// and is not negated: the quotation is part of what that cue reports.
/// Bytes before a cue within which its speaker mention must start.
const MENTION_REACH: usize = 400;

/// Cues looked at before a quotation for the clause that reports it.
const MAX_CUES_BEFORE_QUOTE: usize = 4;

fn inside_reported_clause(ctx: &Ctx<'_>, at: usize) -> bool {
    let sent = ctx.sentence_start(at);
    let first = ctx.cues_from(sent);
    let last = ctx.cues_from(at);
    // The nearest cues before the quotation only (a named cap).
    let first = first.max(last.saturating_sub(MAX_CUES_BEFORE_QUOTE));
    ctx.cues[first..last].iter().enumerate().any(|(k, c)| {
        !ctx.used_cues[first + k]
            && c.span.end() <= at
            && c.span.start() >= sent
            && c.form == Form::Finite
            && !c.negated
            && c.kind != CueKind::Cognition
            && (c.kind == CueKind::AccordingTo
                || mention_before(ctx.text, c.span.start(), sent).is_some())
    })
}

/// Most words of the subject between "and" and a second speech verb in
/// [`coordinated_speaker_cut`].
const MAX_COORDINATED_SUBJECT_WORDS: usize = 5;

/// Words that open a share of people ("one in four", "most", "half").
const SHARE_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "most",
    "many", "some", "few", "nearly", "about", "almost", "roughly", "only", "just",
];

/// "S said X, and 60 percent said Y": a reported clause ends before "and"
/// when a new subject and its own (finite) speech verb follow; the second
/// attribution then stands on its own.
fn coordinated_speaker_cut(ctx: &Ctx<'_>, content: Span) -> Span {
    let text = ctx.text;
    let from = ctx.cues_from(content.start());
    for c in &ctx.cues[from..] {
        if c.span.start() >= content.end() {
            break;
        }
        if c.form != Form::Finite || c.negated || c.kind == CueKind::Cognition {
            continue;
        }
        let head = &text[content.start()..c.span.start()];
        // The last "and", "while" or "whereas" before the cue.
        let Some((and, len, contrast)) = [(" and ", false), (" while ", true), (" whereas ", true)]
            .iter()
            .filter_map(|&(w, contrast)| head.rfind(w).map(|i| (i, w.len(), contrast)))
            .max_by_key(|&(i, _, _)| i)
        else {
            continue;
        };
        let subj_start = content.start() + and + len;
        let words = text[subj_start..c.span.start()].split_whitespace().count();
        if words == 0 || words > MAX_COORDINATED_SUBJECT_WORDS {
            continue;
        }
        let subject = mention_before(text, c.span.start(), subj_start)
            .or_else(|| subject_np_before(text, c.span.start(), subj_start));
        if subject.is_none_or(|m| m.span.start() != subj_start) {
            continue;
        }
        // "Congress and Obama agreed": without a comma before "and" only a
        // share of people starts a new clause ("… and 60 percent said").
        let comma = head[..and].trim_end().ends_with(',');
        let share = text[subj_start..c.span.start()]
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                w.starts_with(|ch: char| ch.is_ascii_digit()) || eq_any(w, SHARE_WORDS)
            });
        if !comma && !share && !contrast {
            continue;
        }
        let kept = head[..and].trim_end().trim_end_matches(',').trim_end();
        if kept.split_whitespace().count() >= 2 {
            return Span::new(content.start(), content.start() + kept.len());
        }
    }
    content
}

/// True when `span` lies inside one of the (sorted, top-level) quotations.
pub(super) fn inside_quote(pq: &[&Quoted], span: Span) -> bool {
    let k = pq.partition_point(|q| q.span.start() <= span.start());
    k > 0 && pq[k - 1].span.contains(span)
}

fn is_term(text: &str, para: Span, q: &Quoted) -> bool {
    let n = words(text, q.inner).len();
    // A title or a name in title case (“Orange Is the New Black”, a show,
    // a slogan on a hat), with no frame to report it: the guidelines
    // annotate no title quotes.
    if n <= TERM_MAX_WORDS || is_title_case(text, q.span) {
        return true;
    }
    // “Ferry Board Backs the Levy,” by Ada Penn: a title with its byline.
    if inner_last_char(text, q.span) == Some(',')
        && text[q.span.end()..]
            .strip_prefix(" by ")
            .is_some_and(|t| t.starts_with(char::is_uppercase) || t.starts_with("the "))
    {
        return true;
    }
    // so-called “…”, the book “…”
    let before = text[para.start()..q.span.start()].trim_end();
    let last = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    n <= 8 && TERM_LEADS.iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// Clause openers that end reported content: "…, which the United States deems".
const CONTENT_STOPS: &[&str] = &[
    ", which ",
    ", who ",
    ", amid ",
    ", while ",
    "; ",
    ", although ",
    ", even though ",
    ", even as ",
    ", in which ",
    ", meaning ",
    // The writer's comment on the reported clause: a reason, a comparison
    // or a summary noun ("…, largely because …", "…, just as X did",
    // "…, remarks that were …"; 16 to 5 in PolNeAR gold contents).
    ", largely because ",
    ", partly because ",
    ", in part because ",
    ", just as ",
    ", well above ",
    ", well below ",
    ", remarks that ",
    ", comments that ",
    ", claims that ",
    // The writer's comparison with others who did the same ("…, as has
    // the mayor", "…, as they did last week", "…, as was the case in
    // May"): 8 to 0 in PolNeAR gold contents.
    ", as has ",
    ", as have ",
    ", as had ",
    ", as did ",
    ", as does ",
    ", as do ",
    ", as was the case",
    ", as is the case",
    ", as he did",
    ", as she did",
    ", as they did",
    ", as it did",
    ", as we did",
    ", as he has ",
    ", as she has ",
    ", as it has ",
    ", as they have ",
    ", as some have ",
    ", as many have ",
    ", as others have ",
    // An apposition to the whole clause: "…, a move discouraged by …".
    ", a move ",
    ", a step ",
    ", a sign ",
    ", a nod ",
    ", a reference ",
    ", a signal ",
    ", saying",
    ", adding",
    ", noting",
    ", arguing",
    ", calling",
    ", citing",
    ", telling",
    ", asking",
    ", insisting",
    ", warning",
    ", said ",
    ", says ",
    ", according to ",
    ", compared to ",
    ", compared with ",
    " but did not ",
    " — ",
    " – ",
    " -- ",
    " - ",
];

/// The dash stops of [`CONTENT_STOPS`] with the mark a second dash of the
/// same pair would show ("X -- an aside -- Y", "X—an aside—Y").
const DASH_STOPS: &[(&str, &str)] = &[(" — ", "—"), (" – ", "–"), (" -- ", "--"), (" - ", " - ")];

/// A belief or wish under a modal or a negation stands as the subject's
/// attitude: "Democrats will hope to gain", "Ortiz did not expect to win"
/// (cognition cues are read with `Scope::All` only; speech under a modal
/// or a negation is no speech). Frames that read such a cue as a refusal
/// ("did not want a fight") run before this.
fn attitude_stands(cue: Cue) -> bool {
    cue.kind == CueKind::Cognition
        && cue.form == Form::Finite
        && !cue.passive
        && (cue.hypothetical || cue.negated)
}

/// A cognition cue read as an aside ("the plan, they believe, will work"):
/// no attribution (rule `parenthetical-said` is speech only).
fn cognition_aside(cue: Cue) -> bool {
    cue.kind == CueKind::Cognition
}

/// Words that open the question after "wonder" ("wondered whether …").
const WONDER_OPENERS: &[&str] = &[
    "whether", "if", "why", "how", "what", "who", "when", "where",
];

/// Reported speech from the cues that no quotation used.
fn reported(
    ctx: &mut Ctx<'_>,
    pq: &[&Quoted],
    scope: Scope,
    out: &mut Vec<Attribution>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = ctx.text;
    let mut i = 0;
    while i < ctx.cues.len() {
        let cue = ctx.cues[i];
        i += 1;
        if ctx.used_cues[i - 1] {
            continue;
        }
        if cue.kind == CueKind::Cognition && (scope == Scope::Speech || cue.noun) {
            continue;
        }
        // Skip cues inside quotations.
        if inside_quote(pq, cue.span) {
            continue;
        }
        let sent = ctx.sentence_start(cue.span.start());
        let send = ctx.sentence_end(cue.span.end());
        let body_end = trim_terminal(text, sent, send);
        // "who can support any candidate", "Democrats will hope to …",
        // "Ortiz did not expect to …", "voters don't think she can win": a
        // side or an attitude under a modal or a negation still stands (no
        // refusal: the frames below read it as plain); not after
        // "whether"/"if" ("asked whether he would support Ortiz").
        let after_whether = || {
            text[sent..cue.span.start()]
                .split_whitespace()
                .rev()
                .take(MAX_WHETHER_WORDS)
                .any(|w| eq_any(w, &["whether", "if"]))
        };
        let modal_position = lexicon::is_position(cue.lemma) && !after_whether();
        let cue = if attitude_stands(cue) && !after_whether() {
            Cue {
                hypothetical: false,
                negated: false,
                ..cue
            }
        } else {
            cue
        };
        // "a spokeswoman declined to comment": a refusal, flagged as such.
        if let Some(a) = refused_speech(ctx, cue, sent, body_end) {
            out.push(a);
            continue;
        }
        // S did not respond to CONTENT: a negated cue with an object.
        // Kind `refused`: what was not said is no claim of the speaker's.
        if let Some((content, m)) = object::negated_object(ctx, cue, sent, body_end) {
            let n = out.len();
            push_reported(ctx, pq, out, content, "speaker-did-not-say", cue, m, 0.55);
            mark_refused(out, n);
            continue;
        }
        // S would not say whether CONTENT / S would only say that CONTENT.
        if let Some((content, m, rule)) = object::modal_said(ctx, cue, sent, body_end) {
            let n = out.len();
            push_reported(ctx, pq, out, content, rule, cue, m, 0.5);
            if cue.negated {
                mark_refused(out, n);
            }
            continue;
        }
        if cue.negated || (cue.hypothetical && cue.form == Form::Finite && !modal_position) {
            if let Some(m) = mention_before(text, cue.span.start(), sent) {
                let _ = m;
                diagnostics.push(Diagnostic {
                    kind: DiagnosticKind::NonSpeech,
                    span: cue.span,
                    message: "negated or refused speech is not reported as content".into(),
                });
            }
            continue;
        }
        if cue.kind == CueKind::AccordingTo {
            // Only the writer's connectors before the cue ("But, according
            // to S, …", "In addition, according to S, …"): the content follows.
            let only_connectors = only_connectors(&text[sent..cue.span.start()])
                // "It has not gone unnoticed: according to S, CONTENT."
                || text[sent..cue.span.start()].trim_end().ends_with(':');
            let leading = cue.span.start() <= ctx.skip_ws(sent) + 3 || only_connectors;
            let Some(m) = source_after(text, cue.span.end(), body_end, leading) else {
                continue;
            };
            let after = ctx.skip_ws(m.span.end());
            // "He left after, according to him, the network cut his report":
            // an aside after a subordinator opens the reported clause,
            // which follows it.
            if !leading && let Some(content) = according_aside_clause(ctx, cue, m, body_end) {
                push_reported(ctx, pq, out, content, "according-to", cue, m, 0.6);
                continue;
            }
            let (content, rule) = if ctx.char_at(after) == Some(',')
                && (cue.span.start() <= ctx.skip_ws(sent) + 3 || only_connectors)
            {
                // according to S, CONTENT
                (Span::new(ctx.skip_ws(after + 1), body_end), "according-to")
            } else {
                // CONTENT, according to S.
                let before = text[sent..cue.span.start()].trim_end();
                let before = before.strip_suffix(',').unwrap_or(before);
                let end = sent + before.len();
                let mut start = content_opening(text, sent, end, true);
                // "… (the real figure is 15 percent, according to S)": the
                // content opens inside the parenthesis.
                if let Some(open) = text[start..end].rfind('(')
                    && !text[start + open..end].contains(')')
                {
                    start = ctx.skip_ws(start + open + 1);
                }
                // "Weaver says …, which stood at 263, according to S": after
                // a clause with its own speech verb the source vouches
                // only for the relative clause before it.
                if let Some(rel) = relative_before_according(ctx, start, end) {
                    start = rel;
                }
                (Span::new(start, end), "according-to")
            };
            // CONTENT, according to S, CONTENT: the aside splits the content
            // (S may run to the aside's closing comma or dash: "according to
            // members who spoke with reporters afterward, was …").
            let close = if ctx.char_at(after) == Some(',') {
                Some((after + 1, false))
            } else if content.start() < cue.span.start() {
                aside_source_end(text, m.span.end(), body_end).map(|c| (c, true))
            } else {
                None
            };
            if rule == "according-to"
                && content.start() < cue.span.start()
                && let Some((close, long_source)) = close
                && let Some(tail) = according_tail(ctx, close, body_end, long_source)
            {
                let n = out.len();
                push_reported(ctx, pq, out, tail, "according-to-aside", cue, m, 0.65);
                if out.len() > n
                    && let Some(a) = out.last_mut()
                    && a.content.start() == tail.start()
                {
                    a.parts = vec![content, a.content];
                    a.content = content.cover(a.content);
                }
                continue;
            }
            push_reported(ctx, pq, out, content, rule, cue, m, 0.7);
            continue;
        }
        // As reported by S, CONTENT.
        if let Some((content, m)) = as_reported_by(ctx, cue, sent, body_end) {
            push_reported(ctx, pq, out, content, "as-reported-by", cue, m, 0.7);
            continue;
        }
        // S went to the podium to say CONTENT.
        if let Some((content, m)) = object::infinitive_said(ctx, cue, sent, body_end) {
            push_reported(ctx, pq, out, content, "infinitive-said", cue, m, 0.5);
            continue;
        }
        // "It was revealed that CONTENT": a passive with the expletive "it"
        // reports a clause and names nobody.
        if let Some(content) = expletive_passive(ctx, cue, sent, body_end) {
            out.push(Attribution {
                kind: QuoteKind::Indirect,
                rule: "it-was-said-that",
                confidence: 0.5,
                content,
                parts: Vec::new(),
                cue: Some(cue.span),
                who: Who::Nobody,
                dropped: false,
            });
            continue;
        }
        // His comments were derided by S / a practice criticized by S.
        if let Some((content, m)) = object::passive_by_agent(ctx, cue, sent, body_end) {
            push_reported(ctx, pq, out, content, "passive-by-agent", cue, m, 0.5);
            continue;
        }
        // "spoke of X": a direct-only verb with its preposition reports content.
        let with_particle = cue.span.end() > cue.verb.end();
        // "wondered whether the pier would close": with `Scope::All` a
        // question put to oneself is an attitude.
        let wonders = scope == Scope::All
            && cue.lemma == "wonder"
            && text[cue.span.end()..body_end]
                .split_whitespace()
                .next()
                .is_some_and(|w| eq_any(w, WONDER_OPENERS));
        if cue.form == Form::Infinitive
            || cue.passive
            || (lexicon::direct_only(cue.lemma) && !with_particle && !wonders)
        {
            continue;
        }
        // "his promise to build a wall": a possessor and a noun-form cue
        // with its infinitive.
        if let Some((content, m)) = possessive_noun_to(ctx, cue, sent, body_end) {
            push_reported(ctx, pq, out, content, "possessive-noun-to", cue, m, 0.55);
            continue;
        }
        // “The goal, he said, is to …”: the content in two parts around
        // the attribution.
        if cue.form == Form::Finite
            && let Some((head, tail, m)) = parenthetical(ctx, cue, sent, body_end)
        {
            // "It was, I think, a mistake": a parenthetical belief is a
            // hedge, which the annotators leave.
            if cognition_aside(cue) {
                continue;
            }
            let n = out.len();
            if tail.is_empty() {
                push_reported(ctx, pq, out, head, "parenthetical-said", cue, m, 0.65);
                continue;
            }
            push_reported(ctx, pq, out, tail, "parenthetical-said", cue, m, 0.65);
            if out.len() > n
                && let Some(a) = out.last_mut()
                && a.content.start() == tail.start()
            {
                a.parts = vec![head, a.content];
                a.content = head.cover(a.content);
            }
            continue;
        }
        // "While critics argue that X, Y": the cue's clause ends at its comma.
        let body_end = fronted_clause_end(ctx, sent, cue, body_end);
        // S sees X as Y: a verb of regarding (`Scope::All`) takes only
        // this frame.
        let sees_as = cue.is_sees_as();
        // S said (that) CONTENT
        if cue.form == Form::Finite
            && let Some((content, rule, m)) = said_that(ctx, cue, sent, body_end)
        {
            let rule = if sees_as { "sees-as" } else { rule };
            // "Clinton maintains a wide lead": not speech without a clause.
            if lexicon::clause_only(cue.lemma) && !opens_clause(&text[content.start()..]) {
                continue;
            }
            let cut = object::object_end(text, cue, content);
            // "Asked if the board was discussing X, S said, “…”": a clause
            // the quotation would have cut away stays away when only the
            // object cut left it standing.
            if cut != content && object::embedded_question(text, m) {
                continue;
            }
            let content = coordinated_speaker_cut(ctx, cut);
            let n = out.len();
            push_reported(ctx, pq, out, content, rule, cue, m, 0.7);
            // "which … will go into effect", "…, which critics said was
            // unfair": the relative pronoun stands for the gap in the
            // content and is its first part.
            if out.len() > n
                && let Some(rel) = relative_object(text, sent, m.span.start(), content)
                && let Some(a) = out.last_mut()
                && a.content.start() == content.start()
                && a.parts.is_empty()
            {
                a.parts = vec![rel, a.content];
                a.content = rel.cover(a.content);
            }
            continue;
        }
        // Many speakers at the service — including … — said CONTENT.
        if let Some((content, m)) = object::long_subject_said(ctx, cue, sent, body_end) {
            let rule = if sees_as {
                "sees-as"
            } else {
                "long-subject-said"
            };
            push_reported(ctx, pq, out, content, rule, cue, m, 0.55);
            continue;
        }
        // Harbour pilots, including ours, warned that CONTENT.
        if let Some((content, m)) = object::aside_subject_said(ctx, cue, sent, body_end) {
            let rule = if sees_as {
                "sees-as"
            } else {
                "aside-subject-said"
            };
            push_reported(ctx, pq, out, content, rule, cue, m, 0.55);
            continue;
        }
        // "…, but views Quist as a threat": the subject of the first verb.
        if sees_as {
            if cue.form == Form::Finite
                && after_conjunction(text, sent, cue.span.start())
                && let Some(m) = previous_speaker(out, sent, cue.span.start())
                    .or_else(|| sentence_subject(ctx, sent, cue.span.start()))
                && let Some(content) = content_after_cue(ctx, cue, body_end)
            {
                push_reported(ctx, pq, out, content, "sees-as", cue, m, 0.55);
            }
            continue;
        }
        // The proposal calls for CONTENT.
        if let Some((content, m)) = object::particle_noun_form(ctx, cue, sent, body_end) {
            push_reported(ctx, pq, out, content, "noun-phrase-calls-for", cue, m, 0.6);
            continue;
        }
        // Exit polling from the state showed CONTENT.
        if let Some((content, m)) = object::evidence_subject(ctx, cue, sent, body_end) {
            push_reported(ctx, pq, out, content, "evidence-shows", cue, m, 0.6);
            continue;
        }
        // S is calling for CONTENT: a progressive cue with its object.
        if let Some((content, m)) = object::progressive(ctx, cue, sent, body_end) {
            push_reported(ctx, pq, out, content, "speaker-is-saying", cue, m, 0.65);
            continue;
        }
        // S did X and said (that) CONTENT: the subject of the first verb.
        if cue.form == Form::Finite
            && cue.kind != CueKind::ThatClause
            && !coordinated_noun(text, cue)
            && after_conjunction(text, sent, cue.span.start())
            && let Some(m) = previous_speaker(out, sent, cue.span.start())
                .or_else(|| innermost_subject(ctx, sent, cue.span.start(), INNER_CLAUSE_OPENERS))
            && let Some(content) = content_after_cue(ctx, cue, body_end)
        {
            let content = object::object_end(text, cue, content);
            push_reported(ctx, pq, out, content, "coordinated-verb", cue, m, 0.6);
            continue;
        }
        // CONTENT, S said.  /  CONTENT, said S.
        let before = text[sent..cue.span.start()].trim_end();
        let tail_end = body_end;
        if cue.form == Form::Finite {
            // “…, S said”: the mention sits between the comma and the cue
            // (looked for only as far back as a mention can reach).
            let window = floor_boundary(
                text,
                cue.span.start().saturating_sub(MENTION_REACH).max(sent),
            ) - sent;
            if let Some(comma) = before
                .get(window..)
                .and_then(|b| b.rfind(','))
                .map(|c| c + window)
            {
                let m_start = ctx.skip_ws(sent + comma + 1);
                // "Nearly 120,000 people showed up": a thousands separator.
                let in_number = text[..sent + comma].ends_with(|c: char| c.is_ascii_digit())
                    && text[sent + comma + 1..].starts_with(|c: char| c.is_ascii_digit());
                // "…, the editorial board writes.": any plain noun phrase
                // right after the comma is the subject.
                let m = mention_before(text, cue.span.start(), m_start)
                    .or_else(|| subject_np_before(text, cue.span.start(), m_start))
                    .filter(|m| m.span.start() == m_start && !in_number);
                let content = Span::new(
                    content_opening(text, sent, sent + comma, false),
                    sent + comma,
                );
                // "…, he told the court in his filing.": the addressee of
                // "told" comes before the closing adjunct.
                let tail_start = ctx.skip_ws(cue.span.end());
                let tail_start = if cue.lemma == "tell"
                    && let Some(obj) = mention_after(text, tail_start, tail_end)
                        .filter(|o| o.span.start() == tail_start)
                {
                    obj.span.end()
                } else {
                    cue.span.end()
                };
                let tail_ok = comma_frame_tail(&text[tail_start..tail_end]);
                if let Some(m) = m
                    && tail_ok
                    && !adjunct_only(text, content)
                {
                    push_reported(
                        ctx,
                        pq,
                        out,
                        content,
                        "content-comma-speaker-said",
                        cue,
                        m,
                        0.65,
                    );
                    continue;
                }
                // "…, a study by the Rural Schools Council found.": an
                // evidence noun phrase no mention reader takes.
                if tail_ok
                    && comma_frame_closes(&text[cue.span.end()..tail_end])
                    && !in_number
                    && !adjunct_only(text, content)
                    && let Some(m) = object::trailing_evidence_subject(text, cue, m_start)
                {
                    let content = Span::new(
                        colon_head_end(text, content.start(), content.end()),
                        content.end(),
                    );
                    push_reported(ctx, pq, out, content, "evidence-shows", cue, m, 0.6);
                    continue;
                }
                // "…, as the Times reported on Tuesday.", "…, current and
                // former officials said.": "as" before the speaker, or a
                // plain noun phrase no mention reader takes.
                if tail_ok
                    && comma_frame_closes(&text[cue.span.end()..tail_end])
                    && !in_number
                    && cue.is_plain_speech()
                    && !adjunct_only(text, content)
                    && let Some((m, rule)) = comma_frame_speaker(ctx, m_start, cue)
                {
                    push_reported(ctx, pq, out, content, rule, cue, m, 0.6);
                    continue;
                }
            }
            // “…, said S.”
            if before.ends_with(',')
                && let Some(m) = mention_after(text, cue.span.end(), tail_end)
                && (text[m.span.end()..tail_end].split_whitespace().count() <= 4
                    || text[m.span.end()..tail_end].starts_with(','))
                && (m.kind != MentionKind::Pronoun
                    || inverted_pronoun_ends(text, m.span.end(), tail_end))
            {
                let end = sent + before.len() - 1;
                let content = Span::new(content_opening(text, sent, end, false), end);
                push_reported(
                    ctx,
                    pq,
                    out,
                    content,
                    "content-comma-speaker-said",
                    cue,
                    m,
                    0.65,
                );
                continue;
            }
        }
        // "…, with 30 percent of voters saying they …", "despite polls
        // showing …": the noun phrase after "with" is the source.
        if cue.form == Form::Gerund
            && let Some(m) = with_subject(ctx, sent, cue)
        {
            let content = participle_content(ctx, cue, body_end);
            if words_upto(text, content, 1).len() == 1 {
                push_reported(ctx, pq, out, content, "with-gerund", cue, m, 0.55);
            }
            continue;
        }
        // "Noting that X, S said …", "After suggesting that X, S …": a
        // participle clause opening the sentence has the main clause's
        // subject, after the comma that ends it.
        if let Some((content, m)) = fronted_gerund(ctx, cue, sent, body_end) {
            push_reported(ctx, pq, out, content, "fronted-gerund", cue, m, 0.55);
            continue;
        }
        // "… by saying …", "… while arguing …", "… after telling …": the
        // participle after a preposition has the sentence's subject ("after
        // finding no trace" reports nothing).
        if cue.form == Form::Gerund
            && cue.span.start() == cue.verb.start()
            && cue.lemma != "find"
            && before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|p| PREPOSITION_GERUND_LEADS.contains(&p))
            && before.len() == text[sent..cue.span.start()].trim_end().len()
            && let Some(m) = previous_speaker(out, sent, cue.span.start())
                .or_else(|| innermost_subject(ctx, sent, cue.span.start(), INNER_CLAUSE_OPENERS))
            && plausible_subject(m.span.text(text))
        {
            let content = participle_content(ctx, cue, body_end);
            if words_upto(text, content, 1).len() == 1 {
                push_reported(ctx, pq, out, content, "preposition-gerund", cue, m, 0.5);
            }
            continue;
        }
        // "…, calling him a “stiff” and accusing him of …": a participle
        // coordinated with an earlier participle clause of the sentence has
        // its subject.
        if cue.form == Form::Gerund
            && cue.span.start() == cue.verb.start()
            && before.ends_with(" and")
            && let Some(m) =
                previous_gerund_speaker(out, sent, cue.span.start(), text).or_else(|| {
                    participle_clause_before(&text[sent..cue.span.start()])
                        .then(|| sentence_subject(ctx, sent, cue.span.start()))
                        .flatten()
                        .filter(|m| plausible_subject(m.span.text(text)))
                })
        {
            let content = participle_content(ctx, cue, body_end);
            if words_upto(text, content, 1).len() == 1 {
                push_reported(ctx, pq, out, content, "coordinated-gerund", cue, m, 0.5);
            }
            continue;
        }
        // NP VERB-ing CONTENT: a reduced relative with its noun phrase.
        if !before.ends_with(',')
            && let Some((content, m)) = object::np_gerund(ctx, cue, sent, body_end)
        {
            push_reported(ctx, pq, out, content, "np-gerund", cue, m, 0.5);
            continue;
        }
        // “…, saying …”: the speaker of the clause before, or the sentence's subject.
        if cue.form == Form::Gerund
            && (before
                .trim_end_matches(|c| COMMA_CLOSERS.iter().any(|m| m.starts_with(c)))
                .ends_with(',')
                // "… the accusations — saying …": a dash opens the participle.
                || before.ends_with(['—', '–']))
            && let Some(m) = said_before_comma(ctx, sent, sent + before.len())
                .or_else(|| previous_speaker(out, sent, cue.span.start()))
                .or_else(|| innermost_subject(ctx, sent, cue.span.start(), MAIN_CLAUSE_OPENERS))
        {
            let content = participle_content(ctx, cue, body_end);
            if words_upto(text, content, 2).len() >= 2 {
                push_reported(ctx, pq, out, content, "gerund-same-speaker", cue, m, 0.6);
            }
        }
    }
}

/// Not a coordinated speech verb: "Rep. Ortiz and state Sen. Feld", "the
/// governor and state party officials" (the bare noun "state").
fn coordinated_noun(text: &str, cue: Cue) -> bool {
    cue.lemma == "state" && lexicon::is_noun_form(cue.verb.text(text), cue.lemma)
}

/// Verbs that turn a following "to" + speech verb into a refusal.
const REFUSAL_VERBS: &[&str] = &[
    "declined",
    "declines",
    "decline",
    "declining",
    "refused",
    "refuses",
    "refuse",
    "refusing",
];

/// Words after a refused verb that start an adjunct, not its object
/// ("declined to comment for this article", "refused to answer on
/// Tuesday").
const REFUSAL_ADJUNCTS: &[&str] = &[
    "for",
    "as",
    "after",
    "before",
    "in",
    "at",
    "until",
    "during",
    "on",
    "to",
    "since",
    "because",
    "through",
    "amid",
    "again",
    "further",
    "publicly",
    "directly",
    "and",
    "but",
    "or",
    "yesterday",
    "today",
];

/// Adverbs and auxiliaries a refusal cue takes in ("has also declined").
const REFUSAL_FILLERS: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "again",
    "still",
    "repeatedly",
    "previously",
    "later",
    "reportedly",
    "then",
];

/// `S declined to comment`, `S refused to say whether …`: the refusal verb
/// (with its auxiliaries and adverbs) is the cue and the infinitive clause,
/// "to" included, the content, as the annotators mark it; when the refused
/// speech verb has an object, the verb joins the cue and the object is the
/// content. Speech verbs only: "refused to sign the bill" is an act, not
/// speech.
fn refused_speech(ctx: &Ctx<'_>, cue: Cue, sent: usize, body_end: usize) -> Option<Attribution> {
    let text = ctx.text;
    if !(cue.negated && cue.form == Form::Infinitive && cue.kind == CueKind::Speech) {
        return None;
    }
    let before = text[sent..cue.span.start()].trim_end();
    let to_at = before.strip_suffix("to")?.trim_end();
    let to = sent + before.len() - "to".len();
    let verb = to_at.rsplit(char::is_whitespace).next().unwrap_or("");
    if !REFUSAL_VERBS.contains(&verb) {
        return None;
    }
    let verb_at = to_at.len() - verb.len();
    let mut start = sent + verb_at;
    while let Some(p) = text[sent..start]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .filter(|p| !p.is_empty() && REFUSAL_FILLERS.contains(p))
    {
        start = sent + text[sent..start].trim_end().len() - p.len();
    }
    let m = mention_before(text, start, sent).or_else(|| subject_np_before(text, start, sent))?;
    let refusal = Span::new(start, sent + to_at.len());
    let adjunct = |w: &str| eq_any(w, REFUSAL_ADJUNCTS) || lexicon::is_weekday(w);
    let mut after = ctx.skip_ws(cue.span.end());
    let mut cue_end = cue.span.end();
    // "declined to comment on the report": the preposition is the cue's.
    if let Some(p) = word_after(text, after, body_end).filter(|p| {
        p.start() == after
            && eq_any(p.text(text), &["on", "about"])
            && matches!(cue.lemma, "comment" | "elaborate" | "speculate")
    }) && word_after(text, p.end(), body_end)
        .is_some_and(|n| !adjunct(n.text(text)) && !n.text(text).ends_with("day"))
    {
        cue_end = p.end();
        after = ctx.skip_ws(p.end());
    }
    let object = word_after(text, after, body_end)
        .filter(|w| w.start() == after)
        .is_some_and(|w| {
            let w = w.text(text);
            // "refused to say when …" asks; "declined to comment when
            // asked" does not.
            !(adjunct(w)
                || (w.eq_ignore_ascii_case("when")
                    && matches!(cue.lemma, "comment" | "answer" | "respond" | "speak")))
        })
        || ctx.char_at(after).is_some_and(is_quote_mark);
    // "declined to comment (for this article)": the infinitive;
    // "refused to discuss the matter": the object, the verb in the cue.
    let (cue_span, content) = if object {
        let content = Span::new(after, cut_content(text, after, body_end));
        (refusal.cover(Span::new(cue.span.start(), cue_end)), content)
    } else {
        (refusal, Span::new(to, cue.verb.end()))
    };
    let content = if m.kind == MentionKind::Relative {
        relative_aside_end(text, content)
    } else {
        content
    };
    (!content.is_empty() && content.end() <= ctx.para.end()).then_some(Attribution {
        kind: QuoteKind::Refused,
        rule: "refused-speech",
        confidence: 0.6,
        content,
        parts: Vec::new(),
        cue: Some(cue_span),
        who: Who::Mention(m),
        dropped: false,
    })
}

/// Relative pronouns that may stand for a gap in the reported clause.
const GAP_RELATIVES: &[&str] = &["which", "that", "what", "who", "whom"];

/// Prepositions before a relative pronoun ("in which he said …"): the
/// pronoun is then an adjunct of the cue's clause, not part of the content.
const PREPOSITIONS_BEFORE_RELATIVE: &[&str] = &[
    "in", "of", "to", "for", "with", "on", "at", "by", "from", "about", "as", "than", "under",
    "during",
];

/// First words of a complete reported clause (a subject, a complementizer
/// or a determiner): after them the relative pronoun is not the content's.
const COMPLETE_CLAUSE_OPENERS: &[&str] = &[
    "that", "he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her",
    "their", "its", "this", "these", "those", "if", "whether",
];

/// The relative pronoun right before the speaker mention whose gap the
/// content has ("a bill which critics said was unfair", "what aides
/// estimated were 100,000 cases"): the annotators make it the content's
/// first part (29 gains, 8 losses in PolNeAR). Not after a preposition
/// (but "about what aides call …"), and not when the content opens a
/// complete clause (after "what" and "which": a complementizer) or, after
/// "that", a quotation.
fn relative_object(text: &str, sent: usize, mention: usize, content: Span) -> Option<Span> {
    let before = text.get(sent..mention)?.trim_end();
    let (head, rel) = before.rsplit_once(' ')?;
    if !GAP_RELATIVES.contains(&rel) {
        return None;
    }
    let prev = head.rsplit(' ').next().unwrap_or("");
    // "about what critics call …": "what" heads the whole free relative,
    // so the preposition before it is no obstacle.
    if rel != "what"
        && PREPOSITIONS_BEFORE_RELATIVE
            .iter()
            .any(|p| p.eq_ignore_ascii_case(prev))
    {
        return None;
    }
    let body = content.text(text);
    // "which he called “a disgrace”": the quoted words fill the gap too;
    // after "that" a quotation opens a clause of its own.
    if rel == "that" && body.starts_with(is_quote_mark) {
        return None;
    }
    let first = body.split([' ', ',']).next().unwrap_or("");
    // "which he said the city could not afford": after "what" and "which"
    // a clause with its own subject still has its gap (at its end); only a
    // complementizer opens a complete clause.
    let openers: &[&str] = if matches!(rel, "what" | "which") {
        &["that", "if", "whether"]
    } else {
        COMPLETE_CLAUSE_OPENERS
    };
    if openers.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return None;
    }
    let start = sent + head.len() + 1;
    Some(Span::new(start, start + rel.len()))
}

/// Subordinators that open a sentence-initial clause ("While critics argue
/// …, the senator …"), longest first.
const FRONTED_SUBORDINATORS: &[&str] = &[
    "for someone who",
    "even though",
    "even as",
    "even if",
    "although",
    "whenever",
    "because",
    "though",
    "despite",
    "before",
    "unless",
    "while",
    "since",
    "after",
    "until",
    "when",
    "once",
    "if",
    "as",
];

/// Connectors that may stand before a fronted subordinator ("But while …",
/// "And, although …").
const FRONTED_CONNECTORS: &[&str] = &["but", "and", "yet", "so", "still", "now"];

/// Where the reported clause of a cue inside a sentence-initial subordinate
/// clause ends: at the first comma after its content ("While critics argue
/// that trading prisoners invites kidnappings, the president has …"). The
/// annotators end the content there (46 to 2 in PolNeAR). Only when no
/// comma stands between the subordinator and the cue (the clause is still
/// open) and the content does not start with a comma ("As the paper
/// reported, …"). A comma inside a quotation that goes on is skipped.
fn fronted_clause_end(ctx: &Ctx<'_>, sent: usize, cue: Cue, body_end: usize) -> usize {
    let text = ctx.text;
    let lead = text.get(ctx.skip_ws(sent)..cue.span.start()).unwrap_or("");
    let mut rest = lead;
    if let Some(w) = rest.split([' ', ',']).next()
        && FRONTED_CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w))
    {
        rest = rest[w.len()..].trim_start_matches(',').trim_start();
    }
    let Some(sub) = FRONTED_SUBORDINATORS.iter().find(|s| {
        rest.get(..s.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(s))
            && rest[s.len()..].starts_with(' ')
    }) else {
        return body_end;
    };
    if rest[sub.len()..].contains([',', ';', ':']) {
        return body_end;
    }
    let from = ctx.skip_ws(cue.span.end());
    if from >= body_end || matches!(ctx.char_at(from), Some(',' | ':')) {
        return body_end;
    }
    let Some(tail) = text.get(from..body_end) else {
        return body_end;
    };
    for (i, _) in tail.match_indices(',') {
        let comma = from + i;
        let after = text[comma + 1..body_end].trim_start_matches(['"', '”', '’', '\'']);
        let closed = body_end - after.len();
        let k = ctx.skip.partition_point(|q| q.start() <= comma);
        if k > 0 && ctx.skip[k - 1].end() > closed {
            continue;
        }
        if text[from..comma].trim().is_empty() || !after.starts_with(' ') {
            continue;
        }
        return comma;
    }
    body_end
}

/// Words that may follow an inverted pronoun speaker ("…, said he on
/// Tuesday"): a preposition or a day. Any other word makes the pronoun the
/// subject of a clause of its own ("…, said she became pregnant").
const AFTER_INVERTED_PRONOUN: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "of",
    "to",
    "with",
    "from",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "later",
    "again",
];

/// True when an inverted pronoun speaker ending at `at` ends the clause.
fn inverted_pronoun_ends(text: &str, at: usize, end: usize) -> bool {
    let rest = text[at..end].trim_start();
    rest.is_empty()
        || rest.starts_with([',', ';', ':', '.', '(', '—', '–'])
        || rest.split_whitespace().next().is_some_and(|w| {
            AFTER_INVERTED_PRONOUN
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
                || is_day_word(w)
        })
}

/// Words that cannot stand in the noun phrase between "with" and its
/// participle: prepositions other than "of" and "in", auxiliaries,
/// relatives, object pronouns ("with other savings to avoid adding", "with
/// those voters could be a warning", "with her in what some are …").
const NOT_WITH_SUBJECT: &[&str] = &[
    "on", "at", "to", "for", "from", "by", "about", "after", "before", "during", "than", "as",
    "into", "could", "would", "should", "will", "can", "may", "might", "must", "be", "is", "are",
    "was", "were", "has", "have", "had", "what", "whom", "whose", "him", "her", "them", "us", "me",
    "he", "she", "they", "we", "i",
];

/// Not a one-word subject guess that is a number, an adverb or a dateline
/// ("Two …", "Relentlessly …", "MANCHESTER").
fn plausible_subject(m: &str) -> bool {
    m.contains(' ')
        || !(m.ends_with("ly")
            || (m.len() > 1 && m.bytes().all(|b| b.is_ascii_uppercase()))
            || [
                "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                "Public", "Court", "It",
            ]
            .contains(&m))
}

/// The speaker of an earlier participle attribution in this sentence
/// ("…, calling him …" before "and accusing him …").
fn previous_gerund_speaker(
    out: &[Attribution],
    sent: usize,
    at: usize,
    text: &str,
) -> Option<Mention> {
    out.iter()
        .rev()
        .take(MAX_LOOKBACK)
        .filter(|a| a.content.start() >= sent && a.content.start() < at)
        .find_map(|a| match (a.who, a.cue) {
            (Who::Mention(m), Some(c)) if c.text(text).ends_with("ing") => Some(m),
            _ => None,
        })
}

/// A ", VERB-ing" participle clause in `head` (a sentence up to a cue):
/// "Cruz attacked Trump, casting him as …".
fn participle_clause_before(head: &str) -> bool {
    head.match_indices(", ").any(|(i, _)| {
        head[i + 2..].split(' ').next().is_some_and(|w| {
            w.len() > 4
                && w.ends_with("ing")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !PREPOSITION_GERUNDS.contains(&w)
        })
    })
}

/// Prepositions before a participle that opens the sentence: "After
/// saying …, S …", "In describing …, S …", "In addition to stating …".
const FRONTED_GERUND_LEADS: &[&str] = &[
    "after",
    "while",
    "since",
    "in",
    "by",
    "before",
    "upon",
    "on",
    "when",
    "besides",
    "in addition to",
    "instead of",
    "rather than",
];

/// Connectors that may open a sentence before a fronted participle clause.
const FRONTED_GERUND_CONNECTORS: &[&str] = &["but", "and", "yet", "so", "even", "still"];

/// Most words of a fronted participle clause's content.
const MAX_FRONTED_GERUND_WORDS: usize = 40;

/// `Noting that X, S said …`, `After suggesting on Wednesday that X, S
/// …`, `In describing X, S …`: a participle of saying that opens the
/// sentence, alone or after a preposition, has the main clause's subject,
/// which follows the comma that ends the participle clause (rule
/// `fronted-gerund`). The content runs from the participle's object to
/// that comma.
fn fronted_gerund(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    // "Since announcing …": the cue finder reads "since" as an adverb of
    // the cue; here it is the preposition before the participle.
    let prefix = text.get(cue.span.start()..cue.verb.start())?.trim();
    if cue.form != Form::Gerund
        || !(prefix.is_empty() || prefix.eq_ignore_ascii_case("since"))
        || !cue.is_plain_speech()
        || cue.lemma == "find"
    {
        return None;
    }
    let open = ctx.skip_ws(sent);
    let mut lead = text.get(open..cue.verb.start())?.trim_end();
    if let Some(w) = lead.split(' ').next()
        && w.len() < lead.len()
        && FRONTED_GERUND_CONNECTORS
            .iter()
            .any(|c| c.eq_ignore_ascii_case(w))
    {
        lead = lead[w.len()..].trim_start();
    }
    let lead_ok = if lead.is_empty() {
        cue.verb.text(text).starts_with(char::is_uppercase)
    } else {
        FRONTED_GERUND_LEADS
            .iter()
            .any(|l| l.eq_ignore_ascii_case(lead))
    };
    if !lead_ok {
        return None;
    }
    // The whole sentence: a fronted subordinator ("While saying …") has
    // cut the caller's body at the comma this frame looks past.
    let body_end = trim_terminal(text, sent, ctx.sentence_end(cue.span.end())).max(body_end);
    let start = content_start(ctx, cue, body_end);
    if start >= body_end || matches!(ctx.char_at(start), Some(',' | ':' | ';')) {
        return None;
    }
    for (i, _) in text[start..body_end].match_indices(',') {
        let comma = start + i;
        // A comma inside a quotation ends nothing.
        let after = text[comma + 1..body_end].trim_start_matches(['"', '”', '’', '\'']);
        let closed = body_end - after.len();
        let k = ctx.skip.partition_point(|q| q.start() <= comma);
        if k > 0 && ctx.skip[k - 1].end() > closed {
            continue;
        }
        let content = Span::new(start, comma);
        let n = words_upto(text, content, MAX_FRONTED_GERUND_WORDS + 1).len();
        if n == 0 || n > MAX_FRONTED_GERUND_WORDS {
            return None;
        }
        if let Some(m) = clause_subject_at(ctx, comma + 1, body_end) {
            // "Reading from a prepared text, …": no object, no content.
            let first = words_upto(text, content, 1);
            if adjunct_only(text, content)
                || first
                    .first()
                    .is_some_and(|w| eq_any(w.text(text), &["from", "among"]))
            {
                return None;
            }
            // "…, which …", "…, while …" end it as they end any content.
            let content = Span::new(start, cut_content(text, start, comma));
            return Some((content, m));
        }
    }
    None
}

/// Prepositions whose participle has the sentence's subject: "by saying",
/// "while arguing", "after telling", "before announcing".
const PREPOSITION_GERUND_LEADS: &[&str] = &["by", "while", "after", "before"];

/// Most words of the noun phrase between "with" and its participle.
const MAX_WITH_SUBJECT_WORDS: usize = 8;

/// The subject of an absolute participle clause: "with NP VERB-ing",
/// "despite NP VERB-ing" ("with many voters saying …", "despite polls
/// showing …"). The noun phrase runs from the preposition to the cue, with
/// no punctuation inside.
fn with_subject(ctx: &Ctx<'_>, sent: usize, cue: Cue) -> Option<Mention> {
    let text = ctx.text;
    let from = floor_boundary(text, cue.span.start().saturating_sub(120).max(sent));
    let before = &text[from..cue.span.start()];
    let ws = words(text, Span::new(from, cue.span.start()));
    // The last "with"/"despite" before the cue, with only the phrase after it.
    let k = ws.iter().rposition(|w| {
        let t = w.text(text);
        t.eq_ignore_ascii_case("with") || t.eq_ignore_ascii_case("despite")
    })?;
    let np = &ws[k + 1..];
    if np.is_empty() || np.len() > MAX_WITH_SUBJECT_WORDS {
        return None;
    }
    let np_span = np[0].cover(*np.last()?);
    let inside = &text[np_span.start()..np_span.end()];
    if inside.contains([',', ';', ':', '(', ')', '"', '“', '”', '—', '–'])
        || !text[np_span.end()..cue.span.start()].trim().is_empty()
        || !text[ws[k].end()..np_span.start()].trim().is_empty()
        || before.is_empty()
    {
        return None;
    }
    // "with her husband, saying": no; "with reporters after saying" or a
    // verb inside the phrase ("with Trump leading and Cruz saying"): no.
    // "with the economy adding jobs", "with all precincts reporting":
    // verbs that read as counts; an auxiliary ("with what others are
    // saying") makes the cue a finite verb; "his boss in endorsing": a
    // preposition ends no subject.
    let last = np.last()?.text(text).to_ascii_lowercase();
    if matches!(cue.lemma, "report" | "add")
        || cue.span.start() != cue.verb.start()
        || NOT_WITH_SUBJECT.contains(&last.as_str())
        || ["in", "of", "the", "a", "an"].contains(&last.as_str())
    {
        return None;
    }
    if np.iter().any(|w| {
        let t = w.text(text);
        NOT_WITH_SUBJECT.contains(&t)
            || is_day_word(t)
            || lexicon::verb(t).is_some()
            || (t.len() > 4 && t.ends_with("ing"))
            || [
                "and", "or", "but", "who", "which", "that", "after", "before", "while", "when",
            ]
            .contains(&t)
    }) {
        return None;
    }
    Some(
        mention_after(text, np_span.start(), np_span.end())
            .filter(|m| m.span == np_span)
            .unwrap_or(Mention {
                span: np_span,
                name: None,
                role: None,
                kind: MentionKind::Group,
                gender: Gender::Unknown,
                definite: np[0].text(text).eq_ignore_ascii_case("the"),
                antecedent: None,
            }),
    )
}

/// Auxiliaries of a passive "asked": "Sanders was asked whether …".
const ASKED_AUXILIARIES: &[&str] = &["was", "were", "been", "being", "is", "are", "be", "got"];

/// Phrases that end the question of an "asked" frame: "Asked about it
/// during the debate, …", "when asked about the plan in an interview".
const ASKED_CONTENT_STOPS: &[&str] = &[
    ",",
    ";",
    ":",
    "?",
    " — ",
    " – ",
    " - ",
    " -- ",
    "\n",
    " during ",
    " in an interview",
];

/// Words that open the question after "asked": "asked whether …",
/// "asked to name …".
const ASKED_OPENERS: &[&str] = &[
    "whether", "if", "why", "what", "how", "who", "whom", "which", "where", "when", "to",
];

/// Words that open an adjunct between "asked" and its question: "asked on
/// Monday whether", "asked last month about", "asked during a debate if".
const ASKED_ADJUNCT_OPENERS: &[&str] = &[
    "on",
    "at",
    "in",
    "during",
    "last",
    "later",
    "again",
    "repeatedly",
    "directly",
    "earlier",
];

/// Most words between "asked" and the question word.
const MAX_ASKED_ADJUNCT_WORDS: usize = 8;

/// Most words of the question an "asked" frame reports.
const MAX_ASKED_WORDS: usize = 30;

/// `Asked about X, S said …` / `When asked whether X, …` / `S was asked
/// about X`: the question itself is reported content whose asker is not
/// named (the annotators mark it with no source). The cue is "asked" with
/// a passive auxiliary, an adverb and "about"/"for" after it; the question
/// runs to the next comma or the sentence end.
fn asked_question(ctx: &Ctx<'_>, pq: &[&Quoted], out: &mut Vec<Attribution>, start: usize) {
    let text = ctx.text;
    // Most paragraphs have no "asked": a byte scan rules them out before
    // any word is read (the word loop cost 6% of all instructions). Only
    // "asked", "Asked" and "ASKED" are read as the cue from here on.
    // Searchers built once (`memmem::find` builds one per call).
    let para_text = ctx.para.text(text);
    if find_str!(para_text, "sked").is_none() && find_str!(para_text, "SKED").is_none() {
        return;
    }
    let ws = words(text, ctx.para);
    for k in 0..ws.len() {
        let w = ws[k].text(text);
        if !w.eq_ignore_ascii_case("asked") || inside_quote(pq, ws[k]) {
            continue;
        }
        let prev = k
            .checked_sub(1)
            .map_or(String::new(), |p| ws[p].text(text).to_ascii_lowercase());
        let joined = k > 0 && text[ws[k - 1].end()..ws[k].start()].trim().is_empty();
        let sentence_initial = w == "Asked" && ctx.sentence_start(ws[k].start()) == ws[k].start();
        let passive = joined && ASKED_AUXILIARIES.contains(&prev.as_str());
        if !(sentence_initial || (joined && prev == "when") || passive) {
            continue;
        }
        let cue_start = if passive {
            ws[k - 1].start()
        } else {
            ws[k].start()
        };
        let mut j = k + 1;
        while j < ws.len()
            && j < k + 3
            && text[ws[j - 1].end()..ws[j].start()].trim().is_empty()
            && {
                let n = ws[j].text(text);
                (n.len() > 4 && n.ends_with("ly")) || n == "about" || n == "for"
            }
        {
            j += 1;
        }
        let cue = Span::new(cue_start, ws[j - 1].end());
        let particle = matches!(ws[j - 1].text(text), "about" | "for");
        // "asked by a reporter whether …": the agent asked; "asked on
        // Monday whether …": an adjunct before the question. Without
        // "about" the question opens with a question word or "to".
        let mut who = Who::Nobody;
        if !particle {
            let Some(q) = (j..ws.len().min(j + MAX_ASKED_ADJUNCT_WORDS + 1))
                .find(|&i| ASKED_OPENERS.contains(&ws[i].text(text)))
            else {
                continue;
            };
            if q > j {
                let gap = &text[ws[j].start()..ws[q].start()];
                if gap.contains([',', ';', ':', '.', '"', '“', '”']) {
                    continue;
                }
                if ws[j].text(text) == "by" {
                    let Some(m) = source_after(text, ws[j].end(), ws[q].start(), false)
                        .filter(|m| text[m.span.end()..ws[q].start()].trim().is_empty())
                    else {
                        continue;
                    };
                    who = Who::Mention(m);
                } else if !ASKED_ADJUNCT_OPENERS.contains(&ws[j].text(text)) {
                    continue;
                }
            }
            j = q;
        }
        let Some(first) = ws.get(j) else {
            continue;
        };
        if (particle && !text[cue.end()..first.start()].trim().is_empty())
            || !text[ws[j - 1].end()..first.start()].trim().is_empty()
            || out[start..].iter().any(|a| {
                a.cue
                    .is_some_and(|c| c.start() < cue.end() && cue.start() < c.end())
                    // "Asked …, S said, “Q”": that frame keeps the question
                    // out of the content.
                    || (a.rule == "asked-speaker-said-quote"
                        && a.content.start() > cue.start()
                        && ctx.sentence_start(a.content.start()) <= cue.start())
            })
        {
            continue;
        }
        let send = ctx.sentence_end(first.start()).min(ctx.para.end());
        let rest = &text[first.start()..send];
        let end = ASKED_CONTENT_STOPS
            .iter()
            .filter_map(|b| rest.find(b))
            .min()
            .unwrap_or(rest.len());
        let body = rest[..end].trim_end().trim_end_matches(['.', ',']);
        let content = Span::new(first.start(), first.start() + body.len());
        let n = words_upto(text, content, MAX_ASKED_WORDS + 1).len();
        if n == 0 || n > MAX_ASKED_WORDS {
            continue;
        }
        out.push(Attribution {
            kind: QuoteKind::Indirect,
            rule: "asked-question",
            confidence: 0.5,
            content,
            parts: Vec::new(),
            cue: Some(cue),
            who,
            dropped: false,
        });
    }
}

/// Words an attribution in mid-sentence may have after its cue before the
/// sentence resumes: "The goal, he said on Tuesday, is …".
const MAX_PARENTHETICAL_TAIL: usize = 3;

/// `X, S said, Y`: an attribution set off by commas inside the sentence
/// it reports ("The goal, he said, is to …", "Voters, she suggested, need
/// not worry"). The content is the sentence without the attribution: the
/// head before the first comma and the tail after the second, in two
/// parts, as the annotators mark it. The tail ends at the clause end.
fn parenthetical(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Span, Mention)> {
    let text = ctx.text;
    let before = text[sent..cue.span.start()].trim_end();
    // The mention sits between the comma and the cue (looked for only as
    // far back as a mention can reach).
    let window = floor_boundary(
        text,
        cue.span.start().saturating_sub(MENTION_REACH).max(sent),
    ) - sent;
    let comma = before.get(window..)?.rfind(',')? + window;
    if comma == 0 {
        return None;
    }
    let m_start = ctx.skip_ws(sent + comma + 1);
    let m =
        mention_before(text, cue.span.start(), m_start).filter(|m| m.span.start() == m_start)?;
    let after_cue = text.get(cue.span.end()..body_end)?;
    let comma2 = after_cue.find(", ")?;
    // Only an adjunct between the cue and its comma ("he said on Tuesday,"):
    // an object there ("called Clinton, his rival, a …") is no aside.
    let between = after_cue[..comma2].split_whitespace().collect::<Vec<_>>();
    let adjunct_only = between.first().is_none_or(|w| {
        let w = w.to_ascii_lowercase();
        THAT_PREPOSITIONS
            .iter()
            .chain(THAT_ADJUNCT_OPENERS)
            .any(|a| *a == w)
            || is_day_word(&w)
            || lexicon::is_month(&w)
            || (w.len() > 3 && w.ends_with("ly"))
    });
    if between.len() > MAX_PARENTHETICAL_TAIL
        || !adjunct_only
        || after_cue[comma2 + 1..].split_whitespace().count() < 2
    {
        return None;
    }
    let head_end = sent + comma;
    // The head starts after a clause break ("… New Delhi - all of whom,
    // she explained, needed …").
    let head_start = [" — ", " – ", " - ", " -- ", "; ", ": "]
        .iter()
        .filter_map(|b| text[sent..head_end].rfind(b).map(|i| sent + i + b.len()))
        .max()
        .unwrap_or(sent);
    let head = Span::new(content_opening(text, head_start, head_end, false), head_end);
    let start = ctx.skip_ws(cue.span.end() + comma2 + 1);
    // ", he said, noting …": a second cue, not the rest of the sentence.
    let gerund = word_after(text, start, body_end).is_some_and(|w| {
        let w = w.text(text);
        w.len() > 4 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase())
    });
    if gerund {
        return None;
    }
    // "…, records show, and experts say …": a second speech act with its
    // own subject after the aside; the content is the head alone (the
    // tail comes back empty).
    if ["and ", "but "]
        .iter()
        .any(|c| text[start..].starts_with(c))
    {
        let clause = format!(", {}", &text[start..body_end]);
        // Only a speech act: after an aside "and she gripped his hands"
        // goes on with the same content (4 of 4 in PolNeAR).
        if speech_clause(&clause, clause.len()) == Some(0) {
            return (words_upto(text, head, 2).len() == 2).then_some((
                head,
                Span::new(start, start),
                m,
            ));
        }
    }
    let tail = Span::new(start, cut_content(text, start, body_end));
    (words_upto(text, head, 1).len() == 1 && words_upto(text, tail, 2).len() == 2)
        .then_some((head, tail, m))
}

/// Whether the words at the start of `rest` open a clause ("that …", "he
/// would …", "Cruz will …") rather than a noun phrase ("a wide lead", "close
/// ties").
fn opens_clause(rest: &str) -> bool {
    let word = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these",
        "those",
    ];
    const SUBJECTS: &[&str] = &["that", "he", "she", "they", "it", "we", "i", "you", "there"];
    if lexicon::eq_any(word, SUBJECTS) {
        return true;
    }
    word.starts_with(char::is_uppercase) && !lexicon::eq_any(word, DETERMINERS)
}

/// `S said (that) CONTENT`, `S told X (that) CONTENT`: the content after the cue.
fn said_that(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, &'static str, Mention)> {
    let text = ctx.text;
    let m = mention_before(text, cue.span.start(), sent).or_else(|| {
        // A plain noun phrase as subject: only before an unambiguous verb
        // ("the union agreed", not "his home state"), or before "that"
        // after a determiner ("the suit claims that …").
        let verb = cue.verb.text(text);
        let that_follows =
            word_after(text, cue.span.end(), body_end).is_some_and(|w| w.text(text) == "that");
        let noun_form = lexicon::is_noun_form(verb, cue.lemma);
        (!noun_form || that_follows)
            .then(|| subject_np_before(text, cue.span.start(), sent))
            .flatten()
            .filter(|m| {
                // "the suit claims that", not "a passing promise that" nor
                // "the litmus-test questions that".
                let np: Vec<&str> = m.span.text(text).split(' ').collect();
                let head = np.last().copied().unwrap_or("");
                !noun_form
                    || (np.len() <= 3
                        && !verb.eq_ignore_ascii_case(cue.lemma)
                        && !head.contains(['-', '\'', '’'])
                        && ["the", "a", "an", "this"]
                            .iter()
                            .any(|a| a.eq_ignore_ascii_case(np[0])))
            })
    })?;
    let m = subject_for_object(ctx, sent, m);
    let m = widen_object(text, m, cue.span.start(), sent);
    // "Wexley rail station", "the TV show": a bare verb form that is also a
    // noun, with no auxiliary, cannot follow a singular name ("Wexley rails
    // against …" would).
    let verb = cue.verb.text(text);
    if cue.span.start() == cue.verb.start()
        && verb.eq_ignore_ascii_case(cue.lemma)
        && lexicon::is_noun_form(verb, cue.lemma)
        && matches!(
            m.kind,
            MentionKind::Name | MentionKind::Person | MentionKind::Organization
        )
        && m.gender != Gender::Plural
        && !m.span.text(text).ends_with('s')
    {
        return None;
    }
    // "Her comments drew …", "its jobs report": after a possessive
    // determiner a word that is also a noun ends the noun phrase.
    if lexicon::is_noun_form(verb, cue.lemma)
        && cue.span.start() == cue.verb.start()
        && m.span.text(text).split(' ').next().is_some_and(|d| {
            ["his", "her", "its", "their", "our", "my", "your"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(d))
        })
    {
        return None;
    }
    // "Coastal states swing …", "Illinois state Rep. …": a bare "state(s)"
    // after a modifier is the noun; the verb follows a pronoun or a noun
    // phrase with a determiner ("it states that …", "the document states").
    if cue.lemma == "state"
        && cue.span.start() == cue.verb.start()
        && verb.to_ascii_lowercase().starts_with("state")
        && !verb.eq_ignore_ascii_case("stated")
    {
        let first = m.span.text(text).split(' ').next().unwrap_or("");
        let determiner = [
            "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
            "our", "my", "your",
        ]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(first));
        if !determiner && m.kind != MentionKind::Pronoun {
            return None;
        }
    }
    let possessive = is_possessive(m.span.text(text));
    if possessive && m.span.start() != ctx.skip_ws(sent) {
        return None;
    }
    let start = ctx.skip_ws(cue.span.end());
    // "Trump's claim that …": a nominalised cue takes only a that-clause.
    if possessive {
        let start = skip_adjunct_to_that(text, start, body_end, cue.lemma);
        if !word_after(text, start, body_end)
            .is_some_and(|w| w.start() == start && w.text(text) == "that")
        {
            return None;
        }
    }
    let content = content_after_cue(ctx, cue, body_end)?;
    // "Reed, who has argued that the pier is unsafe, voted no": the aside
    // ends at the comma where the main clause takes up its verb.
    let content =
        if m.kind == MentionKind::Relative && text[..m.span.start()].trim_end().ends_with(',') {
            relative_aside_end(text, content)
        } else {
            content
        };
    // "which officials said will go into effect …": the clause's subject
    // is the relative before the speaker (which `relative_object` makes
    // the content's first part).
    if let Some(first) = words_upto(text, content, 1).first()
        && lexicon::is_auxiliary(first.text(text))
    {
        let before = text[sent..m.span.start()].trim_end();
        let rel_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let rel = Span::new(sent + rel_start, sent + before.len());
        if !matches!(rel.text(text), "which" | "that" | "who") {
            // "The latest dispute has flared": no clause has its subject
            // before the cue, so the cue word was a noun.
            return (!before.is_empty()).then_some((content, "speaker-said-that", m));
        }
        let content = if text[sent..rel.start()].trim_end().ends_with(',') {
            relative_aside_end(text, content)
        } else {
            content
        };
        return Some((content, "relative-gap-said", m));
    }
    // "told X (that) …": an addressee stands before the content.
    let told = matches!(cue.lemma, "tell")
        && (content.start() > start || mention_after(text, start, body_end).is_some());
    let rule = if told {
        "speaker-told-that"
    } else {
        "speaker-said-that"
    };
    Some((content, rule, m))
}

/// Most words between "whether"/"if" and a modal verb of taking sides.
const MAX_WHETHER_WORDS: usize = 4;

/// Words that end the object of a verb of taking sides: a condition, a
/// cause or a time after it ("backed Ames if she runs", "supported her
/// despite …").
const POSITION_OBJECT_ENDS: &[&str] = &[
    "if", "despite", "because", "during", "although", "though", "while", "when", "but", "after",
    "before", "since", "until", "unless", "whereas",
];

/// Words after "by" that open a margin ("by a 6-point margin", "by 9
/// points", "by double digits").
const MARGIN_STARTS: &[&str] = &[
    "a", "an", "about", "double", "wide", "large", "narrow", "more", "nearly", "almost", "roughly",
    "over", "less", "single", "huge", "big", "small", "slim",
];

/// Nouns of a poll that may report a side taken ("in a survey by …").
const POLL_NOUNS: &[&str] = &["poll", "polls", "polling", "survey", "surveys"];

/// Finite auxiliaries: after the object of a verb of taking sides one
/// opens the main clause ("who back Ames are meeting …").
const FINITE_AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must",
];

/// Words before an auxiliary that make it part of the object's own
/// clause ("a measure that he believes would …", "prefer not to have").
const NOT_BEFORE_MAIN_VERB: &[&str] = &[
    "who", "that", "which", "to", "whom", "what", "not", "never", "he", "she", "they", "it", "i",
    "we", "you", "believes", "says", "said", "thinks",
];

/// Pronoun subjects after "and" that open a clause of its own ("… and
/// those who said …", "… and they …").
const CLAUSE_AFTER_AND: &[&str] = &[
    "those", "he", "she", "they", "we", "i", "it", "most", "many",
];

/// Whether `w`, after `prev`, is a finite auxiliary that opens the main
/// clause after a subject's relative clause or object ("who back Ames are
/// meeting …"), not one of a clause inside it ("a measure that he
/// believes would …").
fn resumes_main_clause(w: &str, prev: &str) -> bool {
    eq_any(w, FINITE_AUXILIARIES)
        && !eq_any(prev, NOT_BEFORE_MAIN_VERB)
        && !lexicon::is_auxiliary(prev)
}

/// The object of a verb of taking sides: `content` cut before a condition
/// or time clause, a margin ("by 9 points", "51 percent to 24 percent"),
/// ", and those …", or, after a name, a relative or a finite verb ("PACs
/// backing Ames paid …", "a Democrat supporting Ames who is …").
fn position_object_end(text: &str, content: Span) -> Span {
    let ws = words_upto(text, content, usize::MAX);
    for i in 1..ws.len() {
        let w = ws[i].text(text);
        let next = ws.get(i + 1).map_or("", |n| n.text(text));
        let prev = ws[i - 1].text(text);
        let after_name = prev.starts_with(char::is_uppercase);
        let cut = eq_any(w, POSITION_OBJECT_ENDS)
            || (w == "by" && eq_any(next, MARGIN_STARTS))
            || (w.starts_with(|c: char| c.is_ascii_digit())
                && (w.ends_with('%') || eq_any(next, &["percent", "points", "to", "%"])))
            || (w == "by" && next.len() < 4 && next.starts_with(|c: char| c.is_ascii_digit()))
            || (w == "and" && eq_any(next, CLAUSE_AFTER_AND))
            // "supported the pier in a survey by the paper": the poll
            // that reports the side is no part of it.
            || (eq_any(w, &["in", "according"])
                && ws[i + 1..ws.len().min(i + 5)]
                    .iter()
                    .any(|x| eq_any(x.text(text), POLL_NOUNS)))
            // "who can support the plan are meeting …": the main verb.
            || resumes_main_clause(w, prev)
            || (after_name
                && (eq_any(w, &["who", "who's", "who’s", "which"])
                    || (w.bytes().all(|b| b.is_ascii_lowercase())
                        && (lexicon::is_auxiliary(w)
                            || IRREGULAR_PASTS.contains(&w)
                            || (w.len() > 3 && w.ends_with("ed"))))));
        if cut {
            let end = text[content.start()..ws[i].start()].trim_end().len();
            // "favored Ames and 15 percent backed …": no "and" left over.
            let mut kept = text[content.start()..content.start() + end]
                .trim_end_matches([',', ';', '—', '–', '-', ' ']);
            while let Some((head, last)) = kept.rsplit_once(' ')
                && eq_any(last, &["and", "or", "while", "with", "up"])
            {
                kept = head.trim_end_matches([',', ';', ' ']);
            }
            let end = kept.len();
            return Span::new(content.start(), content.start() + end);
        }
    }
    content
}

/// `content` up to the finite auxiliary that resumes the main clause
/// after a relative clause ("who wants to unseat her is reaping …"),
/// unless the auxiliary belongs to a clause inside the content ("who
/// thinks she will win").
fn relative_main_verb_end(text: &str, content: Span) -> Span {
    let ws = words_upto(text, content, usize::MAX);
    for i in 1..ws.len() {
        let w = ws[i].text(text);
        let prev = ws[i - 1].text(text);
        if resumes_main_clause(w, prev)
            && !ws[..i]
                .iter()
                .any(|x| eq_any(x.text(text), CLAUSE_OPENING_WORDS))
        {
            let end = text[content.start()..ws[i].start()]
                .trim_end_matches([',', ';', ' '])
                .len();
            return Span::new(content.start(), content.start() + end);
        }
    }
    content
}

/// Words that open a clause of the content's own, whose finite verb
/// follows ("thinks that the plan will …", "hopes the mayor is …").
const CLAUSE_OPENING_WORDS: &[&str] = &[
    "that", "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "this", "his", "her",
    "their", "if", "whether", "what", "how", "why",
];

/// `content` up to the first ", VERB" that resumes the main clause after a
/// relative aside: a finite auxiliary (was, has …) or a past form in -ed.
fn relative_aside_end(text: &str, content: Span) -> Span {
    let body = content.text(text);
    // The comma may sit inside a closing quote mark ("… “in the seven
    // figures,” described …"), which the content keeps.
    let cut = body.match_indices(',').find_map(|(i, _)| {
        let after = &body[i + 1..];
        let rest = after.trim_start_matches(['"', '”', '’']);
        let closer = after.len() - rest.len();
        let next = rest
            .strip_prefix(' ')?
            .split([' ', ','])
            .next()
            .unwrap_or("");
        (lexicon::is_auxiliary(next)
            || NEGATED_RESUMING_VERBS.contains(&next)
            || IRREGULAR_PASTS.contains(&next)
            || next == "cast"
            || (next.len() > 3
                && next.ends_with("ed")
                && next.bytes().all(|b| b.is_ascii_lowercase())))
        .then_some(if closer > 0 { i + 1 + closer } else { i })
    });
    match cut {
        Some(i) if i > 0 => Span::new(content.start(), content.start() + i),
        _ => content,
    }
}

/// Negated finite verbs that take up a main clause again after a relative
/// aside ("Kasich, who says X, doesn't pretend …").
const NEGATED_RESUMING_VERBS: &[&str] = &[
    "doesn't",
    "doesn’t",
    "didn't",
    "didn’t",
    "don't",
    "don’t",
    "isn't",
    "isn’t",
    "wasn't",
    "wasn’t",
    "won't",
    "won’t",
    "hasn't",
    "hasn’t",
    "can't",
    "can’t",
];

/// The reported clause after a cue: past "told X", a short adjunct before
/// "that", up to the clause end.
fn content_after_cue(ctx: &Ctx<'_>, cue: Cue, body_end: usize) -> Option<Span> {
    let text = ctx.text;
    // "…, the Post reported, citing a source", "…, she said, adding that
    // …": a participle after the comma is a clause of its own (its cue
    // reports it), never what the cue before it said.
    let comma = ctx.skip_ws(cue.span.end());
    if ctx.char_at(comma) == Some(',') {
        let after = ctx.skip_ws(comma + 1);
        if next_word(text, after, body_end)
            .is_some_and(|w| w.start() == after && comma_participle(w.text(text)))
        {
            return None;
        }
    }
    let mut start = content_start(ctx, cue, body_end);
    // "says, win or lose, he is staying": a comma before unquoted content.
    if ctx.char_at(start) == Some(',') {
        let after = ctx.skip_ws(start + 1);
        if ctx.char_at(after).is_some_and(|c| !is_quote_mark(c)) && cue.kind == CueKind::Speech {
            start = after;
        }
    }
    // "said, “…”" was the direct frame; a comma here starts an aside.
    if !content_can_start(text, start, body_end, cue)
        || matches!(ctx.char_at(start), Some(',' | ':'))
    {
        return None;
    }
    let end = cut_content(text, start, body_end);
    let end = next_frame(ctx, start, end).unwrap_or(end);
    let content = Span::new(start, end);
    // "as the Courier reported on Tuesday", "Ames said late Thursday": a
    // time adjunct alone is when it was said, not what.
    if time_only(text, content) {
        return None;
    }
    // One word is no clause, except an answer: "46 percent said yes", or
    // the named or pronoun object of a stance verb: "Ortiz endorsed Quist".
    let ws = words_upto(text, content, 2);
    (ws.len() >= 2
        || ws.len() == 1
            && content.text(text).trim_end().len() == ws[0].len()
            && (["yes", "no"]
                .iter()
                .any(|a| a.eq_ignore_ascii_case(ws[0].text(text)))
                || one_word_object(text, cue, ws[0])))
    .then_some(content)
}

/// A participle opening a clause after "said,": lower case, in -ing, and
/// not the preposition "according" ("said, according to …, that …").
fn comma_participle(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && w != "according"
}

/// Words of a time adjunct that need a time word beside them ("on", "a
/// few", "just", the "two" of "two weeks ago"): with the time words
/// (time_words.txt), all a [`time_only`] content may hold.
const TIME_FILLERS: &[&str] = &[
    "on", "this", "last", "next", "late", "early", "just", "a", "few", "the", "same", "very",
    "only", "one", "two", "three", "four", "five", "six", "several", "couple", "of",
];

/// Most words of a [`time_only`] content.
const MAX_TIME_ONLY_WORDS: usize = 6;

/// True when `content` is only a time adjunct ("late Thursday", "on
/// Tuesday", "this week", "a few days later", "soon"), optionally followed
/// by a place ("Tuesday in Paris"): when something was said, with nothing
/// said. Such a content is no attribution (the guidelines' content is a
/// proposition).
fn time_only(text: &str, content: Span) -> bool {
    let ws = words_upto(text, content, MAX_TIME_ONLY_WORDS + 1);
    if ws.is_empty() || ws.len() > MAX_TIME_ONLY_WORDS {
        return false;
    }
    let is_time = |w: &str| {
        lexicon::is_time_word(w)
            || lexicon::is_weekday(w)
            || lexicon::is_month_name(w)
            || w.bytes().all(|b| b.is_ascii_digit())
    };
    let mut seen_time = false;
    let mut k = 0;
    while k < ws.len() {
        let w = ws[k].text(text);
        if is_time(w) {
            seen_time = true;
        } else if eq_any(w, TIME_FILLERS) {
        } else if seen_time
            && eq_any(w, &["in", "at"])
            && k + 1 < ws.len()
            && ws[k + 1..]
                .iter()
                .all(|p| p.text(text).starts_with(char::is_uppercase))
        {
            // "Tuesday in Paris": a place after the time.
            break;
        } else {
            return false;
        }
        k += 1;
    }
    seen_time
}

/// Lemmas read after "it was …" before a that-clause.
const EXPLETIVE_PASSIVE_LEMMAS: &[&str] = &[
    "say", "announce", "reveal", "report", "confirm", "disclose", "claim", "allege", "suggest",
    "argue", "note", "predict", "rumor", "state", "declare",
];

/// `It was revealed in March that X`: a passive speech cue right after the
/// expletive "it", with a that-clause (rule `it-was-said-that`, no speaker).
fn expletive_passive(ctx: &Ctx<'_>, cue: Cue, sent: usize, body_end: usize) -> Option<Span> {
    let text = ctx.text;
    if !cue.passive
        || cue.form != Form::Finite
        || cue.negated
        || cue.hypothetical
        || !EXPLETIVE_PASSIVE_LEMMAS.contains(&cue.lemma)
    {
        return None;
    }
    let before = text[sent..cue.span.start()].trim_end();
    let it = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
    if !it.eq_ignore_ascii_case("it")
        || before.len() != text[sent..cue.span.start()].trim_end().len()
    {
        return None;
    }
    let content = content_after_cue(ctx, cue, body_end)?;
    words_upto(text, content, 1)
        .first()
        .is_some_and(|w| w.text(text) == "that")
        .then_some(content)
}

/// Most words between the source of "As reported by S" and its comma
/// ("by the Times on Tuesday,").
const MAX_AS_REPORTED_TAIL: usize = 4;

/// `As reported by the Gazette, CONTENT` / `As first noted by S, CONTENT`:
/// a speech verb's participle after a sentence-opening "As" (an adverb
/// may stand between), its agent after "by", then a comma and the
/// reported clause to the sentence end (rule `as-reported-by`).
fn as_reported_by(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    if cue.kind != CueKind::Speech || cue.negated || cue.hypothetical {
        return None;
    }
    let verb = cue.verb.text(text);
    if !verb.ends_with("ed") && !IRREGULAR_PASTS.contains(&verb) {
        return None;
    }
    let lead: Vec<&str> = text[sent..cue.span.start()].split_whitespace().collect();
    let adverb = |w: &str| w.ends_with("ly") || eq_any(w, &["first", "earlier"]);
    let opens = match lead.as_slice() {
        [a] => a.eq_ignore_ascii_case("as"),
        [a, b] => a.eq_ignore_ascii_case("as") && adverb(b),
        _ => false,
    };
    if !opens {
        return None;
    }
    let by = ctx.skip_ws(cue.span.end());
    if !text.get(by..body_end)?.starts_with("by ") {
        return None;
    }
    let m = mention_after(text, by + 3, body_end)?;
    let comma = m.span.end() + text[m.span.end()..body_end].find(',')?;
    if text[m.span.end()..comma].split_whitespace().count() > MAX_AS_REPORTED_TAIL {
        return None;
    }
    let content = Span::new(ctx.skip_ws(comma + 1), body_end);
    (words_upto(text, content, 2).len() == 2).then_some((content, m))
}

/// Stance verbs whose object is often one name or pronoun ("endorsed
/// Quist", "attacked him").
const ONE_WORD_OBJECT_LEMMAS: &[&str] = &[
    "endorse",
    "attack",
    "criticize",
    "praise",
    "oppose",
    "defend",
    "thank",
    "blast",
    "slam",
    "denounce",
    "condemn",
    "mock",
    "reject",
    "blame",
    "lambaste",
    "chide",
    "scold",
    "rebuke",
    "hail",
    "laud",
    "applaud",
    "congratulate",
    "insult",
    "deride",
    "assail",
    "castigate",
    "belittle",
    "chastise",
    "savage",
    // Position verbs (reported only with `Scope::All`): "most voters
    // supported Sanders", "they backed her".
    "support",
    "back",
    "favor",
    "prefer",
];

/// `Ortiz endorsed Quist`: a capitalised name or an object pronoun right
/// after a finite stance verb, or after a cue that ends in its preposition
/// ("talked about Quist", "lashed out at him").
fn one_word_object(text: &str, cue: Cue, w: Span) -> bool {
    let word = w.text(text);
    (ONE_WORD_OBJECT_LEMMAS.contains(&cue.lemma) || cue.span.end() > cue.verb.end())
        && w.start() == cue.span.end() + 1
        && (eq_any(word, &["him", "her", "them", "me", "us"])
            || (word.starts_with(char::is_uppercase)
                && word.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !eq_any(word, &["I", "The", "A", "An", "It"])))
}

/// Where the reported clause after a cue starts: past the addressee of
/// "told X (that)", and past adjuncts before its "that".
fn content_start(ctx: &Ctx<'_>, cue: Cue, body_end: usize) -> usize {
    let text = ctx.text;
    let mut start = ctx.skip_ws(cue.span.end());
    // told X (that) …
    if matches!(cue.lemma, "tell" | "inform" | "assure" | "remind")
        && let Some(obj) = mention_after(text, start, body_end)
    {
        start = ctx.skip_ws(obj.span.end());
    } else if let Some(after) = addressee_end(text, start, body_end, cue.lemma) {
        start = ctx.skip_ws(after);
    }
    if let Some(clause) = to_addressee_end(text, start, body_end) {
        return clause;
    }
    let that = skip_adjunct_to_that(text, start, body_end, cue.lemma);
    // A "that" inside a quotation is part of the quoted words.
    let k = ctx.skip.partition_point(|q| q.start() <= that);
    if that > start && k > 0 && ctx.skip[k - 1].end() > that {
        return start;
    }
    if that > start {
        return that;
    }
    // "said at the time", "had said about Latinos": "say" takes no
    // particle, so a preposition after it opens an adjunct (which
    // `content_can_start` turns away when short), not the content.
    let start = if cue.lemma == "say" {
        start
    } else {
        skip_particle(text, start, body_end)
    };
    skip_time_adjunct(text, start, body_end)
}

/// Words that open the clause after "to X" ("complained to the
/// board that …", "explained to reporters why …").
const CLAUSE_AFTER_TO_ADDRESSEE: &[&str] = &["that", "why", "how", "what", "whether", "if"];

/// First words of a "to" addressee: a determiner, a pronoun or a name
/// (not a verb: "vowed to ensure that …" keeps its infinitive).
const TO_ADDRESSEE_STARTS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "reporters",
    "me",
    "him",
    "them",
    "us",
];

/// The start of the clause after a "to" addressee ("wrote to the senator's
/// office that …", "joked to Chair Yellen that …"): "to", a noun phrase of
/// at most [`MAX_ASKED_ADDRESSEE_WORDS`] words without a comma, "to" or
/// "and", then a [`CLAUSE_AFTER_TO_ADDRESSEE`] word. The guidelines leave
/// the recipient out of the content (6 gains, 1 loss in PolNeAR).
fn to_addressee_end(text: &str, start: usize, end: usize) -> Option<usize> {
    // The first word must be "to" right at `start`: most content starts
    // are turned away here, before any word is read.
    if !text
        .get(start..end.min(text.len()))
        .is_some_and(|r| r.starts_with("to"))
    {
        return None;
    }
    let ws = words_upto(text, Span::new(start, end), MAX_ASKED_ADDRESSEE_WORDS + 2);
    let (to, first) = (ws.first()?, ws.get(1)?);
    if to.start() != start || to.text(text) != "to" {
        return None;
    }
    let f = first.text(text);
    if !(TO_ADDRESSEE_STARTS.contains(&f) || f.starts_with(char::is_uppercase)) {
        return None;
    }
    let n = (2..ws.len()).find(|&k| CLAUSE_AFTER_TO_ADDRESSEE.contains(&ws[k].text(text)))?;
    if text[start..ws[n].start()].contains([',', ';', ':', '"', '“', '”'])
        || ws[1..n]
            .iter()
            .any(|w| matches!(w.text(text), "to" | "and"))
    {
        return None;
    }
    Some(ws[n].start())
}

/// Particles and prepositions that complete a cue ("commented on", "joked
/// about", "called out", "cautioned against"): the annotators put them in
/// the cue and start the content after them (40 to 3 in PolNeAR).
const CUE_PARTICLES: &[&str] = &[
    "on", "about", "with", "for", "over", "of", "out", "upon", "against", "into", "at",
];

/// Words after a particle that make it part of a quantity ("about half",
/// "at least 30"), which stays in the content.
const QUANTITY_AFTER_PARTICLE: &[&str] = &[
    "least",
    "most",
    "half",
    "one",
    "two",
    "three",
    "four",
    "five",
    "a",
    "one-third",
    "two-thirds",
];

/// Most words between "for" and the "to" of a for-infinitive ("for the
/// party's nominee to win"), which stays in the content.
const MAX_FOR_TO_WORDS: usize = 8;

/// `start` past a particle or preposition of the cue that opens the
/// content; else `start`.
fn skip_particle(text: &str, start: usize, end: usize) -> usize {
    // A particle (lowercase ASCII) must start right at `start`.
    if !text
        .as_bytes()
        .get(start)
        .is_some_and(u8::is_ascii_lowercase)
    {
        return start;
    }
    let ws = words_upto(text, Span::new(start, end), MAX_FOR_TO_WORDS + 2);
    let (Some(first), Some(next)) = (ws.first(), ws.get(1)) else {
        return start;
    };
    let p = first.text(text);
    if first.start() != start
        || !CUE_PARTICLES.contains(&p)
        || !text[first.end()..next.start()]
            .chars()
            .all(char::is_whitespace)
    {
        return start;
    }
    let n = next.text(text);
    // "said on Monday to …": a time adjunct, not the cue's particle.
    if QUANTITY_AFTER_PARTICLE.contains(&n)
        || is_day_word(n)
        || n.starts_with(|c: char| c.is_ascii_digit())
    {
        return start;
    }
    if p == "for" && ws[2..].iter().any(|w| w.text(text) == "to") {
        return start;
    }
    next.start()
}

/// Object pronouns that stand for an addressee ("told me …", "asked him if …").
const OBJECT_PRONOUNS: &[&str] = &["me", "him", "her", "them", "us", "you"];

/// Words that open the content after an addressee: a complementizer, a
/// wh-word or a subject. Not "to": in "urged him to resign" the addressee
/// is the subject of the infinitive, and the annotators keep it.
const CONTENT_AFTER_ADDRESSEE: &[&str] = &[
    "that", "if", "whether", "how", "what", "why", "when", "where", "who", "which", "he", "she",
    "they", "we", "i", "it", "there", "his", "its", "their", "the", "a", "an", "this", "these",
    "those", "our",
];

/// Most capitalised words of a named addressee ("asked Gov. Lena Ortiz if").
const MAX_ADDRESSEE_WORDS: usize = 4;

/// The end of the addressee after a cue whose object is who was spoken to
/// ("told me he …", "asked Ortiz whether …", "telling them, “…”"): an
/// object pronoun or a capitalised name, followed by what opens the
/// content. The guidelines leave the recipient out of the content.
fn addressee_end(text: &str, start: usize, end: usize, lemma: &str) -> Option<usize> {
    if !(ADDRESSEE_LEMMAS.contains(&lemma) || lemma == "ask") {
        return None;
    }
    if lemma == "ask"
        && let Some(e) = asked_addressee_end(text, start, end)
    {
        return Some(e);
    }
    let ws = words_upto(text, Span::new(start, end), MAX_ADDRESSEE_WORDS + 2);
    let first = ws.first()?;
    if first.start() != start {
        return None;
    }
    let n = if OBJECT_PRONOUNS.contains(&first.text(text)) {
        1
    } else {
        ws.iter()
            .take(MAX_ADDRESSEE_WORDS)
            .take_while(|w| w.text(text).chars().next().is_some_and(char::is_uppercase))
            .count()
    };
    if n == 0 || n >= ws.len() {
        return None;
    }
    let obj_end = ws[n - 1].end();
    let gap = &text[obj_end..ws[n].start()];
    // "telling them, “…”": the quotation itself follows.
    if gap.trim_start().starts_with(',') {
        let q = gap.trim_start()[1..].trim_start();
        return q
            .starts_with(is_quote_mark)
            .then(|| ws[n].start() - q.len());
    }
    if !gap.chars().all(char::is_whitespace) {
        return None;
    }
    let next = ws[n].text(text);
    CONTENT_AFTER_ADDRESSEE
        .iter()
        .any(|w| w.eq_ignore_ascii_case(next))
        .then_some(obj_end)
}

/// Words that open an indirect question after "asked X".
const ASKED_QUESTION_OPENERS: &[&str] = &[
    "if", "whether", "how", "what", "why", "who", "when", "where",
];

/// Words that cannot stand inside the addressee of "asked X whether …": an
/// infinitive or a preposition of the question's own ("asked the court to
/// rule whether …", "asked about …").
const NOT_IN_ASKED_ADDRESSEE: &[&str] = &["to", "about", "for", "that", "on", "of"];

/// Most words of a noun-phrase addressee ("asked the 2016 Democratic White
/// House contender if …").
const MAX_ASKED_ADDRESSEE_WORDS: usize = 8;

/// The end of a noun-phrase addressee of "asked" before the indirect
/// question ("asked the students if …", "asked our followers what …"):
/// up to [`MAX_ASKED_ADDRESSEE_WORDS`] words without a comma, quotation or
/// preposition. The guidelines leave the recipient out of the content.
fn asked_addressee_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let ws = words_upto(text, Span::new(start, end), MAX_ASKED_ADDRESSEE_WORDS + 1);
    let first = ws.first()?;
    if first.start() != start
        || ASKED_QUESTION_OPENERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(first.text(text)))
    {
        return None;
    }
    let n = ws
        .iter()
        .position(|w| ASKED_QUESTION_OPENERS.iter().any(|o| *o == w.text(text)))?;
    let between = &text[start..ws[n].start()];
    if between.contains([',', ';', ':', '"', '“', '”', '(']) || between.contains("''") {
        return None;
    }
    if ws[..n]
        .iter()
        .any(|w| NOT_IN_ASKED_ADDRESSEE.contains(&w.text(text)))
    {
        return None;
    }
    Some(ws[n - 1].end())
}

/// A word that names a day ("said Tuesday night he …", "told reporters
/// yesterday").
fn is_day_word(w: &str) -> bool {
    lexicon::is_weekday(w)
        || ["yesterday", "today", "tonight"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
}

/// Words after "last"/"this"/"earlier this" that make a time adjunct.
const PERIOD_WORDS: &[&str] = &[
    "week",
    "month",
    "year",
    "weekend",
    "night",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "morning",
    "afternoon",
    "evening",
];

/// Words that open a clause after a time adjunct: a subject.
const SUBJECT_OPENERS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "there", "the", "his", "her", "its", "their",
    "our", "this", "these", "those", "a", "an", "no", "all", "some", "most", "many",
];

/// The start of a clause or an infinitive after a leading time adjunct
/// without "that" ("said Tuesday he would run", "told reporters last week the
/// plan was dead", "vowed last month to stay"): the adjunct is the cue's,
/// not the content's. Else `start`.
fn skip_time_adjunct(text: &str, start: usize, end: usize) -> usize {
    let ws = words_upto(text, Span::new(start, end), 6);
    let is = |k: usize, list: &[&str]| {
        ws.get(k)
            .is_some_and(|w| list.iter().any(|x| x.eq_ignore_ascii_case(w.text(text))))
    };
    let mut k = 0;
    let day = |k: usize| ws.get(k).is_some_and(|w| is_day_word(w.text(text)));
    if is(0, &["on"]) && day(1) {
        k = 2;
    } else if day(0) {
        k = 1;
    } else if is(0, &["last", "this", "next"]) && is(1, PERIOD_WORDS) {
        k = 2;
    } else if is(0, &["earlier", "later"])
        && is(1, &["this", "that", "last"])
        && is(2, PERIOD_WORDS)
    {
        k = 3;
    }
    if k > 0 && is(k, PERIOD_WORDS) && !is(k - 1, PERIOD_WORDS) {
        k += 1; // "Tuesday night"
    }
    if k == 0 || ws.len() < k + 2 {
        return start;
    }
    // Only a plain gap (no comma) and a subject or an infinitive after it
    // ("vowed Tuesday to stay in the race").
    let next = ws[k];
    let first = next.text(text);
    let opens = SUBJECT_OPENERS
        .iter()
        .any(|x| x.eq_ignore_ascii_case(first))
        || first == "to"
        || first.chars().next().is_some_and(char::is_uppercase);
    if text[start..next.start()].contains([',', ';', ':']) || !opens {
        return start;
    }
    next.start()
}

/// The comma before a new attribution inside reported content: a finite
/// speech cue whose subject opens a clause after a comma or semicolon
/// ("found the gesture appropriate, Woods concluded that …"). That cue
/// reports the rest; the content before it ends at the comma.
fn next_frame(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<usize> {
    let text = ctx.text;
    let first = ctx.cues_from(start + 1);
    ctx.cues[first..]
        .iter()
        .take_while(|c| c.span.start() < end)
        .filter(|c| c.form == Form::Finite && !c.negated && c.kind != CueKind::AccordingTo)
        .find_map(|c| {
            // The frame needs a comma or semicolon before its mention
            // (below), and the mention lies before the cue's end: without
            // one in between, no mention is read.
            memchr::memchr2(b',', b';', &text.as_bytes()[start..c.span.end()])?;
            // "…, but six in 10 said": a plain noun phrase, and a "but"
            // or "while" after the comma, also open the next frame.
            let m = mention_before(text, c.span.start(), start)
                .or_else(|| subject_np_before(text, c.span.start(), start))?;
            let before = text[start..m.span.start()].trim_end();
            let before = [" but", " while", " whereas"]
                .iter()
                .find_map(|j| before.strip_suffix(j))
                .map_or(before, str::trim_end);
            let cut = before.strip_suffix([',', ';'])?;
            // "that if X, he would …": the comma ends a subordinate clause
            // and the main clause of the content follows; "when, he said,
            // …": an aside inside the content.
            let subordinate = words(text, Span::new(start, start + cut.len()))
                .iter()
                .any(|w| {
                    SUBORDINATORS
                        .iter()
                        .any(|s| s.eq_ignore_ascii_case(w.text(text)))
                });
            let aside = text[c.span.end()..end].trim_start().starts_with(',');
            (!cut.trim().is_empty() && !subordinate && !aside).then(|| start + cut.trim_end().len())
        })
}

/// Words that open a subordinate clause, which a comma ends before the
/// main clause ("if X, he would …").
const SUBORDINATORS: &[&str] = &[
    "if", "when", "whenever", "although", "though", "while", "because", "as", "once", "unless",
    "after", "before", "since", "until", "whether",
];

/// True when the cue at `at` follows "and"/"but" (and adverbs): a second
/// verb phrase of the sentence's subject.
fn after_conjunction(text: &str, sent: usize, at: usize) -> bool {
    let before = text[sent..at].trim_end();
    // "… offered him a job, then says he'll …": "then" after a comma
    // coordinates as "and" does.
    if before.ends_with(',') && text[at..].starts_with("then ") {
        return true;
    }
    let mut words = before.rsplit(' ');
    for _ in 0..3 {
        match words.next() {
            Some("and" | "but") => return true,
            Some(w) if COORDINATED_FILLERS.contains(&w) => {}
            _ => return false,
        }
    }
    false
}

/// The speaker of the last attribution in this sentence before `at`.
fn previous_speaker(out: &[Attribution], sent: usize, at: usize) -> Option<Mention> {
    out.iter()
        .rev()
        .take(MAX_LOOKBACK)
        .find(|a| {
            // “Q1,” S said, referring to X. “Q2”: the first part ends before.
            let head = a.parts.first().copied().unwrap_or(a.content);
            head.end() <= at && a.content.start() >= sent && matches!(a.who, Who::Mention(_))
        })
        .and_then(|a| match a.who {
            Who::Mention(m) => Some(m),
            _ => None,
        })
}

/// Gives the attribution `push_reported` added at index `n` (if it added
/// one) kind `refused`: negated speech ("did not say whether …", "never
/// mentions …") is reported, as the annotators mark it, but flagged like a
/// refusal so that a table of claims can leave it out.
fn mark_refused(out: &mut [Attribution], n: usize) {
    if let Some(a) = out.get_mut(n) {
        a.kind = QuoteKind::Refused;
    }
}

/// "who advises Kasich", "is advising Pfizer on the merger": "advise" with
/// only its object (and a topic) is the work of an adviser, not advice; the
/// advice is a clause ("advised that …", "advised him to stay", "advising
/// leaders on how to win") or a quotation.
fn consulting(text: &str, cue: Cue, content: Span) -> bool {
    if cue.lemma != "advise" {
        return false;
    }
    let body = content.text(text);
    !body.contains(|c: char| is_quote_mark(c))
        && !words(text, content).iter().any(|w| {
            eq_any(
                w.text(text),
                &["to", "that", "whether", "if", "not", "against"],
            )
        })
}

#[allow(clippy::too_many_arguments)] // one call shape, seven facts of one attribution
fn push_reported(
    ctx: &Ctx<'_>,
    pq: &[&Quoted],
    out: &mut Vec<Attribution>,
    content: Span,
    rule: &'static str,
    cue: Cue,
    m: Mention,
    confidence: f32,
) {
    if content.is_empty() || content.end() > ctx.para.end() || consulting(ctx.text, cue, content) {
        return;
    }
    // "backed Trump 57 percent to 22 percent", "super PACs supporting
    // Ames paid …": a side's object is the name or noun phrase alone.
    let content = if lexicon::is_position(cue.lemma) && content.start() >= cue.span.end() {
        position_object_end(ctx.text, content)
    } else if cue.kind == CueKind::Cognition
        && content.start() >= cue.span.end()
        && eq_any(m.span.text(ctx.text), &["who", "that", "which"])
    {
        // "the donor who wants to give more could shell out …": a
        // relative clause's attitude ends where the main clause resumes.
        relative_main_verb_end(ctx.text, content)
    } else {
        content
    };
    // A cut inside a quotation moves to its closing mark.
    let k = pq.partition_point(|q| q.span.start() < content.end());
    let content = match k.checked_sub(1).map(|i| pq[i].span) {
        Some(q)
            if q.start() >= content.start()
                && q.end() > content.end()
                && q.end() <= ctx.para.end() =>
        {
            content.cover(q)
        }
        _ => content,
    };
    // A quotation a frame already attributed ends the clause before it:
    // `… told him: “Q”` with “Q” taken by `speaker-said-colon-quote`.
    let content = match out
        .iter()
        .rev()
        .take(MAX_LOOKBACK)
        .filter(|a| {
            !a.dropped
                && a.kind == QuoteKind::Direct
                && a.rule != "unattributed"
                && a.content.start() > content.start()
                && a.content.start() < content.end()
        })
        .map(|a| a.content.start())
        .min()
    {
        Some(cut)
            if matches!(rule, "speaker-said-that" | "speaker-told-that")
                && colon_lead(ctx.text, content.start(), cut)
                && colon_quote_at(out, cut).is_some() =>
        {
            // "He adds that members have two choices: “…”": the quotation
            // a colon opens finishes the reported clause; the colon frame
            // that took it alone gives way (the annotators' reading in 29
            // of 60 `subject-colon-quote` attributions in PolNeAR).
            if let Some(i) = colon_quote_at(out, cut) {
                out[i].dropped = true;
            }
            content
        }
        Some(cut) => {
            // What is left is kept only when it still quotes someone: "the
            // plan in May, he said," before “Q” is no reported clause.
            let head = text_before_cut(ctx.text, content.start(), cut);
            let quotes_left = pq
                .iter()
                .any(|q| q.span.start() >= head.start() && q.span.end() <= head.end());
            if !quotes_left || words_upto(ctx.text, head, 2).len() < 2 {
                return;
            }
            head
        }
        None => content,
    };
    // "called him a “moderate,” a subtle dig at …": a naming verb's
    // content ends with its quoted complement.
    let content = if NAMING_LEMMAS.contains(&cue.lemma) && cue.span.end() == cue.verb.end() {
        Span::new(
            content.start(),
            naming_complement_end(ctx.text, &ctx.skip, content),
        )
    } else {
        content
    };
    // Content already attributed as a direct quote: nothing new. An
    // attribution in parts (“Q1,” S said, referring to X. “Q2”) covers
    // only its parts, not the narrative between them.
    if out
        .iter()
        .rev()
        .take(MAX_LOOKBACK)
        .any(|a| !a.dropped && a.kind != QuoteKind::Term && a.covers(content))
    {
        return;
    }
    let first = pq.partition_point(|q| q.span.end() <= content.start());
    let mixed = pq[first..]
        .iter()
        .take_while(|q| q.span.start() < content.end())
        .any(|q| q.span.start() >= content.start());
    // "according to S" reports the whole sentence, frame and all.
    let content = if mixed && cue.kind != CueKind::AccordingTo {
        quote_tail_cut(ctx, &pq[first..], content)
    } else {
        content
    };
    // Cut back to a quotation a frame already took whole: nothing new.
    if mixed
        && out
            .iter()
            .rev()
            .take(MAX_LOOKBACK)
            .any(|a| !a.dropped && a.kind != QuoteKind::Term && a.covers(content))
    {
        return;
    }
    // A quotation inside the clause becomes part of a mixed attribution
    // (a term, or a longer quotation no frame claimed).
    if mixed {
        for a in out.iter_mut().rev().take(MAX_LOOKBACK) {
            if (a.kind == QuoteKind::Term || a.rule == "unattributed")
                && content.contains(a.content)
            {
                a.dropped = true;
            }
        }
    }
    out.push(Attribution {
        kind: if mixed {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        },
        rule: if mixed {
            "mixed-in-reported-clause"
        } else {
            rule
        },
        confidence,
        content,
        parts: Vec::new(),
        cue: Some(cue.span),
        who: Who::Mention(m),
        dropped: false,
    });
}

/// `Ortiz said Pruitt “would never win the ward,” the aide recalled`: a
/// quotation inside a reported clause that its own `“Q,” S said` frame
/// follows ends the clause; the frame's speaker and cue are no part of
/// the content (annotators skip them).
fn quote_tail_cut(ctx: &Ctx<'_>, pq: &[&Quoted], content: Span) -> Span {
    pq.iter()
        .take_while(|q| q.span.end() < content.end())
        .filter(|q| q.span.start() >= content.start())
        .find(|q| {
            frame_after(ctx, q.span).is_some_and(|f| {
                matches!(
                    f.rule,
                    "quote-comma-speaker-said" | "quote-comma-said-speaker"
                ) && f.end <= content.end()
            })
        })
        .map_or(content, |q| Span::new(content.start(), q.span.end()))
}

/// The reported clause from `start` runs into a colon right before the
/// quotation at `cut`, in one stretch: no "and"/"but" that may start
/// another clause ("said both are “non-entities,” but he gave X a
/// compliment: “…”").
fn colon_lead(text: &str, start: usize, cut: usize) -> bool {
    let head = text[start..cut].trim_end();
    head.ends_with(':') && !head.contains(" and ") && !head.contains(" but ")
}

/// The `subject-colon-quote` attribution whose quotation starts at `at`.
fn colon_quote_at(out: &[Attribution], at: usize) -> Option<usize> {
    let from = out.len().saturating_sub(MAX_LOOKBACK);
    (from..out.len()).rev().find(|&i| {
        !out[i].dropped && out[i].rule == "subject-colon-quote" && out[i].content.start() == at
    })
}

/// Nouns that make "in a … poll" a source.
const SURVEY_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Words that may follow the poll noun inside its phrase.
const SURVEY_TAILS: &[&str] = &[
    "released",
    "in",
    "conducted",
    "published",
    "taken",
    "out",
    "of",
    "by",
    "from",
    "last",
    "this",
    "earlier",
    "on",
    "for",
];

/// Words before the poll noun that show it is not the phrase's head.
const SURVEY_BREAKS: &[&str] = &[
    "before", "after", "over", "during", "ahead", "to", "but", "and", "were", "was", "is", "are",
    "since", "than", "at", "among",
];

/// Most words of a participle aside after a poll ("conducted in May").
const MAX_SURVEY_ASIDE_WORDS: usize = 6;

/// Most words of the noun phrase after "in" that names a poll.
const MAX_SURVEY_WORDS: usize = 10;

/// `In a … poll, CONTENT.` / `CONTENT in the latest … survey.`: a poll
/// reports the clause (rule `in-survey`), when no other frame took the
/// sentence.
fn in_survey(ctx: &Ctx<'_>, pq: &[&Quoted], out: &mut Vec<Attribution>, para_out_start: usize) {
    let text = ctx.text;
    // Most paragraphs name no poll: one scan rules them out.
    let para_text = ctx.para.text(text);
    if find_str!(para_text, "poll").is_none() && find_str!(para_text, "survey").is_none() {
        return;
    }
    for &sentence in &ctx.sentences {
        let sent = sentence.start();
        let body_end = trim_terminal(text, sent, sentence.end());
        let body = &text[sent..body_end];
        if find_str!(body, "poll").is_none() && find_str!(body, "survey").is_none() {
            continue;
        }
        // Attributions already in the sentence: the poll may still report
        // a clause that holds them ("In a Courier poll, 8 percent said
        // …"), never one beside them.
        let inner: Vec<usize> = (para_out_start.min(out.len())..out.len())
            .filter(|&i| {
                let a = &out[i];
                !a.dropped && a.content.start() < body_end && a.content.end() > sent
            })
            .collect();
        let ws = words(text, Span::new(sent, body_end));
        // Each "in" in turn: "Ortiz led in May in a Courier poll".
        for &in_word in ws
            .iter()
            .filter(|w| w.text(text).eq_ignore_ascii_case("in"))
        {
            let Some((content, np, first)) = survey_frame(ctx, sent, body_end, in_word) else {
                continue;
            };
            // Attributions wholly after the clause stand beside it ("…
            // in a survey, and the union backed it too").
            let within: Vec<usize> = inner
                .iter()
                .copied()
                .filter(|&i| out[i].content.start() < content.end())
                .collect();
            if !within
                .iter()
                .all(|&i| nested_in_survey(text, &out[i], content))
            {
                break;
            }
            // The respondents' answers are the poll's report: annotators
            // give the clause to the poll alone.
            for &i in &within {
                out[i].dropped = true;
            }
            let source = Mention::unnamed(np, first);
            let cue = Cue::synthetic(in_word, "in");
            push_reported(ctx, pq, out, content, "in-survey", cue, source, 0.5);
            break;
        }
    }
}

/// Verbs by which a poll places a candidate: "the poll has Ortiz
/// leading", "the tracking poll puts her approval at 49 percent", "the
/// poll gave Ortiz a lead".
const POLL_PLACING_VERBS: &[&str] = &["has", "had", "puts", "put", "gives", "gave"];

/// Last words of a poll's noun phrase before a placing verb.
const POLL_HEADS: &[&str] = &["poll", "polls", "survey", "surveys", "average", "polling"];

/// Words that show what a poll has is a standing, not a property of the
/// poll ("has a margin of error"): a lead, a share or a placing.
const POLL_STANDING_WORDS: &[&str] = &[
    "lead",
    "leads",
    "leading",
    "ahead",
    "behind",
    "trailing",
    "tied",
    "even",
    "edge",
    "percent",
    "points",
    "at",
    "winning",
    "beating",
    "up",
    "down",
    "advantage",
];

/// Most words of the standing a poll gives ("Ortiz leading Reyes by six
/// points") before its mark of a lead, a share or a placing.
const MAX_POLL_STANDING_WORDS: usize = 6;

/// `The Courier poll has Ortiz leading Reyes by six points` / `Gallup's
/// tracking poll puts her approval at 49 percent` (rule `poll-puts`): a
/// noun phrase that ends in a poll opens the clause, a verb of placing
/// follows it, and the object names a lead, a share or a placing.
fn poll_puts(ctx: &Ctx<'_>, pq: &[&Quoted], out: &mut Vec<Attribution>, para_out_start: usize) {
    let text = ctx.text;
    let para_text = ctx.para.text(text);
    if find_str!(para_text, "poll").is_none()
        && find_str!(para_text, "survey").is_none()
        && find_str!(para_text, "average").is_none()
    {
        return;
    }
    for &sentence in &ctx.sentences {
        let sent = sentence.start();
        let body_end = trim_terminal(text, sent, sentence.end());
        let ws = words(text, Span::new(sent, body_end));
        let Some(k) = ws.iter().position(|w| {
            POLL_PLACING_VERBS
                .iter()
                .any(|v| v.eq_ignore_ascii_case(w.text(text)))
        }) else {
            continue;
        };
        let verb = ws[k];
        if k == 0
            || !POLL_HEADS
                .iter()
                .any(|h| h.eq_ignore_ascii_case(ws[k - 1].text(text)))
        {
            continue;
        }
        // The subject: from the sentence start, or after an opening
        // adjunct's comma, to the verb.
        let lead = &text[sent..verb.start()];
        let start = ctx.skip_ws(sent + lead.rfind(", ").map_or(0, |c| c + 1));
        let Some(m) = object::evidence_np(text, Span::new(start, verb.start())) else {
            continue;
        };
        if text[start..verb.start()].contains([',', ';', ':', '(', ')', '"', '“', '”', '—', '–'])
        {
            continue;
        }
        let c_start = ctx.skip_ws(verb.end());
        let c_end = cut_content(text, c_start, body_end);
        let content = Span::new(c_start, c_end);
        let cws = words(text, content);
        let first = cws.first().map_or("", |w| w.text(text));
        let standing = cws
            .iter()
            .skip(1)
            .take(MAX_POLL_STANDING_WORDS)
            .any(|w| POLL_STANDING_WORDS.contains(&w.text(text)));
        if cws.len() < 3
            || !standing
            || ["a", "an", "been", "shown", "found", "no", "its"].contains(&first)
            || out[para_out_start.min(out.len())..]
                .iter()
                .any(|a| !a.dropped && a.content.overlaps(content))
        {
            continue;
        }
        let lemma = match verb.text(text).to_lowercase().as_str() {
            "puts" | "put" => "put",
            "gives" | "gave" => "give",
            _ => "have",
        };
        let cue = Cue::synthetic(verb, lemma);
        push_reported(ctx, pq, out, content, "poll-puts", cue, m, 0.5);
    }
}

/// Words for people that may follow a sentence-initial "To" as the holder
/// of a view ("To many, …", "But to others, …").
const TO_VIEW_HOLDERS: &[&str] = &["many", "others", "them", "some", "most"];

/// Most words of a named view holder after "To".
const MAX_TO_VIEW_WORDS: usize = 4;

/// `To S, CONTENT.` / `But to S, CONTENT.` (rule `to-someone-view`): a
/// sentence opened by "to" and a named person (or "many", "others",
/// "them") before a comma gives that person's view in the clause after
/// it ("To Ames, the levy was a mistake"). A relative aside after the
/// name is skipped ("To Ames, who ran the port, the levy …"). Only where
/// no other frame took the sentence.
fn to_view(ctx: &Ctx<'_>, pq: &[&Quoted], out: &mut Vec<Attribution>, para_out_start: usize) {
    let text = ctx.text;
    for &sentence in &ctx.sentences {
        let sent = ctx.skip_ws(sentence.start());
        let body_end = trim_terminal(text, sent, sentence.end());
        let Some(body) = text.get(sent..body_end) else {
            continue;
        };
        let to_at = if body.starts_with("To ") {
            0
        } else if body.starts_with("But to ") {
            4
        } else {
            continue;
        };
        let from = sent + to_at + 3;
        let Some(comma) = body[to_at + 3..].find(',').map(|i| from + i) else {
            continue;
        };
        let holder = text[from..comma].trim_end();
        let n = holder.split_whitespace().count();
        if n == 0 || n > MAX_TO_VIEW_WORDS {
            continue;
        }
        let holder_span = Span::new(from, from + holder.len());
        let m = if TO_VIEW_HOLDERS.contains(&holder) {
            Mention::unnamed(holder_span, false)
        } else {
            match mention_after(text, from, comma) {
                Some(m)
                    if m.span.end() == holder_span.end()
                        && matches!(m.kind, MentionKind::Person | MentionKind::Name)
                        && holder.starts_with(char::is_uppercase) =>
                {
                    m
                }
                _ => continue,
            }
        };
        if out[para_out_start.min(out.len())..]
            .iter()
            .any(|a| !a.dropped && a.content.start() < body_end && a.content.end() > sent)
        {
            continue;
        }
        // "To Ames, who ran the port, the levy …": past the relative aside.
        let mut after = comma + 1;
        let next = ctx.skip_ws(after);
        if text[next..body_end].starts_with("who ") {
            let Some(i) = text[next..body_end].find(',') else {
                continue;
            };
            after = next + i + 1;
        }
        let start = ctx.skip_ws(after);
        if start >= body_end || text[start..].starts_with(['"', '“', '\'', '‘']) {
            continue;
        }
        let content = Span::new(start, cut_content(text, start, body_end));
        if words_upto(text, content, 3).len() < 3 {
            continue;
        }
        let cue = Cue::synthetic(Span::new(sent + to_at, sent + to_at + 2), "to");
        push_reported(ctx, pq, out, content, "to-someone-view", cue, m, 0.5);
    }
}

/// Nouns of saying that report their object after a possessor ("his
/// attacks on Rubio", "Okafor's criticism of the levy", "her claim that
/// …"), each with the words that open its content. Only nouns whose frame
/// the annotators mark at least about half the time on the development set
/// ("his comments about", "her plan to", "their support for" are left out).
const POSSESSIVE_NOUN_CUES: &[(&str, &[&str])] = &[
    ("attack", &["on", "against"]),
    ("attacks", &["on", "against"]),
    ("criticism", &["of"]),
    ("endorsement", &["of"]),
    ("calls", &["for"]),
    ("claim", &["that"]),
    ("claims", &["that"]),
    ("insistence", &["that"]),
    ("suggestion", &["that"]),
    ("assertion", &["that"]),
    ("argument", &["that"]),
    ("warning", &["that"]),
    ("warnings", &["that"]),
];

/// Every noun of [`POSSESSIVE_NOUN_CUES`] as a substring: a sentence
/// without a match has none of them as a word.
static POSSESSIVE_NOUN_FINDER: LazyLock<crate::scan::AnyOf> =
    LazyLock::new(|| crate::scan::AnyOf::new(POSSESSIVE_NOUN_CUES.iter().map(|(n, _)| n)));

/// Most words between a subject and the possessive pronoun that stands
/// for it ("has toned down his criticism of").
const MAX_SUBJECT_VERB_WORDS: usize = 6;

/// Most modifiers between the possessor and the noun ("his recent
/// withering attacks on").
const MAX_POSSESSIVE_NOUN_MODIFIERS: usize = 2;

/// Words that cannot modify the noun after a possessor: with one of them
/// the possessor belongs to another phrase ("Trump's wall and the attacks on …").
const POSSESSIVE_NOUN_STOPS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "that", "this",
    "these", "those", "by", "as", "at", "from", "is", "was", "are", "were", "be", "been", "has",
    "have", "had", "not", "who", "which", "said", "says",
];

/// `S's NOUN of/on/that CONTENT` (rules `possessive-noun-of`,
/// `possessive-noun-that`): a possessor, at most two modifiers, a noun of
/// saying and its preposition or "that"; the possessor speaks and the rest
/// of the clause is the content. Not where another frame already took the
/// noun or the content.
fn possessive_noun(
    ctx: &Ctx<'_>,
    pq: &[&Quoted],
    out: &mut Vec<Attribution>,
    para_out_start: usize,
) {
    let text = ctx.text;
    for &sentence in &ctx.sentences {
        // Most sentences hold none of the nouns: one automaton pass first.
        if !POSSESSIVE_NOUN_FINDER.is_match(sentence.text(text)) {
            continue;
        }
        let sent = sentence.start();
        let body_end = trim_terminal(text, sent, sentence.end());
        let ws = words(text, Span::new(sent, body_end));
        for (i, w) in ws.iter().enumerate() {
            let noun = w.text(text);
            let Some(&(_, openers)) = POSSESSIVE_NOUN_CUES.iter().find(|(n, _)| *n == noun) else {
                continue;
            };
            let Some(&next) = ws.get(i + 1) else {
                continue;
            };
            if !text[w.end()..next.start()].chars().all(|c| c == ' ')
                || !openers.contains(&next.text(text))
                || inside_quote(pq, *w)
            {
                continue;
            }
            let Some((mut cue_start, mut m)) = possessor(text, sent, w.start()) else {
                continue;
            };
            // "She escalated her attacks on …": a possessive pronoun after
            // the clause's verb stands for its subject, and the verb
            // phrase joins the cue, as the annotators mark it.
            if m.kind == MentionKind::Pronoun
                && let Some(subject) = sentence_subject(ctx, sent, m.span.start())
                && subject.span.end() < m.span.start()
            {
                let gap = &text[subject.span.end()..m.span.start()];
                let n = gap.split_whitespace().count();
                if (1..=MAX_SUBJECT_VERB_WORDS).contains(&n)
                    && !gap.contains([',', ';', ':', '"', '“', '”', '(', ')', '—', '–'])
                {
                    cue_start = ctx.skip_ws(subject.span.end());
                    m = subject;
                }
            }
            let that = next.text(text) == "that";
            let (cue_end, content_start) = if that {
                (w.end(), next.start())
            } else {
                (next.end(), ctx.skip_ws(next.end()))
            };
            if content_start >= body_end {
                continue;
            }
            let mut end = cut_content(text, content_start, body_end);
            if !that {
                let subject_position =
                    text[sent..cue_start].trim().is_empty() || m.span.start() == ctx.skip_ws(sent);
                end = object_phrase_end(text, content_start, end, subject_position);
            }
            let content = Span::new(content_start, end);
            if words(text, content).is_empty() {
                continue;
            }
            let cue_span = Span::new(cue_start, cue_end);
            let taken = out[para_out_start.min(out.len())..].iter().any(|a| {
                !a.dropped
                    && (a
                        .cue
                        .is_some_and(|c| c.start() < cue_end && c.end() > cue_start)
                        || (a.content.start() <= content.start()
                            && a.content.end() >= content.end()
                            && a.content.start() > cue_start))
            });
            if taken {
                continue;
            }
            let lemma = if that { "claim" } else { "attack" };
            let cue = Cue::synthetic(cue_span, lemma);
            let rule = if that {
                "possessive-noun-that"
            } else {
                "possessive-noun-of"
            };
            push_reported(ctx, pq, out, content, rule, cue, m, 0.5);
        }
    }
}

/// Words besides the auxiliaries that end the object of a noun of saying:
/// the clause's own verb follows it ("his attacks on Curiel are highly
/// unusual", "his claim of fraud drew criticism").
const OBJECT_PHRASE_STOPS: &[&str] = &[
    "seems",
    "seemed",
    "appears",
    "appeared",
    "indicates",
    "indicated",
    "shows",
    "showed",
    "made",
    "makes",
    "helped",
    "helps",
    "drew",
    "draws",
    "won",
    "prompted",
    "came",
    "comes",
];

/// The end of the noun phrase from `start`: before its first comma or
/// before an auxiliary or a verb in [`OBJECT_PHRASE_STOPS`], at most `end`.
/// When the phrase is the subject's (`subject_position`), a past form in
/// "-ed" is the clause's verb too ("Okafor's criticism of the levy
/// surprised the board").
fn object_phrase_end(text: &str, start: usize, end: usize, subject_position: bool) -> usize {
    let mut cut = end;
    if let Some(i) = text[start..end].find(',') {
        cut = start + i;
    }
    if let Some(w) = words(text, Span::new(start, cut))
        .into_iter()
        .skip(1)
        .find(|w| {
            let t = w.text(text);
            lexicon::is_auxiliary(t)
                || OBJECT_PHRASE_STOPS.contains(&t)
                || (subject_position
                    && t.len() > 4
                    && t.ends_with("ed")
                    && t.bytes().all(|b| b.is_ascii_lowercase()))
        })
    {
        cut = w.start();
    }
    text[start..cut].trim_end().len() + start
}

/// The start of the cue and the possessor before the noun at `noun_start`:
/// "his", "Okafor's", "Sen. Graham's" and up to two modifiers after it.
fn possessor(text: &str, sent: usize, noun_start: usize) -> Option<(usize, Mention)> {
    let mut at = noun_start;
    let mut cue_start = noun_start;
    for _ in 0..=MAX_POSSESSIVE_NOUN_MODIFIERS {
        let before = text[sent..at].trim_end_matches(' ');
        if before.len() + 1 + sent != at {
            return None;
        }
        let last_start = before.rfind(' ').map_or(0, |i| i + 1);
        let last = &before[last_start..];
        let word_at = sent + last_start;
        if let Some(&(_, gender)) = POSSESSIVE_DETERMINERS
            .iter()
            .find(|(d, _)| d.eq_ignore_ascii_case(last))
        {
            let m = Mention::pronoun(Span::new(word_at, word_at + last.len()), gender);
            return Some((cue_start, m));
        }
        if is_possessive(last) && last.starts_with(char::is_uppercase) {
            // The name without its "'s" ("Okafor's" names Okafor).
            let name = ["'s", "’s", "'", "’"]
                .iter()
                .find_map(|p| last.strip_suffix(p))
                .unwrap_or(last);
            let name_end = word_at + name.len();
            let m = mention_before(text, name_end, sent).filter(|m| {
                matches!(
                    m.kind,
                    MentionKind::Person | MentionKind::Name | MentionKind::Organization
                )
            })?;
            return Some((cue_start, m));
        }
        let modifier = !last.is_empty()
            && last.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !POSSESSIVE_NOUN_STOPS.contains(&last);
        if !modifier {
            return None;
        }
        cue_start = word_at;
        at = word_at;
    }
    None
}

/// The content, the poll's noun phrase and whether it is definite, when
/// the "in" at `in_word` opens a poll that reports the sentence's clause.
fn survey_frame(
    ctx: &Ctx<'_>,
    sent: usize,
    body_end: usize,
    in_word: Span,
) -> Option<(Span, Span, bool)> {
    let text = ctx.text;
    // The noun phrase: words up to a comma or the end, one of them a poll.
    let np_start = ctx.skip_ws(in_word.end());
    let rest = &text[np_start..body_end];
    let np_len = rest
        .find([',', ';', ':', '(', '"', '“', '”'])
        .unwrap_or(rest.len());
    let mut np = Span::new(np_start, np_start + rest[..np_len].trim_end().len());
    let np_words = words(text, np);
    let first = np_words.first()?.text(text);
    let opener = first
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || [
            "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "several",
            "recent", "new", "latest", "two", "three", "both",
        ]
        .contains(&first);
    // The poll heads the phrase: nothing but its date or maker after it
    // ("released Monday", "of 400 voters", "by the Post"), no verb or
    // preposition before it ("the hours before the polls"), and more
    // than a bare "the polls" ("leads in the polls" is a figure of speech).
    let head = np_words.iter().position(|w| {
        SURVEY_NOUNS
            .iter()
            .any(|n| n.eq_ignore_ascii_case(w.text(text)))
    })?;
    let after_head_ok = np_words
        .get(head + 1)
        .is_none_or(|w| SURVEY_TAILS.contains(&w.text(text)));
    let lead = &text[sent..in_word.start()];
    let leading = lead.trim().is_empty() || only_connectors(lead);
    // "In the Courier poll, conducted in May, CONTENT": a participle aside
    // after the poll belongs to its phrase.
    if leading && text[np.end()..].starts_with(',') {
        let after = ctx.skip_ws(np.end() + 1);
        let aside = &text[after..body_end];
        let participle = aside
            .split(char::is_whitespace)
            .next()
            .is_some_and(|w| ["conducted", "released", "taken", "published"].contains(&w));
        if participle
            && let Some(comma) = aside.find(',')
            && aside[..comma].split_whitespace().count() <= MAX_SURVEY_ASIDE_WORDS
            && !aside[..comma].contains(['"', '“', '”', ';', ':'])
        {
            np = Span::new(np.start(), after + comma);
        }
    }
    let comma_after = text[np.end()..].starts_with(',');
    // "CONTENT in a … poll by nine points": the phrase ends at the poll
    // when the clause before it carries on after it.
    if !after_head_ok && !leading && !np_words[..head].is_empty() {
        np = Span::new(np.start(), np_words[head].end());
    }
    let before_head_ok = np_words[..head]
        .iter()
        .all(|w| !SURVEY_BREAKS.contains(&w.text(text).to_lowercase().as_str()));
    if np_words.len() > MAX_SURVEY_WORDS
        || !opener
        || (!after_head_ok && leading)
        || !before_head_ok
        || head < 1
        || (head == 1 && first.eq_ignore_ascii_case("the") && !(leading && comma_after))
    {
        return None;
    }
    let content = if leading && text[np.end()..].starts_with(',') {
        // In a … poll, CONTENT.
        let start = ctx.skip_ws(np.end() + 1);
        Span::new(start, cut_content(text, start, body_end))
    } else if !lead.trim().is_empty() && !leading {
        // CONTENT in a … poll (, a … / by … / and …).
        let head = lead.trim_end().trim_end_matches(',');
        let end = sent + head.len();
        let start = colon_head_end(text, content_opening(text, sent, end, true), end);
        Span::new(survey_clause_start(text, start, end), end)
    } else {
        return None;
    };
    if words_upto(text, content, 3).len() < 3 {
        return None;
    }
    Some((content, np, first.eq_ignore_ascii_case("the")))
}

/// An attribution found before the poll frame is the respondents' answer
/// inside the clause the poll reports ("8 percent of Democrats said …",
/// "Six in 10 say …"), or a count read as a cue ("at 25 percent
/// support"): its cue lies in the clause, and its speaker is a count or
/// its cue follows one.
fn nested_in_survey(text: &str, a: &Attribution, content: Span) -> bool {
    let Some(cue) = a.cue else {
        return false;
    };
    let counted = |s: &str| {
        s.split([' ', '-']).any(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || COUNT_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
        })
    };
    let speaker_counted = match &a.who {
        Who::Mention(m) => counted(m.span.text(text)),
        _ => false,
    };
    let before = text[content.start()..cue.start()].trim_end();
    let after_count = before
        .rsplit(' ')
        .next()
        .is_some_and(|w| ["percent", "%", "points"].contains(&w) || w.ends_with('%'));
    a.kind != QuoteKind::Direct
        && cue.start() >= content.start()
        && cue.end() <= content.end()
        && (speaker_counted || after_count)
}

/// Words of a count of respondents ("Sixty-seven percent", "half").
const COUNT_WORDS: &[&str] = &[
    "percent",
    "half",
    "third",
    "thirds",
    "quarter",
    "majority",
    "plurality",
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
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// Most words of a head before a colon that opens a sentence ("The
/// result:", "He needs one:").
const MAX_COLON_HEAD_WORDS: usize = 5;

/// Where the clause in `start..end` opens after a short head and its
/// colon ("The result: Riders take 40 trips a month"): after the colon
/// when a capital follows it, else `start`.
fn colon_head_end(text: &str, start: usize, end: usize) -> usize {
    let body = text.get(start..end).unwrap_or("");
    let Some(colon) = body.find(": ") else {
        return start;
    };
    let head = &body[..colon];
    let rest = &body[colon + 2..];
    if head.split_whitespace().count() <= MAX_COLON_HEAD_WORDS
        && !head.contains(['"', '“', '”'])
        && rest.starts_with(|c: char| c.is_uppercase())
        && rest.split_whitespace().count() >= 3
    {
        start + colon + 2
    } else {
        start
    }
}

/// Words that may open the clause a poll reports after a comma: "In March,
/// he had 38 percent", "…, where she holds a lead".
const SURVEY_CLAUSE_OPENERS: &[&str] = &[
    "he", "she", "they", "it", "we", "the", "his", "her", "their",
];

/// Where the clause a poll reports opens in `start..end`: after the last
/// comma when a new clause with its subject follows it ("In the fall,
/// Ortiz held a lead", "He heads north, where he has a lead"), else `start`.
fn survey_clause_start(text: &str, start: usize, end: usize) -> usize {
    let lead = &text[start..end];
    let Some(comma) = lead.rfind(", ") else {
        return start;
    };
    let mut at = comma + 2;
    let rest = &lead[at..];
    if let Some(r) = rest.strip_prefix("where ") {
        at += rest.len() - r.len();
    }
    let piece = &lead[at..];
    let first = piece.split(' ').next().unwrap_or("");
    let opens = first
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || SURVEY_CLAUSE_OPENERS.contains(&first);
    let quoted =
        piece.contains(['"', '“', '”']) || lead[..at].matches(['"', '“', '”']).count() % 2 == 1;
    if opens && !quoted && piece.split_whitespace().count() >= 3 {
        start + at
    } else {
        start
    }
}

/// The span from `start` to `cut`, without the spaces and the `,`/`:`
/// that led into the quotation at `cut`.
fn text_before_cut(text: &str, start: usize, cut: usize) -> Span {
    let head = text.get(start..cut).unwrap_or("");
    let head = head.trim_end().trim_end_matches([',', ':']).trim_end();
    Span::new(start, start + head.len())
}

/// "Trump's" in "Trump's claim that …": a nominalised cue, whose content is
/// the possessor's only when it opens the sentence.
fn is_possessive(mention: &str) -> bool {
    mention.ends_with("'s")
        || mention.ends_with("’s")
        || mention.ends_with("s'")
        || mention.ends_with("s’")
}

/// Sentence connectors that are the writer's, not the source's: "But,
/// the plan will fail, he said" reports "the plan will fail".
const SENTENCE_CONNECTORS: &[&str] = &[
    "and",
    "but",
    "so",
    "yet",
    "still",
    "now",
    "also",
    "meanwhile",
    "however",
    "nevertheless",
    "nonetheless",
    "moreover",
    "indeed",
    "instead",
    "besides",
    "regardless",
    "overall",
];

/// Connector phrases that end with a comma ("In fact, …").
const CONNECTOR_PHRASES: &[&str] = &[
    "in fact,",
    "even so,",
    "in contrast,",
    "by contrast,",
    "what's more,",
    "what’s more,",
    "of course,",
    "at the same time,",
    "in addition,",
    "as a result,",
    "on the other hand,",
    "for example,",
    "for instance,",
    "after all,",
    "in other words,",
    "as it stands,",
    "as it currently stands,",
    "to be sure,",
    "in short,",
];

/// Words that open what follows ", according to S," when it is not the
/// rest of the reported clause: a relative or subordinate clause, a
/// comparison, an apposition to the source.
const ACCORDING_TAIL_STOPS: &[&str] = &[
    "who",
    "whom",
    "whose",
    "which",
    "where",
    "when",
    "while",
    "whereas",
    "compared",
    "than",
    "a",
    "an",
    "and",
    "but",
    "or",
    "as",
    "because",
    "since",
    "although",
    "though",
    "up",
    "down",
    "with",
    "per",
    "not",
    "who's",
    "according",
];

/// Verbs that may open the rest of the clause after a long "according
/// to" source ("according to a person close to the process, is to …");
/// after such a source anything else is more likely an apposition.
const ACCORDING_TAIL_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "remains", "remained", "includes", "included",
    "include",
];

/// The rest of the reported clause after ", according to S," ("Other
/// cleavages, according to the poll, include ideology"), when the
/// sentence goes on with it.
///
/// With `long_source` (the source ran past its mention to the comma) the
/// rest must open with a verb of [`ACCORDING_TAIL_VERBS`] or an amount.
fn according_tail(
    ctx: &Ctx<'_>,
    comma_end: usize,
    body_end: usize,
    long_source: bool,
) -> Option<Span> {
    let text = ctx.text;
    let start = ctx.skip_ws(comma_end);
    // "G4S receives, according to one report, $234 million …"
    let currency = text[start..].starts_with(['$', '£', '€']);
    let first = word_after(text, start + usize::from(currency), body_end)?;
    if first.start() != start + usize::from(currency) {
        return None;
    }
    let w = first.text(text);
    let amount = currency || w.starts_with(|c: char| c.is_ascii_digit());
    if !(w.chars().next().is_some_and(char::is_lowercase) || amount)
        || (long_source && !amount && !ACCORDING_TAIL_VERBS.contains(&w))
        || ACCORDING_TAIL_STOPS.contains(&w)
        || (w.len() > 4 && w.ends_with("ing"))
    {
        return None;
    }
    let tail = Span::new(start, cut_content(text, start, body_end));
    (words_upto(text, tail, 2).len() == 2).then_some(tail)
}

/// Relative pronouns that open a non-restrictive clause after a comma.
const RELATIVE_OPENERS: &[&str] = &[", which ", ", who ", ", whom ", ", whose "];

/// The start of a relative clause that runs from its comma to `end` (the
/// comma before "according to") when the clause before it has a finite
/// speech verb of its own: "Weaver says his streak is proof …, which
/// stood at 263 …, according to the AP" (the AP vouches for the count,
/// Weaver for the rest).
fn relative_before_according(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<usize> {
    let text = ctx.text;
    let head = text.get(start..end)?;
    let (at, opener) = RELATIVE_OPENERS
        .iter()
        .filter_map(|o| head.rfind(o).map(|i| (i, *o)))
        .max()?;
    if head[at + opener.len()..].contains([',', ';', ':', '(', ')', '"', '“', '”']) {
        return None;
    }
    let rel = start + at + 2;
    let speech = (ctx.cues_from(start)..ctx.cues.len())
        .take_while(|&i| ctx.cues[i].span.end() <= rel)
        .any(|i| {
            let c = ctx.cues[i];
            c.kind == CueKind::Speech && c.form == Form::Finite && !c.negated
        });
    speech.then_some(rel)
}

/// Most words of an "according to" source that runs past its mention to
/// the aside's closing comma or dash ("according to a person close to
/// the process, …").
const MAX_ASIDE_SOURCE_WORDS: usize = 12;

/// Where the words after an "according to" aside's closing comma or dash
/// start, when the source from `from` (the end of its mention) runs to it
/// within [`MAX_ASIDE_SOURCE_WORDS`] words and without other punctuation.
fn aside_source_end(text: &str, from: usize, body_end: usize) -> Option<usize> {
    let rest = text.get(from..body_end)?;
    let stop = rest.find([',', '—', '–', ';', ':', '(', ')', '"', '“', '”', '.'])?;
    let dash = [" - ", " -- "]
        .iter()
        .filter_map(|d| rest[..stop].find(d).map(|i| (i, d.len())))
        .min();
    let (at, len) = match dash {
        Some((i, len)) => (i, len),
        None => {
            let c = rest[stop..].chars().next()?;
            if !matches!(c, ',' | '—' | '–') {
                return None;
            }
            (stop, c.len_utf8())
        }
    };
    if rest[..at].split_whitespace().count() > MAX_ASIDE_SOURCE_WORDS {
        return None;
    }
    Some(from + at + len)
}

/// Words that open a clause and end the lead before an "according to"
/// aside, whose clause then follows the aside ("after, according to him,
/// the network cut …").
/// ("that" is left out: after "S2 reported that" the outer frame takes
/// the aside and its clause, as the annotators mark it.)
const ASIDE_SUBORDINATORS: &[&str] = &[
    "after", "before", "because", "while", "when", "since", "although", "though", "if", "whereas",
    "until", "unless",
];

/// `… after, according to S, CONTENT` / `… while — according to S —
/// CONTENT`: an "according to" aside set off by commas or dashes after a
/// subordinator; the clause after the aside is the content.
fn according_aside_clause(ctx: &Ctx<'_>, cue: Cue, m: Mention, body_end: usize) -> Option<Span> {
    let text = ctx.text;
    let sent = ctx.sentence_start(cue.span.start());
    let lead = text.get(sent..cue.span.start())?.trim_end();
    let opened = lead
        .strip_suffix(',')
        .or_else(|| lead.strip_suffix('—'))
        .or_else(|| lead.strip_suffix('–'))
        .or_else(|| lead.strip_suffix(" -"))?
        .trim_end();
    let last = opened.rsplit(' ').next().unwrap_or("");
    if !ASIDE_SUBORDINATORS.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    let after = ctx.skip_ws(m.span.end());
    let close = if ctx.char_at(after) == Some(',') {
        after + 1
    } else {
        aside_source_end(text, m.span.end(), body_end)?
    };
    let start = ctx.skip_ws(close);
    if start >= body_end || text[start..].starts_with(['"', '“', '\'', '‘']) {
        return None;
    }
    let content = Span::new(start, cut_content(text, start, body_end));
    (words_upto(text, content, 3).len() == 3).then_some(content)
}

/// Whether `lead` is nothing but the writer's connectors ("But,", "In
/// addition,", "And yet").
fn only_connectors(lead: &str) -> bool {
    let lead = lead.trim().trim_end_matches(',').trim_end();
    if lead.is_empty() {
        return false;
    }
    let lower = format!("{},", lead.to_lowercase());
    CONNECTOR_PHRASES.contains(&lower.as_str())
        || lead.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
            SENTENCE_CONNECTORS
                .iter()
                .any(|c| c.eq_ignore_ascii_case(w))
        })
}

/// Most words of a dateline before its dash ("CAMBRIDGE, Mass., Dec. 11 (UPI) —").
const MAX_DATELINE_WORDS: usize = 8;

/// Dashes that end a dateline ("WEXLEY — "), each with its searcher below.
const DATELINE_DASHES: &[&str] = &[" — ", " – ", " - ", " -- ", "— ", "– "];
static DATELINE_DASH_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| scan::finders(DATELINE_DASHES));

/// Where content that opens a sentence starts ("CONTENT, S said", "CONTENT,
/// according to S"): after a dateline ("WEXLEY — ", "PARIS (AFP) - ") and
/// after the writer's connectors set off by a comma ("In fact,",
/// "Still,"), which the annotators leave out. With `bare` also after a
/// connector without a comma ("But X, according to S"): before a speech
/// verb frame the annotators keep "But …" as the source's words.
fn content_opening(text: &str, sent: usize, end: usize, bare: bool) -> usize {
    let skip_ws = |at: usize| {
        let rest = text.get(at..end).unwrap_or("");
        at + (rest.len() - rest.trim_start().len())
    };
    let mut at = skip_ws(sent);
    // A dateline: a short head in capitals or ending with an agency tag.
    let head = text.get(at..end).unwrap_or("");
    if let Some(dash) = DATELINE_DASHES
        .iter()
        .zip(DATELINE_DASH_FINDERS.iter())
        .filter_map(|(d, f)| f.find(head.as_bytes()).map(|i| (i, d.len())))
        .min()
    {
        let before = &head[..dash.0];
        let first = before.split([' ', ',']).next().unwrap_or("");
        let caps = first.len() >= 3 && first.chars().all(|c| c.is_uppercase() || c == '.');
        let agency = before.trim_end().ends_with(')');
        if before.split_whitespace().count() <= MAX_DATELINE_WORDS && (caps || agency) {
            at = skip_ws(at + dash.0 + dash.1);
        }
    }
    for _ in 0..2 {
        let rest = text.get(at..end).unwrap_or("");
        let lower = rest
            .get(..40.min(rest.len()))
            .unwrap_or(rest)
            .to_lowercase();
        if let Some(p) = CONNECTOR_PHRASES.iter().find(|p| lower.starts_with(*p)) {
            at = skip_ws(at + p.len());
            continue;
        }
        let w = rest.split([' ', ',']).next().unwrap_or("");
        if w.len() < rest.len()
            && (bare || rest[w.len()..].starts_with(','))
            && SENTENCE_CONNECTORS
                .iter()
                .any(|c| c.eq_ignore_ascii_case(w))
        {
            let after = &rest[w.len()..];
            let after = after.strip_prefix(',').unwrap_or(after);
            at = skip_ws(at + (rest.len() - after.len()));
            continue;
        }
        break;
    }
    // Keep the whole sentence when nothing would be left.
    if words_upto(text, Span::new(at, end), 2).len() < 2 {
        return skip_ws(sent);
    }
    at
}

/// Possessive determiners as the speaker of a noun-form cue, with gender.
const POSSESSIVE_DETERMINERS: &[(&str, Gender)] = &[
    ("his", Gender::Male),
    ("her", Gender::Female),
    ("their", Gender::Plural),
    ("its", Gender::Neuter),
    ("our", Gender::Plural),
    ("my", Gender::Unknown),
];

/// "his promise to build a wall", "George Will's call … ", "Her vow to
/// go after companies": a noun-form cue of a verb that takes an
/// infinitive as its content, after a possessive determiner or a
/// possessive name, followed by "to" and a bare verb. The possessor is
/// the speaker; the content runs from "to" to the clause's end.
fn possessive_noun_to(
    ctx: &Ctx<'_>,
    cue: Cue,
    sent: usize,
    body_end: usize,
) -> Option<(Span, Mention)> {
    let text = ctx.text;
    let verb = cue.verb.text(text);
    if cue.span != cue.verb
        || !INFINITIVE_CONTENT_LEMMAS.contains(&cue.lemma)
        || !lexicon::is_noun_form(verb, cue.lemma)
        || !verb.bytes().all(|b| b.is_ascii_lowercase())
    {
        return None;
    }
    let to = next_word(text, cue.span.end(), body_end)?;
    if !text[cue.span.end()..to.start()].chars().all(|c| c == ' ')
        || !infinitive_content(text, to, body_end, cue)
    {
        return None;
    }
    let before = text[sent..cue.span.start()].trim_end();
    if before.len() + sent + 1 != cue.span.start() {
        return None;
    }
    let last_start = before.rfind(' ').map_or(0, |i| i + 1);
    let last = &before[last_start..];
    let at = sent + last_start;
    let m = if let Some(&(_, gender)) = POSSESSIVE_DETERMINERS
        .iter()
        .find(|(d, _)| d.eq_ignore_ascii_case(last))
    {
        Mention::pronoun(Span::new(at, at + last.len()), gender)
    } else if is_possessive(last) && last.starts_with(char::is_uppercase) {
        mention_before(text, at + last.len(), sent).filter(|m| {
            matches!(
                m.kind,
                MentionKind::Person | MentionKind::Name | MentionKind::Organization
            )
        })?
    } else {
        return None;
    };
    let end = cut_content(text, to.start(), body_end);
    Some((Span::new(to.start(), end), m))
}

/// Verbs whose "to" + verb is the content: "vowed to cut taxes",
/// "has pledged to support the nominee".
const INFINITIVE_CONTENT_LEMMAS: &[&str] = &[
    "vow", "pledge", "promise", "threaten", "swear", "demand", "claim",
];

/// True when the content opening at `to` is "to" and a bare verb after a
/// verb that takes an infinitive as what was said: "vowed to cut taxes".
fn infinitive_content(text: &str, to: Span, end: usize, cue: Cue) -> bool {
    INFINITIVE_CONTENT_LEMMAS.contains(&cue.lemma) && infinitive_after(text, to, end, cue)
}

/// Prepositions that open an adjunct, not reported content ("said in an interview").
const ADJUNCT_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "with",
    "for",
    "from",
    "during",
    "after",
    "before",
    "about",
    "of",
    "by",
    "into",
    "to",
    "through",
    "over",
    "under",
    "via",
    "while",
    "as",
    "like",
    "again",
    "later",
    "earlier",
    "last",
    "yesterday",
    "today",
    "up",
    "out",
    "off",
    "down",
    "back",
    "away",
    "too",
    "so",
];

/// Content that starts with a preposition and is this short is an adjunct
/// ("said in an interview"), not what was said.
const MAX_ADJUNCT_ONLY_WORDS: usize = 8;

/// Words that open a content clause.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "whether", "if", "how", "what", "why", "when", "where", "who", "which", "he", "she",
    "it", "they", "we", "i", "you", "there", "the", "a", "an", "his", "her", "its", "their", "our",
    "this", "these", "those", "some", "many", "no", "all", "most", "one", "two",
];

/// True when reported content may start at `start` for this cue.
fn content_can_start(text: &str, start: usize, end: usize, cue: Cue) -> bool {
    let Some(first) = next_word(text, start, end) else {
        return false;
    };
    if first.start() != start {
        // Punctuation first: a quote is fine, and a currency sign before a
        // number ("said $4 million was spent"); anything else is not content.
        return text[start..].starts_with(is_quote_mark)
            || (text[start..].starts_with(['$', '£', '€'])
                && text[start..]
                    .chars()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit()));
    }
    let w = first.text(text);
    let eq = |list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    if (eq(ADJUNCT_OPENERS) || lexicon::is_weekday(w))
        && words_upto(text, Span::new(start, end), MAX_ADJUNCT_ONLY_WORDS + 1).len()
            <= MAX_ADJUNCT_ONLY_WORDS
        && !(cue.lemma == "urge" && w.eq_ignore_ascii_case("to"))
        && !infinitive_after(text, first, end, cue)
    {
        return false;
    }
    // Idioms that look like reported content: "pleaded guilty", "found
    // himself on the street".
    if match cue.lemma {
        "plead" => eq(&["guilty", "not", "no"]),
        "find" => eq(&[
            "himself",
            "herself",
            "itself",
            "themselves",
            "myself",
            "ourselves",
        ]),
        _ => false,
    } {
        return false;
    }
    if non_speech_object(text, first, end, cue) {
        return false;
    }
    if cue.kind == CueKind::ThatClause {
        return eq(CLAUSE_OPENERS) || w.chars().next().is_some_and(char::is_uppercase);
    }
    true
}

/// Words after "added" that, before a number, open a quantity ("added
/// about 300 jobs").
const QUANTITY_APPROXIMATORS: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "some", "over", "more", "than",
];

/// Nouns after "found a" that open a bare clause of a survey ("found a
/// majority of voters back the levy"), not a found thing.
const FOUND_QUANTITY_NOUNS: &[&str] = &[
    "majority",
    "plurality",
    "minority",
    "third",
    "quarter",
    "fifth",
    "half",
    "number",
    "lot",
];

/// Verb senses that are no speech, read from the first words of the
/// object (`first` is the first word, at the content start):
///
/// - "added 160 guards", "added another route": a number or "another"
///   after "add" is a thing added, not a remark;
/// - "found a way", "found a home", "began to find her voice": an
///   indefinite object (or "one's voice") after "find" is a thing come
///   upon, not a finding reported;
/// - "Osei called Marlow.", "called Marlow to congratulate him", "a group
///   called Harbour Watch": a bare name after "called" is a phone call or
///   a name given ("called Marlow a liar" goes on past the name).
///
/// The guidelines' content is a proposition or a stance; these objects
/// are neither (PolNeAR: 26 false attributions gone, 2 true ones lost).
fn non_speech_object(text: &str, first: Span, end: usize, cue: Cue) -> bool {
    let w = first.text(text);
    let ws = || words_upto(text, Span::new(first.start(), end), 3);
    match cue.lemma {
        // "pledged to add 7,000 soldiers": an intention's content.
        "add"
            if cue.form != Form::Infinitive
                && !text[..cue.verb.start()].trim_end().ends_with(" to") =>
        {
            let numeric = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
            numeric(w)
                || w.eq_ignore_ascii_case("another")
                || (eq_any(w, QUANTITY_APPROXIMATORS)
                    && ws().iter().skip(1).take(2).any(|s| numeric(s.text(text))))
        }
        "find" => {
            let ws = ws();
            let second = ws.get(1).map_or("", |s| s.text(text));
            (eq_any(w, &["a", "an"]) && !eq_any(second, FOUND_QUANTITY_NOUNS))
                || (eq_any(w, &["his", "her", "their", "its", "my", "our", "your"])
                    && second == "voice")
        }
        "call" => called_name_only(text, first, end, cue),
        _ => false,
    }
}

/// "Osei called Marlow." / "called Marlow to congratulate him" / "called
/// Marlow, the harbour master, on Friday": a finite lowercase "called"
/// with no particle, then only a capitalised name (digits and an inner
/// "of" allowed), then the sentence end, a comma, a day or an infinitive.
fn called_name_only(text: &str, first: Span, end: usize, cue: Cue) -> bool {
    if cue.form != Form::Finite
        || cue.span.end() != cue.verb.end()
        || !cue.verb.text(text).starts_with(char::is_lowercase)
    {
        return false;
    }
    let capital = |s: &str| s.starts_with(char::is_uppercase) && !s.contains(['’', '\'']);
    let ws = words_upto(text, Span::new(first.start(), end), 8);
    let first_word = first.text(text);
    if !capital(first_word)
        || eq_any(first_word, &["I", "The", "A", "An"])
        || lexicon::is_weekday(first_word)
        || lexicon::is_month_name(first_word)
    {
        return false;
    }
    let mut k = 1;
    while k < ws.len() {
        let s = ws[k].text(text);
        let inner_of = s == "of" && ws.get(k + 1).is_some_and(|n| capital(n.text(text)));
        let glued = text[ws[k - 1].end()..ws[k].start()].trim().is_empty();
        if !glued || !(capital(s) || s.bytes().all(|b| b.is_ascii_digit()) || inner_of) {
            break;
        }
        k += 1;
    }
    let name_end = ws[k - 1].end();
    let rest = text[name_end..end.max(name_end)].trim_start();
    if rest.is_empty() || rest.starts_with(',') {
        return true;
    }
    let Some(next) = ws.get(k) else {
        return false;
    };
    let n = next.text(text);
    bare_verb_after_to(text, *next, end)
        || lexicon::is_weekday(n)
        || eq_any(
            n,
            &[
                "onto",
                "into",
                "last",
                "this",
                "yesterday",
                "today",
                "tonight",
            ],
        )
}

/// Lemmas whose "to" names an addressee or a destination ("said to
/// reporters", "wrote to the board", "spoke to police"), never an infinitive
/// that is the content.
const TO_ADDRESSEE_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "speak",
    "talk",
    "write",
    "explain",
    "complain",
    "report",
    "reply",
    "respond",
    "mention",
    "describe",
    "announce",
    "declare",
    "confess",
    "admit",
    "boast",
    "brag",
    "joke",
    "recommend",
    "suggest",
    "signal",
    "point",
    "whisper",
    "shout",
    "yell",
    "testify",
    "post",
    "tweet",
    "email",
    "send",
    "deliver",
    "address",
    "read",
    "refer",
    "add",
    "note",
    "object",
];

/// Words after "to" that open a noun phrase, not an infinitive.
const NOT_INFINITIVE: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "him", "them", "me", "us", "you", "it", "all", "both", "each", "every", "some", "any",
    "no", "one", "date", "what", "which", "whom", "whoever", "anyone", "everyone", "nobody",
];

/// "vowed to stay", "agreed to testify": `first` is the "to" of an
/// infinitive that is the content (a lowercase bare verb follows), after a
/// cue whose "to" is no addressee. Short contents like these are no
/// adjuncts.
fn infinitive_after(text: &str, first: Span, end: usize, cue: Cue) -> bool {
    !TO_ADDRESSEE_LEMMAS.contains(&cue.lemma) && bare_verb_after_to(text, first, end)
}

/// `to` is the "to" of an infinitive: a lowercase bare verb follows it
/// ("to stay"), not a noun phrase ("to the board", "to reporters", "to
/// Smith", "to whom"). The one test of "to + infinitive or to + noun
/// phrase" for every frame.
pub(super) fn bare_verb_after_to(text: &str, to: Span, end: usize) -> bool {
    if to.text(text) != "to" {
        return false;
    }
    let Some(verb) = next_word(text, to.end(), end) else {
        return false;
    };
    let v = verb.text(text);
    text[to.end()..verb.start()].chars().all(|c| c == ' ')
        && v.len() > 1
        && v.bytes().all(|b| b.is_ascii_lowercase())
        && (!v.ends_with('s') || v.ends_with("ss") || v.ends_with("us"))
        && !v.ends_with("ing")
        && !NOT_INFINITIVE.contains(&v)
        && !lexicon::is_group(v)
        && !lexicon::is_role(v)
}

/// Single words that open a sentence as an adverbial, not as content
/// ("Instead, he talked about …", "There, I said it").
const ADVERBIAL_OPENERS: &[&str] = &[
    "instead",
    "there",
    "then",
    "meanwhile",
    "still",
    "yet",
    "now",
    "here",
    "earlier",
    "later",
    "afterward",
    "afterwards",
    "again",
    "also",
    "however",
    "indeed",
];

/// "In a speech last July, he said": a fronted adjunct before the comma —
/// a preposition, a day or an adverbial first, at most
/// [`MAX_ADJUNCT_ONLY_WORDS`] words and no finite verb ("In all, the
/// committee raised $5 million" is content) — is no content. So are a
/// time adjunct alone ("A year later, Osei called …", see [`time_only`])
/// and a fronted question ("Asked whether the pier is safe, 60 percent
/// said no"): the question put to the speaker, not the answer.
fn adjunct_only(text: &str, content: Span) -> bool {
    let ws = words_upto(text, content, MAX_ADJUNCT_ONLY_WORDS + 1);
    let Some(first) = ws.first() else {
        return false;
    };
    let f = first.text(text);
    if f == "Asked" || time_only(text, content) {
        return true;
    }
    (eq_any(f, ADJUNCT_OPENERS) || eq_any(f, ADVERBIAL_OPENERS) || lexicon::is_weekday(f))
        && ws.len() <= MAX_ADJUNCT_ONLY_WORDS
        && !ws.iter().any(|w| object::finite_like(w.text(text)))
}

/// The end of the sentence body: before the final `.`/`?`/`!` (and closing marks).
fn trim_terminal(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let t = s.trim_end();
    let t = t.trim_end_matches(['.', '?', '!', ')']);
    // Keep closing quote marks: the content of a mixed quote keeps them.
    start + t.len()
}

/// Most words between a cue and the "that" opening its content clause: "said
/// in an interview with the local paper on Monday that …", "told reporters
/// outside the court that …", "pointed out that …".
const MAX_WORDS_BEFORE_THAT: usize = 12;

/// Words that show a clause has already begun before a "that" (a subject, a
/// finite verb, a degree word; the auxiliaries too): the "that" then lies inside the content
/// ("said it was so late that …", "said the plan would mean that …").
const CLAUSE_BEFORE_THAT: &[&str] = &[
    "i", "he", "she", "we", "they", "it", "there", "you", "be", "been", "so", "such", "not",
    "because", "if", "when", "what", "how", "who", "whether", "why", "where",
];

/// Words after "that" that make it a relative pronoun ("the bill that was
/// passed"), not the opener of a content clause, besides the auxiliaries.
const RELATIVE_AFTER_THAT: &[&str] = &["includes", "included", "showed", "shows"];

/// Cue lemmas whose object is the addressee, not the content: what stands
/// between them and "that" is who was told ("told the board that …").
const ADDRESSEE_LEMMAS: &[&str] = &[
    "tell", "inform", "assure", "reassure", "remind", "warn", "convince", "persuade", "notify",
    "promise", "advise", "caution", "brief", "urge", "show",
];

/// Nouns of attitude that a verb like "expressed" or "voiced" turns into a
/// cue ("expressed concern that …"): the guidelines put the noun in the cue.
const ATTITUDE_NOUNS: &[&str] = &[
    "concern",
    "concerns",
    "confidence",
    "doubt",
    "doubts",
    "skepticism",
    "scepticism",
    "alarm",
    "hope",
    "hopes",
    "fear",
    "fears",
    "optimism",
    "pessimism",
    "frustration",
    "outrage",
    "anger",
    "regret",
    "surprise",
    "satisfaction",
    "disappointment",
    "worry",
    "worries",
    "dismay",
    "relief",
    "amazement",
    "amusement",
    "astonishment",
    "certainty",
];

/// Prepositions that open an adjunct between a cue and "that" ("said in May
/// that", "wrote of the plan that").
const THAT_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "of", "with", "from", "for", "about", "by",
    "through", "via", "over", "outside", "inside", "under", "within", "while", "when",
];

/// Other first words of an adjunct between a cue and "that": time words,
/// particles, sentence adverbs ("noted Tuesday that", "pointed out that",
/// "said, however, that"). Words in -ly (adverbs) count too.
const THAT_ADJUNCT_OPENERS: &[&str] = &[
    "earlier",
    "later",
    "last",
    "this",
    "late",
    "again",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "out",
    "up",
    "instead",
    "however",
    "also",
    "too",
    "once",
    "twice",
    "repeatedly",
    "then",
    "now",
    "still",
    "even",
    "already",
];

/// The start of a content clause after a cue: the "that" which opens it when
/// only adjuncts, an addressee or a particle stand before it ("said on
/// Monday that", "told the board that", "noted, however, that", "pointed
/// out that"); else `start`. The annotation guidelines put "that" in the
/// content and everything before it in the cue. An object of another verb
/// keeps its "that" ("rejected the idea that …": the idea is the content).
fn skip_adjunct_to_that(text: &str, start: usize, end: usize, lemma: &str) -> usize {
    let ws = words_upto(text, Span::new(start, end), MAX_WORDS_BEFORE_THAT + 2);
    let Some(first) = ws.first() else {
        return start;
    };
    // Every way but one out of the loop below returns `start`: the one is
    // a "that" among the words it reads.
    if !ws
        .iter()
        .take(MAX_WORDS_BEFORE_THAT + 1)
        .any(|w| w.len() == 4 && w.text(text).eq_ignore_ascii_case("that"))
    {
        return start;
    }
    let first = first.text(text);
    let opens_adjunct = THAT_PREPOSITIONS
        .iter()
        .chain(THAT_ADJUNCT_OPENERS)
        .any(|a| a.eq_ignore_ascii_case(first))
        || lexicon::is_weekday(first)
        || lexicon::is_month(first)
        || (first.len() > 3
            && first.ends_with("ly")
            && first.bytes().all(|b| b.is_ascii_lowercase()))
        || text[start..].starts_with(',');
    let addressee = ADDRESSEE_LEMMAS.contains(&lemma)
        // "expressed concern that …", "voiced their doubts that …": the
        // attitude noun is the cue's, its that-clause the content.
        || ws
            .iter()
            .take(3)
            .any(|w| eq_any(w.text(text), ATTITUDE_NOUNS));
    for (k, w) in ws.iter().take(MAX_WORDS_BEFORE_THAT + 1).enumerate() {
        let word = w.text(text);
        if word.eq_ignore_ascii_case("that") {
            if k == 0 || !(opens_adjunct || addressee) {
                return start;
            }
            // A clause break before it: the "that" belongs to another clause.
            if text[start..w.start()].contains([';', ':', '(', ')', '—', '–', '!', '?']) {
                return start;
            }
            let relative = ws.get(k + 1).is_some_and(|n| {
                let n = n.text(text);
                (lexicon::is_auxiliary(n) || RELATIVE_AFTER_THAT.contains(&n))
                    || (n.len() > 3
                        && n.ends_with("ed")
                        && n.bytes().all(|b| b.is_ascii_lowercase()))
            });
            return if relative { start } else { w.start() };
        }
        // "said in May that": the month, not the modal.
        if word != "May"
            && (lexicon::is_auxiliary(word)
                || CLAUSE_BEFORE_THAT
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(word)))
        {
            return start;
        }
        // A gerund after a preposition or a comma opens a clause of its own
        // ("by saying that …", ", meaning that …").
        if k > 0
            && word.len() > 4
            && word.ends_with("ing")
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && (text[ws[k - 1].end()..w.start()].contains(',')
                || THAT_PREPOSITIONS.contains(&ws[k - 1].text(text)))
        {
            return start;
        }
    }
    start
}

/// Closing marks a comma may stand inside: “…,” adding / "…," which.
const COMMA_CLOSERS: &[&str] = &["\"", "”", "''", "’"];

/// All of [`CONTENT_STOPS`] in one automaton: the first one found ends the
/// content. A participle or a said-frame after a comma also stops after a
/// quoted fragment whose comma sits inside the closing mark ("called it a
/// “breach of trust,” adding …").
static CONTENT_STOP_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        let mut stops: Vec<String> = CONTENT_STOPS.iter().map(|s| (*s).to_owned()).collect();
        for stop in CONTENT_STOPS {
            // Only the frames and participles: "…,” and …", "…,” but …"
            // usually go on with the same reported clause.
            if let Some(rest) = stop.strip_prefix(',')
                && (rest.ends_with("ing")
                    || rest.starts_with(" said")
                    || rest.starts_with(" says")
                    || rest.starts_with(" according"))
            {
                stops.extend(COMMA_CLOSERS.iter().map(|m| format!(",{m}{rest}")));
            }
        }
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(stops)
            .expect("the content stops build")
    });

fn cut_content(text: &str, start: usize, end: usize) -> usize {
    let body = text.get(start..end).unwrap_or("");
    let cut = CONTENT_STOP_FINDER
        .find_iter(body)
        .filter(|m| !embedded_relative(body, m.start(), m.end()))
        .filter(|m| !paired_dash(body, m.start(), m.end()))
        .filter(|m| !dash_before_that_clause(body, m.start(), m.end()))
        .map(|m| m.start())
        .find(|&i| i > 0)
        .unwrap_or(body.len());
    let cut = conjoined_clause(body, cut).unwrap_or(cut);
    let cut = speech_clause(body, cut).unwrap_or(cut);
    let cut = coordinated_verb(body, cut).unwrap_or(cut);
    let cut = refusal_clause(body, cut).unwrap_or(cut);
    let cut = gerund_clause(body, cut).unwrap_or(cut);
    let cut = event_adjunct(body, cut).unwrap_or(cut);
    let cut = summary_apposition(body, cut).unwrap_or(cut);
    start + body[..cut].trim_end().trim_end_matches(',').len()
}

/// Auxiliaries of a negated verb phrase after "but" ("but did not …").
const NEGATED_AUXILIARIES: &[&str] = &[
    "did", "do", "does", "would", "will", "could", "can", "has", "have", "had", "is", "was", "are",
    "were",
];

/// The conjunctions before a refusal, and their searchers (built once).
const REFUSAL_CONJUNCTIONS: &[&str] = &[" but ", " and "];
static REFUSAL_CONJUNCTION_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    LazyLock::new(|| crate::scan::finders(REFUSAL_CONJUNCTIONS));

/// Adverbs between such an auxiliary and its "not" ("but have so far not").
const NEGATION_FILLERS: &[&str] = &["also", "still", "so", "far", "yet"];

/// The first "but" before a negated auxiliary ("… but did not say who",
/// "…, but would not offer details") or "and"/"but" before "declined to" /
/// "refused to" before `limit`: the speaker's refusal after the reported
/// clause, which ends there (16 to 3 in PolNeAR gold contents). Not after
/// "not only …", whose "but" goes on with the same clause.
fn refusal_clause(body: &str, limit: usize) -> Option<usize> {
    let head = body.get(..limit)?;
    let at = |i: usize, conj: &str| -> bool {
        let mut ws = body[i + conj.len()..].split(' ');
        let first = ws.next().unwrap_or("");
        if conj.ends_with("but ") && NEGATED_AUXILIARIES.contains(&first) {
            return ws
                .find(|w| !NEGATION_FILLERS.contains(w))
                .is_some_and(|w| w == "not" || w == "never");
        }
        matches!(first, "declined" | "refused") && ws.next() == Some("to")
    };
    REFUSAL_CONJUNCTIONS
        .iter()
        .zip(REFUSAL_CONJUNCTION_FINDERS.iter())
        .filter_map(|(conj, finder)| {
            finder
                .find_iter(head.as_bytes())
                .find(|&i| i > 0 && at(i, conj))
        })
        .min()
        .filter(|&i| {
            let before = &head[..i];
            let open_quote = before.matches('"').count() % 2 == 1
                || before.matches('“').count() > before.matches('”').count()
                || before.matches("''").count() % 2 == 1;
            // "if he gets close but does not clinch", "leaders who get a
            // vote but are not bound": the "but" goes on inside a
            // conditional or relative clause of the content.
            let inner_clause = before
                .split(' ')
                .skip(1)
                .any(|w| matches!(w, "if" | "unless" | "who" | "which" | "whom"));
            !open_quote
                && !inner_clause
                && !before.contains("not only")
                && !before.contains("not just")
        })
}

/// Most words between the article and the relative of a summary
/// apposition ("a far higher figure that …").
const MAX_SUMMARY_NOUN_WORDS: usize = 3;

/// The comma before an apposition that sums up the reported clause with a
/// noun and a relative clause (", a practice that …", ", an acknowledgment
/// that …", ", a result which …"): the writer's comment, which the
/// annotators leave out of the content (12 to 2 in PolNeAR; appositions
/// in general split about evenly and stay).
fn summary_apposition(body: &str, limit: usize) -> Option<usize> {
    let head = body.get(..limit)?;
    head.match_indices(',').map(|(i, _)| i).find(|&i| {
        let rest = head[i + 1..].trim_start_matches(['"', '”', '’', '\'']);
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        let mut ws = rest.split(' ');
        if !matches!(ws.next(), Some("a" | "an")) {
            return false;
        }
        let mut n = 0;
        for w in ws {
            if matches!(w, "that" | "which" | "who") {
                return n > 0;
            }
            n += 1;
            if n > MAX_SUMMARY_NOUN_WORDS
                || !w
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '’')
            {
                return false;
            }
        }
        false
    })
}

/// A dash of a pair around an aside ("X -- mainly Y and Z -- and the
/// police"): one with a second dash after it in the sentence, or one that
/// closes a dash opened earlier in the content. The annotators keep the
/// aside and what follows it in the content (22 of 26 such contents in
/// PolNeAR run past the pair).
fn paired_dash(body: &str, start: usize, end: usize) -> bool {
    let stop = &body[start..end];
    DASH_STOPS
        .iter()
        .find(|(s, _)| *s == stop)
        .is_some_and(|(_, mark)| {
            body[end..].contains(mark) || body[..start].matches(mark).count() % 2 == 1
        })
}

/// Words after a dash that go on with the reported clause: an example
/// list ("— including …", "— especially …"), a condition ("— if …"), an
/// alternative ("— or …"), a phrase of the clause ("— at least …").
/// PolNeAR gold contents run on past them 56 to 12.
const DASH_CONTINUATIONS: &[&str] = &["including", "especially", "particularly", "if", "or", "at"];

/// A dash stop before "and that" or a [`DASH_CONTINUATIONS`] word: a
/// second that-clause of the same cue ("said the plan may work — and that
/// the council will pay", 10 to 2 in PolNeAR, as after ", and that" in
/// [`conjoined_clause`]) or the clause's own tail, which the annotators
/// keep in the content.
fn dash_before_that_clause(body: &str, start: usize, end: usize) -> bool {
    let rest = &body[end..];
    DASH_STOPS.iter().any(|(s, _)| *s == &body[start..end])
        && (rest.starts_with("and that ")
            || rest
                .split(' ')
                .next()
                .is_some_and(|w| DASH_CONTINUATIONS.contains(&w)))
}

/// Nouns of a speech event that a trailing adjunct names ("praised the
/// governor during a rally in Ohio", "called the plan reckless in a tweet").
const EVENT_NOUNS: &[&str] = &[
    "interview",
    "interviews",
    "statement",
    "tweet",
    "post",
    "op-ed",
    "speech",
    "rally",
    "event",
    "debate",
    "conference",
    "hall",
    "appearance",
    "broadcast",
];

/// Words that open a reported clause: after them a trailing adjunct may
/// belong to the clause ("said he would win in a debate").
const CLAUSE_OPENERS_FOR_ADJUNCT: &[&str] = &[
    "that", "whether", "if", "how", "why", "what", "he", "she", "they", "it", "we", "i",
];

/// The prepositions that open an event adjunct, between spaces, each with
/// its searcher below.
const EVENT_ADJUNCT_PREPOSITIONS: &[&str] = &[" in ", " at ", " during "];
static EVENT_ADJUNCT_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| scan::finders(EVENT_ADJUNCT_PREPOSITIONS));

/// Most words of an event adjunct after its noun ("at a rally in Reno on
/// Monday").
const MAX_EVENT_TAIL_WORDS: usize = 11;

/// The start of a trailing adjunct that names the speech event after a
/// noun-phrase content ("praised the governor | during a rally in Ohio"):
/// "in", "at" or "during", a determiner, up to three words and an
/// [`EVENT_NOUNS`] noun, with at most a few words after it and no quotation.
/// The annotators leave it out of the content (17 to 4 in PolNeAR); after a
/// clause opener it may be the reported clause's own adjunct, and stays.
fn event_adjunct(body: &str, limit: usize) -> Option<usize> {
    let head = body.get(..limit)?;
    // The adjunct opens with " in ", " at " or " during " (a word after
    // the first, with a determiner after it): most contents have none.
    if !EVENT_ADJUNCT_FINDERS
        .iter()
        .any(|f| f.find(head.as_bytes()).is_some())
    {
        return None;
    }
    let first = head.split([' ', ',']).next().unwrap_or("");
    if CLAUSE_OPENERS_FOR_ADJUNCT
        .iter()
        .any(|w| w.eq_ignore_ascii_case(first))
    {
        return None;
    }
    let ws: Vec<(usize, &str)> = head
        .split(' ')
        .scan(0usize, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .collect();
    (1..ws.len()).find_map(|k| {
        let (at, w) = ws[k];
        if !matches!(w, "in" | "at" | "during") {
            return None;
        }
        let det = ws.get(k + 1)?.1;
        if !matches!(det, "a" | "an" | "the" | "his" | "her") {
            return None;
        }
        let noun = (k + 2..(k + 6).min(ws.len())).find(|&j| {
            let n = ws[j].1.trim_end_matches([',', '.']);
            EVENT_NOUNS.contains(&n)
        })?;
        let tail = &head[ws[noun].0..];
        let quoted = tail.contains(['"', '“', '”']) || tail.contains("''");
        (!quoted && tail.split_whitespace().count() <= MAX_EVENT_TAIL_WORDS + 1).then_some(at)
    })
}

/// The clause a participle cue reports: from where its content starts to
/// the first clause stop.
fn participle_content(ctx: &Ctx<'_>, cue: Cue, body_end: usize) -> Span {
    let start = content_start(ctx, cue, body_end);
    Span::new(start, cut_content(ctx.text, start, body_end))
}

/// ", who is Jewish, was in fact …": a relative clause set off by commas in
/// the middle of the reported clause, which goes on after it with a verb.
fn embedded_relative(body: &str, start: usize, end: usize) -> bool {
    let stop = &body[start..end];
    if stop != ", who " && stop != ", which " {
        return false;
    }
    let Some(comma) = body[end..].find(',') else {
        return false;
    };
    let aside = &body[end..end + comma];
    if aside.split_whitespace().count() > MAX_EMBEDDED_RELATIVE_WORDS {
        return false;
    }
    let next = body[end + comma + 1..]
        .split_whitespace()
        .next()
        .unwrap_or("");
    lexicon::is_auxiliary(next)
        || (verbless_head(&body[..start])
            && !next.is_empty()
            && CONTENT_STOP_FINDER
                .find(&body[end + comma..])
                .is_none_or(|m| m.start() != 0))
}

/// Most words of a relative clause inside reported content.
const MAX_EMBEDDED_RELATIVE_WORDS: usize = 20;

/// Most words of a noun phrase that a relative clause interrupts ("that the
/// state flag, which …, be removed").
const MAX_VERBLESS_HEAD_WORDS: usize = 6;

/// "that the flag", "the audience", "to put New York": a few words with no
/// finite verb, so a relative clause after them interrupts the reported
/// clause or verb phrase, which goes on after the relative's comma ("that
/// the flag, which shows an old emblem, be removed", "accused the
/// audience, which the party picked, of bias").
fn verbless_head(head: &str) -> bool {
    let mut ws = head.split_whitespace().peekable();
    if ws.peek().is_some_and(|w| {
        ["that", "whether", "if"]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(w))
    }) {
        ws.next();
    }
    let ws: Vec<&str> = ws.collect();
    !ws.is_empty()
        && ws.len() <= MAX_VERBLESS_HEAD_WORDS
        && !ws.iter().any(|w| object::finite_like(w))
        && !head.contains(['"', '“', '”', '(', ','])
}

/// Words in -ing that open a prepositional phrase, not a participle clause.
const PREPOSITION_GERUNDS: &[&str] = &[
    "including",
    "during",
    "following",
    "regarding",
    "concerning",
    "according",
    "excluding",
    "pending",
    "notwithstanding",
    "barring",
    "considering",
    "involving",
    "surrounding",
];

/// The first ", <verb>-ing" (or ",” <verb>-ing") before `limit`: a
/// participle clause of the subject ("rejected the plan, branding it …")
/// ends the reported clause: a speech verb, or any verb with a pronoun or
/// determiner after it.
fn gerund_clause(body: &str, limit: usize) -> Option<usize> {
    let head = body.get(..limit)?;
    head.match_indices(',').map(|(i, _)| i).find(|&i| {
        // The comma may sit inside a closing mark: “…,” accusing it of …
        let after = &body[i + 1..];
        let rest = after.trim_start_matches(['"', '”', '’', '\'']);
        if after[..after.len() - rest.len()].chars().count() > 2 {
            return false;
        }
        let Some(rest) = rest.strip_prefix(' ') else {
            return false;
        };
        let mut ws = rest.split(' ');
        let w = ws.next().unwrap_or("");
        let next = ws.next().unwrap_or("");
        w.len() > 4
            && w.ends_with("ing")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !PREPOSITION_GERUNDS.contains(&w)
            && (lexicon::verb(w).is_some()
                || matches!(
                    next,
                    "it" | "him" | "her" | "them" | "the" | "his" | "a" | "an"
                ))
    })
}

/// Words that open a new clause after ", and" / ", but": a subject, a
/// relative or subordinating word, an adverb or a preposition of a new
/// clause (", and who …", ", but also used …", ", and at one point …").
const CLAUSE_SUBJECTS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "there", "you", "the", "a", "an", "his", "her", "their",
    "its", "our", "this", "these", "those", "some", "many", "most", "more", "few", "no", "other",
    "another", "both", "all", "each", "one", "two", "three", "nearly", "about", "almost", "only",
    "several", "who", "which", "when", "while", "where", "also", "then", "at", "for", "in", "on",
    "like", "as", "after", "before", "if", "though", "although", "even", "still", "yet", "instead",
    "so", "now",
];

/// The conjunctions [`conjoined_clause`] reads, each with its searcher below.
const CONJOINED_CLAUSE_CONJUNCTIONS: &[&str] = &[
    ", and ",
    ", but ",
    ",\u{a0}and ",
    ",\u{a0}but ",
    ", and\u{a0}",
    ", but\u{a0}",
];
static CONJOINED_CLAUSE_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| scan::finders(CONJOINED_CLAUSE_CONJUNCTIONS));

/// The first ", and " / ", but " before `limit` that opens a new clause
/// with its own subject (", and he added …", ", but the court refused …",
/// ", and Trump said …"): the reported clause ends there. Before a verb,
/// "that" or a quotation the content goes on (", and that it would …",
/// ", and expects …", ", but “…”"), as the annotators mark it.
fn conjoined_clause(body: &str, limit: usize) -> Option<usize> {
    let head = body.get(..limit)?;
    // A no-break space may stand for either space (",\u{a0}but the …").
    CONJOINED_CLAUSE_CONJUNCTIONS
        .iter()
        .zip(CONJOINED_CLAUSE_FINDERS.iter())
        // The no-break forms only where the text has one (most has none).
        .take(if head.contains('\u{a0}') { 6 } else { 2 })
        .filter_map(|(conj, finder)| {
            finder.find_iter(head.as_bytes()).find(|&i| {
                let next = body[i + conj.len()..]
                    .split([' ', '\u{a0}', ',', ';'])
                    .next()
                    .unwrap_or("");
                let first = next.chars().next();
                // "South Carolina, Kentucky, and Utah": the last item of a
                // list of names, not a new clause.
                let list_end = conj.contains("and")
                    && body[..i].rsplit(',').next().is_some_and(|item| {
                        i > item.len()
                            && item.split_whitespace().count() <= MAX_LIST_ITEM_WORDS
                            && item.trim_start().starts_with(char::is_uppercase)
                    });
                // ", and for advocating fracking": a second prepositional
                // phrase of the same verb, with no clause of its own.
                let coordinated_pp = COORDINATED_PREPOSITIONS.contains(&next) && {
                    let rest = &head[i + conj.len()..];
                    !rest.contains([',', ';', ':'])
                        && !rest
                            .split(' ')
                            .any(|w| object::finite_like(w) || IRREGULAR_PASTS.contains(&w))
                };
                // ", but also …", "not only X, but Y": the same clause.
                let correlative =
                    conj.contains("but") && correlative_but(&head[..i], &body[i + conj.len()..]);
                !list_end
                    && !coordinated_pp
                    && !correlative
                    && (first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                        || CLAUSE_SUBJECTS.contains(&next))
            })
        })
        .min()
}

/// Words after ", but" that go on with the reported clause: ", but also
/// …", ", but only …", ", but instead …", ", but rather …" (17 to 0 in
/// PolNeAR gold contents).
const BUT_CONTINUATIONS: &[&str] = &["also", "only", "instead", "rather"];

/// The first half of a correlative pair, whose "but" completes it: "not
/// only X, but Y", "not just X but Y" (18 to 0 in PolNeAR gold contents).
const CORRELATIVE_OPENERS: &[&str] = &[
    "not only",
    "Not only",
    "not just",
    "Not just",
    "not merely",
    "not simply",
];

/// Whether a "but" after `head` and before `rest` goes on with the same
/// reported clause rather than opening a clause of its own: after "not
/// only …" ("can win not only the nomination, but also the general
/// election") or before "also", "only", "instead", "rather" when no verb
/// of the speaker's follows ([`but_opens_own_verb`]).
fn correlative_but(head: &str, rest: &str) -> bool {
    CORRELATIVE_OPENERS.iter().any(|o| head.contains(o))
        || (rest
            .split(' ')
            .next()
            .is_some_and(|w| BUT_CONTINUATIONS.contains(&w))
            && !but_opens_own_verb(rest))
}

/// Words after ", but also" / ", but only" that open an adjunct of the
/// speaker's own verb ("endorsed Ames, but only after a long delay").
const BUT_ADJUNCT_OPENERS: &[&str] =
    &["after", "before", "when", "because", "if", "since", "until"];

/// ", but also used …", ", but only after …": the word after the
/// continuation word is a past verb or an auxiliary (a second verb of the
/// speaker) or opens an adjunct clause, so the reported clause ends.
fn but_opens_own_verb(rest: &str) -> bool {
    rest.split(' ').nth(1).is_some_and(|w| {
        (w.len() >= 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
            || IRREGULAR_PASTS.contains(&w)
            || lexicon::verb(w).is_some_and(|v| w != v.lemma && !w.ends_with("ing"))
            || lexicon::is_auxiliary(w)
            || BUT_ADJUNCT_OPENERS.contains(&w)
    })
}

/// The conjunctions [`speech_clause`] reads.
const SPEECH_CLAUSE_CONJUNCTIONS: &[&str] = &[", though ", ", and ", ", but ", " and ", " but "];

/// [`SPEECH_CLAUSE_CONJUNCTIONS`], each built once.
static SPEECH_CLAUSE_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| scan::finders(SPEECH_CLAUSE_CONJUNCTIONS));

/// Pronoun subjects of a second speech act after a bare " and " / " but "
/// ("… and he said …"); otherwise a capitalised name.
const BARE_AND_SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "others"];

/// Most words of the subject after a bare " and " / " but " ("U.S.
/// officials have said": the verb is the fourth word).
const MAX_BARE_SUBJECT_WORDS: usize = 3;

/// Fewest words before a bare " and " / " but " in the content: "Ames and Bo said"
/// at the start is one coordinated subject.
const MIN_WORDS_BEFORE_BARE_AND: usize = 3;

/// Most words of the subject between the conjunction and the speech verb
/// (", and aviation experts say …": two).
const MAX_SPEECH_SUBJECT_WORDS: usize = 4;

/// Words after which a verb form is a noun ("the claims", "a report").
const NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "to", "no", "any", "every",
];

/// Words after which a verb form read as a noun heads a subject ("the
/// claims were false"): an auxiliary or copula follows the noun.
const NOUN_VERB_AFTER: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "of", "by",
];

/// The first ", though " / ", and " / ", but " before `limit` that opens a
/// second speech act with its own subject (", though she did not discuss
/// its terms", ", records show, and aviation experts say …", ", but critics
/// point to …"): the annotators end the first content there and mark the
/// second attribution on its own (PolNeAR gold contents: ", though" 7 stop
/// to 2 go on, ", but" 15 to 7, against about even for these conjunctions
/// in general; most ", and" that go on are inside quotations). ", and"/",
/// but" before a capitalised word or a pronoun are [`conjoined_clause`]'s.
/// A bare " and " / " but " counts only before a name or pronoun with its
/// speech verb right after ("… and Clinton said …", "… but he also noted
/// …"), not
/// after a name ("Congress and President Obama agreed").
fn speech_clause(body: &str, limit: usize) -> Option<usize> {
    let head = body.get(..limit)?;
    SPEECH_CLAUSE_CONJUNCTIONS
        .iter()
        .zip(SPEECH_CLAUSE_FINDERS.iter())
        .filter_map(|(conj, finder)| {
            finder.find_iter(head.as_bytes()).find(|&i| {
                // The cheap tests on the first word come before the
                // subject words are collected.
                let first = body[i + conj.len()..].split(' ').next().unwrap_or("");
                // "… and Clinton said …", "… and others have said …": a
                // bare "and" before a name or pronoun and its speech verb.
                let bare = matches!(*conj, " and " | " but ");
                // "Congress and President Obama agreed", "Iowa and New
                // Hampshire show": two names make one subject.
                let name_before = || {
                    head[..i].split_whitespace().next_back().is_some_and(|w| {
                        w.starts_with(|c: char| c.is_uppercase())
                            // "that she and Mr. Ames attended": one subject too.
                            || BARE_AND_SUBJECTS.contains(&w)
                    })
                };
                if bare
                    && (!(first.starts_with(|c: char| c.is_uppercase())
                        || BARE_AND_SUBJECTS.contains(&first))
                        || name_before()
                        || head[..i]
                            .split_whitespace()
                            .nth(MIN_WORDS_BEFORE_BARE_AND - 1)
                            .is_none())
                {
                    return false;
                }
                if *conj != ", though "
                    && !bare
                    && (first.starts_with(|c: char| !c.is_ascii_lowercase())
                        || CLAUSE_SUBJECTS.contains(&first)
                        || lexicon::verb(first).is_some()
                        || first.ends_with("ed"))
                {
                    return false;
                }
                if eq_any(first, &["to", "not", "that"]) {
                    return false;
                }
                let words: Vec<&str> = body[i + conj.len()..]
                    .split(' ')
                    .take(MAX_SPEECH_SUBJECT_WORDS + 2)
                    .collect();
                let most = if bare {
                    MAX_BARE_SUBJECT_WORDS + 1
                } else {
                    MAX_SPEECH_SUBJECT_WORDS + 1
                };
                (1..words.len().min(most)).any(|k| {
                    let w = words[k];
                    let subject_words = &words[..k];
                    subject_words.iter().all(|s| {
                        s.chars()
                            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-'))
                    }) && w.chars().all(|c| c.is_ascii_lowercase())
                        && !w.ends_with("ing")
                        && lexicon::verb(w).is_some_and(|v| v.class == lexicon::VerbClass::Speech)
                        && !NOUN_BEFORE.contains(&words[k - 1].to_ascii_lowercase().as_str())
                        && !words[k - 1].ends_with(['\'', '’'])
                        && !words
                            .get(k + 1)
                            .is_some_and(|n| NOUN_VERB_AFTER.contains(n))
                })
            })
        })
        .min()
}

/// Prepositions that may open a second phrase of the same verb after ",
/// and" (", and for advocating fracking", ", and on a dating site").
const COORDINATED_PREPOSITIONS: &[&str] =
    &["for", "on", "in", "of", "with", "about", "from", "by", "to"];

/// Most words of a list item before ", and": "Sen. Marco Rubio (R-Fla.)".
const MAX_LIST_ITEM_WORDS: usize = 4;

/// Words that open the object of a coordinated participle: "and accusing
/// him of …", "and calling for …", "and questioning the …".
const PARTICIPLE_OBJECT_STARTS: &[&str] = &[
    "him", "her", "them", "it", "that", "the", "his", "their", "its", "a", "an", "for", "on", "to",
];

/// Adverbs and auxiliaries between a conjunction and its verb: "and also said".
const COORDINATED_FILLERS: &[&str] = &["also", "then", "later", "has", "had", "have", "again"];

/// The conjunctions [`coordinated_verb`] reads, each with its searcher below.
const COORDINATING_CONJUNCTIONS: &[&str] = &[" and ", " but "];
static COORDINATING_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| scan::finders(COORDINATING_CONJUNCTIONS));

/// The first "and"/"but" before `limit` that coordinates a second verb phrase
/// of the same subject ("said X and highlighted Y", "but said Z"): the reported
/// clause ends there. A past-tense verb (-ed or a lexicon verb) marks it.
fn coordinated_verb(body: &str, limit: usize) -> Option<usize> {
    let head = body.get(..limit)?;
    COORDINATING_CONJUNCTIONS
        .iter()
        .zip(COORDINATING_FINDERS.iter())
        .filter_map(|(conj, finder)| {
            finder.find_iter(head.as_bytes()).find(|&i| {
                let rest = &body[i + conj.len()..];
                coordinates_verb(rest)
                    && !clause_verb_goes_on(&body[..i], rest)
                    // "not only won Iowa but also took …": one clause.
                    && !(*conj == " but " && correlative_but(&body[..i], rest))
            })
        })
        .min()
}

/// Words that open a reported clause without a finite verb of their own
/// in view ("that Sanders co-sponsored …", "how the consulate …").
const CLAUSE_HEAD_OPENERS: &[&str] = &["that", "how", "what", "whether", "if", "why"];

/// "said he was alarmed by the images and wanted to see …", "that a man
/// who was beaten and kicked …": after a reported clause (a finite verb or
/// a clause opener in `head`) a second verb that is no speech or stance
/// verb goes on with the clause's own subject; a speech verb ("and
/// criticized …", "but noted …") is the speaker's next act.
fn clause_verb_goes_on(head: &str, rest: &str) -> bool {
    let Some(w) = rest
        .split(' ')
        .take(3)
        .find(|w| !COORDINATED_FILLERS.contains(w))
    else {
        return false;
    };
    // "and added, “…”": the verb before its comma or colon.
    let w = w.trim_end_matches([',', ':']);
    // A verb of wanting or hoping ("and hoped that …", "and wanted to …")
    // goes on like any other verb: the reported clause's subject feels it.
    if lexicon::verb(w).is_some_and(|v| v.class == lexicon::VerbClass::Speech) {
        return false;
    }
    let mut words = head.split([' ', '\u{a0}']);
    words
        .clone()
        .next()
        .is_some_and(|f| eq_any(f, CLAUSE_HEAD_OPENERS))
        || words.any(object::finite_like)
}

fn coordinates_verb(rest: &str) -> bool {
    let mut words = rest.split(' ');
    for _ in 0..3 {
        let Some(w) = words.next() else {
            return false;
        };
        if COORDINATED_FILLERS.contains(&w) {
            continue;
        }
        // "and said, “…”": the verb before its comma or colon.
        let w = w.trim_end_matches([',', ':']);
        if !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        // "calling him a “stiff” and accusing him of …": a second
        // participle of the subject, before its object ("and warning
        // signs" is a noun phrase).
        if w.len() > 4 && w.ends_with("ing") {
            return lexicon::verb(w).is_some()
                && words
                    .next()
                    .is_some_and(|n| PARTICIPLE_OBJECT_STARTS.contains(&n));
        }
        return (w.len() >= 5 && w.ends_with("ed"))
            // "echoed the themes and took the stage"
            || IRREGULAR_PASTS.contains(&w)
            || lexicon::verb(w).is_some_and(|v| w != v.lemma && !w.ends_with("ing"))
            // "fear that X and warn that Y": a plural present speech verb
            // with its own that-clause.
            || (lexicon::verb(w).is_some_and(|v| v.class == lexicon::VerbClass::Speech)
                && words.next() == Some("that"));
    }
    false
}

/// The sentences of the context's paragraph, in one left-to-right pass.
fn sentence_index(ctx: &Ctx<'_>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = ctx.skip_ws(ctx.para.start());
    while start < ctx.para.end() {
        let limit = floor_boundary(ctx.text, (start + MAX_SENTENCE_BYTES).min(ctx.para.end()));
        let mut end = sentence_end(ctx.text, start, limit, &ctx.skip);
        if end <= start {
            // No char boundary within the cap: take the next char.
            end = start + ctx.text[start..].chars().next().map_or(1, char::len_utf8);
        }
        out.push(Span::new(start, end));
        start = ctx.skip_ws(end);
    }
    out
}

/// Adverbs and auxiliaries between a subject and the verb of a
/// [`verb_fragment`] ("has also hailed"); the cue span includes them.
const FRAGMENT_FILLERS: &[&str] = &[
    "also",
    "then",
    "later",
    "again",
    "has",
    "have",
    "had",
    "will",
    "would",
    "once",
    "repeatedly",
    "previously",
    "recently",
    "already",
    "even",
    "still",
    "just",
    "often",
    "further",
    "publicly",
    "privately",
    "is",
    "are",
    "was",
    "were",
    "openly",
    "quickly",
    "immediately",
    "first",
    "initially",
    "famously",
    "all",
    "both",
];

/// Fillers after which a past participle is passive ("was dubbed"): the
/// subject is then not the one who spoke.
const PASSIVE_AUXILIARIES: &[&str] = &["is", "are", "was", "were"];

/// Past tenses without "-ed" that take a quoted object ("made his “case”").
const IRREGULAR_PAST: &[&str] = &[
    "made", "took", "gave", "put", "said", "told", "wrote", "sent", "spoke", "brought", "thought",
    "felt", "held", "kept", "found", "saw", "got", "won", "ran", "stood", "began", "drew", "threw",
    "struck", "laid", "led", "left", "meant", "paid", "read", "sought", "taught", "went", "chose",
    "swore", "shook", "hit", "set", "cast", "cut", "bid", "built", "dealt", "forgot", "heard",
    "knew", "rang", "sang", "sold", "slammed", "became",
];

/// Most filler words between the subject and the verb.
const MAX_FRAGMENT_FILLERS: usize = 3;

/// Most words a verb-fragment content may have before its quotation.
const MAX_WORDS_BEFORE_FRAGMENT: usize = 25;

/// True when `w` (lowercase, after the subject) reads as a finite verb or,
/// after a progressive auxiliary, a participle.
fn reads_as_verb(w: &str, after_aux: Option<&str>) -> bool {
    let lower = w.to_lowercase();
    let w = lower.as_str();
    if w.len() < 3 || !w.chars().all(|c| c.is_alphabetic()) {
        return false;
    }
    match after_aux {
        Some(aux) if PASSIVE_AUXILIARIES.contains(&aux) => w.ends_with("ing"),
        Some(_) => w.ends_with("ed") || w.ends_with("ing") || IRREGULAR_PAST.contains(&w),
        None => w.ends_with("ed") || IRREGULAR_PAST.contains(&w) || lexicon::verb(w).is_some(),
    }
}

/// `S VERB … “Q” …`: a quotation that no frame or reported clause took, in
/// the clause right after its sentence subject's verb, whatever the verb
/// ("Trump hailed the vote as “fantastic,”", "The crowd chanted “Build the
/// wall!”", "She called the plan “a farce”"). The content is the clause
/// after the verb, up to the clause's end; the cue is the verb (with its
/// auxiliaries). Rule `mixed-after-verb`; the kind is `direct` when the
/// quotation is a whole utterance right after the verb ("yelled “Stop!”"),
/// and the content is then the quotation alone.
fn verb_fragment(ctx: &Ctx<'_>, out: &[Attribution], q: Span) -> Option<(Span, Mention, Span)> {
    let text = ctx.text;
    if is_title_case(text, q) {
        return None;
    }
    let sent = ctx.sentence_start(q.start());
    // The words before the quotation in its sentence, nearest last (a named cap).
    let from = floor_boundary(text, q.start().saturating_sub(MAX_FRAGMENT_REACH).max(sent));
    let ws = words(text, Span::new(from, q.start()));
    let lowest = ws.len().saturating_sub(MAX_WORDS_BEFORE_FRAGMENT + 1);
    for v in (lowest..ws.len()).rev() {
        let verb = ws[v];
        let word = verb.text(text);
        if !word.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        // Fillers before the verb: "has also hailed".
        let mut c = v;
        while c > 0
            && v - c < MAX_FRAGMENT_FILLERS
            && FRAGMENT_FILLERS.contains(&ws[c - 1].text(text))
        {
            c -= 1;
        }
        let aux = (c..v).rev().map(|i| ws[i].text(text)).find(|w| {
            matches!(
                *w,
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would"
            )
        });
        // A gerund or infinitive has no subject of its own here
        // ("… while praising X as “…”", "to describe it as “…”").
        // "…, calling it “a farce”": a gerund after a comma is the
        // sentence subject's.
        let infinitive = c > 0 && ws[c - 1].text(text) == "to";
        let gerund = aux.is_none() && word.ends_with("ing");
        let after_comma = text[sent..ws[c].start()].trim_end().ends_with(',');
        if !(reads_as_verb(word, aux) || (gerund && after_comma && word.len() > 5))
            || matches!(aux, Some("will" | "would"))
            || (gerund && !after_comma)
            || infinitive
        {
            continue;
        }
        let subject = if gerund {
            previous_speaker(out, sent, ws[c].start())
                .or_else(|| sentence_subject(ctx, sent, ws[c].start()))
        } else {
            mention_before(text, ws[c].start(), sent)
        };
        let Some(m) = subject else {
            continue;
        };
        // "whom X introduced as “…”": the verb of a relative clause.
        let relative = text[sent..m.span.start()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                ["whom", "which", "that", "who"]
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(w))
            });
        if m.kind == MentionKind::Relative
            || is_possessive(m.span.text(text))
            || relative
            || m.span.text(text).ends_with(" and")
        {
            return None;
        }
        let start = ctx.skip_ws(verb.end());
        if !ctx
            .char_at(start)
            .is_some_and(|ch| ch.is_alphanumeric() || is_quote_mark(ch))
            || text[start..q.start()].contains([';', ':', '(', '—', '–'])
        {
            return None;
        }
        // The quotation lies in the verb's own clause.
        if cut_content(text, start, q.start()) < text[..q.start()].trim_end().len() {
            return None;
        }
        let body_end = trim_terminal(text, sent, ctx.sentence_end(q.end()));
        let start = fragment_content_start(text, start, q.start(), body_end);
        // “Lock her up!” right after the verb: the utterance itself.
        let utterance =
            start == q.start() && matches!(inner_last_char(text, q), Some('!' | '?' | '.'));
        let end = if utterance {
            q.end()
        } else {
            cut_content(text, start, body_end.max(q.end())).max(q.end())
        };
        return Some((
            Span::new(ws[c].start(), verb.end()),
            m,
            Span::new(start, end),
        ));
    }
    None
}

/// Particles and prepositions that belong to the verb of a
/// [`verb_fragment`] when they follow it ("pointed out", "fired back",
/// "called on", "tossed in"): the guidelines keep the preposition linking a
/// cue to its content in the cue.
const FRAGMENT_PARTICLES: &[&str] = &[
    "out", "back", "along", "on", "in", "off", "up", "down", "about", "of", "for",
];

/// Where the content of a [`verb_fragment`] starts: after the last speech
/// verb between the verb and the quotation when there is one (", saying
/// …", "a statement describing …", "used the debate to demand …": the
/// nearer cue is the one that reports the quotation), after a particle of
/// the verb ("pointed out …"), and at the "that" of a clause after an
/// adjunct ("told a rally in May that …").
fn fragment_content_start(text: &str, start: usize, q: usize, end: usize) -> usize {
    let ws = words(text, Span::new(start, q));
    let mut at = start;
    let mut lemma = "";
    // The last speech verb before the quotation, as a gerund or infinitive,
    // and before any "that" (a verb inside the reported clause is content).
    let upto = ws
        .iter()
        .position(|w| w.text(text).eq_ignore_ascii_case("that"))
        .unwrap_or(ws.len());
    let nearer = ws[..upto].iter().enumerate().rev().find_map(|(k, w)| {
        let t = w.text(text);
        let v = lexicon::verb(t)?;
        let to = k > 0 && ws[k - 1].text(text) == "to";
        (v.class == lexicon::VerbClass::Speech
            && t.bytes().all(|b| b.is_ascii_lowercase())
            && (t.ends_with("ing") || to))
            .then_some((k, v.lemma))
    });
    let mut first = 0;
    if let Some((k, l)) = nearer {
        at = ws[k].end();
        lemma = l;
        first = k + 1;
    }
    // A particle right after the verb: "pointed out that", "calling on X to".
    if let Some(w) = ws.get(first)
        && text[at..w.start()].trim().is_empty()
        && (if lemma.is_empty() {
            FRAGMENT_PARTICLES.contains(&w.text(text))
        } else {
            lexicon::takes_particle(lemma, w.text(text))
        })
    {
        at = w.end();
    }
    let at = at + (text[at..q].len() - text[at..q].trim_start().len());
    skip_adjunct_to_that(text, at, end, lemma)
}

/// Bytes before a quotation looked at for the verb of a [`verb_fragment`].
const MAX_FRAGMENT_REACH: usize = 300;

/// Small words a title leaves in lower case ("Fire and Fury", "Out of Time").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from",
    "para", "de", "la", "le",
];

/// True when every word of the quotation is capitalised (small words
/// aside): a title or a name ("The Rising", “Jeb Can Fix It”), not words
/// someone said.
fn is_title_case(text: &str, q: Span) -> bool {
    // Most quotations fail at their second or third word: read lazily.
    let mut upper = false;
    for w in word_iter(text, q) {
        let t = w.text(text);
        let first = t.chars().next();
        if first.is_some_and(char::is_lowercase) && !TITLE_SMALL_WORDS.contains(&t) {
            return false;
        }
        upper |= first.is_some_and(char::is_uppercase);
    }
    upper
}

/// Turn this paragraph's terms, and its unattributed quotations in
/// mid-sentence ("…, calling him “…”"), into `mixed-after-verb`
/// attributions where [`verb_fragment`] finds a frame; later terms inside
/// the same clause join it.
fn verb_fragments(ctx: &Ctx<'_>, out: &mut [Attribution], start: usize) {
    let mut last: Option<usize> = None;
    for i in start..out.len() {
        let q = out[i].content;
        let candidate = match out[i].rule {
            "term" => true,
            "unattributed" => ctx.sentence_start(q.start()) < q.start(),
            _ => false,
        };
        if !candidate || out[i].dropped {
            continue;
        }
        if let Some(l) = last
            && out[l].content.contains(q)
        {
            out[i].dropped = true;
            continue;
        }
        let (rule, (cue, m, content)) = match verb_fragment(ctx, out, q) {
            Some((cue, m, content)) => {
                // "called Palin a “clown” on his radio show": a naming verb's
                // content ends with its quoted complement.
                let naming = last_words(ctx.text, cue, 1)
                    .first()
                    .is_some_and(|v| is_naming_verb(v.text(ctx.text)));
                let content = if naming && content != q {
                    Span::new(
                        content.start(),
                        naming_complement_end(ctx.text, &ctx.skip, content),
                    )
                } else {
                    content
                };
                ("mixed-after-verb", (cue, m, content))
            }
            None => match naming_fragment(ctx, out, q) {
                Some(found) => ("naming-verb-quote", found),
                None => continue,
            },
        };
        let a = &mut out[i];
        a.kind = if content == q {
            QuoteKind::Direct
        } else {
            QuoteKind::Mixed
        };
        a.rule = rule;
        a.confidence = 0.5;
        a.content = content;
        a.cue = Some(cue);
        a.who = Who::Mention(m);
        last = Some(i);
    }
}

/// Participles that give a thing its quoted name: "a memo titled “…”",
/// "an event billed as “…”", "what is called a “debate”".
const NAMING_PARTICIPLES: &[&str] = &[
    "called",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "named",
    "labeled",
    "labelled",
    "billed",
    "termed",
    "known",
];

/// Forms of "be" that make a naming participle's verb group ("is called").
const NAMING_BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Auxiliaries and adverbs in a naming participle's verb group: "has been
/// called", "will be dubbed", "often labeled", "so called".
const NAMING_GROUP_WORDS: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "often",
    "also",
    "once",
    "now",
    "still",
    "long",
    "otherwise",
    "already",
    "so",
    "sometimes",
];

/// Terms still without a frame that a naming participle introduces: "a
/// memo titled “Where We Stand”", "the plan, dubbed “Operation Dawn,”",
/// "what is called a “debate”", "known online as “Wizard”". Annotators
/// mark the quoted name as a quotation without a speaker and the verb group
/// as its cue (rule `named-quote`). Active naming frames ("Ames called
/// him a “fraud”") were read by [`verb_fragments`] before. "known as" is
/// left to `known-as` in [`Scope::All`].
fn named_terms(ctx: &Ctx<'_>, out: &mut [Attribution], start: usize, scope: Scope) {
    let text = ctx.text;
    for a in out[start..].iter_mut() {
        if a.rule != "term" || a.dropped {
            continue;
        }
        let q = a.content;
        // "was dubbed “the barn” by drivers": the agent's naming, left a
        // term (`passive_verb_before_a_term_is_no_speech`).
        if text[q.end()..].trim_start().starts_with("by ") {
            continue;
        }
        let sent = ctx.sentence_start(q.start());
        let ws = words(text, Span::new(sent, q.start()));
        let n = ws.len();
        if n == 0
            || !text[ws[n - 1].end()..q.start()]
                .trim_matches([' ', ','])
                .is_empty()
        {
            continue;
        }
        // "called a “debate”", "labeled the “forgotten America”".
        let mut v = n - 1;
        let mut named = q;
        if v > 0 && eq_any(ws[v].text(text), &["a", "an", "the"]) {
            named = ws[v].cover(q);
            v -= 1;
        }
        // "billed as", "known online as".
        let mut cue_end = ws[v].end();
        if ws[v].text(text) == "as" && v > 0 {
            v -= 1;
            if v > 0 && (ws[v].text(text).ends_with("ly") || ws[v].text(text) == "online") {
                v -= 1;
            }
        } else if eq_any(ws[v].text(text), &["billed", "known"]) {
            continue;
        }
        let w = ws[v].text(text);
        let known = w == "known";
        if !eq_any(w, NAMING_PARTICIPLES)
            || (known && scope == Scope::All)
            || text[..ws[v].start()].trim_end().ends_with('-')
        {
            continue;
        }
        if text[ws[v].end()..cue_end].contains([',', ';', ':']) {
            cue_end = ws[v].end();
        }
        // The verb group: "is called", "had been dubbed", "will
        // informally be dubbed", "derisively known as", "so called".
        let mut c = v;
        let mut passive = false;
        while c > 0 && adjacent_words(text, ws[c - 1], ws[c]) {
            let w = ws[c - 1].text(text);
            if eq_any(w, NAMING_BE) {
                passive = true;
            } else if !(eq_any(w, NAMING_GROUP_WORDS) || (w.len() > 3 && w.ends_with("ly"))) {
                break;
            }
            c -= 1;
        }
        // The named thing opens the content: "the island … “the
        // Poorhouse”", "what … a “debate”"; not an apposition's head
        // ("The ad, titled “Scam,”").
        // "what is called a “debate”": the relative is the subject. A
        // title ("a memo titled “Q”") and a "so called" name stand alone.
        let subject = if passive {
            evidential::regarded_subject(text, &ws, c)
                .or_else(|| (c > 0 && ws[c - 1].text(text) == "what").then(|| ws[c - 1]))
        } else if eq_any(w, &["titled", "entitled"]) || ws[c].text(text).eq_ignore_ascii_case("so")
        {
            None
        } else {
            evidential::participle_noun_phrase(text, &ws, c)
        };
        if let Some(subject) = subject {
            a.content = subject.cover(named);
            a.parts = vec![subject, named];
        } else {
            a.content = named;
        }
        a.kind = if a.content == q {
            QuoteKind::Direct
        } else {
            QuoteKind::Mixed
        };
        a.rule = "named-quote";
        a.confidence = 0.5;
        a.cue = Some(Span::new(ws[c].start(), cue_end));
    }
}

/// Words separated by spaces only.
fn adjacent_words(text: &str, a: Span, b: Span) -> bool {
    text[a.end()..b.start()].trim_matches(' ').is_empty()
}

/// Forms of the naming verbs whose object takes a quoted complement
/// ("called him a “moderate”", "dubbed the plan “Operation Slow”",
/// "branding it “a waste”"); not "brand", mostly a noun.
fn is_naming_verb(w: &str) -> bool {
    matches!(
        w,
        "call"
            | "calls"
            | "called"
            | "calling"
            | "dub"
            | "dubs"
            | "dubbed"
            | "dubbing"
            | "label"
            | "labels"
            | "labeled"
            | "labelled"
            | "labeling"
            | "labelling"
            | "branded"
            | "branding"
    )
}

/// Cue lemmas whose reported content is an object and its (quoted)
/// complement: "called X “Y”", "described X as “Y”".
const NAMING_LEMMAS: &[&str] = &["call", "dub", "label", "brand", "describe"];

/// Words that open a new clause or an aside after a naming verb's quoted
/// complement and its comma ("him a “moderate,” a subtle dig …", "Cruz
/// the “ultimate hypocrite,” linking to …"): not part of the content.
const NAMING_ASIDE_WORDS: &[&str] = &["a", "an", "the", "and", "but"];

/// Pronouns that open a new clause after "and" ("called her “nice” and he
/// …", "“unpatriotic,” and his administration has …").
const NAMING_CLAUSE_PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our",
];

/// Most words between a naming verb and its quoted complement (the object).
const MAX_NAMING_OBJECT: usize = 10;

/// Where the content of a naming verb ends: with its first quotation in
/// `content` (and the quotations joined to it by a comma, "and" or "or")
/// when an aside or a new clause follows it: "him a “moderate,” a subtle
/// dig …", "Cruz the “ultimate hypocrite,” linking to …", "her “third-rate”
/// and boycotted …", "an “ignorant baboon” and tweeting …". Else the
/// content's own end ("a “rough week” for Trump", "a “fundamental
/// mistake,” made by …", "“rapists” and criminals"). `quotes` are the
/// paragraph's quotations, sorted.
fn naming_complement_end(text: &str, quotes: &[Span], content: Span) -> usize {
    let mut k = quotes.partition_point(|q| q.start() < content.start());
    let mut end = None;
    while let Some(&q) = quotes.get(k) {
        if q.end() > content.end() {
            break;
        }
        end = Some(q.end());
        let joined = quotes.get(k + 1).is_some_and(|n| {
            n.end() <= content.end() && {
                let gap = text[q.end()..n.start()].trim();
                let gap = gap.strip_prefix(',').unwrap_or(gap).trim();
                matches!(
                    gap,
                    "" | "and" | "or" | "and a" | "and an" | "or a" | "or an"
                )
            }
        });
        if !joined {
            break;
        }
        k += 1;
    }
    let Some(e) = end else {
        return content.end();
    };
    let rest = &text[e..content.end()];
    let r = rest.trim_start();
    if r.is_empty() {
        return content.end();
    }
    let comma = text[..e].trim_end_matches(is_quote_mark).ends_with(',') || r.starts_with(',');
    let ws = words_upto(text, Span::new(e, content.end()), 2);
    let word = |i: usize| ws.get(i).map_or("", |w| w.text(text));
    let (first, second) = (word(0), word(1));
    let gerund = |w: &str| w.len() > 4 && w.ends_with("ing");
    let verb_like = |w: &str| {
        gerund(w) || (w.len() > 3 && w.ends_with("ed") && !w.starts_with(char::is_uppercase))
    };
    // "“insanity,” and Sanders", "“unpatriotic,” and his administration",
    // "“third-rate” and boycotted", "“a nice guy” and he didn't".
    let new_clause = first == "and"
        && (eq_any(second, NAMING_CLAUSE_PRONOUNS)
            || verb_like(second)
            || second.starts_with(char::is_uppercase));
    // "“rapists” (although he allowed …)": an aside; "“frijoleros”
    // (“beaners”)", a gloss, stays.
    let aside = r.starts_with(')')
        || (r.starts_with('(') && !r[1..].trim_start().starts_with(is_quote_mark));
    let cut = aside
        || new_clause
        || first == "but"
        || first == "instead"
        || (comma
            && (eq_any(first, NAMING_ASIDE_WORDS)
                || gerund(first)
                || (first.starts_with(char::is_uppercase) && !second.is_empty())));
    if cut { e } else { content.end() }
}

/// `… S called X “Y”` when [`verb_fragment`] found no frame: the naming
/// verb's subject is the mention right before it, the sentence subject
/// after "and"/"but" ("Cruz knocked Rubio on trade and called him a
/// “moderate”"), or the sentence's speaker for a gerund after a comma
/// ("…, calling them “frijoleros”"). The object must come between verb and
/// quotation ("a show called “Tides”" names a thing); the content is the
/// object and its quoted complement. Rule `naming-verb-quote`.
fn naming_fragment(ctx: &Ctx<'_>, out: &[Attribution], q: Span) -> Option<(Span, Mention, Span)> {
    let text = ctx.text;
    let sent = ctx.sentence_start(q.start());
    let from = floor_boundary(text, q.start().saturating_sub(MAX_FRAGMENT_REACH).max(sent));
    let ws = words(text, Span::new(from, q.start()));
    let n = ws.len();
    let v = (n.saturating_sub(MAX_NAMING_OBJECT + 1)..n)
        .rev()
        .find(|&i| is_naming_verb(ws[i].text(text)))?;
    let verb = ws[v];
    let object = &ws[v + 1..];
    let between = &text[verb.end()..q.start()];
    if object.is_empty()
        || text[..verb.start()].ends_with('-')
        || between.contains([';', ':', '(', ')', '—', '–', '?', '!'])
        || between.contains(|c: char| is_quote_mark(c))
        || eq_any(
            object[0].text(text),
            &[
                "for", "on", "to", "into", "off", "up", "in", "back", "out", "upon", "by", "from",
                "with", "at",
            ],
        )
        || object
            .iter()
            .all(|w| eq_any(w.text(text), &["a", "an", "the"]))
    {
        return None;
    }
    // Fillers and auxiliaries before the verb: "has also called".
    let mut c = v;
    while c > 0
        && v - c < MAX_FRAGMENT_FILLERS
        && ws[c - 1].start() >= sent
        && FRAGMENT_FILLERS.contains(&ws[c - 1].text(text))
    {
        c -= 1;
    }
    // "was called a “…”" (passive), "her brand, pitched as “…”" (a noun).
    let passive = c > 0
        && eq_any(
            ws[c - 1].text(text),
            &[
                "is", "are", "was", "were", "be", "been", "being", "to", "a", "an", "the", "his",
                "her", "their", "its", "our", "my", "your", "this",
            ],
        );
    if passive {
        return None;
    }
    let before = text[sent..ws[c].start()].trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let gerund = verb.text(text).ends_with("ing");
    let m = if gerund && before.ends_with(',') {
        previous_speaker(out, sent, ws[c].start())
            .or_else(|| sentence_subject(ctx, sent, ws[c].start()))
    } else if eq_any(prev, &["and", "but"]) {
        naming_subject(ctx, sent, &ws[..c], true)
            .or_else(|| sentence_subject(ctx, sent, ws[c].start()))
    } else {
        mention_before(text, ws[c].start(), sent)
            .or_else(|| naming_subject(ctx, sent, &ws[..c], false))
    }?;
    let relative = text[sent..m.span.start()]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| eq_any(w, &["whom", "which", "that", "who"]));
    if m.kind == MentionKind::Relative
        || is_possessive(m.span.text(text))
        || relative
        || m.span.start() >= verb.start()
    {
        return None;
    }
    let start = object[0].start();
    let body_end = trim_terminal(text, sent, ctx.sentence_end(q.end()));
    let end = cut_content(text, start, body_end.max(q.end())).max(q.end());
    let end = naming_complement_end(text, &ctx.skip, Span::new(start, end));
    Some((
        Span::new(ws[c].start(), verb.end()),
        m,
        Span::new(start, end),
    ))
}

/// Most words looked back over for the subject of a naming verb.
const MAX_NAMING_SUBJECT_REACH: usize = 8;

/// Words that open an adjunct between a subject and its verb ("Trump in
/// his announcement speech called …").
const NAMING_ADJUNCT_OPENERS: &[&str] = &[
    "in", "on", "at", "during", "last", "this", "earlier", "later", "once",
];

/// The subject of a naming verb with no mention right before it, within
/// its sentence: after "and"/"but" (`coordinated`), the mention before the
/// first conjunct's verb ("Cruz knocked Rubio on trade and called him …");
/// else the mention before an adjunct ("Trump in his announcement speech
/// called …"). `ws` are the words before the verb (and its fillers).
fn naming_subject(ctx: &Ctx<'_>, sent: usize, ws: &[Span], coordinated: bool) -> Option<Mention> {
    let text = ctx.text;
    let lowest = ws.len().saturating_sub(MAX_NAMING_SUBJECT_REACH);
    for w in ws[lowest..].iter().rev() {
        if w.start() < sent {
            break;
        }
        let t = w.text(text);
        let opener = if coordinated {
            t.starts_with(char::is_lowercase) && t.len() > 2 && reads_as_verb(t, None)
        } else {
            NAMING_ADJUNCT_OPENERS.contains(&t)
        };
        if !opener {
            continue;
        }
        if let Some(m) = mention_before(text, w.start(), sent)
            && m.kind != MentionKind::Relative
        {
            return Some(m);
        }
    }
    None
}
