//! Quotation pairing (temporary version; replaced by the quotes branch).

use crate::{Diagnostic, DiagnosticKind, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkStyle {
    Double,
    Single,
}

#[derive(Clone, Debug)]
pub(crate) struct Quoted {
    pub(crate) span: Span,
    pub(crate) inner: Span,
    pub(crate) open: Span,
    pub(crate) close: Option<Span>,
    pub(crate) style: MarkStyle,
    pub(crate) depth: u8,
    pub(crate) parent: Option<usize>,
    pub(crate) paragraphs: u16,
}

pub(crate) struct QuoteScan {
    pub(crate) quotes: Vec<Quoted>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

pub(crate) fn find_quotes(text: &str) -> QuoteScan {
    let mut quotes = Vec::new();
    let mut diagnostics = Vec::new();
    for para in crate::segment::paragraphs(text) {
        let mut open: Option<usize> = None;
        for (i, c) in para.text(text).char_indices() {
            let at = para.start() + i;
            let opening = match c {
                '“' => Some(true),
                '”' => Some(false),
                '"' => Some(open.is_none()),
                _ => None,
            };
            match (opening, open) {
                (Some(true), _) => open = Some(at),
                (Some(false), Some(o)) => {
                    let w = c.len_utf8();
                    let ow = text[o..].chars().next().map_or(1, char::len_utf8);
                    quotes.push(Quoted {
                        span: Span::new(o, at + w),
                        inner: Span::new(o + ow, at),
                        open: Span::new(o, o + ow),
                        close: Some(Span::new(at, at + w)),
                        style: MarkStyle::Double,
                        depth: 0,
                        parent: None,
                        paragraphs: 1,
                    });
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(o) = open {
            diagnostics.push(Diagnostic {
                kind: DiagnosticKind::UnclosedQuote,
                span: Span::new(o, para.end()),
                message: "quote opened and not closed before the paragraph end".into(),
            });
        }
    }
    QuoteScan {
        quotes,
        diagnostics,
    }
}
