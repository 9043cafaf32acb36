//! The engine's invariants, as checks that say what is broken.
//!
//! One home for what the property tests, the fuzz targets and the corpus
//! snapshot test assert about an [`Analysis`] and about the span records
//! built from it:
//!
//! * every span is in bounds, on `char` boundaries, with `start <= end`;
//! * a confidence lies in `0..=1`; a split quote's parts lie inside its
//!   content; quotes are sorted by content start;
//! * a direct quote starts and ends with a quotation mark (the end may be
//!   missing when an `unclosed_quote` diagnostic overlaps it);
//! * a speaker's entity exists and lists the quote back; an entity's quotes
//!   exist;
//! * a rendered span record's text is the slice of its byte offsets and its
//!   char offsets agree with [`str::chars`] ([`check_span_record`]);
//! * prepending a neutral paragraph only shifts every span ([`check_shift`]).
//!
//! The checks never panic, whatever the analysis holds.
//!
//! ```
//! let a = saywho_core::extract("\"We will appeal,\" said Mayor Lena Ortiz.");
//! assert!(saywho_core::invariants::check(&a).is_ok());
//! ```

use std::fmt;

use crate::{Analysis, DiagnosticKind, QuoteKind, Span};

/// A paragraph with no quotation mark, no name and no cue: prepending it to
/// a text must only shift the analysis (see [`check_prefix_shift`]).
pub const NEUTRAL_PARAGRAPH: &str = "Xyz.\n\n";

/// Opening and closing marks a direct quote may start or end with.
const QUOTE_MARKS: &[char] = &[
    '"', '\'', '`', '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』',
];

/// Which invariant a [`Violation`] breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// A span ends past the text.
    SpanOutOfBounds,
    /// A span end falls inside a multi-byte char.
    SpanOffCharBoundary,
    /// A span starts after it ends.
    SpanReversed,
    /// A confidence outside `0..=1` (or NaN).
    ConfidenceOutOfRange,
    /// A part of a split quote lies outside the quote's content.
    PartOutsideContent,
    /// Quotes are not in order of content start.
    QuotesUnsorted,
    /// A direct quote does not start and end with a quotation mark.
    DirectQuoteUnmarked,
    /// A speaker names an entity that does not exist.
    SpeakerEntityMissing,
    /// A speaker's entity does not list the quote.
    SpeakerEntityOmitsQuote,
    /// An entity lists a quote that does not exist.
    EntityQuoteMissing,
    /// A span record's text is not the slice of its byte offsets.
    RecordTextNotSlice,
    /// A span record's char offsets disagree with `str::chars`.
    RecordCharOffsets,
    /// Prepending text changed the analysis other than by a shift.
    ShiftChanged,
    /// A serialised record is malformed: not one line of JSON, a missing
    /// field, or not as many quotes or spans as the analysis.
    RecordMalformed,
}

/// One broken invariant: which, and a readable message naming the place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The invariant broken.
    pub rule: Rule,
    /// What is wrong and where, e.g. `quote 2 part 0 5..9 lies outside its content 6..20`.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Violation {
    /// A violation of `rule`, described by `message`.
    pub fn new(rule: Rule, message: impl Into<String>) -> Violation {
        Violation {
            rule,
            message: message.into(),
        }
    }
}

/// Every invariant an analysis (or record) breaks; never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violations(pub Vec<Violation>);

impl Violations {
    /// The rules broken, in the order found.
    pub fn rules(&self) -> Vec<Rule> {
        self.0.iter().map(|v| v.rule).collect()
    }

