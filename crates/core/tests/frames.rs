//! The specification of saywho's attribution frames, one sentence in and one
//! attribution out per test (harper's `assert_suggestion_result` habit).
//!
//! Each test is named after the frame, grammar rule, cue or speaker form it
//! pins down. [`assert_attribution`] finds the quote whose content text equals
//! the expected content and checks its kind, rule, speaker name, role and
//! mention; on failure it prints every quote the engine found.
//!
//! All sentences are written for this file; names, places and organisations
//! are fictional.

use saywho_core::{Analysis, Extractor, Options, Quote, QuoteKind, Resolution, Scope, extract};

/// What one attribution should look like.
#[derive(Clone, Debug)]
struct Expect<'a> {
    /// The content text as it appears, with the marks for direct quotes.
    content: &'a str,
    kind: QuoteKind,
    /// `Quote::rule`; `""` leaves the rule unchecked.
    rule: &'a str,
    /// The speaker's (canonical) name; `None` means "no speaker".
    speaker: Option<&'a str>,
    /// The role attached to the speaker; checked only when a speaker is expected.
    role: Option<&'a str>,
    /// The mention text at this quote; checked when `Some`.
    mention: Option<&'a str>,
    /// How the mention was resolved; checked when `Some`.
    resolution: Option<Resolution>,
    /// The cue text; checked when `Some`.
    cue: Option<&'a str>,
}

