//! Shared-passage detection measured on constructed pairs. From real articles, each pair
//! is a source article and a new one made of another article's words, a passage of the
//! source, and a third article's words; the passage is copied exactly, with edits (a word in
//! ten replaced, one in fifteen dropped, quotation marks and commas added), with its two
//! halves swapped, or not at all (unrelated). Precision and recall count the new article's
//! words: those found in a passage shared with the source against those that came from it.

use super::passages::{find, hashes, words};
use std::fmt;

/// How the passage is copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copy {
    Exact,
    Edited,
    Reordered,
    Unrelated,
}

const KINDS: [Copy; 4] = [Copy::Exact, Copy::Edited, Copy::Reordered, Copy::Unrelated];

/// Words counted for one kind of copy.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub pairs: usize,
    pub found: usize,
    pub right: usize,
    pub copied: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.right as f64 / self.found as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.copied == 0 {
            1.0
        } else {
            self.right as f64 / self.copied as f64
        }
    }
}

/// The figures of one evaluation.
pub struct Evaluation {
    pub kinds: Vec<(Copy, Counts)>,
    pub all: Counts,
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "copy        pairs  words-copied  words-found  precision  recall")?;
        let rows = self.kinds.iter().map(|(k, c)| (format!("{k:?}").to_lowercase(), c)).chain(std::iter::once(("all".to_string(), &self.all)));
        for (kind, c) in rows {
            writeln!(f, "{kind:<11} {:>5}  {:>12}  {:>11}  {:>9.4}  {:>6.4}", c.pairs, c.copied, c.found, c.precision(), c.recall())?;
        }
        Ok(())
    }
}

/// Builds one pair of each kind from every article of `articles` (with two others as
/// filler) and measures detection. Articles under 60 words are not used as sources.
pub fn evaluate(articles: &[&str]) -> Evaluation {
    let split: Vec<Vec<&str>> = articles.iter().map(|a| a.split_whitespace().collect()).collect();
    let mut kinds: Vec<(Copy, Counts)> = KINDS.iter().map(|&k| (k, Counts::default())).collect();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let n = split.len();
    for (i, source) in split.iter().enumerate() {
        if source.len() < 60 || n < 3 {
            continue;
        }
        let (before, after) = (&split[(i + 1) % n], &split[(i + 2) % n]);
        for (kind, counts) in kinds.iter_mut() {
            let (a, b, truth) = pair(source, before, after, *kind, &mut seed);
            let (found, right) = detect(&a, &b, &truth);
            counts.pairs += 1;
            counts.found += found;
            counts.right += right;
            counts.copied += truth.iter().filter(|&&t| t).count();
        }
    }
    let all = kinds.iter().fold(Counts::default(), |s, (_, c)| Counts { pairs: s.pairs + c.pairs, found: s.found + c.found, right: s.right + c.right, copied: s.copied + c.copied });
    Evaluation { kinds, all }
}

/// A small deterministic generator (xorshift64).
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// The source's text, the new article's text, and for each of the new article's words
/// (as `passages::words` splits them) whether it came from the source.
fn pair(source: &[&str], before: &[&str], after: &[&str], kind: Copy, seed: &mut u64) -> (String, String, Vec<bool>) {
    let len = 30 + (next(seed) % 40) as usize;
    let start = (next(seed) as usize) % (source.len().saturating_sub(len).max(1));
    let passage: Vec<&str> = source[start..(start + len).min(source.len())].to_vec();
    let mut copied: Vec<(String, bool)> = match kind {
        Copy::Exact => passage.iter().map(|w| (w.to_string(), true)).collect(),
        Copy::Edited => passage
            .iter()
            .filter_map(|w| match next(seed) % 30 {
                0 | 1 => None,
                2..=4 => Some((after[(next(seed) as usize) % after.len()].to_string(), true)),
                5 => Some((format!("“{w}”"), true)),
                6 => Some((format!("{w},"), true)),
                _ => Some((w.to_string(), true)),
            })
            .collect(),
        Copy::Reordered => {
            let half = passage.len() / 2;
            passage[half..].iter().chain(&passage[..half]).map(|w| (w.to_string(), true)).collect()
        }
        Copy::Unrelated => Vec::new(),
    };
    let mut words_b: Vec<(String, bool)> = before.iter().take(60).map(|w| (w.to_string(), false)).collect();
    words_b.append(&mut copied);
    words_b.extend(after.iter().rev().take(60).map(|w| (w.to_string(), false)));
    // Each whitespace word may hold several comparable words (`l’accordo`): mark each.
    let mut truth = Vec::new();
    for (w, t) in &words_b {
        let mut inner = Vec::new();
        words(w, 0, |s| s.len() as u32, &mut inner);
        truth.extend(std::iter::repeat_n(*t, inner.len()));
    }
    let b = words_b.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>().join(" ");
    (source.join(" "), b, truth)
}

/// Words of `b` found shared with `a`, and how many of those are truly copied.
fn detect(a: &str, b: &str, truth: &[bool]) -> (usize, usize) {
    let texts = [a, b];
    let mut marked = vec![false; truth.len()];
    for p in find(2, a.len() + b.len(), &|d, out| hashes(texts[d], out)) {
        if p.stretches.iter().any(|s| s.document == 0) {
            for s in p.stretches.iter().filter(|s| s.document == 1) {
                let end = s.end.min(marked.len());
                marked[s.first..end].iter_mut().for_each(|m| *m = true);
            }
        }
    }
    let found = marked.iter().filter(|&&m| m).count();
    let right = marked.iter().zip(truth).filter(|(&m, &t)| m && t).count();
    (found, right)
}
