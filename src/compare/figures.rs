//! Figures side by side, and a timeline. Amounts (money, percentages, quantities) are
//! grouped by what they count (`11.000 container`, `10.000 soldati`: the counted noun's
//! stem, so `soldati` and `soldato` meet), so a reader sees where documents give the same
//! figure and where they differ; counts written as a small number word (`due leader`) are
//! left out as no figure worth comparing. Dates are grouped by the day, month or year they
//! name, in time order.

use crate::entities::values::{Value, ValueKind};
use crate::extract::stopwords::normalize;
use crate::order::{apply, by_keys, most};

/// One value of one document, as `combine` sees it.
pub struct Figure<'a> {
    pub document: usize,
    /// Index in the document's values.
    pub value: usize,
    pub sentence: usize,
    pub kind: ValueKind,
    pub parsed: &'a Value,
    pub text: &'a str,
}

/// Groups of figures: (label, indexes into `figures`, whether they all agree), the groups
/// found in most documents first.
pub fn amounts(figures: &[Figure]) -> Vec<(String, Vec<usize>, bool)> {
    let groups = group_by(figures.iter().enumerate().filter_map(|(k, f)| Some((amount_label(f)?, k))));
    let documents = |g: &[usize]| {
        let mut d: Vec<usize> = g.iter().map(|&k| figures[k].document).collect();
        d.dedup();
        d.len()
    };
    let out: Vec<(String, Vec<usize>, bool)> = groups
        .into_iter()
        .map(|(label, items)| {
            let agree = items.iter().all(|&k| figures[k].parsed.number == figures[items[0]].parsed.number);
            (label, items, agree)
        })
        .collect();
    let order = by_keys(out.iter().map(|g| [most(documents(&g.1)), most(g.1.len()), 0, 0]));
    apply(out, &order)
}

/// What an amount counts, as a grouping label (`quantity:solda`, `money:EUR`, `percent`);
/// `None` for other values and for small counts written in words.
fn amount_label(f: &Figure) -> Option<String> {
    let small_word = !f.text.chars().any(|c| c.is_ascii_digit()) && f.parsed.number.is_some_and(|n| n <= 10.0);
    match f.kind {
        ValueKind::Quantity if !small_word => {
            let unit = normalize(f.parsed.unit.as_deref()?);
            // Short units are whole (`km`); nouns lose their ending (`anni`, `anno`).
            let n = unit.chars().count();
            let stem: String = if n <= 3 { unit } else { unit.chars().take((n - 1).min(5)).collect() };
            Some(format!("quantity:{stem}"))
        }
        ValueKind::Money => Some(format!("money:{}", f.parsed.unit.as_deref().unwrap_or("?"))),
        ValueKind::Percent => Some("percent".to_string()),
        _ => None,
    }
}

/// The dates, grouped by the ISO date they name, in time order (dates without a year last).
pub fn timeline(figures: &[Figure]) -> Vec<(String, Vec<usize>)> {
    let (mut dates, mut yearless): (Vec<_>, Vec<_>) =
        group_by(figures.iter().enumerate().filter(|(_, f)| f.kind == ValueKind::Date).filter_map(|(k, f)| Some((f.parsed.iso.clone()?, k)))).into_iter().partition(|d| !d.0.starts_with('-'));
    // ISO dates sort as text; "--06-18" (no year) after every year.
    dates.sort_unstable();
    yearless.sort_unstable();
    dates.append(&mut yearless);
    dates
}

/// Items grouped by key, groups in the order their keys first come.
fn group_by(items: impl Iterator<Item = (String, usize)>) -> Vec<(String, Vec<usize>)> {
    let mut index: rustc_hash::FxHashMap<String, usize> = Default::default();
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (key, k) in items {
        let next = groups.len();
        let g = *index.entry(key.clone()).or_insert(next);
        if g == next {
            groups.push((key, Vec::new()));
        }
        groups[g].1.push(k);
    }
    groups
}
