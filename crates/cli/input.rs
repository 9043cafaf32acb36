//! Where documents come from: paths, directories, `--files` lists and stdin.
//!
//! [`resolve`] turns the command line into an ordered list of [`Source`]s,
//! [`shards`] groups them into the units that `--output-dir` writes one part
//! file each for, and [`spawn_reader`] reads them, in order, on one thread,
//! into batches of raw [`Item`]s. Decoding (UTF-8, JSON) happens later, in
//! parallel, in `record.rs`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;

use anyhow::Context;

/// The UTF-8 byte order mark, skipped at the start of every file and stream.
pub(crate) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Consecutive `.txt` files grouped into one shard (one part file).
const TEXT_FILES_PER_SHARD: usize = 1000;

/// A batch is sent to the workers at this many documents …
const BATCH_DOCS: usize = 512;
/// … or this many bytes, or before the reader would block on its input.
const BATCH_BYTES: usize = 1 << 20;

/// Buffer of each input reader.
const READ_BUFFER: usize = 256 << 10;

/// How to read an input (`--input`).
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum InputKind {
    /// One document per file (id = file stem).
    Text,
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row and a text column.
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Compression {
    None,
    Gzip,
    Bzip2,
    Zstd,
}

/// One input: a file or stdin.
#[derive(Debug)]
pub(crate) struct Source {
    /// `None` is stdin.
    path: Option<PathBuf>,
    kind: InputKind,
    compression: Compression,
}

impl Source {
    fn stdin(kind: InputKind) -> Source {
        Source {
            path: None,
            kind,
            compression: Compression::None,
        }
    }

    /// Size on disk, if known (for the progress bar).
    pub(crate) fn size(&self) -> Option<u64> {
        self.path
            .as_ref()
            .and_then(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
    }

    /// The name used in stand-in ids (`NAME:LINE`) and messages.
    fn name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "stdin".to_owned(),
        }
    }

    /// The id of a text document: the file name without its extensions.
    fn stem(&self) -> String {
        let Some(path) = &self.path else {
            return "stdin".to_owned();
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (inner, _) = split_compression(&name);
        match inner.rsplit_once('.') {
            Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
            _ => inner.to_owned(),
        }
    }
}

/// Which inputs to read, from the command line.
pub(crate) struct Request<'a> {
    pub(crate) paths: &'a [PathBuf],
    pub(crate) files: Option<&'a Path>,
    pub(crate) kind: Option<InputKind>,
}

/// Resolve the command line into an ordered list of sources.
///
/// Directories are walked recursively in byte order of the names; hidden
/// entries (`.name`) are skipped and only `.txt`, `.jsonl`, `.ndjson` and
/// `.csv` files (possibly `.gz`, `.bz2`, `.zst`) are taken. A file named
/// on the command line is read whatever its extension (as text unless
/// recognised). A path that does not exist is a usage error; a file from
/// `--files` that cannot be opened becomes an error record.
pub(crate) fn resolve(req: &Request<'_>) -> anyhow::Result<Vec<Source>> {
    let mut sources = Vec::new();
    let mut stdin_used = false;
    let mut add_stdin = |sources: &mut Vec<Source>| -> anyhow::Result<()> {
        anyhow::ensure!(!stdin_used, "stdin (`-`) given more than once");
        stdin_used = true;
        sources.push(Source::stdin(req.kind.unwrap_or(InputKind::Jsonl)));
        Ok(())
    };
    for path in req.paths {
        if path.as_os_str() == "-" {
            add_stdin(&mut sources)?;
            continue;
        }
        let meta = std::fs::metadata(path)
            .with_context(|| format!("cannot read input {}", path.display()))?;
        if meta.is_dir() {
            walk(path, req.kind, &mut sources)
                .with_context(|| format!("cannot list {}", path.display()))?;
        } else {
            sources.push(file_source(path.clone(), req.kind));
        }
    }
    if let Some(list) = req.files {
        let text = if list.as_os_str() == "-" {
            let mut s = String::new();
            io::stdin()
                .read_to_string(&mut s)
                .context("reading --files from stdin")?;
            s
        } else {
            std::fs::read_to_string(list)
                .with_context(|| format!("cannot read --files {}", list.display()))?
        };
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            let path = PathBuf::from(line);
            if path.is_dir() {
                walk(&path, req.kind, &mut sources)
                    .with_context(|| format!("cannot list {}", path.display()))?;
            } else {
                sources.push(file_source(path, req.kind));
            }
        }
    }
    if req.paths.is_empty() && req.files.is_none() {
        anyhow::ensure!(
            !io::stdin().is_terminal(),
            "no input: give files or directories, `-` for stdin, or pipe documents in \
             (see `saywho extract --help`)"
        );
        add_stdin(&mut sources)?;
    }
    Ok(sources)
}

