//! Corrections after tagging for errors a reader notices and the training text cannot teach:
//! - a role before a name is no part of it, and says it is a person (`Senator Elizabeth
//!   Warren`, tagged an organization, is the person `Elizabeth Warren`; `senatore Rossi`);
//! - a word that only completes a role is no name (`Consiglio` in `presidente del Consiglio`);
//! - a compass word alone is a direction, not a name (`il Nord`, `the South`);
//! - in a heading written in title case (`Man Shot Dead Near Dallas Gas Station`) every word
//!   is capitalized, so capitals say nothing: a name there that the document never writes
//!   elsewhere and no list knows gets no confidence (`Span::confidence` 0), and is shown only
//!   on asking for uncertain names.

use super::bio_spans;
use super::confidence::Span;
use crate::entities::link::key;
use std::collections::HashSet;

/// Roles that name a person when they stand before a name, compared without a final period.
const ROLES: &[&str] = &[
    "Senator", "Sen", "Senators", "Rep", "Representative", "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "President", "Vice-President", "Judge", "Pope", "King", "Queen", "Prince",
    "Princess", "Lt", "Col", "Capt", "Sgt", "Det", "Detective", "Officer", "Chancellor", "Minister", "Premier", "Archbishop", "Bishop", "Rev", "Coach", "Presidente", "presidente", "senatore",
    "Senatore", "sindaco", "Sindaco", "ministro", "Ministro", "premier", "papa", "Papa", "don", "suor", "monsignor", "Monsignor", "cardinale", "Cardinale", "onorevole", "generale",
    "colonnello", "capitano", "giudice", "procuratore", "cancelliere", "Cancelliere",
];

/// Words that open a two-word role (`Prime Minister`, `Primo ministro`).
const ROLE_OPENERS: &[(&str, &str)] = &[("Prime", "Minister"), ("Primo", "ministro"), ("Primo", "Ministro"), ("Vice", "President"), ("Foreign", "Minister"), ("Attorney", "General")];

/// Roles whose last word is capitalized but names no organization: `presidente del Consiglio`.
const ROLE_PHRASES: &[&[&str]] = &[&["presidente", "del", "Consiglio"], &["Presidente", "del", "Consiglio"], &["presidenza", "del", "Consiglio"]];

/// Compass words: alone, a direction.
const COMPASS: &[&str] = &["Nord", "Sud", "Est", "Ovest", "Centro", "Settentrione", "Meridione", "North", "South", "East", "West", "Centre", "Center", "Midwest"];

/// Small words that headings leave in lowercase (`of`, `the`) or that do not count.
const HEADING_SMALL: &[&str] = &["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "di", "e", "il", "la", "per", "con", "del", "della", "in"];

/// Takes roles out of names and drops the words that only complete a role or a direction,
/// in `labels` (BIO, one list per sentence of `words`).
pub fn correct(words: &[Vec<&str>], labels: &mut [Vec<String>]) {
    for (ws, ls) in words.iter().zip(labels.iter_mut()) {
        for (start, end, _) in bio_spans(ls) {
            let role = role_len(&ws[start..end]);
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

/// How many words of `name` are a role before the name itself.
fn role_len(name: &[&str]) -> usize {
    let bare = |w: &str| w.strip_suffix('.').unwrap_or(w).to_string();
    match name {
        [a, b, ..] if ROLE_OPENERS.iter().any(|(x, y)| x == a && y == b) => 2,
        [a, ..] if ROLES.contains(&bare(a).as_str()) => 1,
        _ => 0,
    }
}

/// Whether a sentence is a heading in title case: four words or more with a letter, and
/// almost all of those not in `HEADING_SMALL` capitalized.
fn title_case(words: &[&str]) -> bool {
    let lettered: Vec<&&str> = words.iter().filter(|w| w.chars().any(char::is_alphabetic) && !HEADING_SMALL.contains(&w.to_lowercase().as_str())).collect();
    let capitalized = lettered.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    lettered.len() >= 4 && capitalized * 10 >= lettered.len() * 9 && words.iter().any(|w| w.chars().any(char::is_lowercase))
}

/// Takes the confidence from names in title-case headings that the document never names
/// outside one and that `known` (the name lists) does not know.
pub fn doubt_headings(words: &[Vec<&str>], spans: &mut [Vec<Span>], known: &dyn Fn(&str) -> bool) {
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
    }

    #[test]
    fn role_words_and_directions_alone_are_no_names() {
        assert_eq!(labelled(&["presidente", "del", "Consiglio", "Meloni"], &["O", "O", "B-ORG", "B-PER"]), ["O", "O", "O", "B-PER"]);
        assert_eq!(labelled(&["al", "Nord", "e", "al", "Sud"], &["O", "B-ORG", "O", "O", "B-LOC"]), ["O", "O", "O", "O", "O"]);
        assert_eq!(labelled(&["Lega", "Nord"], &["B-ORG", "I-ORG"]), ["B-ORG", "I-ORG"]);
        assert_eq!(labelled(&["il", "Consiglio", "dei", "ministri"], &["O", "B-ORG", "I-ORG", "I-ORG"]), ["O", "B-ORG", "I-ORG", "I-ORG"]);
    }

    #[test]
    fn names_in_title_case_headings_need_backing() {
        let words = vec![vec!["Man", "Shot", "Dead", "Near", "Dallas", "Gas", "Station"], vec!["Police", "in", "Dallas", "said", "on", "Monday", "that", "Carl", "Reed", "died"], vec!["Carl", "Reed", "Speaks", "To", "Reporters", "Today"]];
        let span = |start, end, kind: &str| Span { start, end, kind: kind.into(), confidence: 0.9 };
        let mut spans = vec![vec![span(0, 2, "PER"), span(4, 5, "LOC")], vec![span(2, 3, "LOC"), span(7, 9, "PER")], vec![span(0, 2, "PER")]];
        doubt_headings(&words, &mut spans, &|name| name == "Gas Station");
        let sure: Vec<Vec<f32>> = spans.iter().map(|s| s.iter().map(|s| s.confidence).collect()).collect();
        assert_eq!(sure, vec![vec![0.0, 0.9], vec![0.9, 0.9], vec![0.9]]);
    }
}
