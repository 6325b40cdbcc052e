//! The words that tell a key phrase's edges, per language (`it`, `en`): verb forms and
//! adverbs found by word lists and suffix rules (no part-of-speech tagger), and the generic
//! capitalized words that are no key phrase alone (`City`, `Ministro`). All lowercase, with a
//! straight apostrophe (`stopwords::normalize`).

mod en;
mod it;

use super::super::stopwords;
use crate::text::lang::Lang;
use crate::text::wordset::WordSet;
pub use en::*;
pub use it::*;

/// Words that are part of a name but no key phrase alone when capitalized.
pub const VAGUE_ALONE: &[&str] = &[
    "city",
    "state",
    "states",
    "house",
    "united",
    "new",
    "north",
    "south",
    "east",
    "west",
    "national",
    "international",
    "prime",
    "minister",
    "president",
    "university",
    "street",
    "road",
    "river",
    "island",
    "league",
    "cup",
    "club",
    "company",
    "group",
    "department",
    "office",
    "agency",
    "ministry",
    "county",
    "district",
    "kingdom",
    "center",
    "centre",
    "park",
    "square",
    "times",
    "news",
    "post",
    "union",
    "party",
    "court",
    "council",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "st",
    "città",
    "partito",
    "ministro",
    "presidente",
    "università",
    "via",
    "piazza",
    "fiume",
    "isola",
    "nord",
    "sud",
    "est",
    "ovest",
    "nazionale",
    "internazionale",
    "nuovo",
    "nuova",
    "gruppo",
    "ufficio",
    "agenzia",
    "ministero",
    "regno",
    "centro",
    "parco",
    "unione",
    "san",
    "santo",
    "santa",
    "signor",
    "signora",
    "stati",
];

/// The longer lists above as sets: they are checked for every word of a text.
static IT_INFINITIVES_SET: WordSet = WordSet::new(IT_INFINITIVES);
static IT_NOT_INFINITIVES_SET: WordSet = WordSet::new(IT_NOT_INFINITIVES);
static IT_FINITE_SET: WordSet = WordSet::new(IT_FINITE);
static IT_NOT_FINITE_SET: WordSet = WordSet::new(IT_NOT_FINITE);
static IT_ADVERBS_SET: WordSet = WordSet::new(IT_ADVERBS);
static IT_NOT_ADVERBS_SET: WordSet = WordSet::new(IT_NOT_ADVERBS);
static EN_VERBS_SET: WordSet = WordSet::new(EN_VERBS);
static EN_NOT_ADVERBS_SET: WordSet = WordSet::new(EN_NOT_ADVERBS);

/// Whether `word` is an infinitive (Italian) that a light stem must keep whole.
pub fn is_infinitive(word: &str, lang: Lang) -> bool {
    lang == Lang::It && (IT_INFINITIVES_SET.contains(word) || word.chars().count() >= 5 && (word.ends_with("are") || word.ends_with("ire")) && !IT_NOT_INFINITIVES_SET.contains(word))
}

/// Whether `word` (normalized, written in lowercase or opening a sentence) is a verb form or
/// an adverb, `previous` being the normalized word before it in the text (or empty).
/// Italian: an infinitive, gerund, finite form (by list and by ending: `dichiarò`,
/// `arrivarono`, `colpisce`), a participle after an auxiliary (`di aver drogato`), an adverb.
/// English: a common verb, a participle after an auxiliary (`has been growing`), an adverb
/// in `-ly`.
pub fn is_verb_or_adverb(previous: &str, word: &str, lang: Lang) -> bool {
    let letters = word.chars().count();
    match lang {
        Lang::It => {
            is_infinitive(word, lang)
                || stopwords::is_gerund(word, lang)
                || stopwords::is_participle(previous, word, lang)
                || IT_FINITE_SET.contains(word)
                || IT_FINITE_ENDINGS.iter().any(|&(e, min)| letters >= min && word.ends_with(e)) && !IT_NOT_FINITE_SET.contains(word)
                || IT_ADVERBS_SET.contains(word)
                || letters >= 8 && word.ends_with("mente") && !IT_NOT_ADVERBS_SET.contains(word)
        }
        Lang::En | Lang::Other => {
            EN_VERBS_SET.contains(word)
                || stopwords::is_participle(previous, word, lang)
                || EN_AUXILIARIES.contains(&previous) && letters >= 5 && (word.ends_with("ing") || word.ends_with("ed"))
                || letters >= 5 && word.ends_with("ly") && !EN_NOT_ADVERBS_SET.contains(word)
        }
    }
}

