//! Splits text into tokens with byte offsets and a kind. Italian- and English-aware:
//! elisions (`l’Ucraina` → `l’` `Ucraina`), contractions kept whole (`don't`), numbers with
//! either separator (`11.000`, `1,5`), dates, times, URLs, e-mails, domains, hashtags,
//! handles, abbreviations, emoji. Follows the surface-token conventions of Universal
//! Dependencies (a multiword token such as `della` stays one token).
//!
//! Does not split sentences (see `sentences`) and does not normalize the text: every token
//! is a slice of the input, and the text between tokens is whitespace, or zero-width
//! characters that stand alone before a token. Zero-width characters inside a word
//! (`Mat\u{200B}ta`) stay in it; `without_zero_width` gives the word as a reader sees it.

use super::lang::Lang;
use serde::Serialize;
use std::borrow::Cow;

/// One token: `text[start..end]` in bytes, and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, inner apostrophes or abbreviation periods.
    Word,
    /// `11.000`, `1,5`, `3.5`, `'90`.
    Number,
    /// `1°`, `2ª`, `21st`.
    Ordinal,
    /// `19/06/2024`.
    Date,
    /// `11:50`.
    Time,
    /// `.`, `,`, `«`, `“`, `...`, `!?`.
    Punct,
    /// `€`, `$`, `%`, `+`, `&`.
    Symbol,
    Url,
    Email,
    /// `TheSocialPost.it`.
    Domain,
    Hashtag,
    Mention,
    Emoji,
}

impl TokenKind {
    /// The lowercase name used in the schema.
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Ordinal => "ordinal",
            TokenKind::Date => "date",
            TokenKind::Time => "time",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Domain => "domain",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
        }
    }

    /// Whether the token counts as a word (for counts and reading time).
    pub fn is_wordlike(self) -> bool {
        !matches!(self, TokenKind::Punct | TokenKind::Symbol | TokenKind::Emoji)
    }
}

/// Tokenizes `text` with the rules of `lang`.
pub fn tokenize(text: &str, lang: Lang) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, lang, &mut out);
    out
}

/// Appends the tokens of `text` to `out` (offsets relative to `text`).
pub fn tokenize_into(text: &str, lang: Lang, out: &mut Vec<Token>) {
    // Offsets are u32: longer texts are cut into pieces by the caller.
    let len = text.len().min(u32::MAX as usize);
    let text = &text[..super::offsets::floor_boundary(text, len)];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (c, w) = char_at(text, i);
        if c.is_whitespace() || is_invisible(c) {
            i += w;
            continue;
        }
        let mut end = i + w;
        while end < bytes.len() {
            // ASCII bytes directly: most of a text, and never part of a wider char.
            let b = bytes[end];
            if b < 0x80 {
                if matches!(b, b' ' | b'\t'..=b'\r') {
                    break;
                }
                end += 1;
                continue;
            }
            let (c, w) = char_at(text, end);
            if c.is_whitespace() {
                break;
            }
            end += w;
        }
        let has_at = text.as_bytes()[i..end].contains(&b'@');
        Chunk { text, end, lang, has_at, out }.split(i);
        i = end;
    }
}

/// The char at byte `i` and its width; `'\0'`, 0 past the end or inside a char.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes();
    match b.get(i) {
        None => ('\0', 0),
        Some(&x) if x < 0x80 => (x as char, 1),
        Some(_) => match text.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => (c, c.len_utf8()),
            None => ('\0', 0),
        },
    }
}

/// Zero-width characters that belong to no token when they stand alone.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')
}

/// Zero-width characters that a word keeps when they stand between its letters: zero-width
/// space, non-joiner and joiner, word joiner, soft hyphen, and a byte order mark in the text.
pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{00AD}' | '\u{FEFF}')
}

/// `word` without its zero-width characters (`Mat\u{200B}ta` → `Matta`); borrowed when it has
/// none.
pub fn without_zero_width(word: &str) -> Cow<'_, str> {
    if word.is_ascii() || !word.contains(is_zero_width) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.chars().filter(|&c| !is_zero_width(c)).collect())
    }
}

/// Letters, digits, combining marks and the underscore.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric() || is_mark(c)
    }
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Emoji that start a cluster (pictographs, dingbats, regional indicators).
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF | 0x3030 | 0x303D | 0x3297 | 0x3299)
}

/// Characters that continue an emoji cluster: variation selectors, keycap, tags, skin tones.
fn continues_emoji(c: char) -> bool {
    matches!(c as u32, 0xFE0E | 0xFE0F | 0x20E3 | 0xE0020..=0xE007F | 0x1F3FB..=0x1F3FF)
}

