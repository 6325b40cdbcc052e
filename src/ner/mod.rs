//! Named entities (people, places, organizations) by a trained sequence tagger per
//! language: `features` describes each token, `gazetteer` adds the names seen in training,
//! `train` learns a model from BIO-labelled text, `score` measures it as NERMuD and CoNLL do.
//! A document is tagged twice: the second pass also sees what the first said about each word
//! elsewhere in the document (`history`).

pub mod confidence;
pub mod consistency;
pub mod dateline;
pub mod features;
pub mod gazetteer;
pub mod history;
pub mod packed;
pub mod rules;
pub mod score;
pub mod titles;
pub mod train;

use crate::learn::clusters::Clusters;
use crate::learn::tagger::{Sequence, Tagger};
use crate::text::lang::Lang;
use features::{Featurizer, Lexicon};
use gazetteer::Gazetteer;
use history::History;

/// Entity spans `(start, end, type)` of BIO labels: a span opens at any `B-X` or stray
/// `I-X` and runs over the `I-X` that follow.
pub fn bio_spans<S: AsRef<str>>(labels: &[S]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        match labels[i].as_ref().split_once('-') {
            Some((_, kind)) => {
                let mut j = i + 1;
                while j < labels.len() && labels[j].as_ref().strip_prefix("I-") == Some(kind) {
                    j += 1;
                }
                out.push((i, j, kind.to_string()));
                i = j;
            }
            None => i += 1,
        }
    }
    out
}

/// A language's taggers (first and second pass), gazetteers (names of the training data,
/// names of the world) and word clusters.
#[derive(Clone)]
pub struct Recognizer {
    tagger: Tagger,
    second: Tagger,
    gazetteer: Gazetteer,
    world: Gazetteer,
    clusters: Clusters,
}

/// The place names of GeoNames (see `models/README.md`), shared by every language.
pub fn places() -> &'static Gazetteer {
    crate::models::places()
}

/// The most words the tagger sees as one sentence.
const LONGEST_TAGGED: usize = 250;

/// The most distinct words a featurizer kept over documents holds (some 700 bytes each);
/// past it, it keeps the first half.
const KEPT_WORDS: usize = 20_000;

