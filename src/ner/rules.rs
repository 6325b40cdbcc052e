//! Corrections after tagging for errors a reader notices and the training text cannot teach:
//! - a role before a name is no part of it, and says it is a person (`Senator Elizabeth
//!   Warren`, tagged an organization, is the person `Elizabeth Warren`; `senatore Rossi`);
//! - a word that only completes a role is no name (`Consiglio` in `presidente del Consiglio`);
//! - a role alone is no name (`Mayor of London`, `National Security Adviser`), and a role
//!   noun before a name is no part of it (`Defence Secretary Ben Wallace`);
//! - a compass word alone is a direction, not a name (`il Nord`, `the South`);
//! - a place GeoNames knows by a name of several words is one place, even where the tagger
//!   cut it into names of other types (`Dera` a place and `Ghazi Khan` a person);
//! - a name is doubted (`Span::confidence` 0: shown only on asking for uncertain names) when
//!   it is one word that opens a sentence and the document writes elsewhere in lowercase
//!   (`Never`), when nothing in it is capitalized (`governo`, `commissione d'inchiesta`: KIND tags some, a
//!   reader does not call them names), when it is a common abbreviation (`SUV`, `CEO`), or
//!   when it stands in a heading written in title case (`Man Shot Dead Near Dallas Gas
//!   Station`, or a one-word section title), where capitals say nothing, and the document
//!   never writes it elsewhere and no list knows it.

use super::bio_spans;
use super::confidence::Span;
use crate::entities::link::key;
use rustc_hash::FxHashSet as HashSet;

/// Roles that name a person when they stand before a name, compared without a final period.
const ROLES: &[&str] = &[
    "Senator",
    "Sen",
    "Senators",
    "Rep",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Gov",
    "Mayor",
    "President",
    "Vice-President",
    "Judge",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Lt",
    "Col",
    "Capt",
    "Sgt",
    "Det",
    "Detective",
    "Officer",
    "Chancellor",
    "Minister",
    "Premier",
    "Archbishop",
    "Bishop",
    "Rev",
    "Coach",
    "Presidente",
    "presidente",
    "senatore",
    "Senatore",
    "sindaco",
    "Sindaco",
    "ministro",
    "Ministro",
    "premier",
    "papa",
    "Papa",
    "don",
    "suor",
    "monsignor",
    "Monsignor",
    "cardinale",
    "Cardinale",
    "onorevole",
    "generale",
    "colonnello",
    "capitano",
    "giudice",
    "procuratore",
    "cancelliere",
    "Cancelliere",
];

/// Nouns of office: a name that ends in one is a role (`National Security Adviser`); before a
/// name, they and what precedes them are no part of it (`Defence Secretary Ben Wallace`).
const ROLE_NOUNS: &[&str] = &[
    "Adviser",
    "Advisor",
    "Secretary",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Minister",
    "Chairman",
    "Chairwoman",
    "Director",
    "Commissioner",
    "Chancellor",
    "Ambassador",
    "Envoy",
    "Mayor",
    "Governor",
    "Attorney",
    "ministro",
    "Ministro",
    "segretario",
    "Segretario",
    "portavoce",
    "Portavoce",
    "ambasciatore",
    "sottosegretario",
    "Sottosegretario",
];

/// Abbreviations of common nouns, never a name alone.
const COMMON_ABBREVIATIONS: &[&str] = &[
    "SUV", "EV", "EVs", "LED", "CEO", "CFO", "COO", "CTO", "PR", "TV", "GPS", "USB", "AI", "VR", "AR", "DNA", "RNA", "HIV", "AIDS", "GDP", "PIL", "IVA", "PM", "MP", "MPs", "VIP", "DJ", "PC", "CD",
    "DVD", "SMS", "PDF", "OK", "CV", "HR", "IT", "Q&A", "FAQ", "ID", "IQ", "UFO", "ATM", "SIM", "Wi-Fi", "WiFi", "LGBT", "LGBTQ", "Covid", "COVID", "Covid-19", "COVID-19",
];

/// Words that open a two-word role (`Prime Minister`, `Primo ministro`).
const ROLE_OPENERS: &[(&str, &str)] = &[("Prime", "Minister"), ("Primo", "ministro"), ("Primo", "Ministro"), ("Vice", "President"), ("Foreign", "Minister"), ("Attorney", "General")];

/// Roles whose last word is capitalized but names no organization: `presidente del Consiglio`.
const ROLE_PHRASES: &[&[&str]] = &[&["presidente", "del", "Consiglio"], &["Presidente", "del", "Consiglio"], &["presidenza", "del", "Consiglio"]];

/// Compass words: alone, a direction.
const COMPASS: &[&str] = &["Nord", "Sud", "Est", "Ovest", "Centro", "Settentrione", "Meridione", "North", "South", "East", "West", "Centre", "Center", "Midwest"];

