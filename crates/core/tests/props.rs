//! Property tests of the public API: any `&str` gives an analysis whose
//! spans are valid byte ranges into the text, whose output record agrees
//! with the text, and which does not depend on where the text starts.
//!
//! Failing cases are saved to `crates/core/proptest-regressions/props.txt`
//! (commit that file) and replayed first on every run.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use saywho_core::{Analysis, QuoteKind, Span, extract};
use saywho_output::{DocumentRecord, SpanRecord};

/// A paragraph with no quotation mark, no capitalised name and no cue.
const PREFIX: &str = "Xyz.\n\n";

/// Pieces of news text dense in quotation marks, cues, names and
/// abbreviations, so random concatenations hit the grammar's corners.
const PIECES: &[&str] = &[
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "``",
    "''",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    " ",
    " ",
    "\u{a0}",
    "\u{202f}",
    ", ",
    ": ",
    " — ",
    " – ",
    ". ",
    "? ",
    "! ",
    "(",
    ")",
    "said",
    " said ",
    "says",
    "told reporters",
    "according to",
    "he said",
    "she tweeted",
    "they",
    "it",
    "Mr.",
    "Mrs.",
    "Dr.",
    "Sen.",
    "U.S.",
    "U.N.",
    "Jr.",
    "Lena",
    "Ortiz",
    "Ned",
    "Price",
    "Mayor",
    "The",
    "Acme Corp.",
    "the spokesman",
    "officials",
    "a senior official",
    "We",
    "will",
    "appeal",
    "don’t",
    "’90s",
    "Jones’",
    "’s",
    "de",
    "van",
    "and",
    "that",
    "not",
    "declined to comment",
    "Asked",
    "wrote",
    "é",
    "𝄞",
    "\u{301}",
    "\0",
    "\u{feff}",
];

/// Strings built from [`PIECES`].
fn quote_dense() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|v| v.concat())
}

/// Arbitrary strings, mixing arbitrary chars with quote-dense pieces.
fn arbitrary() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop_oneof![
                any::<char>().prop_map(String::from),
                prop::sample::select(PIECES).prop_map(String::from),
            ],
            0..80
        )
        .prop_map(|v| v.concat()),
    ]
}

fn config() -> ProptestConfig {
    // 256 cases by default; `PROPTEST_CASES=N` runs more.
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/props.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// Every span the analysis holds, with a name for messages.
fn spans(a: &Analysis<'_>) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (i, q) in a.quotes.iter().enumerate() {
        out.push((format!("quote {i} content"), q.content));
        for (j, &p) in q.parts.iter().enumerate() {
            out.push((format!("quote {i} part {j}"), p));
        }
        if let Some(c) = q.cue {
            out.push((format!("quote {i} cue"), c));
        }
        if let Some(s) = &q.speaker {
            out.push((format!("quote {i} speaker mention"), s.mention));
        }
    }
    for (i, e) in a.entities.iter().enumerate() {
        for (j, &m) in e.mentions.iter().enumerate() {
            out.push((format!("entity {i} mention {j}"), m));
        }
    }
    for (i, d) in a.diagnostics.iter().enumerate() {
        out.push((format!("diagnostic {i} ({})", d.kind.as_str()), d.span));
    }
    out
}

/// Every span record of the output record.
fn span_records<'r, 't>(r: &'r DocumentRecord<'_, 't>) -> Vec<(String, &'r SpanRecord<'t>)> {
    let mut out = Vec::new();
    for q in &r.quotes {
        out.push((format!("quote {} content", q.id), &q.content.span));
        for p in &q.content.parts {
            out.push((format!("quote {} part", q.id), p));
        }
        if let Some(c) = &q.cue {
            out.push((format!("quote {} cue", q.id), c));
        }
        if let Some(s) = &q.speaker {
            out.push((format!("quote {} speaker", q.id), &s.mention));
        }
    }
    for e in &r.entities {
        for m in &e.mentions {
            out.push((format!("entity {} mention", e.id), m));
        }
    }
    for d in &r.diagnostics {
        out.push((format!("diagnostic {}", d.kind), &d.span));
    }
    out
}

/// The engine's invariants on one text, as a `Result` so proptest can
/// shrink a failure.
fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    let a = extract(text);
    prop_assert!(std::ptr::eq(a.text, text), "analysis borrows another text");
    check_analysis(&a)
}