fn walk(dir: &Path, kind: Option<InputKind>, out: &mut Vec<Source>) -> io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // file_type does not follow symlinks: no cycles through linked folders.
        let ft = entry.file_type()?;
        if ft.is_dir() {
            walk(&path, kind, out)?;
        } else if detect(&name).is_some() && (ft.is_file() || path.is_file()) {
            out.push(file_source(path, kind));
        }
    }
    Ok(())
}

fn split_compression(name: &str) -> (&str, Compression) {
    let lower = name.to_ascii_lowercase();
    for (ext, c) in [
        (".gz", Compression::Gzip),
        (".bz2", Compression::Bzip2),
        (".zst", Compression::Zstd),
        (".zstd", Compression::Zstd),
    ] {
        if lower.ends_with(ext) {
            return (&name[..name.len() - ext.len()], c);
        }
    }
    (name, Compression::None)
}

/// The kind of a file from its name, if it is one saywho reads.
fn detect(name: &str) -> Option<InputKind> {
    let (inner, _) = split_compression(name);
    let ext = inner.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "txt" => Some(InputKind::Text),
        "jsonl" | "ndjson" => Some(InputKind::Jsonl),
        "csv" => Some(InputKind::Csv),
        _ => None,
    }
}

fn file_source(path: PathBuf, forced: Option<InputKind>) -> Source {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (_, compression) = split_compression(&name);
    let kind = forced.or_else(|| detect(&name)).unwrap_or(InputKind::Text);
    Source {
        path: Some(path),
        kind,
        compression,
    }
}

/// Sources that go into one output part.
#[derive(Debug)]
pub(crate) struct Shard {
    pub(crate) sources: Vec<Source>,
}

impl Shard {
    /// Names the inputs of the shard; the manifest checks it on `--resume`.
    pub(crate) fn key(&self) -> String {
        match self.sources.as_slice() {
            [] => String::new(),
            [one] => one.name(),
            [first, .., last] => format!(
                "{} .. {} ({} files)",
                first.name(),
                last.name(),
                self.sources.len()
            ),
        }
    }
}

/// Group sources into shards: each JSONL or CSV file (or stdin) alone,
/// consecutive text files by [`TEXT_FILES_PER_SHARD`].
pub(crate) fn shards(sources: Vec<Source>) -> Vec<Shard> {
    let mut out: Vec<Shard> = Vec::new();
    let mut open_text = false;
    for s in sources {
        let text = s.kind == InputKind::Text && s.path.is_some();
        match out.last_mut() {
            Some(last) if text && open_text && last.sources.len() < TEXT_FILES_PER_SHARD => {
                last.sources.push(s)
            }
            _ => out.push(Shard { sources: vec![s] }),
        }
        open_text = text;
    }
    out
}

