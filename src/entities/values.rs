//! Rule-based recognition of dates, times, numbers, money, percentages and quantities in
//! Italian and English text, over the tokenizer's tokens, each with a normalized value:
//! `martedì 18 giugno` → `--06-18`, `June 19, 2024` → `2024-06-19`, `fine del 2021` → `2021`,
//! `11:50` and `alle 11.50` → `11:50`, `10 a.m.` → `10:00`, `1,5 milioni di euro` → 1500000 EUR,
//! `$5 billion` → 5e9 USD, `il 3 per cento` and `3%` → 3 %, `11.000 container` → 11000
//! `container`, `10 mila` → 10000, `tre miliardi` → 3e9. Decades are ISO 8601-2 years with an
//! unspecified digit (`anni '90`, `the 1990s` → `199X`); ranges are ISO 8601 intervals
//! (`18-20 giugno` → `--06-18/--06-20`, `2020-2022` → `2020/2022`).
//!
//! The language decides ambiguous separators: Italian `11.000` = 11000 and `1,5` = 1.5,
//! English `1,000` = 1000 and `3.5` = 3.5. Slash dates are day/month/year unless the second
//! number cannot be a month. A bare four-digit number from 1000 to 2100 is a year after a cue
//! (`nel`, `in`, `the`, …) or when no noun follows it; otherwise a number followed by a plain
//! lowercase noun is a quantity with that noun as its unit.
//!
//! Does not: resolve relative dates (`ieri`, `next Tuesday`), read ranges across months
//! (`30 maggio - 2 giugno`), compound written numbers (`ventitré`,
//! `twenty-five`), negative signs, or units that come before the number other than currency.
//! Ordinals (`1°`, `21st`) are values only as the day of a date (`1° maggio`, `June 21st`).

use crate::text::lang::Lang;
use crate::text::tokenize::{Token, TokenKind};
use serde::Serialize;

#[path = "values_lang.rs"]
mod words;

use words::*;

/// What a value mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueKind {
    /// A day, month or year, possibly partial.
    Date,
    /// A time of day.
    Time,
    /// A number with nothing counted.
    Number,
    /// An amount of a currency.
    Money,
    /// A percentage.
    Percent,
    /// A number of something: `11.000 container`.
    Quantity,
}

/// A normalized value.
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct Value {
    /// ISO 8601 date or partial date: "2024-06-19", "2024-06", "2024", "--06-18" (day and
    /// month, no year), "--06" (month alone), or a time "11:50".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    /// The number, for numbers, money, percentages and quantities (10 mila -> 10000,
    /// 1,5 milioni -> 1500000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<f64>,
    /// The unit when stated: a currency code ("EUR", "USD", "GBP"), "%" for percentages, or
    /// the counted noun for quantities ("container", "soldati", "km").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// A value found in the text: tokens `first..end` (end exclusive).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValueMention {
    /// The first token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// What the value is.
    pub kind: ValueKind,
    /// The normalized value.
    pub value: Value,
}

/// Finds the values in `tokens` of `text`, left to right, not overlapping, longest match first.
pub fn find_values(text: &str, tokens: &[Token], lang: Lang) -> Vec<ValueMention> {
    let cx = Cx { text, toks: tokens, lang };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match cx.at(i) {
            Some(m) if m.end > i => {
                i = m.end;
                out.push(m);
            }
            _ => i += 1,
        }
    }
    out
}

/// Most digits a number may have; longer runs are codes or noise, not values.
const MAX_DIGITS: usize = 30;
/// Longest word (in bytes) looked up in the word lists.
const LOW_CAP: usize = 24;

/// The tokens being read.
struct Cx<'a> {
    text: &'a str,
    toks: &'a [Token],
    lang: Lang,
}

fn mention(first: usize, end: usize, kind: ValueKind, value: Value) -> ValueMention {
    ValueMention { first, end, kind, value }
}

fn date(first: usize, end: usize, iso: String) -> ValueMention {
    mention(first, end, ValueKind::Date, Value { iso: Some(iso), ..Value::default() })
}

fn time(first: usize, end: usize, h: u32, m: u32, s: Option<u32>) -> ValueMention {
    let iso = match s {
        Some(s) => format!("{h:02}:{m:02}:{s:02}"),
        None => format!("{h:02}:{m:02}"),
    };
    mention(first, end, ValueKind::Time, Value { iso: Some(iso), ..Value::default() })
}

fn amount(first: usize, end: usize, kind: ValueKind, number: f64, unit: Option<&str>) -> ValueMention {
    let value = Value { iso: None, number: Some(number), unit: unit.map(str::to_string) };
    mention(first, end, kind, value)
}

/// What may follow a number for it to be a value.
#[derive(Clone, Copy)]
struct Tail {
    /// A number with nothing after it is a value.
    bare: bool,
    /// A noun after it makes a quantity.
    noun: bool,
}

