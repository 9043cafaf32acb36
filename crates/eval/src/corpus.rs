//! A folder of gold annotations: `.ann` files, their texts and `metadata.tsv`.
//!
//! Two layouts are understood:
//!
//! * flat: `DIR/NAME.txt` beside `DIR/NAME.ann` (brat's own layout, and what
//!   `saywho extract --format brat` writes);
//! * PolNeAR: `DIR/NAME_ANNOTATOR.ann` with the text in `DIR/../text/NAME.txt`
//!   and `metadata.tsv` in `DIR/..`; `DIR` may also be the corpus root, whose
//!   annotations are in `attributions/`.
//!
//! When one text has several annotators, the first one listed in the
//! `annotators` column of `metadata.tsv` is used if its file exists, else the
//! first by file name.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::EvalError;
use crate::brat::{GoldAttribution, parse_ann};

/// One annotated document.
#[derive(Clone, Debug)]
pub struct GoldDoc {
    /// The text's file stem (without annotator suffix).
    pub id: String,
    /// The text, exactly as read.
    pub text: String,
    /// The `publisher` column of `metadata.tsv`, if any.
    pub publisher: Option<String>,
    /// The `.ann` file read.
    pub ann: PathBuf,
    /// The gold attributions that have a content.
    pub attributions: Vec<GoldAttribution>,
    /// Attribution events without any content (not scored).
    pub without_content: usize,
}

/// One row of `metadata.tsv`.
#[derive(Clone, Debug, Default)]
struct Meta {
    annotators: Vec<String>,
    publisher: Option<String>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> EvalError + '_ {
    move |source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Read `metadata.tsv` (tab-separated with a header naming `filename`,
/// `annotators` and `publisher`).
fn read_metadata(path: &Path) -> Result<HashMap<String, Meta>, EvalError> {
    let data = std::fs::read_to_string(path).map_err(io(path))?;
    let mut lines = data.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| h.trim() == name);
    let Some(file_col) = col("filename") else {
        return Err(EvalError::Parse {
            path: path.to_path_buf(),
            line: 1,
            message: "no `filename` column".into(),
        });
    };
    let (ann_col, pub_col) = (col("annotators"), col("publisher"));
    let mut out = HashMap::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |c: Option<usize>| {
            c.and_then(|c| cells.get(c))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
        };
        let Some(name) = cell(Some(file_col)) else {
            continue;
        };
        let name = name.trim_end_matches(".txt").to_string();
        let meta = Meta {
            annotators: cell(ann_col)
                .map(|a| a.split('|').map(|s| s.trim().to_string()).collect())
                .unwrap_or_default(),
            publisher: cell(pub_col).map(str::to_string),
        };
        out.insert(name, meta);
    }
    Ok(out)
}

/// Where the texts may be, in order of preference.
fn text_dirs(gold: &Path, text: Option<&Path>) -> Vec<PathBuf> {
    match text {
        Some(t) => vec![t.to_path_buf()],
        None => {
            let mut dirs = vec![gold.to_path_buf()];
            if let Some(parent) = gold.parent() {
                dirs.push(parent.join("text"));
            }
            dirs
        }
    }
}

/// Find the text of `stem` (an `.ann` file stem): `(text path, annotator)`.
fn find_text(stem: &str, dirs: &[PathBuf]) -> Option<(PathBuf, String, Option<String>)> {
    for dir in dirs {
        let p = dir.join(format!("{stem}.txt"));
        if p.is_file() {
            return Some((p, stem.to_string(), None));
        }
        if let Some((name, annotator)) = stem.rsplit_once('_') {
            let p = dir.join(format!("{name}.txt"));
            if p.is_file() {
                return Some((p, name.to_string(), Some(annotator.to_string())));
            }
        }
    }
    None
}

/// The `.ann` files of `dir`, sorted.
fn list_anns(dir: &Path) -> Result<Vec<PathBuf>, EvalError> {
    let mut anns: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann") && p.is_file())
        .collect();
    anns.sort();
    Ok(anns)
}

