//! Snapshot test over `corpus/`: one snapshot per article in `snapshots/`.
//!
//! For every corpus file the engine's invariants are checked first (ruff's
//! `fixtures.rs` habit), and only then is the pretty JSON of the document
//! record snapshotted. Snapshot names are the path relative to `corpus/` with
//! `/` replaced by `__`, so adding a folder renames nothing (STYLE.md §5).
//!
//! Review changes with `cargo insta review`, or regenerate with
//! `INSTA_UPDATE=always cargo test -p saywho-output --test corpus`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use saywho_core::{Analysis, QuoteKind, Span};
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

/// Opening and closing quotation marks a direct quote may start or end with.
const QUOTE_MARKS: &[char] = &[
    '"', '\'', '`', '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』',
];

/// Every way a span can be wrong, as readable messages.
fn span_problems(text: &str, what: &str, span: Span, out: &mut Vec<String>) {
    if span.end() > text.len() {
        out.push(format!(
            "{what}: {span:?} ends past the text ({} bytes)",
            text.len()
        ));
    } else if !text.is_char_boundary(span.start()) || !text.is_char_boundary(span.end()) {
        out.push(format!("{what}: {span:?} is not on char boundaries"));
    }
}

/// The engine's invariants for one document; empty when all hold.
fn invariant_problems(analysis: &Analysis<'_>) -> Vec<String> {
    let text = analysis.text;
    let mut out = Vec::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        span_problems(text, &format!("quote {i} content"), q.content, &mut out);
        for (k, p) in q.parts.iter().enumerate() {
            span_problems(text, &format!("quote {i} part {k}"), *p, &mut out);
            if !q.content.contains(*p) {
                out.push(format!("quote {i} part {k} {p:?} lies outside its content"));
            }
        }
        if let Some(cue) = q.cue {
            span_problems(text, &format!("quote {i} cue"), cue, &mut out);
        }
        if let Some(s) = &q.speaker {
            span_problems(
                text,
                &format!("quote {i} speaker mention"),
                s.mention,
                &mut out,
            );
            if let Some(e) = s.entity {
                match analysis.entities.get(e) {
                    None => out.push(format!("quote {i} speaker entity {e} does not exist")),
                    Some(ent) if !ent.quotes.contains(&i) => out.push(format!(
                        "quote {i} speaker entity {e} does not list quote {i}"
                    )),
                    Some(_) => {}
                }
            }
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            out.push(format!(
                "quote {i} confidence {} is not in 0..=1",
                q.confidence
            ));
        }
        let content = q.content.text(text);
        if q.kind == QuoteKind::Direct && q.content.is_valid_for(text) {
            let unclosed = analysis.diagnostics.iter().any(|d| {
                d.kind == saywho_core::DiagnosticKind::UnclosedQuote && q.content.overlaps(d.span)
            });
            let starts = content.starts_with(QUOTE_MARKS);
            let ends = content.ends_with(QUOTE_MARKS);
            if !starts || (!ends && !unclosed) {
                out.push(format!(
                    "direct quote {i} does not start and end with a quotation mark: {content:?}"
                ));
            }
        }
    }
    for w in analysis.quotes.windows(2) {
        if w[0].content.start() > w[1].content.start() {
            out.push(format!(
                "quotes not sorted by content start: {:?} before {:?}",
                w[0].content, w[1].content
            ));
        }
    }
    for (e, ent) in analysis.entities.iter().enumerate() {
        for &qi in &ent.quotes {
            if qi >= analysis.quotes.len() {
                out.push(format!("entity {e} lists quote {qi}, which does not exist"));
            }
        }
        for (m, span) in ent.mentions.iter().enumerate() {
            span_problems(text, &format!("entity {e} mention {m}"), *span, &mut out);
        }
    }
    for (d, diag) in analysis.diagnostics.iter().enumerate() {
        span_problems(text, &format!("diagnostic {d}"), diag.span, &mut out);
    }
    out
}

