//! Where analysed documents go: one [`Sink`] per output format.
//!
//! The batch driver hands every document, in input order, to one sink.
//! Formats other than JSON Lines add a variant to [`Format`] and a sink
//! built by [`make_sink`].

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use saywho_core::Analysis;

/// Buffer of the output writer; the batch driver flushes after every chunk.
const WRITE_BUFFER: usize = 256 << 10;

#[path = "sinks/brat.rs"]
mod brat;

/// Output formats of `saywho extract`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Format {
    /// One JSON object per document per line (the contract in saywho-output).
    #[default]
    Jsonl,
    /// One row per attribution (or per speaker with --speakers), comma-separated.
    Csv,
    /// As csv, tab-separated.
    Tsv,
    /// One self-contained HTML review page for the batch.
    Html,
    /// A JSON array of Label Studio tasks with predictions.
    Labelstudio,
    /// brat standoff: NAME.txt + NAME.ann per document in the folder -o DIR.
    Brat,
}

/// Where the output goes.
#[derive(Debug)]
pub(crate) enum Target {
    /// Standard output.
    Stdout,
    /// One file.
    File(PathBuf),
    /// A directory (for formats that write a file per document).
    Dir(PathBuf),
}

/// What happened to one document.
pub(crate) enum Outcome<'t> {
    /// Analysed.
    Ok(Analysis<'t>),
    /// Not analysed: an error record with a kind and a message.
    Err { kind: String, message: String },
}

/// One document handed to a sink.
pub(crate) struct Doc<'a, 't> {
    pub(crate) id: &'a str,
    pub(crate) meta: Option<&'a serde_json::Map<String, serde_json::Value>>,
    pub(crate) outcome: Outcome<'t>,
}

/// Receives documents in input order.
pub(crate) trait Sink {
    /// Write one document.
    fn write(&mut self, doc: &Doc<'_, '_>) -> anyhow::Result<()>;
    /// Flush what is buffered (called after each chunk).
    fn flush(&mut self) -> anyhow::Result<()>;
    /// Finish the output (write footers, close files). The default, for
    /// formats with no footer, flushes.
    fn finish(mut self: Box<Self>) -> anyhow::Result<()> {
        self.flush()
    }
    /// If each record of this format depends only on its document, the
    /// function that renders one: the batch driver then renders a chunk on
    /// the worker threads and hands the bytes, in order, to
    /// [`Sink::write_rendered`]. `None` (the default): the driver calls
    /// [`Sink::write`].
    fn renderer(&self) -> Option<Renderer> {
        None
    }
    /// Write bytes made by the [`Sink::renderer`].
    fn write_rendered(&mut self, _bytes: &[u8]) -> anyhow::Result<()> {
        anyhow::bail!("internal: this sink renders its own records")
    }
}

/// Renders one document into a buffer; safe to call from any thread.
#[derive(Clone, Copy)]
pub(crate) struct Renderer {
    render: fn(&Doc<'_, '_>, bool, &mut Vec<u8>) -> anyhow::Result<()>,
    pretty: bool,
}

impl Renderer {
    /// Append the record of `doc` to `buf`.
    pub(crate) fn render(&self, doc: &Doc<'_, '_>, buf: &mut Vec<u8>) -> anyhow::Result<()> {
        (self.render)(doc, self.pretty, buf)
    }
}

/// One JSON Lines record (with its newline) to `out`.
fn write_jsonl(doc: &Doc<'_, '_>, pretty: bool, mut out: impl Write) -> anyhow::Result<()> {
    match &doc.outcome {
        Outcome::Ok(analysis) => {
            let record = saywho_output::DocumentRecord::new(doc.id, analysis).with_meta(doc.meta);
            if pretty {
                serde_json::to_writer_pretty(&mut out, &record)?;
            } else {
                serde_json::to_writer(&mut out, &record)?;
            }
        }
        Outcome::Err { kind, message } => {
            let record = saywho_output::ErrorRecord::new(doc.id, kind.as_str(), message.as_str());
            serde_json::to_writer(&mut out, &record)?;
        }
    }
    out.write_all(b"\n")?;
    Ok(())
}

fn render_jsonl(doc: &Doc<'_, '_>, pretty: bool, buf: &mut Vec<u8>) -> anyhow::Result<()> {
    match &doc.outcome {
        // The common case, written directly (same bytes as serde_json).
        Outcome::Ok(analysis) if !pretty => {
            saywho_output::DocumentRecord::new(doc.id, analysis)
                .with_meta(doc.meta)
                .write_json(buf);
            buf.push(b'\n');
            Ok(())
        }
        _ => write_jsonl(doc, pretty, buf),
    }
}

/// JSON Lines to any writer.
pub(crate) struct JsonlSink<W: Write> {
    out: W,
    pretty: bool,
}

impl<W: Write> JsonlSink<W> {
    pub(crate) fn new(out: W, pretty: bool) -> JsonlSink<W> {
        JsonlSink { out, pretty }
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    fn write(&mut self, doc: &Doc<'_, '_>) -> anyhow::Result<()> {
        write_jsonl(doc, self.pretty, &mut self.out)
    }

    fn renderer(&self) -> Option<Renderer> {
        Some(Renderer {
            render: render_jsonl,
            pretty: self.pretty,
        })
    }

    fn write_rendered(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        self.out.write_all(bytes)?;
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

/// Build the sink for `format` writing to `target`.
pub(crate) fn make_sink(
    format: Format,
    target: &Target,
    pretty: bool,
    review: &crate::sinks::FormatArgs,
) -> anyhow::Result<Box<dyn Sink>> {
    crate::sinks::check(format, review)?;
    if format == Format::Brat {
        return Ok(Box::new(brat::BratSink::create(target)?));
    }
    let out: Box<dyn Write> = match target {
        Target::Stdout => Box::new(std::io::BufWriter::with_capacity(
            WRITE_BUFFER,
            std::io::stdout().lock(),
        )),
        Target::File(path) => Box::new(std::io::BufWriter::with_capacity(
            WRITE_BUFFER,
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        Target::Dir(dir) => anyhow::bail!(
            "{format:?} writes one stream; give -o FILE, not a directory ({})",
            dir.display()
        ),
    };
    match format {
        Format::Jsonl => Ok(Box::new(JsonlSink::new(out, pretty))),
        Format::Csv | Format::Tsv | Format::Html | Format::Labelstudio => {
            crate::sinks::make(format, out, pretty, review)?
                .ok_or_else(|| anyhow::anyhow!("no sink for {format:?}"))
        }
        Format::Brat => anyhow::bail!("brat writes a folder (handled above)"),
    }
}
