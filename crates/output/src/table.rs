//! Tables for spreadsheets: one row per attribution, or one row per speaker.
//!
//! Pure functions from an [`Analysis`] to rows of cells; the caller writes
//! them with a CSV/TSV writer (real quoting, so quote text with commas,
//! quotation marks and newlines stays intact).
//!
//! Attribution rows ([`ATTRIBUTION_HEADER`]):
//!
//! ```text
//! document_id,quote_id,kind,speaker,role,organization,resolution,cue,quote,
//! char_start,char_end,byte_start,byte_end,confidence,rule,url,date
//! ```
//!
//! With [`Offsets::Utf16`] the `char_*` columns are named `utf16_*` and count
//! UTF-16 code units. Speaker rows ([`SPEAKER_HEADER`]) have one row per
//! entity per document. `url` and `date` come from the document's
//! pass-through metadata and are empty when absent.

use saywho_core::{Analysis, CharIndex, Span};
use serde_json::{Map, Value};

/// Which unit the non-byte offsets count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Offsets {
    /// Unicode code points (Python `str` indices).
    #[default]
    Codepoint,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// Maps byte offsets of one text to code-point or UTF-16 offsets.
#[derive(Clone, Debug)]
pub struct OffsetIndex {
    chars: CharIndex,
    /// For [`Offsets::Utf16`]: byte offsets of the chars outside the BMP, in
    /// order. Each counts two UTF-16 units, one more than its code point.
    astral: Option<Vec<usize>>,
}

impl OffsetIndex {
    /// Index `text` for `unit`.
    pub fn new(text: &str, unit: Offsets) -> OffsetIndex {
        let astral = match unit {
            Offsets::Codepoint => None,
            Offsets::Utf16 => Some(
                text.char_indices()
                    .filter(|(_, c)| c.len_utf16() == 2)
                    .map(|(i, _)| i)
                    .collect(),
            ),
        };
        OffsetIndex {
            chars: CharIndex::new(text),
            astral,
        }
    }

    /// The offset of byte offset `byte` in this index's unit.
    pub fn of(&self, byte: usize) -> usize {
        let chars = self.chars.char_of(byte);
        match &self.astral {
            None => chars,
            Some(astral) => chars + astral.partition_point(|&b| b < byte),
        }
    }

    /// `[start, end]` of a byte span in this index's unit.
    pub fn span(&self, span: Span) -> [usize; 2] {
        [self.of(span.start()), self.of(span.end())]
    }
}

/// Columns of the attribution table (code-point offsets).
pub const ATTRIBUTION_HEADER: [&str; 17] = [
    "document_id",
    "quote_id",
    "kind",
    "speaker",
    "role",
    "organization",
    "resolution",
    "cue",
    "quote",
    "char_start",
    "char_end",
    "byte_start",
    "byte_end",
    "confidence",
    "rule",
    "url",
    "date",
];

/// Columns of the speaker table.
pub const SPEAKER_HEADER: [&str; 9] = [
    "document_id",
    "entity_id",
    "name",
    "kind",
    "roles",
    "organizations",
    "quotes",
    "url",
    "date",
];

/// The attribution header for `unit` (`utf16_start`/`utf16_end` for UTF-16).
pub fn attribution_header(unit: Offsets) -> Vec<&'static str> {
    let mut header = ATTRIBUTION_HEADER.to_vec();
    if unit == Offsets::Utf16 {
        header[9] = "utf16_start";
        header[10] = "utf16_end";
    }
    header
}

/// A metadata field as a cell: strings as they are, other values as JSON.
fn meta_cell(meta: Option<&Map<String, Value>>, key: &str) -> String {
    match meta.and_then(|m| m.get(key)) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    }
}

/// One row per attribution of `analysis`, in quote order.
pub fn attribution_rows(
    id: &str,
    meta: Option<&Map<String, Value>>,
    analysis: &Analysis<'_>,
    unit: Offsets,
) -> Vec<Vec<String>> {
    let text = analysis.text;
    let index = OffsetIndex::new(text, unit);
    let url = meta_cell(meta, "url");
    let date = meta_cell(meta, "date");
    analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let speaker = q.speaker.as_ref();
            let organization = speaker
                .and_then(|s| s.entity)
                .and_then(|e| analysis.entities.get(e))
                .and_then(|e| e.organizations.first())
                .cloned()
                .unwrap_or_default();
            let [start, end] = index.span(q.content);
            vec![
                id.to_owned(),
                i.to_string(),
                q.kind.as_str().to_owned(),
                speaker.map(|s| s.name.clone()).unwrap_or_default(),
                speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
                organization,
                speaker
                    .map(|s| s.resolution.as_str().to_owned())
                    .unwrap_or_default(),
                q.cue.map(|c| c.text(text).to_owned()).unwrap_or_default(),
                q.content.text(text).to_owned(),
                start.to_string(),
                end.to_string(),
                q.content.start().to_string(),
                q.content.end().to_string(),
                q.confidence.to_string(),
                q.rule.to_owned(),
                url.clone(),
                date.clone(),
            ]
        })
        .collect()
}

/// One row per entity of `analysis`, in entity order.
pub fn speaker_rows(
    id: &str,
    meta: Option<&Map<String, Value>>,
    analysis: &Analysis<'_>,
) -> Vec<Vec<String>> {
    let url = meta_cell(meta, "url");
    let date = meta_cell(meta, "date");
    analysis
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                id.to_owned(),
                i.to_string(),
                e.name.clone(),
                e.kind.as_str().to_owned(),
                e.roles.join("; "),
                e.organizations.join("; "),
                e.quotes.len().to_string(),
                url.clone(),
                date.clone(),
            ]
        })
        .collect()
}

