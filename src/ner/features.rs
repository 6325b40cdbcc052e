//! The features of each token for the entity tagger: the word and three neighbours each side, shapes,
//! affixes, position, and gazetteer matches (see `gazetteer`).

use super::gazetteer::{Gazetteer, Match};
use crate::learn::clusters::Clusters;
use crate::learn::features::Features;
use crate::learn::tagger::Sequence;
use crate::text::tokenize::without_zero_width;
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
    word.chars().flat_map(char::to_lowercase).map(straight).collect()
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

/// Computes the features of every token of one sentence into `out`; `extra` adds more to
/// token `i` (the document history of a second pass).
pub fn sentence_features(words: &[&str], lexicon: &Lexicon, extra: &mut dyn FnMut(usize, &mut Features), out: &mut Sequence) {
    // Words as a reader sees them: `Mat\u{200B}ta` is `Matta`.
    let visible: Vec<Cow<str>> = words.iter().map(|w| without_zero_width(w)).collect();
    let words: Vec<&str> = visible.iter().map(AsRef::as_ref).collect();
    let words = words.as_slice();
    let gazetteer = lexicon.names;
    out.clear();
    let n = words.len();
    let lower: Vec<String> = words.iter().map(|w| norm(w)).collect();
    let shapes: Vec<String> = words.iter().map(|w| shape(w)).collect();
    let matches = gazetteer.matches(words);
    let place_matches = lexicon.places.matches(words);
    let world_matches = lexicon.world.matches(words);
    let clusters: Vec<(&str, &str)> = words.iter().map(|w| lexicon.clusters.of(&straightened(w))).collect();
    let cluster = |i: isize| if i < 0 || i as usize >= n { ("<>", "<>") } else { clusters[i as usize] };
    let all_caps = words.iter().filter(|w| w.chars().any(char::is_alphabetic)).all(|w| !w.chars().any(char::is_lowercase));
    let at = |i: isize| -> (&str, &str) {
        if i < 0 {
            ("<s>", "<s>")
        } else if i as usize >= n {
            ("</s>", "</s>")
        } else {
            (lower[i as usize].as_str(), shapes[i as usize].as_str())
        }
    };
    let mut f = Features::default();
    for i in 0..n {
        let ii = i as isize;
        let (w0, s0) = at(ii);
        let (wm1, sm1) = at(ii - 1);
        let (wp1, sp1) = at(ii + 1);
        let (wm2, _) = at(ii - 2);
        let (wp2, _) = at(ii + 2);
        f.clear();
        f.add(0, &[]);
        f.add(1, &[w0]);
        f.add(2, &[words[i]]);
        f.add(3, &[wm1]);
        f.add(4, &[wp1]);
        f.add(5, &[wm2]);
        f.add(6, &[wp2]);
        f.add(7, &[s0]);
        f.add(8, &[sm1, s0]);
        f.add(9, &[s0, sp1]);
        f.add(10, &[sm1, s0, sp1]);
        for k in 1..=4 {
            let k_str = ["", "1", "2", "3", "4"][k];
            f.add(11, &[k_str, affix(w0, k, false)]);
            f.add(12, &[k_str, affix(w0, k, true)]);
        }
        f.add(13, &[wm1, w0]);
        f.add(14, &[w0, wp1]);
        f.add(15, &[if i == 0 { "first" } else { "in" }, s0]);
        f.add(16, &[wm1, s0]);
        f.add(17, &[s0, wp1]);
        f.add(18, &[if all_caps { "caps" } else { "mixed" }, s0]);
        let len = words[i].chars().count();
        f.add(19, &[["0", "1", "2", "3", "4", "5"][len.min(5)], s0]);
        match matches[i] {
            Match::None => f.add(20, &["none"]),
            Match::In { kind, position, len } => {
                f.add(20, &[kind, position]);
                f.add(21, &[kind, ["", "1", "2", "3", "4+"][len.min(4)]]);
                f.add(22, &[kind, s0]);
            }
        }
        let ((c0, k0), (cm1, km1), (cp1, kp1)) = (cluster(ii), cluster(ii - 1), cluster(ii + 1));
        f.add(28, &[c0]);
        f.add(29, &[k0]);
        f.add(30, &[cm1]);
        f.add(31, &[cp1]);
        f.add(32, &[km1, k0, kp1]);
        f.add(33, &[c0, s0]);
        let types = gazetteer.word_types(words[i]);
        if !types.is_empty() {
            f.add(26, &[types]);
            f.add(27, &[types, s0, wm1]);
        }
        if let Match::In { position, len, .. } = place_matches[i] {
            f.add(23, &[position]);
            f.add(24, &[position, ["", "1", "2", "3", "4+"][len.min(4)], s0]);
            f.add(25, &[position, wm1]);
        }
        if let Match::In { kind, position, len } = world_matches[i] {
            f.add(40, &[kind, position]);
            f.add(41, &[kind, position, ["", "1", "2", "3", "4+"][len.min(4)], s0]);
            f.add(42, &[kind, position, wm1]);
        }
        let (wm3, _) = at(ii - 3);
        let (wp3, _) = at(ii + 3);
        f.add(34, &[wm3]);
        f.add(35, &[wp3]);
        f.add(36, &[wm2, wm1]);
        f.add(37, &[wp1, wp2]);
        f.add(38, &[cluster(ii - 2).0]);
        f.add(39, &[cluster(ii + 2).0]);
        extra(i, &mut f);
        out.hashes.extend_from_slice(&f.hashes);
        out.end_token();
    }
}
