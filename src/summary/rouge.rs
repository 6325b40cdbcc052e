//! ROUGE-1/2/L/Lsum F1 (Lin 2004), computed as `shared/tools/score_rouge.py` does: tokens
//! are runs of letters and digits of the NFKC, lowercased text; no stemming; with several
//! references the best F1 per metric counts; a corpus figure is the mean of item F1s × 100.

use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// The four metrics, in report order.
pub const METRICS: [&str; 4] = ["rouge1", "rouge2", "rougeL", "rougeLsum"];

/// Precision, recall, F1 (0–1) for each metric, in `METRICS` order.
pub type Scores = [(f64, f64, f64); 4];

/// The ROUGE tokens of a text.
pub fn tokenize(text: &str) -> Vec<String> {
    let norm: String = text.nfkc().flat_map(char::to_lowercase).collect();
    norm.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

fn prf(hits: usize, cand: usize, reference: usize) -> (f64, f64, f64) {
    let p = if cand > 0 { hits as f64 / cand as f64 } else { 0.0 };
    let r = if reference > 0 { hits as f64 / reference as f64 } else { 0.0 };
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

fn ngrams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut out = HashMap::new();
    for w in tokens.windows(n) {
        *out.entry(w).or_default() += 1;
    }
    out
}

fn rouge_n(cand: &[String], reference: &[String], n: usize) -> (f64, f64, f64) {
    let (c, r) = (ngrams(cand, n), ngrams(reference, n));
    let hits = c.iter().map(|(g, k)| (*k).min(r.get(g).copied().unwrap_or(0))).sum();
    prf(hits, c.values().sum(), r.values().sum())
}

/// The length of the longest common subsequence of two word lists.
pub fn lcs_len(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Indices in `reference` of one LCS with `cand` (ties resolved as rouge-score does).
fn lcs_positions(reference: &[String], cand: &[String]) -> Vec<usize> {
    let (n, m) = (reference.len(), cand.len());
    let mut rows = vec![vec![0usize; m + 1]; n + 1];
    for i in 1..=n {
        for j in 1..=m {
            rows[i][j] = if reference[i - 1] == cand[j - 1] { rows[i - 1][j - 1] + 1 } else { rows[i - 1][j].max(rows[i][j - 1]) };
        }
    }
    let (mut i, mut j, mut out) = (n, m, Vec::new());
    while i > 0 && j > 0 {
        if reference[i - 1] == cand[j - 1] {
            out.push(i - 1);
            i -= 1;
            j -= 1;
        } else if rows[i][j - 1] > rows[i - 1][j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    out
}

fn rouge_lsum(cand: &[Vec<String>], reference: &[Vec<String>]) -> (f64, f64, f64) {
    let n_cand: usize = cand.iter().map(Vec::len).sum();
    let n_ref: usize = reference.iter().map(Vec::len).sum();
    if n_cand == 0 || n_ref == 0 {
        return (0.0, 0.0, 0.0);
    }
    let mut left_c: HashMap<&str, usize> = HashMap::new();
    let mut left_r: HashMap<&str, usize> = HashMap::new();
    for t in cand.iter().flatten() {
        *left_c.entry(t).or_default() += 1;
    }
    for t in reference.iter().flatten() {
        *left_r.entry(t).or_default() += 1;
    }
    let mut hits = 0;
    for r in reference {
        let mut union: Vec<usize> = cand.iter().flat_map(|c| lcs_positions(r, c)).collect();
        union.sort_unstable();
        union.dedup();
        for t in union.iter().map(|&i| r[i].as_str()) {
            let (c, rr) = (left_c.get(t).copied().unwrap_or(0), left_r.get(t).copied().unwrap_or(0));
            if c > 0 && rr > 0 {
                hits += 1;
                left_c.insert(t, c - 1);
                left_r.insert(t, rr - 1);
            }
        }
    }
    prf(hits, n_cand, n_ref)
}

/// The lines of a reference (its sentences), blank ones dropped.
fn lines(text: &str) -> Vec<&str> {
    text.split('\n').filter(|s| !s.trim().is_empty()).collect()
}

/// The scores of a candidate (its sentences) against the best of `references`.
pub fn score(summary: &[String], references: &[String]) -> Scores {
    let cand_sents: Vec<Vec<String>> = summary.iter().filter(|s| !s.trim().is_empty()).map(|s| tokenize(s)).collect();
    let cand: Vec<String> = cand_sents.concat();
    let mut best: Scores = [(0.0, 0.0, 0.0); 4];
    for reference in references {
        let ref_sents: Vec<Vec<String>> = lines(reference).into_iter().map(tokenize).collect();
        let flat: Vec<String> = ref_sents.concat();
        let got = [rouge_n(&cand, &flat, 1), rouge_n(&cand, &flat, 2), prf(lcs_len(&cand, &flat), cand.len(), flat.len()), rouge_lsum(&cand_sents, &ref_sents)];
        for (b, g) in best.iter_mut().zip(got) {
            if g.2 > b.2 || *b == (0.0, 0.0, 0.0) {
                *b = g;
            }
        }
    }
    best
}

/// The mean of item scores, × 100, rounded to two decimals as the reference scorer prints.
pub fn mean(items: &[Scores]) -> Scores {
    let n = items.len().max(1) as f64;
    let mut out: Scores = [(0.0, 0.0, 0.0); 4];
    for (m, o) in out.iter_mut().enumerate() {
        let sum = items.iter().fold((0.0, 0.0, 0.0), |a, s| (a.0 + s[m].0, a.1 + s[m].1, a.2 + s[m].2));
        let r = |x: f64| (100.0 * x / n * 100.0).round() / 100.0;
        *o = (r(sum.0), r(sum.1), r(sum.2));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_known_cases() {
        let refs = vec!["the cat sat on the mat".to_string()];
        let s = score(&["the cat sat on the mat".to_string()], &refs);
        assert!(s.iter().all(|m| (m.2 - 1.0).abs() < 1e-9));
        let s = score(&["a dog".to_string()], &refs);
        assert_eq!(s[0].2, 0.0);
        assert_eq!(tokenize("L’Ucraina, città — perché_no 3.5"), ["l", "ucraina", "città", "perché", "no", "3", "5"]);
    }
}
