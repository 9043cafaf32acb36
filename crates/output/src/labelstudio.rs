//! Label Studio tasks with pre-annotations (`predictions`), so a team can
//! correct saywho's output in Label Studio.
//!
//! One task per document, in Label Studio's JSON import format:
//!
//! ```json
//! {"data": {"text": "…", "id": "seed-olympics"},
//!  "predictions": [{"model_version": "saywho-0.1.0", "score": 0.9,
//!    "result": [
//!      {"id": "q0", "from_name": "label", "to_name": "text", "type": "labels", "score": 0.95,
//!       "value": {"start": 1276, "end": 1491, "text": "“It is …”", "labels": ["Quote"]}},
//!      {"id": "c0", …, "value": {…, "labels": ["Cue"]}},
//!      {"id": "s0", …, "value": {…, "labels": ["Speaker"]}},
//!      {"type": "relation", "from_id": "q0", "to_id": "s0", "direction": "right",
//!       "labels": ["said-by"]}]}]}
//! ```
//!
//! Offsets count code points by default (Python `str` indices) or UTF-16
//! units ([`Offsets::Utf16`]). `from_name`/`to_name` match
//! [`LABEL_CONFIG`], the labelling interface to create the project with.
//! A split quote (`"Q1," S said, "Q2"`) gets one `Quote` region per part;
//! a speaker mention shared by several quotes is one region.

use std::collections::HashMap;

use saywho_core::{Analysis, Span};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::table::{OffsetIndex, Offsets};

/// `from_name` of every labelled region: the `<Labels>` tag of [`LABEL_CONFIG`].
pub const FROM_NAME: &str = "label";
/// `to_name` of every labelled region: the `<Text>` tag of [`LABEL_CONFIG`].
pub const TO_NAME: &str = "text";

/// The Label Studio labelling configuration the tasks are made for.
pub const LABEL_CONFIG: &str = r##"<View>
  <Relations>
    <Relation value="said-by"/>
  </Relations>
  <Labels name="label" toName="text">
    <Label value="Quote" background="#ffd54f"/>
    <Label value="Cue" background="#90caf9"/>
    <Label value="Speaker" background="#a5d6a7"/>
  </Labels>
  <Text name="text" value="$text" granularity="symbol"/>
</View>"##;

/// One task.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Task<'a> {
    /// The data the labelling interface shows.
    pub data: TaskData<'a>,
    /// saywho's pre-annotations (one prediction).
    pub predictions: Vec<Prediction>,
}

/// A task's data.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TaskData<'a> {
    /// The document text, exactly as analysed.
    pub text: &'a str,
    /// The document id.
    pub id: &'a str,
    /// Pass-through metadata, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<&'a Map<String, Value>>,
}

/// One model's pre-annotations of a task.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Prediction {
    /// `saywho-<version>`.
    pub model_version: String,
    /// Mean confidence of the quotes to three decimals (1 when there are none).
    pub score: f32,
    /// Regions and relations.
    pub result: Vec<ResultItem>,
}

/// A labelled region or a relation between two regions.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(untagged)]
pub enum ResultItem {
    /// A labelled text region.
    Region(Region),
    /// A relation between two regions.
    Relation(Relation),
}

/// A labelled text region.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Region {
    /// Region id, unique in the task, referenced by relations.
    pub id: String,
    /// [`FROM_NAME`].
    pub from_name: &'static str,
    /// [`TO_NAME`].
    pub to_name: &'static str,
    /// Always `labels`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Where and what.
    pub value: RegionValue,
    /// The confidence of the quote the region belongs to.
    pub score: f32,
}

/// The `value` of a region.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct RegionValue {
    /// Start offset (code points or UTF-16 units).
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The text covered.
    pub text: String,
    /// One of `Quote`, `Cue`, `Speaker`.
    pub labels: [&'static str; 1],
}

/// A relation between two regions.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Relation {
    /// Always `relation`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The quote region.
    pub from_id: String,
    /// The speaker region.
    pub to_id: String,
    /// Always `right` (from → to).
    pub direction: &'static str,
    /// Always `said-by` (quote → speaker).
    pub labels: [&'static str; 1],
}

