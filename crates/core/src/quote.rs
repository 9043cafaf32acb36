//! Quotation marks: find them, classify them, pair them.
//!
//! One left-to-right pass per paragraph: a byte table jumps to the bytes a
//! mark can start with, the grammar (`grammar::marks`) recognises the token,
//! its neighbours decide whether it opens, closes or is an apostrophe, and a
//! stack pairs openers with closers.
//!
//! **Architecture invariants**:
//! * linear time: every byte is looked at a bounded number of times; nothing
//!   searches ahead from an unmatched opener beyond the next paragraph, and
//!   that paragraph at most once;
//! * a quote never crosses a paragraph end, except a multi-paragraph quote
//!   whose next paragraph reopens with the same style (and does not open a
//!   new attributed quote, `“C,” she said`, after a quote opened mid-paragraph);
//! * an unclosed quote is closed at its paragraph end and reported, never
//!   dropped; a stray mark never affects the next paragraph;
//! * the returned quotes are sorted by start, parents before children, and a
//!   parent's span encloses its children's.

use crate::grammar::marks::{self, Glyph};
use crate::segment::is_blank;
use crate::{Diagnostic, DiagnosticKind, Span};

/// Deepest nesting kept; openers beyond it are not reported as quotes.
pub(crate) const MAX_DEPTH: usize = 8;
/// Most paragraphs one quote may span.
pub(crate) const MAX_QUOTE_PARAGRAPHS: u16 = 12;
/// Most diagnostics one document gets from the pairer; a million stray marks
/// must not make a million messages. The last one says the cap was hit.
pub(crate) const MAX_DIAGNOSTICS: usize = 1000;
/// How many adjacent marks (or thin spaces beside a guillemet) are stepped
/// over to find a mark's real neighbour. Bounded so that a run of a million
/// marks stays linear.
const CONTEXT_REACH: usize = 3;

/// The family of marks a quote is written with (taken from its opening mark).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum MarkStyle {
    /// `"…"`, `“…”`, `„…“`, `„…”`
    Double,
    /// `'…'`, `‘…’`, `‚…‘`
    Single,
    /// `«…»`, `»…«`
    Guillemet,
    /// `‹…›`, `›…‹`
    SingleGuillemet,
    /// `「…」`
    Corner,
    /// `『…』`
    WhiteCorner,
    /// `''…''` and ``` ``…'' ``` (wire style)
    DoubleApostrophe,
}

/// One quotation: a pair of marks and what lies between them.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Quoted {
    /// From the opening mark through the closing mark (or to the end of the
    /// last paragraph when unclosed).
    pub(crate) span: Span,
    /// Strictly between the marks.
    pub(crate) inner: Span,
    /// The opening mark.
    pub(crate) open: Span,
    /// The closing mark; `None` when unclosed.
    pub(crate) close: Option<Span>,
    /// The style of the opening mark.
    pub(crate) style: MarkStyle,
    /// 0 = outermost.
    pub(crate) depth: u8,
    /// Index of the enclosing quote in the returned `Vec`.
    pub(crate) parent: Option<usize>,
    /// How many paragraphs it spans (1 normally).
    pub(crate) paragraphs: u16,
}

/// The quotes of one document and the problems met pairing them.
#[derive(Clone, Debug, Default)]
pub(crate) struct QuoteScan {
    pub(crate) quotes: Vec<Quoted>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// [`find_quotes_in`] the text's paragraphs (the tests' entry point).
#[cfg(test)]
pub(crate) fn find_quotes(text: &str) -> QuoteScan {
    find_quotes_in(text, &crate::segment::paragraphs(text))
}

/// Quotes sorted by span start (outer before inner at the same start), in
/// `paras`, the text's paragraphs (`segment::paragraphs`).
pub(crate) fn find_quotes_in(text: &str, paras: &[Span]) -> QuoteScan {
    let mut pairer = Pairer {
        text,
        scan: QuoteScan::default(),
        stack: Vec::with_capacity(MAX_DEPTH),
        overflow: 0,
        depth_reported: false,
        continuation_mark: None,
    };
    for (i, &para) in paras.iter().enumerate() {
        pairer.paragraph(para, paras.get(i + 1).copied());
    }
    pairer.scan
}

/// A mark token after splitting apostrophe runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    StraightDouble,
    StraightSingle,
    DoubleApostrophe,
    DoubleBacktick,
    Mark(Glyph),
}

impl Tok {
    /// The token of a lexed mark that is not a run of straight apostrophes
    /// (those are split by [`Pairer::tokens`]).
    fn of_mark(glyph: Glyph) -> Tok {
        match glyph {
            Glyph::StraightDouble => Tok::StraightDouble,
            Glyph::DoubleBacktick => Tok::DoubleBacktick,
            g => Tok::Mark(g),
        }
    }

    fn style(self) -> MarkStyle {
        match self {
            Tok::StraightDouble => MarkStyle::Double,
            Tok::StraightSingle => MarkStyle::Single,
            Tok::DoubleApostrophe | Tok::DoubleBacktick => MarkStyle::DoubleApostrophe,
            Tok::Mark(g) => match g {
                Glyph::StraightDouble
                | Glyph::LeftDouble
                | Glyph::RightDouble
                | Glyph::LowDouble => MarkStyle::Double,
                Glyph::Apostrophes | Glyph::LeftSingle | Glyph::RightSingle | Glyph::LowSingle => {
                    MarkStyle::Single
                }
                Glyph::DoubleBacktick => MarkStyle::DoubleApostrophe,
                Glyph::LeftGuillemet | Glyph::RightGuillemet => MarkStyle::Guillemet,
                Glyph::LeftSingleGuillemet | Glyph::RightSingleGuillemet => {
                    MarkStyle::SingleGuillemet
                }
                Glyph::LeftCorner | Glyph::RightCorner => MarkStyle::Corner,
                Glyph::LeftWhiteCorner | Glyph::RightWhiteCorner => MarkStyle::WhiteCorner,
            },
        }
    }

