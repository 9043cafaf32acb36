//! Snapshot test over `corpus/`: one snapshot per article in `snapshots/`.
//!
//! For every corpus file the engine's invariants are checked first (ruff's
//! `fixtures.rs` habit: `saywho_core::invariants` on the analysis,
//! `saywho_output::check` on its record), and only then is the pretty JSON of
//! the document record snapshotted. Snapshot names are the path relative to
//! `corpus/` with `/` replaced by `__`, so adding a folder renames nothing
//! (STYLE.md §5).
//!
//! Review changes with `cargo insta review`, or regenerate with
//! `INSTA_UPDATE=always cargo test -p saywho-output --test corpus`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use saywho_core::invariants;
use saywho_output::DocumentRecord;

/// Where the articles live, relative to this crate's manifest.
fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

/// Where the snapshots live, relative to this crate's manifest.
fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../snapshots")
}

/// `corpus/marks/curly.txt` → `marks__curly`.
fn suffix_of(relative: &Path) -> String {
    let parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("__")
}

/// The folder whose articles are extracted with `--scope all`.
const SCOPE_ALL_DIR: &str = "scope-all";

/// Articles under `corpus/scope-all/` exercise what `--scope all` adds
/// (cognition, intention, taking sides); every other article runs with the
/// default scope.
fn extractor_for(relative: &Path) -> saywho_core::Extractor {
    let scope = if relative.starts_with(SCOPE_ALL_DIR) {
        saywho_core::Scope::All
    } else {
        saywho_core::Scope::Speech
    };
    saywho_core::Extractor::new(saywho_core::Options { scope })
}

#[test]
fn corpus_snapshots() {
    insta::glob!("../../../corpus", "**/*.txt", |path| {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let relative = path
            .strip_prefix(corpus_dir().canonicalize().unwrap_or_else(|_| corpus_dir()))
            .or_else(|_| path.strip_prefix(corpus_dir()))
            .unwrap_or(path);
        let suffix = suffix_of(relative);
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();

        let analysis = extractor_for(relative).extract(&text);
        if let Err(broken) = invariants::check(&analysis) {
            panic!("{}: invariants broken:\n{broken}", relative.display());
        }
        if let Err(broken) = saywho_output::check::record(&analysis) {
            panic!("{}: output spans wrong:\n{broken}", relative.display());
        }
        let record = DocumentRecord::new(&id, &analysis);
        let pretty = serde_json::to_string_pretty(&record).expect("a record always serialises");

        insta::with_settings!({
            snapshot_path => "../../../snapshots",
            prepend_module_to_snapshot => false,
            snapshot_suffix => suffix.clone(),
            input_file => path,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("corpus", pretty);
        });
    });
}

/// Every snapshot has its corpus file and every corpus file its snapshot.
#[test]
fn snapshots_match_corpus_files() {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeSet<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let relative = path.strip_prefix(root).unwrap_or(&path);
                out.insert(suffix_of(relative));
            }
        }
    }
    let mut articles = BTreeSet::new();
    walk(&corpus_dir(), &corpus_dir(), &mut articles);
    assert!(!articles.is_empty(), "no article found under corpus/");

    let mut snapshots = BTreeSet::new();
    for entry in std::fs::read_dir(snapshot_dir())
        .expect("snapshots/ exists")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".snap") {
            let suffix = stem.strip_prefix("corpus@").unwrap_or(stem);
            snapshots.insert(suffix.to_owned());
        }
    }
    let without_snapshot: Vec<_> = articles.difference(&snapshots).collect();
    let without_article: Vec<_> = snapshots.difference(&articles).collect();
    assert!(
        without_snapshot.is_empty() && without_article.is_empty(),
        "corpus files without a snapshot: {without_snapshot:?}\n\
         snapshots without a corpus file: {without_article:?}\n\
         (run `INSTA_UPDATE=always cargo test -p saywho-output --test corpus`, delete orphans)"
    );
}