/// `saywho-<version>`, the `model_version` of the predictions.
pub fn model_version() -> String {
    format!("saywho-{}", env!("CARGO_PKG_VERSION"))
}

/// The task of one document.
pub fn task<'a>(
    id: &'a str,
    meta: Option<&'a Map<String, Value>>,
    analysis: &'a Analysis<'a>,
    unit: Offsets,
) -> Task<'a> {
    let text = analysis.text;
    let index = OffsetIndex::new(text, unit);
    let mut result = Vec::new();
    let mut relations = Vec::new();
    // Regions shared by several quotes (a speaker mention, a cue) are emitted once.
    let mut seen: HashMap<(Span, &'static str), String> = HashMap::new();
    let mut region = |result: &mut Vec<ResultItem>, rid: String, span: Span, label, score| {
        if let Some(existing) = seen.get(&(span, label)) {
            return existing.clone();
        }
        let [start, end] = index.span(span);
        result.push(ResultItem::Region(Region {
            id: rid.clone(),
            from_name: FROM_NAME,
            to_name: TO_NAME,
            kind: "labels",
            value: RegionValue {
                start,
                end,
                text: span.text(text).to_owned(),
                labels: [label],
            },
            score,
        }));
        seen.insert((span, label), rid.clone());
        rid
    };
    for (i, q) in analysis.quotes.iter().enumerate() {
        let parts: Vec<Span> = if q.parts.is_empty() {
            vec![q.content]
        } else {
            q.parts.clone()
        };
        let quote_ids: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(j, &p)| {
                let rid = if parts.len() == 1 {
                    format!("q{i}")
                } else {
                    format!("q{i}p{j}")
                };
                region(&mut result, rid, p, "Quote", q.confidence)
            })
            .collect();
        if let Some(cue) = q.cue {
            region(&mut result, format!("c{i}"), cue, "Cue", q.confidence);
        }
        if let Some(s) = &q.speaker {
            let sid = region(
                &mut result,
                format!("s{i}"),
                s.mention,
                "Speaker",
                q.confidence,
            );
            for qid in &quote_ids {
                relations.push(ResultItem::Relation(Relation {
                    kind: "relation",
                    from_id: qid.clone(),
                    to_id: sid.clone(),
                    direction: "right",
                    labels: ["said-by"],
                }));
            }
        }
    }
    result.extend(relations);
    let score = if analysis.quotes.is_empty() {
        1.0
    } else {
        let mean = analysis.quotes.iter().map(|q| q.confidence).sum::<f32>()
            / analysis.quotes.len() as f32;
        // Three decimals: the mean of 0.7 and 0.75 is 0.725, not 0.7249999.
        (mean * 1000.0).round() / 1000.0
    };
    Task {
        data: TaskData { text, id, meta },
        predictions: vec![Prediction {
            model_version: model_version(),
            score,
            result,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::span_of;
    use saywho_core::{Quote, QuoteKind, Resolution, Speaker};

    /// Two quotes by the same mention (the second a continuation) and a
    /// split quote; emoji before them so code points and UTF-16 differ.
    fn sample(text: &str) -> Analysis<'_> {
        let mention = span_of(text, "Ortiz");
        let speaker = |resolution| Speaker {
            mention,
            name: "Lena Ortiz".into(),
            role: Some("Mayor".into()),
            entity: Some(0),
            resolution,
        };
        let p1 = span_of(text, "“We will,”");
        let p2 = span_of(text, "“appeal.”");
        Analysis {
            text,
            quotes: vec![
                Quote {
                    kind: QuoteKind::Direct,
                    rule: "quote-comma-speaker-said-quote",
                    confidence: 0.8,
                    content: p1.cover(p2),
                    parts: vec![p1, p2],
                    cue: Some(span_of(text, "said")),
                    speaker: Some(speaker(Resolution::Surname)),
                },
                Quote {
                    kind: QuoteKind::Direct,
                    rule: "continuation",
                    confidence: 0.6,
                    content: span_of(text, "“Again.”"),
                    parts: vec![],
                    cue: None,
                    speaker: Some(speaker(Resolution::Continuation)),
                },
                Quote {
                    kind: QuoteKind::Term,
                    rule: "term",
                    confidence: 0.4,
                    content: span_of(text, "“term”"),
                    parts: vec![],
                    cue: None,
                    speaker: None,
                },
            ],
            entities: vec![],
            diagnostics: vec![],
        }
    }

    const TEXT: &str = "😀 A “term”. “We will,” Ortiz said, “appeal.”\n\n“Again.”";

    #[test]
    fn task_matches_the_import_shape() {
        let a = sample(TEXT);
        let v = serde_json::to_value(task("doc<1>", None, &a, Offsets::Codepoint)).unwrap();
        assert_eq!(v["data"]["text"], TEXT);
        assert_eq!(v["data"]["id"], "doc<1>");
        let preds = v["predictions"].as_array().unwrap();
        assert_eq!(preds.len(), 1);
        assert_eq!(preds[0]["model_version"], model_version());
        assert!(preds[0]["score"].as_f64().unwrap() > 0.0);
        let result = preds[0]["result"].as_array().unwrap();
        let mut ids = std::collections::HashSet::new();
        for item in result {
            if item["type"] == "labels" {
                assert_eq!(item["from_name"], FROM_NAME);
                assert_eq!(item["to_name"], TO_NAME);
                assert!(ids.insert(item["id"].as_str().unwrap().to_owned()));
                let value = &item["value"];
                let (start, end) = (
                    value["start"].as_u64().unwrap(),
                    value["end"].as_u64().unwrap(),
                );
                let text: String = TEXT
                    .chars()
                    .skip(start as usize)
                    .take((end - start) as usize)
                    .collect();
                assert_eq!(value["text"], text, "code-point offsets slice the text");
                let label = value["labels"][0].as_str().unwrap();
                assert!(["Quote", "Cue", "Speaker"].contains(&label));
            } else {
                assert_eq!(item["type"], "relation");
                assert_eq!(item["direction"], "right");
                assert_eq!(item["labels"][0], "said-by");
                for end in ["from_id", "to_id"] {
                    let id = item[end].as_str().unwrap();
                    assert!(ids.contains(id), "{end} {id} names a region");
                }
            }
        }
        let count = |label: &str| {
            result
                .iter()
                .filter(|r| r["value"]["labels"][0] == label)
                .count()
        };
        // Split quote = 2 regions, continuation 1, term 1.
        assert_eq!(count("Quote"), 4);
        assert_eq!(count("Cue"), 1);
        // One mention shared by both quotes: one region.
        assert_eq!(count("Speaker"), 1);
        let relations = result.iter().filter(|r| r["type"] == "relation").count();
        assert_eq!(
            relations, 3,
            "two parts and the continuation, said-by the mention"
        );
    }

    #[test]
    fn prediction_score_is_the_rounded_mean_confidence() {
        let mut a = sample(TEXT);
        a.quotes[0].confidence = 0.7;
        a.quotes[1].confidence = 0.75;
        a.quotes.truncate(2);
        let json = serde_json::to_string(&task("d", None, &a, Offsets::Codepoint)).unwrap();
        let expected = format!("\"model_version\":\"{}\",\"score\":0.725,", model_version());
        assert!(json.contains(&expected), "{json}");
    }

    #[test]
    fn utf16_offsets_slice_utf16_text() {
        let a = sample(TEXT);
        let t = task("d", None, &a, Offsets::Utf16);
        let units: Vec<u16> = TEXT.encode_utf16().collect();
        for item in &t.predictions[0].result {
            if let ResultItem::Region(r) = item {
                let slice = String::from_utf16(&units[r.value.start..r.value.end]).unwrap();
                assert_eq!(slice, r.value.text);
            }
        }
    }

    #[test]
    fn empty_analysis_gives_a_task_with_no_regions() {
        let a = Analysis {
            text: "Nothing said.",
            quotes: vec![],
            entities: vec![],
            diagnostics: vec![],
        };
        let mut meta = Map::new();
        meta.insert("url".into(), Value::String("https://example.org".into()));
        let v = serde_json::to_value(task("d", Some(&meta), &a, Offsets::Codepoint)).unwrap();
        assert_eq!(v["predictions"][0]["result"], serde_json::json!([]));
        assert_eq!(v["data"]["meta"]["url"], "https://example.org");
    }
}
