//! `--format csv|tsv`: one row per attribution, or per speaker with `--speakers`.

use std::io::Write;

use saywho_output::table::{
    Offsets, SPEAKER_HEADER, attribution_header, attribution_rows, safe_cell, speaker_rows,
};

use super::FormatArgs;
use crate::sink::{Doc, Sink};

/// Writes CSV or TSV with real quoting (the csv crate).
pub(super) struct TableSink {
    out: csv::Writer<Box<dyn Write>>,
    speakers: bool,
    safe_cells: bool,
    offsets: Offsets,
}

impl TableSink {
    /// A table with `delimiter`; writes the header at once.
    pub(super) fn new(
        out: Box<dyn Write>,
        delimiter: u8,
        args: &FormatArgs,
    ) -> anyhow::Result<TableSink> {
        let mut out = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(out);
        let offsets = Offsets::from(args.offsets);
        if args.speakers {
            out.write_record(SPEAKER_HEADER)?;
        } else {
            out.write_record(attribution_header(offsets))?;
        }
        Ok(TableSink {
            out,
            speakers: args.speakers,
            safe_cells: args.safe_cells,
            offsets,
        })
    }
}

impl Sink for TableSink {
    fn write(&mut self, doc: &Doc<'_, '_>) -> anyhow::Result<()> {
        let Some(analysis) = super::analysed(doc) else {
            return Ok(());
        };
        let rows = if self.speakers {
            speaker_rows(doc.id, doc.meta, analysis)
        } else {
            attribution_rows(doc.id, doc.meta, analysis, self.offsets)
        };
        for row in rows {
            if self.safe_cells {
                self.out
                    .write_record(row.iter().map(|c| safe_cell(c).into_owned()))?;
            } else {
                self.out.write_record(&row)?;
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        self.out.flush()?;
        Ok(())
    }
}
