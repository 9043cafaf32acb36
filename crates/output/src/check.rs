//! Checks that a document record agrees with its text.
//!
//! The span rules live in [`saywho_core::invariants`]; this module walks the
//! serialised record and applies [`check_span_record`] to every span object
//! in it, so the property tests, the fuzz targets, the corpus snapshot test
//! and the CLI's hostile-input tests check records the same way.
//!
//! ```
//! let a = saywho_core::extract("\"We will appeal,\" said Mayor Lena Ortiz.");
//! assert!(saywho_core::invariants::check(&a).is_ok());
//! assert!(saywho_output::check::record(&a).is_ok());
//! ```

use saywho_core::Analysis;
use saywho_core::invariants::{Rule, Violation, Violations, check_span_record};
use serde_json::Value;

use crate::DocumentRecord;

/// Build the record of `analysis`, serialise it as one JSON line and check
/// it: the line holds no raw newline and parses back, it keeps every quote
/// and every span of the analysis, and every span object agrees with the
/// text ([`record_json`]).
pub fn record(analysis: &Analysis<'_>) -> Result<(), Violations> {
    let malformed = |message: String| {
        Err(Violations(vec![Violation::new(
            Rule::RecordMalformed,
            message,
        )]))
    };
    let line = match serde_json::to_string(&DocumentRecord::new("doc", analysis)) {
        Ok(line) => line,
        Err(e) => return malformed(format!("the record does not serialise: {e}")),
    };
    if line.contains('\n') {
        return malformed("the JSON line holds a raw newline".to_owned());
    }
    let value: Value = match serde_json::from_str(&line) {
        Ok(v) => v,
        Err(e) => return malformed(format!("the JSON line does not parse back: {e}")),
    };
    let quotes = value["quotes"].as_array().map(Vec::len);
    if quotes != Some(analysis.quotes.len()) {
        return malformed(format!(
            "{quotes:?} quotes in the record, {} in the analysis",
            analysis.quotes.len()
        ));
    }
    let found = record_json(analysis.text, &value)?;
    let spans = span_count(analysis);
    if found != spans {
        return malformed(format!(
            "{found} span objects in the record, {spans} spans in the analysis"
        ));
    }
    Ok(())
}

/// Check every span object (an object with `byte`, `char` and `text`)
/// anywhere in the parsed record `value` against the document `text`, and
/// that each quote's `speaker.entity` indexes `entities`. Returns the number
/// of span objects checked.
pub fn record_json(text: &str, value: &Value) -> Result<usize, Violations> {
    let mut out = Vec::new();
    let mut count = 0;
    visit_spans(value, &mut String::new(), &mut |path, span| {
        count += 1;
        let pair = |key: &str| -> Option<[usize; 2]> {
            let v = span.get(key)?.as_array()?;
            let n = |i: usize| v.get(i)?.as_u64().and_then(|n| usize::try_from(n).ok());
            (v.len() == 2).then_some([n(0)?, n(1)?])
        };
        match (
            pair("byte"),
            pair("char"),
            span.get("text").and_then(Value::as_str),
        ) {
            (Some(byte), Some(chars), Some(covered)) => {
                out.extend(check_span_record(text, path, byte, chars, covered).err());
            }
            _ => out.push(Violation::new(
                Rule::RecordMalformed,
                format!(
                    "{path}: malformed span object {}",
                    Value::Object(span.clone())
                ),
            )),
        }
    });
    let entities = value["entities"].as_array().map_or(0, Vec::len);
    for (i, q) in value["quotes"].as_array().into_iter().flatten().enumerate() {
        if let Some(e) = q["speaker"]["entity"].as_u64() {
            if e as usize >= entities {
                out.push(Violation::new(
                    Rule::SpeakerEntityMissing,
                    format!(".quotes[{i}].speaker.entity {e} of {entities} entities"),
                ));
            }
        }
    }
    Violations::into_result(out).map(|()| count)
}

/// How many spans `analysis` holds (each is one span object in its record).
fn span_count(analysis: &Analysis<'_>) -> usize {
    let quotes: usize = analysis
        .quotes
        .iter()
        .map(|q| {
            1 + q.parts.len() + usize::from(q.cue.is_some()) + usize::from(q.speaker.is_some())
        })
        .sum();
    let mentions: usize = analysis.entities.iter().map(|e| e.mentions.len()).sum();
    quotes + mentions + analysis.diagnostics.len()
}

/// Call `f` on every object with a `byte` key, with its JSON path.
fn visit_spans(
    v: &Value,
    path: &mut String,
    f: &mut dyn FnMut(&str, &serde_json::Map<String, Value>),
) {
    match v {
        Value::Object(map) => {
            if map.contains_key("byte") {
                f(path, map);
            }
            for (k, child) in map {
                let len = path.len();
                path.push('.');
                path.push_str(k);
                visit_spans(child, path, f);
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                visit_spans(child, path, f);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rules(text: &str, value: &Value) -> Vec<Rule> {
        record_json(text, value)
            .err()
            .map(|v| v.rules())
            .unwrap_or_default()
    }

    #[test]
    fn a_sound_record_passes_and_counts_its_spans() {
        let text = "“Yes,” said Kim. “No.”";
        let a = saywho_core::extract(text);
        assert_eq!(record(&a), Ok(()));
        let value = serde_json::to_value(DocumentRecord::new("d", &a)).unwrap();
        assert_eq!(record_json(text, &value), Ok(span_count(&a)));
        assert!(span_count(&a) >= 3, "two quotes, a cue, a mention");
    }

    #[test]
    fn broken_span_objects_are_caught_where_they_are() {
        let text = "a“b";
        let doc =
            |span: Value| json!({"quotes": [], "entities": [], "diagnostics": [{"span": span}]});
        let good = doc(json!({"byte": [1, 4], "char": [1, 2], "text": "“"}));
        assert_eq!(record_json(text, &good), Ok(1));
        let wrong_text = doc(json!({"byte": [1, 4], "char": [1, 2], "text": "z"}));
        assert_eq!(rules(text, &wrong_text), [Rule::RecordTextNotSlice]);
        let message = record_json(text, &wrong_text).unwrap_err().to_string();
        assert!(message.starts_with(".diagnostics[0].span:"), "{message}");
        let wrong_chars = doc(json!({"byte": [1, 4], "char": [1, 4], "text": "“"}));
        assert_eq!(rules(text, &wrong_chars), [Rule::RecordCharOffsets]);
        let off = doc(json!({"byte": [1, 3], "char": [1, 2], "text": "“"}));
        assert_eq!(rules(text, &off), [Rule::SpanOffCharBoundary]);
        let malformed = doc(json!({"byte": [1], "char": [1, 2], "text": "“"}));
        assert_eq!(rules(text, &malformed), [Rule::RecordMalformed]);
    }

    #[test]
    fn a_record_of_a_broken_analysis_is_caught() {
        let mut a = saywho_core::extract("“Yes,” said Kim.");
        assert!(!a.quotes.is_empty());
        // Inside the three-byte opening mark: the record's text is empty.
        a.quotes[0].content = saywho_core::Span::new(1, 2);
        let found = record(&a).unwrap_err();
        assert_eq!(found.rules(), [Rule::SpanOffCharBoundary], "{found}");
        assert!(
            found.to_string().starts_with(".quotes[0].content"),
            "{found}"
        );
    }

    #[test]
    fn a_dangling_speaker_entity_is_caught() {
        let value = json!({"quotes": [{"speaker": {"entity": 3}}], "entities": [{}]});
        assert_eq!(rules("", &value), [Rule::SpeakerEntityMissing]);
    }
}
