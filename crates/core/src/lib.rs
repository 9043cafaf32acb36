//! saywho-core: news text in, who said what in what role out.
//!
//! Data flows one way, one module per stage:
//!
//! ```text
//! text → segment → quote / cue / mention → attribute → entity → Analysis
//! ```
//!
//! * [`segment`] splits the text into paragraphs (no sentence splitter).
//! * `quote` finds and pairs quotation marks (grammar in `grammar::marks`).
//! * `cue` finds speech cues, `mention` speaker mentions and roles.
//! * `attribute` applies the named attribution frames.
//! * `entity` clusters mentions into entities and resolves pronouns.
//!
//! [`invariants`] checks what every analysis must satisfy (used by the
//! property tests, the fuzz targets and the corpus snapshot test).
//!
//! **Architecture invariant**: extraction never fails and never panics; any
//! `&str` gives an [`Analysis`], with problems reported as diagnostics.
//!
//! ```
//! let a = saywho_core::extract("\"We will appeal,\" said Mayor Lena Ortiz.");
//! let q = &a.quotes[0];
//! assert_eq!(q.speaker.as_ref().unwrap().name, "Lena Ortiz");
//! ```

mod analysis;
mod attribute;
mod boundary;
mod cue;
mod entity;
mod grammar;
pub mod invariants;
mod lexicon;
mod mention;
mod offsets;
mod quote;
mod scan;
pub mod segment;
mod span;

pub use analysis::{
    Analysis, Diagnostic, DiagnosticKind, Entity, EntityKind, Quote, QuoteKind, RULES, Resolution,
    Speaker,
};
pub use offsets::CharIndex;
pub use span::Span;

/// Which attributions to report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// Speech and writing only (said, told, wrote, denied …): what fact-checkers verify.
    #[default]
    Speech,
    /// Also cognition and intention cues (believes, thinks, wants, hopes …)
    /// and taking sides (supports, backs, favours, prefers).
    All,
}

/// Extraction settings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Which attributions to report.
    pub scope: Scope,
}

/// The engine. Cheap to build; share one across threads.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// An extractor with these options.
    pub fn new(options: Options) -> Extractor {
        Extractor { options }
    }

    /// Analyse one document. Never fails, never panics.
    pub fn extract<'t>(&self, text: &'t str) -> Analysis<'t> {
        let paras = segment::paragraphs(text);
        let scan = quote::find_quotes_in(text, &paras);
        let (attributions, mut diagnostics) =
            attribute::attribute(text, &paras, &scan.quotes, self.options.scope);
        let (quotes, entities) = entity::resolve(text, &paras, attributions);
        diagnostics.extend(scan.diagnostics);
        diagnostics.sort_by_key(|d| (d.span.start(), d.span.end()));
        Analysis {
            text,
            quotes,
            entities,
            diagnostics,
        }
    }
}

/// Analyse one document with default options.
pub fn extract(text: &str) -> Analysis<'_> {
    Extractor::default().extract(text)
}
