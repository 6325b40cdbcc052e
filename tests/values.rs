//! Values: regressions of issue 14, errors of the value recognizer on real news. Each test is
//! one class of error: the reported text, its variants, and the near misses that must keep
//! their reading.

use lente::entities::values::{find_values, Value, ValueKind};
use lente::text::lang::Lang::{self, En, It};
use lente::text::tokenize::tokenize;
use ValueKind::{Date, Number, Percent, Quantity, Time};

/// An expected value: an ISO string, a number, or a number with a unit.
enum E {
    Iso(&'static str),
    N(f64),
    U(f64, &'static str),
}
use E::{Iso, N, U};

impl E {
    fn value(&self) -> Value {
        match *self {
            Iso(s) => Value { iso: Some(s.into()), ..Value::default() },
            N(n) => Value { number: Some(n), ..Value::default() },
            U(n, u) => Value { number: Some(n), unit: Some(u.into()), ..Value::default() },
        }
    }
}

type Case = (Lang, &'static str, &'static [(&'static str, ValueKind, E)]);

/// Runs the cases and reports every one whose values differ: (text of the mention, kind, value).
fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for (lang, text, expected) in cases {
        let toks = tokenize(text, *lang);
        let found: Vec<(&str, ValueKind, Value)> = find_values(text, &toks, *lang).into_iter().map(|m| (&text[toks[m.first].start as usize..toks[m.end - 1].end as usize], m.kind, m.value)).collect();
        let want: Vec<(&str, ValueKind, Value)> = expected.iter().map(|(s, k, e)| (*s, *k, e.value())).collect();
        if found != want {
            failures.push(format!("{lang:?} {text:?}\n  found {found:?}\n  want  {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// `scala 1:24` is a model scale, not the time 01:24: a ratio or a score is no time.
#[test]
fn ratios_and_scores_are_not_times() {
    check(&[
        (It, "Un modellino in scala 1:24 e uno in scala 1:100.", &[]),
        (It, "Una riproduzione in scala di 1:20, un rapporto di 1:10.", &[]),
        (It, "La Juve vince 2:1, l'Inter 1:0; la finale è finita 21:19.", &[]),
        (En, "A 1:24 scale model, at a ratio of 1:10; they won 21:19.", &[]),
        // A time cue or no ratio cue: still a time.
        (It, "Atterrato alle 1:24, ripartito alle 21:19.", &[("1:24", Time, Iso("01:24")), ("21:19", Time, Iso("21:19"))]),
        (En, "Landed at 1:24 and left at 11:50.", &[("1:24", Time, Iso("01:24")), ("11:50", Time, Iso("11:50"))]),
    ]);
}

/// `verso le 23` is the time 23:00: in Italian `le` before a number of hours says hours.
#[test]
fn hours_after_an_article_are_times() {
    check(&[
        (It, "È arrivato verso le 23.", &[("23", Time, Iso("23:00"))]),
        (It, "Si vota entro le 12, i risultati fino alle 21.", &[("12", Time, Iso("12:00")), ("21", Time, Iso("21:00"))]),
        (
            It,
            "Aperto dalle 9 alle 18, chiuso dopo le 22, poco prima delle 23, con il tg delle 20.",
            &[("9", Time, Iso("09:00")), ("18", Time, Iso("18:00")), ("22", Time, Iso("22:00")), ("23", Time, Iso("23:00")), ("20", Time, Iso("20:00"))],
        ),
        (
            It,
            "Sono le 23, le 15 circa, verso le 3 del mattino, tra le 20 e le 22.",
            &[("23", Time, Iso("23:00")), ("15", Time, Iso("15:00")), ("3", Time, Iso("03:00")), ("20", Time, Iso("20:00")), ("22", Time, Iso("22:00"))],
        ),
        (En, "He landed at 9 pm, not at 9.", &[("9 pm", Time, Iso("21:00")), ("9", Number, N(9.0))]),
        // A count after an article stays a count.
        (It, "Tutte le 14 cime, le 5 più grandi aziende, le 21 squadre qualificate.", &[("14 cime", Quantity, U(14.0, "cime")), ("5", Number, N(5.0)), ("21 squadre", Quantity, U(21.0, "squadre"))]),
        (It, "Tre delle 20 sono chiuse, ne ha vinte tre delle 20, tutte le 12.", &[("20", Number, N(20.0)), ("20", Number, N(20.0)), ("12", Number, N(12.0))]),
    ]);
}

/// `14 Gennaio 20`: a capitalized month (a dateline, not running text) and two digits with
/// nothing after them is a year; in running text two digits after a month are a count.
#[test]
fn two_digit_year_after_a_capitalized_month() {
    check(&[
        (It, "Roma, 14 Gennaio 20.", &[("14 Gennaio 20", Date, Iso("2020-01-14"))]),
        (It, "Aggiornato il 3 MARZO 21", &[("3 MARZO 21", Date, Iso("2021-03-03"))]),
        (It, "Firmato il 14 gennaio '20 e il 2 giugno ’61.", &[("14 gennaio '20", Date, Iso("2020-01-14")), ("2 giugno ’61", Date, Iso("1961-06-02"))]),
        (En, "Signed on 14 January '20.", &[("14 January '20", Date, Iso("2020-01-14"))]),
        // Running text: the month is lowercase, or a noun follows.
        (It, "Tra il 3 e il 4 giugno 15 linee cambiano.", &[("3", Number, N(3.0)), ("4 giugno", Date, Iso("--06-04")), ("15 linee", Quantity, U(15.0, "linee"))]),
        (It, "Il 14 Gennaio 20 persone.", &[("14 Gennaio", Date, Iso("--01-14")), ("20 persone", Quantity, U(20.0, "persone"))]),
        (It, "Dal 14 gennaio 20.", &[("14 gennaio", Date, Iso("--01-14")), ("20", Number, N(20.0))]),
        (En, "On 14 January 20 were killed.", &[("14 January", Date, Iso("--01-14")), ("20", Number, N(20.0))]),
    ]);
}

/// `one in five divorcees` is a proportion (20 %), not five divorcees.
#[test]
fn proportions_are_percentages_not_quantities() {
    check(&[
        (En, "One in five divorcees regrets it, and 1 in 4 adults.", &[("One in five", Percent, U(20.0, "%")), ("1 in 4", Percent, U(25.0, "%"))]),
        (En, "Two patients out of three and one out of 10.", &[("Two patients out of three", Percent, U(66.67, "%")), ("one out of 10", Percent, U(10.0, "%"))]),
        (
            It,
            "Uno su cinque, due italiani su tre, un italiano su tre, 9 studenti su 10.",
            &[("Uno su cinque", Percent, U(20.0, "%")), ("due italiani su tre", Percent, U(66.67, "%")), ("un italiano su tre", Percent, U(33.33, "%")), ("9 studenti su 10", Percent, U(90.0, "%"))],
        ),
        // Not proportions: a time span, a year, a larger first number.
        (En, "He scored 2 in 10 minutes, 5 in 2024.", &[("2", Number, N(2.0)), ("10 minutes", Quantity, U(10.0, "minutes")), ("5", Number, N(5.0)), ("2024", Date, Iso("2024"))]),
        (It, "Sono 12 su 3 navi.", &[("12", Number, N(12.0)), ("3 navi", Quantity, U(3.0, "navi"))]),
        // A rating, a golf score, a count before another noun.
        (En, "It scored 7.3 out of 10 and played the front nine in 41.", &[("7.3", Number, N(7.3)), ("10", Number, N(10.0)), ("41", Number, N(41.0))]),
        (En, "He scored five goals in eight Champions League games.", &[("five goals", Quantity, U(5.0, "goals"))]),
        (It, "In 35 casi su 53 Stati.", &[("35 casi", Quantity, U(35.0, "casi")), ("53", Number, N(53.0))]),
    ]);
}

/// Temperatures and speeds are quantities with a unit of measure.
#[test]
fn temperatures_and_speeds_have_units() {
    check(&[
        (
            It,
            "Oggi 30°C, domani 30 °C, stanotte -5 °C e 30 gradi.",
            &[("30°C", Quantity, U(30.0, "°C")), ("30 °C", Quantity, U(30.0, "°C")), ("-5 °C", Quantity, U(-5.0, "°C")), ("30 gradi", Quantity, U(30.0, "°C"))],
        ),
        (
            It,
            "Minime di −3 gradi, 5 gradi sotto zero, 40 gradi centigradi e una svolta di 180 gradi.",
            &[("−3 gradi", Quantity, U(-3.0, "°C")), ("5 gradi sotto zero", Quantity, U(-5.0, "°C")), ("40 gradi centigradi", Quantity, U(40.0, "°C")), ("180 gradi", Quantity, U(180.0, "°"))],
        ),
        (
            En,
            "It was 30 degrees, 30 degrees Celsius, 86 °F and 30C (86F).",
            &[
                ("30 degrees", Quantity, U(30.0, "°")),
                ("30 degrees Celsius", Quantity, U(30.0, "°C")),
                ("86 °F", Quantity, U(86.0, "°F")),
                ("30C", Quantity, U(30.0, "°C")),
                ("86F", Quantity, U(86.0, "°F")),
            ],
        ),
        (
            It,
            "Andava a 150km/h, poi a 150 km/h, 150 chilometri orari e 130 km all'ora.",
            &[("150km/h", Quantity, U(150.0, "km/h")), ("150 km/h", Quantity, U(150.0, "km/h")), ("150 chilometri orari", Quantity, U(150.0, "km/h")), ("130 km all'ora", Quantity, U(130.0, "km/h"))],
        ),
        (En, "Winds of 60 mph, 100 miles per hour and 80kmh.", &[("60 mph", Quantity, U(60.0, "mph")), ("100 miles per hour", Quantity, U(100.0, "mph")), ("80kmh", Quantity, U(80.0, "km/h"))]),
        // Magnitudes, ranks and angles are no temperatures; a rank with a degree sign is no angle.
        (
            It,
            "Una scossa di 4.2 gradi Richter, poi una di 5.4 gradi; due gradi di giudizio.",
            &[("4.2 gradi", Quantity, U(4.2, "gradi")), ("5.4 gradi", Quantity, U(5.4, "gradi")), ("due gradi", Quantity, U(2.0, "gradi"))],
        ),
        (
            It,
            "La nave, inclinata di 35 gradi; scesa di 2 gradi sotto lo zero; arrivato 1 ° al traguardo.",
            &[("35 gradi", Quantity, U(35.0, "°")), ("2 gradi sotto lo zero", Quantity, U(-2.0, "°C")), ("1", Number, N(1.0))],
        ),
        // Distances keep their unit; an ordinal stays an ordinal.
        (It, "A 10 km e a 10km, il 30° anniversario.", &[("10 km", Quantity, U(10.0, "km")), ("10km", Quantity, U(10.0, "km"))]),
    ]);
}

/// `due finora`, `two highly`: an adverb, an adjective or a function word after a number is
/// not what it counts.
#[test]
fn adverbs_and_function_words_are_not_units() {
    check(&[
        (It, "Ne ha vinte due finora, 3 direttamente e 5 probabilmente.", &[("3", Number, N(3.0)), ("5", Number, N(5.0))]),
        (En, "There are two highly paid managers and 3 mostly.", &[("3", Number, N(3.0))]),
        (It, "Alle 9 ora locale, le 15 ora italiana.", &[("9", Time, Iso("09:00")), ("15", Time, Iso("15:00"))]),
        (En, "It rose 5 sharply and fell 2 only.", &[("5", Number, N(5.0)), ("2", Number, N(2.0))]),
        // English counts plurals: a singular after a number other than 1 is no unit.
        (En, "Only 28 made it, just two dimensional ones, a 12 year old, 1 family.", &[("28", Number, N(28.0)), ("12", Number, N(12.0)), ("1 family", Quantity, U(1.0, "family"))]),
        (
            En,
            "Two further rallies, 35 known works, 5 more years, 5 million people.",
            &[("Two further rallies", Quantity, U(2.0, "rallies")), ("35 known works", Quantity, U(35.0, "works")), ("5", Number, N(5.0)), ("5 million people", Quantity, U(5e6, "people"))],
        ),
        // An adjective before the noun: the noun is the unit.
        (It, "Ci sono due nuovi casi e 3 principali indiziati.", &[("due nuovi casi", Quantity, U(2.0, "casi")), ("3 principali indiziati", Quantity, U(3.0, "indiziati"))]),
        // Nouns that are also stop words elsewhere: `secondi` (seconds, and «second»).
        (En, "It sent 2,000 junior officers 30 seconds later.", &[("2,000 junior officers", Quantity, U(2000.0, "officers")), ("30 seconds", Quantity, U(30.0, "seconds"))]),
        (
            It,
            "Dopo 10 secondi, tra i due fatti, 8 fosse comuni, due primi ministri.",
            &[("10 secondi", Quantity, U(10.0, "secondi")), ("due fatti", Quantity, U(2.0, "fatti")), ("8 fosse", Quantity, U(8.0, "fosse")), ("due primi ministri", Quantity, U(2.0, "ministri"))],
        ),
    ]);
}
