//! Extractive summaries: the gist of one article in a few of its own sentences, and a brief
//! of a whole set in which each point names every article that carries it.
//!
//! One article: news puts its gist first, so a sentence scores by its place among the
//! article's real sentences (headlines, bylines, boilerplate, captions and repeats are never
//! candidates) and by how close it is to the article's centroid (Radev et al. 2004); the best
//! are taken without redundancy and given back in their order. A set: near-duplicate
//! sentences across articles are merged (MinHash buckets, so the cost stays near linear),
//! each merged point scores by its closeness to the set's centroid, its place in its articles
//! and how many articles carry it; points are taken without redundancy and ordered by where
//! they stand in their articles. `baselines` holds Lead and TextRank for comparison.

pub mod baselines;
pub mod openers;
pub mod rouge;
pub mod vectors;

use openers::needs_previous;

use vectors::{vectors, Vector};

/// How long a summary may be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    Sentences(usize),
    /// Whole sentences up to this many words (the last may be cut, see `fill_words`).
    Words(usize),
    /// A share (0–1) of the candidate sentences, at least one.
    Share(f64),
}

/// A sentence chosen for a summary, with its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    pub sentence: usize,
    pub score: f64,
}

/// The number of words of a sentence, as summaries count them.
pub fn word_count(sentence: &str) -> usize {
    sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Whether a sentence can stand in a summary: a real sentence of 5 to 80 words that ends
/// with a stop (headlines and subheads have none), not web leftovers (`By . Daily Mail
/// Reporter`, `PUBLISHED: …`, `Click here`).
pub fn is_candidate(sentence: &str) -> bool {
    shaped(sentence, &['.', '!', '?', '…'])
}

/// Whether a sentence ends in `:` or `;` and would otherwise be a candidate: it stands in
/// a summary only with the sentence it introduces.
pub fn introduces(sentence: &str) -> bool {
    shaped(sentence, &[':', ';'])
}

/// A candidate’s shape: 5 to 80 words, one of `ends` last, no web leftovers.
fn shaped(sentence: &str, ends: &[char]) -> bool {
    let ends = sentence.trim_end().trim_end_matches(['”', '"', '»', '’', '\'', ')', '“']).ends_with(ends);
    let n = word_count(sentence);
    let lower = sentence.trim().to_lowercase();
    const JUNK: &[&str] = &[
        "by .",
        "published:",
        "updated:",
        "last updated",
        "click here",
        "scroll down",
        "read more",
        "follow @",
        "share this",
        "comments",
        "leggi anche",
        "continua a leggere",
        "vai al contenuto",
        "iscriviti",
        "seguici",
        "riproduzione riservata",
        "all rights reserved",
        "copyright",
    ];
    ends && (5..=80).contains(&n) && !JUNK.iter().any(|j| lower.starts_with(j) || lower.contains(&format!(" {j}"))) && sentence.chars().any(char::is_lowercase)
}

/// Whether two sentences say nearly the same thing.
fn redundant(a: &Vector, b: &Vector) -> bool {
    a.dot(b) > 0.6
}

/// Ranks the sentences of one article; `excluded[i]` marks sentences that must not be
/// chosen (boilerplate, the headline). Returns every candidate's score, best first.
pub fn rank(sentences: &[&str], excluded: &[bool]) -> Vec<Scored> {
    let (vecs, centroid) = vectors(sentences);
    let mut out = Vec::new();
    // Repeats: the same words as a sentence already taken (any distance), or nearly the
    // same as one of the last few (a window keeps the cost linear).
    const WINDOW: usize = 40;
    let mut seen: Vec<&Vector> = Vec::new();
    let mut same: std::collections::HashSet<Vec<u32>> = std::collections::HashSet::new();
    for (i, s) in sentences.iter().enumerate() {
        let words: Vec<u32> = vecs[i].ids().collect();
        let repeat = same.contains(&words) || seen.iter().rev().take(WINDOW).any(|v| vecs[i].dot(v) > 0.9);
        let head = introduces(s) && i + 1 < sentences.len() && !excluded.get(i + 1).copied().unwrap_or(false);
        if excluded.get(i).copied().unwrap_or(false) || !(is_candidate(s) || head) || repeat {
            continue;
        }
        let place = out.len() as f64;
        let score = 1.0 / (1.0 + place).powf(POSITION_DECAY) + CENTROID_WEIGHT * f64::from(vecs[i].dot(&centroid));
        out.push(Scored { sentence: i, score });
        seen.push(&vecs[i]);
        same.insert(words);
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.sentence.cmp(&b.sentence)));
    out
}

/// How many sentences a sentence ending in `:` or `;` may bring.
const MAX_INTRODUCED: usize = 1;
/// How fast the position prior falls: sentence k (from 0) gets 1 / (1 + k)^decay.
const POSITION_DECAY: f64 = 1.0;
/// The weight of closeness to the article's centroid against the position prior.
const CENTROID_WEIGHT: f64 = 1.0;

