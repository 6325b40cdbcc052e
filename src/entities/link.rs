//! Links name mentions to entities within a document and across documents. Mentions whose
//! names read the same (case, hyphens, accents and spacing aside; `Kim Jong-un`,
//! `Kim Jong Un`, `KIM JONG-UN`), differ by one letter in a long name (`Kim Joung-un`), or are
//! known aliases (`USA`, `Stati Uniti`) become one entity. A one-word person mention (`Putin`)
//! joins the full name that contains it in the same document, else in the whole set, when
//! only one full name does; otherwise it stays apart, so two people with one surname are not
//! merged. Does not find mentions (see `ner`) and does not resolve pronouns.

use super::aliases::{alias_key, short_form};
use crate::schema::EntityKind;
use std::collections::{HashMap, HashSet};

/// A name mention to link.
#[derive(Clone, Debug)]
pub struct NameMention {
    pub document: usize,
    pub kind: EntityKind,
    pub text: String,
    /// Position of the mention in its document, from 0 (start) to 1 (end).
    pub position: f64,
    /// Whether the mention is in the document's headline.
    pub in_title: bool,
}

/// An entity: the mentions that refer to it.
#[derive(Clone, Debug)]
pub struct Linked {
    pub kind: EntityKind,
    /// Indexes into the mentions given to `link`.
    pub mentions: Vec<usize>,
}

/// The comparison key of a name: lowercase letters and digits only, words joined.
pub fn key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => Some('a'),
            'è' | 'é' | 'ê' | 'ë' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' => Some('i'),
            'ò' | 'ó' | 'ô' | 'ö' => Some('o'),
            'ù' | 'ú' | 'û' | 'ü' => Some('u'),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// The little words that names may carry or drop (`Corea del Nord`, `Corea Nord`).
const CONNECTORS: [&str; 11] = ["di", "d", "del", "dell", "della", "dello", "dei", "degli", "delle", "of", "the"];

/// The key of a name without its little words, so that `Corea Nord` joins `Corea del Nord`
/// and `Banca d’Italia` joins `Banca Italia`; the plain key when nothing else is left.
pub fn group_key(name: &str) -> String {
    let content: String = name.split(|c: char| c.is_whitespace() || c == '\'' || c == '’').map(key).filter(|w| !CONNECTORS.contains(&w.as_str())).collect();
    if content.is_empty() {
        key(name)
    } else {
        content
    }
}

/// The words of a name, lowercase, split at spaces and hyphens.
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '‐').filter(|w| !w.is_empty()).map(key).filter(|w| !w.is_empty()).collect()
}