    /// `Ok` when `found` is empty.
    pub fn into_result(found: Vec<Violation>) -> Result<(), Violations> {
        if found.is_empty() {
            Ok(())
        } else {
            Err(Violations(found))
        }
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

/// Check every invariant of `analysis` against its own text.
pub fn check(analysis: &Analysis<'_>) -> Result<(), Violations> {
    let text = analysis.text;
    let mut out = Vec::new();
    let span = |what: &dyn Fn() -> String, s: Span, out: &mut Vec<Violation>| {
        out.extend(check_span(text, s).err().map(|rule| {
            let problem = match rule {
                Rule::SpanOutOfBounds => format!("ends past the text ({} bytes)", text.len()),
                Rule::SpanReversed => "starts after it ends".to_owned(),
                _ => "is not on char boundaries".to_owned(),
            };
            Violation::new(rule, format!("{} {s:?} {problem}", what()))
        }));
    };
    for (i, q) in analysis.quotes.iter().enumerate() {
        span(&|| format!("quote {i} content"), q.content, &mut out);
        for (k, &p) in q.parts.iter().enumerate() {
            span(&|| format!("quote {i} part {k}"), p, &mut out);
            if !q.content.contains(p) {
                out.push(Violation::new(
                    Rule::PartOutsideContent,
                    format!(
                        "quote {i} part {k} {p:?} lies outside its content {:?}",
                        q.content
                    ),
                ));
            }
        }
        if let Some(cue) = q.cue {
            span(&|| format!("quote {i} cue"), cue, &mut out);
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            out.push(Violation::new(
                Rule::ConfidenceOutOfRange,
                format!("quote {i} confidence {} is not in 0..=1", q.confidence),
            ));
        }
        if let Some(s) = &q.speaker {
            span(
                &|| format!("quote {i} speaker mention"),
                s.mention,
                &mut out,
            );
            if let Some(e) = s.entity {
                match analysis.entities.get(e) {
                    None => out.push(Violation::new(
                        Rule::SpeakerEntityMissing,
                        format!(
                            "quote {i} speaker entity {e} does not exist ({} entities)",
                            analysis.entities.len()
                        ),
                    )),
                    Some(ent) if !ent.quotes.contains(&i) => out.push(Violation::new(
                        Rule::SpeakerEntityOmitsQuote,
                        format!("quote {i} speaker entity {e} does not list quote {i}"),
                    )),
                    Some(_) => {}
                }
            }
        }
        if q.kind == QuoteKind::Direct && q.content.is_valid_for(text) {
            let content = q.content.text(text);
            let unclosed = analysis
                .diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::UnclosedQuote && q.content.overlaps(d.span));
            if !content.starts_with(QUOTE_MARKS) || !(unclosed || content.ends_with(QUOTE_MARKS)) {
                out.push(Violation::new(
                    Rule::DirectQuoteUnmarked,
                    format!(
                        "direct quote {i} does not start and end with a quotation mark: {content:?}"
                    ),
                ));
            }
        }
    }
    for (i, w) in analysis.quotes.windows(2).enumerate() {
        if w[0].content.start() > w[1].content.start() {
            out.push(Violation::new(
                Rule::QuotesUnsorted,
                format!(
                    "quotes not sorted by content start: quote {i} {:?} before quote {} {:?}",
                    w[0].content,
                    i + 1,
                    w[1].content
                ),
            ));
        }
    }
    for (e, ent) in analysis.entities.iter().enumerate() {
        for &q in &ent.quotes {
            if q >= analysis.quotes.len() {
                out.push(Violation::new(
                    Rule::EntityQuoteMissing,
                    format!(
                        "entity {e} lists quote {q}, which does not exist ({} quotes)",
                        analysis.quotes.len()
                    ),
                ));
            }
        }
        for (m, &s) in ent.mentions.iter().enumerate() {
            span(&|| format!("entity {e} mention {m}"), s, &mut out);
        }
    }
    for (d, diag) in analysis.diagnostics.iter().enumerate() {
        span(
            &|| format!("diagnostic {d} ({})", diag.kind.as_str()),
            diag.span,
            &mut out,
        );
    }
    Violations::into_result(out)
}

/// Whether `span` is a valid byte range of `text`: in bounds, `start <= end`
/// and both ends on char boundaries; the rule it breaks otherwise.
pub fn check_span(text: &str, span: Span) -> Result<(), Rule> {
    check_range(text, span.start(), span.end())
}

fn check_range(text: &str, start: usize, end: usize) -> Result<(), Rule> {
    if start > end {
        Err(Rule::SpanReversed)
    } else if end > text.len() {
        Err(Rule::SpanOutOfBounds)
    } else if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        Err(Rule::SpanOffCharBoundary)
    } else {
        Ok(())
    }
}

