//! A self-contained HTML review page for fact-checkers.
//!
//! One file for a whole batch, with inline CSS and JavaScript and no network
//! access or external assets. Each document shows its text with every quote
//! highlighted in its speaker's colour, the cue and the speaker mention
//! marked; clicking a quote shows its speaker, role, kind, rule and
//! confidence. Beside the text: a table of speakers with roles and quote
//! counts, and filters by speaker and kind. Low-confidence
//! (< [`LOW_CONFIDENCE`]) and unattributed quotes are flagged for review.
//!
//! Large batches stay usable: every document is rendered into an inert
//! `<template>`, and the script mounts only the current page of
//! [`PAGE_SIZE`] documents; an index of all documents links to each one.
//!
//! Every piece of input text (document text, ids, metadata, names, roles) is
//! HTML-escaped with [`escape`]; DOM ids are built from numbers only.
//!
//! The page is written as a stream: [`Book::begin`], then [`Book::document`]
//! or [`Book::error`] per document, then [`Book::end`] (which writes the
//! index). [`render_page`] does all three for a slice of documents.

use std::fmt::Write as _;

use saywho_core::{Analysis, QuoteKind, Span};
use serde_json::{Map, Value};

/// Quotes below this confidence are flagged for review.
pub const LOW_CONFIDENCE: f32 = 0.6;

/// Documents per page.
pub const PAGE_SIZE: usize = 50;

/// Number of speaker colours; entity `i` gets colour `i % PALETTE`.
pub const PALETTE: usize = 10;

/// Escape text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// What the index knows about one document.
#[derive(Clone, Debug, PartialEq)]
struct IndexEntry {
    id: String,
    quotes: usize,
    speakers: usize,
    review: usize,
    error: bool,
}

/// A review page being written, one document at a time.
#[derive(Debug, Default)]
pub struct Book {
    entries: Vec<IndexEntry>,
}

/// Whether a quote needs a human look, and why.
fn review_flags(q: &saywho_core::Quote) -> (bool, bool) {
    let low = q.confidence < LOW_CONFIDENCE;
    let unattributed = q.speaker.is_none() && q.kind != QuoteKind::Term;
    (low, unattributed)
}

/// The colour class of a quote's speaker.
fn colour(entity: Option<usize>) -> String {
    match entity {
        Some(e) => format!("c{}", e % PALETTE),
        None => "cn".to_owned(),
    }
}

/// The `data-e` value of a quote: `e<entity>`, `unresolved` (a speaker
/// mention tied to no entity) or `none` (no speaker).
fn entity_key(q: &saywho_core::Quote) -> String {
    match q.speaker.as_ref() {
        Some(s) => match s.entity {
            Some(e) => format!("e{e}"),
            None => "unresolved".to_owned(),
        },
        None => "none".to_owned(),
    }
}

impl Book {
    /// A new page.
    pub fn new() -> Book {
        Book::default()
    }

    /// The start of the page: doctype, styles, header, the empty page area.
    pub fn begin(&self, title: &str) -> String {
        let mut s = String::new();
        s.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        s.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        let _ = writeln!(s, "<title>{}</title>", escape(title));
        s.push_str("<style>\n");
        s.push_str(CSS);
        s.push_str("</style>\n</head>\n<body>\n");
        let _ = writeln!(
            s,
            "<header class=\"top\"><h1>{}</h1><p class=\"legend\">Quotes are coloured by speaker; \
             <span class=\"cue\">cues</span> are underlined, <span class=\"spk\">speaker mentions</span> boxed. \
             <span class=\"flag\">⚑</span> marks quotes to review: confidence below {LOW_CONFIDENCE} \
             (<span class=\"q cn low\">dashed</span>) or no speaker (<span class=\"q cn\">grey</span>). \
             Click a quote for details.</p>\
             <noscript><p class=\"flag\">This page needs JavaScript to show documents.</p></noscript></header>",
            escape(title)
        );
        s.push_str("<div id=\"pager\" hidden><button type=\"button\" id=\"prev\">◀ Previous</button> <span id=\"pageinfo\"></span> <button type=\"button\" id=\"next\">Next ▶</button></div>\n");
        s.push_str("<main id=\"app\"></main>\n");
        s.push_str("<div id=\"pop\" hidden><button type=\"button\" id=\"popclose\" aria-label=\"close\">×</button><dl id=\"popbody\"></dl></div>\n");
        s
    }

