//! `--format labelstudio`: a JSON array of Label Studio tasks with predictions.

use std::io::Write;

use saywho_output::labelstudio::task;
use saywho_output::table::Offsets;

use super::FormatArgs;
use crate::sink::{Doc, Sink};

/// Streams tasks into one JSON array.
pub(super) struct LabelStudioSink {
    out: Box<dyn Write>,
    pretty: bool,
    offsets: Offsets,
    tasks: usize,
}

impl LabelStudioSink {
    /// An array; writes its opening bracket at once.
    pub(super) fn new(
        mut out: Box<dyn Write>,
        pretty: bool,
        args: &FormatArgs,
    ) -> anyhow::Result<LabelStudioSink> {
        out.write_all(b"[")?;
        Ok(LabelStudioSink {
            out,
            pretty,
            offsets: args.offsets.into(),
            tasks: 0,
        })
    }
}

impl Sink for LabelStudioSink {
    fn write(&mut self, doc: &Doc<'_, '_>) -> anyhow::Result<()> {
        let Some(analysis) = super::analysed(doc) else {
            return Ok(());
        };
        self.out
            .write_all(if self.tasks == 0 { b"\n" } else { b",\n" })?;
        let task = task(doc.id, doc.meta, analysis, self.offsets);
        if self.pretty {
            serde_json::to_writer_pretty(&mut self.out, &task)?;
        } else {
            serde_json::to_writer(&mut self.out, &task)?;
        }
        self.tasks += 1;
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        self.out.flush()?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        self.out.write_all(b"\n]\n")?;
        self.out.flush()?;
        Ok(())
    }
}
