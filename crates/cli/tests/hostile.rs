//! Hostile inputs through the built `saywho` binary.
//!
//! Every input is generated here (nothing is committed as a file). Each run
//! must finish, exit 0 (every document analysed) or 1 (some documents gave
//! error records), print no panic, and give exactly one output record per
//! input document, in input order. Document records are checked against the
//! input: every span's `text` is the slice its byte offsets name, and its
//! char offsets agree with `str::chars`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Error kinds the output contract documents (`saywho_output::ErrorDetail`,
/// docs/cli.md).
const ERROR_KINDS: &[&str] = &[
    "io",
    "invalid_utf8",
    "invalid_json",
    "missing_field",
    "invalid_field",
    "invalid_csv",
    "too_large",
    "internal_error",
];

/// What one input line of the mixed JSONL file must give.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// A document record with this id.
    Doc(&'static str),
    /// An error record of this kind.
    Err(&'static str),
}

/// A fresh directory for one test, under cargo's per-target temp dir.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("hostile")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Run `saywho` with `args`, feeding `stdin` if given.
fn saywho(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn saywho");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin pipe");
        let input = input.to_vec();
        // Write from a thread so a large input cannot deadlock against a
        // full stdout pipe.
        let writer = std::thread::spawn(move || {
            let _ = pipe.write_all(&input);
        });
        let out = child.wait_with_output().expect("wait for saywho");
        writer.join().expect("stdin writer");
        out
    } else {
        child.wait_with_output().expect("wait for saywho")
    }
}

/// Run `saywho extract FILE` on `bytes` written to `name` in a scratch dir.
fn extract_file(test: &str, name: &str, bytes: &[u8]) -> Output {
    let dir = scratch(test);
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write input");
    let out = saywho(&["extract", path.to_str().expect("utf-8 path")], None);
    let _ = std::fs::remove_dir_all(&dir);
    out
}

/// The common contract: exit 0 or 1, no panic, one JSON object per line.
/// Returns the records.
fn records(out: &Output, what: &str) -> Vec<Value> {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "{what}: saywho panicked:\n{stderr}"
    );
    let code = out.status.code();
    assert!(
        matches!(code, Some(0 | 1)),
        "{what}: exit status {:?}, stderr:\n{stderr}",
        out.status
    );
    let stdout = std::str::from_utf8(&out.stdout)
        .unwrap_or_else(|e| panic!("{what}: stdout is not UTF-8: {e}"));
    let records: Vec<Value> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{what}: output line is not JSON ({e}): {:.200}", l))
        })
        .collect();
    for r in &records {
        assert!(r.is_object(), "{what}: record is not an object: {r:.200}");
        assert!(r["id"].is_string(), "{what}: record without id: {r:.200}");
    }
    // Exit 1 exactly when some document gave an error record.
    let any_error = records.iter().any(is_error);
    assert_eq!(
        code,
        Some(i32::from(any_error)),
        "{what}: exit status does not match the error records"
    );
    records
}

fn is_error(r: &Value) -> bool {
    r.get("error").is_some()
}

/// An error record: `{"id", "error": {"kind", "message"}}` with a documented kind.
fn assert_error_record(r: &Value, what: &str) {
    let kind = r["error"]["kind"].as_str();
    assert!(
        kind.is_some_and(|k| ERROR_KINDS.contains(&k)),
        "{what}: not an error record with a documented kind: {r:.300}"
    );
    assert!(
        r["error"]["message"].is_string(),
        "{what}: error record without a message: {r:.300}"
    );
    assert!(
        r.get("quotes").is_none(),
        "{what}: error record with quotes"
    );
}

