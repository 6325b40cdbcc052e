//! A person's name does not include the title before it: `Mr Hussen` → `Hussen`, `Sir Elton
//! John` → `Elton John`, `Dott. Rossi` → `Rossi`, as CoNLL-2003 and KIND annotate. British news
//! writes `Mr` on every mention, which Reuters' CoNLL text rarely does, so the tagger often
//! takes the title into the name.

use super::bio_spans;

/// Titles, compared without a final period.
const TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sir", "Dame", "Sig", "Sig.ra", "Dott", "Dott.ssa", "Avv", "Ing"];

/// Takes a leading title out of each person's name in `labels` (BIO, one list per sentence).
pub fn strip(words: &[Vec<&str>], labels: &mut [Vec<String>]) {
    for (ws, ls) in words.iter().zip(labels.iter_mut()) {
        for (start, end, kind) in bio_spans(ls) {
            let title = TITLES.contains(&ws[start].strip_suffix('.').unwrap_or(ws[start]));
            if kind == "PER" && end - start > 1 && title {
                ls[start] = "O".into();
                ls[start + 1] = "B-PER".into();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_leave_names() {
        let words = vec![vec!["Mr", "Hussen", "and", "Sir", "Elton", "John", "met", "Mr."]];
        let mut labels = vec![["B-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "O", "B-PER"].map(String::from).to_vec()];
        super::strip(&words, &mut labels);
        assert_eq!(labels[0], ["O", "B-PER", "O", "O", "B-PER", "I-PER", "O", "B-PER"]);
    }
}
