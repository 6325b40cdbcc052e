//! Word lists looked up as sets: the lists stay plain arrays in the source, and the set is
//! made on first use.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A static list of words and the set made from it.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: OnceLock::new() }
    }

    /// Whether `word` is in the list, as written.
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word)
    }

    /// Whether `word` lowercased is in the list (of lowercase words).
    pub fn contains_lowercased(&self, word: &str) -> bool {
        let mut buf = [0u8; 96];
        let lower = if word.is_ascii() {
            let Some(buf) = buf.get_mut(..word.len()) else { return false };
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            std::str::from_utf8(buf).unwrap_or("")
        } else {
            let mut n = 0;
            for c in word.chars().flat_map(char::to_lowercase) {
                let Some(slot) = buf.get_mut(n..n + c.len_utf8()) else { return false };
                n += c.encode_utf8(slot).len();
            }
            std::str::from_utf8(&buf[..n]).unwrap_or("")
        };
        self.contains(lower)
    }
}