/// Whether two keys differ by at most one edit (both long enough for that to be a typo).
fn near(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 8 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// Hashes of a key and of each key one character shorter within it: two keys `near` each
/// other share one of these (the same letter changed in both, or the longer without its
/// extra one); a shared hash is only a candidate, `near` decides. The hashes are polynomial,
/// so the shorter keys are never built (a tagged run of a thousand words costs no more than
/// its length). Empty for keys too short to have typos.
fn deletions(k: &str) -> Vec<u64> {
    const BASE: u64 = 0x0000_0100_0000_01b3;
    let cs: Vec<u64> = k.chars().map(u64::from).collect();
    let n = cs.len();
    if n < 8 {
        return Vec::new();
    }
    let mut powers = vec![1u64; n];
    for e in 1..n {
        powers[e] = powers[e - 1].wrapping_mul(BASE);
    }
    // suffix[i]: the hash of cs[i..], cs[j] weighted BASE^(n-1-j), as in the whole key.
    let mut suffix = vec![0u64; n + 1];
    for i in (0..n).rev() {
        suffix[i] = suffix[i + 1].wrapping_add(cs[i].wrapping_mul(powers[n - 1 - i]));
    }
    let mut out = Vec::with_capacity(n + 1);
    out.push(suffix[0]);
    // prefix: the hash of cs[..i] on its own, shifted to its weights without cs[i].
    let mut prefix = 0u64;
    for i in 0..n {
        out.push(prefix.wrapping_mul(powers[n - 1 - i]).wrapping_add(suffix[i + 1]));
        prefix = prefix.wrapping_mul(BASE).wrapping_add(cs[i]);
    }
    out
}

/// Groups `mentions` into entities, in order of first mention.
pub fn link(mentions: &[NameMention]) -> Vec<Linked> {
    // 1. Same key (or alias, or one typo away): one group. Typos are looked for among the
    // first group keys that share their first four letters, found through `deletions`, so
    // the cost stays linear however many names share those letters.
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut by_deletion: HashMap<u64, Vec<usize>> = HashMap::new();
    let same_prefix = |a: &str, b: &str| a.chars().take(4).eq(b.chars().take(4));
    for (i, m) in mentions.iter().enumerate() {
        let k = group_key(&m.text);
        let k = alias_key(&k).map_or(k, str::to_string);
        if k.is_empty() {
            continue;
        }
        let found = by_key.get(&k).copied().or_else(|| {
            let candidates = deletions(&k).into_iter().filter_map(|d| by_deletion.get(&d)).flatten().copied();
            candidates.filter(|&g| same_prefix(&groups[g].0, &k) && near(&groups[g].0, &k)).min()
        });
        match found {
            Some(g) => {
                groups[g].1.push(i);
                by_key.insert(k, g);
            }
            None => {
                by_key.insert(k.clone(), groups.len());
                for d in deletions(&k) {
                    by_deletion.entry(d).or_default().push(groups.len());
                }
                groups.push((k, vec![i]));
            }
        }
    }
    // 1b. A short form (`l’Alleanza`) joins the entity it stands for in the documents that
    // name that entity (`NATO`); elsewhere it stays itself.
    for g in 0..groups.len() {
        let Some(&h) = short_form(&groups[g].0).and_then(|k| by_key.get(k)) else { continue };
        let named: HashSet<usize> = groups[h].1.iter().map(|&i| mentions[i].document).collect();
        let (joining, staying): (Vec<usize>, Vec<usize>) = groups[g].1.iter().partition(|&&i| named.contains(&mentions[i].document));
        groups[g].1 = staying;
        groups[h].1.extend(joining);
        groups[h].1.sort_unstable();
    }
    groups.retain(|(_, members)| !members.is_empty());
    let kinds: Vec<EntityKind> = groups.iter().map(|(_, g)| majority(g.iter().map(|&i| mentions[i].kind))).collect();
    // 2. A person's shorter name (`Putin`, `Kim Jong`) joins the one longer name that
    // contains its words in a row: first among names in the same documents, then in the
    // whole set. Shorter names go after longer ones, so `Kim` finds `Kim Jong Un` once
    // `Kim Jong` has joined it.
    let person_words: Vec<Vec<Vec<String>>> =
        groups.iter().enumerate().map(|(g, (_, members))| if kinds[g] == EntityKind::Person { members.iter().map(|&i| words(&mentions[i].text)).collect() } else { Vec::new() }).collect();
    let size = |g: usize| person_words[g].iter().map(Vec::len).max().unwrap_or(0);
    let mut containing: HashMap<String, Vec<usize>> = HashMap::new();
    for (g, variants) in person_words.iter().enumerate() {
        let mut ws: Vec<&String> = variants.iter().filter(|w| w.len() > 1).flatten().collect();
        ws.sort();
        ws.dedup();
        for w in ws {
            containing.entry(w.clone()).or_default().push(g);
        }
    }
    let mut merged_into: Vec<Option<usize>> = vec![None; groups.len()];
    let mut order: Vec<usize> = (0..groups.len()).filter(|&g| kinds[g] == EntityKind::Person).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(size(g)));
    for g in order {
        let Some(short) = person_words[g].iter().min_by_key(|w| w.len()) else { continue };
        let Some(first) = short.first() else { continue };
        let within = |long: &Vec<String>| long.len() > short.len() && long.windows(short.len()).any(|w| w == short.as_slice());
        let all: Vec<usize> = containing.get(first).map_or(Vec::new(), |c| c.iter().copied().filter(|&h| h != g && merged_into[h].is_none() && person_words[h].iter().any(within)).collect());
        let members = &groups[g].1;
        let shares_document = |h: usize| groups[h].1.iter().any(|&i| members.iter().any(|&j| mentions[i].document == mentions[j].document));
        let local: Vec<usize> = all.iter().copied().filter(|&h| shares_document(h)).collect();
        merged_into[g] = match (local.as_slice(), all.as_slice()) {
            ([h], _) => Some(*h),
            ([], [h]) => Some(*h),
            _ => None,
        };
    }
    let mut out: Vec<Linked> = Vec::new();
    let mut slot: Vec<Option<usize>> = vec![None; groups.len()];
    for g in 0..groups.len() {
        let root = std::iter::successors(Some(g), |&h| merged_into[h]).last().unwrap_or(g);
        let s = *slot[root].get_or_insert_with(|| {
            out.push(Linked { kind: EntityKind::Person, mentions: Vec::new() });
            out.len() - 1
        });
        slot[g] = Some(s);
        out[s].mentions.extend(&groups[g].1);
    }
    for e in &mut out {
        e.mentions.sort_unstable();
        e.kind = majority(e.mentions.iter().map(|&i| mentions[i].kind));
    }
    out.sort_by_key(|e| e.mentions[0]);
    out
}

