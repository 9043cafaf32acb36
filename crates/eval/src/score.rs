//! The scorer: match system attributions to gold ones and count.
//!
//! Per document:
//!
//! * **exact**: a system content equals a gold content when their fragments,
//!   each trimmed of whitespace, punctuation and quotation marks at both
//!   ends (and merged when only such characters separate them), are the
//!   same; pairs are made one-to-one in text order.
//! * **found**: word-token Dice ≥ [`FOUND_DICE`] between the contents; pairs
//!   are made one-to-one, greedily by best Dice (ties: text order).
//! * **end-to-end**: a found pair whose speaker agrees (the system speaker
//!   mention overlaps a gold `Source` fragment, or neither side has one).
//! * **spans**: `Source`, `Cue` and `Content` spans scored independently by
//!   exact (trimmed) match of the set of distinct spans in the document.
//!
//! Recall counts gold attributions by the gold category (DIRECT when the gold
//! content contains quotation marks); precision counts system attributions by
//! the system category (DIRECT when the system content contains them).

use std::collections::{BTreeMap, HashSet};

use saywho_core::{Analysis, CharIndex, QuoteKind, Span};
use serde::Serialize;

use crate::corpus::GoldDoc;
use crate::text::{Tokens, context, dice, has_quotation_marks, normalise};

/// Minimum word-token Dice for a content to count as found.
pub const FOUND_DICE: f64 = 0.5;

/// Chars of context on each side of a span in error records.
const CONTEXT_CHARS: usize = 60;

/// One system attribution, reduced to what is scored.
#[derive(Clone, Debug, PartialEq)]
pub struct SysAttribution {
    /// The quote kind the engine gave.
    pub kind: QuoteKind,
    /// The rule that fired.
    pub rule: String,
    /// Content fragments (the quote's parts, or its content).
    pub content: Vec<Span>,
    /// The speaker mention.
    pub speaker: Option<Span>,
    /// The cue.
    pub cue: Option<Span>,
}

impl SysAttribution {
    /// The scored attributions of an analysis: every quote except
    /// [`QuoteKind::Term`] and empty contents.
    pub fn from_analysis(analysis: &Analysis<'_>) -> Vec<SysAttribution> {
        analysis
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Term)
            .map(|q| SysAttribution {
                kind: q.kind,
                rule: q.rule.to_string(),
                content: content_fragments(q.content, &q.parts),
                speaker: q
                    .speaker
                    .as_ref()
                    .map(|s| s.mention)
                    .filter(|m| !m.is_empty()),
                cue: q.cue.filter(|c| !c.is_empty()),
            })
            .filter(|a| !a.content.is_empty())
            .collect()
    }
}

/// The fragments of a quote's content: its non-empty parts, else the content.
pub fn content_fragments(content: Span, parts: &[Span]) -> Vec<Span> {
    let parts: Vec<Span> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    if !parts.is_empty() {
        parts
    } else if content.is_empty() {
        Vec::new()
    } else {
        vec![content]
    }
}

/// Counts behind precision and recall. Gold and system sides are counted
/// separately because a category (DIRECT/INDIRECT) is decided per side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Gold items.
    pub gold: u64,
    /// Gold items matched.
    pub gold_matched: u64,
    /// System items.
    pub system: u64,
    /// System items matched.
    pub system_matched: u64,
}

impl Counts {
    /// Matched system items / system items (0 when there are none).
    pub fn precision(&self) -> f64 {
        ratio(self.system_matched, self.system)
    }

    /// Matched gold items / gold items (0 when there are none).
    pub fn recall(&self) -> f64 {
        ratio(self.gold_matched, self.gold)
    }

    /// Harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.gold_matched += o.gold_matched;
        self.system += o.system;
        self.system_matched += o.system_matched;
    }
}

/// Correct / total among matched pairs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Accuracy {
    /// Pairs looked at.
    pub pairs: u64,
    /// Pairs that agree.
    pub correct: u64,
}

