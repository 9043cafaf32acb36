//! Integration tests of `saywho extract`, run through the built binary.
//!
//! The assertions are on record ids, counts, error kinds, order and byte
//! identity between runs, which stay meaningful whatever the engine finds.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_saywho"))
}

/// Run `saywho ARGS` with `stdin` (empty when `None`) in folder `cwd`.
fn run_in(cwd: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = bin()
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("saywho runs");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.unwrap_or_default().to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("saywho finishes");
    feeder.join().unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn run(dir: &Path, args: &[&str]) -> Output {
    run_in(dir, args, None)
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited with a code")
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn ids(out: &Output) -> Vec<String> {
    records(out)
        .iter()
        .map(|r| r["id"].as_str().expect("every record has an id").to_owned())
        .collect()
}

/// `(id, error kind or "ok")` of every record.
fn kinds(out: &Output) -> Vec<(String, String)> {
    records(out)
        .iter()
        .map(|r| {
            let kind = r["error"]["kind"].as_str().unwrap_or("ok").to_owned();
            (r["id"].as_str().unwrap().to_owned(), kind)
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, bytes).unwrap();
}

fn record(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "text": text}).to_string()
}

/// A JSONL corpus of `n` small news-like records.
fn corpus(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let text = format!(
            "\u{201c}We will rebuild the bridge by spring {i},\u{201d} said Mayor Lena Ortiz.\n\n\
             The council voted {i} to 2. \"It is a start,\" she told reporters."
        );
        s.push_str(&record(&format!("doc-{i}"), &text));
        s.push('\n');
    }
    s
}

#[test]
fn text_file_id_is_the_stem() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("council-vote.txt"), "\"Yes,\" said Ann Lee.");
    let out = run(t.path(), &["extract", "council-vote.txt"]);
    assert_eq!(code(&out), 0);
    assert_eq!(kinds(&out), pairs(&[("council-vote", "ok")]));
    assert_eq!(records(&out)[0]["schema"], 1);
}

#[test]
fn directories_are_walked_recursively_in_name_order() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path().join("in");
    write(&d.join("b.txt"), "Bee.");
    write(&d.join("a/z.txt"), "Zed.");
    write(&d.join("a/y.txt"), "Why.");
    write(
        &d.join("c.jsonl"),
        format!("{}\n{}\n", record("c1", "One."), record("c2", "Two.")),
    );
    write(&d.join("d.csv"), "id,text\nd1,Dee.\n");
    write(&d.join("notes.ann"), "T1\tSpeaker 0 3\tBee\n");
    write(&d.join(".hidden.txt"), "Hidden.");
    let out = run(t.path(), &["extract", "in"]);
    assert_eq!(code(&out), 0);
    assert_eq!(ids(&out), ["y", "z", "b", "c1", "c2", "d1"]);
}

#[test]
fn a_corrupt_jsonl_line_becomes_one_error_record_and_the_rest_goes_on() {
    let t = tempfile::tempdir().unwrap();
    let lines = [
        record("r1", "Fine."),
        r#"{"id": "r2", "text": "cut off in the mid"#.to_owned(),
        "[1, 2, 3]".to_owned(),
        String::new(),
        r#"{"id": "r4"}"#.to_owned(),
        r#"{"id": "r5", "text": 42}"#.to_owned(),
        r#"{"id": "r6", "text": "lone \ud800 surrogate"}"#.to_owned(),
        r#"{"text": "no id"}"#.to_owned(),
        record("r8", "Also fine."),
    ];
    write(&t.path().join("mixed.jsonl"), lines.join("\n"));
    let out = run(t.path(), &["extract", "mixed.jsonl"]);
    assert_eq!(code(&out), 1, "some documents failed");
    assert_eq!(
        kinds(&out),
        pairs(&[
            ("r1", "ok"),
            ("r2", "invalid_json"),
            ("mixed.jsonl:3", "invalid_json"),
            ("r4", "missing_field"),
            ("r5", "invalid_field"),
            ("r6", "invalid_json"),
            ("mixed.jsonl:8", "ok"),
            ("r8", "ok"),
        ])
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("8 documents (5 errors)"), "{stderr}");
}