    /// The section of one analysed document, inside an inert `<template>`.
    pub fn document(
        &mut self,
        id: &str,
        meta: Option<&Map<String, Value>>,
        analysis: &Analysis<'_>,
    ) -> String {
        let n = self.entries.len();
        let review = analysis
            .quotes
            .iter()
            .filter(|q| {
                let (low, unattributed) = review_flags(q);
                low || unattributed
            })
            .count();
        self.entries.push(IndexEntry {
            id: id.to_owned(),
            quotes: analysis.quotes.len(),
            speakers: analysis.entities.len(),
            review,
            error: false,
        });
        let mut s = String::new();
        let _ = write!(
            s,
            "<template class=\"doc-t\"><section class=\"doc\" id=\"doc-{n}\">"
        );
        doc_header(&mut s, id, meta, analysis.quotes.len(), review);
        s.push_str("<div class=\"cols\"><article class=\"text\">");
        highlight(&mut s, analysis);
        s.push_str("</article><aside>");
        filters(&mut s, analysis);
        speakers_table(&mut s, analysis);
        s.push_str("</aside></div>");
        quotes_table(&mut s, n, analysis);
        diagnostics(&mut s, analysis);
        s.push_str("</section></template>\n");
        s
    }

    /// The section of a document that could not be analysed.
    pub fn error(&mut self, id: &str, kind: &str, message: &str) -> String {
        let n = self.entries.len();
        self.entries.push(IndexEntry {
            id: id.to_owned(),
            quotes: 0,
            speakers: 0,
            review: 0,
            error: true,
        });
        format!(
            "<template class=\"doc-t\"><section class=\"doc error\" id=\"doc-{n}\"><header><h2>{}</h2>\
             <p class=\"flag\">Not analysed: {} — {}</p></header></section></template>\n",
            escape(id),
            escape(kind),
            escape(message)
        )
    }

    /// The end of the page: the document index, the script, closing tags.
    pub fn end(self) -> String {
        let mut s = String::new();
        let total = self.entries.len();
        let open = if total <= PAGE_SIZE { " open" } else { "" };
        let _ = write!(
            s,
            "<nav id=\"index\"><details{open}><summary>Index of {total} document{}</summary>\
             <table><thead><tr><th>#</th><th>Document</th><th>Quotes</th><th>Speakers</th><th>To review</th></tr></thead><tbody>",
            if total == 1 { "" } else { "s" }
        );
        for (n, e) in self.entries.iter().enumerate() {
            let _ = write!(
                s,
                "<tr{}><td>{}</td><td><a href=\"#doc-{n}\" data-n=\"{n}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                if e.error { " class=\"error\"" } else { "" },
                n + 1,
                escape(&e.id),
                e.quotes,
                e.speakers,
                if e.error {
                    "error".to_owned()
                } else {
                    e.review.to_string()
                }
            );
        }
        s.push_str("</tbody></table></details></nav>\n<script>\n");
        let _ = writeln!(s, "const PAGE_SIZE = {PAGE_SIZE};");
        s.push_str(JS);
        s.push_str("</script>\n</body>\n</html>\n");
        s
    }
}

/// A document's title line: id, metadata, counts.
fn doc_header(
    s: &mut String,
    id: &str,
    meta: Option<&Map<String, Value>>,
    quotes: usize,
    review: usize,
) {
    let _ = write!(s, "<header><h2>{}</h2><p class=\"meta\">", escape(id));
    if let Some(meta) = meta {
        if let Some(Value::String(url)) = meta.get("url") {
            // Only web links are clickable: never `javascript:` and the like.
            if url.starts_with("https://") || url.starts_with("http://") {
                let _ = write!(
                    s,
                    "<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a> · ",
                    escape(url)
                );
            } else {
                let _ = write!(s, "{} · ", escape(url));
            }
        }
        if let Some(date) = meta.get("date") {
            let date = match date {
                Value::String(d) => d.clone(),
                v => v.to_string(),
            };
            let _ = write!(s, "{} · ", escape(&date));
        }
    }
    let _ = write!(s, "{quotes} quote{}", if quotes == 1 { "" } else { "s" });
    if review > 0 {
        let _ = write!(s, " · <span class=\"flag\">⚑ {review} to review</span>");
    }
    s.push_str("</p></header>");
}

/// What covers a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum What {
    Quote,
    Cue,
    Mention,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    quote: usize,
    what: What,
}

