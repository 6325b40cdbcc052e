//! Money and percentages: a currency sign or code before the number (`€50`, `$5 billion`,
//! `USD 40`) or a currency after it (`50 euro`, `1,5 milioni di euro`), and a percent marker
//! after it (`3%`, `3 per cento`, `3 percent`). Proportions are percentages, to the
//! hundredth: `one in five` → 20 %, `due italiani su tre` → 66.67 %.

use super::dates::year_like;
use super::lookup::{find, has, Low};
use super::numbers::parse_number;
use super::words::*;
use super::{amount, Cx, ValueKind, ValueMention};
use crate::text::lang::Lang;
use crate::text::tokenize::TokenKind;

impl<'a> Cx<'a> {
    /// Money after a currency sign or code at `sign`: `€50`, `$5 billion`, `US$ 5m`.
    pub(super) fn money_after_sign(&self, first: usize, sign: usize, code: &str) -> Option<ValueMention> {
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

    /// The end of a percent marker at `j`: `%`, `per cento`, `percent`, `per cent`.
    pub(super) fn percent_at(&self, j: usize) -> Option<usize> {
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
    pub(super) fn currency_at(&self, j: usize, multiplied: bool) -> Option<(&'static str, usize)> {
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

    /// A proportion after the whole number `n1` at `first..=i`: a larger number after `in`,
    /// `su` or `out of` (`one in five`, `1 in 4 adults`, `uno su cinque`), or after a noun
    /// and one of them with nothing counted after it (`due italiani su tre`, `one person in
    /// five`). Not a rating, a span of time or a year: `7.3 out of 10`, `2 in 10 minutes`,
    /// `5 in 2024`.
    pub(super) fn proportion(&self, first: usize, i: usize, n1: f64) -> Option<ValueMention> {
        let (k, counted) = match self.proportion_word(i + 1) {
            Some(k) => (k, false),
            None if self.counts(i, i + 1) => (self.proportion_word(i + 2)?, true),
            None => return None,
        };
        let n2 = self.small_count(k)?;
        // `nine in 41` is a golf score: `in` takes a round or small second number.
        let round = !self.word_in(k - 1, &["in"]) || n2 <= 12.0 || n2 % 5.0 == 0.0;
        if n1 >= n2 || n1.fract() != 0.0 || !round || year_like(self.s(k)).is_some() || self.multiplier(k + 1, false).is_some() || self.word_in(k + 1, SPANS) {
            return None;
        }
        // After a noun, the clause ends or goes on with no other noun: not `five goals in
        // eight Champions League games`, `35 casi su 53 Stati`.
        let after = self.s(k + 1);
        if counted && self.kind(k + 1).is_some_and(|t| t != TokenKind::Punct) && (self.is_noun(k + 1) || !after.chars().next().is_some_and(char::is_lowercase)) {
            return None;
        }
        let percent = (n1 / n2 * 10_000.0).round() / 100.0;
        Some(amount(first, k + 1, ValueKind::Percent, percent, Some("%")))
    }

    /// The end of `in`, `su` or `out of` at `j`, between the numbers of a proportion.
    fn proportion_word(&self, j: usize) -> Option<usize> {
        if self.word_in_lang(j, &["su"], &["in"]) {
            Some(j + 1)
        } else if self.lang != Lang::It && self.word_in(j, &["out"]) && self.word_in(j + 1, &["of"]) {
            Some(j + 2)
        } else {
            None
        }
    }

    /// A whole number of digits or a written number other than one at `j`: `4`, `five`, `tre`.
    fn small_count(&self, j: usize) -> Option<f64> {
        match self.kind(j)? {
            TokenKind::Number if self.s(j).bytes().all(|b| b.is_ascii_digit()) => self.s(j).parse().ok().filter(|n: &f64| *n > 0.0),
            TokenKind::Word => {
                let n = self.written(self.low(j)?.as_str())?;
                (n > 1).then_some(f64::from(n))
            }
            _ => None,
        }
    }
}

/// The ISO code of a capitalized currency code from the list.
pub(super) fn code_of(s: &str) -> Option<&'static str> {
    CURRENCY_CODES.iter().copied().find(|c| *c == s)
}
