//! The input and output types of `analyze`, shared by the JS API and the CLI's JSON.
//! Documented field by field in `docs/schema.md`. No maps: lists keep their order.

use crate::entities::values::{Value, ValueKind};
pub use crate::extract::keyphrases::{Keyphrase, SetKeyphrase};
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
    /// The file's bytes, when the text is still to be decoded (it is then ignored); in JS a
    /// `Uint8Array`.
    #[serde(with = "serde_bytes")]
    pub bytes: Option<Vec<u8>>,
    /// `text`, `markdown` or `html`; guessed from the name and content when absent.
    pub format: Option<Format>,
}

/// How a document's text is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
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
    /// Documents with more tokens than this do not list them (a note says so).
    pub token_limit: usize,
    /// Documents with more bytes of text than this are not analysed (a note says so).
    pub max_bytes: usize,
    /// Sentences in each document's summary.
    pub summary_sentences: usize,
    /// Points in the brief of the whole set.
    pub brief_points: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { lang: None, offsets: OffsetUnit::Utf16, tokens: true, token_limit: 200_000, max_bytes: 20_000_000, summary_sentences: 3, brief_points: 8 }
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
    /// People, places and organizations across all documents, most salient first.
    pub entities: Vec<Entity>,
    /// The most important points of the whole set, in reading order, each with every
    /// document that carries it.
    pub brief: Vec<BriefPoint>,
    /// Keyphrases of the whole set, favouring those many documents share.
    pub keyphrases: Vec<SetKeyphrase>,
    /// Who said what: the direct quotations of all documents grouped by speaker, the
    /// speakers with most quotations first.
    pub speakers: Vec<Speaker>,
    /// How the documents compare: shared points and passages, figures, quote variants.
    pub comparison: crate::compare::Comparison,
}

/// A speaker and their quotations across the set.
#[derive(Clone, Debug, Serialize)]
pub struct Speaker {
    /// The entity's name, or the speaker as written when no entity was linked.
    pub name: String,
    /// Index in `Analysis::entities`, when the speaker is a linked entity.
    pub entity: Option<usize>,
    pub quotes: Vec<QuoteRef>,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct QuoteRef {
    pub document: usize,
    /// Index in that document's `quotes`.
    pub quote: usize,
}

/// A direct quotation.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteOut {
    /// The quotation, its marks included.
    pub start: u32,
    pub end: u32,
    /// Where the speaker is named, when the text attributes the quotation.
    pub speaker: Option<Span>,
    /// The speaker's entity, when linked.
    pub entity: Option<usize>,
    /// A word or two in quotation marks (`il “fermo sostegno”`), not speech.
    pub scare: bool,
}

/// A point of the brief: one sentence standing for the near-duplicates of it.
#[derive(Clone, Debug, Serialize)]
pub struct BriefPoint {
    /// The sentence shown: its document and index in that document's `sentences`.
    pub document: usize,
    pub sentence: usize,
    pub score: f64,
    /// Every document and sentence that says it (the shown one first).
    pub sources: Vec<SentenceRef>,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct SentenceRef {
    pub document: usize,
    pub sentence: usize,
}

/// The type of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "LOC")]
    Location,
    #[serde(rename = "ORG")]
    Organization,
}

impl EntityKind {
    /// From a tagger label's type (`PER`, `LOC`, `ORG`); other types are not entities here.
    pub fn from_label(kind: &str) -> Option<EntityKind> {
        match kind {
            "PER" => Some(EntityKind::Person),
            "LOC" => Some(EntityKind::Location),
            "ORG" => Some(EntityKind::Organization),
            _ => None,
        }
    }
}

