//! What a first tagging pass said about each word elsewhere in the document, as features for
//! a second pass (stacking, after the "prediction history" of Ratinov & Roth 2009, "Design
//! challenges and misconceptions in named entity recognition"). The second pass learns how
//! far to trust it, which a fixed rule such as `consistency` cannot: `governo` tagged ORG
//! three times nearby, `Italia` a place in one sentence and an organization in the next.
//! A capitalized word also sees the words beside its other occurrences close by ("context
//! aggregation", from the same paper): `Lee` after `ricercatore` two sentences back.

use super::features::norm_into;
use crate::learn::features::{hash, Features};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// Sentences before and after a sentence that count as its document.
pub const WINDOW: usize = 15;

/// Sentences before and after whose neighbouring words a capitalized word sees, and how
/// many of its occurrences there. Wider windows helped FIC and ADG but not WN, whose short
/// articles run on without marks between them (models/README.md).
const AGGREGATE_WINDOW: usize = 5;
const AGGREGATE_MAX: usize = 8;

const KINDS: [&str; 4] = ["O", "PER", "LOC", "ORG"];
const POSITIONS: [&str; 4] = ["alone", "first", "inside", "last"];

/// One occurrence of a word: where it is, the first pass's type and its place in the name.
#[derive(Clone, Copy)]
struct Seen {
    sentence: usize,
    token: usize,
    kind: usize,
    position: usize,
    /// The lowercase words before and after it (indices into `History::beside`).
    beside: [usize; 2],
}

/// The first pass's labels of a document, indexed by word.
pub struct History<'a, S> {
    labels: &'a [Vec<S>],
    /// Each token's word (an index into `seen`; `None` without letters) and whether it is
    /// all lowercase.
    words: Vec<Vec<Option<(usize, bool)>>>,
    /// Occurrences of each word, in document order.
    seen: Vec<Vec<Seen>>,
    /// For each word, how many of its first `n` occurrences had each (type, place in the
    /// name), at `[n][4 * kind + position]`: the occurrences in a window are a difference of
    /// two rows, so a word repeated in one long sentence costs no scan per occurrence.
    tally: Vec<Vec<[u32; 16]>>,
    /// The features of the lowercase words of the document (`<>` beyond a sentence's ends)
    /// as words before and after a capitalized word elsewhere (templates 48 and 49).
    beside: Vec<[u64; 2]>,
}

fn kind_of(label: &str) -> usize {
    KINDS.iter().position(|k| label.get(2..) == Some(k)).unwrap_or(0)
}

impl<'a, S: AsRef<str>> History<'a, S> {
    /// Indexes the words of a document (one list per sentence) and their first-pass labels.
    pub fn new(sentences: &[Vec<&str>], labels: &'a [Vec<S>]) -> History<'a, S> {
        let mut ids: HashMap<String, usize> = HashMap::default();
        let mut seen: Vec<Vec<Seen>> = Vec::new();
        let mut words = Vec::with_capacity(sentences.len());
        let mut lower_ids: HashMap<String, usize> = [("<>".to_string(), 0)].into_iter().collect();
        let mut lower = vec!["<>".to_string()];
        let mut buffer = String::new();
        for (sentence, (ws, ls)) in sentences.iter().zip(labels).enumerate() {
            let label = |i: usize| ls.get(i).map_or("O", AsRef::as_ref);
            let lows: Vec<usize> = ws
                .iter()
                .map(|w| {
                    norm_into(w, &mut buffer);
                    if let Some(&id) = lower_ids.get(buffer.as_str()) {
                        return id;
                    }
                    lower_ids.insert(buffer.clone(), lower.len());
                    lower.push(buffer.clone());
                    lower.len() - 1
                })
                .collect();
            let low = |i: Option<usize>| i.and_then(|i| lows.get(i)).copied().unwrap_or(0);
            let mut row = Vec::with_capacity(ws.len());
            for (token, w) in ws.iter().enumerate() {
                if !w.chars().any(char::is_alphabetic) {
                    row.push(None);
                    continue;
                }
                let key = if w.contains('’') { Cow::Owned(w.replace('’', "'")) } else { Cow::Borrowed(*w) };
                let is_lower = lower[lows[token]] == key;
                let id = match ids.get(key.as_ref()) {
                    Some(&id) => id,
                    None => {
                        ids.insert(key.into_owned(), seen.len());
                        seen.push(Vec::new());
                        seen.len() - 1
                    }
                };
                let position = match (label(token).starts_with("I-"), label(token + 1).starts_with("I-")) {
                    (false, false) => 0,
                    (false, true) => 1,
                    (true, true) => 2,
                    (true, false) => 3,
                };
                let beside = [low(token.checked_sub(1)), low(Some(token + 1))];
                seen[id].push(Seen { sentence, token, kind: kind_of(label(token)), position, beside });
                row.push(Some((id, is_lower)));
            }
            words.push(row);
        }
        let tally = seen
            .iter()
            .map(|all| {
                let mut rows = vec![[0u32; 16]; all.len() + 1];
                for (i, s) in all.iter().enumerate() {
                    rows[i + 1] = rows[i];
                    rows[i + 1][4 * s.kind + s.position] += 1;
                }
                rows
            })
            .collect();
        let beside = lower.iter().map(|w| [hash(48, &[w]), hash(49, &[w])]).collect();
        History { labels, words, seen, tally, beside }
    }

    /// Adds the history features of token `token` of sentence `sentence` to `f`.
    pub fn features(&self, sentence: usize, token: usize, f: &mut Features) {
        let ls = &self.labels[sentence];
        let label = |i: Option<usize>| i.and_then(|i| ls.get(i)).map_or("<>", AsRef::as_ref);
        let own = label(Some(token));
        let own_kind = KINDS[kind_of(own)];
        f.add(40, &[own]);
        f.add(41, &[label(token.checked_sub(1)), own, label(Some(token + 1))]);
        let Some(&Some((id, lower))) = self.words[sentence].get(token) else {
            return;
        };
        let all = &self.seen[id];
        if !lower {
            let from = all.partition_point(|s| s.sentence + AGGREGATE_WINDOW < sentence);
            let near = all[from..].iter().take_while(|s| s.sentence <= sentence + AGGREGATE_WINDOW);
            for s in near.filter(|s| (s.sentence, s.token) != (sentence, token)).take(AGGREGATE_MAX) {
                f.hashes.extend([self.beside[s.beside[0]][0], self.beside[s.beside[1]][1]]);
            }
        }
        // The other occurrences within the window: the tally of those up to its end, less
        // those before its start and this one.
        let from = all.partition_point(|s| s.sentence + WINDOW < sentence);
        let to = all.partition_point(|s| s.sentence <= sentence + WINDOW);
        let (tally, mut near) = (&self.tally[id], [0u32; 16]);
        for (c, n) in near.iter_mut().enumerate() {
            *n = tally[to][c] - tally[from][c];
        }
        if let Ok(i) = all.binary_search_by_key(&(sentence, token), |s| (s.sentence, s.token)) {
            near[4 * all[i].kind + all[i].position] -= 1;
        }
        let mut counts = [0usize; 4];
        let mut positions = [[false; 4]; 4];
        for (c, &n) in near.iter().enumerate() {
            counts[c / 4] += n as usize;
            positions[c / 4][c % 4] = n > 0;
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
        f.add(43, &[share, if lower { "lower" } else { "upper" }]);
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
