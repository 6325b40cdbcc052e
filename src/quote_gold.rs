//! The quotation gold set (`tests/quotes/`): real articles with every quoted span, who said it,
//! and the quoted spans that are not speech, written by hand; the format is in
//! `tests/quotes/README.md`. `score` compares the quotations Lente finds in one article with
//! them: detection by span overlap, and attribution of the quotations both found.
//! Used by `lente eval-quotes` and `tests/quotes.rs`.

use crate::schema::{Document, Options, QuoteOut};
use crate::text::offsets::OffsetUnit;

/// One article of the set.
#[derive(Debug, Clone)]
pub struct QuoteGold {
    /// The article, relative to `../shared` (as in `golden::Golden::source`).
    pub source: String,
    pub lang: String,
    pub spans: Vec<GoldSpan>,
}

/// A quoted span: its opening words, and for speech its speaker (`None`: the article does
/// not say), else `speech` is false.
#[derive(Debug, Clone)]
pub struct GoldSpan {
    pub speech: bool,
    pub opening: String,
    pub speaker: Option<String>,
}

/// How one article, or a set, scored.
#[derive(Debug, Clone, Default)]
pub struct QuoteScore {
    /// Quotations in the gold lines, those Lente found, and Lente's quotations (scare quotes
    /// aside) that are a gold quotation.
    pub expected: usize,
    pub found: usize,
    pub reported: usize,
    pub right: usize,
    /// Of the gold quotations found: speaker right, wrong, or not given by Lente.
    pub speaker_right: usize,
    pub speaker_wrong: usize,
    pub speaker_none: usize,
    /// Non-speech spans, and those Lente reported as speech.
    pub not_speech: usize,
    pub not_speech_reported: usize,
    /// What went wrong, one line each: a wrong speaker (`gold ← Lente's`), a missed
    /// quotation, one without a speaker, non-speech shown as speech, a quotation not in gold.
    pub notes: Vec<String>,
}

impl QuoteScore {
    pub fn precision(&self) -> f64 {
        self.right as f64 / self.reported.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.expected.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
    /// Adds another article's counts.
    pub fn add(&mut self, o: &QuoteScore) {
        self.expected += o.expected;
        self.found += o.found;
        self.reported += o.reported;
        self.right += o.right;
        self.speaker_right += o.speaker_right;
        self.speaker_wrong += o.speaker_wrong;
        self.speaker_none += o.speaker_none;
        self.not_speech += o.not_speech;
        self.not_speech_reported += o.not_speech_reported;
    }
}

/// Reads a `.quotes` file; `Err` says which line is wrong.
pub fn parse(text: &str) -> Result<QuoteGold, String> {
    let mut lines = text.lines();
    let source = lines.next().and_then(|l| l.strip_prefix("source: ")).ok_or("the first line is `source: …`")?.to_string();
    let lang = lines.next().and_then(|l| l.strip_prefix("lang: ")).ok_or("the second line is `lang: …`")?.to_string();
    let mut spans = Vec::new();
    for (n, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match line.split('\t').collect::<Vec<_>>()[..] {
            ["QUOTE", opening, speaker] => spans.push(GoldSpan { speech: true, opening: opening.into(), speaker: (speaker != "NONE").then(|| speaker.to_string()) }),
            ["NOTSPEECH", opening, _] => spans.push(GoldSpan { speech: false, opening: opening.into(), speaker: None }),
            _ => return Err(format!("line {}: expected QUOTE or NOTSPEECH and two fields", n + 3)),
        }
    }
    Ok(QuoteGold { source, lang, spans })
}

/// Lowercase words, for comparing speakers, honorifics aside (`Miss Kensit` names `Patsy Kensit`).
fn words(s: &str) -> Vec<String> {
    const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "signor", "signora", "dott", "dottor"];
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).filter(|w| !HONORIFICS.contains(&w.as_str())).collect()
}

/// Analyses the article alone and scores its quotations. A gold span's opening words are
/// sought right after a quotation mark (else anywhere), past the same words' earlier lines;
/// it is found when the innermost quotation of Lente's covering their start is no scare quote; a speaker is right when every word Lente
/// gives is in the gold speaker (`Putin` for `Vladimir Putin`), or it names the same entity.
pub fn score(gold: &QuoteGold, text: &str) -> QuoteScore {
    let lang = crate::text::lang::Lang::parse(&gold.lang);
    let analysis = crate::analyze(&[Document { text: text.to_string(), ..Document::default() }], &Options { lang, tokens: false, offsets: OffsetUnit::Utf8, ..Options::default() });
    let Some(doc) = analysis.documents.first() else { return QuoteScore::default() };
    let quotes: Vec<_> = doc.quotes.iter().filter(|q| !q.scare).collect();
    let mut s = QuoteScore { reported: quotes.len(), ..QuoteScore::default() };
    let mut used = vec![false; quotes.len()];
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for g in &gold.spans {
        // The opening right after a mark, past the same opening's earlier gold lines.
        let from = seen.iter().rev().find(|s| s.0 == g.opening).map_or(0, |s| s.1 + 1);
        let after_mark = |&(i, _): &(usize, &str)| text[..i].trim_end().ends_with(['"', '\'', '“', '”', '„', '«', '‘', '’']);
        let mut found = text.get(from..).into_iter().flat_map(|t| t.match_indices(g.opening.as_str())).map(|(i, m)| (i + from, m));
        let Some(at) = found.clone().find(after_mark).or_else(|| found.next()).map(|(i, _)| i) else { continue };
        seen.push((&g.opening, at));
        // The innermost quotation around the span; none when that one is a scare quote.
        let covers = |q: &&QuoteOut| (q.start as usize) <= at && at < q.end as usize;
        let innermost = doc.quotes.iter().filter(covers).min_by_key(|q| q.end - q.start);
        let hit = innermost.filter(|q| !q.scare).and_then(|q| quotes.iter().position(|x| std::ptr::eq(*x, q)));
        let opening: String = g.opening.chars().take(50).collect();
        if !g.speech {
            s.not_speech += 1;
            s.not_speech_reported += usize::from(hit.is_some());
            if let Some(i) = hit {
                used[i] = true;
                s.notes.push(format!("not speech, shown as speech: {opening}"));
            }
            continue;
        }
        s.expected += 1;
        let Some(i) = hit else {
            s.notes.push(format!("missed: {opening}"));
            continue;
        };
        s.found += 1;
        if !used[i] {
            used[i] = true;
            s.right += 1;
        }
        let q = quotes[i];
        let said = q.speaker.map(|sp| text.get(sp.start as usize..sp.end as usize).unwrap_or("").to_string());
        let named = q.entity.map(|e| analysis.entities[e].name.clone());
        match (said, &g.speaker) {
            (None, _) => {
                s.speaker_none += 1;
                s.notes.push(format!("no speaker: {opening} ({})", g.speaker.as_deref().unwrap_or("NONE")));
            }
            (Some(said), Some(truth)) if [Some(said.clone()), named].iter().flatten().any(|x| !words(x).is_empty() && words(x).iter().all(|w| words(truth).contains(w))) => s.speaker_right += 1,
            (Some(said), truth) => {
                s.speaker_wrong += 1;
                s.notes.push(format!("wrong speaker: {} ← {said}", truth.as_deref().unwrap_or("NONE")));
            }
        }
    }
    for (q, _) in quotes.iter().zip(&used).filter(|(_, &u)| !u) {
        let quoted: String = text.get(q.start as usize..q.end as usize).unwrap_or("").chars().take(60).collect();
        s.notes.push(format!("not in gold: {quoted}"));
    }
    s
}
