//! Property tests of the public API: any `&str` gives an analysis whose
//! spans are valid byte ranges into the text, whose output record agrees
//! with the text, and which does not depend on where the text starts.
//!
//! Failing cases are saved to `crates/core/proptest-regressions/props.txt`
//! (commit that file) and replayed first on every run.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use saywho_core::invariants::{self, NEUTRAL_PARAGRAPH as PREFIX, Violations};
use saywho_core::{Analysis, QuoteKind, extract};

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

/// A check's violations as a proptest failure (so proptest can shrink it).
fn fail(v: Violations) -> TestCaseError {
    TestCaseError::fail(v.to_string())
}

/// The engine's invariants on one text and on its output record
/// (`saywho_core::invariants`, `saywho_output::check`).
fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    let a = extract(text);
    prop_assert!(std::ptr::eq(a.text, text), "analysis borrows another text");
    invariants::check(&a).map_err(fail)?;
    saywho_output::check::record(&a).map_err(fail)
}

/// `extract(P + P + text)` is `extract(P + text)` shifted, with `P` a
/// neutral paragraph ([`invariants::check_prefix_shift`]).
fn check_shift(text: &str) -> Result<(), TestCaseError> {
    invariants::check_prefix_shift(text).map_err(fail)
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
    invariants::check_shift(&base, &shifted, PREFIX.len()).map_err(fail)
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
    // An empty quotation took its "last letter" from the text before it, so
    // `“” he said` was a direct quote in a body paragraph and a term in the
    // title (found by proptest); an empty quotation has no last letter now.
    "『』he said\"",
    // A fronted lead ("A, S said, “q…”") made a direct quote start before
    // its opening mark when A was only commas (found by proptest).
    ", , he said«the spokesman\"\"\"told reportersAcme Corp.",
    // speaker-colon-line sliced from the end of a quotation that runs past
    // its paragraph ("begin > end"; found by proptest in the output crate).
    "Price:\"\u{1}\r“",
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
