//! Summaries: the JSON written by `--json` / `--write-baseline`, the human
//! table, and the baseline check.

use serde::Serialize;
use serde_json::{Value, json};

use crate::score::{Accuracy, Counts, Evaluation, Measures, Scores, SpanMeasures};

/// The headline F1 figures guarded by the baseline, as JSON pointers into
/// the summary.
pub const HEADLINE: [&str; 9] = [
    "/all/exact/f1",
    "/all/found/f1",
    "/all/end_to_end/f1",
    "/direct/exact/f1",
    "/direct/found/f1",
    "/direct/end_to_end/f1",
    "/indirect/exact/f1",
    "/indirect/found/f1",
    "/indirect/end_to_end/f1",
];

/// Round to 4 decimals so summaries diff cleanly.
fn r4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[derive(Serialize)]
struct CountsJson {
    gold: u64,
    gold_matched: u64,
    system: u64,
    system_matched: u64,
    precision: f64,
    recall: f64,
    f1: f64,
}

impl From<&Counts> for CountsJson {
    fn from(c: &Counts) -> CountsJson {
        CountsJson {
            gold: c.gold,
            gold_matched: c.gold_matched,
            system: c.system,
            system_matched: c.system_matched,
            precision: r4(c.precision()),
            recall: r4(c.recall()),
            f1: r4(c.f1()),
        }
    }
}

fn accuracy(a: &Accuracy) -> Value {
    json!({"pairs": a.pairs, "correct": a.correct, "accuracy": r4(a.accuracy())})
}

fn measures(m: &Measures) -> Value {
    json!({
        "exact": CountsJson::from(&m.exact),
        "found": CountsJson::from(&m.found),
        "end_to_end": CountsJson::from(&m.end_to_end),
        "speaker_accuracy": accuracy(&m.speaker),
        "cue_accuracy": accuracy(&m.cue),
    })
}

fn spans(s: &SpanMeasures) -> Value {
    json!({
        "source": CountsJson::from(&s.source),
        "cue": CountsJson::from(&s.cue),
        "content": CountsJson::from(&s.content),
    })
}

fn scores(s: &Scores) -> Value {
    json!({
        "documents": s.documents,
        "all": measures(&s.all),
        "direct": measures(&s.direct),
        "indirect": measures(&s.indirect),
        "spans": spans(&s.spans),
    })
}

/// The machine-readable summary of an evaluation (no errors).
pub fn summary(ev: &Evaluation) -> Value {
    let mut v = scores(&ev.total);
    v["gold_without_content"] = json!(ev.gold_without_content);
    v["rules"] = ev
        .by_rule
        .iter()
        .map(|(r, c)| {
            let v = json!({
                "system": c.system,
                "exact": c.exact,
                "found": c.found,
                "end_to_end": c.end_to_end,
                "precision_found": r4(ratio(c.found, c.system)),
                "precision_end_to_end": r4(ratio(c.end_to_end, c.system)),
            });
            (r.clone(), v)
        })
        .collect::<serde_json::Map<_, _>>()
        .into();
    v["publishers"] = ev
        .by_publisher
        .iter()
        .map(|(p, s)| (p.clone(), scores(s)))
        .collect::<serde_json::Map<_, _>>()
        .into();
    v
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn pct(x: f64) -> String {
    format!("{:5.1}", 100.0 * x)
}

fn prf(c: &Counts) -> String {
    format!("{} {} {}", pct(c.precision()), pct(c.recall()), pct(c.f1()))
}

/// The human-readable table (percentages).
pub fn table(ev: &Evaluation) -> String {
    use std::fmt::Write;
    let t = &ev.total;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} documents, {} gold attributions ({} without content not scored), {} system",
        t.documents, t.all.found.gold, ev.gold_without_content, t.all.found.system
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<9} {:>6} {:>6} | {:^17} | {:^17} | {:^17} | {:>5} {:>5}",
        "", "gold", "system", "content exact", "content found", "end-to-end", "spk", "cue"
    );
    let _ = writeln!(
        out,
        "{:<9} {:>6} {:>6} | {:^17} | {:^17} | {:^17} | {:>5} {:>5}",
        "", "", "", "P     R     F1", "P     R     F1", "P     R     F1", "acc", "acc"
    );
    for (name, m) in [
        ("ALL", &t.all),
        ("DIRECT", &t.direct),
        ("INDIRECT", &t.indirect),
    ] {
        let _ = writeln!(
            out,
            "{:<9} {:>6} {:>6} | {} | {} | {} | {} {}",
            name,
            m.found.gold,
            m.found.system,
            prf(&m.exact),
            prf(&m.found),
            prf(&m.end_to_end),
            pct(m.speaker.accuracy()),
            pct(m.cue.accuracy()),
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Spans, exact match, scored independently:   P     R     F1"
    );
    for (name, c) in [
        ("Source", &t.spans.source),
        ("Cue", &t.spans.cue),
        ("Content", &t.spans.content),
    ] {
        let _ = writeln!(
            out,
            "  {:<8} gold {:>6} system {:>6}            {}",
            name,
            c.gold,
            c.system,
            prf(c)
        );
    }
    if !ev.by_publisher.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{:<14} {:>5} {:>6} | F1 exact  found  e2e | DIRECT found e2e | INDIRECT found e2e",
            "publisher", "docs", "gold"
        );
        for (p, s) in &ev.by_publisher {
            let _ = writeln!(
                out,
                "{:<14} {:>5} {:>6} |   {}  {}  {} |        {}  {} |          {}  {}",
                p,
                s.documents,
                s.all.found.gold,
                pct(s.all.exact.f1()),
                pct(s.all.found.f1()),
                pct(s.all.end_to_end.f1()),
                pct(s.direct.found.f1()),
                pct(s.direct.end_to_end.f1()),
                pct(s.indirect.found.f1()),
                pct(s.indirect.end_to_end.f1()),
            );
        }
    }
    if !ev.by_rule.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{:<40} {:>6} {:>6} {:>6} | precision found  e2e",
            "rule (by false positives)", "system", "found", "fp"
        );
        let mut rules: Vec<_> = ev.by_rule.iter().collect();
        rules.sort_by_key(|(r, c)| (std::cmp::Reverse(c.system - c.found), r.as_str()));
        for (r, c) in rules {
            let _ = writeln!(
                out,
                "{:<40} {:>6} {:>6} {:>6} |           {}  {}",
                r,
                c.system,
                c.found,
                c.system - c.found,
                pct(ratio(c.found, c.system)),
                pct(ratio(c.end_to_end, c.system)),
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Percentages. exact: trimmed content boundaries equal; found: word-token Dice >= 0.5, \
         one-to-one, greedy by best Dice; end-to-end: found and speaker mention overlaps the gold \
         Source; spk/cue acc: among found pairs."
    );
    out
}

/// A headline figure that fell below the baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Regression {
    /// JSON pointer of the figure (`/direct/found/f1`).
    pub measure: &'static str,
    /// The baseline value.
    pub baseline: f64,
    /// The current value.
    pub current: f64,
}

/// The headline figures of `current` more than `tolerance` below `baseline`.
/// A figure missing from the baseline is not checked.
pub fn regressions(current: &Value, baseline: &Value, tolerance: f64) -> Vec<Regression> {
    HEADLINE
        .iter()
        .filter_map(|&measure| {
            let b = baseline.pointer(measure)?.as_f64()?;
            let c = current
                .pointer(measure)
                .and_then(Value::as_f64)
                .unwrap_or(0.0);
            (c < b - tolerance - 1e-9).then_some(Regression {
                measure,
                baseline: b,
                current: c,
            })
        })
        .collect()
}