/// Pattern tags that issue 2 asks the corpus to cover, as written in the
/// `# patterns:` header lines.
const REQUIRED_PATTERNS: &[&str] = &[
    // marks
    "straight-double",
    "straight-single",
    "curly-double",
    "curly-single",
    "low-double-marks",
    "low-single-marks",
    "guillemets",
    "reversed-guillemets",
    "nbsp-inside-guillemets",
    "thin-space-inside-guillemets",
    "single-guillemets",
    "corner-brackets",
    "white-corner-brackets",
    "double-apostrophe-pairs",
    "backtick-pairs",
    // pairing
    "contraction",
    "decade-elision",
    "rock-n-roll",
    "plural-possessive",
    "left-single-as-apostrophe",
    "nested-single-in-double",
    "nested-double-in-single",
    "multi-paragraph-quote",
    "unclosed-quote",
    "stray-closer",
    // kinds
    "mixed",
    "term",
    "scare-quotes",
    "title-of-work",
    "nickname",
    "headline",
    "video-caption",
    "repeated-caption-line",
    // cues
    "cue-said",
    "cue-says",
    "cue-told",
    "cue-added",
    "cue-asked",
    "cue-wrote",
    "cue-tweeted",
    "cue-posted",
    "cue-insisted",
    "cue-argued",
    "cue-noted",
    "cue-warned",
    "cue-explained",
    "cue-stated",
    "cue-declared",
    "cue-announced",
    "cue-replied",
    "cue-recalled",
    "cue-acknowledged",
    "cue-admitted",
    "cue-conceded",
    "cue-claimed",
    "cue-continued",
    "cue-has-said",
    "cue-also-said",
    "cue-said-in-a-statement",
    "cue-told-reporters",
    "according-to",
    "colon-cue",
    "dash-signature",
    // speakers
    "multi-token-name",
    "initials",
    "particle-de",
    "particle-van",
    "particle-bin",
    "suffix-jr",
    "suffix-iii",
    "title-before-name",
    "senator-with-party",
    "apposition-after-name",
    "organisation-speaker",
    "un-panel",
    "corp-suffix",
    "nominal-spokesman",
    "nominal-senior-official",
    "plural-officials",
    "plural-sources",
    "conjoined-speakers",
    // frames
    "quote-comma-said-speaker",
    "quote-comma-speaker-said",
    "speaker-said-comma-quote",
    "speaker-said-colon-quote",
    "speaker-colon-quote",
    "split-quote",
    "quote-said-then-quote",
    "continuation-paragraph",
    "continuation-stops-at-narrative",
    "continuation-stops-at-other-speaker",
    "headline-quote-colon-speaker",
    "headline-speaker-colon-quote",
    "headline-quote-dash-speaker",
    "asked-speaker-said-quote",
    "mixed-in-reported-clause",
    // resolution
    "surname-resolution",
    "mr-surname",
    "ms-surname",
    "pronoun-he",
    "pronoun-she",
    "pronoun-it",
    "pronoun-they",
    "nominal-resolution",
    // reported speech
    "speaker-said-that",
    "content-comma-speaker-said",
    "speaker-told-that",
    "speaker-who-said",
    "according-to-indirect",
    // furniture and traps
    "byline",
    "read-more",
    "story-continues",
    "sponsored-content",
    "photo-credit",
    "abbreviation-mr",
    "abbreviation-us",
    "abbreviation-jan",
    "abbreviation-corp",
    "abbreviation-st",
];

/// The pattern tags of one article, or a problem with its header and length.
fn article_header(path: &Path, text: &str) -> Result<Vec<String>, String> {
    let first = text.lines().next().unwrap_or("");
    let Some(list) = first.strip_prefix("# patterns:") else {
        return Err(format!(
            "{}: first line is not `# patterns: …`",
            path.display()
        ));
    };
    let lines = text.lines().count();
    if !(8..=30).contains(&lines) {
        return Err(format!(
            "{}: {lines} lines, expected 8 to 30",
            path.display()
        ));
    }
    let tags: Vec<String> = list
        .split(',')
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    if tags.is_empty() {
        return Err(format!("{}: names no pattern", path.display()));
    }
    Ok(tags)
}

/// Every article starts with its `# patterns:` line, is 8–30 lines long, and
/// together the articles cover every pattern issue 2 lists.
#[test]
fn corpus_covers_every_required_pattern() {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&corpus_dir(), &mut files);
    assert!(files.len() >= 36, "only {} articles", files.len());

    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        match article_header(path, &text) {
            Ok(tags) => seen.extend(tags),
            Err(problem) => problems.push(problem),
        }
    }
    let missing: Vec<&str> = REQUIRED_PATTERNS
        .iter()
        .copied()
        .filter(|p| !seen.contains(*p))
        .collect();
    assert!(
        problems.is_empty() && missing.is_empty(),
        "bad articles:\n  {}\npatterns no article names: {missing:?}",
        problems.join("\n  ")
    );
}

/// An article under `corpus/scope-all/` earns its place: `--scope all` finds
/// attributions in it that the default scope leaves out, and reports every
/// attribution the default scope reports.
#[test]
fn scope_all_articles_add_to_the_default_scope() {
    let dir = corpus_dir().join(SCOPE_ALL_DIR);
    let mut articles = 0;
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        articles += 1;
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let contents = |scope| {
            saywho_core::Extractor::new(saywho_core::Options { scope })
                .extract(&text)
                .quotes
                .iter()
                .map(|q| q.content)
                .collect::<BTreeSet<_>>()
        };
        let speech = contents(saywho_core::Scope::Speech);
        let all = contents(saywho_core::Scope::All);
        assert!(
            all.len() > speech.len() && speech.is_subset(&all),
            "{}: --scope all reports {} contents, the default {} ({} of them not in scope all)",
            path.display(),
            all.len(),
            speech.len(),
            speech.difference(&all).count()
        );
    }
    assert!(articles > 0, "no article under {}", dir.display());
}
