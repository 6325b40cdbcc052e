//! Direct quotations in Italian and English news, with their speakers.
//!
//! Marks are paired over the tokens: `“…”` (a `“` glued to the word before it closes, as in
//! `Stati Uniti“.`), `«…»`, straight `"…"` in order, and `‘…’` within a line. A quotation
//! open at a paragraph's end goes on when the next paragraph reopens with the same mark (up
//! to three paragraphs), else ends there, or with its first sentence if it opened inside
//! one. None runs past 2,500 bytes.
//!
//! At most three words inside a sentence, not introduced by a colon or a speech verb, make a
//! scare quote, with no speaker. For the others the speaker is sought: a colon or speech verb
//! just before (`Putin ha dichiarato: “…”`, `Kim: “…”`), a speech verb just after (`” ha
//! detto Kim Jong-Un`, `,” Smith said`, `”, secondo quanto riferisce la Tass`), a speech verb
//! earlier in the sentence, a next sentence `Lo ha detto X`, and, for a quote opening its
//! sentence, the last named subject of a speech verb back to the previous paragraph. It is
//! the nearest person the tagger found there, else organization (with its article: `la
//! Tass`), else a run of capitalized words.
//!
//! Does not: report nested quotations, take reported speech without marks for a quotation,
//! resolve pronouns or omitted subjects (`”, ha aggiunto.` has no speaker), or read `'…'`.

use crate::schema::EntityKind;
use crate::text::lang::Lang;
use crate::text::sentences::SentenceSpan;
use crate::text::tokenize::{Token, TokenKind};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

#[path = "quotes_lang.rs"]
mod words;

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
const MAX_BYTES: u32 = 2_500;
/// The most paragraphs one quotation spans.
const MAX_PARAGRAPHS: u32 = 3;
/// The most words in a scare quote.
const MAX_SCARE_WORDS: usize = 3;
/// How many tokens before a quote its attribution is looked for in.
const CLAUSE_TOKENS: usize = 40;
/// How many tokens after a speech verb its speaker may stand in.
const AFTER_VERB_TOKENS: usize = 12;
/// How many tokens after a quote a speech verb may stand in.
const AFTER_QUOTE_TOKENS: usize = 16;
/// How many sentences, and tokens, before a quote the context search reads.
const CONTEXT_SENTENCES: usize = 8;
const CONTEXT_TOKENS: usize = 400;
/// How many tokens a `‘…’` quotation spans at most.
const SINGLE_QUOTE_TOKENS: usize = 40;

