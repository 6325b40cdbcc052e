//! Language facts the tokenizer and sentence splitter consult: elisions, abbreviations,
//! word-final apostrophes. One module per language; the algorithms stay language-free.

pub mod en;
pub mod it;

use super::wordset::WordSet;
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

    /// Whether `word` (any case, no period) is a known abbreviation of this language
    /// (`dott.`, `Mr.`).
    pub fn is_abbreviation(self, word: &str) -> bool {
        match self {
            Lang::It => IT_ABBREVIATIONS.contains_lowercased(word) || EN_TITLES.contains_lowercased(word),
            Lang::En | Lang::Other => EN_ABBREVIATIONS.contains_lowercased(word),
        }
    }

    /// Whether `word` (any case, no period) is an abbreviation that is also a word (`ore.`
    /// for `ore`, `Tav.`, `sun.`): its period ends a sentence before a capital.
    pub fn is_word_too(self, word: &str) -> bool {
        match self {
            Lang::It => IT_ALSO_WORDS.contains_lowercased(word),
            Lang::En | Lang::Other => EN_ALSO_WORDS.contains_lowercased(word),
        }
    }

    /// Whether `prefix` (the letters before an apostrophe) is elided and stands as its own
    /// token, as `l’` in `l’Ucraina`. Only Italian elides this way.
    pub fn splits_elision(self, prefix: &str) -> bool {
        self == Lang::It && IT_ELISIONS.contains_lowercased(prefix)
    }

    /// Whether `word` keeps a final apostrophe (Italian `po'`, `E'`).
    pub fn keeps_final_apostrophe(self, word: &str) -> bool {
        self == Lang::It && IT_FINAL_APOSTROPHE.contains_lowercased(word)
    }
}

static IT_ELISIONS: WordSet = WordSet::new(it::ELISIONS);
static IT_FINAL_APOSTROPHE: WordSet = WordSet::new(it::FINAL_APOSTROPHE);
static IT_ABBREVIATIONS: WordSet = WordSet::new(it::ABBREVIATIONS);
static IT_ALSO_WORDS: WordSet = WordSet::new(it::ALSO_WORDS);
static EN_TITLES: WordSet = WordSet::new(en::TITLES);
static EN_ABBREVIATIONS: WordSet = WordSet::new(en::ABBREVIATIONS);
static EN_ALSO_WORDS: WordSet = WordSet::new(en::ALSO_WORDS);