/// What the workers must do with one document's bytes.
pub(crate) enum Payload {
    /// A whole text file (BOM already removed; `bom` says if there was one).
    Text { bytes: Vec<u8>, bom: bool },
    /// One JSONL line (BOM and line end removed).
    JsonLine { line: Vec<u8>, number: u64 },
    /// One CSV row's text cell and the kept cells.
    Csv {
        text: Vec<u8>,
        meta: Option<serde_json::Map<String, serde_json::Value>>,
    },
    /// Could not be read: becomes an error record.
    Failed { kind: &'static str, message: String },
}

/// One document as read, before decoding.
pub(crate) struct Item {
    /// The document id, or a stand-in (`FILE:LINE`) until the record is parsed.
    pub(crate) id: String,
    pub(crate) payload: Payload,
    /// Input bytes this document took (uncompressed).
    pub(crate) bytes: u64,
    /// Bytes read from disk or stdin once this document was read (for the
    /// progress bar: compressed bytes for a compressed input).
    pub(crate) raw_pos: u64,
}

/// Messages from the reader, in input order.
pub(crate) enum Msg {
    /// Shard `n` starts.
    Begin(usize),
    /// Documents of the current shard.
    Docs(Vec<Item>),
    /// Shard `n` is complete.
    End(usize),
}

/// Settings of the reader.
pub(crate) struct ReadConfig {
    pub(crate) max_record_bytes: u64,
    pub(crate) id_field: String,
    pub(crate) text_field: String,
    pub(crate) keep_fields: Vec<String>,
}

/// Read `shards` in order on a new thread, skipping those in `skip`, and send
/// their documents to `tx`. `raw_bytes` counts bytes read from disk or stdin.
pub(crate) fn spawn_reader(
    shards: Vec<Shard>,
    skip: Vec<bool>,
    config: ReadConfig,
    tx: SyncSender<Msg>,
    raw_bytes: Arc<AtomicU64>,
) -> std::thread::JoinHandle<()> {
    std::thread::Builder::new()
        .name("saywho-reader".into())
        .spawn(move || {
            let mut r = Reader {
                config,
                tx,
                raw_bytes,
                batch: Vec::new(),
                batch_bytes: 0,
            };
            for (n, shard) in shards.iter().enumerate() {
                if skip.get(n).copied().unwrap_or(false) {
                    continue;
                }
                if r.send(Msg::Begin(n)).is_err() {
                    return;
                }
                for source in &shard.sources {
                    if r.read_source(source).is_err() {
                        return;
                    }
                }
                if r.flush().is_err() || r.send(Msg::End(n)).is_err() {
                    return;
                }
            }
        })
        .expect("spawning the reader thread")
}

/// The receiver hung up: stop reading.
struct Hangup;

struct Reader {
    config: ReadConfig,
    tx: SyncSender<Msg>,
    raw_bytes: Arc<AtomicU64>,
    batch: Vec<Item>,
    batch_bytes: usize,
}

/// An opened input, decompressed and buffered.
type Input = BufReader<Box<dyn Read + Send>>;

/// Counts the bytes read from the underlying file or stream.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl Reader {
    fn send(&mut self, msg: Msg) -> Result<(), Hangup> {
        self.tx.send(msg).map_err(|_| Hangup)
    }

    fn flush(&mut self) -> Result<(), Hangup> {
        if self.batch.is_empty() {
            return Ok(());
        }
        self.batch_bytes = 0;
        let batch = std::mem::take(&mut self.batch);
        self.send(Msg::Docs(batch))
    }

