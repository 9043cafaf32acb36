//! Where the output goes: stdout, one file, or one part file per shard in a
//! folder with a manifest of finished parts (for `--resume`).
//!
//! Files are written under a temporary name in their destination folder,
//! synced, and renamed: an interrupted run never leaves a half-written file
//! under a final name. A part is listed in the manifest only after its
//! rename, and the manifest line is synced before the next part starts.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::ValueEnum;
use serde::{Deserialize, Serialize};

use crate::sink::{Format, Sink, Target, make_sink};
use crate::sinks::FormatArgs;

/// Name of the manifest in an `--output-dir`.
pub(crate) const MANIFEST: &str = "saywho-manifest.jsonl";

/// One finished part, one line of the manifest.
#[derive(Serialize, Deserialize, Debug)]
pub(crate) struct Entry {
    /// Index of the shard (its place in the input order).
    pub(crate) shard: usize,
    /// File name of the part in the output folder.
    pub(crate) part: String,
    /// The inputs of the shard, checked on `--resume`.
    pub(crate) inputs: String,
    /// Documents written.
    pub(crate) documents: u64,
    /// Of which error records.
    pub(crate) errors: u64,
    /// Size of the part file.
    pub(crate) bytes: u64,
    /// The options that shape the output (`--scope`, `--pretty`, fields …),
    /// checked on `--resume`. Empty in manifests of earlier versions.
    #[serde(default)]
    pub(crate) settings: String,
}

/// What `--resume` found: which shards are done, and their error count.
pub(crate) struct Plan {
    pub(crate) skip: Vec<bool>,
    pub(crate) skipped_documents: u64,
    pub(crate) skipped_errors: u64,
}

impl Plan {
    /// Nothing done yet.
    pub(crate) fn none(shards: usize) -> Plan {
        Plan {
            skip: vec![false; shards],
            skipped_documents: 0,
            skipped_errors: 0,
        }
    }
}

fn part_name(shard: usize, format: Format) -> String {
    let ext = format
        .to_possible_value()
        .map_or_else(|| "out".to_owned(), |v| v.get_name().to_owned());
    format!("part-{shard:05}.{ext}")
}

fn temp_name(name: &str) -> String {
    format!(".{name}.tmp")
}

/// Read the manifest of `dir` and decide which shards to skip.
///
/// Without `resume`, an existing manifest is an error (the folder holds an
/// earlier run). With it, each listed part must name the same inputs as the
/// shard of the same index, have been written with the same `settings`, and
/// still exist with the recorded size.
pub(crate) fn plan(
    dir: &Path,
    keys: &[String],
    format: Format,
    settings: &str,
    resume: bool,
) -> anyhow::Result<Plan> {
    let mut plan = Plan {
        skip: vec![false; keys.len()],
        skipped_documents: 0,
        skipped_errors: 0,
    };
    let path = dir.join(MANIFEST);
    if !path.exists() {
        return Ok(plan);
    }
    anyhow::ensure!(
        resume,
        "{} holds the manifest of an earlier run: pass --resume to finish it, or use another folder",
        dir.display()
    );
    let mut text = Vec::new();
    File::open(&path)
        .and_then(|mut f| f.read_to_end(&mut text))
        .with_context(|| format!("cannot read {}", path.display()))?;
    // A run killed while appending leaves a partial last line: drop it.
    let complete = text.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    if complete < text.len() {
        OpenOptions::new()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_len(complete as u64))
            .with_context(|| format!("cannot repair {}", path.display()))?;
    }
    for (n, line) in text[..complete].split(|&b| b == b'\n').enumerate() {
        if line.is_empty() {
            continue;
        }
        let entry: Entry = serde_json::from_slice(line)
            .with_context(|| format!("{}:{}: not a manifest entry", path.display(), n + 1))?;
        let Some(key) = keys.get(entry.shard) else {
            anyhow::bail!(
                "{}: shard {} is not among the {} shards of these inputs; \
                 resume with the same inputs as the first run",
                path.display(),
                entry.shard,
                keys.len()
            );
        };
        anyhow::ensure!(
            *key == entry.inputs && entry.part == part_name(entry.shard, format),
            "{}: part {} was made from `{}`, but these inputs give `{key}` in its place; \
             resume with the same inputs and --format as the first run",
            path.display(),
            entry.part,
            entry.inputs,
        );
        anyhow::ensure!(
            entry.settings.is_empty() || entry.settings == settings,
            "{}: part {} was written with `{}`, but this run has `{settings}`; \
             resume with the same options as the first run",
            path.display(),
            entry.part,
            entry.settings,
        );
        let size = std::fs::metadata(dir.join(&entry.part))
            .map(|m| m.len())
            .ok();
        if size == Some(entry.bytes) && !plan.skip[entry.shard] {
            plan.skip[entry.shard] = true;
            plan.skipped_documents += entry.documents;
            plan.skipped_errors += entry.errors;
        }
    }
    Ok(plan)
}

enum Mode {
    /// Stdout, or a folder written in place: nothing to seal.
    Stdout,
    File {
        dest: PathBuf,
        temp: PathBuf,
    },
    Dir {
        dir: PathBuf,
        manifest: File,
    },
}

/// The open part of an output folder.
struct Part {
    shard: usize,
    temp: PathBuf,
    dest: PathBuf,
}

/// The destination of one run.
pub(crate) struct Output {
    mode: Mode,
    format: Format,
    settings: String,
    pretty: bool,
    review: FormatArgs,
    sink: Option<Box<dyn Sink>>,
    part: Option<Part>,
}

