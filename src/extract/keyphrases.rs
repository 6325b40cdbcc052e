//! Keyphrases of a document and of a set of documents, Italian and English.
//!
//! Candidates are runs of one to four content words (not stop words, numbers, punctuation or
//! URLs) within a sentence and a line, joined only by spaces or by a preposition of the
//! `di` family (`Corea del Nord`, `patto di difesa reciproca`) or English `of` (`Department
//! of State`); every such run and sub-run counts. Occurrences are grouped by a key of
//! stemmed, lowercased words, and each group is scored by frequency, spread over the text,
//! position of the first occurrence, length, capitalization (names score higher, runs mixing
//! names and common words lower, runs of the shape name–word–name not at all) and a penalty
//! for phrases of generic words only. A phrase inside a better-scored longer phrase is
//! dropped when it seldom occurs outside it (`Corea` in `Corea del Nord`). Linear in the
//! number of tokens.

use super::stopwords;
use crate::text::lang::Lang;
use crate::text::sentences::SentenceSpan;
use crate::text::tokenize::{Token, TokenKind};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;

/// A keyphrase of one document.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Keyphrase {
    /// The commonest surface form (`Corea del Nord`, `cooperazione strategica`).
    pub text: String,
    /// The grouping key: stemmed, lowercased words joined by spaces (stop words inside kept as-is).
    pub key: String,
    pub score: f64,
    pub count: usize,
    /// Byte spans of every occurrence.
    #[serde(skip)]
    pub spans: Vec<(u32, u32)>,
}

/// A keyphrase of a set of documents.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SetKeyphrase {
    pub text: String,
    pub key: String,
    pub score: f64,
    pub documents: Vec<usize>,
}

/// The most content words in a phrase.
const MAX_WORDS: usize = 4;

/// Score weights by the number of content words.
const LENGTH_WEIGHT: [f64; MAX_WORDS] = [1.0, 1.7, 1.85, 1.95];

/// What a token can be in a phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Ends any phrase: punctuation, numbers, URLs, stop words, skipped tokens.
    Break,
    /// A word of the phrase.
    Content,
    /// A preposition allowed between two content words.
    Connector,
}

/// A token as seen by the extractor.
#[derive(Clone, Copy, Debug)]
struct Word {
    role: Role,
    /// Index of its key piece (stem of a content word, normalized connector).
    piece: u32,
    /// Starts with an uppercase letter.
    upper: bool,
    /// A generic word (see `stopwords::is_generic`).
    generic: bool,
    /// First word of its sentence or right after an opening quote, colon or dash, where
    /// capitals say nothing.
    initial: bool,
}

const BREAK: Word = Word { role: Role::Break, piece: 0, upper: false, generic: false, initial: false };

/// The capitalization of one occurrence, leaving out a capital forced by its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    /// Every content word capitalized: a name.
    Proper,
    Lower,
    /// Some capitalized, some not.
    Mixed,
    /// Nothing to tell (one word, at the start of a sentence).
    Unknown,
}

/// A group of occurrences sharing a key.
struct Candidate {
    key: String,
    words: usize,
    /// First and last token of every occurrence, in text order.
    occurrences: Vec<(u32, u32)>,
    proper: u32,
    lower: u32,
    mixed: u32,
    /// Occurrences of a one-word phrase as the modifier of the word before it (Italian) or
    /// after it (English), as adjectives stand: `sicurezza globale`, `nuclear weapons`.
    modifier: u32,
    generic: bool,
    score: f64,
}

