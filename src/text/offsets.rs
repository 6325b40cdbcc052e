//! Offset units. The core counts UTF-8 bytes; JavaScript strings count UTF-16 code units
//! and Python strings count code points. `OffsetMap` converts byte offsets of one text to
//! another unit, so that `text.slice(start, end)` in JS gives the same characters as
//! `&text[start..end]` in Rust.

use serde::{Deserialize, Serialize};

/// The unit of the offsets in an analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-8 bytes, as Rust's `str` slices.
    Utf8,
    /// UTF-16 code units, as JavaScript's `String.prototype.slice`.
    #[default]
    Utf16,
    /// Unicode code points, as Python's `str` slices.
    Char,
}

impl OffsetUnit {
    /// The length of `s` in this unit.
    pub fn len(self, s: &str) -> u32 {
        match self {
            OffsetUnit::Utf8 => s.len() as u32,
            _ => s.chars().map(|c| self.width(c)).sum(),
        }
    }

    fn width(self, c: char) -> u32 {
        match self {
            OffsetUnit::Utf8 => c.len_utf8() as u32,
            OffsetUnit::Utf16 => c.len_utf16() as u32,
            OffsetUnit::Char => 1,
        }
    }
}

/// Converts byte offsets of one text to another unit, in any order.
pub struct OffsetMap {
    /// For every 64-byte block, the offset of its first char boundary at or after it.
    blocks: Vec<u32>,
    identity: bool,
    unit: OffsetUnit,
}

const BLOCK: usize = 64;

impl OffsetMap {
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        if unit == OffsetUnit::Utf8 || text.is_ascii() {
            return OffsetMap { blocks: Vec::new(), identity: true, unit };
        }
        let mut blocks = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut units = 0u32;
        let mut next_block = 0usize;
        for (i, c) in text.char_indices() {
            while next_block <= i {
                // Block start falls inside or at this char: record units before the char.
                blocks.push(units);
                next_block += BLOCK;
            }
            units += unit.width(c);
        }
        while next_block <= text.len() {
            blocks.push(units);
            next_block += BLOCK;
        }
        OffsetMap { blocks, identity: false, unit }
    }

    /// The offset of byte offset `byte` (a char boundary of the text).
    pub fn map(&self, text: &str, byte: usize) -> u32 {
        if self.identity {
            return byte as u32;
        }
        let block = byte / BLOCK;
        let mut start = block * BLOCK;
        while start < text.len() && !text.is_char_boundary(start) {
            start += 1;
        }
        let base = self.blocks.get(block).copied().unwrap_or(0);
        if start >= byte {
            return base;
        }
        base + text[start..byte].chars().map(|c| self.unit.width(c)).sum::<u32>()
    }
}

/// The largest char boundary of `text` at or below `i`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_match_each_unit() {
        let text = "Perché 🇮🇹 città — l’Ucraina 👩‍👩‍👧 €50 ".repeat(9);
        let utf16 = OffsetMap::new(&text, OffsetUnit::Utf16);
        let chars = OffsetMap::new(&text, OffsetUnit::Char);
        let bytes = OffsetMap::new(&text, OffsetUnit::Utf8);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(utf16.map(&text, i), text[..i].encode_utf16().count() as u32, "utf16 at byte {i}");
            assert_eq!(chars.map(&text, i), text[..i].chars().count() as u32, "char at byte {i}");
            assert_eq!(bytes.map(&text, i), i as u32);
        }
    }
}