impl<'a> Cx<'a> {
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The text of token `i`; empty if there is none.
    fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).and_then(|t| self.text.get(t.start as usize..t.end as usize)).unwrap_or("")
    }

    /// Token `i` lowercased, if it is a word short enough to be in a list.
    fn low(&self, i: usize) -> Option<Low> {
        if self.kind(i) == Some(TokenKind::Word) {
            Low::new(self.s(i))
        } else {
            None
        }
    }

    /// Whether token `i` is a word of `list` (any case).
    fn word_in(&self, i: usize, list: &[&str]) -> bool {
        self.low(i).is_some_and(|l| has(list, l.as_str()))
    }

    /// Whether token `i` is a word of the Italian or the English list, by language.
    fn word_in_lang(&self, i: usize, it: &[&str], en: &[&str]) -> bool {
        self.low(i).is_some_and(|l| in_lang(self.lang, it, en, l.as_str()))
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.s(i) == p
    }

    /// Whether the token before `i` is one of the cue words of `it` or `en`.
    fn cue_before(&self, i: usize, it: &[&str], en: &[&str]) -> bool {
        i > 0 && self.word_in_lang(i - 1, it, en)
    }

    /// The value that starts at token `i`, if any.
    fn at(&self, i: usize) -> Option<ValueMention> {
        match self.kind(i)? {
            TokenKind::Word => {
                let first = *self.s(i).as_bytes().first()?;
                if first.is_ascii_digit() {
                    self.digit_word(i)
                } else {
                    self.word(i)
                }
            }
            TokenKind::Number => self.number(i),
            TokenKind::Ordinal => {
                let day = ordinal_day(self.s(i))?;
                self.day_month(i, i, day)
            }
            TokenKind::Date => {
                let iso = slash_date(self.s(i))?;
                Some(date(i, i + 1, iso))
            }
            TokenKind::Time => self.time_token(i, i),
            TokenKind::Symbol => {
                let code = find(CURRENCY_SIGNS, self.s(i))?;
                self.money_after_sign(i, i, code)
            }
            TokenKind::Punct => self.decade(i, i),
            _ => None,
        }
    }

    /// A value starting at a word: a weekday or month that begins a date, a part of a period
    /// (`fine del 2021`), a written number, a currency code or `US$`.
    fn word(&self, i: usize) -> Option<ValueMention> {
        if !may_start(self.s(i)) {
            return None;
        }
        let low = Low::new(self.s(i))?;
        let w = low.as_str();
        if has(WEEKDAYS, w) || (low.period && self.lang != Lang::It && has(WEEKDAY_ABBR_EN, w)) {
            return self.after_weekday(i);
        }
        if in_lang(self.lang, PERIOD_PARTS_IT, PERIOD_PARTS_EN, w) {
            return self.period_part(i, w);
        }
        if w == "anni" {
            return self.decade(i, i);
        }
        if let Some(rest) = w.strip_prefix("mid-") {
            if let Some(y) = year_like(rest) {
                return Some(date(i, i + 1, format!("{y:04}")));
            }
            if let Some(y) = decade_word(rest) {
                return Some(date(i, i + 1, decade_iso(y)));
            }
            let m = find(MONTHS, rest)?;
            return self.month_rest(i, u32::from(m), i + 1, true);
        }
        if let Some((m, end)) = self.month_of(&low, i) {
            // A month alone needs its full name and a cue: `a giugno`, not `nel Mar Rosso`.
            let alone = find(MONTHS, w).is_some() && self.cue_before(i, MONTH_CUES_IT, MONTH_CUES_EN);
            return self.month_rest(i, m, end, alone);
        }
        let written = match self.lang {
            Lang::It => find(WRITTEN_IT, w),
            Lang::En => find(WRITTEN_EN, w),
            Lang::Other => find(WRITTEN_EN, w).or_else(|| find(WRITTEN_IT, w)),
        };
        if let Some(n) = written {
            // `un`, `a`, `one` count only before a multiplier: `un milione`, `a million`.
            if n == 1 && self.multiplier(i + 1, false).is_none() {
                return None;
            }
            return self.tail(i, i, Dec::int(u64::from(n)), 0, Tail { bare: false, noun: true });
        }
        let s = self.s(i);
        if has(CURRENCY_CODES, s) && self.kind(i + 1) == Some(TokenKind::Number) {
            return self.money_after_sign(i, i, code_of(s)?);
        }
        if s == "US" && self.s(i + 1) == "$" && self.kind(i + 1) == Some(TokenKind::Symbol) {
            return self.money_after_sign(i, i + 1, "USD");
        }
        None
    }

    /// Month token at `i` (full name, or an abbreviation with a period or a capital):
    /// the month and the token after it (past a separate abbreviation period).
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        self.month_of(&self.low(i)?, i)
    }

    /// [`Cx::month_at`] with the word already lowercased.
    fn month_of(&self, low: &Low, i: usize) -> Option<(u32, usize)> {
        let w = low.as_str();
        if let Some(m) = find(MONTHS, w) {
            if has(AMBIGUOUS_MONTHS, w) && !low.upper {
                return None;
            }
            // A period after a full name ends the sentence: leave it out.
            return Some((u32::from(m), i + 1));
        }
        let abbr = match self.lang {
            Lang::It => find(MONTH_ABBR_IT, w),
            Lang::En => find(MONTH_ABBR_EN, w),
            Lang::Other => find(MONTH_ABBR_EN, w).or_else(|| find(MONTH_ABBR_IT, w)),
        }?;
        if low.period {
            Some((u32::from(abbr), i + 1))
        } else if self.punct(i + 1, ".") {
            Some((u32::from(abbr), i + 2))
        } else {
            low.upper.then_some((u32::from(abbr), i + 1))
        }
    }

    /// After a month at `first..j`: a day and year (`June 19, 2024`), a year (`giugno 2024`),
    /// or, when `alone`, nothing (`a giugno` → `--06`).
    fn month_rest(&self, first: usize, m: u32, j: usize, alone: bool) -> Option<ValueMention> {
        // Month then days: `June 18-20, 2024`.
        if let Some((d1, d2)) = dashed_pair(self.s(j)).and_then(|(a, b)| Some((day_of(a)?, day_of(b)?))) {
            let mut k = j + 1;
            if self.punct(k, ",") {
                k += 1;
            }
            let y = self.year_at(k);
            if d1 < d2 && valid_date(y, m, d2) && (y.is_some() || self.lang != Lang::It) {
                return Some(match y {
                    Some(y) => date(first, k + 1, format!("{y:04}-{m:02}-{d1:02}/{y:04}-{m:02}-{d2:02}")),
                    None => date(first, j + 1, format!("--{m:02}-{d1:02}/--{m:02}-{d2:02}")),
                });
            }
        }
        // Month then day: English order, or any language when a year follows.
        if let Some(day) = self.day_at(j) {
            let mut k = j + 1;
            if self.punct(k, ",") {
                k += 1;
            }
            if let Some(y) = self.year_at(k) {
                return valid_date(Some(y), m, day).then(|| date(first, k + 1, format!("{y:04}-{m:02}-{day:02}")));
            }
            if self.lang != Lang::It && valid_date(None, m, day) {
                return Some(date(first, j + 1, format!("--{m:02}-{day:02}")));
            }
        }
        let k = self.year_sep(j);
        if let Some(y) = self.year_at(k) {
            return Some(date(first, k + 1, format!("{y:04}-{m:02}")));
        }
        alone.then(|| date(first, j, format!("--{m:02}")))
    }

    /// Skips what may stand between a month and its year: `giugno del 2024`, `June, 2024`.
    fn year_sep(&self, j: usize) -> usize {
        if self.word_in(j, &["del", "of"]) || (self.lang != Lang::It && self.punct(j, ",")) {
            j + 1
        } else {
            j
        }
    }

    /// A day of the month at `j`: a number 1–31 of at most two digits, or an ordinal.
    fn day_at(&self, j: usize) -> Option<u32> {
        let s = self.s(j);
        match self.kind(j)? {
            TokenKind::Number if s.len() <= 2 => small_int(s).filter(|d| (1..=31).contains(d)),
            TokenKind::Ordinal => ordinal_day(s),
            _ => None,
        }
    }

    /// A plausible year (1000–2100) written as four bare digits at `j`.
    fn year_at(&self, j: usize) -> Option<u32> {
        (self.kind(j)? == TokenKind::Number).then(|| year_like(self.s(j))).flatten()
    }

    /// Day `day` at token `d`, then a month and maybe a year: `18 giugno 2024`, `1° maggio`,
    /// `19th of June`. The mention starts at `first`.
    fn day_month(&self, first: usize, d: usize, day: u32) -> Option<ValueMention> {
        let mut j = d + 1;
        if self.lang != Lang::It && self.word_in(j, &["of"]) {
            j += 1;
        }
        let (m, end) = self.month_at(j)?;
        let k = self.year_sep(end);
        if let Some(y) = self.year_at(k) {
            return valid_date(Some(y), m, day).then(|| date(first, k + 1, format!("{y:04}-{m:02}-{day:02}")));
        }
        valid_date(None, m, day).then(|| date(first, end, format!("--{m:02}-{day:02}")))
    }

    /// A weekday at `i` followed by a date: `martedì 18 giugno`, `Tuesday, June 18`.
    fn after_weekday(&self, i: usize) -> Option<ValueMention> {
        let mut j = i + 1;
        if self.punct(j, ",") {
            j += 1;
        }
        match self.kind(j)? {
            TokenKind::Number | TokenKind::Ordinal => self.day_month(i, j, self.day_at(j)?),
            TokenKind::Date => Some(date(i, j + 1, slash_date(self.s(j))?)),
            TokenKind::Word => {
                let (m, end) = self.month_at(j)?;
                self.month_rest(i, m, end, false)
            }
            _ => None,
        }
    }

    /// `fine del 2021`, `inizio giugno`, `early 2024`, `end of June`: the whole phrase, with
    /// the value of the year or month.
    fn period_part(&self, i: usize, w: &str) -> Option<ValueMention> {
        let mut j = i + 1;
        if self.word_in(j, CONNECTORS) {
            j += 1;
        } else if has(PERIOD_PARTS_OF, w) {
            return None;
        }
        if let Some(y) = self.year_at(j) {
            return Some(date(i, j + 1, format!("{y:04}")));
        }
        if let Some(m) = self.decade(i, j) {
            return Some(m);
        }
        let (m, end) = self.month_at(j)?;
        self.month_rest(i, m, end, true)
    }

    /// A decade at `j`, the mention starting at `first`: `anni '90`, `anni 90`, `anni Novanta`,
    /// `anni 2000` (Italian); `1990s`, `1990's`, `'90s` (English; `90s` alone may be an age).
    fn decade(&self, first: usize, j: usize) -> Option<ValueMention> {
        let s = self.s(j);
        if s.eq_ignore_ascii_case("anni") {
            let next = self.s(j + 1);
            let y = match self.kind(j + 1)? {
                TokenKind::Number => decade_digits(next.trim_start_matches(['\'', '’']))?,
                TokenKind::Word => u32::from(find(DECADES_IT, Low::new(next)?.as_str())?),
                _ => return None,
            };
            return Some(date(first, j + 2, decade_iso(y)));
        }
        let apostrophe = matches!(s, "'" | "’") && self.toks.get(j + 1).is_some_and(|t| t.start == self.toks[j].end);
        let word = if apostrophe { self.s(j + 1) } else { s };
        let y = decade_word(word)?;
        (apostrophe || word.len() > 4).then(|| date(first, j + 1 + usize::from(apostrophe), decade_iso(y)))
    }

    /// Days `d1` to `d2` of the month at `j`, maybe with a year: `18-20 giugno`,
    /// `18 al 20 giugno 2024`. The mention starts at `first`.
    fn day_range(&self, first: usize, d1: u32, d2: u32, j: usize) -> Option<ValueMention> {
        let (m, end) = self.month_at(j)?;
        let k = self.year_sep(end);
        let y = self.year_at(k);
        let ok = d1 < d2 && valid_date(y, m, d2);
        ok.then(|| match y {
            Some(y) => date(first, k + 1, format!("{y:04}-{m:02}-{d1:02}/{y:04}-{m:02}-{d2:02}")),
            None => date(first, end, format!("--{m:02}-{d1:02}/--{m:02}-{d2:02}")),
        })
    }

    /// A range of days or years whose parts are tokens of their own: `15 – 16 giugno`,
    /// `18 al 20 giugno`, `2020 – 2022`, `2020 al 2022`.
    fn spaced_range(&self, i: usize) -> Option<ValueMention> {
        let dash = self.punct(i + 1, "-") || self.punct(i + 1, "–");
        if !dash && !self.word_in(i + 1, &["al"]) {
            return None;
        }
        if let (Some(d1), Some(d2)) = (self.day_at(i), self.day_at(i + 2)) {
            return self.day_range(i, d1, d2, i + 3);
        }
        let (y1, y2) = (year_like(self.s(i))?, self.year_at(i + 2)?);
        (y1 < y2).then(|| date(i, i + 3, format!("{y1:04}/{y2:04}")))
    }

    /// A value starting at a number token.
    fn number(&self, i: usize) -> Option<ValueMention> {
        let s = self.s(i);
        if !s.as_bytes().first()?.is_ascii_digit() {
            return None; // '90
        }
        if let Some(iso) = dotted_date(s) {
            return Some(date(i, i + 1, iso));
        }
        if self.lang != Lang::En && self.cue_before(i, TIME_CUES_IT, &[]) {
            if let Some((h, m)) = dotted_time(s) {
                return Some(time(i, i + 1, h, m, None));
            }
        }
        if let Some(m) = self.spaced_range(i) {
            return Some(m);
        }
        if let Some(day) = self.day_at(i) {
            if let Some(m) = self.day_month(i, i, day) {
                return Some(m);
            }
        }
        let dec = parse_number(s, self.lang)?;
        self.tail(i, i, dec, 0, Tail { bare: true, noun: true })
    }

    /// A word that starts with a digit: `10mila`, `5bn`, `10am`, `2024-06-19`, `1990s`,
    /// `18-20 giugno`, `2020-2022`.
    fn digit_word(&self, i: usize) -> Option<ValueMention> {
        let s = self.s(i);
        if let Some(iso) = dashed_date(s) {
            return Some(date(i, i + 1, iso));
        }
        if let Some((a, b)) = dashed_pair(s) {
            if let (Some(y1), Some(y2)) = (year_like(a), later_year(a, b)) {
                return Some(date(i, i + 1, format!("{y1:04}/{y2:04}")));
            }
            return self.day_range(i, day_of(a)?, day_of(b)?, i + 1);
        }
        if let Some(m) = self.decade(i, i) {
            return Some(m);
        }
        if s.ends_with(['º', 'ª']) {
            return self.day_month(i, i, ordinal_day(s)?); // 1º gennaio
        }
        let cut = s.find(|c: char| c.is_ascii_alphabetic())?;
        let (num, suffix) = s.split_at(cut);
        let low = Low::new(suffix)?;
        let suffix = low.as_str();
        if has(AM, suffix) || has(PM, suffix) {
            return self.hour(i, i + 1, num, has(PM, suffix));
        }
        let exp = find(MULTIPLIERS, suffix)?;
        let dec = parse_number(num, self.lang)?;
        self.tail(i, i, dec, exp, Tail { bare: true, noun: true })
    }

    /// `10am`, `10 p.m.`, `10:30 pm`: hour text `h` ("10", "10:30", "10.30").
    fn hour(&self, first: usize, end: usize, h: &str, pm: bool) -> Option<ValueMention> {
        let (hh, mm) = match h.split_once([':', '.']) {
            Some((a, b)) if b.len() == 2 => (small_int(a)?, small_int(b)?),
            Some(_) => return None,
            None => (small_int(h)?, 0),
        };
        if !(1..=12).contains(&hh) || mm > 59 {
            return None;
        }
        let hh = match (pm, hh) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
        Some(time(first, end, hh, mm, None))
    }

    /// Whether token `j` says a.m. (`Some(false)`) or p.m. (`Some(true)`), in English.
    fn ampm(&self, j: usize) -> Option<bool> {
        if self.lang == Lang::It {
            return None;
        }
        let low = self.low(j)?;
        let w = low.as_str();
        if has(AM, w) {
            Some(false)
        } else if has(PM, w) {
            Some(true)
        } else {
            None
        }
    }

    /// A time token `11:50`, with `pm` after it in English.
    fn time_token(&self, first: usize, i: usize) -> Option<ValueMention> {
        let s = self.s(i);
        if let Some(pm) = self.ampm(i + 1) {
            return self.hour(first, i + 2, s, pm);
        }
        let mut parts = s.split(':');
        let h = small_int(parts.next()?)?;
        let m = parts.next().filter(|p| p.len() == 2).and_then(small_int)?;
        let sec = match parts.next() {
            Some(p) if p.len() == 2 => Some(small_int(p)?),
            Some(_) => return None,
            None => None,
        };
        if parts.next().is_some() || h > 24 || m > 59 || sec.is_some_and(|x| x > 59) || (h == 24 && m + sec.unwrap_or(0) > 0) {
            return None;
        }
        Some(time(first, i + 1, h, m, sec))
    }

    /// Money after a currency sign or code at `sign`: `€50`, `$5 billion`, `US$ 5m`.
    fn money_after_sign(&self, first: usize, sign: usize, code: &str) -> Option<ValueMention> {
        let j = sign + 1;
        let s = self.s(j);
        let (dec, mut exp) = match self.kind(j)? {
            TokenKind::Number => (parse_number(s, self.lang)?, 0),
            TokenKind::Word => {
                let cut = s.find(|c: char| c.is_ascii_alphabetic())?;
                let (num, suffix) = s.split_at(cut);
                let low = Low::new(suffix)?;
                let w = low.as_str();
                let exp = find(MULTIPLIERS, w).or_else(|| find(MONEY_MULTIPLIERS, w))?;
                (parse_number(num, self.lang)?, exp)
            }
            _ => return None,
        };
        let mut end = j + 1;
        if exp == 0 {
            if let Some(e) = self.multiplier(end, true) {
                exp = e;
                end += 1;
            }
        }
        Some(amount(first, end, ValueKind::Money, dec.value(exp)?, Some(code)))
    }

    /// The power of ten of a multiplier word at `j` (`mila`, `billion`; `m`, `k` for money).
    fn multiplier(&self, j: usize, money: bool) -> Option<i32> {
        let low = self.low(j)?;
        let w = low.as_str();
        find(MULTIPLIERS, w).or_else(|| if money { find(MONEY_MULTIPLIERS, w) } else { None })
    }

    /// The end of a percent marker at `j`: `%`, `per cento`, `percent`, `per cent`.
    fn percent_at(&self, j: usize) -> Option<usize> {
        match self.kind(j)? {
            TokenKind::Symbol if self.s(j) == "%" => Some(j + 1),
            TokenKind::Word => {
                let low = self.low(j)?;
                let w = low.as_str();
                if has(PERCENT_WORDS, w) {
                    Some(j + 1)
                } else if w == "per" && self.word_in(j + 1, &["cento", "cent"]) {
                    Some(j + 2)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// A currency after a number at `j` (`€`, `euro`, `USD`, and after a multiplier
    /// `di euro`, `of dollars`): the code and the end.
    fn currency_at(&self, j: usize, multiplied: bool) -> Option<(&'static str, usize)> {
        match self.kind(j)? {
            TokenKind::Symbol => find(CURRENCY_SIGNS, self.s(j)).map(|c| (c, j + 1)),
            TokenKind::Word => {
                let s = self.s(j);
                if has(CURRENCY_CODES, s) {
                    return code_of(s).map(|c| (c, j + 1));
                }
                let low = Low::new(s)?;
                let w = low.as_str();
                if let Some(c) = find(CURRENCY_WORDS, w) {
                    return Some((c, j + 1));
                }
                if multiplied && has(CONNECTORS, w) {
                    let low = self.low(j + 1)?;
                    return find(CURRENCY_WORDS, low.as_str()).map(|c| (c, j + 2));
                }
                None
            }
            _ => None,
        }
    }

    /// Whether the noun at `j` counts what the number at `i` says. Italian: not a verb in
    /// the third person plural (`5000 affrontano`), and `sei` (also «you are») only before
    /// a plural (`sei anni`, not `sei costretta`).
    fn counts(&self, i: usize, j: usize) -> bool {
        if !self.is_noun(j) {
            return false;
        }
        if self.lang != Lang::It {
            return true;
        }
        let s = self.s(j);
        if s.len() >= 6 && (s.ends_with("ano") || s.ends_with("ono")) {
            return false;
        }
        !self.word_in(i, &["sei"]) || s.ends_with(['i', 'e'])
    }

    /// Whether token `j` is a plain lowercase noun: the counted thing of a quantity.
    fn is_noun(&self, j: usize) -> bool {
        if self.kind(j) != Some(TokenKind::Word) {
            return false;
        }
        let s = self.s(j);
        if !s.chars().next().is_some_and(char::is_lowercase) || s.bytes().any(|b| b.is_ascii_digit()) || s.ends_with(['\'', '’']) {
            return false;
        }
        let Some(low) = Low::new(s) else { return true };
        let w = low.as_str();
        !(in_lang(self.lang, STOP_IT, STOP_EN, w)
            || find(MONTHS, w).is_some()
            || find(MONTH_ABBR_IT, w).is_some()
            || find(MONTH_ABBR_EN, w).is_some()
            || has(WEEKDAYS, w)
            || find(CURRENCY_WORDS, w).is_some()
            || find(MULTIPLIERS, w).is_some()
            || has(PERCENT_WORDS, w))
    }

    /// After a number (tokens `first..=i`, value `dec` × 10^`exp`): a multiplier, then
    /// a percent marker, a currency or a noun; a year; a time after `alle`; or the number.
    fn tail(&self, first: usize, i: usize, dec: Dec, exp: i32, tail: Tail) -> Option<ValueMention> {
        let mut j = i + 1;
        let mut exp = exp;
        if let Some(e) = self.multiplier(j, false) {
            exp += e;
            j += 1;
        }
        let multiplied = exp != 0;
        let number = dec.value(exp)?;
        if let Some(end) = self.percent_at(j) {
            return Some(amount(first, end, ValueKind::Percent, number, Some("%")));
        }
        if let Some((code, end)) = self.currency_at(j, multiplied) {
            return Some(amount(first, end, ValueKind::Money, number, Some(code)));
        }
        if multiplied || first != i {
            // Not a year, not a time.
        } else if let Some(pm) = self.ampm(j) {
            if let Some(m) = self.hour(first, j + 1, self.s(i), pm) {
                return Some(m);
            }
        } else if let Some(y) = year_like(self.s(i)) {
            // `nel 2000`, `1961.`, `the 2020 census`: a year; `2000 persone`: a quantity.
            let singular_en = self.lang != Lang::It && !self.s(j).ends_with('s');
            if self.cue_before(i, YEAR_CUES_IT, YEAR_CUES_EN) || !self.is_noun(j) || singular_en {
                return Some(date(i, i + 1, format!("{y:04}")));
            }
        }
        if tail.noun && self.counts(i, j) {
            // English adjectives before a plural: `2,000 junior officers`.
            let k = if self.lang != Lang::It && !self.s(j).ends_with('s') && self.s(j + 1).ends_with('s') && self.is_noun(j + 1) { j + 1 } else { j };
            return Some(amount(first, k + 1, ValueKind::Quantity, number, Some(unit(self.s(k)))));
        }
        if tail.noun && multiplied && self.word_in(j, CONNECTORS) && self.counts(i, j + 1) {
            return Some(amount(first, j + 2, ValueKind::Quantity, number, Some(unit(self.s(j + 1)))));
        }
        if !multiplied && first == i && self.lang != Lang::En && self.s(i).len() <= 2 && self.cue_before(i, HOUR_CUES_IT, &[]) {
            if let Some(h) = small_int(self.s(i)).filter(|h| *h <= 24) {
                return Some(time(i, i + 1, h, 0, None));
            }
        }
        (tail.bare || multiplied).then(|| amount(first, j, ValueKind::Number, number, None))
    }
}

/// A quantity's unit: the noun without a final abbreviation period.
fn unit(s: &str) -> &str {
    s.strip_suffix('.').unwrap_or(s)
}

/// The ISO code of a capitalized currency code from the list.
fn code_of(s: &str) -> Option<&'static str> {
    CURRENCY_CODES.iter().copied().find(|c| *c == s)
}

fn has(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

fn find<T: Copy>(list: &[(&str, T)], w: &str) -> Option<T> {
    list.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

/// Membership in the Italian or English list by language; `Other` looks in both.
fn in_lang(lang: Lang, it: &[&str], en: &[&str], w: &str) -> bool {
    match lang {
        Lang::It => has(it, w),
        Lang::En => has(en, w),
        Lang::Other => has(it, w) || has(en, w),
    }
}

/// A filter on the words that may begin a value (weekdays, months, period parts, written
/// numbers, currency codes, `US`, `anni`, `mid-…`): for each byte length below 16, a bit set of
/// their first, second and last bytes (lowercased, five low bits). A word whose bytes miss
/// any of the three sets begins nothing, and is not lowercased or looked up.
const STARTS: [[u32; 16]; 3] = {
    let mut t = [[0u32; 16]; 3];
    t = mark_all(t, WEEKDAYS);
    t = mark_all(t, WEEKDAY_ABBR_EN);
    t = mark_all(t, PERIOD_PARTS_IT);
    t = mark_all(t, PERIOD_PARTS_EN);
    t = mark_all(t, CURRENCY_CODES);
    t = mark_all(t, &["us", "anni"]);
    t = mark_pairs(t, MONTHS);
    t = mark_pairs(t, MONTH_ABBR_IT);
    t = mark_pairs(t, MONTH_ABBR_EN);
    t = mark_pairs(t, WRITTEN_IT);
    t = mark_pairs(t, WRITTEN_EN);
    let mut len = 7; // mid-may … mid-september, mid-2024: any last byte
    while len <= 13 {
        t[0][len] |= bit(b'm');
        t[1][len] |= bit(b'i');
        t[2][len] = u32::MAX;
        len += 1;
    }
    t
};

/// The filter bit of a byte.
const fn bit(b: u8) -> u32 {
    1 << (b.to_ascii_lowercase() & 31)
}

/// The first, second and last bytes of a word (the first twice for one byte).
const fn probes(b: &[u8]) -> [u8; 3] {
    match b.len() {
        0 => [0; 3],
        1 => [b[0]; 3],
        n => [b[0], b[1], b[n - 1]],
    }
}

const fn mark(mut t: [[u32; 16]; 3], w: &str) -> [[u32; 16]; 3] {
    let b = w.as_bytes();
    if !b.is_empty() && b.len() < 16 {
        let p = probes(b);
        let mut k = 0;
        while k < 3 {
            t[k][b.len()] |= bit(p[k]);
            k += 1;
        }
    }
    t
}

const fn mark_all(mut t: [[u32; 16]; 3], words: &[&str]) -> [[u32; 16]; 3] {
    let mut k = 0;
    while k < words.len() {
        t = mark(t, words[k]);
        k += 1;
    }
    t
}

const fn mark_pairs<T: Copy>(mut t: [[u32; 16]; 3], words: &[(&str, T)]) -> [[u32; 16]; 3] {
    let mut k = 0;
    while k < words.len() {
        t = mark(t, words[k].0);
        k += 1;
    }
    t
}

/// Whether a word may begin a value: the cheap test of [`STARTS`].
fn may_start(s: &str) -> bool {
    let b = s.strip_suffix('.').unwrap_or(s).as_bytes();
    let Some(&first) = b.first() else { return false };
    if !first.is_ascii_alphabetic() || b.len() >= 16 {
        return false;
    }
    let p = probes(b);
    STARTS.iter().zip(p).all(|(t, byte)| t.get(b.len()).is_some_and(|bits| bits & bit(byte) != 0))
}

/// A word lowercased on the stack, without a final period or apostrophe.
struct Low {
    buf: [u8; LOW_CAP],
    len: usize,
    /// The word ended in a period (`gen.`).
    period: bool,
    /// The word started with a capital.
    upper: bool,
}

impl Low {
    fn new(s: &str) -> Option<Low> {
        if s.is_empty() || s.len() > LOW_CAP + 4 {
            return None;
        }
        let upper = s.chars().next().is_some_and(char::is_uppercase);
        let (core, period) = match s.strip_suffix('.') {
            Some(c) => (c, true),
            None => (s, false),
        };
        let core = core.trim_end_matches(['\'', '’']);
        let mut buf = [0u8; LOW_CAP];
        let mut len = 0;
        if core.is_ascii() {
            let slot = buf.get_mut(..core.len())?;
            slot.copy_from_slice(core.as_bytes());
            slot.make_ascii_lowercase();
            len = core.len();
        } else {
            for c in core.chars().flat_map(char::to_lowercase) {
                let n = c.len_utf8();
                let slot = buf.get_mut(len..len + n)?;
                c.encode_utf8(slot);
                len += n;
            }
        }
        Some(Low { buf, len, period, upper })
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(self.buf.get(..self.len).unwrap_or(&[])).unwrap_or("")
    }
}

/// A decimal number as its digits and the count of those after the decimal separator.
#[derive(Clone, Copy)]
struct Dec {
    digits: [u8; MAX_DIGITS],
    n: usize,
    frac: usize,
}

impl Dec {
    fn int(v: u64) -> Dec {
        let mut d = Dec { digits: [0; MAX_DIGITS], n: 0, frac: 0 };
        let mut tmp = [0u8; 20];
        let mut k = tmp.len();
        let mut v = v;
        loop {
            k -= 1;
            if let Some(slot) = tmp.get_mut(k) {
                *slot = b'0' + (v % 10) as u8;
            }
            v /= 10;
            if v == 0 || k == 0 {
                break;
            }
        }
        for &b in tmp.get(k..).unwrap_or(&[]) {
            d.push(b);
        }
        d
    }

    fn push(&mut self, b: u8) -> bool {
        match self.digits.get_mut(self.n) {
            Some(slot) => {
                *slot = b;
                self.n += 1;
                true
            }
            None => false,
        }
    }

    /// The value times 10^`exp`, correctly rounded for up to 15 digits.
    fn value(&self, exp: i32) -> Option<f64> {
        let digits = std::str::from_utf8(self.digits.get(..self.n)?).ok()?;
        let m: f64 = digits.parse().ok()?;
        let e = exp - i32::try_from(self.frac).ok()?;
        let p = 10f64.powi(e.abs());
        let v = if e >= 0 { m * p } else { m / p };
        v.is_finite().then_some(v)
    }
}

/// Parses `11.000`, `1,5`, `1,000,000`, `3.5`, `1.000,50`: the language decides a lone
/// separator. Italian: `,` is decimal, `.` before exactly three digits is thousands.
/// English: `.` is decimal, `,` before exactly three digits is thousands.
fn parse_number(s: &str, lang: Lang) -> Option<Dec> {
    let b = s.as_bytes();
    if b.len() > MAX_DIGITS + 12 || !b.first()?.is_ascii_digit() || !b.last()?.is_ascii_digit() {
        return None;
    }
    let (mut dots, mut commas, mut last) = (0usize, 0usize, None);
    let mut prev_sep = false;
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => prev_sep = false,
            b'.' | b',' => {
                if prev_sep {
                    return None;
                }
                prev_sep = true;
                if c == b'.' {
                    dots += 1;
                } else {
                    commas += 1;
                }
                last = Some((k, c));
            }
            _ => return None,
        }
    }
    let decimal = match (dots, commas, last) {
        (0, 0, _) | (_, _, None) => None,
        (_, 0, Some((k, c))) | (0, _, Some((k, c))) => {
            if dots + commas > 1 {
                None
            } else {
                let after = b.len() - k - 1;
                let thousands = after == 3
                    && k <= 3
                    && match (lang, c) {
                        (Lang::It, b'.') => true,
                        (Lang::It, _) => false,
                        (_, b',') => true,
                        _ => false,
                    };
                (!thousands).then_some(k)
            }
        }
        (_, _, Some((k, c))) => {
            let once = if c == b'.' { dots == 1 } else { commas == 1 };
            if !once {
                return None;
            }
            Some(k)
        }
    };
    let int_part = b.get(..decimal.unwrap_or(b.len()))?;
    let mut groups = int_part.split(|c| !c.is_ascii_digit());
    let head = groups.next()?.len();
    let mut grouped = false;
    for g in groups {
        grouped = true;
        if g.len() != 3 {
            return None;
        }
    }
    if grouped && !(1..=3).contains(&head) {
        return None;
    }
    let mut dec = Dec { digits: [0; MAX_DIGITS], n: 0, frac: 0 };
    for (k, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            if !dec.push(c) {
                return None;
            }
            if decimal.is_some_and(|d| k > d) {
                dec.frac += 1;
            }
        }
    }
    Some(dec)
}

/// A number of one to four ASCII digits.
fn small_int(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Four bare digits from 1000 to 2100.
fn year_like(s: &str) -> Option<u32> {
    if s.len() != 4 {
        return None;
    }
    small_int(s).filter(|y| (1000..=2100).contains(y))
}

/// The year after `a` in `2020-2022` or `2020-22`, if later.
fn later_year(a: &str, b: &str) -> Option<u32> {
    let y1 = year_like(a)?;
    let y2 = match b.len() {
        2 => y1 / 100 * 100 + small_int(b)?,
        _ => year_like(b)?,
    };
    (y2 > y1).then_some(y2)
}

/// A day of the month, 1–31, in one or two digits.
fn day_of(s: &str) -> Option<u32> {
    (s.len() <= 2).then(|| small_int(s)).flatten().filter(|d| (1..=31).contains(d))
}

/// Two runs of digits joined by one hyphen or en dash: `18-20`, `2020–2022`.
fn dashed_pair(s: &str) -> Option<(&str, &str)> {
    let (a, b) = s.split_once(['-', '–'])?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
    (digits(a) && digits(b)).then_some((a, b))
}

/// The first year of a decade written in digits: `90` → 1990, `00` → 2000, `1990` → 1990.
fn decade_digits(s: &str) -> Option<u32> {
    let y = match s.len() {
        2 => small_int(s).map(|d| if d == 0 { 2000 } else { 1900 + d })?,
        _ => year_like(s)?,
    };
    (y % 10 == 0).then_some(y)
}

/// A decade in English digits: `1990s`, `1990's`, `90s` → 1990.
fn decade_word(s: &str) -> Option<u32> {
    let digits = s.strip_suffix('s')?;
    decade_digits(digits.strip_suffix(['\'', '’']).unwrap_or(digits))
}

/// `199X`: a decade as ISO 8601-2 writes it, its last digit unspecified.
fn decade_iso(first_year: u32) -> String {
    format!("{}X", first_year / 10)
}

/// The day of `1°`, `21st`, `2ª`.
fn ordinal_day(s: &str) -> Option<u32> {
    let end = s.find(|c: char| !c.is_ascii_digit())?;
    let d = small_int(s.get(..end)?)?;
    (1..=31).contains(&d).then_some(d)
}

fn valid_date(y: Option<u32>, m: u32, d: u32) -> bool {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match y {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// A two-digit year: `24` → 2024, `61` → 1961.
fn full_year(y: u32, digits: usize) -> u32 {
    match digits {
        2 if y < 50 => 2000 + y,
        2 => 1900 + y,
        _ => y,
    }
}

/// Three numbers split by `sep`: year first (`2024-06-19`) or day first, with month/day
/// order when the middle number cannot be a month (`06/19/2024`).
fn three_part_date(s: &str, sep: char) -> Option<String> {
    let mut parts = s.split(sep);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || a.len() > 4 || b.len() > 2 || c.len() > 4 {
        return None;
    }
    let (x, y, z) = (small_int(a)?, small_int(b)?, small_int(c)?);
    let (year, month, day) = if a.len() == 4 {
        (x, y, z)
    } else if matches!(c.len(), 2 | 4) && a.len() <= 2 {
        let year = full_year(z, c.len());
        if y > 12 {
            (year, x, y)
        } else {
            (year, y, x)
        }
    } else {
        return None;
    };
    valid_date(Some(year), month, day).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// `19/06/2024`, `06/19/2024`, `19/06/24`, `2024/06/19`.
fn slash_date(s: &str) -> Option<String> {
    three_part_date(s, '/')
}

/// `19.06.2024`, `2024.06.19` (four-digit year only).
fn dotted_date(s: &str) -> Option<String> {
    let first = s.split('.').next()?;
    let last = s.rsplit('.').next()?;
    let dots = s.bytes().filter(|&b| b == b'.').count();
    (dots == 2 && (first.len() == 4 || last.len() == 4)).then(|| three_part_date(s, '.')).flatten()
}

/// `2024-06-19`, `19-06-2024`.
fn dashed_date(s: &str) -> Option<String> {
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    let first = s.split('-').next()?;
    let last = s.rsplit('-').next()?;
    (first.len() == 4 || last.len() == 4).then(|| three_part_date(s, '-')).flatten()
}

/// `11.50` or `15,30` after `alle`: an hour 0–23 and exactly two digits of minutes.
fn dotted_time(s: &str) -> Option<(u32, u32)> {
    let (h, m) = s.split_once(['.', ','])?;
    if h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (small_int(h)?, small_int(m)?);
    (h <= 23 && m <= 59).then_some((h, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize::tokenize;
    use ValueKind::*;

    /// An expected value: an ISO string, a number, or a number with a unit.
    enum E {
        Iso(&'static str),
        N(f64),
        U(f64, &'static str),
    }

    impl E {
        fn value(&self) -> Value {
            match *self {
                E::Iso(s) => Value { iso: Some(s.into()), ..Value::default() },
                E::N(n) => Value { number: Some(n), ..Value::default() },
                E::U(n, u) => Value { number: Some(n), unit: Some(u.into()), ..Value::default() },
            }
        }
    }

    use Lang::{En, It};
    use E::{Iso, N, U};

    type Case = (Lang, &'static str, &'static [(&'static str, ValueKind, E)]);

    const CASES: &[Case] = &[
        // Slash dates.
        (It, "Il vertice del 19/06/2024 a Pyongyang.", &[("19/06/2024", Date, Iso("2024-06-19"))]),
        (En, "The summit on 19/06/2024 in Pyongyang.", &[("19/06/2024", Date, Iso("2024-06-19"))]),
        (En, "The summit on 06/19/2024 in Pyongyang.", &[("06/19/2024", Date, Iso("2024-06-19"))]),
        (It, "Nato il 3/4/61.", &[("3/4/61", Date, Iso("1961-04-03"))]),
        (It, "Scadenza 19.06.2024 e 2024-06-19.", &[("19.06.2024", Date, Iso("2024-06-19")), ("2024-06-19", Date, Iso("2024-06-19"))]),
        (It, "Il 31/02/2024 non esiste.", &[]),
        // Day and month, with weekday and year.
        (It, "Arriva il 18 giugno.", &[("18 giugno", Date, Iso("--06-18"))]),
        (It, "Arriva martedì 18 giugno a Pyongyang.", &[("martedì 18 giugno", Date, Iso("--06-18"))]),
        (It, "Arriva martedi 18 giugno.", &[("martedi 18 giugno", Date, Iso("--06-18"))]),
        (It, "Arriva Martedì, 18 Giugno 2024.", &[("Martedì, 18 Giugno 2024", Date, Iso("2024-06-18"))]),
        (It, "Il 18 giugno 2024 Putin arriva.", &[("18 giugno 2024", Date, Iso("2024-06-18"))]),
        (It, "Il 18 giugno del 2024 Putin arriva.", &[("18 giugno del 2024", Date, Iso("2024-06-18"))]),
        (It, "Il 1° maggio è festa.", &[("1° maggio", Date, Iso("--05-01"))]),
        (It, "Firmato il 5 gen. 2022 e il 7 ott. 2023.", &[("5 gen. 2022", Date, Iso("2022-01-05")), ("7 ott. 2023", Date, Iso("2023-10-07"))]),
        (En, "He arrives on 19 June 2024.", &[("19 June 2024", Date, Iso("2024-06-19"))]),
        (En, "He arrives on June 19, 2024, in Pyongyang.", &[("June 19, 2024", Date, Iso("2024-06-19"))]),
        (En, "He arrives on Tuesday, June 18, in Pyongyang.", &[("Tuesday, June 18", Date, Iso("--06-18"))]),
        (En, "He arrives on Tuesday 18 June.", &[("Tuesday 18 June", Date, Iso("--06-18"))]),
        (En, "Signed on Sept. 5 and on Jan 21st.", &[("Sept. 5", Date, Iso("--09-05")), ("Jan 21st", Date, Iso("--01-21"))]),
        (En, "Since the 19th of June.", &[("19th of June", Date, Iso("--06-19"))]),
        // An impossible day: the numbers stay, not the date.
        (En, "on february 29, 2023", &[("29", Number, N(29.0)), ("2023", Date, Iso("2023"))]),
        (En, "Not on February 30.", &[("30", Number, N(30.0))]),
        // Month and year, month alone.
        (It, "Da giugno 2024 a febbraio 2022.", &[("giugno 2024", Date, Iso("2024-06")), ("febbraio 2022", Date, Iso("2022-02"))]),
        (En, "From June 2024 to Feb. 2022.", &[("June 2024", Date, Iso("2024-06")), ("Feb. 2022", Date, Iso("2022-02"))]),
        (It, "Tornerà a giugno.", &[("giugno", Date, Iso("--06"))]),
        (En, "He will return in June.", &[("June", Date, Iso("--06"))]),
        (En, "Theresa May said you may go in may.", &[]),
        (En, "Talks began in mid-June and ended mid-2024.", &[("mid-June", Date, Iso("--06")), ("mid-2024", Date, Iso("2024"))]),
        // Years.
        (It, "La visita è la prima dal 2000.", &[("2000", Date, Iso("2000"))]),
        (It, "Nel 2000 e nel 1961 e entro il 2030.", &[("2000", Date, Iso("2000")), ("1961", Date, Iso("1961")), ("2030", Date, Iso("2030"))]),
        (En, "The first visit since 2000, planned in 1961.", &[("2000", Date, Iso("2000")), ("1961", Date, Iso("1961"))]),
        (En, "Before the 2024 election.", &[("2024", Date, Iso("2024"))]),
        (It, "Il trattato, 1961.", &[("1961", Date, Iso("1961"))]),
        (It, "Entro la fine del 2021.", &[("fine del 2021", Date, Iso("2021"))]),
        (It, "A inizio 2024 e a metà giugno.", &[("inizio 2024", Date, Iso("2024")), ("metà giugno", Date, Iso("--06"))]),
        (En, "By the end of 2021 and in early 2024.", &[("end of 2021", Date, Iso("2021")), ("early 2024", Date, Iso("2024"))]),
        // Decades.
        (It, "Negli anni '90, negli anni ’80 e negli anni 70.", &[("anni '90", Date, Iso("199X")), ("anni ’80", Date, Iso("198X")), ("anni 70", Date, Iso("197X"))]),
        (It, "Dagli anni Novanta agli anni duemila.", &[("anni Novanta", Date, Iso("199X")), ("anni duemila", Date, Iso("200X"))]),
        (It, "Alla fine degli anni '90 e all'inizio anni 2000.", &[("fine degli anni '90", Date, Iso("199X")), ("inizio anni 2000", Date, Iso("200X"))]),
        (It, "Da anni Mosca tace, da 20 anni.", &[("20 anni", Quantity, U(20.0, "anni"))]),
        (En, "In the 1990s, the 1980's and the '70s.", &[("1990s", Date, Iso("199X")), ("1980's", Date, Iso("198X")), ("'70s", Date, Iso("197X"))]),
        (En, "In the late 1990s and the mid-1980s, people in their 90s.", &[("late 1990s", Date, Iso("199X")), ("mid-1980s", Date, Iso("198X"))]),
        // Ranges.
        (It, "Dal 18-20 giugno e il 15 – 16 giugno 2024.", &[("18-20 giugno", Date, Iso("--06-18/--06-20")), ("15 – 16 giugno 2024", Date, Iso("2024-06-15/2024-06-16"))]),
        (It, "Dal 18 al 20 giugno, dal 2020 al 2022.", &[("18 al 20 giugno", Date, Iso("--06-18/--06-20")), ("2020 al 2022", Date, Iso("2020/2022"))]),
        (It, "Nel biennio 2020-2022 e nel 2023-24.", &[("2020-2022", Date, Iso("2020/2022")), ("2023-24", Date, Iso("2023/2024"))]),
        (En, "On June 18-20, 2024 and 2020–2022.", &[("June 18-20, 2024", Date, Iso("2024-06-18/2024-06-20")), ("2020–2022", Date, Iso("2020/2022"))]),
        (It, "Dal 30-31 febbraio.", &[]),
        // Times.
        (It, "Atterrato alle 11:50.", &[("11:50", Time, Iso("11:50"))]),
        (It, "Atterrato alle 11.50 e ripartito alle ore 15.", &[("11.50", Time, Iso("11:50")), ("15", Time, Iso("15:00"))]),
        (En, "Landed at 11:50 and at 9:05:30.", &[("11:50", Time, Iso("11:50")), ("9:05:30", Time, Iso("09:05:30"))]),
        (En, "Landed at 10 a.m. and left at 10:30 pm, not 10pm.", &[("10 a.m.", Time, Iso("10:00")), ("10:30 pm", Time, Iso("22:30")), ("10pm", Time, Iso("22:00"))]),
        (It, "Finì 2:1.", &[]),
        // Quantities.
        (It, "Ha inviato 11.000 container.", &[("11.000 container", Quantity, U(11000.0, "container"))]),
        (It, "Ha inviato 10.000 soldati.", &[("10.000 soldati", Quantity, U(10000.0, "soldati"))]),
        (En, "It sent 11,000 containers and 10,000 soldiers.", &[("11,000 containers", Quantity, U(11000.0, "containers")), ("10,000 soldiers", Quantity, U(10000.0, "soldiers"))]),
        (It, "Sono 10 mila soldati e 1,5 milioni di persone.", &[("10 mila soldati", Quantity, U(10000.0, "soldati")), ("1,5 milioni di persone", Quantity, U(1_500_000.0, "persone"))]),
        (En, "Some 5 million people, 2 km away.", &[("5 million people", Quantity, U(5e6, "people")), ("2 km", Quantity, U(2.0, "km"))]),
        (It, "Tre persone e un milione di voti.", &[("Tre persone", Quantity, U(3.0, "persone")), ("un milione di voti", Quantity, U(1e6, "voti"))]),
        (En, "Two soldiers and a million votes.", &[("Two soldiers", Quantity, U(2.0, "soldiers")), ("a million votes", Quantity, U(1e6, "votes"))]),
        (It, "Ne ha uccisi 2000 persone.", &[("2000 persone", Quantity, U(2000.0, "persone"))]),
        // Numbers.
        (It, "Sono 10 mila.", &[("10 mila", Number, N(10000.0))]),
        (It, "Sono 10mila, anzi 1.500.000 e 3,5.", &[("10mila", Number, N(10000.0)), ("1.500.000", Number, N(1_500_000.0)), ("3,5", Number, N(3.5))]),
        (En, "It was 1,000,000 or 3.5 or 5 thousand.", &[("1,000,000", Number, N(1e6)), ("3.5", Number, N(3.5)), ("5 thousand", Number, N(5000.0))]),
        (It, "Il valore è 1.000,50 o 3.5.", &[("1.000,50", Number, N(1000.5)), ("3.5", Number, N(3.5))]),
        (It, "Ne sono arrivati 3.", &[("3", Number, N(3.0))]),
        (En, "They counted 42 in total.", &[("42", Number, N(42.0))]),
        (En, "Three of them.", &[]),
        (It, "Sono arrivati 3 Stati.", &[("3", Number, N(3.0))]),
        // Money.
        (It, "Costa 1,5 milioni di euro.", &[("1,5 milioni di euro", Money, U(1_500_000.0, "EUR"))]),
        (
            It,
            "Costa 50 euro, €50 o 50 €, e 3 miliardi di dollari.",
            &[("50 euro", Money, U(50.0, "EUR")), ("€50", Money, U(50.0, "EUR")), ("50 €", Money, U(50.0, "EUR")), ("3 miliardi di dollari", Money, U(3e9, "USD"))],
        ),
        (En, "It costs $5 billion, €50 and £20.", &[("$5 billion", Money, U(5e9, "USD")), ("€50", Money, U(50.0, "EUR")), ("£20", Money, U(20.0, "GBP"))]),
        (
            En,
            "It costs 5 million dollars, $1.2bn, US$ 3m and USD 40.",
            &[("5 million dollars", Money, U(5e6, "USD")), ("$1.2bn", Money, U(1.2e9, "USD")), ("US$ 3m", Money, U(3e6, "USD")), ("USD 40", Money, U(40.0, "USD"))],
        ),
        (It, "Un debito di €1.500.000 e di 2,3 mld d’euro.", &[("€1.500.000", Money, U(1_500_000.0, "EUR")), ("2,3 mld d’euro", Money, U(2.3e9, "EUR"))]),
        // Percentages.
        (It, "Il 3 per cento e il 3%.", &[("3 per cento", Percent, U(3.0, "%")), ("3%", Percent, U(3.0, "%"))]),
        (It, "Crescita del 3,5 per cento e del 12,5%.", &[("3,5 per cento", Percent, U(3.5, "%")), ("12,5%", Percent, U(12.5, "%"))]),
        (En, "Up 3 percent, 3 per cent and 3.5%.", &[("3 percent", Percent, U(3.0, "%")), ("3 per cent", Percent, U(3.0, "%")), ("3.5%", Percent, U(3.5, "%"))]),
        (It, "Dal 1º gennaio, dalle 10 alle 15,30.", &[("1º gennaio", Date, Iso("--01-01")), ("10", Time, Iso("10:00")), ("15,30", Time, Iso("15:30"))]),
        (It, "Sei anni fa, se sei costretta, 5000 affrontano la prova.", &[("Sei anni", Quantity, U(6.0, "anni")), ("5000", Number, N(5000.0))]),
        (
            En,
            "A key 1993 defendant and 2,000 junior officers, 14 explosive headlines.",
            &[("1993", Date, Iso("1993")), ("2,000 junior officers", Quantity, U(2000.0, "officers")), ("14 explosive headlines", Quantity, U(14.0, "headlines"))],
        ),
        (It, "Aperto dalle 9 alle 18, chiuso alle 2 di notte.", &[("9", Time, Iso("09:00")), ("18", Time, Iso("18:00")), ("2", Time, Iso("02:00"))]),
        (It, "Il fronte è a 10 km e 24 ore di viaggio.", &[("10 km", Quantity, U(10.0, "km")), ("24 ore", Quantity, U(24.0, "ore"))]),
        (It, "ROMA, 18 GIUGNO 2024 – martedì 18/06/2024.", &[("18 GIUGNO 2024", Date, Iso("2024-06-18")), ("martedì 18/06/2024", Date, Iso("2024-06-18"))]),
        (It, "Un prestito di € 1,5 mld e di 100 milioni di dollari.", &[("€ 1,5 mld", Money, U(1.5e9, "EUR")), ("100 milioni di dollari", Money, U(1e8, "USD"))]),
        (
            Lang::Other,
            "Il 18 giugno 2024: 1,5 milioni di euro, June 19, 2024.",
            &[("18 giugno 2024", Date, Iso("2024-06-18")), ("1,5 milioni di euro", Money, U(1.5e6, "EUR")), ("June 19, 2024", Date, Iso("2024-06-19"))],
        ),
        // Negative cases.
        (It, "Il G7, 5G, F-35 e il 3-0 del Covid-19.", &[]),
        (It, "Il 1° classificato e il 2ª volta.", &[]),
        (En, "The 21st century and the 3rd time.", &[]),
        (It, "Kim Jong-un incontra Putin.", &[]),
        (En, "Kim Jong-un meets Putin.", &[]),
        (It, "Il 3-0 e il 2-1, non 20-18.", &[]),
        (En, "The set of mar and ago words.", &[]),
        (It, "Navi nel Mar Rosso e nel Mar. 2024.", &[("Mar. 2024", Date, Iso("2024-03"))]),
    ];

    fn slice<'a>(text: &'a str, toks: &[Token], m: &ValueMention) -> &'a str {
        &text[toks[m.first].start as usize..toks[m.end - 1].end as usize]
    }

    #[test]
    fn table() {
        let mut failures = Vec::new();
        for (lang, text, expected) in CASES {
            let toks = tokenize(text, *lang);
            let found: Vec<(&str, ValueKind, Value)> = find_values(text, &toks, *lang).iter().map(|m| (slice(text, &toks, m), m.kind, m.value.clone())).collect();
            let want: Vec<(&str, ValueKind, Value)> = expected.iter().map(|(s, k, e)| (*s, *k, e.value())).collect();
            if found != want {
                failures.push(format!("{lang:?} {text:?}\n  found {found:?}\n  want  {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
    }

    #[test]
    fn mentions_ordered_and_disjoint() {
        for (lang, text, _) in CASES {
            let toks = tokenize(text, *lang);
            let found = find_values(text, &toks, *lang);
            for w in found.windows(2) {
                assert!(w[0].end <= w[1].first, "{text}");
            }
            assert!(found.iter().all(|m| m.first < m.end && m.end <= toks.len()));
        }
    }

    #[test]
    fn big_digit_texts_do_not_panic() {
        let run = "7".repeat(5 << 20);
        let spaced: String = "1 22 333,4 5.55 6/7/8 9:99 € $ % ".repeat((5 << 20) / 33);
        let seps: String = "1.2,".repeat((5 << 20) / 4);
        for text in [&run, &spaced, &seps] {
            for lang in [Lang::It, Lang::En, Lang::Other] {
                let toks = tokenize(text, lang);
                let found = find_values(text, &toks, lang);
                assert!(found.len() <= toks.len());
            }
        }
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let texts = [
            "",
            "€",
            "$ $",
            "%",
            "alle",
            "martedì",
            "martedì ,",
            "18",
            "fine del",
            "end of",
            "mid-",
            "1,",
            "1.,2",
            "99999999999999999999999999999 milioni",
            "1e9",
            "31/12/9999",
            "0/0/0",
            "24:00 25:61 00:00",
            "9 a.m",
            "mid-Foo 12/13/14 2024-13-45",
            "1° 2° 3° gennaio",
            "US$",
            "USD",
            "un",
            "a million",
        ];
        for text in texts {
            for lang in [Lang::It, Lang::En, Lang::Other] {
                let toks = tokenize(text, lang);
                let _ = find_values(text, &toks, lang);
                // Tokens of another text must not panic either.
                let _ = find_values("x", &toks, lang);
            }
        }
    }

    #[test]
    fn random_token_soup_keeps_invariants() {
        const VOCAB: &[&str] = &[
            "18",
            "2024",
            "1961",
            "11.000",
            "1,5",
            "1.000,50",
            "3.5",
            "'90",
            "1°",
            "21st",
            "19/06/2024",
            "11:50",
            "11.50",
            "10",
            "giugno",
            "June",
            "Sept.",
            "gen.",
            "ott",
            ".",
            ",",
            "martedì",
            "Tuesday",
            "mid-June",
            "mid-",
            "fine",
            "del",
            "of",
            "end",
            "early",
            "nel",
            "alle",
            "ore",
            "per",
            "cento",
            "percent",
            "%",
            "€",
            "$",
            "£",
            "US",
            "USD",
            "euro",
            "dollari",
            "milioni",
            "mila",
            "billion",
            "bn",
            "m",
            "5bn",
            "10mila",
            "10am",
            "a.m.",
            "pm",
            "di",
            "d’",
            "soldati",
            "container",
            "Stati",
            "un",
            "a",
            "tre",
            "two",
            "ì",
            "😀",
            "2024-06-19",
            "x",
            "",
            "-",
            "/",
            ":",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + next(10) {
                text.push_str(VOCAB[next(VOCAB.len())]);
                if next(4) != 0 {
                    text.push(' ');
                }
            }
            for lang in [Lang::It, Lang::En, Lang::Other] {
                let toks = tokenize(&text, lang);
                let found = find_values(&text, &toks, lang);
                let mut last = 0;
                for m in &found {
                    assert!(last <= m.first && m.first < m.end && m.end <= toks.len(), "{text:?}");
                    last = m.end;
                    match m.kind {
                        Date | Time => assert!(m.value.iso.is_some() && m.value.number.is_none(), "{text:?}"),
                        _ => assert!(m.value.number.is_some_and(f64::is_finite) && m.value.iso.is_none(), "{text:?}"),
                    }
                }
            }
        }
    }

    #[test]
    fn serializes_lowercase_without_empty_fields() {
        let text = "Costa 50 euro.";
        let toks = tokenize(text, Lang::It);
        let json = serde_json::to_string(&find_values(text, &toks, Lang::It)).unwrap();
        assert_eq!(json, r#"[{"first":1,"end":3,"kind":"money","value":{"number":50.0,"unit":"EUR"}}]"#);
    }
}
