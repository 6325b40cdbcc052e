//! Splits a tokenized text into sentences. A blank line always ends a sentence, and so
//! does a line break unless the text looks hard-wrapped (the next line goes on in lowercase
//! after no final stop): headlines and list items stand alone. Within a line, a perceptron
//! trained on Universal Dependencies treebanks (`lente train-sentences`) decides after each
//! token that could end a sentence (not a word right before a comma or a stop, nor a comma
//! before a lowercase word), from the tokens around it, their shapes, the quotes and
//! brackets open, and the length of the sentence so far. A colon or semicolon ends a sentence
//! only in a line that has a final stop after it, so a headline stays whole; a closing quote
//! or bracket right after a final stop and before a capital always ends one.
//!
//! Does not tokenize (see `tokenize`) and never moves a token: a sentence is a run of tokens.

use super::lang::Lang;
use super::tokenize::{Token, TokenKind};
use crate::learn::features::Features;

/// A sentence: tokens `first..end` (token indexes, end exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SentenceSpan {
    pub first: usize,
    pub end: usize,
}

/// Splits `tokens` of `text` into sentences covering every token, in order.
pub fn split(text: &str, tokens: &[Token], lang: Lang) -> Vec<SentenceSpan> {
    let model = crate::models::sentences(lang);
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    let mut ctx = Context::new(text, tokens);
    let mut first = 0;
    let mut feats = Features::default();
    let stop_ahead = stops_ahead(text, tokens, &ctx);
    for (i, &ahead) in stop_ahead.iter().enumerate() {
        let boundary = match ctx.gap(i) {
            Gap::Blank | Gap::End => true,
            Gap::Line => !ctx.hard_wrapped(i),
            Gap::Space | Gap::None => {
                ctx.is_candidate(i)
                    && !ctx.runs_on(i)
                    && (ahead || !matches!(ctx.tok(i), ":" | ";"))
                    && (ctx.closes_after_stop(i)
                        || ctx.plain_stop(i)
                        || model.is_some_and(|m| {
                            feats.clear();
                            ctx.features(i, i + 1 - first, lang, &mut feats);
                            m.score(&feats.hashes) > 0
                        }))
            }
        };
        ctx.advance(i);
        if boundary {
            out.push(SentenceSpan { first, end: i + 1 });
            first = i + 1;
        }
    }
    out
}

/// For each token, whether a later token on the same line is a final stop (`.`, `!`, `?`, `…`).
fn stops_ahead(text: &str, tokens: &[Token], ctx: &Context) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut seen = false;
    for i in (0..tokens.len()).rev() {
        if matches!(ctx.gap(i), Gap::Line | Gap::Blank | Gap::End) {
            seen = false;
        }
        out[i] = seen;
        let t = tokens[i];
        let tok = &text[t.start as usize..t.end as usize];
        seen |= t.kind == TokenKind::Punct && tok.starts_with(['.', '!', '?', '…']);
    }
    out
}

/// What separates a token from the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gap {
    None,
    Space,
    Line,
    Blank,
    End,
}

impl Gap {
    fn name(self) -> &'static str {
        match self {
            Gap::None => "0",
            Gap::Space => "s",
            Gap::Line => "n",
            Gap::Blank => "b",
            Gap::End => "e",
        }
    }
}

/// Running state over the tokens of a text: quotes and brackets open in the paragraph, and
/// the separator after each token.
pub(crate) struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    straight_quotes: u32,
    curly_open: i32,
    brackets: i32,
    /// The separator after each token.
    gaps: Vec<Gap>,
    /// The tokens around a gap as features see them, lowercased (made for the few gaps the
    /// model scores, not for every token).
    lowered: String,
}