/// The top `limit` keyphrases of one document. `skip[i]` marks tokens that must not be part of any phrase (boilerplate, headline duplicates…); it is empty or tokens.len() long.
pub fn keyphrases(text: &str, tokens: &[Token], sentences: &[SentenceSpan], skip: &[bool], lang: Lang, limit: usize) -> Vec<Keyphrase> {
    if limit == 0 || tokens.is_empty() {
        return Vec::new();
    }
    let mut pieces = Pieces::new(lang);
    let words = classify(text, tokens, skip, sentences, lang, &mut pieces);
    let mut candidates = collect(text, tokens, sentences, &words, lang, &pieces);
    let total = tokens.len() as f64;
    for c in &mut candidates {
        c.score = score(c, total, &words);
    }
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&candidates[a], &candidates[b]);
        b.score.total_cmp(&a.score).then(a.occurrences[0].0.cmp(&b.occurrences[0].0)).then(a.key.cmp(&b.key))
    });
    // For each token, the longest occurrence of a chosen phrase that covers it.
    let mut cover: Vec<(u32, u32)> = vec![(u32::MAX, 0); tokens.len()];
    let mut out = Vec::with_capacity(limit);
    for i in order {
        if out.len() >= limit {
            break;
        }
        let c = &candidates[i];
        let count = c.occurrences.len();
        let inside = c.occurrences.iter().filter(|&&(a, b)| cover[a as usize].0 <= a && b <= cover[a as usize].1).count();
        // Seldom alone: fewer than half of its occurrences are outside better phrases.
        if (count - inside) * 2 < count {
            continue;
        }
        for &(a, b) in &c.occurrences {
            for slot in &mut cover[a as usize..=b as usize] {
                if slot.0 > slot.1 || b - a > slot.1 - slot.0 {
                    *slot = (a, b);
                }
            }
        }
        out.push(Keyphrase { text: surface(text, tokens, &words, &c.occurrences), key: c.key.clone(), score: c.score, count, spans: spans(tokens, &c.occurrences) });
    }
    out
}

/// The top `limit` keyphrases over several documents' keyphrases (index = document), favouring phrases many documents share.
///
/// Each document's scores are divided by its best; a phrase scores the mean of those over all
/// documents times the square root of the share of documents that have it. Its text is the
/// form most often written across the documents.
pub fn set_keyphrases(per_document: &[Vec<Keyphrase>], limit: usize) -> Vec<SetKeyphrase> {
    struct Entry<'a> {
        sum: f64,
        documents: Vec<usize>,
        /// Surface forms with their total counts, in order of first sight.
        forms: Vec<(&'a str, usize)>,
    }
    let n = per_document.len();
    if n == 0 || limit == 0 {
        return Vec::new();
    }
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut entries: Vec<(&str, Entry)> = Vec::new();
    for (d, list) in per_document.iter().enumerate() {
        let best = list.iter().map(|k| k.score).filter(|s| s.is_finite()).fold(0.0, f64::max);
        for k in list {
            let norm = if best > 0.0 && k.score.is_finite() { (k.score / best).max(0.0) } else { 0.0 };
            let at = *index.entry(k.key.as_str()).or_insert_with(|| {
                entries.push((k.key.as_str(), Entry { sum: 0.0, documents: Vec::new(), forms: Vec::new() }));
                entries.len() - 1
            });
            let e = &mut entries[at].1;
            e.sum += norm;
            if e.documents.last() != Some(&d) {
                e.documents.push(d);
            }
            match e.forms.iter_mut().find(|(t, _)| *t == k.text) {
                Some(f) => f.1 += k.count.max(1),
                None => e.forms.push((k.text.as_str(), k.count.max(1))),
            }
        }
    }
    let mut out: Vec<SetKeyphrase> = entries
        .into_iter()
        .map(|(key, e)| {
            let share = e.documents.len() as f64 / n as f64;
            let text = e.forms.iter().fold(("", 0), |best, &f| if f.1 > best.1 { f } else { best }).0;
            SetKeyphrase { text: text.to_string(), key: key.to_string(), score: e.sum / n as f64 * share.sqrt(), documents: e.documents }
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(b.documents.len().cmp(&a.documents.len())).then(a.key.cmp(&b.key)));
    out.truncate(limit);
    out
}

/// Key pieces: the stem of each distinct content word, connectors as written (normalized).
struct Pieces {
    stemmer: Stemmer,
    /// Normalized word → piece index.
    ids: HashMap<String, u32>,
    text: Vec<String>,
}

impl Pieces {
    fn new(lang: Lang) -> Pieces {
        let stemmer = match lang {
            Lang::It => Stemmer::create(Algorithm::Italian),
            Lang::En | Lang::Other => Stemmer::create(Algorithm::English),
        };
        Pieces { stemmer, ids: HashMap::new(), text: Vec::new() }
    }

    /// The piece of `norm` (a normalized word); content words are stemmed part by part, so
    /// that `Jong-un` and `Jong Un` share a key.
    fn id(&mut self, norm: &str, content: bool) -> u32 {
        if let Some(&id) = self.ids.get(norm) {
            return id;
        }
        let piece = if content {
            let parts = norm.split(['-', '‐', '‑']).filter(|p| !p.is_empty());
            parts.map(|p| if stemmable(p) { self.stemmer.stem(p).into_owned() } else { p.to_string() }).collect::<Vec<_>>().join(" ")
        } else {
            norm.to_string()
        };
        let id = self.text.len() as u32;
        self.text.push(piece);
        self.ids.insert(norm.to_string(), id);
        id
    }
}

/// Whether the Snowball stemmer should see `part`: Latin letters (and apostrophes) only.
fn stemmable(part: &str) -> bool {
    part.len() <= 64 && part.chars().all(|c| c == '\'' || (c.is_alphabetic() && (c as u32) < 0x250))
}

/// The text of token `i`, if its offsets are sound.
fn token_text<'a>(text: &'a str, tokens: &[Token], i: usize) -> Option<&'a str> {
    let t = tokens.get(i)?;
    text.get(t.start as usize..t.end as usize)
}

