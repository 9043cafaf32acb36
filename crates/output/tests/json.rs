//! `DocumentRecord::write_json` writes the same bytes as serde_json: on
//! every corpus article, with and without pass-through metadata, and on
//! generated text full of quotation marks, controls and escapes.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use saywho_output::DocumentRecord;
use serde_json::{Map, Value};

fn both(id: &str, text: &str, meta: Option<&Map<String, Value>>) -> (String, String) {
    let analysis = saywho_core::extract(text);
    let record = DocumentRecord::new(id, &analysis).with_meta(meta);
    let mut direct = Vec::new();
    record.write_json(&mut direct);
    let serde = serde_json::to_string(&record).expect("serialisable");
    (String::from_utf8(direct).expect("UTF-8"), serde)
}

fn corpus_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("corpus/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            corpus_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

fn meta() -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(
        "url".into(),
        Value::String("https://news.example/a?b=\"c\"".into()),
    );
    m.insert("n".into(), Value::from(3.25));
    m
}

#[test]
fn corpus_records_match_serde() {
    let mut files = Vec::new();
    corpus_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus"),
        &mut files,
    );
    assert!(!files.is_empty(), "no corpus articles found");
    let meta = meta();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("UTF-8 article");
        let (direct, serde) = both("id \"with\" \\ escapes", &text, None);
        assert_eq!(direct, serde, "{}", path.display());
        let (direct, serde) = both("x", &text, Some(&meta));
        assert_eq!(direct, serde, "{} with meta", path.display());
    }
}

#[test]
fn every_control_byte_is_escaped_as_serde_does() {
    let text: String = (0u8..0x80).map(char::from).collect();
    let text = format!("“{text}” she said. \"\u{7f}/\\\u{2028}\" he said.");
    let (direct, serde) = both(&text, &text, None);
    assert_eq!(direct, serde);
}

fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "\\",
        "\n",
        "\t",
        "\r",
        "\u{1}",
        "\u{1f}",
        "\u{7f}",
        " ",
        "said",
        "Mr.",
        "Price",
        "Ortiz",
        "she",
        "told",
        "according to",
        ",",
        ".",
        ":",
        "—",
        "é",
        "𝄞",
        "officials",
        "The mayor",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn generated_records_match_serde(text in newsy(), id in any::<String>()) {
        let (direct, serde) = both(&id, &text, None);
        prop_assert_eq!(direct, serde);
    }

    #[test]
    fn any_text_matches_serde(text in any::<String>()) {
        let (direct, serde) = both("id", &text, None);
        prop_assert_eq!(direct, serde);
    }
}
