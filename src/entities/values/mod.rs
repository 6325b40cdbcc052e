//! Rule-based recognition of dates, times, numbers, money, percentages and quantities in
//! Italian and English text, over the tokenizer's tokens, each with a normalized value:
//! `martedì 18 giugno` → `--06-18`, `June 19, 2024` → `2024-06-19`, `fine del 2021` → `2021`,
//! `11:50` and `alle 11.50` → `11:50`, `10 a.m.` → `10:00`, `1,5 milioni di euro` → 1500000
//! EUR, `$5 billion` → 5e9 USD, `il 3 per cento` and `3%` → 3 %, `one in five` → 20 %,
//! `11.000 container` → 11000 `container`, `10 mila` → 10000, `tre miliardi` → 3e9. Decades are
//! ISO 8601-2 years with an unspecified digit (`anni '90`, `the 1990s` → `199X`); ranges are
//! ISO 8601 intervals (`18-20 giugno` → `--06-18/--06-20`, `2020-2022` → `2020/2022`).
//!
//! The language decides ambiguous separators: Italian `11.000` = 11000 and `1,5` = 1.5, English
//! `1,000` = 1000 and `3.5` = 3.5. Slash dates are day/month/year unless the second number
//! cannot be a month. A bare four-digit number from 1000 to 2100 is a year after a cue (`nel`,
//! `in`, `the`, …) or when no noun follows it; otherwise a number followed by a plain lowercase
//! noun is a quantity with that noun as its unit. Temperatures and speeds are quantities with a
//! normalized unit (`30 gradi` → 30 `°C`, `150 chilometri orari` → 150 `km/h`).
//!
//! Does not: resolve relative dates (`ieri`, `next Tuesday`), read ranges across months
//! (`30 maggio - 2 giugno`), compound written numbers (`ventitré`, `twenty-five`), negative
//! signs other than a temperature's (`-5 °C`), or units that come before the number other than
//! currency. Ordinals (`1°`, `21st`) are values only as the day of a date (`1° maggio`,
//! `June 21st`) or degrees (`30° C`).
//!
//! Here: the types, [`find_values`] and the dispatch on the first token of a value. By kind:
//! `dates`, `times`, `numbers` (numbers, quantities and what follows a number), `measures`
//! (temperatures and speeds), `money` (money, percentages and proportions); `words` holds the
//! word lists, `lookup` the ways to look in them.

mod dates;
mod lookup;
mod measures;
mod money;
mod numbers;
#[cfg(test)]
mod tests;
mod times;
mod words;

use crate::text::lang::Lang;
use crate::text::tokenize::{Token, TokenKind};
use dates::{decade_iso, decade_word, ordinal_day, slash_date, year_like};
use lookup::{find, has, in_lang, may_start, Low};
use money::code_of;
use numbers::{Dec, Tail};
use serde::{Deserialize, Serialize};
use words::*;

/// What a value mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
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
    /// the counted noun for quantities ("container", "soldati", "km"), or their unit of
    /// measure ("°C", "°F", "°", "km/h", "mph").
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
                if let Some(m) = self.ordinal_degrees(i) {
                    return Some(m);
                }
                let day = ordinal_day(self.s(i))?;
                self.day_month(i, i, day)
            }
            TokenKind::Date => {
                let iso = slash_date(self.s(i))?;
                Some(date(i, i + 1, iso))
            }
            TokenKind::Time => self.time_token(i, i),
            TokenKind::Symbol | TokenKind::Punct if matches!(self.s(i), "-" | "−") => self.negative(i).or_else(|| self.decade(i, i)),
            TokenKind::Symbol => {
                let code = find(CURRENCY_SIGNS, self.s(i))?;
                self.money_after_sign(i, i, code)
            }
            TokenKind::Punct => self.decade(i, i),
            _ => None,
        }
    }

    /// A share of a century as years: `un quarto di secolo`, `mezzo secolo`, `a quarter of a
    /// century` (25 and 50 years), so that a reader sees them beside `24 anni`.
    fn century_share(&self, i: usize) -> Option<ValueMention> {
        const SHARES: &[(&[&str], f64, &str)] = &[(&["un", "quarto", "di", "secolo"], 25.0, "anni"), (&["mezzo", "secolo"], 50.0, "anni"), (&["a", "quarter", "of", "a", "century"], 25.0, "years")];
        let (words, years, unit) = SHARES.iter().find(|(words, _, _)| words.iter().enumerate().all(|(k, w)| self.low(i + k).is_some_and(|l| l.as_str() == *w)))?;
        Some(mention(i, i + words.len(), ValueKind::Quantity, Value { number: Some(*years), unit: Some((*unit).to_string()), ..Value::default() }))
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
        if let Some(m) = self.century_share(i) {
            return Some(m);
        }
        if let Some(n) = self.written(w) {
            // `un`, `a`, `one` count only before a multiplier (`un milione`, `a million`) or
            // as the first number of a proportion (`one in five`, `un italiano su tre`).
            if n == 1 && self.multiplier(i + 1, false).is_none() {
                return if w == "a" { None } else { self.proportion(i, i, 1.0) };
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
}
