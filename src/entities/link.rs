//! Links name mentions to entities within a document and across documents.
//!
//! - Mentions whose names read the same (case, hyphens, accents, spacing and little words
//!   aside: `Kim Jong-un`, `Kim Jong Un`, `Corea Nord`), differ by one letter in a long name
//!   (`Kim Joung-un`), or are known aliases (`USA`, `Stati Uniti`) become one entity; but
//!   not names that differ only in a word's final vowel, an Italian gender or number
//!   (`Tiburtino`, `Tiburtina`; `Mario`, `Maria`).
//! - A name is a person or not (a place or organization: the tagger mixes these) by the
//!   vote of its mentions in each document, so `Washington` the actor in one article and
//!   the city in another are two entities. An entity's type is the vote of its mentions,
//!   ties going to person, then organization, then place.
//! - An acronym in parentheses right after a name (`Aviation Security Service (Avsec)`,
//!   found by `aliases::acronym_after`) is an alias of it in the whole set, so two names
//!   given the same acronym are one entity.
//! - A person's shorter name (`Putin`, `Michela`) joins, in each document, the one longer
//!   name there that contains it; where no longer name contains it, it joins the one in the
//!   whole set, unless it is a lone first name (first names are too common). When two full
//!   names could take it, it stays apart, so two people with one surname are not merged. A
//!   quoted nickname (`Thomas "Tommy" Thompson`, see `join_nicknames`) is part of the name,
//!   so it tells people apart.
//!
//! Does not find mentions (see `ner`) and does not resolve pronouns.

use super::aliases::{alias_key, short_form};
use crate::schema::EntityKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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
    /// The acronym given in parentheses right after it, which stands for it.
    pub acronym: Option<String>,
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

/// Whether two names differ only in a word's final vowel, an Italian gender or number
/// (`Mario`, `Maria`; `Tiburtino`, `Tiburtina`): two names, not a typo.
fn ending_apart(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    let vowel = |c: char| "aeio".contains(c);
    wa.len() == wb.len()
        && wa.iter().zip(&wb).any(|(x, y)| {
            let (mut x, mut y) = (x.chars(), y.chars());
            match (x.next_back(), y.next_back()) {
                (Some(p), Some(q)) => p != q && vowel(p) && vowel(q) && x.as_str() == y.as_str(),
                _ => false,
            }
        })
}

/// Quotes around a nickname: opening, closing.
const QUOTES: [(char, char); 5] = [('"', '"'), ('\'', '\''), ('“', '”'), ('‘', '’'), ('«', '»')];

/// Joins a person's name tagged in two parts around a quoted nickname (`Thomas "Tommy"
/// Thompson`: the tagger leaves quotes out of names) into one name, nickname included.
/// `names` are byte spans of `text`, in text order.
pub fn join_nicknames(text: &str, names: Vec<(u32, u32, EntityKind)>) -> Vec<(u32, u32, EntityKind)> {
    let mut out = Vec::with_capacity(names.len());
    let mut i = 0;
    while i < names.len() {
        let (start, end, kind) = names[i];
        let after = if kind == EntityKind::Person { nickname_len(&text[end as usize..]).map(|n| end + n as u32) } else { None };
        // The last name that starts by the end of the nickname (the tagger may take in the
        // nickname, or part of it) and goes on past it.
        let next = after.map(|at| (at, i + names[i + 1..].iter().take_while(|n| n.0 <= at).count()));
        match next {
            Some((at, j)) if j > i && names[j].1 > at && names[j].2 == EntityKind::Person => {
                out.push((start, names[j].1, kind));
                i = j + 1;
            }
            _ => {
                out.push(names[i]);
                i += 1;
            }
        }
    }
    out
}

/// The length of ` "Tommy" ` at the start of `rest`: spaces, a quoted nickname of one to
/// three capitalized words, spaces.
fn nickname_len(rest: &str) -> Option<usize> {
    let quoted = rest.trim_start_matches(' ');
    let open = quoted.chars().next()?;
    let &(_, close) = QUOTES.iter().find(|(o, _)| *o == open)?;
    let body = &quoted[open.len_utf8()..];
    let (len, _) = body.char_indices().take(30).find(|&(_, c)| c == close)?;
    let nickname = &body[..len];
    let after = &body[len + close.len_utf8()..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    let words: Vec<&str> = nickname.split(' ').collect();
    let name_like = words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'));
    (quoted.len() < rest.len() && spaces > 0 && name_like).then_some(rest.len() - after.len() + spaces)
}

/// Kinds in the order that wins a tie in a vote.
const KINDS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Organization, EntityKind::Location];