/// The text with quotes, cues and mentions wrapped in `<span>`s.
///
/// The text is cut at every mark boundary; each piece becomes one `<span>`
/// carrying the classes of every mark over it, so overlapping marks still
/// give balanced tags. A piece inside several quotes belongs to the
/// shortest (innermost) one.
fn highlight(s: &mut String, analysis: &Analysis<'_>) {
    let text = analysis.text;
    let mut marks = Vec::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        if q.parts.is_empty() {
            marks.push(Mark {
                span: q.content,
                quote: i,
                what: What::Quote,
            });
        } else {
            marks.extend(q.parts.iter().map(|&p| Mark {
                span: p,
                quote: i,
                what: What::Quote,
            }));
        }
        if let Some(c) = q.cue {
            marks.push(Mark {
                span: c,
                quote: i,
                what: What::Cue,
            });
        }
        if let Some(sp) = &q.speaker {
            marks.push(Mark {
                span: sp.mention,
                quote: i,
                what: What::Mention,
            });
        }
    }
    marks.retain(|m| !m.span.is_empty() && m.span.is_valid_for(text));
    marks.sort_by_key(|m| (m.span.start(), m.span.end()));
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.span.start(), m.span.end()])
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut active: Vec<Mark> = Vec::new();
    let mut next = 0;
    // The first highlighted piece of each quote is reachable by keyboard.
    let mut focusable = vec![true; analysis.quotes.len()];
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|m| m.span.end() > a);
        while next < marks.len() && marks[next].span.start() <= a {
            if marks[next].span.end() > a {
                active.push(marks[next]);
            }
            next += 1;
        }
        let piece = text.get(a..b).unwrap_or("");
        if active.is_empty() {
            escape_into(s, piece);
            continue;
        }
        let quote_mark = active
            .iter()
            .filter(|m| m.what == What::Quote)
            .min_by_key(|m| m.span.len());
        let owner = quote_mark.unwrap_or(&active[0]).quote;
        let q = &analysis.quotes[owner];
        let mut classes = Vec::new();
        if quote_mark.is_some() {
            classes.push("hl q".to_owned());
            let (low, unattributed) = review_flags(q);
            classes.push(colour(q.speaker.as_ref().and_then(|sp| sp.entity)));
            if low {
                classes.push("low".to_owned());
            }
            if unattributed {
                classes.push("unattr".to_owned());
            }
        }
        if active.iter().any(|m| m.what == What::Cue) {
            classes.push("cue".to_owned());
        }
        if let Some(m) = active.iter().find(|m| m.what == What::Mention) {
            let entity = analysis.quotes[m.quote]
                .speaker
                .as_ref()
                .and_then(|sp| sp.entity);
            classes.push(format!("spk b{}", colour(entity)));
        }
        let _ = write!(
            s,
            "<span class=\"{}\" data-q=\"{owner}\" data-e=\"{}\" data-k=\"{}\" title=\"",
            classes.join(" "),
            entity_key(q),
            q.kind.as_str()
        );
        escape_into(s, &tooltip(q));
        if quote_mark.is_some() && std::mem::take(&mut focusable[owner]) {
            s.push_str("\" tabindex=\"0\" role=\"button\">");
        } else {
            s.push_str("\">");
        }
        escape_into(s, piece);
        s.push_str("</span>");
    }
}

/// The hover text of a quote.
fn tooltip(q: &saywho_core::Quote) -> String {
    let who = match &q.speaker {
        Some(sp) => match &sp.role {
            Some(role) => format!("{} — {}", sp.name, role),
            None => sp.name.clone(),
        },
        None => "no speaker".to_owned(),
    };
    format!(
        "{who} · {} · {} · confidence {:.2}",
        q.kind.as_str(),
        q.rule,
        q.confidence
    )
}

/// Filters by speaker and kind.
fn filters(s: &mut String, analysis: &Analysis<'_>) {
    s.push_str("<div class=\"filters\"><label>Speaker <select class=\"f-speaker\"><option value=\"all\">All speakers</option>");
    for (i, e) in analysis.entities.iter().enumerate() {
        let _ = write!(s, "<option value=\"e{i}\">{}</option>", escape(&e.name));
    }
    if analysis
        .quotes
        .iter()
        .any(|q| q.speaker.as_ref().is_some_and(|sp| sp.entity.is_none()))
    {
        s.push_str("<option value=\"unresolved\">Unresolved speakers</option>");
    }
    s.push_str("<option value=\"none\">No speaker</option></select></label><span class=\"kinds\">");
    let mut kinds: Vec<QuoteKind> = analysis.quotes.iter().map(|q| q.kind).collect();
    kinds.sort();
    kinds.dedup();
    for k in kinds {
        let _ = write!(
            s,
            "<label><input type=\"checkbox\" class=\"f-kind\" value=\"{0}\" checked> {0}</label> ",
            k.as_str()
        );
    }
    s.push_str("</span></div>");
}

