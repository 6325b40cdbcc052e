//! Comparing how several documents cover one story: which sentences report the same point
//! (the agreement map) and what only one document reports, passages they share word for
//! word or nearly, their figures side by side with a timeline of dates, and quotations
//! rendered differently. Built in `analyze::combine` from each document's `Links`.

pub mod constructed;
pub mod figures;
pub mod passages;
pub mod report;
pub mod variants;

use crate::schema::{Links, QuoteRef, SentenceRef};
use crate::text::offsets::OffsetUnit;
use figures::Figure;
use serde::Serialize;

/// How the documents of a set compare (`Analysis::comparison`).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Comparison {
    /// Every point that two or more documents report: the sentences saying it.
    pub points: Vec<AgreementPoint>,
    /// For each document, its sentences that no other document reports (in no point with
    /// another document; headlines and web leftovers are not counted).
    pub unique: Vec<Vec<usize>>,
    /// Passages shared word for word or nearly, the most widely shared first.
    pub passages: Vec<SharedPassage>,
    /// Amounts grouped by what they count, those in most documents first.
    pub figures: Vec<FigureGroup>,
    /// The dates the set names, in time order (dates without a year last).
    pub timeline: Vec<TimelineDate>,
    /// Quotations that different documents render differently.
    pub quote_variants: Vec<QuoteVariants>,
}

#[derive(Clone, Debug, Serialize)]
pub struct AgreementPoint {
    /// In document and sentence order.
    pub sources: Vec<SentenceRef>,
    /// The documents that report it, in order.
    pub documents: Vec<usize>,
}

#[derive(Clone, Debug, Serialize)]
pub struct SharedPassage {
    /// Where it stands in each document (a document repeating itself has two spans).
    pub spans: Vec<PassageSpan>,
    /// Words in its longest span.
    pub words: usize,
    /// The share of words matched word for word, from 0 to 1 (1: an exact copy).
    pub similarity: f64,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct PassageSpan {
    pub document: usize,
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, Serialize)]
pub struct FigureGroup {
    /// What is counted: `quantity:solda` (the counted noun's stem), `money:EUR`, `percent`.
    pub label: String,
    pub items: Vec<FigureRef>,
    /// Whether every item gives the same number.
    pub agree: bool,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct FigureRef {
    pub document: usize,
    /// Index in that document's `values`.
    pub value: usize,
    /// Index in that document's `sentences`.
    pub sentence: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct TimelineDate {
    /// ISO 8601, as in `Value::iso`.
    pub date: String,
    pub items: Vec<FigureRef>,
}

#[derive(Clone, Debug, Serialize)]
pub struct QuoteVariants {
    /// In document order.
    pub quotes: Vec<QuoteRef>,
}

/// Compares the documents of `links`, given the brief's groups of sentences and the shared
/// passages (`shared_passages`).
pub fn compare(links: &[Links], groups: &[Vec<(usize, usize)>], passages: Vec<SharedPassage>) -> Comparison {
    let mut unique: Vec<Vec<usize>> = links.iter().map(|_| Vec::new()).collect();
    let mut points: Vec<AgreementPoint> = Vec::new();
    for g in groups {
        let mut documents: Vec<usize> = g.iter().map(|s| s.0).collect();
        documents.dedup();
        if documents.len() >= 2 {
            points.push(AgreementPoint { sources: g.iter().map(|&(document, sentence)| SentenceRef { document, sentence }).collect(), documents });
        } else {
            unique[documents[0]].extend(g.iter().map(|s| s.1));
        }
    }
    let order = crate::order::by_keys(points.iter().map(|p: &AgreementPoint| [crate::order::most(p.documents.len()), crate::order::most(p.sources.len()), 0, 0]));
    let points = crate::order::apply(points, &order);
    unique.iter_mut().for_each(|u| u.sort_unstable());

    let figures: Vec<Figure> = links
        .iter()
        .enumerate()
        .flat_map(|(document, l)| {
            l.values.iter().enumerate().filter(|(_, v)| !v.leftover).map(move |(value, v)| Figure { document, value, sentence: v.sentence, kind: v.kind, parsed: &v.value, text: &v.text })
        })
        .collect();
    let refs = |items: &[usize]| items.iter().map(|&k| FigureRef { document: figures[k].document, value: figures[k].value, sentence: figures[k].sentence }).collect();
    let amounts = figures::amounts(&figures).into_iter().map(|(label, items, agree)| FigureGroup { label, items: refs(&items), agree }).collect();
    let timeline = figures::timeline(&figures).into_iter().map(|(date, items)| TimelineDate { date, items: refs(&items) }).collect();

    // Scare quotes of one word (`“illegale”`) are no quotation to compare; of several, they may be.
    let quotes: Vec<(usize, usize, &str, crate::text::lang::Lang)> =
        links.iter().enumerate().flat_map(|(d, l)| l.quotes.iter().enumerate().filter(|q| !q.1.scare || q.1.text.contains(' ')).map(move |(q, t)| (d, q, t.text.as_str(), l.lang))).collect();
    let texts: Vec<(usize, &str, crate::text::lang::Lang)> = quotes.iter().map(|&(d, _, t, l)| (d, t, l)).collect();
    let quote_variants = variants::group(&texts).into_iter().map(|g| QuoteVariants { quotes: g.iter().map(|&k| QuoteRef { document: quotes[k].0, quote: quotes[k].1 }).collect() }).collect();

    Comparison { points, unique, passages, figures: amounts, timeline, quote_variants }
}

/// The shared passages, with offsets in `unit`.
pub fn shared_passages(links: &[Links], unit: OffsetUnit) -> Vec<SharedPassage> {
    let bytes = links.iter().flat_map(|l| &l.sentences).map(String::len).sum();
    let found = passages::find(links.len(), bytes, &|d, out| links[d].sentences.iter().for_each(|text| passages::hashes(text, out)));
    // The offsets of the words that begin and end each stretch, one document at a time.
    let mut ends: Vec<(usize, usize, usize)> = found.iter().enumerate().flat_map(|(p, passage)| passage.stretches.iter().enumerate().map(move |(k, s)| (s.document, p, k))).collect();
    ends.sort_unstable();
    let mut spans: Vec<Vec<PassageSpan>> = found.iter().map(|p| vec![PassageSpan { document: 0, start: 0, end: 0 }; p.stretches.len()]).collect();
    let mut words = Vec::new();
    for group in ends.chunk_by(|a, b| a.0 == b.0) {
        let l = &links[group[0].0];
        words.clear();
        for (text, &start) in l.sentences.iter().zip(&l.starts) {
            passages::words(text, start, |s| unit.len(s), &mut words);
        }
        for &(document, p, k) in group {
            let stretch = found[p].stretches[k];
            spans[p][k] = PassageSpan { document, start: words[stretch.first].start, end: words[stretch.end - 1].end };
        }
    }
    found.into_iter().zip(spans).map(|(p, spans)| SharedPassage { words: p.stretches.iter().map(|s| s.end - s.first).max().unwrap_or(0), spans, similarity: p.similarity }).collect()
}
