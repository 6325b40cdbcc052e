//! Shared passages (text reuse): stretches that two or more documents, or two places of one
//! document, share word for word or nearly. Words are compared lowercased without accents,
//! punctuation or quotation marks; every run of `SHINGLE` words is hashed, and the runs sorted
//! by hash give the matching seeds of each pair of documents in one pass (a hash in
//! many documents links each to the next rather than every pair, so the cost stays linear in
//! the words). Seeds that follow each other in both documents, with gaps of a few words for
//! small edits, form a passage; a reordered clause makes a passage of its own. Passages that
//! cover the same stretch of one document are merged, so a passage copied by many documents
//! is one passage with a span in each.

use crate::order::{apply, by_keys, most};
use rustc_hash::FxHashMap as HashMap;

/// Words per hashed run.
pub const SHINGLE: usize = 4;
/// The fewest words a passage has.
pub const MIN_WORDS: usize = 8;
/// The most words between two seeds of one passage in either document (an edit changes up
/// the `SHINGLE` runs around it, and edits come close together).
const GAP: usize = 3 * SHINGLE;
/// The least share of a passage's words matched word for word: short matches far apart
/// are common phrasing, not a copy.
const MIN_SIMILARITY: f64 = 0.6;
/// A hash in more documents than this, or at more places than `MAX_PLACES`, links each place
/// to the next only (a text of one word repeated has every run of words everywhere).
const ALL_PAIRS: usize = 8;
const MAX_PLACES: usize = 64;

/// A word of a document: its comparable form (hashed) and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub hash: u64,
    pub start: u32,
    pub end: u32,
}

/// A passage's stretch of one document: words `first..end` of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stretch {
    pub document: usize,
    pub first: usize,
    pub end: usize,
}

/// A passage shared by two or more stretches.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    /// In document order, then by place.
    pub stretches: Vec<Stretch>,
    /// The share of the longest stretch's words that match the others word for word, 0–1.
    pub similarity: f64,
}

/// The comparable words of `text` (at offsets from `base`, counted by `measure`, which
/// gives the length of a piece of text in the unit of the offsets).
pub fn words(text: &str, base: u32, measure: impl Fn(&str) -> u32, out: &mut Vec<Word>) {
    let mut at = 0; // bytes of `text` measured so far
    let mut offset = base;
    for (start, word) in split_words(text) {
        offset += measure(&text[at..start]);
        let width = measure(word);
        out.push(Word { hash: hash_word(word), start: offset, end: offset + width });
        offset += width;
        at = start + word.len();
    }
}

/// The word hashes of `text`, as `words` gives them.
pub fn hashes(text: &str, out: &mut Vec<u64>) {
    out.extend(split_words(text).map(|(_, word)| hash_word(word)));
}

/// The letter-and-digit runs of a text with their byte offsets.
fn split_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    text.char_indices().chain(std::iter::once((text.len(), ' '))).filter_map(move |(i, c)| {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            None
        } else {
            start.take().map(|s| (s, &text[s..i]))
        }
    })
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x100_0000_01b3;

/// A word's hash, lowercased and without accents on Latin vowels.
fn hash_word(word: &str) -> u64 {
    if word.is_ascii() {
        // The same hash without decoding: an ASCII letter or digit has no accent to take off.
        return word.bytes().fold(FNV_OFFSET, |h, b| (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME));
    }
    word.chars().flat_map(char::to_lowercase).fold(FNV_OFFSET, fnv)
}

/// One lowercase character more in a word's hash (`hash_word`).
fn fnv(h: u64, c: char) -> u64 {
    let c = match c {
        'à' | 'á' | 'â' | 'ä' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        c => c,
    };
    (h ^ u64::from(c)).wrapping_mul(FNV_PRIME)
}

/// The passages shared among `documents` documents of `bytes` bytes in all, `hashes(d,
/// out)` filling `out` with the word hashes of document `d` (as `hashes` gives them) in text
/// order. It is called three times per document: the words are not kept, only the runs
/// shared.
pub fn find(documents: usize, bytes: usize, hashes: &dyn Fn(usize, &mut Vec<u64>)) -> Vec<Passage> {
    let mut seeds = seeds(documents, bytes, hashes);
    seeds.sort_unstable();
    seeds.dedup();
    let mut pairs: Vec<(Stretch, Stretch, f64)> = Vec::new();
    for list in seeds.chunk_by(|x, y| x.0 == y.0) {
        pairs.extend(runs(list));
    }
    merge(pairs)
}