impl<'a> Context<'a> {
    pub(crate) fn new(text: &'a str, tokens: &'a [Token]) -> Context<'a> {
        let gaps = (0..tokens.len())
            .map(|i| match tokens.get(i + 1) {
                None => Gap::End,
                Some(next) => {
                    let between = &text.as_bytes()[tokens[i].end as usize..next.start as usize];
                    match between.iter().filter(|&&b| b == b'\n').count() {
                        0 if between.is_empty() => Gap::None,
                        0 => Gap::Space,
                        1 => Gap::Line,
                        _ => Gap::Blank,
                    }
                }
            })
            .collect();
        Context { text, tokens, straight_quotes: 0, curly_open: 0, brackets: 0, gaps, lowered: String::new() }
    }

    #[inline]
    fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    /// Token `i` as features see it: runs of `!` and `?` (`?!`, `!!!`) read as their first
    /// mark, and typographic quotes as the straight quote the treebanks mostly use.
    fn feature_tok(&self, i: usize) -> &'a str {
        let tok = self.tok(i);
        match tok {
            "“" | "”" | "«" | "»" | "„" => "\"",
            _ if tok.len() > 1 && tok.bytes().all(|b| b == b'!' || b == b'?') => &tok[..1],
            _ => tok,
        }
    }

    /// The separator after token `i`.
    #[inline]
    pub(crate) fn gap(&self, i: usize) -> Gap {
        self.gaps.get(i).copied().unwrap_or(Gap::End)
    }

    /// A single line break inside running text: no stop before, lowercase after.
    fn hard_wrapped(&self, i: usize) -> bool {
        let ends_clause = matches!(self.tokens[i].kind, TokenKind::Punct) && self.tok(i).ends_with(['.', '!', '?', '…', ':', ';', '"', '”', '»']);
        let next_lower = self.tok(i + 1).starts_with(char::is_lowercase);
        !ends_clause && next_lower
    }

    /// Whether a sentence could end after token `i`: not between two words where the
    /// second starts in lowercase, nor before a closing quote or bracket attached to it.
    pub(crate) fn is_candidate(&self, i: usize) -> bool {
        let Some(next) = self.tokens.get(i + 1) else { return true };
        let word = |k: TokenKind| matches!(k, TokenKind::Word | TokenKind::Number);
        let lower_words = word(self.tokens[i].kind) && word(next.kind) && !self.tok(i).ends_with('.') && self.tok(i + 1).starts_with(char::is_lowercase);
        let closer = next.start == self.tokens[i].end && matches!(self.tok(i + 1), "”" | "»" | ")" | "]" | "’");
        !(lower_words || closer)
    }

    /// Whether the sentence surely goes on after token `i`: a word or number right before
    /// a comma, a stop or a closing bracket (`Roma,`, `2024.`), or a comma before a
    /// lowercase word. Checked before the model, which seldom ends a sentence there and
    /// is then wrong: in the text of UD ISDT, VIT, EWT and GUM train, 2 of 60,449 such
    /// places and 11 of 24,210 commas. Half the places the model scored go.
    fn runs_on(&self, i: usize) -> bool {
        let Some(next) = self.tokens.get(i + 1) else { return false };
        let next_tok = self.tok(i + 1);
        match self.tokens[i].kind {
            TokenKind::Word | TokenKind::Number => next.kind == TokenKind::Punct && next_tok.starts_with([',', ';', ':', '.', '!', '?', '…', ')']),
            TokenKind::Punct => self.tok(i) == "," && next.kind == TokenKind::Word && next_tok.starts_with(char::is_lowercase),
            _ => false,
        }
    }

    /// A closing quote or bracket right after a final stop, followed by a capital:
    /// `… Alleanza.” Poi`, `(… Tass.) Il`.
    fn closes_after_stop(&self, i: usize) -> bool {
        let attached = i > 0 && self.tokens[i - 1].end == self.tokens[i].start;
        attached
            && matches!(self.tok(i), "”" | "»" | ")" | "]" | "’" | "\"")
            && self.tok(i - 1).starts_with(['.', '!', '?', '…'])
            && self.tokens.get(i + 1).is_some_and(|_| self.tok(i + 1).starts_with(char::is_uppercase))
    }

    /// A period glued to a word of two letters or more, then a space and a capitalized
    /// word: `il Sud. Meteo.it`, which the model may miss before an unusual word.
    fn plain_stop(&self, i: usize) -> bool {
        let word_before = i > 0 && self.tokens[i - 1].end == self.tokens[i].start && self.tokens[i - 1].kind == TokenKind::Word && self.tok(i - 1).chars().filter(|c| c.is_alphabetic()).count() >= 2;
        let capital_after = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.start > self.tokens[i].end && matches!(t.kind, TokenKind::Word | TokenKind::Url | TokenKind::Domain) && self.tok(i + 1).starts_with(char::is_uppercase));
        self.tok(i) == "." && word_before && capital_after
    }

    /// Updates the quote and bracket state with token `i`; resets it after a paragraph.
    pub(crate) fn advance(&mut self, i: usize) {
        if self.tokens[i].kind == TokenKind::Punct {
            match self.tok(i) {
                "\"" => self.straight_quotes += 1,
                "“" | "«" => self.curly_open += 1,
                "”" | "»" => self.curly_open = (self.curly_open - 1).max(0),
                "(" | "[" => self.brackets += 1,
                ")" | "]" => self.brackets = (self.brackets - 1).max(0),
                _ => {}
            }
        }
        if matches!(self.gap(i), Gap::Blank | Gap::End) {
            self.straight_quotes = 0;
            self.curly_open = 0;
            self.brackets = 0;
        }
    }

    /// The features of the gap after token `i`, `len` tokens into the sentence.
    pub(crate) fn features(&mut self, i: usize, len: usize, lang: Lang, f: &mut Features) {
        let n = self.tokens.len();
        let prev = i.checked_sub(1);
        let next = (i + 1 < n).then_some(i + 1);
        let next2 = (i + 2 < n).then_some(i + 2);
        let around = [prev, Some(i), next, next2];
        // The four tokens lowercased one after the other in `lowered`; `<>` past either end.
        let mut lowered = std::mem::take(&mut self.lowered);
        lowered.clear();
        let mut ends = [0; 4];
        for (end, j) in ends.iter_mut().zip(around) {
            match j {
                Some(j) => push_lowered(self.feature_tok(j), &mut lowered),
                None => lowered.push_str("<>"),
            }
            *end = lowered.len();
        }
        let word = |k: usize| &lowered[if k == 0 { 0 } else { ends[k - 1] }..ends[k]];
        let (wm1, w0, w1, w2) = (word(0), word(1), word(2), word(3));
        let shape = |j: Option<usize>| -> &str { j.map_or("<>", |j| shape(self.feature_tok(j), self.tokens[j].kind)) };
        let (sm1, s0, s1, s2) = (shape(prev), shape(Some(i)), shape(next), shape(next2));
        let gap = self.gap(i).name();
        let quotes = match (self.straight_quotes % 2 == 1 || self.curly_open > 0, self.brackets > 0) {
            (false, false) => "-",
            (true, _) => "q",
            (_, true) => "b",
        };
        let since = match len {
            1 => "1",
            2 => "2",
            3..=4 => "3",
            5..=8 => "5",
            9..=15 => "9",
            _ => "L",
        };
        let prev_len = match prev.map_or(0, |p| self.tok(p).chars().count()) {
            0 => "0",
            1 => "1",
            2 => "2",
            3 => "3",
            _ => "4",
        };
        let abbrev = if lang.is_abbreviation(w0.trim_end_matches('.')) { "A" } else { "-" };
        f.add(0, &[]);
        f.add(1, &[w0]);
        f.add(2, &[w1]);
        f.add(3, &[wm1]);
        f.add(4, &[w2]);
        f.add(5, &[s0, s1]);
        f.add(6, &[wm1, w0]);
        f.add(7, &[w0, w1]);
        f.add(8, &[w0, s1]);
        f.add(9, &[s0, w1]);
        f.add(10, &[sm1, s0, s1]);
        f.add(11, &[s0, s1, s2]);
        f.add(12, &[gap, s0, s1]);
        f.add(13, &[quotes, s0, s1]);
        f.add(14, &[since, s0, s1]);
        f.add(15, &[prev_len, w0, s1]);
        f.add(16, &[w1, w2]);
        f.add(17, &[abbrev, s1]);
        f.add(18, &[suffix(w0, 3), s1]);
        f.add(19, &[quotes, w0, w1]);
        f.add(20, &[sm1, w0, s1, s2]);
        f.add(21, &[class(self.tok(i)), s1]);
        self.lowered = lowered;
    }
}

