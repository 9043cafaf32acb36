//! Checks of what this crate writes: that a document record agrees with its
//! text, and that an HTML review page is well formed.
//!
//! The span rules live in [`saywho_core::invariants`]; this module walks the
//! serialised record and applies [`check_span_record`] to every span object
//! in it, so the property tests, the fuzz targets, the corpus snapshot test
//! and the CLI's hostile-input tests check records the same way. The HTML
//! checks ([`html_tags`], [`html_balanced`]) serve the renderer's unit tests
//! and the CLI's format tests alike.
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

/// Elements that take no closing tag.
const VOID_ELEMENTS: [&str; 6] = ["meta", "input", "br", "hr", "img", "link"];

/// The tags of `html` in order, as `(lower-case name, closing)`. Comments
/// and `<!…>` declarations are skipped, as are the bodies of `<script>` and
/// `<style>`; quoted attribute values may hold `>`. An error names a `<`
/// that starts no tag, or a tag, comment or raw-text body left open.
pub fn html_tags(html: &str) -> Result<Vec<(String, bool)>, String> {
    let mut out = Vec::new();
    let mut rest = html;
    let near = |r: &str| r.chars().take(30).collect::<String>();
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix("!--") {
            let end = r.find("-->").ok_or("unclosed comment")?;
            rest = &r[end + 3..];
            continue;
        }
        if rest.starts_with('!') {
            let end = rest.find('>').ok_or("unclosed declaration")?;
            rest = &rest[end + 1..];
            continue;
        }
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            return Err(format!("stray '<' before {:?}", near(rest)));
        }
        // Skip the tag, honouring quoted attribute values.
        let mut quote = None;
        let mut end = None;
        for (j, c) in rest.char_indices() {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => {
                    end = Some(j);
                    break;
                }
                _ => {}
            }
        }
        let end = end.ok_or_else(|| format!("unclosed tag {:?}", near(rest)))?;
        rest = &rest[end + 1..];
        if !closing && (name == "script" || name == "style") {
            let close = format!("</{name}>");
            let body = rest
                .find(&close)
                .ok_or_else(|| format!("<{name}> never closed"))?;
            rest = &rest[body..];
        }
        out.push((name, closing));
    }
    Ok(out)
}

/// Whether every non-void element of `html` is closed, in order.
pub fn html_balanced(html: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    for (name, closing) in html_tags(html)? {
        if VOID_ELEMENTS.contains(&name.as_str()) {
            continue;
        }
        if !closing {
            stack.push(name);
        } else if stack.last() == Some(&name) {
            stack.pop();
        } else {
            return Err(format!("</{name}> closes {:?}", stack.last()));
        }
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("unclosed: {stack:?}"))
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
    fn html_checks_catch_unbalanced_and_stray_markup() {
        let page = "<!DOCTYPE html><!-- <x> --><p title=\"a>b\">x<br></p>\
                    <script>if (a < b) {}</script>";
        assert_eq!(
            html_tags(page).unwrap(),
            [
                ("p", false),
                ("br", false),
                ("p", true),
                ("script", false),
                ("script", true)
            ]
            .map(|(n, c)| (n.to_owned(), c))
        );
        assert_eq!(html_balanced(page), Ok(()));
        for bad in [
            "<p><b></p></b>",
            "<div>",
            "</p>",
            "a < b",
            "<p",
            "<script>x",
        ] {
            assert!(html_balanced(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn a_dangling_speaker_entity_is_caught() {
        let value = json!({"quotes": [{"speaker": {"entity": 3}}], "entities": [{}]});
        assert_eq!(rules("", &value), [Rule::SpeakerEntityMissing]);
    }
}
