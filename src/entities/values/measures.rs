//! Temperatures and speeds, quantities whose unit is written several ways: `30°C`, `30 °C`,
//! `30 gradi`, `-5 °C`, `5 gradi sotto zero` → `°C`; `86 °F` → `°F`; `30 degrees` and
//! `180 gradi` → `°` (no scale stated, or an angle); `150km/h`, `150 chilometri orari`,
//! `130 km all'ora`, `80kmh` → `km/h`; `60 mph`, `60 miles per hour` → `mph`; and `10km` →
//! `km`. Italian `gradi` up to 60 are degrees Celsius, as in the weather news, unless a word
//! of angles, earthquakes or ranks is near (`inclinata di 35 gradi`, `4.2 gradi Richter`).

use super::lookup::{find, has, Low};
use super::numbers::parse_number;
use super::words::*;
use super::{amount, Cx, ValueKind, ValueMention};
use crate::text::lang::Lang;
use crate::text::tokenize::TokenKind;

/// Hottest or coldest number of Italian `gradi` read as degrees Celsius; beyond it they are
/// an angle (`una svolta di 180 gradi`).
const MAX_CELSIUS: f64 = 60.0;

impl<'a> Cx<'a> {
    /// A unit of measure after the number `n` at token `j`: the unit, its end, and whether it
    /// makes the number negative (`sotto zero`).
    pub(super) fn measure_at(&self, j: usize, n: f64) -> Option<(&'static str, usize, bool)> {
        let s = self.s(j);
        match self.kind(j)? {
            // `30 °C`; `30 °` alone may be a rank or a latitude.
            TokenKind::Symbol if s == "°" => self.scale_at(j + 1).map(|unit| (unit, j + 2, false)),
            TokenKind::Word => {
                // `-24 C°`.
                if matches!(s, "C" | "F") && self.kind(j + 1) == Some(TokenKind::Symbol) && self.s(j + 1) == "°" {
                    return Some((if s == "C" { "°C" } else { "°F" }, j + 2, false));
                }
                let low = self.low(j)?;
                let w = low.as_str();
                if has(DEGREE_WORDS, w) {
                    let (unit, end) = match self.scale_at(j + 1) {
                        Some(unit) => (unit, j + 2),
                        None => (self.degrees(j, w, n)?, j + 1),
                    };
                    let lo = usize::from(self.word_in(end + 1, &["lo"]));
                    let below = self.word_in(end, &["sotto", "below"]) && self.word_in(end + 1 + lo, &["zero"]);
                    return Some(if below && unit != "°" { (unit, end + 2 + lo, true) } else { (unit, end, false) });
                }
                if let Some(unit) = find(SPEED_WORDS, w) {
                    return Some((unit, j + 1, false));
                }
                let speed = if has(KM_WORDS, w) {
                    "km/h"
                } else if has(MILE_WORDS, w) {
                    "mph"
                } else {
                    return None;
                };
                self.per_hour(j + 1).map(|end| (speed, end, false))
            }
            _ => None,
        }
    }

    /// The unit of degrees `w` at `j` after the number `n`, with no scale stated: none near
    /// a word of earthquakes or ranks (`4.2 gradi Richter`, `due gradi di processo`) or for
    /// a fraction of Italian `gradi` (`una di 5.4 gradi`: a magnitude, more often than not);
    /// an angle (`°`) after a word of angles, over 60 or in English, where the scale may be
    /// Fahrenheit; else Italian `gradi` are degrees Celsius.
    fn degrees(&self, j: usize, w: &str, n: f64) -> Option<&'static str> {
        let clause = |k: &usize| self.kind(*k) != Some(TokenKind::Punct) || matches!(self.s(*k), "," | "(" | ")");
        let before = || (j.saturating_sub(6)..j).rev().take_while(clause);
        if before().chain((j + 1..j + 4).take_while(clause)).any(|k| self.word_in(k, NOT_TEMPERATURE_IT)) {
            return None;
        }
        let angle = before().any(|k| self.word_in(k, ANGLE_CUES_IT));
        if angle || self.lang == Lang::En || !w.starts_with("grad") || n.abs() > MAX_CELSIUS {
            return Some("°");
        }
        // `5.4 gradi` is more often a magnitude than a temperature.
        (n.fract() == 0.0).then_some("°C")
    }

    /// `C`, `Celsius`, `centigradi`, `F`, `Fahrenheit` at `j`: the unit.
    fn scale_at(&self, j: usize) -> Option<&'static str> {
        match self.s(j) {
            "C" | "C." => return Some("°C"),
            "F" | "F." => return Some("°F"),
            _ => {}
        }
        find(SCALES, self.low(j)?.as_str())
    }

    /// The end of `orari`, `all'ora`, `/h`, `per hour`, `an hour` at `j`, after a distance.
    fn per_hour(&self, j: usize) -> Option<usize> {
        if self.word_in(j, &["orari", "orarie"]) {
            return Some(j + 1);
        }
        let per = self.word_in(j, &["all", "l", "per", "an", "a"]) && self.word_in(j + 1, &["ora", "hour"]);
        (per || (self.punct(j, "/") && self.word_in(j + 1, &["h"]))).then_some(j + 2)
    }

    /// A number with its unit in one token at `i`: `10km`, `150km/h` (with `/h` after it),
    /// `80kmh`, `60mph`, `30ºC`, `30C`, `86F`. `num` is the number's text, `suffix` the rest.
    pub(super) fn attached_unit(&self, i: usize, num: &str, suffix: &str) -> Option<ValueMention> {
        let (unit, end) = match suffix {
            "C" => ("°C", i + 1),
            "F" => ("°F", i + 1),
            _ => match Low::new(suffix)?.as_str() {
                "km" => self.per_hour(i + 1).map_or(("km", i + 1), |end| ("km/h", end)),
                w => (find(SPEED_WORDS, w)?, i + 1),
            },
        };
        let num = num.strip_suffix(['°', 'º']).unwrap_or(num);
        let n = parse_number(num, self.lang)?.value(0)?;
        Some(amount(i, end, ValueKind::Quantity, n, Some(unit)))
    }

    /// Degrees written as an ordinal and a scale: `30° C`, `30°C` (two tokens).
    pub(super) fn ordinal_degrees(&self, i: usize) -> Option<ValueMention> {
        let num = self.s(i).strip_suffix(['°', 'º'])?;
        let unit = self.scale_at(i + 1)?;
        let n = parse_number(num, self.lang)?.value(0)?;
        Some(amount(i, i + 2, ValueKind::Quantity, n, Some(unit)))
    }

    /// A negative temperature: a minus sign at `i` joined to the number after it, `-5 °C`.
    pub(super) fn negative(&self, i: usize) -> Option<ValueMention> {
        let (sign, number) = (self.toks.get(i)?, self.toks.get(i + 1)?);
        if sign.end != number.start || (i > 0 && matches!(self.kind(i - 1), Some(TokenKind::Number | TokenKind::Ordinal))) {
            return None; // `10 -15 °C` is a range
        }
        let m = self.at(i + 1)?;
        let n = m.value.number?;
        let degrees = m.kind == ValueKind::Quantity && m.value.unit.as_deref().is_some_and(|u| u.starts_with('°'));
        degrees.then(|| amount(i, m.end, ValueKind::Quantity, -n, m.value.unit.as_deref()))
    }
}
