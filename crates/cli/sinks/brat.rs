//! `--format brat`: `NAME.txt` + `NAME.ann` per document in a folder, ready to
//! open in brat, correct, and feed back to `saywho eval --gold DIR` as gold.
//! The `.ann` writer is `saywho_eval::write_ann`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::sink::{Doc, Outcome, Sink, Target};

/// Writes one `.txt` + `.ann` pair per document into a folder.
pub(crate) struct BratSink {
    dir: PathBuf,
    /// File names already written, so two documents with one id do not
    /// overwrite each other.
    used: HashSet<String>,
}

impl BratSink {
    /// A sink writing into the folder of `target` (`-o DIR`), created if
    /// missing; with an `annotation.conf` unless one is there.
    pub(crate) fn create(target: &Target) -> anyhow::Result<BratSink> {
        let dir = match target {
            Target::Dir(d) | Target::File(d) => d.clone(),
            Target::Stdout => {
                anyhow::bail!("brat writes NAME.txt and NAME.ann per document: give -o DIR")
            }
        };
        if dir.is_file() {
            anyhow::bail!("{}: brat output needs a folder, not a file", dir.display());
        }
        std::fs::create_dir_all(&dir).with_context(|| dir.display().to_string())?;
        let conf = dir.join("annotation.conf");
        if !conf.exists() {
            std::fs::write(&conf, saywho_eval::ANNOTATION_CONF)
                .with_context(|| conf.display().to_string())?;
        }
        Ok(BratSink {
            dir,
            used: HashSet::new(),
        })
    }

    /// A file stem for `id`: path separators and odd characters become `_`,
    /// and a repeated id gets `-2`, `-3` …
    fn stem(&mut self, id: &str) -> String {
        let mut base: String = id
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        base = base.trim_start_matches('.').to_string();
        if base.is_empty() {
            base = "doc".into();
        }
        let mut stem = base.clone();
        let mut n = 1;
        while !self.used.insert(stem.clone()) {
            n += 1;
            stem = format!("{base}-{n}");
        }
        stem
    }
}

fn write(path: &Path, data: &str) -> anyhow::Result<()> {
    std::fs::write(path, data).with_context(|| path.display().to_string())
}

impl Sink for BratSink {
    fn write(&mut self, doc: &Doc<'_, '_>) -> anyhow::Result<()> {
        match &doc.outcome {
            Outcome::Ok(analysis) => {
                let stem = self.stem(doc.id);
                write(&self.dir.join(format!("{stem}.txt")), analysis.text)?;
                write(
                    &self.dir.join(format!("{stem}.ann")),
                    &saywho_eval::write_ann(analysis),
                )?;
            }
            Outcome::Err { kind, message } => {
                eprintln!("saywho: {}: not written ({kind}: {message})", doc.id);
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        Ok(())
    }
}
