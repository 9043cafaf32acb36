//! `saywho extract`: read documents, analyse them, write one record each.
//!
//! The stages, each in its own module: `input` (sources, reader thread) →
//! `record` (decode) → `batch` (parallel chunks, ordered) → `sink` (format)
//! → `manifest` (stdout, file or parts folder), with `progress` on stderr.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use anyhow::Context;

use crate::batch::{self, End, Engine, Run};
use crate::input::{self, InputKind, ReadConfig, Request};
use crate::manifest::{self, Destination, Output, Plan};
use crate::progress::{Progress, Stats};
use crate::record::Fields;
use crate::sink::Format;

/// Documents waiting between the reader and the workers, in batches.
const QUEUE_BATCHES: usize = 8;

const EXAMPLES: &str = "\
Examples:
  saywho extract article.txt                      one text file (id = file stem)
  saywho extract corpus/ -o out.jsonl             a folder, recursively, in name order
  saywho extract news.jsonl.gz --text-field body.text --keep-fields url,date
  saywho extract feed.csv --id-field guid         CSV with a header row
  saywho extract --files list.txt --output-dir out/ -j 2
  saywho extract --files list.txt --output-dir out/ --resume     finish an interrupted run
  cat docs.jsonl | saywho extract --input jsonl - | head          streaming (Spark RDD.pipe)

Input records (JSONL) are objects like {\"id\": \"a1\", \"text\": \"...\", \"url\": \"...\"}.
Every output line carries the document id; a document that cannot be read gives
{\"schema\": 1, \"id\": ..., \"error\": {\"kind\": ..., \"message\": ...}} and the run goes on.
Exit status: 0 all documents analysed, 1 some gave error records, 2 usage or fatal I/O
error, 130 interrupted (Ctrl-C, after the chunk in progress).";

/// Which attributions the extractor reports (`saywho_core::Scope`).
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum ScopeArg {
    /// Speech and writing only.
    #[default]
    Speech,
    /// Also cognition and intention cues (believes, wants, hopes), taking
    /// sides (supports, backs, favours) and evidentials (seems, is expected).
    All,
}

impl From<ScopeArg> for saywho_core::Scope {
    fn from(s: ScopeArg) -> saywho_core::Scope {
        match s {
            ScopeArg::Speech => saywho_core::Scope::Speech,
            ScopeArg::All => saywho_core::Scope::All,
        }
    }
}

/// Arguments of `saywho extract`.
#[derive(clap::Args, Debug)]
#[command(after_help = EXAMPLES)]
pub(crate) struct ExtractArgs {
    /// Inputs: `.txt` files, `.jsonl` (also `.gz`, `.bz2`, `.zst`), `.csv`,
    /// directories (recursive), or `-` for stdin. With none, stdin is read
    /// when it is not a terminal.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Write to FILE instead of stdout (atomically: a temporary file renamed
    /// at the end; a device or pipe such as /dev/null is written in place).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    #[command(flatten)]
    review: crate::sinks::FormatArgs,
    /// Write one part file per input shard into DIR, with a manifest of
    /// finished parts (each JSONL/CSV file is a shard; text files go 1000
    /// to a shard).
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    output_dir: Option<PathBuf>,
    /// Skip the parts that the manifest in --output-dir lists as finished.
    #[arg(long, requires = "output_dir")]
    resume: bool,
    /// How to read the inputs, overriding detection by extension (stdin
    /// defaults to jsonl).
    #[arg(long, value_enum, value_name = "KIND")]
    input: Option<InputKind>,
    /// Read input paths from LIST, one per line (`-` for stdin).
    #[arg(long, value_name = "LIST")]
    files: Option<PathBuf>,
    /// Field (JSONL; dotted path allowed) or column (CSV) holding the id.
    #[arg(long, default_value = "id", value_name = "FIELD")]
    id_field: String,
    /// Field (JSONL; dotted path allowed) or column (CSV) holding the text.
    #[arg(long, default_value = "text", value_name = "FIELD")]
    text_field: String,
    /// Fields copied from each input record into the output's `meta`.
    #[arg(long, value_delimiter = ',', value_name = "FIELDS")]
    keep_fields: Vec<String>,
    /// Larger records (and text files) give a `too_large` error record; a
    /// JSONL line is never buffered beyond this. Suffixes K, M, G (binary).
    #[arg(long, default_value = "64M", value_parser = parse_size, value_name = "BYTES")]
    max_record_bytes: u64,
    /// Which attributions to report: `speech` (what was said or written) or
    /// `all` (also beliefs, intentions, stances and evidentials).
    #[arg(long, value_enum, default_value_t)]
    scope: ScopeArg,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// No progress bar and no summary on stderr.
    #[arg(short, long)]
    quiet: bool,
    /// Testing aid: make the engine panic on documents containing TEXT.
    #[arg(long, hide = true, value_name = "TEXT")]
    debug_panic_on: Option<String>,
}

fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, shift) = match s.char_indices().last() {
        Some((i, 'k' | 'K')) => (&s[..i], 10),
        Some((i, 'm' | 'M')) => (&s[..i], 20),
        Some((i, 'g' | 'G')) => (&s[..i], 30),
        _ => (s, 0),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size (e.g. 65536, 512K, 64M)"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("`{s}` is too large"))
}

/// The options that change what a part holds, in one line for the manifest:
/// a resumed run must use the same ones, or its parts would not match.
fn settings(args: &ExtractArgs) -> String {
    let r = &args.review;
    format!(
        "--scope {:?} --pretty {} --id-field {} --text-field {} --keep-fields {} \
         --max-record-bytes {} --input {:?} --speakers {} --safe-cells {} --offsets {:?}",
        args.scope,
        args.pretty,
        args.id_field,
        args.text_field,
        args.keep_fields.join(","),
        args.max_record_bytes,
        args.input,
        r.speakers,
        r.safe_cells,
        r.offsets,
    )
}

/// Is `e` a write to a closed pipe (`saywho … | head`)?
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == Some(io::ErrorKind::BrokenPipe)
    })
}

