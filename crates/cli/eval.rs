//! `saywho eval`: score against brat standoff annotations.

use std::process::ExitCode;

/// Arguments of `saywho eval`.
#[derive(clap::Args, Debug)]
pub(crate) struct EvalArgs {
    /// Folder of gold `.ann` files.
    #[arg(long)]
    gold: std::path::PathBuf,
}

pub(crate) fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!(
        "eval is not implemented yet (gold: {})",
        args.gold.display()
    )
}