    /// True when `self`, used as a closer, can close a quote opened by `opener`.
    fn closes(self, opener: Tok) -> bool {
        use Glyph::*;
        if self.style() != opener.style() {
            return false;
        }
        match (opener, self) {
            (Tok::Mark(LeftGuillemet), c) => c == Tok::Mark(RightGuillemet),
            (Tok::Mark(RightGuillemet), c) => c == Tok::Mark(LeftGuillemet),
            (Tok::Mark(LeftSingleGuillemet), c) => c == Tok::Mark(RightSingleGuillemet),
            (Tok::Mark(RightSingleGuillemet), c) => c == Tok::Mark(LeftSingleGuillemet),
            (_, Tok::Mark(LowDouble | LowSingle | LeftCorner | LeftWhiteCorner)) => false,
            (_, Tok::DoubleBacktick) => false,
            _ => true,
        }
    }

    /// Guillemets may have no-break or thin spaces inside.
    fn is_guillemet(self) -> bool {
        matches!(
            self.style(),
            MarkStyle::Guillemet | MarkStyle::SingleGuillemet
        )
    }
}

/// What a mark does, decided from its neighbours (and, for the `…OrX`
/// roles, from what is open).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Closes the innermost quote it can close, else opens.
    Either,
    /// Closes the innermost quote it can close, else is ignored.
    CloseOnly,
    /// Closes the innermost quote when that quote is single-quoted, else is
    /// an apostrophe (Jones’, Global News’).
    CloseOrApostrophe,
    /// Never opens or closes.
    Apostrophe,
}

/// The kind of character beside a mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// White space, or the start or end of the paragraph.
    Space,
    Letter,
    Digit,
    OpenBracket,
    CloseBracket,
    /// `. , ; : ! ? …`
    Punct,
    Dash,
    Other,
}

fn class_of(c: char) -> Class {
    match c {
        c if is_blank(c) => Class::Space,
        c if c.is_alphabetic() => Class::Letter,
        c if c.is_numeric() => Class::Digit,
        // `=` as in `title="…"` left in scraped HTML.
        '(' | '[' | '{' | '=' => Class::OpenBracket,
        ')' | ']' | '}' => Class::CloseBracket,
        '.' | ',' | ';' | ':' | '!' | '?' | '…' => Class::Punct,
        '-' | '–' | '—' | '‐' | '‒' | '―' => Class::Dash,
        _ => Class::Other,
    }
}

/// True for characters that are (part of) a quotation mark.
fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// Spaces that French and German typography put inside guillemets.
fn is_thin_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{200a}' | '\u{2007}'
    )
}

/// A mark's neighbours, stepping over adjacent marks.
#[derive(Clone, Copy, Debug)]
struct Context {
    prev: Class,
    prev_char: Option<char>,
    next: Class,
    /// A letter or digit touches the mark on both sides (`don't`), with no
    /// mark stepped over.
    inside_word: bool,
    /// The paragraph: nothing outside it is looked at.
    para: Span,
}

/// The first character of `chars` that `skip` does not step over: `None`
/// at the paragraph edge; the last one looked at when `CONTEXT_REACH` runs out.
fn neighbour(chars: impl Iterator<Item = char>, skip: impl Fn(char) -> bool) -> Option<char> {
    let mut seen = 0;
    let mut last = None;
    for c in chars.take(CONTEXT_REACH + 1) {
        step(1);
        if !skip(c) {
            return Some(c);
        }
        seen += 1;
        last = Some(c);
    }
    // A long run of marks: its last mark stands for the neighbour. Fewer
    // marks up to the paragraph edge: the edge is the neighbour.
    if seen > CONTEXT_REACH { last } else { None }
}

/// Whether a mark sits at the left edge of a word (opens), the right edge
/// (closes), or neither/both (ambiguous).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flank {
    Open,
    Close,
    Ambiguous,
}

fn flank(ctx: Context) -> Flank {
    use Class::*;
    let lead = matches!(ctx.prev, Space | OpenBracket | Dash);
    let trail = matches!(ctx.next, Space | Punct | CloseBracket | Dash);
    match (lead, trail) {
        (true, false) => Flank::Open,
        (false, true) => Flank::Close,
        (true, true) => Flank::Ambiguous,
        (false, false) => {
            // `word"(`: a closer. `,"she said`, `."The` usually close too, but
            // open after a missing space (`said."We`): ambiguous, like `a"b`.
            if ctx.next == OpenBracket {
                Flank::Close
            } else {
                Flank::Ambiguous
            }
        }
    }
}

/// Words written with a leading apostrophe: ’em, rock ’n’ roll, ’til, ’tis.
const ELISIONS: &[&str] = &[
    "bout", "cause", "cos", "cuz", "em", "n", "nother", "nuff", "round", "t", "til", "tis", "twas",
];

struct Pairer<'t> {
    text: &'t str,
    scan: QuoteScan,
    /// Open quotes, innermost last: (index into `scan.quotes`, opening token).
    stack: Vec<(usize, Tok)>,
    /// Openers ignored beyond `MAX_DEPTH`; the next closers are theirs.
    overflow: usize,
    depth_reported: bool,
    /// Where the reopening mark of a continued quote sits.
    continuation_mark: Option<usize>,
}

