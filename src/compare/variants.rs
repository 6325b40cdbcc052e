//! Quote variants: one quotation rendered differently by different documents (a word
//! changed, cut short, given to another speaker). Two quotations are variants when they
//! share at least two content-word stems and those make up at least half of the shorter
//! one's and a third of the longer one's; groups are joined through shared stems, each stem looked up in an index, so the
//! cost stays near linear.

use crate::summary::points::stems;
use crate::text::lang::Lang;
use rustc_hash::FxHashMap as HashMap;

/// The fewest content-word stems two variants share.
const MIN_SHARED: usize = 2;
/// The least share of the shorter quotation's stems the two share.
const MIN_OVERLAP: f64 = 0.5;
/// The least share of the longer one's: a short phrase inside a long speech is no variant.
const MIN_OVERLAP_LONGER: f64 = 0.3;
/// A stem in more quotations than this is not used to find candidates.
const MAX_POSTINGS: usize = 64;

/// Groups `quotes` ((document, text, language)) into variants found in two or more
/// documents; each group lists indexes into `quotes`, in order.
pub fn group(quotes: &[(usize, &str, Lang)]) -> Vec<Vec<usize>> {
    let bags: Vec<Vec<String>> = quotes
        .iter()
        .map(|&(_, text, lang)| {
            let mut bag: Vec<String> = stems(text, lang).collect();
            bag.sort_unstable();
            bag.dedup();
            bag
        })
        .collect();
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, bag) in bags.iter().enumerate() {
        for stem in bag {
            postings.entry(stem).or_default().push(k);
        }
    }
    let mut sets = crate::sets::Sets::new(quotes.len());
    for (k, bag) in bags.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::default();
        for stem in bag {
            let list = &postings[stem.as_str()];
            if list.len() <= MAX_POSTINGS {
                list.iter().filter(|&&o| o > k).for_each(|&o| *shared.entry(o).or_default() += 1);
            }
        }
        for (o, n) in shared {
            let (shorter, longer) = (bags[k].len().min(bags[o].len()).max(1), bags[k].len().max(bags[o].len()).max(1));
            if n >= MIN_SHARED && n as f64 / shorter as f64 >= MIN_OVERLAP && n as f64 / longer as f64 >= MIN_OVERLAP_LONGER {
                sets.join(k, o);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    for k in 0..quotes.len() {
        groups.entry(sets.root(k)).or_default().push(k);
    }
    groups
        .into_values()
        .filter(|g| {
            let first = quotes[g[0]].0;
            g.iter().any(|&k| quotes[k].0 != first)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_renderings_of_one_phrase() {
        let it = Lang::It;
        let quotes = [
            (0, "“compagni d’armi”", it),
            (0, "“dittatura neocoloniale globale basata sui doppi standard”", it),
            (1, "«un rapporto indissolubile di compagni d’armi»", it),
            (1, "«cooperazione strategica»", it),
            (3, "“indistruttibile relazione da compagni d’armi“", it),
            (3, "“partenariato strategico globale”", it),
        ];
        assert_eq!(group(&quotes), [vec![0, 2, 4]]);
    }
}
