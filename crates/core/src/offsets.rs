//! Byte → Unicode code point offsets, computed once per document at output time.

/// Maps byte offsets of one text to code-point (char) offsets.
///
/// Built in one pass; each lookup is a binary search over the positions of
/// non-ASCII chars, so mostly-ASCII news text costs almost nothing.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// Byte offset of every char that is more than one byte long, with the
    /// number of extra bytes seen up to and including it.
    wide: Vec<(usize, usize)>,
    len: usize,
}

impl CharIndex {
    /// Index `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut wide = Vec::new();
        let mut extra = 0;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Eight ASCII bytes at a time: news text is mostly ASCII.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let mut b = [0u8; 8];
                b.copy_from_slice(chunk);
                if u64::from_le_bytes(b) & 0x8080_8080_8080_8080 == 0 {
                    i += 8;
                    continue;
                }
            }
            // The lead byte of a UTF-8 char says its width: 110xxxxx two
            // bytes, 1110xxxx three, 11110xxx four (`text` is valid UTF-8).
            let b = bytes[i];
            if b >= 0xc0 {
                extra += if b < 0xe0 {
                    1
                } else if b < 0xf0 {
                    2
                } else {
                    3
                };
                wide.push((i, extra));
            }
            i += 1;
        }
        CharIndex {
            wide,
            len: text.len(),
        }
    }

    /// The char offset of byte offset `byte` (clamped to the text length).
    /// A byte inside a multi-byte char maps to the char after it.
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        // Extra bytes of all wide chars that start strictly before `byte`.
        let k = self.wide.partition_point(|&(b, _)| b < byte);
        if k == 0 {
            return byte;
        }
        let (b, extra) = self.wide[k - 1];
        let extra_before = if k >= 2 { self.wide[k - 2].1 } else { 0 };
        let width = extra - extra_before + 1;
        if byte < b + width {
            // Inside the wide char at `b`: the char after it.
            b - extra_before + 1
        } else {
            byte - extra
        }
    }

    /// Char offsets `[start, end]` of a byte span.
    pub fn span(&self, span: crate::Span) -> [usize; 2] {
        [self.char_of(span.start()), self.char_of(span.end())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_chars() {
        let text = "a“b’c€d𝄞e";
        let idx = CharIndex::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_of(bi), ci, "byte {bi}");
        }
        assert_eq!(idx.char_of(text.len()), text.chars().count());
        // Inside “ (bytes 1..4): the char after it.
        assert_eq!(idx.char_of(2), 2);
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_chars_on_any_text(text in proptest::prelude::any::<String>()) {
            let idx = CharIndex::new(&text);
            for (ci, (bi, _)) in text.char_indices().enumerate() {
                proptest::prop_assert_eq!(idx.char_of(bi), ci);
            }
            proptest::prop_assert_eq!(idx.char_of(text.len()), text.chars().count());
        }
    }

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("hello");
        assert_eq!(idx.char_of(3), 3);
        assert_eq!(idx.char_of(99), 5);
    }
}