/// Two documents (a ≤ b) and the places in each where the same run of words starts.
type Seed = ((u32, u32), (u32, u32));

/// Calls `found` with the hash and place of every run of `SHINGLE` words of each document.
fn each_run(documents: usize, hashes: &dyn Fn(usize, &mut Vec<u64>), found: &mut dyn FnMut(u64, u32, u32)) {
    let mut words = Vec::new();
    for d in 0..documents {
        words.clear();
        hashes(d, &mut words);
        for (p, run) in words.windows(SHINGLE).enumerate() {
            found(run.iter().fold(0u64, |h, w| h.rotate_left(17) ^ w), d as u32, p as u32);
        }
    }
}

/// For pairs of documents (a ≤ b), the places where the same run of words starts:
/// `((a, b), (place in a, place in b))`. Runs are matched by sorting them by hash: a hash
/// table with a list per run took ten times the memory of the text.
fn seeds(documents: usize, bytes: usize, hashes: &dyn Fn(usize, &mut Vec<u64>)) -> Vec<Seed> {
    // Most runs of a text are its own. A first pass marks the hashes met twice in two sets
    // of bits, and only the runs marked are kept. A word takes two bytes or more (a letter
    // and what ends it), so there are at most bytes / 2 runs, and with two bits for each
    // byte a run found in no other place is marked by chance one time in eight at most.
    let bits = (bytes * 2).next_power_of_two().max(64);
    let (mut once, mut twice) = (vec![0u64; bits / 64], vec![0u64; bits / 64]);
    let slot = |h: u64| (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & (bits - 1);
    each_run(documents, hashes, &mut |h, _, _| {
        let i = slot(h);
        let (word, bit) = (i / 64, 1u64 << (i % 64));
        twice[word] |= once[word] & bit;
        once[word] |= bit;
    });
    drop(once);
    let marked = |h: u64| {
        let i = slot(h);
        twice[i / 64] & (1 << (i % 64)) != 0
    };
    // (hash, document, place) of every run marked: once sorted, the places of a hash come
    // together, in document order.
    let mut count = 0;
    each_run(documents, hashes, &mut |h, _, _| count += usize::from(marked(h)));
    let mut runs: Vec<(u64, u32, u32)> = Vec::with_capacity(count);
    each_run(documents, hashes, &mut |h, d, p| {
        if marked(h) {
            runs.push((h, d, p));
        }
    });
    drop(twice);
    runs.sort_unstable();
    // Only the runs truly shared are kept, in less memory.
    let (mut kept, mut at) = (0, 0);
    while at < runs.len() {
        let same = runs[at..].iter().take_while(|r| r.0 == runs[at].0).count();
        if same >= 2 {
            runs.copy_within(at..at + same, kept);
            kept += same;
        }
        at += same;
    }
    runs.truncate(kept);
    runs.shrink_to_fit();
    // Counted first, then made: a list grown by doubling would hold up to three times its
    // seeds while it moves.
    let mut count = 0;
    each_seed(&runs, |_| count += 1);
    let mut seeds = Vec::with_capacity(count);
    each_seed(&runs, |seed| seeds.push(seed));
    seeds
}

/// Calls `found` with every seed of `runs` (sorted by hash, shared runs only).
fn each_seed(runs: &[(u64, u32, u32)], mut found: impl FnMut(Seed)) {
    let mut places: Vec<(u32, u32)> = Vec::new();
    let mut next_document: Vec<usize> = Vec::new();
    for group in runs.chunk_by(|x, y| x.0 == y.0) {
        places.clear();
        places.extend(group.iter().map(|r| (r.1, r.2)));
        let documents = places.windows(2).filter(|w| w[0].0 != w[1].0).count() + 1;
        let later_documents = if documents > ALL_PAIRS || places.len() > MAX_PLACES { 1 } else { usize::MAX };
        // Where the places of the next document start, for each place: found once, not by
        // a scan from every place.
        next_document.clear();
        next_document.resize(places.len(), places.len());
        for i in (0..places.len() - 1).rev() {
            next_document[i] = if places[i + 1].0 != places[i].0 { i + 1 } else { next_document[i + 1] };
        }
        for (i, &(da, pa)) in places.iter().enumerate() {
            // The next place in this document (a text repeating itself chains its repeats),
            // and every place in later documents, or (when the hash is common) the first one.
            let same = places.get(i + 1).filter(|q| q.0 == da).into_iter();
            let others = places[next_document[i]..].iter().take(later_documents);
            for &(db, pb) in same.chain(others) {
                if da != db || pb >= pa + SHINGLE as u32 {
                    found(((da, db), (pa, pb)));
                }
            }
        }
    }
}

/// Chains the seeds of one pair of documents (sorted, as `seeds` gives them) into passages of
/// `MIN_WORDS` or more.
fn runs(seeds: &[Seed]) -> Vec<(Stretch, Stretch, f64)> {
    let (a, b) = seeds.first().map_or((0, 0), |s| (s.0 .0 as usize, s.0 .1 as usize));
    // Open runs: (first seed, last seed, words of a that the seeds cover).
    type Run = ((u32, u32), (u32, u32), usize);
    let mut open: Vec<Run> = Vec::new();
    let mut done = Vec::new();
    let gap = GAP as u32;
    for &(_, (pa, pb)) in seeds {
        let next = open.iter_mut().find(|(_, (la, lb), _)| pa > *la && pa - *la <= gap && pb > *lb && pb - *lb <= gap);
        match next {
            Some(run) => {
                run.2 += ((pa - run.1 .0) as usize).min(SHINGLE);
                run.1 = (pa, pb);
            }
            None => open.push(((pa, pb), (pa, pb), SHINGLE)),
        }
        // Runs left behind for good are finished.
        let (keep, closed): (Vec<_>, Vec<_>) = open.into_iter().partition(|(_, (la, _), _)| pa - *la <= gap);
        open = keep;
        done.extend(closed);
    }
    done.extend(open);
    done.into_iter()
        .filter_map(|((fa, fb), (la, lb), matched)| {
            let sa = Stretch { document: a, first: fa as usize, end: la as usize + SHINGLE };
            let sb = Stretch { document: b, first: fb as usize, end: lb as usize + SHINGLE };
            let longest = (sa.end - sa.first).max(sb.end - sb.first);
            let apart = a != b || sa.end <= sb.first;
            let similarity = matched as f64 / longest as f64;
            (matched >= MIN_WORDS && apart && similarity >= MIN_SIMILARITY).then_some((sa, sb, similarity))
        })
        .collect()
}

/// Joins pairs whose stretches overlap in a document into passages with a stretch per place.
fn merge(pairs: Vec<(Stretch, Stretch, f64)>) -> Vec<Passage> {
    // Every stretch, indexed 2k and 2k + 1 for pair k; union-find over overlapping ones.
    let stretches: Vec<Stretch> = pairs.iter().flat_map(|p| [p.0, p.1]).collect();
    let mut sets = crate::sets::Sets::new(stretches.len());
    for k in 0..pairs.len() {
        sets.join(2 * k, 2 * k + 1);
    }
    let by_place = by_keys(stretches.iter().map(|s| [s.document as u64, s.first as u64, s.end as u64, 0]));
    // A sweep over each document's stretches: one overlaps the stretch reaching furthest.
    let mut reach: Option<usize> = None;
    for &i in &by_place {
        if let Some(r) = reach.filter(|&r| stretches[r].document == stretches[i].document && overlaps(&stretches[r], &stretches[i])) {
            sets.join(r, i);
            if stretches[i].end > stretches[r].end {
                reach = Some(i);
            }
        } else {
            reach = Some(i);
        }
    }
    let mut groups: HashMap<usize, (Vec<Stretch>, f64)> = HashMap::default();
    for (i, s) in stretches.iter().enumerate() {
        let g = groups.entry(sets.root(i)).or_insert_with(|| (Vec::new(), 1.0));
        g.0.push(*s);
        g.1 = g.1.min(pairs[i / 2].2);
    }
    let passages: Vec<Passage> = groups
        .into_values()
        .map(|(list, similarity)| {
            let order = by_keys(list.iter().map(|s| [s.document as u64, s.first as u64, 0, 0]));
            let list = apply(list, &order);
            // Overlapping stretches of one document become one.
            let mut merged: Vec<Stretch> = Vec::new();
            for s in list {
                match merged.last_mut() {
                    Some(m) if m.document == s.document && s.first < m.end => m.end = m.end.max(s.end),
                    _ => merged.push(s),
                }
            }
            Passage { stretches: merged, similarity: (similarity * 100.0).round() / 100.0 }
        })
        .filter(|p| p.stretches.len() >= 2)
        .collect();
    let words = |p: &Passage| p.stretches.iter().map(|s| s.end - s.first).max().unwrap_or(0);
    let order = by_keys(passages.iter().map(|p| [most(p.stretches.len()), most(words(p)), p.stretches[0].document as u64, p.stretches[0].first as u64]));
    apply(passages, &order)
}

/// Whether two stretches of one document share at least half of the shorter.
fn overlaps(a: &Stretch, b: &Stretch) -> bool {
    let shared = a.end.min(b.end).saturating_sub(a.first.max(b.first));
    shared * 2 >= (a.end - a.first).min(b.end - b.first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Vec<Word> {
        let mut out = Vec::new();
        words(text, 0, |s| s.chars().count() as u32, &mut out);
        out
    }

    fn find_in(texts: &[&str]) -> Vec<Passage> {
        find(texts.len(), texts.iter().map(|t| t.len()).sum(), &|d, out| hashes(texts[d], out))
    }

    #[test]
    fn copies_with_edits_are_found_and_unrelated_text_is_not() {
        let source = "Il presidente russo ha firmato ieri a Pyongyang un trattato di assistenza militare reciproca con il leader nordcoreano. Il mercato del pesce apre alle sei.";
        let copy = "Secondo l'agenzia, il Presidente russo ha firmato ieri a Pyongyang un nuovo trattato di assistenza militare reciproca con il leader nordcoreano. Piove.";
        let other = "La squadra di casa ha vinto la partita con due gol nel secondo tempo davanti al suo pubblico.";
        let passages = find_in(&[source, copy, other]);
        assert_eq!(passages.len(), 1, "{passages:?}");
        let p = &passages[0];
        assert_eq!(p.stretches.iter().map(|s| s.document).collect::<Vec<_>>(), [0, 1]);
        let d = doc(copy);
        let s = p.stretches[1];
        let text: String = copy.chars().skip(d[s.first].start as usize).take((d[s.end - 1].end - d[s.first].start) as usize).collect();
        assert_eq!(text, "il Presidente russo ha firmato ieri a Pyongyang un nuovo trattato di assistenza militare reciproca con il leader nordcoreano");
        assert!(p.similarity > 0.7 && p.similarity < 1.0, "{}", p.similarity);
    }

    #[test]
    fn hashes_are_those_of_the_words() {
        let text = "L’Unione Europea È già lì: İstanbul, Straße 11.000 ΑΘΗΝΑ naïve — 🙂 fine";
        let mut hashed = Vec::new();
        hashes(text, &mut hashed);
        assert_eq!(hashed, doc(text).iter().map(|w| w.hash).collect::<Vec<_>>());
        assert_eq!(hashed.len(), 13);
        assert_eq!(hashed[3], hash_word("e"), "È is e lowercased without its accent");
    }

    #[test]
    fn one_word_repeated_stays_linear() {
        let text = "parola ".repeat(50_000);
        let started = std::time::Instant::now();
        let passages = find_in(&[&text, &text]);
        assert!(passages.len() <= 2, "{}", passages.len());
        assert!(started.elapsed().as_secs() < 20, "every place paired with every other");
    }

    #[test]
    fn a_document_repeating_itself_has_a_passage() {
        let text = "Lo ha detto il presidente Vladimir Putin incontrando a Pyongyang il leader nordcoreano. Altre notizie del giorno. Lo ha detto il presidente Vladimir Putin, citato dalla Tass, incontrando a Pyongyang il leader nordcoreano.";
        let passages = find_in(&[text]);
        assert!(!passages.is_empty(), "{passages:?}");
        assert!(passages.iter().all(|p| p.stretches.iter().all(|s| s.document == 0)));
    }
}
