//! The features of each token for the entity tagger: the word and three neighbours each side, shapes,
//! affixes, position, and gazetteer matches (see `gazetteer`).

use super::gazetteer::{Gazetteer, Match};
use crate::learn::clusters::Clusters;
use crate::learn::features::{extend, hash, Features};
use crate::learn::tagger::{Sequence, Tagger};
use crate::text::tokenize::without_zero_width;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// Typographic apostrophes and double quotes made straight, as most training text has them.
fn straight(c: char) -> char {
    match c {
        '’' | '‘' => '\'',
        '“' | '”' | '„' => '"',
        c => c,
    }
}

/// `word` with typographic quotes made straight; borrowed when it has none.
fn straightened(word: &str) -> Cow<'_, str> {
    if word.chars().any(|c| straight(c) != c) {
        Cow::Owned(word.chars().map(straight).collect())
    } else {
        Cow::Borrowed(word)
    }
}

/// A word as the features see it: lowercase, typographic apostrophes and quotes made straight.
pub(crate) fn norm(word: &str) -> String {
    let mut out = String::new();
    norm_into(word, &mut out);
    out
}

/// `norm` of `word` written over `out`, whose room is reused.
pub(crate) fn norm_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase).map(straight));
    }
}

/// A compressed shape: `Xx` for `Putin`, `X` for `NATO`, `Xx-x` for `Jong-un`, `d.d` for `11.000`.
pub(crate) fn shape(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            straight(c)
        };
        if !out.ends_with(s) {
            out.push(s);
        }
        if out.len() > 12 {
            break;
        }
    }
    out
}

fn affix(word: &str, n: usize, suffix: bool) -> &str {
    let count = word.chars().count();
    if count <= n {
        return word;
    }
    let cut = if suffix { count - n } else { n };
    let at = word.char_indices().nth(cut).map_or(word.len(), |(i, _)| i);
    if suffix {
        &word[at..]
    } else {
        &word[..at]
    }
}

/// What the features know beyond the sentence.
pub struct Lexicon<'a> {
    /// Names seen in training.
    pub names: &'a Gazetteer,
    /// Place names (GeoNames).
    pub places: &'a Gazetteer,
    /// Names of the world with their type, from Wikipedia (see `models/README.md`).
    pub world: &'a Gazetteer,
    /// Word clusters learned from unlabelled text.
    pub clusters: &'a Clusters,
}

/// What the features need of one word, worked out once per `Featurizer`.
struct Word {
    lower: Box<str>,
    shape: Box<str>,
    cluster: (&'static str, &'static str),
    /// The types the training names give the word alone (`gazetteer.word_types`).
    types: &'static str,
    /// Letters, and lowercase ones among them (for a sentence in capitals).
    alphabetic: bool,
    lowercase: bool,
    /// The hashes of the features of the word itself.
    own: Vec<u64>,
    /// The hashes of the word as a neighbour: its lowercase at -1, +1, -2, +2, -3, +3
    /// (templates 3, 4, 5, 6, 34, 35), then its cluster at -1, +1, -2, +2 (30, 31, 38, 39).
    beside: [u64; 10],
    leads: Leads,
}

/// The hashes of the features a word leads, as their first part, by template, so far as
/// that part: the rest of each feature is hashed on from there (`extend`).
struct Leads {
    /// Led by its shape.
    t8: u64,
    t9: u64,
    t10: u64,
    t17: u64,
    /// Led by its lowercase.
    t13: u64,
    t14: u64,
    t16: u64,
    t36: u64,
    t37: u64,
    /// Led by its fine cluster.
    t32: u64,
}

impl Leads {
    fn new(lower: &str, shape: &str, cluster: &str) -> Leads {
        let [t8, t9, t10, t17] = [8, 9, 10, 17].map(|t| hash(t, &[shape]));
        let [t13, t14, t16, t36, t37] = [13, 14, 16, 36, 37].map(|t| hash(t, &[lower]));
        Leads { t8, t9, t10, t17, t13, t14, t16, t36, t37, t32: hash(32, &[cluster]) }
    }
}

impl Word {
    /// A word of a sentence; `word` without zero-width characters.
    fn new(word: &str, lexicon: &Lexicon) -> Word {
        let lower = norm(word);
        let shape = shape(word);
        let cluster = lexicon.clusters.of(&straightened(word));
        let types = lexicon.names.word_types(word);
        let mut own = vec![hash(1, &[&lower]), hash(2, &[word]), hash(7, &[&shape])];
        for k in 1..=4 {
            let k_str = ["", "1", "2", "3", "4"][k];
            own.push(hash(11, &[k_str, affix(&lower, k, false)]));
            own.push(hash(12, &[k_str, affix(&lower, k, true)]));
        }
        let len = word.chars().count();
        own.push(hash(19, &[["0", "1", "2", "3", "4", "5"][len.min(5)], &shape]));
        own.extend([hash(28, &[cluster.0]), hash(29, &[cluster.1]), hash(33, &[cluster.0, &shape])]);
        if !types.is_empty() {
            own.push(hash(26, &[types]));
        }
        Word {
            beside: beside(&lower, cluster),
            leads: Leads::new(&lower, &shape, cluster.1),
            lower: lower.into(),
            shape: shape.into(),
            cluster,
            types,
            alphabetic: word.chars().any(char::is_alphabetic),
            lowercase: word.chars().any(char::is_lowercase),
            own,
        }
    }