/// Appends `s` lowercased to `out`, cut to the whole chars within 32 bytes.
fn push_lowered(s: &str, out: &mut String) {
    const MAX: usize = 32;
    if s.is_ascii() {
        let start = out.len();
        out.push_str(&s[..s.len().min(MAX)]);
        out[start..].make_ascii_lowercase();
        return;
    }
    let mut len = 0;
    for c in s.chars().flat_map(char::to_lowercase) {
        len += c.len_utf8();
        if len > MAX {
            break;
        }
        out.push(c);
    }
}

/// The last `n` characters of `s`.
fn suffix(s: &str, n: usize) -> &str {
    let start = s.char_indices().rev().nth(n.saturating_sub(1)).map_or(0, |(i, _)| i);
    &s[start..]
}

/// The role of a punctuation token: a final stop, a closing or opening quote or bracket.
fn class(tok: &str) -> &'static str {
    match tok.chars().next() {
        Some('.' | '!' | '?' | '…') => "stop",
        Some('"' | '\'') => "quote",
        Some('”' | '»' | '’' | ')' | ']') => "close",
        Some('“' | '«' | '‘' | '(' | '[') => "open",
        Some(':' | ';') => "colon",
        Some(c) if c.is_uppercase() => "upper",
        _ => "other",
    }
}

/// A coarse shape: `X` capitalized, `XX` all caps, `x` lowercase, `d` digits, the text
/// itself for short punctuation, else the kind.
fn shape(tok: &str, kind: TokenKind) -> &str {
    match kind {
        TokenKind::Punct | TokenKind::Symbol => {
            if tok.len() <= 3 {
                tok
            } else {
                "P"
            }
        }
        TokenKind::Word => {
            let first = tok.chars().next().unwrap_or(' ');
            if first.is_uppercase() {
                if tok.len() > first.len_utf8() && !tok.chars().any(char::is_lowercase) {
                    "XX"
                } else if tok.ends_with('.') {
                    "X."
                } else {
                    "X"
                }
            } else if first.is_lowercase() {
                if tok.ends_with('.') {
                    "x."
                } else {
                    "x"
                }
            } else {
                "d"
            }
        }
        other => other.name(),
    }
}