#[test]
fn crlf_line_ends_and_a_missing_last_newline_are_accepted() {
    let t = tempfile::tempdir().unwrap();
    let data = format!("{}\r\n{}", record("a", "One."), record("b", "Two."));
    write(&t.path().join("crlf.jsonl"), data);
    let out = run(t.path(), &["extract", "crlf.jsonl"]);
    assert_eq!(kinds(&out), pairs(&[("a", "ok"), ("b", "ok")]));
}

#[test]
fn an_oversize_record_is_skipped_with_too_large() {
    let t = tempfile::tempdir().unwrap();
    let big = record("big", &"word ".repeat(2000));
    let data = format!(
        "{}\n{big}\n{}\n",
        record("a", "Small."),
        record("c", "Small too.")
    );
    write(&t.path().join("big.jsonl"), data);
    write(&t.path().join("huge.txt"), "x".repeat(5000));
    let out = run(
        t.path(),
        &[
            "extract",
            "--max-record-bytes",
            "1K",
            "big.jsonl",
            "huge.txt",
        ],
    );
    assert_eq!(code(&out), 1);
    assert_eq!(
        kinds(&out),
        pairs(&[
            ("a", "ok"),
            ("big.jsonl:2", "too_large"),
            ("c", "ok"),
            ("huge", "too_large")
        ])
    );
    // The same input under the default cap is fine.
    let out = run(t.path(), &["extract", "big.jsonl", "huge.txt"]);
    assert_eq!(code(&out), 0);
}

#[test]
fn invalid_utf8_gives_an_error_record_with_the_byte_offset() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("bad.txt"), b"caf\xe9 au lait");
    let mut jsonl = record("good", "Fine.").into_bytes();
    jsonl.extend_from_slice(b"\n{\"id\": \"latin1\", \"text\": \"caf\xe9\"}\n");
    write(&t.path().join("bad.jsonl"), jsonl);
    let out = run(t.path(), &["extract", "bad.txt", "bad.jsonl"]);
    assert_eq!(code(&out), 1);
    assert_eq!(
        kinds(&out),
        pairs(&[
            ("bad", "invalid_utf8"),
            ("good", "ok"),
            ("latin1", "invalid_utf8")
        ])
    );
    let recs = records(&out);
    let msg = recs[0]["error"]["message"].as_str().unwrap();
    assert!(msg.contains("byte 3"), "{msg}");
    let msg = recs[2]["error"]["message"].as_str().unwrap();
    assert!(msg.contains("byte 29") && msg.contains("line 2"), "{msg}");
}

