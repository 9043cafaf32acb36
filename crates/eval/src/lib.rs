//! saywho-eval: read brat standoff attribution annotations and score saywho
//! against them. The engine of `saywho eval`.
//!
//! ```text
//! read_gold_dir → [GoldDoc] ─┐
//! extract → SysAttribution ──┴→ score → Evaluation → summary / table / errors
//! ```
//!
//! * [`brat`]: the `.ann` reader (`T`/`E` lines, code-point offsets,
//!   discontinuous spans, multi-line texts).
//! * [`read_gold_dir`]: a folder of annotations in the flat or PolNeAR layout,
//!   with `metadata.tsv` (annotator choice, publisher).
//! * [`score`]: the matching and the measures (see [`score_doc`] for their
//!   definitions).
//! * [`summary`], [`table`], [`regressions`]: the outputs and the baseline
//!   check.
//!
//! ```
//! use saywho_core::{QuoteKind, Span};
//! use saywho_eval::{GoldAttribution, GoldDoc, SysAttribution, score};
//!
//! let text = "Ada said that it rained.".to_string();
//! let gold = GoldDoc {
//!     id: "d".into(),
//!     attributions: vec![GoldAttribution {
//!         content: vec![Span::new(9, 23)],
//!         source: vec![Span::new(0, 3)],
//!         cue: vec![Span::new(4, 8)],
//!         line: 1,
//!     }],
//!     text,
//!     publisher: None,
//!     ann: "d.ann".into(),
//!     without_content: 0,
//! };
//! let system = SysAttribution {
//!     kind: QuoteKind::Indirect,
//!     rule: "speaker-said-that".into(),
//!     content: vec![Span::new(14, 23)], // "it rained": 2 of 3 gold tokens
//!     speaker: Some(Span::new(0, 3)),
//!     cue: Some(Span::new(4, 8)),
//! };
//! let ev = score(&[gold], &[vec![system]]);
//! assert_eq!(ev.total.all.exact.f1(), 0.0);
//! assert!((ev.total.all.found.f1() - 1.0).abs() < 1e-9);
//! assert!((ev.total.all.end_to_end.f1() - 1.0).abs() < 1e-9);
//! ```

use std::path::PathBuf;

pub mod brat;
mod corpus;
mod report;
mod score;
mod text;

pub use brat::{ANNOTATION_CONF, GoldAttribution, parse_ann, write_ann};
pub use corpus::{GoldDoc, read_gold_dir};
pub use report::{HEADLINE, Regression, regressions, summary, table};
pub use score::{
    Accuracy, Counts, DocScore, ErrorKind, ErrorRecord, Evaluation, FOUND_DICE, GoldRecord,
    Measures, RuleCounts, Scores, SpanMeasures, SpanText, SysAttribution, SystemRecord,
    content_fragments, score, score_doc,
};
pub use text::has_quotation_marks;

/// Why gold annotations could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A line of an annotation or metadata file is malformed.
    #[error("{}:{line}: {message}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An `.ann` file has no text beside it.
    #[error("{}: no text found (looked for NAME.txt or NAME_ANNOTATOR → NAME.txt in {})", ann.display(), looked_in.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))]
    NoText {
        /// The annotation file.
        ann: PathBuf,
        /// The folders searched.
        looked_in: Vec<PathBuf>,
    },
    /// The gold folder has no `.ann` file.
    #[error("{}: no .ann files", .0.display())]
    Empty(PathBuf),
}