/// The invariants of one analysis of `a.text`.
fn check_analysis(a: &Analysis<'_>) -> Result<(), TestCaseError> {
    let text = a.text;
    for (what, s) in spans(a) {
        prop_assert!(
            s.is_valid_for(text),
            "{what}: {s:?} is out of bounds or off a char boundary (text len {})",
            text.len()
        );
        prop_assert!(s.start() <= s.end(), "{what}: {s:?} is reversed");
    }
    for (i, q) in a.quotes.iter().enumerate() {
        prop_assert!(
            (0.0..=1.0).contains(&q.confidence),
            "quote {i}: confidence {} out of [0, 1]",
            q.confidence
        );
        for (j, p) in q.parts.iter().enumerate() {
            prop_assert!(
                q.content.contains(*p),
                "quote {i}: part {j} {p:?} outside content {:?}",
                q.content
            );
        }
        if let Some(e) = q.speaker.as_ref().and_then(|s| s.entity) {
            prop_assert!(
                e < a.entities.len(),
                "quote {i}: speaker entity {e} of {}",
                a.entities.len()
            );
        }
    }
    for (i, e) in a.entities.iter().enumerate() {
        for &q in &e.quotes {
            prop_assert!(
                q < a.quotes.len(),
                "entity {i}: quote {q} of {}",
                a.quotes.len()
            );
        }
    }

    // The output record: text equals the slice, char offsets agree with
    // `str::chars`, and the JSON is well formed.
    let record = DocumentRecord::new("doc", a);
    for (what, r) in span_records(&record) {
        let [s, e] = r.byte;
        prop_assert_eq!(
            Some(r.text),
            text.get(s..e),
            "{}: text is not the slice",
            what
        );
        let cs = text[..s].chars().count();
        let ce = cs + text[s..e].chars().count();
        prop_assert_eq!(r.char, [cs, ce], "{}: char offsets disagree", what);
    }
    let line = serde_json::to_string(&record).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(!line.contains('\n'), "a JSON line holds a raw newline");
    let back: serde_json::Value =
        serde_json::from_str(&line).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(
        back["quotes"].as_array().map(Vec::len),
        Some(a.quotes.len())
    );
    Ok(())
}

/// `extract(TITLE + PREFIX + text)` is `extract(TITLE + text)` with every
/// span after the title shifted by `PREFIX.len()`, and nothing else changed.
///
/// The neutral title line stays in front because the headline frames read
/// the first paragraph as the article's title (`is_title` in the engine):
/// prepending a paragraph to a bare text would legitimately demote its first
/// line. [`check_prepend`] checks the strict form on texts whose first
/// paragraph carries no headline quote.
fn check_shift(text: &str) -> Result<(), TestCaseError> {
    let base_text = format!("{PREFIX}{text}");
    let base = extract(&base_text);
    let joined = format!("{PREFIX}{PREFIX}{text}");
    let shifted = extract(&joined);
    compare_shifted(&base, &shifted, PREFIX.len())
}

/// Strict form: `extract(PREFIX + text)` is `extract(text)` shifted, for
/// texts where neither analysis has a headline quote in the text's first
/// paragraph (the one prepending demotes from title).
fn check_prepend(text: &str) -> Result<(), TestCaseError> {
    let base = extract(text);
    let joined = format!("{PREFIX}{text}");
    let shifted = extract(&joined);
    // The first paragraph is the first line that is not blank.
    let lead = text.len() - text.trim_start().len();
    let first_para_end = text[lead..].find('\n').map_or(text.len(), |i| lead + i);
    let title_quote = |a: &Analysis<'_>, by: usize| {
        a.quotes.iter().any(|q| {
            (q.kind == QuoteKind::Headline || q.rule.starts_with("headline"))
                && q.content.start() <= first_para_end + by
        })
    };
    if title_quote(&base, 0) || title_quote(&shifted, PREFIX.len()) {
        return Ok(());
    }
    compare_shifted(&base, &shifted, PREFIX.len())
}

