//! Progress on stderr: an indicatif bar (bytes, MB/s, documents/s, ETA) when
//! stderr is a terminal, and a one-line summary at the end.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Counts of a run.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Stats {
    /// Records written (documents and error records).
    pub(crate) documents: u64,
    /// Error records among them.
    pub(crate) errors: u64,
    /// Attributions found.
    pub(crate) quotes: u64,
    /// Entities that have at least one quote, summed over documents.
    pub(crate) speakers: u64,
    /// Input bytes of the documents (uncompressed).
    pub(crate) bytes: u64,
}

/// The bar (if shown) and the clock.
pub(crate) struct Progress {
    bar: Option<ProgressBar>,
    start: Instant,
    quiet: bool,
}

impl Progress {
    /// A bar over `total` input bytes (a spinner if unknown), shown only when
    /// stderr is a terminal and not `quiet`.
    pub(crate) fn new(total: Option<u64>, quiet: bool) -> Progress {
        let show = !quiet && std::io::stderr().is_terminal();
        let bar = show.then(|| {
            let bar = match total {
                Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template(
                            "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} \
                             {binary_bytes_per_sec} ETA {eta} {msg}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar())
                        .progress_chars("=> "),
                    ),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template(
                            "{spinner} {elapsed_precise} {bytes} {binary_bytes_per_sec} {msg}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    ),
            };
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            start: Instant::now(),
            quiet,
        }
    }

    /// Show the counts, with the input read up to byte `raw` processed.
    pub(crate) fn update(&self, raw: u64, stats: &Stats) {
        if let Some(bar) = &self.bar {
            bar.set_position(raw);
        }
        self.tick(stats);
    }

    /// Refresh the counts (documents/s falls while waiting for input).
    pub(crate) fn tick(&self, stats: &Stats) {
        if let Some(bar) = &self.bar {
            let secs = self.start.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{} docs ({:.0}/s), {} errors",
                stats.documents,
                stats.documents as f64 / secs,
                stats.errors
            ));
        }
    }

    /// Remove the bar, print nothing.
    pub(crate) fn clear(self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    /// Remove the bar and print the summary (unless quiet).
    pub(crate) fn finish(self, stats: &Stats, note: &str) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.quiet {
            return;
        }
        let secs = self.start.elapsed().as_secs_f64();
        let mb = stats.bytes as f64 / 1e6;
        eprintln!(
            "saywho: {} documents ({} errors), {} quotes, {} speakers; {:.1} MB in {:.2} s ({:.1} MB/s){note}",
            stats.documents,
            stats.errors,
            stats.quotes,
            stats.speakers,
            mb,
            secs,
            mb / secs.max(1e-9),
        );
    }
}
