//! Decoding one raw [`Item`] into a document: UTF-8 check, JSON parse, id,
//! text and kept fields. Runs on the worker threads.
//!
//! Policy: saywho never repairs input silently. Bytes that are not UTF-8
//! give an `invalid_utf8` error record saying at which byte; a JSONL line
//! that is not a JSON object gives `invalid_json`; a record without its
//! text field, or whose text is not a string, gives `missing_field`.

use serde_json::{Map, Value};

use crate::input::{BOM, Item, Payload};

/// Why a document was not analysed.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) kind: &'static str,
    pub(crate) message: String,
}

/// A decoded document, ready for the engine.
pub(crate) struct Prepared {
    pub(crate) id: String,
    pub(crate) meta: Option<Map<String, Value>>,
    pub(crate) body: Result<String, Failure>,
    pub(crate) bytes: u64,
}

/// Which fields to take from a JSONL record.
pub(crate) struct Fields<'a> {
    pub(crate) id: &'a str,
    pub(crate) text: &'a str,
    pub(crate) keep: &'a [String],
}

fn fail(kind: &'static str, message: String) -> Result<String, Failure> {
    Err(Failure { kind, message })
}

/// Decode one item.
pub(crate) fn prepare(item: Item, fields: &Fields<'_>) -> Prepared {
    let Item {
        id, payload, bytes, ..
    } = item;
    match payload {
        Payload::Failed { kind, message } => Prepared {
            id,
            meta: None,
            body: fail(kind, message),
            bytes,
        },
        Payload::Text { bytes: raw, bom } => {
            let body = String::from_utf8(raw).or_else(|e| {
                let at = e.utf8_error().valid_up_to() + if bom { BOM.len() } else { 0 };
                fail(
                    "invalid_utf8",
                    format!("invalid UTF-8 at byte {at} of the file"),
                )
            });
            Prepared {
                id,
                meta: None,
                body,
                bytes,
            }
        }
        Payload::Csv { text, meta } => {
            let body = String::from_utf8(text).or_else(|e| {
                let at = e.utf8_error().valid_up_to();
                fail(
                    "invalid_utf8",
                    format!("invalid UTF-8 at byte {at} of the text cell"),
                )
            });
            Prepared {
                id,
                meta,
                body,
                bytes,
            }
        }
        Payload::JsonLine { line, number } => json_line(id, &line, number, fields, bytes),
    }
}

fn json_line(
    stand_in: String,
    line: &[u8],
    number: u64,
    fields: &Fields<'_>,
    bytes: u64,
) -> Prepared {
    let broken = |id: String, kind, message| Prepared {
        id,
        meta: None,
        body: fail(kind, message),
        bytes,
    };
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let id = recover_id(&line[..at], fields.id).unwrap_or(stand_in);
            let message = format!("invalid UTF-8 at byte {at} of line {number}");
            return broken(id, "invalid_utf8", message);
        }
    };
    let mut value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let id = recover_id(line, fields.id).unwrap_or(stand_in);
            return broken(id, "invalid_json", format!("line {number}: {e}"));
        }
    };
    let Some(object) = value.as_object_mut() else {
        let found = match value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        };
        return broken(
            stand_in,
            "invalid_json",
            format!("line {number} is {found}, not a JSON object"),
        );
    };
    let id = match lookup(object, fields.id) {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => stand_in,
    };
    let meta = (!fields.keep.is_empty()).then(|| {
        fields
            .keep
            .iter()
            .filter_map(|k| Some((k.clone(), lookup(object, k)?.clone())))
            .collect()
    });
    let body = match lookup_mut(object, fields.text) {
        Some(Value::String(s)) => Ok(std::mem::take(s)),
        None | Some(Value::Null) => fail("missing_field", format!("no field `{}`", fields.text)),
        Some(_) => fail(
            "invalid_field",
            format!("field `{}` is not a string", fields.text),
        ),
    };
    Prepared {
        id,
        meta,
        body,
        bytes,
    }
}

/// Field `path` of `object`: the key itself if present, else a dotted path
/// (`meta.url`) through nested objects.
fn lookup<'v>(object: &'v Map<String, Value>, path: &str) -> Option<&'v Value> {
    if let Some(v) = object.get(path) {
        return Some(v);
    }
    let (first, rest) = path.split_once('.')?;
    lookup(object.get(first)?.as_object()?, rest)
}

fn lookup_mut<'v>(object: &'v mut Map<String, Value>, path: &str) -> Option<&'v mut Value> {
    if object.contains_key(path) {
        return object.get_mut(path);
    }
    let (first, rest) = path.split_once('.')?;
    lookup_mut(object.get_mut(first)?.as_object_mut()?, rest)
}

/// The id of a record that does not parse, if a plain `"id": "…"` or
/// `"id": 123` can be read near its start.
fn recover_id(line: &[u8], field: &str) -> Option<String> {
    if field.contains('.') {
        return None;
    }
    let key = format!("\"{field}\"");
    let at = memchr::memmem::find(line, key.as_bytes())?;
    let rest = &line[at + key.len()..];
    let rest = trim_start(rest).strip_prefix(b":")?;
    let rest = trim_start(rest);
    if let Some(s) = rest.strip_prefix(b"\"") {
        let end = memchr::memchr2(b'"', b'\\', s)?;
        if s[end] != b'"' || end == 0 {
            return None;
        }
        return std::str::from_utf8(&s[..end]).ok().map(str::to_owned);
    }
    let end = rest
        .iter()
        .position(|b| !b.is_ascii_digit() && *b != b'-')
        .unwrap_or(rest.len());
    let n = std::str::from_utf8(&rest[..end]).ok()?;
    (!n.is_empty() && n != "-").then(|| n.to_owned())
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_plain_ids_only() {
        assert_eq!(
            recover_id(br#"{"id": "a7", "text": "cut"#, "id").as_deref(),
            Some("a7")
        );
        assert_eq!(
            recover_id(br#"{"n":1,"id":42,"text"#, "id").as_deref(),
            Some("42")
        );
        assert_eq!(recover_id(br#"{"id": "a\"b", "#, "id"), None);
        assert_eq!(recover_id(br#"{"text": "no id here"#, "id"), None);
        assert_eq!(recover_id(br#"{"doc": {"id": "x"}}"#, "doc.id"), None);
    }

    #[test]
    fn dotted_paths_and_literal_keys() {
        let v: Value = serde_json::from_str(r#"{"a": {"b": 1}, "a.c": 2}"#).unwrap();
        let o = v.as_object().unwrap();
        assert_eq!(lookup(o, "a.b"), Some(&Value::from(1)));
        assert_eq!(lookup(o, "a.c"), Some(&Value::from(2)));
        assert_eq!(lookup(o, "a.x"), None);
    }
}