/// Whether a line break separates token `i` from the one before it (or the offsets are unsound).
fn breaks_line(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(a), Some(b)) = (tokens.get(i.wrapping_sub(1)), tokens.get(i)) else { return false };
    text.get(a.end as usize..b.start as usize).is_none_or(|gap| gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']))
}

/// The role, key piece and shape of every token.
fn classify(text: &str, tokens: &[Token], skip: &[bool], sentences: &[SentenceSpan], lang: Lang, pieces: &mut Pieces) -> Vec<Word> {
    let mut words = vec![BREAK; tokens.len()];
    let mut starts = vec![false; tokens.len()];
    for s in sentences {
        if let Some(x) = starts.get_mut(s.first) {
            *x = true;
        }
    }
    let mut prev_norm = String::new();
    let mut initial = true;
    for (i, t) in tokens.iter().enumerate() {
        initial |= starts[i] || breaks_line(text, tokens, i);
        let Some(tok) = token_text(text, tokens, i) else {
            prev_norm.clear();
            continue;
        };
        if t.kind != TokenKind::Word {
            // A capital is forced after an opening quote, a colon, a dash or a stop too.
            initial = t.kind == TokenKind::Punct && (initial || tok.starts_with([':', '“', '«', '"', '‘', '(', '[', '.', '!', '?', '—', '–', '-', '…', ';']));
            prev_norm.clear();
            continue;
        }
        let norm = stopwords::normalize(tok);
        let upper = tok.chars().next().is_some_and(char::is_uppercase);
        let initial_here = initial;
        let mut word = Word { role: Role::Break, piece: 0, upper, generic: false, initial };
        initial = false;
        let skipped = skip.get(i).copied().unwrap_or(false);
        let verb = !upper && (stopwords::is_gerund(&norm, lang) || stopwords::is_participle(&prev_norm, &norm, lang));
        let noun = stopwords::is_ambiguous(&norm, lang) && (upper || stopwords::is_determiner(&prev_norm, lang));
        // A capitalized stop word ending a name (`Kim Jong Un`), not one inside a title-case
        // headline (`Kim In North Korea`).
        let name_end = upper
            && !initial_here
            && i > 0
            && words[i - 1].role == Role::Content
            && words[i - 1].upper
            && !token_text(text, tokens, i + 1).is_some_and(|n| n.starts_with(char::is_uppercase));
        if skipped {
        } else if stopwords::is_connector(&norm, lang) {
            word.role = Role::Connector;
            word.piece = pieces.id(&norm, false);
        } else if noun || name_end || !stopwords::is_stop(&norm, lang) && !verb && norm.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() {
            word.role = Role::Content;
            word.piece = pieces.id(&norm, true);
            word.generic = stopwords::is_generic(&norm);
        }
        words[i] = word;
        prev_norm = norm;
    }
    words
}

