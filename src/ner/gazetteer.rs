//! Names with their type, matched in a sentence longest first: the names seen in the training
//! data, stored as text, one name a line (`TYPE<TAB>token token …`), and the larger lists of
//! places and of names of the world, stored packed (`packed`).

use rustc_hash::FxHashMap as HashMap;

/// The longest names matched, in tokens.
const MAX_LEN: usize = 6;

/// Where a token stands in a gazetteer match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    None,
    In { kind: &'static str, position: &'static str, len: usize },
}

/// Known names: the token sequence joined by spaces → its most frequent type; and each
/// capitalized word of a name → the types of the names it is part of.
#[derive(Default, Debug, Clone)]
pub struct Gazetteer {
    names: HashMap<String, &'static str>,
    words: HashMap<String, u8>,
    /// A packed list's fingerprints (see `packed`), when it was read from one, cut by
    /// `shift` bits.
    packed: HashMap<u32, &'static str>,
    shift: u32,
}

const KINDS: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// The names of the types in a mask, as one feature value (`PER+LOC`).
pub const MASK_NAMES: [&str; 16] =
    ["", "PER", "LOC", "PER+LOC", "ORG", "PER+ORG", "LOC+ORG", "PER+LOC+ORG", "MISC", "PER+MISC", "LOC+MISC", "PER+LOC+MISC", "ORG+MISC", "PER+ORG+MISC", "LOC+ORG+MISC", "PER+LOC+ORG+MISC"];

/// The type names the gazetteer can hold.
fn kind(name: &str) -> Option<&'static str> {
    KINDS.into_iter().find(|k| *k == name)
}

fn bit(kind: &str) -> u8 {
    KINDS.iter().position(|k| *k == kind).map_or(0, |i| 1 << i)
}

/// Each capitalized word of the names → the mask of their types.
fn word_types<'a>(names: impl Iterator<Item = (&'a String, &'a &'static str)>) -> HashMap<String, u8> {
    let mut words: HashMap<String, u8> = HashMap::default();
    for (name, kind) in names {
        for w in name.split(' ').filter(|w| w.starts_with(char::is_uppercase)) {
            *words.entry(w.to_string()).or_default() |= bit(kind);
        }
    }
    words
}

impl Gazetteer {
    /// Reads the text form; lines that do not parse are skipped.
    pub fn from_text(text: &str) -> Gazetteer {
        let names = text.lines().filter_map(|l| l.split_once('\t')).filter_map(|(k, name)| Some((name.to_string(), kind(k)?))).collect::<HashMap<_, _>>();
        let words = word_types(names.iter());
        Gazetteer { names, words, ..Gazetteer::default() }
    }

    /// Reads a packed list (`packed::pack`) or, failing that, the text form.
    pub fn from_bytes(bytes: &[u8]) -> Gazetteer {
        match super::packed::unpack(bytes) {
            Some((width, packed)) => Gazetteer { packed, shift: 32 - u32::from(width), ..Gazetteer::default() },
            None => Gazetteer::from_text(&String::from_utf8_lossy(bytes)),
        }
    }

    /// The packed form of the names with `width`-bit fingerprints (word types are not kept).
    pub fn to_packed(&self, width: u8) -> Vec<u8> {
        super::packed::pack(self.names.iter().map(|(n, k)| (*k, n.as_str())), width)
    }

    /// The type of a known name.
    pub fn kind_of(&self, name: &str) -> Option<&'static str> {
        if self.packed.is_empty() {
            self.names.get(name).copied()
        } else {
            self.packed.get(&(super::packed::fingerprint(name) >> self.shift)).copied()
        }
    }

    /// Builds one from labelled names: (type, tokens joined by spaces), keeping each
    /// name's most frequent type.
    pub fn from_names<'a>(names: impl Iterator<Item = (&'a str, String)>) -> Gazetteer {
        let mut counts: HashMap<String, HashMap<&'static str, usize>> = HashMap::default();
        for (k, name) in names {
            if let Some(k) = kind(k) {
                *counts.entry(name).or_default().entry(k).or_default() += 1;
            }
        }
        let names = counts
            .into_iter()
            .filter_map(|(name, by_kind)| {
                let mut kinds: Vec<_> = by_kind.into_iter().collect();
                kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                kinds.first().map(|(k, _)| (name, *k))
            })
            .collect::<HashMap<_, _>>();
        let words = word_types(names.iter());
        Gazetteer { names, words, ..Gazetteer::default() }
    }

    /// The text form, sorted so that it diffs well.
    pub fn to_text(&self) -> String {
        let mut lines: Vec<String> = self.names.iter().map(|(n, k)| format!("{k}\t{n}")).collect();
        lines.sort();
        lines.join("\n") + "\n"
    }

    pub fn len(&self) -> usize {
        self.names.len() + self.packed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `name` (words separated by single spaces) is known.
    pub fn contains(&self, name: &str) -> bool {
        self.kind_of(name).is_some()
    }

    /// The types of the known names that `word` is part of, as a feature value.
    pub fn word_types(&self, word: &str) -> &'static str {
        MASK_NAMES[usize::from(self.words.get(word).copied().unwrap_or(0) & 15)]
    }

    /// For each word, the longest known name covering it that starts with a capital.
    pub fn matches(&self, words: &[&str]) -> Vec<Match> {
        let mut out = vec![Match::None; words.len()];
        if self.is_empty() {
            return out;
        }
        let mut i = 0;
        let mut key = String::new();
        while i < words.len() {
            if !words[i].starts_with(|c: char| c.is_uppercase()) {
                i += 1;
                continue;
            }
            let mut found = None;
            key.clear();
            // Packed lists hold names of up to 4 words.
            let longest = if self.packed.is_empty() { MAX_LEN } else { 4 };
            for len in 1..=longest.min(words.len() - i) {
                let word = words[i + len - 1];
                if len > 1 {
                    key.push(' ');
                }
                key.push_str(word);
                if let Some(k) = self.kind_of(&key) {
                    found = Some((len, k));
                }
            }
            match found {
                Some((len, kind)) => {
                    for (j, slot) in out[i..i + len].iter_mut().enumerate() {
                        let position = match (len, j) {
                            (1, _) => "S",
                            (_, 0) => "B",
                            (_, j) if j == len - 1 => "E",
                            _ => "I",
                        };
                        *slot = Match::In { kind, position, len };
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_and_round_trip() {
        let g = Gazetteer::from_names([("LOC", "Corea".to_string()), ("LOC", "Corea del Nord".to_string()), ("PER", "Kim".to_string())].into_iter());
        for g in [Gazetteer::from_text(&g.to_text()), Gazetteer::from_bytes(&g.to_packed(32)), Gazetteer::from_bytes(&g.to_packed(24))] {
            let m = g.matches(&["la", "Corea", "del", "Nord", "e", "Kim"]);
            assert_eq!(m[0], Match::None);
            assert_eq!(m[1], Match::In { kind: "LOC", position: "B", len: 3 });
            assert_eq!(m[3], Match::In { kind: "LOC", position: "E", len: 3 });
            assert_eq!(m[5], Match::In { kind: "PER", position: "S", len: 1 });
            assert!(g.contains("Corea del Nord") && !g.contains("Corea del Sud"));
        }
    }
}
