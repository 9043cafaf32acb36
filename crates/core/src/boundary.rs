//! Words and clause/sentence limits, found around a position without a
//! sentence splitter: paragraph ends, terminal punctuation and an
//! abbreviation guard (`Mr.`, `U.S.`, `Jan.`, initials).

use crate::Span;
use crate::lexicon;

/// True for chars that may sit inside a word: letters, digits, and the
/// joiners of `U.S.`, `O'Malley`, `Lopez-Cantera`, `AT&T`.
fn is_word_char(c: char) -> bool {
    // General Punctuation (curly quotes, dashes, spaces, ellipsis) holds no
    // letter or digit: answered without the Unicode tables (tested below).
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '-' | '&' | '‑')
}

/// The word that starts at or after `from` and ends at or before `limit`.
/// A word is a run of letters and digits, with single joiners inside it
/// (`U.S`, `O’Malley`); a trailing period is kept only for abbreviations
/// and initials (`Mr.`, `U.S.`, `J.`).
pub(crate) fn next_word(text: &str, from: usize, limit: usize) -> Option<Span> {
    let limit = limit.min(text.len());
    let region = text.get(from..limit)?;
    let (start, end) = scan_word(region, 0)?;
    Some(Span::new(from + start, from + end))
}

/// Byte classes for [`scan_word`]: one table load per byte of ASCII text.
const OTHER: u8 = 0;
const ALNUM: u8 = 1;
/// `.`, `'`, `-`, `&`: inside a word when a word char follows.
const JOINER: u8 = 2;
/// A byte of a multi-byte char: decoded and asked about.
const WIDE: u8 = 3;

static BYTE_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if b >= 0x80 {
            WIDE
        } else if b.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(b, b'.' | b'\'' | b'-' | b'&') {
            JOINER
        } else {
            OTHER
        };
        i += 1;
    }
    table
};

/// The first word of `region` at or after byte `i`, as byte offsets into
/// `region` (see [`next_word`] for what a word is). Reads nothing before
/// `i`, so scanning a region word after word finds what [`next_word`]
/// finds called at each word's end.
#[inline(always)] // into the word loops: a call per word cost 2 % of all instructions
fn scan_word(region: &str, mut i: usize) -> Option<(usize, usize)> {
    let bytes = region.as_bytes();
    // Skip to the first word char: ASCII bytes one by one, others by char.
    let start = loop {
        let b = *bytes.get(i)?;
        match BYTE_CLASS[usize::from(b)] {
            ALNUM => break i,
            WIDE => {
                let c = char_at(region, i)?;
                if is_word_char(c) {
                    break i;
                }
                i += c.len_utf8();
            }
            _ => i += 1,
        }
    };
    let mut end = start;
    loop {
        // Eight ASCII letters and digits at a time: most words are made of them.
        if let Some(chunk) = bytes.get(end..end + 8) {
            let run = ascii_alnum_run(chunk);
            end += run;
            if run == 8 {
                continue;
            }
        }
        let Some(&b) = bytes.get(end) else { break };
        let width = match BYTE_CLASS[usize::from(b)] {
            ALNUM => {
                end += 1;
                continue;
            }
            JOINER => 1,
            WIDE => {
                let Some(c) = char_at(region, end) else { break };
                if is_word_char(c) {
                    end += c.len_utf8();
                    continue;
                }
                if !is_joiner(c) {
                    break;
                }
                c.len_utf8()
            }
            _ => break,
        };
        // A joiner stays inside the word only when a word char follows it.
        if word_char_width(region, end + width).is_some() {
            end += width;
        } else {
            break;
        }
    }
    // Keep the period of an abbreviation or initial.
    if bytes.get(end) == Some(&b'.') {
        let w = &region[start..end];
        if w.contains('.') || is_initial(w) || lexicon::is_abbreviation(w) {
            end += 1;
        }
    }
    Some((start, end))
}

