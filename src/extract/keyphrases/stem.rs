//! Light stems for phrase keys: only number endings, and in Italian gender endings, so that
//! unrelated words stay apart (`Partito`, `partire`, `partita`) and forms of one word meet
//! (`partito`, `partiti`). A Snowball stemmer joined the first three.
//!
//! English: a final `-s`, `-es` (after s, x, z, ch, sh) or `-ies` (→ `-y`) goes, and a
//! possessive `'s`. Italian: a final `-o`, `-i`, `-a` or `-e` of a word of five letters or
//! more is the ending, never in an infinitive (`partire`); the forms of one stem in a
//! document go together as Italian inflects: `-o` with `-i`, `-a` with `-e`, and `-e` with
//! `-i` when the stem has no `-o` or `-a` form (`presidente`, `presidenti`).

use super::words;
use crate::text::lang::Lang;
use rustc_hash::FxHashMap as HashMap;

/// The key piece of each of `words` (normalized content words, distinct) in a document of
/// language `lang`; the parts of a hyphenated word are stemmed one by one and joined by a
/// space, so that `Jong-un` and `Jong Un` meet.
pub fn pieces(words: &[&str], lang: Lang) -> Vec<String> {
    let parts: Vec<Vec<&str>> = words.iter().map(|w| w.split(['-', '‐', '‑']).filter(|p| !p.is_empty()).map(words::without_possessive).collect()).collect();
    // Italian stem → which of `o`, `i`, `a`, `e` end its forms.
    let mut endings: HashMap<&str, [bool; 4]> = HashMap::default();
    if lang == Lang::It {
        for p in parts.iter().flatten() {
            if let Some((stem, v)) = italian_ending(p) {
                endings.entry(stem).or_default()[v] = true;
            }
        }
    }
    parts
        .iter()
        .map(|parts| {
            let stems = parts.iter().map(|p| match lang {
                Lang::It => match italian_ending(p) {
                    Some((stem, v)) => format!("{stem}{}", italian_class(v, endings[stem])),
                    None => p.to_string(),
                },
                Lang::En | Lang::Other => english(p).to_string(),
            });
            stems.collect::<Vec<_>>().join(" ")
        })
        .collect()
}

const O: usize = 0;
const I: usize = 1;
const A: usize = 2;
const E: usize = 3;

/// The stem and ending (`O`, `I`, `A`, `E`) of an Italian word that has one.
fn italian_ending(word: &str) -> Option<(&str, usize)> {
    if word.chars().count() < 5 || !word.chars().all(|c| c.is_alphabetic() && (c as u32) < 0x250) || words::is_infinitive(word, Lang::It) {
        return None;
    }
    let v = ["o", "i", "a", "e"].iter().position(|v| word.ends_with(v))?;
    Some((&word[..word.len() - 1], v))
}

/// The ending that stands for ending `v` of a stem whose forms end in `seen`.
fn italian_class(v: usize, seen: [bool; 4]) -> &'static str {
    match v {
        O => "o",
        A => "a",
        E if seen[A] => "a",
        E => "e",
        I if seen[O] || !seen[E] => "o",
        _ => "e",
    }
}

/// An English word without its plural ending.
fn english(word: &str) -> std::borrow::Cow<'_, str> {
    let n = word.chars().count();
    if n >= 5 && word.ends_with("ies") {
        return format!("{}y", &word[..word.len() - 3]).into();
    }
    if n >= 5 && ["sses", "xes", "zes", "ches", "shes"].iter().any(|e| word.ends_with(e)) {
        return word[..word.len() - 2].into();
    }
    if n >= 4 && word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e)) && !words::EN_NOT_PLURALS.contains(&word) {
        return word[..word.len() - 1].into();
    }
    word.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(words: &[&str], lang: Lang) -> Vec<String> {
        pieces(words, lang)
    }

    #[test]
    fn italian_keeps_unrelated_words_apart() {
        let p = run(&["partito", "partiti", "partire", "partita", "partite", "presidente", "presidenti", "stati", "uniti", "jong-un", "corea", "putin's"], Lang::It);
        assert_eq!(p[0], p[1]);
        assert_ne!(p[0], p[2]);
        assert_ne!(p[0], p[3]);
        assert_ne!(p[2], p[3]);
        assert_eq!(p[3], p[4]);
        assert_eq!(p[5], p[6]);
        assert_eq!(&p[7..], ["stato", "unito", "jong un", "corea", "putin"]);
    }

    #[test]
    fn english_plurals() {
        let p = run(&["countries", "country", "taxes", "weapons", "news", "nasa's", "crisis", "boss", "bus"], Lang::En);
        assert_eq!(p, ["country", "country", "tax", "weapon", "news", "nasa", "crisis", "boss", "bus"]);
    }
}
