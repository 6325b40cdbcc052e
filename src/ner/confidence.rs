//! How sure the tagger is of each name it found, from its margins (`Tagger::tag_with_margins`):
//! a name is as sure as its least sure word, and a margin `m` reads as the confidence
//! `1 / (1 + e^(-m / T))`, with a temperature `T` per language set so that the names at or
//! above `SHOWN` are right nine times in ten on that language's news dev set. Words whose label a later step changed (a title left out,
//! a name spread by `consistency`) do not count; a name is as sure as the surest mention of
//! the same words with the same type in the document, so a repeated name keeps the
//! confidence of its clearest mention, and a name that only later steps made (`Stoltenberg`
//! spread from `Jens Stoltenberg`) is as sure as the names its words come from.

use super::bio_spans;
use crate::entities::link::key;
use crate::text::lang::Lang;
use rustc_hash::FxHashMap as HashMap;

/// The confidence the reader's default view asks of a name.
pub const SHOWN: f32 = 0.9;

/// Margins (in i8 weight steps) per unit of the logistic for a language's tagger: chosen with
/// `lente eval-ner` (precision and recall by threshold) so that names at or above `SHOWN` have
/// an entity precision of 0.90 on KIND WN dev (Italian) and 0.95 on CoNLL-2003 dev (English,
/// where 0.90 holds at any threshold and web text needs more).
pub fn temperature(lang: Lang) -> f32 {
    match lang {
        Lang::It => 75.0,
        Lang::En | Lang::Other => 36.0,
    }
}

/// A name found in a sentence: words `start..end`, its type and confidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub confidence: f32,
}

/// The confidence of a margin at a temperature.
pub fn of_margin(margin: f32, temperature: f32) -> f32 {
    1.0 / (1.0 + (-margin / temperature).exp())
}

/// The names of each sentence with their confidence. `labels` are the final labels,
/// `tagged` the tagger's own and `margins` its margins, one list per sentence of `words`.
pub fn spans(words: &[Vec<&str>], labels: &[Vec<String>], tagged: &[Vec<String>], margins: &[Vec<f32>], temperature: f32) -> Vec<Vec<Span>> {
    // The surest confidence of each name, and of each word within a name, by type.
    let mut best: HashMap<(String, String), f32> = HashMap::default();
    let mut by_word: HashMap<(String, String), f32> = HashMap::default();
    let mut out: Vec<Vec<(Span, Vec<String>, bool)>> = Vec::with_capacity(labels.len());
    for (((ws, ls), ts), ms) in words.iter().zip(labels).zip(tagged).zip(margins) {
        let mut here = Vec::new();
        for (start, end, kind) in bio_spans(ls) {
            let own = (start..end).filter(|&i| ts.get(i) == ls.get(i)).filter_map(|i| ms.get(i).copied()).fold(f32::INFINITY, f32::min);
            let keys: Vec<String> = ws[start..end].iter().map(|w| key(w)).collect();
            let confidence = if own.is_finite() { of_margin(own, temperature) } else { 0.0 };
            if own.is_finite() {
                let top = best.entry((keys.concat(), kind.clone())).or_insert(0.0);
                *top = top.max(confidence);
                for k in &keys {
                    let top = by_word.entry((k.clone(), kind.clone())).or_insert(0.0);
                    *top = top.max(confidence);
                }
            }
            here.push((Span { start, end, kind, confidence }, keys, own.is_finite()));
        }
        out.push(here);
    }
    out.into_iter()
        .map(|here| {
            here.into_iter()
                .map(|(mut s, keys, own)| {
                    s.confidence = if own {
                        best.get(&(keys.concat(), s.kind.clone())).copied().unwrap_or(s.confidence)
                    } else {
                        // Spread from another mention: as sure as the mentions its words come from.
                        keys.iter().map(|k| by_word.get(&(k.clone(), s.kind.clone())).copied().unwrap_or(0.0)).fold(1.0, f32::min)
                    };
                    s
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_name_is_as_sure_as_its_least_sure_word_and_its_surest_repeat() {
        let words = vec![vec!["Mario", "Rossi", "parla"], vec!["Rossi", "tace"], vec!["Bianchi", "e", "Mario", "Rossi"]];
        let labels = vec![strings(&["B-PER", "I-PER", "O"]), strings(&["B-PER", "O"]), strings(&["B-PER", "O", "B-PER", "I-PER"])];
        let margins = vec![vec![40.0, 2.0, 30.0], vec![0.5, 30.0], vec![0.0, 9.0, 90.0, 90.0]];
        let tagged = vec![labels[0].clone(), strings(&["O", "O"]), strings(&["O", "O", "B-PER", "I-PER"])];
        let spans = spans(&words, &labels, &tagged, &margins, 10.0);
        // The least sure word, raised to the surest mention of the same name.
        assert!((spans[0][0].confidence - of_margin(90.0, 10.0)).abs() < 1e-6);
        // Spread by a later step: as sure as `Rossi` in the names it comes from.
        assert!((spans[1][0].confidence - of_margin(90.0, 10.0)).abs() < 1e-6);
        // Spread with words that no sure name holds.
        assert_eq!(spans[2][0].confidence, 0.0);
        assert!(of_margin(0.0, 10.0) == 0.5 && of_margin(100.0, 10.0) > 0.99 && of_margin(-100.0, 10.0) < 0.01);
    }
}