/// Where to write, from the command line.
pub(crate) enum Destination<'a> {
    Stdout,
    File(&'a Path),
    Dir(&'a Path),
}

impl Output {
    /// Open the destination. A folder is created if needed; its manifest
    /// records `settings` with each part.
    pub(crate) fn open(
        dest: Destination<'_>,
        format: Format,
        settings: String,
        pretty: bool,
        review: FormatArgs,
    ) -> anyhow::Result<Output> {
        let (mode, sink) = match dest {
            Destination::Stdout => (
                Mode::Stdout,
                Some(make_sink(format, &Target::Stdout, pretty, &review)?),
            ),
            // A folder format (brat) writes its files in place in `-o DIR`.
            Destination::File(path) if format == Format::Brat => (
                Mode::Stdout,
                Some(make_sink(
                    format,
                    &Target::Dir(path.to_owned()),
                    pretty,
                    &review,
                )?),
            ),
            // A device or a pipe (`-o /dev/null`, `-o /dev/stdout`, a FIFO)
            // is written in place: renaming a temporary file over it would
            // replace the device with a regular file.
            Destination::File(path) if is_special(path) => (
                Mode::Stdout,
                Some(make_sink(
                    format,
                    &Target::File(path.to_owned()),
                    pretty,
                    &review,
                )?),
            ),
            Destination::File(path) => {
                let name = path
                    .file_name()
                    .with_context(|| format!("{} is not a file name", path.display()))?
                    .to_string_lossy();
                let temp = path.with_file_name(temp_name(&name));
                let sink = make_sink(format, &Target::File(temp.clone()), pretty, &review)?;
                (
                    Mode::File {
                        dest: path.to_owned(),
                        temp,
                    },
                    Some(sink),
                )
            }
            Destination::Dir(dir) => {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
                let path = dir.join(MANIFEST);
                let manifest = OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&path)
                    .with_context(|| format!("cannot open {}", path.display()))?;
                (
                    Mode::Dir {
                        dir: dir.to_owned(),
                        manifest,
                    },
                    None,
                )
            }
        };
        Ok(Output {
            mode,
            format,
            settings,
            pretty,
            review,
            sink,
            part: None,
        })
    }

    /// Shard `shard` starts: in a folder, open its part.
    pub(crate) fn begin(&mut self, shard: usize) -> anyhow::Result<()> {
        if let Mode::Dir { dir, .. } = &self.mode {
            let name = part_name(shard, self.format);
            let temp = dir.join(temp_name(&name));
            self.sink = Some(make_sink(
                self.format,
                &Target::File(temp.clone()),
                self.pretty,
                &self.review,
            )?);
            self.part = Some(Part {
                shard,
                temp,
                dest: dir.join(name),
            });
        }
        Ok(())
    }

    /// The sink documents go to now.
    pub(crate) fn sink(&mut self) -> anyhow::Result<&mut dyn Sink> {
        match self.sink.as_deref_mut() {
            Some(s) => Ok(s),
            None => anyhow::bail!("internal: documents outside a shard"),
        }
    }

    /// Shard `shard` is complete: in a folder, seal its part and record it.
    pub(crate) fn end(
        &mut self,
        shard: usize,
        inputs: String,
        documents: u64,
        errors: u64,
    ) -> anyhow::Result<()> {
        let Mode::Dir { dir, manifest } = &mut self.mode else {
            return Ok(());
        };
        let part = self
            .part
            .take()
            .context("internal: end of a shard never begun")?;
        anyhow::ensure!(part.shard == shard, "internal: shards out of order");
        if let Some(sink) = self.sink.take() {
            sink.finish()?;
        }
        seal(&part.temp, &part.dest, dir)?;
        let entry = Entry {
            shard,
            part: part_name(shard, self.format),
            inputs,
            documents,
            errors,
            bytes: std::fs::metadata(&part.dest)?.len(),
            settings: self.settings.clone(),
        };
        let mut line = serde_json::to_vec(&entry)?;
        line.push(b'\n');
        manifest.write_all(&line)?;
        manifest.sync_data()?;
        Ok(())
    }

    /// The run is complete: finish the stream, or seal the file.
    pub(crate) fn finish(mut self) -> anyhow::Result<()> {
        if let Some(sink) = self.sink.take() {
            sink.finish()?;
        }
        if let Mode::File { dest, temp } = &self.mode {
            let dir = match dest.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
                _ => PathBuf::from("."),
            };
            seal(temp, dest, &dir)?;
        }
        Ok(())
    }

    /// The run stops early: flush what is written to a stream; a single
    /// output file is removed (it would be incomplete); an unfinished part
    /// stays under its temporary name for `--resume` to redo.
    pub(crate) fn abort(mut self) {
        if let Some(mut sink) = self.sink.take() {
            let _ = sink.flush();
        }
        if let Mode::File { temp, .. } = &self.mode {
            let _ = std::fs::remove_file(temp);
        }
    }
}

/// True when `path` exists and is neither a regular file nor a folder.
fn is_special(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Sync `temp`, rename it to `dest`, and sync the folder.
fn seal(temp: &Path, dest: &Path, dir: &Path) -> anyhow::Result<()> {
    File::open(temp)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("cannot sync {}", temp.display()))?;
    std::fs::rename(temp, dest)
        .with_context(|| format!("cannot rename {} to {}", temp.display(), dest.display()))?;
    // Make the rename durable; not every platform can sync a folder.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