/// How many of the (up to eight) bytes of `chunk`, from the first, are
/// ASCII letters or digits: one word-sized test for the eight (SWAR: per
/// byte lane, `x | 0x80` minus a bound sets the lane's high bit when
/// `x >= bound`, and no lane borrows from its neighbour).
fn ascii_alnum_run(chunk: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut b = [0xffu8; 8];
    b[..chunk.len().min(8)].copy_from_slice(&chunk[..chunk.len().min(8)]);
    let x = u64::from_le_bytes(b);
    let at_least = |v: u64, bound: u8| (v | HIGH).wrapping_sub(ONES * u64::from(bound)) & HIGH;
    let within = |v: u64, lo: u8, hi: u8| at_least(v, lo) & !at_least(v, hi + 1);
    let folded = x | (ONES * 0x20); // 'A'..='Z' -> 'a'..='z'
    let alnum = (within(x, b'0', b'9') | within(folded, b'a', b'z')) & !x & HIGH;
    ((!alnum & HIGH).trailing_zeros() / 8) as usize
}

/// The char that starts at byte `i` of `s`, if `i` is a char boundary.
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// The width of the char at byte `i` of `s` when it is a word char.
fn word_char_width(s: &str, i: usize) -> Option<usize> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return b.is_ascii_alphanumeric().then_some(1);
    }
    let c = char_at(s, i)?;
    is_word_char(c).then(|| c.len_utf8())
}

/// The word that starts right at `at`, after whitespace only; `None` when
/// anything else comes first. Reads no further than that word (so looking
/// for "the next word" never scans a long run of marks).
pub(crate) fn word_after(text: &str, at: usize, limit: usize) -> Option<Span> {
    let at = floor_boundary(text, at);
    let limit = floor_boundary(text, limit);
    let rest = text.get(at..limit)?;
    let start = at + (rest.len() - rest.trim_start().len());
    let c = text.get(start..limit)?.chars().next()?;
    if !is_word_char(c) {
        return None;
    }
    next_word(text, start, limit)
}

/// A single capital letter (`J` of `J. Smith`).
fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

/// The last character inside the closing marks of the quotation `q`: `,` in
/// `“Q,”`, in `“coalitions, ''”` and in `"… 'above the law,' "` (closing
/// marks of nested quotations and spaces between marks are skipped). Never
/// a character before the quotation: an empty `“”` has none.
pub(crate) fn inner_last_char(text: &str, q: Span) -> Option<char> {
    let from = floor_boundary(text, q.end().saturating_sub(16)).max(q.start());
    text.get(from..q.end())?
        .trim_end_matches(|c: char| is_quote_mark(c) || c.is_whitespace())
        .chars()
        .last()
}

/// The greatest char boundary at or below `at` (clamped to the text).
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The first `n` words in `span` (stops reading after them).
pub(crate) fn words_upto(text: &str, span: Span, n: usize) -> Vec<Span> {
    // Callers ask for a handful of words.
    let mut out = Vec::with_capacity(n.min(16));
    let Some(region) = text.get(span.start()..span.end().min(text.len())) else {
        return out;
    };
    let mut at = 0;
    while out.len() < n
        && let Some((s, e)) = scan_word(region, at)
    {
        out.push(Span::new(span.start() + s, span.start() + e));
        at = e;
    }
    out
}

/// All words in `span`, in order.
pub(crate) fn words(text: &str, span: Span) -> Vec<Span> {
    let Some(region) = text.get(span.start()..span.end().min(text.len())) else {
        return Vec::new();
    };
    // A word every six bytes or so in news text; reserve for one every four
    // (short words, numbers): one allocation, rarely a regrowth.
    let mut out = Vec::with_capacity(region.len() / 4 + 1);
    let mut at = 0;
    while let Some((s, e)) = scan_word(region, at) {
        out.push(Span::new(span.start() + s, span.start() + e));
        at = e;
    }
    out
}

/// The words of `span` one at a time: [`words`] without collecting them,
/// for readers that usually stop after the first few.
pub(crate) fn word_iter(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let region = text
        .get(span.start()..span.end().min(text.len()))
        .unwrap_or("");
    let mut at = 0;
    std::iter::from_fn(move || {
        let (s, e) = scan_word(region, at)?;
        at = e;
        Some(Span::new(span.start() + s, span.start() + e))
    })
}