/// `shifted` equals `base` with every span moved right by `by` bytes.
fn compare_shifted(
    base: &Analysis<'_>,
    shifted: &Analysis<'_>,
    by: usize,
) -> Result<(), TestCaseError> {
    let mut expected = base.clone();
    for q in &mut expected.quotes {
        q.content = q.content.shift(by);
        for p in &mut q.parts {
            *p = p.shift(by);
        }
        q.cue = q.cue.map(|c| c.shift(by));
        if let Some(s) = &mut q.speaker {
            s.mention = s.mention.shift(by);
        }
    }
    for e in &mut expected.entities {
        for m in &mut e.mentions {
            *m = m.shift(by);
        }
    }
    for d in &mut expected.diagnostics {
        d.span = d.span.shift(by);
    }
    prop_assert_eq!(&expected.quotes, &shifted.quotes, "quotes differ");
    prop_assert_eq!(&expected.entities, &shifted.entities, "entities differ");
    prop_assert_eq!(
        &expected.diagnostics,
        &shifted.diagnostics,
        "diagnostics differ"
    );
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn invariants_hold_for_arbitrary_strings(text in arbitrary()) {
        check_invariants(&text)?;
    }

    #[test]
    fn invariants_hold_for_quote_dense_strings(text in quote_dense()) {
        check_invariants(&text)?;
    }

    #[test]
    fn prepending_a_paragraph_shifts_every_span(text in quote_dense()) {
        check_shift(&text)?;
    }

    #[test]
    fn prepending_a_paragraph_shifts_every_span_arbitrary(text in arbitrary()) {
        check_shift(&text)?;
    }

    #[test]
    fn prepending_to_a_bare_text_shifts_every_span(text in quote_dense()) {
        check_prepend(&text)?;
    }
}

/// Texts that once broke an invariant (from the fuzzers or from proptest
/// shrinking), kept as plain tests so they run in every `cargo test`.
const REGRESSIONS: &[&str] = &[
    "",
    "\"",
    "“‘",
    "\"\"\"\"\"\"\"",
    "„Hallo“, sagte er. »Ja«",
    "\u{feff}\"Yes,\" said Mr. Price.\r\n",
    // Panicked in `mention::source_after`, which skipped whitespace past its
    // limit ("begin > end" slicing). Found by proptest and the fuzzer;
    // fixed in the engine.
    "according to\n",
    "according to\t",
    // The colon cue after "U.S." + NBSP was the byte span 4..5, inside the
    // two-byte NBSP. Found by proptest; fixed in the engine.
    "U.S.\u{a0}: “”, ",
    // Headline kind on a title line is position-dependent by design; the
    // strict prepend check skips such texts (found by proptest).
    "U.S.: said“said",
    "\nU.S.: told reporters",
    // mixed-after-verb once skipped the title paragraph, so a prefix changed
    // the answer (found by proptest); it is position-independent now.
    "he saidNed«says",
];

#[test]
fn regression_inputs_keep_the_invariants() {
    for text in REGRESSIONS {
        if let Err(e) = check_invariants(text) {
            panic!("{text:?}: {e}");
        }
        if let Err(e) = check_shift(text) {
            panic!("{text:?} (shifted): {e}");
        }
        if let Err(e) = check_prepend(text) {
            panic!("{text:?} (prepended): {e}");
        }
    }
}

/// The checker itself can fail: a span inside a multi-byte char, a span
/// past the end and a dangling entity index are each caught.
#[test]
fn the_checker_rejects_broken_analyses() {
    use saywho_core::{Quote, QuoteKind, Resolution, Speaker};
    let text = "ab“c” said Kim.";
    let quote = |content: Span, entity: Option<usize>| Quote {
        kind: QuoteKind::Direct,
        rule: "test",
        confidence: 0.5,
        content,
        parts: Vec::new(),
        cue: None,
        speaker: Some(Speaker {
            mention: Span::new(16, 19),
            name: "Kim".into(),
            role: None,
            entity,
            resolution: Resolution::Unresolved,
        }),
    };
    let analysis = |q: Quote| Analysis {
        text,
        quotes: vec![q],
        entities: Vec::new(),
        diagnostics: Vec::new(),
    };
    assert!(check_analysis(&analysis(quote(Span::new(2, 9), None))).is_ok());
    assert!(check_analysis(&analysis(quote(Span::new(3, 9), None))).is_err());
    assert!(check_analysis(&analysis(quote(Span::new(2, 99), None))).is_err());
    assert!(check_analysis(&analysis(quote(Span::new(2, 9), Some(0)))).is_err());
}
