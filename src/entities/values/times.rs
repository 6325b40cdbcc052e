//! Times of day: `11:50`, `9:05:30`, `10 a.m.`, `10pm`, `10:30 pm`, and in Italian `11.50`
//! or `15,30` after `alle`, and a bare hour after a cue (`ore 15`, `alle 21`, `verso le 23`,
//! `il tg delle 20.`) → `15:00`. Two numbers and a colon after a word of ratios or scores are no
//! time (`in scala 1:24`, `a ratio of 1:10`, `ha vinto 21:19`) unless a time cue stands
//! right before them (`alle 1:24`).

use super::lookup::{find, has};
use super::numbers::small_int;
use super::words::*;
use super::{time, Cx, ValueMention};
use crate::text::lang::Lang;
use crate::text::tokenize::TokenKind;

impl<'a> Cx<'a> {
    /// `10am`, `10 p.m.`, `10:30 pm`: hour text `h` ("10", "10:30", "10.30").
    pub(super) fn hour(&self, first: usize, end: usize, h: &str, pm: bool) -> Option<ValueMention> {
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
    pub(super) fn ampm(&self, j: usize) -> Option<bool> {
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

    /// Whether the bare number at `i` is an hour by the words around it, in Italian: after
    /// `ore`, `alle`, `dalle`; after `le` or `delle` that follow a time preposition
    /// (`verso le 23`, `prima delle 23`) or that come before the end of the clause or a word
    /// of the time of day (`sono le 23.`, `il tg delle 20`, `le 15 ora locale`), unless a
    /// count stands before them (`tre delle 20.`, `tutte le 12.`).
    pub(super) fn hour_cue(&self, i: usize) -> bool {
        if self.lang == Lang::En || i == 0 {
            return false;
        }
        if self.word_in(i - 1, HOUR_CUES_IT) {
            return true;
        }
        if !self.word_in(i - 1, &["le", "delle"]) {
            return false;
        }
        let before = i.checked_sub(2);
        if before.is_some_and(|k| self.word_in(k, HOUR_PREPS_IT)) {
            return true;
        }
        let counted = before.is_some_and(|k| self.kind(k) == Some(TokenKind::Number) || self.word_in(k, QUANTIFIERS_IT) || self.low(k).is_some_and(|l| find(WRITTEN_IT, l.as_str()).is_some()));
        !counted && self.hour_follows(i + 1)
    }

    /// Whether what starts at `j` may follow an hour: the end of the text or of a clause,
    /// `ora locale`, `circa`, `del mattino`, `di sera`, `e mezza`, `e le 22`.
    fn hour_follows(&self, j: usize) -> bool {
        match self.kind(j) {
            None | Some(TokenKind::Punct) => true,
            Some(TokenKind::Word) => {
                self.word_in(j, HOUR_AFTER_IT)
                    || (self.word_in(j, &["del", "di", "della"]) && self.word_in(j + 1, DAY_PARTS_IT))
                    || (self.word_in(j, &["e"]) && self.word_in(j + 1, &["le", "mezza", "mezzo", "un"]))
            }
            _ => false,
        }
    }

    /// A time token `11:50`, with `pm` after it in English.
    pub(super) fn time_token(&self, first: usize, i: usize) -> Option<ValueMention> {
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
        if sec.is_none() && self.ratio_at(i) {
            return None;
        }
        Some(time(first, i + 1, h, m, sec))
    }

    /// Whether `a:b` at `i` reads as a ratio or a score: no time cue right before it, and
    /// a word of ratios or scores among the three words before it in its clause
    /// (`scala 1:24`, `ratio of 1:10`, `è finita 21:19`) or `scale` right after it.
    fn ratio_at(&self, i: usize) -> bool {
        if self.cue_before(i, TIME_CUES_IT, TIME_CUES_EN) {
            return false;
        }
        if self.word_in(i + 1, &["scale", "scala"]) {
            return true;
        }
        (i.saturating_sub(3)..i).rev().take_while(|&k| self.kind(k) != Some(TokenKind::Punct)).any(|k| self.word_in_lang(k, RATIO_CUES_IT, RATIO_CUES_EN))
    }
}

/// `11.50` or `15,30` after `alle`: an hour 0–23 and exactly two digits of minutes.
pub(super) fn dotted_time(s: &str) -> Option<(u32, u32)> {
    let (h, m) = s.split_once(['.', ','])?;
    if h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (small_int(h)?, small_int(m)?);
    (h <= 23 && m <= 59).then_some((h, m))
}
