//! The brat standoff reader: `.ann` lines → gold attributions.
//!
//! Only lines that start with an annotation id count (`T12\t`, `E3\t`, `R1\t`,
//! `A2\t`, `#1\t`, …): a `T` line's text may run over several lines, and the
//! continuation lines are skipped. Offsets are Unicode code points, possibly
//! discontinuous (`12 20;25 30`); they are turned into byte spans here.

use std::collections::HashMap;
use std::path::Path;

use saywho_core::{Analysis, CharIndex, QuoteKind, Span};

use crate::EvalError;
use crate::text::ByteIndex;

/// One gold attribution: an `E` line of type `Attribution` or
/// `Attribution-no-source`, with its arguments resolved to byte spans.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    /// The `Content` (and `Content2` …) fragments, sorted.
    pub content: Vec<Span>,
    /// The `Source` fragments; empty when there is no source.
    pub source: Vec<Span>,
    /// The `Cue` fragments; empty when there is no cue.
    pub cue: Vec<Span>,
    /// The 1-based line of the `E` line in the `.ann` file.
    pub line: usize,
}

/// The id at the start of a line, if the line starts with one followed by a
/// tab: a letter or `#`/`*` then digits (`T12`, `E3`, `#1`, `*`).
fn line_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('\t')?;
    let mut chars = id.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let ok = match first {
        '*' => rest.is_empty(),
        '#' => rest.chars().all(|c| c.is_ascii_digit()),
        c if c.is_ascii_uppercase() => !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    };
    ok.then_some(id)
}