/// Small words that headings leave in lowercase (`of`, `the`) or that do not count.
const HEADING_SMALL: &[&str] = &["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "di", "e", "il", "la", "per", "con", "del", "della", "in"];

/// Splits names at an English possessive (`Jeff Bezos’s Blue Origin` → `Jeff Bezos`, `Blue
/// Origin`): `possessive[k][i]` says word `i` of sentence `k` ended in `’s`. The owner takes
/// the type the name lists give it (`Jeff Bezos` a person), else the name's.
pub fn split_possessives(words: &[Vec<&str>], possessive: &[Vec<bool>], labels: &mut [Vec<String>], known: &dyn Fn(&str) -> Option<&'static str>) {
    for ((ws, owns), ls) in words.iter().zip(possessive).zip(labels.iter_mut()) {
        for (start, end, kind) in bio_spans(ls) {
            let Some(at) = (start..end - 1).find(|&i| owns[i]) else { continue };
            let owner = known(&ws[start..=at].join(" ")).unwrap_or(kind.as_str()).to_string();
            ls[start] = format!("B-{owner}");
            ls[start + 1..=at].iter_mut().for_each(|l| *l = format!("I-{owner}"));
            ls[at + 1] = format!("B-{kind}");
        }
    }
}

/// Joins the names that cut a known place of two to four words (`is_place`) into that place:
/// every word of it must already be in some name, and the names must differ in type or be
/// more than one.
pub fn join_places(words: &[Vec<&str>], labels: &mut [Vec<String>], is_place: &dyn Fn(&str) -> bool) {
    for (ws, ls) in words.iter().zip(labels.iter_mut()) {
        let mut i = 0;
        while i < ws.len() {
            let joined = (2..=4usize.min(ws.len() - i)).rev().find(|&len| {
                let span = &ls[i..i + len];
                fn kind(label: &str) -> Option<&str> {
                    label.split_once('-').map(|(_, k)| k)
                }
                let named = span.iter().all(|l| kind(l).is_some());
                let cut = || span.iter().skip(1).any(|l| l.starts_with("B-")) || span.iter().any(|l| kind(l) != kind(&span[0]));
                named && cut() && is_place(&ws[i..i + len].join(" "))
            });
            match joined {
                Some(len) => {
                    ls[i] = "B-LOC".into();
                    ls[i + 1..i + len].iter_mut().for_each(|l| *l = "I-LOC".into());
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

/// Takes roles out of names and drops the words that only complete a role or a direction,
/// in `labels` (BIO, one list per sentence of `words`).
pub fn correct(words: &[Vec<&str>], labels: &mut [Vec<String>]) {
    for (ws, ls) in words.iter().zip(labels.iter_mut()) {
        trim_unlettered(ws, ls);
        for (start, end, _) in bio_spans(ls) {
            let role = role_len(&ws[start..end]);
            if ROLE_NOUNS.contains(&ws[end - 1]) || (role > 0 && start + role < end && ws[start + role].starts_with(char::is_lowercase)) {
                ls[start..end].iter_mut().for_each(|l| *l = "O".into());
                continue;
            }
            if role > 0 && start + role < end && ws[start + role].starts_with(char::is_uppercase) {
                ls[start..start + role].iter_mut().for_each(|l| *l = "O".into());
                ls[start + role] = "B-PER".into();
                ls[start + role + 1..end].iter_mut().for_each(|l| *l = "I-PER".into());
                continue;
            }
            let completes_role = ROLE_PHRASES.iter().any(|p| end - start == 1 && start + 1 >= p.len() && ws[start + 1 - p.len()..=start] == **p);
            if completes_role || (end - start == 1 && COMPASS.contains(&ws[start])) {
                ls[start] = "O".into();
            }
        }
    }
}

/// A name begins and ends with a letter or a digit: an emoji or a sign the tagger ran on to
/// (`Roma 😀`) is left out of it, and a name of nothing else is none.
fn trim_unlettered(words: &[&str], labels: &mut [String]) {
    let lettered = |w: &str| w.chars().any(char::is_alphanumeric);
    for (mut start, mut end, kind) in bio_spans(labels) {
        while end > start && !lettered(words[end - 1]) {
            end -= 1;
            labels[end] = "O".into();
        }
        while start < end && !lettered(words[start]) {
            labels[start] = "O".into();
            start += 1;
        }
        if start < end {
            labels[start] = format!("B-{kind}");
        }
    }
}

/// How many words of `name` are a role before the name itself: a role word or two-word role
/// first, or everything up to a noun of office (`Defence Secretary`).
fn role_len(name: &[&str]) -> usize {
    let bare = |w: &str| w.strip_suffix('.').unwrap_or(w).to_string();
    if let Some(i) = name.iter().rposition(|w| ROLE_NOUNS.contains(w)) {
        return i + 1;
    }
    match name {
        [a, b, ..] if ROLE_OPENERS.iter().any(|(x, y)| x == a && y == b) => 2,
        [a, ..] if ROLES.contains(&bare(a).as_str()) => 1,
        _ => 0,
    }
}

/// Whether a sentence is a heading in title case: almost all its words with a letter, but for
/// those in `HEADING_SMALL`, capitalized, and four of them or more, or up to three with no
/// closing punctuation (a section title: `Performance`, `Story Timeline`).
fn title_case(words: &[&str]) -> bool {
    let lettered: Vec<&&str> = words.iter().filter(|w| w.chars().any(char::is_alphabetic) && !HEADING_SMALL.contains(&w.to_lowercase().as_str())).collect();
    let capitalized = lettered.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    let titled = !lettered.is_empty() && capitalized * 10 >= lettered.len() * 9 && words.iter().any(|w| w.chars().any(char::is_lowercase));
    let unclosed = !words.last().is_some_and(|w| [".", "!", "?", ":", "\"", "”", "»"].contains(w));
    titled && (lettered.len() >= 4 || unclosed)
}

/// Takes the confidence from names that nothing in them capitalizes, from common
/// abbreviations, and from names in title-case headings that the document never names
/// outside one and that `known` (the name lists) does not know.
pub fn doubt(words: &[Vec<&str>], spans: &mut [Vec<Span>], known: &dyn Fn(&str) -> bool) {
    // Words the document writes in lowercase: capitalized only at a sentence's start, a
    // `Never` or a `Performance` there is a common word.
    let lowercase: HashSet<&str> = words.iter().flatten().filter(|w| w.starts_with(char::is_lowercase)).copied().collect();
    for (ws, here) in words.iter().zip(spans.iter_mut()) {
        for s in here.iter_mut() {
            let name = &ws[s.start..s.end];
            let opens = ws[..s.start].iter().all(|w| !w.chars().any(char::is_alphanumeric));
            let common = name.len() == 1 && opens && lowercase.contains(name[0].to_lowercase().as_str());
            if common || !name.iter().any(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric())) || (name.len() == 1 && COMMON_ABBREVIATIONS.contains(&name[0])) {
                s.confidence = 0.0;
            }
        }
    }
    let heading: Vec<bool> = words.iter().map(|ws| title_case(ws)).collect();
    // Every word seen capitalized outside headings: a name written there backs the heading's.
    let outside: HashSet<String> = words.iter().zip(&heading).filter(|(_, h)| !**h).flat_map(|(ws, _)| ws.iter().filter(|w| w.starts_with(char::is_uppercase)).map(|w| key(w))).collect();
    for ((ws, here), _) in words.iter().zip(spans.iter_mut()).zip(&heading).filter(|(_, h)| **h) {
        for s in here.iter_mut() {
            let backed = ws[s.start..s.end].iter().filter(|w| w.starts_with(char::is_uppercase)).all(|w| outside.contains(&key(w)));
            if !backed && !known(&ws[s.start..s.end].join(" ")) {
                s.confidence = 0.0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_begin_and_end_with_a_letter_or_digit() {
        let words = vec![vec!["a", "Roma", "😀", "."], vec!["«", "ONU", "»"], vec!["😀", "🎉"]];
        let mut labels: Vec<Vec<String>> =
            [vec!["O", "B-LOC", "I-LOC", "O"], vec!["B-ORG", "I-ORG", "I-ORG"], vec!["B-PER", "I-PER"]].iter().map(|ls| ls.iter().map(|l| l.to_string()).collect()).collect();
        correct(&words, &mut labels);
        assert_eq!(labels, [vec!["O", "B-LOC", "O", "O"], vec!["O", "B-ORG", "O"], vec!["O", "O"]]);
    }

    fn labelled(words: &[&str], labels: &[&str]) -> Vec<String> {
        let mut ls = vec![labels.iter().map(|s| s.to_string()).collect::<Vec<_>>()];
        correct(&[words.to_vec()], &mut ls);
        ls.remove(0)
    }

    #[test]
    fn a_role_is_no_part_of_the_name_and_makes_it_a_person() {
        assert_eq!(labelled(&["Senator", "Elizabeth", "Warren", "said"], &["B-ORG", "I-ORG", "I-ORG", "O"]), ["O", "B-PER", "I-PER", "O"]);
        assert_eq!(labelled(&["Prime", "Minister", "Boris", "Johnson"], &["B-PER", "I-PER", "I-PER", "I-PER"]), ["O", "O", "B-PER", "I-PER"]);
        assert_eq!(labelled(&["il", "senatore", "Rossi"], &["O", "B-PER", "I-PER"]), ["O", "O", "B-PER"]);
        // A role alone stays what the tagger said; `General Motors` is no role.
        assert_eq!(labelled(&["General", "Motors"], &["B-ORG", "I-ORG"]), ["B-ORG", "I-ORG"]);
        assert_eq!(labelled(&["Defence", "Secretary", "Ben", "Wallace"], &["B-ORG", "I-ORG", "I-ORG", "I-ORG"]), ["O", "O", "B-PER", "I-PER"]);
        // A role alone is no name.
        assert_eq!(labelled(&["Mayor", "of", "London"], &["B-ORG", "I-ORG", "I-ORG"]), ["O", "O", "O"]);
        assert_eq!(labelled(&["National", "Security", "Adviser"], &["B-ORG", "I-ORG", "I-ORG"]), ["O", "O", "O"]);
    }

    #[test]
    fn a_possessive_ends_a_name() {
        let words = vec![vec!["Jeff", "Bezos", "Blue", "Origin", "and", "Amazon", "Alexa"]];
        let owns = vec![vec![false, true, false, false, false, true, false]];
        let mut labels = vec![["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"].map(String::from).to_vec()];
        split_possessives(&words, &owns, &mut labels, &|name| (name == "Jeff Bezos").then_some("PER"));
        assert_eq!(labels[0], ["B-PER", "I-PER", "B-ORG", "I-ORG", "O", "B-ORG", "B-ORG"]);
    }

    #[test]
    fn a_known_place_cut_by_the_tagger_is_one_place() {
        let words = vec![vec!["in", "Dera", "Ghazi", "Khan", "and", "Mario", "Rossi"]];
        let mut labels = vec![["O", "B-LOC", "B-PER", "I-PER", "O", "B-PER", "I-PER"].map(String::from).to_vec()];
        join_places(&words, &mut labels, &|name| name == "Dera Ghazi Khan" || name == "Mario Rossi");
        assert_eq!(labels[0], ["O", "B-LOC", "I-LOC", "I-LOC", "O", "B-PER", "I-PER"]);
    }

    #[test]
    fn role_words_and_directions_alone_are_no_names() {
        assert_eq!(labelled(&["presidente", "del", "Consiglio", "Meloni"], &["O", "O", "B-ORG", "B-PER"]), ["O", "O", "O", "B-PER"]);
        assert_eq!(labelled(&["al", "Nord", "e", "al", "Sud"], &["O", "B-ORG", "O", "O", "B-LOC"]), ["O", "O", "O", "O", "O"]);
        assert_eq!(labelled(&["Lega", "Nord"], &["B-ORG", "I-ORG"]), ["B-ORG", "I-ORG"]);
        assert_eq!(labelled(&["il", "Consiglio", "dei", "ministri"], &["O", "B-ORG", "I-ORG", "I-ORG"]), ["O", "B-ORG", "I-ORG", "I-ORG"]);
    }

    #[test]
    fn doubted_names_heading_lowercase_and_abbreviations() {
        let words = vec![
            vec!["Man", "Shot", "Dead", "Near", "Dallas", "Gas", "Station"],
            vec!["Police", "in", "Dallas", "said", "on", "Monday", "that", "Carl", "Reed", "died"],
            vec!["Carl", "Reed", "Speaks", "To", "Reporters", "Today"],
        ];
        let span = |start, end, kind: &str| Span { start, end, kind: kind.into(), confidence: 0.9 };
        let mut spans = vec![vec![span(0, 2, "PER"), span(4, 5, "LOC")], vec![span(2, 3, "LOC"), span(7, 9, "PER")], vec![span(0, 2, "PER")]];
        doubt(&words, &mut spans, &|name| name == "Gas Station");
        let sure: Vec<Vec<f32>> = spans.iter().map(|s| s.iter().map(|s| s.confidence).collect()).collect();
        assert_eq!(sure, vec![vec![0.0, 0.9], vec![0.9, 0.9], vec![0.9]]);
        let words = vec![vec!["il", "governo", "e", "la", "nuova", "SUV", "di", "Fiat", "."], vec!["Performance"], vec!["“", "Never", "again", ",", "Fiat", "said", "it", "would", "never", "stop"]];
        let mut spans = vec![vec![span(1, 2, "ORG"), span(5, 6, "ORG"), span(7, 8, "ORG")], vec![span(0, 1, "PER")], vec![span(1, 2, "PER"), span(4, 5, "ORG")]];
        doubt(&words, &mut spans, &|_| false);
        let sure: Vec<Vec<f32>> = spans.iter().map(|s| s.iter().map(|s| s.confidence).collect()).collect();
        assert_eq!(sure, vec![vec![0.0, 0.0, 0.9], vec![0.0], vec![0.0, 0.9]]);
    }
}
