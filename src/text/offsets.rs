//! Offset units. The core counts UTF-8 bytes; JavaScript strings count UTF-16 code units
//! and Python strings count code points. `OffsetMap` converts byte offsets of one text to
//! another unit, so that `text.slice(start, end)` in JS gives the same characters as
//! `&text[start..end]` in Rust.

use serde::{Deserialize, Serialize};
use std::cell::Cell;

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
        self.units(s.as_bytes())
    }

    /// The length in this unit of the chars that begin in `bytes` (UTF-8, possibly cut).
    fn units(self, bytes: &[u8]) -> u32 {
        // A char begins at every byte that is not a continuation (0x80..=0xBF); one that
        // begins with 0xF0 or more is outside the BMP, two UTF-16 units.
        let starts = |b: u8| u32::from((b as i8) >= -0x40);
        match self {
            OffsetUnit::Utf8 => bytes.len() as u32,
            OffsetUnit::Char => bytes.iter().map(|&b| starts(b)).sum(),
            OffsetUnit::Utf16 => bytes.iter().map(|&b| starts(b) + u32::from(b >= 0xF0)).sum(),
        }
    }
}

/// Converts byte offsets of one text to another unit, in any order; offsets asked in text
/// order cost only the bytes between them.
pub struct OffsetMap {
    /// For every 64-byte block, the offset of the first char that begins in it or later.
    blocks: Vec<u32>,
    identity: bool,
    unit: OffsetUnit,
    /// The last offset mapped, as (byte, offset).
    last: Cell<(usize, u32)>,
}

const BLOCK: usize = 64;

impl OffsetMap {
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        let last = Cell::new((0, 0));
        if unit == OffsetUnit::Utf8 || text.is_ascii() {
            return OffsetMap { blocks: Vec::new(), identity: true, unit, last };
        }
        let mut blocks = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut units = 0u32;
        for block in text.as_bytes().chunks(BLOCK) {
            blocks.push(units);
            units += unit.units(block);
        }
        blocks.push(units);
        OffsetMap { blocks, identity: false, unit, last }
    }

    /// The offset of byte offset `byte` (a char boundary of the text).
    pub fn map(&self, text: &str, byte: usize) -> u32 {
        if self.identity {
            return byte as u32;
        }
        let (last_byte, last_units) = self.last.get();
        // From the last offset when it is before and near, else from the block's start (a
        // char that began in the block before adds nothing: its bytes there are continuations).
        let (from, base) = if last_byte <= byte && byte - last_byte < BLOCK { (last_byte, last_units) } else { (byte / BLOCK * BLOCK, self.blocks.get(byte / BLOCK).copied().unwrap_or(0)) };
        let units = base + self.unit.units(text.as_bytes().get(from..byte).unwrap_or_default());
        self.last.set((byte, units));
        units
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
        // Out of order, near and far.
        for (i, _) in text.char_indices().rev().step_by(3) {
            assert_eq!(utf16.map(&text, i), text[..i].encode_utf16().count() as u32, "utf16 at byte {i}, backwards");
            assert_eq!(chars.map(&text, i), text[..i].chars().count() as u32, "char at byte {i}, backwards");
        }
    }
}
