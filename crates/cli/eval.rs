//! `saywho eval`: score the engine against brat standoff annotations.
//!
//! Exit codes: 0 when scored (and no baseline figure regressed), 1 when a
//! headline F1 fell more than `--tolerance` below `--baseline`, 2 on error.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;
use saywho_eval::SysAttribution;

use crate::extract::ScopeArg;

/// Arguments of `saywho eval`.
#[derive(clap::Args, Debug)]
pub(crate) struct EvalArgs {
    /// Folder of gold `.ann` files (`NAME.ann` or `NAME_ANNOTATOR.ann`).
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,
    /// Folder of the texts [default: the gold folder, then DIR/../text].
    #[arg(long, value_name = "DIR")]
    text: Option<PathBuf>,
    /// Which attributions the extractor reports.
    #[arg(long, value_enum, default_value_t)]
    scope: ScopeArg,
    /// Print the summary as JSON instead of the table.
    #[arg(long)]
    json: bool,
    /// Write every miss, false positive, wrong speaker and boundary error to
    /// FILE as JSON Lines.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Compare the headline F1 figures with this summary; exit 1 when one is
    /// more than --tolerance below it.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Allowed drop below the baseline (F1 as a fraction: 0.005 = half a point).
    #[arg(long, default_value_t = 0.005)]
    tolerance: f64,
    /// Write the summary to FILE as the new baseline.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
}

/// Extract the scored attributions of one text; an engine panic counts as
/// no output for that document (and is reported).
fn system(extractor: &saywho_core::Extractor, id: &str, text: &str) -> Vec<SysAttribution> {
    let run =
        std::panic::AssertUnwindSafe(|| SysAttribution::from_analysis(&extractor.extract(text)));
    match std::panic::catch_unwind(run) {
        Ok(v) => v,
        Err(_) => {
            eprintln!("saywho eval: the engine panicked on {id}; scored as no output");
            Vec::new()
        }
    }
}

pub(crate) fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let gold = saywho_eval::read_gold_dir(&args.gold, args.text.as_deref())?;
    let extractor = saywho_core::Extractor::new(saywho_core::Options {
        scope: args.scope.into(),
    });
    let systems: Vec<Vec<SysAttribution>> = gold
        .par_iter()
        .map(|d| system(&extractor, &d.id, &d.text))
        .collect();
    let ev = saywho_eval::score(&gold, &systems);

    let mut summary = saywho_eval::summary(&ev);
    summary["scope"] = serde_json::json!(match args.scope {
        ScopeArg::Speech => "speech",
        ScopeArg::All => "all",
    });

    if let Some(path) = &args.errors {
        let file = std::fs::File::create(path).with_context(|| path.display().to_string())?;
        let mut out = std::io::BufWriter::new(file);
        for e in &ev.errors {
            serde_json::to_writer(&mut out, e)?;
            out.write_all(b"\n")?;
        }
        out.flush().with_context(|| path.display().to_string())?;
    }
    if let Some(path) = &args.write_baseline {
        let mut s = serde_json::to_string_pretty(&summary)?;
        s.push('\n');
        std::fs::write(path, s).with_context(|| path.display().to_string())?;
    }

    let mut stdout = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut stdout, &summary)?;
        writeln!(stdout)?;
    } else {
        write!(stdout, "{}", saywho_eval::table(&ev))?;
    }
    stdout.flush()?;

    if let Some(path) = &args.baseline {
        let data = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
        let baseline: serde_json::Value =
            serde_json::from_str(&data).with_context(|| path.display().to_string())?;
        let drops = saywho_eval::regressions(&summary, &baseline, args.tolerance);
        if !drops.is_empty() {
            for d in &drops {
                eprintln!(
                    "saywho eval: {} fell from {:.4} to {:.4} (tolerance {})",
                    d.measure, d.baseline, d.current, args.tolerance
                );
            }
            eprintln!(
                "saywho eval: {} headline figure(s) below the baseline {}",
                drops.len(),
                path.display()
            );
            return Ok(ExitCode::from(1));
        }
        eprintln!(
            "saywho eval: no headline F1 more than {} below the baseline {}",
            args.tolerance,
            path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