fn majority(kinds: impl Iterator<Item = EntityKind>) -> EntityKind {
    let mut counts: Vec<(EntityKind, usize)> = Vec::new();
    for k in kinds {
        match counts.iter_mut().find(|(x, _)| *x == k) {
            Some(c) => c.1 += 1,
            None => counts.push((k, 1)),
        }
    }
    counts.iter().fold((EntityKind::Person, 0), |best, &(k, n)| if n > best.1 { (k, n) } else { best }).0
}

/// The name to show for an entity: a person's fullest name (among its longest variants in
/// words, the commonest: `Vladimir Putin` over `Putin`), another entity's commonest name
/// (`Russia` ×40 over `Federazione Russa` ×1; ties go to the longer).
pub fn canonical<'a>(variants: &[(&'a str, usize)], kind: EntityKind) -> &'a str {
    variants
        .iter()
        .max_by(|a, b| {
            let (wa, wb) = (words(a.0).len(), words(b.0).len());
            let (first, second) = if kind == EntityKind::Person { (wa.cmp(&wb), a.1.cmp(&b.1)) } else { (a.1.cmp(&b.1), wa.cmp(&wb)) };
            first.then(second).then(b.0.cmp(a.0))
        })
        .map_or("", |v| v.0)
}

/// Salience of an entity in one document: its mentions, more for an early first mention
/// and for a mention in the headline.
pub fn salience(mentions: &[&NameMention]) -> f64 {
    let first = mentions.iter().map(|m| m.position).fold(1.0, f64::min);
    let title = mentions.iter().any(|m| m.in_title);
    mentions.len() as f64 + 2.0 * (1.0 - first) + if title { 3.0 } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(document: usize, kind: EntityKind, text: &str) -> NameMention {
        NameMention { document, kind, text: text.into(), position: 0.5, in_title: false }
    }

    fn names(ms: &[NameMention], e: &Linked) -> Vec<String> {
        e.mentions.iter().map(|&i| ms[i].text.clone()).collect()
    }

    #[test]
    fn spellings_surnames_and_aliases_link() {
        use EntityKind::*;
        let ms = vec![
            m(0, Person, "Kim Jong-un"),
            m(0, Person, "Kim"),
            m(1, Person, "Kim Jong Un"),
            m(1, Person, "Kim Jong-Un"),
            m(2, Person, "Kim Joung-un"),
            m(0, Person, "Vladimir Putin"),
            m(1, Person, "Putin"),
            m(0, Organization, "NATO"),
            m(1, Organization, "Nato"),
            m(0, Location, "Stati Uniti"),
            m(1, Location, "USA"),
            m(2, Location, "Usa"),
        ];
        let linked = link(&ms);
        let groups: Vec<Vec<String>> = linked.iter().map(|e| names(&ms, e)).collect();
        assert_eq!(groups.len(), 4, "{groups:?}");
        assert_eq!(groups[0], ["Kim Jong-un", "Kim", "Kim Jong Un", "Kim Jong-Un", "Kim Joung-un"]);
        assert_eq!(groups[1], ["Vladimir Putin", "Putin"]);
        assert_eq!(groups[2], ["NATO", "Nato"]);
        assert_eq!(groups[3], ["Stati Uniti", "USA", "Usa"]);
    }

    #[test]
    fn typos_join_the_first_name_one_edit_away() {
        use EntityKind::*;
        let ms = vec![
            m(0, Person, "Mario Rossini"),
            m(0, Person, "Mario Rossetti"),
            m(0, Person, "Mario Rossino"),
            m(0, Person, "Mario Rossin"),
            m(0, Person, "Mario Rosini"),
            m(0, Person, "Maria Rossini"),
        ];
        let linked = link(&ms);
        let groups: Vec<Vec<String>> = linked.iter().map(|e| names(&ms, e)).collect();
        assert_eq!(groups, [vec!["Mario Rossini", "Mario Rossino", "Mario Rossin", "Mario Rosini", "Maria Rossini"], vec!["Mario Rossetti"]]);
    }

    #[test]
    fn keys_one_edit_apart_share_a_deletion() {
        let shares = |a: &str, b: &str| deletions(a).iter().any(|h| deletions(b).contains(h));
        assert!(shares("mariorossini", "mariorossino"));
        assert!(shares("mariorossini", "mariorosini"));
        assert!(shares("mariorosini", "mariorossini"));
        assert!(!shares("mariorossini", "mariobianchi"));
        assert!(deletions("rossi").is_empty());
    }

    #[test]
    fn names_with_and_without_little_words_link() {
        use EntityKind::*;
        let ms = vec![
            m(0, Location, "Corea del Nord"),
            m(1, Location, "Corea Nord"),
            m(0, Organization, "Banca d’Italia"),
            m(1, Organization, "Banca Italia"),
            m(2, Organization, "The Guardian"),
            m(2, Organization, "Guardian"),
            m(2, Location, "Corea del Sud"),
        ];
        let linked = link(&ms);
        let groups: Vec<Vec<String>> = linked.iter().map(|e| names(&ms, e)).collect();
        assert_eq!(groups, [vec!["Corea del Nord", "Corea Nord"], vec!["Banca d’Italia", "Banca Italia"], vec!["The Guardian", "Guardian"], vec!["Corea del Sud"]]);
    }

    #[test]
    fn aliases_link_across_languages() {
        use EntityKind::*;
        let ms =
            vec![m(0, Location, "Germania"), m(1, Location, "Germany"), m(0, Organization, "Bankitalia"), m(1, Organization, "Banca d’Italia"), m(2, Location, "Il Cairo"), m(2, Location, "Cairo")];
        let linked = link(&ms);
        let groups: Vec<Vec<String>> = linked.iter().map(|e| names(&ms, e)).collect();
        assert_eq!(groups, [vec!["Germania", "Germany"], vec!["Bankitalia", "Banca d’Italia"], vec!["Il Cairo", "Cairo"]]);
    }

    #[test]
    fn short_forms_join_the_entity_their_document_names() {
        use EntityKind::*;
        let ms = vec![m(0, Organization, "Alleanza"), m(0, Organization, "NATO"), m(1, Organization, "Alleanza"), m(2, Location, "Federazione Russa"), m(2, Organization, "Federazione")];
        let linked = link(&ms);
        let groups: Vec<Vec<String>> = linked.iter().map(|e| names(&ms, e)).collect();
        assert_eq!(groups, [vec!["Alleanza", "NATO"], vec!["Alleanza"], vec!["Federazione Russa", "Federazione"]]);
    }

    #[test]
    fn one_surname_two_people_stay_apart() {
        use EntityKind::*;
        let ms = vec![m(0, Person, "Mario Rossi"), m(1, Person, "Paolo Rossi"), m(2, Person, "Rossi")];
        let linked = link(&ms);
        assert_eq!(linked.len(), 3);
        // In a document that names one of them, the surname joins that one.
        let ms = vec![m(0, Person, "Mario Rossi"), m(1, Person, "Paolo Rossi"), m(1, Person, "Rossi")];
        let linked = link(&ms);
        assert_eq!(linked.len(), 2);
        assert_eq!(names(&ms, &linked[1]), ["Paolo Rossi", "Rossi"]);
    }

    #[test]
    fn canonical_names() {
        use EntityKind::*;
        assert_eq!(canonical(&[("Putin", 9), ("Vladimir Putin", 3)], Person), "Vladimir Putin");
        assert_eq!(canonical(&[("Kim Jong Un", 4), ("Kim Jong-un", 2)], Person), "Kim Jong Un");
        assert_eq!(canonical(&[("Russia", 40), ("Federazione Russa", 1)], Location), "Russia");
        assert_eq!(canonical(&[("ONU", 1), ("Nazioni Unite", 1)], Organization), "Nazioni Unite");
    }
}
