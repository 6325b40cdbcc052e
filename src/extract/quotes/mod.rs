//! Direct quotations in Italian and English news, with their speakers.
//!
//! `marks` pairs the quotation marks of every convention (« », “ ”, „ “, " ", ‘ ’, British
//! ' '), nested ones and quotations over several paragraphs. A quotation of at most three
//! words is a scare quote (no speech) unless its sentence names who said it (`Putin called
//! it “illegal”`); a title or a name (`the song "…"`, `«Tutto il calcio minuto per minuto»`
//! after `la trasmissione`, `"The Thrill Is Gone"`) is no speech either.
//!
//! `speakers` finds who said the others: a colon or speech verb just before (`Putin ha
//! dichiarato: “…”`, `Kim: “…”`), a speech verb just after (`” ha detto Kim Jong-Un`, `,”
//! Smith said`, `”, secondo quanto riferisce la Tass`), an attribution between dashes inside
//! the quotation (`«… – dichiara il presidente Cannata – …»`), a speech verb earlier in the
//! sentence, a next sentence `Lo ha detto X`. The speaker is the subject of the verb: a
//! person the tagger found (else an organization, with its article: `la Tass`, else a run of
//! capitalized words), never who heard it (`told Racemail`); a description (`a source`, `il
//! ministro degli esteri`) is kept as written, unless it is short and definite and one
//! person was just named (`il presule`); a pronoun or a dropped subject (`he said`, `»,
//! ha aggiunto.`) stands for the person named last before it. A quotation with no
//! attribution that follows another goes on with its speaker; one that opens its sentence
//! takes the last named subject of a speech verb back to the previous paragraph. When none
//! of this finds someone, the quotation has no speaker.
//!
//! The words these read (speech verbs, articles, roles, title words) are in `words`, per
//! language. Reported speech without marks is not a quotation.

use crate::schema::EntityKind;
use crate::text::lang::Lang;
use crate::text::sentences::SentenceSpan;
use crate::text::tokenize::{Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

mod marks;
mod speakers;
#[cfg(test)]
mod tests;
mod words;

use marks::Span;
use speakers::Who;
use words::*;

/// A quotation: `text[start..end]` includes its quotation marks.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub start: u32,
    pub end: u32,
    /// The speaker as written (`Stoltenberg`, `la Tass`, `Kim Jong-Un`), a byte span, when the text attributes the quote.
    pub speaker: Option<(u32, u32)>,
    /// A scare quote: a word or two in quotation marks (`il “fermo sostegno”`), not speech.
    pub scare: bool,
}

/// The longest quotation, in bytes from its opening mark to its end.
const MAX_BYTES: u32 = 5_000;
/// The most paragraphs one quotation spans.
const MAX_PARAGRAPHS: u32 = 6;
/// The most words in a scare quote.
const MAX_SCARE_WORDS: usize = 3;
/// The most words in a subject described rather than named (`a spokesman for the club`).
const MAX_SUBJECT_TOKENS: usize = 8;
/// The most words after its article in a description that may refer to someone named
/// (`the relieved father`), and how many sentences back that one is sought.
const MAX_DESCRIPTION_WORDS: usize = 3;
const DESCRIPTION_SENTENCES: usize = 3;
/// How many paragraphs back the person a pronoun stands for is sought.
const ANAPHOR_PARAGRAPHS: u32 = 3;
/// How many tokens may stand between a quotation and the next that goes on with its speaker.
const CONTINUATION_TOKENS: usize = 60;
/// How many tokens before a quote its attribution is looked for in.
const CLAUSE_TOKENS: usize = 40;
/// How many tokens after a speech verb its speaker may stand in.
const AFTER_VERB_TOKENS: usize = 12;
/// How many tokens after a quote a speech verb may stand in.
const AFTER_QUOTE_TOKENS: usize = 16;
/// How many sentences, and tokens, before a quote the context search reads.
const CONTEXT_SENTENCES: usize = 8;
const CONTEXT_TOKENS: usize = 400;

/// Finds quotations in `text` and attributes them. `names` are the byte spans and kinds of the
/// people and organizations the entity tagger found (sorted by start); a speaker is preferably one of them.
pub fn find_quotes(text: &str, tokens: &[Token], sentences: &[SentenceSpan], names: &[(u32, u32, EntityKind)], lang: Lang) -> Vec<Quote> {
    let tokens = valid_prefix(text, tokens);
    if tokens.is_empty() {
        return Vec::new();
    }
    let mut doc = Doc::new(text, tokens, sentences, names, lang);
    doc.spans = doc.pair();
    doc.outer = doc.spans.iter().copied().filter(|s| s.depth == 0).collect();
    let mut out = Vec::with_capacity(doc.spans.len());
    let mut last_speech: Option<usize> = None;
    // The last quotation's speaker and last token.
    let mut last: Option<((u32, u32), usize)> = None;
    for q in &doc.spans {
        if q.depth > 0 {
            out.push(doc.inner(q));
            continue;
        }
        let (mut quote, who) = doc.attribute(q, last_speech);
        match who {
            Some(Who::Anaphor) => quote.speaker = doc.antecedent(q.a, last),
            Some(Who::Described(span)) => quote.speaker = doc.referent(span, q.a, last).or(Some(span)),
            None if !quote.scare => quote.speaker = doc.continues(q, last).or_else(|| doc.context(q.a).and_then(Who::span)),
            _ => {}
        }
        if !quote.scare {
            last_speech = Some(q.b);
            last = quote.speaker.map(|s| (s, q.b));
        }
        out.push(quote);
    }
    out
}