/// Read every annotated document of `gold` (see the module docs for the
/// layouts). `text` overrides where the texts are looked for. Documents come
/// sorted by id.
pub fn read_gold_dir(gold: &Path, text: Option<&Path>) -> Result<Vec<GoldDoc>, EvalError> {
    let mut anns = list_anns(gold)?;
    let mut gold = gold.to_path_buf();
    // The PolNeAR root itself: its annotations are in `attributions/`.
    let nested = gold.join("attributions");
    if anns.is_empty() && nested.is_dir() {
        anns = list_anns(&nested)?;
        gold = nested;
    }
    if anns.is_empty() {
        return Err(EvalError::Empty(gold));
    }
    let gold = gold.as_path();
    let dirs = text_dirs(gold, text);
    let mut meta = HashMap::new();
    let mut meta_dirs = vec![gold.to_path_buf()];
    meta_dirs.extend(gold.parent().map(Path::to_path_buf));
    if let Some(t) = text {
        meta_dirs.push(t.to_path_buf());
        meta_dirs.extend(t.parent().map(Path::to_path_buf));
    }
    if let Some(p) = meta_dirs
        .iter()
        .map(|d| d.join("metadata.tsv"))
        .find(|p| p.is_file())
    {
        meta = read_metadata(&p)?;
    }

    // Text name → (text path, [(annotator, ann path)]) in file-name order.
    type Candidates = (PathBuf, Vec<(Option<String>, PathBuf)>);
    let mut by_text: BTreeMap<String, Candidates> = BTreeMap::new();
    for ann in anns {
        let stem = ann
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let (txt, name, annotator) = find_text(&stem, &dirs).ok_or_else(|| EvalError::NoText {
            ann: ann.clone(),
            looked_in: dirs.clone(),
        })?;
        by_text
            .entry(name)
            .or_insert_with(|| (txt, Vec::new()))
            .1
            .push((annotator, ann));
    }

    let mut docs = Vec::with_capacity(by_text.len());
    for (id, (txt, candidates)) in by_text {
        let m = meta.get(&id).cloned().unwrap_or_default();
        let chosen = m
            .annotators
            .iter()
            .find_map(|a| candidates.iter().find(|(c, _)| c.as_deref() == Some(a)))
            .unwrap_or(&candidates[0]);
        let ann_path = chosen.1.clone();
        let text = std::fs::read_to_string(&txt).map_err(io(&txt))?;
        let ann = std::fs::read_to_string(&ann_path).map_err(io(&ann_path))?;
        let all = parse_ann(&ann, &text, &ann_path)?;
        let total = all.len();
        let attributions: Vec<GoldAttribution> =
            all.into_iter().filter(|a| !a.content.is_empty()).collect();
        docs.push(GoldDoc {
            id,
            without_content: total - attributions.len(),
            text,
            publisher: m.publisher,
            ann: ann_path,
            attributions,
        });
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, s: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, s).unwrap();
    }

    const ANN: &str = "T1\tSource 0 3\tAda\nT2\tCue 4 8\tsaid\nT3\tContent 9 13\tthat\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n";

    #[test]
    fn polnear_layout_picks_first_listed_annotator() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(&root.join("text/doc.txt"), "Ada said that.");
        write(&root.join("text/solo.txt"), "Bob said that.");
        write(&root.join("attributions/doc_aaaa.ann"), "");
        write(&root.join("attributions/doc_bbbb.ann"), ANN);
        write(&root.join("attributions/solo_aaaa.ann"), ANN);
        write(
            &root.join("metadata.tsv"),
            "compartment\tfilename\tannotators\tpublisher\n\
             train\tdoc\tbbbb|aaaa\tdaily\n\
             train\tsolo\tcccc\tweekly\n",
        );
        let docs = read_gold_dir(&root.join("attributions"), None).unwrap();
        assert_eq!(docs.len(), 2);
        // The corpus root works too.
        let from_root = read_gold_dir(root, None).unwrap();
        assert_eq!(from_root.len(), 2);
        assert_eq!(from_root[0].ann, docs[0].ann);
        assert_eq!(docs[0].id, "doc");
        assert!(docs[0].ann.ends_with("doc_bbbb.ann"));
        assert_eq!(docs[0].attributions.len(), 1);
        assert_eq!(docs[0].publisher.as_deref(), Some("daily"));
        // The listed annotator has no file: first by name.
        assert!(docs[1].ann.ends_with("solo_aaaa.ann"));
        assert_eq!(docs[1].publisher.as_deref(), Some("weekly"));
    }

    #[test]
    fn flat_layout_and_missing_text() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(&root.join("one.txt"), "Ada said that.");
        write(&root.join("one.ann"), ANN);
        let docs = read_gold_dir(root, None).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "one");
        assert_eq!(docs[0].publisher, None);
        write(&root.join("two.ann"), ANN);
        let err = read_gold_dir(root, None).unwrap_err().to_string();
        assert!(err.contains("two.ann"), "{err}");
    }
}