impl Pairer<'_> {
    /// Scans one paragraph; `next` is the following paragraph, looked at only
    /// to decide whether an unclosed quote continues.
    fn paragraph(&mut self, para: Span, next: Option<Span>) {
        self.overflow = 0;
        self.depth_reported = false;
        let bytes = self.text.as_bytes();
        let mut at = para.start();
        while at < para.end() {
            // Jump to the next byte a mark may start with.
            let Some(skip) = marks::next_candidate(&bytes[at..para.end()]) else {
                step((para.end() - at) as u64);
                break;
            };
            step(skip as u64 + 1);
            at += skip;
            let Some((glyph, len)) = self.text.get(at..para.end()).and_then(marks::mark) else {
                at += 1;
                continue;
            };
            at += self.tokens(para, at, glyph, len);
        }
        self.end_paragraph(para, next);
    }

    /// Splits a lexed mark into tokens and handles each; returns the bytes
    /// consumed.
    fn tokens(&mut self, para: Span, at: usize, glyph: Glyph, len: usize) -> usize {
        if glyph == Glyph::Apostrophes && len == 1 && self.wire_dot_close(para, at) {
            self.token(para, Tok::DoubleApostrophe, Span::new(at, at + 3));
            return 3;
        }
        if glyph != Glyph::Apostrophes {
            self.token(para, Tok::of_mark(glyph), Span::new(at, at + len));
            return len;
        }
        // A run of `'`: pairs are wire-style double quotes. With an odd
        // count the lone `'` goes inside: first when the run closes
        // (`.'''` = `'` + `''`), last when it opens (`'''Hi` = `''` + `'`).
        let closing = flank(self.context(para, Span::new(at, at + len), false)) == Flank::Close;
        let mut pos = at;
        let end = at + len;
        if len % 2 == 1 && closing {
            self.token(para, Tok::StraightSingle, Span::new(pos, pos + 1));
            pos += 1;
        }
        while pos + 2 <= end {
            step(1);
            self.token(para, Tok::DoubleApostrophe, Span::new(pos, pos + 2));
            pos += 2;
        }
        if pos < end {
            self.token(para, Tok::StraightSingle, Span::new(pos, end));
        }
        len
    }

    /// `.'.'` closing a wire-style quote (`Syria.'.')`): some wire texts
    /// break the closing `''` around the period.
    fn wire_dot_close(&self, para: Span, at: usize) -> bool {
        let after = self.text.get(at..para.end()).unwrap_or("").as_bytes();
        let top_is_wire = self
            .stack
            .last()
            .is_some_and(|&(_, t)| t.style() == MarkStyle::DoubleApostrophe);
        top_is_wire
            && matches!(after, [b'\'', b'.' | b',', b'\'', rest @ ..] if rest.first() != Some(&b'\''))
    }

    fn token(&mut self, para: Span, tok: Tok, at: Span) {
        step(1);
        if self.continuation_mark == Some(at.start()) {
            self.continuation_mark = None;
            return;
        }
        self.continuation_mark = None;
        let ctx = self.context(para, at, tok.is_guillemet());
        match self.role(tok, at, ctx) {
            Role::Apostrophe => {}
            Role::Open => self.open(tok, at),
            Role::Close => {
                if self.overflow > 0 {
                    self.overflow -= 1;
                } else if let Some(i) = self.closable(tok, false) {
                    self.close(i, at);
                } else {
                    self.diagnose(
                        DiagnosticKind::UnmatchedClose,
                        at,
                        "closing quotation mark with no opening mark",
                    );
                }
            }
            Role::Either => {
                if self.overflow > 0 {
                    self.overflow -= 1;
                } else if let Some(i) = self.closable(tok, false) {
                    self.close(i, at);
                } else {
                    self.open(tok, at);
                }
            }
            // Past the depth cap, closers belong to the ignored openers.
            Role::CloseOnly | Role::CloseOrApostrophe if self.overflow > 0 => self.overflow -= 1,
            Role::CloseOnly => {
                if let Some(i) = self.closable(tok, false) {
                    self.close(i, at);
                }
            }
            Role::CloseOrApostrophe => {
                if let Some(i) = self.closable(tok, true) {
                    self.close(i, at);
                }
            }
        }
    }

    /// The role of `tok` at `at` from its neighbours alone.
    fn role(&self, tok: Tok, at: Span, ctx: Context) -> Role {
        use Glyph::*;
        // 6’2”, 5'10": an inch mark.
        if matches!(
            tok,
            Tok::StraightDouble | Tok::Mark(RightDouble | LeftDouble)
        ) && self.feet_inches(ctx.para, at)
        {
            return Role::Apostrophe;
        }
        let fl = flank(ctx);
        let wordy = |c: Class| matches!(c, Class::Letter | Class::Digit);
        match tok {
            Tok::StraightDouble
            | Tok::Mark(StraightDouble)
            | Tok::DoubleApostrophe
            | Tok::Mark(LeftDouble) => match fl {
                Flank::Open => Role::Open,
                // `5'10"`, `a 12" pizza`: an inch mark unless a quote is open.
                Flank::Close if ctx.prev == Class::Digit && tok == Tok::StraightDouble => {
                    Role::CloseOnly
                }
                Flank::Close => Role::Close,
                Flank::Ambiguous => Role::Either,
            },
            Tok::DoubleBacktick | Tok::Mark(DoubleBacktick | LeftCorner | LeftWhiteCorner) => {
                Role::Open
            }
            Tok::Mark(RightCorner | RightWhiteCorner) => Role::Close,
            Tok::Mark(RightDouble) => match fl {
                Flank::Close => Role::Close,
                // Swedish ”…”, or a missing space.
                Flank::Open => Role::Either,
                // `” … they said` opening a paragraph; elsewhere a stray mark.
                Flank::Ambiguous if ctx.prev_char.is_none() => Role::Either,
                Flank::Ambiguous => Role::CloseOnly,
            },
            Tok::Mark(LowDouble | LowSingle) => match fl {
                Flank::Open => Role::Open,
                // `x„y`, `x‚ y`: a misencoded comma, not a quote.
                _ if tok == Tok::Mark(LowSingle) => Role::Apostrophe,
                Flank::Ambiguous => Role::Open,
                Flank::Close => Role::Apostrophe,
            },
            Tok::Mark(LeftGuillemet | LeftSingleGuillemet) => match fl {
                Flank::Open | Flank::Ambiguous => Role::Open,
                Flank::Close => Role::Close,
            },
            Tok::Mark(RightGuillemet | RightSingleGuillemet) => match fl {
                Flank::Open => Role::Open,
                Flank::Close => Role::Close,
                // `Home » News`: a separator unless a quote is open.
                Flank::Ambiguous => Role::CloseOnly,
            },
            Tok::StraightSingle | Tok::Mark(LeftSingle | RightSingle | Apostrophes) => {
                // don't, O'Malley, Beijing‘s, 1990's, 5'10
                if ctx.inside_word {
                    return Role::Apostrophe;
                }
                if fl != Flank::Close && self.leading_apostrophe(ctx.para, at) {
                    return Role::Apostrophe;
                }
                if self.rock_n_roll(ctx.para, at) {
                    return Role::Apostrophe;
                }
                let right = tok == Tok::Mark(RightSingle);
                match fl {
                    // ’ never opens: ’90s, ’em, and stray ’ before a word.
                    Flank::Open if right => Role::Apostrophe,
                    Flank::Open => Role::Open,
                    Flank::Close if wordy(ctx.prev) => Role::CloseOrApostrophe,
                    Flank::Close => Role::Close,
                    Flank::Ambiguous if tok == Tok::Mark(LeftSingle) => Role::Either,
                    Flank::Ambiguous => Role::CloseOnly,
                }
            }
        }
    }

    /// ’90s, ’08, ’em, ’til, ’n’, in ’t Veld: an apostrophe standing for left-out letters.
    fn leading_apostrophe(&self, para: Span, at: Span) -> bool {
        let after = self.text.get(at.end()..para.end()).unwrap_or("");
        let mut chars = after.chars();
        let (a, b, c) = (chars.next(), chars.next(), chars.next());
        if a.is_some_and(|c| c.is_ascii_digit())
            && b.is_some_and(|c| c.is_ascii_digit())
            && !c.is_some_and(|c| c.is_ascii_digit())
        {
            return true;
        }
        // At most 7 letters: longer than any elision, so a longer word never matches.
        let mut word_len = 0;
        for c in after.chars().take(7) {
            step(1);
            if !c.is_alphabetic() {
                break;
            }
            word_len += c.len_utf8();
        }
        let word = &after[..word_len];
        let next = after[word_len..].chars().next();
        // One-letter ones (`'n'`, `'t`) stand alone: a space or a mark follows.
        ELISIONS.iter().any(|e| word.eq_ignore_ascii_case(e))
            && (word.len() > 1 || next.is_none_or(|c| is_blank(c) || is_mark_char(c)))
    }

    /// The inch mark of 6’2” or 5'10": digits, a single mark, digits.
    fn feet_inches(&self, para: Span, at: Span) -> bool {
        let before = self.text.get(para.start()..at.start()).unwrap_or("");
        let mut back = before.chars().rev();
        back.next().is_some_and(|c| c.is_ascii_digit())
            && back
                .by_ref()
                .take(2)
                .find(|c| !c.is_ascii_digit())
                .is_some_and(|c| matches!(c, '\'' | '’' | '′'))
            && back.next().is_some_and(|c| c.is_ascii_digit())
    }

    /// The second apostrophe of rock ’n’ roll.
    fn rock_n_roll(&self, para: Span, at: Span) -> bool {
        let before = self.text.get(para.start()..at.start()).unwrap_or("");
        let mut back = before.chars().rev();
        matches!(back.next(), Some('n' | 'N'))
            && matches!(back.next(), Some('\'' | '‘' | '’'))
            && back.next().is_none_or(is_blank)
    }

    /// The neighbours of the mark at `at`, stepping over adjacent marks (and
    /// thin spaces beside guillemets); the paragraph edges count as spaces.
    fn context(&self, para: Span, at: Span, guillemet: bool) -> Context {
        let skip = |c: char| is_mark_char(c) || (guillemet && is_thin_space(c));
        let before = self.text.get(para.start()..at.start()).unwrap_or("");
        let prev_char = neighbour(before.chars().rev(), skip);
        let after = self.text.get(at.end()..para.end()).unwrap_or("");
        let next_char = neighbour(after.chars(), skip);
        let class = |c: Option<char>| match c {
            None => Class::Space,
            Some(c) if is_mark_char(c) => Class::Other,
            Some(c) if guillemet && is_thin_space(c) => Class::Space,
            Some(c) => class_of(c),
        };
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        Context {
            prev: class(prev_char),
            prev_char,
            next: class(next_char),
            inside_word: alnum(before.chars().next_back()) && alnum(after.chars().next()),
            para,
        }
    }

    /// The stack position of the innermost open quote `tok` can close; with
    /// `top_only`, only the innermost quote is tried.
    fn closable(&self, tok: Tok, top_only: bool) -> Option<usize> {
        let reach = if top_only { 1 } else { self.stack.len() };
        for (i, &(_, opener)) in self.stack.iter().enumerate().rev().take(reach) {
            step(1);
            if tok.closes(opener) {
                return Some(i);
            }
        }
        None
    }

    fn open(&mut self, tok: Tok, at: Span) {
        // `"“You`: a doubled opening mark opens one quote.
        if let Some(&(q, opener)) = self.stack.last()
            && q + 1 == self.scan.quotes.len()
            && opener.style() == tok.style()
            && self.scan.quotes[q].open.end() == at.start()
        {
            let quote = &mut self.scan.quotes[q];
            quote.open = quote.open.cover(at);
            quote.span = quote.open;
            quote.inner = Span::empty(at.end());
            return;
        }
        if self.stack.len() >= MAX_DEPTH {
            self.overflow += 1;
            if !self.depth_reported {
                self.depth_reported = true;
                self.diagnose(
                    DiagnosticKind::LimitReached,
                    at,
                    "quotes nested deeper than MAX_DEPTH (8); deeper quotes are not reported",
                );
            }
            return;
        }
        let index = self.scan.quotes.len();
        self.scan.quotes.push(Quoted {
            span: at,
            inner: Span::empty(at.end()),
            open: at,
            close: None,
            style: tok.style(),
            depth: u8::try_from(self.stack.len()).unwrap_or(u8::MAX),
            parent: self.stack.last().map(|&(q, _)| q),
            paragraphs: 1,
        });
        self.stack.push((index, tok));
    }

    /// Closes the quote at stack position `i` with the mark at `at`; quotes
    /// opened inside it and still open end just before the mark.
    fn close(&mut self, i: usize, at: Span) {
        while self.stack.len() > i + 1 {
            step(1);
            let end = self.trim_back(at.start());
            self.unclosed(end, DiagnosticKind::UnclosedQuote);
        }
        if let Some((q, _)) = self.stack.pop() {
            let quote = &mut self.scan.quotes[q];
            quote.span = Span::new(quote.open.start(), at.end());
            quote.inner = Span::new(quote.open.end(), at.start());
            quote.close = Some(at);
        }
    }

    /// Pops the innermost open quote, ending it at `end`, and reports it.
    fn unclosed(&mut self, end: usize, kind: DiagnosticKind) {
        let Some((q, _)) = self.stack.pop() else {
            return;
        };
        let quote = &mut self.scan.quotes[q];
        let end = end.max(quote.open.end());
        quote.span = Span::new(quote.open.start(), end);
        quote.inner = Span::new(quote.open.end(), end);
        quote.close = None;
        let span = quote.span;
        let message = match kind {
            DiagnosticKind::LimitReached => {
                "quote continues beyond MAX_QUOTE_PARAGRAPHS (12) paragraphs; closed at this paragraph end"
            }
            _ => "quote opened and not closed; closed at its paragraph end",
        };
        self.diagnose(kind, span, message);
    }

    /// `end` moved back over white space.
    fn trim_back(&self, end: usize) -> usize {
        let before = self.text.get(..end).unwrap_or("");
        let mut end = end;
        for c in before.chars().rev() {
            step(1);
            if !is_blank(c) {
                break;
            }
            end -= c.len_utf8();
        }
        end
    }

    /// Closes what is still open at the end of `para`, unless the outermost
    /// quote continues into `next`.
    fn end_paragraph(&mut self, para: Span, next: Option<Span>) {
        self.continuation_mark = None;
        let Some(&(outer, opener)) = self.stack.first() else {
            return;
        };
        let reopens = next.is_some_and(|next| {
            self.reopens(next, opener) && !self.left_open(para, outer, next, opener)
        });
        let room = self.scan.quotes[outer].paragraphs < MAX_QUOTE_PARAGRAPHS;
        while self.stack.len() > 1 {
            step(1);
            self.unclosed(para.end(), DiagnosticKind::UnclosedQuote);
        }
        match next {
            Some(next) if reopens && room => {
                self.scan.quotes[outer].paragraphs += 1;
                self.continuation_mark = Some(next.start());
            }
            _ if reopens => self.unclosed(para.end(), DiagnosticKind::LimitReached),
            _ => self.unclosed(para.end(), DiagnosticKind::UnclosedQuote),
        }
    }

    /// True when the quote `outer`, opened inside `para` after other text
    /// (`… he said. “B¶`), is left open at the paragraph end rather than
    /// continued: `next` opens a new attributed quotation (`“C,” she said.`).
    /// The news convention continues a quote into a paragraph only as that
    /// paragraph's opening text; a first quote closed with a comma and
    /// followed by words is a new quote with its own speaker. A quote that
    /// opens its paragraph (or is already continued) keeps continuing: its
    /// speaker may be named only after the last part.
    fn left_open(&self, para: Span, outer: usize, next: Span, opener: Tok) -> bool {
        let quote = &self.scan.quotes[outer];
        quote.paragraphs == 1
            && quote.open.start() > para.start()
            && opener.style() == MarkStyle::Double
            && self.opens_attributed_quote(next, opener)
    }

    /// True when the quote that paragraph `next` opens in the style of
    /// `opener` is closed in `next` right after a comma and followed by a
    /// word (`“C,” she said`, `“C,” said Ann`). Looks at each byte of `next`
    /// at most once, and only for a paragraph that follows an unclosed quote.
    fn opens_attributed_quote(&self, next: Span, opener: Tok) -> bool {
        let bytes = self.text.as_bytes();
        let Some((_, first)) = self.text.get(next.range()).and_then(marks::mark) else {
            return false;
        };
        let mut at = next.start() + first;
        while at < next.end() {
            let Some(skip) = marks::next_candidate(&bytes[at..next.end()]) else {
                step((next.end() - at) as u64);
                return false;
            };
            step(skip as u64 + 1);
            at += skip;
            let Some((glyph, len)) = self.text.get(at..next.end()).and_then(marks::mark) else {
                at += 1;
                continue;
            };
            let mark = Span::new(at, at + len);
            at += len;
            if glyph == Glyph::Apostrophes {
                continue;
            }
            let tok = Tok::of_mark(glyph);
            if tok.style() != opener.style() {
                continue;
            }
            let ctx = self.context(next, mark, false);
            match self.role(tok, mark, ctx) {
                Role::Apostrophe | Role::CloseOrApostrophe => continue,
                Role::Open => return false,
                Role::Close | Role::Either | Role::CloseOnly => {
                    let before = self.text.get(next.start()..mark.start()).unwrap_or("");
                    let after = self.text.get(mark.end()..next.end()).unwrap_or("");
                    let mut after = after.chars();
                    return before.ends_with(',')
                        && after.next().is_some_and(is_blank)
                        && after.next().is_some_and(char::is_alphabetic);
                }
            }
        }
        false
    }

    /// True when paragraph `next` starts with a mark that opens a quote in
    /// the style of `opener`.
    fn reopens(&self, next: Span, opener: Tok) -> bool {
        let Some((glyph, len)) = self.text.get(next.range()).and_then(marks::mark) else {
            return false;
        };
        let tok = match glyph {
            Glyph::Apostrophes if len >= 2 => Tok::DoubleApostrophe,
            Glyph::Apostrophes => Tok::StraightSingle,
            g => Tok::of_mark(g),
        };
        let width = match tok {
            Tok::DoubleApostrophe => 2,
            Tok::StraightSingle => 1,
            _ => len,
        };
        let at = Span::new(next.start(), next.start() + width);
        let ctx = self.context(next, at, tok.is_guillemet());
        let opens = matches!(self.role(tok, at, ctx), Role::Open | Role::Either);
        let same = if opener.is_guillemet() {
            tok == opener
        } else {
            tok.style() == opener.style()
        };
        opens && same
    }

    fn diagnose(&mut self, kind: DiagnosticKind, span: Span, message: &str) {
        let n = self.scan.diagnostics.len();
        if n + 1 < MAX_DIAGNOSTICS {
            self.scan.diagnostics.push(Diagnostic {
                kind,
                span,
                message: message.to_owned(),
            });
        } else if n + 1 == MAX_DIAGNOSTICS {
            self.scan.diagnostics.push(Diagnostic {
                kind: DiagnosticKind::LimitReached,
                span,
                message: "more than MAX_DIAGNOSTICS (1000) quotation-mark problems; later ones are not reported".to_owned(),
            });
        }
    }
}