/// The tokens up to the first whose offsets do not fit `text` or go backwards.
fn valid_prefix<'t>(text: &str, tokens: &'t [Token]) -> &'t [Token] {
    let mut prev = 0;
    let n = tokens
        .iter()
        .position(|t| {
            let bad = t.start < prev || t.end < t.start || text.get(t.start as usize..t.end as usize).is_none();
            prev = t.end;
            bad
        })
        .unwrap_or(tokens.len());
    &tokens[..n]
}

const AUX: u32 = 1;
const ADV: u32 = 1 << 1;
const PART: u32 = 1 << 2;
const FIN: u32 = 1 << 3;
const SOURCE: u32 = 1 << 4;
const ORDINAL_BEFORE: u32 = 1 << 5;
const LEAD: u32 = 1 << 6;
const INF_LO: u32 = 1 << 7;
const ESSERE: u32 = 1 << 8;
const REPORTED: u32 = 1 << 9;
const DA: u32 = 1 << 10;
const COORD: u32 = 1 << 11;
const CONJ: u32 = 1 << 12;
const ARTICLE: u32 = 1 << 13;
const DEFINITE: u32 = 1 << 14;
const ROLE: u32 = 1 << 15;
const PARTICLE: u32 = 1 << 16;
const NOT_NAME: u32 = 1 << 17;
const TO: u32 = 1 << 18;
const TITLE_CUE: u32 = 1 << 19;
const PRONOUN: u32 = 1 << 20;
const DETERMINER: u32 = 1 << 21;
const POSSESSIVE: u32 = 1 << 22;
const PREPOSITION: u32 = 1 << 23;
const FOREIGN: u32 = 1 << 24;

/// The word classes of a language, by lowercase word.
fn lexicon(lang: Lang) -> &'static HashMap<&'static str, u32> {
    static IT: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    static EN: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    let shared: [(&[&str], u32); 8] =
        [(COORDINATORS, COORD), (CONJUNCTIONS, CONJ), (ARTICLES, ARTICLE), (DEFINITE_ARTICLES, DEFINITE), (ROLES, ROLE), (PARTICLES, PARTICLE), (NOT_NAMES, NOT_NAME), (PREPOSITIONS, PREPOSITION)];
    let build = |own: &[(&'static [&'static str], u32)]| {
        let mut map = HashMap::default();
        for (list, bit) in own.iter().chain(shared.iter()) {
            for w in list.iter() {
                *map.entry(*w).or_insert(0) |= bit;
            }
        }
        map
    };
    match lang {
        Lang::It => IT.get_or_init(|| {
            build(&[
                (AUX_IT, AUX),
                (ADVERBS_IT, ADV),
                (PARTICIPLES_IT, PART),
                (FINITE_IT, FIN),
                (SOURCE_IT, SOURCE),
                (BEFORE_ORDINAL_IT, ORDINAL_BEFORE),
                (LEADS_IT, LEAD),
                (INFINITIVES_LO_IT, INF_LO),
                (ESSERE_IT, ESSERE),
                (REPORTED_IT, REPORTED),
                (DA_IT, DA),
                (LISTENER_IT, TO),
                (TITLE_CUES_IT, TITLE_CUE),
                (PRONOUNS_IT, PRONOUN),
                (DETERMINERS_IT, DETERMINER),
                (POSSESSIVES_IT, POSSESSIVE),
                (ENGLISH_IN_IT, FOREIGN),
            ])
        }),
        Lang::En | Lang::Other => EN.get_or_init(|| {
            build(&[
                (AUX_EN, AUX),
                (ADVERBS_EN, ADV),
                (VERBS_EN, PART | FIN),
                (BASE_EN, PART),
                (SOURCE_EN, SOURCE),
                (LISTENER_EN, TO),
                (TITLE_CUES_EN, TITLE_CUE),
                (PRONOUNS_EN, PRONOUN),
                (DETERMINERS_EN, DETERMINER),
                (POSSESSIVES_EN, POSSESSIVE),
            ])
        }),
    }
}

/// The lowercase form of a word as the word lists write it (`’` for apostrophes).
fn key(word: &str) -> Cow<'_, str> {
    if word.chars().any(|c| c.is_uppercase() || c == '\'') {
        Cow::Owned(word.to_lowercase().replace('\'', "’"))
    } else {
        Cow::Borrowed(word)
    }
}

