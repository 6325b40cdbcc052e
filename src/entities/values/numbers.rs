//! Numbers and quantities: digits in either language's notation (`11.000`, `1,5`, `1,000`,
//! `3.5`), multipliers (`10 mila`, `5 million`, `10mila`), written numbers (`tre`, `two`), and
//! what follows a number: a percent marker, a currency, a year, an hour, or the counted noun
//! of a quantity (`11.000 container`).

use super::dates::{dashed_date, dashed_pair, day_of, dotted_date, later_year, ordinal_day, year_like};
use super::lookup::{find, has, in_lang, Low};
use super::times::dotted_time;
use super::words::*;
use super::{amount, date, time, Cx, ValueKind, ValueMention};
use crate::extract::stopwords::is_stop;
use crate::text::lang::Lang;
use crate::text::tokenize::TokenKind;

/// Most digits a number may have; longer runs are codes or noise, not values.
const MAX_DIGITS: usize = 30;

/// What may follow a number for it to be a value.
#[derive(Clone, Copy)]
pub(super) struct Tail {
    /// A number with nothing after it is a value.
    pub(super) bare: bool,
    /// A noun after it makes a quantity.
    pub(super) noun: bool,
}

impl<'a> Cx<'a> {
    /// A value starting at a number token.
    pub(super) fn number(&self, i: usize) -> Option<ValueMention> {
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
    pub(super) fn digit_word(&self, i: usize) -> Option<ValueMention> {
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
        if let Some(m) = self.attached_unit(i, num, s.get(cut..)?) {
            return Some(m);
        }
        let exp = find(MULTIPLIERS, suffix)?;
        let dec = parse_number(num, self.lang)?;
        self.tail(i, i, dec, exp, Tail { bare: true, noun: true })
    }

    /// The power of ten of a multiplier word at `j` (`mila`, `billion`; `m`, `k` for money).
    pub(super) fn multiplier(&self, j: usize, money: bool) -> Option<i32> {
        let low = self.low(j)?;
        let w = low.as_str();
        find(MULTIPLIERS, w).or_else(|| if money { find(MONEY_MULTIPLIERS, w) } else { None })
    }

    /// The value of a written number (`tre`, `two`), lowercased, in the language of the text.
    pub(super) fn written(&self, w: &str) -> Option<u32> {
        match self.lang {
            Lang::It => find(WRITTEN_IT, w),
            Lang::En => find(WRITTEN_EN, w),
            Lang::Other => find(WRITTEN_EN, w).or_else(|| find(WRITTEN_IT, w)),
        }
    }

    /// Whether the noun at `j` counts what the number at `i` says. English: a plural after
    /// a number other than 1 (`28 made`, `two dimensional` are not), or an abbreviation
    /// (`2 km`). Italian: not a verb in the third person plural (`5000 affrontano`; after `un`
    /// it is singular: `un italiano`), and `sei` (also «you are») only before a plural
    /// (`sei anni`, not `sei costretta`).
    pub(super) fn counts(&self, i: usize, j: usize) -> bool {
        if !self.is_noun(j) {
            return false;
        }
        let s = self.s(j);
        match self.lang {
            Lang::En => self.s(i) == "1" || s.len() <= 3 || s.ends_with('s') || self.word_in(j, PLURALS_EN),
            Lang::Other => true,
            Lang::It => {
                let one = self.word_in(i, &["un", "uno", "una"]);
                if !one && s.len() >= 6 && (s.ends_with("ano") || s.ends_with("ono")) {
                    return false;
                }
                !self.word_in(i, &["sei"]) || s.ends_with(['i', 'e'])
            }
        }
    }

    /// The noun counted by the number at `i`, from token `j`: that token, or the noun after
    /// a word that qualifies it (`2,000 junior officers`, `two further rallies`, `due nuovi
    /// casi`).
    fn counted(&self, i: usize, j: usize) -> Option<usize> {
        if self.word_in_lang(j, ADJECTIVES_IT, &[]) && self.counts(i, j + 1) {
            return Some(j + 1);
        }
        // English: any lowercase word but a function word before a plural.
        let s = self.s(j);
        let modifier = self.lang != Lang::It
            && self.kind(j) == Some(TokenKind::Word)
            && s.chars().next().is_some_and(char::is_lowercase)
            && !s.ends_with('s')
            && !s.bytes().any(|b| b.is_ascii_digit())
            && !self.word_in(j, FUNCTION_EN);
        if modifier && self.s(j + 1).ends_with('s') && self.counts(i, j + 1) {
            return Some(j + 1);
        }
        self.counts(i, j).then_some(j)
    }

    /// Whether token `j` is a plain lowercase noun: the counted thing of a quantity. Not a
    /// stop word (`due finora`, `3 only`), an adverb (`3 direttamente`, `two highly`) or an
    /// adjective that comes before the noun (`due nuovi`).
    pub(super) fn is_noun(&self, j: usize) -> bool {
        if self.kind(j) != Some(TokenKind::Word) {
            return false;
        }
        let s = self.s(j);
        if !s.chars().next().is_some_and(char::is_lowercase) || s.bytes().any(|b| b.is_ascii_digit()) || s.ends_with(['\'', '’']) {
            return false;
        }
        let Some(low) = Low::new(s) else { return true };
        let w = low.as_str();
        // Italian text quotes English, so Italian looks in both lists, as `Other` does.
        let stop_lang = if self.lang == Lang::En { Lang::En } else { Lang::It };
        !((is_stop(w, stop_lang) && !has(STOP_UNITS, w))
            || has(NOT_UNITS, w)
            || adverb(w)
            || in_lang(self.lang, ADJECTIVES_IT, &[], w)
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
    pub(super) fn tail(&self, first: usize, i: usize, dec: Dec, exp: i32, tail: Tail) -> Option<ValueMention> {
        let mut j = i + 1;
        let mut exp = exp;
        if let Some(e) = self.multiplier(j, false) {
            exp += e;
            j += 1;
        }
        let multiplied = exp != 0;
        let number = dec.value(exp)?;
        if !multiplied {
            if let Some(m) = self.proportion(first, i, number) {
                return Some(m);
            }
        }
        if let Some(end) = self.percent_at(j) {
            return Some(amount(first, end, ValueKind::Percent, number, Some("%")));
        }
        if let Some((code, end)) = self.currency_at(j, multiplied) {
            return Some(amount(first, end, ValueKind::Money, number, Some(code)));
        }
        if let Some((unit, end, below)) = self.measure_at(j, number).filter(|_| !multiplied) {
            return Some(amount(first, end, ValueKind::Quantity, if below { -number } else { number }, Some(unit)));
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
        if let Some(k) = self.counted(i, j).filter(|_| tail.noun) {
            return Some(amount(first, k + 1, ValueKind::Quantity, number, Some(unit(self.s(k)))));
        }
        if tail.noun && multiplied && self.word_in(j, CONNECTORS) && self.counts(i, j + 1) {
            return Some(amount(first, j + 2, ValueKind::Quantity, number, Some(unit(self.s(j + 1)))));
        }
        if !multiplied && first == i && self.s(i).len() <= 2 && self.hour_cue(i) {
            if let Some(h) = small_int(self.s(i)).filter(|h| *h <= 24) {
                return Some(time(i, i + 1, h, 0, None));
            }
        }
        (tail.bare || multiplied).then(|| amount(first, j, ValueKind::Number, number, None))
    }
}

/// Whether a lowercase word is an adverb by its ending: `direttamente`, `highly`.
fn adverb(w: &str) -> bool {
    (w.len() > 6 && w.ends_with("mente")) || (w.len() > 4 && w.ends_with("ly") && !has(LY_NOUNS, w))
}

/// A quantity's unit: the noun without a final abbreviation period.
fn unit(s: &str) -> &str {
    s.strip_suffix('.').unwrap_or(s)
}

/// A decimal number as its digits and the count of those after the decimal separator.
#[derive(Clone, Copy)]
pub(super) struct Dec {
    digits: [u8; MAX_DIGITS],
    n: usize,
    frac: usize,
}

impl Dec {
    pub(super) fn int(v: u64) -> Dec {
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
    pub(super) fn value(&self, exp: i32) -> Option<f64> {
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
pub(super) fn parse_number(s: &str, lang: Lang) -> Option<Dec> {
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
pub(super) fn small_int(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}