/// One person, place or organization, linked across spellings and documents.
#[derive(Clone, Debug, Serialize)]
pub struct Entity {
    /// Its index in `Analysis::entities`, which mentions refer to.
    pub id: usize,
    /// The name to show: the commonest of the longest variants.
    pub name: String,
    pub kind: EntityKind,
    /// Every spelling met, with how often, commonest first.
    pub variants: Vec<Variant>,
    /// Mentions per document, in document order.
    pub documents: Vec<DocumentCount>,
    pub mentions: usize,
    /// Summed over documents: mentions, an early first mention, presence in a headline;
    /// weighed by the confidence.
    pub salience: f64,
    /// The confidence of its surest mention, from 0 to 1.
    pub confidence: f32,
    /// Below the confidence the default view asks (`ner::confidence::SHOWN`): a reader sees
    /// it only on asking for uncertain names.
    pub uncertain: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Variant {
    pub text: String,
    pub count: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct DocumentCount {
    /// Index in `Analysis::documents`.
    pub document: usize,
    pub count: usize,
    pub salience: f64,
    /// The spellings met in that document, commonest first.
    pub variants: Vec<Variant>,
}

/// A mention of a named entity in a document.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Mention {
    pub start: u32,
    pub end: u32,
    /// The entity's type (one type for all its mentions).
    pub kind: EntityKind,
    /// Index in `Analysis::entities`.
    pub entity: usize,
    /// How sure the tagger is of this mention, from 0 to 1.
    pub confidence: f32,
}

/// A date, time, number, amount of money, percentage or quantity, with its value.
#[derive(Clone, Debug, Serialize)]
pub struct ValueSpan {
    pub start: u32,
    pub end: u32,
    pub kind: ValueKind,
    pub value: Value,
}

/// An entity's place in one document.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentEntity {
    /// Index in `Analysis::entities`.
    pub entity: usize,
    pub count: usize,
    pub salience: f64,
    /// The spellings met in this document, commonest first.
    pub variants: Vec<Variant>,
}

/// The result for one document.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentAnalysis {
    pub id: String,
    pub name: String,
    /// Who publishes it: from the page's metadata, a site's name in the text, or the file name.
    pub outlet: crate::extract::outlet::Outlet,
    pub format: Format,
    /// The encoding the bytes were read in (`UTF-8`, `windows-1252`, …), when bytes were given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'static str>,
    /// The text that offsets refer to, when it differs from the input `text`: decoded from
    /// `bytes`, reduced from HTML, or normalized to NFC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The first line, when it reads as a headline.
    pub title: Option<Span>,
    pub lang: Lang,
    pub counts: Counts,
    /// Every token, when `Options::tokens` is set.
    pub tokens: Vec<TokenOut>,
    pub sentences: Vec<SentenceOut>,
    /// The summary: indexes into `sentences`, in text order.
    pub summary: Vec<usize>,
    /// Mentions of people, places and organizations, in text order.
    pub mentions: Vec<Mention>,
    /// The entities of this document, most salient first.
    pub entities: Vec<DocumentEntity>,
    /// Dates, times, numbers, money, percentages and quantities, in text order.
    pub values: Vec<ValueSpan>,
    /// Keyphrases, best first: the commonest surface form, its score and count.
    pub keyphrases: Vec<Keyphrase>,
    /// Direct quotations, in text order.
    pub quotes: Vec<QuoteOut>,
    /// Lines that are web leftovers (comment counters, "read also", privacy buttons, a
    /// repeated headline): shown, but no entity, keyphrase or summary comes from them.
    pub boilerplate: Vec<Span>,
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
    /// Its summary score, when it could be in a summary (not a headline, boilerplate or repeat).
    pub score: Option<f64>,
}

#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
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

/// Tokens and sentences of one text, and nothing more (`crate::analyze::tokenize`).
#[derive(Clone, Debug, Serialize)]
pub struct Tokenization {
    pub lang: Lang,
    pub offsets: OffsetUnit,
    pub tokens: Vec<TokenOut>,
    pub sentences: Vec<TokenSentence>,
}

/// A sentence of a [`Tokenization`].
#[derive(Clone, Copy, Debug, Serialize)]
pub struct TokenSentence {
    pub start: u32,
    pub end: u32,
    /// Index of the first token.
    pub first_token: u32,
    /// Index past the last token.
    pub end_token: u32,
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
    /// Documents per language, in the order it, en, other (empty documents have none).
    pub languages: Vec<LangCount>,
}

#[derive(Clone, Debug, Serialize)]
pub struct LangCount {
    pub lang: Lang,
    pub documents: usize,
}

