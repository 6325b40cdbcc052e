//! Looking tokens up in the word lists: a word lowercased on the stack ([`Low`]), list
//! membership by language, and a cheap filter on the words that may begin a value.

use super::words::*;
use crate::text::lang::Lang;

/// Longest word (in bytes) looked up in the word lists.
const LOW_CAP: usize = 24;

pub(super) fn has(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

pub(super) fn find<T: Copy>(list: &[(&str, T)], w: &str) -> Option<T> {
    list.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// Membership in the Italian or English list by language; `Other` looks in both.
pub(super) fn in_lang(lang: Lang, it: &[&str], en: &[&str], w: &str) -> bool {
    match lang {
        Lang::It => has(it, w),
        Lang::En => has(en, w),
        Lang::Other => has(it, w) || has(en, w),
    }
}

/// A filter on the words that may begin a value (weekdays, months, period parts, written
/// numbers, currency codes, `US`, `anni`, `mid-…`): for each byte length below 16, a bit set of
/// their first, second and last bytes (lowercased, five low bits). A word whose bytes miss
/// any of the three sets begins nothing, and is not lowercased or looked up.
const STARTS: [[u32; 16]; 3] = {
    let mut t = [[0u32; 16]; 3];
    t = mark_all(t, WEEKDAYS);
    t = mark_all(t, WEEKDAY_ABBR_EN);
    t = mark_all(t, PERIOD_PARTS_IT);
    t = mark_all(t, PERIOD_PARTS_EN);
    t = mark_all(t, CURRENCY_CODES);
    t = mark_all(t, &["us", "anni"]);
    t = mark_pairs(t, MONTHS);
    t = mark_pairs(t, MONTH_ABBR_IT);
    t = mark_pairs(t, MONTH_ABBR_EN);
    t = mark_pairs(t, WRITTEN_IT);
    t = mark_pairs(t, WRITTEN_EN);
    let mut len = 7; // mid-may … mid-september, mid-2024: any last byte
    while len <= 13 {
        t[0][len] |= bit(b'm');
        t[1][len] |= bit(b'i');
        t[2][len] = u32::MAX;
        len += 1;
    }
    t
};

/// The filter bit of a byte.
const fn bit(b: u8) -> u32 {
    1 << (b.to_ascii_lowercase() & 31)
}

/// The first, second and last bytes of a word (the first twice for one byte).
const fn probes(b: &[u8]) -> [u8; 3] {
    match b.len() {
        0 => [0; 3],
        1 => [b[0]; 3],
        n => [b[0], b[1], b[n - 1]],
    }
}

const fn mark(mut t: [[u32; 16]; 3], w: &str) -> [[u32; 16]; 3] {
    let b = w.as_bytes();
    if !b.is_empty() && b.len() < 16 {
        let p = probes(b);
        let mut k = 0;
        while k < 3 {
            t[k][b.len()] |= bit(p[k]);
            k += 1;
        }
    }
    t
}

const fn mark_all(mut t: [[u32; 16]; 3], words: &[&str]) -> [[u32; 16]; 3] {
    let mut k = 0;
    while k < words.len() {
        t = mark(t, words[k]);
        k += 1;
    }
    t
}

const fn mark_pairs<T: Copy>(mut t: [[u32; 16]; 3], words: &[(&str, T)]) -> [[u32; 16]; 3] {
    let mut k = 0;
    while k < words.len() {
        t = mark(t, words[k].0);
        k += 1;
    }
    t
}

/// Whether a word may begin a value: the cheap test of [`STARTS`].
pub(super) fn may_start(s: &str) -> bool {
    let b = s.strip_suffix('.').unwrap_or(s).as_bytes();
    let Some(&first) = b.first() else { return false };
    if !first.is_ascii_alphabetic() || b.len() >= 16 {
        return false;
    }
    let p = probes(b);
    STARTS.iter().zip(p).all(|(t, byte)| t.get(b.len()).is_some_and(|bits| bits & bit(byte) != 0))
}

/// A word lowercased on the stack, without a final period or apostrophe.
pub(super) struct Low {
    buf: [u8; LOW_CAP],
    len: usize,
    /// The word ended in a period (`gen.`).
    pub(super) period: bool,
    /// The word started with a capital.
    pub(super) upper: bool,
}

impl Low {
    pub(super) fn new(s: &str) -> Option<Low> {
        if s.is_empty() || s.len() > LOW_CAP + 4 {
            return None;
        }
        let upper = s.chars().next().is_some_and(char::is_uppercase);
        let (core, period) = match s.strip_suffix('.') {
            Some(c) => (c, true),
            None => (s, false),
        };
        let core = core.trim_end_matches(['\'', '’']);
        let mut buf = [0u8; LOW_CAP];
        let mut len = 0;
        if core.is_ascii() {
            let slot = buf.get_mut(..core.len())?;
            slot.copy_from_slice(core.as_bytes());
            slot.make_ascii_lowercase();
            len = core.len();
        } else {
            for c in core.chars().flat_map(char::to_lowercase) {
                let n = c.len_utf8();
                let slot = buf.get_mut(len..len + n)?;
                c.encode_utf8(slot);
                len += n;
            }
        }
        Some(Low { buf, len, period, upper })
    }

    pub(super) fn as_str(&self) -> &str {
        std::str::from_utf8(self.buf.get(..self.len).unwrap_or(&[])).unwrap_or("")
    }
}
