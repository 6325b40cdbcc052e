//! Points: groups of sentences, from one document or several, that report the same thing,
//! paraphrases included (`siglato un patto di difesa reciproca` and `un impegno reciproco di
//! assistenza militare`). A sentence is a bag of content-word stems weighted by tf-idf over
//! the set, smoothed with half of each neighbour's bag, since a sentence often names what
//! the one before it described (`Questo accordo …`). Candidate pairs come from an inverted
//! index whose commonest stems are left out, so the cost stays near linear; each sentence,
//! best first, joins the point whose first sentence it is closest to, or opens a new one.
//! Joining the first sentence rather than any member keeps points from chaining.

use super::vectors::Vector;
use crate::extract::stopwords::{is_stop, normalize};
use crate::text::lang::Lang;
use rustc_hash::FxHashMap as HashMap;

/// Stems shorter than this are whole words; longer words are cut to it. Truncating to a
/// few leading characters stems almost as well as a stemmer for retrieval (McNamee and
/// Mayfield 2004 report 5 for Italian-like languages).
const STEM: usize = 5;
/// How much a capitalized word inside a sentence (most often a name) counts.
const NAME_WEIGHT: f32 = 0.3;
/// How much of each neighbour's bag a sentence takes in.
const CONTEXT: f32 = 0.5;
/// A stem in more sentences than this is not used to find candidates (it still counts in
/// the similarity of candidates found by other stems).
const MAX_POSTINGS: usize = 64;
/// The least cosine between a sentence and a point's first sentence for it to join: in the
/// same document (own words), in another document (words in context), with any member (own
/// words), and for a sentence no other document reports to join its closest sentence in
/// another document.
const JOIN_SAME: f32 = 0.3;
const JOIN_ACROSS: f32 = 0.25;
const JOIN_MEMBER: f32 = 0.35;
const JOIN_ALONE: f32 = 0.3;

/// The content-word stems of a sentence: lowercase words of three or more letters or any
/// digits, not stop words, cut to `STEM` characters.
pub fn stems(sentence: &str, lang: Lang) -> impl Iterator<Item = String> + '_ {
    sentence.split(|c: char| !c.is_alphanumeric()).filter_map(move |w| stem(w, lang))
}

/// A word's stem, if it is a content word.
fn stem(word: &str, lang: Lang) -> Option<String> {
    let word = normalize(word);
    let keep = (word.chars().count() >= 3 || word.chars().any(|c| c.is_ascii_digit())) && !is_stop(&word, lang);
    keep.then(|| word.chars().take(STEM).collect())
}

/// Groups `pool` (sentence texts with their document and language, in document order,
/// each document's sentences in text order) into points. `order` ranks the sentences, best
/// first: better sentences open points. Returns each point's members (indexes into `pool`),
/// its first sentence first.
pub fn group(pool: &[(usize, &str, Lang)], order: &[usize]) -> Vec<Vec<usize>> {
    let (own, vectors) = context_vectors(pool);
    let postings = Postings::new(&vectors);
    // The point of each placed sentence, and each point's first sentence.
    let mut point_of: Vec<Option<usize>> = vec![None; pool.len()];
    let mut points: Vec<Vec<usize>> = Vec::new();
    for &k in order {
        let mut best: Option<(f32, usize)> = None;
        let mut seen: Vec<usize> = Vec::new();
        for id in vectors[k].ids() {
            for &other in postings.of(id) {
                let other = other as usize;
                let Some(p) = point_of[other] else { continue };
                // Close to any member in its own words.
                let member = own[k].dot(&own[other]);
                if member >= JOIN_MEMBER && best.is_none_or(|(s, _)| member > s) {
                    best = Some((member, p));
                }
                if seen.contains(&p) {
                    continue;
                }
                seen.push(p);
                // Close to its first sentence; within a document neighbours share their
                // context, so only their own words count.
                let first = points[p][0];
                let (sim, join) = if pool[first].0 == pool[k].0 { (own[k].dot(&own[first]), JOIN_SAME) } else { (vectors[k].dot(&vectors[first]), JOIN_ACROSS) };
                if sim >= join && best.is_none_or(|(s, _)| sim > s) {
                    best = Some((sim, p));
                }
            }
        }
        match best {
            Some((_, p)) => {
                points[p].push(k);
                point_of[k] = Some(p);
            }
            None => {
                point_of[k] = Some(points.len());
                points.push(vec![k]);
            }
        }
    }
    // A last chance for what only one document says: the sentence joins the point of its
    // closest sentence in another document.
    for &k in order {
        let p = point_of[k].unwrap_or(0);
        if points[p].iter().any(|&m| pool[m].0 != pool[k].0) {
            continue;
        }
        let mut best: Option<(f32, usize)> = None;
        for id in vectors[k].ids() {
            for &other in postings.of(id) {
                let other = other as usize;
                let sim = own[k].dot(&own[other]);
                if pool[other].0 != pool[k].0 && sim >= JOIN_ALONE && best.is_none_or(|(s, _)| sim > s) {
                    best = Some((sim, other));
                }
            }
        }
        if let Some((_, other)) = best {
            let q = point_of[other].unwrap_or(0);
            points[p].retain(|&m| m != k);
            points[q].push(k);
            point_of[k] = Some(q);
        }
    }
    points.retain(|p| !p.is_empty());
    points
}