/// Finds quotations in `text` and attributes them. `names` are the byte spans and kinds of the
/// people and organizations the entity tagger found (sorted by start); a speaker is preferably one of them.
pub fn find_quotes(text: &str, tokens: &[Token], sentences: &[SentenceSpan], names: &[(u32, u32, EntityKind)], lang: Lang) -> Vec<Quote> {
    let tokens = valid_prefix(text, tokens);
    if tokens.is_empty() {
        return Vec::new();
    }
    let mut doc = Doc::new(text, tokens, sentences, names, lang);
    doc.spans = doc.pair();
    let mut out = Vec::with_capacity(doc.spans.len());
    let mut last_speech: Option<usize> = None;
    for q in &doc.spans {
        let quote = doc.attribute(q, last_speech);
        if !quote.scare {
            last_speech = Some(q.b);
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

/// Kinds of quotation marks that pair with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Curly,
    Angle,
    Straight,
}

fn family(tok: &str) -> Option<Family> {
    match tok {
        "“" | "”" | "„" => Some(Family::Curly),
        "«" | "»" => Some(Family::Angle),
        "\"" => Some(Family::Straight),
        _ => None,
    }
}

/// A quotation as tokens: marks at `a` and (when `closed`) `b`.
#[derive(Clone, Copy, Debug)]
struct Span {
    a: usize,
    b: usize,
    closed: bool,
}

/// A quotation being read.
#[derive(Clone, Copy)]
struct Open {
    family: Family,
    a: usize,
    paragraphs: u32,
    /// The last token of the last whole paragraph it spans.
    last_paragraph_end: Option<usize>,
}

impl Open {
    fn new(family: Family, a: usize) -> Open {
        Open { family, a, paragraphs: 1, last_paragraph_end: None }
    }
}

/// What a speech cue is: a verb (`ha detto`) or a source (`secondo`, `according to`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    Say,
    Source,
}

/// A speaker search's outcome: `None` when nothing attributes the quote here,
/// `Some(None)` when something does but names no one (`he said`).
type Attribution = Option<Option<(u32, u32)>>;

// Word classes, as bits.
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

/// The word classes of a language, by lowercase word.
fn lexicon(lang: Lang) -> &'static HashMap<&'static str, u32> {
    static IT: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    static EN: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    let shared: [(&[&str], u32); 7] = [(COORDINATORS, COORD), (CONJUNCTIONS, CONJ), (ARTICLES, ARTICLE), (DEFINITE_ARTICLES, DEFINITE), (ROLES, ROLE), (PARTICLES, PARTICLE), (NOT_NAMES, NOT_NAME)];
    let build = |own: &[(&'static [&'static str], u32)]| {
        let mut map = HashMap::new();
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
            ])
        }),
        Lang::En | Lang::Other => EN.get_or_init(|| build(&[(AUX_EN, AUX), (ADVERBS_EN, ADV), (VERBS_EN, PART | FIN), (BASE_EN, PART), (SOURCE_EN, SOURCE)])),
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
    /// The quotations, in order.
    spans: Vec<Span>,
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
        Doc { text, tokens, sentences, sentence_of, names, lang, flags, breaks, paragraph, spans: Vec::new() }
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
        let t = self.tok(i);
        family(t).is_some() || t == "‘" || t == "’"
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

    /// Pairs the quotation marks.
    fn pair(&self) -> Vec<Span> {
        let n = self.tokens.len();
        let mut out = Vec::new();
        let mut open: Option<Open> = None;
        let mut i = 0;
        loop {
            if i >= n {
                match open.take() {
                    Some(o) => {
                        i = self.end_unclosed(&mut out, o, n, false);
                        continue;
                    }
                    None => break,
                }
            }
            if let Some(mut o) = open {
                if i > o.a && self.breaks[i] > 0 && !self.hard_wrap(i) {
                    if o.paragraphs < MAX_PARAGRAPHS && family(self.tok(i)) == Some(o.family) && self.tokens[i].end - self.tokens[o.a].start <= MAX_BYTES {
                        o.paragraphs += 1;
                        o.last_paragraph_end = Some(i - 1);
                        open = Some(o);
                        i += 1;
                        continue;
                    }
                    open = None;
                    i = self.end_unclosed(&mut out, o, i, false);
                    continue;
                }
                if self.tokens[i].end - self.tokens[o.a].start > MAX_BYTES {
                    // Too long: end at the last whole paragraph or the first sentence.
                    let first_sentence_end = self.sentence(o.a).1 - 1;
                    let end = o.last_paragraph_end.or((first_sentence_end > o.a && first_sentence_end < i).then_some(first_sentence_end));
                    open = None;
                    match end {
                        Some(e) => {
                            self.emit(&mut out, o.a, e, false);
                            i = e + 1;
                        }
                        None => i = o.a + 1,
                    }
                    continue;
                }
            }
            let t = self.tok(i);
            match open {
                None => {
                    let starts = match t {
                        "“" | "„" | "\"" => !self.closes(i),
                        "”" => self.opens(i),
                        "«" => true,
                        "‘" => {
                            if let Some(j) = self.single_close(i) {
                                self.emit(&mut out, i, j, true);
                                i = j + 1;
                                continue;
                            }
                            false
                        }
                        _ => false,
                    };
                    if starts {
                        open = family(t).map(|f| Open::new(f, i));
                    }
                }
                Some(o) if family(t) == Some(o.family) => {
                    open = None;
                    let restarts = match t {
                        "“" => self.opens(i),
                        "„" | "«" => true,
                        _ => false,
                    };
                    if restarts {
                        // The open quotation lacks its closing mark; read on from where it ends.
                        i = self.end_unclosed(&mut out, o, i, true);
                        continue;
                    }
                    self.emit(&mut out, o.a, i, true);
                }
                Some(_) => {}
            }
            i += 1;
        }
        out
    }

    /// Ends the open quotation `o` that has no closing mark before token `next`. One that
    /// opens its paragraph, follows a colon or spans paragraphs ends with its paragraph (at
    /// `next - 1`), or, when `restart` (a new quotation opens at `next`), with its last
    /// sentence before `next`; any other ends with its first sentence. Returns the token to
    /// read on from.
    fn end_unclosed(&self, out: &mut Vec<Span>, o: Open, next: usize, restart: bool) -> usize {
        let whole = o.paragraphs > 1 || o.a == 0 || self.breaks[o.a] > 0 || self.tok(o.a - 1) == ":";
        if whole {
            let stop = (o.a + 1..next).rev().find(|&j| self.tokens[j].kind == TokenKind::Punct && self.tok(j).starts_with(['.', '!', '?', '…']));
            match stop {
                Some(j) if restart => {
                    self.emit(out, o.a, j, false);
                    return j + 1;
                }
                _ => {
                    self.emit(out, o.a, next - 1, false);
                    return next;
                }
            }
        }
        let end = (self.sentence(o.a).1 - 1).min(next - 1);
        if end > o.a {
            self.emit(out, o.a, end, false);
            end + 1
        } else {
            o.a + 1
        }
    }

    /// The `’` that closes the `‘` at `i` on the same line, within a few words, with no
    /// other mark between.
    fn single_close(&self, i: usize) -> Option<usize> {
        if !self.opens(i) || self.tokens.get(i + 1).is_none_or(|t| t.kind != TokenKind::Word) {
            return None;
        }
        for j in i + 2..self.tokens.len().min(i + SINGLE_QUOTE_TOKENS) {
            if self.breaks[j] > 0 || (self.is_mark(j) && self.tok(j) != "’") {
                return None;
            }
            if self.tok(j) == "’" && !self.space_before(j) {
                return Some(j);
            }
        }
        None
    }

    /// Records tokens `a..=b` as a quotation if it holds a word.
    fn emit(&self, out: &mut Vec<Span>, a: usize, b: usize, closed: bool) {
        let inner_end = if closed { b } else { b + 1 };
        if b > a && (a + 1..inner_end).any(|i| self.tokens[i].kind.is_wordlike()) {
            out.push(Span { a, b, closed });
        }
    }

    /// Whether token `i` lies in a quotation.
    fn in_quote(&self, i: usize) -> bool {
        let k = self.spans.partition_point(|s| s.a <= i);
        k > 0 && self.spans[k - 1].b >= i
    }

    /// The quote of `q` with its speaker; `last_speech` is the last token of the previous
    /// quotation that was not a scare quote.
    fn attribute(&self, q: &Span, last_speech: Option<usize>) -> Quote {
        let (a, b) = (q.a, q.b);
        let bound = |first: usize| first.max(a.saturating_sub(CLAUSE_TOKENS)).max(last_speech.map_or(0, |e| e + 1));
        let (first, _) = self.sentence(a);
        let mut lo = bound(first);
        let starts_sentence = (lo..a).all(|i| self.tokens[i].kind == TokenKind::Punct);
        if starts_sentence && first > 0 && self.tok(first - 1) == ":" {
            lo = bound(self.sentence(first - 1).0);
        }
        let colon = a > lo && self.tok(a - 1) == ":";
        let verb_before = (lo.max(a.saturating_sub(6))..a)
            .any(|k| self.cue_at(k, a).is_some_and(|(w, cue)| cue == Cue::Say && (w == a || (w + 1 == a && matches!(key(self.tok(w)).as_ref(), "," | "che" | "that" | "—" | "–")))));
        let inner_end = if q.closed { b } else { b + 1 };
        let words = (a + 1..inner_end).filter(|&i| self.tokens[i].kind.is_wordlike()).take(MAX_SCARE_WORDS + 1).count();
        let after = if q.closed { self.after(b) } else { None };
        let lowercase_next = self.tokens.get(b + 1).is_some_and(|t| t.kind == TokenKind::Word && self.breaks[b + 1] == 0 && self.tok(b + 1).starts_with(char::is_lowercase));
        let scare = words <= MAX_SCARE_WORDS && !colon && !verb_before && after.is_none() && (!starts_sentence || lowercase_next);
        let speaker = if scare {
            None
        } else {
            let first = if colon {
                self.clause(lo, a - 1, true)
            } else if verb_before {
                self.clause(lo, a, false)
            } else {
                None
            };
            first.or(after).or_else(|| self.clause(lo, a, false)).or_else(|| self.lead(b)).or_else(|| if starts_sentence { self.context(a) } else { None }).flatten()
        };
        Quote { start: self.tokens[a].start, end: self.tokens[b].end, speaker, scare }
    }

    /// A speech cue starting at token `i` and ending before `hi`: its end and kind.
    fn cue_at(&self, i: usize, hi: usize) -> Option<(usize, Cue)> {
        let f = self.flag(i, hi);
        if f & AUX != 0 {
            let mut j = i + 1;
            while j < i + 3 && self.flag(j, hi) & ADV != 0 {
                j += 1;
            }
            if self.flag(j, hi) & PART != 0 {
                return Some((j + 1, Cue::Say));
            }
        }
        if f & FIN != 0 {
            return Some((i + 1, Cue::Say));
        }
        if f & SOURCE == 0 {
            return None;
        }
        if self.lang != Lang::It {
            return (i + 1 < hi && key(self.tok(i + 1)) == "to").then_some((i + 2, Cue::Source));
        }
        if i > 0 && self.flags[i - 1] & ORDINAL_BEFORE != 0 {
            return None;
        }
        // `secondo X`, `secondo quanto riferisce X`, `secondo quanto riportato dalla X`.
        let mut j = i + 1;
        if j < hi && key(self.tok(j)) == "quanto" {
            j += 1;
            if let Some((e, Cue::Say)) = self.cue_at(j, hi) {
                j = e;
            } else {
                while j < i + 5 && self.flag(j, hi) & REPORTED != 0 {
                    j += 1;
                }
            }
            if self.flag(j, hi) & DA != 0 {
                j += 1;
            }
        }
        Some((j.min(hi), Cue::Source))
    }

    /// The speaker named around a cue at `k..w`, in a clause `lo..hi`.
    fn resolve(&self, lo: usize, k: usize, w: usize, hi: usize, cue: Cue) -> Attribution {
        match cue {
            Cue::Source => self.names_after(w, hi).or_else(|| self.capitals_after(w, hi)).map(Some),
            Cue::Say => {
                let subject_end = self.subject_end(lo, k);
                Some(self.pick(lo, subject_end, true).or_else(|| self.names_after(w, hi)).or_else(|| self.capitals_before(subject_end, lo)).or_else(|| self.capitals_after(w, hi)))
            }
        }
    }

    /// Where the subject of a verb at `k` ends: before an earlier verb when the two are
    /// joined (`Putin ha elogiato Kim e ha assicurato`), else at `k`.
    fn subject_end(&self, lo: usize, k: usize) -> usize {
        if k > lo && self.flags[k - 1] & COORD != 0 {
            if let Some(j) = (lo..k - 1).rev().find(|&j| self.flags[j] & (AUX | FIN) != 0 && !self.in_quote(j)) {
                return j;
            }
        }
        k
    }

    /// The attribution in the clause `lo..end` before a quote (`end` is the colon's index
    /// when `colon`): its last speech cue, else the name right before the colon.
    fn clause(&self, lo: usize, end: usize, colon: bool) -> Attribution {
        for k in (lo..end).rev() {
            if self.in_quote(k) {
                continue;
            }
            if let Some((w, cue)) = self.cue_at(k, end) {
                if let Some(found) = self.resolve(lo, k, w, end, cue) {
                    return Some(found);
                }
            }
        }
        if !colon {
            return None;
        }
        if end == lo {
            return Some(None);
        }
        let (from, to) = (self.tokens[lo].start, self.tokens[end - 1].end);
        let range = self.names.partition_point(|n| n.0 < from)..self.names.partition_point(|n| n.0 < to);
        let named = self.names[range].iter().rev().find(|n| n.1 == to).map(|n| if n.2 == EntityKind::Organization { self.with_article(self.token_at(n.0), (n.0, n.1)) } else { (n.0, n.1) });
        Some(named.or_else(|| self.capitals_before(end, lo)))
    }

    /// The attribution right after a quote closing at `b`: `” ha detto Kim`, `,” Smith
    /// said`, `”, secondo la Tass`, `,” he said` (no one).
    fn after(&self, b: usize) -> Attribution {
        let n = self.tokens.len();
        let mut i = b + 1;
        while i < n && i < b + 3 && matches!(self.tok(i), "," | "—" | "–" | "-") {
            i += 1;
        }
        if i >= n || (b + 1..=i).any(|j| self.breaks[j] > 0) {
            return None;
        }
        let mut hi = i;
        while hi < n.min(i + AFTER_QUOTE_TOKENS) && (hi == i || self.breaks[hi] == 0) && !self.is_mark(hi) {
            hi += 1;
        }
        if let Some((w, cue)) = self.cue_at(i, hi) {
            return self.resolve(w, w, w, hi, cue);
        }
        for k in i..hi.min(i + 6) {
            if k > i {
                if let Some((_, Cue::Say)) = self.cue_at(k, hi) {
                    return Some(self.pick(i, k, false).or_else(|| self.capitals_after(i, k)));
                }
            }
            let t = self.tok(k);
            if self.flags[k] & CONJ != 0 || (self.tokens[k].kind == TokenKind::Punct && t != ",") {
                break;
            }
        }
        None
    }

    /// The attribution in the sentence after the one ending at or after `b`: `Lo ha detto
    /// il presidente Vladimir Putin`, `A dirlo è stato Kim`.
    fn lead(&self, b: usize) -> Attribution {
        let i = self.sentence(b).1;
        if i >= self.tokens.len() {
            return None;
        }
        let hi = self.sentence(i).1;
        let w = if self.flag(i, hi) & LEAD != 0 {
            match self.cue_at(i + 1, hi) {
                Some((w, Cue::Say)) => w,
                _ => return None,
            }
        } else if matches!(key(self.tok(i)).as_ref(), "a" | "ad") && self.flag(i + 1, hi) & INF_LO != 0 {
            let mut j = i + 2;
            while self.flag(j, hi) & ESSERE != 0 {
                j += 1;
            }
            j
        } else {
            return None;
        };
        Some(self.names_after(w, hi).or_else(|| self.capitals_after(w, hi)))
    }

    /// For a quote opening its sentence at `a`: the last speech cue with a named speaker in
    /// the sentences before it, back to the previous paragraph.
    fn context(&self, a: usize) -> Attribution {
        let s = self.sentence_of[a] as usize;
        let paragraph = self.paragraph[a];
        let mut budget = CONTEXT_TOKENS;
        for span in self.sentences[s.saturating_sub(CONTEXT_SENTENCES)..s].iter().rev() {
            if self.paragraph[span.first] + 1 < paragraph {
                break;
            }
            for k in (span.first..span.end).rev() {
                budget = budget.checked_sub(1)?;
                if self.in_quote(k) {
                    continue;
                }
                if let Some((w, cue)) = self.cue_at(k, span.end) {
                    if let Some(Some(found)) = self.resolve(span.first, k, w, span.end, cue) {
                        return Some(Some(found));
                    }
                }
            }
        }
        None
    }

    /// The first token at or after `w` (and before `hi`, within reach of a verb) that ends
    /// the stretch where a speaker may stand: a stop, a mark, a conjunction.
    fn reach(&self, w: usize, hi: usize) -> usize {
        let hi = hi.min(w + AFTER_VERB_TOKENS).min(self.tokens.len());
        (w..hi)
            .find(|&j| {
                let t = self.tok(j);
                self.is_mark(j) || self.flags[j] & CONJ != 0 || (self.tokens[j].kind == TokenKind::Punct && !matches!(t, "," | "-" | "–" | "(" | ")"))
            })
            .unwrap_or(hi)
    }

    /// The first person (else organization) named after a verb ending at `w`.
    fn names_after(&self, w: usize, hi: usize) -> Option<(u32, u32)> {
        self.pick(w, self.reach(w, hi), false)
    }

    /// The person (else organization) the tagger named within tokens `lo..hi`, outside
    /// quotations: the last one when `last`, else the first.
    fn pick(&self, lo: usize, hi: usize, last: bool) -> Option<(u32, u32)> {
        if lo >= hi {
            return None;
        }
        let (from, to) = (self.tokens[lo].start, self.tokens[hi - 1].end);
        let first = self.names.partition_point(|n| n.0 < from);
        let end = self.names.partition_point(|n| n.0 < to);
        let inside = || self.names[first..end].iter().filter(|n| n.1 <= to && !self.in_quote(self.token_at(n.0)));
        let of_kind = |kind: EntityKind| {
            let mut it = inside().filter(move |n| n.2 == kind);
            if last {
                it.next_back()
            } else {
                it.next()
            }
        };
        if let Some(p) = of_kind(EntityKind::Person) {
            return Some((p.0, p.1));
        }
        of_kind(EntityKind::Organization).map(|o| self.with_article(self.token_at(o.0), (o.0, o.1)))
    }

    /// The index of the token starting at or holding byte `at`.
    fn token_at(&self, at: u32) -> usize {
        self.tokens.partition_point(|t| t.end <= at).min(self.tokens.len() - 1)
    }

    /// `span` (starting at token `i`) with the definite article before it: `la Tass`.
    fn with_article(&self, i: usize, span: (u32, u32)) -> (u32, u32) {
        let next = self.token_at(span.1);
        let role_after = self.tokens[next].start >= span.1 && self.flags[next] & ROLE != 0;
        if i > 0 && self.flags[i - 1] & DEFINITE != 0 && self.breaks[i] == 0 && !role_after {
            (self.tokens[i - 1].start, span.1)
        } else {
            span
        }
    }

    /// A capitalized word that may be part of a name.
    fn capital(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word && self.flags[i] & (NOT_NAME | AUX | FIN | SOURCE | LEAD | ADV | CONJ) == 0 && self.tok(i).starts_with(char::is_uppercase)
    }

    /// The run of capitalized words (`Kim Jong-Un`, `Ursula von der Leyen`) ending right
    /// before token `k` or before a comma there, not before `lo`.
    fn capitals_before(&self, k: usize, lo: usize) -> Option<(u32, u32)> {
        let mut end = k;
        if end > lo && self.tok(end - 1) == "," {
            end -= 1;
        }
        let mut j = end;
        while j > lo && (self.capital(j - 1) || (j < end && self.flags[j - 1] & PARTICLE != 0 && self.breaks[j] == 0)) && (j == end || self.breaks[j] == 0) {
            j -= 1;
        }
        while j < end && !self.capital(j) {
            j += 1;
        }
        (j < end).then(|| self.with_article(j, (self.tokens[j].start, self.tokens[end - 1].end)))
    }

    /// The run of capitalized words right after a verb ending at `w`, past adverbs, an
    /// article and a role with its adjectives (`il leader nordcoreano Kim Jong-un`).
    fn capitals_after(&self, w: usize, hi: usize) -> Option<(u32, u32)> {
        let hi = self.reach(w, hi);
        let mut j = w;
        while j < hi && self.flags[j] & (ADV | ARTICLE | DEFINITE) != 0 {
            j += 1;
        }
        if j < hi && self.flags[j] & ROLE != 0 {
            j += 1;
            let mut adjectives = 0;
            while j < hi && adjectives < 2 && self.tokens[j].kind == TokenKind::Word && self.tok(j).starts_with(char::is_lowercase) {
                j += 1;
                adjectives += 1;
            }
        }
        let start = j;
        while j < hi && (self.capital(j) || (j > start && self.flags[j] & PARTICLE != 0)) && (j == start || self.breaks[j] == 0) {
            j += 1;
        }
        while j > start && !self.capital(j - 1) {
            j -= 1;
        }
        (j > start).then(|| self.with_article(start, (self.tokens[start].start, self.tokens[j - 1].end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::split;
    use crate::text::tokenize::tokenize;
    use EntityKind::{Organization as Org, Person as Per};
    use Lang::{En, It};

    /// A text, the names in it (every whole-word occurrence), and the expected quotes:
    /// (quote with its marks, speaker, scare).
    type Case = (Lang, &'static str, &'static [(&'static str, EntityKind)], &'static [(&'static str, Option<&'static str>, bool)]);

    /// Every whole-word occurrence of each name, sorted.
    fn locate(text: &str, names: &[(&str, EntityKind)]) -> Vec<(u32, u32, EntityKind)> {
        let mut out = Vec::new();
        for &(name, kind) in names {
            for (i, _) in text.match_indices(name) {
                let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = text[i + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                if before && after {
                    out.push((i as u32, (i + name.len()) as u32, kind));
                }
            }
        }
        out.sort_by_key(|n| (n.0, n.1));
        out
    }

    fn quotes(lang: Lang, text: &str, names: &[(u32, u32, EntityKind)]) -> Vec<Quote> {
        let tokens = tokenize(text, lang);
        let sentences = split(text, &tokens, lang);
        find_quotes(text, &tokens, &sentences, names, lang)
    }

    /// The quotes of `text` as (quote, speaker, scare) strings.
    fn described(lang: Lang, text: &str, names: &[(&str, EntityKind)]) -> Vec<(String, Option<String>, bool)> {
        let slice = |s: u32, e: u32| text[s as usize..e as usize].to_string();
        quotes(lang, text, &locate(text, names)).iter().map(|q| (slice(q.start, q.end), q.speaker.map(|(s, e)| slice(s, e)), q.scare)).collect()
    }

    fn check(cases: &[Case]) {
        let mut failures = Vec::new();
        for &(lang, text, names, expected) in cases {
            let got = described(lang, text, names);
            let want: Vec<(String, Option<String>, bool)> = expected.iter().map(|&(q, s, scare)| (q.to_string(), s.map(str::to_string), scare)).collect();
            if got != want {
                failures.push(format!("{text:?}\n   got  {got:?}\n   want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
    }

    const SPEAKERS: &[Case] = &[
        // X: before the quote, with and without a speech verb.
        (It, "Putin ha dichiarato: “Siamo disposti a collaborare intensamente con tutti”.", &[("Putin", Per)], &[("“Siamo disposti a collaborare intensamente con tutti”", Some("Putin"), false)]),
        (It, "Kim: “Nuova era di prosperità nelle relazioni con Mosca”", &[("Kim", Per)], &[("“Nuova era di prosperità nelle relazioni con Mosca”", Some("Kim"), false)]),
        (It, "Kim: “Nuova era di prosperità”", &[], &[("“Nuova era di prosperità”", Some("Kim"), false)]),
        (It, "Gli esperti: “Alleanza temporanea”", &[], &[("“Alleanza temporanea”", None, false)]),
        (It, "Stoltenberg ha detto: «La NATO deve essere pronta a tutto». Poi è partito.", &[("Stoltenberg", Per)], &[("«La NATO deve essere pronta a tutto»", Some("Stoltenberg"), false)]),
        (
            It,
            "Il portavoce del Dipartimento di Stato, Matthew Miller, ha dichiarato: “Crediamo che sia motivo di grande preoccupazione”.",
            &[("Dipartimento di Stato", Org), ("Matthew Miller", Per)],
            &[("“Crediamo che sia motivo di grande preoccupazione”", Some("Matthew Miller"), false)],
        ),
        // Colon closing the sentence before.
        (
            It,
            "Stoltenberg ha detto:\n\n“La NATO è pronta a difendere ogni alleato, ovunque.”",
            &[("Stoltenberg", Per)],
            &[("“La NATO è pronta a difendere ogni alleato, ovunque.”", Some("Stoltenberg"), false)],
        ),
        // Speech verb after the quote, speaker after or before it.
        (It, "“Ora la situazione sta cambiando rapidamente” ha detto Kim Jong-Un.", &[("Kim Jong-Un", Per)], &[("“Ora la situazione sta cambiando rapidamente”", Some("Kim Jong-Un"), false)]),
        (It, "“Ora la situazione sta cambiando rapidamente” ha detto Kim Jong-Un.", &[], &[("“Ora la situazione sta cambiando rapidamente”", Some("Kim Jong-Un"), false)]),
        (It, "“Siamo pronti a tutto”, ha affermato Rossi.", &[("Rossi", Per)], &[("“Siamo pronti a tutto”", Some("Rossi"), false)]),
        (It, "«Siamo pronti a tutto», Rossi ha aggiunto.", &[("Rossi", Per)], &[("«Siamo pronti a tutto»", Some("Rossi"), false)]),
        (
            It,
            "“Non è il momento di cedere”, ha poi aggiunto il leader nordcoreano Kim Jong-un durante il vertice con Vladimir Putin.",
            &[("Kim Jong-un", Per), ("Vladimir Putin", Per)],
            &[("“Non è il momento di cedere”", Some("Kim Jong-un"), false)],
        ),
        (It, "“Non è il momento di cedere”, ha aggiunto.", &[], &[("“Non è il momento di cedere”", None, false)]),
        // X ha detto che “…”, adverbs inside the verb.
        (It, "Rossi ha detto che “la situazione è molto grave e preoccupante”.", &[("Rossi", Per)], &[("“la situazione è molto grave e preoccupante”", Some("Rossi"), false)]),
        (It, "Putin ha anche detto: “Siamo alleati per sempre”.", &[("Putin", Per)], &[("“Siamo alleati per sempre”", Some("Putin"), false)]),
        (It, "Kim ha inoltre dichiarato: “Le relazioni continueranno a rafforzarsi”.", &[("Kim", Per)], &[("“Le relazioni continueranno a rafforzarsi”", Some("Kim"), false)]),
        (
            It,
            "Da parte sua Putin ha invece sottolineato la volontà di resistere a una “dittatura neocoloniale globale basata sui doppi standard” imposta dagli Stati Uniti.",
            &[("Putin", Per)],
            &[("“dittatura neocoloniale globale basata sui doppi standard”", Some("Putin"), false)],
        ),
        (
            It,
            "Putin ha elogiato Kim per il suo aiuto e ha assicurato il continuo appoggio della Russia contro le “pressioni e minacce militari degli Stati Uniti“.",
            &[("Putin", Per), ("Kim", Per), ("Russia", Org)],
            &[("“pressioni e minacce militari degli Stati Uniti“", Some("Putin"), false)],
        ),
        (
            It,
            "Una partnership che Kim Jong Un ha definito «un rapporto indissolubile di compagni d’armi».",
            &[("Kim Jong Un", Per)],
            &[("«un rapporto indissolubile di compagni d’armi»", Some("Kim Jong Un"), false)],
        ),
        // secondo, riferisce, speaker an organization with its article.
        (It, "“La visita rafforza l’alleanza tra i due paesi”, secondo Lavrov.", &[("Lavrov", Per)], &[("“La visita rafforza l’alleanza tra i due paesi”", Some("Lavrov"), false)]),
        (
            It,
            "Le relazioni entrano in una «nuova era di prosperità e sviluppo», secondo quanto riferisce la Tass.",
            &[("Tass", Org)],
            &[("«nuova era di prosperità e sviluppo»", Some("la Tass"), false)],
        ),
        (It, "«Il documento servirà da base per le relazioni future», riferisce la Tass.", &[], &[("«Il documento servirà da base per le relazioni future»", Some("la Tass"), false)]),
        (It, "Secondo Lavrov, “la visita rafforza l’alleanza tra i due paesi”.", &[("Lavrov", Per)], &[("“la visita rafforza l’alleanza tra i due paesi”", Some("Lavrov"), false)]),
        (It, "Il secondo tentativo è stato “un successo per tutto il programma spaziale”.", &[], &[("“un successo per tutto il programma spaziale”", None, false)]),
        // The next sentence attributes.
        (
            It,
            "Mosca sta combattendo “contro decenni di politiche egemoniche degli Stati Uniti”. Lo ha detto il presidente Vladimir Putin, citato dalla Tass.",
            &[("Vladimir Putin", Per), ("Tass", Org)],
            &[("“contro decenni di politiche egemoniche degli Stati Uniti”", Some("Vladimir Putin"), false)],
        ),
        (
            It,
            "Le relazioni entrano in una «nuova era di prosperità» e nella «cooperazione strategica» con la Russia. Lo ha detto il leader Kim Jong-un, secondo quanto riferisce la Tass.",
            &[("Kim Jong-un", Per), ("Tass", Org)],
            &[("«nuova era di prosperità»", Some("Kim Jong-un"), false), ("«cooperazione strategica»", None, true)],
        ),
        (
            It,
            "«Non cederemo mai alle pressioni dell’Occidente». A dirlo è stato il ministro Lavrov.",
            &[("Lavrov", Per)],
            &[("«Non cederemo mai alle pressioni dell’Occidente»", Some("Lavrov"), false)],
        ),
        // A quoted paragraph after a paragraph naming the speaker.
        (
            It,
            "Durante la conferenza Stoltenberg ha parlato anche del suo successore.\n\n“Normalmente non dico nulla sul mio successore, perché non spetta a me sceglierlo”.",
            &[("Stoltenberg", Per)],
            &[("“Normalmente non dico nulla sul mio successore, perché non spetta a me sceglierlo”", Some("Stoltenberg"), false)],
        ),
        (
            It,
            "Pubblicato: 19/06/2024 11:50\n\n“Combattiamo contro decenni di imperialismo Usa”. L’imperialismo sarà sostituito?",
            &[],
            &[("“Combattiamo contro decenni di imperialismo Usa”", None, false)],
        ),
        // Straight quotes.
        (It, "Il ministro ha detto: \"Siamo pronti a trattare con tutti\" e poi se n'è andato.", &[], &[("\"Siamo pronti a trattare con tutti\"", None, false)]),
        (
            It,
            "Rossi ha detto: \"Siamo pronti a trattare\". Bianchi ha risposto: \"Non ci crediamo proprio\".",
            &[("Rossi", Per), ("Bianchi", Per)],
            &[("\"Siamo pronti a trattare\"", Some("Rossi"), false), ("\"Non ci crediamo proprio\"", Some("Bianchi"), false)],
        ),
        // English.
        (
            En,
            "“We are deeply concerned about this cooperation,” said Matthew Miller.",
            &[("Matthew Miller", Per)],
            &[("“We are deeply concerned about this cooperation,”", Some("Matthew Miller"), false)],
        ),
        (En, "“We are deeply concerned about this cooperation,” Miller said.", &[("Miller", Per)], &[("“We are deeply concerned about this cooperation,”", Some("Miller"), false)]),
        (En, "“The alliance is temporary and fragile,” says Smith.", &[], &[("“The alliance is temporary and fragile,”", Some("Smith"), false)]),
        (En, "“The alliance is temporary and fragile,” Smith says.", &[], &[("“The alliance is temporary and fragile,”", Some("Smith"), false)]),
        (En, "Kirby told reporters: “We are watching this very closely.”", &[("Kirby", Per)], &[("“We are watching this very closely.”", Some("Kirby"), false)]),
        (En, "“We will respond to any provocation,” the ministry added.", &[], &[("“We will respond to any provocation,”", None, false)]),
        (En, "“We will respond to any provocation,” he added.", &[], &[("“We will respond to any provocation,”", None, false)]),
        (En, "The new pact marks “a new era of prosperity for both nations,” according to the Tass agency.", &[("Tass", Org)], &[("“a new era of prosperity for both nations,”", Some("Tass"), false)]),
        (
            En,
            "According to Lavrov, “the visit strengthens the alliance between the two countries.”",
            &[("Lavrov", Per)],
            &[("“the visit strengthens the alliance between the two countries.”", Some("Lavrov"), false)],
        ),
        (En, "Kim wrote that “our friendship will last forever and ever.”", &[("Kim", Per)], &[("“our friendship will last forever and ever.”", Some("Kim"), false)]),
        (En, "Stoltenberg stated: “NATO must be fit for purpose.”", &[("Stoltenberg", Per)], &[("“NATO must be fit for purpose.”", Some("Stoltenberg"), false)]),
        (En, "Putin: “A document for long-term relations with North Korea”", &[("Putin", Per)], &[("“A document for long-term relations with North Korea”", Some("Putin"), false)]),
        (En, "\"It is a historic day for our two nations,\" Kim said.", &[("Kim", Per)], &[("\"It is a historic day for our two nations,\"", Some("Kim"), false)]),
        (En, "‘We will fight on the beaches,’ said Churchill.", &[("Churchill", Per)], &[("‘We will fight on the beaches,’", Some("Churchill"), false)]),
        (En, "The Kremlin has said that “the visit was friendly and productive.”", &[("Kremlin", Org)], &[("“the visit was friendly and productive.”", Some("The Kremlin"), false)]),
    ];

    #[test]
    fn speakers() {
        check(SPEAKERS);
    }

    const SCARE: &[Case] = &[
        (It, "Putin ha elogiato Kim per il suo “fermo sostegno” alla guerra in Ucraina.", &[("Putin", Per), ("Kim", Per)], &[("“fermo sostegno”", None, true)]),
        (It, "È la prima visita di Putin nel ‘regno eremita’ negli ultimi 24 anni.", &[("Putin", Per)], &[("‘regno eremita’", None, true)]),
        (It, "Kim ha parlato di un trionfo contro il “neonazismo,” un termine della propaganda russa.", &[("Kim", Per)], &[("“neonazismo,”", None, true)]),
        (It, "Kim Jong-un ha inviato “caldi saluti” al popolo russo, definendolo “caro amico”.", &[("Kim Jong-un", Per)], &[("“caldi saluti”", None, true), ("“caro amico”", None, true)]),
        (
            It,
            "Il Cremlino ha descritto la visita come “amichevole” e ha rafforzato il «partenariato strategico globale» con Hanoi.",
            &[("Cremlino", Org)],
            &[("“amichevole”", None, true), ("«partenariato strategico globale»", None, true)],
        ),
        (It, "“Fermo sostegno” è la formula usata da Putin.", &[("Putin", Per)], &[("“Fermo sostegno”", None, true)]),
        (En, "The two leaders called each other “comrades in arms” at the summit.", &[], &[("“comrades in arms”", None, true)]),
        (En, "He warned of “illegal” transfers of missiles.", &[], &[("“illegal”", None, true)]),
        // Short but introduced as speech: not scare quotes.
        (It, "Rossi ha detto “basta” e se n’è andato.", &[("Rossi", Per)], &[("“basta”", Some("Rossi"), false)]),
        (En, "“No comment,” Smith said.", &[("Smith", Per)], &[("“No comment,”", Some("Smith"), false)]),
        (En, "Smith: “No comment.”", &[("Smith", Per)], &[("“No comment.”", Some("Smith"), false)]),
    ];

    #[test]
    fn scare_quotes() {
        check(SCARE);
    }

    const SPANS: &[Case] = &[
        // Several sentences.
        (
            It,
            "Kim ha detto: “Siamo pronti. La Russia è un’amica. Lo sarà sempre.” Poi ha lasciato la sala.",
            &[("Kim", Per)],
            &[("“Siamo pronti. La Russia è un’amica. Lo sarà sempre.”", Some("Kim"), false)],
        ),
        (En, "“We are ready. Russia is a friend. It always will be,” Kim said.", &[("Kim", Per)], &[("“We are ready. Russia is a friend. It always will be,”", Some("Kim"), false)]),
        // Several paragraphs: the quote reopens without closing.
        (
            It,
            "Stoltenberg ha detto:\n\n“La NATO è pronta a difendere ogni alleato.\n\n“Non lasceremo nessuno indietro, in nessun caso.”\n\nIl vertice si è chiuso ieri.",
            &[("Stoltenberg", Per)],
            &[("“La NATO è pronta a difendere ogni alleato.\n\n“Non lasceremo nessuno indietro, in nessun caso.”", Some("Stoltenberg"), false)],
        ),
        (
            En,
            "Miller said:\n“We are concerned about this.\n“We will keep watching it,” he added.\nThe briefing ended.",
            &[("Miller", Per)],
            &[("“We are concerned about this.\n“We will keep watching it,”", Some("Miller"), false)],
        ),
        // A paragraph that opens a quote and never closes it: the quote ends with it.
        (
            It,
            "Stoltenberg ha parlato del successore.\n\n“Non dico nulla sul mio successore, non spetta a me.\n\nIl vertice si è chiuso ieri.",
            &[("Stoltenberg", Per)],
            &[("“Non dico nulla sul mio successore, non spetta a me.", Some("Stoltenberg"), false)],
        ),
        // At most three paragraphs.
        (
            It,
            "“Uno uno uno uno.\n“Due due due due.\n“Tre tre tre tre.\n“Quattro quattro quattro quattro.\nFine.",
            &[],
            &[("“Uno uno uno uno.\n“Due due due due.\n“Tre tre tre tre.", None, false), ("“Quattro quattro quattro quattro.", None, false)],
        ),
        // Wrong-way closing marks, as in the seeds.
        (
            It,
            "Putin ha dichiarato: “Siamo disposti a collaborare. Per questo svilupperemo meccanismi alternativi“. Poi è ripartito.",
            &[("Putin", Per)],
            &[("“Siamo disposti a collaborare. Per questo svilupperemo meccanismi alternativi“", Some("Putin"), false)],
        ),
        (It, "Ha detto che la relazione è ”indistruttibile e profonda come poche altre” e poi ha brindato.", &[], &[("”indistruttibile e profonda come poche altre”", None, false)]),
        // Nested quotations stay inside the outer one.
        (It, "Kim ha scritto: «Putin mi ha chiamato “caro amico” e io ringrazio»", &[("Kim", Per), ("Putin", Per)], &[("«Putin mi ha chiamato “caro amico” e io ringrazio»", Some("Kim"), false)]),
    ];

    #[test]
    fn spans() {
        check(SPANS);
    }

    const UNBALANCED: &[Case] = &[
        // Reported speech has no marks and gives no quote.
        (It, "Kirby ha affermato che gli Stati Uniti sono preoccupati per queste relazioni.", &[("Kirby", Per)], &[]),
        (En, "Kirby said the United States was concerned about the deepening ties.", &[("Kirby", Per)], &[]),
        // A stray opening mark inside a sentence ends with that sentence; later quotes survive.
        (
            It,
            "Il “patto è stato firmato ieri sera. Poi Putin ha detto: «Siamo alleati per sempre».",
            &[("Putin", Per)],
            &[("“patto è stato firmato ieri sera.", None, false), ("«Siamo alleati per sempre»", Some("Putin"), false)],
        ),
        // A second opening mark ends the quotation left open.
        (
            It,
            "Rossi ha detto: “Siamo pronti a tutto. Bianchi ha risposto: “Non ci crediamo proprio”.",
            &[("Rossi", Per), ("Bianchi", Per)],
            &[("“Siamo pronti a tutto.", Some("Rossi"), false), ("“Non ci crediamo proprio”", Some("Bianchi"), false)],
        ),
        // Stray closing marks, empty quotes, marks at the edges.
        (It, "Una frase” senza apertura. E poi «» e “” vuote.", &[], &[]),
        (It, "“", &[], &[]),
        (It, "»", &[], &[]),
        (It, "", &[], &[]),
        (It, "Fine del testo “", &[], &[]),
        (En, "\"Open at the end of the text", &[], &[("\"Open at the end of the text", None, false)]),
        (En, "A 5\" screen and a 3\" one.", &[], &[]),
    ];

    #[test]
    fn unbalanced_marks_and_reported_speech() {
        check(UNBALANCED);
    }

    /// Every Italian and English speech verb the brief names, before and after the speaker.
    #[test]
    fn speech_verbs() {
        let names = [("Draghi", Per)];
        let quote = "“Il dialogo resta l’unica strada possibile”";
        let mut failures = Vec::new();
        let mut check = |lang: Lang, text: String| {
            let got = described(lang, &text, &names);
            if got != [(quote.to_string(), Some("Draghi".to_string()), false)] {
                failures.push(format!("{text:?}: {got:?}"));
            }
        };
        for verb in ["detto", "affermato", "dichiarato", "sottolineato", "aggiunto", "spiegato", "commentato", "scritto", "riferito", "annunciato", "ribadito", "osservato"] {
            check(It, format!("{quote}, ha {verb} Draghi."));
            check(It, format!("Draghi ha {verb}: {quote}."));
            check(It, format!("{quote}, ha poi {verb} Draghi."));
        }
        for verb in ["dice", "afferma", "spiega", "aggiunge", "sottolinea", "riferisce"] {
            check(It, format!("{quote}, {verb} Draghi."));
            check(It, format!("{quote}, {verb} anche Draghi."));
            check(It, format!("Draghi {verb}: {quote}."));
        }
        let quote = "“Dialogue remains the only way forward,”";
        let mut en = Vec::new();
        for verb in ["said", "says", "told reporters", "added", "wrote", "stated", "explained"] {
            en.push(format!("{quote} Draghi {verb}."));
            en.push(format!("Draghi {verb}: {quote}"));
            en.push(format!("{quote} Draghi also {verb}."));
        }
        for verb in ["said", "says", "added"] {
            en.push(format!("{quote} {verb} Draghi."));
        }
        en.push(format!("{quote} according to Draghi."));
        for text in en {
            let got = described(En, &text, &names);
            if got != [(quote.to_string(), Some("Draghi".to_string()), false)] {
                failures.push(format!("{text:?}: {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Unbalanced and adversarial inputs never panic and stay linear.
    #[test]
    fn never_panics() {
        let pieces = ["“", "”", "«", "»", "\"", "‘", "’", "„", "\n", "\n\n", " ", "a", "ha detto", "Kim", ":", ".", "secondo", "Lo", ","];
        let mut state = 7u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            for lang in [It, En] {
                let names = locate(&text, &[("Kim", Per)]);
                for q in quotes(lang, &text, &names) {
                    assert!(q.start < q.end && q.end as usize <= text.len() && text.is_char_boundary(q.start as usize), "{text:?}");
                }
            }
        }
        // Five megabytes of marks of every kind, and of quotes.
        for unit in ["“", "«", "\"", "“a ", "”a ", "«a “b ", "Kim ha detto: “Sì, certo.” ", "“Lungo lungo lungo\n\n"] {
            let text = unit.repeat(5_000_000 / unit.len());
            let start = std::time::Instant::now();
            // A run of marks is one punctuation token each (the tokenizer is slow on it).
            let tokens = if unit.chars().count() == 1 {
                text.char_indices().map(|(i, c)| Token { start: i as u32, end: (i + c.len_utf8()) as u32, kind: TokenKind::Punct }).collect()
            } else {
                tokenize(&text, It)
            };
            let sentences = split(&text, &tokens, It);
            let tagged = start.elapsed();
            let found = find_quotes(&text, &tokens, &sentences, &[], It);
            let took = start.elapsed() - tagged;
            assert!(took.as_secs_f64() < 5.0 + tagged.as_secs_f64(), "{unit:?}: {took:?}");
            assert!(found.iter().all(|q| q.end - q.start <= MAX_BYTES + 8), "{unit:?}");
        }
        // Tokens and sentences that do not fit the text.
        let text = "Kim: “Sì”";
        let bogus = [Token { start: 3, end: 90, kind: TokenKind::Word }];
        assert!(find_quotes(text, &bogus, &[], &[], It).is_empty());
        let tokens = tokenize(text, It);
        assert_eq!(find_quotes(text, &tokens, &[SentenceSpan { first: 0, end: 99 }], &[(0, 3, Per)], It).len(), 1);
    }

    /// The five seed articles: names by the Italian tagger, then the quotes.
    #[test]
    fn seeds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("skipped: no seed articles in {dir}");
            return;
        };
        let Some(recognizer) = crate::ner::Recognizer::for_lang(It) else {
            eprintln!("skipped: no Italian entity model");
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        paths.sort();
        let mut by_speaker: Vec<(String, String, String)> = Vec::new();
        for path in &paths {
            let text = std::fs::read_to_string(path).expect("seed");
            let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("").get(..3).unwrap_or("").to_string();
            let tokens = tokenize(&text, It);
            let sentences = split(&text, &tokens, It);
            let mut names = Vec::new();
            let mut scratch = crate::learn::tagger::Sequence::default();
            for s in &sentences {
                let toks = &tokens[s.first..s.end];
                let words: Vec<&str> = toks.iter().map(|t| &text[t.start as usize..t.end as usize]).collect();
                let labels = recognizer.tag(&words, &mut scratch);
                for (i, j, kind) in crate::ner::bio_spans(&labels) {
                    if let Some(kind) = EntityKind::from_label(&kind) {
                        names.push((toks[i].start, toks[j - 1].end, kind));
                    }
                }
            }
            for q in find_quotes(&text, &tokens, &sentences, &names, It) {
                let speaker = match (q.scare, q.speaker) {
                    (true, _) => "(scare)".to_string(),
                    (false, Some((s, e))) => text[s as usize..e as usize].to_string(),
                    (false, None) => "(none)".to_string(),
                };
                let quote: String = text[q.start as usize..q.end as usize].chars().take(60).collect();
                by_speaker.push((file.clone(), speaker, quote.replace('\n', "⏎")));
            }
        }
        for (file, speaker, quote) in &by_speaker {
            println!("{file} {speaker:>16} ← {quote}");
        }
        if paths.len() < 5 {
            eprintln!("only {} seed articles: the seed assertions are skipped", paths.len());
            return;
        }
        let said = |file: &str, start: &str, speaker: &str| {
            assert!(by_speaker.iter().any(|(f, s, q)| f == file && q.starts_with(start) && s.contains(speaker)), "{file}: {start:?} should be attributed to {speaker}");
        };
        said("000", "“Ci stiamo anche adattando", "Stoltenberg");
        said("000", "“normalmente, non dico nulla", "Stoltenberg");
        said("000", "“Apprezziamo molto", "Putin");
        said("000", "“Ora la situazione", "Kim");
        said("001", "“Nuova era", "Kim");
        said("001", "“Documento per relazioni", "Putin");
        said("001", "“contro decenni", "Putin");
        said("003", "“Siamo disposti", "Putin");
        said("003", "“Crediamo che", "Miller");
        for scare in ["“fermo sostegno”", "“meccanismi alternativi”", "“illegale”", "“amichevole”", "‘regno eremita’"] {
            said("003", scare, "(scare)");
        }
        assert!(!by_speaker.iter().any(|(_, s, q)| s.contains("Kirby") || q.contains("preoccupazione per queste relazioni")), "no quote for Kirby's reported speech");
    }
}
