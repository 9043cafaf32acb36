//! Integration tests of the review formats: `saywho extract --format
//! csv|tsv|html|labelstudio` run as a binary.
//!
//! Expected values are computed from the binary's own JSON Lines output of
//! the same documents, so these tests check the formats, not the engine.

use std::path::{Path, PathBuf};
use std::process::Command;

use saywho_output::check::html_balanced;
use saywho_output::table::{Offsets, SPEAKER_HEADER, attribution_header};
use serde_json::Value;

/// Documents written for these tests (never third-party text).
const BUDGET: &str = "😀 Budget night in Springfield.\n\n\
\"We will appeal, no matter what,\" said Mayor Lena Ortiz. \
“<script>alert(1)</script> is not a plan,” Ortiz added.\n\n\
“The vote was fair,” said Tom Reyes, a council member.\n\n\
Critics called the plan \"=SUM(A1)\".";

const HARBOUR: &str = "The harbour reopened on Monday.\n\n\
“Ships are moving again,” said port director Ana Lima. \
She added that repairs would cost “far less than feared”.";

/// A fresh folder under Cargo's target tmp dir.
fn folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("formats-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Write `docs` as `<stem>.txt` files into a fresh folder; their paths.
fn write_docs(name: &str, docs: &[(&str, &str)]) -> Vec<PathBuf> {
    let dir = folder(name);
    docs.iter()
        .map(|(stem, text)| {
            let p = dir.join(format!("{stem}.txt"));
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect()
}

/// Run `saywho extract` on `paths` with `args`; stdout.
fn extract(paths: &[PathBuf], args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .arg("extract")
        .args(paths)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "saywho {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The JSON Lines records of `paths`.
fn records(paths: &[PathBuf]) -> Vec<Value> {
    extract(paths, &[])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// CSV/TSV records, header first.
fn read_table(data: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(data.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

#[test]
fn csv_rows_round_trip_and_agree_with_json() {
    let paths = write_docs("csv", &[("budget", BUDGET), ("harbour", HARBOUR)]);
    let texts = [BUDGET, HARBOUR];
    let json = records(&paths);
    let table = read_table(&extract(&paths, &["--format", "csv"]), b',');
    let header = &table[0];
    assert_eq!(header, &attribution_header(Offsets::Codepoint));
    let rows = &table[1..];
    let expected: usize = json
        .iter()
        .map(|r| r["quotes"].as_array().unwrap().len())
        .sum();
    assert_eq!(rows.len(), expected, "one row per attribution");
    assert!(expected >= 3, "the engine finds the test quotes");
    let col = |row: &Vec<String>, name: &str| row[column(header, name)].clone();
    for row in rows {
        let d = json
            .iter()
            .position(|r| r["id"] == col(row, "document_id"))
            .unwrap();
        let q = &json[d]["quotes"][col(row, "quote_id").parse::<usize>().unwrap()];
        let text = texts[d];
        let quote = col(row, "quote");
        // The reader gives back exactly the text under the offsets.
        let (b0, b1): (usize, usize) = (
            col(row, "byte_start").parse().unwrap(),
            col(row, "byte_end").parse().unwrap(),
        );
        assert_eq!(quote, text[b0..b1]);
        let (c0, c1): (usize, usize) = (
            col(row, "char_start").parse().unwrap(),
            col(row, "char_end").parse().unwrap(),
        );
        let by_chars: String = text.chars().skip(c0).take(c1 - c0).collect();
        assert_eq!(quote, by_chars);
        assert_eq!(quote, q["content"]["text"]);
        assert_eq!(col(row, "kind"), q["kind"]);
        assert_eq!(col(row, "rule"), q["rule"]);
        assert_eq!(
            col(row, "speaker"),
            q["speaker"]["name"].as_str().unwrap_or("")
        );
        assert_eq!(
            col(row, "role"),
            q["speaker"]["role"].as_str().unwrap_or("")
        );
        assert_eq!(col(row, "cue"), q["cue"]["text"].as_str().unwrap_or(""));
        let confidence: f64 = col(row, "confidence").parse().unwrap();
        assert!((confidence - q["confidence"].as_f64().unwrap()).abs() < 1e-6);
    }
    // Quote cells that need CSV quoting came back intact.
    let quotes: Vec<String> = rows.iter().map(|r| col(r, "quote")).collect();
    assert!(
        quotes.iter().any(|q| q.contains(',') && q.contains('"')),
        "{quotes:?}"
    );
    assert!(quotes.iter().any(|q| q.contains("<script>")), "{quotes:?}");
}

#[test]
fn tsv_speakers_table_has_one_row_per_entity() {
    let paths = write_docs("tsv", &[("budget", BUDGET), ("harbour", HARBOUR)]);
    let json = records(&paths);
    let out = extract(&paths, &["--format", "tsv", "--speakers"]);
    let table = read_table(&out, b'\t');
    let header = &table[0];
    assert_eq!(header, &SPEAKER_HEADER);
    let rows = &table[1..];
    let entities: Vec<&Value> = json
        .iter()
        .flat_map(|r| r["entities"].as_array().unwrap())
        .collect();
    assert_eq!(rows.len(), entities.len());
    assert!(!rows.is_empty());
    for (row, e) in rows.iter().zip(&entities) {
        assert_eq!(row[column(header, "name")], e["name"]);
        assert_eq!(row[column(header, "kind")], e["kind"]);
        let roles: Vec<&str> = e["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        assert_eq!(row[column(header, "roles")], roles.join("; "));
        assert_eq!(
            row[column(header, "quotes")],
            e["quotes"].as_array().unwrap().len().to_string()
        );
    }
}

#[test]
fn safe_cells_is_opt_in() {
    let paths = write_docs("safe", &[("=HYPERLINK(1)", HARBOUR)]);
    let plain = read_table(&extract(&paths, &["--format", "csv"]), b',');
    let safe = read_table(&extract(&paths, &["--format", "csv", "--safe-cells"]), b',');
    assert!(plain.len() > 1, "the harbour quotes are found");
    assert_eq!(plain.len(), safe.len());
    for (p, s) in plain[1..].iter().zip(&safe[1..]) {
        assert_eq!(p[0], "=HYPERLINK(1)");
        assert_eq!(s[0], "'=HYPERLINK(1)");
        // Cells that start harmlessly are untouched.
        assert_eq!(p[2..], s[2..]);
    }
}

#[test]
fn utf16_offsets_rename_and_recount_the_columns() {
    let paths = write_docs("utf16", &[("budget", BUDGET)]);
    let table = read_table(
        &extract(&paths, &["--format", "csv", "--offsets", "utf16"]),
        b',',
    );
    let header = &table[0];
    let (s, e) = (column(header, "utf16_start"), column(header, "utf16_end"));
    let units: Vec<u16> = BUDGET.encode_utf16().collect();
    assert!(table.len() > 1);
    for row in &table[1..] {
        let (s, e): (usize, usize) = (row[s].parse().unwrap(), row[e].parse().unwrap());
        let quote = &row[column(header, "quote")];
        assert_eq!(&String::from_utf16(&units[s..e]).unwrap(), quote);
    }
}

#[test]
fn html_is_one_balanced_page_that_escapes_hostile_text() {
    let paths = write_docs(
        "html",
        &[("<script>alert(2)", BUDGET), ("harbour & co", HARBOUR)],
    );
    let json = records(&paths);
    let dir = folder("html-out");
    let page = dir.join("review.html");
    extract(&paths, &["--format", "html", "-o", page.to_str().unwrap()]);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html_balanced(&html), Ok(()));
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(html.contains("&lt;script&gt;alert(2)"), "the id is escaped");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the quote is escaped"
    );
    assert!(html.contains("harbour &amp; co"));
    // Self-contained: no external resource of any kind.
    for needle in [" src=\"", "<link", "@import", "url("] {
        assert!(!html.contains(needle), "{needle}");
    }
    // One section per document, an index entry for each, every quote marked.
    assert_eq!(html.matches("<template class=\"doc-t\">").count(), 2);
    assert!(html.contains("data-n=\"1\">harbour &amp; co</a>"));
    for (n, record) in json.iter().enumerate() {
        for q in record["quotes"].as_array().unwrap() {
            let row = format!("<tr id=\"doc-{n}-q{}\"", q["id"]);
            assert!(html.contains(&row), "{row}");
            assert!(html.contains(&format!("data-q=\"{}\" data-e=", q["id"])));
        }
        for e in record["entities"].as_array().unwrap() {
            let name = e["name"].as_str().unwrap().replace('&', "&amp;");
            assert!(
                html.contains(&format!("<td class=\"name\">{name}</td>")),
                "{name}"
            );
        }
    }
}

#[test]
fn labelstudio_tasks_match_the_import_shape() {
    let paths = write_docs("ls", &[("budget", BUDGET), ("harbour", HARBOUR)]);
    let texts = [BUDGET, HARBOUR];
    let json = records(&paths);
    for (unit, args) in [
        ("codepoint", vec!["--format", "labelstudio"]),
        (
            "utf16",
            vec!["--format", "labelstudio", "--offsets", "utf16"],
        ),
    ] {
        let tasks: Value = serde_json::from_str(&extract(&paths, &args)).unwrap();
        let tasks = tasks.as_array().unwrap();
        assert_eq!(tasks.len(), 2);
        for (d, task) in tasks.iter().enumerate() {
            assert_eq!(task["data"]["text"], texts[d]);
            assert_eq!(task["data"]["id"], json[d]["id"]);
            let pred = &task["predictions"][0];
            assert!(
                pred["model_version"]
                    .as_str()
                    .unwrap()
                    .starts_with("saywho-")
            );
            assert!(pred["score"].is_number());
            let result = pred["result"].as_array().unwrap();
            let regions: Vec<&Value> = result.iter().filter(|r| r["type"] == "labels").collect();
            let quotes = regions
                .iter()
                .filter(|r| r["value"]["labels"][0] == "Quote")
                .count();
            let parts: usize = json[d]["quotes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| q["content"]["parts"].as_array().unwrap().len().max(1))
                .sum();
            assert_eq!(quotes, parts, "one Quote region per quote part");
            for r in &regions {
                assert_eq!(r["from_name"], "label");
                assert_eq!(r["to_name"], "text");
                let v = &r["value"];
                let (s, e) = (
                    v["start"].as_u64().unwrap() as usize,
                    v["end"].as_u64().unwrap() as usize,
                );
                let slice = if unit == "utf16" {
                    let units: Vec<u16> = texts[d].encode_utf16().collect();
                    String::from_utf16(&units[s..e]).unwrap()
                } else {
                    texts[d].chars().skip(s).take(e - s).collect()
                };
                assert_eq!(v["text"], slice, "{unit} offsets");
            }
            let ids: Vec<&str> = regions.iter().map(|r| r["id"].as_str().unwrap()).collect();
            let relations: Vec<&Value> =
                result.iter().filter(|r| r["type"] == "relation").collect();
            let attributed = json[d]["quotes"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|q| !q["speaker"].is_null())
                .count();
            assert!(relations.len() >= attributed);
            for rel in relations {
                assert_eq!(rel["direction"], "right");
                assert_eq!(rel["labels"], serde_json::json!(["said-by"]));
                assert!(ids.contains(&rel["from_id"].as_str().unwrap()));
                assert!(ids.contains(&rel["to_id"].as_str().unwrap()));
            }
        }
    }
}

#[test]
fn empty_batches_still_give_valid_outputs() {
    let csv = extract(&[], &["--format", "csv"]);
    assert_eq!(read_table(&csv, b',').len(), 1, "header only");
    let ls: Value = serde_json::from_str(&extract(&[], &["--format", "labelstudio"])).unwrap();
    assert_eq!(ls, serde_json::json!([]));
    let html = extract(&[], &["--format", "html"]);
    assert_eq!(html_balanced(&html), Ok(()));
    assert!(html.contains("Index of 0 documents"));
}

#[test]
fn review_flags_are_refused_where_they_would_be_ignored() {
    let paths = write_docs("flags", &[("harbour", HARBOUR)]);
    for args in [
        ["--format", "html", "--speakers"].as_slice(),
        &["--format", "labelstudio", "--safe-cells"],
        &["--format", "jsonl", "--offsets", "utf16"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_saywho"))
            .arg("extract")
            .args(&paths)
            .args(args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?} accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("applies to --format"), "{args:?}: {err}");
    }
}
