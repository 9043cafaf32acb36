//! `saywho extract`: the batch driver.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;

/// Arguments of `saywho extract`.
#[derive(clap::Args, Debug)]
pub(crate) struct ExtractArgs {
    /// Input files (`.txt`, `.jsonl`) or directories.
    paths: Vec<std::path::PathBuf>,
}

pub(crate) fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let extractor = saywho_core::Extractor::default();
    let mut out = std::io::stdout().lock();
    for path in &args.paths {
        let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let analysis = extractor.extract(&text);
        writeln!(out, "{}", saywho_output::to_json_line(id, &analysis))?;
    }
    Ok(ExitCode::SUCCESS)
}