/// The place of a kind in `KINDS`.
fn index(kind: EntityKind) -> usize {
    KINDS.iter().position(|&k| k == kind).unwrap_or(0)
}

/// How many of `kinds` are of each of `KINDS`.
fn tally(kinds: impl Iterator<Item = EntityKind>) -> [usize; 3] {
    let mut counts = [0; 3];
    for k in kinds {
        counts[index(k)] += 1;
    }
    counts
}

/// The kind with the most votes; ties go to person, then organization, then place.
fn vote(counts: [usize; 3]) -> EntityKind {
    KINDS[(1..3).fold(0, |best, k| if counts[k] > counts[best] { k } else { best })]
}

/// The key a name links under: its `group_key`, or its alias group's.
fn link_key(name: &str) -> String {
    let k = group_key(name);
    alias_key(&k).map_or(k, str::to_string)
}

/// Mentions with one name: its key, whether it is a person, its mentions.
struct Group {
    key: String,
    person: bool,
    members: Vec<usize>,
}

/// Whether each mention names a person, by the vote of the mentions of its name in its
/// document (`keys`: the names' link keys).
fn person_votes(mentions: &[NameMention], keys: &[String]) -> Vec<bool> {
    let mut votes: HashMap<(usize, &str), [usize; 3]> = HashMap::default();
    for (m, k) in mentions.iter().zip(keys) {
        votes.entry((m.document, k)).or_default()[index(m.kind)] += 1;
    }
    mentions.iter().zip(keys).map(|(m, k)| vote(votes[&(m.document, k.as_str())]) == EntityKind::Person).collect()
}

/// The root of `g` in a union-find forest.
fn root(parent: &mut [usize], g: usize) -> usize {
    let mut r = g;
    while parent[r] != r {
        r = parent[r];
    }
    let mut x = g;
    while parent[x] != r {
        x = std::mem::replace(&mut parent[x], r);
    }
    r
}

/// Step 1: groups the mentions whose names have one key (or alias, or acronym, or are one
/// typo apart) and are of one family, person or not. Typos are looked for among the first
/// group keys that share their first four letters, found through `deletions`, so the cost
/// stays linear however many names share those letters. Also returns the group of each key
/// of the names that are not persons.
fn group_names(mentions: &[NameMention]) -> (Vec<Group>, HashMap<String, usize>) {
    let keys: Vec<String> = mentions.iter().map(|m| link_key(&m.text)).collect();
    let person = person_votes(mentions, &keys);
    let mut groups: Vec<Group> = Vec::new();
    let mut parent: Vec<usize> = Vec::new();
    let mut by_key: [HashMap<String, usize>; 2] = Default::default();
    let mut by_deletion: [HashMap<u64, Vec<usize>>; 2] = Default::default();
    let same_prefix = |a: &str, b: &str| a.chars().take(4).eq(b.chars().take(4));
    for (i, (m, k)) in mentions.iter().zip(keys).enumerate() {
        if k.is_empty() {
            continue;
        }
        let f = usize::from(person[i]);
        let found = by_key[f].get(&k).copied().or_else(|| {
            let candidates = deletions(&k).into_iter().filter_map(|d| by_deletion[f].get(&d)).flatten().copied();
            candidates.filter(|&g| same_prefix(&groups[g].key, &k) && near(&groups[g].key, &k) && !ending_apart(&mentions[groups[g].members[0]].text, &m.text)).min()
        });
        let g = found.unwrap_or_else(|| {
            for d in deletions(&k) {
                by_deletion[f].entry(d).or_default().push(groups.len());
            }
            parent.push(groups.len());
            groups.push(Group { key: k.clone(), person: person[i], members: Vec::new() });
            groups.len() - 1
        });
        groups[g].members.push(i);
        by_key[f].insert(k, g);
        // An acronym given to a name links under it, and links the names given it.
        if let (false, Some(acronym)) = (person[i], &m.acronym) {
            let a = link_key(acronym);
            match by_key[0].get(&a) {
                Some(&h) => {
                    let (rg, rh) = (root(&mut parent, g), root(&mut parent, h));
                    parent[rg.max(rh)] = rg.min(rh);
                }
                None => {
                    by_key[0].insert(a, g);
                }
            }
        }
    }
    for g in 0..groups.len() {
        let r = root(&mut parent, g);
        if r != g {
            let members = std::mem::take(&mut groups[g].members);
            groups[r].members.extend(members);
        }
    }
    for group in &mut groups {
        group.members.sort_unstable();
    }
    let [mut others, _] = by_key;
    for g in others.values_mut() {
        *g = root(&mut parent, *g);
    }
    (groups, others)
}