/// Symbols as opposed to punctuation: currency, math, `%`, `&`, `°`.
fn is_symbol(c: char) -> bool {
    matches!(c, '$' | '%' | '&' | '+' | '<' | '=' | '>' | '^' | '|' | '~' | '°' | '©' | '®' | '™' | '£' | '¥' | '¢' | '±' | '×' | '÷' | '§' | '¶' | '‰' | '#' | '@' | '*' | '\\' | '`')
        || matches!(c as u32, 0x20A0..=0x20CF | 0x2100..=0x214F | 0x2190..=0x22FF)
}

/// Punctuation characters that group into one token when repeated or mixed (`!?`, `...`).
fn groups(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '-' | '–' | '—' | '*' | '=' | '_' | '~' | '+' | '#' | '/' | '<' | '>' | '…')
}

/// Emoticons kept whole when they stand alone in a chunk.
const EMOTICONS: &[&str] = &[":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D", ":P", ":p", ";)", ":/", ":|", ":'(", "=)", "(:", "):", "<3", "^^", "^_^", "XD", ":-/", ":o", ":O"];

/// The run of non-space characters `[start, end)` being split into tokens.
struct Chunk<'a> {
    text: &'a str,
    end: usize,
    lang: Lang,
    /// Whether the chunk has an `@`, so that e-mail addresses are looked for.
    has_at: bool,
    out: &'a mut Vec<Token>,
}