/// Summarizes one article: the chosen sentences in their order, with their scores. A
/// sentence that leans on the one before comes only after it; one that ends in `:` or `;`
/// brings the sentences after it up to a final stop (they count as one), or is not used.
pub fn summarize(sentences: &[&str], excluded: &[bool], budget: Budget) -> Vec<Scored> {
    let ranked = rank(sentences, excluded);
    let (vecs, _) = vectors(sentences);
    let mut chosen: Vec<Scored> = Vec::new();
    let (mut words, mut units) = (0, 0);
    let limit = match budget {
        Budget::Sentences(n) => n,
        Budget::Share(f) => ((ranked.len() as f64 * f).round() as usize).max(1),
        Budget::Words(_) => usize::MAX,
    };
    for s in ranked {
        if units >= limit {
            break;
        }
        if let Budget::Words(max) = budget {
            if words >= max {
                break;
            }
        }
        // It leans on the one before when it reads on from it (`…; Davide Corradetti, di 16 anni;`).
        let reads_on = s.sentence > 0 && sentences[s.sentence - 1].trim_end().ends_with([':', ';']);
        let leans = (reads_on || needs_previous(sentences[s.sentence])) && !chosen.iter().any(|c| c.sentence + 1 == s.sentence);
        if leans || chosen.iter().any(|c| c.sentence == s.sentence || redundant(&vecs[c.sentence], &vecs[s.sentence])) {
            continue;
        }
        // A sentence ending in `:` or `;` comes with those after it up to a final stop.
        let mut end = s.sentence + 1;
        while introduces(sentences[end - 1]) && end < sentences.len() && end - s.sentence <= MAX_INTRODUCED {
            end += 1;
        }
        if introduces(sentences[end - 1]) {
            continue;
        }
        units += 1;
        for (i, sentence) in sentences.iter().enumerate().take(end).skip(s.sentence) {
            if !chosen.iter().any(|c| c.sentence == i) {
                words += word_count(sentence);
                chosen.push(Scored { sentence: i, score: s.score });
            }
        }
    }
    chosen.sort_by_key(|s| s.sentence);
    chosen
}

/// A point of a brief: one sentence standing for every near-duplicate of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// The sentence shown: (document, sentence).
    pub sentence: (usize, usize),
    pub score: f64,
    /// Every (document, sentence) that says it, the shown one included.
    pub sources: Vec<(usize, usize)>,
}

/// The brief of several articles (`documents[d][i]`: sentence `i` of document `d`).
pub fn brief(documents: &[Vec<&str>], excluded: &[Vec<bool>], budget: Budget) -> Vec<Point> {
    let mut pool: Vec<(usize, usize, usize)> = Vec::new(); // (document, sentence, place among candidates)
    for (d, sentences) in documents.iter().enumerate() {
        let mut place = 0;
        for (i, s) in sentences.iter().enumerate() {
            if !excluded.get(d).and_then(|e| e.get(i)).copied().unwrap_or(false) && is_candidate(s) && !needs_previous(s) {
                pool.push((d, i, place));
                place += 1;
            }
        }
    }
    let texts: Vec<&str> = pool.iter().map(|&(d, i, _)| documents[d][i]).collect();
    let (vecs, centroid) = vectors(&texts);
    let groups = near_duplicates(&vecs);
    let mut points: Vec<(Point, usize)> = groups
        .into_iter()
        .map(|members| {
            let score_of = |k: usize| 1.0 / (1.0 + pool[k].2 as f64).powf(BRIEF_POSITION_DECAY) * BRIEF_POSITION_WEIGHT + f64::from(vecs[k].dot(&centroid));
            let best = members.iter().copied().max_by(|&a, &b| score_of(a).total_cmp(&score_of(b)).then(b.cmp(&a))).unwrap_or(members[0]);
            let mut docs: Vec<usize> = members.iter().map(|&k| pool[k].0).collect();
            docs.sort_unstable();
            docs.dedup();
            let support = (docs.len() as f64).ln() * SUPPORT_WEIGHT;
            let sources = members.iter().map(|&k| (pool[k].0, pool[k].1)).collect();
            (Point { sentence: (pool[best].0, pool[best].1), score: score_of(best) + support, sources }, best)
        })
        .collect();
    points.sort_by(|a, b| b.0.score.total_cmp(&a.0.score).then(a.1.cmp(&b.1)));
    let (limit, max_words) = match budget {
        Budget::Sentences(n) => (n, usize::MAX),
        Budget::Words(w) => (usize::MAX, w),
        Budget::Share(f) => (((points.len() as f64) * f).round().max(1.0) as usize, usize::MAX),
    };
    let mut chosen: Vec<(Point, usize)> = Vec::new();
    let mut words = 0;
    for (p, k) in points {
        if chosen.len() >= limit || words >= max_words {
            break;
        }
        if chosen.iter().any(|(_, c)| redundant(&vecs[*c], &vecs[k])) {
            continue;
        }
        words += word_count(texts[k]);
        chosen.push((p, k));
    }
    // Reading order: points that open their articles first.
    let place = |p: &Point| {
        let places: Vec<f64> = p.sources.iter().map(|&(d, i)| i as f64 / documents[d].len().max(1) as f64).collect();
        places.iter().sum::<f64>() / places.len().max(1) as f64
    };
    chosen.sort_by(|a, b| place(&a.0).total_cmp(&place(&b.0)));
    chosen.into_iter().map(|(p, _)| p).collect()
}

