//! The batch driver: documents arrive in input order from the reader thread,
//! are gathered into chunks, decoded and analysed in parallel with
//! `par_iter().map().collect()` (which keeps their order), and written in
//! order through one sink, flushed after every chunk.
//!
//! Memory is bounded by the chunk ([`CHUNK_DOCS`], [`CHUNK_BYTES`]) plus the
//! reader's small queue, never by the corpus. Chunk boundaries depend on
//! timing, but each record depends only on its own document, so the output
//! is byte-identical for any thread count.

use std::cell::{Cell, RefCell};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Duration;

use rayon::prelude::*;
use saywho_core::Extractor;

use crate::input::{Item, Msg};
use crate::manifest::Output;
use crate::progress::{Progress, Stats};
use crate::record::{Fields, Prepared, prepare};
use crate::sink::{Doc, Outcome, Renderer};

/// A chunk is processed at this many documents …
const CHUNK_DOCS: usize = 1024;
/// … or this many input bytes, or as soon as the reader has nothing more
/// ready (so a stream is answered without waiting for a full chunk).
const CHUNK_BYTES: u64 = 2 << 20;

/// How often the driver wakes up to check Ctrl-C and redraw progress while
/// it waits for input.
const TICK: Duration = Duration::from_millis(200);

/// Everything the workers need to turn an item into an outcome.
pub(crate) struct Engine<'a> {
    pub(crate) extractor: &'a Extractor,
    pub(crate) fields: Fields<'a>,
    /// Test hook (`--debug-panic-on`): panic on documents containing this.
    pub(crate) panic_on: Option<&'a str>,
}

/// How the run ended.
pub(crate) enum End {
    /// All input was read and written.
    Done,
    /// Ctrl-C: stopped after the chunk in progress.
    Interrupted,
}

/// Shared state of a run that the driver reads.
pub(crate) struct Run<'a> {
    pub(crate) progress: &'a Progress,
    pub(crate) interrupted: &'a AtomicBool,
    /// Manifest key of each shard.
    pub(crate) keys: &'a [String],
}

/// Per-shard counts, for the manifest.
#[derive(Default)]
struct ShardCount {
    documents: u64,
    errors: u64,
}

/// Drive the run until the reader is done, an error, or Ctrl-C.
pub(crate) fn drive(
    rx: Receiver<Msg>,
    out: &mut Output,
    engine: &Engine<'_>,
    run: &Run<'_>,
    stats: &mut Stats,
) -> anyhow::Result<End> {
    let mut pending: Vec<Item> = Vec::new();
    let mut pending_bytes = 0u64;
    let mut shard = ShardCount::default();
    loop {
        if run.interrupted.load(Ordering::SeqCst) {
            return Ok(End::Interrupted);
        }
        let msg = if pending.is_empty() {
            match rx.recv_timeout(TICK) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => {
                    run.progress.tick(stats);
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Ok(End::Done),
            }
        } else {
            match rx.try_recv() {
                Ok(m) => m,
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => {
                    process(&mut pending, out, engine, run, stats, &mut shard)?;
                    pending_bytes = 0;
                    continue;
                }
            }
        };
        match msg {
            Msg::Begin(n) => {
                out.begin(n)?;
                shard = ShardCount::default();
            }
            Msg::Docs(items) => {
                pending_bytes += items.iter().map(|i| i.bytes).sum::<u64>();
                pending.extend(items);
                if pending.len() >= CHUNK_DOCS || pending_bytes >= CHUNK_BYTES {
                    process(&mut pending, out, engine, run, stats, &mut shard)?;
                    pending_bytes = 0;
                }
            }
            Msg::End(n) => {
                process(&mut pending, out, engine, run, stats, &mut shard)?;
                pending_bytes = 0;
                let key = run.keys.get(n).cloned().unwrap_or_default();
                out.end(n, key, shard.documents, shard.errors)?;
            }
        }
    }
}

