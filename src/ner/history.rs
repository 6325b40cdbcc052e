//! What a first tagging pass said about each word elsewhere in the document, as features for
//! a second pass (stacking, after the "prediction history" of Ratinov & Roth 2009, "Design
//! challenges and misconceptions in named entity recognition"). The second pass learns how
//! far to trust it, which a fixed rule such as `consistency` cannot: `governo` tagged ORG
//! three times nearby, `Italia` a place in one sentence and an organization in the next.

use super::features::norm;
use crate::learn::features::Features;
use std::collections::HashMap;

/// Sentences before and after a sentence that count as its document.
pub const WINDOW: usize = 15;

const KINDS: [&str; 4] = ["O", "PER", "LOC", "ORG"];
const POSITIONS: [&str; 4] = ["alone", "first", "inside", "last"];

/// One occurrence of a word: where it is, the first pass's type and its place in the name.
#[derive(Clone, Copy)]
struct Seen {
    sentence: usize,
    token: usize,
    kind: usize,
    position: usize,
}

/// The first pass's labels of a document, indexed by word.
pub struct History<'a> {
    labels: &'a [Vec<String>],
    keys: Vec<Vec<String>>,
    /// Occurrences of each word, in document order.
    seen: HashMap<String, Vec<Seen>>,
}

fn kind_of(label: &str) -> usize {
    KINDS.iter().position(|k| label.get(2..) == Some(k)).unwrap_or(0)
}

impl<'a> History<'a> {
    /// Indexes the words of a document (one list per sentence) and their first-pass labels.
    pub fn new(words: &[Vec<&str>], labels: &'a [Vec<String>]) -> History<'a> {
        let keys: Vec<Vec<String>> = words.iter().map(|ws| ws.iter().map(|w| w.replace('’', "'")).collect()).collect();
        let mut seen: HashMap<String, Vec<Seen>> = HashMap::new();
        for (sentence, (ks, ls)) in keys.iter().zip(labels).enumerate() {
            for (token, key) in ks.iter().enumerate() {
                if !key.chars().any(char::is_alphabetic) {
                    continue;
                }
                let label = ls.get(token).map_or("O", String::as_str);
                let inside_next = ls.get(token + 1).is_some_and(|l| l.starts_with("I-"));
                let position = match (label.starts_with("I-"), inside_next) {
                    (false, false) => 0,
                    (false, true) => 1,
                    (true, true) => 2,
                    (true, false) => 3,
                };
                seen.entry(key.clone()).or_default().push(Seen { sentence, token, kind: kind_of(label), position });
            }
        }
        History { labels, keys, seen }
    }

    /// Adds the history features of token `token` of sentence `sentence` to `f`.
    pub fn features(&self, sentence: usize, token: usize, f: &mut Features) {
        let ls = &self.labels[sentence];
        let label = |i: Option<usize>| i.and_then(|i| ls.get(i)).map_or("<>", String::as_str);
        let own = label(Some(token));
        let own_kind = KINDS[kind_of(own)];
        f.add(40, &[own]);
        f.add(41, &[label(token.checked_sub(1)), own, label(Some(token + 1))]);
        let Some(all) = self.keys[sentence].get(token).and_then(|k| self.seen.get(k)) else {
            return;
        };
        let from = all.partition_point(|s| s.sentence + WINDOW < sentence);
        let mut counts = [0usize; 4];
        let mut positions = [[false; 4]; 4];
        for s in all[from..].iter().take_while(|s| s.sentence <= sentence + WINDOW) {
            if s.sentence == sentence && s.token == token {
                continue;
            }
            counts[s.kind] += 1;
            positions[s.kind][s.position] = true;
        }
        let total: usize = counts.iter().sum();
        if total == 0 {
            f.add(42, &["unseen", own_kind]);
            return;
        }
        let named = total - counts[0];
        let share = match named {
            0 => "none",
            n if n == total => "all",
            n if 2 * n >= total => "most",
            _ => "some",
        };
        f.add(42, &[share, own_kind]);
        let lower = norm(&self.keys[sentence][token]);
        f.add(43, &[share, if lower == self.keys[sentence][token] { "lower" } else { "upper" }]);
        for kind in 1..4 {
            if counts[kind] > 0 {
                f.add(44, &[KINDS[kind]]);
                f.add(45, &[KINDS[kind], own_kind]);
                for (p, _) in positions[kind].iter().enumerate().filter(|(_, &on)| on) {
                    f.add(46, &[KINDS[kind], POSITIONS[p]]);
                }
            }
        }
        let best = (1..4).max_by_key(|&k| (counts[k], std::cmp::Reverse(k))).filter(|&k| counts[k] > 0);
        if let Some(best) = best {
            f.add(47, &[KINDS[best], own_kind, share]);
        }
    }
}