const BRIEF_POSITION_DECAY: f64 = 1.0;
const BRIEF_POSITION_WEIGHT: f64 = 0.5;
const SUPPORT_WEIGHT: f64 = 0.3;

/// Groups of near-duplicate sentences (cosine ≥ 0.5 after a MinHash bucket match). Each
/// sentence is in exactly one group; the cost is linear in the sentences plus the pairs
/// that share a bucket.
fn near_duplicates(vecs: &[Vector]) -> Vec<Vec<usize>> {
    const BANDS: usize = 6;
    const ROWS: usize = 2;
    let mut parent: Vec<usize> = (0..vecs.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut buckets: std::collections::HashMap<(usize, u64), Vec<usize>> = std::collections::HashMap::new();
    for (k, v) in vecs.iter().enumerate() {
        if v.entries.len() < 3 {
            continue;
        }
        for band in 0..BANDS {
            let mut sig = 0u64;
            for row in 0..ROWS {
                let seed = (band * ROWS + row) as u64 + 1;
                let min = v.ids().map(|id| mix(u64::from(id), seed)).min().unwrap_or(0);
                sig = sig.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ min;
            }
            buckets.entry((band, sig)).or_default().push(k);
        }
    }
    for members in buckets.values() {
        for (x, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(x + 1).take(50) {
                if vecs[a].dot(&vecs[b]) >= 0.5 {
                    let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    for k in 0..vecs.len() {
        let r = find(&mut parent, k);
        groups.entry(r).or_default().push(k);
    }
    groups.into_values().collect()
}

/// A 64-bit mix of a word id with a seed (splitmix64).
fn mix(x: u64, seed: u64) -> u64 {
    let mut z = x.wrapping_add(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Cuts a list of sentences to at most `max` words, cutting the last one if it overflows.
pub fn fill_words(sentences: Vec<String>, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut words = 0;
    for s in sentences {
        let n = word_count(&s);
        if words + n <= max {
            words += n;
            out.push(s);
        } else {
            let keep: Vec<&str> = s.split_whitespace().take(max - words).collect();
            if !keep.is_empty() {
                out.push(keep.join(" "));
            }
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colon_brings_what_it_introduces() {
        let s = [
            "La gara di Milano",
            "Colpo di scena nella gara di ieri sera a Milano, decisa solo all'ultimo metro:",
            "la bergamasca si è infatti aggiudicata il titolo davanti alla campionessa uscente.",
            "Il pubblico ha applaudito a lungo entrambe le atlete sul traguardo.",
        ];
        let picked: Vec<usize> = summarize(&s, &[], Budget::Sentences(1)).iter().map(|x| x.sentence).collect();
        assert_eq!(picked, [1, 2]);
        // Not when what it introduces does not end either: the list would be cut.
        let list = ["Le vittime sono tre ragazzi della zona di Ascoli:", "Eleonora Allevi, di 19 anni;", "Davide Corradetti, di 16 anni;", "Alex Luciani, di 16 anni."];
        for n in 1..=4 {
            assert!(summarize(&list, &[], Budget::Sentences(n)).is_empty(), "no piece of a list cut short");
        }
    }

    #[test]
    fn no_sentence_without_the_one_it_leans_on() {
        let s = [
            "Il sindaco di Roma ha parlato a lungo ieri in consiglio comunale sul bilancio.",
            "Lui ha detto che la città è pronta a spendere i fondi europei per il bilancio.",
            "Una terza persona risulta dispersa.",
        ];
        for n in 1..=3 {
            let picked: Vec<usize> = summarize(&s, &[true, false, false], Budget::Sentences(n)).iter().map(|x| x.sentence).collect();
            assert!(!picked.contains(&1), "{picked:?}");
        }
        let picked: Vec<usize> = summarize(&s, &[], Budget::Sentences(3)).iter().map(|x| x.sentence).collect();
        assert_eq!(picked, [0, 1, 2], "a short factual sentence is allowed, and one after its predecessor");
    }
}