/// Every candidate occurrence, grouped by key, in order of first occurrence.
fn collect(text: &str, tokens: &[Token], sentences: &[SentenceSpan], words: &[Word], lang: Lang, pieces: &Pieces) -> Vec<Candidate> {
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut candidates = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut pending: Option<usize> = None;
    let mut key = String::new();
    let mut emit = |run: &mut Vec<usize>, pending: &mut Option<usize>| {
        add_run(run, words, lang, pieces, &mut key, &mut by_key, &mut candidates);
        run.clear();
        *pending = None;
    };
    for s in sentences {
        let end = s.end.min(tokens.len());
        for i in s.first.min(end)..end {
            if breaks_line(text, tokens, i) {
                emit(&mut run, &mut pending);
            }
            match words[i].role {
                Role::Content => {
                    run.extend(pending.take());
                    run.push(i);
                }
                Role::Connector if !run.is_empty() && pending.is_none() => pending = Some(i),
                _ => emit(&mut run, &mut pending),
            }
        }
        emit(&mut run, &mut pending);
    }
    candidates
}

/// Adds every phrase of `run` (content words with connectors between them): each sub-run of
/// one to `MAX_WORDS` content words.
fn add_run(run: &[usize], words: &[Word], lang: Lang, pieces: &Pieces, key: &mut String, by_key: &mut HashMap<String, usize>, candidates: &mut Vec<Candidate>) {
    let content: Vec<usize> = (0..run.len()).filter(|&k| words[run[k]].role == Role::Content).collect();
    for a in 0..content.len() {
        for b in a..content.len().min(a + MAX_WORDS) {
            let (first, last) = (run[content[a]], run[content[b]]);
            let phrase = &words[first..=last];
            let case = case_of(phrase);
            if case.is_none() {
                continue;
            }
            build_key(phrase, pieces, key);
            let at = match by_key.get(key.as_str()) {
                Some(&at) => at,
                None => {
                    by_key.insert(key.clone(), candidates.len());
                    let generic = phrase.iter().all(|w| w.role != Role::Content || w.generic);
                    candidates.push(Candidate { key: key.clone(), words: b - a + 1, occurrences: Vec::new(), proper: 0, lower: 0, mixed: 0, modifier: 0, generic, score: 0.0 });
                    candidates.len() - 1
                }
            };
            let c = &mut candidates[at];
            c.occurrences.push((first as u32, last as u32));
            let modifies = match lang {
                Lang::It => a > 0 && content[a - 1] + 1 == content[a],
                Lang::En | Lang::Other => b + 1 < content.len() && content[b] + 1 == content[b + 1],
            };
            c.modifier += u32::from(a == b && modifies);
            match case {
                Some(Case::Proper) => c.proper += 1,
                Some(Case::Lower) => c.lower += 1,
                Some(Case::Mixed) => c.mixed += 1,
                _ => {}
            }
        }
    }
}

/// The capitalization of a phrase; `None` when it goes from capitals to lowercase and back
/// (or the reverse), as a verb between two names does (`Putin incontra Kim`).
fn case_of(phrase: &[Word]) -> Option<Case> {
    let mut shapes = phrase.iter().filter(|w| w.role == Role::Content).enumerate().filter(|(k, w)| *k > 0 || !w.initial).map(|(_, w)| w.upper);
    let Some(first) = shapes.next() else { return Some(Case::Unknown) };
    let (mut changes, mut last, mut any_upper, mut any_lower) = (0, first, first, !first);
    for upper in shapes {
        changes += usize::from(upper != last);
        last = upper;
        any_upper |= upper;
        any_lower |= !upper;
    }
    match (changes, any_upper, any_lower) {
        (0, true, _) => Some(Case::Proper),
        (0, _, _) => Some(Case::Lower),
        (1, _, _) => Some(Case::Mixed),
        _ => None,
    }
}