/// Check one rendered span record (as `saywho-output` writes it: byte
/// offsets, char offsets, covered text) against the document `text`: the
/// byte range is valid, `covered` is its slice and the char offsets count
/// what `str::chars` counts. `what` names the record in the message.
pub fn check_span_record(
    text: &str,
    what: &str,
    byte: [usize; 2],
    chars: [usize; 2],
    covered: &str,
) -> Result<(), Violation> {
    let [s, e] = byte;
    if let Err(rule) = check_range(text, s, e) {
        return Err(Violation::new(
            rule,
            format!(
                "{what}: byte [{s}, {e}] is not a valid slice of the text ({} bytes)",
                text.len()
            ),
        ));
    }
    let slice = &text[s..e];
    if covered != slice {
        return Err(Violation::new(
            Rule::RecordTextNotSlice,
            format!("{what}: text {covered:?} is not the slice {slice:?}"),
        ));
    }
    let cs = text[..s].chars().count();
    let want = [cs, cs + slice.chars().count()];
    if chars != want {
        return Err(Violation::new(
            Rule::RecordCharOffsets,
            format!("{what}: char {chars:?} but str::chars gives {want:?}"),
        ));
    }
    Ok(())
}

/// Check that `shifted` is `base` with every span moved right by `by` bytes
/// and nothing else changed (quotes, entities and diagnostics).
pub fn check_shift(
    base: &Analysis<'_>,
    shifted: &Analysis<'_>,
    by: usize,
) -> Result<(), Violations> {
    let expected = shift(base, by);
    let mut out = Vec::new();
    first_difference("quote", &expected.quotes, &shifted.quotes, &mut out);
    first_difference("entity", &expected.entities, &shifted.entities, &mut out);
    first_difference(
        "diagnostic",
        &expected.diagnostics,
        &shifted.diagnostics,
        &mut out,
    );
    Violations::into_result(out)
}

/// [`check_shift`] of `extract(P + text)` against `extract(P + P + text)`,
/// with `P` the [`NEUTRAL_PARAGRAPH`].
///
/// The neutral title stays in front in both because the headline frames
/// read the first paragraph as the article's title: prepending a paragraph
/// to a bare text may legitimately demote its first line.
pub fn check_prefix_shift(text: &str) -> Result<(), Violations> {
    let one = format!("{NEUTRAL_PARAGRAPH}{text}");
    let two = format!("{NEUTRAL_PARAGRAPH}{NEUTRAL_PARAGRAPH}{text}");
    check_shift(
        &crate::extract(&one),
        &crate::extract(&two),
        NEUTRAL_PARAGRAPH.len(),
    )
}

/// `analysis` with every span moved right by `by` bytes (text unchanged).
fn shift<'t>(analysis: &Analysis<'t>, by: usize) -> Analysis<'t> {
    let mut out = analysis.clone();
    for q in &mut out.quotes {
        q.content = q.content.shift(by);
        for p in &mut q.parts {
            *p = p.shift(by);
        }
        q.cue = q.cue.map(|c| c.shift(by));
        if let Some(s) = &mut q.speaker {
            s.mention = s.mention.shift(by);
        }
    }
    for e in &mut out.entities {
        for m in &mut e.mentions {
            *m = m.shift(by);
        }
    }
    for d in &mut out.diagnostics {
        d.span = d.span.shift(by);
    }
    out
}