#[test]
fn a_bom_is_skipped_and_offsets_count_from_after_it() {
    let t = tempfile::tempdir().unwrap();
    let text = "\u{201c}We are ready,\u{201d} said coach Ana Diaz.";
    write(&t.path().join("plain/doc.txt"), text);
    write(&t.path().join("bom/doc.txt"), format!("\u{feff}{text}"));
    let plain = run(t.path(), &["extract", "plain/doc.txt"]);
    let bom = run(t.path(), &["extract", "bom/doc.txt"]);
    assert_eq!(code(&bom), 0);
    assert_eq!(
        plain.stdout, bom.stdout,
        "a BOM changes nothing in the output"
    );
    // Offsets of an invalid byte still count the BOM (they are file offsets).
    write(&t.path().join("bombad.txt"), b"\xef\xbb\xbfab\xff");
    let out = run(t.path(), &["extract", "bombad.txt"]);
    let msg = records(&out)[0]["error"]["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(msg.contains("byte 5"), "{msg}");
    // And a JSONL file with a BOM parses from its first line.
    write(
        &t.path().join("bom.jsonl"),
        format!("\u{feff}{}\n", record("j", text)),
    );
    assert_eq!(
        kinds(&run(t.path(), &["extract", "bom.jsonl"])),
        pairs(&[("j", "ok")])
    );
}

#[test]
fn nul_bytes_are_text() {
    let t = tempfile::tempdir().unwrap();
    write(
        &t.path().join("nul.txt"),
        "before\0after \"quoted\" said Al.",
    );
    write(
        &t.path().join("nul.jsonl"),
        format!("{}\n", record("n", "a\u{0}b")),
    );
    let out = run(t.path(), &["extract", "nul.txt", "nul.jsonl"]);
    assert_eq!(code(&out), 0);
    assert_eq!(kinds(&out), pairs(&[("nul", "ok"), ("n", "ok")]));
}

#[test]
fn compressed_jsonl_gives_the_same_output_as_plain() {
    let t = tempfile::tempdir().unwrap();
    let data = corpus(300);
    write(&t.path().join("plain.jsonl"), &data);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(data.as_bytes()).unwrap();
    write(&t.path().join("news.jsonl.gz"), gz.finish().unwrap());
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    bz.write_all(data.as_bytes()).unwrap();
    write(&t.path().join("news.jsonl.bz2"), bz.finish().unwrap());
    write(
        &t.path().join("news.jsonl.zst"),
        zstd::encode_all(data.as_bytes(), 3).unwrap(),
    );
    let plain = run(t.path(), &["extract", "plain.jsonl"]);
    assert_eq!(code(&plain), 0);
    assert_eq!(records(&plain).len(), 300);
    for name in ["news.jsonl.gz", "news.jsonl.bz2", "news.jsonl.zst"] {
        let out = run(t.path(), &["extract", name]);
        assert_eq!(code(&out), 0, "{name}");
        assert_eq!(out.stdout, plain.stdout, "{name}");
    }
}

#[test]
fn a_corrupt_gzip_stream_becomes_an_error_record() {
    let t = tempfile::tempdir().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(corpus(50).as_bytes()).unwrap();
    let mut bytes = gz.finish().unwrap();
    bytes.truncate(bytes.len() / 2);
    write(&t.path().join("cut.jsonl.gz"), bytes);
    let out = run(t.path(), &["extract", "cut.jsonl.gz"]);
    assert_eq!(code(&out), 1);
    let k = kinds(&out);
    assert_eq!(k.last().unwrap().1, "io", "{k:?}");
}

#[test]
fn csv_with_a_text_column_and_kept_fields() {
    let t = tempfile::tempdir().unwrap();
    write(
        &t.path().join("feed.csv"),
        "guid,url,body\n\
         g1,http://a.example,\"\"\"Yes, we will,\"\" said Ann.\nSecond line.\"\n\
         g2,http://b.example,Plain text.\n\
         ,http://c.example,No id.\n",
    );
    let out = run(
        t.path(),
        &[
            "extract",
            "feed.csv",
            "--id-field",
            "guid",
            "--text-field",
            "body",
            "--keep-fields",
            "url",
        ],
    );
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(ids(&out), ["g1", "g2", "feed.csv:5"]);
    assert_eq!(records(&out)[1]["meta"]["url"], "http://b.example");
    // Without the text column, the file is one error record.
    let out = run(t.path(), &["extract", "feed.csv"]);
    assert_eq!(code(&out), 1);
    assert_eq!(kinds(&out), pairs(&[("feed.csv", "missing_field")]));
}

#[test]
fn dotted_fields_and_kept_fields_from_jsonl() {
    let t = tempfile::tempdir().unwrap();
    let line = serde_json::json!({
        "doc": {"guid": "n-1", "body": {"text": "Hello."}},
        "url": "http://x.example", "date": "2026-01-02", "other": 1
    });
    write(&t.path().join("nested.jsonl"), format!("{line}\n"));
    let out = run(
        t.path(),
        &[
            "extract",
            "nested.jsonl",
            "--id-field",
            "doc.guid",
            "--text-field",
            "doc.body.text",
            "--keep-fields",
            "url,date,missing",
        ],
    );
    assert_eq!(code(&out), 0);
    let r = &records(&out)[0];
    assert_eq!(r["id"], "n-1");
    assert_eq!(
        r["meta"],
        serde_json::json!({"url": "http://x.example", "date": "2026-01-02"})
    );
}

#[test]
fn stdin_with_dash_or_without_a_path() {
    let t = tempfile::tempdir().unwrap();
    let data = corpus(20);
    let dash = run_in(t.path(), &["extract", "-"], Some(data.as_bytes()));
    let bare = run_in(t.path(), &["extract"], Some(data.as_bytes()));
    assert_eq!(code(&dash), 0);
    assert_eq!(ids(&dash).len(), 20);
    assert_eq!(dash.stdout, bare.stdout);
    // Stand-in ids name stdin.
    let out = run_in(
        t.path(),
        &["extract", "-"],
        Some(b"{\"text\": \"x\"}\nnot json\n"),
    );
    assert_eq!(
        kinds(&out),
        pairs(&[("stdin:1", "ok"), ("stdin:2", "invalid_json")])
    );
    // `--input text` reads stdin as one document.
    let out = run_in(
        t.path(),
        &["extract", "--input", "text"],
        Some(b"\"Hi,\" he said."),
    );
    assert_eq!(kinds(&out), pairs(&[("stdin", "ok")]));
}

#[test]
fn scope_all_adds_beliefs_that_speech_leaves_out() {
    let t = tempfile::tempdir().unwrap();
    write(
        &t.path().join("harbour.txt"),
        "Harbour plans\n\nThe harbour master believes that the pier will hold.",
    );
    let rules = |scope: &str| -> Vec<String> {
        let out = run(t.path(), &["extract", "--scope", scope, "harbour.txt"]);
        assert_eq!(code(&out), 0);
        records(&out)[0]["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| format!("{} {}", q["kind"], q["speaker"]["name"]))
            .collect()
    };
    assert!(rules("speech").is_empty());
    assert_eq!(rules("all"), ["\"indirect\" \"The harbour master\""]);
    let bad = run(t.path(), &["extract", "--scope", "beliefs", "harbour.txt"]);
    assert_eq!(code(&bad), 2);
}

#[test]
fn input_kind_overrides_detection() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("dump.data"), corpus(3));
    let as_text = run(t.path(), &["extract", "dump.data"]);
    assert_eq!(ids(&as_text), ["dump"]);
    let as_jsonl = run(t.path(), &["extract", "--input", "jsonl", "dump.data"]);
    assert_eq!(ids(&as_jsonl), ["doc-0", "doc-1", "doc-2"]);
}

