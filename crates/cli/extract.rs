//! `saywho extract`: the batch driver.

use std::process::ExitCode;

use anyhow::Context;

use crate::sink::{Doc, Format, Outcome, Target, make_sink};

/// Arguments of `saywho extract`.
#[derive(clap::Args, Debug)]
pub(crate) struct ExtractArgs {
    /// Input files (`.txt`, `.jsonl`) or directories.
    paths: Vec<std::path::PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Write to FILE instead of stdout.
    #[arg(short, long)]
    output: Option<std::path::PathBuf>,
    /// Indent the JSON.
    #[arg(long)]
    pretty: bool,
    #[command(flatten)]
    review: crate::sinks::FormatArgs,
}

pub(crate) fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let extractor = saywho_core::Extractor::default();
    let target = match &args.output {
        Some(p) => Target::File(p.clone()),
        None => Target::Stdout,
    };
    let mut sink = make_sink(args.format, &target, args.pretty, &args.review)?;
    for path in &args.paths {
        let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let doc = Doc {
            id,
            meta: None,
            outcome: Outcome::Ok(extractor.extract(&text)),
        };
        sink.write(&doc)?;
    }
    sink.finish()?;
    Ok(ExitCode::SUCCESS)
}