thread_local! {
    /// Each installed recognizer's featurizer on this thread (`Recognizer::tag_document_kept`),
    /// by the recognizer's address.
    static KEPT: std::cell::RefCell<Vec<(usize, Featurizer<'static>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Documents of up to this many words keep each token's features between the two passes
/// (some 200 bytes a word); longer ones make them again.
const KEPT_FEATURES: usize = 50_000;

impl Recognizer {
    pub fn new(tagger: Tagger, second: Tagger, gazetteer: Gazetteer, world: Gazetteer, clusters: Clusters) -> Recognizer {
        Recognizer { tagger, second, gazetteer, world, clusters }
    }

    /// Whether a name (words separated by single spaces) is in one of the name lists.
    pub fn knows(&self, name: &str) -> bool {
        self.type_of(name).is_some() || places().contains(name)
    }

    /// The steps after tagging, on the labels of a document (or a window of one) that the
    /// tagger gave as `tagged`, with its `margins`: titles and roles out of names, known places
    /// whole, names consistent across the document; returns the names of each sentence with
    /// their confidence, doubted ones at 0 (`rules::doubt`).
    pub fn finish(&self, words: &[Vec<&str>], labels: &mut [Vec<String>], tagged: &[Vec<String>], margins: &[Vec<f32>], lang: Lang) -> Vec<Vec<confidence::Span>> {
        titles::strip(words, labels);
        rules::correct(words, labels);
        rules::join_places(words, labels, &|name| places().contains(name));
        consistency::propagate(words, labels);
        let mut names = confidence::spans(words, labels, tagged, margins, confidence::temperature(lang));
        rules::doubt(words, &mut names, &|name| self.knows(name));
        names
    }

    /// The type the name lists give a name (training names first, then names of the world).
    pub fn type_of(&self, name: &str) -> Option<&'static str> {
        self.gazetteer.kind_of(name).or_else(|| self.world.kind_of(name))
    }

    fn lexicon(&self) -> Lexicon<'_> {
        Lexicon { names: &self.gazetteer, places: places(), world: &self.world, clusters: &self.clusters }
    }

    /// First-pass BIO labels for the words of one sentence (`O`, `B-PER`, `I-PER`, …).
    pub fn tag<'a>(&'a self, words: &[&str], scratch: &mut Sequence) -> Vec<&'a str> {
        self.tag_with(&mut Featurizer::new(self.lexicon()), words, scratch, &mut Vec::new()).0
    }

    /// `tag` with the features of a `Featurizer` over this recognizer's lexicon (`base`: room
    /// for the summed rows); also gives the words' ids (`Featurizer::sentence_parts`).
    fn tag_with<'a>(&'a self, featurizer: &mut Featurizer<'a>, words: &[&str], scratch: &mut Sequence, base: &mut Vec<i32>) -> (Vec<&'a str>, Vec<u32>) {
        let ids = featurizer.sentence_parts(words, &mut |_, _| {}, scratch);
        featurizer.base(&ids, &self.tagger, base);
        let labels = self.tagger.labels();
        (self.tagger.tag_from(scratch, base).into_iter().map(|l| labels[l].as_str()).collect(), ids)
    }

    /// BIO labels for the words of a document, one list per sentence, from both passes.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<String>> {
        self.tag_document_with_margins(sentences).0
    }

    /// `tag_document`, with each token's margin in the second pass (see
    /// `Tagger::tag_with_margins`; `confidence` turns margins into a name's confidence).
    pub fn tag_document_with_margins(&self, sentences: &[Vec<&str>]) -> (Vec<Vec<String>>, Vec<Vec<f32>>) {
        self.tag_document_using(&mut Featurizer::new(self.lexicon()), sentences)
    }

    /// `tag_document_with_margins` by a recognizer that lives as long as the program (an
    /// installed model): what the features know of each word is kept on this thread for
    /// the next documents, which share most of their words. The labels are the same.
    pub fn tag_document_kept(&'static self, sentences: &[Vec<&str>]) -> (Vec<Vec<String>>, Vec<Vec<f32>>) {
        KEPT.with_borrow_mut(|kept| {
            let me = self as *const Recognizer as usize;
            let at = kept.iter().position(|(r, _)| *r == me).unwrap_or_else(|| {
                kept.push((me, Featurizer::new(self.lexicon())));
                kept.len() - 1
            });
            let featurizer = &mut kept[at].1;
            if featurizer.known_words() > KEPT_WORDS {
                featurizer.forget_after(KEPT_WORDS / 2);
            }
            self.tag_document_using(featurizer, sentences)
        })
    }

    /// `tag_document_with_margins` with `featurizer`. A sentence longer than `LONGEST_TAGGED`
    /// words (a text without full stops) is tagged in pieces of that length, which bounds
    /// the memory the tagger's features take.
    fn tag_document_using<'a>(&'a self, featurizer: &mut Featurizer<'a>, sentences: &[Vec<&str>]) -> (Vec<Vec<String>>, Vec<Vec<f32>>) {
        if sentences.iter().any(|s| s.len() > LONGEST_TAGGED) {
            let pieces: Vec<Vec<&str>> = sentences.iter().flat_map(|s| s.chunks(LONGEST_TAGGED).map(<[&str]>::to_vec)).collect();
            let (labels, margins) = self.tag_document_using(featurizer, &pieces);
            let (mut labels, mut margins) = (labels.into_iter(), margins.into_iter());
            let mut join = |s: &Vec<&str>| {
                let k = s.len().div_ceil(LONGEST_TAGGED);
                (labels.by_ref().take(k).flatten().collect(), margins.by_ref().take(k).flatten().collect())
            };
            return sentences.iter().map(&mut join).unzip();
        }
        // The second pass sees the first pass's features and the history: those of a
        // document of some size are kept from the first pass rather than made again.
        let keep = sentences.iter().map(Vec::len).sum::<usize>() <= KEPT_FEATURES;
        let mut kept = Vec::new();
        let mut ids = Vec::with_capacity(sentences.len());
        let mut scratch = Sequence::default();
        let mut base = Vec::new();
        let first: Vec<Vec<&str>> = sentences
            .iter()
            .map(|ws| {
                let (labels, words) = self.tag_with(featurizer, ws, &mut scratch, &mut base);
                if keep {
                    kept.push(scratch.clone());
                }
                ids.push(words);
                labels
            })
            .collect();
        let history = History::new(sentences, &first);
        let labels = self.second.labels();
        sentences
            .iter()
            .enumerate()
            .map(|(k, ws)| {
                let mut extra = |i, f: &mut _| history.features(k, i, f);
                match kept.get(k) {
                    Some(features) => features.extended(&mut extra, &mut scratch),
                    None => drop(featurizer.sentence_parts(ws, &mut extra, &mut scratch)),
                }
                featurizer.base(&ids[k], &self.second, &mut base);
                let (best, margins) = self.second.tag_with_margins_from(&scratch, &base);
                (best.into_iter().map(|l| labels[l].clone()).collect(), margins)
            })
            .unzip()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A featurizer kept over documents, whole or after forgetting most words, tags as a
    /// fresh one does.
    #[test]
    fn a_kept_featurizer_tags_as_a_fresh_one() {
        let Some(recognizer) = crate::models::recognizer(Lang::It) else {
            eprintln!("skipped: no Italian entity model");
            return;
        };
        let documents = [
            vec![vec!["Il", "presidente", "Sergio", "Mattarella", "è", "arrivato", "a", "Roma", "."]],
            vec![vec!["Vladimir", "Putin", "ha", "incontrato", "Kim", "Jong-un", "a", "Pyongyang", "."], vec!["Da", "Roma", "parla", "Mattarella", "."]],
            vec![vec!["Mattarella", "e", "Putin", "non", "si", "sono", "visti", "a", "Mosca", "."]],
        ];
        let mut featurizer = Featurizer::new(recognizer.lexicon());
        for document in &documents {
            let fresh = recognizer.tag_document_with_margins(document);
            assert!(fresh.0.iter().flatten().any(|l| l != "O"), "{fresh:?}");
            assert_eq!(recognizer.tag_document_using(&mut featurizer, document), fresh);
            assert_eq!(recognizer.tag_document_kept(document), fresh);
            assert!(featurizer.known_words() > 6);
            featurizer.forget_after(6);
            assert_eq!(featurizer.known_words(), 6);
            assert_eq!(recognizer.tag_document_using(&mut featurizer, document), fresh);
        }
    }
}