pub(crate) fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .thread_name(|i| format!("saywho-worker-{i}"))
            .build_global()
            .context("cannot start the worker threads")?;
    }
    // A stream or file output is opened first: its errors (a format that
    // needs `-o DIR`, a file that cannot be created) are usage errors, given
    // before any input is looked at. A folder waits for its manifest to be read.
    let mut early = match &args.output_dir {
        Some(_) => None,
        None => Some(Output::open(
            args.output
                .as_deref()
                .map_or(Destination::Stdout, Destination::File),
            args.format,
            settings(&args),
            args.pretty,
            args.review.clone(),
        )?),
    };
    let sources = input::resolve(&Request {
        paths: &args.paths,
        files: args.files.as_deref(),
        kind: args.input,
    });
    let sources = match sources {
        Ok(s) => s,
        Err(e) => {
            if let Some(out) = early.take() {
                out.abort();
            }
            return Err(e);
        }
    };
    let shards = input::shards(sources);
    let keys: Vec<String> = shards.iter().map(input::Shard::key).collect();

    let (mut out, plan) = match (early, &args.output_dir) {
        (Some(out), _) => (out, Plan::none(keys.len())),
        (None, Some(dir)) => {
            let settings = settings(&args);
            let plan = manifest::plan(dir, &keys, args.format, &settings, args.resume)?;
            let out = Output::open(
                Destination::Dir(dir),
                args.format,
                settings,
                args.pretty,
                args.review.clone(),
            )?;
            (out, plan)
        }
        (None, None) => anyhow::bail!("internal: no output"),
    };
    // Bytes to read, for the bar: the inputs of the shards not yet done.
    let total = shards
        .iter()
        .zip(&plan.skip)
        .filter(|(_, skip)| !**skip)
        .flat_map(|(shard, _)| &shard.sources)
        .map(input::Source::size)
        .sum::<Option<u64>>();

    let interrupted = Arc::new(AtomicBool::new(false));
    {
        let flag = Arc::clone(&interrupted);
        // A second Ctrl-C stops at once.
        let handler = ctrlc::set_handler(move || {
            if flag.swap(true, Ordering::SeqCst) {
                std::process::exit(130);
            }
        });
        if let Err(e) = handler {
            eprintln!("saywho: warning: Ctrl-C will not stop cleanly: {e}");
        }
    }

    let raw_bytes = Arc::new(AtomicU64::new(0));
    let (tx, rx) = std::sync::mpsc::sync_channel(QUEUE_BATCHES);
    let skipped = plan.skip.iter().filter(|&&s| s).count();
    let reader = input::spawn_reader(
        shards,
        plan.skip,
        ReadConfig {
            max_record_bytes: args.max_record_bytes,
            id_field: args.id_field.clone(),
            text_field: args.text_field.clone(),
            keep_fields: args.keep_fields.clone(),
        },
        tx,
        Arc::clone(&raw_bytes),
    );

    batch::install_panic_hook();
    let extractor = saywho_core::Extractor::new(saywho_core::Options {
        scope: args.scope.into(),
    });
    let engine = Engine {
        extractor: &extractor,
        fields: Fields {
            id: &args.id_field,
            text: &args.text_field,
            keep: &args.keep_fields,
        },
        panic_on: args.debug_panic_on.as_deref(),
    };
    let progress = Progress::new(total, args.quiet);
    let mut stats = Stats::default();
    let run = Run {
        progress: &progress,
        interrupted: &interrupted,
        keys: &keys,
    };
    let result = batch::drive(rx, &mut out, &engine, &run, &mut stats);
    let note = if skipped > 0 {
        format!(
            " [resumed: {skipped} parts with {} documents were already done]",
            plan.skipped_documents
        )
    } else {
        String::new()
    };
    match result {
        Ok(End::Done) => {
            anyhow::ensure!(
                reader.join().is_ok(),
                "internal: the reader thread panicked"
            );
            match out.finish() {
                Ok(()) => {}
                Err(e) if is_broken_pipe(&e) => {
                    progress.clear();
                    return Ok(ExitCode::SUCCESS);
                }
                Err(e) => return Err(e),
            }
            progress.finish(&stats, &note);
            let failed = stats.errors + plan.skipped_errors > 0;
            Ok(ExitCode::from(u8::from(failed)))
        }
        Ok(End::Interrupted) => {
            out.abort();
            progress.finish(&stats, " [interrupted]");
            Ok(ExitCode::from(130))
        }
        Err(e) if is_broken_pipe(&e) => {
            // `saywho … | head`: the reader wanted no more. Not an error.
            progress.clear();
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            out.abort();
            Err(e)
        }
    }
}