    fn push(&mut self, mut item: Item) -> Result<(), Hangup> {
        item.raw_pos = self.raw_bytes.load(Ordering::Relaxed);
        self.batch_bytes += item.bytes as usize;
        self.batch.push(item);
        if self.batch.len() >= BATCH_DOCS || self.batch_bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    fn fail(&mut self, id: String, kind: &'static str, message: String) -> Result<(), Hangup> {
        self.push(Item {
            id,
            payload: Payload::Failed { kind, message },
            bytes: 0,
            raw_pos: 0,
        })
    }

    fn open(&self, source: &Source) -> io::Result<Input> {
        let raw: Box<dyn Read + Send> = match &source.path {
            Some(p) => Box::new(File::open(p)?),
            None => Box::new(io::stdin()),
        };
        let counted = Counting {
            inner: raw,
            count: Arc::clone(&self.raw_bytes),
        };
        let decoded: Box<dyn Read + Send> = match source.compression {
            Compression::None => Box::new(counted),
            Compression::Gzip => {
                Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(counted)))
            }
            Compression::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(counted)),
            Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(counted)?),
        };
        Ok(BufReader::with_capacity(READ_BUFFER, decoded))
    }

    fn read_source(&mut self, source: &Source) -> Result<(), Hangup> {
        let input = match self.open(source) {
            Ok(r) => r,
            Err(e) => {
                let id = match source.kind {
                    InputKind::Text => source.stem(),
                    _ => source.name(),
                };
                return self.fail(id, "io", format!("cannot open {}: {e}", source.name()));
            }
        };
        match source.kind {
            InputKind::Text => self.read_text(source, input),
            InputKind::Jsonl => self.read_jsonl(source, input),
            InputKind::Csv => self.read_csv(source, input),
        }
    }

    fn read_text(&mut self, source: &Source, input: Input) -> Result<(), Hangup> {
        let id = source.stem();
        let max = self.config.max_record_bytes;
        let mut bytes = Vec::new();
        let read = input
            .take(max.saturating_add(BOM.len() as u64 + 1))
            .read_to_end(&mut bytes);
        if let Err(e) = read {
            return self.fail(id, "io", format!("reading {}: {e}", source.name()));
        }
        let bom = bytes.starts_with(BOM);
        if bom {
            bytes.drain(..BOM.len());
        }
        if bytes.len() as u64 > max {
            return self.fail(
                id,
                "too_large",
                format!("document is larger than --max-record-bytes ({max} bytes)"),
            );
        }
        let n = bytes.len() as u64;
        self.push(Item {
            id,
            payload: Payload::Text { bytes, bom },
            bytes: n,
            raw_pos: 0,
        })?;
        // A text file on stdin is one document, which the user waits for.
        if source.path.is_none() {
            self.flush()?;
        }
        Ok(())
    }

    fn read_jsonl(&mut self, source: &Source, input: Input) -> Result<(), Hangup> {
        let name = source.name();
        let mut lines = Lines::new(input, self.config.max_record_bytes);
        loop {
            let next = lines.next_line();
            let (number, line) = match next {
                Ok(Some(x)) => x,
                Ok(None) => break,
                Err(e) => {
                    let at = lines.number + 1;
                    return self.fail(
                        format!("{name}:{at}"),
                        "io",
                        format!("reading {name} stopped at line {at}: {e}"),
                    );
                }
            };
            let id = format!("{name}:{number}");
            match line {
                Line::Record(bytes) => {
                    // Blank lines are not documents.
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let n = bytes.len() as u64;
                    self.push(Item {
                        id,
                        payload: Payload::JsonLine {
                            line: bytes,
                            number,
                        },
                        bytes: n,
                        raw_pos: 0,
                    })?;
                }
                Line::TooLarge(len) => {
                    let max = self.config.max_record_bytes;
                    self.fail(
                        id,
                        "too_large",
                        format!("line of {len} bytes is larger than --max-record-bytes ({max})"),
                    )?;
                }
            }
            // Send what we have before the next read may block (streaming).
            if lines.drained() {
                self.flush()?;
            }
        }
        Ok(())
    }

    fn read_csv(&mut self, source: &Source, input: Input) -> Result<(), Hangup> {
        let name = source.name();
        let mut csv = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(SkipBom::new(input));
        let headers = match csv.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                return self.fail(name, "invalid_csv", format!("cannot read the header: {e}"));
            }
        };
        let column = |field: &str| headers.iter().position(|h| h == field.as_bytes());
        let Some(text_col) = column(&self.config.text_field) else {
            let message = format!("no column `{}` in the header", self.config.text_field);
            return self.fail(name, "missing_field", message);
        };
        let id_col = column(&self.config.id_field);
        let kept: Vec<(String, Option<usize>)> = self
            .config
            .keep_fields
            .iter()
            .map(|f| (f.clone(), column(f)))
            .collect();
        let max = self.config.max_record_bytes;
        let mut record = csv::ByteRecord::new();
        loop {
            match csv.read_byte_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let at = e.position().map_or(0, |p| p.line());
                    let io = matches!(e.kind(), csv::ErrorKind::Io(_));
                    self.fail(
                        format!("{name}:{at}"),
                        if io { "io" } else { "invalid_csv" },
                        e.to_string(),
                    )?;
                    if io {
                        return Ok(());
                    }
                    continue;
                }
            }
            let line = record.position().map_or(0, |p| p.line());
            let id = id_col
                .and_then(|i| record.get(i))
                .filter(|v| !v.is_empty())
                .map(|v| String::from_utf8_lossy(v).into_owned())
                .unwrap_or_else(|| format!("{name}:{line}"));
            let size = record.as_slice().len() as u64;
            if size > max {
                self.fail(
                    id,
                    "too_large",
                    format!("row of {size} bytes is larger than --max-record-bytes ({max})"),
                )?;
                continue;
            }
            let Some(text) = record.get(text_col) else {
                let message = format!("row has no `{}` cell", self.config.text_field);
                self.fail(id, "missing_field", message)?;
                continue;
            };
            let meta = (!kept.is_empty()).then(|| {
                kept.iter()
                    .filter_map(|(k, i)| {
                        let v = record.get((*i)?)?;
                        Some((k.clone(), String::from_utf8_lossy(v).into_owned().into()))
                    })
                    .collect()
            });
            self.push(Item {
                id,
                payload: Payload::Csv {
                    text: text.to_vec(),
                    meta,
                },
                bytes: size,
                raw_pos: 0,
            })?;
        }
        Ok(())
    }
}