/// Step 1b: a short form (`l’Alleanza`) joins the entity it stands for in the documents
/// that name that entity (`NATO`); elsewhere it stays itself. `by_key`: the group of each
/// key of the names that are not persons.
fn join_short_forms(groups: &mut [Group], by_key: &HashMap<String, usize>, mentions: &[NameMention]) {
    for g in 0..groups.len() {
        if groups[g].person {
            continue;
        }
        let Some(&h) = short_form(&groups[g].key).and_then(|k| by_key.get(k)) else { continue };
        let named: HashSet<usize> = groups[h].members.iter().map(|&i| mentions[i].document).collect();
        let (joining, staying): (Vec<usize>, Vec<usize>) = groups[g].members.iter().partition(|&&i| named.contains(&mentions[i].document));
        groups[g].members = staying;
        groups[h].members.extend(joining);
        groups[h].members.sort_unstable();
    }
}

/// Step 2: a person's shorter name (`Putin`, `Kim Jong`) joins, in each of its documents,
/// the one longer name there that contains its words in a row; in a document with no such
/// name, the one in the whole set, unless it is a lone first name. Shorter names go after
/// longer ones, so `Kim` finds `Kim Jong Un` once `Kim Jong` has joined it. Returns the
/// group that each (group, document) joined.
fn join_short_names(groups: &[Group], mentions: &[NameMention]) -> HashMap<(usize, usize), usize> {
    let person_words: Vec<Vec<Vec<String>>> = groups.iter().map(|g| if g.person { g.members.iter().map(|&i| words(&mentions[i].text)).collect() } else { Vec::new() }).collect();
    let mut containing: HashMap<&str, Vec<usize>> = HashMap::default();
    for (g, variants) in person_words.iter().enumerate() {
        let mut ws: Vec<&str> = variants.iter().filter(|w| w.len() > 1).flatten().map(String::as_str).collect();
        ws.sort_unstable();
        ws.dedup();
        for w in ws {
            containing.entry(w).or_default().push(g);
        }
    }
    // Where each group's mentions are, with those that joined it: (group, document).
    let mut present: HashSet<(usize, usize)> = HashSet::default();
    let mut documents: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    let mut alive = vec![0usize; groups.len()];
    for (g, group) in groups.iter().enumerate().filter(|(_, g)| g.person) {
        for &i in &group.members {
            if present.insert((g, mentions[i].document)) {
                documents[g].push(mentions[i].document);
                alive[g] += 1;
            }
        }
    }
    let size = |g: usize| person_words[g].iter().map(Vec::len).max().unwrap_or(0);
    let mut order: Vec<usize> = (0..groups.len()).filter(|&g| groups[g].person).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(size(g)));
    let mut done = vec![false; groups.len()];
    let mut joined = HashMap::default();
    for g in order {
        done[g] = true;
        let Some(short) = person_words[g].iter().min_by_key(|w| w.len()) else { continue };
        let Some(first) = short.first() else { continue };
        let within = |long: &Vec<String>| long.len() > short.len() && long.windows(short.len()).any(|w| w == short.as_slice());
        let candidates: Vec<usize> =
            containing.get(first.as_str()).map_or(Vec::new(), |c| c.iter().copied().filter(|&h| h != g && done[h] && alive[h] > 0 && person_words[h].iter().any(within)).collect());
        let mine: HashSet<usize> = documents[g].iter().copied().collect();
        let mut local: HashMap<usize, Vec<usize>> = HashMap::default();
        for &h in &candidates {
            for &d in documents[h].iter().filter(|&&d| mine.contains(&d) && present.contains(&(h, d))) {
                local.entry(d).or_default().push(h);
            }
        }
        let anywhere = match candidates.as_slice() {
            [h] if !first_name(short, &person_words[*h]) => Some(*h),
            _ => None,
        };
        for d in documents[g].clone() {
            let target = match local.get_mut(&d) {
                Some(hs) => {
                    hs.sort_unstable();
                    hs.dedup();
                    (hs.len() == 1).then_some(hs[0])
                }
                None => anywhere,
            };
            let Some(h) = target else { continue };
            joined.insert((g, d), h);
            present.remove(&(g, d));
            alive[g] -= 1;
            if present.insert((h, d)) {
                documents[h].push(d);
                alive[h] += 1;
            }
        }
    }
    joined
}

