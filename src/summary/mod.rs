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
pub mod points;
pub mod rouge;
pub mod vectors;

use crate::order::{apply, by_keys, down, most};
use crate::text::lang::Lang;
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

/// A candidate’s shape: 5 to 80 words, one of `ends` last, no web leftovers (a `JUNK`
/// phrase at its start or after a space).
fn shaped(sentence: &str, ends: &[char]) -> bool {
    if !sentence.trim_end().trim_end_matches(['”', '"', '»', '’', '\'', ')', '“']).ends_with(ends) || !(5..=80).contains(&word_count(sentence)) {
        return false;
    }
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
    // A junk phrase at the start or after a space, in any case (the phrases are ASCII).
    let trimmed = sentence.trim();
    let starts = std::iter::once(0).chain(trimmed.match_indices(' ').map(|(at, _)| at + 1));
    let junk = starts.map(|at| &trimmed.as_bytes()[at..]).any(|rest| JUNK.iter().any(|j| rest.get(..j.len()).is_some_and(|head| head.eq_ignore_ascii_case(j.as_bytes()))));
    !junk && sentence.chars().any(char::is_lowercase)
}

/// Whether two sentences say nearly the same thing.
fn redundant(a: &Vector, b: &Vector) -> bool {
    a.dot(b) > 0.6
}

/// Ranks the sentences of one article (`vecs` and `centroid` from `vectors`); `excluded[i]`
/// marks sentences that must not be chosen (boilerplate, the headline). Returns every
/// candidate's score, best first.
fn rank(sentences: &[&str], excluded: &[bool], (vecs, centroid): &(Vec<Vector>, Vector)) -> Vec<Scored> {
    let mut out = Vec::new();
    // Repeats: the same words as a sentence already taken (any distance), or nearly the
    // same as one of the last few (a window keeps the cost linear).
    const WINDOW: usize = 40;
    let mut seen: Vec<&Vector> = Vec::new();
    let mut same: rustc_hash::FxHashSet<Vec<u32>> = Default::default();
    for (i, s) in sentences.iter().enumerate() {
        let words: Vec<u32> = vecs[i].ids().collect();
        let repeat = same.contains(&words) || seen.iter().rev().take(WINDOW).any(|v| vecs[i].dot(v) > 0.9);
        let head = introduces(s) && i + 1 < sentences.len() && !excluded.get(i + 1).copied().unwrap_or(false);
        if excluded.get(i).copied().unwrap_or(false) || !(is_candidate(s) || head) || repeat {
            continue;
        }
        let place = out.len() as f64;
        let score = 1.0 / (1.0 + place).powf(POSITION_DECAY) + CENTROID_WEIGHT * f64::from(vecs[i].dot(centroid));
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
    rank_and_summarize(sentences, excluded, budget).1
}

/// Every candidate sentence's score, best first (`excluded[i]` marks sentences that must
/// not be chosen: boilerplate, the headline), and the summary as `summarize` makes it.
pub fn rank_and_summarize(sentences: &[&str], excluded: &[bool], budget: Budget) -> (Vec<Scored>, Vec<Scored>) {
    let vectors = vectors(sentences);
    let ranked = rank(sentences, excluded, &vectors);
    let vecs = &vectors.0;
    let mut chosen: Vec<Scored> = Vec::new();
    let (mut words, mut units) = (0, 0);
    let limit = match budget {
        Budget::Sentences(n) => n,
        Budget::Share(f) => ((ranked.len() as f64 * f).round() as usize).max(1),
        Budget::Words(_) => usize::MAX,
    };
    for s in ranked.iter().copied() {
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
    (ranked, chosen)
}

/// A point of a brief: one sentence standing for every sentence that reports the same.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// The sentence shown: (document, sentence).
    pub sentence: (usize, usize),
    pub score: f64,
    /// Every (document, sentence) that says it, the shown one first.
    pub sources: Vec<(usize, usize)>,
}

/// The brief of a set, and every group of sentences that report the same thing (the
/// points not chosen included), for comparing the documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Brief {
    pub points: Vec<Point>,
    /// Each group's (document, sentence) pairs, in document and sentence order.
    pub groups: Vec<Vec<(usize, usize)>>,
}