#[test]
fn files_list_reads_paths_in_its_order() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("one.txt"), "One.");
    write(&t.path().join("two.txt"), "Two.");
    write(&t.path().join("list"), "two.txt\n\none.txt\ngone.txt\n");
    let out = run(t.path(), &["extract", "--files", "list"]);
    assert_eq!(
        code(&out),
        1,
        "a listed file that is gone is an error record"
    );
    assert_eq!(
        kinds(&out),
        pairs(&[("two", "ok"), ("one", "ok"), ("gone", "io")])
    );
}

#[test]
fn output_is_identical_for_one_and_two_threads() {
    let t = tempfile::tempdir().unwrap();
    let mut data = corpus(5000);
    // Errors interleaved keep their places too.
    for i in (0..5000).step_by(97) {
        data.push_str(&format!("{{\"id\": \"broken-{i}\", \"text\": \n"));
        data.push_str(&corpus(3));
    }
    write(&t.path().join("many.jsonl"), &data);
    let one = run(t.path(), &["extract", "-j", "1", "many.jsonl"]);
    let two = run(t.path(), &["extract", "-j", "2", "many.jsonl"]);
    assert_eq!(code(&one), 1);
    assert_eq!(one.stdout, two.stdout);
    let expected: Vec<String> = data
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).map_or_else(
                |_| l.split('"').nth(3).unwrap().to_owned(),
                |v| v["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(ids(&two), expected);
}

#[test]
fn exit_codes() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("ok.txt"), "Fine.");
    write(&t.path().join("bad.txt"), b"\xff");
    assert_eq!(code(&run(t.path(), &["extract", "ok.txt"])), 0);
    assert_eq!(code(&run(t.path(), &["extract", "ok.txt", "bad.txt"])), 1);
    assert_eq!(code(&run(t.path(), &["extract", "--no-such-flag"])), 2);
    assert_eq!(code(&run(t.path(), &["extract", "does-not-exist.txt"])), 2);
    assert_eq!(code(&run(t.path(), &["extract", "--resume", "ok.txt"])), 2);
    assert_eq!(
        code(&run(
            t.path(),
            &["extract", "-o", "x", "--output-dir", "y", "ok.txt"]
        )),
        2
    );
    assert_eq!(
        code(&run(
            t.path(),
            &["extract", "-o", "no/such/dir/out.jsonl", "ok.txt"]
        )),
        2
    );
    assert_eq!(
        code(&run(
            t.path(),
            &["extract", "--max-record-bytes", "lots", "ok.txt"]
        )),
        2
    );
}