/// A text with what the quotation finder needs to know about each token.
struct Doc<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Sentences covering every token in order (the paragraphs when the given ones do not).
    sentences: Vec<SentenceSpan>,
    /// The sentence of each token.
    sentence_of: Vec<u32>,
    /// People and organizations, sorted by start.
    names: Vec<(u32, u32, EntityKind)>,
    lang: Lang,
    /// Word-class bits of each token.
    flags: Vec<u32>,
    /// Line breaks between each token and the one before it (0, 1 or 2 for two or more).
    breaks: Vec<u8>,
    /// The paragraph (line) of each token.
    paragraph: Vec<u32>,
    /// The quotations, in order, and those inside no other.
    spans: Vec<Span>,
    outer: Vec<Span>,
}

impl<'a> Doc<'a> {
    fn new(text: &'a str, tokens: &'a [Token], sentences: &[SentenceSpan], names: &[(u32, u32, EntityKind)], lang: Lang) -> Doc<'a> {
        let n = tokens.len();
        let mut breaks = vec![0u8; n];
        let mut paragraph = vec![0u32; n];
        for i in 1..n {
            let gap = text.get(tokens[i - 1].end as usize..tokens[i].start as usize).unwrap_or("");
            breaks[i] = gap.bytes().filter(|&b| b == b'\n').take(2).count() as u8;
            paragraph[i] = paragraph[i - 1] + u32::from(breaks[i] > 0);
        }
        let covers = sentences.first().is_some_and(|s| s.first == 0)
            && sentences.last().is_some_and(|s| s.end == n)
            && sentences.windows(2).all(|w| w[0].end == w[1].first)
            && sentences.iter().all(|s| s.first < s.end);
        let sentences: Vec<SentenceSpan> = if covers {
            sentences.to_vec()
        } else {
            let mut out = Vec::new();
            let mut first = 0;
            for i in (1..n).filter(|&i| breaks[i] > 0).chain([n]) {
                out.push(SentenceSpan { first, end: i });
                first = i;
            }
            out
        };
        let mut sentence_of = vec![0u32; n];
        for (si, s) in sentences.iter().enumerate() {
            sentence_of[s.first..s.end].fill(si as u32);
        }
        let lexicon = lexicon(lang);
        let flags = tokens
            .iter()
            .map(|t| {
                let w = text.get(t.start as usize..t.end as usize).unwrap_or("");
                if t.kind != TokenKind::Word || w.len() > 40 {
                    return 0;
                }
                lexicon.get(key(w).as_ref()).copied().unwrap_or(0)
            })
            .collect();
        let mut names: Vec<(u32, u32, EntityKind)> = names.iter().copied().filter(|n| n.0 < n.1 && matches!(n.2, EntityKind::Person | EntityKind::Organization)).collect();
        names.sort_by_key(|n| (n.0, n.1));
        Doc { text, tokens, sentences, sentence_of, names, lang, flags, breaks, paragraph, spans: Vec::new(), outer: Vec::new() }
    }

    fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        self.text.get(t.start as usize..t.end as usize).unwrap_or("")
    }

    /// Token `i`'s word-class bits, none past `hi` or the end.
    fn flag(&self, i: usize, hi: usize) -> u32 {
        if i < hi {
            self.flags.get(i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// The tokens of the sentence holding token `i`.
    fn sentence(&self, i: usize) -> (usize, usize) {
        let s = self.sentences[self.sentence_of[i] as usize];
        (s.first, s.end)
    }

    fn is_mark(&self, i: usize) -> bool {
        self.mark(i).is_some()
    }

    /// Whether nothing, a space or an opening bracket or dash comes before token `i`.
    fn space_before(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].end < self.tokens[i].start || matches!(self.tok(i - 1), "(" | "[" | "{" | "—" | "–" | "-" | "/" | "«" | "“" | "‘" | "„")
    }

    /// Whether nothing, a space or closing punctuation comes after token `i`.
    fn space_after(&self, i: usize) -> bool {
        i + 1 >= self.tokens.len() || self.tokens[i].end < self.tokens[i + 1].start || self.tok(i + 1).starts_with(['.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '»', '”', '’'])
    }

    /// A mark that leans on the word after it: it opens.
    fn opens(&self, i: usize) -> bool {
        self.space_before(i) && !self.space_after(i)
    }

    /// A mark that leans on the word before it: it closes.
    fn closes(&self, i: usize) -> bool {
        !self.space_before(i) && self.space_after(i)
    }

    /// Whether the line break before token `i` is a hard wrap inside a paragraph: one break,
    /// no final stop before it and a lowercase word after it.
    fn hard_wrap(&self, i: usize) -> bool {
        self.breaks[i] == 1 && self.tok(i).starts_with(char::is_lowercase) && !self.tok(i - 1).ends_with(['.', '!', '?', '…', ':', ';', '”', '»', '"', '“'])
    }
}
