//! The input and output types of `analyze`, shared by the JS API and the CLI's JSON.
//! Documented field by field in `docs/schema.md`. No maps: lists keep their order.

use crate::text::lang::Lang;
use crate::text::offsets::OffsetUnit;
use crate::text::tokenize::TokenKind;
use serde::{Deserialize, Serialize};

/// One input document.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    /// A stable identifier; defaults to the position in the list (`"0"`, `"1"`, …).
    pub id: Option<String>,
    /// A file name or label shown to people.
    pub name: Option<String>,
    /// The content: plain text, Markdown or HTML.
    pub text: String,
    /// `text`, `markdown` or `html`; guessed from the name and content when absent.
    pub format: Option<Format>,
}

/// How a document's text is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// How to analyze.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// `it`, `en` or `other` to force a language; detected per document when absent.
    pub lang: Option<Lang>,
    /// The unit of every offset in the result.
    pub offsets: OffsetUnit,
    /// Whether to list every token (counts are always given).
    pub tokens: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { lang: None, offsets: OffsetUnit::Utf16, tokens: true }
    }
}

/// The result for a set of documents.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis {
    /// The version of Lente that produced it.
    pub version: &'static str,
    /// The unit of every offset.
    pub offsets: OffsetUnit,
    pub documents: Vec<DocumentAnalysis>,
    pub corpus: CorpusSummary,
}

/// The result for one document.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentAnalysis {
    pub id: String,
    pub name: String,
    pub format: Format,
    /// The text that offsets refer to, when it differs from the input (HTML reduced to text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The first line, when it reads as a headline.
    pub title: Option<Span>,
    pub lang: Lang,
    pub counts: Counts,
    /// Every token, when `Options::tokens` is set.
    pub tokens: Vec<TokenOut>,
    pub sentences: Vec<SentenceOut>,
    /// What a reader should know about this document (empty, unreadable parts, …).
    pub notes: Vec<Note>,
}

/// A stretch of the document's text.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct TokenOut {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct SentenceOut {
    pub start: u32,
    pub end: u32,
    /// Index of the first token.
    pub first_token: u32,
    /// Index past the last token.
    pub end_token: u32,
}

#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Counts {
    /// Unicode code points.
    pub characters: usize,
    pub tokens: usize,
    /// Tokens that are words, numbers, URLs and the like (not punctuation, symbols, emoji).
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    /// Minutes at 200 words a minute, rounded up to the tenth.
    pub reading_minutes: f64,
}

/// A message about one document.
#[derive(Clone, Debug, Serialize)]
pub struct Note {
    /// `info`, `warning` or `error`.
    pub level: &'static str,
    /// A stable code for programs (`empty`, `language-unknown`, …).
    pub code: &'static str,
    pub message: String,
}

/// Totals over all documents.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CorpusSummary {
    pub documents: usize,
    pub characters: usize,
    pub tokens: usize,
    pub words: usize,
    pub sentences: usize,
    pub reading_minutes: f64,
    /// Documents per language, in the order it, en, other.
    pub languages: Vec<LangCount>,
}

#[derive(Clone, Debug, Serialize)]
pub struct LangCount {
    pub lang: Lang,
    pub documents: usize,
}