#[test]
fn an_engine_panic_becomes_an_internal_error_record() {
    let t = tempfile::tempdir().unwrap();
    let data = [
        record("a", "Calm."),
        record("b", "This one has TRIPWIRE in it."),
        record("c", "Calm again."),
    ]
    .join("\n");
    write(&t.path().join("p.jsonl"), data);
    let out = run(
        t.path(),
        &["extract", "--debug-panic-on", "TRIPWIRE", "p.jsonl"],
    );
    assert_eq!(code(&out), 1);
    assert_eq!(
        kinds(&out),
        pairs(&[("a", "ok"), ("b", "internal_error"), ("c", "ok")])
    );
}

#[test]
fn output_file_is_written_whole_with_no_temporary_left() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("in.jsonl"), corpus(10));
    let to_stdout = run(t.path(), &["extract", "in.jsonl"]);
    let out = run(t.path(), &["extract", "in.jsonl", "-o", "out.jsonl"]);
    assert_eq!(code(&out), 0);
    assert!(out.stdout.is_empty());
    assert_eq!(
        std::fs::read(t.path().join("out.jsonl")).unwrap(),
        to_stdout.stdout
    );
    let names: Vec<_> = std::fs::read_dir(t.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// `-o` on a pipe or device (`-o /dev/null`) writes into it: the output
/// must not be renamed over it, which would replace it with a regular file.
#[cfg(unix)]
#[test]
fn output_to_a_fifo_writes_into_it_and_leaves_it_a_fifo() {
    use std::os::unix::fs::FileTypeExt;
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("in.jsonl"), corpus(3));
    let fifo = t.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo unavailable: skipped");
        return;
    }
    // The reader blocks until a writer opens the FIFO; if saywho never does,
    // the timeout below fails the test instead of hanging it.
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || tx.send(std::fs::read(fifo).unwrap()));
    }
    let to_stdout = run(t.path(), &["extract", "in.jsonl"]);
    let out = run(t.path(), &["extract", "in.jsonl", "-o", "pipe"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let got = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("saywho wrote nothing into the FIFO");
    assert_eq!(got, to_stdout.stdout);
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "-o replaced the FIFO: {kind:?}");
}

#[test]
fn pretty_prints_indented_json() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("a.txt"), "Hi.");
    let out = run(t.path(), &["extract", "--pretty", "a.txt"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 3, "{text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["id"], "a");
}

#[test]
fn help_has_examples() {
    let out = bin().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Examples:"));
    let out = bin().args(["extract", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--resume",
        "--output-dir",
        "--max-record-bytes",
        "--keep-fields",
        "Examples:",
    ] {
        assert!(help.contains(flag), "{flag} missing from:\n{help}");
    }
}

/// Three JSONL shards, the middle one with an error, in `dir/in`.
fn shard_inputs(dir: &Path) -> Vec<&'static str> {
    write(&dir.join("in/s1.jsonl"), corpus(40));
    write(
        &dir.join("in/s2.jsonl"),
        format!("{}{{broken\n", corpus(30)),
    );
    write(&dir.join("in/s3.jsonl"), corpus(50));
    vec!["in/s1.jsonl", "in/s2.jsonl", "in/s3.jsonl"]
}

fn dir_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().into_string().unwrap(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn output_dir_writes_one_part_per_shard_and_a_manifest() {
    let t = tempfile::tempdir().unwrap();
    let inputs = shard_inputs(t.path());
    let mut args = vec!["extract", "--output-dir", "out"];
    args.extend(&inputs);
    let out = run(t.path(), &args);
    assert_eq!(code(&out), 1);
    let files = dir_files(&t.path().join("out"));
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "part-00000.jsonl",
            "part-00001.jsonl",
            "part-00002.jsonl",
            "saywho-manifest.jsonl"
        ]
    );
    // The parts, concatenated, are the stdout output.
    let mut args = vec!["extract"];
    args.extend(&inputs);
    let whole = run(t.path(), &args);
    let joined: Vec<u8> = files[..3].iter().flat_map(|(_, b)| b.clone()).collect();
    assert_eq!(joined, whole.stdout);
    // Running again into the same folder without --resume is refused.
    let mut args = vec!["extract", "--output-dir", "out"];
    args.extend(&inputs);
    assert_eq!(code(&run(t.path(), &args)), 2);
}

