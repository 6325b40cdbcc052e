//! Datelines: news agencies open a story with its place in capitals and a dash or comma
//! (`ROMA – La presidente…`, `MILANO, 3 marzo –`, `WASHINGTON (Reuters) -`). The taggers'
//! training text has few of them, and read `ROMA` there as the football club. A run of up
//! to three words in capitals that opens a paragraph, is followed by one of those marks and
//! names a known place (GeoNames) is labelled a place.

use super::places;

/// The longest dateline place, in words.
const MAX_WORDS: usize = 3;

/// `Roma` for `ROMA`, `Reggio Emilia` for `REGGIO EMILIA`.
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

fn in_capitals(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && word.chars().all(|c| c.is_uppercase() || c == '.' || c == '\'' || c == '’')
}

/// Labels the dateline place of a paragraph's first sentence (`words`, BIO `labels`) `LOC`;
/// returns whether there was one.
pub fn mark(words: &[&str], labels: &mut [String]) -> bool {
    let run = words.iter().take(MAX_WORDS + 1).take_while(|w| in_capitals(w)).count().min(MAX_WORDS);
    let Some(next) = words.get(run) else { return false };
    if run == 0 || !matches!(*next, "–" | "—" | "-" | "," | "(") {
        return false;
    }
    let name = words[..run].iter().map(|w| title_case(w)).collect::<Vec<_>>().join(" ");
    if !places().contains(&name) {
        return false;
    }
    for (i, label) in labels.iter_mut().take(run).enumerate() {
        *label = if i == 0 { "B-LOC" } else { "I-LOC" }.to_string();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(words: &[&str]) -> Vec<String> {
        let mut labels = vec!["O".to_string(); words.len()];
        labels[0] = "B-ORG".to_string();
        mark(words, &mut labels);
        labels
    }

    #[test]
    fn dateline_places_only() {
        assert_eq!(marked(&["ROMA", "–", "La", "presidente"])[..2], ["B-LOC", "O"]);
        assert_eq!(marked(&["NEW", "YORK", ",", "3", "marzo"])[..3], ["B-LOC", "I-LOC", "O"]);
        assert_eq!(marked(&["WASHINGTON", "(", "Reuters", ")"])[0], "B-LOC");
        // Not a place, or no mark after it: left as the tagger said.
        assert_eq!(marked(&["ULTIM'ORA", "–", "Crolla"])[0], "B-ORG");
        assert_eq!(marked(&["ROMA", "vince", "il", "derby"])[0], "B-ORG");
        assert_eq!(marked(&["ROMA"])[0], "B-ORG");
    }
}
