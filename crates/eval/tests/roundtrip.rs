//! brat export round trip: analysis → `write_ann` → `parse_ann` → score
//! against the same analysis must give 1.0 on every measure.

use saywho_core::{Analysis, Quote, QuoteKind, Resolution, Span, Speaker};
use saywho_eval::{Counts, Evaluation, GoldDoc, SysAttribution, parse_ann, score, write_ann};

fn find(text: &str, needle: &str) -> Span {
    let s = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    Span::new(s, s + needle.len())
}

fn round_trip(analysis: &Analysis<'_>) -> (String, Evaluation) {
    let ann = write_ann(analysis);
    let gold =
        parse_ann(&ann, analysis.text, "rt.ann".as_ref()).unwrap_or_else(|e| panic!("{e}\n{ann}"));
    let doc = GoldDoc {
        id: "rt".into(),
        text: analysis.text.to_string(),
        publisher: None,
        ann: "rt.ann".into(),
        attributions: gold,
        without_content: 0,
    };
    let ev = score(&[doc], &[SysAttribution::from_analysis(analysis)]);
    (ann, ev)
}

fn assert_perfect(c: &Counts, what: &str, ann: &str) {
    assert!(c.gold > 0, "{what}: nothing scored\n{ann}");
    assert_eq!(c.gold, c.gold_matched, "{what}\n{ann}");
    assert_eq!(c.system, c.system_matched, "{what}\n{ann}");
    assert_eq!(c.f1(), 1.0, "{what}\n{ann}");
}

fn check(ev: &Evaluation, ann: &str) {
    let t = &ev.total;
    assert_perfect(&t.all.exact, "exact", ann);
    assert_perfect(&t.all.found, "found", ann);
    assert_perfect(&t.all.end_to_end, "end-to-end", ann);
    assert_perfect(&t.spans.content, "content spans", ann);
    assert_eq!(t.all.speaker.accuracy(), 1.0, "{ann}");
    assert_eq!(t.all.cue.accuracy(), 1.0, "{ann}");
    assert!(ev.errors.is_empty(), "{:?}", ev.errors);
}

#[test]
fn synthetic_analysis_round_trips() {
    // Non-ASCII before the spans so code points and bytes differ; a split
    // quote; a quote without speaker; a term that must not be exported.
    let text = "Café “Ça va,” said Mayor Zoë Ortiz, “we will appeal.”\n\
                The council said that the vote\nwas final.\n\
                “No comment.”\n\
                Critics called it a “sham.”";
    let ortiz = Speaker {
        mention: find(text, "Mayor Zoë Ortiz"),
        name: "Zoë Ortiz".into(),
        role: Some("Mayor".into()),
        entity: None,
        resolution: Resolution::Name,
    };
    let council = Speaker {
        mention: find(text, "The council"),
        name: "The council".into(),
        role: None,
        entity: None,
        resolution: Resolution::Nominal,
    };
    let q = |kind, content, parts, cue, speaker| Quote {
        kind,
        rule: "synthetic",
        confidence: 0.9,
        content,
        parts,
        cue,
        speaker,
    };
    let first = find(text, "“Ça va,”");
    let second = find(text, "“we will appeal.”");
    let analysis = Analysis {
        text,
        quotes: vec![
            q(
                QuoteKind::Direct,
                first.cover(second),
                vec![first, second],
                Some(find(text, "said")),
                Some(ortiz),
            ),
            q(
                QuoteKind::Indirect,
                find(text, "the vote\nwas final"),
                vec![],
                Some(find(text, "said that")),
                Some(council),
            ),
            q(
                QuoteKind::Direct,
                find(text, "“No comment.”"),
                vec![],
                None,
                None,
            ),
            q(QuoteKind::Term, find(text, "“sham.”"), vec![], None, None),
        ],
        entities: vec![],
        diagnostics: vec![],
    };
    let (ann, ev) = round_trip(&analysis);
    assert_eq!(ev.total.all.found.gold, 3, "term left out\n{ann}");
    assert_eq!(ev.total.direct.found.gold, 2, "{ann}");
    assert!(ann.contains("Attribution-no-source"), "{ann}");
    assert!(!ann.contains("sham"), "{ann}");
    // The split quote is one discontinuous Content span.
    assert!(ann.contains(";"), "{ann}");
    check(&ev, &ann);
}