/// The side table of speakers.
fn speakers_table(s: &mut String, analysis: &Analysis<'_>) {
    s.push_str("<table class=\"speakers\"><caption>Speakers</caption><thead><tr><th></th><th>Speaker</th><th>Kind</th><th>Roles</th><th>Organisations</th><th>Quotes</th></tr></thead><tbody>");
    for (i, e) in analysis.entities.iter().enumerate() {
        let _ = write!(
            s,
            "<tr data-e=\"e{i}\"><td><span class=\"sw {}\"></span></td><td class=\"name\">{}</td><td>{}</td><td class=\"roles\">{}</td><td>{}</td><td>{}</td></tr>",
            colour(Some(i)),
            escape(&e.name),
            e.kind.as_str(),
            escape(&e.roles.join("; ")),
            escape(&e.organizations.join("; ")),
            e.quotes.len()
        );
    }
    let unattributed = analysis
        .quotes
        .iter()
        .filter(|q| q.speaker.is_none())
        .count();
    if unattributed > 0 {
        let _ = write!(
            s,
            "<tr data-e=\"none\"><td><span class=\"sw cn\"></span></td><td class=\"name\">No speaker</td><td></td><td></td><td></td><td>{unattributed}</td></tr>"
        );
    }
    s.push_str("</tbody></table>");
}

/// The table of quotes under the text.
fn quotes_table(s: &mut String, n: usize, analysis: &Analysis<'_>) {
    s.push_str("<table class=\"quotes\"><caption>Quotes</caption><thead><tr><th>#</th><th>Speaker</th><th>Role</th><th>Kind</th><th>Resolution</th><th>Rule</th><th>Confidence</th><th>Review</th><th>Quote</th></tr></thead><tbody>");
    for (i, q) in analysis.quotes.iter().enumerate() {
        let (low, unattributed) = review_flags(q);
        let mut flags = Vec::new();
        if low {
            flags.push("low confidence");
        }
        if unattributed {
            flags.push("no speaker");
        }
        let sp = q.speaker.as_ref();
        let _ = write!(
            s,
            "<tr id=\"doc-{n}-q{i}\" data-q=\"{i}\" data-e=\"{}\" data-k=\"{}\"{}><td>{}</td>\
             <td class=\"name\"><span class=\"sw {}\"></span> {}</td><td class=\"role\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.2}</td><td class=\"flag\">{}</td><td class=\"qt\">{}</td></tr>",
            entity_key(q),
            q.kind.as_str(),
            if flags.is_empty() {
                ""
            } else {
                " class=\"review\""
            },
            i,
            colour(sp.and_then(|sp| sp.entity)),
            escape(sp.map(|sp| sp.name.as_str()).unwrap_or("—")),
            escape(sp.and_then(|sp| sp.role.as_deref()).unwrap_or("")),
            q.kind.as_str(),
            sp.map(|sp| sp.resolution.as_str()).unwrap_or(""),
            escape(q.rule),
            q.confidence,
            if flags.is_empty() {
                String::new()
            } else {
                format!("⚑ {}", flags.join(", "))
            },
            escape(q.content.text(analysis.text))
        );
    }
    s.push_str("</tbody></table>");
}

/// The list of diagnostics, if any.
fn diagnostics(s: &mut String, analysis: &Analysis<'_>) {
    if analysis.diagnostics.is_empty() {
        return;
    }
    s.push_str("<details class=\"diags\"><summary>Diagnostics</summary><ul>");
    for d in &analysis.diagnostics {
        let _ = write!(
            s,
            "<li><b>{}</b> {}: “{}”</li>",
            d.kind.as_str(),
            escape(&d.message),
            escape(d.span.text(analysis.text))
        );
    }
    s.push_str("</ul></details>");
}

/// A document for [`render_page`]: analysed, or an error `(kind, message)`.
pub type PageDoc<'a, 't> = (
    &'a str,
    Option<&'a Map<String, Value>>,
    Result<&'a Analysis<'t>, (&'a str, &'a str)>,
);

/// The whole page for a batch held in memory.
pub fn render_page(title: &str, docs: &[PageDoc<'_, '_>]) -> String {
    let mut book = Book::new();
    let mut s = book.begin(title);
    for (id, meta, outcome) in docs {
        match outcome {
            Ok(a) => s.push_str(&book.document(id, *meta, a)),
            Err((kind, message)) => s.push_str(&book.error(id, kind, message)),
        }
    }
    s.push_str(&book.end());
    s
}

