//! saywho's output contract: one JSON object per input document.
//!
//! Schema version [`SCHEMA`]. A successful document:
//!
//! ```json
//! {"schema": 1, "id": "seed-olympics",
//!  "quotes": [
//!    {"id": 0, "kind": "direct", "rule": "speaker-said-comma-quote", "confidence": 0.95,
//!     "content": {"byte": [1285, 1506], "char": [1276, 1491], "text": "“It is …”", "parts": []},
//!     "cue": {"byte": [1279, 1283], "char": [1270, 1274], "text": "said"},
//!     "speaker": {"name": "Ned Price", "role": "State Department spokesman", "entity": 0,
//!                 "resolution": "surname",
//!                 "mention": {"byte": [1273, 1278], "char": [1264, 1269], "text": "Price"}}}],
//!  "entities": [{"id": 0, "name": "Ned Price", "kind": "person",
//!                "roles": ["State Department spokesman"], "organizations": ["State Department"],
//!                "mentions": [{"byte": […], "char": […], "text": "Ned Price"}], "quotes": [0]}],
//!  "diagnostics": [{"kind": "unclosed_quote", "span": {…}, "message": "…"}]}
//! ```
//!
//! A document that could not be read:
//!
//! ```json
//! {"schema": 1, "id": "broken", "error": {"kind": "invalid_utf8", "message": "…"}}
//! ```
//!
//! * Every span is `{"byte": [start, end], "char": [start, end], "text": …}`:
//!   half-open UTF-8 byte offsets and Unicode code-point offsets into the
//!   original text, and the text they cover.
//! * `kind` is one of `direct`, `mixed`, `indirect`, `term`, `headline`.
//! * `content.parts` lists the pieces of a split quote (`"Q1," S said, "Q2"`)
//!   and is empty otherwise.
//! * `cue` and `speaker` are `null` when there is none.
//! * `speaker.resolution` is one of `name`, `surname`, `pronoun`, `nominal`,
//!   `continuation`, `unresolved`; `speaker.entity` indexes `entities`.
//! * `rule` names the attribution frame that produced the quote.

pub mod check;
pub mod html;
mod json;
pub mod labelstudio;
pub mod table;

use saywho_core::{Analysis, CharIndex, Span};
use serde::Serialize;

/// Version of the output contract. Bumped on any incompatible change.
pub const SCHEMA: u32 = 1;

/// A span in the output: byte offsets, char offsets and the text.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SpanRecord<'t> {
    /// Half-open UTF-8 byte offsets.
    pub byte: [usize; 2],
    /// Half-open Unicode code-point offsets.
    pub char: [usize; 2],
    /// The text covered.
    pub text: &'t str,
}

impl<'t> SpanRecord<'t> {
    /// Build the record of `span` in `text`.
    pub fn new(text: &'t str, index: &CharIndex, span: Span) -> SpanRecord<'t> {
        SpanRecord {
            byte: [span.start(), span.end()],
            char: index.span(span),
            text: span.text(text),
        }
    }
}

/// A quote's content: its span and, for split quotes, its parts.
///
/// Serialised as the span's fields followed by `parts`
/// (`{"byte": …, "char": …, "text": …, "parts": […]}`), written as one
/// struct rather than through `#[serde(flatten)]`, which goes through
/// serde's slower map path for the same bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentRecord<'t> {
    /// The whole content.
    pub span: SpanRecord<'t>,
    /// The parts of a split quote; empty otherwise.
    pub parts: Vec<SpanRecord<'t>>,
}

impl Serialize for ContentRecord<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("ContentRecord", 4)?;
        s.serialize_field("byte", &self.span.byte)?;
        s.serialize_field("char", &self.span.char)?;
        s.serialize_field("text", self.span.text)?;
        s.serialize_field("parts", &self.parts)?;
        s.end()
    }
}

/// A quote's speaker.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SpeakerRecord<'a, 't> {
    /// Canonical name of the entity, or the mention's text when unresolved.
    pub name: &'a str,
    /// The role given for the speaker.
    pub role: Option<&'a str>,
    /// Index into `entities`.
    pub entity: Option<usize>,
    /// How the mention was resolved.
    pub resolution: &'static str,
    /// The mention in the text.
    pub mention: SpanRecord<'t>,
}

/// One attribution.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct QuoteRecord<'a, 't> {
    /// Index of the quote in the document.
    pub id: usize,
    /// `direct`, `mixed`, `indirect`, `term` or `headline`.
    pub kind: &'static str,
    /// The attribution frame that produced it.
    pub rule: &'static str,
    /// From 0 to 1.
    pub confidence: f32,
    /// What was said.
    pub content: ContentRecord<'t>,
    /// The speech cue.
    pub cue: Option<SpanRecord<'t>>,
    /// Who said it.
    pub speaker: Option<SpeakerRecord<'a, 't>>,
}