#[test]
fn engine_output_round_trips() {
    let text = "“We will appeal the ruling,” said Mayor Lena Ortiz on Monday.\n\n\
                The city’s lawyer, Tom Reyes, said the decision ignored the evidence.\n\n\
                “It is a sad day for the town,” Reyes told reporters. “But we are not done.”\n";
    let analysis = saywho_core::extract(text);
    assert!(
        !SysAttribution::from_analysis(&analysis).is_empty(),
        "the engine found nothing: {:?}",
        analysis.quotes
    );
    let (ann, ev) = round_trip(&analysis);
    check(&ev, &ann);
}

mod prop {
    use proptest::prelude::*;
    use saywho_core::{Analysis, Quote, QuoteKind, Resolution, Span, Speaker};
    use saywho_eval::{GoldAttribution, content_fragments, parse_ann, write_ann};

    /// Chars of 1 to 4 bytes, line breaks, tabs and marks.
    const ALPHABET: [char; 10] = ['a', ' ', '\n', '\t', 'é', '“', '”', '𝄞', ',', ';'];

    /// A span from two char positions of `starts` (byte offset of each char,
    /// plus the text length at the end).
    fn span(starts: &[usize], a: usize, b: usize) -> Span {
        let (a, b) = (a % starts.len(), b % starts.len());
        Span::new(starts[a.min(b)], starts[a.max(b)])
    }

    fn kind(k: u8) -> QuoteKind {
        [
            QuoteKind::Direct,
            QuoteKind::Mixed,
            QuoteKind::Indirect,
            QuoteKind::Term,
            QuoteKind::Headline,
        ][usize::from(k % 5)]
    }

    proptest! {
        /// Whatever the spans and the text, the reader gets back exactly the
        /// spans the writer was given (code points ↔ bytes, discontinuous
        /// contents, texts with line breaks and tabs).
        #[test]
        fn writer_and_reader_agree(
            chars in proptest::collection::vec(0..ALPHABET.len(), 1..80),
            quotes in proptest::collection::vec(
                (any::<u8>(), any::<(usize, usize, usize, usize)>(), any::<bool>(),
                 any::<Option<(usize, usize)>>(), any::<Option<(usize, usize)>>()),
                0..6,
            ),
        ) {
            let text: String = chars.iter().map(|&i| ALPHABET[i]).collect();
            let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            starts.push(text.len());
            let quotes: Vec<Quote> = quotes
                .into_iter()
                .map(|(k, (a, b, c, d), split, cue, who)| {
                    let first = span(&starts, a, b);
                    let second = span(&starts, c, d);
                    let parts = if split && first.end() < second.start() {
                        vec![first, second]
                    } else {
                        vec![]
                    };
                    Quote {
                        kind: kind(k),
                        rule: "prop",
                        confidence: 0.5,
                        content: if parts.is_empty() { first } else { first.cover(second) },
                        parts,
                        cue: cue.map(|(a, b)| span(&starts, a, b)),
                        speaker: who.map(|(a, b)| Speaker {
                            mention: span(&starts, a, b),
                            name: "a\tb\nc".into(),
                            role: Some("r\nr".into()),
                            entity: None,
                            resolution: Resolution::Name,
                        }),
                    }
                })
                .collect();
            let analysis = Analysis { text: &text, quotes, entities: vec![], diagnostics: vec![] };
            let ann = write_ann(&analysis);
            let got = parse_ann(&ann, &text, "p.ann".as_ref()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let want: Vec<(Vec<Span>, Vec<Span>, Vec<Span>)> = analysis
                .quotes
                .iter()
                .filter(|q| q.kind != QuoteKind::Term)
                .map(|q| {
                    (
                        content_fragments(q.content, &q.parts),
                        q.speaker.iter().map(|s| s.mention).filter(|m| !m.is_empty()).collect(),
                        q.cue.iter().copied().filter(|c| !c.is_empty()).collect(),
                    )
                })
                .filter(|(c, _, _)| !c.is_empty())
                .collect();
            let got: Vec<(Vec<Span>, Vec<Span>, Vec<Span>)> = got
                .into_iter()
                .map(|GoldAttribution { content, source, cue, .. }| (content, source, cue))
                .collect();
            prop_assert_eq!(got, want, "{}", ann);
        }
    }
}