impl<'a> Expect<'a> {
    fn new(content: &'a str, kind: QuoteKind, rule: &'a str) -> Expect<'a> {
        Expect {
            content,
            kind,
            rule,
            speaker: None,
            role: None,
            mention: None,
            resolution: None,
            cue: None,
        }
    }

    fn direct(content: &'a str, rule: &'a str) -> Expect<'a> {
        Expect::new(content, QuoteKind::Direct, rule)
    }

    fn indirect(content: &'a str, rule: &'a str) -> Expect<'a> {
        Expect::new(content, QuoteKind::Indirect, rule)
    }

    /// Kind `refused`: reported, but flagged as what the speaker would not
    /// or did not say.
    fn refused(content: &'a str, rule: &'a str) -> Expect<'a> {
        Expect::new(content, QuoteKind::Refused, rule)
    }

    fn headline(content: &'a str, rule: &'a str) -> Expect<'a> {
        Expect::new(content, QuoteKind::Headline, rule)
    }

    fn speaker(mut self, name: &'a str) -> Expect<'a> {
        self.speaker = Some(name);
        self
    }

    fn role(mut self, role: &'a str) -> Expect<'a> {
        self.role = Some(role);
        self
    }

    fn mention(mut self, mention: &'a str) -> Expect<'a> {
        self.mention = Some(mention);
        self
    }

    fn resolution(mut self, resolution: Resolution) -> Expect<'a> {
        self.resolution = Some(resolution);
        self
    }

    fn cue(mut self, cue: &'a str) -> Expect<'a> {
        self.cue = Some(cue);
        self
    }
}

/// One line per quote, for failure messages.
fn describe(a: &Analysis<'_>) -> String {
    if a.quotes.is_empty() {
        return "  (no quote found)".to_owned();
    }
    a.quotes
        .iter()
        .map(|q| describe_quote(a.text, q))
        .collect::<Vec<_>>()
        .join("\n")
}

fn describe_quote(text: &str, q: &Quote) -> String {
    let speaker = match &q.speaker {
        None => "speaker: none".to_owned(),
        Some(s) => format!(
            "speaker: {:?} role: {:?} mention: {:?} resolution: {:?}",
            s.name,
            s.role,
            s.mention.text(text),
            s.resolution
        ),
    };
    format!(
        "  {:?} {:?} rule {:?} cue {:?} {speaker}",
        q.kind,
        q.content.text(text),
        q.rule,
        q.cue.map(|c| c.text(text)),
    )
}

/// Check that `input` yields an attribution as described by `expect`.
#[track_caller]
fn assert_attribution(input: &str, expect: Expect<'_>) {
    let a = extract(input);
    // Every analysis a frame test makes also keeps the output invariants.
    if let Err(v) = saywho_core::invariants::check(&a) {
        panic!(
            "invariants broken in\n  {input:?}\n{v}\nquotes found:\n{}",
            describe(&a)
        );
    }
    let Some(q) = a
        .quotes
        .iter()
        .find(|q| q.content.text(input) == expect.content)
    else {
        panic!(
            "no quote with content {:?} in\n  {input:?}\nquotes found:\n{}",
            expect.content,
            describe(&a)
        );
    };
    let mut wrong = Vec::new();
    if q.kind != expect.kind {
        wrong.push(format!("kind {:?}, expected {:?}", q.kind, expect.kind));
    }
    if !expect.rule.is_empty() && q.rule != expect.rule {
        wrong.push(format!("rule {:?}, expected {:?}", q.rule, expect.rule));
    }
    if let Some(cue) = expect.cue {
        let got = q.cue.map(|c| c.text(input));
        if got != Some(cue) {
            wrong.push(format!("cue {got:?}, expected {cue:?}"));
        }
    }
    match (&q.speaker, expect.speaker) {
        (None, None) => {}
        (Some(s), None) => wrong.push(format!("speaker {:?}, expected none", s.name)),
        (None, Some(name)) => wrong.push(format!("no speaker, expected {name:?}")),
        (Some(s), Some(name)) => {
            if s.name != name {
                wrong.push(format!("speaker {:?}, expected {name:?}", s.name));
            }
            if s.role.as_deref() != expect.role {
                wrong.push(format!("role {:?}, expected {:?}", s.role, expect.role));
            }
            if let Some(m) = expect.mention {
                if s.mention.text(input) != m {
                    wrong.push(format!(
                        "mention {:?}, expected {m:?}",
                        s.mention.text(input)
                    ));
                }
            }
            if let Some(r) = expect.resolution {
                if s.resolution != r {
                    wrong.push(format!("resolution {:?}, expected {r:?}", s.resolution));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "quote {:?} in\n  {input:?}\nis wrong: {}\nquotes found:\n{}",
        expect.content,
        wrong.join("; "),
        describe(&a)
    );
}

/// The quote with this content, or a panic listing every quote found.
#[track_caller]
fn quote_with<'a>(a: &'a Analysis<'_>, content: &str) -> &'a Quote {
    a.quotes
        .iter()
        .find(|q| q.content.text(a.text) == content)
        .unwrap_or_else(|| {
            panic!(
                "no quote with content {content:?}; quotes found:\n{}",
                describe(a)
            )
        })
}

/// No quote (of any kind) starts or ends inside `input` at a quotation-like
/// mark that is really an apostrophe, and no quote has quotation marks at all.
#[track_caller]
fn assert_no_quoted_material(input: &str) {
    let a = extract(input);
    let quoted: Vec<&Quote> = a
        .quotes
        .iter()
        .filter(|q| {
            matches!(
                q.kind,
                QuoteKind::Direct | QuoteKind::Term | QuoteKind::Headline | QuoteKind::Mixed
            )
        })
        .collect();
    assert!(
        quoted.is_empty(),
        "apostrophes taken for quotation marks in\n  {input:?}\nquotes found:\n{}",
        describe(&a)
    );
}

// ---------------------------------------------------------------------------
// Direct-quote frames
// ---------------------------------------------------------------------------

#[test]
fn quote_comma_said_speaker() {
    assert_attribution(
        "“We will appeal the ruling,” said Mayor Lena Ortiz.",
        Expect::direct("“We will appeal the ruling,”", "quote-comma-said-speaker")
            .speaker("Lena Ortiz")
            .role("Mayor")
            .mention("Mayor Lena Ortiz")
            .resolution(Resolution::Name)
            .cue("said"),
    );
}

#[test]
fn an_empty_quotation_has_no_speaker() {
    // Its "last letter" once came from the text before it (the period of
    // the title), which made `“” he said` a quote ending in a period.
    for input in ["Title.\n\n“” he said.", "Title.\n\n“Yes.”\n\n“” he said."] {
        let a = extract(input);
        let empty = quote_with(&a, "“”");
        assert_eq!(empty.kind, QuoteKind::Term, "{input:?}:\n{}", describe(&a));
        assert!(empty.speaker.is_none(), "{input:?}:\n{}", describe(&a));
    }
}

#[test]
fn quote_comma_speaker_said() {
    assert_attribution(
        "\"The bridge is safe for traffic,\" Dana Whitlock said on Monday.",
        Expect::direct(
            "\"The bridge is safe for traffic,\"",
            "quote-comma-speaker-said",
        )
        .speaker("Dana Whitlock")
        .mention("Dana Whitlock")
        .resolution(Resolution::Name)
        .cue("said"),
    );
}

#[test]
fn speaker_said_comma_quote() {
    assert_attribution(
        "Dana Whitlock said, “The bridge is safe for traffic and will stay open.”",
        Expect::direct(
            "“The bridge is safe for traffic and will stay open.”",
            "speaker-said-comma-quote",
        )
        .speaker("Dana Whitlock")
        .cue("said"),
    );
}

#[test]
fn speaker_said_comma_quote_after_the_start_of_its_sentence() {
    // "These late trains, the inspector said, “cost …”": a quotation in
    // lower case goes on with the words before the frame, which are content
    // (mixed: it opens with unquoted words).
    let input = "These late trains, the inspector said, “cost the region a fortune.”";
    let content = "These late trains, the inspector said, “cost the region a fortune.”";
    assert_attribution(
        input,
        Expect::new(content, QuoteKind::Mixed, "speaker-said-comma-quote")
            .speaker("the inspector")
            .role("inspector")
            .cue("said"),
    );
    let a = extract(input);
    let parts: Vec<&str> = quote_with(&a, content)
        .parts
        .iter()
        .map(|p| p.text(input))
        .collect();
    assert_eq!(parts, ["These late trains", "“cost the region a fortune.”"]);
    // A fronted adjunct stays out: "In his report, the inspector said, …".
    assert_attribution(
        "In his report, the inspector said, “the trains cost a fortune.”",
        Expect::direct("“the trains cost a fortune.”", "speaker-said-comma-quote")
            .speaker("the inspector")
            .role("inspector")
            .cue("said"),
    );
}

#[test]
fn speaker_said_comma_quote_after_adjuncts_with_commas() {
    // Adjuncts between the cue and the quote may hold commas (a list of
    // adjuncts, a sentence adverb, a number): the quote is still direct.
    assert_attribution(
        "Pier news.\n\nOrtiz wrote to her 12,000 followers on Sunday, “The pier will stay open all winter.”",
        Expect::direct(
            "“The pier will stay open all winter.”",
            "speaker-said-comma-quote",
        )
        .speaker("Ortiz")
        .cue("wrote"),
    );
    assert_attribution(
        "Pier news.\n\nCalloway admitted, however, “We should have fixed the railings years ago.”",
        Expect::direct(
            "“We should have fixed the railings years ago.”",
            "speaker-said-comma-quote",
        )
        .speaker("Calloway")
        .cue("admitted"),
    );
}

#[test]
fn speaker_said_quote_without_comma() {
    assert_attribution(
        "Dana Whitlock said “The bridge is safe for traffic and will stay open all winter.”",
        Expect::direct(
            "“The bridge is safe for traffic and will stay open all winter.”",
            "speaker-said-comma-quote",
        )
        .speaker("Dana Whitlock")
        .cue("said"),
    );
}

#[test]
fn speaker_said_colon_quote() {
    assert_attribution(
        "Councillor Priya Natarajan said: “We have waited eleven years for this depot.”",
        Expect::direct(
            "“We have waited eleven years for this depot.”",
            "speaker-said-colon-quote",
        )
        .speaker("Priya Natarajan")
        .role("Councillor")
        .mention("Councillor Priya Natarajan"),
    );
}

#[test]
fn speaker_colon_quote_in_running_text() {
    assert_attribution(
        "The hearing ended with a short exchange. Harlan Voss: “We cannot fund a second stadium, not this decade.”",
        Expect::direct(
            "“We cannot fund a second stadium, not this decade.”",
            "speaker-colon-quote",
        )
        .speaker("Harlan Voss")
        .cue(":"),
    );
}

#[test]
fn split_quote_is_one_quote_with_two_parts() {
    let input = "“The river is rising,” Whitlock said, “and we have two days at most.”";
    assert_attribution(
        input,
        Expect::direct(input, "split-quote")
            .speaker("Whitlock")
            .cue("said"),
    );
    let a = extract(input);
    let q = quote_with(&a, input);
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(input)).collect();
    assert_eq!(
        parts,
        ["“The river is rising,”", "“and we have two days at most.”"],
        "parts of the split quote"
    );
}

#[test]
fn quote_comma_noun_phrase_said() {
    assert_attribution(
        "Tram news.\n\n“We will not give up the depot,” the bespectacled, soft-spoken engineer said on Monday.",
        Expect::direct(
            "“We will not give up the depot,”",
            "quote-comma-speaker-said",
        )
        .speaker("the bespectacled, soft-spoken engineer")
        .mention("the bespectacled, soft-spoken engineer")
        .resolution(Resolution::Unresolved)
        .cue("said"),
    );
}

#[test]
fn quote_comma_name_inside_a_phrase_said() {
    assert_attribution(
        "Tram news.\n\n“The depot stays,” harbour pilot Tomas Quell wrote on Tuesday.",
        Expect::direct("“The depot stays,”", "quote-comma-speaker-said")
            .speaker("Tomas Quell")
            .role("harbour pilot")
            .mention("harbour pilot Tomas Quell")
            .cue("wrote"),
    );
}

#[test]
fn quote_comma_said_lowercase_role_and_name() {
    assert_attribution(
        "Tram news.\n\n“The depot stays,” said night-shift foreman Tomas Quell.",
        Expect::direct("“The depot stays,”", "quote-comma-said-speaker")
            .speaker("Tomas Quell")
            .role("night-shift foreman")
            .cue("said"),
    );
}

#[test]
fn quote_then_speaker_and_any_verb() {
    assert_attribution(
        "Tram news.\n\n“Will the depot close before winter?” Councillor Dana Whitlock pressed.",
        Expect::direct(
            "“Will the depot close before winter?”",
            "quote-comma-speaker-said",
        )
        .speaker("Dana Whitlock")
        .role("Councillor")
        .cue("pressed"),
    );
}

#[test]
fn quote_then_speaker_verb_and_object_is_no_frame() {
    let input = "Tram news.\n\n“Stop the closure,” Whitlock painted on a banner for the march.";
    let a = extract(input);
    let q = quote_with(&a, "“Stop the closure,”");
    assert!(
        q.cue.is_none_or(|c| c.text(input) != "painted"),
        "a verb with an object does not end the sentence:\n{}",
        describe(&a)
    );
}

#[test]
fn quote_then_narrative_has_no_loose_speaker() {
    let a = extract(
        "Tram news.\n\n“The depot stays,” the banner read, while the long meeting dragged on and nobody said anything.",
    );
    let q = quote_with(&a, "“The depot stays,”");
    assert!(
        q.speaker
            .as_ref()
            .is_none_or(|s| !s.name.contains("meeting")),
        "a narrative clause is no speaker:\n{}",
        describe(&a)
    );
}

#[test]
fn gerund_after_said_is_a_second_attribution() {
    let input = "“The river is rising,” Whitlock said, adding: “We have two days at most.”";
    assert_attribution(
        input,
        Expect::direct("“We have two days at most.”", "gerund-same-speaker")
            .speaker("Whitlock")
            .cue("adding"),
    );
    assert_attribution(
        input,
        Expect::direct("“The river is rising,”", "quote-comma-speaker-said").speaker("Whitlock"),
    );
}

#[test]
fn pronoun_takes_a_recent_speaker_known_by_surname_only() {
    assert_attribution(
        "“The pool is open again,” said Dorothy Pask.\n\n\
         “This pool belongs to the town,” Achebe said.\n\n\
         “Tickets will stay cheap,” he added.",
        Expect::direct("“Tickets will stay cheap,”", "quote-comma-speaker-said")
            .speaker("Achebe")
            .mention("he")
            .resolution(Resolution::Pronoun),
    );
}

#[test]
fn split_quote_after_a_short_adjunct() {
    let input = "“The river is rising,” Whitlock said of the levee on Tuesday, “and we have two days at most.”";
    assert_attribution(
        input,
        Expect::direct(input, "split-quote")
            .speaker("Whitlock")
            .cue("said"),
    );
    let a = extract(input);
    let parts: Vec<&str> = quote_with(&a, input)
        .parts
        .iter()
        .map(|p| p.text(input))
        .collect();
    assert_eq!(
        parts,
        ["“The river is rising,”", "“and we have two days at most.”"],
        "parts of the split quote"
    );
}

#[test]
fn quote_after_a_sentence_is_no_split() {
    assert_attribution(
        "“The river is rising,” Whitlock said of the levee. Later, “we have two days at most,” she added.",
        Expect::direct("“The river is rising,”", "quote-comma-speaker-said").speaker("Whitlock"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn quote_said_then_quote() {
    assert_attribution(
        "“The river is rising,” Whitlock said. “We have two days at most.”",
        Expect::direct("“We have two days at most.”", "quote-said-then-quote").speaker("Whitlock"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn quote_said_then_quote_first_quote_keeps_its_frame() {
    assert_attribution(
        "“The river is rising,” Whitlock said. “We have two days at most.”",
        Expect::direct("“The river is rising,”", "quote-comma-speaker-said").speaker("Whitlock"),
    );
}

#[test]
fn continuation_paragraph() {
    // One utterance over two paragraphs: the second quotation is the next
    // part of the first, as the annotators mark it.
    let input = "“The ferry runs again on Friday,” said Mayor Ines Calloway.\n\n\
                 “We lost four sailings to the storm and we will not lose a fifth.”";
    let first = "“The ferry runs again on Friday,”";
    let second = "“We lost four sailings to the storm and we will not lose a fifth.”";
    let cover = input;
    assert_attribution(
        input,
        Expect::direct(cover, "continuation-paragraph")
            .speaker("Ines Calloway")
            .role("Mayor")
            .cue("said"),
    );
    let a = extract(input);
    let parts: Vec<&str> = quote_with(&a, cover)
        .parts
        .iter()
        .map(|p| p.text(input))
        .collect();
    assert_eq!(parts, [first, second], "parts");
}

#[test]
fn no_speaker_is_guessed_from_an_earlier_paragraph() {
    // Calloway opens the narrative paragraph, but nothing says the quotation
    // that follows is hers: it stays unattributed rather than guessed.
    let input = "Calloway toured the harbour on Friday with two engineers.\n\n\
                 “Nobody has repaired this wall since the war.”";
    let a = extract(input);
    let q = quote_with(&a, "“Nobody has repaired this wall since the war.”");
    assert!(q.speaker.is_none(), "{}", describe_quote(input, q));
}

#[test]
fn continuation_stops_after_narrative_paragraph() {
    let input = "“The ferry runs again on Friday,” said Mayor Ines Calloway.\n\n\
                 The storm closed the crossing for four days and stranded two trucks.\n\n\
                 “Nobody told us anything for three days.”";
    let a = extract(input);
    let q = quote_with(&a, "“Nobody told us anything for three days.”");
    let inherited = q.rule == "continuation-paragraph"
        || q.speaker
            .as_ref()
            .is_some_and(|s| s.name == "Ines Calloway");
    assert!(
        !inherited,
        "a narrative paragraph must stop continuation; got\n{}",
        describe_quote(input, q)
    );
}

#[test]
fn continuation_follows_the_latest_speaker() {
    let input = "“The ferry runs again on Friday,” said Mayor Ines Calloway.\n\n\
                 “Friday is too late for the market,” said Olek Feld.\n\n\
                 “We will sell what we can from the quay.”";
    let feld = &input[input.find("“Friday").unwrap()..];
    assert_attribution(
        input,
        Expect::direct(feld, "continuation-paragraph")
            .speaker("Olek Feld")
            .cue("said"),
    );
}

#[test]
fn according_to_after_quote() {
    assert_attribution(
        "“The count was rushed,” according to Tomas Brandt.",
        Expect::direct("“The count was rushed,”", "according-to")
            .speaker("Tomas Brandt")
            .cue("according to"),
    );
}

#[test]
fn according_to_before_quote() {
    assert_attribution(
        "According to Tomas Brandt, “the count was rushed and the ballots were never sealed.”",
        Expect::direct(
            "“the count was rushed and the ballots were never sealed.”",
            "according-to",
        )
        .speaker("Tomas Brandt")
        .cue("According to"),
    );
}

#[test]
fn dash_signature_em_dash() {
    assert_attribution(
        "The plaque on the old seawall carries one line.\n\n“Build the seawall before the next flood, not after it.” — Ada Lindqvist",
        Expect::direct(
            "“Build the seawall before the next flood, not after it.”",
            "dash-signature",
        )
        .speaker("Ada Lindqvist"),
    );
}

#[test]
fn dash_signature_en_dash() {
    assert_attribution(
        "The plaque on the old seawall carries one line.\n\n“Build the seawall before the next flood, not after it.” – Ada Lindqvist",
        Expect::direct(
            "“Build the seawall before the next flood, not after it.”",
            "dash-signature",
        )
        .speaker("Ada Lindqvist"),
    );
}

#[test]
fn dash_signature_hyphen() {
    assert_attribution(
        "The plaque on the old seawall carries one line.\n\n\"Build the seawall before the next flood, not after it.\" - Ada Lindqvist",
        Expect::direct(
            "\"Build the seawall before the next flood, not after it.\"",
            "dash-signature",
        )
        .speaker("Ada Lindqvist"),
    );
}

#[test]
fn asked_speaker_said_quote() {
    assert_attribution(
        "Asked whether the port would close for the winter, Calloway said, “Not this winter, and not the next one either.”",
        Expect::direct(
            "“Not this winter, and not the next one either.”",
            "asked-speaker-said-quote",
        )
        .speaker("Calloway")
        .cue("said"),
    );
}

#[test]
fn asked_clause_is_not_content() {
    let input = "Asked whether the port would close for the winter, Calloway said, “Not this winter, and not the next one either.”";
    let a = extract(input);
    let swallowed: Vec<String> = a
        .quotes
        .iter()
        .filter(|q| q.content.text(input).contains("whether the port"))
        .map(|q| describe_quote(input, q))
        .collect();
    assert!(
        swallowed.is_empty(),
        "the question clause became content:\n{}",
        swallowed.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Headlines and captions
// ---------------------------------------------------------------------------

#[test]
fn headline_quote_colon_speaker() {
    assert_attribution(
        "'We will rebuild the pier': Calloway\n\nThe harbour master spoke after the storm.",
        Expect::headline("'We will rebuild the pier'", "headline-quote-colon-speaker")
            .speaker("Calloway"),
    );
}

#[test]
fn headline_speaker_colon_quote() {
    assert_attribution(
        "Calloway: “We will rebuild the pier”\n\nThe harbour master spoke after the storm.",
        Expect::headline("“We will rebuild the pier”", "headline-speaker-colon-quote")
            .speaker("Calloway"),
    );
}

#[test]
fn headline_quote_dash_speaker() {
    assert_attribution(
        "“We will rebuild the pier” – Calloway\n\nThe harbour master spoke after the storm.",
        Expect::headline("“We will rebuild the pier”", "headline-quote-dash-speaker")
            .speaker("Calloway"),
    );
}

#[test]
fn headline_video_caption_is_one_quote() {
    let input = "The ferry will run on Friday.\n\n\
                 Click to play video: 'Ferry fares will not rise this year: Calloway' Ferry fares will not rise this year: Calloway\n\
                 Ferry fares will not rise this year: Calloway – Mar 3, 2024\n\n\
                 The harbour reopened on Thursday.";
    assert_attribution(
        input,
        Expect::headline(
            "Ferry fares will not rise this year",
            "headline-quote-colon-speaker",
        )
        .speaker("Calloway")
        .cue(":"),
    );
    let a = extract(input);
    let about_fares: Vec<String> = a
        .quotes
        .iter()
        .filter(|q| q.content.text(input).contains("Ferry fares"))
        .map(|q| describe_quote(input, q))
        .collect();
    assert_eq!(
        about_fares.len(),
        1,
        "the repeated caption lines must not give another quote:\n{}",
        about_fares.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Kinds: mixed and term
// ---------------------------------------------------------------------------

#[test]
fn mixed_in_reported_clause() {
    assert_attribution(
        "Ortiz said the budget plan was “dead on arrival” in its current form.",
        Expect::new(
            "the budget plan was “dead on arrival” in its current form",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
}

#[test]
fn mixed_in_reported_clause_stops_before_the_quotations_own_frame() {
    // "Ortiz said Pruitt “would never win,” the aide recalled": the
    // quotation's own `“Q,” S said` frame ends the reported clause, whose
    // speaker and cue are no part of any content; cut there, the clause is
    // the one the aide's frame already reports.
    let input = "Ortiz said Pruitt “would never win the ward,” the aide recalled, adding that the race was close.";
    assert_attribution(
        input,
        Expect::new(
            "Ortiz said Pruitt “would never win the ward,”",
            QuoteKind::Mixed,
            "content-comma-speaker-said",
        )
        .speaker("the aide")
        .role("aide")
        .cue("recalled"),
    );
    let a = extract(input);
    assert!(
        a.quotes
            .iter()
            .all(|q| !q.content.text(input).contains("the aide recalled")),
        "a content runs over the quotation's frame:\n{}",
        describe(&a)
    );
}

#[test]
fn speaker_said_comma_quote_runs_on_with_its_sentence() {
    // A quotation with no punctuation of its own, its sentence going on in
    // lower case: the words after it are part of the content.
    assert_attribution(
        "Ortiz said, “the backlog is longer than last winter” among the depot crews.",
        Expect::new(
            "“the backlog is longer than last winter” among the depot crews",
            QuoteKind::Mixed,
            "speaker-said-comma-quote",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
    // A closing comma ends the quotation's sentence: direct as before.
    assert_attribution(
        "Ortiz said, “the backlog is long,” and left the hall.",
        Expect::direct("“the backlog is long,”", "speaker-said-comma-quote").speaker("Ortiz"),
    );
}

#[test]
fn long_quotation_inside_a_reported_clause_is_not_repeated() {
    let input = "Tram news.\n\nOrtiz said the budget plan was “dead on arrival in its current form, full stop.”";
    assert_attribution(
        input,
        Expect::new(
            "the budget plan was “dead on arrival in its current form, full stop.”",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Ortiz"),
    );
    let a = extract(input);
    assert!(
        a.quotes
            .iter()
            .all(|q| !q.content.text(input).starts_with('“')),
        "the quotation is part of the mixed attribution only:\n{}",
        describe(&a)
    );
}

#[test]
fn reported_clause_stops_at_a_framed_quotation() {
    let input = "Tram news.\n\nWhen the mayor first described the depot in May, Ortiz said, “We will build it and we will keep it open all year.”";
    assert_attribution(
        input,
        Expect::direct(
            "“We will build it and we will keep it open all year.”",
            "speaker-said-comma-quote",
        )
        .speaker("Ortiz"),
    );
    let a = extract(input);
    assert!(
        a.quotes
            .iter()
            .filter(|q| q.content.text(input).contains("open all year"))
            .count()
            == 1,
        "the quotation is attributed once:\n{}",
        describe(&a)
    );
}

#[test]
fn mixed_with_describes() {
    assert_attribution(
        "Valdonia describes the camps as “farm schools” to end smuggling, and denies any abuse.",
        Expect::new(
            "the camps as “farm schools” to end smuggling",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Valdonia")
        .cue("describes"),
    );
}

#[test]
fn quote_in_mid_sentence_before_speaker_said_is_mixed() {
    assert_attribution(
        "The fare rise was “a mistake we will not repeat,” Councillor Dana Whitlock said.",
        Expect::new(
            "The fare rise was “a mistake we will not repeat,”",
            QuoteKind::Mixed,
            "content-comma-speaker-said",
        )
        .speaker("Dana Whitlock")
        .role("Councillor")
        .cue("said"),
    );
}

#[test]
fn quote_opening_its_sentence_stays_direct() {
    assert_attribution(
        "The vote is on Monday. “A mistake we will not repeat,” Whitlock said.",
        Expect::direct(
            "“A mistake we will not repeat,”",
            "quote-comma-speaker-said",
        )
        .speaker("Whitlock"),
    );
}

#[test]
fn mixed_after_verb_outside_the_lexicon() {
    assert_attribution(
        "Tram news.\n\nCouncillor Dana Whitlock christened the new tram line as “a gift to every commuter” on Friday.",
        Expect::new(
            "the new tram line as “a gift to every commuter” on Friday",
            QuoteKind::Mixed,
            "mixed-after-verb",
        )
        .speaker("Dana Whitlock")
        .role("Councillor")
        .cue("christened"),
    );
}

#[test]
fn mixed_after_verb_with_auxiliary_and_subject_after_intro() {
    assert_attribution(
        "Tram news.\n\nOn Tuesday, Whitlock has also skewered the “reckless” fare rise.",
        Expect::new(
            "the “reckless” fare rise",
            QuoteKind::Mixed,
            "mixed-after-verb",
        )
        .speaker("Whitlock")
        .cue("has also skewered"),
    );
}

#[test]
fn compared_x_to_y_is_reported() {
    assert_attribution(
        "Tram news.\n\nIn a Tuesday column, Whitlock compared the tram plan to a leaky bucket.",
        Expect::indirect("the tram plan to a leaky bucket", "speaker-said-that")
            .speaker("Whitlock")
            .cue("compared"),
    );
}

#[test]
fn named_x_as_y_is_reported() {
    assert_attribution(
        "Tram news.\n\nOn Monday, Whitlock named the tram plan as her first priority for the year.",
        Expect::indirect(
            "the tram plan as her first priority for the year",
            "speaker-said-that",
        )
        .speaker("Whitlock")
        .cue("named"),
    );
}

#[test]
fn the_noun_name_is_no_cue() {
    let input =
        "Tram news.\n\nThe Ortiz name still carries weight in the valley, and names matter there.";
    let a = extract(input);
    assert!(
        a.quotes.is_empty(),
        "no attribution expected in {input:?}, found {:?}",
        a.quotes
    );
}

#[test]
fn naming_verb_content_ends_with_its_quoted_complement() {
    // A comma inside the closing mark, then an aside: not the speaker's.
    assert_attribution(
        "Tram news.\n\nOrtiz praised the drivers, calling the new timetable “a small miracle,” a phrase the union welcomed.",
        Expect::new(
            "the new timetable “a small miracle,”",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Ortiz")
        .cue("calling"),
    );
}

#[test]
fn naming_verb_content_stops_before_a_new_clause() {
    assert_attribution(
        "Tram news.\n\nWhitlock has called the fare rise “unfair,” and her office has asked the board for a review.",
        Expect::new(
            "the fare rise “unfair,”",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Whitlock")
        .cue("has called"),
    );
}

#[test]
fn naming_verb_quote_after_an_adjunct() {
    assert_attribution(
        "Tram news.\n\nThe debate turned when Whitlock in her weekly column called the tram plan “a fantasy” (the mayor disagreed) and asked for a vote.",
        Expect::new(
            "the tram plan “a fantasy”",
            QuoteKind::Mixed,
            "naming-verb-quote",
        )
        .speaker("Whitlock")
        .cue("called"),
    );
}

#[test]
fn mixed_after_verb_chanted() {
    assert_attribution(
        "Tram news.\n\nAs the mayor left the stage, the crowd chanted “Fix the bridge!”",
        Expect::new("“Fix the bridge!”", QuoteKind::Direct, "mixed-after-verb")
            .speaker("crowd")
            .cue("chanted"),
    );
}

#[test]
fn mixed_after_gerund_takes_the_sentence_subject() {
    assert_attribution(
        "Tram news.\n\nOrtiz rejected the plan on Monday, branding it “a waste of money that the city does not have this year.”",
        Expect::new(
            "it “a waste of money that the city does not have this year.”",
            QuoteKind::Mixed,
            "mixed-after-verb",
        )
        .speaker("Ortiz")
        .cue("branding"),
    );
}

#[test]
fn mixed_after_verb_content_follows_the_nearer_speech_verb() {
    // The quotation is reported by "saying", not by "sent": the content
    // starts after the nearer speech verb.
    assert_attribution(
        "Pier news.\n\nOrtiz sent out a leaflet on Friday saying the pier was “a rotten disgrace to the town.”",
        Expect::new(
            "the pier was “a rotten disgrace to the town.”",
            QuoteKind::Mixed,
            "mixed-after-verb",
        )
        .speaker("Ortiz"),
    );
    assert_attribution(
        "Pier news.\n\nDelacroix used the debate to demand the council “stop wasting money on a pier nobody walks on.”",
        Expect::new(
            "the council “stop wasting money on a pier nobody walks on.”",
            QuoteKind::Mixed,
            "mixed-after-verb",
        )
        .speaker("Delacroix"),
    );
}

#[test]
fn mixed_after_verb_particle_stays_with_the_verb() {
    assert_attribution(
        "Pier news.\n\nCalloway hit back that the pier was “perfectly sound and busy all summer.”",
        Expect::new(
            "that the pier was “perfectly sound and busy all summer.”",
            QuoteKind::Mixed,
            "mixed-after-verb",
        )
        .speaker("Calloway"),
    );
}

#[test]
fn quote_after_a_direct_only_verb_is_attributed() {
    assert_attribution(
        "Tram news.\n\nOn Friday, Councillor Dana Whitlock yelled “Shame on the council!” at the closing session.",
        Expect::direct("“Shame on the council!”", "mixed-after-verb")
            .speaker("Dana Whitlock")
            .role("Councillor")
            .cue("yelled"),
    );
}

#[test]
fn passive_verb_before_a_term_is_no_speech() {
    assert_attribution(
        "Tram news.\n\nThe old depot was dubbed “the barn” by drivers.",
        Expect::new("“the barn”", QuoteKind::Term, "term"),
    );
}

#[test]
fn title_after_a_verb_is_a_term() {
    assert_attribution(
        "Tram news.\n\nOrtiz watched “The Long Harbour Road” twice last winter.",
        Expect::new("“The Long Harbour Road”", QuoteKind::Term, "term"),
    );
}

#[test]
fn term_scare_quotes_have_no_speaker() {
    assert_attribution(
        "The so-called “efficiency review” cost the city two million crowns.",
        Expect::new("“efficiency review”", QuoteKind::Term, "").speaker_none(),
    );
}

#[test]
fn term_title_of_a_work_has_no_speaker() {
    assert_attribution(
        "The council screened the documentary “Salt and Silence” at the library on Friday.",
        Expect::new("“Salt and Silence”", QuoteKind::Term, "term").speaker_none(),
    );
}

#[test]
fn term_nickname_has_no_speaker() {
    assert_attribution(
        "Goalkeeper Marcus “The Wall” Oduya signed a new contract with the club.",
        Expect::new("“The Wall”", QuoteKind::Term, "term").speaker_none(),
    );
}

impl<'a> Expect<'a> {
    /// Documents that the expectation is "no speaker" (the default).
    fn speaker_none(mut self) -> Expect<'a> {
        self.speaker = None;
        self
    }
}

// ---------------------------------------------------------------------------
// Reported speech (kind indirect)
// ---------------------------------------------------------------------------

#[test]
fn speaker_said_that() {
    assert_attribution(
        "Calloway said that the ferry would resume its winter timetable on Monday.",
        Expect::indirect(
            "that the ferry would resume its winter timetable on Monday",
            "speaker-said-that",
        )
        .speaker("Calloway")
        .cue("said"),
    );
}

#[test]
fn content_starts_at_that_after_an_adjunct() {
    // Everything between the cue and "that" is an adjunct: the content
    // starts at "that" (the guidelines put "that" in the content).
    assert_attribution(
        "Calloway said in a radio interview on Sunday morning that the ferry would resume its winter timetable.",
        Expect::indirect(
            "that the ferry would resume its winter timetable",
            "speaker-said-that",
        )
        .speaker("Calloway")
        .cue("said"),
    );
    assert_attribution(
        "Calloway noted, however, that the pumps were older than the pier.",
        Expect::indirect(
            "that the pumps were older than the pier",
            "speaker-said-that",
        )
        .speaker("Calloway"),
    );
}

#[test]
fn content_starts_at_that_after_a_particle() {
    assert_attribution(
        "Ortiz pointed out that the bridge had been closed twice this year.",
        Expect::indirect(
            "that the bridge had been closed twice this year",
            "speaker-said-that",
        )
        .speaker("Ortiz"),
    );
}

#[test]
fn gerund_content_starts_after_its_addressee() {
    assert_attribution(
        "Ortiz defended the budget, telling the harbour board that the library would stay open.",
        Expect::indirect("that the library would stay open", "gerund-same-speaker")
            .speaker("Ortiz")
            .cue("telling"),
    );
}

#[test]
fn participle_after_a_quoted_comma_ends_the_clause() {
    // The comma sits inside the closing mark: ", adding" still ends the
    // reported clause, and "adding" reports a clause of its own.
    let input = "Pier news.\n\nOrtiz described the closure as a “breach of trust with every fisher,” adding that the town would appeal.";
    assert_attribution(
        input,
        Expect::new(
            "the closure as a “breach of trust with every fisher,”",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Ortiz")
        .cue("described"),
    );
    assert_attribution(
        input,
        Expect::indirect("that the town would appeal", "gerund-same-speaker")
            .speaker("Ortiz")
            .cue("adding"),
    );
}

#[test]
fn time_adjunct_before_a_clause_is_not_content() {
    assert_attribution(
        "Calloway said Tuesday night the ferry would resume its winter timetable.",
        Expect::indirect(
            "the ferry would resume its winter timetable",
            "speaker-said-that",
        )
        .speaker("Calloway")
        .cue("said"),
    );
}

#[test]
fn attitude_noun_belongs_to_the_cue() {
    // "expressed concern that …": the noun is part of the cue, the
    // that-clause is the content.
    assert_attribution(
        "Calloway expressed concern that the ferry would not run in January.",
        Expect::indirect(
            "that the ferry would not run in January",
            "speaker-said-that",
        )
        .speaker("Calloway"),
    );
}

#[test]
fn reported_clause_keeps_its_because_clause() {
    // The reason is part of what was said (as the annotators mark it).
    assert_attribution(
        "Calloway said the ferry stopped running because the engine needed new parts.",
        Expect::indirect(
            "the ferry stopped running because the engine needed new parts",
            "speaker-said-that",
        )
        .speaker("Calloway"),
    );
}

#[test]
fn reported_clause_goes_on_after_and_that_but_not_after_a_new_subject() {
    assert_attribution(
        "Calloway said the pier would reopen in May, and that the cafe would open with it.",
        Expect::indirect(
            "the pier would reopen in May, and that the cafe would open with it",
            "speaker-said-that",
        )
        .speaker("Calloway"),
    );
    assert_attribution(
        "Calloway said the pier would reopen in May, and the council agreed to pay for the railings.",
        Expect::indirect("the pier would reopen in May", "speaker-said-that").speaker("Calloway"),
    );
}

#[test]
fn reported_clause_goes_on_with_a_coordinated_cognition_verb() {
    // "and hoped that …", "and wanted …": the reported clause's subject
    // hopes and wants, so the clause goes on; a speech verb after "and"
    // is still the speaker's next act.
    assert_attribution(
        "Calloway said she was worried about the pier and hoped that the council would repair it soon.",
        Expect::indirect(
            "she was worried about the pier and hoped that the council would repair it soon",
            "speaker-said-that",
        )
        .speaker("Calloway"),
    );
    assert_attribution(
        "Calloway said the pier was unsafe and criticized the council for its delays.",
        Expect::indirect("the pier was unsafe", "speaker-said-that").speaker("Calloway"),
    );
}

#[test]
fn parenthetical_said_splits_the_content_around_the_attribution() {
    // "X, S said, Y": the content is X and Y, in two parts; the
    // attribution between them is not content.
    let input = "The new timetable, Calloway said on Monday, would suit the night shift better.";
    assert_attribution(
        input,
        Expect::indirect(
            "The new timetable, Calloway said on Monday, would suit the night shift better",
            "parenthetical-said",
        )
        .speaker("Calloway")
        .cue("said"),
    );
    let a = extract(input);
    let q = quote_with(
        &a,
        "The new timetable, Calloway said on Monday, would suit the night shift better",
    );
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(input)).collect();
    assert_eq!(
        parts,
        ["The new timetable", "would suit the night shift better"]
    );
}

#[test]
fn parenthetical_said_needs_an_aside_not_an_object() {
    // "called Ortiz, her rival, …": an object after the cue, no aside.
    let input = "Speaking at the pier on Friday, Calloway called Ortiz, her rival on the council, a “danger to the harbour.”";
    let a = extract(input);
    assert!(
        a.quotes.iter().all(|q| q.rule != "parenthetical-said"),
        "no parenthetical here; quotes found:\n{}",
        describe(&a)
    );
}

#[test]
fn participle_after_a_quoted_comma_ends_any_clause() {
    // Not only the listed participles: any speech-verb participle after a
    // comma inside a closing mark starts a clause of its own.
    let input = "Pier news.\n\nCalloway has called the tender “rushed and careless,” accusing the council of ignoring the fishers.";
    assert_attribution(
        input,
        Expect::new(
            "the tender “rushed and careless,”",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Calloway"),
    );
}

#[test]
fn addressee_is_not_content() {
    // The recipient of a statement or question is left out of the content.
    assert_attribution(
        "Calloway asked Ortiz whether the pier would reopen before the summer.",
        Expect::indirect(
            "whether the pier would reopen before the summer",
            "speaker-said-that",
        )
        .speaker("Calloway"),
    );
    assert_attribution(
        "Calloway told me the ferry would run twice a day from May.",
        Expect::indirect("the ferry would run twice a day from May", "").speaker("Calloway"),
    );
    // Before an infinitive the addressee is its subject, and stays.
    assert_attribution(
        "Calloway urged them to repair the railings before the summer.",
        Expect::indirect("them to repair the railings before the summer", "").speaker("Calloway"),
    );
}

#[test]
fn reported_clause_ends_before_a_new_attribution() {
    // "…, Calloway concluded that …": a second speaker's frame starts a new
    // attribution; the first content ends at the comma.
    let input = "The harbour board found the repairs adequate, Calloway concluded that the pier could open in May.";
    assert_attribution(
        input,
        Expect::indirect("the repairs adequate", "speaker-said-that").speaker("harbour board"),
    );
    assert_attribution(
        input,
        Expect::indirect("that the pier could open in May", "speaker-said-that")
            .speaker("Calloway"),
    );
    // After a subordinate clause the comma does not end the content.
    assert_attribution(
        "Ortiz said that if the tender failed, she would ask the council for a loan.",
        Expect::indirect(
            "that if the tender failed, she would ask the council for a loan",
            "speaker-said-that",
        )
        .speaker("Ortiz"),
    );
}

#[test]
fn object_noun_keeps_its_that_clause() {
    // "the idea" is what was rejected: the content starts at the noun
    // phrase, not at "that".
    assert_attribution(
        "Calloway rejected the idea that the ferry was unsafe in winter.",
        Expect::indirect(
            "the idea that the ferry was unsafe in winter",
            "speaker-said-that",
        )
        .speaker("Calloway")
        .cue("rejected"),
    );
}

#[test]
fn speaker_plain_noun_phrase() {
    assert_attribution(
        "The leaflets ask residents to leave their bins out before seven.",
        Expect::indirect(
            "residents to leave their bins out before seven",
            "speaker-said-that",
        )
        .speaker("leaflets")
        .mention("The leaflets")
        .cue("ask"),
    );
}

#[test]
fn speaker_bare_plural_with_modifier() {
    assert_attribution(
        "Local fishermen say the new quota is too small to live on.",
        Expect::indirect("the new quota is too small to live on", "speaker-said-that")
            .speaker("Local fishermen")
            .mention("Local fishermen"),
    );
}

#[test]
fn noun_form_of_a_speech_verb_is_no_cue_after_a_plain_noun_phrase() {
    let input = "Turnout was higher in his home state than anywhere else.";
    let a = extract(input);
    assert!(
        a.quotes.is_empty(),
        "'state' is a noun here; quotes found:\n{}",
        describe(&a)
    );
}

#[test]
fn speech_verb_before_a_group_word_after_a_subject() {
    assert_attribution(
        "Critics say officials ignored the warnings for years.",
        Expect::indirect(
            "officials ignored the warnings for years",
            "speaker-said-that",
        )
        .speaker("Critics")
        .mention("Critics"),
    );
}

#[test]
fn coordinated_verb_takes_the_sentence_subject() {
    assert_attribution(
        "Mayor Ines Calloway toured the flooded streets on Friday and promised \
         new pumps for the lower town.",
        Expect::indirect("new pumps for the lower town", "coordinated-verb")
            .speaker("Ines Calloway")
            .role("Mayor")
            .cue("promised"),
    );
}

#[test]
fn reported_clause_ends_before_a_second_verb_phrase() {
    assert_attribution(
        "Calloway said the pumps would arrive in May and thanked the volunteers.",
        Expect::indirect("the pumps would arrive in May", "speaker-said-that").speaker("Calloway"),
    );
}

#[test]
fn but_said_is_a_second_attribution_to_the_same_speaker() {
    assert_attribution(
        "Calloway said the pumps had been ordered but said the date was still open.",
        Expect::indirect("the date was still open", "coordinated-verb").speaker("Calloway"),
    );
}

#[test]
fn speaker_poll_share() {
    assert_attribution(
        "Among riders on the harbour line, one in five say the ferry fares are too high.",
        Expect::indirect("the ferry fares are too high", "speaker-said-that")
            .speaker("one in five")
            .mention("one in five"),
    );
}

#[test]
fn speaker_noun_phrase_with_prepositional_phrase() {
    assert_attribution(
        "Critics of the harbour levy argue it will drive the ferries away.",
        Expect::indirect("it will drive the ferries away", "speaker-said-that")
            .speaker("Critics of the harbour levy")
            .mention("Critics of the harbour levy"),
    );
    assert_attribution(
        "Even so, the keeper of the old lighthouse said the lamp still worked.",
        Expect::indirect("the lamp still worked", "speaker-said-that")
            .speaker("the keeper of the old lighthouse")
            .mention("the keeper of the old lighthouse"),
    );
}

#[test]
fn speaker_noun_phrase_with_two_prepositional_phrases() {
    assert_attribution(
        "Residents on both banks say the bridge is unsafe.",
        Expect::indirect("the bridge is unsafe", "speaker-said-that")
            .speaker("Residents on both banks")
            .mention("Residents on both banks"),
    );
    assert_attribution(
        "Later, dozens of members of the rowing club said the race was unfair.",
        Expect::indirect("the race was unfair", "speaker-said-that")
            .speaker("dozens of members of the rowing club")
            .mention("dozens of members of the rowing club"),
    );
}

#[test]
fn plain_subject_never_starts_inside_a_word() {
    // A curly mark used as an apostrophe splits "fishermen‘s"; "s unions on
    // both sides" is no speaker.
    let text = "The fishermen‘s unions on both sides have asked for a joint study.";
    let a = extract(text);
    assert!(
        a.quotes.iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| !s.mention.text(text).starts_with("s unions"))),
        "{}",
        describe(&a)
    );
}

#[test]
fn speaker_plural_with_relative_clause() {
    assert_attribution(
        "But skippers who have crossed the bay for years say the tides have changed.",
        Expect::indirect("the tides have changed", "speaker-said-that")
            .speaker("skippers who have crossed the bay for years")
            .mention("skippers who have crossed the bay for years"),
    );
    assert_attribution(
        "Some backers of tidal power research said the turbines were quiet.",
        Expect::indirect("the turbines were quiet", "speaker-said-that")
            .speaker("Some backers of tidal power research")
            .mention("Some backers of tidal power research"),
    );
}

#[test]
fn title_case_headline_says() {
    assert_attribution(
        "Harbour Board Says Ferries Will Run All Winter.\n\nThe board met on Monday.",
        Expect::headline("Ferries Will Run All Winter", "headline-speaker-verb")
            .speaker("Harbour Board")
            .cue("Says"),
    );
    assert_attribution(
        "Mayor Ortiz Just Announced The Ferries Will Run All Winter.\n\nShe spoke on Monday.",
        Expect::headline("The Ferries Will Run All Winter", "headline-speaker-verb")
            .speaker("Ortiz")
            .role("Mayor")
            .mention("Mayor Ortiz")
            .cue("Just Announced"),
    );
}

#[test]
fn speaker_noun_phrase_with_time_expression() {
    assert_attribution(
        "The harbour report published Tuesday said the pier was unsafe.",
        Expect::indirect("the pier was unsafe", "speaker-said-that")
            .speaker("The harbour report published Tuesday")
            .mention("The harbour report published Tuesday"),
    );
    assert_attribution(
        "A ferry survey in December found that riders wanted later boats.",
        Expect::indirect("that riders wanted later boats", "speaker-said-that")
            .speaker("A ferry survey in December")
            .mention("A ferry survey in December"),
    );
}

#[test]
fn postmodifier_object_is_no_cue() {
    assert_attribution(
        "Officials briefed on the talks said the pier would reopen.",
        Expect::indirect("the pier would reopen", "speaker-said-that")
            .speaker("Officials")
            .cue("said"),
    );
}

#[test]
fn plain_subject_before_postmodifier() {
    assert_attribution(
        "People briefed on the harbour deal said the pier would reopen.",
        Expect::indirect("the pier would reopen", "speaker-said-that")
            .speaker("People")
            .mention("People"),
    );
}

#[test]
fn speaker_percent_share() {
    assert_attribution(
        "Among riders on the harbour line, 47% say the ferry fares are too high.",
        Expect::indirect("the ferry fares are too high", "speaker-said-that")
            .speaker("47%")
            .mention("47%"),
    );
    assert_attribution(
        "Among riders on the harbour line, about 4 in 10 said the ferry was late.",
        Expect::indirect("the ferry was late", "speaker-said-that")
            .speaker("about 4 in 10")
            .mention("about 4 in 10"),
    );
}

#[test]
fn matrix_verb_before_to_infinitive_cue() {
    assert_attribution(
        "The harbour master went on to say that the pier would reopen in May.",
        Expect::indirect("that the pier would reopen in May", "speaker-said-that")
            .speaker("The harbour master")
            .mention("The harbour master")
            .cue("went on to say"),
    );
    assert_attribution(
        "Calloway has continued to insist that the pumps were never ordered.",
        Expect::indirect("that the pumps were never ordered", "speaker-said-that")
            .speaker("Calloway")
            .cue("has continued to insist"),
    );
}

#[test]
fn speaker_lone_quantifier() {
    assert_attribution(
        "The levy passed, although many argue it will drive the ferries away.",
        Expect::indirect("it will drive the ferries away", "speaker-said-that")
            .speaker("many")
            .mention("many"),
    );
}

#[test]
fn adverb_between_subject_and_cue() {
    assert_attribution(
        "Inspectors swiftly noted that the seals on the tanks were broken.",
        Expect::indirect(
            "that the seals on the tanks were broken",
            "speaker-said-that",
        )
        .speaker("Inspectors")
        .cue("swiftly noted"),
    );
}

#[test]
fn stance_verb_with_object() {
    assert_attribution(
        "The harbour board rejected the plan to move the fish market inland.",
        Expect::indirect(
            "the plan to move the fish market inland",
            "speaker-said-that",
        )
        .speaker("harbour board")
        .cue("rejected"),
    );
}

#[test]
fn evidence_verb_with_that_clause() {
    assert_attribution(
        "A new survey found that most shops had lost trade since May.",
        Expect::indirect(
            "that most shops had lost trade since May",
            "speaker-said-that",
        )
        .speaker("new survey")
        .mention("A new survey")
        .cue("found"),
    );
}

#[test]
fn preposition_of_a_prepositional_cue_is_part_of_the_cue() {
    assert_attribution(
        "Calloway spoke of a long winter ahead for the harbour towns.",
        Expect::indirect(
            "a long winter ahead for the harbour towns",
            "speaker-said-that",
        )
        .speaker("Calloway")
        .cue("spoke of"),
    );
}

#[test]
fn manner_of_speaking_verb_after_quote() {
    assert_attribution(
        "“The ferry is older than the harbour master,” Calloway quipped.",
        Expect::direct(
            "“The ferry is older than the harbour master,”",
            "quote-comma-speaker-said",
        )
        .speaker("Calloway")
        .cue("quipped"),
    );
}

/// Sentences where a word that can be a cue is not one: each must give no
/// reported speech.
#[test]
fn noun_phrases_and_idioms_are_not_reported_speech() {
    for input in [
        // A plural noun before a relative "that" is no verb.
        "After the floods and the economic woes that followed, the harbour emptied.",
        // After a possessive determiner, a verb form that is a noun ends the phrase.
        "Her comments drew a sharp reply from the harbour board.",
        "Their calls grew louder after the ferry sank.",
        // Legal and reflexive idioms.
        "The skipper pleaded guilty to sailing without a licence.",
        "Whitlock found himself back on the quay by noon.",
        // "state(s)" after a modifier is the noun.
        "Coastal states swing toward the ferry party.",
        "Most northern states that vote in May have large harbours.",
        "The list includes Wexley state Rep. Mara Quist.",
        // A thousands separator is no comma before a speaker.
        "Nearly 12,000 riders showed up on the quay.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes.iter().all(|q| q.kind != QuoteKind::Indirect),
            "{input}\n{}",
            describe(&a)
        );
    }
}

/// Verb senses of "add", "find" and "call" that are no speech: what was
/// added, come upon or phoned is a thing or a person, not a proposition.
#[test]
fn things_added_found_or_phoned_are_not_reported_speech() {
    for input in [
        "In Wexley, organizers added 160 stewards along the quay.",
        "The ferry line has added around 2,400 seats since May.",
        "The harbour board added another route to its winter timetable.",
        "Over the summer, the rowers have found a new home on the east quay.",
        "After a slow start, Quist began to find her voice in the final week.",
        "A year later, Osei called Mara Linden.",
        "Two weeks ago, Osei called Mara Linden.",
        "Osei called Marlow to congratulate him on the vote.",
        "One rival crew, a group of retired boatmen called Harbour Watch, was a force on the quay.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes.iter().all(|q| q.kind != QuoteKind::Indirect),
            "{input}\n{}",
            describe(&a)
        );
    }
}

/// A fronted question ("Asked whether …,") is what the speaker was asked,
/// not what they said.
#[test]
fn a_fronted_asked_clause_is_not_the_content() {
    let input = "Asked on the radio who leads the party in his view, he said Osei.";
    let a = extract(input);
    assert!(
        a.quotes
            .iter()
            .all(|q| !q.content.text(a.text).starts_with("Asked")),
        "{input}\n{}",
        describe(&a)
    );
}

/// "say" takes no particle: a preposition after it opens an adjunct ("at
/// the time") or names a topic ("about ferries"), never the content.
#[test]
fn say_takes_no_particle() {
    assert_attribution(
        "Three quarters of the harbour board backed the levy, Quist said at the time.",
        Expect::indirect(
            "Three quarters of the harbour board backed the levy",
            "content-comma-speaker-said",
        )
        .speaker("Quist"),
    );
    let input = "Here are nine odd things the mayor has said about ferries in the last year.";
    let a = extract(input);
    assert!(a.quotes.is_empty(), "{input}\n{}", describe(&a));
}

#[test]
fn called_with_a_predicate_and_added_or_found_with_a_clause_stay_speech() {
    assert_attribution(
        "Osei called Marlow a reckless captain.",
        Expect::indirect("Marlow a reckless captain", "speaker-said-that").speaker("Osei"),
    );
    assert_attribution(
        "Quist added that 160 stewards would guard the quay.",
        Expect::indirect(
            "that 160 stewards would guard the quay",
            "speaker-said-that",
        )
        .speaker("Quist"),
    );
    assert_attribution(
        "The Wexley Tribune poll found a majority of riders back the new fare.",
        Expect::indirect(
            "a majority of riders back the new fare",
            "speaker-said-that",
        )
        .speaker("Wexley Tribune poll"),
    );
}

#[test]
fn state_is_a_speech_verb_after_a_determiner_or_pronoun() {
    assert_attribution(
        "The document states that every member must vote.",
        Expect::indirect("that every member must vote", "speaker-said-that")
            .speaker("document")
            .cue("states"),
    );
}

#[test]
fn a_meaning_clause_ends_the_reported_clause() {
    assert_attribution(
        "Calloway said the ferry would stop in May, meaning that riders must take the bus.",
        Expect::indirect("the ferry would stop in May", "speaker-said-that")
            .speaker("Calloway")
            .cue("said"),
    );
}

#[test]
fn conjunction_is_never_the_last_word_of_a_speaker() {
    assert_attribution(
        "Calloway blasted Whitlock and defended the ferry board in a radio interview.",
        Expect::indirect("the ferry board", "coordinated-verb")
            .speaker("Calloway")
            .cue("defended"),
    );
}

#[test]
fn speaker_said_without_that() {
    assert_attribution(
        "Calloway said the ferry would resume its winter timetable on Monday.",
        Expect::indirect(
            "the ferry would resume its winter timetable on Monday",
            "speaker-said-that",
        )
        .speaker("Calloway")
        .cue("said"),
    );
}

#[test]
fn content_comma_speaker_said() {
    assert_attribution(
        "The ferry will resume its winter timetable on Monday, Calloway said.",
        Expect::indirect(
            "The ferry will resume its winter timetable on Monday",
            "content-comma-speaker-said",
        )
        .speaker("Calloway")
        .cue("said"),
    );
}

#[test]
fn according_to_before_indirect_content() {
    assert_attribution(
        "According to the Harbour Authority, the ferry will resume its winter timetable on Monday.",
        Expect::indirect(
            "the ferry will resume its winter timetable on Monday",
            "according-to",
        )
        .speaker("Harbour Authority")
        .cue("According to"),
    );
}

#[test]
fn according_to_after_indirect_content() {
    assert_attribution(
        "The ferry will resume its winter timetable on Monday, according to the Harbour Authority.",
        Expect::indirect(
            "The ferry will resume its winter timetable on Monday",
            "according-to",
        )
        .speaker("Harbour Authority")
        .cue("according to"),
    );
}

#[test]
fn according_to_after_a_connector_reports_what_follows() {
    assert_attribution(
        "But, according to the survey, 41 percent of the riders want a later last train.",
        Expect::indirect(
            "41 percent of the riders want a later last train",
            "according-to",
        )
        .speaker("survey")
        .mention("the survey")
        .cue("according to"),
    );
}

#[test]
fn according_to_takes_a_long_source() {
    assert_attribution(
        "According to early figures from a survey run for the transit board by a Brandt College team, most riders want a later last train.",
        Expect::indirect("most riders want a later last train", "according-to")
            .speaker(
                "early figures from a survey run for the transit board by a Brandt College team",
            )
            .cue("According to"),
    );
}

#[test]
fn according_to_aside_splits_the_content() {
    let input = "The new timetable, according to the Harbour Authority, will cut the crossing by ten minutes.";
    let content = "The new timetable, according to the Harbour Authority, will cut the crossing by ten minutes";
    assert_attribution(
        input,
        Expect::indirect(content, "according-to-aside")
            .speaker("Harbour Authority")
            .cue("according to"),
    );
    let a = extract(input);
    let parts: Vec<&str> = quote_with(&a, content)
        .parts
        .iter()
        .map(|p| p.text(input))
        .collect();
    assert_eq!(
        parts,
        ["The new timetable", "will cut the crossing by ten minutes"],
        "parts around the aside"
    );
}

#[test]
fn according_to_before_a_relative_clause_is_no_aside() {
    assert_attribution(
        "The ferry was late, according to Mara Quist, who rode it every day.",
        Expect::indirect("The ferry was late", "according-to")
            .speaker("Mara Quist")
            .cue("according to"),
    );
}

#[test]
fn according_to_with_a_colon_before_quote() {
    assert_attribution(
        "The vote is on Friday. According to the Courier: “The harbour board has spent the pier money twice.”",
        Expect::direct(
            "“The harbour board has spent the pier money twice.”",
            "according-to",
        )
        .speaker("Courier")
        .cue("According to"),
    );
}

#[test]
fn according_to_inside_a_parenthesis_reports_from_its_opening() {
    assert_attribution(
        "The ferry carries 40 cars (the real figure is closer to 30, according to the harbour board).",
        Expect::indirect("the real figure is closer to 30", "according-to")
            .speaker("harbour board")
            .cue("according to"),
    );
}

#[test]
fn according_to_after_a_speech_clause_takes_only_the_relative_clause() {
    let input = "Quist says the ferry can still close the gap in fares, which stood at nine euros on Tuesday, according to the harbour board.";
    assert_attribution(
        input,
        Expect::indirect("which stood at nine euros on Tuesday", "according-to")
            .speaker("harbour board")
            .cue("according to"),
    );
    assert_attribution(
        input,
        Expect::indirect(
            "the ferry can still close the gap in fares",
            "speaker-said-that",
        )
        .speaker("Quist")
        .cue("says"),
    );
}

#[test]
fn according_to_after_a_mid_sentence_quote_takes_its_clause() {
    assert_attribution(
        "The ferry vote became “the low point of the whole term,” according to Mara Quist.",
        Expect::new(
            "The ferry vote became “the low point of the whole term,”",
            QuoteKind::Mixed,
            "according-to",
        )
        .speaker("Mara Quist")
        .cue("according to"),
    );
}

#[test]
fn according_to_after_a_subordinator_reports_the_clause_after_it() {
    assert_attribution(
        "He left the harbour board after, according to him, the chairman buried his report on the pier.",
        Expect::indirect("the chairman buried his report on the pier", "according-to")
            .speaker("him")
            .mention("him")
            .cue("according to"),
    );
}

#[test]
fn according_to_aside_with_a_long_source_splits_the_content() {
    let input = "One of the choices they made, according to a person close to the harbour talks, is to raise the ferry fares.";
    let content = "One of the choices they made, according to a person close to the harbour talks, is to raise the ferry fares";
    assert_attribution(
        input,
        Expect::indirect(content, "according-to-aside")
            .speaker("a person")
            .role("person")
            .cue("according to"),
    );
    let a = extract(input);
    let parts: Vec<&str> = quote_with(&a, content)
        .parts
        .iter()
        .map(|p| p.text(input))
        .collect();
    assert_eq!(
        parts,
        [
            "One of the choices they made",
            "is to raise the ferry fares"
        ],
        "parts around the aside"
    );
}

#[test]
fn according_to_with_a_long_source_before_an_apposition_is_no_aside() {
    let input = "Most riders back the later ferry, according to a poll released Monday, a shift from last year.";
    assert_attribution(
        input,
        Expect::indirect("Most riders back the later ferry", "according-to")
            .speaker("poll")
            .cue("according to"),
    );
}

#[test]
fn to_someone_comma_gives_their_view() {
    assert_attribution(
        "The board met on Monday.\n\nTo Quist, the new timetable is a betrayal of the island.",
        Expect::indirect(
            "the new timetable is a betrayal of the island",
            "to-someone-view",
        )
        .speaker("Quist")
        .cue("To"),
    );
    assert_attribution(
        "The board met on Monday. But to others, the pier is a waste of public money.",
        Expect::indirect("the pier is a waste of public money", "to-someone-view")
            .speaker("others")
            .mention("others")
            .cue("to"),
    );
}

#[test]
fn to_without_a_person_is_no_view() {
    for input in [
        "To be sure, the ferry runs late in the winter.",
        "To date, the harbour board has spent four million on the pier.",
        "To win the vote, the mayor needs the island wards.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes.iter().all(|q| q.rule != "to-someone-view"),
            "{input:?}: no view holder; quotes found:\n{}",
            describe(&a)
        );
    }
}

#[test]
fn in_a_poll_reports_the_clause_after_it() {
    assert_attribution(
        "In a Harbour Gazette poll released Monday, 52 percent of riders chose the ferry.",
        Expect::indirect("52 percent of riders chose the ferry", "in-survey")
            .speaker("Harbour Gazette poll released Monday")
            .mention("a Harbour Gazette poll released Monday")
            .cue("In"),
    );
}

#[test]
fn a_poll_at_the_end_reports_the_clause_before_it() {
    assert_attribution(
        "Ortiz held a 12-point lead among young riders in a Wexley Courier poll.",
        Expect::indirect("Ortiz held a 12-point lead among young riders", "in-survey")
            .speaker("Wexley Courier poll")
            .mention("a Wexley Courier poll")
            .cue("in"),
    );
}

#[test]
fn polls_as_a_figure_of_speech_report_nothing() {
    for input in [
        "Ortiz has a comfortable lead in the polls.",
        "The volunteers waited in the hours before the polls opened.",
        "She met the poll workers in the morning.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes.iter().all(|q| q.rule != "in-survey"),
            "{input}\n{}",
            describe(&a)
        );
    }
}

#[test]
fn as_speaker_put_it_introduces_a_quote() {
    assert_attribution(
        "As Ortiz put it, “The ferry is late again.”",
        Expect::direct("“The ferry is late again.”", "speaker-said-comma-quote")
            .speaker("Ortiz")
            .cue("put it"),
    );
    assert_attribution(
        "“The ferry is late again,” as Ortiz put it.",
        Expect::direct("“The ferry is late again,”", "quote-comma-speaker-said")
            .speaker("Ortiz")
            .cue("put it"),
    );
}

#[test]
fn put_it_without_as_is_no_cue() {
    let input = "Ortiz put it on the quay, “for the ferry.”";
    let a = extract(input);
    assert!(
        a.quotes
            .iter()
            .all(|q| q.cue.is_none_or(|c| c.text(input) != "put it")),
        "{}",
        describe(&a)
    );
}

#[test]
fn content_comma_noun_phrase_said() {
    assert_attribution(
        "The ferry runs late every Monday, the harbour board writes.",
        Expect::indirect(
            "The ferry runs late every Monday",
            "content-comma-speaker-said",
        )
        .speaker("harbour board")
        .mention("the harbour board")
        .cue("writes"),
    );
}

#[test]
fn verbs_of_reacting_and_wondering_close_a_quote() {
    assert_attribution(
        "“The plan is dead,” reacted Ortiz.",
        Expect::direct("“The plan is dead,”", "quote-comma-said-speaker")
            .speaker("Ortiz")
            .cue("reacted"),
    );
    assert_attribution(
        "“Is the ferry coming back?” Ortiz wondered.",
        Expect::direct("“Is the ferry coming back?”", "quote-comma-speaker-said")
            .speaker("Ortiz")
            .cue("wondered"),
    );
}

#[test]
fn verbs_of_reacting_and_wondering_report_no_clause() {
    for input in [
        "Ortiz wondered whether the ferry would come back.",
        "Calloway remembered that the ferry had been late.",
    ] {
        let a = extract(input);
        assert!(a.quotes.is_empty(), "{input}\n{}", describe(&a));
    }
}

#[test]
fn a_contraction_is_never_a_speaker() {
    for input in [
        "It’s a good plan and called the board “a disgrace.”",
        "That's the plan, and said the ferry was late.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes
                .iter()
                .all(|q| q.speaker.as_ref().is_none_or(|s| !["It", "That"]
                    .iter()
                    .any(|c| s.mention.text(input).starts_with(c)))),
            "{input}\n{}",
            describe(&a)
        );
    }
}

#[test]
fn a_place_set_off_by_commas_is_not_the_subject() {
    assert_attribution(
        "In Brackwater, Wexley, Ortiz went after Reed, calling him “a total stiff.”",
        Expect::new(
            "him “a total stiff.”",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Ortiz")
        .cue("calling"),
    );
    assert_attribution(
        "Jane Doe, a spokeswoman, went on, calling it “a mess.”",
        Expect::new("it “a mess.”", QuoteKind::Mixed, "mixed-in-reported-clause")
            .speaker("Jane Doe")
            .role("spokeswoman")
            .cue("calling"),
    );
}

#[test]
fn a_lowercase_aside_before_and_is_no_list() {
    assert_attribution(
        "Ortiz said the pier would be rebuilt by May, for instance, and Reed vowed to fight it.",
        Expect::indirect(
            "the pier would be rebuilt by May, for instance",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
}

#[test]
fn a_list_of_names_does_not_end_the_reported_clause() {
    assert_attribution(
        "Ortiz said the ferry will stop in Brackwater, Wexley, and Holm.",
        Expect::indirect(
            "the ferry will stop in Brackwater, Wexley, and Holm",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
    assert_attribution(
        "Ortiz said the board would build a new pier, as well as a fuel dock.",
        Expect::indirect(
            "the board would build a new pier, as well as a fuel dock",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
}

#[test]
fn a_relative_clause_inside_the_reported_clause_does_not_end_it() {
    assert_attribution(
        "Ortiz said the skipper, who is new, was never told about the storm.",
        Expect::indirect(
            "the skipper, who is new, was never told about the storm",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
    assert_attribution(
        "Ortiz said the ferry would stop at Holm, which lies to the north.",
        Expect::indirect("the ferry would stop at Holm", "speaker-said-that")
            .speaker("Ortiz")
            .cue("said"),
    );
}

#[test]
fn a_relative_aside_ends_where_the_main_clause_resumes() {
    assert_attribution(
        "Reed, who has argued that the pier is unsafe, voted against the plan.",
        Expect::indirect("that the pier is unsafe", "speaker-said-that")
            .speaker("Reed")
            .mention("who")
            .cue("has argued"),
    );
}

#[test]
fn speaker_told_that() {
    assert_attribution(
        "Calloway told the council that the ferry would resume its winter timetable on Monday.",
        Expect::indirect(
            "that the ferry would resume its winter timetable on Monday",
            "speaker-told-that",
        )
        .speaker("Calloway")
        .cue("told"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_who_said() {
    assert_attribution(
        "The delay angered Calloway, who said the ferry should have resumed a week ago.",
        Expect::indirect(
            "the ferry should have resumed a week ago",
            "speaker-who-said",
        )
        .speaker("Calloway")
        .cue("said"),
    );
}

// ---------------------------------------------------------------------------
// Cues: every speech verb form, with auxiliaries and adverbs
// ---------------------------------------------------------------------------

/// `"The tunnel will open in May," Ortiz <cue>.` gives a quote by Ortiz with that cue.
#[track_caller]
fn assert_cue(cue: &str) {
    let input = format!("“The tunnel under the bay will open in May,” Ortiz {cue}.");
    assert_attribution(
        &input,
        Expect::direct(
            "“The tunnel under the bay will open in May,”",
            "quote-comma-speaker-said",
        )
        .speaker("Ortiz")
        .cue(cue),
    );
}

macro_rules! cue_tests {
    ($($name:ident => $cue:literal,)*) => {
        $(
            #[test]
            fn $name() {
                assert_cue($cue);
            }
        )*
    };
}

cue_tests! {
    cue_said => "said",
    cue_says => "says",
    cue_added => "added",
    cue_asked => "asked",
    cue_wrote => "wrote",
    cue_tweeted => "tweeted",
    cue_posted => "posted",
    cue_insisted => "insisted",
    cue_argued => "argued",
    cue_noted => "noted",
    cue_warned => "warned",
    cue_explained => "explained",
    cue_stated => "stated",
    cue_declared => "declared",
    cue_announced => "announced",
    cue_replied => "replied",
    cue_recalled => "recalled",
    cue_acknowledged => "acknowledged",
    cue_admitted => "admitted",
    cue_conceded => "conceded",
    cue_claimed => "claimed",
    cue_continued => "continued",
    cue_has_said => "has said",
    cue_also_said => "also said",
    cue_later_added => "later added",
}

#[test]
fn cue_said_in_a_statement() {
    assert_attribution(
        "“The tunnel under the bay will open in May,” Ortiz said in a statement.",
        Expect::direct(
            "“The tunnel under the bay will open in May,”",
            "quote-comma-speaker-said",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
}

#[test]
fn cue_told_reporters() {
    assert_attribution(
        "“The tunnel under the bay will open in May,” Ortiz told reporters.",
        Expect::direct(
            "“The tunnel under the bay will open in May,”",
            "quote-comma-speaker-said",
        )
        .speaker("Ortiz")
        .cue("told"),
    );
}

#[test]
fn cue_told_before_quote() {
    assert_attribution(
        "Ortiz told reporters, “The tunnel under the bay will open in May.”",
        Expect::direct(
            "“The tunnel under the bay will open in May.”",
            "speaker-said-comma-quote",
        )
        .speaker("Ortiz")
        .cue("told"),
    );
}

// ---------------------------------------------------------------------------
// Speaker forms
// ---------------------------------------------------------------------------

/// `"The levy is unfair," said <mention>.` gives a quote by `name` with `role`.
#[track_caller]
fn assert_speaker(mention: &str, name: &str, role: Option<&str>) {
    let input = format!("“The harbour levy is unfair to small boats,” said {mention}.");
    let mut expect = Expect::direct(
        "“The harbour levy is unfair to small boats,”",
        "quote-comma-said-speaker",
    )
    .speaker(name)
    .mention(mention);
    expect.role = role;
    assert_attribution(&input, expect);
}

#[test]
fn speaker_multi_token_name() {
    assert_speaker("Maria Elena Castellanos", "Maria Elena Castellanos", None);
}

#[test]
fn speaker_initials() {
    assert_speaker("J. R. Pennick", "J. R. Pennick", None);
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_particle_van() {
    assert_speaker("Pieter van der Waal", "Pieter van der Waal", None);
}

#[test]
fn speaker_particle_de() {
    assert_speaker("Luc de Montfort", "Luc de Montfort", None);
}

#[test]
fn speaker_particle_bin() {
    assert_speaker("Aziz bin Tahir", "Aziz bin Tahir", None);
}

#[test]
fn speaker_suffix_jr() {
    assert_speaker("Harold Mott Jr.", "Harold Mott Jr.", None);
}

#[test]
fn speaker_suffix_iii() {
    assert_speaker("Edmund Graves III", "Edmund Graves III", None);
}

#[test]
fn speaker_title_before_name() {
    assert_speaker(
        "Transport Minister Ilse Marquardt",
        "Ilse Marquardt",
        Some("Transport Minister"),
    );
}

#[test]
fn speaker_lowercase_role_before_name() {
    assert_speaker(
        "election observer Tomas Brandt",
        "Tomas Brandt",
        Some("election observer"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_two_word_title_before_name() {
    assert_speaker(
        "Harbour Master Ines Calloway",
        "Ines Calloway",
        Some("Harbour Master"),
    );
}

#[test]
fn speaker_role_with_organisation_before_name() {
    assert_speaker(
        "Harbour Authority spokesman Piet Koenen",
        "Piet Koenen",
        Some("Harbour Authority spokesman"),
    );
}

#[test]
fn speaker_secretary_of_before_name() {
    assert_speaker(
        "Secretary of Fisheries Alma Reyes",
        "Alma Reyes",
        Some("Secretary of Fisheries"),
    );
}

#[test]
fn speaker_senator_with_party_and_state() {
    assert_attribution(
        "“The harbour levy is unfair to small boats,” said Sen. Aldo Finch (D-Ore.).",
        Expect::direct(
            "“The harbour levy is unfair to small boats,”",
            "quote-comma-said-speaker",
        )
        .speaker("Aldo Finch")
        .role("Sen.")
        .mention("Sen. Aldo Finch"),
    );
}

#[test]
fn speaker_apposition_after_name() {
    assert_attribution(
        "Rosa Lindgren, a Harbour Authority spokeswoman, said, “The levy will be reviewed in June.”",
        Expect::direct(
            "“The levy will be reviewed in June.”",
            "speaker-said-comma-quote",
        )
        .speaker("Rosa Lindgren")
        .role("Harbour Authority spokeswoman"),
    );
}

#[test]
fn speaker_organisation_with_article() {
    assert_attribution(
        "The Harbour Authority said in a statement, “The levy will be reviewed in June.”",
        Expect::direct(
            "“The levy will be reviewed in June.”",
            "speaker-said-comma-quote",
        )
        .speaker("Harbour Authority")
        .mention("The Harbour Authority"),
    );
}

#[test]
fn speaker_company_with_corp() {
    assert_attribution(
        "“Our trawlers meet every rule,” Veltrax Corp. said on Tuesday.",
        Expect::direct(
            "“Our trawlers meet every rule,”",
            "quote-comma-speaker-said",
        )
        .speaker("Veltrax Corp.")
        .mention("Veltrax Corp."),
    );
}

#[test]
fn speaker_un_panel() {
    assert_attribution(
        "An independent U.N. panel said that it had received credible reports of forced labour on the trawlers.",
        Expect::indirect(
            "that it had received credible reports of forced labour on the trawlers",
            "speaker-said-that",
        )
        .mention("An independent U.N. panel")
        .speaker("independent U.N. panel"),
    );
}

#[test]
fn speaker_nominal_senior_official() {
    assert_attribution(
        "“The levy will not survive the summer,” a senior official said.",
        Expect::direct(
            "“The levy will not survive the summer,”",
            "quote-comma-speaker-said",
        )
        .mention("a senior official")
        .speaker("a senior official")
        .role("senior official"),
    );
}

#[test]
fn speaker_plural_officials() {
    assert_attribution(
        "The levy will be dropped before the summer, officials said.",
        Expect::indirect(
            "The levy will be dropped before the summer",
            "content-comma-speaker-said",
        )
        .speaker("officials")
        .mention("officials"),
    );
}

#[test]
fn speaker_plural_sources() {
    assert_attribution(
        "The levy will be dropped before the summer, sources said.",
        Expect::indirect(
            "The levy will be dropped before the summer",
            "content-comma-speaker-said",
        )
        .speaker("sources")
        .mention("sources"),
    );
}

#[test]
fn speaker_conjoined_names() {
    assert_attribution(
        "Mayor Lena Ortiz and trader Olek Feld met at the quay.\n\n\
         “We agree on the levy and on nothing else,” Ortiz and Feld said in a joint statement.",
        Expect::direct(
            "“We agree on the levy and on nothing else,”",
            "quote-comma-speaker-said",
        )
        .speaker("Ortiz and Feld")
        .mention("Ortiz and Feld"),
    )
}

// Conjoined speakers: the name is whatever the engine calls the pair, but the
// mention must cover both names (checked above) and there must be a speaker.
#[test]
fn speaker_conjoined_names_has_a_speaker() {
    let input = "“We agree on the levy and on nothing else,” Ortiz and Feld said.";
    let a = extract(input);
    let q = quote_with(&a, "“We agree on the levy and on nothing else,”");
    let mention = q.speaker.as_ref().map(|s| s.mention.text(input));
    assert_eq!(mention, Some("Ortiz and Feld"), "{}", describe(&a));
}

// ---------------------------------------------------------------------------
// Resolution within a document
// ---------------------------------------------------------------------------

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn resolution_surname_across_paragraphs() {
    assert_attribution(
        "Transport Minister Dana Whitlock inspected the bridge on Monday.\n\n\
         “It will hold through the winter,” Whitlock said.",
        Expect::direct(
            "“It will hold through the winter,”",
            "quote-comma-speaker-said",
        )
        .speaker("Dana Whitlock")
        .role("Transport Minister")
        .mention("Whitlock")
        .resolution(Resolution::Surname),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn resolution_honorific_and_surname() {
    assert_attribution(
        "Transport Minister Dana Whitlock inspected the bridge on Monday.\n\n\
         “It will hold through the winter,” Ms. Whitlock said.",
        Expect::direct(
            "“It will hold through the winter,”",
            "quote-comma-speaker-said",
        )
        .speaker("Dana Whitlock")
        .role("Transport Minister")
        .mention("Ms. Whitlock")
        .resolution(Resolution::Surname),
    );
}

#[test]
fn resolution_pronoun_she() {
    assert_attribution(
        "Transport Minister Dana Whitlock said the bridge was sound.\n\n\
         “It will hold through the winter,” she said.",
        Expect::direct(
            "“It will hold through the winter,”",
            "quote-comma-speaker-said",
        )
        .speaker("Dana Whitlock")
        .role("Transport Minister")
        .mention("she")
        .resolution(Resolution::Pronoun),
    );
}

#[test]
fn resolution_pronoun_he_after_tweet() {
    assert_attribution(
        "Fisheries spokesman Odo Kessler said the quota was final.\n\n\
         “There is nothing new to announce on the quota,” he tweeted.",
        Expect::direct(
            "“There is nothing new to announce on the quota,”",
            "quote-comma-speaker-said",
        )
        .speaker("Odo Kessler")
        .role("Fisheries spokesman")
        .mention("he")
        .resolution(Resolution::Pronoun)
        .cue("tweeted"),
    );
}

#[test]
fn resolution_pronoun_it_is_an_organisation() {
    assert_attribution(
        "Veltrax Corp. said on Monday that its trawlers met every rule.\n\n\
         “We have nothing to hide,” it said.",
        Expect::direct("“We have nothing to hide,”", "quote-comma-speaker-said")
            .speaker("Veltrax Corp.")
            .mention("it")
            .resolution(Resolution::Pronoun),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn resolution_nominal_role() {
    assert_attribution(
        "Harbour Authority spokesman Piet Koenen said the levy was under review.\n\n\
         “No decision has been taken,” the spokesman said.",
        Expect::direct("“No decision has been taken,”", "quote-comma-speaker-said")
            .speaker("Piet Koenen")
            .role("Harbour Authority spokesman")
            .mention("the spokesman")
            .resolution(Resolution::Nominal),
    );
}

#[test]
fn resolution_pronoun_picks_the_compatible_speaker() {
    assert_attribution(
        "Transport Minister Dana Whitlock said the bridge was sound. Veltrax Corp. said its trucks were light.\n\n\
         “The bridge will hold through the winter,” she said.",
        Expect::direct(
            "“The bridge will hold through the winter,”",
            "quote-comma-speaker-said",
        )
        .speaker("Dana Whitlock")
        .role("Transport Minister")
        .resolution(Resolution::Pronoun),
    );
}

#[test]
fn resolution_she_skips_a_man_known_by_his_given_name() {
    assert_attribution(
        "Mayor Susan Varga said the ferry would run. Port director Thomas Brandt said the dock was closed.\n\n\
         “We will find a way,” she said.",
        Expect::direct("“We will find a way,”", "quote-comma-speaker-said")
            .speaker("Susan Varga")
            .role("Mayor")
            .mention("she")
            .resolution(Resolution::Pronoun),
    );
}

#[test]
fn resolution_he_skips_a_spokeswoman() {
    assert_attribution(
        "Councillor Piet Dorn said the levy was fair. Port spokeswoman Ilse Marr said it was not.\n\n\
         “The levy stays,” he said.",
        Expect::direct("“The levy stays,”", "quote-comma-speaker-said")
            .speaker("Piet Dorn")
            .role("Councillor")
            .mention("he")
            .resolution(Resolution::Pronoun),
    );
}

#[test]
fn resolution_surname_speaker_takes_the_sex_of_an_earlier_full_name() {
    assert_attribution(
        "Mayor Susan Holm said the town would pay. The ferry firm of Karl Lund opened the terminal.\n\n\
         “The boats are ready,” Lund said.\n\n\
         “We will pay for the fuel,” she said.",
        Expect::direct("“We will pay for the fuel,”", "quote-comma-speaker-said")
            .speaker("Susan Holm")
            .role("Mayor")
            .mention("she")
            .resolution(Resolution::Pronoun),
    );
}

#[test]
fn canonical_name_takes_no_first_name_from_a_title_case_headline() {
    let input = "Harbour Board Slams Dana Whitlock Over Levy\n\n\
                 “It will hold,” Whitlock said.\n\n\
                 Dana Whitlock spoke at the pier on Monday.";
    let a = extract(input);
    let q = quote_with(&a, "“It will hold,”");
    let name = q.speaker.as_ref().map(|s| s.name.as_str());
    assert_eq!(name, Some("Dana Whitlock"), "{}", describe(&a));
}

#[test]
fn resolution_she_skips_an_acronym_and_a_web_address() {
    assert_attribution(
        "Harbour pilot Greta Holm said the fog was lifting. Marinetraffix.com reported delays, and KTVN said the port was shut.\n\n\
         “We sail at noon,” she said.",
        Expect::direct("“We sail at noon,”", "quote-comma-speaker-said")
            .speaker("Greta Holm")
            .mention("she")
            .resolution(Resolution::Pronoun),
    );
}

#[test]
fn possessor_before_a_name_is_the_role_not_part_of_the_name() {
    assert_attribution(
        "“The count is not over,” Harbour Radio’s Mira Kessel said on Monday.",
        Expect::direct("“The count is not over,”", "quote-comma-speaker-said")
            .speaker("Mira Kessel")
            .role("Harbour Radio")
            .mention("Harbour Radio’s Mira Kessel")
            .resolution(Resolution::Name),
    );
}

#[test]
fn possessor_role_gives_way_to_a_title_held_elsewhere() {
    let input = "Port consultant Ivo Brandt said the fees were fair.\n\n\
                 “They are not,” Tolvik’s Ivo Brandt said on Monday.";
    let a = extract(input);
    let q = quote_with(&a, "“They are not,”");
    let role = q.speaker.as_ref().and_then(|s| s.role.as_deref());
    assert_eq!(role, Some("Port consultant"), "{}", describe(&a));
}

#[test]
fn newspaper_in_a_role_is_an_organisation() {
    let a = extract("“The levy is a mistake,” said Tolvik Post columnist Anna Berg.");
    let entity = a.entities.iter().find(|e| e.name == "Anna Berg");
    let orgs = entity.map(|e| e.organizations.clone()).unwrap_or_default();
    assert_eq!(orgs, vec!["Tolvik Post".to_string()], "{}", describe(&a));
}

#[test]
fn resolution_pronoun_takes_a_known_speaker_named_again_as_subject() {
    assert_attribution(
        "Councillor Piet Dorn said the levy was fair. Harbour chief Anton Voss said it was not.\n\n\
         Dorn later walked the length of the quay.\n\n\
         “The levy stays,” he said.",
        Expect::direct("“The levy stays,”", "quote-comma-speaker-said")
            .speaker("Piet Dorn")
            .role("Councillor")
            .mention("he")
            .resolution(Resolution::Pronoun),
    );
}

#[test]
fn canonical_name_takes_no_auxiliary_or_adverb_as_first_name() {
    let input = "“It will hold,” Whitlock said.\n\n\
                 Maybe Whitlock knows best. Did Dana Whitlock expect this?";
    let a = extract(input);
    let q = quote_with(&a, "“It will hold,”");
    let name = q.speaker.as_ref().map(|s| s.name.as_str());
    assert_eq!(name, Some("Dana Whitlock"), "{}", describe(&a));
}

#[test]
fn canonical_name_is_the_longest_full_name() {
    let input = "“It will hold,” Whitlock said.\n\n\
                 Transport Minister Dana Whitlock spoke at the bridge.";
    let a = extract(input);
    let q = quote_with(&a, "“It will hold,”");
    let name = q.speaker.as_ref().map(|s| s.name.as_str());
    assert_eq!(name, Some("Dana Whitlock"), "{}", describe(&a));
}

// ---------------------------------------------------------------------------
// Marks and pairing
// ---------------------------------------------------------------------------

#[test]
fn apostrophes_in_contractions_and_decades_are_not_quotes() {
    assert_no_quoted_material(
        "The mayor’s office doesn’t expect a return to the ’90s, when rock ’n’ roll bars lined Jones’ Street.",
    );
}

#[test]
fn straight_apostrophes_are_not_quotes() {
    assert_no_quoted_material(
        "The mayor's office doesn't expect a return to the '90s, when rock 'n' roll bars lined Jones' Street.",
    );
}

#[test]
fn misused_left_single_mark_as_apostrophe_is_not_a_quote() {
    assert_no_quoted_material(
        "Critics point to Valdonia‘s record on fishing rights and the port‘s debts.",
    );
}

#[test]
fn apostrophe_inside_a_quote_does_not_close_it() {
    assert_attribution(
        "“We don’t expect the ’90s to come back,” Feld said.",
        Expect::direct(
            "“We don’t expect the ’90s to come back,”",
            "quote-comma-speaker-said",
        )
        .speaker("Feld"),
    );
}

#[test]
fn single_quotes_nested_in_double() {
    assert_attribution(
        "“They called it ‘a fair deal’ and then raised the levy,” Feld said.",
        Expect::direct(
            "“They called it ‘a fair deal’ and then raised the levy,”",
            "quote-comma-speaker-said",
        )
        .speaker("Feld"),
    );
}

#[test]
fn double_quotes_nested_in_single() {
    assert_attribution(
        "‘They called it “a fair deal” and then raised the levy,’ Feld said.",
        Expect::direct(
            "‘They called it “a fair deal” and then raised the levy,’",
            "quote-comma-speaker-said",
        )
        .speaker("Feld"),
    );
}

#[test]
fn low_high_double_marks() {
    assert_attribution(
        "„We will rebuild the bridge,“ said Anke Vogt.",
        Expect::direct("„We will rebuild the bridge,“", "quote-comma-said-speaker")
            .speaker("Anke Vogt"),
    );
}

#[test]
fn low_high_single_marks() {
    assert_attribution(
        "‚We will rebuild the bridge,‘ said Anke Vogt.",
        Expect::direct("‚We will rebuild the bridge,‘", "quote-comma-said-speaker")
            .speaker("Anke Vogt"),
    );
}

#[test]
fn thin_spaces_inside_guillemets() {
    assert_attribution(
        "«\u{2009}We will rebuild the bridge\u{2009}», said Anke Vogt.",
        Expect::direct(
            "«\u{2009}We will rebuild the bridge\u{2009}»",
            "quote-comma-said-speaker",
        )
        .speaker("Anke Vogt"),
    );
}

#[test]
fn white_corner_brackets() {
    assert_attribution(
        "『We will rebuild the bridge』, said Anke Vogt.",
        Expect::direct("『We will rebuild the bridge』", "quote-comma-said-speaker")
            .speaker("Anke Vogt"),
    );
}

#[test]
fn guillemets_with_no_break_spaces() {
    assert_attribution(
        "«\u{a0}We will rebuild the bridge\u{a0}», said Mayor Anke Vogt.",
        Expect::direct(
            "«\u{a0}We will rebuild the bridge\u{a0}»",
            "quote-comma-said-speaker",
        )
        .speaker("Anke Vogt")
        .role("Mayor"),
    );
}

#[test]
fn reversed_guillemets() {
    assert_attribution(
        "»We will rebuild the bridge«, said Mayor Anke Vogt.",
        Expect::direct("»We will rebuild the bridge«", "quote-comma-said-speaker")
            .speaker("Anke Vogt")
            .role("Mayor"),
    );
}

#[test]
fn single_guillemets() {
    assert_attribution(
        "‹We will rebuild the bridge›, said Mayor Anke Vogt.",
        Expect::direct("‹We will rebuild the bridge›", "quote-comma-said-speaker")
            .speaker("Anke Vogt")
            .role("Mayor"),
    );
}

#[test]
fn corner_brackets() {
    assert_attribution(
        "「We will rebuild the bridge」, said Mayor Anke Vogt.",
        Expect::direct("「We will rebuild the bridge」", "quote-comma-said-speaker")
            .speaker("Anke Vogt")
            .role("Mayor"),
    );
}

#[test]
fn double_apostrophe_pairs() {
    assert_attribution(
        "''We will rebuild the bridge,'' said Mayor Anke Vogt.",
        Expect::direct(
            "''We will rebuild the bridge,''",
            "quote-comma-said-speaker",
        )
        .speaker("Anke Vogt")
        .role("Mayor"),
    );
}

#[test]
fn backticks_closed_by_apostrophes() {
    assert_attribution(
        "``We will rebuild the bridge,'' said Mayor Anke Vogt.",
        Expect::direct(
            "``We will rebuild the bridge,''",
            "quote-comma-said-speaker",
        )
        .speaker("Anke Vogt")
        .role("Mayor"),
    );
}

#[test]
fn multi_paragraph_quote_is_one_quote() {
    let input = "Calloway said: “The storm took four sailings from us.\n\n\
                 “It will not take a fifth.”";
    assert_attribution(
        input,
        Expect::direct(
            "“The storm took four sailings from us.\n\n“It will not take a fifth.”",
            "speaker-said-colon-quote",
        )
        .speaker("Calloway"),
    );
}

#[test]
fn unclosed_quote_stops_at_paragraph_end() {
    let input = "Calloway said, “The storm took four sailings from us.\n\n\
                 The harbour reopened on Thursday.";
    let a = extract(input);
    let swallowed: Vec<String> = a
        .quotes
        .iter()
        .filter(|q| {
            q.content.text(input).contains("harbour reopened") && q.kind == QuoteKind::Direct
        })
        .map(|q| describe_quote(input, q))
        .collect();
    assert!(
        swallowed.is_empty(),
        "an unclosed quote swallowed the next paragraph:\n{}",
        swallowed.join("\n")
    );
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == saywho_core::DiagnosticKind::UnclosedQuote),
        "no unclosed_quote diagnostic; quotes:\n{}",
        describe(&a)
    );
    quote_with(&a, "“The storm took four sailings from us.");
}

#[test]
fn stray_closer_does_not_derail_later_quotes() {
    assert_attribution(
        "The pier” was closed on Monday.\n\n“We will reopen it on Friday,” said Calloway.",
        Expect::direct("“We will reopen it on Friday,”", "quote-comma-said-speaker")
            .speaker("Calloway"),
    );
}

// ---------------------------------------------------------------------------
// Abbreviation traps: "Mr.", "U.S.", "Jan.", "Corp.", "St." end no sentence
// ---------------------------------------------------------------------------

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn abbreviations_do_not_split_the_attribution() {
    assert_attribution(
        "“The U.S. Coast Guard left St. Brendan’s Quay on Jan. 4,” said Mr. Okafor of Veltrax Corp. on Tuesday.",
        Expect::direct(
            "“The U.S. Coast Guard left St. Brendan’s Quay on Jan. 4,”",
            "quote-comma-said-speaker",
        )
        .speaker("Okafor"),
    );
}

// ---------------------------------------------------------------------------
// The seed article's facts, on sentences written for this file
// ---------------------------------------------------------------------------

const SEED_LIKE: &str = "Norland seeks to coordinate with allies over ferry tender\n\n\
Norland on Tuesday said that it is looking to discuss with partners how to proceed with the ferry tender, amid calls for a boycott over Valdonia’s labour record.\n\n\
In a briefing, Foreign Ministry spokeswoman Ilka Brandvold repeated Norland’s concerns over Valdonia‘s shipyards.\n\n\
Read more: Valdonia cuts port fees, increases control: minister\n\n\
Asked if Norland was discussing a joint boycott with allies, Brandvold said, “It is something that we certainly wish to discuss with our partners.”\n\n\
Story continues below advertisement\n\n\
Later, Brandvold clarified in an email that she meant a coordinated approach. In a tweet afterwards, she wrote that there was nothing new to announce.\n\n\
“As I said, we don’t have any announcement regarding the tender,” or the Northern Ferry Tender, she tweeted.\n\n\
Click to play video: 'Norland won’t force its ports to choose sides: Brandvold' Norland won’t force its ports to choose sides: Brandvold\n\
Norland won’t force its ports to choose sides: Brandvold – Mar 3, 2024\n\n\
Valdonia describes the yards as “training wharves” to stamp out smuggling, and denies accusations of abuse.\n\n\
Sponsored content";

#[test]
fn seed_like_first_direct_quote_by_surname() {
    assert_attribution(
        SEED_LIKE,
        Expect::direct(
            "“It is something that we certainly wish to discuss with our partners.”",
            "asked-speaker-said-quote",
        )
        .speaker("Ilka Brandvold")
        .role("Foreign Ministry spokeswoman")
        .mention("Brandvold")
        .resolution(Resolution::Surname),
    );
}

#[test]
fn seed_like_second_direct_quote_by_pronoun() {
    assert_attribution(
        SEED_LIKE,
        Expect::direct(
            "“As I said, we don’t have any announcement regarding the tender,”",
            "quote-comma-speaker-said",
        )
        .speaker("Ilka Brandvold")
        .role("Foreign Ministry spokeswoman")
        .mention("she")
        .resolution(Resolution::Pronoun)
        .cue("tweeted"),
    );
}

#[test]
fn seed_like_mixed_quote_by_country() {
    assert_attribution(
        SEED_LIKE,
        Expect::new(
            "the yards as “training wharves” to stamp out smuggling",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Valdonia")
        .cue("describes"),
    );
}

#[test]
fn seed_like_caption_is_one_headline() {
    assert_attribution(
        SEED_LIKE,
        Expect::headline(
            "Norland won’t force its ports to choose sides",
            "headline-quote-colon-speaker",
        )
        .speaker("Ilka Brandvold")
        .role("Foreign Ministry spokeswoman"),
    );
    let a = extract(SEED_LIKE);
    let n = a
        .quotes
        .iter()
        .filter(|q| q.content.text(SEED_LIKE).contains("choose sides"))
        .count();
    assert_eq!(n, 1, "the caption gave {n} quotes:\n{}", describe(&a));
}

#[test]
fn seed_like_no_quote_starts_or_ends_at_an_apostrophe() {
    let a = extract(SEED_LIKE);
    let bad: Vec<String> = a
        .quotes
        .iter()
        .filter(|q| {
            let t = q.content.text(SEED_LIKE);
            let before = SEED_LIKE[..q.content.start()].chars().next_back();
            let after = SEED_LIKE[q.content.end()..].chars().next();
            // A mark glued to letters on both sides is an apostrophe.
            let glued_start =
                t.starts_with(['’', '‘', '\'']) && before.is_some_and(char::is_alphanumeric);
            let glued_end =
                t.ends_with(['’', '‘', '\'']) && after.is_some_and(char::is_alphanumeric);
            glued_start || glued_end
        })
        .map(|q| describe_quote(SEED_LIKE, q))
        .collect();
    assert!(bad.is_empty(), "quotes at apostrophes:\n{}", bad.join("\n"));
}

#[test]
fn seed_like_entity_table_lists_the_spokeswoman_with_her_role() {
    let a = extract(SEED_LIKE);
    let entity = a.entities.iter().find(|e| e.name == "Ilka Brandvold");
    let Some(entity) = entity else {
        panic!(
            "no entity Ilka Brandvold; entities: {:?}",
            a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
        );
    };
    assert!(
        entity
            .roles
            .iter()
            .any(|r| r == "Foreign Ministry spokeswoman"),
        "roles {:?}",
        entity.roles
    );
    assert!(entity.quotes.len() >= 2, "quotes {:?}", entity.quotes);
}

#[test]
fn seed_like_furniture_gives_no_quote() {
    let a = extract(SEED_LIKE);
    let bad: Vec<String> = a
        .quotes
        .iter()
        .filter(|q| {
            let t = q.content.text(SEED_LIKE);
            t.contains("Story continues") || t.contains("Sponsored") || t.contains("cuts port fees")
        })
        .map(|q| describe_quote(SEED_LIKE, q))
        .collect();
    assert!(
        bad.is_empty(),
        "furniture became quotes:\n{}",
        bad.join("\n")
    );
}

// ---------------------------------------------------------------------------
// Cases found while reviewing the corpus snapshots
// ---------------------------------------------------------------------------

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn quote_said_then_quote_with_inverted_cue() {
    assert_attribution(
        "“We will miss the old hall,” said violinist Aurelio Benedetti. “But we will not miss the buckets.”",
        Expect::direct(
            "“But we will not miss the buckets.”",
            "quote-said-then-quote",
        )
        .speaker("Aurelio Benedetti")
        .role("violinist"),
    );
}

#[test]
fn organisation_nominal_after_quote_is_not_a_continuation() {
    assert_attribution(
        "“The ward stays open,” board chair Yusuf Harrowgate said.\n\n\
         “We thank every family who wrote to us,” the board said in a statement.",
        Expect::direct(
            "“We thank every family who wrote to us,”",
            "quote-comma-speaker-said",
        )
        .speaker("board")
        .mention("the board")
        .cue("said"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn the_county_stated_after_quote() {
    assert_attribution(
        "“The beams are tired,” Fenwick said.\n\n“The repairs will take twelve weeks,” the county stated.",
        Expect::direct(
            "“The repairs will take twelve weeks,”",
            "quote-comma-speaker-said",
        )
        .speaker("county")
        .mention("the county")
        .cue("stated"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn pronoun_prefers_the_person_named_in_the_same_paragraph() {
    assert_attribution(
        "“Bring the deeds to the next hearing,” Judge Tobias Wren said.\n\n\
         Outside the court, baker Hollis Penrith shook his head. “It is not about the money,” he said.",
        Expect::direct("“It is not about the money,”", "quote-comma-speaker-said")
            .speaker("Hollis Penrith")
            .role("baker")
            .mention("he")
            .resolution(Resolution::Pronoun),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_secretary_of_the_before_name() {
    assert_speaker(
        "Secretary of the Interior Conrad Bellweather",
        "Conrad Bellweather",
        Some("Secretary of the Interior"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_governor_of_state() {
    assert_attribution(
        "“Our lighthouses are on our licence plates,” said Gov. Theodora Hale of Maine.",
        Expect::direct(
            "“Our lighthouses are on our licence plates,”",
            "quote-comma-said-speaker",
        )
        .speaker("Theodora Hale")
        .role("Gov."),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_role_before_particle_name() {
    assert_speaker(
        "Race officer Pieter van der Waal",
        "Pieter van der Waal",
        Some("Race officer"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_organisation_with_plural_possessive() {
    assert_attribution(
        "“We have collected 1,200 names in a weekend,” the Halverton Passengers' Association said.",
        Expect::direct(
            "“We have collected 1,200 names in a weekend,”",
            "quote-comma-speaker-said",
        )
        .speaker("Halverton Passengers' Association")
        .mention("the Halverton Passengers' Association"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_organisation_with_misused_apostrophe() {
    assert_attribution(
        "In a statement, Norland‘s foreign ministry said that the dredging would silt up the estuary.",
        Expect::indirect(
            "that the dredging would silt up the estuary",
            "speaker-said-that",
        )
        .speaker("Norland‘s foreign ministry"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn speaker_place_after_organisation_is_not_the_speaker() {
    assert_attribution(
        "The Presidential Palace in Stell said that it would open its own inquiry.",
        Expect::indirect("that it would open its own inquiry", "speaker-said-that")
            .speaker("Presidential Palace"),
    );
}

#[test]
fn mixed_fragment_with_inner_comma() {
    assert_attribution(
        "Fairweather told the Courier that the news was \"fifteen years late, but welcome.\"",
        Expect::new(
            "that the news was \"fifteen years late, but welcome.\"",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Fairweather")
        .cue("told"),
    );
}

#[test]
fn speaker_told_the_board_that() {
    assert_attribution(
        "Harrowgate told the board that the ward would get two extra midwives next year.",
        Expect::indirect(
            "that the ward would get two extra midwives next year",
            "speaker-told-that",
        )
        .speaker("Harrowgate")
        .cue("told"),
    );
}

#[test]
fn dateline_is_not_content() {
    assert_attribution(
        "WEXLEY — The station lift will open in May, Oswin Tarrant said.",
        Expect::indirect(
            "The station lift will open in May",
            "content-comma-speaker-said",
        )
        .speaker("Oswin Tarrant")
        .mention("Oswin Tarrant"),
    );
}

#[test]
fn content_comma_said_speaker() {
    assert_attribution(
        "Shop owners had asked for the freeze in a letter, said Toby Marchetti, who chairs the traders' group.",
        Expect::indirect(
            "Shop owners had asked for the freeze in a letter",
            "content-comma-speaker-said",
        )
        .speaker("Toby Marchetti")
        .cue("said"),
    );
}

#[test]
fn writer_connector_is_not_content() {
    // "In fact," and "But" link the sentence to the article; before an
    // according-to frame neither is the source's.
    assert_attribution(
        "In fact, the station lift will not open before May, Oswin Tarrant said.",
        Expect::indirect(
            "the station lift will not open before May",
            "content-comma-speaker-said",
        )
        .speaker("Oswin Tarrant"),
    );
    assert_attribution(
        "But the ferry lost money every winter, according to the harbour accounts.",
        Expect::indirect("the ferry lost money every winter", "according-to")
            .speaker("harbour accounts"),
    );
}

#[test]
fn video_caption_without_speaker_is_a_title() {
    // The title of a video, like the title of a work: a term, nobody's words.
    let input = "The ferry will run on Friday.\n\n\
                 Click to play video: 'Fishers fear for their villages' Fishers fear for their villages\n\
                 Fishers fear for their villages – Apr 8, 2024\n\n\
                 The harbour reopened on Thursday.";
    assert_attribution(
        input,
        Expect::new(
            "'Fishers fear for their villages'",
            QuoteKind::Term,
            "caption-title",
        )
        .speaker_none(),
    );
}

#[test]
fn reported_clause_ends_before_a_trailing_said_frame() {
    assert_attribution(
        "Shop owners had asked for the freeze in a letter, said Toby Marchetti, who chairs the group.",
        Expect::indirect("the freeze in a letter", "speaker-said-that")
            .speaker("Shop owners")
            .cue("had asked for"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn narrative_verb_with_object_is_not_reported_speech() {
    let input = "Delacroix answered him from the deck of her boat.";
    let a = extract(input);
    assert!(
        a.quotes.is_empty(),
        "no content is reported here; quotes found:\n{}",
        describe(&a)
    );
}

// Roles written in lower case before a name, with role words that are not in
// the lexicon: the name must still be found (regressed in dc335f1).

#[test]
fn speaker_unknown_lowercase_role_after_said() {
    assert_speaker(
        "coxswain Ruairi Flanagan",
        "Ruairi Flanagan",
        Some("coxswain"),
    );
}

#[test]
fn speaker_unknown_lowercase_role_before_said() {
    assert_attribution(
        "“The bridge is not safe for heavy traffic,” county engineer Lars Fenwick warned.",
        Expect::direct(
            "“The bridge is not safe for heavy traffic,”",
            "quote-comma-speaker-said",
        )
        .speaker("Lars Fenwick")
        .role("county engineer")
        .cue("warned"),
    );
}

#[test]
fn split_quote_with_lowercase_role() {
    let input = "“This hall has a sound you cannot build,” conductor Sunniva Rask said, “but it also has a roof that leaks.”";
    assert_attribution(
        input,
        Expect::direct(input, "split-quote")
            .speaker("Sunniva Rask")
            .role("conductor"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn quote_said_then_quote_with_lowercase_role_is_not_a_term() {
    let input = "“We will miss it,” said first violinist Aurelio Benedetti. “But we will not miss the buckets.”";
    assert_attribution(
        input,
        Expect::direct("“We will miss it,”", "quote-comma-said-speaker")
            .speaker("Aurelio Benedetti")
            .role("first violinist"),
    );
}

// FIXME(engine): a known gap, checked by `known_gaps_are_still_open`.
fn pronoun_takes_the_most_recent_person_speaker() {
    assert_attribution(
        "“I learned to swim here in 1951,” said Dorothy Pask, 81.\n\n\
         “It is colder than I remember,” Pask said.\n\n\
         Council leader Piers Achebe cut the ribbon. “This pool belongs to the town,” Achebe said.\n\n\
         “Tickets will stay at two pounds for children,” he added.",
        Expect::direct(
            "“Tickets will stay at two pounds for children,”",
            "quote-comma-speaker-said",
        )
        .speaker("Piers Achebe")
        .role("Council leader")
        .mention("he")
        .resolution(Resolution::Pronoun)
        .cue("added"),
    );
}

/// FIXME(engine): specification cases the engine does not meet yet (found
/// while reviewing the corpus snapshots). Each must still fail today; when
/// the engine starts passing one, this test fails so that the case goes
/// back to being a plain `#[test]`. The `quote_said_then_quote*` cases
/// expect two quotes, while the engine joins “Q1,” S said. “Q2” into one
/// two-part quote as the PolNeAR annotators do; the choice is open.
#[test]
fn known_gaps_are_still_open() {
    let gaps: &[(&str, fn())] = &[
        (
            "abbreviations_do_not_split_the_attribution",
            abbreviations_do_not_split_the_attribution,
        ),
        (
            "narrative_verb_with_object_is_not_reported_speech",
            narrative_verb_with_object_is_not_reported_speech,
        ),
        (
            "pronoun_prefers_the_person_named_in_the_same_paragraph",
            pronoun_prefers_the_person_named_in_the_same_paragraph,
        ),
        (
            "pronoun_takes_the_most_recent_person_speaker",
            pronoun_takes_the_most_recent_person_speaker,
        ),
        ("quote_said_then_quote", quote_said_then_quote),
        (
            "quote_said_then_quote_first_quote_keeps_its_frame",
            quote_said_then_quote_first_quote_keeps_its_frame,
        ),
        (
            "quote_said_then_quote_with_inverted_cue",
            quote_said_then_quote_with_inverted_cue,
        ),
        (
            "quote_said_then_quote_with_lowercase_role_is_not_a_term",
            quote_said_then_quote_with_lowercase_role_is_not_a_term,
        ),
        (
            "resolution_honorific_and_surname",
            resolution_honorific_and_surname,
        ),
        ("resolution_nominal_role", resolution_nominal_role),
        (
            "resolution_surname_across_paragraphs",
            resolution_surname_across_paragraphs,
        ),
        ("speaker_governor_of_state", speaker_governor_of_state),
        (
            "speaker_organisation_with_misused_apostrophe",
            speaker_organisation_with_misused_apostrophe,
        ),
        (
            "speaker_organisation_with_plural_possessive",
            speaker_organisation_with_plural_possessive,
        ),
        (
            "speaker_place_after_organisation_is_not_the_speaker",
            speaker_place_after_organisation_is_not_the_speaker,
        ),
        ("speaker_particle_van", speaker_particle_van),
        (
            "speaker_role_before_particle_name",
            speaker_role_before_particle_name,
        ),
        (
            "speaker_secretary_of_the_before_name",
            speaker_secretary_of_the_before_name,
        ),
        (
            "speaker_two_word_title_before_name",
            speaker_two_word_title_before_name,
        ),
        ("speaker_who_said", speaker_who_said),
        (
            "the_county_stated_after_quote",
            the_county_stated_after_quote,
        ),
    ];
    let closed: Vec<&str> = gaps
        .iter()
        .filter(|(_, case)| std::panic::catch_unwind(case).is_ok())
        .map(|(name, _)| *name)
        .collect();
    assert!(
        closed.is_empty(),
        "these cases pass now: make them plain #[test]s again: {closed:?}"
    );
}

// ---------------------------------------------------------------------------
// Title-case headlines, absolute participle clauses
// ---------------------------------------------------------------------------

#[test]
fn headline_speaker_verb() {
    assert_attribution(
        "Mayor Calloway Says Harbour Will Reopen By Spring\n\nThe mayor spoke after the storm.",
        Expect::headline("Harbour Will Reopen By Spring", "headline-speaker-verb")
            .speaker("Calloway")
            .role("Mayor")
            .mention("Mayor Calloway")
            .cue("Says"),
    );
}

#[test]
fn headline_speaker_verb_adverb_and_clause_break() {
    // "Just" belongs to the cue; "After …" opens a new clause.
    assert_attribution(
        "Calloway Just Vowed To Rebuild The Pier After Storm\n\nThe mayor spoke on Monday.",
        Expect::headline("To Rebuild The Pier", "headline-speaker-verb")
            .speaker("Calloway")
            .mention("Calloway")
            .cue("Just Vowed"),
    );
}

#[test]
fn headline_speaker_verb_not_a_reflexive_or_lower_case_line() {
    for input in [
        "Okafor Defends Himself Against Claims He Lied\n\nThe mayor spoke on Monday.",
        "The harbour will reopen, Calloway Says nothing else\n\nThe mayor spoke on Monday.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes.iter().all(|q| q.rule != "headline-speaker-verb"),
            "{input:?}:\n{}",
            describe(&a)
        );
    }
}

#[test]
fn with_noun_phrase_and_participle() {
    assert_attribution(
        "The measure passed easily, with 60 percent of residents saying they want a new library.",
        Expect::indirect("they want a new library", "with-gerund")
            .speaker("60 percent of residents")
            .mention("60 percent of residents")
            .cue("saying"),
    );
}

#[test]
fn with_participle_not_a_count_or_a_finite_verb() {
    for input in [
        "Turnout rose, with all precincts reporting a record number of ballots.",
        "The plan drew fire, along with what others are saying about the pier.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes.iter().all(|q| q.rule != "with-gerund"),
            "{input:?}:\n{}",
            describe(&a)
        );
    }
}

#[test]
fn no_break_space_before_but_ends_the_reported_clause() {
    assert_attribution(
        "Ortiz said the library would stay open,\u{a0}but the council voted to close it.",
        Expect::indirect("the library would stay open", "speaker-said-that")
            .speaker("Ortiz")
            .cue("said"),
    );
}

// ---------------------------------------------------------------------------
// The question of an "asked" frame
// ---------------------------------------------------------------------------

#[test]
fn asked_question_without_an_asker() {
    assert_attribution(
        "Asked whether the pier would reopen, Ortiz said the council had not decided.",
        Expect::indirect("whether the pier would reopen", "asked-question").cue("Asked"),
    );
    assert_attribution(
        "Ortiz was asked about the library budget during a council meeting.",
        Expect::indirect("the library budget", "asked-question").cue("was asked about"),
    );
}

#[test]
fn asked_question_by_an_agent() {
    assert_attribution(
        "When asked by a reporter whether the pier would reopen, Ortiz shrugged.",
        Expect::indirect("whether the pier would reopen", "asked-question")
            .speaker("a reporter")
            .role("reporter")
            .mention("a reporter")
            .cue("asked"),
    );
}

#[test]
fn asked_question_left_to_the_quote_frame() {
    // "Asked …, S said, “Q”": the question is not content (as in the seed).
    let input = "Asked if the pier would reopen, Ortiz said, “We hope so.”";
    let a = extract(input);
    assert!(
        a.quotes.iter().all(|q| q.rule != "asked-question"),
        "{input:?}:\n{}",
        describe(&a)
    );
}

#[test]
fn participle_after_by_while_after_has_the_subject() {
    assert_attribution(
        "Ortiz won the vote by saying the library would stay open.",
        Expect::indirect("the library would stay open", "preposition-gerund")
            .speaker("Ortiz")
            .cue("saying"),
    );
    assert_attribution(
        "Calloway toured the harbour while warning that the pier was still unsafe.",
        Expect::indirect("that the pier was still unsafe", "preposition-gerund")
            .speaker("Calloway")
            .cue("warning"),
    );
    // "after finding no trace": a search result, not a report.
    let input = "The crew ended the search on Friday after finding no trace of the boat.";
    let a = extract(input);
    assert!(
        a.quotes.iter().all(|q| q.rule != "preposition-gerund"),
        "{input:?}:\n{}",
        describe(&a)
    );
}

#[test]
fn participle_coordinated_with_an_earlier_one() {
    assert_attribution(
        "Ortiz toured the harbour on Monday, greeting the crews and warning that the pier was unsafe.",
        Expect::indirect("that the pier was unsafe", "coordinated-gerund")
            .speaker("Ortiz")
            .cue("warning"),
    );
}

#[test]
fn coordinated_participle_ends_the_first_participle_clause() {
    let input =
        "Ortiz toured the harbour, praising the crews and warning that the pier was unsafe.";
    assert_attribution(
        input,
        Expect::indirect("the crews", "gerund-same-speaker")
            .speaker("Ortiz")
            .cue("praising"),
    );
    assert_attribution(
        input,
        Expect::indirect("that the pier was unsafe", "coordinated-gerund")
            .speaker("Ortiz")
            .cue("warning"),
    );
    // "and warning signs": a noun phrase, the clause goes on.
    assert_attribution(
        "Ortiz said the pier was sound and warning signs were overblown.",
        Expect::indirect(
            "the pier was sound and warning signs were overblown",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
}

#[test]
fn according_to_a_long_source_runs_to_the_comma() {
    let input = "According to early results of exit polls conducted for the Daily Ledger and three radio stations by Harbor Research, most voters backed the pier plan.";
    assert_attribution(
        input,
        Expect::indirect("most voters backed the pier plan", "according-to")
            .speaker("early results of exit polls conducted for the Daily Ledger and three radio stations by Harbor Research")
            .cue("According to"),
    );
}

#[test]
fn relative_gap_said_reports_the_relative_clause() {
    // "which officials said will …": the relative is the subject of the
    // reported clause, which ends where the main clause resumes.
    let input = "The new fares, which transit officials said will start in March, do not cover the ferries.";
    let content = "which transit officials said will start in March";
    assert_attribution(
        input,
        Expect::indirect(content, "relative-gap-said")
            .speaker("transit officials")
            .cue("said"),
    );
    let a = extract(input);
    let parts: Vec<&str> = quote_with(&a, content)
        .parts
        .iter()
        .map(|p| p.text(input))
        .collect();
    assert_eq!(parts, ["which", "will start in March"], "parts");
}

#[test]
fn relative_object_after_what_and_which() {
    // The relative fills the gap of the reported words: "which" before a
    // clause with its own subject, "what" after a preposition, and "which"
    // before quoted words.
    for (input, content, rel, rest) in [
        (
            "The council backed the bridge plan, which Okafor said the city could not afford.",
            "which Okafor said the city could not afford",
            "which",
            "the city could not afford",
        ),
        (
            "The mayor stayed silent about what Okafor called a reckless budget.",
            "what Okafor called a reckless budget",
            "what",
            "a reckless budget",
        ),
        (
            "The board rejected the plan, which Okafor called “a waste of money.”",
            "which Okafor called “a waste of money.”",
            "which",
            "“a waste of money.”",
        ),
    ] {
        let a = extract(input);
        let parts: Vec<&str> = quote_with(&a, content)
            .parts
            .iter()
            .map(|p| p.text(input))
            .collect();
        assert_eq!(parts, [rel, rest], "{input:?}: parts");
    }
}

#[test]
fn relative_gap_said_with_that() {
    // The annotators keep "that" as the first part too (4 more exact
    // matches on the development set than without it).
    let input = "The couple rent from a landlord that they say has ignored the damp for years.";
    let content = "that they say has ignored the damp for years";
    assert_attribution(
        input,
        Expect::indirect(content, "relative-gap-said")
            .speaker("they")
            .cue("say"),
    );
    let a = extract(input);
    let parts: Vec<&str> = quote_with(&a, content)
        .parts
        .iter()
        .map(|p| p.text(input))
        .collect();
    assert_eq!(parts, ["that", "has ignored the damp for years"], "parts");
}

#[test]
fn a_noun_cue_before_a_finite_verb_reports_nothing() {
    // "The latest dispute has flared": "dispute" is a noun here.
    let a = extract("The latest dispute has flared at a bad time for the mayor.");
    assert!(
        a.quotes.is_empty(),
        "no attribution; quotes found:\n{}",
        describe(&a)
    );
}

#[test]
fn capitalised_us_is_the_country_not_the_pronoun() {
    assert_attribution(
        "“We carried the county!” US Senator Ada Brennan said as the count ended.",
        Expect::direct("“We carried the county!”", "quote-comma-speaker-said")
            .speaker("Ada Brennan")
            .mention("US Senator Ada Brennan")
            .role("US Senator")
            .cue("said"),
    );
}

#[test]
fn title_speaker_colon_line_with_an_addressee() {
    assert_attribution(
        "Calloway to Harbour Board: the ferry will run all winter\n\nThe mayor spoke on Monday.",
        Expect::headline("the ferry will run all winter", "speaker-colon-line")
            .speaker("Calloway")
            .cue(":"),
    );
}

#[test]
fn title_group_colon_line() {
    assert_attribution(
        "Historians: the old pier was never safe\n\nThe report came out on Monday.",
        Expect::headline("the old pier was never safe", "speaker-colon-line")
            .speaker("Historians")
            .mention("Historians")
            .cue(":"),
    );
}

#[test]
fn title_speaker_colon_line_after_a_tag() {
    assert_attribution(
        "EXCLUSIVE – Ines Calloway: Do Not Trust the Ferry Timetable\n\nThe mayor spoke on Monday.",
        Expect::headline("Do Not Trust the Ferry Timetable", "speaker-colon-line")
            .speaker("Ines Calloway")
            .cue(":"),
    );
}

#[test]
fn title_colon_line_that_opens_with_a_quote_is_the_whole_line() {
    assert_attribution(
        "Calloway: ‘No Doubt’ the Ferry Will Run All Winter\n\nThe mayor spoke on Monday.",
        Expect::headline(
            "‘No Doubt’ the Ferry Will Run All Winter",
            "speaker-colon-line",
        )
        .speaker("Calloway")
        .cue(":"),
    );
}

#[test]
fn credit_lines_are_no_speaker_colon_lines() {
    for input in [
        "The vote is set for Tuesday.\n\nContributing: Mara Quist.",
        "The vote is set for Tuesday.\n\nBYLINE: Tom Avery.",
        // Kickers and form labels.
        "Revealed: Harbour Board Hid the Ferry Report for Years",
        "The vote is set for Tuesday.\n\nEMAIL: desk@example.org.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes.iter().all(|q| q.rule != "speaker-colon-line"),
            "{input:?}: a credit line is no attribution; quotes found:\n{}",
            describe(&a)
        );
    }
}

#[test]
fn coordinated_verb_skips_the_noun_state_and_passive_participles() {
    for input in [
        "Rep. Lena Ortiz and state Sen. Tomas Feld have both backed the levy.",
        "Instead of a quick fall, Ortiz, aided by the unions and opposed by the council, held on – even as the city was giving money to the rebels.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes.iter().all(|q| q.rule != "coordinated-verb"),
            "{input:?}: no coordinated speech verb; quotes found:\n{}",
            describe(&a)
        );
    }
}

#[test]
fn a_second_verb_of_the_reported_clause_stays_in_the_content() {
    // "said the ferry was late and missed the tide": the clause's own
    // subject goes on; only a speech verb is the speaker's next act.
    assert_attribution(
        "Okafor said the ferry was late and missed the morning tide.",
        Expect::indirect(
            "the ferry was late and missed the morning tide",
            "speaker-said-that",
        )
        .speaker("Okafor")
        .cue("said"),
    );
    assert_attribution(
        "Okafor said the ferry was late and criticized the harbour board.",
        Expect::indirect("the ferry was late", "speaker-said-that")
            .speaker("Okafor")
            .cue("said"),
    );
}

#[test]
fn a_reported_clause_runs_on_through_a_colon_into_its_quotation() {
    // "adds that X: “Q”": the quotation finishes the reported clause; no
    // separate colon frame takes it alone.
    let input =
        "Okafor adds that the ferry crews have two choices: “Strike now or wait for spring.”";
    assert_attribution(
        input,
        Expect::new(
            "that the ferry crews have two choices: “Strike now or wait for spring.”",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Okafor")
        .cue("adds"),
    );
    let a = extract(input);
    assert!(
        a.quotes.iter().all(|q| q.rule != "subject-colon-quote"),
        "the colon frame gives way; quotes found:\n{}",
        describe(&a)
    );
}

#[test]
fn an_apposition_to_the_whole_clause_ends_the_content() {
    assert_attribution(
        "The council said it would close the old ferry pier, a move opposed by the harbour traders.",
        Expect::indirect("it would close the old ferry pier", "speaker-said-that")
            .speaker("council")
            .cue("said"),
    );
}

#[test]
fn a_past_participle_with_its_agent_is_the_agents_stance() {
    // "a move opposed by the traders": the subject of the sentence is not
    // the speaker; the agent after "by" is, and the noun phrase its content.
    assert_attribution(
        "The council said it would close the old ferry pier, a move opposed by the harbour traders.",
        Expect::indirect("a move", "passive-by-agent").speaker("harbour traders"),
    );
    // "concluded by saying" is active.
    assert_attribution(
        "Ortiz concluded by saying the pier would reopen in May.",
        Expect::indirect("the pier would reopen in May", "preposition-gerund")
            .speaker("Ortiz")
            .cue("saying"),
    );
}

#[test]
fn a_fronted_subordinate_clause_ends_the_reported_clause_at_its_comma() {
    assert_attribution(
        "While Calloway argued that the ferry was too slow, the council kept it running.",
        Expect::indirect("that the ferry was too slow", "speaker-said-that")
            .speaker("Calloway")
            .cue("argued"),
    );
    assert_attribution(
        "But although Mayor Ortiz has said the pier is safe, inspectors closed it on Monday.",
        Expect::indirect("the pier is safe", "speaker-said-that")
            .speaker("Ortiz")
            .role("Mayor")
            .cue("has said"),
    );
}

#[test]
fn refused_speech_is_flagged_not_reported_as_content() {
    // An intransitive refusal: the infinitive is the content.
    assert_attribution(
        "Mayor Lena Ortiz also declined to comment for this article.",
        Expect::new("to comment", QuoteKind::Refused, "refused-speech")
            .speaker("Lena Ortiz")
            .role("Mayor")
            .mention("Mayor Lena Ortiz")
            .cue("also declined"),
    );
    // With an object: the verb joins the cue, the object is the content.
    assert_attribution(
        "Feld refused to say whether she would run again.",
        Expect::new(
            "whether she would run again",
            QuoteKind::Refused,
            "refused-speech",
        )
        .speaker("Feld")
        .cue("refused to say"),
    );
    assert_attribution(
        "The ministry declined to comment on the leaked memo.",
        Expect::new("the leaked memo", QuoteKind::Refused, "refused-speech")
            .speaker("ministry")
            .cue("declined to comment on"),
    );
    // A refused act is no speech.
    let a = extract("The governor refused to sign the bill on Friday.");
    assert!(
        a.quotes.iter().all(|q| q.kind != QuoteKind::Refused),
        "no refusal of speech; quotes found:\n{}",
        describe(&a)
    );
}

#[test]
fn a_dash_aside_inside_the_reported_clause_does_not_end_it() {
    assert_attribution(
        "Calloway said the ferry -- a relic of the 1950s -- would stay in service.",
        Expect::indirect(
            "the ferry -- a relic of the 1950s -- would stay in service",
            "speaker-said-that",
        )
        .speaker("Calloway")
        .cue("said"),
    );
}

#[test]
fn a_spaced_hyphen_ends_the_reported_clause() {
    assert_attribution(
        "Calloway said the ferry would stay in service - a decision that angered riders.",
        Expect::indirect("the ferry would stay in service", "speaker-said-that")
            .speaker("Calloway")
            .cue("said"),
    );
}

#[test]
fn a_noun_phrase_addressee_of_asked_is_not_content() {
    assert_attribution(
        "Calloway asked the harbour commissioners whether the ferry could run at night.",
        Expect::indirect("whether the ferry could run at night", "speaker-said-that")
            .speaker("Calloway")
            .cue("asked"),
    );
}

#[test]
fn a_trailing_event_adjunct_is_not_content() {
    assert_attribution(
        "Calloway praised the ferry crews during a rally in Wexley.",
        Expect::indirect("the ferry crews", "speaker-said-that")
            .speaker("Calloway")
            .cue("praised"),
    );
}

#[test]
fn a_preposition_after_the_cue_is_not_content() {
    assert_attribution(
        "Calloway commented on the ferry timetable for next winter.",
        Expect::indirect("the ferry timetable for next winter", "speaker-said-that")
            .speaker("Calloway")
            .cue("commented"),
    );
    assert_attribution(
        "The agency reported at least six planes had flown over the harbour during the long holiday weekend.",
        Expect::indirect(
            "at least six planes had flown over the harbour during the long holiday weekend",
            "speaker-said-that",
        )
        .speaker("agency")
        .cue("reported"),
    );
}

#[test]
fn a_summary_apposition_ends_the_reported_clause() {
    assert_attribution(
        "Calloway said the ferry would stop running in May, a decision that angered riders.",
        Expect::indirect("the ferry would stop running in May", "speaker-said-that")
            .speaker("Calloway")
            .cue("said"),
    );
}

#[test]
fn the_writers_reason_or_comparison_ends_the_reported_clause() {
    // "…, largely because …", "…, just as …", "…, remarks that …": the
    // writer's comment on the reported clause, not part of it.
    assert_attribution(
        "Calloway said the ferry would stop running in May, largely because fuel costs have doubled.",
        Expect::indirect("the ferry would stop running in May", "speaker-said-that")
            .speaker("Calloway")
            .cue("said"),
    );
    assert_attribution(
        "Calloway said the harbour would hire more pilots, just as the port did a decade ago.",
        Expect::indirect("the harbour would hire more pilots", "speaker-said-that")
            .speaker("Calloway")
            .cue("said"),
    );
    assert_attribution(
        "Calloway said the pier was unsafe, remarks that were repeated by the mayor.",
        Expect::indirect("the pier was unsafe", "speaker-said-that")
            .speaker("Calloway")
            .cue("said"),
    );
}

#[test]
fn a_comparison_ends_the_reported_clause() {
    assert_attribution(
        "Calloway said ferry traffic rose 12 percent last year, compared with 3 percent for the buses.",
        Expect::indirect(
            "ferry traffic rose 12 percent last year",
            "speaker-said-that",
        )
        .speaker("Calloway")
        .cue("said"),
    );
}

#[test]
fn a_to_addressee_before_the_clause_is_not_content() {
    assert_attribution(
        "Calloway complained to the harbour board that the ferry was always late.",
        Expect::indirect("that the ferry was always late", "speaker-said-that")
            .speaker("Calloway")
            .cue("complained"),
    );
}

#[test]
fn a_relative_pronoun_before_the_speaker_is_the_first_part_of_the_content() {
    let text = "The council passed a fare rule which critics said was unfair to students.";
    let a = extract(text);
    let q = quote_with(&a, "which critics said was unfair to students");
    assert_eq!(q.kind, QuoteKind::Indirect);
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(text)).collect();
    assert_eq!(parts, ["which", "was unfair to students"]);
}

// ---------------------------------------------------------------------------
// Speakers of reported speech: appositions, asides, shares, long subjects
// ---------------------------------------------------------------------------

#[test]
fn name_set_off_by_commas_before_the_verb_is_the_speaker() {
    assert_attribution(
        "Another ally, Tomas Vell, told the Ledger that the timing was odd.",
        Expect::indirect("that the timing was odd", "speaker-told-that")
            .speaker("Tomas Vell")
            .mention("Tomas Vell")
            .cue("told"),
    );
    assert_attribution(
        "A Harbor ally, Transport Secretary Tomas Vell, said the timing was odd.",
        Expect::indirect("the timing was odd", "speaker-said-that")
            .speaker("Tomas Vell")
            .role("Transport Secretary")
            .mention("Transport Secretary Tomas Vell")
            .cue("said"),
    );
}

#[test]
fn a_place_after_a_name_is_no_apposition() {
    assert_attribution(
        "The mayor of Wexley, Dorset, said the water was safe.",
        Expect::indirect("the water was safe", "speaker-said-that")
            .speaker("mayor of Wexley")
            .mention("The mayor of Wexley")
            .cue("said"),
    );
}

#[test]
fn name_opening_the_clause_before_an_aside_with_names() {
    assert_attribution(
        "Sen. Rhea Calloway, facing a hard race in Wexley, a swing county, said she would welcome the vote.",
        Expect::indirect("she would welcome the vote", "speaker-said-that")
            .speaker("Rhea Calloway")
            .role("Sen.")
            .mention("Sen. Rhea Calloway")
            .cue("said"),
    );
    assert_attribution(
        "Cory Ames, 22, of Wexley, Mich., said he had not given up hope.",
        Expect::indirect("he had not given up hope", "speaker-said-that")
            .speaker("Cory Ames")
            .mention("Cory Ames")
            .cue("said"),
    );
    // An adverb that opens the sentence is no subject.
    assert_attribution(
        "Similarly, Wes Barnet, a former mayor, said he could not back the plan.",
        Expect::indirect("he could not back the plan", "speaker-said-that")
            .speaker("Wes Barnet")
            .role("former mayor")
            .mention("Wes Barnet")
            .cue("said"),
    );
}

#[test]
fn role_subject_before_a_relative_aside() {
    assert_attribution(
        "The employee, a registered voter who spoke on condition of anonymity, said she was fired in March.",
        Expect::indirect("she was fired in March", "speaker-said-that")
            .speaker("The employee")
            .role("employee")
            .mention("The employee")
            .cue("said"),
    );
}

#[test]
fn inverted_pronoun_followed_by_a_verb_is_no_speaker() {
    let a = extract("The clerk, a quiet man from Wexley, said she became the manager in May.");
    assert!(
        a.quotes
            .iter()
            .all(|q| q.rule != "content-comma-speaker-said"),
        "quotes found:\n{}",
        describe(&a)
    );
}

#[test]
fn share_subjects() {
    assert_attribution(
        "Nearly nine out of 10 say they will need more training.",
        Expect::indirect("they will need more training", "speaker-said-that")
            .speaker("Nearly nine out of 10")
            .mention("Nearly nine out of 10")
            .cue("say"),
    );
    assert_attribution(
        "But 58 percent of Wexley voters overall said they would stay home.",
        Expect::indirect("they would stay home", "speaker-said-that")
            .speaker("58 percent of Wexley voters overall")
            .mention("58 percent of Wexley voters overall")
            .cue("said"),
    );
    assert_attribution(
        "At least half of voters in each county say the plan is fair.",
        Expect::indirect("the plan is fair", "speaker-said-that")
            .speaker("At least half of voters in each county")
            .mention("At least half of voters in each county")
            .cue("say"),
    );
    // Money and a singular head are no share of people.
    let a = extract("One big obstacle disappeared that spring.");
    assert!(a.quotes.is_empty(), "quotes found:\n{}", describe(&a));
}

#[test]
fn relative_subject_with_a_phrase_in_its_head() {
    assert_attribution(
        "Friends of Mr. Calloway's who have seen him lately say that he looks tired.",
        Expect::indirect("that he looks tired", "speaker-said-that")
            .speaker("Friends of Mr. Calloway's who have seen him")
            .mention("Friends of Mr. Calloway's who have seen him")
            .cue("lately say"),
    );
}

#[test]
fn possessive_name_before_a_plural_subject() {
    assert_attribution(
        "Mrs. Calloway's confidants say it is only fitting that she won.",
        Expect::indirect("it is only fitting that she won", "speaker-said-that")
            .speaker("Mrs. Calloway's confidants")
            .mention("Mrs. Calloway's confidants")
            .cue("say"),
    );
}

#[test]
fn reflexive_after_the_subject() {
    assert_attribution(
        "Acme itself said the deal was on.",
        Expect::indirect("the deal was on", "speaker-said-that")
            .speaker("Acme")
            .mention("Acme")
            .cue("said"),
    );
}

#[test]
fn progressive_speech_verb_is_finite() {
    assert_attribution(
        "The Wexley senator is telling reporters in Dorset that he is looking ahead.",
        Expect::indirect("that he is looking ahead", "speaker-told-that")
            .speaker("The Wexley senator")
            .role("Wexley senator")
            .mention("The Wexley senator")
            .cue("is telling"),
    );
    // A progressive that narrates an action reports nothing.
    let a = extract("Lena Ortiz is seeking the nomination in Wexley.");
    assert!(a.quotes.is_empty(), "quotes found:\n{}", describe(&a));
}

#[test]
fn stated_is_a_verb_after_a_name() {
    assert_attribution(
        "Ortiz stated earlier this week that she is willing to talk.",
        Expect::indirect("that she is willing to talk", "speaker-said-that")
            .speaker("Ortiz")
            .mention("Ortiz")
            .cue("stated"),
    );
}

#[test]
fn noun_form_verb_before_that_after_a_determiner() {
    assert_attribution(
        "Along with other allegations, the suit claims that Barnet lied.",
        Expect::indirect("that Barnet lied", "speaker-said-that")
            .speaker("the suit")
            .mention("the suit")
            .cue("claims"),
    );
}

#[test]
fn inverted_cue_then_description_then_name() {
    assert_attribution(
        "\"Thanks for coming,\" said master of ceremonies Asad Tellini, an engineer who moved to Wexley years ago.",
        Expect::direct("\"Thanks for coming,\"", "quote-comma-said-speaker")
            .speaker("Asad Tellini")
            .role("master of ceremonies")
            .mention("master of ceremonies Asad Tellini")
            .cue("said"),
    );
    assert_attribution(
        "''The odds are even,'' said another leading harbor figure, Andrew J. Penn of the firm Mayer Lutz.",
        Expect::direct("''The odds are even,''", "quote-comma-said-speaker")
            .speaker("Andrew J. Penn")
            .mention("Andrew J. Penn")
            .cue("said"),
    );
}

#[test]
fn space_before_closing_marks_keeps_the_comma() {
    assert_attribution(
        "''He built strong coalitions, '' said Mr. Gunn, who now works for the mayor.",
        Expect::direct(
            "''He built strong coalitions, ''",
            "quote-comma-said-speaker",
        )
        .speaker("Gunn")
        .mention("Mr. Gunn")
        .cue("said"),
    );
}

#[test]
fn pronoun_run_into_an_auxiliary() {
    assert_attribution(
        "But he's said he will fight all the way to the convention.",
        Expect::indirect(
            "he will fight all the way to the convention",
            "speaker-said-that",
        )
        .speaker("he")
        .mention("he")
        .cue("said"),
    );
    assert_attribution(
        "He’s telling reporters that he hopes the vote moves.",
        Expect::indirect("that he hopes the vote moves", "speaker-told-that")
            .speaker("He")
            .mention("He")
            .cue("telling"),
    );
}

#[test]
fn subject_before_a_dashed_or_bracketed_aside() {
    assert_attribution(
        "Joyce — who is listed as a lawyer in Dorset — told the Ledger he would not appeal.",
        Expect::indirect("he would not appeal", "speaker-told-that")
            .speaker("Joyce")
            .mention("Joyce")
            .cue("told"),
    );
    assert_attribution(
        "Barnet (who has 25 delegates to date) said it is possible for him to win.",
        Expect::indirect("it is possible for him to win", "speaker-said-that")
            .speaker("Barnet")
            .mention("Barnet")
            .cue("said"),
    );
}

#[test]
fn however_between_subject_and_verb() {
    assert_attribution(
        "Carver however said he would welcome the new network.",
        Expect::indirect("he would welcome the new network", "speaker-said-that")
            .speaker("Carver")
            .mention("Carver")
            .cue("however said"),
    );
}

#[test]
fn plural_subject_with_a_participle_phrase() {
    assert_attribution(
        "Activists trying to block the harbor plan in November say they have a new weapon.",
        Expect::indirect("they have a new weapon", "speaker-said-that")
            .speaker("Activists trying to block the harbor plan in November")
            .mention("Activists trying to block the harbor plan in November")
            .cue("say"),
    );
}

#[test]
fn short_title_inside_an_aside() {
    assert_attribution(
        "Hensley, the co-author of \"Going Under,\" about the harbor, said the old days are gone.",
        Expect::indirect("the old days are gone", "speaker-said-that")
            .speaker("Hensley")
            .mention("Hensley")
            .cue("said"),
    );
}

#[test]
fn share_in_apposition_to_a_subject() {
    assert_attribution(
        "A third of independents, 33%, say they feel that way.",
        Expect::indirect("they feel that way", "speaker-said-that")
            .speaker("A third of independents")
            .mention("A third of independents")
            .cue("say"),
    );
}

#[test]
fn sentence_opening_adverb_is_no_gerund_speaker() {
    let input = "Shortly after the vote, the founders of the bakery mobilized, warning that the deal would ruin the town.";
    let a = extract(input);
    assert!(
        a.quotes.iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| s.mention.text(input) != "Shortly")),
        "quotes found:\n{}",
        describe(&a)
    );
}

#[test]
fn said_adding_quote_is_a_second_attribution() {
    let input =
        "\"The water is bad,\" Ortiz said, adding, \"I will tell you what, it would be fixed.\"";
    assert_attribution(
        input,
        Expect::direct("\"The water is bad,\"", "quote-comma-speaker-said")
            .speaker("Ortiz")
            .mention("Ortiz")
            .cue("said"),
    );
    let a = extract(input);
    let q = quote_with(&a, "\"I will tell you what, it would be fixed.\"");
    assert_eq!(q.cue.map(|c| c.text(input)), Some("adding"));
    assert_eq!(q.speaker.as_ref().map(|s| s.name.as_str()), Some("Ortiz"));
}

#[test]
fn a_later_frame_after_but_ends_the_content() {
    let input =
        "Most riders said the new timetable was fair, but six in 10 said the fares were too high.";
    assert_attribution(
        input,
        Expect::indirect("the new timetable was fair", "speaker-said-that")
            .speaker("Most riders")
            .cue("said"),
    );
    assert_attribution(
        input,
        Expect::indirect("the fares were too high", "speaker-said-that")
            .speaker("six in 10")
            .cue("said"),
    );
}

#[test]
fn a_one_word_answer_is_content() {
    assert_attribution(
        "Asked whether the pier should close, 46 percent of voters said yes.",
        Expect::indirect("yes", "speaker-said-that")
            .speaker("46 percent of voters")
            .cue("said"),
    );
}

// ---------------------------------------------------------------------------
// Object frames: the content is the cue verb's object
// ---------------------------------------------------------------------------

#[test]
fn progressive_cue_reports_its_object() {
    assert_attribution(
        "Councillor Brenna Ortiz is calling for a second vote on the harbour levy.",
        Expect::indirect("a second vote on the harbour levy", "speaker-is-saying")
            .speaker("Brenna Ortiz")
            .role("Councillor")
            .cue("is calling for"),
    );
    assert_attribution(
        "Calloway has been defending a new contract for the ferry crews.",
        Expect::indirect("a new contract for the ferry crews", "speaker-is-saying")
            .speaker("Calloway"),
    );
}

#[test]
fn progressive_cue_before_a_preposition_reports_nothing() {
    let a = extract("Mayor Calloway is adding to her lead in the northern wards.");
    assert!(a.quotes.is_empty(), "{}", describe(&a));
}

#[test]
fn photo_caption_reports_no_progressive_cue() {
    let a = extract(
        "Ferry workers gather at the pier in Wexley. Several unions have been calling for a strike. AGENCY/LENA QUIST",
    );
    assert!(a.quotes.is_empty(), "{}", describe(&a));
}

#[test]
fn negated_cue_reports_its_object() {
    assert_attribution(
        "A harbour board spokesman did not respond to a request for comment.",
        Expect::refused("a request for comment", "speaker-did-not-say")
            .speaker("A harbour board spokesman")
            .role("harbour board spokesman")
            .cue("did not respond to"),
    );
    assert_attribution(
        "Calloway never mentions the ferry strike.",
        Expect::refused("the ferry strike", "speaker-did-not-say").speaker("Calloway"),
    );
}

#[test]
fn negated_cue_before_a_question_reports_the_question() {
    assert_attribution(
        "Calloway did not say whether the ferry would run on Sunday.",
        Expect::refused(
            "whether the ferry would run on Sunday",
            "speaker-did-not-say-whether",
        )
        .speaker("Calloway"),
    );
}

#[test]
fn modal_cue_before_a_that_clause_reports_it() {
    assert_attribution(
        "The harbour master would only say that the pier needs new pilings.",
        Expect::indirect("that the pier needs new pilings", "speaker-would-say-that")
            .speaker("The harbour master"),
    );
}

#[test]
fn modal_cue_with_an_object_reports_nothing() {
    let a = extract("The ferry board could still push for a second vote on the levy.");
    assert!(a.quotes.is_empty(), "{}", describe(&a));
    let a = extract("If asked, the ferry board would say that the levy is fair.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "speaker-would-say-that"),
        "{}",
        describe(&a)
    );
}

#[test]
fn infinitive_cue_reports_its_clause() {
    assert_attribution(
        "Mayor Lena Quist went to the pier on Friday to say the ferry would run all winter.",
        Expect::indirect("the ferry would run all winter", "infinitive-said")
            .speaker("Lena Quist")
            .role("Mayor"),
    );
    assert_attribution(
        "The sudden closure led some to speculate that the levy had failed.",
        Expect::indirect("that the levy had failed", "infinitive-said").speaker("some"),
    );
}

#[test]
fn stance_verb_with_a_one_word_object() {
    assert_attribution(
        "Early in the race, Ortiz endorsed Quist, calling her a steady hand.",
        Expect::indirect("Quist", "speaker-said-that").speaker("Ortiz"),
    );
    assert_attribution(
        "The harbour master attacked him.",
        Expect::indirect("him", "speaker-said-that").speaker("The harbour master"),
    );
    // Not after a verb of saying that takes a clause.
    let a = extract("Ortiz said Tuesday.");
    assert!(a.quotes.is_empty(), "{}", describe(&a));
}

#[test]
fn passive_cue_with_its_agent() {
    assert_attribution(
        "His remarks were quickly derided by Lena Ortiz, the harbour board chair.",
        Expect::indirect("His remarks", "passive-by-agent")
            .speaker("Lena Ortiz")
            .role("harbour board chair"),
    );
    // "responded by blocking …": a manner, not an agent.
    let a = extract("The ferry board responded by closing the pier.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "passive-by-agent"),
        "{}",
        describe(&a)
    );
}

#[test]
fn expletive_passive_reports_its_clause_without_a_speaker() {
    assert_attribution(
        "The pier closed last spring, when it was revealed that the pilings had rotted.",
        Expect::indirect("that the pilings had rotted", "it-was-said-that"),
    );
}

#[test]
fn content_comma_speaker_said_before_a_long_closing_adjunct() {
    assert_attribution(
        "The ferry will run all winter, she said in a video message to the harbour board.",
        Expect::indirect(
            "The ferry will run all winter",
            "content-comma-speaker-said",
        )
        .speaker("she"),
    );
}

#[test]
fn long_subject_noun_phrase_said() {
    assert_attribution(
        "Many ferry captains at the harbour meeting — including Ortiz, Quist and Feld — said the levy is too high.",
        Expect::indirect("the levy is too high", "long-subject-said").speaker(
            "Many ferry captains at the harbour meeting — including Ortiz, Quist and Feld",
        ),
    );
}

#[test]
fn long_subject_skips_nouns_participles_and_inverted_frames() {
    let a = extract("A new fare plan announced Monday would raise prices at the pier.");
    assert!(a.quotes.is_empty(), "{}", describe(&a));
    let a = extract(
        "Part of the problem with the pier, say experts like Lena Ortiz, is the old pilings.",
    );
    assert!(
        a.quotes.iter().all(|q| q.rule != "long-subject-said"),
        "{}",
        describe(&a)
    );
}

#[test]
fn infinitive_cue_after_an_adjective_reports_nothing() {
    let a = extract("It is too soon to say whether the ferry will run in winter.");
    assert!(a.quotes.is_empty(), "{}", describe(&a));
    let a = extract("The crews spoke on the condition of anonymity to discuss the levy.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "infinitive-said"),
        "{}",
        describe(&a)
    );
}

#[test]
fn particle_respond_to_takes_its_preposition() {
    assert_attribution(
        "Ortiz responded to the criticism from the harbour board.",
        Expect::indirect("the criticism from the harbour board", "speaker-said-that")
            .speaker("Ortiz")
            .cue("responded to"),
    );
}

#[test]
fn particle_on_before_a_day_is_a_time_adjunct() {
    assert_attribution(
        "Ortiz called on Tuesday that the ferry would run late.",
        Expect::indirect("that the ferry would run late", "speaker-said-that")
            .speaker("Ortiz")
            .cue("called"),
    );
}

#[test]
fn noun_phrase_with_participle_is_the_speaker() {
    assert_attribution(
        "The union ran an ad featuring Lena Ortiz criticizing the harbour levy.",
        Expect::indirect("the harbour levy", "np-gerund")
            .speaker("Lena Ortiz")
            .cue("criticizing"),
    );
}

#[test]
fn document_with_participle_speaks_for_the_subject() {
    assert_attribution(
        "The Wexley union sent a letter this week urging the board to reopen the pier.",
        Expect::indirect("the board to reopen the pier", "np-gerund")
            .speaker("Wexley union")
            .mention("The Wexley union")
            .cue("urging"),
    );
}

#[test]
fn object_content_ends_at_its_comma() {
    assert_attribution(
        "Ortiz criticized the harbour levy, a tax the council passed in March.",
        Expect::indirect("the harbour levy", "speaker-said-that").speaker("Ortiz"),
    );
}

#[test]
fn object_content_keeps_a_list_and_an_including_phrase() {
    assert_attribution(
        "Ortiz criticized the levy, the ferry fares and the pier closure.",
        Expect::indirect(
            "the levy, the ferry fares and the pier closure",
            "speaker-said-that",
        )
        .speaker("Ortiz"),
    );
    assert_attribution(
        "Ortiz criticized the council's decisions, including the ferry fares.",
        Expect::indirect(
            "the council's decisions, including the ferry fares",
            "speaker-said-that",
        )
        .speaker("Ortiz"),
    );
}

#[test]
fn progressive_cue_inside_an_asked_question_reports_nothing() {
    let a = extract(
        "Asked if Wexley was discussing a ferry strike with its unions, Calloway said, “We talk every week.”",
    );
    assert!(
        a.quotes
            .iter()
            .all(|q| q.content.text(a.text) != "a ferry strike with its unions"),
        "{}",
        describe(&a)
    );
}

#[test]
fn evidence_verb_takes_its_whole_subject() {
    assert_attribution(
        "Surveys of ferry riders taken as they boarded showed that most wanted a later last sailing.",
        Expect::indirect("that most wanted a later last sailing", "evidence-shows")
            .speaker("Surveys of ferry riders taken as they boarded")
            .mention("Surveys of ferry riders taken as they boarded"),
    );
}

#[test]
fn object_content_ends_before_a_subordinate_clause() {
    assert_attribution(
        "Ortiz praised the ferry crews when she visited the pier on Sunday.",
        Expect::indirect("the ferry crews", "speaker-said-that").speaker("Ortiz"),
    );
    assert_attribution(
        "Ortiz criticized the board for closing the pier while the ferry was running.",
        Expect::indirect(
            "the board for closing the pier while the ferry was running",
            "speaker-said-that",
        )
        .speaker("Ortiz"),
    );
}

#[test]
fn noun_phrase_before_calls_for_is_the_speaker() {
    assert_attribution(
        "The harbour proposal calls for a new pier at Wexley.",
        Expect::indirect("a new pier at Wexley", "noun-phrase-calls-for")
            .speaker("The harbour proposal")
            .mention("The harbour proposal")
            .cue("calls for"),
    );
}

#[test]
fn participle_after_polling_data_or_in_a_compound_is_no_frame() {
    let a = extract("Aides have been poring over polling data showing that the levy is ahead.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "np-gerund"),
        "{}",
        describe(&a)
    );
    let a = extract("The lawsuit concerned the Wexley talking points in July.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "np-gerund"),
        "{}",
        describe(&a)
    );
}

#[test]
fn progressive_cue_reads_no_speaker_after_on() {
    let a = extract("Two ferry firms on Harbour Road are arguing over who owns the slipway.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "speaker-is-saying"),
        "{}",
        describe(&a)
    );
}

#[test]
fn content_may_open_with_a_currency_amount() {
    assert_attribution(
        "The treasurer said $4 million had been spent on the pier.",
        Expect::indirect("$4 million had been spent on the pier", "speaker-said-that")
            .speaker("The treasurer")
            .role("treasurer")
            .cue("said"),
    );
}

#[test]
fn capitalised_may_and_will_end_names() {
    assert_attribution(
        "Prime Minister Theresa May said the talks would go on.",
        Expect::indirect("the talks would go on", "speaker-said-that")
            .speaker("Theresa May")
            .role("Prime Minister")
            .mention("Prime Minister Theresa May")
            .cue("said"),
    );
    assert_attribution(
        "“We will rebuild,” said Will Doyle.",
        Expect::direct("“We will rebuild,”", "quote-comma-said-speaker")
            .speaker("Will Doyle")
            .cue("said"),
    );
    // A surname alone: no modal takes an inflected verb ("May said").
    assert_attribution(
        "Talks went on all night.\n\nMay said the talks would go on.",
        Expect::indirect("the talks would go on", "speaker-said-that")
            .speaker("May")
            .cue("said"),
    );
    // In a title-case line "May" is still the modal.
    let a = extract("Ortiz May Not Have Said It, But She Meant It\n\nBody text.");
    assert!(
        a.quotes.iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| s.mention.text(a.text) != "Ortiz May")),
        "no speaker \"Ortiz May\"; quotes found:\n{}",
        describe(&a)
    );
    // The month before "that" is an adjunct of the cue.
    assert_attribution(
        "The council said in May that the pier would close.",
        Expect::indirect("that the pier would close", "speaker-said-that")
            .speaker("council")
            .cue("said"),
    );
}

#[test]
fn a_role_to_someone_is_one_subject() {
    assert_attribution(
        "An aide to the senator said the plan was dead.",
        Expect::indirect("the plan was dead", "speaker-said-that")
            .speaker("An aide to the senator")
            .role("aide")
            .cue("said"),
    );
}

#[test]
fn a_matrix_verb_passes_its_subject_to_the_cue() {
    assert_attribution(
        "During a speech on Monday, Ortiz attempted to blame the council for the delay.",
        Expect::indirect("the council for the delay", "speaker-said-that")
            .speaker("Ortiz")
            .cue("attempted to blame"),
    );
}

#[test]
fn quote_ending_in_nested_marks_keeps_its_comma() {
    // “…, 'Oh, this is big,' ": the comma sits inside the nested marks.
    assert_attribution(
        "\"They treat it like, 'Oh, this is big,' \" Dana Magel said at the rally.",
        Expect::direct(
            "\"They treat it like, 'Oh, this is big,' \"",
            "quote-comma-speaker-said",
        )
        .speaker("Dana Magel")
        .cue("said"),
    );
}

#[test]
fn aside_with_its_own_cue_before_said() {
    // The relative clause has a cue ("has not endorsed"); the frame's cue
    // is the one after the aside's closing comma.
    assert_attribution(
        "\"We will not stop,\" Lena Ortiz, who has not endorsed anyone, said in Boston.",
        Expect::direct("\"We will not stop,\"", "quote-comma-speaker-said")
            .speaker("Lena Ortiz")
            .cue("said"),
    );
}

#[test]
fn told_after_aside_keeps_the_speaker_not_the_addressee() {
    assert_attribution(
        "\"We will not stop,\" Lena Ortiz, who has not endorsed anyone, told reporters in Boston.",
        Expect::direct("\"We will not stop,\"", "quote-comma-speaker-said")
            .speaker("Lena Ortiz")
            .mention("Lena Ortiz")
            .cue("told"),
    );
}

#[test]
fn artifact_before_participle_is_part_of_the_cue() {
    // Guidelines: the creator of a statement is the source, not the statement.
    assert_attribution(
        "The governor issued a statement Tuesday saying, \"The plan is dead.\"",
        Expect::direct("\"The plan is dead.\"", "speaker-said-comma-quote")
            .speaker("The governor")
            .role("governor")
            .mention("The governor")
            .cue("saying"),
    );
}

#[test]
fn object_of_preposition_before_cue_is_no_speaker() {
    assert_attribution(
        "Another official speaking to the Daily Ledger said, \"The agents are busy.\"",
        Expect::direct("\"The agents are busy.\"", "speaker-said-comma-quote")
            .speaker("Another official")
            .role("Another official")
            .mention("Another official")
            .cue("said"),
    );
}

#[test]
fn sentence_initial_common_word_is_no_subject() {
    // "hours" in lowercase elsewhere and never "Hours" inside a sentence:
    // the capital is the sentence's, not a name's.
    assert_attribution(
        "The hours were long. Hours later, Dana Whitlock returned the favor, telling reporters the bridge was safe.",
        Expect::indirect("the bridge was safe", "gerund-same-speaker")
            .speaker("Dana Whitlock")
            .cue("telling"),
    );
    assert_attribution(
        "Minutes later, Dana Whitlock returned the favor, telling reporters the bridge was safe.",
        Expect::indirect("the bridge was safe", "gerund-same-speaker")
            .speaker("Dana Whitlock")
            .cue("telling"),
    );
}

#[test]
fn state_after_city_is_no_subject() {
    assert_attribution(
        "At a rally in Ames, Iowa, on Sunday, Dana Whitlock tried to expand on her remarks, saying the plan was sound.",
        Expect::indirect("the plan was sound", "gerund-same-speaker")
            .speaker("Dana Whitlock")
            .cue("saying"),
    );
}

#[test]
fn colon_intro_paragraph_after_an_opening_clause() {
    assert_attribution(
        "When the mill closed, Mayor Lena Ortiz released the following statement:\n\n“We mourn the loss of our mill.”",
        Expect::direct("“We mourn the loss of our mill.”", "colon-intro-paragraph")
            .speaker("Lena Ortiz")
            .role("Mayor"),
    );
}

#[test]
fn verb_outside_lexicon_with_closing_adjunct() {
    // "fumed" is no lexicon cue; a short time adjunct may end the sentence.
    assert_attribution(
        "\"The answer is no,\" Dana Whitlock fumed on Tuesday.",
        Expect::direct("\"The answer is no,\"", "quote-comma-speaker-said")
            .speaker("Dana Whitlock")
            .cue("fumed"),
    );
}

#[test]
fn question_then_lowercase_role_and_name() {
    // A question mark ends the quotation, but the sentence goes on with a
    // lowercase role before the name: the role belongs to the mention.
    assert_attribution(
        "\"Is it ready?\" baker Hollis Penrith asked.",
        Expect::direct("\"Is it ready?\"", "quote-comma-speaker-said")
            .speaker("Hollis Penrith")
            .role("baker")
            .mention("baker Hollis Penrith")
            .cue("asked"),
    );
}

#[test]
fn question_then_unnamed_speaker() {
    assert_attribution(
        "\"What if he took lessons?\" the 43-year-old asked in the video.",
        Expect::direct("\"What if he took lessons?\"", "quote-comma-speaker-said")
            .speaker("the 43-year-old")
            .mention("the 43-year-old")
            .cue("asked"),
    );
}

#[test]
fn name_particles_are_no_lowercase_role() {
    assert_attribution(
        "\"Fair winds,\" van der Waal said.",
        Expect::direct("\"Fair winds,\"", "quote-comma-speaker-said")
            .speaker("Waal")
            .cue("said"),
    );
}

#[test]
fn role_heads_a_noun_phrase_with_a_postmodifier() {
    assert_attribution(
        "A spokesman for the agency said the plan was dead.",
        Expect::indirect("the plan was dead", "speaker-said-that")
            .speaker("A spokesman for the agency")
            .role("spokesman")
            .mention("A spokesman for the agency"),
    );
    assert_attribution(
        "\"The plan is dead,\" a spokesman for the agency said.",
        Expect::direct("\"The plan is dead,\"", "quote-comma-speaker-said")
            .speaker("a spokesman for the agency")
            .role("spokesman")
            .mention("a spokesman for the agency"),
    );
}

#[test]
fn verbs_of_praise_and_blame_are_stance_cues() {
    assert_attribution(
        "Quist lambasted the harbour levy.",
        Expect::indirect("the harbour levy", "speaker-said-that")
            .speaker("Quist")
            .cue("lambasted"),
    );
    assert_attribution(
        "Varga applauded the new ferry timetable.",
        Expect::indirect("the new ferry timetable", "speaker-said-that")
            .speaker("Varga")
            .cue("applauded"),
    );
    assert_attribution(
        "Varga likened the toll to a tax on sailors.",
        Expect::indirect("the toll to a tax on sailors", "speaker-said-that")
            .speaker("Varga")
            .cue("likened"),
    );
    assert_attribution(
        "Reed ordered a recount of the harbour ballots.",
        Expect::indirect("a recount of the harbour ballots", "speaker-said-that")
            .speaker("Reed")
            .cue("ordered"),
    );
}

#[test]
fn phrasal_verbs_are_cues_with_their_words() {
    assert_attribution(
        "Varga lashed out at the harbour board.",
        Expect::indirect("the harbour board", "speaker-said-that")
            .speaker("Varga")
            .cue("lashed out at"),
    );
    assert_attribution(
        "Quist made it clear that the ferry would keep running.",
        Expect::indirect("that the ferry would keep running", "speaker-said-that")
            .speaker("Quist")
            .cue("made it clear"),
    );
    assert_attribution(
        "Reed balked at the new dock fees.",
        Expect::indirect("the new dock fees", "speaker-said-that")
            .speaker("Reed")
            .cue("balked at"),
    );
    // Without its words the verb narrates an action.
    let text = "Quist made a model of the ferry.";
    assert!(
        extract(text).quotes.is_empty(),
        "{}",
        describe(&extract(text))
    );
}

#[test]
fn position_verbs_only_with_scope_all() {
    let text = "Most dock workers supported Penrith in the ballot.";
    let cued = |a: &Analysis<'_>| {
        a.quotes
            .iter()
            .any(|q| q.cue.is_some_and(|c| c.text(text) == "supported"))
    };
    assert!(!cued(&extract(text)), "{}", describe(&extract(text)));
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "Penrith in the ballot");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.cue.map(|c| c.text(text)), Some("supported"));
}

#[test]
fn position_verbs_take_a_one_word_name_or_pronoun_in_scope_all() {
    let text = "The dock workers supported Penrith. Their wives backed her.";
    assert!(
        extract(text).quotes.is_empty(),
        "{}",
        describe(&extract(text))
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "Penrith");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("supported"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("The dock workers")
    );
    let q = quote_with(&all, "her");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("backed"));
}

#[test]
fn support_as_a_noun_is_no_position_cue() {
    let text = "Penrith also lacks support from the dock unions. Her strong support for the levy surprised Ames. The harbour board backed away from the plan. Do you support Penrith? Like the page.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert!(all.quotes.is_empty(), "{}", describe(&all));
}

#[test]
fn position_verbs_with_a_modal_or_tend_to_in_scope_all() {
    let text = "The party elders who can support the candidate of their choice are meeting on Friday. Ferry workers tended to support Penrith. Ames was asked whether she would support Quist.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "the candidate of their choice");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("can support"));
    let q = quote_with(&all, "Penrith");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("tended to support"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("Ferry workers")
    );
    // After "whether" no side is taken.
    assert!(
        all.quotes.iter().all(|q| q.content.text(text) != "Quist"),
        "{}",
        describe(&all)
    );
}

#[test]
fn position_object_ends_before_a_margin_or_the_main_verb() {
    let text = "Retired pilots favored Penrith 46 percent to 32 percent. Dock workers backed Ames by a wide margin. Last year two funds backing Mr. Quist paid for the posters.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "Penrith");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("favored"));
    let q = quote_with(&all, "Ames");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("backed"));
    let q = quote_with(&all, "Mr. Quist");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("backing"));
}

#[test]
fn sees_as_reports_the_object_and_its_complement_in_scope_all() {
    let text = "Harbour pilots see the new ferry as a threat to their jobs. Ortiz saw the gulls on the pier. The mayor dislikes Quist, but views Ames as a capable deputy.";
    assert!(
        extract(text).quotes.is_empty(),
        "{}",
        describe(&extract(text))
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "the new ferry as a threat to their jobs");
    assert_eq!(q.rule, "sees-as");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.cue.map(|c| c.text(text)), Some("see"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("Harbour pilots")
    );
    let q = quote_with(&all, "Ames as a capable deputy");
    assert_eq!(q.rule, "sees-as");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("views"));
    // "see" without "as" is perception.
    assert!(
        all.quotes
            .iter()
            .all(|q| q.cue.is_none_or(|c| c.text(text) != "saw")),
        "{}",
        describe(&all)
    );
}

#[test]
fn as_opening_a_clause_is_no_view() {
    let text = "Officials saw the harbour fill up as more than 200 boats arrived. Ortiz saw the pier as he left.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert!(
        all.quotes.iter().all(|q| q.rule != "sees-as"),
        "{}",
        describe(&all)
    );
}

#[test]
fn case_name_versus_does_not_end_the_content() {
    assert_attribution(
        "The judge said the ruling rests on Marsh v. Dorrance, the 1931 case.",
        Expect::indirect(
            "the ruling rests on Marsh v. Dorrance, the 1931 case",
            "speaker-said-that",
        )
        .speaker("The judge")
        .role("judge"),
    );
}

#[test]
fn maintain_reports_speech_only_with_a_clause() {
    assert_attribution(
        "Ms. Varga maintained that the count was fair.",
        Expect::indirect("that the count was fair", "speaker-said-that").speaker("Varga"),
    );
    for input in [
        "Ms. Varga maintains a wide lead over her rivals.",
        "The port maintained close ties with the northern towns.",
    ] {
        let a = extract(input);
        assert!(a.quotes.is_empty(), "{input}\n{}", describe(&a));
    }
}

#[test]
fn a_noun_called_a_name_is_no_speech() {
    for input in [
        "The money went to a consulting firm called Norbright Partners.",
        "A new group called Harbour Voices Matter will march on Sunday.",
    ] {
        let a = extract(input);
        assert!(a.quotes.is_empty(), "{input}\n{}", describe(&a));
    }
    assert_attribution(
        "Mayor Ilse Dunn called the plan a disaster.",
        Expect::indirect("the plan a disaster", "")
            .speaker("Ilse Dunn")
            .role("Mayor"),
    );
}

#[test]
fn comma_inside_a_nested_quote_before_the_closing_mark() {
    assert_attribution(
        "\"It is not just me saying, 'Vote for the pier,' \" Mayor Ilse Dunn told reporters.",
        Expect::direct(
            "\"It is not just me saying, 'Vote for the pier,' \"",
            "quote-comma-speaker-said",
        )
        .speaker("Ilse Dunn")
        .role("Mayor"),
    );
}

#[test]
fn time_adjunct_before_an_infinitive_is_the_cues() {
    assert_attribution(
        "Mayor Ilse Dunn vowed last month to rebuild the pier.",
        Expect::indirect("to rebuild the pier", "speaker-said-that")
            .speaker("Ilse Dunn")
            .role("Mayor"),
    );
}

#[test]
fn a_short_infinitive_is_content_not_an_adjunct() {
    assert_attribution(
        "Mayor Ilse Dunn vowed to rebuild the pier.",
        Expect::indirect("to rebuild the pier", "speaker-said-that")
            .speaker("Ilse Dunn")
            .role("Mayor"),
    );
    // "said to reporters": the "to" names the addressee.
    let a = extract("Mayor Ilse Dunn spoke to reporters in the hall.");
    assert!(a.quotes.is_empty(), "{}", describe(&a));
}

#[test]
fn noun_phrase_speaker_after_a_question_or_full_stop() {
    assert_attribution(
        "The vote was close. “Will she be the next harbour master?” a clerk in the hall wondered.",
        Expect::direct(
            "“Will she be the next harbour master?”",
            "quote-comma-speaker-said",
        )
        .speaker("a clerk in the hall")
        .mention("a clerk in the hall"),
    );
    // "the note says": "note" after a determiner is the subject, not the cue.
    assert_attribution(
        "Ms. Dunn keeps a note from Mr. Avery. “You will never win. Your pier is a wreck.” the note says.",
        Expect::direct(
            "“You will never win. Your pier is a wreck.”",
            "quote-comma-speaker-said",
        )
        .speaker("the note")
        .mention("the note")
        .cue("says"),
    );
    assert_attribution(
        "The levy passed. “Drivers should leave their cars at home,” opined the Harbour Gazette.",
        Expect::direct(
            "“Drivers should leave their cars at home,”",
            "quote-comma-said-speaker",
        )
        .speaker("Harbour Gazette")
        .cue("opined"),
    );
}

#[test]
fn statement_paragraph_speaker_read_back_from_the_verb() {
    assert_attribution(
        "Harbour master Ines Calloway issued the following statement:\n\n\
         “Our thoughts are with everyone the storm has hurt.”\n\nThe pier stays closed.",
        Expect::direct(
            "“Our thoughts are with everyone the storm has hurt.”",
            "colon-intro-paragraph",
        )
        .speaker("Ines Calloway"),
    );
}

#[test]
fn fronted_adjunct_before_the_speaker_is_no_content() {
    for input in [
        "The pier closed in May.\n\nIn a speech last July, the mayor declared:\n\nWe will rebuild.",
        "We will rebuild the pier. There, I said it.",
    ] {
        let a = extract(input);
        assert!(
            a.quotes
                .iter()
                .all(|q| q.rule != "content-comma-speaker-said"),
            "{input:?}\n{}",
            describe(&a)
        );
    }
    assert_attribution(
        "The pier closed in May.\n\nIn all, the harbour fund raised $5 million, the mayor said.",
        Expect::indirect(
            "In all, the harbour fund raised $5 million",
            "content-comma-speaker-said",
        )
        .speaker("the mayor")
        .role("mayor"),
    );
}

#[test]
fn relative_which_and_that_as_subject() {
    assert_attribution(
        "The council heard from the Harbour Trust, which argued that the pier needs repair.",
        Expect::indirect("that the pier needs repair", "speaker-said-that")
            .speaker("Harbour Trust")
            .mention("which")
            .cue("argued"),
    );
    assert_attribution(
        "Ferry fares rose after a review that suggested the service was losing money.",
        Expect::indirect("the service was losing money", "speaker-said-that")
            .speaker("that")
            .mention("that")
            .cue("suggested"),
    );
}

#[test]
fn that_after_a_verb_is_no_relative_subject() {
    let text = "Calloway argued that claims of waste were false.";
    let a = extract(text);
    assert!(
        a.quotes.iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| s.mention.text(text) != "that")),
        "{}",
        describe(&a)
    );
}

#[test]
fn plain_subjects_with_capitalised_determiners_and_possessors() {
    assert_attribution(
        "Each side said the other would be to blame for the delay.",
        Expect::indirect(
            "the other would be to blame for the delay",
            "speaker-said-that",
        )
        .speaker("Each side")
        .mention("Each side")
        .cue("said"),
    );
    assert_attribution(
        "Okafor's research suggests ferry riders are mostly commuters.",
        Expect::indirect("ferry riders are mostly commuters", "speaker-said-that")
            .speaker("Okafor's research")
            .mention("Okafor's research")
            .cue("suggests"),
    );
}

#[test]
fn plain_subjects_with_a_noun_in_ly_or_a_speech_noun_head() {
    assert_attribution(
        "Even the organizer of a harbour rally said the rules were unfair.",
        Expect::indirect("the rules were unfair", "speaker-said-that")
            .speaker("the organizer of a harbour rally")
            .mention("the organizer of a harbour rally")
            .cue("said"),
    );
    assert_attribution(
        "The state admitted it made a mistake with the ferry permits.",
        Expect::indirect(
            "it made a mistake with the ferry permits",
            "speaker-said-that",
        )
        .speaker("The state")
        .mention("The state")
        .cue("admitted"),
    );
    assert_attribution(
        "Advocates within the boating community say the fees are too high.",
        Expect::indirect("the fees are too high", "speaker-said-that")
            .speaker("Advocates within the boating community")
            .mention("Advocates within the boating community")
            .cue("say"),
    );
}

#[test]
fn indefinite_and_counted_subjects() {
    assert_attribution(
        "One survey puts the number at 2,400, while another says there are about 1,800.",
        Expect::indirect("there are about 1,800", "speaker-said-that")
            .speaker("another")
            .mention("another")
            .cue("says"),
    );
    assert_attribution(
        "The two admit that the timetable is tight.",
        Expect::indirect("that the timetable is tight", "speaker-said-that")
            .speaker("The two")
            .mention("The two")
            .cue("admit"),
    );
    assert_attribution(
        "When the plant closed, most of them said they had loved working there.",
        Expect::indirect("they had loved working there", "speaker-said-that")
            .speaker("most of them")
            .mention("most of them")
            .cue("said"),
    );
}

#[test]
fn then_after_a_comma_coordinates_a_second_verb() {
    assert_attribution(
        "Okafor offered the man a job on the ferry, then says he'll welcome advice from anyone.",
        Expect::indirect("he'll welcome advice from anyone", "coordinated-verb")
            .speaker("Okafor")
            .cue("then says"),
    );
}

#[test]
fn vowed_to_verb_is_the_content() {
    assert_attribution(
        "Okafor has vowed to cut ferry fares.",
        Expect::indirect("to cut ferry fares", "speaker-said-that")
            .speaker("Okafor")
            .cue("has vowed"),
    );
    assert_attribution(
        "The mayor pledged to support the nominee.",
        Expect::indirect("to support the nominee", "speaker-said-that")
            .speaker("The mayor")
            .role("mayor")
            .cue("pledged"),
    );
}

#[test]
fn fractions_spelled_counts_and_infinitive_modifiers_in_subjects() {
    assert_attribution(
        "Nearly a third say they have never taken the ferry.",
        Expect::indirect("they have never taken the ferry", "speaker-said-that")
            .speaker("Nearly a third")
            .mention("Nearly a third")
            .cue("say"),
    );
    assert_attribution(
        "Thirty-one percent of those surveyed say the fares are fair.",
        Expect::indirect("the fares are fair", "speaker-said-that")
            .speaker("Thirty-one percent of those surveyed")
            .mention("Thirty-one percent of those surveyed")
            .cue("say"),
    );
    assert_attribution(
        "Organizers of the push to close the pier said they are worried about safety.",
        Expect::indirect("they are worried about safety", "speaker-said-that")
            .speaker("Organizers of the push to close the pier")
            .mention("Organizers of the push to close the pier")
            .cue("said"),
    );
}

#[test]
fn s_form_after_a_determiner_and_noun_is_a_cue_before_a_group_word() {
    assert_attribution(
        "But the memo suggests Republicans have no plan for the pier.",
        Expect::indirect("Republicans have no plan for the pier", "speaker-said-that")
            .speaker("memo")
            .mention("the memo")
            .cue("suggests"),
    );
}

#[test]
fn coordinated_verb_takes_a_plain_noun_phrase_subject() {
    assert_attribution(
        "The brief order gave no reasons and said the ferry would stay docked.",
        Expect::indirect("the ferry would stay docked", "coordinated-verb")
            .speaker("The brief order")
            .mention("The brief order")
            .cue("said"),
    );
}

#[test]
fn plain_noun_phrase_before_said_comma_quote() {
    assert_attribution(
        "Another child responded, “That’s the ferry captain.”",
        Expect::direct("“That’s the ferry captain.”", "speaker-said-comma-quote")
            .speaker("Another child")
            .mention("Another child")
            .cue("responded"),
    );
}

#[test]
fn comparative_quantifiers_and_four_word_bare_plurals_in_subjects() {
    assert_attribution(
        "Indeed, proponents of more controls on fares say there is a direct link.",
        Expect::indirect("there is a direct link", "speaker-said-that")
            .speaker("proponents of more controls on fares")
            .mention("proponents of more controls on fares")
            .cue("say"),
    );
    assert_attribution(
        "Wexley Harbour Authority regulations suggest owners are responsible for repairs.",
        Expect::indirect("owners are responsible for repairs", "speaker-said-that")
            .speaker("Wexley Harbour Authority regulations")
            .mention("Wexley Harbour Authority regulations")
            .cue("suggest"),
    );
}

#[test]
fn apposition_ending_in_a_quoted_title() {
    assert_attribution(
        "Mara Quist, the editor in charge of ''Harbour Days,'' reminded her staff that the show is live.",
        Expect::indirect("that the show is live", "speaker-said-that")
            .speaker("Mara Quist")
            .role("editor")
            .mention("Mara Quist")
            .cue("reminded"),
    );
}

#[test]
fn possessive_noun_to_reports_the_infinitive() {
    assert_attribution(
        "Okafor said the pier was unsafe. He won the race on his promise to rebuild the pier.",
        Expect::indirect("to rebuild the pier", "possessive-noun-to")
            .speaker("Okafor")
            .mention("his")
            .cue("promise"),
    );
}

#[test]
fn reportedly_reports_its_clause_with_no_speaker() {
    let text = "The harbour board has reportedly hired a new ferry captain.";
    assert_attribution(
        text,
        Expect::indirect(
            "The harbour board has reportedly hired a new ferry captain",
            "reportedly",
        )
        .cue("reportedly"),
    );
    let a = extract(text);
    let q = quote_with(
        &a,
        "The harbour board has reportedly hired a new ferry captain",
    );
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(text)).collect();
    assert_eq!(
        parts,
        ["The harbour board has", "hired a new ferry captain"]
    );
}

#[test]
fn reportedly_inside_a_quotation_is_the_speakers_word() {
    let text = "“The captain has reportedly quit,” Mara Quist said.";
    let a = extract(text);
    assert!(
        a.quotes.iter().all(|q| q.rule != "reportedly"),
        "{}",
        describe(&a)
    );
}

#[test]
fn seems_and_is_expected_only_with_scope_all() {
    let text =
        "The new timetable seems to suit the early riders. The ferry is expected to sail at noon.";
    let default = extract(text);
    assert!(
        default
            .quotes
            .iter()
            .all(|q| !q.rule.starts_with("evidential")),
        "{}",
        describe(&default)
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "The new timetable seems to suit the early riders");
    assert_eq!(q.rule, "evidential-seem");
    assert!(q.speaker.is_none());
    assert_eq!(q.cue.map(|c| c.text(text)), Some("seems"));
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(text)).collect();
    assert_eq!(parts, ["The new timetable", "to suit the early riders"]);
    let q = quote_with(&all, "The ferry is expected to sail at noon");
    assert_eq!(q.rule, "evidential-expected");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("is expected"));
}

#[test]
fn appear_is_evidential_only_before_its_complement() {
    let text = "Mayor Penrith appeared on the evening news. Her deputy appeared unmoved by the vote. It seems, though, like the dock will close.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let rules: Vec<(&str, &str)> = all
        .quotes
        .iter()
        .filter(|q| q.rule == "evidential-seem")
        .map(|q| (q.content.text(text), q.cue.map_or("", |c| c.text(text))))
        .collect();
    assert_eq!(
        rules,
        [
            ("Her deputy appeared unmoved by the vote", "appeared"),
            ("like the dock will close", "seems"),
        ],
        "{}",
        describe(&all)
    );
}

#[test]
fn what_appears_to_be_is_no_claim() {
    let text = "Inspectors found what appears to be a crack in the hull.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert!(
        all.quotes.iter().all(|q| q.rule != "evidential-seem"),
        "{}",
        describe(&all)
    );
}

#[test]
fn a_poll_mid_sentence_reports_the_clause_before_it() {
    assert_attribution(
        "Ortiz trailed Penrith among young riders in a Wexley Courier poll despite the storm.",
        Expect::indirect("Ortiz trailed Penrith among young riders", "in-survey")
            .speaker("Wexley Courier poll")
            .mention("a Wexley Courier poll")
            .cue("in"),
    );
}

#[test]
fn a_poll_reports_the_clause_after_an_opening_phrase() {
    assert_attribution(
        "In the spring, Ortiz held a 12-point lead among young riders in a Wexley Courier poll.",
        Expect::indirect("Ortiz held a 12-point lead among young riders", "in-survey")
            .speaker("Wexley Courier poll")
            .mention("a Wexley Courier poll")
            .cue("in"),
    );
}

#[test]
fn a_raising_verbs_subject_opens_after_a_verb_of_saying() {
    let text = "Ortiz said the harbour pilots appear determined to strike, despite the offer.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = all
        .quotes
        .iter()
        .find(|q| q.rule == "evidential-seem")
        .unwrap_or_else(|| panic!("{}", describe(&all)));
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(text)).collect();
    assert_eq!(parts, ["the harbour pilots", "determined to strike"]);
}

#[test]
fn according_to_after_a_colon_reports_what_follows() {
    assert_attribution(
        "The slide has not gone unnoticed: according to recent polls, Ortiz holds only 14 percent of the vote.",
        Expect::indirect("Ortiz holds only 14 percent of the vote", "according-to")
            .speaker("recent polls")
            .cue("according to"),
    );
}

#[test]
fn a_reported_clause_ends_before_a_second_speaker_and_verb() {
    let text =
        "Most riders said the ferry was too slow, and one in four said the fares were unfair.";
    assert_attribution(
        text,
        Expect::indirect("the ferry was too slow", "speaker-said-that")
            .speaker("Most riders")
            .mention("Most riders")
            .cue("said"),
    );
    assert_attribution(
        text,
        Expect::indirect("the fares were unfair", "speaker-said-that")
            .speaker("one in four")
            .mention("one in four")
            .cue("said"),
    );
}

#[test]
fn a_coordinated_subject_stays_inside_the_reported_clause() {
    assert_attribution(
        "Ortiz said the mayor and the council agreed to close the pier.",
        Expect::indirect(
            "the mayor and the council agreed to close the pier",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .mention("Ortiz")
        .cue("said"),
    );
}

#[test]
fn a_reported_clause_ends_before_while_and_a_second_speaker() {
    let text = "Ortiz said the pier was safe while the harbour master said it should close.";
    assert_attribution(
        text,
        Expect::indirect("the pier was safe", "speaker-said-that")
            .speaker("Ortiz")
            .cue("said"),
    );
    assert_attribution(
        text,
        Expect::indirect("it should close", "speaker-said-that")
            .speaker("the harbour master")
            .mention("the harbour master")
            .cue("said"),
    );
}

// ---------------------------------------------------------------------------
// What is not an attribution
// ---------------------------------------------------------------------------

/// The quotes of `input` that claim a speaker or content (terms aside).
fn attributions(input: &str) -> Vec<String> {
    let a = extract(input);
    a.quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Term)
        .map(|q| describe_quote(input, q))
        .collect()
}

#[test]
fn a_time_adjunct_alone_is_no_content() {
    for (input, adjunct) in [
        (
            "Quist used a private account for ferry business, as the Wexley Courier reported late Thursday.",
            "late Thursday",
        ),
        (
            "Quist has backed the levy since 2019 — as the Calloway campaign noted this week — and he will vote for it.",
            "this week",
        ),
        (
            "The ferry board has not met since May, Ada Penn, a spokeswoman for the board, said on Saturday, and it has no plans to meet.",
            "on Saturday",
        ),
    ] {
        let a = extract(input);
        assert!(
            !a.quotes
                .iter()
                .any(|q| q.content.text(input).trim() == adjunct),
            "{input}\n{}",
            describe(&a)
        );
    }
}

#[test]
fn a_plural_noun_before_a_relative_that_is_no_cue() {
    for input in [
        "Wexley must defend the Harbor Board seats that are up for a vote this year.",
        "The mayor met the Harbor Union donors that would pay for the pier.",
    ] {
        let found = attributions(input);
        assert!(found.is_empty(), "{input}\n{}", found.join("\n"));
    }
}

#[test]
fn add_to_a_noun_phrase_is_no_speech() {
    for input in [
        "Calloway won the Wexley primary on Tuesday, adding to her lead over Quist in the north.",
        "Quist, who in 2019 added to his holdings by buying two ferries, sold one last week.",
    ] {
        let found = attributions(input);
        assert!(found.is_empty(), "{input}\n{}", found.join("\n"));
    }
}

#[test]
fn a_show_title_in_a_fronted_adjunct_is_no_content() {
    let input = "Sunday on Harbor News Channel’s “Morning Desk,” Mayor Calloway said the ferry levy would pass.";
    assert_attribution(
        input,
        Expect::indirect("the ferry levy would pass", "speaker-said-that")
            .speaker("Calloway")
            .role("Mayor")
            .cue("said"),
    );
    let a = extract(input);
    assert!(
        !a.quotes
            .iter()
            .any(|q| q.kind != QuoteKind::Term && q.content.text(input).contains("Morning Desk")),
        "{}",
        describe(&a)
    );
}

#[test]
fn a_title_case_quotation_without_a_frame_is_a_term() {
    for input in [
        "“The Harbor Lights of Old Wexley” star Ada Penn opened up about her years on the pier.",
        "The ferry crews wore “Make the Wexley Ferry Great Again” caps at the rally on Tuesday.",
    ] {
        let found = attributions(input);
        assert!(found.is_empty(), "{input}\n{}", found.join("\n"));
    }
}

#[test]
fn one_cue_reports_one_content() {
    // The headline frame and the subject-verb frame both read "Defends".
    let input = "Wexley Widow Ada Penn Defends Calloway Amid Harbor Controversies.\n\nAs the mayor faces a backlash over the pier, a widow is coming to her defense.";
    let a = extract(input);
    let defends: Vec<&Quote> = a
        .quotes
        .iter()
        .filter(|q| q.cue.is_some_and(|c| c.text(input) == "Defends"))
        .collect();
    assert_eq!(defends.len(), 1, "{}", describe(&a));
}

#[test]
fn only_the_outer_of_nested_attributions_is_reported() {
    // The council minutes report what Calloway told the board.
    for (input, outer) in [
        (
            "“We will keep the ferry running,” Calloway told the board, according to minutes released by the council.",
            "“We will keep the ferry running,” Calloway told the board",
        ),
        (
            "Calloway told the board that the ferry would keep running, according to minutes released by the council.",
            "Calloway told the board that the ferry would keep running",
        ),
    ] {
        let a = extract(input);
        let texts: Vec<&str> = a
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Term)
            .map(|q| q.content.text(input))
            .collect();
        assert_eq!(texts, [outer], "{}", describe(&a));
    }
    // A quotation inside a colon line's content is part of it.
    let input = "The panel met on Tuesday.\n\nAmes: Well, no one in Wexley is like, ‘My ferry ticket is a luxury.’ In a way, it is a need.";
    let found = attributions(input);
    assert_eq!(found.len(), 1, "{}", found.join("\n"));
}

#[test]
fn a_title_with_its_byline_is_a_term() {
    let input = "WEXLEY NEWS—“Harbor board votes to sell the old pier,” by Courier's Ada Penn: The board voted on Tuesday.";
    let found = attributions(input);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn advise_with_only_an_object_is_no_advice() {
    for input in [
        "Ada Penn, a pollster who advises the Wexley ferry board, spoke on Tuesday.",
        "Quist, who has advised Mayor Calloway on the pier sale, declined to comment.",
    ] {
        let a = extract(input);
        assert!(
            !a.quotes
                .iter()
                .any(|q| q.cue.is_some_and(|c| c.text(input).contains("advise"))),
            "{input}\n{}",
            describe(&a)
        );
    }
    assert_attribution(
        "Quist advised the mayor to sell the pier.",
        Expect::indirect("the mayor to sell the pier", "speaker-said-that")
            .speaker("Quist")
            .cue("advised"),
    );
}

#[test]
fn show_up_add_up_and_call_off_are_no_speech() {
    for input in [
        "The turnout rose.\n\nStill, it was well below the nearly 12,000 who showed up in 2012 for the contest between Calloway and Quist.\n\nCalloway won.",
        "The rules changed.\n\nIn recent months, several Wexley firms have called off projects with him because of his remarks, including the ferry operator.",
        "The speech drew notice. By morning, the campaign's efforts at damage control added up to a series of conflicting explanations and recriminations. The episode ended.",
    ] {
        let found = attributions(input);
        assert!(found.is_empty(), "{input}\n{}", found.join("\n"));
    }
}

#[test]
fn participle_between_two_quotes_of_one_speaker() {
    // The narrative between the two parts of one direct quote is nobody's
    // content: the participle in it reports its own clause.
    assert_attribution(
        "“We will open the pier,” Ortiz said, referring to the harbour plan. “It is ready for the summer.”",
        Expect::indirect("the harbour plan", "gerund-same-speaker")
            .speaker("Ortiz")
            .cue("referring to"),
    );
}

#[test]
fn dash_opens_a_participle_clause() {
    assert_attribution(
        "Mayor Lena Ortiz dismissed the complaints — saying the ferry had never been late.",
        Expect::indirect("the ferry had never been late", "gerund-same-speaker")
            .speaker("Lena Ortiz")
            .role("Mayor")
            .mention("Mayor Lena Ortiz")
            .cue("saying"),
    );
}

#[test]
fn aside_between_subject_and_cue() {
    assert_attribution(
        "Harbour pilots across the region, including ours, warned that the new levy was too high.",
        Expect::indirect("that the new levy was too high", "aside-subject-said")
            .speaker("Harbour pilots across the region")
            .mention("Harbour pilots across the region")
            .cue("warned"),
    );
    assert_attribution(
        "Feld — who ran the ferry office for nine years — states that the levy was never collected.",
        Expect::indirect("that the levy was never collected", "aside-subject-said")
            .speaker("Feld")
            .cue("states"),
    );
}

#[test]
fn aside_with_hyphens_or_a_relative_clause() {
    // A spaced hyphen pairs like a dash; a relative aside may hold a cue of
    // its own.
    assert_attribution(
        "Harbour pilots across the region - including ours - warned that the new levy was too high.",
        Expect::indirect("that the new levy was too high", "aside-subject-said")
            .speaker("Harbour pilots across the region")
            .cue("warned"),
    );
    assert_attribution(
        "Harbour pilots across the region, who said the fee was unfair, warned that the new levy was too high.",
        Expect::indirect("that the new levy was too high", "aside-subject-said")
            .speaker("Harbour pilots across the region")
            .cue("warned"),
    );
}

#[test]
fn aside_subject_needs_a_clause_subject_and_content() {
    // A clause before the comma is no subject; a cue with nothing after it
    // reports nothing.
    let a = extract("Taxes rise, the mayor, a Democrat, said.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "aside-subject-said"),
        "{}",
        describe(&a)
    );
    let a = extract("The levy was high, Ortiz, the pilot, argued in May.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "aside-subject-said"),
        "{}",
        describe(&a)
    );
}

#[test]
fn object_ends_before_a_speech_participle_adjunct() {
    // The participle after "by" is a cue of its own: the first object ends
    // before it.
    let text = "Ortiz defended the levy by citing a survey of harbour pilots.";
    assert_attribution(
        text,
        Expect::indirect("the levy", "speaker-said-that")
            .speaker("Ortiz")
            .cue("defended"),
    );
    assert_attribution(
        text,
        Expect::indirect("a survey of harbour pilots", "preposition-gerund")
            .speaker("Ortiz")
            .cue("citing"),
    );
}

#[test]
fn a_relative_clause_after_a_short_verbless_head_does_not_end_the_content() {
    // "that the flag" has no verb yet: the relative interrupts the clause,
    // which goes on after its comma.
    assert_attribution(
        "Reed demanded that the club flag, which bears an old crest, be taken down.",
        Expect::indirect(
            "that the club flag, which bears an old crest, be taken down",
            "speaker-said-that",
        )
        .speaker("Reed")
        .cue("demanded"),
    );
    // An object noun phrase, then the rest of the verb phrase.
    assert_attribution(
        "Ortiz accused the panel, which the mayor picked, of bias.",
        Expect::indirect(
            "the panel, which the mayor picked, of bias",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .cue("accused"),
    );
}

#[test]
fn a_coordinated_speech_verb_before_its_comma_ends_the_content() {
    assert_attribution(
        "Reed called on the mayor to resign and said, \"The pier is a disgrace.\"",
        Expect::indirect("the mayor to resign", "speaker-said-that")
            .speaker("Reed")
            .cue("called on"),
    );
}

#[test]
fn a_time_adjunct_after_a_short_object_is_the_cues() {
    assert_attribution(
        "Reed endorsed Ortiz in early June.",
        Expect::indirect("Ortiz", "speaker-said-that")
            .speaker("Reed")
            .cue("endorsed"),
    );
    assert_attribution(
        "Reed rejected the harbour plan on Thursday.",
        Expect::indirect("the harbour plan", "speaker-said-that")
            .speaker("Reed")
            .cue("rejected"),
    );
    // A longer object with a preposition keeps its adjunct.
    assert_attribution(
        "Reed criticized the mayor for closing the pier last week.",
        Expect::indirect(
            "the mayor for closing the pier last week",
            "speaker-said-that",
        )
        .speaker("Reed")
        .cue("criticized"),
    );
}

#[test]
fn an_apposition_inside_an_object_does_not_end_it() {
    assert_attribution(
        "Reed accused Ortiz, the harbour master, of hiding the repair bills.",
        Expect::indirect(
            "Ortiz, the harbour master, of hiding the repair bills",
            "speaker-said-that",
        )
        .speaker("Reed")
        .cue("accused"),
    );
}

#[test]
fn a_coordinated_irregular_past_ends_an_object_content() {
    assert_attribution(
        "Reed praised the harbour plan and took the stage with Ortiz.",
        Expect::indirect("the harbour plan", "speaker-said-that")
            .speaker("Reed")
            .cue("praised"),
    );
}

#[test]
fn a_coordinated_prepositional_phrase_stays_in_the_content() {
    assert_attribution(
        "Reed criticized Ortiz for closing the pier, and for raising the harbour fees.",
        Expect::indirect(
            "Ortiz for closing the pier, and for raising the harbour fees",
            "speaker-said-that",
        )
        .speaker("Reed")
        .cue("criticized"),
    );
}

#[test]
fn a_coordinated_speech_verb_before_a_quotation_ends_a_reported_clause() {
    assert_attribution(
        "Reed said he welcomed the inquiry and added, \"I will cooperate fully.\"",
        Expect::indirect("he welcomed the inquiry", "speaker-said-that")
            .speaker("Reed")
            .cue("said"),
    );
}

#[test]
fn a_past_verb_after_an_objects_comma_is_the_speakers_next_act() {
    assert_attribution(
        "Reed praised his wife, recited her policy ideas, and ripped into the council a bit.",
        Expect::indirect("his wife", "speaker-said-that")
            .speaker("Reed")
            .cue("praised"),
    );
}

#[test]
fn a_coordinated_verb_object_ends_like_any_object() {
    assert_attribution(
        "Ortiz spoke at the dock and criticized the plan after the vote.",
        Expect::indirect("the plan", "coordinated-verb")
            .speaker("Ortiz")
            .cue("criticized"),
    );
}

#[test]
fn a_quotation_after_a_coordinated_speech_verb_has_the_clause_subject() {
    assert_attribution(
        "The mayor opened the bridge on Monday and added, “It is a great day for the city.”",
        Expect::direct(
            "“It is a great day for the city.”",
            "coordinated-said-comma-quote",
        )
        .speaker("The mayor")
        .role("mayor")
        .cue("added"),
    );
    assert_attribution(
        "Ortiz waved to the crowd but warned: “We are not done yet.”",
        Expect::direct("“We are not done yet.”", "coordinated-said-colon-quote")
            .speaker("Ortiz")
            .cue("warned"),
    );
}

#[test]
fn possessive_noun_of_reports_the_object() {
    assert_attribution(
        "The ferry vote is on Tuesday. Mayor Okafor's sharp criticism of the harbour levy surprised the board.",
        Expect::indirect("the harbour levy", "possessive-noun-of")
            .speaker("Okafor")
            .role("Mayor")
            .cue("sharp criticism of"),
    );
}

#[test]
fn possessive_noun_of_takes_the_subject_of_a_possessive_pronoun() {
    assert_attribution(
        "Councillor Wexley has stepped up her attacks on the ferry company.",
        Expect::indirect("the ferry company", "possessive-noun-of")
            .speaker("Wexley")
            .role("Councillor")
            .cue("has stepped up her attacks on"),
    );
}

#[test]
fn possessive_noun_that_reports_the_clause() {
    assert_attribution(
        "Few believed Captain Okafor's insistence that the pier was safe.",
        Expect::indirect("that the pier was safe", "possessive-noun-that")
            .speaker("Okafor")
            .role("Captain")
            .cue("insistence"),
    );
}

#[test]
fn noun_colon_quote_after_a_headline_dash() {
    // No frame reads "HEADLINE - NAME: “…”"; the noun phrase that ends at
    // the colon is the source.
    assert_attribution(
        "COUNTY POLLS OPEN EARLY - Mara Lindqvist and Tom Fields: “The numbers will move a lot before the vote.”",
        Expect::direct(
            "“The numbers will move a lot before the vote.”",
            "noun-colon-quote",
        )
        .speaker("Mara Lindqvist and Tom Fields")
        .cue(":"),
    );
}

#[test]
fn noun_colon_quote_more_from_a_report() {
    assert_attribution(
        "Nobody expected the result. Here is more from the harbour report: “Most berths stood empty in May.”",
        Expect::direct("“Most berths stood empty in May.”", "noun-colon-quote")
            .speaker("harbour report")
            .mention("the harbour report"),
    );
}

#[test]
fn quote_comma_speaker_and_unknown_verb() {
    // "shot back" is no lexicon cue: the noun phrase right after the
    // quotation's comma, followed by a lowercase word, is the speaker.
    assert_attribution(
        "“Let him finish his answer before you start,” Jansen shot back.",
        Expect::direct(
            "“Let him finish his answer before you start,”",
            "quote-comma-speaker-verb",
        )
        .speaker("Jansen")
        .cue("shot"),
    );
}

#[test]
fn sentence_subject_may_be_a_thing() {
    // An ad, a report or a group quoted mid-sentence is its own source.
    assert_attribution(
        "The new harbour ad targets a “reckless and costly plan that will empty the reserves of the town.”",
        Expect::direct(
            "“reckless and costly plan that will empty the reserves of the town.”",
            "sentence-subject",
        )
        .speaker("new harbour ad")
        .mention("The new harbour ad"),
    );
}

#[test]
fn sentence_first_mention_after_an_opening_conjunction() {
    // No subject is read after "As"/"But"; the first noun phrase before the
    // quotation in its sentence is the guess.
    assert_attribution(
        "As the Harbour Singers sang back in the 1980s, “They will turn us all into salt before the tide.”",
        Expect::direct(
            "“They will turn us all into salt before the tide.”",
            "sentence-first-mention",
        )
        .speaker("Harbour Singers")
        .mention("the Harbour Singers"),
    );
    assert_attribution(
        "But Mayor Lena Ortiz wanted to know, “Who will pay for the new pier after the storm?”",
        // The subject reader skips the opening "But" (sentence-subject
        // takes the sentence before the first-mention frame is tried).
        Expect::direct(
            "“Who will pay for the new pier after the storm?”",
            "sentence-subject",
        )
        .speaker("Lena Ortiz")
        .role("Mayor"),
    );
}

#[test]
fn relative_that_after_a_released_artifact_has_the_releaser() {
    // "that" stands for the statement; the annotated source is whoever
    // issued it, the subject right before the verb.
    assert_attribution(
        "Hours later, Mayor Lena Ortiz issued a statement that urged residents to stay calm.",
        Expect::indirect("residents to stay calm", "speaker-said-that")
            .speaker("Lena Ortiz")
            .role("Mayor")
            .mention("Mayor Lena Ortiz"),
    );
}

#[test]
fn a_second_speech_act_after_though_ends_the_first_content() {
    let text = "The mayor said the bridge would reopen in May, though officials have warned that repairs could take longer.";
    assert_attribution(
        text,
        Expect::indirect("the bridge would reopen in May", "speaker-said-that")
            .speaker("The mayor")
            .role("mayor")
            .cue("said"),
    );
    assert_attribution(
        text,
        Expect::indirect("that repairs could take longer", "speaker-said-that")
            .speaker("officials")
            .cue("have warned"),
    );
}

#[test]
fn a_second_speech_act_after_but_and_an_adjunct_ends_the_first_content() {
    let text =
        "Ortiz said he would oppose the plan, but late on Friday he announced he would back it.";
    assert_attribution(
        text,
        Expect::indirect("he would oppose the plan", "speaker-said-that")
            .speaker("Ortiz")
            .cue("said"),
    );
    assert_attribution(
        text,
        Expect::indirect("he would back it", "speaker-said-that")
            .speaker("Ortiz")
            .mention("he")
            .cue("announced"),
    );
}

#[test]
fn a_second_speech_act_after_an_aside_leaves_the_head_alone() {
    let text = "The ferry was insured for $5 million in 2010, records show, and shipping analysts say it is now worth half that.";
    assert_attribution(
        text,
        Expect::indirect(
            "The ferry was insured for $5 million in 2010",
            "parenthetical-said",
        )
        .speaker("records")
        .cue("show"),
    );
    assert_attribution(
        text,
        Expect::indirect("it is now worth half that", "speaker-said-that")
            .speaker("shipping analysts")
            .cue("say"),
    );
}

#[test]
fn a_clause_after_but_without_a_speech_verb_stays_in_the_content() {
    assert_attribution(
        "Ortiz said the port would close, but union leaders were never consulted.",
        Expect::indirect(
            "the port would close, but union leaders were never consulted",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
}

#[test]
fn a_second_speech_act_after_a_bare_and_ends_the_first_content() {
    let text = "Ames said the port would close for a week and others have said it never will.";
    assert_attribution(
        text,
        Expect::indirect("the port would close for a week", "speaker-said-that")
            .speaker("Ames")
            .cue("said"),
    );
    assert_attribution(
        text,
        Expect::indirect("it never will", "speaker-said-that")
            .speaker("others")
            .cue("have said"),
    );
    assert_attribution(
        "The governor said the new tax would fund schools and Ortiz said it would not.",
        Expect::indirect("the new tax would fund schools", "speaker-said-that")
            .speaker("The governor")
            .role("governor")
            .cue("said"),
    );
}

#[test]
fn two_names_joined_by_and_are_one_subject_inside_the_content() {
    assert_attribution(
        "The report said the deficit will grow because Congress and President Ames agreed to extend the cuts.",
        Expect::indirect(
            "the deficit will grow because Congress and President Ames agreed to extend the cuts",
            "speaker-said-that",
        )
        .speaker("report")
        .cue("said"),
    );
}

#[test]
fn a_second_speech_act_after_a_bare_but_ends_the_first_content() {
    let text = "Ortiz said the count was fair but Ames said it was rigged.";
    assert_attribution(
        text,
        Expect::indirect("the count was fair", "speaker-said-that")
            .speaker("Ortiz")
            .cue("said"),
    );
    assert_attribution(
        text,
        Expect::indirect("it was rigged", "speaker-said-that")
            .speaker("Ames")
            .cue("said"),
    );
}

#[test]
fn a_second_speech_act_with_a_longer_subject_after_a_bare_but() {
    let text = "Ortiz said the ferry was safe but State inspectors have said it needs repairs.";
    assert_attribution(
        text,
        Expect::indirect("the ferry was safe", "speaker-said-that")
            .speaker("Ortiz")
            .cue("said"),
    );
    assert_attribution(
        text,
        Expect::indirect("it needs repairs", "speaker-said-that")
            .speaker("State inspectors")
            .cue("have said"),
    );
}

#[test]
fn a_pronoun_and_a_name_are_one_subject_inside_the_content() {
    assert_attribution(
        "Ortiz said the council met on Monday and that she and Ames argued for the plan.",
        Expect::indirect(
            "the council met on Monday and that she and Ames argued for the plan",
            "speaker-said-that",
        )
        .speaker("Ortiz")
        .cue("said"),
    );
}

// ---------------------------------------------------------------------------
// Relative pronouns as speakers: the antecedent names them
// ---------------------------------------------------------------------------

fn speaker_of<'a>(a: &'a Analysis<'_>, content: &str) -> Option<&'a str> {
    quote_with(a, content)
        .speaker
        .as_ref()
        .map(|s| s.name.as_str())
}

#[test]
fn relative_without_comma_is_named_by_the_group_before_it() {
    let a = extract("The ferry fares angered business leaders who say the new levy is unfair.");
    assert_eq!(
        speaker_of(&a, "the new levy is unfair"),
        Some("business leaders"),
        "{}",
        describe(&a)
    );
}

#[test]
fn relative_after_a_role_in_apposition_is_the_name() {
    let input = "Ilka Brandvold said the levy was fair. She criticised Dana Whitlock, \
                 the transport minister, who said the port would close. \
                 She said the ferry would run.";
    let a = extract(input);
    assert_eq!(
        speaker_of(&a, "the port would close"),
        Some("Dana Whitlock"),
        "{}",
        describe(&a)
    );
    // The antecedent of an aside is not the next "she".
    assert_eq!(
        speaker_of(&a, "the ferry would run"),
        Some("Ilka Brandvold"),
        "{}",
        describe(&a)
    );
}

#[test]
fn relative_after_a_prepositional_phrase_is_left_unnamed() {
    let a =
        extract("The mayor met a professor at Ellsworth College who said the bridge was unsafe.");
    assert_eq!(
        speaker_of(&a, "the bridge was unsafe"),
        Some("who"),
        "{}",
        describe(&a)
    );
}

#[test]
fn an_auxiliary_after_and_or_but_ends_an_object() {
    assert_attribution(
        "Reed praised Ortiz and has been a loyal ally of her harbour plan.",
        Expect::indirect("Ortiz", "speaker-said-that")
            .speaker("Reed")
            .cue("praised"),
    );
    assert_attribution(
        "Reed criticized the harbour plan but is not opposing the budget.",
        Expect::indirect("the harbour plan", "speaker-said-that")
            .speaker("Reed")
            .cue("criticized"),
    );
}

#[test]
fn a_refusal_after_but_ends_the_reported_clause() {
    assert_attribution(
        "Ames said the ferry would sail on Monday but would not say who would pilot it.",
        Expect::indirect("the ferry would sail on Monday", "speaker-said-that")
            .speaker("Ames")
            .cue("said"),
    );
    assert_attribution(
        "The port authority confirmed that the pier would close but declined to give a date.",
        Expect::indirect("that the pier would close", "speaker-said-that")
            .speaker("The port authority")
            .cue("confirmed"),
    );
    // Inside a conditional clause the "but" goes on.
    assert_attribution(
        "Ames said the ferry could sail if the wind drops but would not sail in a storm.",
        Expect::indirect(
            "the ferry could sail if the wind drops but would not sail in a storm",
            "speaker-said-that",
        )
        .speaker("Ames")
        .cue("said"),
    );
}

#[test]
fn a_relative_aside_ends_before_a_negated_or_quoted_main_verb() {
    assert_attribution(
        "Reed, who brags he has rebuilt every pier in Wexley, doesn't pretend the harbour is safe.",
        Expect::indirect("he has rebuilt every pier in Wexley", "speaker-said-that")
            .speaker("Reed")
            .cue("brags"),
    );
    assert_attribution(
        "Ortiz, who estimates that the repairs were “in the millions,” described the pier as unsafe.",
        Expect::new(
            "that the repairs were “in the millions,”",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("Ortiz")
        .cue("estimates"),
    );
}

#[test]
fn an_adverb_before_a_subordinator_leaves_the_object_with_it() {
    assert_attribution(
        "Reed praised the harbour plan even before the council voted.",
        Expect::indirect("the harbour plan", "speaker-said-that")
            .speaker("Reed")
            .cue("praised"),
    );
    assert_attribution(
        "Reed criticized the ferry plan shortly after the vote.",
        Expect::indirect("the ferry plan", "speaker-said-that")
            .speaker("Reed")
            .cue("criticized"),
    );
}

#[test]
fn an_according_to_aside_with_a_modified_source_or_a_number_after_it() {
    let input = "One of the plans they have made, according to a person close to the board, is to close the pier.";
    assert_attribution(
        input,
        Expect::indirect(
            "One of the plans they have made, according to a person close to the board, is to close the pier",
            "according-to-aside",
        )
        .speaker("a person")
        .role("person")
        .cue("according to"),
    );
    let input = "The port receives, according to one report, 234 million dollars in harbour fees.";
    assert_attribution(
        input,
        Expect::indirect(
            "The port receives, according to one report, 234 million dollars in harbour fees",
            "according-to-aside",
        )
        .speaker("one report")
        .cue("according to"),
    );
}

#[test]
fn a_fronted_participle_of_saying_has_the_main_clause_subject() {
    assert_attribution(
        "Noting that the ferry had sailed late twice, Ortiz asked the board for a new timetable.",
        Expect::indirect("that the ferry had sailed late twice", "fronted-gerund")
            .speaker("Ortiz")
            .cue("Noting"),
    );
}

#[test]
fn a_fronted_participle_after_a_preposition_has_the_main_clause_subject() {
    assert_attribution(
        "While insisting that the pier was safe, the harbour master closed it for a week.",
        Expect::indirect("that the pier was safe", "fronted-gerund")
            .speaker("the harbour master")
            .mention("the harbour master")
            .cue("insisting"),
    );
}

#[test]
fn content_comma_as_speaker_said() {
    assert_attribution(
        "The ferry ran late on most days last winter, as the Wexley Gazette reported on Friday.",
        Expect::indirect(
            "The ferry ran late on most days last winter",
            "content-comma-as-said",
        )
        .speaker("Wexley Gazette")
        .mention("the Wexley Gazette")
        .cue("reported"),
    );
}

#[test]
fn content_comma_plain_noun_phrase_said() {
    assert_attribution(
        "The new timetable will cost more than it saves, current and former harbour pilots said.",
        Expect::indirect(
            "The new timetable will cost more than it saves",
            "content-comma-np-said",
        )
        .speaker("current and former harbour pilots")
        .mention("current and former harbour pilots")
        .cue("said"),
    );
}

#[test]
fn content_comma_speaker_said_before_a_semicolon() {
    assert_attribution(
        "Ferries need two crews to run at night, the harbour master says; in 2019 one crew sufficed.",
        Expect::indirect(
            "Ferries need two crews to run at night",
            "content-comma-speaker-said",
        )
        .speaker("the harbour master")
        .mention("the harbour master")
        .cue("says"),
    );
}

#[test]
fn a_long_subject_after_although_before_that() {
    assert_attribution(
        "The pier stayed open, although two reviews ordered by the town suggested that the deck was rotten.",
        Expect::indirect("that the deck was rotten", "long-subject-said")
            .speaker("two reviews ordered by the town")
            .mention("two reviews ordered by the town")
            .cue("suggested"),
    );
}

#[test]
fn a_participle_after_a_clause_opened_by_then_has_its_subject() {
    assert_attribution(
        "Then she closed the pier, saying that the deck was rotten.",
        Expect::indirect("that the deck was rotten", "gerund-same-speaker")
            .speaker("she")
            .mention("she")
            .cue("saying"),
    );
}

#[test]
fn a_participle_after_a_clause_opened_by_and_even_has_its_subject() {
    assert_attribution(
        "And even the mayor closed the pier, saying that the deck was rotten.",
        Expect::indirect("that the deck was rotten", "gerund-same-speaker")
            .speaker("the mayor")
            .role("mayor")
            .mention("the mayor")
            .cue("saying"),
    );
}

#[test]
fn a_participle_after_a_dateline_has_the_subject_after_it() {
    assert_attribution(
        "Wexley (AP) – Mayor Ann Ortiz has closed the pier, saying that the deck was rotten.",
        Expect::indirect("that the deck was rotten", "gerund-same-speaker")
            .speaker("Ann Ortiz")
            .role("Mayor")
            .mention("Mayor Ann Ortiz")
            .cue("saying"),
    );
}

#[test]
fn a_fronted_participle_after_since_has_the_main_clause_subject() {
    assert_attribution(
        "Since announcing in May that the pier would close, Ortiz has kept quiet.",
        Expect::indirect("that the pier would close", "fronted-gerund")
            .speaker("Ortiz")
            .cue("Since announcing"),
    );
}

#[test]
fn an_aside_subject_after_even_may_start_in_lowercase() {
    assert_attribution(
        "Even the town's oldest pilots, like Ortiz and Ames, say the channel is too shallow.",
        Expect::indirect("the channel is too shallow", "aside-subject-said")
            .speaker("town's oldest pilots")
            .mention("the town's oldest pilots")
            .cue("say"),
    );
}

#[test]
fn an_aside_with_a_relative_after_its_head_may_hold_a_cue() {
    assert_attribution(
        "The clerk, a registered voter who spoke on condition of anonymity, said the count was wrong.",
        Expect::indirect("the count was wrong", "aside-subject-said")
            .speaker("The clerk")
            .mention("The clerk")
            .cue("said"),
    );
}

#[test]
fn a_participle_after_a_clause_opened_by_a_time_adjunct_has_its_subject() {
    assert_attribution(
        "On Tuesday the mayor closed the pier, saying that the deck was rotten.",
        Expect::indirect("that the deck was rotten", "gerund-same-speaker")
            .speaker("the mayor")
            .role("mayor")
            .mention("the mayor")
            .cue("saying"),
    );
}

#[test]
fn a_share_subject_may_end_with_a_noun_that_is_also_a_verb() {
    assert_attribution(
        "At least half of voters in each state say the new ferry fares are fair.",
        Expect::indirect("the new ferry fares are fair", "speaker-said-that")
            .speaker("At least half of voters in each state")
            .mention("At least half of voters in each state")
            .cue("say"),
    );
}

#[test]
fn a_spelled_out_share_in_fourths_is_a_subject() {
    assert_attribution(
        "Most pilots use the channel, and three-fourths say it is too shallow.",
        Expect::indirect("it is too shallow", "speaker-said-that")
            .speaker("three-fourths")
            .mention("three-fourths")
            .cue("say"),
    );
}

#[test]
fn a_long_subject_starts_after_a_coordinating_comma() {
    assert_attribution(
        "The pier reopened on Monday, and nearly every skipper on the northern quays of the harbour says it is safe.",
        Expect::indirect("it is safe", "long-subject-said")
            .speaker("nearly every skipper on the northern quays of the harbour")
            .mention("nearly every skipper on the northern quays of the harbour")
            .cue("says"),
    );
}

#[test]
fn speaker_plural_possessor_before_group() {
    // "Ortiz’ campaign", "Dobbins' lawyers": the possessor ending in "s"
    // with a bare apostrophe belongs to the mention.
    assert_attribution(
        "Hollings’ campaign said that the rally in Marlow would go ahead.",
        Expect::indirect(
            "that the rally in Marlow would go ahead",
            "speaker-said-that",
        )
        .speaker("Hollings’ campaign")
        .mention("Hollings’ campaign"),
    );
}

#[test]
fn speaker_through_a_medium_phrase() {
    // "Ortiz in an interview with the Gazette said": the addressee of the
    // medium phrase is no speaker; the subject before it is.
    assert_attribution(
        "Calloway in an interview with the Wexley Gazette said that the ferry would resume in May.",
        Expect::indirect("that the ferry would resume in May", "speaker-said-that")
            .speaker("Calloway")
            .mention("Calloway"),
    );
    assert_attribution(
        "The mayor on Tuesday in a letter to the council warned that the pier was unsafe.",
        Expect::indirect("that the pier was unsafe", "speaker-said-that")
            .speaker("The mayor")
            .role("mayor")
            .mention("The mayor"),
    );
}

#[test]
fn speaker_with_a_by_agent() {
    // "records filed by the board revealed": the subject runs through the
    // agent; the agent alone is no speaker.
    assert_attribution(
        "The pier looked sound, although records filed by the harbour board revealed that its piles had rotted.",
        Expect::indirect("that its piles had rotted", "speaker-said-that")
            .speaker("records filed by the harbour board")
            .mention("records filed by the harbour board"),
    );
    assert_attribution(
        "A study by the Marlow Institute found that ferry fares had doubled.",
        Expect::indirect("that ferry fares had doubled", "speaker-said-that")
            .speaker("A study by the Marlow Institute")
            .mention("A study by the Marlow Institute"),
    );
}

#[test]
fn speaker_with_a_show_title_in_the_apposition() {
    // "Joe Doe, host of WXTV’s “Morning Desk,” suggested that …": the title
    // closes the apposition with its comma inside the mark; the name
    // before it is the speaker, and the title is no quote.
    assert_attribution(
        "Dana Reyes, host of WXTV’s “Harbour Hour,” suggested that the ferry race was over.",
        Expect::indirect("that the ferry race was over", "speaker-said-that")
            .speaker("Dana Reyes")
            .mention("Dana Reyes"),
    );
    let a = extract(
        "Dana Reyes, host of WXTV’s “Harbour Hour,” suggested that the ferry race was over.",
    );
    let title = quote_with(&a, "“Harbour Hour,”");
    assert!(title.speaker.is_none(), "{}", describe(&a));
}

#[test]
fn according_to_a_document_by_its_author() {
    // "according to an analysis by the institute": the document runs
    // through its author, whom annotators often mark as the source.
    assert_attribution(
        "Ferry fares rose 60 percent a year, according to a recent report from the Marlow Energy Institute.",
        Expect::indirect("Ferry fares rose 60 percent a year", "according-to")
            .speaker("recent report from the Marlow Energy Institute")
            .mention("a recent report from the Marlow Energy Institute"),
    );
}

#[test]
fn speaker_with_a_by_agent_after_a_prepositional_phrase() {
    // "A letter from the board obtained by the Gazette warns": the
    // subject is the letter, not the paper that obtained it.
    assert_attribution(
        "A two-page letter from the harbour board obtained by the Wexley Gazette warns that any further delay will be costly.",
        Expect::indirect("that any further delay will be costly", "speaker-said-that")
            .speaker("A two-page letter from the harbour board obtained by the Wexley Gazette")
            .mention("A two-page letter from the harbour board obtained by the Wexley Gazette"),
    );
}

#[test]
fn a_stance_noun_and_its_preposition_join_the_cue() {
    assert_attribution(
        "Varga raised new questions about the harbour levy.",
        Expect::indirect("the harbour levy", "speaker-said-that")
            .speaker("Varga")
            .cue("raised new questions about"),
    );
    assert_attribution(
        "Quist expressed concern about the ferry timetable.",
        Expect::indirect("the ferry timetable", "speaker-said-that")
            .speaker("Quist")
            .cue("expressed concern about"),
    );
    assert_attribution(
        "Reed voiced doubts that the pier would open in May.",
        Expect::indirect("that the pier would open in May", "speaker-said-that")
            .speaker("Reed")
            .cue("voiced doubts"),
    );
}

#[test]
fn a_cue_with_its_preposition_takes_a_one_word_name() {
    assert_attribution(
        "Instead, Varga repeatedly talked about Quist.",
        Expect::indirect("Quist", "speaker-said-that")
            .speaker("Varga")
            .cue("repeatedly talked about"),
    );
}

#[test]
fn a_particle_after_an_adverb_or_addressee_joins_the_cue() {
    assert_attribution(
        "Varga spoke at length about the harbour levy.",
        Expect::indirect("the harbour levy", "speaker-said-that")
            .speaker("Varga")
            .cue("spoke at length about"),
    );
    assert_attribution(
        "Quist talked to Harbour Radio about the ferry timetable.",
        Expect::indirect("the ferry timetable", "speaker-said-that")
            .speaker("Quist")
            .cue("talked to Harbour Radio about"),
    );
}

#[test]
fn an_adjective_of_stance_after_its_verb_is_a_cue() {
    assert_attribution(
        "Varga has long been critical of the harbour levy.",
        Expect::indirect("the harbour levy", "speaker-said-that")
            .speaker("Varga")
            .cue("has long been critical of"),
    );
}

#[test]
fn an_infinitive_cue_with_its_particle_takes_a_noun_phrase() {
    assert_attribution(
        "Varga used her speech to call for the resignation of the harbour master.",
        Expect::indirect("the resignation of the harbour master", "infinitive-said")
            .speaker("Varga")
            .cue("call for"),
    );
}

#[test]
fn both_between_a_coordinated_subject_and_its_verb() {
    assert_attribution(
        "Varga and Quist both denounced the harbour levy.",
        Expect::indirect("the harbour levy", "speaker-said-that")
            .speaker("Varga and Quist")
            .cue("both denounced"),
    );
}

#[test]
fn focused_on_is_a_cue_with_its_preposition() {
    assert_attribution(
        "In her speech Varga focused on the harbour levy.",
        Expect::indirect("the harbour levy", "speaker-said-that")
            .speaker("Varga")
            .cue("focused on"),
    );
}

#[test]
fn content_comma_speaker_said_before_a_participle() {
    // "…, the Post reported, citing a source": the participle after the
    // cue's comma is a clause of its own, not what was reported; the
    // content is the clause before the speaker.
    assert_attribution(
        "Sales at the kiosk were brisk all week, the vendor said, wiping his brow.",
        Expect::indirect(
            "Sales at the kiosk were brisk all week",
            "content-comma-speaker-said",
        )
        .speaker("the vendor")
        .mention("the vendor")
        .cue("said"),
    );
    // "…, she said, adding that …": the participle's own cue reports the
    // that-clause, with the same speaker.
    let text = "The bridge will reopen next week, the council said, adding that repairs cost more than planned.";
    assert_attribution(
        text,
        Expect::indirect(
            "The bridge will reopen next week",
            "content-comma-speaker-said",
        )
        .speaker("council")
        .cue("said"),
    );
    assert_attribution(
        text,
        Expect::indirect("that repairs cost more than planned", "gerund-same-speaker")
            .speaker("council")
            .cue("adding"),
    );
}

#[test]
fn one_word_lead_before_a_closing_quote() {
    // `Voters “think …,” he said`: the one word before the quotation opens
    // the quoted clause and belongs to the content (mixed) …
    assert_attribution(
        "Commuters “know the ferry will be late again,” Ada Brook said.",
        Expect::new(
            "Commuters “know the ferry will be late again,”",
            QuoteKind::Mixed,
            "content-comma-speaker-said",
        )
        .speaker("Ada Brook"),
    );
    // … but a participle is no part of it.
    assert_attribution(
        "Citing “a shortage of crews,” the ferry company said it would cut sailings.",
        Expect::direct("“a shortage of crews,”", "quote-comma-speaker-said")
            .speaker("ferry company")
            .cue("said"),
    );
}

#[test]
fn coordinated_said_comma_quote_after_a_name_in_ing() {
    // "Ebeling … but said, “…”": a one-word name in -ing (or -ed) opens
    // the clause as any name does when the document capitalises it in
    // mid-sentence; only a participle ("Weighing in …") is no subject.
    assert_attribution(
        "The fair was run by Ebeling. Ebeling thanked the volunteers but said, “We need twice as many next year.”",
        Expect::direct(
            "“We need twice as many next year.”",
            "coordinated-said-comma-quote",
        )
        .speaker("Ebeling"),
    );
}

#[test]
fn as_reported_by_source_comma_content() {
    // "As reported by S, CONTENT": the agent of the participle after a
    // sentence-opening "As" is the source of the clause after the comma.
    assert_attribution(
        "As reported by the Wexley Gazette, the harbour board knew of the leak for a year.",
        Expect::indirect(
            "the harbour board knew of the leak for a year",
            "as-reported-by",
        )
        .speaker("Wexley Gazette")
        .cue("reported"),
    );
    // An adverb before the participle and a time adjunct after the source.
    assert_attribution(
        "As first noted by Ada Brook on Tuesday, the ferry fares will double in June.",
        Expect::indirect("the ferry fares will double in June", "as-reported-by")
            .speaker("Ada Brook"),
    );
}

#[test]
fn speaker_said_that_across_a_long_embedded_relative() {
    // A relative clause of up to 20 words set off by commas inside the
    // reported clause: the clause goes on after it with its verb.
    assert_attribution(
        "Ada Brook said that the ferry company, which has run the crossing since the war and still owns both of the old piers, was deep in debt.",
        Expect::indirect(
            "that the ferry company, which has run the crossing since the war and still owns both of the old piers, was deep in debt",
            "speaker-said-that",
        )
        .speaker("Ada Brook"),
    );
}

#[test]
fn long_subject_said_after_a_sentence_opening_but() {
    // "But X and Y say …": the capital of the opening connector stands for
    // the subject's, which then starts in lower case.
    assert_attribution(
        "But harbour pilots and ordinary ferry crews say they have yet to see the new radios.",
        Expect::indirect("they have yet to see the new radios", "long-subject-said")
            .speaker("harbour pilots and ordinary ferry crews"),
    );
}

#[test]
fn quote_inside_an_asked_question_is_no_speech() {
    // "Asked whether X “…,” S said no": the quotation belongs to the
    // question put to the speaker; the cue after it reports the answer.
    let text = "Asked whether the pier “is safe enough for children,” 70 percent of residents said no, while 20 percent said yes.";
    assert_attribution(
        text,
        Expect::indirect("no", "speaker-said-that").speaker("70 percent of residents"),
    );
    let a = extract(text);
    let q = quote_with(&a, "“is safe enough for children,”");
    assert!(q.speaker.is_none(), "{}", describe(&a));
}

#[test]
fn said_then_pronoun_with_a_verb_is_no_inverted_speaker() {
    // "Holm, who calls the plan a “swindle,” said he doubts …": the
    // pronoun after the cue opens the reported clause; the quotation ends
    // the relative aside, not a quotation framed by "said he".
    assert_attribution(
        "Holm, who calls the plan a “swindle,” said he doubts the council will ever vote on it.",
        Expect::indirect(
            "he doubts the council will ever vote on it",
            "speaker-said-that",
        )
        .speaker("Holm")
        .mention("Holm"),
    );
}

#[test]
fn content_comma_speaker_told_addressee_then_adjunct() {
    // "…, he told the court in his filing.": the addressee of "told"
    // stands before the closing adjunct of the comma frame.
    assert_attribution(
        "The town was only doing what other towns already do, he told the court in his filing.",
        Expect::indirect(
            "The town was only doing what other towns already do",
            "content-comma-speaker-said",
        )
        .speaker("he")
        .cue("told"),
    );
}

#[test]
fn content_comma_speaker_said_with_an_outlet_noun_before_the_name() {
    // "…, the news site Harbour Today reported.": a kind of outlet before
    // its name is no object-relative head ("a point Holm conceded").
    assert_attribution(
        "The mill will close in May, the news site Harbour Today reported.",
        Expect::indirect("The mill will close in May", "content-comma-np-said")
            .speaker("news site Harbour Today")
            .mention("the news site Harbour Today"),
    );
}

#[test]
fn decide_intend_and_realize_are_cognition_cues_in_scope_all() {
    let text = "The dock workers decided to strike on Monday. Penrith intends to stay on the council. Ames realized the vote was lost.";
    assert!(
        extract(text).quotes.is_empty(),
        "{}",
        describe(&extract(text))
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "to strike on Monday");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("decided"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("The dock workers")
    );
    let q = quote_with(&all, "to stay on the council");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("intends"));
    let q = quote_with(&all, "the vote was lost");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("realized"));
}

#[test]
fn attitudes_under_a_modal_or_negation_stand_in_scope_all() {
    let text =
        "The dock workers will hope to win the ballot. Ortiz did not expect to win the seat.";
    assert!(
        extract(text).quotes.is_empty(),
        "{}",
        describe(&extract(text))
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "to win the ballot");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.cue.map(|c| c.text(text)), Some("will hope"));
    let q = quote_with(&all, "to win the seat");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.cue.map(|c| c.text(text)), Some("did not expect"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("Ortiz")
    );
}

#[test]
fn passive_verbs_of_regarding_report_a_view_with_no_speaker_in_scope_all() {
    let text = "The harbour board is widely seen as an obstacle to the ferry plan. The ferry was considered by the council in June.";
    assert!(
        extract(text).quotes.is_empty(),
        "{}",
        describe(&extract(text))
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert_eq!(all.quotes.len(), 1, "{}", describe(&all));
    let q = &all.quotes[0];
    assert_eq!(q.rule, "passive-seen-as");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.cue.map(|c| c.text(text)), Some("is widely seen"));
    assert!(q.speaker.is_none());
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(text)).collect();
    assert_eq!(
        parts,
        ["The harbour board", "as an obstacle to the ferry plan"]
    );
}

#[test]
fn seems_with_a_predicate_adjective_or_a_bare_clause_in_scope_all() {
    let text = "Penrith seemed irritated. The ferry appears weak against the tide. Ortiz appeared on the radio. It seems the harbour board has lost its nerve.";
    assert!(
        extract(text).quotes.is_empty(),
        "{}",
        describe(&extract(text))
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert_eq!(all.quotes.len(), 3, "{}", describe(&all));
    let q = quote_with(&all, "Penrith seemed irritated");
    assert_eq!(q.rule, "evidential-seem");
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(text)).collect();
    assert_eq!(parts, ["Penrith", "irritated"]);
    let q = quote_with(&all, "The ferry appears weak against the tide");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("appears"));
    let q = quote_with(&all, "the harbour board has lost its nerve");
    assert_eq!(q.rule, "evidential-seem");
    assert!(q.speaker.is_none());
}

#[test]
fn a_raising_verb_after_a_relative_pronoun_is_left_in_scope_all() {
    let text = "The crew posted a notice that appeared to blame the harbour board. Dock workers who seemed tired went home early.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert!(
        all.quotes.iter().all(|q| q.rule != "evidential-seem"),
        "{}",
        describe(&all)
    );
}

#[test]
fn a_raising_verbs_subject_drops_the_complementizer_and_ends_at_a_colon() {
    let text =
        "The inspectors found that the ferry appears to need a new hull: the old one is cracked.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = all
        .quotes
        .iter()
        .find(|q| q.rule == "evidential-seem")
        .unwrap_or_else(|| panic!("{}", describe(&all)));
    let parts: Vec<&str> = q.parts.iter().map(|p| p.text(text)).collect();
    assert_eq!(parts, ["the ferry", "to need a new hull"]);
    // Opening its sentence, "that" is a demonstrative and stays.
    let text = "Ortiz proposed a toll. But that idea seems to worry the riders.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "that idea seems to worry the riders");
    assert_eq!(q.rule, "evidential-seem");
}

#[test]
fn a_cognition_word_used_as_a_noun_reports_nothing_in_scope_all() {
    let text = "Ortiz's ferry plan would cost the harbour board dearly. The toll planned for spring was dropped. The riders clung to the vain hope that the fares would fall. Any lingering doubts vanished.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert!(
        all.quotes.iter().all(|q| q
            .cue
            .is_none_or(|c| !["plan", "planned", "hope", "doubts"].contains(&c.text(text)))),
        "{}",
        describe(&all)
    );
    // The verbs still report.
    let text = "Ortiz plans to raise the toll. The riders hope that the fares will fall. Those who fear a strike stayed home.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert_eq!(
        quote_with(&all, "to raise the toll")
            .cue
            .map(|c| c.text(text)),
        Some("plans")
    );
    assert_eq!(
        quote_with(&all, "that the fares will fall")
            .cue
            .map(|c| c.text(text)),
        Some("hope")
    );
    assert!(
        all.quotes
            .iter()
            .any(|q| q.cue.is_some_and(|c| c.text(text) == "fear")),
        "{}",
        describe(&all)
    );
}

#[test]
fn a_parenthetical_belief_reports_nothing_in_scope_all() {
    let text = "The new toll, they believe, will empty the ferries.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert!(
        all.quotes
            .iter()
            .all(|q| q.cue.is_none_or(|c| c.text(text) != "believe")),
        "{}",
        describe(&all)
    );
    // A verb of saying in the same place still reports.
    let text = "The new toll, they said, will empty the ferries.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    assert!(
        all.quotes.iter().any(|q| q.rule == "parenthetical-said"),
        "{}",
        describe(&all)
    );
}

#[test]
fn a_raising_verbs_subject_opens_after_a_clause_conjunction() {
    let text = "The count went late, and Ortiz seemed tired. The ferry ran and it appeared to list. Penrith and Ortiz seem to agree.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let subjects: Vec<&str> = all
        .quotes
        .iter()
        .filter(|q| q.rule == "evidential-seem")
        .filter_map(|q| q.parts.first().map(|p| p.text(text)))
        .collect();
    assert_eq!(
        subjects,
        ["Ortiz", "it", "Penrith and Ortiz"],
        "{}",
        describe(&all)
    );
}

#[test]
fn a_poll_reports_its_respondents_answers_as_one_clause() {
    let input = "In a Wexley Courier poll released Sunday, 38 percent of riders said the ferry should run later.";
    assert_attribution(
        input,
        Expect::indirect(
            "38 percent of riders said the ferry should run later",
            "in-survey",
        )
        .speaker("Wexley Courier poll released Sunday")
        .mention("a Wexley Courier poll released Sunday")
        .cue("In"),
    );
    // The respondents' answer inside it is the poll's, not a second one.
    let a = extract(input);
    assert_eq!(a.quotes.len(), 1, "{}", describe(&a));
    // A count read as a cue ("at 25 percent support") does not hide it.
    assert_attribution(
        "Ortiz was at 25 percent support in the latest Wexley Courier poll.",
        Expect::indirect("Ortiz was at 25 percent support", "in-survey")
            .speaker("latest Wexley Courier poll")
            .mention("the latest Wexley Courier poll")
            .cue("in"),
    );
    // A named speaker's own clause keeps the sentence from the poll.
    let a = extract("In a Courier poll of riders, Ortiz found that most wanted a later ferry.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "in-survey"),
        "{}",
        describe(&a)
    );
}

#[test]
fn in_the_poll_at_the_start_of_a_sentence_reports_the_clause() {
    assert_attribution(
        "In the poll, support for the later ferry has risen over the past two weeks.",
        Expect::indirect(
            "support for the later ferry has risen over the past two weeks",
            "in-survey",
        )
        .speaker("poll")
        .mention("the poll")
        .cue("In"),
    );
}

#[test]
fn a_polls_participle_aside_belongs_to_its_phrase() {
    assert_attribution(
        "In the new Courier poll, conducted March 11-13, 40 percent of riders back the later ferry.",
        Expect::indirect("40 percent of riders back the later ferry", "in-survey")
            .speaker("new Courier poll, conducted March 11-13")
            .mention("the new Courier poll, conducted March 11-13")
            .cue("In"),
    );
}

#[test]
fn an_evidence_noun_phrase_after_a_comma_is_the_source() {
    assert_attribution(
        "Riders in the valley take 40 trips a month on average, a study by the Harbour Transit Council found.",
        Expect::indirect(
            "Riders in the valley take 40 trips a month on average",
            "evidence-shows",
        )
        .speaker("study by the Harbour Transit Council")
        .mention("a study by the Harbour Transit Council")
        .cue("found"),
    );
}

#[test]
fn a_poll_that_puts_a_candidate_somewhere_is_the_source() {
    assert_attribution(
        "Wednesday's Courier poll has Ortiz leading Reyes by six points.",
        Expect::indirect("Ortiz leading Reyes by six points", "poll-puts")
            .speaker("Wednesday's Courier poll")
            .mention("Wednesday's Courier poll")
            .cue("has"),
    );
    assert_attribution(
        "The harbour tracking poll puts her approval at 49 percent.",
        Expect::indirect("her approval at 49 percent", "poll-puts")
            .speaker("harbour tracking poll")
            .mention("The harbour tracking poll")
            .cue("puts"),
    );
    // What the poll itself has is no standing.
    let a = extract("The Courier poll has a margin of error of three points.");
    assert!(
        a.quotes.iter().all(|q| q.rule != "poll-puts"),
        "{}",
        describe(&a)
    );
}

#[test]
fn a_short_head_and_colon_stay_outside_a_polls_clause() {
    assert_attribution(
        "The result: Riders in the valley take 40 trips a month, a study by the Harbour Transit Council found.",
        Expect::indirect(
            "Riders in the valley take 40 trips a month",
            "evidence-shows",
        )
        .speaker("study by the Harbour Transit Council")
        .mention("a study by the Harbour Transit Council")
        .cue("found"),
    );
    assert_attribution(
        "He needs one: He is running fifth among young riders in the latest Wexley Courier poll.",
        Expect::indirect("He is running fifth among young riders", "in-survey")
            .speaker("latest Wexley Courier poll")
            .mention("the latest Wexley Courier poll")
            .cue("in"),
    );
}

#[test]
fn a_negated_belief_is_an_attitude_not_a_refusal_in_scope_all() {
    let text = "Ferry workers don't think the pier can be saved. Ortiz did not believe that the board would pay. The harbour board isn’t going to say anything.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "the pier can be saved");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("don't think"));
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("Ferry workers")
    );
    let q = quote_with(&all, "that the board would pay");
    assert_eq!(q.kind, QuoteKind::Indirect);
    // Speech under the same negation stays a refusal or goes unreported.
    assert!(
        extract(text)
            .quotes
            .iter()
            .all(|q| q.kind != QuoteKind::Indirect),
        "{}",
        describe(&extract(text))
    );
}

#[test]
fn known_as_names_a_view_with_no_speaker_in_scope_all() {
    let text = "Penrith was known locally as the Ferryman. Ortiz won most of the contests known as the spring primaries. The group, also known as the Harbour Front, met on Monday. She is best known for her work on the pier and is celebrated for it. The board has known for years that the pier was unsafe.";
    assert!(
        extract(text).quotes.iter().all(|q| q.rule != "known-as"),
        "{}",
        describe(&extract(text))
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let parts = |content: &str| -> Vec<&str> {
        let q = quote_with(&all, content);
        assert_eq!(q.rule, "known-as");
        assert!(q.speaker.is_none());
        q.parts.iter().map(|p| p.text(text)).collect()
    };
    assert_eq!(
        parts("Penrith was known locally as the Ferryman"),
        ["Penrith", "the Ferryman"]
    );
    assert_eq!(
        parts("the contests known as the spring primaries"),
        ["the contests", "the spring primaries"]
    );
    assert_eq!(parts("the Harbour Front"), ["the Harbour Front"]);
    assert_eq!(
        parts("She is best known for her work on the pier"),
        ["She", "her work on the pier"]
    );
    // "known for years" is a span of time.
    assert_eq!(
        all.quotes.iter().filter(|q| q.rule == "known-as").count(),
        4,
        "{}",
        describe(&all)
    );
}

#[test]
fn a_poll_after_a_side_taken_reports_the_clause_in_both_scopes() {
    let text = "About six in 10 riders supported the toll in a survey by the Courier, and the union backed it too.";
    for scope in [Scope::Speech, Scope::All] {
        let a = Extractor::new(Options { scope }).extract(text);
        let q = quote_with(&a, "About six in 10 riders supported the toll");
        assert_eq!(q.rule, "in-survey", "{scope:?}");
    }
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "it too");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("backed"));
}

#[test]
fn a_view_under_a_modal_or_a_reputation_with_no_object_is_no_attribution() {
    let text = "The toll could be seen as a tax on the island. The pier is seen as a lifeline. It had the calm she is known for - whether at a rally or at home.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let rules: Vec<&str> = all.quotes.iter().map(|q| q.rule).collect();
    assert_eq!(rules, ["passive-seen-as"], "{}", describe(&all));
    assert_eq!(
        all.quotes[0].content.text(text),
        "The pier is seen as a lifeline"
    );
}

#[test]
fn wondering_whether_is_an_attitude_in_scope_all_only() {
    let text = "Ortiz wondered whether the ferry would run. Some riders are wondering why the toll went up.";
    assert!(
        extract(text).quotes.is_empty(),
        "{}",
        describe(&extract(text))
    );
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "whether the ferry would run");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("Ortiz")
    );
    let q = quote_with(&all, "why the toll went up");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("are wondering"));
}

#[test]
fn a_cognition_verb_after_an_of_phrase_subject_is_a_verb_in_scope_all() {
    let text =
        "Residents of the town hope this is just a rough patch. The vain hope of the riders faded.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "this is just a rough patch");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("Residents of the town")
    );
    assert_eq!(all.quotes.len(), 1, "{}", describe(&all));
}

#[test]
fn a_relative_clauses_attitude_ends_at_the_main_verb_in_scope_all() {
    let text = "A donor who wants to give more could shell out twice as much. Riders who think the toll will fall are hopeful.";
    let all = Extractor::new(Options { scope: Scope::All }).extract(text);
    let q = quote_with(&all, "to give more");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("wants"));
    // The auxiliary of the content's own clause ("will") is no main verb.
    assert!(
        all.quotes
            .iter()
            .any(|q| q.content.text(text).starts_with("the toll will fall")),
        "{}",
        describe(&all)
    );
}

#[test]
fn a_lone_both_at_the_sentence_start_is_the_subject() {
    // "Both" opens the clause: the subject, not an adverb of the cue.
    assert_attribution(
        "The two pilots met on Monday. Both say the ferry schedule will change.",
        Expect::indirect("the ferry schedule will change", "speaker-said-that")
            .speaker("Both")
            .mention("Both")
            .cue("say"),
    );
}

#[test]
fn a_lone_both_after_and_is_the_subject() {
    assert_attribution(
        "The pilots disagree on much, and both say the ferry schedule will change.",
        Expect::indirect("the ferry schedule will change", "speaker-said-that")
            .speaker("both")
            .mention("both")
            .cue("say"),
    );
}

#[test]
fn neither_opens_a_subject_noun_phrase() {
    assert_attribution(
        "Neither side says the harbour tax will pass.",
        Expect::indirect("the harbour tax will pass", "speaker-said-that")
            .speaker("Neither side")
            .mention("Neither side")
            .cue("says"),
    );
}

#[test]
fn a_quantifier_with_a_prepositional_phrase_is_the_subject() {
    assert_attribution(
        "Many in the fishing villages say the harbour tax will pass.",
        Expect::indirect("the harbour tax will pass", "speaker-said-that")
            .speaker("Many in the fishing villages")
            .mention("Many in the fishing villages")
            .cue("say"),
    );
}

#[test]
fn a_present_speech_verb_with_its_own_that_clause_ends_the_first_content() {
    let text = "The pilots say that the toll will fail and warn that riders will leave.";
    let a = extract(text);
    quote_with(&a, "that the toll will fail");
    let q = quote_with(&a, "that riders will leave");
    assert_eq!(q.cue.map(|c| c.text(text)), Some("warn"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("The pilots")
    );
}

#[test]
fn not_only_x_but_y_is_one_content() {
    assert_attribution(
        "Tram news.\n\nWhitlock said the toll would hurt not only the ferry riders, but the harbour shops as well.",
        Expect::indirect(
            "the toll would hurt not only the ferry riders, but the harbour shops as well",
            "speaker-said-that",
        )
        .speaker("Whitlock")
        .cue("said"),
    );
}

#[test]
fn but_also_goes_on_with_the_content() {
    assert_attribution(
        "Tram news.\n\nWhitlock said the tram plan was too costly, but also too slow for the harbour.",
        Expect::indirect(
            "the tram plan was too costly, but also too slow for the harbour",
            "speaker-said-that",
        )
        .speaker("Whitlock")
        .cue("said"),
    );
}

#[test]
fn but_only_after_is_the_speakers_adjunct() {
    assert_attribution(
        "Tram news.\n\nWhitlock said the tram plan was sound, but only after a long delay did she sign it.",
        Expect::indirect("the tram plan was sound", "speaker-said-that")
            .speaker("Whitlock")
            .cue("said"),
    );
}

#[test]
fn as_has_x_is_the_writers_comparison() {
    assert_attribution(
        "Tram news.\n\nWhitlock said she would not back the toll, as have most of the harbour council.",
        Expect::indirect("she would not back the toll", "speaker-said-that")
            .speaker("Whitlock")
            .cue("said"),
    );
}

#[test]
fn a_dash_before_and_that_goes_on_with_the_content() {
    assert_attribution(
        "Tram news.\n\nWhitlock said the tram plan might work -- and that the harbour council would pay for it.",
        Expect::indirect(
            "the tram plan might work -- and that the harbour council would pay for it",
            "speaker-said-that",
        )
        .speaker("Whitlock")
        .cue("said"),
    );
}

#[test]
fn a_dash_before_including_goes_on_with_the_content() {
    assert_attribution(
        "Tram news.\n\nWhitlock said the toll would hurt many riders -- including the harbour workers.",
        Expect::indirect(
            "the toll would hurt many riders -- including the harbour workers",
            "speaker-said-that",
        )
        .speaker("Whitlock")
        .cue("said"),
    );
}

#[test]
fn an_adverb_opening_the_sentence_is_no_speaker() {
    assert_attribution(
        "Back in 1999, Mr. Jones expressed admiration for the mayor, telling a reporter: \"I wish I could be like that.\"",
        Expect::direct(
            "\"I wish I could be like that.\"",
            "speaker-said-colon-quote",
        )
        .mention("Mr. Jones")
        .speaker("Jones"),
    );
    assert_attribution(
        "Likewise, a report from the Garrow Institute had this to say about the plan: \"Families at the top would gain the most.\"",
        Expect::new(
            "about the plan: \"Families at the top would gain the most.\"",
            QuoteKind::Mixed,
            "mixed-in-reported-clause",
        )
        .speaker("report")
        .mention("a report"),
    );
}

#[test]
fn the_empty_it_of_appear_is_no_speaker() {
    assert_attribution(
        "In this case, it appears that the mayor had helped bring on the inquiry.",
        Expect::indirect(
            "that the mayor had helped bring on the inquiry",
            "speaker-said-that",
        )
        .cue("appears"),
    );
}

#[test]
fn the_creator_of_an_artifact_put_out_is_the_speaker() {
    assert_attribution(
        "His office put out a statement saying the town could not vet every new arrival.",
        Expect::indirect("the town could not vet every new arrival", "np-gerund")
            .speaker("His office")
            .mention("His office"),
    );
}

#[test]
fn a_verb_coordinated_inside_a_when_clause_has_that_clause_s_subject() {
    assert_attribution(
        "Governor Dole started the row when he brought up the bombing and later said, \"It is not only them.\"",
        Expect::direct("\"It is not only them.\"", "coordinated-said-comma-quote")
            .speaker("he")
            .mention("he"),
    );
    assert_attribution(
        "The crowd cheered when Senator Hale spotted a sign and asked for it to be brought to the stage.",
        Expect::indirect("it to be brought to the stage", "coordinated-verb")
            .speaker("Hale")
            .role("Senator")
            .mention("Senator Hale"),
    );
}

#[test]
fn a_participle_after_a_second_main_clause_has_its_subject() {
    assert_attribution(
        "Over the past two weeks, prosecutors charged the officer and Mayor Alvarez fired his police chief, acknowledging that the city has lost trust in the force.",
        Expect::indirect(
            "that the city has lost trust in the force",
            "gerund-same-speaker",
        )
        .speaker("Alvarez")
        .role("Mayor")
        .mention("Mayor Alvarez"),
    );
    assert_attribution(
        "Mr. Ortiz likes to surprise his audience, as he did last year by announcing the closure of the mill.",
        Expect::indirect("the closure of the mill", "preposition-gerund")
            .speaker("he")
            .mention("he"),
    );
}

#[test]
fn a_participle_after_name_said_has_that_speaker() {
    let text = "Ryan and Ortiz will meet sometime next week, Spicer said, adding, \"They need to sit down and have a good talk.\"";
    let a = extract(text);
    // Found by its cue: the content's edges are the mixed frames' business.
    let q = a
        .quotes
        .iter()
        .find(|q| q.cue.map(|c| c.text(text)) == Some("adding"))
        .unwrap_or_else(|| panic!("no quote with the cue \"adding\":\n{}", describe(&a)));
    assert!(q.content.text(text).contains("They need to sit down"));
    assert_eq!(
        q.speaker.as_ref().map(|s| s.mention.text(text)),
        Some("Spicer")
    );
}

#[test]
fn named_quote_after_a_titling_participle() {
    // A quoted name given by a participle: a quotation without a speaker.
    assert_attribution(
        "Tram news.\n\nThe council published a report, titled “Bridges for Everyone,” on Monday.",
        Expect::direct("“Bridges for Everyone,”", "named-quote").cue("titled"),
    );
}

#[test]
fn named_quote_after_a_passive_naming_verb_opens_with_its_subject() {
    assert_attribution(
        "Tram news.\n\nThe eastern district was long called the “forgotten corner” in the town hall.",
        Expect::new(
            "The eastern district was long called the “forgotten corner”",
            QuoteKind::Mixed,
            "named-quote",
        )
        .cue("was long called"),
    );
}

#[test]
fn named_quote_title_after_a_noun_stands_alone() {
    assert_attribution(
        "Tram news.\n\nThe union sent a letter titled “No More Delays” to the mayor.",
        Expect::direct("“No More Delays”", "named-quote").cue("titled"),
    );
}

#[test]
fn named_quote_relative_what_is_its_subject() {
    assert_attribution(
        "Tram news.\n\nThe board met in what is called the “glass room” on Fridays.",
        Expect::new(
            "what is called the “glass room”",
            QuoteKind::Mixed,
            "named-quote",
        )
        .cue("is called"),
    );
}
