//! Word lists looked up as sets: the lists stay plain arrays in the source, and the set is
//! made on first use.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// A static list of words and the set made from it.
pub struct WordSet {
    words: &'static [&'static str],
    built: OnceLock<Built>,
}

/// The set, and which ASCII bytes begin a word of it: most words looked up (punctuation,
/// the words of a text) are turned away by their first byte.
struct Built {
    set: FxHashSet<&'static str>,
    firsts: [bool; 128],
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, built: OnceLock::new() }
    }

    fn built(&self) -> &Built {
        self.built.get_or_init(|| {
            let mut firsts = [false; 128];
            for w in self.words {
                if let Some(&b) = w.as_bytes().first().filter(|b| b.is_ascii()) {
                    firsts[usize::from(b)] = true;
                }
            }
            Built { set: self.words.iter().copied().collect(), firsts }
        })
    }

    /// Whether `word` is in the list, as written.
    pub fn contains(&self, word: &str) -> bool {
        let built = self.built();
        match word.as_bytes().first() {
            Some(&b) if b.is_ascii() && !built.firsts[usize::from(b)] => false,
            _ => built.set.contains(word),
        }
    }

    /// Whether `word` lowercased is in the list (of lowercase words).
    pub fn contains_lowercased(&self, word: &str) -> bool {
        if word.as_bytes().first().is_some_and(|&b| b.is_ascii() && !self.built().firsts[usize::from(b.to_ascii_lowercase())]) {
            return false;
        }
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
        self.built().set.contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_as_written_and_lowercased() {
        static SET: WordSet = WordSet::new(&["dott", "sig.ra", "città", "", "ñu"]);
        assert!(SET.contains("dott") && SET.contains("città") && SET.contains("") && SET.contains("ñu"));
        assert!(!SET.contains("Dott") && !SET.contains(".") && !SET.contains("dot"));
        assert!(SET.contains_lowercased("DOTT") && SET.contains_lowercased("Sig.ra") && SET.contains_lowercased("CITTÀ") && SET.contains_lowercased("Ñu"));
        assert!(!SET.contains_lowercased(",") && !SET.contains_lowercased("Mario"));
    }
}