impl Accuracy {
    /// correct / pairs (0 when there are none).
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.pairs)
    }

    fn add(&mut self, o: &Accuracy) {
        self.pairs += o.pairs;
        self.correct += o.correct;
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The measures of one category (ALL, DIRECT or INDIRECT).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measures {
    /// Content exact match.
    pub exact: Counts,
    /// Content found (Dice ≥ 0.5).
    pub found: Counts,
    /// Content found and speaker agrees.
    pub end_to_end: Counts,
    /// Speaker agreement among found pairs.
    pub speaker: Accuracy,
    /// Cue agreement among found pairs.
    pub cue: Accuracy,
}

impl Measures {
    fn add(&mut self, o: &Measures) {
        self.exact.add(&o.exact);
        self.found.add(&o.found);
        self.end_to_end.add(&o.end_to_end);
        self.speaker.add(&o.speaker);
        self.cue.add(&o.cue);
    }
}

/// Independent exact-match scores of the three span types.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpanMeasures {
    /// Gold `Source` spans vs system speaker mentions.
    pub source: Counts,
    /// Gold `Cue` spans vs system cues.
    pub cue: Counts,
    /// Gold `Content` spans vs system contents.
    pub content: Counts,
}

impl SpanMeasures {
    fn add(&mut self, o: &SpanMeasures) {
        self.source.add(&o.source);
        self.cue.add(&o.cue);
        self.content.add(&o.content);
    }
}

/// All the measures of a set of documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    /// Documents scored.
    pub documents: u64,
    /// Every attribution.
    pub all: Measures,
    /// Attributions whose content contains quotation marks.
    pub direct: Measures,
    /// The others.
    pub indirect: Measures,
    /// Span-level exact match.
    pub spans: SpanMeasures,
}

impl Scores {
    /// Add the counts of `o`.
    pub fn add(&mut self, o: &Scores) {
        self.documents += o.documents;
        self.all.add(&o.all);
        self.direct.add(&o.direct);
        self.indirect.add(&o.indirect);
        self.spans.add(&o.spans);
    }

    fn category(&mut self, direct: bool) -> [&mut Measures; 2] {
        if direct {
            [&mut self.all, &mut self.direct]
        } else {
            [&mut self.all, &mut self.indirect]
        }
    }
}

/// What went wrong for one attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A gold attribution with no system content found for it.
    Missed,
    /// A system attribution with no gold content found for it.
    FalsePositive,
    /// Content found, speaker disagrees.
    WrongSpeaker,
    /// Content found but not an exact match.
    Boundary,
}

/// A span (possibly in fragments) with its text and context.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpanText {
    /// Code-point offsets of each fragment.
    pub char: Vec<[usize; 2]>,
    /// Byte offsets of each fragment.
    pub byte: Vec<[usize; 2]>,
    /// The fragments' text, joined by ` … `.
    pub text: String,
    /// Up to 60 chars before the first fragment.
    pub before: String,
    /// Up to 60 chars after the last fragment.
    pub after: String,
}

impl SpanText {
    fn new(text: &str, index: &CharIndex, fragments: &[Span]) -> Option<SpanText> {
        let first = fragments.first()?;
        let last = fragments.last()?;
        let (before, _) = context(text, first.start(), first.start(), CONTEXT_CHARS);
        let (_, after) = context(text, last.end(), last.end(), CONTEXT_CHARS);
        Some(SpanText {
            char: fragments.iter().map(|&f| index.span(f)).collect(),
            byte: fragments.iter().map(|f| [f.start(), f.end()]).collect(),
            text: fragments
                .iter()
                .map(|f| f.text(text))
                .collect::<Vec<_>>()
                .join(" … "),
            before,
            after,
        })
    }
}

/// A gold attribution in an error record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoldRecord {
    /// Line of its `E` line in the `.ann` file.
    pub line: usize,
    /// Its content.
    pub content: Option<SpanText>,
    /// Its source.
    pub source: Option<SpanText>,
    /// Its cue.
    pub cue: Option<SpanText>,
}

/// A system attribution in an error record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SystemRecord {
    /// `direct`, `mixed`, `indirect` or `headline`.
    pub kind: &'static str,
    /// The rule that fired.
    pub rule: String,
    /// Its content.
    pub content: Option<SpanText>,
    /// Its speaker mention.
    pub speaker: Option<SpanText>,
    /// Its cue.
    pub cue: Option<SpanText>,
}