/// Decode, analyse and write one chunk, in order.
fn process(
    pending: &mut Vec<Item>,
    out: &mut Output,
    engine: &Engine<'_>,
    run: &Run<'_>,
    stats: &mut Stats,
    shard: &mut ShardCount,
) -> anyhow::Result<()> {
    if pending.is_empty() {
        return Ok(());
    }
    let items = std::mem::take(pending);
    let raw_pos = items.last().map_or(0, |i| i.raw_pos);
    let prepared: Vec<Prepared> = items
        .into_par_iter()
        .map(|item| prepare(item, &engine.fields))
        .collect();
    let renderer = out.sink()?.renderer();
    let done: Vec<anyhow::Result<Done<'_>>> = prepared
        .par_iter()
        .map(|p| complete(p, engine, renderer))
        .collect();
    let sink = out.sink()?;
    for (p, done) in prepared.iter().zip(done) {
        let done = done?;
        stats.documents += 1;
        shard.documents += 1;
        stats.bytes += p.bytes;
        stats.quotes += done.quotes;
        stats.speakers += done.speakers;
        if done.failed {
            stats.errors += 1;
            shard.errors += 1;
        }
        match done.record {
            Record::Rendered(bytes) => sink.write_rendered(&bytes)?,
            Record::Outcome(outcome) => sink.write(&Doc {
                id: &p.id,
                meta: p.meta.as_ref(),
                outcome,
            })?,
        }
    }
    sink.flush()?;
    run.progress.update(raw_pos, stats);
    Ok(())
}

/// One document through the engine, with its counts.
struct Done<'t> {
    quotes: u64,
    speakers: u64,
    failed: bool,
    record: Record<'t>,
}

/// A document's record: already rendered on the worker, or for the sink.
enum Record<'t> {
    Rendered(Vec<u8>),
    Outcome(Outcome<'t>),
}

thread_local! {
    /// Each worker's render buffer (see [`complete`]).
    static RENDER_BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A worker keeps a render buffer up to this size between documents; one
/// grown past it by a giant record is given back.
const MAX_KEPT_RENDER_BUFFER: usize = 4 << 20;

/// Analyse one document and, if the sink allows, render its record here on
/// the worker (so that only the writing is sequential).
fn complete<'t>(
    p: &'t Prepared,
    engine: &Engine<'_>,
    renderer: Option<Renderer>,
) -> anyhow::Result<Done<'t>> {
    let outcome = analyse(p, engine);
    let (quotes, speakers, failed) = match &outcome {
        Outcome::Ok(a) => (
            a.quotes.len() as u64,
            a.entities.iter().filter(|e| !e.quotes.is_empty()).count() as u64,
            false,
        ),
        Outcome::Err { .. } => (0, 0, true),
    };
    let record = match renderer {
        Some(r) => {
            let doc = Doc {
                id: &p.id,
                meta: p.meta.as_ref(),
                outcome,
            };
            // Rendered into this worker's buffer, which keeps its capacity
            // from one document to the next, then copied out at its exact
            // size: no regrowth, no over-reserved memory per record.
            let bytes = RENDER_BUFFER.with_borrow_mut(|buf| {
                buf.clear();
                let rendered = r.render(&doc, buf).map(|()| buf.clone());
                if buf.capacity() > MAX_KEPT_RENDER_BUFFER {
                    *buf = Vec::new();
                }
                rendered
            })?;
            Record::Rendered(bytes)
        }
        None => Record::Outcome(outcome),
    };
    Ok(Done {
        quotes,
        speakers,
        failed,
        record,
    })
}

/// Run the engine on one document; a panic becomes an `internal_error`.
fn analyse<'t>(p: &'t Prepared, engine: &Engine<'_>) -> Outcome<'t> {
    let text = match &p.body {
        Ok(text) => text.as_str(),
        Err(f) => {
            return Outcome::Err {
                kind: f.kind.to_owned(),
                message: f.message.clone(),
            };
        }
    };
    IN_DOCUMENT.with(|d| d.set(true));
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
        if let Some(marker) = engine.panic_on {
            assert!(!text.contains(marker), "--debug-panic-on matched");
        }
        engine.extractor.extract(text)
    }));
    IN_DOCUMENT.with(|d| d.set(false));
    match result {
        Ok(analysis) => Outcome::Ok(analysis),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            let place = LAST_PANIC
                .with(|l| l.borrow_mut().take())
                .unwrap_or_default();
            Outcome::Err {
                kind: "internal_error".to_owned(),
                message: format!("the engine panicked{place}: {what}"),
            }
        }
    }
}

thread_local! {
    /// Set while the engine runs on a document of this thread.
    static IN_DOCUMENT: Cell<bool> = const { Cell::new(false) };
    /// Where the last engine panic of this thread happened.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keep engine panics off stderr (they become error records, with their
/// location); any other panic is reported as usual.
pub(crate) fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if IN_DOCUMENT.with(Cell::get) {
            let place = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()));
            LAST_PANIC.with(|l| *l.borrow_mut() = place);
        } else {
            default(info);
        }
    }));
}