/// Writes into `key` the pieces of the content words and connectors of `phrase`.
fn build_key(phrase: &[Word], pieces: &Pieces, key: &mut String) {
    key.clear();
    for w in phrase.iter().filter(|w| w.role != Role::Break) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&pieces.text[w.piece as usize]);
    }
}

/// The score of a candidate in a text of `total` tokens.
fn score(c: &Candidate, total: f64, words: &[Word]) -> f64 {
    let count = c.occurrences.len() as f64;
    let first = c.occurrences[0].0 as f64 / total;
    let last = c.occurrences[c.occurrences.len() - 1].0 as f64 / total;
    let position = 1.0 + 0.6 / (1.0 + 8.0 * first);
    let spread = 0.75 + 0.5 * (last - first);
    let case = if c.proper + c.lower + c.mixed == 0 {
        // Only ever at the start of a sentence: trust the capital.
        if words[c.occurrences[0].0 as usize].upper { Case::Proper } else { Case::Lower }
    } else if c.proper >= c.lower.max(c.mixed) {
        Case::Proper
    } else if c.lower >= c.mixed {
        Case::Lower
    } else {
        Case::Mixed
    };
    let shape = match case {
        Case::Proper if c.words > 1 => 1.15,
        Case::Proper => 1.0,
        Case::Mixed => 0.3,
        // A lone common word, weaker still when it mostly modifies another.
        Case::Lower if c.words == 1 && c.modifier * 2 > c.occurrences.len() as u32 => 0.4,
        Case::Lower if c.words == 1 => 0.7,
        _ => 1.0,
    };
    let generic = if c.generic { 0.35 } else { 1.0 };
    // A long phrase met once is more likely a chance run than a key one.
    let length = if c.occurrences.len() == 1 { (1.0 + LENGTH_WEIGHT[c.words - 1]) / 2.0 } else { LENGTH_WEIGHT[c.words - 1] };
    count.sqrt() * length * position * spread * shape * generic
}

/// Byte spans of the occurrences.
fn spans(tokens: &[Token], occurrences: &[(u32, u32)]) -> Vec<(u32, u32)> {
    occurrences.iter().map(|&(a, b)| (tokens[a as usize].start, tokens[b as usize].end)).collect()
}

/// The commonest written form of the occurrences, spaces collapsed; a form at the start of a
/// sentence counts half, so `Stati Uniti` beats `stati uniti` only by being commoner.
fn surface(text: &str, tokens: &[Token], words: &[Word], occurrences: &[(u32, u32)]) -> String {
    let mut forms: Vec<(&str, u32)> = Vec::new();
    for &(a, b) in occurrences {
        let Some(form) = text.get(tokens[a as usize].start as usize..tokens[b as usize].end as usize) else { continue };
        let weight = if words[a as usize].initial { 1 } else { 2 };
        match forms.iter_mut().find(|(f, _)| *f == form) {
            Some(f) => f.1 += weight,
            None => forms.push((form, weight)),
        }
    }
    let best = forms.iter().fold(("", 0), |best, &f| if f.1 > best.1 { f } else { best }).0;
    best.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{sentences, tokenize};

    fn run(text: &str, lang: Lang, limit: usize) -> Vec<Keyphrase> {
        let tokens = tokenize::tokenize(text, lang);
        let sentences = sentences::split(text, &tokens, lang);
        keyphrases(text, &tokens, &sentences, &[], lang, limit)
    }

    #[test]
    fn seeds_print() {
        let Ok(dir) = std::fs::read_dir("../shared/seeds") else { return };
        let mut paths: Vec<_> = dir.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        let mut all = Vec::new();
        for p in paths {
            let text = std::fs::read_to_string(&p).unwrap();
            let k = run(&text, Lang::It, 30);
            println!("== {}", p.display());
            for x in k.iter().take(20) {
                println!("  {:6.3} {:2} {:35} [{}]", x.score, x.count, x.text, x.key);
            }
            all.push(k);
        }
        println!("== set");
        for x in set_keyphrases(&all, 15) {
            println!("  {:6.3} {:?} {:35} [{}]", x.score, x.documents, x.text, x.key);
        }
    }
}