/// Removes a leading UTF-8 BOM from a stream.
struct SkipBom<R> {
    inner: R,
    checked: bool,
}

impl<R: BufRead> SkipBom<R> {
    fn new(inner: R) -> SkipBom<R> {
        SkipBom {
            inner,
            checked: false,
        }
    }

    fn check(&mut self) -> io::Result<()> {
        if !self.checked {
            self.checked = true;
            skip_bom(&mut self.inner)?;
        }
        Ok(())
    }
}

impl<R: BufRead> Read for SkipBom<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.check()?;
        self.inner.read(buf)
    }
}

/// Consume a UTF-8 BOM at the start of `r`, if there is one.
fn skip_bom(r: &mut impl BufRead) -> io::Result<()> {
    let mut seen = 0;
    // The BOM may straddle reads on a pipe: peek byte by byte.
    while seen < BOM.len() {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        let n = (BOM.len() - seen).min(buf.len());
        if buf[..n] != BOM[seen..seen + n] {
            // Not a BOM. Only possible at seen == 0 when reads are whole
            // bytes, which is how fill_buf behaves on the first call.
            return Ok(());
        }
        r.consume(n);
        seen += n;
    }
    Ok(())
}

/// One line of a JSONL input.
enum Line {
    /// The line's bytes without the line end.
    Record(Vec<u8>),
    /// The line was longer than the cap; its bytes were skipped, not kept.
    TooLarge(u64),
}

/// Splits a stream into lines without ever holding more than `max` bytes of
/// one line.
struct Lines {
    inner: Input,
    max: u64,
    number: u64,
    started: bool,
}

impl Lines {
    fn new(inner: Input, max: u64) -> Lines {
        Lines {
            inner,
            max,
            number: 0,
            started: false,
        }
    }

    /// No bytes are buffered: the next read goes to the input.
    fn drained(&self) -> bool {
        self.inner.buffer().is_empty()
    }

    fn next_line(&mut self) -> io::Result<Option<(u64, Line)>> {
        if !self.started {
            self.started = true;
            skip_bom(&mut self.inner)?;
        }
        let mut buf = Vec::new();
        let mut len: u64 = 0;
        let mut any = false;
        loop {
            let avail = self.inner.fill_buf()?;
            if avail.is_empty() {
                if !any {
                    return Ok(None);
                }
                break;
            }
            any = true;
            let (take, found) = match memchr::memchr(b'\n', avail) {
                Some(i) => (i, true),
                None => (avail.len(), false),
            };
            len += take as u64;
            if len <= self.max {
                buf.extend_from_slice(&avail[..take]);
            } else if !buf.is_empty() {
                buf = Vec::new();
            }
            self.inner.consume(take + usize::from(found));
            if found {
                break;
            }
        }
        self.number += 1;
        if len > self.max {
            return Ok(Some((self.number, Line::TooLarge(len))));
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Some((self.number, Line::Record(buf))))
    }
}
