//! One name, one label within a document: after tagging, a capitalized word sequence that
//! the tagger labelled as a name somewhere in the document gets that label wherever it was
//! left untagged, and so does the surname of a person named in full (`Jens Stoltenberg` …
//! `Stoltenberg`). Names compare as `link::key` does, so `NATO` also labels `Nato`, and
//! `Kim Jong-un` labels `Kim Jong Un` whole even where the tagger saw only `Kim Jong`. News
//! repeats its names; the tagger sees one sentence at a time. The last word of a full name
//! is not spread as a surname when the document also writes it in lowercase: a caption that
//! ran on (`Ronald Reagan The document`) must not make every `The` a person.

use super::bio_spans as spans;
use crate::entities::link::key;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The longest name propagated, in words.
const MAX_LEN: usize = 6;

/// Labels `labels` (BIO, one list per sentence of `words`) consistently across the document.
pub fn propagate(words: &[Vec<&str>], labels: &mut [Vec<String>]) {
    let keys: Vec<Vec<String>> = words.iter().map(|ws| ws.iter().map(|w| key(w)).collect()).collect();
    let joined = |ks: &[String]| ks.concat();
    let mut known: HashMap<String, (String, usize)> = HashMap::default();
    let lowercase: HashSet<&String> = words.iter().flatten().zip(keys.iter().flatten()).filter(|(w, _)| w.starts_with(char::is_lowercase)).map(|(_, k)| k).collect();
    let mut votes: HashMap<String, HashMap<String, usize>> = HashMap::default();
    for ((ws, ks), ls) in words.iter().zip(&keys).zip(labels.iter()) {
        for (start, end, kind) in spans(ls) {
            if !ws[start..end].iter().all(|w| w.starts_with(char::is_uppercase)) {
                continue;
            }
            *votes.entry(joined(&ks[start..end])).or_default().entry(kind.clone()).or_default() += 1;
            if kind == "PER" && end - start > 1 && ws[end - 1].chars().count() > 2 && !lowercase.contains(&ks[end - 1]) {
                *votes.entry(ks[end - 1].clone()).or_default().entry(kind).or_default() += 1;
            }
        }
    }
    for (name, kinds) in votes {
        if let Some((kind, n)) = kinds.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))) {
            known.insert(name, (kind, n));
        }
    }
    if known.is_empty() {
        return;
    }
    for ((ws, ks), ls) in words.iter().zip(&keys).zip(labels.iter_mut()) {
        let mut i = 0;
        while i < ws.len() {
            // Only capitalized words make a name.
            let capitalized = ws[i..].iter().take(MAX_LEN).take_while(|w| w.starts_with(char::is_uppercase)).count();
            let found = (1..=capitalized).rev().find_map(|len| {
                let (kind, _) = known.get(&joined(&ks[i..i + len]))?;
                // The span may only be untagged, or tagged with the same type in shorter
                // names that it contains whole.
                let fits = ls[i..i + len].iter().all(|l| l == "O" || l.get(2..) == Some(kind.as_str()))
                    && !ls[i].starts_with("I-")
                    && ls.get(i + len).is_none_or(|l| !l.starts_with("I-"))
                    && !(ls[i] == format!("B-{kind}") && ls[i + 1..i + len].iter().all(|l| l.starts_with("I-")));
                fits.then(|| (len, kind.clone()))
            });
            match found {
                Some((len, kind)) => {
                    ls[i] = format!("B-{kind}");
                    for l in &mut ls[i + 1..i + len] {
                        *l = format!("I-{kind}");
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_and_repeats_get_the_label() {
        let words = vec![
            vec!["Jens", "Stoltenberg", "e", "la", "NATO", "."],
            vec!["Stoltenberg", "ha", "detto", "a", "Mosca", "."],
            vec!["Poi", "Mosca", "e", "Nato", "."],
            vec!["Kim", "Jong-un", "e", "Kim", "Jong", "Un", "."],
        ];
        let mut labels: Vec<Vec<String>> =
            vec![vec!["B-PER", "I-PER", "O", "O", "B-ORG", "O"], vec!["O", "O", "O", "O", "B-LOC", "O"], vec!["O", "O", "O", "O", "O"], vec!["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O"]]
                .into_iter()
                .map(|s| s.into_iter().map(String::from).collect())
                .collect();
        propagate(&words, &mut labels);
        assert_eq!(labels[1], ["B-PER", "O", "O", "O", "B-LOC", "O"]);
        assert_eq!(labels[2], ["O", "B-LOC", "O", "B-ORG", "O"]);
        assert_eq!(labels[3], ["B-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "O"]);
    }

    #[test]
    fn common_words_are_not_surnames() {
        let words = vec![vec!["Ronald", "Reagan", "The", "memo"], vec!["The", "memo", "and", "the", "Reagan", "years"]];
        let mut labels: Vec<Vec<String>> = vec![vec!["B-PER", "I-PER", "I-PER", "O"], vec!["O"; 6]].into_iter().map(|s| s.into_iter().map(String::from).collect()).collect();
        propagate(&words, &mut labels);
        assert_eq!(labels[1], ["O", "O", "O", "O", "O", "O"]);
    }
}
