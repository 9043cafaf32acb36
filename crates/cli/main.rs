//! The `saywho` command line: `saywho extract` and `saywho eval`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod batch;
mod eval;
mod extract;
mod input;
mod manifest;
mod progress;
mod record;
mod sink;
mod sinks;

/// mimalloc: the engine builds many small, short-lived vectors per
/// document, and glibc's malloc/free/realloc took ~12 % of a -j 1 profile
/// (see docs/scale.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EXAMPLES: &str = "\
Examples:
  saywho extract article.txt                  attributions of one article, as JSON Lines
  saywho extract corpus/ -o out.jsonl -j 2    a folder of .txt/.jsonl/.csv files
  zcat news.jsonl.gz | saywho extract - | jq .quotes
  saywho extract --help                       inputs, outputs, resume, exit codes";

/// Who said what, in what role: quotations and attributions from news text.
#[derive(Parser, Debug)]
#[command(name = "saywho", version, about, long_about = None, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract attributions from documents and write JSON Lines.
    Extract(extract::ExtractArgs),
    /// Score saywho against brat standoff annotations.
    Eval(eval::EvalArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("saywho: {e:#}");
            ExitCode::from(2)
        }
    }
}
