//! Review formats for fact-checkers: CSV/TSV tables, a self-contained HTML
//! page and Label Studio tasks. The renderers live in `saywho_output::{table,
//! html, labelstudio}`; these sinks stream them to the output.

use std::io::Write;

use saywho_core::Analysis;

use crate::sink::{Doc, Format, Outcome, Sink};

mod html;
mod labelstudio;
mod table;

/// Options of the review formats (`--format csv|tsv|html|labelstudio`).
#[derive(clap::Args, Clone, Debug, Default)]
pub(crate) struct FormatArgs {
    /// csv/tsv: one row per speaker per document (name, kind, roles,
    /// organisations, number of quotes) instead of one row per attribution.
    #[arg(long)]
    pub(crate) speakers: bool,
    /// csv/tsv: prefix cells that start with = + - @ (or a tab/CR) with ' so
    /// spreadsheets do not run them as formulas.
    #[arg(long)]
    pub(crate) safe_cells: bool,
    /// csv/tsv and labelstudio: count the non-byte offsets in Unicode code
    /// points or in UTF-16 code units (JavaScript string indices).
    #[arg(long, value_enum, default_value_t)]
    pub(crate) offsets: OffsetUnit,
}

/// The unit of `--offsets`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum OffsetUnit {
    /// Unicode code points (Python `str` indices).
    #[default]
    Codepoint,
    /// UTF-16 code units.
    Utf16,
}

impl From<OffsetUnit> for saywho_output::table::Offsets {
    fn from(unit: OffsetUnit) -> Self {
        match unit {
            OffsetUnit::Codepoint => saywho_output::table::Offsets::Codepoint,
            OffsetUnit::Utf16 => saywho_output::table::Offsets::Utf16,
        }
    }
}

/// Refuse flags that `format` would silently ignore.
pub(crate) fn check(format: Format, args: &FormatArgs) -> anyhow::Result<()> {
    let table = matches!(format, Format::Csv | Format::Tsv);
    if args.speakers && !table {
        anyhow::bail!("--speakers applies to --format csv and tsv, not {format:?}");
    }
    if args.safe_cells && !table {
        anyhow::bail!("--safe-cells applies to --format csv and tsv, not {format:?}");
    }
    if args.offsets != OffsetUnit::Codepoint && !(table || format == Format::Labelstudio) {
        anyhow::bail!("--offsets applies to --format csv, tsv and labelstudio, not {format:?}");
    }
    Ok(())
}

/// The sink of a review format, or `None` for formats handled elsewhere.
pub(crate) fn make(
    format: Format,
    out: Box<dyn Write>,
    pretty: bool,
    args: &FormatArgs,
) -> anyhow::Result<Option<Box<dyn Sink>>> {
    Ok(Some(match format {
        Format::Csv => Box::new(table::TableSink::new(out, b',', args)?),
        Format::Tsv => Box::new(table::TableSink::new(out, b'\t', args)?),
        Format::Html => Box::new(html::HtmlSink::new(out)?),
        Format::Labelstudio => Box::new(labelstudio::LabelStudioSink::new(out, pretty, args)?),
        _ => return Ok(None),
    }))
}

/// The analysis of `doc`; `None` for an error record, which formats with
/// no place for errors skip, telling the user on stderr.
fn analysed<'d, 't>(doc: &'d Doc<'_, 't>) -> Option<&'d Analysis<'t>> {
    match &doc.outcome {
        Outcome::Ok(analysis) => Some(analysis),
        Outcome::Err { kind, message } => {
            eprintln!("saywho: {}: not analysed ({kind}: {message})", doc.id);
            None
        }
    }
}
