//! `analyze`: from documents to an `Analysis`. Reads each document's format, detects its
//! language, tokenizes, splits sentences, finds the headline and counts. Never fails on
//! any text: what cannot be analysed becomes a note on the document.

use crate::html;
use crate::schema::*;
use crate::text::detect::detect;
use crate::text::lang::Lang;
use crate::text::offsets::OffsetMap;
use crate::text::sentences::split;
use crate::text::tokenize::{tokenize, Token};

/// Analyzes every document with the same options.
pub fn analyze(documents: &[Document], options: &Options) -> Analysis {
    let documents: Vec<DocumentAnalysis> = documents.iter().enumerate().map(|(i, d)| analyze_one(i, d, options)).collect();
    let corpus = summarize(&documents);
    Analysis { version: env!("CARGO_PKG_VERSION"), offsets: options.offsets, documents, corpus }
}

fn analyze_one(index: usize, doc: &Document, options: &Options) -> DocumentAnalysis {
    let id = doc.id.clone().unwrap_or_else(|| index.to_string());
    let name = doc.name.clone().unwrap_or_else(|| format!("Document {}", index + 1));
    let format = doc.format.unwrap_or_else(|| guess_format(&name, &doc.text));
    let derived = (format == Format::Html).then(|| html::to_text(&doc.text));
    let text = derived.as_deref().unwrap_or(&doc.text);
    let mut notes = Vec::new();
    let lang = options.lang.unwrap_or_else(|| detect(text));
    let tokens = tokenize(text, lang);
    if tokens.is_empty() {
        notes.push(Note { level: "warning", code: "empty", message: format!("{name}: no text to analyse (the document is empty or only white space).") });
    } else if lang == Lang::Other && options.lang.is_none() {
        notes.push(Note { level: "info", code: "language-unknown", message: format!("{name}: the language is neither Italian nor English; English rules were used.") });
    }
    let spans = split(text, &tokens, lang);
    let map = OffsetMap::new(text, options.offsets);
    let at = |byte: u32| map.map(text, byte as usize);
    let words = tokens.iter().filter(|t| t.kind.is_wordlike()).count();
    let counts = Counts {
        characters: text.chars().count(),
        tokens: tokens.len(),
        words,
        sentences: spans.len(),
        paragraphs: paragraphs(text),
        reading_minutes: (words as f64 / 200.0 * 10.0).ceil() / 10.0,
    };
    let title = headline(text, &tokens).map(|(s, e)| Span { start: at(s), end: at(e) });
    let sentences = spans
        .iter()
        .map(|s| SentenceOut { start: at(tokens[s.first].start), end: at(tokens[s.end - 1].end), first_token: s.first as u32, end_token: s.end as u32 })
        .collect();
    let tokens = if options.tokens { tokens.iter().map(|t| TokenOut { start: at(t.start), end: at(t.end), kind: t.kind }).collect() } else { Vec::new() };
    DocumentAnalysis { id, name, format, text: derived, title, lang, counts, tokens, sentences, notes }
}

/// HTML by extension or by a leading tag; Markdown by extension; else plain text.
pub fn guess_format(name: &str, text: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    let head = text.trim_start().get(..15).unwrap_or("").to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        Format::Html
    } else {
        Format::Text
    }
}

/// Non-empty runs of lines separated by blank lines.
fn paragraphs(text: &str) -> usize {
    let mut count = 0;
    let mut in_par = false;
    for line in text.lines() {
        let blank = line.trim().is_empty();
        if !blank && !in_par {
            count += 1;
        }
        in_par = !blank;
    }
    count
}

/// The first line as a headline: followed by more text, at most 30 tokens, and not a
/// sentence that runs on into the next line.
fn headline(text: &str, tokens: &[Token]) -> Option<(u32, u32)> {
    let first = tokens.first()?;
    let line_end = text[first.start as usize..].find('\n').map(|i| i + first.start as usize)?;
    let in_line: Vec<&Token> = tokens.iter().take_while(|t| (t.end as usize) <= line_end).collect();
    let last = in_line.last()?;
    let more = tokens.len() > in_line.len();
    (more && in_line.len() <= 30).then_some((first.start, last.end))
}

fn summarize(docs: &[DocumentAnalysis]) -> CorpusSummary {
    let mut s = CorpusSummary { documents: docs.len(), ..CorpusSummary::default() };
    for d in docs {
        s.characters += d.counts.characters;
        s.tokens += d.counts.tokens;
        s.words += d.counts.words;
        s.sentences += d.counts.sentences;
        s.reading_minutes += d.counts.reading_minutes;
    }
    s.reading_minutes = (s.reading_minutes * 10.0).round() / 10.0;
    s.languages = [Lang::It, Lang::En, Lang::Other]
        .into_iter()
        .map(|lang| LangCount { lang, documents: docs.iter().filter(|d| d.lang == lang).count() })
        .filter(|c| c.documents > 0)
        .collect();
    s
}