/// One document analysed alone (`analyze_document`): its analysis, whose mentions, entities,
/// keyphrases and quotations' entities stay empty until `SetAnalysis::apply`, and what the
/// set-wide steps need of it.
#[derive(Clone, Debug, Serialize)]
pub struct Part {
    pub document: DocumentAnalysis,
    pub links: Links,
}

/// What `combine` needs of one document. JS keeps it as it came and passes it back.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Links {
    /// Names found, in text order, before linking.
    pub names: Vec<Name>,
    /// More keyphrases than the document shows, for its own list once names are linked and
    /// for the set's.
    pub keyphrases: Vec<Keyphrase>,
    /// Each quotation's speaker as written, when the text names one.
    pub speakers: Vec<Option<WrittenSpeaker>>,
    /// The text of each sentence, for the brief.
    pub sentences: Vec<String>,
    /// The sentences that cannot be in a summary or the brief.
    pub excluded: Vec<bool>,
    pub counts: Counts,
    pub lang: Lang,
    /// Where each sentence starts, in the unit of the offsets.
    #[serde(default)]
    pub starts: Vec<u32>,
    /// Each quotation's text, for quote variants.
    #[serde(default)]
    pub quotes: Vec<QuoteText>,
    /// Each value of `DocumentAnalysis::values`, for figures and the timeline.
    #[serde(default)]
    pub values: Vec<ValueLink>,
}

/// A quotation as `combine` needs it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct QuoteText {
    pub text: String,
    pub scare: bool,
}

/// A value as `combine` needs it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ValueLink {
    pub kind: ValueKind,
    pub value: Value,
    pub text: String,
    /// Index in the document's sentences.
    pub sentence: usize,
    /// In a line of web leftovers (`Leggi anche: …`): no figure of the story.
    #[serde(default)]
    pub leftover: bool,
}

/// A name as the tagger found it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Name {
    pub start: u32,
    pub end: u32,
    pub kind: EntityKind,
    pub text: String,
    /// Where it stands in the document, from 0 (start) to 1 (end).
    pub position: f64,
    pub in_title: bool,
    /// How sure the tagger is of it, from 0 to 1 (see `ner::confidence`).
    pub confidence: f32,
    /// The acronym given in parentheses right after it, which stands for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
}

/// Where a quotation's speaker is named, and how.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct WrittenSpeaker {
    pub start: u32,
    pub end: u32,
    pub text: String,
}

/// The set-wide part of an `Analysis`, from `combine`.
#[derive(Clone, Debug, Serialize)]
pub struct SetAnalysis {
    pub corpus: CorpusSummary,
    pub entities: Vec<Entity>,
    pub brief: Vec<BriefPoint>,
    pub keyphrases: Vec<SetKeyphrase>,
    pub speakers: Vec<Speaker>,
    pub comparison: crate::compare::Comparison,
    /// What each document gets from the set, in the order of the links given.
    pub documents: Vec<DocumentLinks>,
}

/// What one document gets from the set.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentLinks {
    pub mentions: Vec<Mention>,
    pub entities: Vec<DocumentEntity>,
    pub keyphrases: Vec<Keyphrase>,
    /// The speaker's entity of each quotation (`QuoteOut::entity`).
    pub quote_entities: Vec<Option<usize>>,
}

impl SetAnalysis {
    /// The whole analysis: `documents` (from `analyze_document`, in the order of the links
    /// given to `combine`) completed with what the set gives each.
    pub fn apply(self, mut documents: Vec<DocumentAnalysis>, offsets: OffsetUnit) -> Analysis {
        for (doc, links) in documents.iter_mut().zip(self.documents) {
            doc.mentions = links.mentions;
            doc.entities = links.entities;
            doc.keyphrases = links.keyphrases;
            for (quote, entity) in doc.quotes.iter_mut().zip(links.quote_entities) {
                quote.entity = entity;
            }
        }
        Analysis {
            version: env!("CARGO_PKG_VERSION"),
            offsets,
            documents,
            corpus: self.corpus,
            entities: self.entities,
            brief: self.brief,
            keyphrases: self.keyphrases,
            speakers: self.speakers,
            comparison: self.comparison,
        }
    }
}
