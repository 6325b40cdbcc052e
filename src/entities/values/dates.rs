//! Dates: day and month with a weekday and a year (`martedì 18 giugno 2024`, `June 19, 2024`),
//! months and years alone after a cue, parts of a period (`fine del 2021`), decades
//! (`anni '90`, `1990s`), ranges of days or years, and dates written in digits
//! (`19/06/2024`, `2024-06-19`, `19.06.2024`). A year in two digits follows a day and month
//! only with an apostrophe (`14 gennaio '20`) or in an Italian dateline (`14 Gennaio 20.`).

use super::lookup::{find, has, Low};
use super::numbers::small_int;
use super::words::*;
use super::{date, Cx, ValueMention};
use crate::text::lang::Lang;
use crate::text::tokenize::TokenKind;

impl<'a> Cx<'a> {
    /// Month token at `i` (full name, or an abbreviation with a period or a capital):
    /// the month and the token after it (past a separate abbreviation period).
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        self.month_of(&self.low(i)?, i)
    }

    /// [`Cx::month_at`] with the word already lowercased.
    pub(super) fn month_of(&self, low: &Low, i: usize) -> Option<(u32, usize)> {
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
    pub(super) fn month_rest(&self, first: usize, m: u32, j: usize, alone: bool) -> Option<ValueMention> {
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
    pub(super) fn day_at(&self, j: usize) -> Option<u32> {
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
    pub(super) fn day_month(&self, first: usize, d: usize, day: u32) -> Option<ValueMention> {
        let mut j = d + 1;
        if self.lang != Lang::It && self.word_in(j, &["of"]) {
            j += 1;
        }
        let (m, end) = self.month_at(j)?;
        let k = self.year_sep(end);
        if let Some(y) = self.year_at(k) {
            return valid_date(Some(y), m, day).then(|| date(first, k + 1, format!("{y:04}-{m:02}-{day:02}")));
        }
        if let Some(y) = self.short_year_at(j, end) {
            return valid_date(Some(y), m, day).then(|| date(first, end + 1, format!("{y:04}-{m:02}-{day:02}")));
        }
        valid_date(None, m, day).then(|| date(first, end, format!("--{m:02}-{day:02}")))
    }

    /// A year in two digits at `k`, after the month at `j`: with an apostrophe (`gennaio '20`),
    /// or bare after a capitalized month, as in a dateline, with nothing after it in its
    /// clause (`Roma, 14 Gennaio 20.`); not in English, where every month is capitalized, nor
    /// before a word (`il 4 giugno 15 linee`).
    fn short_year_at(&self, j: usize, k: usize) -> Option<u32> {
        if self.kind(k)? != TokenKind::Number {
            return None;
        }
        let s = self.s(k);
        let (digits, marked) = match s.strip_prefix(['\'', '’']) {
            Some(d) => (d, true),
            None => (s, false),
        };
        if digits.len() != 2 {
            return None;
        }
        let capital = self.s(j).chars().next().is_some_and(char::is_uppercase);
        let dateline = self.lang != Lang::En && capital && matches!(self.kind(k + 1), None | Some(TokenKind::Punct));
        (marked || dateline).then(|| small_int(digits).map(|y| full_year(y, 2))).flatten()
    }

    /// A weekday at `i` followed by a date: `martedì 18 giugno`, `Tuesday, June 18`.
    pub(super) fn after_weekday(&self, i: usize) -> Option<ValueMention> {
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
    pub(super) fn period_part(&self, i: usize, w: &str) -> Option<ValueMention> {
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
    pub(super) fn decade(&self, first: usize, j: usize) -> Option<ValueMention> {
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
    pub(super) fn day_range(&self, first: usize, d1: u32, d2: u32, j: usize) -> Option<ValueMention> {
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
    pub(super) fn spaced_range(&self, i: usize) -> Option<ValueMention> {
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
}

/// Four bare digits from 1000 to 2100.
pub(super) fn year_like(s: &str) -> Option<u32> {
    if s.len() != 4 {
        return None;
    }
    small_int(s).filter(|y| (1000..=2100).contains(y))
}

/// The year after `a` in `2020-2022` or `2020-22`, if later.
pub(super) fn later_year(a: &str, b: &str) -> Option<u32> {
    let y1 = year_like(a)?;
    let y2 = match b.len() {
        2 => y1 / 100 * 100 + small_int(b)?,
        _ => year_like(b)?,
    };
    (y2 > y1).then_some(y2)
}

/// A day of the month, 1–31, in one or two digits.
pub(super) fn day_of(s: &str) -> Option<u32> {
    (s.len() <= 2).then(|| small_int(s)).flatten().filter(|d| (1..=31).contains(d))
}

/// Two runs of digits joined by one hyphen or en dash: `18-20`, `2020–2022`.
pub(super) fn dashed_pair(s: &str) -> Option<(&str, &str)> {
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
pub(super) fn decade_word(s: &str) -> Option<u32> {
    let digits = s.strip_suffix('s')?;
    decade_digits(digits.strip_suffix(['\'', '’']).unwrap_or(digits))
}

/// `199X`: a decade as ISO 8601-2 writes it, its last digit unspecified.
pub(super) fn decade_iso(first_year: u32) -> String {
    format!("{}X", first_year / 10)
}

/// The day of `1°`, `21st`, `2ª`.
pub(super) fn ordinal_day(s: &str) -> Option<u32> {
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
pub(super) fn slash_date(s: &str) -> Option<String> {
    three_part_date(s, '/')
}

/// `19.06.2024`, `2024.06.19` (four-digit year only).
pub(super) fn dotted_date(s: &str) -> Option<String> {
    let first = s.split('.').next()?;
    let last = s.rsplit('.').next()?;
    let dots = s.bytes().filter(|&b| b == b'.').count();
    (dots == 2 && (first.len() == 4 || last.len() == 4)).then(|| three_part_date(s, '.')).flatten()
}

/// `2024-06-19`, `19-06-2024`.
pub(super) fn dashed_date(s: &str) -> Option<String> {
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    let first = s.split('-').next()?;
    let last = s.rsplit('-').next()?;
    (first.len() == 4 || last.len() == 4).then(|| three_part_date(s, '-')).flatten()
}
