//! Training the entity tagger from BIO-labelled TSV (`token<TAB>label`, a blank line
//! between sentences). Gazetteer features are computed by jackknifing: the sentences of
//! each of `folds` contiguous blocks see a gazetteer built from the other blocks only, so the
//! model learns how far to trust a name it has seen, as it will at run time. Deterministic
//! for a given seed.

use super::features::{sentence_features, Lexicon};
use crate::learn::clusters::Clusters;
use super::gazetteer::Gazetteer;
use crate::learn::tagger::{Sequence, TaggerTrainer};

/// One labelled sentence.
#[derive(Debug, Clone, Default)]
pub struct Labelled {
    pub words: Vec<String>,
    pub labels: Vec<String>,
}

/// Reads `token<TAB>label` lines (other columns ignored; a missing label reads as `O`).
pub fn read_tsv(text: &str) -> Vec<Labelled> {
    let mut out = Vec::new();
    let mut cur = Labelled::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let mut cols = line.split('\t');
        cur.words.push(cols.next().unwrap_or("").to_string());
        cur.labels.push(cols.next().map_or("O", str::trim).split('|').next().unwrap_or("O").to_uppercase());
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// The names of one sentence: (type, words joined by spaces).
fn names(s: &Labelled) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.labels.len() {
        if let Some(kind) = s.labels[i].strip_prefix("B-") {
            let mut j = i + 1;
            while j < s.labels.len() && s.labels[j].strip_prefix("I-") == Some(kind) {
                j += 1;
            }
            out.push((kind, s.words[i..j].join(" ")));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// A gazetteer of every name in `sentences`.
pub fn gazetteer(sentences: &[&Labelled]) -> Gazetteer {
    Gazetteer::from_names(sentences.iter().flat_map(|s| names(s)))
}

/// Training settings.
pub struct Settings {
    pub epochs: usize,
    pub seed: u64,
    pub bits: u8,
    pub folds: usize,
    /// Quantized weights below this magnitude are dropped from the saved model.
    pub min_weight: i16,
}

/// Trains on `sentences`; returns the encoded tagger and the gazetteer of all their names.
pub fn train(sentences: &[Labelled], clusters: &Clusters, settings: &Settings) -> (Vec<u8>, Gazetteer) {
    let mut labels: Vec<String> = sentences.iter().flat_map(|s| s.labels.iter().cloned()).filter(|l| l != "O").collect();
    labels.sort();
    labels.dedup();
    labels.insert(0, "O".to_string());
    let index = |l: &str| labels.iter().position(|x| x == l).unwrap_or(0);
    let folds = settings.folds.max(2);
    let block = sentences.len().div_ceil(folds).max(1);
    let mut data: Vec<(Sequence, Vec<usize>)> = Vec::with_capacity(sentences.len());
    for (k, chunk) in sentences.chunks(block).enumerate() {
        let others: Vec<&Labelled> = sentences.iter().enumerate().filter(|(i, _)| i / block != k).map(|(_, s)| s).collect();
        let gaz = gazetteer(&others);
        for s in chunk {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let mut seq = Sequence::default();
            sentence_features(&words, &Lexicon { names: &gaz, places: super::places(), clusters }, &mut seq);
            data.push((seq, s.labels.iter().map(|l| index(l)).collect()));
        }
    }
    let mut trainer = TaggerTrainer::new(settings.bits, labels.clone());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = settings.seed | 1;
    for epoch in 0..settings.epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let wrong: usize = order.iter().map(|&k| trainer.learn(&data[k].0, &data[k].1)).sum();
        eprintln!("epoch {}: {wrong} tokens wrong", epoch + 1);
    }
    let all: Vec<&Labelled> = sentences.iter().collect();
    (trainer.finish(settings.min_weight), gazetteer(&all))
}