/// Parse `12 20;25 30` into byte spans of `text`.
fn parse_offsets(
    offsets: &str,
    index: &ByteIndex,
    path: &Path,
    line: usize,
) -> Result<Vec<Span>, EvalError> {
    let bad = |message: String| EvalError::Parse {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut fragments = Vec::new();
    for part in offsets.split(';') {
        let mut nums = part.split_whitespace();
        let (Some(s), Some(e), None) = (nums.next(), nums.next(), nums.next()) else {
            return Err(bad(format!("bad offsets {offsets:?}")));
        };
        let (Ok(s), Ok(e)) = (s.parse::<usize>(), e.parse::<usize>()) else {
            return Err(bad(format!("bad offsets {offsets:?}")));
        };
        if s > e {
            return Err(bad(format!("offsets {s} > {e}")));
        }
        let (Some(bs), Some(be)) = (index.byte_of(s), index.byte_of(e)) else {
            return Err(bad(format!(
                "offsets {s} {e} beyond the text ({} chars)",
                index.chars()
            )));
        };
        fragments.push(Span::new(bs, be));
    }
    fragments.sort();
    Ok(fragments)
}

/// Read the attributions of one `.ann` file against its text. `path` is
/// used in error messages only.
pub fn parse_ann(ann: &str, text: &str, path: &Path) -> Result<Vec<GoldAttribution>, EvalError> {
    let index = ByteIndex::new(text);
    let mut bounds: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut events: Vec<(usize, &str)> = Vec::new();
    let ann = ann.strip_prefix('\u{feff}').unwrap_or(ann);
    for (n, line) in ann.lines().enumerate() {
        let line_no = n + 1;
        let Some(id) = line_id(line) else { continue };
        let rest = &line[id.len() + 1..];
        match id.as_bytes()[0] {
            b'T' => {
                let body = rest.split('\t').next().unwrap_or("");
                let (_label, offsets) = body.split_once(' ').ok_or_else(|| EvalError::Parse {
                    path: path.to_path_buf(),
                    line: line_no,
                    message: format!("expected `LABEL START END`, got {body:?}"),
                })?;
                let fragments = parse_offsets(offsets, &index, path, line_no)?;
                bounds.insert(id, fragments);
            }
            b'E' => events.push((line_no, rest)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (line, rest) in events {
        let args = rest.split('\t').next().unwrap_or("").split_whitespace();
        // The event type is its trigger's role; brat writes the trigger
        // first, but accept it anywhere.
        if !args.clone().any(|a| a.starts_with("Attribution")) {
            continue;
        }
        let mut attribution = GoldAttribution {
            line,
            ..GoldAttribution::default()
        };
        for arg in args {
            let (role, target) = arg.split_once(':').ok_or_else(|| EvalError::Parse {
                path: path.to_path_buf(),
                line,
                message: format!("expected ROLE:ID, got {arg:?}"),
            })?;
            let fragments = bounds.get(target).ok_or_else(|| EvalError::Parse {
                path: path.to_path_buf(),
                line,
                message: format!("{role} refers to {target}, which is not defined"),
            })?;
            let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
            let slot = match role {
                "Content" => &mut attribution.content,
                "Source" => &mut attribution.source,
                "Cue" => &mut attribution.cue,
                _ => continue, // the trigger, or a role we do not score
            };
            slot.extend_from_slice(fragments);
        }
        for v in [
            &mut attribution.content,
            &mut attribution.source,
            &mut attribution.cue,
        ] {
            v.sort();
            v.dedup();
        }
        out.push(attribution);
    }
    Ok(out)
}

/// The `annotation.conf` that lets brat display what [`write_ann`] writes.
pub const ANNOTATION_CONF: &str = "\
[entities]
Source
Cue
Content

[relations]

[events]
Attribution\tSource?:Source, Cue?:Cue, Content+:Content
Attribution-no-source\tCue?:Cue, Content+:Content

[attributes]
";

/// brat's `START END;START END` in code points.
fn offsets(index: &CharIndex, fragments: &[Span]) -> String {
    fragments
        .iter()
        .map(|&f| {
            let [s, e] = index.span(f);
            format!("{s} {e}")
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// A `T` line's text: the fragments joined by a space, on one line.
fn one_line(text: &str, fragments: &[Span]) -> String {
    fragments
        .iter()
        .map(|f| f.text(text))
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['\n', '\r', '\t'], " ")
}

/// Write an analysis as brat standoff, in the shape [`parse_ann`] reads:
/// per attribution `Content`, `Cue` and `Source` spans, an `Attribution`
/// (or `Attribution-no-source`) trigger on the cue, an `E` line tying them,
/// and an `AnnotatorNotes` line with the kind, rule, confidence and speaker.
/// Quotes of kind `term` and empty contents are left out, as the scorer
/// leaves them out.
pub fn write_ann(analysis: &Analysis<'_>) -> String {
    use std::fmt::Write;
    let text = analysis.text;
    let index = CharIndex::new(text);
    let mut out = String::new();
    let (mut t, mut e) = (0usize, 0usize);
    let mut span_line = |out: &mut String, label: &str, fragments: &[Span]| {
        t += 1;
        let _ = writeln!(
            out,
            "T{t}\t{label} {}\t{}",
            offsets(&index, fragments),
            one_line(text, fragments)
        );
        t
    };
    for q in &analysis.quotes {
        if q.kind == QuoteKind::Term {
            continue;
        }
        let content = crate::content_fragments(q.content, &q.parts);
        if content.is_empty() {
            continue;
        }
        let cue = q.cue.filter(|c| !c.is_empty());
        let speaker = q.speaker.as_ref().filter(|s| !s.mention.is_empty());
        let c = span_line(&mut out, "Content", &content);
        let cu = cue.map(|cue| span_line(&mut out, "Cue", &[cue]));
        let so = speaker.map(|s| span_line(&mut out, "Source", &[s.mention]));
        let kind = if so.is_some() {
            "Attribution"
        } else {
            "Attribution-no-source"
        };
        let anchor = cue.or(speaker.map(|s| s.mention)).unwrap_or(content[0]);
        let a = span_line(&mut out, kind, &[anchor]);
        e += 1;
        let _ = write!(out, "E{e}\t{kind}:T{a} Content:T{c}");
        if let Some(cu) = cu {
            let _ = write!(out, " Cue:T{cu}");
        }
        if let Some(so) = so {
            let _ = write!(out, " Source:T{so}");
        }
        out.push('\n');
        let mut note = format!(
            "kind={} rule={} confidence={:.2}",
            q.kind.as_str(),
            q.rule,
            q.confidence
        );
        if let Some(s) = speaker {
            let _ = write!(note, " speaker={}", s.name);
            if let Some(role) = &s.role {
                let _ = write!(note, " role={role}");
            }
        }
        let _ = writeln!(
            out,
            "#{e}\tAnnotatorNotes T{a}\t{}",
            note.replace(['\n', '\r', '\t'], " ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("x.ann")
    }

    #[test]
    fn reads_events_with_discontinuous_and_multiline_spans() {
        let text = "“Fine,” she said, “we go.”\nThe mayor said it rained.";
        // Code points: “=0, Fine 1..5, ”=6 …
        let ann = "T1\tContent 0 7;18 26\t“Fine,” “we go.”\n\
                   T2\tSource 8 11\tshe\n\
                   T3\tCue 12 16\tsaid\n\
                   T4\tAttribution 12 16\tsaid\n\
                   E1\tCue:T3 Attribution:T4 Content:T1 Source:T2\n\
                   T5\tContent 27 36;37 41\tThe mayor\n\
                   said it\n\
                   T6\tDiscard 0 3\tx\n\
                   #1\tAnnotatorNotes T5\tnote\n\
                   E2\tAttribution-no-source:T6 Content:T5 \n\
                   E3\tDiscard:T6\n";
        let got = parse_ann(ann, text, p()).unwrap();
        assert_eq!(got.len(), 2, "{got:?}");
        let e1 = &got[0];
        assert_eq!(e1.line, 5);
        let texts: Vec<&str> = e1.content.iter().map(|s| s.text(text)).collect();
        assert_eq!(texts, ["“Fine,”", "“we go.”"]);
        assert_eq!(e1.source[0].text(text), "she");
        assert_eq!(e1.cue[0].text(text), "said");
        let e2 = &got[1];
        assert!(e2.source.is_empty() && e2.cue.is_empty());
        let texts: Vec<&str> = e2.content.iter().map(|s| s.text(text)).collect();
        assert_eq!(texts, ["The mayor", "said"]);
    }

    #[test]
    fn byte_order_mark_and_crlf() {
        let text = "Ada said so.";
        let ann = "\u{feff}T1\tContent 9 11\tso\r\nT2\tCue 4 8\tsaid\r\nE1\tAttribution:T2 Content:T1 Cue:T2\r\n";
        let got = parse_ann(ann, text, p()).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].content[0].text(text), "so");
        assert_eq!(got[0].cue[0].text(text), "said");
    }

    #[test]
    fn content2_joins_content() {
        let text = "abc def ghi";
        let ann = "T1\tContent 8 11\tghi\nT2\tContent 0 3\tabc\nT3\tCue 4 7\tdef\n\
                   E1\tAttribution:T3 Content:T1 Content2:T2 Cue:T3\n";
        let got = parse_ann(ann, text, p()).unwrap();
        assert_eq!(got[0].content, vec![Span::new(0, 3), Span::new(8, 11)]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let text = "short";
        let err = parse_ann("T1\tContent 0 3\tsho\nT2\tCue 2 99\tx\n", text, p()).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("x.ann:2:"), "{msg}");
        assert!(msg.contains("beyond the text"), "{msg}");
        let err = parse_ann("E1\tAttribution:T9 Content:T9\n", text, p()).unwrap_err();
        assert!(err.to_string().starts_with("x.ann:1:"), "{err}");
        let err = parse_ann("T1\tContent zero 3\tx\n", text, p()).unwrap_err();
        assert!(err.to_string().contains("bad offsets"), "{err}");
    }

    #[test]
    fn only_id_lines_count() {
        assert_eq!(line_id("T12\tCue 1 2\tx"), Some("T12"));
        assert_eq!(line_id("#1\tAnnotatorNotes T1\tx"), Some("#1"));
        assert_eq!(line_id("The mayor\tsaid"), None);
        assert_eq!(line_id("E\tx"), None);
        assert_eq!(line_id("no tab"), None);
    }
}