/// The brief of several articles (`documents[d][i]`: sentence `i` of document `d`, in
/// `langs[d]`). Sentences that report the same thing form one point (`points::group`),
/// which scores by its best sentence (its place in its article and closeness to the set's
/// centroid) and by how many articles carry it. Articles that share two points tell one story;
/// each story gets a point before any gets a second, so a set of unrelated articles gets a
/// point per article: `Budget::Sentences(n)` grows to the number of stories, up to
/// `MAX_STORIES`. Points are ordered by how many articles carry them, then by that round,
/// then by score.
pub fn brief(documents: &[Vec<&str>], excluded: &[Vec<bool>], langs: &[Lang], budget: Budget) -> Brief {
    let mut pool: Vec<(usize, usize, usize)> = Vec::new(); // (document, sentence, place among candidates)
    for (d, sentences) in documents.iter().enumerate() {
        let mut place = 0;
        for (i, s) in sentences.iter().enumerate() {
            if !excluded.get(d).and_then(|e| e.get(i)).copied().unwrap_or(false) && (is_candidate(s) || introduces(s)) {
                pool.push((d, i, place));
                place += 1;
            }
        }
    }
    let texts: Vec<&str> = pool.iter().map(|&(d, i, _)| documents[d][i]).collect();
    let (vecs, centroid) = vectors(&texts);
    let score_of: Vec<f64> = pool.iter().zip(&vecs).map(|(p, v)| 1.0 / (1.0 + p.2 as f64).powf(BRIEF_POSITION_DECAY) * BRIEF_POSITION_WEIGHT + f64::from(v.dot(&centroid))).collect();
    let order = by_keys(score_of.iter().map(|&s| [down(s), 0, 0, 0]));
    let grouped: Vec<(usize, &str, Lang)> = pool.iter().zip(&texts).map(|(p, t)| (p.0, *t, langs.get(p.0).copied().unwrap_or(Lang::Other))).collect();
    let members = points::group(&grouped, &order);

    // Each group as a candidate point: its best sentence that reads alone, and its documents.
    struct Candidate {
        point: Point,
        shown: usize,
        documents: Vec<usize>,
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    for group in &members {
        let mut documents: Vec<usize> = group.iter().map(|&k| pool[k].0).collect();
        documents.sort_unstable();
        documents.dedup();
        let readable = group.iter().copied().filter(|&k| is_candidate(texts[k]) && !needs_previous(texts[k]));
        let Some(shown) = readable.max_by(|&a, &b| score_of[a].total_cmp(&score_of[b]).then(b.cmp(&a))) else { continue };
        let mut sources: Vec<(usize, usize)> = group.iter().filter(|&&k| k != shown).map(|&k| (pool[k].0, pool[k].1)).collect();
        sources.sort_unstable();
        sources.insert(0, (pool[shown].0, pool[shown].1));
        let score = score_of[shown] + (documents.len() as f64).ln() * SUPPORT_WEIGHT;
        candidates.push(Candidate { point: Point { sentence: (pool[shown].0, pool[shown].1), score, sources }, shown, documents });
    }
    let order = by_keys(candidates.iter().map(|c| [down(c.point.score), c.shown as u64, 0, 0]));
    let candidates = apply(candidates, &order);

    // Stories: documents joined by a point they share, ranked by size, then by their best point.
    let mut stories_of = crate::sets::Sets::new(documents.len());
    // Two articles tell one story when they share two points (one may be a coincidence:
    // two accidents both count their dead and injured).
    let mut shared: rustc_hash::FxHashMap<(usize, usize), usize> = Default::default();
    for c in &candidates {
        for (i, &a) in c.documents.iter().enumerate().take(MAX_LINKED) {
            for &b in c.documents.iter().skip(i + 1).take(MAX_LINKED) {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    for (&(a, b), &n) in &shared {
        if n >= 2 {
            stories_of.join(a, b);
        }
    }
    let roots: Vec<usize> = (0..documents.len()).map(|d| stories_of.root(d)).collect();
    let mut size = vec![0; documents.len()];
    roots.iter().for_each(|&r| size[r] += 1);
    let mut stories: Vec<(usize, usize, usize)> = Vec::new(); // (root, documents, best candidate)
    let mut listed = vec![false; documents.len()];
    for (rank, c) in candidates.iter().enumerate() {
        let r = roots[c.documents[0]];
        if !std::mem::replace(&mut listed[r], true) {
            stories.push((r, size[r], rank));
        }
    }
    let order = by_keys(stories.iter().map(|s| [most(s.1), s.2 as u64, 0, 0]));
    let stories = apply(stories, &order);

    let (limit, max_words) = match budget {
        Budget::Sentences(n) => (n.max(stories.len().min(MAX_STORIES)), usize::MAX),
        Budget::Words(w) => (usize::MAX, w),
        Budget::Share(f) => (((candidates.len() as f64) * f).round().max(1.0) as usize, usize::MAX),
    };
    // Round by round, each story's best point not yet taken and not redundant.
    let mut taken = vec![false; candidates.len()];
    let mut chosen: Vec<(usize, usize)> = Vec::new(); // (candidate, round)
    let mut words = 0;
    'rounds: for round in 0.. {
        let mut progress = false;
        for story in &stories {
            if chosen.len() >= limit || words >= max_words {
                break 'rounds;
            }
            let next = (0..candidates.len())
                .find(|&k| !taken[k] && roots[candidates[k].documents[0]] == story.0 && !chosen.iter().any(|&(c, _)| redundant(&vecs[candidates[c].shown], &vecs[candidates[k].shown])));
            if let Some(k) = next {
                taken[k] = true;
                words += word_count(texts[candidates[k].shown]);
                chosen.push((k, round));
                progress = true;
            }
        }
        if !progress {
            break;
        }
    }
    let order = by_keys(chosen.iter().map(|&(k, round)| [most(candidates[k].documents.len()), round as u64, k as u64, 0]));
    let points = order.into_iter().map(|i| candidates[chosen[i].0].point.clone()).collect();
    let groups = members
        .iter()
        .map(|g| {
            let mut g: Vec<(usize, usize)> = g.iter().map(|&k| (pool[k].0, pool[k].1)).collect();
            g.sort_unstable();
            g
        })
        .collect();
    Brief { points, groups }
}

const BRIEF_POSITION_DECAY: f64 = 1.0;
const BRIEF_POSITION_WEIGHT: f64 = 0.5;
const SUPPORT_WEIGHT: f64 = 0.3;
/// The most documents of one point whose pairs are counted for stories (the cost stays
/// linear; a point that many share links them through its first ones).
const MAX_LINKED: usize = 16;
/// The most points a brief grows to so that each story has one.
pub const MAX_STORIES: usize = 24;

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

    /// Web leftovers are no candidates, in any case, at the start or after a space.
    #[test]
    fn web_leftovers_are_no_candidates() {
        for s in ["Leggi anche: il vertice di Pyongyang tra Putin e Kim.", "PUBLISHED: 12:01 EST, 19 June 2024 | UPDATED: 13:00.", "Il vertice, ieri. Click Here per leggere tutto."] {
            assert!(!is_candidate(s), "{s}");
        }
        assert!(is_candidate("I commentatori hanno letto il patto firmato a Pyongyang."));
    }

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