#[test]
fn resume_after_an_interrupted_run_equals_an_uninterrupted_run() {
    let t = tempfile::tempdir().unwrap();
    let inputs = shard_inputs(t.path());
    let with = |dir: &str, resume: bool| {
        let mut args = vec!["extract", "-j", "2", "--output-dir", dir];
        if resume {
            args.push("--resume");
        }
        args.extend(&inputs);
        run(t.path(), &args)
    };
    let full = with("full", false);
    assert_eq!(code(&full), 1);

    // An interrupted run: the first two parts finished; the third was being
    // written (a temporary part) and the manifest line being appended for
    // the second was cut short.
    let cut = with("cut", false);
    assert_eq!(code(&cut), 1);
    let dir = t.path().join("cut");
    std::fs::remove_file(dir.join("part-00002.jsonl")).unwrap();
    write(
        &dir.join(".part-00002.jsonl.tmp"),
        "{\"schema\":1,\"id\":\"half",
    );
    let manifest = std::fs::read_to_string(dir.join("saywho-manifest.jsonl")).unwrap();
    let lines: Vec<&str> = manifest.lines().collect();
    assert_eq!(lines.len(), 3);
    let partial = format!("{}\n{}", lines[0], &lines[1][..lines[1].len() / 2]);
    write(&dir.join("saywho-manifest.jsonl"), partial);

    let resumed = with("cut", true);
    assert_eq!(code(&resumed), 1, "the error record of part 2 still counts");
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert!(stderr.contains("resumed: 1 parts"), "{stderr}");
    assert_eq!(dir_files(&t.path().join("full")), dir_files(&dir));

    // Resuming a finished run does nothing and changes nothing.
    let again = with("cut", true);
    assert_eq!(code(&again), 1);
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 documents"));
    assert_eq!(dir_files(&t.path().join("full")), dir_files(&dir));

    // Resuming with other inputs is refused.
    let mut args = vec![
        "extract",
        "--output-dir",
        "cut",
        "--resume",
        "in/s3.jsonl",
        "in/s1.jsonl",
    ];
    args.extend(&inputs[1..2]);
    assert_eq!(code(&run(t.path(), &args)), 2);

    // So is resuming with options that change the parts.
    let cut = std::fs::read_to_string(dir.join("saywho-manifest.jsonl")).unwrap();
    std::fs::remove_file(dir.join("part-00002.jsonl")).unwrap();
    let manifest = cut.lines().take(2).collect::<Vec<_>>().join("\n") + "\n";
    write(&dir.join("saywho-manifest.jsonl"), manifest);
    for extra in [["--scope", "all"], ["--keep-fields", "url"]] {
        let mut args = vec!["extract", "--output-dir", "cut", "--resume"];
        args.extend(extra);
        args.extend(&inputs);
        let out = run(t.path(), &args);
        assert_eq!(code(&out), 2, "{extra:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("same options"), "{stderr}");
    }
    assert!(!dir.join("part-00002.jsonl").exists());
    assert_eq!(code(&with("cut", true)), 1);
    assert_eq!(dir_files(&t.path().join("full")), dir_files(&dir));
}

/// Spawn `saywho extract -` with piped stdin and stdout.
fn spawn_streaming(extra: &[&str]) -> std::process::Child {
    bin()
        .args(["extract", "-"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Read one line from `r` on a thread, giving up after a minute (a guard
/// against a hang, not a timing assertion).
fn read_line_guarded<R: Read + Send + 'static>(r: R) -> (String, BufReader<R>) {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(r);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let _ = tx.send((line, reader));
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("saywho answered a line while its input was still open")
}

#[test]
fn streaming_answers_each_line_before_the_input_ends() {
    let mut child = spawn_streaming(&["-q"]);
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    writeln!(stdin, "{}", record("first", "\"Hello,\" said Kim.")).unwrap();
    stdin.flush().unwrap();
    let (line, mut reader) = read_line_guarded(stdout);
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["id"], "first");
    writeln!(stdin, "{}", record("second", "Bye.")).unwrap();
    drop(stdin);
    let mut rest = String::new();
    reader.read_to_string(&mut rest).unwrap();
    assert_eq!(rest.lines().count(), 1);
    assert!(rest.contains("\"second\""));
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn ctrl_c_stops_after_the_current_chunk_with_130() {
    let mut child = spawn_streaming(&[]);
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    writeln!(stdin, "{}", record("only", "Hi.")).unwrap();
    stdin.flush().unwrap();
    // Once a line is out, the handler is installed.
    let (line, _reader) = read_line_guarded(stdout);
    assert!(line.contains("\"only\""));
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    // stdin stays open: saywho must not wait for it.
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    assert_eq!(out.status.code(), Some(130));
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}

#[test]
fn a_closed_pipe_ends_the_run_quietly_with_0() {
    let t = tempfile::tempdir().unwrap();
    let path: PathBuf = t.path().join("many.jsonl");
    write(&path, corpus(20000));
    let mut child = bin()
        .args(["extract", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (line, reader) = read_line_guarded(stdout);
    assert!(line.contains("doc-0"));
    drop(reader);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn resume_after_a_killed_run_equals_an_uninterrupted_run() {
    let t = tempfile::tempdir().unwrap();
    let mut inputs = Vec::new();
    for n in 0..6 {
        let name = format!("in/k{n}.jsonl");
        write(&t.path().join(&name), corpus(400));
        inputs.push(name);
    }
    let args = |dir: &str, resume: bool| {
        let mut a = vec![
            "extract".to_owned(),
            "-q".into(),
            "--output-dir".into(),
            dir.into(),
        ];
        if resume {
            a.push("--resume".into());
        }
        a.extend(inputs.iter().cloned());
        a
    };
    let full = bin()
        .args(args("full", false))
        .current_dir(t.path())
        .output()
        .unwrap();
    assert_eq!(full.status.code(), Some(0));

    // Kill (SIGKILL, no cleanup) as soon as the first part is recorded.
    let mut child = bin()
        .args(args("killed", false))
        .current_dir(t.path())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let manifest = t.path().join("killed/saywho-manifest.jsonl");
    for _ in 0..6000 {
        let recorded = std::fs::read_to_string(&manifest).unwrap_or_default();
        if !recorded.is_empty() || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();

    let resumed = bin()
        .args(args("killed", true))
        .current_dir(t.path())
        .output()
        .unwrap();
    assert_eq!(resumed.status.code(), Some(0));
    assert_eq!(
        dir_files(&t.path().join("full")),
        dir_files(&t.path().join("killed"))
    );
}

#[test]
fn text_files_share_a_part_in_an_output_dir() {
    let t = tempfile::tempdir().unwrap();
    for name in ["a", "b", "c"] {
        write(
            &t.path().join(format!("in/{name}.txt")),
            format!("\"Hi,\" said {name}."),
        );
    }
    let out = run(t.path(), &["extract", "--output-dir", "out", "in"]);
    assert_eq!(code(&out), 0);
    let files = dir_files(&t.path().join("out"));
    assert_eq!(files.len(), 2, "one part and the manifest");
    let whole = run(t.path(), &["extract", "in"]);
    assert_eq!(files[0].1, whole.stdout);
    let manifest: Value = serde_json::from_slice(&files[1].1).unwrap();
    assert_eq!(manifest["documents"], 3);
    assert_eq!(manifest["inputs"], "in/a.txt .. in/c.txt (3 files)");
}

#[test]
fn stderr_has_one_summary_line_or_nothing_with_quiet() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("in.jsonl"), corpus(30));
    let out = run(t.path(), &["extract", "in.jsonl"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    // No progress bar when stderr is not a terminal: no escapes, no \r.
    assert!(
        !stderr.contains('\r') && !stderr.contains('\u{1b}'),
        "{stderr:?}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("saywho: 30 documents (0 errors), "),
        "{stderr}"
    );
    let quiet = run(t.path(), &["extract", "-q", "in.jsonl"]);
    assert!(quiet.stderr.is_empty());
    assert_eq!(quiet.stdout, out.stdout);
}

#[test]
fn files_list_from_stdin() {
    let t = tempfile::tempdir().unwrap();
    write(&t.path().join("x.txt"), "Ex.");
    write(
        &t.path().join("y.jsonl"),
        format!("{}\n", record("y1", "Why.")),
    );
    let out = run_in(
        t.path(),
        &["extract", "--files", "-"],
        Some(b"y.jsonl\nx.txt\n"),
    );
    assert_eq!(code(&out), 0);
    assert_eq!(ids(&out), ["y1", "x"]);
}
