//! Training the entity tagger from BIO-labelled TSV (`token<TAB>label`, a blank line
//! between sentences). Gazetteer features are computed by jackknifing: the sentences of
//! each of `folds` contiguous blocks see a gazetteer built from the other blocks only, so the
//! model learns how far to trust a name it has seen, as it will at run time. Deterministic
//! for a given seed.

use super::features::{Featurizer, Lexicon};
use super::gazetteer::Gazetteer;
use super::history::History;
use crate::learn::clusters::Clusters;
use crate::learn::features::Features;
use crate::learn::tagger::{Averaged, Sequence, Tagger, TaggerTrainer};

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
    /// Training runs (in other orders) whose weights are summed.
    pub runs: usize,
    /// Quantized weights below this magnitude are dropped from the saved model.
    pub min_weight: i16,
}

/// A trained recognizer's parts, as saved to `PREFIX.bin`, `PREFIX.2.bin` and `PREFIX.names`.
pub struct Trained {
    pub first: Vec<u8>,
    pub second: Vec<u8>,
    pub gazetteer: Gazetteer,
}

/// The label set of `sentences`: `O` first, then the others sorted.
fn label_set(sentences: &[Labelled]) -> Vec<String> {
    let mut labels: Vec<String> = sentences.iter().flat_map(|s| s.labels.iter().cloned()).filter(|l| l != "O").collect();
    labels.sort();
    labels.dedup();
    labels.insert(0, "O".to_string());
    labels
}

/// Contiguous blocks of `sentences` for jackknifing: each is `block` sentences long.
fn block_size(sentences: &[Labelled], folds: usize) -> usize {
    sentences.len().div_ceil(folds.max(2)).max(1)
}

/// The features and gold label indices of every sentence. Gazetteer features are
/// jackknifed; `history` (over all of `sentences`, in order) adds second-pass features.
fn examples(sentences: &[Labelled], labels: &[String], clusters: &Clusters, world: &Gazetteer, settings: &Settings, history: Option<&History<String>>) -> Vec<(Sequence, Vec<usize>)> {
    let index = |l: &str| labels.iter().position(|x| x == l).unwrap_or(0);
    let block = block_size(sentences, settings.folds);
    let mut data = Vec::with_capacity(sentences.len());
    for (k, chunk) in sentences.chunks(block).enumerate() {
        let others: Vec<&Labelled> = sentences.iter().enumerate().filter(|(i, _)| i / block != k).map(|(_, s)| s).collect();
        let gaz = gazetteer(&others);
        let mut featurizer = Featurizer::new(Lexicon { names: &gaz, places: super::places(), world, clusters });
        for (j, s) in chunk.iter().enumerate() {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let mut seq = Sequence::default();
            let at = k * block + j;
            let mut extra = |i: usize, f: &mut Features| {
                if let Some(h) = history {
                    h.features(at, i, f);
                }
            };
            featurizer.sentence(&words, &mut extra, &mut seq);
            data.push((seq, s.labels.iter().map(|l| index(l)).collect()));
        }
    }
    data
}

/// Runs the perceptron over `data` for the set epochs in seeded random order, `runs` times
/// with other orders, and sums the runs' averaged weights; returns the encoded tagger.
fn learn(data: &[(Sequence, Vec<usize>)], labels: &[String], settings: &Settings) -> Vec<u8> {
    let mut sum: Option<Averaged> = None;
    let mut rng = settings.seed | 1;
    for run in 0..settings.runs.max(1) {
        let mut trainer = TaggerTrainer::new(settings.bits, labels.to_vec());
        let mut order: Vec<usize> = (0..data.len()).collect();
        for epoch in 0..settings.epochs {
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            let wrong: usize = order.iter().map(|&k| trainer.learn(&data[k].0, &data[k].1)).sum();
            eprintln!("run {}, epoch {}: {wrong} tokens wrong", run + 1, epoch + 1);
        }
        let averaged = trainer.averaged();
        match &mut sum {
            Some(sum) => sum.add(&averaged),
            None => sum = Some(averaged),
        }
    }
    sum.expect("at least one run").encode(settings.bits, labels, settings.min_weight)
}

/// Trains both passes on `sentences`. The second pass learns from first-pass labels that
/// are jackknifed too: each block is tagged by a first pass trained on the other blocks, so
/// its mistakes are those of unseen text.
pub fn train(sentences: &[Labelled], clusters: &Clusters, world: &Gazetteer, settings: &Settings) -> Trained {
    let labels = label_set(sentences);
    let first = learn(&examples(sentences, &labels, clusters, world, settings, None), &labels, settings);
    let block = block_size(sentences, settings.folds);
    let mut guessed: Vec<Vec<String>> = Vec::with_capacity(sentences.len());
    for (k, chunk) in sentences.chunks(block).enumerate() {
        let others: Vec<Labelled> = sentences.iter().enumerate().filter(|(i, _)| i / block != k).map(|(_, s)| s.clone()).collect();
        let model = learn(&examples(&others, &labels, clusters, world, settings, None), &labels, settings);
        let tagger = Tagger::from_bytes(&model).expect("a tagger just encoded decodes");
        let gaz = gazetteer(&others.iter().collect::<Vec<_>>());
        let mut featurizer = Featurizer::new(Lexicon { names: &gaz, places: super::places(), world, clusters });
        let mut seq = Sequence::default();
        for s in chunk {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            featurizer.sentence(&words, &mut |_, _| {}, &mut seq);
            guessed.push(tagger.tag(&seq).into_iter().map(|l| tagger.labels()[l].clone()).collect());
        }
    }
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
    let history = History::new(&words, &guessed);
    let second = learn(&examples(sentences, &labels, clusters, world, settings, Some(&history)), &labels, settings);
    let all: Vec<&Labelled> = sentences.iter().collect();
    Trained { first, second, gazetteer: gazetteer(&all) }
}