impl Chunk<'_> {
    fn emit(&mut self, start: usize, end: usize, kind: TokenKind) {
        self.out.push(Token { start: start as u32, end: end as u32, kind });
    }

    fn at(&self, i: usize) -> (char, usize) {
        if i >= self.end {
            ('\0', 0)
        } else {
            char_at(self.text, i)
        }
    }

    fn split(&mut self, mut i: usize) {
        while i < self.end {
            i = self.next_token(i);
        }
    }

    /// Emits the token that starts at `i`; returns where it ends.
    fn next_token(&mut self, i: usize) -> usize {
        let (c, w) = self.at(i);
        if let Some(end) = self.url(i) {
            self.emit(i, end, TokenKind::Url);
            return end;
        }
        if is_word_char(c) {
            return self.word(i);
        }
        let (n, nw) = self.at(i + w);
        if (c == '#' || c == '@') && is_word_char(n) {
            let mut end = i + w;
            loop {
                let (x, xw) = self.at(end);
                if is_word_char(x) || (x == '.' || is_hyphen(x)) && is_word_char(self.at(end + xw).0) && c == '@' {
                    end += xw;
                } else {
                    break;
                }
            }
            self.emit(i, end, if c == '#' { TokenKind::Hashtag } else { TokenKind::Mention });
            return end;
        }
        if c == '.' && n.is_ascii_digit() && (i == 0 || !is_word_char(self.text[..i].chars().next_back().unwrap_or(' '))) {
            // .45: a number written without its leading zero.
            let mut end = i + w;
            while self.at(end).0.is_ascii_digit() {
                end += 1;
            }
            self.emit(i, end, TokenKind::Number);
            return end;
        }
        if is_apostrophe(c) && n.is_ascii_digit() {
            // '90: a year with its tens only.
            let (m, mw) = self.at(i + w + nw);
            if m.is_ascii_digit() && !is_word_char(self.at(i + w + nw + mw).0) {
                let end = i + w + nw + mw;
                self.emit(i, end, TokenKind::Number);
                return end;
            }
        }
        if is_emoji(c) {
            return self.emoji(i);
        }
        if let Some(end) = self.emoticon(i) {
            self.emit(i, end, TokenKind::Punct);
            return end;
        }
        let mut end = i + w;
        if groups(c) {
            loop {
                let (x, xw) = self.at(end);
                let same = x == c || (matches!(c, '!' | '?') && matches!(x, '!' | '?'));
                if xw == 0 || !same {
                    break;
                }
                end += xw;
            }
        }
        let kind = if is_symbol(c) { TokenKind::Symbol } else { TokenKind::Punct };
        self.emit(i, end, kind);
        end
    }

    /// A URL starting at `i`, without the punctuation that closes a sentence after it.
    fn url(&self, i: usize) -> Option<usize> {
        let rest = &self.text[i..self.end];
        let starts = |p: &str| rest.as_bytes().get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()));
        if rest.len() < 8 || !["http://", "https://", "ftp://", "www."].into_iter().any(starts) {
            return None;
        }
        let mut end = self.end;
        let opens = rest.matches('(').count();
        while end > i {
            let c = self.text[..end].chars().next_back()?;
            let trailing = matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | '»' | ']' | '}') || (c == ')' && opens == 0);
            if !trailing {
                break;
            }
            end -= c.len_utf8();
        }
        (end > i + 7).then_some(end)
    }

    fn emoticon(&self, i: usize) -> Option<usize> {
        let rest = &self.text[i..self.end];
        EMOTICONS
            .iter()
            .find(|e| rest.starts_with(*e) && !is_word_char(char_at(rest, e.len()).0))
            .map(|e| i + e.len())
            .filter(|&end| end == self.end || !rest[end - i..].starts_with(|c: char| c.is_alphanumeric()))
            .filter(|_| rest.len() <= 4 || rest.chars().any(|c| !c.is_ascii_punctuation()))
    }

    fn emoji(&mut self, i: usize) -> usize {
        let (c, w) = self.at(i);
        let mut end = i + w;
        if (0x1F1E6..=0x1F1FF).contains(&(c as u32)) {
            let (n, nw) = self.at(end);
            if (0x1F1E6..=0x1F1FF).contains(&(n as u32)) {
                end += nw;
            }
        }
        loop {
            let (x, xw) = self.at(end);
            if continues_emoji(x) {
                end += xw;
            } else if x == '\u{200D}' && is_emoji(self.at(end + xw).0) {
                end += xw + self.at(end + xw).1;
            } else {
                break;
            }
        }
        self.emit(i, end, TokenKind::Emoji);
        end
    }

    /// A word or number starting at `i`, with the joins that keep it whole.
    fn word(&mut self, start: usize) -> usize {
        if self.has_at {
            if let Some(e) = self.email_at(start) {
                self.emit(start, e, TokenKind::Email);
                return e;
            }
        }
        let mut end = self.run(start);
        let mut seg = start; // start of the current letter/digit segment
        let mut kind = Kind::default();
        kind.note(&self.text[start..end]);
        loop {
            let (n, nw) = self.at(end);
            if nw == 0 {
                break;
            }
            let after = end + nw;
            let (a, _) = self.at(after);
            let seg_text = &self.text[seg..end];
            let seg_digits = || seg_text.bytes().all(|b| b.is_ascii_digit());
            if is_hyphen(n) && is_word_char(a) {
                kind.hyphen = true;
            } else if is_apostrophe(n) {
                if is_word_char(a) {
                    if self.lang.splits_elision(&self.text[start..end]) {
                        end = after;
                        break;
                    }
                    kind.apostrophe = true;
                } else {
                    if self.lang.keeps_final_apostrophe(&self.text[start..end]) {
                        end = after;
                    }
                    break;
                }
            } else if n == '.' {
                if a.is_ascii_digit() && seg_digits() {
                    // 11.000, 3.5
                } else if is_word_char(a) && self.joins_period(start, seg, after) {
                    kind.period = true;
                } else {
                    let word = &self.text[start..end];
                    let abbreviation = self.lang.is_abbreviation(word) && !(self.lang.is_word_too(word) && self.capital_after(after));
                    if !seg_digits() && (kind.period || self.is_initial(word) || abbreviation) {
                        end = after;
                        kind.abbreviation = true;
                    }
                    break;
                }
            } else if matches!(n, ',' | '/' | ':') && a.is_ascii_digit() && seg_digits() {
                kind.slashes += u8::from(n == '/');
                kind.colons += u8::from(n == ':');
            } else if n == '/' && is_word_char(a) && !seg_digits() && seg_text.chars().count() <= 3 {
                kind.hyphen = true;
            } else if n == '@' && is_word_char(a) {
                if let Some(e) = self.email_end(after) {
                    self.emit(start, e, TokenKind::Email);
                    return e;
                }
                break;
            } else if matches!(n, '°' | 'º' | 'ª') && seg_digits() {
                end = after;
                kind.ordinal = true;
                break;
            } else {
                break;
            }
            seg = after;
            end = self.run(after);
            kind.note(&self.text[seg..end]);
        }
        let kind = kind.resolve(&self.text[start..end]);
        self.emit(start, end, kind);
        end
    }

    /// End of the run of word characters from `i`, with the zero-width characters between them.
    fn run(&self, mut i: usize) -> usize {
        let start = i;
        loop {
            while self.text.as_bytes()[..self.end].get(i).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_') {
                i += 1;
            }
            let (c, w) = self.at(i);
            if w > 0 && is_word_char(c) {
                i += w;
            } else if i > start && is_zero_width(c) {
                let mut j = i + w;
                while is_zero_width(self.at(j).0) {
                    j += self.at(j).1;
                }
                if !is_word_char(self.at(j).0) {
                    return i;
                }
                i = j;
            } else {
                return i;
            }
        }
    }

    /// Whether the first character after the spaces from byte `i` is a capital letter.
    fn capital_after(&self, i: usize) -> bool {
        self.text.get(i..).and_then(|rest| rest.trim_start().chars().next()).is_some_and(char::is_uppercase)
    }

    /// Whether a period between `seg`'s segment and the letters at `after` is inside the
    /// word: `U.S.A.`, `s.p.a.`, `TheSocialPost.it`, `sig.ra`.
    fn joins_period(&self, start: usize, seg: usize, after: usize) -> bool {
        let next_end = self.run(after);
        let next = &self.text[after..next_end];
        let here = &self.text[seg..after - 1];
        let single = |s: &str| s.chars().count() == 1;
        if single(here) && single(next) && !here.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
        let candidate = &self.text[start..next_end];
        if self.lang.is_abbreviation(candidate) {
            return true;
        }
        // A domain: the part after the period is a lowercase top-level name and ends the word.
        let (tail, _) = self.at(next_end);
        let tld = (2..=6).contains(&next.len())
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && matches!(
                next,
                "it" | "com"
                    | "org"
                    | "net"
                    | "eu"
                    | "uk"
                    | "de"
                    | "fr"
                    | "es"
                    | "ru"
                    | "gov"
                    | "edu"
                    | "io"
                    | "info"
                    | "ch"
                    | "us"
                    | "ca"
                    | "co"
                    | "news"
                    | "tv"
                    | "int"
                    | "jp"
                    | "cn"
                    | "in"
                    | "be"
                    | "nl"
                    | "at"
                    | "ua"
                    | "kr"
                    | "kp"
            );
        let follows_domain = self.text[start..seg].contains('.') && next.bytes().all(|b| b.is_ascii_alphanumeric()) && self.text[start..seg].chars().any(|c| c.is_lowercase());
        tld && !is_word_char(tail) || follows_domain && tail == '.'
    }

    /// A single capital letter followed by a period: an initial (`J. R. R. Tolkien`).
    fn is_initial(&self, word: &str) -> bool {
        let mut cs = word.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
    }

    /// The end of an e-mail address starting at `i` (`mario.rossi@esempio.it`).
    fn email_at(&self, i: usize) -> Option<usize> {
        let mut j = i;
        loop {
            let (c, w) = self.at(j);
            if is_word_char(c) || matches!(c, '.' | '-' | '+') && is_word_char(self.at(j + w).0) {
                j += w;
            } else {
                break;
            }
        }
        (self.at(j).0 == '@' && is_word_char(self.at(j + 1).0)).then(|| self.email_end(j + 1)).flatten()
    }

    /// The end of the e-mail domain starting at `i`, if it has at least one period.
    fn email_end(&self, i: usize) -> Option<usize> {
        let mut end = self.run(i);
        let mut dots = 0;
        loop {
            let (c, w) = self.at(end);
            if !((c == '.' || is_hyphen(c)) && is_word_char(self.at(end + w).0)) {
                break;
            }
            dots += usize::from(c == '.');
            end = self.run(end + w);
        }
        (dots > 0).then_some(end)
    }
}