/// Whether `short` is a lone first name of the person whose names are `long`: one word,
/// that opens each name that contains it.
fn first_name(short: &[String], long: &[Vec<String>]) -> bool {
    short.len() == 1 && long.iter().filter(|l| l.len() > 1 && l.contains(&short[0])).all(|l| l[0] == short[0])
}

/// Groups `mentions` into entities, in order of first mention.
pub fn link(mentions: &[NameMention]) -> Vec<Linked> {
    let (mut groups, by_key) = group_names(mentions);
    join_short_forms(&mut groups, &by_key, mentions);
    let joined = join_short_names(&groups, mentions);
    // Each mention goes where its group joined in its document, and on from there.
    let entity_of = |mut g: usize, d: usize| {
        while let Some(&h) = joined.get(&(g, d)) {
            g = h;
        }
        g
    };
    let mut out: Vec<Linked> = Vec::new();
    let mut person: Vec<bool> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::default();
    for (g, group) in groups.iter().enumerate() {
        for &i in &group.members {
            let e = entity_of(g, mentions[i].document);
            let s = *slot.entry(e).or_insert_with(|| {
                out.push(Linked { kind: EntityKind::Person, mentions: Vec::new() });
                person.push(groups[e].person);
                out.len() - 1
            });
            out[s].mentions.push(i);
        }
    }
    for (e, &person) in out.iter_mut().zip(&person) {
        e.mentions.sort_unstable();
        let mut counts = tally(e.mentions.iter().map(|&i| mentions[i].kind));
        // One family per entity: a person, or a place or organization.
        if !person {
            counts[0] = 0;
        }
        e.kind = vote(counts);
    }
    out.sort_by_key(|e| e.mentions[0]);
    out
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
        NameMention { document, kind, text: text.into(), position: 0.5, in_title: false, acronym: None }
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
            m(0, Person, "Mario Rossimi"),
            m(0, Person, "Maria Rossini"),
        ];
        let linked = link(&ms);
        let groups: Vec<Vec<String>> = linked.iter().map(|e| names(&ms, e)).collect();
        // A word's final vowel changed is another name (`Rossino`, `Maria`), not a typo.
        assert_eq!(groups, [vec!["Mario Rossini", "Mario Rossin", "Mario Rosini", "Mario Rossimi"], vec!["Mario Rossetti"], vec!["Mario Rossino"], vec!["Maria Rossini"]]);
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
    fn names_around_a_quoted_nickname_join() {
        // Each part once in `text`.
        let joined = |text: &str, parts: &[&str]| -> Vec<String> {
            let spans = parts.iter().map(|p| text.find(p).map(|s| (s as u32, (s + p.len()) as u32, EntityKind::Person)).unwrap()).collect();
            join_nicknames(text, spans).iter().map(|&(s, e, _)| text[s as usize..e as usize].to_string()).collect()
        };
        assert_eq!(joined("Thomas \"Tommy\" Thompson", &["Thomas", "Tommy", "Thompson"]), ["Thomas \"Tommy\" Thompson"]);
        assert_eq!(joined("Mary “Moll” Thompson", &["Mary", "Thompson"]), ["Mary “Moll” Thompson"]);
        // The tagger may take the nickname's closing quote into the surname.
        assert_eq!(joined("John 'Jack' Thompson", &["John", "Jack' Thompson"]), ["John 'Jack' Thompson"]);
        // Not a nickname: words in quotes that are not a name, or not between two parts.
        assert_eq!(joined("Rossi \"non ci sto\" Bianchi", &["Rossi", "Bianchi"]), ["Rossi", "Bianchi"]);
        assert_eq!(joined("Rossi, \"Tommy\" Bianchi", &["Rossi", "Bianchi"]), ["Rossi", "Bianchi"]);
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
