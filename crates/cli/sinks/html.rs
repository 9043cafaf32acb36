//! `--format html`: one self-contained review page for the whole batch.

use std::io::Write;

use saywho_output::html::Book;

use crate::sink::{Doc, Outcome, Sink};

/// Streams documents into one page; the index is written at the end.
pub(super) struct HtmlSink {
    out: Box<dyn Write>,
    book: Book,
}

impl HtmlSink {
    /// A page; writes its head at once.
    pub(super) fn new(mut out: Box<dyn Write>) -> anyhow::Result<HtmlSink> {
        let book = Book::new();
        out.write_all(book.begin("saywho review").as_bytes())?;
        Ok(HtmlSink { out, book })
    }
}

impl Sink for HtmlSink {
    fn write(&mut self, doc: &Doc<'_, '_>) -> anyhow::Result<()> {
        let section = match &doc.outcome {
            Outcome::Ok(a) => self.book.document(doc.id, doc.meta, a),
            Outcome::Err { kind, message } => self.book.error(doc.id, kind, message),
        };
        self.out.write_all(section.as_bytes())?;
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        self.out.flush()?;
        Ok(())
    }

    fn finish(self: Box<Self>) -> anyhow::Result<()> {
        let HtmlSink { mut out, book } = *self;
        out.write_all(book.end().as_bytes())?;
        out.flush()?;
        Ok(())
    }
}