/// The sentences that have each stem (an inverted index), in one list: a stem's sentences
/// are `sentences[starts[id]..starts[id + 1]]`, in order.
struct Postings {
    starts: Vec<u32>,
    sentences: Vec<u32>,
}

impl Postings {
    fn new(vectors: &[Vector]) -> Postings {
        let stems = vectors.iter().flat_map(Vector::ids).max().map_or(0, |id| id as usize + 1);
        let mut starts = vec![0u32; stems + 1];
        for id in vectors.iter().flat_map(Vector::ids) {
            starts[id as usize + 1] += 1;
        }
        for i in 0..stems {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut sentences = vec![0u32; starts[stems] as usize];
        for (k, v) in vectors.iter().enumerate() {
            for id in v.ids() {
                sentences[next[id as usize] as usize] = k as u32;
                next[id as usize] += 1;
            }
        }
        Postings { starts, sentences }
    }

    /// The sentences with stem `id`; none for a stem in more than `MAX_POSTINGS`.
    fn of(&self, id: u32) -> &[u32] {
        let (from, to) = (self.starts[id as usize] as usize, self.starts[id as usize + 1] as usize);
        if to - from > MAX_POSTINGS {
            &[]
        } else {
            &self.sentences[from..to]
        }
    }
}

/// Unit tf-idf vectors of stems: each sentence's own, and smoothed with its neighbours in
/// the same document.
fn context_vectors(pool: &[(usize, &str, Lang)]) -> (Vec<Vector>, Vec<Vector>) {
    let mut ids: HashMap<String, u32> = HashMap::default();
    let bags: Vec<Vec<(u32, f32)>> = pool
        .iter()
        .map(|&(_, s, lang)| {
            let mut bag: Vec<(u32, f32)> = Vec::new();
            for (i, word) in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).enumerate() {
                let Some(stem) = stem(word, lang) else { continue };
                // Names are what every sentence of a story shares: they count for less.
                let weight = if i > 0 && word.starts_with(char::is_uppercase) { NAME_WEIGHT } else { 1.0 };
                let next = ids.len() as u32;
                let id = *ids.entry(stem).or_insert(next);
                match bag.iter_mut().find(|e| e.0 == id) {
                    Some(e) => e.1 += weight,
                    None => bag.push((id, weight)),
                }
            }
            bag
        })
        .collect();
    let mut df = vec![0f32; ids.len()];
    for bag in &bags {
        for &(id, _) in bag {
            df[id as usize] += 1.0;
        }
    }
    let n = pool.len().max(1) as f32;
    // Made in the bags' own memory: 5,000 articles have some 150,000 sentences.
    let weighted: Vec<Vec<(u32, f32)>> = bags.into_iter().map(|bag| bag.into_iter().map(|(id, tf)| (id, (1.0 + tf.ln()) * (n / df[id as usize]).ln().max(0.0))).collect()).collect();
    let own = weighted.iter().map(|bag| Vector::unit(exact(bag.iter().copied().filter(|e| e.1 > 0.0)))).collect();
    let smoothed = (0..pool.len())
        .map(|k| {
            let mut sum: HashMap<u32, f32> = HashMap::default();
            let neighbours = [k.checked_sub(1), Some(k + 1).filter(|&j| j < pool.len())];
            for (j, share) in std::iter::once((Some(k), 1.0)).chain(neighbours.into_iter().map(|j| (j, CONTEXT))) {
                let Some(j) = j.filter(|&j| pool[j].0 == pool[k].0) else { continue };
                for &(id, w) in &weighted[j] {
                    *sum.entry(id).or_default() += share * w;
                }
            }
            Vector::unit(exact(sum.iter().map(|(&id, &w)| (id, w)).filter(|e| e.1 > 0.0)))
        })
        .collect();
    (own, smoothed)
}

/// The entries of `items` in a list of their exact length (`collect` leaves room to grow).
fn exact(items: impl Iterator<Item = (u32, f32)> + Clone) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(items.clone().count());
    out.extend(items);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paraphrases_join_and_other_news_does_not() {
        let it = Lang::It;
        let pool = [
            (0, "Il nuovo trattato tra Putin e Kim stabilisce un impegno reciproco di assistenza militare in caso di guerra.", it),
            (0, "La nazionale di calcio ha vinto la partita di ieri sera contro la Spagna.", it),
            (0, "Il sindaco ha inaugurato la nuova biblioteca comunale nel quartiere nord.", it),
            (0, "Domani torna il sole su tutta la penisola dopo una settimana di piogge.", it),
            (1, "Il museo resterà chiuso per lavori fino alla fine del mese prossimo.", it),
            (1, "L’accordo firmato da Putin e Kim stabilisce un reciproco impegno di assistenza militare in caso di attacco.", it),
            (1, "Il prezzo del petrolio è salito ancora sui mercati asiatici.", it),
            (1, "Gli studenti hanno manifestato davanti al ministero per chiedere più borse di studio.", it),
        ];
        let points = group(&pool, &[0, 5, 1, 2, 3, 4, 6, 7]);
        assert!(points.contains(&vec![0, 5]), "{points:?}");
        assert_eq!(points.len(), 7, "{points:?}");
    }
}
