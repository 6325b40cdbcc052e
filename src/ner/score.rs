//! Scores BIO labels against gold as `shared/tools/score_ner.py` does: NERMuD's official
//! token-level micro-F1 over PER/LOC/ORG (B-/I- stripped) and CoNLL entity-level
//! exact-match F1, with per-type figures.

use super::confidence::Span;
use std::collections::HashSet;

const TYPES: [&str; 3] = ["PER", "LOC", "ORG"];

fn strip(label: &str) -> &str {
    let b = label.as_bytes();
    if b.len() > 2 && b[1] == b'-' {
        &label[2..]
    } else {
        label
    }
}

/// Entity spans `(start, end, type)` of one sentence's labels.
fn spans(labels: &[&str]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, lab) in labels.iter().copied().chain(std::iter::once("O")).enumerate() {
        let t = strip(lab);
        let begins = lab.starts_with("B-") || (t != "O" && open.is_none_or(|(_, k)| k != t));
        if let Some((s, k)) = open {
            if t == "O" || begins {
                out.push((s, i, k.to_string()));
                open = None;
            }
        }
        if t != "O" && open.is_none() {
            open = Some((i, t));
        }
    }
    out
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b > 0 {
        a as f64 / b as f64
    } else {
        0.0
    }
}

/// The report lines `score_ner.py` prints, for gold and system labels of the same
/// sentences (system labels upper-cased as the script does).
pub fn report(gold: &[Vec<String>], system: &[Vec<String>]) -> String {
    let g: Vec<&str> = gold.iter().flatten().map(String::as_str).collect();
    let s: Vec<String> = system.iter().flatten().map(|l| l.trim().to_uppercase()).collect();
    let s: Vec<&str> = s.iter().map(String::as_str).collect();
    let mut lines = vec![format!("tokens: {}", g.len())];
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for t in TYPES {
        let pairs = || g.iter().zip(&s).map(|(a, b)| (strip(a), strip(b)));
        let a = pairs().filter(|(x, y)| *x == t && *y == t).count();
        let b = pairs().filter(|(x, y)| *x != t && *y == t).count();
        let c = pairs().filter(|(x, y)| *x == t && *y != t).count();
        (tp, fp, fn_) = (tp + a, fp + b, fn_ + c);
        lines.push(format!("token_{t}_f1: {:.4}", f1(ratio(a, a + b), ratio(a, a + c))));
    }
    let (p, r) = (ratio(tp, tp + fp), ratio(tp, tp + fn_));
    lines.push(format!("token_micro_p: {p:.4}"));
    lines.push(format!("token_micro_r: {r:.4}"));
    lines.push(format!("token_micro_f1: {:.4}", f1(p, r)));
    let (mut gs, mut ss) = (HashSet::new(), HashSet::new());
    let mut off = 0;
    for sent in gold {
        let n = sent.len();
        let gl: Vec<&str> = sent.iter().map(String::as_str).collect();
        let sl = &s[off.min(s.len())..(off + n).min(s.len())];
        gs.extend(spans(&gl).into_iter().map(|(a, b, t)| (a + off, b + off, t)));
        ss.extend(spans(sl).into_iter().map(|(a, b, t)| (a + off, b + off, t)));
        off += n;
    }
    gs.retain(|x| TYPES.contains(&x.2.as_str()));
    ss.retain(|x| TYPES.contains(&x.2.as_str()));
    let hit = gs.intersection(&ss).count();
    let (p, r) = (ratio(hit, ss.len()), ratio(hit, gs.len()));
    lines.push(format!("entity_p: {p:.4}"));
    lines.push(format!("entity_r: {r:.4}"));
    lines.push(format!("entity_f1: {:.4}", f1(p, r)));
    for t in TYPES {
        let g_t: HashSet<_> = gs.iter().filter(|x| x.2 == t).collect();
        let s_t: HashSet<_> = ss.iter().filter(|x| x.2 == t).collect();
        let a = g_t.intersection(&s_t).count();
        lines.push(format!("entity_{t}_f1: {:.4}", f1(ratio(a, s_t.len()), ratio(a, g_t.len()))));
    }
    lines.join("\n") + "\n"
}

/// Entity precision and recall (as in `report`) when only the names with at least each
/// confidence are kept, a line per threshold.
pub fn by_confidence(gold: &[Vec<String>], system: &[Vec<Span>], thresholds: &[f32]) -> String {
    let mut gs = HashSet::new();
    for (k, sent) in gold.iter().enumerate() {
        let gl: Vec<&str> = sent.iter().map(String::as_str).collect();
        gs.extend(spans(&gl).into_iter().filter(|x| TYPES.contains(&x.2.as_str())).map(|(a, b, t)| (k, a, b, t)));
    }
    let mut lines = Vec::new();
    for &t in thresholds {
        let shown: HashSet<_> =
            system.iter().enumerate().flat_map(|(k, ss)| ss.iter().filter(|s| s.confidence >= t && TYPES.contains(&s.kind.as_str())).map(move |s| (k, s.start, s.end, s.kind.clone()))).collect();
        let hit = gs.intersection(&shown).count();
        lines.push(format!("confidence {t:.4}: entity_p {:.4} entity_r {:.4} ({} names)", ratio(hit, shown.len()), ratio(hit, gs.len()), shown.len()));
    }
    lines.join("\n") + "\n"
}