/// Check a document record's spans against `text` (and its speaker entity
/// indices) with `saywho_output::check::record_json`; returns the number of
/// spans checked.
fn check_document(r: &Value, text: &str, what: &str) -> usize {
    assert!(!is_error(r), "{what}: expected a document, got {r:.300}");
    assert!(r["quotes"].is_array(), "{what}: no quotes array: {r:.300}");
    assert!(r["entities"].is_array(), "{what}: no entities array");
    assert!(r["diagnostics"].is_array(), "{what}: no diagnostics array");
    saywho_output::check::record_json(text, r).unwrap_or_else(|broken| panic!("{what}: {broken}"))
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// One `.txt` document whose text is valid UTF-8: one document record,
/// id = file stem, spans consistent with the text. Returns the record.
fn one_text_document(test: &str, text: &str) -> Value {
    let out = extract_file(test, &format!("{test}.txt"), text.as_bytes());
    let recs = records(&out, test);
    assert_eq!(recs.len(), 1, "{test}: one record per document");
    assert_eq!(recs[0]["id"], test, "{test}: id is the file stem");
    check_document(&recs[0], text, test);
    recs.into_iter().next().expect("one record")
}

#[test]
fn random_bytes_file_gives_one_record() {
    let mut rng = Rng(0x5eed_0001);
    for (i, len) in [1usize, 7, 4096, 1 << 16].into_iter().enumerate() {
        let bytes = rng.bytes(len);
        let name = format!("random{i}");
        let out = extract_file("random_bytes", &format!("{name}.txt"), &bytes);
        let recs = records(&out, &name);
        assert_eq!(recs.len(), 1, "{name}: one record per document");
        assert_eq!(recs[0]["id"], name.as_str());
        match std::str::from_utf8(&bytes) {
            // Valid by chance: a document with exact spans.
            Ok(text) => {
                check_document(&recs[0], text, &name);
            }
            // Invalid UTF-8: the CLI's policy is an error record.
            Err(_) => {
                assert_error_record(&recs[0], &name);
                assert_eq!(recs[0]["error"]["kind"], "invalid_utf8", "{name}");
            }
        }
    }
}

#[test]
fn random_bytes_jsonl_gives_one_record_per_line() {
    let mut rng = Rng(0x5eed_0002);
    let mut input = Vec::new();
    let n = 200;
    for _ in 0..n {
        let len = 1 + (rng.next() % 120) as usize;
        let mut line: Vec<u8> = rng
            .bytes(len)
            .into_iter()
            .filter(|&b| b != b'\n' && b != b'\r')
            .collect();
        // Never blank: a blank line is no document.
        line.push(b'x');
        input.extend_from_slice(&line);
        input.push(b'\n');
    }
    let out = saywho(&["extract", "--input", "jsonl", "-"], Some(&input));
    let recs = records(&out, "random jsonl");
    assert_eq!(recs.len(), n, "one record per input line");
    for (i, r) in recs.iter().enumerate() {
        assert_error_record(r, &format!("random jsonl line {}", i + 1));
    }
}

#[test]
fn a_million_straight_quotes() {
    let text = "\"".repeat(1_000_000);
    one_text_document("million_quotes", &text);
}

#[test]
fn nested_curly_pairs() {
    // 100k nested “‘ openers, then their closers in reverse.
    let n = 100_000;
    let mut text = "“‘".repeat(n);
    text.push_str("deep");
    text.push_str(&"’”".repeat(n));
    one_text_document("nested_pairs", &text);
}

#[test]
fn unclosed_openers() {
    let text = "“a ".repeat(50_000);
    let r = one_text_document("unclosed_openers", &text);
    // Unclosed quotes are reported, not silently dropped.
    assert!(
        !r["diagnostics"].as_array().expect("diagnostics").is_empty(),
        "50k unclosed “ gave no diagnostic"
    );
}

#[test]
fn a_16_mb_line_without_newline() {
    let mut text = String::from("“We will appeal,” said Mayor Lena Ortiz. ");
    let filler = "the council met on a long day and voted on the budget again ";
    while text.len() < 16 * 1024 * 1024 {
        text.push_str(filler);
    }
    text.push_str("“Done,” she said.");
    let r = one_text_document("line_16mb", &text);
    assert!(
        !r["quotes"].as_array().expect("quotes").is_empty(),
        "the quote at the start of the 16 MB line was lost"
    );
}

#[test]
fn crlf_and_lone_cr() {
    let text = "Title line\r\n\r\n“We will appeal,” said Mayor Lena Ortiz.\r\n\r\n\
                “It is done,” she said.\rA lone CR ends this: “Yes,” Ortiz said.\r";
    let r = one_text_document("crlf_cr", text);
    assert!(!r["quotes"].as_array().expect("quotes").is_empty());
}

#[test]
fn nul_bytes_are_text() {
    let text = "\0“We will appeal,”\0 said Mayor Lena Ortiz.\0\0\n\n\0";
    one_text_document("nul_bytes", text);
}

#[test]
fn empty_file() {
    let r = one_text_document("empty", "");
    assert_eq!(r["quotes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn utf8_bom_is_skipped() {
    // docs/cli.md: the BOM is skipped and spans count from the byte after
    // it, so a file with and without a BOM gives identical records.
    let body = "“We will appeal,” said Mayor Lena Ortiz.";
    let with = extract_file("bom", "doc.txt", format!("\u{feff}{body}").as_bytes());
    let without = extract_file("no_bom", "doc.txt", body.as_bytes());
    let with = records(&with, "bom");
    let without = records(&without, "no bom");
    assert_eq!(with.len(), 1);
    check_document(&with[0], body, "bom");
    assert_eq!(with, without, "a BOM changed the record");
    let content = with[0]["quotes"][0]["content"]["text"].as_str();
    assert_eq!(content, Some("“We will appeal,”"), "bom: quote not found");
}

/// The mixed JSONL file: good records among every kind of bad line.
fn mixed_jsonl() -> (Vec<u8>, Vec<Expect>) {
    use Expect::{Doc, Err};
    let lines: Vec<(&[u8], Expect)> = vec![
        (
            br#"{"id":"g1","text":"\u201cWe will appeal,\u201d said Mayor Lena Ortiz."}"#,
            Doc("g1"),
        ),
        (br#"{"id":"t1","text":"truncated rec"#, Err("invalid_json")),
        (
            b"{\"id\":\"u1\",\"text\":\"bad \xff\xfe bytes\"}",
            Err("invalid_utf8"),
        ),
        (
            br#"{"id":"s1","text":"broken \ud800 surrogate"}"#,
            Err("invalid_json"),
        ),
        (br#"[1, 2, 3]"#, Err("invalid_json")),
        (br#""just a string""#, Err("invalid_json")),
        (br#"42"#, Err("invalid_json")),
        (
            br#"{"id":"m1","body":"no text field"}"#,
            Err("missing_field"),
        ),
        (br#"{"id":"n1","text":5}"#, Err("invalid_field")),
        (br#"{"id":"g2","text":"Plain text, no quotes."}"#, Doc("g2")),
        (b"{\"id\":\"t2\",", Err("invalid_json")),
        (
            br#"{"id":"g3","text":"\"Yes,\" he said.\r\n\u0000"}"#,
            Doc("g3"),
        ),
    ];
    let mut bytes = Vec::new();
    for (l, _) in &lines {
        bytes.extend_from_slice(l);
        bytes.push(b'\n');
    }
    // The last line has no newline.
    bytes.pop();
    (bytes, lines.into_iter().map(|(_, e)| e).collect())
}

fn check_mixed(out: &Output, what: &str) {
    let (_, expected) = mixed_jsonl();
    let recs = records(out, what);
    assert_eq!(recs.len(), expected.len(), "{what}: one record per line");
    for (i, (r, e)) in recs.iter().zip(&expected).enumerate() {
        let line = format!("{what} line {}", i + 1);
        match *e {
            Expect::Doc(id) => {
                assert_eq!(r["id"], id, "{line}: records out of order");
                assert!(!is_error(r), "{line}: good record gave {r}");
                assert!(r["quotes"].is_array(), "{line}: {r}");
            }
            Expect::Err(kind) => {
                assert_error_record(r, &line);
                assert_eq!(r["error"]["kind"], kind, "{line}: {r}");
            }
        }
    }
    assert_eq!(out.status.code(), Some(1), "{what}: some documents failed");
    // The good records keep exact spans.
    assert_eq!(
        recs[0]["quotes"][0]["content"]["text"].as_str(),
        Some("“We will appeal,”")
    );
    check_document(&recs[0], "“We will appeal,” said Mayor Lena Ortiz.", "g1");
    check_document(&recs[11], "\"Yes,\" he said.\r\n\0", "g3");
}

#[test]
fn mixed_jsonl_file() {
    let (bytes, _) = mixed_jsonl();
    let out = extract_file("mixed_jsonl", "mixed.jsonl", &bytes);
    check_mixed(&out, "mixed.jsonl");
}

#[test]
fn mixed_jsonl_stdin() {
    let (bytes, _) = mixed_jsonl();
    let out = saywho(&["extract", "--input", "jsonl", "-"], Some(&bytes));
    check_mixed(&out, "stdin");
}

#[test]
fn hostile_texts_through_jsonl_stdin() {
    // The pathological texts again, as JSONL records on stdin.
    let texts = [
        "\"".repeat(100_000),
        "“‘".repeat(10_000),
        "“a ".repeat(10_000),
        "a\rb\r\n“c”\r".to_string(),
        "\0\0\u{feff}\0".to_string(),
        String::new(),
    ];
    let mut input = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let line = serde_json::json!({"id": format!("h{i}"), "text": t});
        input.extend_from_slice(line.to_string().as_bytes());
        input.push(b'\n');
    }
    let out = saywho(&["extract", "--input", "jsonl", "-"], Some(&input));
    let recs = records(&out, "hostile jsonl");
    assert_eq!(recs.len(), texts.len(), "one record per line");
    for (i, (r, t)) in recs.iter().zip(&texts).enumerate() {
        assert_eq!(r["id"], format!("h{i}"), "records out of order");
        check_document(r, t, &format!("h{i}"));
    }
}

#[test]
fn the_checks_can_fail() {
    // A record whose span text is not its slice is rejected, so the checks
    // above are not vacuous.
    let bad = serde_json::json!({
        "id": "x", "quotes": [], "entities": [], "diagnostics": [
            {"kind": "unclosed_quote", "message": "m",
             "span": {"byte": [0, 1], "char": [0, 1], "text": "z"}}]
    });
    let caught = std::panic::catch_unwind(|| check_document(&bad, "abc", "bad"));
    assert!(caught.is_err(), "a wrong span text was accepted");
    let good = serde_json::json!({
        "id": "x", "quotes": [], "entities": [], "diagnostics": [
            {"kind": "unclosed_quote", "message": "m",
             "span": {"byte": [1, 4], "char": [1, 2], "text": "“"}}]
    });
    assert_eq!(check_document(&good, "a“b", "good"), 1);
}