/// One error, as written by `saywho eval --errors FILE` (one JSON line each).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorRecord {
    /// The document id.
    pub doc: String,
    /// What went wrong.
    pub error: ErrorKind,
    /// `direct` or `indirect` (of the gold side when there is one).
    pub category: &'static str,
    /// The rule that fired, when there is a system side.
    pub rule: Option<String>,
    /// Word-token Dice of a found pair.
    pub dice: Option<f64>,
    /// The gold side.
    pub gold: Option<GoldRecord>,
    /// The system side.
    pub system: Option<SystemRecord>,
}

/// How the attributions one rule produced fared (the precision side: a rule
/// has no gold of its own).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RuleCounts {
    /// Attributions the rule produced.
    pub system: u64,
    /// … whose content is an exact match.
    pub exact: u64,
    /// … whose content was found.
    pub found: u64,
    /// … found with the right speaker.
    pub end_to_end: u64,
}

impl RuleCounts {
    fn add(&mut self, o: &RuleCounts) {
        self.system += o.system;
        self.exact += o.exact;
        self.found += o.found;
        self.end_to_end += o.end_to_end;
    }
}

/// The result of scoring one document.
#[derive(Clone, Debug, Default)]
pub struct DocScore {
    /// Counts.
    pub scores: Scores,
    /// Precision counts per rule that fired.
    pub by_rule: BTreeMap<String, RuleCounts>,
    /// Every miss, false positive, wrong speaker and boundary error.
    pub errors: Vec<ErrorRecord>,
}

/// The result of scoring a set of documents.
#[derive(Clone, Debug, Default)]
pub struct Evaluation {
    /// Counts over every document.
    pub total: Scores,
    /// Counts per publisher (documents with a publisher only).
    pub by_publisher: BTreeMap<String, Scores>,
    /// Precision counts per rule that fired.
    pub by_rule: BTreeMap<String, RuleCounts>,
    /// Every error, document by document.
    pub errors: Vec<ErrorRecord>,
    /// Gold attribution events without a content (not scored).
    pub gold_without_content: u64,
}

/// A side of a comparison, prepared once.
struct Item {
    fragments: Vec<Span>,
    tokens: Vec<u32>,
    direct: bool,
}

impl Item {
    fn new(text: &str, tokens: &Tokens, fragments: &[Span]) -> Item {
        let direct = fragments.iter().any(|f| has_quotation_marks(f.text(text)));
        Item {
            fragments: normalise(text, fragments),
            tokens: tokens.ids(fragments),
            direct,
        }
    }
}

/// True when the system speaker agrees with the gold source: it overlaps a
/// source fragment, or neither side has one.
fn agrees(system: Option<Span>, gold: &[Span]) -> bool {
    match system {
        None => gold.is_empty(),
        Some(m) => gold.iter().any(|g| g.overlaps(m)),
    }
}

/// Exact match counts of two sets of spans (each a list of fragments).
fn span_counts(text: &str, gold: &[&[Span]], system: &[&[Span]]) -> Counts {
    let set = |v: &[&[Span]]| -> HashSet<Vec<Span>> {
        v.iter()
            .map(|f| normalise(text, f))
            .filter(|f| !f.is_empty())
            .collect()
    };
    let (g, s) = (set(gold), set(system));
    let common = g.intersection(&s).count() as u64;
    Counts {
        gold: g.len() as u64,
        gold_matched: common,
        system: s.len() as u64,
        system_matched: common,
    }
}

