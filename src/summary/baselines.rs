//! Baselines to compare Lente's summaries with: Lead (the first sentences as they come),
//! TextRank (Mihalcea & Tarau 2004: PageRank over sentences linked by word overlap) and
//! Centroid (Radev et al. 2004: the sentences closest to the tf-idf centroid).

use super::vectors::{vectors, words};
use std::collections::HashSet;

/// The first `n` sentences.
pub fn lead(sentences: &[&str], n: usize) -> Vec<usize> {
    (0..sentences.len().min(n)).collect()
}

/// The first sentences of each document in turn (first of each, then second of each, …):
/// (document, sentence) pairs, as many as `take` allows.
pub fn lead_multi(documents: &[Vec<&str>], mut take: impl FnMut(&str) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let longest = documents.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..longest {
        for (d, doc) in documents.iter().enumerate() {
            if let Some(s) = doc.get(i) {
                if !take(s) {
                    return out;
                }
                out.push((d, i));
            }
        }
    }
    out
}

/// TextRank: sentence indexes by PageRank score, best first.
pub fn textrank(sentences: &[&str]) -> Vec<usize> {
    let bags: Vec<HashSet<String>> = sentences.iter().map(|s| words(s).collect()).collect();
    let n = sentences.len();
    let sim = |a: usize, b: usize| -> f64 {
        let common = bags[a].intersection(&bags[b]).count() as f64;
        let norm = (bags[a].len() as f64).ln() + (bags[b].len() as f64).ln();
        if common == 0.0 || norm <= 0.0 {
            0.0
        } else {
            common / norm
        }
    };
    let mut weights = vec![0f64; n * n];
    for a in 0..n {
        for b in (a + 1)..n {
            let w = sim(a, b);
            weights[a * n + b] = w;
            weights[b * n + a] = w;
        }
    }
    let out_sum: Vec<f64> = (0..n).map(|a| weights[a * n..(a + 1) * n].iter().sum()).collect();
    let mut rank = vec![1.0 / n.max(1) as f64; n];
    for _ in 0..50 {
        rank = (0..n).map(|b| 0.15 / n as f64 + 0.85 * (0..n).filter(|&a| out_sum[a] > 0.0).map(|a| weights[a * n + b] / out_sum[a] * rank[a]).sum::<f64>()).collect();
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| rank[b].total_cmp(&rank[a]).then(a.cmp(&b)));
    order
}

/// Centroid: sentence indexes by closeness to the tf-idf centroid, best first.
pub fn centroid(sentences: &[&str]) -> Vec<usize> {
    let (vecs, c) = vectors(sentences);
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    order.sort_by(|&a, &b| vecs[b].dot(&c).total_cmp(&vecs[a].dot(&c)).then(a.cmp(&b)));
    order
}