/// Whether `word` (normalized, written in lowercase) may be in a phrase but not end it,
/// `next` being the normalized word after it in the text: a prefix (`ex`); in English a
/// participle or an `-ing` word (`researchers sequenced`, `people living`) or a superlative
/// (`world's biggest`), as English puts these before the noun; in Italian a participle
/// before its agent (`azzurrini guidati da`).
pub fn is_no_last(word: &str, next: &str, lang: Lang) -> bool {
    let letters = word.chars().count();
    PREFIXES.contains(&word)
        || match lang {
            Lang::It => {
                const ENDINGS: [&str; 12] = ["ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"];
                IT_AGENT.contains(&next) && letters >= 5 && ENDINGS.iter().any(|e| word.ends_with(e))
            }
            Lang::En | Lang::Other => {
                letters >= 5 && (word.ends_with("ed") && !EN_ED_NOUNS.contains(&word) || word.ends_with("ing") && !EN_ING_NOUNS.contains(&word)) || EN_SUPERLATIVES.contains(&word)
            }
        }
}

/// Words that stand before a noun and never alone: `ex presidente`.
pub const PREFIXES: &[&str] = &["ex", "vice", "neo", "pro", "anti", "non"];

/// Whether `word` (normalized), capitalized and alone, is too generic to be a key phrase.
pub fn is_vague_alone(word: &str) -> bool {
    VAGUE_ALONE.contains(&word) || stopwords::is_generic(word)
}

/// `word` without an English possessive `'s` (`NASA’s`, `Putin's`).
pub fn without_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(w) = word.strip_suffix(suffix).filter(|w| !w.is_empty()) {
            return w;
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lowercase() {
        for w in IT_NOT_INFINITIVES
            .iter()
            .chain(IT_INFINITIVES)
            .chain(IT_NOT_ADVERBS)
            .chain(IT_ADVERBS)
            .chain(EN_VERBS)
            .chain(EN_NOT_ADVERBS)
            .chain(EN_AUXILIARIES)
            .chain(VAGUE_ALONE)
            .chain(IT_FINITE)
            .chain(IT_NOT_FINITE)
            .chain(IT_AGENT)
            .chain(EN_ING_NOUNS)
            .chain(EN_SUPERLATIVES)
            .chain(EN_ED_NOUNS)
            .chain(EN_NOT_PLURALS)
            .chain(PREFIXES)
        {
            assert_eq!(stopwords::normalize(w), *w, "{w}");
        }
    }

    #[test]
    fn verb_forms_and_adverbs() {
        for (prev, w) in [("di", "partire"), ("", "aver"), ("aver", "drogato"), ("", "meglio"), ("", "recentemente"), ("", "incontrando")] {
            assert!(is_verb_or_adverb(prev, w, Lang::It), "{w}");
        }
        for w in ["dichiarò", "arrivarono", "colpisce", "uccide"] {
            assert!(is_verb_or_adverb("", w, Lang::It), "{w}");
        }
        for w in ["nucleare", "partito", "partita", "lettere", "lire", "mente", "presidente", "telefono", "città", "lunedì"] {
            assert!(!is_verb_or_adverb("", w, Lang::It), "{w}");
        }
        for (prev, w) in [("is", "growing"), ("", "said"), ("", "recently"), ("was", "signed")] {
            assert!(is_verb_or_adverb(prev, w, Lang::En), "{w}");
        }
        for w in ["meeting", "family", "daily", "building", "united"] {
            assert!(!is_verb_or_adverb("the", w, Lang::En), "{w}");
        }
        assert!(is_no_last("living", "in", Lang::En) && is_no_last("ex", "", Lang::It));
        assert!(is_no_last("sequenced", "the", Lang::En) && is_no_last("biggest", "", Lang::En) && !is_no_last("meeting", "", Lang::En));
        assert!(is_no_last("guidati", "da", Lang::It) && !is_no_last("guidati", "e", Lang::It));
    }

    #[test]
    fn possessives() {
        assert_eq!(without_possessive("NASA’s"), "NASA");
        assert_eq!(without_possessive("Putin's"), "Putin");
        assert_eq!(without_possessive("’s"), "’s");
        assert_eq!(without_possessive("dell'"), "dell'");
    }
}