/// The last `n` words of `span`: the end of what [`words`] gives, without
/// reading the whole span when a few bytes before its end hold them.
///
/// No word contains whitespace, so the words that start after an ASCII
/// whitespace byte are the same whether reading starts at that byte or
/// anywhere before it: when reading from a whitespace byte near the end
/// finds `n` words, they are the last `n` of the span.
pub(crate) fn last_words(text: &str, span: Span, n: usize) -> Vec<Span> {
    /// Bytes stepped back before each try.
    const STEP: usize = 16;
    let bytes = text.as_bytes();
    let end = span.end().min(text.len());
    // A span `words` cannot read (not on char boundaries) has no words.
    if text.get(span.start()..end).is_none() {
        return Vec::new();
    }
    let mut probe = end;
    while probe > span.start() + STEP {
        probe -= STEP;
        let Some(back) = bytes
            .get(span.start()..probe)
            .and_then(|b| b.iter().rposition(u8::is_ascii_whitespace))
        else {
            break;
        };
        let from = span.start() + back;
        let found = words(text, Span::new(from, span.end()));
        if found.len() >= n {
            return found[found.len() - n..].to_vec();
        }
        probe = from;
    }
    let all = words(text, span);
    all[all.len().saturating_sub(n)..].to_vec()
}

/// True when the period at byte `dot` ends a sentence.
fn period_ends_sentence(text: &str, dot: usize, para_end: usize) -> bool {
    // The word before the period.
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '.')
        .last()
        .map_or(dot, |(i, _)| i);
    let word = &text[word_start..dot];
    let next = next_visible(text, dot + 1, para_end);
    let Some(next) = next else { return true };
    if next.is_lowercase() || next.is_ascii_digit() || matches!(next, ',' | ';' | ')') {
        return false;
    }
    if is_initial(word) {
        return false;
    }
    if lexicon::is_honorific(word) || lexicon::is_honorific(&text[word_start..dot + 1]) {
        return false;
    }
    if lexicon::is_abbreviation(word) || word.contains('.') {
        // "in the U.S. The …": a capitalised function word starts a sentence.
        let rest = &text[dot + 1..para_end];
        let next_word = rest.split_whitespace().next().unwrap_or("");
        return STARTERS.contains(&next_word);
    }
    true
}

/// Capitalised words that start a sentence after an abbreviation.
const STARTERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That",
    "There", "His", "Her", "Their", "Its", "On", "At", "As", "If", "When", "After", "Asked",
];

fn next_visible(text: &str, from: usize, limit: usize) -> Option<char> {
    text.get(from..limit)?.chars().find(|c| !c.is_whitespace())
}

