//! Language facts the tokenizer and sentence splitter consult: elisions, abbreviations,
//! word-final apostrophes. One module per language; the algorithms stay language-free.

pub mod en;
pub mod it;

use serde::{Deserialize, Serialize};

/// The languages Lente knows. `Other` texts are tokenized with the English rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    It,
    #[default]
    En,
    Other,
}

impl Lang {
    /// Parses `it`, `en` or `other` (any case); `None` for anything else.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "it" | "ita" | "italian" => Some(Lang::It),
            "en" | "eng" | "english" => Some(Lang::En),
            "other" => Some(Lang::Other),
            _ => None,
        }
    }

    /// The ISO 639-1 code, or `other`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
            Lang::Other => "other",
        }
    }

    /// Words that keep their final period (`dott.`, `Mr.`), lowercase, without the period.
    pub fn abbreviations(self) -> &'static [&'static str] {
        match self {
            Lang::It => it::ABBREVIATIONS,
            Lang::En | Lang::Other => en::ABBREVIATIONS,
        }
    }

    /// Whether `word` (any case, no period) is a known abbreviation of this language.
    pub fn is_abbreviation(self, word: &str) -> bool {
        is_listed(self.abbreviations(), word) || (self == Lang::It && is_listed(en::TITLES, word))
    }

    /// Whether `word` (any case, no period) is an abbreviation that is also a word (`ore.`
    /// for `ore`, `Tav.`, `sun.`): its period ends a sentence before a capital.
    pub fn is_word_too(self, word: &str) -> bool {
        match self {
            Lang::It => is_listed(it::ALSO_WORDS, word),
            Lang::En | Lang::Other => is_listed(en::ALSO_WORDS, word),
        }
    }

    /// Whether `prefix` (the letters before an apostrophe) is elided and stands as its own
    /// token, as `l’` in `l’Ucraina`. Only Italian elides this way.
    pub fn splits_elision(self, prefix: &str) -> bool {
        self == Lang::It && is_listed(it::ELISIONS, prefix)
    }

    /// Whether `word` keeps a final apostrophe (Italian `po'`, `E'`).
    pub fn keeps_final_apostrophe(self, word: &str) -> bool {
        self == Lang::It && is_listed(it::FINAL_APOSTROPHE, word)
    }
}

/// Case-insensitive membership in a sorted-or-not short list of lowercase words.
fn is_listed(list: &[&str], word: &str) -> bool {
    if word.len() > 24 {
        return false;
    }
    let mut buf = [0u8; 96];
    let mut n = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let mut tmp = [0u8; 4];
        let s = c.encode_utf8(&mut tmp);
        if n + s.len() > buf.len() {
            return false;
        }
        buf[n..n + s.len()].copy_from_slice(s.as_bytes());
        n += s.len();
    }
    let lower = std::str::from_utf8(&buf[..n]).unwrap_or("");
    list.contains(&lower)
}
