//! Integration tests of `saywho eval` and `saywho extract --format brat`,
//! running the binary on documents written here.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const DOCS: [(&str, &str); 3] = [
    (
        "council",
        "“We will appeal the ruling,” said Mayor Lena Ortiz on Monday.\n\n\
         The city’s lawyer, Tom Reyes, said the decision ignored the evidence.\n\n\
         “It is a sad day for the town,” Reyes told reporters. “But we are not done.”\n",
    ),
    (
        "harbour",
        "Port officials said on Tuesday that the harbour would reopen next week.\n\n\
         “The cranes are back in service,” said Ana Silva, the port’s director.\n",
    ),
    (
        "budget",
        "“This budget is a disaster,” said Senator Paul Brandt.\n\n\
         Finance Minister Ruth Kline said the figures were sound.\n",
    ),
];

fn saywho(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(args)
        .output()
        .expect("run saywho")
}

fn os<S: AsRef<std::ffi::OsStr> + ?Sized>(s: &S) -> &std::ffi::OsStr {
    s.as_ref()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Write the texts to `dir/in` and export them to `dir/brat`.
fn export(dir: &Path) -> PathBuf {
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let mut args: Vec<PathBuf> = Vec::new();
    for (name, text) in DOCS {
        let p = input.join(format!("{name}.txt"));
        std::fs::write(&p, text).unwrap();
        args.push(p);
    }
    let out = dir.join("brat");
    let mut cmd: Vec<&std::ffi::OsStr> = vec![
        os("extract"),
        os("--format"),
        os("brat"),
        os("-o"),
        out.as_os_str(),
    ];
    cmd.extend(args.iter().map(|p| p.as_os_str()));
    let o = saywho(&cmd);
    assert!(o.status.success(), "{}", stderr(&o));
    out
}

fn eval_json(extra: &[&std::ffi::OsStr]) -> (Output, Value) {
    let mut args = vec![os("eval"), os("--json")];
    args.extend_from_slice(extra);
    let o = saywho(&args);
    let v = serde_json::from_slice(&o.stdout).unwrap_or(Value::Null);
    (o, v)
}

fn f(v: &Value, ptr: &str) -> f64 {
    v.pointer(ptr)
        .and_then(Value::as_f64)
        .unwrap_or_else(|| panic!("{ptr} missing in {v}"))
}

#[test]
fn brat_export_round_trips_with_f1_one() {
    let tmp = tempfile::tempdir().unwrap();
    let brat = export(tmp.path());
    for (name, text) in DOCS {
        let copy = std::fs::read_to_string(brat.join(format!("{name}.txt"))).unwrap();
        assert_eq!(copy, text, "the text is copied unchanged");
        assert!(brat.join(format!("{name}.ann")).is_file());
    }
    assert!(brat.join("annotation.conf").is_file());
    let (o, v) = eval_json(&[os("--gold"), brat.as_os_str()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(v["documents"], 3);
    assert!(
        v["all"]["found"]["gold"].as_u64().unwrap() >= 3,
        "the engine found too little to make the round trip meaningful: {v}"
    );
    for (k, ptr) in saywho_eval::HEADLINE.iter().enumerate() {
        // DIRECT and INDIRECT both occur in these texts.
        assert_eq!(f(&v, ptr), 1.0, "{k}: {ptr}");
    }
    for span in ["source", "cue", "content"] {
        assert_eq!(f(&v, &format!("/spans/{span}/f1")), 1.0, "{span}");
    }
    // Every rule that fired is listed, with all it produced found.
    let rules = v["rules"].as_object().expect("rules");
    assert!(!rules.is_empty());
    let produced: u64 = rules.values().map(|r| r["system"].as_u64().unwrap()).sum();
    assert_eq!(produced, v["all"]["found"]["system"].as_u64().unwrap());
    for (name, r) in rules {
        assert_eq!(r["precision_found"], 1.0, "{name}");
    }
}

#[test]
fn brat_needs_an_output_folder() {
    let o = saywho(&[os("extract"), os("--format"), os("brat"), os("x.txt")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("-o DIR"), "{}", stderr(&o));
}

#[test]
fn errors_file_lists_misses_and_false_positives() {
    let tmp = tempfile::tempdir().unwrap();
    let brat = export(tmp.path());
    // No gold in one document: everything found there is a false positive.
    std::fs::write(brat.join("council.ann"), "").unwrap();
    // A gold attribution the engine cannot find (no speech in that span).
    let harbour = std::fs::read_to_string(brat.join("harbour.ann")).unwrap();
    let text = DOCS[1].1;
    let byte = text.find("next week").unwrap();
    let start = text[..byte].chars().count(); // brat counts code points
    let end = start + "next week".chars().count();
    std::fs::write(
        brat.join("harbour.ann"),
        format!("{harbour}T90\tContent {start} {end}\tnext week\nT91\tAttribution 0 4\tPort\nE90\tAttribution:T91 Content:T90\n"),
    )
    .unwrap();
    let errors = tmp.path().join("errors.jsonl");
    let (o, v) = eval_json(&[
        os("--gold"),
        brat.as_os_str(),
        os("--errors"),
        errors.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(f(&v, "/all/found/precision") < 1.0);
    assert!(f(&v, "/all/found/recall") < 1.0);
    let lines: Vec<Value> = std::fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let fp: Vec<&Value> = lines
        .iter()
        .filter(|e| e["error"] == "false_positive")
        .collect();
    assert!(!fp.is_empty());
    for e in &fp {
        assert_eq!(e["doc"], "council");
        assert!(e["rule"].as_str().is_some_and(|r| !r.is_empty()), "{e}");
        let content = &e["system"]["content"];
        assert!(!content["text"].as_str().unwrap().is_empty(), "{e}");
        assert!(content["char"][0].is_array(), "{e}");
        assert!(e["gold"].is_null());
    }
    let missed: Vec<&Value> = lines.iter().filter(|e| e["error"] == "missed").collect();
    assert_eq!(missed.len(), 1, "{missed:?}");
    let m = missed[0];
    assert_eq!(m["doc"], "harbour");
    assert_eq!(m["category"], "indirect");
    assert_eq!(m["gold"]["content"]["text"], "next week");
    let after: String = text[byte + "next week".len()..].chars().take(60).collect();
    assert_eq!(m["gold"]["content"]["after"], after.as_str());
    assert!(
        m["gold"]["content"]["before"]
            .as_str()
            .unwrap()
            .ends_with("reopen ")
    );
    // The unused false-positive count matches the summary.
    assert_eq!(
        fp.len() as u64,
        v["all"]["found"]["system"].as_u64().unwrap()
            - v["all"]["found"]["system_matched"].as_u64().unwrap()
    );
}

#[test]
fn baseline_guards_the_headline_figures() {
    let tmp = tempfile::tempdir().unwrap();
    let brat = export(tmp.path());
    let base = tmp.path().join("baseline.json");
    let (o, _) = eval_json(&[
        os("--gold"),
        brat.as_os_str(),
        os("--write-baseline"),
        base.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Same gold, same engine: no regression.
    let (o, _) = eval_json(&[
        os("--gold"),
        brat.as_os_str(),
        os("--baseline"),
        base.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // A baseline 0.004 above today passes with the default tolerance 0.005,
    // 0.006 above does not.
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&base).unwrap()).unwrap();
    let raise = |v: &mut Value, by: f64| {
        let p = v.pointer_mut("/direct/found/f1").unwrap();
        *p = (p.as_f64().unwrap() + by).into();
    };
    raise(&mut v, -1.0 + 0.004);
    let within = tmp.path().join("within.json");
    std::fs::write(&within, v.to_string()).unwrap();
    raise(&mut v, 0.002);
    let beyond = tmp.path().join("beyond.json");
    std::fs::write(&beyond, v.to_string()).unwrap();
    // Lower the DIRECT figures: drop the direct gold of one document.
    let council = brat.join("council.ann");
    std::fs::write(&council, "").unwrap();
    let (o, now) = eval_json(&[os("--gold"), brat.as_os_str()]);
    assert!(o.status.success());
    let now_f = f(&now, "/direct/found/f1");
    assert!(now_f < 1.0);
    for (file, by, want) in [(&within, 0.004, 0), (&beyond, 0.006, 1)] {
        let mut b: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        *b.pointer_mut("/direct/found/f1").unwrap() = (now_f + by).into();
        // Only that figure is checked: the others are left out.
        let b = serde_json::json!({"direct": {"found": {"f1": b.pointer("/direct/found/f1").unwrap()}}});
        std::fs::write(file, b.to_string()).unwrap();
        let (o, _) = eval_json(&[
            os("--gold"),
            brat.as_os_str(),
            os("--baseline"),
            file.as_os_str(),
        ]);
        assert_eq!(o.status.code(), Some(want), "{by}: {}", stderr(&o));
        if want == 1 {
            assert!(stderr(&o).contains("/direct/found/f1"), "{}", stderr(&o));
        }
    }
    // The full original baseline (all 1.0) fails now.
    let (o, _) = eval_json(&[
        os("--gold"),
        brat.as_os_str(),
        os("--baseline"),
        base.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn polnear_layout_with_metadata_and_annotators() {
    let tmp = tempfile::tempdir().unwrap();
    let brat = export(tmp.path());
    let root = tmp.path().join("corpus");
    let (text, atts) = (root.join("text"), root.join("attributions"));
    std::fs::create_dir_all(&text).unwrap();
    std::fs::create_dir_all(&atts).unwrap();
    for (name, _) in DOCS {
        std::fs::copy(
            brat.join(format!("{name}.txt")),
            text.join(format!("{name}.txt")),
        )
        .unwrap();
        std::fs::copy(
            brat.join(format!("{name}.ann")),
            atts.join(format!("{name}_aa11.ann")),
        )
        .unwrap();
        // A second annotator who annotated nothing.
        std::fs::write(atts.join(format!("{name}_bb22.ann")), "").unwrap();
    }
    std::fs::write(
        root.join("metadata.tsv"),
        "filename\tannotators\tpublisher\n\
         council\taa11|bb22\tgazette\n\
         harbour\taa11\tgazette\n\
         budget\tbb22|aa11\tchronicle\n",
    )
    .unwrap();
    let (o, v) = eval_json(&[os("--gold"), atts.as_os_str()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(v["documents"], 3);
    // budget is scored against bb22's empty file: its output is all false
    // positives; the gazette documents are perfect.
    assert_eq!(f(&v, "/publishers/gazette/all/found/f1"), 1.0);
    assert_eq!(v["publishers"]["gazette"]["documents"], 2);
    assert_eq!(v["publishers"]["chronicle"]["all"]["found"]["gold"], 0);
    assert!(
        v["publishers"]["chronicle"]["all"]["found"]["system"]
            .as_u64()
            .unwrap()
            > 0
    );
    // --text overrides where texts are looked for; the table names publishers.
    let o = saywho(&[
        os("eval"),
        os("--gold"),
        atts.as_os_str(),
        os("--text"),
        text.as_os_str(),
        os("--scope"),
        os("all"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let table = String::from_utf8(o.stdout).unwrap();
    assert!(
        table.contains("gazette") && table.contains("DIRECT"),
        "{table}"
    );
}

#[test]
fn bad_annotations_name_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), "Ada said so.").unwrap();
    std::fs::write(
        dir.join("a.ann"),
        "T1\tCue 4 8\tsaid\nT2\tContent 9 400\tso\n",
    )
    .unwrap();
    let o = saywho(&[os("eval"), os("--gold"), dir.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("a.ann:2:"), "{err}");
    // An .ann without its text.
    std::fs::write(dir.join("a.ann"), "").unwrap();
    std::fs::write(dir.join("b.ann"), "").unwrap();
    let o = saywho(&[os("eval"), os("--gold"), dir.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("b.ann"), "{}", stderr(&o));
}