/// End of the sentence that contains `from`: the byte after its terminal
/// punctuation (`.`, `?`, `!`, with closing quote marks after it), or the
/// paragraph end. Spans in `skip` (quotations, sorted by start) are jumped
/// over whole.
pub(crate) fn sentence_end(text: &str, from: usize, para_end: usize, skip: &[Span]) -> usize {
    let para_end = floor_boundary(text, para_end);
    let from = floor_boundary(text, from);
    let mut i = from;
    let bytes = text.as_bytes();
    // The first quotation that starts at or after `i`.
    let mut k = skip.partition_point(|q| q.start() < i);
    while i < para_end {
        while k < skip.len() && skip[k].start() < i {
            k += 1;
        }
        if skip.get(k).is_some_and(|q| q.start() == i) {
            let found = skip
                .binary_search_by_key(&i, |q| q.start())
                .ok()
                .map(|k| skip[k])
                .filter(|q| q.end() <= para_end && q.end() > i);
            if let Some(q) = found {
                // A quotation ending in terminal punctuation ends the sentence
                // when what follows starts a new one.
                let last = inner_last_char(text, q);
                i = q.end();
                if matches!(last, Some('.' | '?' | '!')) {
                    let next = next_visible(text, i, para_end);
                    if next.is_none_or(|c| c.is_uppercase() || is_quote_mark(c)) {
                        return i;
                    }
                }
                continue;
            }
            // Not one to jump: read on from here, past every quotation starting here.
            while skip.get(k).is_some_and(|q| q.start() == i) {
                k += 1;
            }
        }
        // Jump to the next terminal punctuation before the next quotation
        // (no other byte can end the sentence).
        let stop = skip.get(k).map_or(para_end, |q| q.start().min(para_end));
        let Some(at) = memchr::memchr3(b'.', b'?', b'!', &bytes[i..stop]) else {
            i = stop;
            continue;
        };
        i += at;
        let b = bytes[i];
        let ends = if b == b'.' {
            period_ends_sentence(text, i, para_end)
        } else {
            next_visible(text, i + 1, para_end).is_none_or(|c| c.is_uppercase() || is_quote_mark(c))
        };
        if ends {
            let mut end = i + 1;
            // Closing marks right after the terminal punctuation.
            while let Some(c) = text[end..para_end].chars().next() {
                if is_quote_mark(c) || c == ')' {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            return end;
        }
        i += 1;
    }
    para_end
}

/// Every quotation mark saywho knows, of any style.
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '`'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_texts(text: &str) -> Vec<&str> {
        words(text, Span::new(0, text.len()))
            .into_iter()
            .map(|w| w.text(text))
            .collect()
    }

    #[test]
    fn inner_last_char_reads_only_inside_the_quotation() {
        let last = |text: &str, mark: &str| {
            let start = text.rfind(mark).unwrap();
            let end = start + mark.len() + text[start + mark.len()..].find(['”', '"']).unwrap();
            let close = text[end..].chars().next().unwrap().len_utf8();
            inner_last_char(text, Span::new(start, end + close))
        };
        assert_eq!(last("He left. “Go,” she said", "“Go"), Some(','));
        assert_eq!(
            last("He left. \"Not 'above the law,' \" she said", "\"Not"),
            Some(',')
        );
        // Empty: nothing inside, not the period before it.
        assert_eq!(last("He left. “” she said", "“"), None);
    }

    #[test]
    fn words_keep_abbreviations_and_joiners() {
        assert_eq!(
            word_texts("Mr. O’Malley of the U.S. said, J. Smith’s."),
            [
                "Mr.",
                "O’Malley",
                "of",
                "the",
                "U.S.",
                "said",
                "J.",
                "Smith’s"
            ]
        );
    }

    /// `words` as it was first written: `next_word` from each word's end.
    fn words_one_by_one(text: &str, span: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let mut at = span.start();
        while let Some(w) = next_word(text, at, span.end()) {
            out.push(w);
            at = w.end();
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn words_scan_as_next_word_steps(
            text in "([a-zA-Z0-9 .'’&‑-]|é|“|”|—|\u{a0}|Mr|U\\.S|J\\.){0,40}",
            a in 0usize..60,
            b in 0usize..60,
        ) {
            let span = Span::new(a.min(b), a.max(b));
            let all = words(&text, span);
            proptest::prop_assert_eq!(&all, &words_one_by_one(&text, span));
            for n in 0..4 {
                let first: Vec<Span> = all.iter().copied().take(n).collect();
                proptest::prop_assert_eq!(words_upto(&text, span, n), first);
            }
        }
    }

    /// `sentence_end` as it was first written: every char boundary in turn.
    fn sentence_end_byte_by_byte(text: &str, from: usize, para_end: usize, skip: &[Span]) -> usize {
        let para_end = floor_boundary(text, para_end);
        let from = floor_boundary(text, from);
        let mut i = from;
        let bytes = text.as_bytes();
        while i < para_end {
            let found = skip
                .binary_search_by_key(&i, |q| q.start())
                .ok()
                .map(|k| skip[k])
                .filter(|q| q.end() <= para_end && q.end() > i);
            if let Some(q) = found {
                // A quotation ending in terminal punctuation ends the sentence
                // when what follows starts a new one.
                let last = inner_last_char(text, q);
                i = q.end();
                if matches!(last, Some('.' | '?' | '!')) {
                    let next = next_visible(text, i, para_end);
                    if next.is_none_or(|c| c.is_uppercase() || is_quote_mark(c)) {
                        return i;
                    }
                }
                continue;
            }
            let b = bytes[i];
            if b == b'.' || b == b'?' || b == b'!' {
                let ends = if b == b'.' {
                    period_ends_sentence(text, i, para_end)
                } else {
                    next_visible(text, i + 1, para_end)
                        .is_none_or(|c| c.is_uppercase() || is_quote_mark(c))
                };
                if ends {
                    let mut end = i + 1;
                    // Closing marks right after the terminal punctuation.
                    while let Some(c) = text[end..para_end].chars().next() {
                        if is_quote_mark(c) || c == ')' {
                            end += c.len_utf8();
                        } else {
                            break;
                        }
                    }
                    return end;
                }
            }
            i += 1;
            while i < para_end && !text.is_char_boundary(i) {
                i += 1;
            }
        }
        para_end
    }

    proptest::proptest! {
        #[test]
        fn sentence_end_jumps_as_it_steps(
            text in "([a-z .?!,]|Mr\\.|U\\.S\\.|The|He|“|”|\"|é|\\)|\n){0,50}",
            from in 0usize..80,
            end in 0usize..80,
            quotes in proptest::collection::vec((0usize..80, 1usize..20), 0..4),
        ) {
            // Quotations as the attribution stage passes them: on char
            // boundaries, sorted by start.
            let mut skip: Vec<Span> = quotes
                .iter()
                .map(|&(s, n)| (floor_boundary(&text, s), floor_boundary(&text, s + n)))
                .filter(|&(s, e)| s < e)
                .map(|(s, e)| Span::new(s, e))
                .collect();
            skip.sort_by_key(|q| (q.start(), q.end()));
            proptest::prop_assert_eq!(
                sentence_end(&text, from, end, &skip),
                sentence_end_byte_by_byte(&text, from, end, &skip)
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn alnum_runs_count_as_byte_by_byte(chunk in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..=8)) {
            let expected = chunk.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(ascii_alnum_run(&chunk), expected);
        }
    }

    #[test]
    fn alnum_runs_at_every_boundary_byte() {
        for b in 0..=255u8 {
            let chunk = [b'a', b'Z', b'0', b, b'9', b'z', b'A', b'5'];
            let expected = if b.is_ascii_alphanumeric() { 8 } else { 3 };
            assert_eq!(ascii_alnum_run(&chunk), expected, "byte {b:#x}");
        }
    }

    proptest::proptest! {
        #[test]
        fn last_words_are_the_end_of_words(
            text in "([a-zA-Z0-9 .'’&-]|é|“|”|\n|\t|Mr\\.|Lena Ortiz ){0,60}",
            a in 0usize..120,
            b in 0usize..120,
            n in 0usize..4,
        ) {
            let span = Span::new(a.min(b), a.max(b));
            let all = words(&text, span);
            let tail = &all[all.len().saturating_sub(n)..];
            proptest::prop_assert_eq!(last_words(&text, span, n), tail);
        }
    }

    #[test]
    fn last_words_of_a_span_off_char_boundaries() {
        // Found by the proptest: byte 8 is inside a curly quote, so `words`
        // reads nothing, and neither may `last_words`.
        let text = "“\n-é“\nMr.“““&\n\n““Mr.éaLena Ortiz Lena Ortiz A";
        let span = Span::new(8, 59);
        assert!(words(text, span).is_empty());
        assert!(last_words(text, span, 1).is_empty());
        let whole = Span::new(0, text.len());
        let last: Vec<&str> = last_words(text, whole, 2)
            .iter()
            .map(|w| w.text(text))
            .collect();
        assert_eq!(last, ["Ortiz", "A"]);
    }

    #[test]
    fn general_punctuation_has_no_word_chars() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?} is alphanumeric");
        }
    }

    #[test]
    fn sentences_survive_abbreviations() {
        let t = "Mr. Smith went to the U.S. embassy. He left. The U.S. The end.";
        let e1 = sentence_end(t, 0, t.len(), &[]);
        assert_eq!(&t[..e1], "Mr. Smith went to the U.S. embassy.");
        let e2 = sentence_end(t, e1, t.len(), &[]);
        assert_eq!(t[e1..e2].trim(), "He left.");
        let e3 = sentence_end(t, e2, t.len(), &[]);
        assert_eq!(t[e2..e3].trim(), "The U.S.");
    }

    #[test]
    fn quoted_punctuation_is_jumped() {
        let t = "“Why? Now.” he asked. Next.";
        let q = Span::new(0, "“Why? Now.”".len());
        let e = sentence_end(t, 0, t.len(), &[q]);
        assert_eq!(&t[..e], "“Why? Now.” he asked.");
    }
}