/// One entity.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct EntityRecord<'a, 't> {
    /// Index of the entity in the document.
    pub id: usize,
    /// Canonical name.
    pub name: &'a str,
    /// `person`, `organization`, `group` or `unknown`.
    pub kind: &'static str,
    /// Roles seen.
    pub roles: &'a [String],
    /// Organisations seen in its roles.
    pub organizations: &'a [String],
    /// Mentions in text order.
    pub mentions: Vec<SpanRecord<'t>>,
    /// Ids of its quotes.
    pub quotes: &'a [usize],
}

/// One diagnostic.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DiagnosticRecord<'a, 't> {
    /// What is reported.
    pub kind: &'static str,
    /// Where.
    pub span: SpanRecord<'t>,
    /// Human-readable message.
    pub message: &'a str,
}

/// The record of one successfully analysed document.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DocumentRecord<'a, 't> {
    /// [`SCHEMA`].
    pub schema: u32,
    /// The document id.
    pub id: &'a str,
    /// Fields passed through from the input (`--keep-fields`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<&'a serde_json::Map<String, serde_json::Value>>,
    /// Attributions.
    pub quotes: Vec<QuoteRecord<'a, 't>>,
    /// Entities.
    pub entities: Vec<EntityRecord<'a, 't>>,
    /// Diagnostics.
    pub diagnostics: Vec<DiagnosticRecord<'a, 't>>,
}

impl<'a, 't> DocumentRecord<'a, 't> {
    /// Build the record of `analysis` for document `id`.
    pub fn new(id: &'a str, analysis: &'a Analysis<'t>) -> DocumentRecord<'a, 't> {
        let text = analysis.text;
        let index = CharIndex::new(text);
        let span = |s: Span| SpanRecord::new(text, &index, s);
        let quotes = analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| QuoteRecord {
                id: i,
                kind: q.kind.as_str(),
                rule: q.rule,
                confidence: q.confidence,
                content: ContentRecord {
                    span: span(q.content),
                    parts: q.parts.iter().map(|&p| span(p)).collect(),
                },
                cue: q.cue.map(span),
                speaker: q.speaker.as_ref().map(|s| SpeakerRecord {
                    name: &s.name,
                    role: s.role.as_deref(),
                    entity: s.entity,
                    resolution: s.resolution.as_str(),
                    mention: span(s.mention),
                }),
            })
            .collect();
        let entities = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| EntityRecord {
                id: i,
                name: &e.name,
                kind: e.kind.as_str(),
                roles: &e.roles,
                organizations: &e.organizations,
                mentions: e.mentions.iter().map(|&m| span(m)).collect(),
                quotes: &e.quotes,
            })
            .collect();
        let diagnostics = analysis
            .diagnostics
            .iter()
            .map(|d| DiagnosticRecord {
                kind: d.kind.as_str(),
                span: span(d.span),
                message: &d.message,
            })
            .collect();
        DocumentRecord {
            schema: SCHEMA,
            id,
            meta: None,
            quotes,
            entities,
            diagnostics,
        }
    }

    /// Attach pass-through metadata.
    pub fn with_meta(
        mut self,
        meta: Option<&'a serde_json::Map<String, serde_json::Value>>,
    ) -> DocumentRecord<'a, 't> {
        self.meta = meta;
        self
    }
}

/// Why a document could not be analysed.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ErrorDetail {
    /// Machine-readable kind: `io`, `invalid_utf8`, `invalid_json`,
    /// `missing_field`, `too_large`, `internal_error` …
    pub kind: String,
    /// Human-readable message.
    pub message: String,
}

/// The record of a document that could not be analysed.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ErrorRecord<'a> {
    /// [`SCHEMA`].
    pub schema: u32,
    /// The document id (or a stand-in such as `file.jsonl:17`).
    pub id: &'a str,
    /// What went wrong.
    pub error: ErrorDetail,
}

impl<'a> ErrorRecord<'a> {
    /// An error record.
    pub fn new(
        id: &'a str,
        kind: impl Into<String>,
        message: impl Into<String>,
    ) -> ErrorRecord<'a> {
        ErrorRecord {
            schema: SCHEMA,
            id,
            error: ErrorDetail {
                kind: kind.into(),
                message: message.into(),
            },
        }
    }
}

/// Serialise one analysed document as a single JSON line (no newline).
pub fn to_json_line(id: &str, analysis: &Analysis<'_>) -> String {
    serde_json::to_string(&DocumentRecord::new(id, analysis)).unwrap_or_default()
}

/// Helpers shared by the renderers' unit tests.
#[cfg(test)]
mod test_support {
    use saywho_core::Span;

    /// The span of the first `needle` in `text` (panics when absent).
    pub(crate) fn span_of(text: &str, needle: &str) -> Span {
        let s = text.find(needle).unwrap();
        Span::new(s, s + needle.len())
    }
}