/// Score the system attributions of one document against its gold.
pub fn score_doc(gold: &GoldDoc, system: &[SysAttribution]) -> DocScore {
    let text = gold.text.as_str();
    let tokens = Tokens::new(text);
    let golds: Vec<Item> = gold
        .attributions
        .iter()
        .map(|a| Item::new(text, &tokens, &a.content))
        .collect();
    let syss: Vec<Item> = system
        .iter()
        .map(|a| Item::new(text, &tokens, &a.content))
        .collect();

    // Exact: one-to-one in text order.
    let mut exact_g = vec![false; golds.len()];
    let mut exact_s = vec![false; syss.len()];
    for (i, g) in golds.iter().enumerate() {
        if let Some(j) = (0..syss.len()).find(|&j| !exact_s[j] && syss[j].fragments == g.fragments)
        {
            exact_g[i] = true;
            exact_s[j] = true;
        }
    }

    // Found: all pairs with Dice ≥ FOUND_DICE, greedily by best Dice.
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, s) in syss.iter().enumerate() {
            let d = if g.fragments == s.fragments {
                1.0
            } else {
                dice(&g.tokens, &s.tokens)
            };
            if d >= FOUND_DICE {
                candidates.push((d, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut pair_g: Vec<Option<(usize, f64)>> = vec![None; golds.len()];
    let mut pair_s: Vec<Option<usize>> = vec![None; syss.len()];
    for (d, i, j) in candidates {
        if pair_g[i].is_none() && pair_s[j].is_none() {
            pair_g[i] = Some((j, d));
            pair_s[j] = Some(i);
        }
    }

    let mut scores = Scores {
        documents: 1,
        ..Scores::default()
    };
    let speaker_ok = |i: usize, j: usize| agrees(system[j].speaker, &gold.attributions[i].source);
    let cue_ok = |i: usize, j: usize| agrees(system[j].cue, &gold.attributions[i].cue);
    for (i, g) in golds.iter().enumerate() {
        let pair = pair_g[i];
        for m in scores.category(g.direct) {
            m.exact.gold += 1;
            m.found.gold += 1;
            m.end_to_end.gold += 1;
            m.exact.gold_matched += u64::from(exact_g[i]);
            if let Some((j, _)) = pair {
                m.found.gold_matched += 1;
                let sp = speaker_ok(i, j);
                m.end_to_end.gold_matched += u64::from(sp);
                m.speaker.pairs += 1;
                m.speaker.correct += u64::from(sp);
                m.cue.pairs += 1;
                m.cue.correct += u64::from(cue_ok(i, j));
            }
        }
    }
    let mut by_rule: BTreeMap<String, RuleCounts> = BTreeMap::new();
    for (j, s) in syss.iter().enumerate() {
        let r = by_rule.entry(system[j].rule.clone()).or_default();
        r.system += 1;
        r.exact += u64::from(exact_s[j]);
        if let Some(i) = pair_s[j] {
            r.found += 1;
            r.end_to_end += u64::from(speaker_ok(i, j));
        }
        for m in scores.category(s.direct) {
            m.exact.system += 1;
            m.found.system += 1;
            m.end_to_end.system += 1;
            m.exact.system_matched += u64::from(exact_s[j]);
            if let Some(i) = pair_s[j] {
                m.found.system_matched += 1;
                m.end_to_end.system_matched += u64::from(speaker_ok(i, j));
            }
        }
    }

    let g_src: Vec<&[Span]> = gold.attributions.iter().map(|a| &a.source[..]).collect();
    let g_cue: Vec<&[Span]> = gold.attributions.iter().map(|a| &a.cue[..]).collect();
    let g_con: Vec<&[Span]> = gold.attributions.iter().map(|a| &a.content[..]).collect();
    let s_src: Vec<&[Span]> = system.iter().map(|a| a.speaker.as_slice()).collect();
    let s_cue: Vec<&[Span]> = system.iter().map(|a| a.cue.as_slice()).collect();
    let s_con: Vec<&[Span]> = system.iter().map(|a| &a.content[..]).collect();
    scores.spans = SpanMeasures {
        source: span_counts(text, &g_src, &s_src),
        cue: span_counts(text, &g_cue, &s_cue),
        content: span_counts(text, &g_con, &s_con),
    };

    let errors = errors(gold, system, &golds, &pair_g, &pair_s);
    DocScore {
        scores,
        by_rule,
        errors,
    }
}

fn category_name(direct: bool) -> &'static str {
    if direct { "direct" } else { "indirect" }
}

fn errors(
    gold: &GoldDoc,
    system: &[SysAttribution],
    golds: &[Item],
    pair_g: &[Option<(usize, f64)>],
    pair_s: &[Option<usize>],
) -> Vec<ErrorRecord> {
    let text = gold.text.as_str();
    let mut out = Vec::new();
    let index = CharIndex::new(text);
    let gold_record = |i: usize| {
        let a = &gold.attributions[i];
        GoldRecord {
            line: a.line,
            content: SpanText::new(text, &index, &a.content),
            source: SpanText::new(text, &index, &a.source),
            cue: SpanText::new(text, &index, &a.cue),
        }
    };
    let system_record = |j: usize| {
        let a = &system[j];
        SystemRecord {
            kind: a.kind.as_str(),
            rule: a.rule.clone(),
            content: SpanText::new(text, &index, &a.content),
            speaker: SpanText::new(text, &index, a.speaker.as_slice()),
            cue: SpanText::new(text, &index, a.cue.as_slice()),
        }
    };
    let record = |error, category, gi: Option<usize>, sj: Option<usize>, dice| ErrorRecord {
        doc: gold.id.clone(),
        error,
        category,
        rule: sj.map(|j| system[j].rule.clone()),
        dice,
        gold: gi.map(gold_record),
        system: sj.map(system_record),
    };
    // Gold order first, then false positives in system order.
    for (i, g) in golds.iter().enumerate() {
        let cat = category_name(g.direct);
        match pair_g[i] {
            None => out.push(record(ErrorKind::Missed, cat, Some(i), None, None)),
            Some((j, d)) => {
                if !agrees(system[j].speaker, &gold.attributions[i].source) {
                    out.push(record(
                        ErrorKind::WrongSpeaker,
                        cat,
                        Some(i),
                        Some(j),
                        Some(d),
                    ));
                }
                if golds[i].fragments != normalise(text, &system[j].content) {
                    out.push(record(ErrorKind::Boundary, cat, Some(i), Some(j), Some(d)));
                }
            }
        }
    }
    for (j, a) in system.iter().enumerate() {
        if pair_s[j].is_none() {
            let direct = a.content.iter().any(|f| has_quotation_marks(f.text(text)));
            out.push(record(
                ErrorKind::FalsePositive,
                category_name(direct),
                None,
                Some(j),
                None,
            ));
        }
    }
    out
}

/// Score many documents: `system[k]` are the attributions found in `gold[k]`.
/// Missing system entries count as empty.
pub fn score(gold: &[GoldDoc], system: &[Vec<SysAttribution>]) -> Evaluation {
    let mut ev = Evaluation::default();
    for (k, doc) in gold.iter().enumerate() {
        let sys = system.get(k).map(Vec::as_slice).unwrap_or(&[]);
        let ds = score_doc(doc, sys);
        ev.total.add(&ds.scores);
        if let Some(p) = &doc.publisher {
            ev.by_publisher
                .entry(p.clone())
                .or_default()
                .add(&ds.scores);
        }
        for (rule, c) in &ds.by_rule {
            ev.by_rule.entry(rule.clone()).or_default().add(c);
        }
        ev.errors.extend(ds.errors);
        ev.gold_without_content += doc.without_content as u64;
    }
    ev
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brat::GoldAttribution;

    const TEXT: &str = "“We will appeal,” said Mayor Lena Ortiz. \
                        The council said that the vote was final and binding. \
                        Critics called it a “sham.”";

    fn sp(needle: &str) -> Span {
        let s = TEXT.find(needle).unwrap();
        Span::new(s, s + needle.len())
    }

    fn gold(atts: Vec<GoldAttribution>) -> GoldDoc {
        GoldDoc {
            id: "doc".into(),
            text: TEXT.into(),
            publisher: Some("daily".into()),
            ann: "doc.ann".into(),
            attributions: atts,
            without_content: 0,
        }
    }

    fn g(content: &str, source: &str, cue: &str) -> GoldAttribution {
        GoldAttribution {
            content: vec![sp(content)],
            source: vec![sp(source)],
            cue: vec![sp(cue)],
            line: 1,
        }
    }

    fn s(content: &str, speaker: Option<&str>, cue: Option<&str>) -> SysAttribution {
        SysAttribution {
            kind: QuoteKind::Direct,
            rule: "test-rule".into(),
            content: vec![sp(content)],
            speaker: speaker.map(sp),
            cue: cue.map(sp),
        }
    }

    fn golds() -> Vec<GoldAttribution> {
        vec![
            g("“We will appeal,”", "Mayor Lena Ortiz", "said"),
            g("the vote was final and binding", "The council", "said that"),
        ]
    }

    #[test]
    fn perfect_system_scores_one_everywhere() {
        let sys = vec![
            s("“We will appeal,”", Some("Mayor Lena Ortiz"), Some("said")),
            s(
                "the vote was final and binding",
                Some("The council"),
                Some("said that"),
            ),
        ];
        let d = score_doc(&gold(golds()), &sys);
        for m in [&d.scores.all, &d.scores.direct, &d.scores.indirect] {
            assert_eq!(m.exact.f1(), 1.0);
            assert_eq!(m.found.f1(), 1.0);
            assert_eq!(m.end_to_end.f1(), 1.0);
            assert_eq!(m.speaker.accuracy(), 1.0);
        }
        assert_eq!(d.scores.direct.found.gold, 1);
        assert_eq!(d.scores.indirect.found.gold, 1);
        assert_eq!(d.scores.spans.source.f1(), 1.0);
        assert_eq!(d.scores.spans.cue.f1(), 1.0);
        assert!(d.errors.is_empty(), "{:?}", d.errors);
    }

    #[test]
    fn trimming_makes_marks_and_commas_irrelevant_to_exact() {
        // System content without the marks and the comma.
        let sys = vec![s("We will appeal", Some("Lena Ortiz"), Some("said"))];
        let d = score_doc(&gold(golds()), &sys);
        assert_eq!(d.scores.all.exact.system_matched, 1);
        assert_eq!(d.scores.all.exact.gold_matched, 1);
        // The system content has no marks: precision counts it as INDIRECT,
        // recall counts the gold as DIRECT.
        assert_eq!(d.scores.indirect.exact.system, 1);
        assert_eq!(d.scores.direct.exact.gold_matched, 1);
        // Source span "Lena Ortiz" ≠ "Mayor Lena Ortiz", but it overlaps.
        assert_eq!(d.scores.spans.source.system_matched, 0);
        assert_eq!(d.scores.all.end_to_end.gold_matched, 1);
    }

    #[test]
    fn partial_content_is_found_but_a_boundary_error() {
        let sys = vec![s("the vote was final", Some("council"), Some("that the"))];
        let d = score_doc(&gold(golds()), &sys);
        let m = &d.scores.indirect;
        assert_eq!((m.exact.gold_matched, m.found.gold_matched), (0, 1));
        assert_eq!(m.end_to_end.system_matched, 1);
        assert_eq!(m.cue.correct, 1, "\"that the\" overlaps \"said that\"");
        let kinds: Vec<ErrorKind> = d.errors.iter().map(|e| e.error).collect();
        assert_eq!(kinds, [ErrorKind::Missed, ErrorKind::Boundary]);
        let b = &d.errors[1];
        assert_eq!(b.rule.as_deref(), Some("test-rule"));
        assert!((b.dice.unwrap() - 2.0 * 4.0 / 10.0).abs() < 1e-9);
        let sysrec = b.system.as_ref().unwrap();
        assert_eq!(sysrec.content.as_ref().unwrap().text, "the vote was final");
        assert!(
            sysrec
                .content
                .as_ref()
                .unwrap()
                .before
                .ends_with("said that ")
        );
    }

    #[test]
    fn found_needs_dice_of_one_half() {
        // 2 of the 6 gold tokens in a 2-token content: Dice 4/8, found.
        let d = score_doc(&gold(golds()), &[s("final and", None, None)]);
        assert_eq!(d.scores.all.found.system_matched, 1);
        // 1 of 6 in a 1-token content: Dice 2/7, missed and false positive.
        let d = score_doc(&gold(golds()), &[s("final", None, None)]);
        assert_eq!(d.scores.all.found.system_matched, 0);
        assert_eq!(d.scores.all.found.gold_matched, 0);
        let kinds: Vec<ErrorKind> = d.errors.iter().map(|e| e.error).collect();
        assert_eq!(
            kinds,
            [
                ErrorKind::Missed,
                ErrorKind::Missed,
                ErrorKind::FalsePositive
            ]
        );
    }

    #[test]
    fn wrong_speaker_and_false_positive() {
        let sys = vec![
            s("“We will appeal,”", Some("The council"), Some("said")),
            s("“sham.”", Some("Critics"), Some("called")),
        ];
        let d = score_doc(&gold(golds()), &sys);
        let a = &d.scores.all;
        assert_eq!((a.found.system, a.found.system_matched), (2, 1));
        assert_eq!(a.end_to_end.system_matched, 0);
        assert_eq!(
            a.speaker,
            Accuracy {
                pairs: 1,
                correct: 0
            }
        );
        let kinds: Vec<(ErrorKind, &str)> =
            d.errors.iter().map(|e| (e.error, e.category)).collect();
        assert_eq!(
            kinds,
            [
                (ErrorKind::WrongSpeaker, "direct"),
                (ErrorKind::Missed, "indirect"),
                (ErrorKind::FalsePositive, "direct"),
            ]
        );
        // Error records serialise with the documented field names.
        let json = serde_json::to_value(&d.errors[2]).unwrap();
        assert_eq!(json["error"], "false_positive");
        assert_eq!(json["system"]["speaker"]["text"], "Critics");
        assert!(json["gold"].is_null());
    }

    #[test]
    fn matching_is_one_to_one_and_prefers_the_best_dice() {
        // Two system quotes on one gold: the exact one wins, the other is a
        // false positive.
        let sys = vec![
            s("the vote was final", Some("The council"), None),
            s("the vote was final and binding", Some("The council"), None),
        ];
        let d = score_doc(&gold(golds()), &sys);
        let m = &d.scores.all.found;
        assert_eq!((m.system, m.system_matched, m.gold_matched), (2, 1, 1));
        let fp: Vec<&ErrorRecord> = d
            .errors
            .iter()
            .filter(|e| e.error == ErrorKind::FalsePositive)
            .collect();
        assert_eq!(fp.len(), 1);
        assert_eq!(
            fp[0]
                .system
                .as_ref()
                .unwrap()
                .content
                .as_ref()
                .unwrap()
                .text,
            "the vote was final"
        );
    }

    #[test]
    fn no_source_agrees_with_no_speaker() {
        let mut atts = golds();
        atts[1].source.clear();
        let sys = vec![s("the vote was final and binding", None, Some("said that"))];
        let d = score_doc(&gold(atts), &sys);
        assert_eq!(d.scores.indirect.end_to_end.gold_matched, 1);
    }

    #[test]
    fn from_analysis_skips_terms_and_uses_parts() {
        use saywho_core::{Analysis, Quote};
        let quote = |kind, content, parts: Vec<Span>| Quote {
            kind,
            rule: "r",
            confidence: 1.0,
            content,
            parts,
            cue: None,
            speaker: None,
        };
        let a = Analysis {
            text: TEXT,
            quotes: vec![
                quote(
                    QuoteKind::Direct,
                    sp("“We will appeal,” said"),
                    vec![sp("“We will appeal,”"), Span::empty(3)],
                ),
                quote(QuoteKind::Term, sp("“sham.”"), vec![]),
                quote(QuoteKind::Indirect, Span::empty(0), vec![]),
            ],
            entities: vec![],
            diagnostics: vec![],
        };
        let sys = SysAttribution::from_analysis(&a);
        assert_eq!(sys.len(), 1);
        assert_eq!(sys[0].content, vec![sp("“We will appeal,”")]);
    }

    #[test]
    fn score_sums_documents_and_publishers() {
        let docs = vec![gold(golds()), gold(golds())];
        let sys = vec![
            vec![s("“We will appeal,”", Some("Lena Ortiz"), Some("said"))],
            vec![],
        ];
        let ev = score(&docs, &sys);
        assert_eq!(ev.total.documents, 2);
        assert_eq!(ev.total.all.found.gold, 4);
        assert_eq!(ev.total.all.found.gold_matched, 1);
        assert_eq!(ev.by_publisher["daily"], ev.total);
        let r = ev.by_rule["test-rule"];
        assert_eq!((r.system, r.exact, r.found, r.end_to_end), (1, 1, 1, 1));
        assert_eq!(ev.errors.len(), 3);
    }
}