const CSS: &str = r#"
:root { font-family: system-ui, sans-serif; color: #222; background: #fafafa; }
body { margin: 0 1.5rem 3rem; display: flex; flex-direction: column; }
header.top { order: 0; } #index { order: 1; } #pager { order: 2; } #app { order: 3; }
h1 { font-size: 1.4rem; margin: 1rem 0 .3rem; }
h2 { font-size: 1.15rem; margin: 0 0 .2rem; overflow-wrap: anywhere; }
.legend { font-size: .85rem; color: #555; margin: 0 0 .6rem; }
#index table, table.speakers, table.quotes { border-collapse: collapse; font-size: .85rem; }
#index td, #index th, table.speakers td, table.speakers th, table.quotes td, table.quotes th {
  border-bottom: 1px solid #ddd; padding: .2rem .4rem; text-align: left; vertical-align: top; }
#index { max-height: 40vh; overflow: auto; margin-bottom: .5rem; }
#index tr.error td { color: #b00020; }
#pager { margin: .3rem 0 .6rem; }
section.doc { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1rem; margin: 0 0 1.2rem; }
section.doc.error { border-color: #b00020; }
.meta { font-size: .85rem; color: #555; margin: 0 0 .6rem; overflow-wrap: anywhere; }
.cols { display: flex; gap: 1.2rem; align-items: flex-start; }
article.text { flex: 3; white-space: pre-wrap; line-height: 1.6; font-size: 1rem; max-width: 48rem; overflow-wrap: anywhere; }
aside { flex: 2; min-width: 16rem; position: sticky; top: .5rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
.filters { font-size: .85rem; margin-bottom: .6rem; display: flex; flex-wrap: wrap; gap: .5rem; }
table.quotes { margin-top: 1rem; width: 100%; }
table.quotes td.qt { max-width: 40rem; }
tr.review td.flag, .flag { color: #b00020; }
tr.sel td { background: #fff8c4; }
.q { border-radius: 3px; cursor: pointer; padding: 0 1px; }
.c0 { background: #ffe082; } .c1 { background: #a5d6a7; } .c2 { background: #90caf9; }
.c3 { background: #f48fb1; } .c4 { background: #ce93d8; } .c5 { background: #ffab91; }
.c6 { background: #80deea; } .c7 { background: #e6ee9c; } .c8 { background: #bcaaa4; }
.c9 { background: #b0bec5; } .cn { background: #e0e0e0; }
.q.low { outline: 2px dashed #e65100; }
.q.unattr { outline: 2px dashed #b00020; }
.cue { text-decoration: underline 2px #1565c0; text-underline-offset: 3px; font-weight: 600; }
.spk { box-shadow: inset 0 0 0 2px #2e7d32; border-radius: 3px; font-weight: 600; }
.sw { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: middle; }
.off { background: transparent !important; outline: none !important; box-shadow: none !important;
  text-decoration: none !important; font-weight: normal !important; }
tr.off { display: none; }
.q.sel, .q:focus-visible { outline: 3px solid #000; }
#pop { position: fixed; right: 1rem; bottom: 1rem; max-width: 28rem; background: #fff; border: 1px solid #888;
  border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: .6rem 2rem .6rem .8rem; font-size: .9rem; z-index: 10; }
#pop dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: .15rem .6rem; }
#pop dt { font-weight: 600; } #pop dd { margin: 0; overflow-wrap: anywhere; }
#popclose { position: absolute; right: .3rem; top: .2rem; border: 0; background: none; font-size: 1.2rem; cursor: pointer; }
"#;

const JS: &str = r#"
(function () {
  "use strict";
  const templates = Array.from(document.querySelectorAll("template.doc-t"));
  const app = document.getElementById("app");
  const pages = Math.max(1, Math.ceil(templates.length / PAGE_SIZE));
  const pop = document.getElementById("pop");
  const popbody = document.getElementById("popbody");
  let current = -1;

  function show(page) {
    page = Math.max(0, Math.min(pages - 1, page));
    if (page !== current) {
      current = page;
      app.textContent = "";
      templates.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).forEach(function (t) {
        app.appendChild(t.content.cloneNode(true));
      });
    }
    document.getElementById("pager").hidden = pages < 2;
    document.getElementById("pageinfo").textContent =
      "Page " + (page + 1) + " of " + pages + " (" + templates.length + " documents)";
  }

  function go(n) {
    show(Math.floor(n / PAGE_SIZE));
    const el = document.getElementById("doc-" + n);
    if (el) el.scrollIntoView();
  }

  function apply(section) {
    const speaker = section.querySelector(".f-speaker").value;
    const kinds = new Set(Array.from(section.querySelectorAll(".f-kind:checked")).map(function (i) { return i.value; }));
    section.querySelectorAll("[data-k]").forEach(function (el) {
      const ok = (speaker === "all" || el.dataset.e === speaker) && kinds.has(el.dataset.k);
      el.classList.toggle("off", !ok);
    });
  }

  function details(section, q) {
    const row = section.querySelector('table.quotes tr[data-q="' + q + '"]');
    if (!row) return;
    section.querySelectorAll(".sel").forEach(function (el) { el.classList.remove("sel"); });
    row.classList.add("sel");
    section.querySelectorAll('.q[data-q="' + q + '"]').forEach(function (el) { el.classList.add("sel"); });
    const heads = Array.from(section.querySelectorAll("table.quotes thead th")).map(function (th) { return th.textContent; });
    popbody.textContent = "";
    Array.from(row.cells).forEach(function (cell, i) {
      const text = cell.textContent.trim();
      if (!text || heads[i] === "Quote") return;
      const dt = document.createElement("dt");
      dt.textContent = heads[i];
      const dd = document.createElement("dd");
      dd.textContent = text;
      popbody.append(dt, dd);
    });
    pop.hidden = false;
  }

  app.addEventListener("change", function (ev) {
    const section = ev.target.closest("section.doc");
    if (section && ev.target.matches(".f-speaker, .f-kind")) apply(section);
  });
  app.addEventListener("click", function (ev) {
    const section = ev.target.closest("section.doc");
    if (!section) return;
    const mark = ev.target.closest("[data-q]");
    if (mark && !ev.target.closest("table.speakers")) { details(section, mark.dataset.q); return; }
    const speakerRow = ev.target.closest("table.speakers tr[data-e]");
    if (speakerRow) {
      const select = section.querySelector(".f-speaker");
      select.value = select.value === speakerRow.dataset.e ? "all" : speakerRow.dataset.e;
      apply(section);
    }
  });
  app.addEventListener("keydown", function (ev) {
    const mark = ev.target.closest(".q[data-q]");
    const section = ev.target.closest("section.doc");
    if (mark && section && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      details(section, mark.dataset.q);
    }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") pop.hidden = true; });
  document.getElementById("popclose").addEventListener("click", function () { pop.hidden = true; });
  document.getElementById("prev").addEventListener("click", function () { show(current - 1); window.scrollTo(0, 0); });
  document.getElementById("next").addEventListener("click", function () { show(current + 1); window.scrollTo(0, 0); });
  document.getElementById("index").addEventListener("click", function (ev) {
    const a = ev.target.closest("a[data-n]");
    if (!a) return;
    ev.preventDefault();
    go(Number(a.dataset.n));
  });
  const m = /^#doc-(\d+)$/.exec(location.hash);
  if (m) go(Number(m[1])); else show(0);
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{html_balanced, html_tags};
    use crate::test_support::span_of;
    use saywho_core::{
        Diagnostic, DiagnosticKind, Entity, EntityKind, Quote, QuoteKind, Resolution, Speaker,
    };

    const TEXT: &str = "“<script>alert(1)</script> & more,” said Lena Ortiz, the mayor. \
                        Critics called it a “plan”. “Nobody knows,” one said.";

    fn sample() -> Analysis<'static> {
        let mention = span_of(TEXT, "Lena Ortiz");
        Analysis {
            text: TEXT,
            quotes: vec![
                Quote {
                    kind: QuoteKind::Direct,
                    rule: "quote-comma-said-speaker",
                    confidence: 0.95,
                    content: span_of(TEXT, "“<script>alert(1)</script> & more,”"),
                    parts: vec![],
                    cue: Some(span_of(TEXT, "said")),
                    speaker: Some(Speaker {
                        mention,
                        name: "Lena Ortiz".into(),
                        role: Some("mayor <b>".into()),
                        entity: Some(0),
                        resolution: Resolution::Name,
                    }),
                },
                Quote {
                    kind: QuoteKind::Term,
                    rule: "scare-quote",
                    confidence: 0.9,
                    content: span_of(TEXT, "“plan”"),
                    parts: vec![],
                    cue: None,
                    speaker: None,
                },
                Quote {
                    kind: QuoteKind::Direct,
                    rule: "unattributed",
                    confidence: 0.3,
                    content: span_of(TEXT, "“Nobody knows,”"),
                    parts: vec![],
                    cue: None,
                    speaker: None,
                },
            ],
            entities: vec![Entity {
                name: "Lena Ortiz".into(),
                kind: EntityKind::Person,
                roles: vec!["mayor <b>".into()],
                organizations: vec![],
                mentions: vec![mention],
                quotes: vec![0],
            }],
            diagnostics: vec![Diagnostic {
                kind: DiagnosticKind::UnattributedQuote,
                span: span_of(TEXT, "“Nobody knows,”"),
                message: "no speaker <found>".into(),
            }],
        }
    }

    #[test]
    fn page_is_balanced_and_escapes_hostile_text() {
        let a = sample();
        let mut meta = Map::new();
        meta.insert("url".into(), Value::String("javascript:alert(1)".into()));
        meta.insert("date".into(), Value::String("<i>today</i>".into()));
        let html = render_page(
            "review <script>",
            &[
                ("<script>alert('id')</script>", Some(&meta), Ok(&a)),
                ("bad\"><img src=x>", None, Err(("io", "<b>gone</b>"))),
            ],
        );
        assert_eq!(html_balanced(&html), Ok(()));
        for (name, _) in html_tags(&html).unwrap() {
            assert!(
                !["img", "iframe", "object", "embed", "link"].contains(&name.as_str()),
                "{name}"
            );
        }
        // The only script element is ours.
        assert_eq!(html.matches("<script").count(), 1);
        assert!(!html.contains("<img"));
        assert!(!html.contains("<b>gone"));
        assert!(!html.contains("<i>today"));
        assert!(!html.contains("href=\"javascript:"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assert!(html.contains("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;"));
        assert!(html.contains("mayor &lt;b&gt;"));
        // No network: nothing is fetched from anywhere.
        for needle in [
            " src=\"",
            "<link",
            "@import",
            "url(",
            "http-equiv=\"refresh",
        ] {
            assert!(!html.contains(needle), "{needle}");
        }
    }

    #[test]
    fn quotes_are_highlighted_with_cue_mention_and_flags() {
        let a = sample();
        let html = render_page("t", &[("d", None, Ok(&a))]);
        let article = &html[html.find("<article").unwrap()..html.find("</article>").unwrap()];
        // The first quote in its speaker's colour, with a tooltip.
        assert!(article.contains("<span class=\"hl q c0\" data-q=\"0\" data-e=\"e0\" data-k=\"direct\" title=\"Lena Ortiz — mayor &lt;b&gt; · direct · quote-comma-said-speaker · confidence 0.95\" tabindex=\"0\" role=\"button\">“&lt;script&gt;"));
        // Only the first piece of a quote takes keyboard focus.
        assert_eq!(article.matches("tabindex").count(), a.quotes.len());
        assert!(article.contains("class=\"cue\" data-q=\"0\""));
        assert!(article.contains("class=\"spk bc0\" data-q=\"0\""));
        assert!(article.contains(">Lena Ortiz</span>"));
        // The term is not flagged; the unattributed low-confidence quote is.
        assert!(article.contains("class=\"hl q cn\" data-q=\"1\""));
        assert!(article.contains("class=\"hl q cn low unattr\" data-q=\"2\""));
        // The article keeps every character of the text, in order.
        assert_eq!(article_text(&html), TEXT);
    }

    #[test]
    fn side_tables_and_filters() {
        let a = sample();
        let html = render_page("t", &[("d", None, Ok(&a))]);
        assert!(html.contains("<tr data-e=\"e0\"><td><span class=\"sw c0\"></span></td><td class=\"name\">Lena Ortiz</td><td>person</td><td class=\"roles\">mayor &lt;b&gt;</td><td></td><td>1</td></tr>"));
        assert!(html.contains("<option value=\"e0\">Lena Ortiz</option>"));
        assert!(html.contains("value=\"direct\" checked"));
        assert!(html.contains("value=\"term\" checked"));
        assert!(!html.contains("value=\"indirect\""), "only kinds present");
        assert!(html.contains("⚑ 1 to review"));
        assert!(html.contains("⚑ low confidence, no speaker"));
        assert!(html.contains("no speaker &lt;found&gt;"));
    }

    #[test]
    fn overlapping_marks_stay_balanced() {
        // A mention inside a quote, a quote inside a quote, a split quote.
        let text = "“Ortiz said “no” today,” Ortiz said, “again.”";
        let whole = span_of(text, "“Ortiz said “no” today,”");
        let inner = span_of(text, "“no”");
        let mention = Span::new(
            text.rfind("Ortiz").unwrap(),
            text.rfind("Ortiz").unwrap() + 5,
        );
        let speaker = Speaker {
            mention: span_of(text, "Ortiz"),
            name: "Ortiz".into(),
            role: None,
            entity: Some(11),
            resolution: Resolution::Surname,
        };
        let a = Analysis {
            text,
            quotes: vec![
                Quote {
                    kind: QuoteKind::Direct,
                    rule: "r",
                    confidence: 0.7,
                    content: whole.cover(span_of(text, "“again.”")),
                    parts: vec![whole, span_of(text, "“again.”")],
                    cue: Some(Span::new(mention.end() + 1, mention.end() + 5)),
                    speaker: Some(Speaker {
                        mention,
                        ..speaker.clone()
                    }),
                },
                Quote {
                    kind: QuoteKind::Mixed,
                    rule: "r",
                    confidence: 0.7,
                    content: inner,
                    parts: vec![],
                    cue: Some(span_of(text, "said")),
                    speaker: Some(speaker),
                },
            ],
            entities: vec![],
            diagnostics: vec![],
        };
        let html = render_page("t", &[("d", None, Ok(&a))]);
        assert_eq!(html_balanced(&html), Ok(()));
        // The inner quote owns its own piece; entity 11 wraps to colour 1.
        assert!(html.contains("class=\"hl q c1\" data-q=\"1\" data-e=\"e11\" data-k=\"mixed\""));
        assert!(
            html.contains("class=\"hl q c1 cue spk bc1\"")
                || html.contains("class=\"hl q c1 spk bc1\"")
        );
    }

    #[test]
    fn large_batches_are_paginated_templates_with_an_index() {
        let a = sample();
        let ids: Vec<String> = (0..120).map(|i| format!("doc-{i}")).collect();
        let docs: Vec<PageDoc<'_, '_>> = ids.iter().map(|id| (id.as_str(), None, Ok(&a))).collect();
        let html = render_page("t", &docs);
        assert_eq!(html_balanced(&html), Ok(()));
        assert_eq!(html.matches("<template class=\"doc-t\">").count(), 120);
        assert!(html.contains("<a href=\"#doc-119\" data-n=\"119\">doc-119</a>"));
        assert!(html.contains("Index of 120 documents"));
        assert!(html.contains(&format!("const PAGE_SIZE = {PAGE_SIZE};")));
        // The index is collapsed when it is long.
        assert!(html.contains("<details><summary>Index"));
    }

    /// The text content of an `<article>`: tags dropped, entities decoded.
    fn article_text(html: &str) -> String {
        let article = &html[html.find("<article").unwrap()..html.find("</article>").unwrap()];
        let mut plain = String::new();
        let mut in_tag = false;
        let mut quote = None;
        for c in article.chars() {
            match (in_tag, quote, c) {
                (false, _, '<') => in_tag = true,
                (false, _, c) => plain.push(c),
                (true, None, '"') => quote = Some('"'),
                (true, Some(_), '"') => quote = None,
                (true, None, '>') => in_tag = false,
                _ => {}
            }
        }
        plain
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    proptest::proptest! {
        /// Any text and any (overlapping, nested, empty, out-of-range) spans:
        /// the page stays balanced, has only its own script, and the article
        /// shows the text exactly.
        #[test]
        fn any_marks_give_a_balanced_page(
            text in "[a-z <>&\"'“”é😀\n]{0,60}",
            raw in proptest::collection::vec((0usize..70, 0usize..70, 0usize..70, 0usize..70, proptest::option::of(0usize..3)), 0..6),
        ) {
            let fit = |b: usize| {
                let mut b = b.min(text.len() + 2);
                while b <= text.len() && !text.is_char_boundary(b) {
                    b += 1;
                }
                b
            };
            let quotes = raw
                .iter()
                .map(|&(a, b, c, m, entity)| Quote {
                    kind: QuoteKind::Direct,
                    rule: "r",
                    confidence: 0.5,
                    content: Span::new(fit(a), fit(b)),
                    parts: vec![],
                    cue: Some(Span::new(fit(c), fit(c + 3))),
                    speaker: entity.map(|e| Speaker {
                        mention: Span::new(fit(m), fit(m + 4)),
                        name: "<x>".into(),
                        role: None,
                        entity: Some(e),
                        resolution: Resolution::Name,
                    }),
                })
                .collect();
            let a = Analysis { text: &text, quotes, entities: vec![], diagnostics: vec![] };
            let html = render_page("t", &[("<id>", None, Ok(&a))]);
            proptest::prop_assert_eq!(html_balanced(&html), Ok(()));
            proptest::prop_assert_eq!(html.matches("<script").count(), 1);
            proptest::prop_assert_eq!(article_text(&html), text.clone());
        }
    }

    #[test]
    fn escape_covers_the_five_characters() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
