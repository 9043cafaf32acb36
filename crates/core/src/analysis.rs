//! The result of extraction: quotes (attributions), entities and diagnostics.
//!
//! These are the engine's public, typed results; `saywho-output` turns them
//! into the JSON contract.

use crate::Span;

/// What kind of quoted or reported material an attribution carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuoteKind {
    /// A reported utterance inside quotation marks.
    Direct,
    /// A quoted fragment inside a reported clause: `said the plan was "dead on arrival"`.
    Mixed,
    /// Reported speech without quotation marks: `Price said that …`.
    Indirect,
    /// Scare quotes, titles of works, nicknames, words mentioned: no speaker.
    Term,
    /// Title and caption lines: `'QUOTE': Speaker`, `Speaker: "QUOTE"`, `"QUOTE" – Speaker`.
    Headline,
    /// A refusal to speak: `declined to comment`, `refused to say whether …`.
    /// The content is what was not said: no claim of the speaker's.
    Refused,
}

impl QuoteKind {
    /// The name used in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Term => "term",
            QuoteKind::Headline => "headline",
            QuoteKind::Refused => "refused",
        }
    }
}

/// How a quote's speaker was tied to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// The mention is a full name.
    Name,
    /// The mention is a surname (possibly with an honorific) of a named entity.
    Surname,
    /// The mention is a pronoun resolved to an earlier speaker.
    Pronoun,
    /// The mention is a nominal ("the spokesman") resolved by role.
    Nominal,
    /// No mention of its own: the quote continues the previous speaker's quote.
    Continuation,
    /// A mention was found but could not be tied to an entity.
    Unresolved,
}

impl Resolution {
    /// The name used in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Name => "name",
            Resolution::Surname => "surname",
            Resolution::Pronoun => "pronoun",
            Resolution::Nominal => "nominal",
            Resolution::Continuation => "continuation",
            Resolution::Unresolved => "unresolved",
        }
    }
}

/// The speaker of one quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The mention in the text that names the speaker (for a continuation,
    /// the mention of the quote it continues).
    pub mention: Span,
    /// The speaker's name: the entity's canonical name when resolved, else
    /// the mention's text.
    pub name: String,
    /// The role given for the speaker, if any ("State Department spokesman").
    pub role: Option<String>,
    /// Index into [`Analysis::entities`].
    pub entity: Option<usize>,
    /// How the mention was tied to the entity.
    pub resolution: Resolution,
}

/// Every name [`Quote::rule`] can take, in the order of the README's table
/// of attribution frames (a test checks that each has a row there).
pub const RULES: &[&str] = &[
    "quote-comma-said-speaker",
    "quote-comma-speaker-said",
    "speaker-said-comma-quote",
    "speaker-said-colon-quote",
    "coordinated-said-comma-quote",
    "coordinated-said-colon-quote",
    "said-speaker-comma-quote",
    "speaker-colon-quote",
    "subject-colon-quote",
    "split-quote",
    "quote-said-then-quote",
    "gerund-same-speaker",
    "asked-speaker-said-quote",
    "according-to",
    "according-to-aside",
    "as-reported-by",
    "in-survey",
    "poll-puts",
    "to-someone-view",
    "reportedly",
    "evidential-seem",
    "evidential-expected",
    "passive-seen-as",
    "known-as",
    "dash-signature",
    "colon-intro-paragraph",
    "continuation-paragraph",
    "quote-after-reported-speech",
    "quote-comma-speaker-verb",
    "noun-colon-quote",
    "sentence-subject",
    "sentence-first-mention",
    "headline-quote-colon-speaker",
    "headline-speaker-colon-quote",
    "headline-quote-dash-speaker",
    "headline-speaker-verb",
    "with-gerund",
    "asked-question",
    "preposition-gerund",
    "coordinated-gerund",
    "speaker-said-that",
    "sees-as",
    "speaker-told-that",
    "relative-gap-said",
    "refused-speech",
    "speaker-is-saying",
    "speaker-did-not-say",
    "speaker-did-not-say-whether",
    "speaker-would-say-that",
    "infinitive-said",
    "long-subject-said",
    "fronted-gerund",
    "content-comma-as-said",
    "content-comma-np-said",
    "aside-subject-said",
    "passive-by-agent",
    "it-was-said-that",
    "evidence-shows",
    "noun-phrase-calls-for",
    "possessive-noun-to",
    "possessive-noun-of",
    "possessive-noun-that",
    "np-gerund",
    "coordinated-verb",
    "mixed-after-verb",
    "naming-verb-quote",
    "named-quote",
    "content-comma-speaker-said",
    "parenthetical-said",
    "mixed-in-reported-clause",
    "speaker-colon-line",
    "term",
    "caption-title",
    "unattributed",
];