#[cfg(test)]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts work in tests (the linear-time check); free otherwise.
#[inline(always)]
fn step(n: u64) {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get() + n));
    #[cfg(not(test))]
    let _ = n;
}

#[cfg(test)]
mod tests {
    use super::*;
    use DiagnosticKind::{LimitReached, UnclosedQuote, UnmatchedClose};

    /// Scans `text`, checks the structural invariants, and returns the scan.
    fn scan(text: &str) -> QuoteScan {
        let scan = find_quotes(text);
        check_invariants(text, &scan);
        scan
    }

    fn check_invariants(text: &str, scan: &QuoteScan) {
        for (i, q) in scan.quotes.iter().enumerate() {
            for s in [q.span, q.inner, q.open].into_iter().chain(q.close) {
                assert!(s.is_valid_for(text), "{s:?} invalid in {text:?}");
            }
            assert_eq!(q.open.start(), q.span.start());
            assert_eq!(q.inner.start(), q.open.end());
            match q.close {
                Some(c) => {
                    assert_eq!(c.end(), q.span.end());
                    assert_eq!(q.inner.end(), c.start());
                }
                None => assert_eq!(q.inner.end(), q.span.end()),
            }
            assert!(usize::from(q.depth) < MAX_DEPTH);
            assert!((1..=MAX_QUOTE_PARAGRAPHS).contains(&q.paragraphs));
            match q.parent {
                None => assert_eq!(q.depth, 0),
                Some(p) => {
                    assert!(p < i, "parent after child");
                    let parent = &scan.quotes[p];
                    assert!(
                        parent.span.contains(q.span),
                        "parent does not enclose child"
                    );
                    assert_eq!(parent.depth + 1, q.depth);
                }
            }
            if i > 0 {
                let prev = &scan.quotes[i - 1];
                assert!(prev.span.start() <= q.span.start(), "not sorted");
            }
        }
        for d in &scan.diagnostics {
            assert!(d.span.is_valid_for(text));
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        scan(text)
            .quotes
            .iter()
            .map(|q| q.span.text(text))
            .collect()
    }

    fn diagnostics(text: &str) -> Vec<DiagnosticKind> {
        scan(text).diagnostics.iter().map(|d| d.kind).collect()
    }

    /// Runs a table of (input, expected quote spans).
    fn assert_table(table: &[(&str, &[&str])]) {
        for (input, want) in table {
            assert_eq!(texts(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn every_mark_style() {
        assert_table(&[
            ("He said \"yes\" today.", &["\"yes\""]),
            ("“Yes,” she said.", &["“Yes,”"]),
            ("‘Yes,’ she said.", &["‘Yes,’"]),
            ("'Yes,' she said.", &["'Yes,'"]),
            ("Er sagte: „Ja“, und ging.", &["„Ja“"]),
            ("Er sagte: „Ja”.", &["„Ja”"]),
            ("Er sagte: ‚ja‘.", &["‚ja‘"]),
            ("Er sagte: »Ja«, und ging.", &["»Ja«"]),
            ("Er sagte: ›ja‹.", &["›ja‹"]),
            ("Il a dit : «oui».", &["«oui»"]),
            ("Il a dit : « oui ».", &["« oui »"]),
            ("Il a dit : «\u{a0}oui\u{a0}».", &["«\u{a0}oui\u{a0}»"]),
            (
                "Il a dit : «\u{202f}oui\u{202f}».",
                &["«\u{202f}oui\u{202f}»"],
            ),
            ("Il a dit : ‹\u{a0}oui\u{a0}›.", &["‹\u{a0}oui\u{a0}›"]),
            ("彼は「はい」と言った。", &["「はい」"]),
            ("『本』を読んだ。", &["『本』"]),
            ("''We won,'' he said.", &["''We won,''"]),
            ("``We won,'' he said.", &["``We won,''"]),
            ("\"Mixed,” he said.", &["\"Mixed,”"]),
        ]);
    }

    #[test]
    fn style_comes_from_the_opening_mark() {
        use MarkStyle::*;
        let table: &[(&str, MarkStyle)] = &[
            ("\"a\"", Double),
            ("“a”", Double),
            ("„a“", Double),
            ("'a'", Single),
            ("‘a’", Single),
            ("‚a‘", Single),
            ("«a»", Guillemet),
            ("»a«", Guillemet),
            ("‹a›", SingleGuillemet),
            ("「a」", Corner),
            ("『a』", WhiteCorner),
            ("''a''", DoubleApostrophe),
            ("``a''", DoubleApostrophe),
        ];
        for &(input, style) in table {
            let s = scan(input);
            assert_eq!(s.quotes.len(), 1, "input {input:?}");
            assert_eq!(s.quotes[0].style, style, "input {input:?}");
            assert_eq!(s.quotes[0].inner.text(input), "a", "input {input:?}");
        }
    }

    #[test]
    fn mark_context() {
        assert_table(&[
            // Opening after brackets, dashes and `=`; closing before punctuation.
            ("(\"yes\")", &["\"yes\""]),
            ("a—\"yes\"—b", &["\"yes\""]),
            ("title=\"Boss\" id", &["\"Boss\""]),
            ("\"$5 million\" was paid", &["\"$5 million\""]),
            // A missing space after the period: closes if open, else opens.
            ("said.\"We won.\"", &["\"We won.\""]),
            ("\"Yes,\"she said.", &["\"Yes,\""]),
            // Straight quotes between letters: close the open one, else open.
            ("a\"b\"c", &["\"b\""]),
            // Touching marks: each sees the other's far side.
            (
                "‘AN ODD HEADLINE’“Quote,” he said.",
                &["‘AN ODD HEADLINE’", "“Quote,”"],
            ),
            // Separators and measures are not quotes.
            ("Home » News » World", &[]),
            ("He is 6’2” tall and 5'10\" wide, with a 12\" pizza.", &[]),
        ]);
    }

    #[test]
    fn apostrophes_never_open_or_close() {
        assert_table(&[
            ("I don’t know and won’t say.", &[]),
            ("I don't know and won't say.", &[]),
            ("The ’90s and the '80s.", &[]),
            ("They played rock ’n’ roll all night.", &[]),
            ("They played rock 'n' roll all night.", &[]),
            ("Jones’ dog met the Joneses' cat.", &[]),
            ("China’s and the People’s Daily.", &[]),
            ("Global News’ report was late.", &[]),
            ("Beijing‘s human rights record.", &[]),
            ("O’Malley and O'Neill met.", &[]),
            ("Get ’em, ’til dawn, 'cause why not.", &[]),
            ("Sophie in 't Veld said so.", &[]),
            ("The 1990's were loud.", &[]),
        ]);
    }

    #[test]
    fn apostrophes_inside_quotes() {
        assert_table(&[
            (
                "''It's Obama's fault,'' he said.",
                &["''It's Obama's fault,''"],
            ),
            ("‘It’s China’s call,’ he said.", &["‘It’s China’s call,’"]),
            ("“Don’t,” said O’Malley.", &["“Don’t,”"]),
            (
                "'I love rock 'n' roll,' she said.",
                &["'I love rock 'n' roll,'"],
            ),
            ("“We saw the ’90s,” he said.", &["“We saw the ’90s,”"]),
            // A closing single after a letter closes an open single quote.
            ("‘Ask the Jones’ she said.", &["‘Ask the Jones’"]),
            (
                "“Ask the Jones’ dog,” she said.",
                &["“Ask the Jones’ dog,”"],
            ),
        ]);
    }

    #[test]
    fn nested_quotes() {
        let text = "“He said ‘no’ to me,” she said.";
        let s = scan(text);
        let got: Vec<_> = s
            .quotes
            .iter()
            .map(|q| (q.span.text(text), q.depth, q.parent, q.style))
            .collect();
        assert_eq!(
            got,
            [
                ("“He said ‘no’ to me,”", 0, None, MarkStyle::Double),
                ("‘no’", 1, Some(0), MarkStyle::Single),
            ]
        );
        assert_table(&[
            (
                "'He said \"no\" to me,' she said.",
                &["'He said \"no\" to me,'", "\"no\""],
            ),
            (
                "\"He said 'no' to me,\" she said.",
                &["\"He said 'no' to me,\"", "'no'"],
            ),
            ("«Il a dit “non”.»", &["«Il a dit “non”.»", "“non”"]),
            (
                "''Americans say the 'wrong track.'.'' he said.",
                &["''Americans say the 'wrong track.'.''", "'wrong track.'"],
            ),
            (
                "''I said, 'no daylight,''' he recalled.",
                &["''I said, 'no daylight,'''", "'no daylight,'"],
            ),
        ]);
    }

    #[test]
    fn wire_style_oddities() {
        assert_table(&[
            // `.'.'` for the closing `''` before a parenthesis.
            (
                "(He said, ''a passing snapshot.'.')",
                &["''a passing snapshot.'.'"],
            ),
            // A doubled opening mark opens one quote.
            ("\"“You win,” he said.", &["\"“You win,”"]),
            // Invisible format characters before a paragraph's mark.
            ("\u{202a}”Thanks!!” wrote Pete.", &["”Thanks!!”"]),
            (
                "” … the train has left,” wrote Time.",
                &["” … the train has left,”"],
            ),
        ]);
    }

    #[test]
    fn multi_paragraph_quote_continues_when_reopened() {
        let text = "“First part.\n\n“Second part.\n“Third part,” he said.";
        let s = scan(text);
        assert_eq!(s.quotes.len(), 1);
        let q = &s.quotes[0];
        assert_eq!(q.span.text(text), text.trim_end_matches(" he said."));
        assert_eq!(q.paragraphs, 3);
        assert!(q.close.is_some());
        assert!(s.diagnostics.is_empty(), "{:?}", s.diagnostics);

        // Wire style and straight quotes continue the same way.
        let text = "''One.\n''Two.'' he said.";
        assert_eq!(texts(text), ["''One.\n''Two.''"]);
        let text = "\"One.\n\"Two.\" he said.";
        assert_eq!(texts(text), ["\"One.\n\"Two.\""]);
    }

    #[test]
    fn quote_left_open_before_a_new_attributed_quote() {
        // “A,” X said. “B¶“C,” X said. “D”: B ends with its paragraph.
        let text = "“We are ready,” Ann Reyes said. “The boats are waiting.\n\n\
                    “Nobody will stay behind,” Reyes said. “Not one family.”";
        assert_eq!(
            texts(text),
            [
                "“We are ready,”",
                "“The boats are waiting.",
                "“Nobody will stay behind,”",
                "“Not one family.”"
            ]
        );
        assert_eq!(diagnostics(text), [UnclosedQuote]);
        // Straight marks and `said NAME` the same way.
        let text = "He said: \"Rain is late.\n\"Crops will fail,\" said Bo.";
        assert_eq!(texts(text), ["\"Rain is late.", "\"Crops will fail,\""]);

        // Still continued: the next paragraph's quote runs on past its
        // paragraph, ends without a comma, or has no words after it; or the
        // open quote began its paragraph.
        assert_table(&[
            (
                "He said “one.\n“Two, three.\n“Four,” he said.",
                &["“one.\n“Two, three.\n“Four,”"],
            ),
            ("He said “one.\n“Two.” Then rain.", &["“one.\n“Two.”"]),
            ("He said “one.\n“Two,”", &["“one.\n“Two,”"]),
            ("“One.\n“Two,” he said.", &["“One.\n“Two,”"]),
        ]);
    }

    #[test]
    fn continued_quote_closes_its_inner_quotes_at_the_break() {
        let text = "“He said ‘wait.\n“More,” she said.";
        let s = scan(text);
        assert_eq!(texts(text), ["“He said ‘wait.\n“More,”", "‘wait."]);
        assert_eq!(s.quotes[0].paragraphs, 2);
        assert_eq!(s.quotes[1].close, None);
        assert_eq!(diagnostics(text), [UnclosedQuote]);
    }

    #[test]
    fn unclosed_quote_ends_at_its_paragraph() {
        let text = "He said “we will win.\nThen he left.";
        let s = scan(text);
        assert_eq!(texts(text), ["“we will win."]);
        assert_eq!(s.quotes[0].close, None);
        assert_eq!(diagnostics(text), [UnclosedQuote]);

        // Another style does not continue it, and the next quote is intact.
        assert_table(&[
            ("“First.\n‘Other,’ he said.", &["“First.", "‘Other,’"]),
            ("“Open\n\nNext “real” quote.", &["“Open", "“real”"]),
        ]);
        // Unclosed multi-paragraph quote ends at its last paragraph.
        let text = "“One.\n“Two.\nNarration.";
        assert_eq!(texts(text), ["“One.\n“Two."]);
        assert_eq!(diagnostics(text), [UnclosedQuote]);
    }

    #[test]
    fn inner_quote_left_open_ends_at_outer_close() {
        let text = "“He said ‘no way,” she said.";
        assert_eq!(texts(text), ["“He said ‘no way,”", "‘no way,"]);
        assert_eq!(diagnostics(text), [UnclosedQuote]);
    }

    #[test]
    fn stray_closer_is_reported_and_harmless() {
        let text = "This is wrong.” Then “fine.”";
        assert_eq!(texts(text), ["“fine.”"]);
        assert_eq!(diagnostics(text), [UnmatchedClose]);
        // One bad mark does not derail the next paragraph.
        let text = "A “bad one.\nB “good” one.";
        assert_eq!(texts(text), ["“bad one.", "“good”"]);
    }

    #[test]
    fn nesting_is_capped() {
        let n = MAX_DEPTH + 4;
        let text = format!("{}x{} done", "“a ‘b ".repeat(n), " c’ d”".repeat(n));
        let s = scan(&text);
        assert_eq!(s.quotes.len(), MAX_DEPTH);
        assert_eq!(diagnostics(&text), [LimitReached]);
        assert_eq!(s.quotes[0].span.text(&text), text.trim_end_matches(" done"));
        assert!(s.quotes.iter().all(|q| q.close.is_some()));
    }

    #[test]
    fn quote_length_in_paragraphs_is_capped() {
        let para = usize::from(MAX_QUOTE_PARAGRAPHS);
        let text = "“More.\n".repeat(para + 3);
        let s = scan(&text);
        assert_eq!(s.quotes.len(), 2);
        assert_eq!(s.quotes[0].paragraphs, MAX_QUOTE_PARAGRAPHS);
        assert_eq!(s.quotes[1].paragraphs, 3);
        assert_eq!(diagnostics(&text), [LimitReached, UnclosedQuote]);
    }

    #[test]
    fn diagnostics_are_capped() {
        let text = "x” ".repeat(3 * MAX_DIAGNOSTICS);
        let kinds = diagnostics(&text);
        assert_eq!(kinds.len(), MAX_DIAGNOSTICS);
        assert!(
            kinds[..MAX_DIAGNOSTICS - 1]
                .iter()
                .all(|&k| k == UnmatchedClose)
        );
        assert_eq!(kinds.last(), Some(&LimitReached));
    }

    #[test]
    fn never_panics_on_edge_inputs() {
        for text in [
            "",
            "\"",
            "'",
            "''",
            "'''",
            "``",
            "“",
            "”",
            "«",
            "»",
            "\n\"\n",
            "\u{feff}\"",
            "a'",
            "'a",
            "„",
            "‚",
            "’n",
            "n’",
            "'\u{a0}",
            "\r\"\r'",
            "6’2”",
            "''.'",
        ] {
            scan(text);
        }
    }

    fn steps(text: &str) -> u64 {
        STEPS.with(|s| s.set(0));
        let s = find_quotes(text);
        assert!(!s.quotes.is_empty() || !s.diagnostics.is_empty() || text.is_empty());
        STEPS.with(|s| s.get())
    }

    #[test]
    fn work_grows_linearly_on_pathological_inputs() {
        type Make = fn(usize) -> String;
        let cases: &[(&str, Make, usize)] = &[
            ("straight doubles", |n| "\"".repeat(n), 250_000),
            (
                "nested “‘ pairs",
                |n| format!("{}{}", "“‘".repeat(n), "’”".repeat(n)),
                25_000,
            ),
            ("unclosed “", |n| "“".repeat(n), 12_500),
            ("unclosed “ paragraphs", |n| "“x\n".repeat(n), 12_500),
            ("apostrophe run", |n| "'".repeat(n), 250_000),
            ("spaced marks", |n| "“ ' ” \" ".repeat(n), 25_000),
        ];
        for &(name, make, n) in cases {
            let small = steps(&make(n));
            let large = steps(&make(4 * n));
            assert!(small > 0, "{name}: no work counted");
            assert!(
                large < 5 * small,
                "{name}: {small} steps for n, {large} for 4n"
            );
        }
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn quote_dense() -> impl Strategy<Value = String> {
            let pieces = prop::sample::select(vec![
                "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", "''", "``", "「", "」",
                "\n", "\r\n", " ", "\u{a0}", "said", "Mr.", "Price", "n", "s", "90", ".", ",",
            ]);
            prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
        }

        proptest! {
            #[test]
            fn any_string_keeps_the_invariants(text in any::<String>()) {
                scan(&text);
            }

            #[test]
            fn quote_dense_strings_keep_the_invariants(text in quote_dense()) {
                scan(&text);
            }

            #[test]
            fn prepending_a_paragraph_shifts_every_span(text in quote_dense()) {
                let head = "Plain words.\n";
                let base = find_quotes(&text);
                let shifted = find_quotes(&format!("{head}{text}"));
                let by = head.len();
                let moved: Vec<Quoted> = base
                    .quotes
                    .iter()
                    .map(|q| Quoted {
                        span: q.span.shift(by),
                        inner: q.inner.shift(by),
                        open: q.open.shift(by),
                        close: q.close.map(|c| c.shift(by)),
                        ..q.clone()
                    })
                    .collect();
                prop_assert_eq!(moved, shifted.quotes);
                let spans = |d: &[Diagnostic]| d.iter().map(|d| (d.kind, d.span)).collect::<Vec<_>>();
                let base_diags: Vec<_> = spans(&base.diagnostics).into_iter().map(|(k, s)| (k, s.shift(by))).collect();
                prop_assert_eq!(base_diags, spans(&shifted.diagnostics));
            }
        }
    }
}