    /// A word as a neighbour only: the edges of a sentence (`<s>`, `</s>`).
    fn edge(lower: &str) -> Word {
        let cluster = ("<>", "<>");
        let (beside, leads) = (beside(lower, cluster), Leads::new(lower, lower, cluster.1));
        Word { lower: lower.into(), shape: lower.into(), cluster, types: "", alphabetic: false, lowercase: false, own: Vec::new(), beside, leads }
    }
}

/// The hashes of a word as a neighbour (`Word::beside`), from its lowercase and cluster.
fn beside(lower: &str, cluster: (&str, &str)) -> [u64; 10] {
    let mut out = [0; 10];
    for (slot, template) in [3, 4, 5, 6, 34, 35].into_iter().enumerate() {
        out[slot] = hash(template, &[lower]);
    }
    for (slot, template) in [30, 31, 38, 39].into_iter().enumerate() {
        out[6 + slot] = hash(template, &[cluster.0]);
    }
    out
}

/// Room for three neighbours each side of a sentence.
const EDGE: usize = 3;

/// Computes the features of sentences over one lexicon, keeping what each distinct word
/// gives (its lowercase, shape, cluster and the hashes of its own features) for the
/// sentences that follow: a document repeats its words, and a word's features are then
/// one lookup instead of some twenty hashes and three allocations.
pub struct Featurizer<'a> {
    lexicon: Lexicon<'a>,
    index: HashMap<Box<str>, u32>,
    words: Vec<Word>,
    /// For each tagger `base` was asked of, what each word adds to a token's label scores
    /// from each offset in `OFFSETS`: `[word][offset][label]`.
    sums: Vec<(&'a Tagger, Vec<i16>)>,
}

/// The offsets from a token of the words whose own features `base` sums (0: the token's).
const OFFSETS: [isize; 7] = [0, -1, 1, -2, 2, -3, 3];

/// The ids of the sentence edges in `Featurizer::words`.
const START: u32 = 0;
const END: u32 = 1;

impl<'a> Featurizer<'a> {
    pub fn new(lexicon: Lexicon<'a>) -> Featurizer<'a> {
        let words = vec![Word::edge("<s>"), Word::edge("</s>")];
        Featurizer { lexicon, index: HashMap::default(), words, sums: Vec::new() }
    }

    /// Forgets every word but the first `keep` it learned (the sentence edges always stay):
    /// bounds the memory of a featurizer kept over many documents, whose first words are
    /// the common ones.
    pub fn forget_after(&mut self, keep: usize) {
        let keep = keep.max(2);
        if self.words.len() <= keep {
            return;
        }
        self.words.truncate(keep);
        self.index.retain(|_, id| (*id as usize) < keep);
        for (tagger, sums) in &mut self.sums {
            sums.truncate(keep * OFFSETS.len() * tagger.labels().len());
        }
    }

    /// How many distinct words it knows.
    pub fn known_words(&self) -> usize {
        self.words.len()
    }

    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.index.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(Word::new(&without_zero_width(word), &self.lexicon));
        self.index.insert(word.into(), id);
        id
    }

    /// Computes the features of every token of one sentence into `out`; `extra` adds more
    /// to token `i` (the document history of a second pass).
    pub fn sentence(&mut self, words: &[&str], extra: &mut dyn FnMut(usize, &mut Features), out: &mut Sequence) {
        self.features(words, extra, out, true);
    }

    /// `sentence` without the features of single words (a word's own, and as a neighbour):
    /// `base` gives their scores. Returns the words' ids for `base`.
    pub fn sentence_parts(&mut self, words: &[&str], extra: &mut dyn FnMut(usize, &mut Features), out: &mut Sequence) -> Vec<u32> {
        self.features(words, extra, out, false)
    }

    /// What the features of single words add to each token's label scores in `tagger`
    /// (`out[token * labels + label]`, for `Tagger::tag_from`), from the ids that
    /// `sentence_parts` gave; each word's share is summed once.
    pub fn base(&mut self, ids: &[u32], tagger: &'a Tagger, out: &mut Vec<i32>) {
        let n = tagger.labels().len();
        let at = match self.sums.iter().position(|(t, _)| std::ptr::eq(*t, tagger)) {
            Some(at) => at,
            None => {
                self.sums.push((tagger, Vec::new()));
                self.sums.len() - 1
            }
        };
        let size = OFFSETS.len() * n;
        let sums = &mut self.sums[at].1;
        let mut row = vec![0i32; n];
        for w in &self.words[sums.len() / size..] {
            let b = &w.beside;
            let parts: [&[u64]; 7] = [&w.own, &[b[0], b[6]], &[b[1], b[7]], &[b[2], b[8]], &[b[3], b[9]], &[b[4]], &[b[5]]];
            for hashes in parts {
                row.fill(0);
                tagger.add_weights(hashes, &mut row);
                // At most 16 weights of ±127: well inside an i16.
                sums.extend(row.iter().map(|&v| v as i16));
            }
        }
        out.clear();
        out.resize(ids.len().saturating_sub(2 * EDGE) * n, 0);
        for (i, scores) in out.chunks_exact_mut(n).enumerate() {
            for (slot, &offset) in OFFSETS.iter().enumerate() {
                let word = ids[(i + EDGE).wrapping_add_signed(offset)] as usize;
                let add = &sums[word * size + slot * n..][..n];
                scores.iter_mut().zip(add).for_each(|(v, &w)| *v += i32::from(w));
            }
        }
    }