/// Make a cell safe to open in a spreadsheet: a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula,
/// so it gets a leading `'` (the OWASP "CSV injection" advice).
pub fn safe_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saywho_core::{Entity, EntityKind, Quote, QuoteKind, Resolution, Speaker};

    /// `"…," said Mayor Lena Ortiz of Springfield.` with a hostile quote.
    fn sample(text: &str) -> Analysis<'_> {
        let open = text.find('"').unwrap();
        let close = text.find(",\" said").unwrap() + 2;
        let cue = text.find("said").unwrap();
        let name = text.find("Lena").unwrap();
        Analysis {
            text,
            quotes: vec![Quote {
                kind: QuoteKind::Direct,
                rule: "quote-comma-said-speaker",
                confidence: 0.9,
                content: Span::new(open, close),
                parts: vec![],
                cue: Some(Span::new(cue, cue + 4)),
                speaker: Some(Speaker {
                    mention: Span::new(name, name + 10),
                    name: "Lena Ortiz".into(),
                    role: Some("Mayor".into()),
                    entity: Some(0),
                    resolution: Resolution::Name,
                }),
            }],
            entities: vec![Entity {
                name: "Lena Ortiz".into(),
                kind: EntityKind::Person,
                roles: vec!["Mayor".into(), "candidate".into()],
                organizations: vec!["Springfield".into(), "City Hall".into()],
                mentions: vec![Span::new(name, name + 10)],
                quotes: vec![0],
            }],
            diagnostics: vec![],
        }
    }

    #[test]
    fn attribution_row_has_every_column() {
        let text = "Intro 😀 é.\n\"=SUM(A1), \"\"no\"\"\nnext,\" said Mayor Lena Ortiz.";
        let a = sample(text);
        let mut meta = Map::new();
        meta.insert("url".into(), Value::String("https://example.org/a".into()));
        meta.insert("date".into(), Value::from(2024));
        let rows = attribution_rows("doc-1", Some(&meta), &a, Offsets::Codepoint);
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.len(), ATTRIBUTION_HEADER.len());
        let col = |name: &str| &row[ATTRIBUTION_HEADER.iter().position(|h| *h == name).unwrap()];
        assert_eq!(col("speaker"), "Lena Ortiz");
        assert_eq!(col("role"), "Mayor");
        assert_eq!(col("organization"), "Springfield");
        assert_eq!(col("resolution"), "name");
        assert_eq!(col("cue"), "said");
        assert_eq!(col("quote"), &a.quotes[0].content.text(text));
        assert_eq!(col("url"), "https://example.org/a");
        assert_eq!(col("date"), "2024");
        let byte_start: usize = col("byte_start").parse().unwrap();
        let char_start: usize = col("char_start").parse().unwrap();
        assert_eq!(char_start, text[..byte_start].chars().count());
        assert!(char_start < byte_start, "the emoji and é are multi-byte");
    }

    #[test]
    fn utf16_offsets_count_astral_chars_twice() {
        let text = "😀é𝄞 \"x,\" said Mayor Lena Ortiz.";
        let a = sample(text);
        let rows = attribution_rows("d", None, &a, Offsets::Utf16);
        let header = attribution_header(Offsets::Utf16);
        assert_eq!(header[9], "utf16_start");
        let start: usize = rows[0][9].parse().unwrap();
        let byte = a.quotes[0].content.start();
        assert_eq!(start, text[..byte].encode_utf16().count());
        let end: usize = rows[0][10].parse().unwrap();
        let byte_end = a.quotes[0].content.end();
        assert_eq!(end, text[..byte_end].encode_utf16().count());
    }

    #[test]
    fn offset_index_agrees_with_std_everywhere() {
        let text = "a“b’😀c€d𝄞e";
        let cp = OffsetIndex::new(text, Offsets::Codepoint);
        let u16 = OffsetIndex::new(text, Offsets::Utf16);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(cp.of(b), text[..b].chars().count(), "byte {b}");
            assert_eq!(u16.of(b), text[..b].encode_utf16().count(), "byte {b}");
        }
    }

    #[test]
    fn speaker_rows_join_roles_and_count_quotes() {
        let text = "\"x,\" said Mayor Lena Ortiz.";
        let a = sample(text);
        let rows = speaker_rows("d", None, &a);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].len(), SPEAKER_HEADER.len());
        assert_eq!(rows[0][2], "Lena Ortiz");
        assert_eq!(rows[0][3], "person");
        assert_eq!(rows[0][4], "Mayor; candidate");
        assert_eq!(rows[0][5], "Springfield; City Hall");
        assert_eq!(rows[0][6], "1");
    }

    #[test]
    fn safe_cell_guards_formula_starts_only() {
        for hostile in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(safe_cell(hostile), format!("'{hostile}"));
        }
        for fine in ["", "Ned Price", "1.5", "a=b", "“=”"] {
            assert_eq!(safe_cell(fine), fine);
        }
    }

    #[test]
    fn rows_round_trip_through_csv() {
        let text = "Intro.\n\"=SUM(A1), \"\"no\"\"\nnext,\" said Mayor Lena Ortiz.";
        let a = sample(text);
        let rows = attribution_rows("id,with \"comma\"", None, &a, Offsets::Codepoint);
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(ATTRIBUTION_HEADER).unwrap();
        for r in &rows {
            w.write_record(r).unwrap();
        }
        let bytes = w.into_inner().unwrap();
        let mut r = csv::Reader::from_reader(bytes.as_slice());
        let back: Vec<Vec<String>> = r
            .records()
            .map(|rec| rec.unwrap().iter().map(str::to_owned).collect())
            .collect();
        assert_eq!(back, rows);
    }
}
