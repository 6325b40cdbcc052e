//! The table of cases in both languages, the invariants of the mentions, and inputs that
//! must not panic.

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
    (It, "La prima visita in quasi un quarto di secolo, dopo mezzo secolo di gelo.", &[("un quarto di secolo", Quantity, U(25.0, "anni")), ("mezzo secolo", Quantity, U(50.0, "anni"))]),
    (En, "The first visit in a quarter of a century.", &[("a quarter of a century", Quantity, U(25.0, "years"))]),
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