    fn features(&mut self, words: &[&str], extra: &mut dyn FnMut(usize, &mut Features), out: &mut Sequence, whole: bool) -> Vec<u32> {
        out.clear();
        let n = words.len();
        let mut ids = Vec::with_capacity(n + 2 * EDGE);
        ids.extend([START; EDGE]);
        for w in words {
            ids.push(self.id(w));
        }
        ids.extend([END; EDGE]);
        // Words as a reader sees them: `Mat\u{200B}ta` is `Matta`.
        let visible: Vec<Cow<str>> = words.iter().map(|w| without_zero_width(w)).collect();
        let words: Vec<&str> = visible.iter().map(AsRef::as_ref).collect();
        let lexicon = &self.lexicon;
        let matches = lexicon.names.matches(&words);
        let place_matches = lexicon.places.matches(&words);
        let world_matches = lexicon.world.matches(&words);
        let at = |i: usize, offset: isize| &self.words[ids[(i + EDGE).wrapping_add_signed(offset)] as usize];
        let all_caps = (0..n).map(|i| at(i, 0)).filter(|w| w.alphabetic).all(|w| !w.lowercase);
        let bias = hash(0, &[]);
        let mut f = Features::default();
        for i in 0..n {
            let (w0, wm1, wp1, wm2, wp2) = (at(i, 0), at(i, -1), at(i, 1), at(i, -2), at(i, 2));
            let (s0, sp1) = (&*w0.shape, &*wp1.shape);
            f.clear();
            f.hashes.push(bias);
            if whole {
                f.hashes.extend_from_slice(&w0.own);
                f.hashes.extend([wm1.beside[0], wp1.beside[1], wm2.beside[2], wp2.beside[3], at(i, -3).beside[4], at(i, 3).beside[5]]);
                f.hashes.extend([wm1.beside[6], wp1.beside[7], wm2.beside[8], wp2.beside[9]]);
            }
            // Pairs and triples of neighbours, each hashed on from its first word's part:
            // 8 shapes -1 0, 9 shapes 0 +1, 10 shapes -1 0 +1, 13 lowercase -1 0, 14
            // lowercase 0 +1, 16 lowercase -1 and shape, 17 shape and lowercase +1, 32 fine
            // clusters -1 0 +1, 36 lowercase -2 -1, 37 lowercase +1 +2.
            f.hashes.push(extend(wm1.leads.t8, &[s0]));
            f.hashes.push(extend(w0.leads.t9, &[sp1]));
            f.hashes.push(extend(wm1.leads.t10, &[s0, sp1]));
            f.hashes.push(extend(wm1.leads.t13, &[&w0.lower]));
            f.hashes.push(extend(w0.leads.t14, &[&wp1.lower]));
            f.add(15, &[if i == 0 { "first" } else { "in" }, s0]);
            f.hashes.push(extend(wm1.leads.t16, &[s0]));
            f.hashes.push(extend(w0.leads.t17, &[&wp1.lower]));
            f.add(18, &[if all_caps { "caps" } else { "mixed" }, s0]);
            match matches[i] {
                Match::None => f.add(20, &["none"]),
                Match::In { kind, position, len } => {
                    f.add(20, &[kind, position]);
                    f.add(21, &[kind, ["", "1", "2", "3", "4+"][len.min(4)]]);
                    f.add(22, &[kind, s0]);
                }
            }
            f.hashes.push(extend(wm1.leads.t32, &[w0.cluster.1, wp1.cluster.1]));
            if !w0.types.is_empty() {
                f.add(27, &[w0.types, s0, &wm1.lower]);
            }
            if let Match::In { position, len, .. } = place_matches[i] {
                f.add(23, &[position]);
                f.add(24, &[position, ["", "1", "2", "3", "4+"][len.min(4)], s0]);
                f.add(25, &[position, &wm1.lower]);
            }
            if let Match::In { kind, position, len } = world_matches[i] {
                f.add(40, &[kind, position]);
                f.add(41, &[kind, position, ["", "1", "2", "3", "4+"][len.min(4)], s0]);
                f.add(42, &[kind, position, &wm1.lower]);
            }
            f.hashes.push(extend(wm2.leads.t36, &[&wm1.lower]));
            f.hashes.push(extend(wp1.leads.t37, &[&wp2.lower]));
            extra(i, &mut f);
            out.hashes.extend_from_slice(&f.hashes);
            out.end_token();
        }
        ids
    }
}