/// One attribution: a quoted or reported content, its cue and its speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// What was quoted or reported.
    pub kind: QuoteKind,
    /// The named rule (attribution frame) that produced this attribution:
    /// one of [`RULES`].
    pub rule: &'static str,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f32,
    /// The content; for direct quotes it includes the quotation marks.
    pub content: Span,
    /// The content's parts when it is split by the attribution
    /// (`"Q1," S said, "Q2"`); empty otherwise.
    pub parts: Vec<Span>,
    /// The cue ("said", "according to", ":"), if any.
    pub cue: Option<Span>,
    /// The speaker, if any.
    pub speaker: Option<Speaker>,
}

/// Whether an entity is a person, an organisation or a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A named or described individual.
    Person,
    /// A company, government body, party, country acting as speaker …
    Organization,
    /// A plural, unnamed group ("officials", "human rights groups").
    Group,
    /// Not known.
    Unknown,
}

impl EntityKind {
    /// The name used in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
            EntityKind::Unknown => "unknown",
        }
    }
}

/// A person, organisation or group that speaks in the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Canonical name: the longest full name seen.
    pub name: String,
    /// Person, organisation or group.
    pub kind: EntityKind,
    /// Every role seen for the entity, in order of first appearance.
    pub roles: Vec<String>,
    /// Every organisation seen in its roles, in order of first appearance.
    pub organizations: Vec<String>,
    /// Every mention of the entity, in text order.
    pub mentions: Vec<Span>,
    /// Indices into [`Analysis::quotes`] of the quotes it said.
    pub quotes: Vec<usize>,
}

/// What a diagnostic reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DiagnosticKind {
    /// A quote opened and never closed; it was closed at its paragraph end.
    UnclosedQuote,
    /// A closing mark with no opening mark.
    UnmatchedClose,
    /// A direct quote with no speaker found.
    UnattributedQuote,
    /// Speech that is negated, refused or hypothetical ("declined to comment").
    NonSpeech,
    /// A named engine limit was hit (nesting depth, quote length …).
    LimitReached,
}

impl DiagnosticKind {
    /// The name used in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::UnclosedQuote => "unclosed_quote",
            DiagnosticKind::UnmatchedClose => "unmatched_close",
            DiagnosticKind::UnattributedQuote => "unattributed_quote",
            DiagnosticKind::NonSpeech => "non_speech",
            DiagnosticKind::LimitReached => "limit_reached",
        }
    }
}

/// A note about the document that is not an attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// What is reported.
    pub kind: DiagnosticKind,
    /// Where.
    pub span: Span,
    /// A human-readable sentence.
    pub message: String,
}

/// Everything saywho found in one document. Borrows the text.
#[derive(Clone, Debug)]
pub struct Analysis<'t> {
    /// The text analysed, exactly as given.
    pub text: &'t str,
    /// Attributions in text order of their content.
    pub quotes: Vec<Quote>,
    /// Speakers, in order of first mention.
    pub entities: Vec<Entity>,
    /// Notes about the document.
    pub diagnostics: Vec<Diagnostic>,
}
