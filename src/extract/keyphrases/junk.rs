//! Junk among a document's key phrases, by mechanical rules, for `lente keyphrases-junk`
//! and tests/keyphrases.rs: a phrase is junk when its first or last word is a function word
//! or a verb form or adverb, when it ends in a possessive, when it is a fragment of a name
//! the tagger found (most occurrences cross a name's edge, or all lie inside longer names)
//! or most of its occurrences hold two names side by side (`Usa Obama`), or when it is one generic word. The rules share their word lists with the extractor, so
//! the lists printed beside the count are there to be read by hand too.

use super::words;
use super::Keyphrase;
use crate::extract::stopwords;
use crate::text::lang::Lang;

/// Why a phrase is junk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Junk {
    FunctionWord,
    VerbForm,
    Possessive,
    NameFragment,
    NamesRunTogether,
    Generic,
}

impl Junk {
    pub fn label(self) -> &'static str {
        match self {
            Junk::FunctionWord => "function word",
            Junk::VerbForm => "verb form",
            Junk::Possessive => "possessive",
            Junk::NameFragment => "name fragment",
            Junk::NamesRunTogether => "names run together",
            Junk::Generic => "generic",
        }
    }
}

/// Why `k` is junk, if it is. `text` is its document and `names` the byte spans of the
/// names in it (as `k.spans`); a key `entity:N` marks a phrase made a linked entity's name.
/// The words around the first occurrence tell verb forms (`ha firmato`, `guidati da`).
pub fn junk(k: &Keyphrase, text: &str, names: &[(u32, u32)], lang: Lang) -> Option<Junk> {
    let written: Vec<&str> = k.text.split_whitespace().collect();
    let norm: Vec<String> = written.iter().map(|w| stopwords::normalize(w)).collect();
    let (first, last) = (norm.first()?, norm.last()?);
    if written.last().is_some_and(|w| words::without_possessive(w) != *w) {
        return Some(Junk::Possessive);
    }
    let upper = |w: &str| w.starts_with(char::is_uppercase);
    // A capitalized stop word of two letters or more may end a name (`Kim Jong Un`).
    let a_name = written.len() > 1 && written.iter().all(|w| upper(w));
    let function = |i: usize| {
        let w = norm[i].as_str();
        // An acronym is no function word (`US`, `IS`).
        let acronym = w.chars().nth(1).is_some() && !written[i].chars().any(char::is_lowercase);
        (stopwords::is_stop(w, lang) || stopwords::is_connector(w, lang)) && !stopwords::is_ambiguous(w, lang) && !acronym && !(a_name && i > 0 && w.chars().count() > 1)
    };
    if function(0) || function(norm.len() - 1) {
        return Some(Junk::FunctionWord);
    }
    let (a, b) = k.spans.first().map_or((0, 0), |&(a, b)| (a as usize, b as usize));
    let word = |w: Option<&str>| stopwords::normalize(w.unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'));
    let before = word(text.get(..a).and_then(|t| t.split_whitespace().last()));
    let after = word(text.get(b..).and_then(|t| t.split_whitespace().next()));
    let before_last = if norm.len() > 1 { norm[norm.len() - 2].as_str() } else { before.as_str() };
    let lower_last = !written.last().is_some_and(|w| upper(w));
    if !upper(written[0]) && words::is_verb_or_adverb(&before, first, lang) || lower_last && (words::is_verb_or_adverb(before_last, last, lang) || words::is_no_last(last, &after, lang)) {
        return Some(Junk::VerbForm);
    }
    if !k.key.starts_with("entity:") && !k.spans.is_empty() {
        let crossing = k.spans.iter().filter(|&&(a, b)| names.iter().any(|&(s, e)| a < e && s < b && (a < s && b < e || s < a && e < b))).count();
        let inside = k.spans.iter().filter(|&&(a, b)| names.iter().any(|&(s, e)| s <= a && b <= e && (s, e) != (a, b))).count();
        if crossing * 2 > k.spans.len() || inside == k.spans.len() {
            return Some(Junk::NameFragment);
        }
        // Two names inside, with only a space between them (not `Corte d'Assise di Roma`).
        let adjacent = |a: u32, b: u32| {
            let inside: Vec<(u32, u32)> = names.iter().copied().filter(|&(s, e)| a <= s && e <= b).collect();
            inside.windows(2).any(|w| text.get(w[0].1 as usize..w[1].0 as usize).is_some_and(|gap| gap.trim().is_empty()))
        };
        let together = k.spans.iter().filter(|&&(a, b)| adjacent(a, b)).count();
        if together * 2 > k.spans.len() {
            return Some(Junk::NamesRunTogether);
        }
    }
    if norm.len() == 1 && (upper(written[0]) && words::is_vague_alone(first) || stopwords::is_generic(first)) {
        return Some(Junk::Generic);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(text: &str, spans: &[(u32, u32)]) -> Keyphrase {
        Keyphrase { text: text.into(), key: text.to_lowercase(), score: 1.0, count: spans.len().max(1), spans: spans.to_vec() }
    }

    #[test]
    fn the_kinds_of_junk() {
        let cases: &[(&str, Lang, Option<Junk>)] = &[
            ("polizia di aver drogato", Lang::It, Some(Junk::VerbForm)),
            ("meglio nota", Lang::It, Some(Junk::VerbForm)),
            ("NASA’s", Lang::En, Some(Junk::Possessive)),
            ("City", Lang::En, Some(Junk::Generic)),
            ("Vietnam A", Lang::En, Some(Junk::FunctionWord)),
            ("Kim Jong Un", Lang::En, None),
            ("Corea del Nord", Lang::It, None),
            ("partito democratico", Lang::It, None),
            ("mutual defense pact", Lang::En, None),
        ];
        for &(text, lang, want) in cases {
            assert_eq!(junk(&phrase(text, &[]), "", &[], lang), want, "{text}");
        }
        // `India's Prime Minister Narendra` across the name `Narendra Modi`.
        let k = phrase("India's Prime Minister Narendra", &[(0, 31)]);
        let text = "India's Prime Minister Narendra Modi";
        assert_eq!(junk(&k, text, &[(23, 36)], Lang::En), Some(Junk::NameFragment));
        assert_eq!(junk(&phrase("Kim Jong", &[(0, 8)]), "Kim Jong Un", &[(0, 11)], Lang::En), Some(Junk::NameFragment));
        assert_eq!(junk(&phrase("Kim Jong Un", &[(0, 11)]), "Kim Jong Un", &[(0, 11)], Lang::En), None);
        assert_eq!(junk(&phrase("Usa Obama", &[(0, 9)]), "Usa Obama", &[(0, 3), (4, 9)], Lang::It), Some(Junk::NamesRunTogether));
        // The words around tell a verb.
        let text = "Gli azzurrini guidati da Casiraghi.";
        assert_eq!(junk(&phrase("azzurrini guidati", &[(4, 21)]), text, &[], Lang::It), Some(Junk::VerbForm));
        let text = "Gli azzurrini guidati e felici.";
        assert_eq!(junk(&phrase("azzurrini guidati", &[(4, 21)]), text, &[], Lang::It), None);
    }
}