/// Report the first place where `want` and `got` differ, if any.
fn first_difference<T: PartialEq + fmt::Debug>(
    what: &str,
    want: &[T],
    got: &[T],
    out: &mut Vec<Violation>,
) {
    if want == got {
        return;
    }
    let message = match want.iter().zip(got).position(|(a, b)| a != b) {
        Some(i) => format!(
            "{what} {i} differs after the shift:\n  expected {:?}\n  got      {:?}",
            want[i], got[i]
        ),
        None => format!(
            "{} {what}s expected after the shift, {} found",
            want.len(),
            got.len()
        ),
    };
    out.push(Violation::new(Rule::ShiftChanged, message));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Diagnostic, Entity, EntityKind, Quote, Resolution, Speaker};

    const TEXT: &str = "“Hi,” she said. Later: “Bye.”";

    fn quote(content: Span, entity: Option<usize>) -> Quote {
        Quote {
            kind: QuoteKind::Direct,
            rule: "test",
            confidence: 0.5,
            content,
            parts: Vec::new(),
            cue: None,
            speaker: entity.map(|e| Speaker {
                mention: Span::new(9, 12),
                name: "she".to_owned(),
                role: None,
                entity: Some(e),
                resolution: Resolution::Pronoun,
            }),
        }
    }

    fn entity(quotes: Vec<usize>) -> Entity {
        Entity {
            name: "she".to_owned(),
            kind: EntityKind::Person,
            roles: Vec::new(),
            organizations: Vec::new(),
            mentions: vec![Span::new(9, 12)],
            quotes,
        }
    }

    fn analysis(quotes: Vec<Quote>, entities: Vec<Entity>) -> Analysis<'static> {
        Analysis {
            text: TEXT,
            quotes,
            entities,
            diagnostics: Vec::new(),
        }
    }

    /// The content span of `“Hi,”`.
    fn hi() -> Span {
        Span::new(0, TEXT.find(" she").unwrap())
    }

    fn rules(a: &Analysis<'_>) -> Vec<Rule> {
        check(a).err().map(|v| v.rules()).unwrap_or_default()
    }

    #[test]
    fn a_sound_analysis_passes() {
        let a = analysis(vec![quote(hi(), Some(0))], vec![entity(vec![0])]);
        assert_eq!(check(&a), Ok(()));
        assert_eq!(check(&crate::extract(TEXT)), Ok(()));
    }

    #[test]
    fn spans_out_of_bounds_or_inside_a_char_are_caught() {
        let past = analysis(vec![quote(Span::new(0, TEXT.len() + 4), None)], vec![]);
        assert_eq!(rules(&past), [Rule::SpanOutOfBounds]);
        // Ends inside the three-byte closing mark of “Hi,”.
        let inside = analysis(vec![quote(Span::new(0, hi().end() - 1), None)], vec![]);
        assert_eq!(rules(&inside), [Rule::SpanOffCharBoundary]);
        let message = check(&inside).unwrap_err().to_string();
        assert!(message.starts_with("quote 0 content"), "{message}");
    }

    #[test]
    fn every_kind_of_span_is_checked() {
        let bad = Span::new(1, 2); // inside the opening “
        let mut q = quote(hi(), Some(0));
        q.parts = vec![bad];
        q.cue = Some(bad);
        q.speaker.as_mut().unwrap().mention = bad;
        let mut e = entity(vec![0]);
        e.mentions = vec![bad];
        let mut a = analysis(vec![q], vec![e]);
        a.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::UnclosedQuote,
            span: bad,
            message: String::new(),
        });
        let found = check(&a).unwrap_err().to_string();
        for what in [
            "quote 0 part 0",
            "quote 0 cue",
            "quote 0 speaker mention",
            "entity 0 mention 0",
            "diagnostic 0 (unclosed_quote)",
        ] {
            assert!(found.contains(what), "{what} not reported in:\n{found}");
        }
    }

    #[test]
    fn parts_confidence_order_and_marks_are_checked() {
        let later = TEXT.find("“Bye").unwrap();
        let mut q = quote(hi(), None);
        q.parts = vec![Span::new(later, TEXT.len())];
        q.confidence = 1.5;
        let a = analysis(vec![q], vec![]);
        assert_eq!(
            rules(&a),
            [Rule::PartOutsideContent, Rule::ConfidenceOutOfRange]
        );
        let mut nan = quote(hi(), None);
        nan.confidence = f32::NAN;
        assert_eq!(
            rules(&analysis(vec![nan], vec![])),
            [Rule::ConfidenceOutOfRange]
        );

        let unsorted = analysis(
            vec![quote(Span::new(later, TEXT.len()), None), quote(hi(), None)],
            vec![],
        );
        assert_eq!(rules(&unsorted), [Rule::QuotesUnsorted]);

        // "Hi" without its marks.
        let bare = analysis(vec![quote(Span::new(3, 5), None)], vec![]);
        assert_eq!(rules(&bare), [Rule::DirectQuoteUnmarked]);
        // A term needs no marks; an unclosed direct quote needs no closer.
        let mut term = quote(Span::new(3, 5), None);
        term.kind = QuoteKind::Term;
        assert_eq!(check(&analysis(vec![term], vec![])), Ok(()));
        let mut open = analysis(vec![quote(Span::new(later, TEXT.len() - 3), None)], vec![]);
        assert_eq!(rules(&open), [Rule::DirectQuoteUnmarked]);
        open.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::UnclosedQuote,
            span: Span::new(later, later + 3),
            message: String::new(),
        });
        assert_eq!(check(&open), Ok(()));
    }

    #[test]
    fn entity_cross_references_are_checked() {
        let missing = analysis(vec![quote(hi(), Some(7))], vec![entity(vec![0])]);
        assert_eq!(rules(&missing), [Rule::SpeakerEntityMissing]);
        let omits = analysis(vec![quote(hi(), Some(0))], vec![entity(vec![])]);
        assert_eq!(rules(&omits), [Rule::SpeakerEntityOmitsQuote]);
        let dangling = analysis(vec![quote(hi(), Some(0))], vec![entity(vec![0, 9])]);
        assert_eq!(rules(&dangling), [Rule::EntityQuoteMissing]);
    }

    #[test]
    fn span_records_must_agree_with_the_text() {
        let text = "a“b";
        assert_eq!(check_span_record(text, "s", [1, 4], [1, 2], "“"), Ok(()));
        let rule = |byte, chars, covered| {
            check_span_record(text, "s", byte, chars, covered)
                .err()
                .map(|v| v.rule)
        };
        assert_eq!(rule([1, 4], [1, 2], "z"), Some(Rule::RecordTextNotSlice));
        assert_eq!(rule([1, 4], [1, 4], "“"), Some(Rule::RecordCharOffsets));
        assert_eq!(rule([1, 3], [1, 2], "“"), Some(Rule::SpanOffCharBoundary));
        assert_eq!(rule([0, 9], [0, 3], "a“b"), Some(Rule::SpanOutOfBounds));
        assert_eq!(rule([4, 1], [2, 1], ""), Some(Rule::SpanReversed));
    }

    #[test]
    fn a_shift_must_move_every_span_and_change_nothing_else() {
        let base = crate::extract(TEXT);
        assert!(!base.quotes.is_empty());
        let joined = format!("{NEUTRAL_PARAGRAPH}{TEXT}");
        let shifted = crate::extract(&joined);
        assert_eq!(
            check_shift(&base, &shifted, NEUTRAL_PARAGRAPH.len()),
            Ok(())
        );
        // Off by one byte: every quote, entity and diagnostic differs.
        let wrong = check_shift(&base, &shifted, NEUTRAL_PARAGRAPH.len() + 1).unwrap_err();
        assert!(wrong.rules().contains(&Rule::ShiftChanged), "{wrong}");
        assert!(wrong.to_string().contains("quote 0 differs"), "{wrong}");
        // A lost quote is reported by count.
        let mut fewer = shifted.clone();
        fewer.quotes.pop();
        let lost = check_shift(&base, &fewer, NEUTRAL_PARAGRAPH.len()).unwrap_err();
        assert!(lost.to_string().contains("quotes expected"), "{lost}");
        assert_eq!(check_prefix_shift(TEXT), Ok(()));
    }
}