/// What the joins of a word say about its kind.
#[derive(Default)]
struct Kind {
    letters: bool,
    digits: bool,
    hyphen: bool,
    apostrophe: bool,
    period: bool,
    abbreviation: bool,
    ordinal: bool,
    slashes: u8,
    colons: u8,
}

impl Kind {
    fn note(&mut self, seg: &str) {
        if seg.is_ascii() {
            // Word characters: digits and the rest, which are letters.
            for b in seg.bytes() {
                if b.is_ascii_digit() {
                    self.digits = true;
                } else {
                    self.letters = true;
                }
            }
            return;
        }
        for c in seg.chars() {
            if c.is_ascii_digit() {
                self.digits = true;
            } else if !is_zero_width(c) {
                self.letters = true;
            }
        }
    }

    fn resolve(self, word: &str) -> TokenKind {
        if self.ordinal {
            return TokenKind::Ordinal;
        }
        if self.digits && !self.letters && !self.hyphen && !self.apostrophe && !self.period {
            return match (self.slashes, self.colons) {
                (2, 0) => TokenKind::Date,
                (0, 1..=2) => TokenKind::Time,
                _ => TokenKind::Number,
            };
        }
        if self.period && !self.abbreviation && word.contains(|c: char| c.is_lowercase()) && word.rsplit('.').next().is_some_and(|t| t.len() >= 2) {
            return TokenKind::Domain;
        }
        let (head, suffix) = word.as_bytes().split_at(word.len().saturating_sub(2));
        let ordinal_suffix = ["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s.as_bytes()));
        if self.digits && ordinal_suffix && head.iter().all(u8::is_ascii_digit) {
            return TokenKind::Ordinal;
        }
        TokenKind::Word
    }
}