/// Problems in the serialised record: `text` must equal the slice and char
/// offsets must agree with `str::chars`.
fn record_problems(text: &str, json: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let chars_before: Vec<usize> = {
        // chars_before[b] = number of chars starting before byte b (b on a boundary).
        let mut v = vec![0; text.len() + 1];
        let mut n = 0;
        for (b, slot) in v.iter_mut().enumerate() {
            *slot = n;
            if b < text.len() && text.is_char_boundary(b) {
                n += 1;
            }
        }
        v
    };
    visit_spans(json, &mut |path, span| {
        let byte = span.get("byte").and_then(|b| b.as_array());
        let chr = span.get("char").and_then(|b| b.as_array());
        let (Some(byte), Some(chr)) = (byte, chr) else {
            return;
        };
        let num = |v: &serde_json::Value| v.as_u64().map(|n| n as usize);
        let (Some(bs), Some(be), Some(cs), Some(ce)) =
            (num(&byte[0]), num(&byte[1]), num(&chr[0]), num(&chr[1]))
        else {
            out.push(format!("{path}: malformed offsets"));
            return;
        };
        let Some(slice) = text.get(bs..be) else {
            out.push(format!("{path}: byte [{bs}, {be}] is not a valid slice"));
            return;
        };
        if span.get("text").and_then(|t| t.as_str()) != Some(slice) {
            out.push(format!("{path}: text does not equal the slice {slice:?}"));
        }
        let (want_cs, want_ce) = (chars_before[bs], chars_before[be]);
        if (cs, ce) != (want_cs, want_ce) {
            out.push(format!(
                "{path}: char [{cs}, {ce}] but str::chars gives [{want_cs}, {want_ce}]"
            ));
        }
    });
    out
}

/// Call `f` on every object with `byte` and `char` keys, with its JSON path.
fn visit_spans(
    v: &serde_json::Value,
    f: &mut dyn FnMut(&str, &serde_json::Map<String, serde_json::Value>),
) {
    fn go(
        v: &serde_json::Value,
        path: &mut String,
        f: &mut dyn FnMut(&str, &serde_json::Map<String, serde_json::Value>),
    ) {
        match v {
            serde_json::Value::Object(map) => {
                if map.contains_key("byte") && map.contains_key("char") {
                    f(path, map);
                }
                for (k, child) in map {
                    let len = path.len();
                    path.push('.');
                    path.push_str(k);
                    go(child, path, f);
                    path.truncate(len);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    go(child, path, f);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    go(v, &mut String::new(), f);
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

        let analysis = saywho_core::extract(&text);
        let problems = invariant_problems(&analysis);
        assert!(
            problems.is_empty(),
            "{}: invariants broken:\n  {}",
            relative.display(),
            problems.join("\n  ")
        );
        let record = DocumentRecord::new(&id, &analysis);
        let json = serde_json::to_value(&record).expect("a record always serialises");
        let problems = record_problems(&text, &json);
        assert!(
            problems.is_empty(),
            "{}: output spans wrong:\n  {}",
            relative.display(),
            problems.join("\n  ")
        );
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

/// The invariant checker itself catches broken analyses (so a passing
/// snapshot run means something).
#[test]
fn invariant_checker_catches_broken_analyses() {
    use saywho_core::{Entity, EntityKind, Quote, Resolution, Speaker};
    let text = "“Hi,” she said. Later: “Bye.”";
    let quote = |content: Span, entity: Option<usize>| Quote {
        kind: QuoteKind::Direct,
        rule: "test",
        confidence: 0.5,
        content,
        parts: Vec::new(),
        cue: None,
        speaker: entity.map(|e| Speaker {
            mention: Span::new(9, 12),
            name: "she".to_owned(),
            role: None,
            entity: Some(e),
            resolution: Resolution::Pronoun,
        }),
    };
    let later = text.find("“Bye").unwrap_or(0);
    let analysis = Analysis {
        text,
        quotes: vec![
            // After the next quote: out of order.
            quote(Span::new(later, text.len()), None),
            // Ends inside the three-byte closing mark.
            quote(Span::new(0, 8), Some(0)),
            // Past the end of the text, and names a missing entity.
            quote(Span::new(0, text.len() + 4), Some(7)),
            // No quotation marks around a direct quote.
            quote(Span::new(3, 5), None),
        ],
        entities: vec![Entity {
            name: "she".to_owned(),
            kind: EntityKind::Person,
            roles: Vec::new(),
            organizations: Vec::new(),
            mentions: vec![Span::new(9, 12)],
            quotes: vec![9],
        }],
        diagnostics: Vec::new(),
    };
    let problems = invariant_problems(&analysis).join("\n");
    for expected in [
        "not sorted",
        "not on char boundaries",
        "ends past the text",
        "entity 7 does not exist",
        "does not list quote 1",
        "lists quote 9, which does not exist",
        "does not start and end with a quotation mark",
    ] {
        assert!(
            problems.contains(expected),
            "the checker missed {expected:?}; it found:\n{problems}"
        );
    }
}
