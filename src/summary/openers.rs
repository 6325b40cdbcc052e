//! Sentences that lean on the one before them: they open with a pronoun or a connective
//! (`He`, `But`, `Questo`, `Inoltre`, `O, almeno, …`), an Italian clitic before its verb
//! (`Lo ha detto`, `Ce lo ripetono`), or a lowercase word. A summary takes one only after
//! its predecessor. Italian and English words, lowercase.

/// Pronouns and connectives that refer back when they open a sentence.
const OPENERS: &[&str] = &[
    // English
    "he",
    "she",
    "they",
    "it",
    "this",
    "these",
    "those",
    "that",
    "his",
    "her",
    "their",
    "its",
    "but",
    "however",
    "and",
    "also",
    "yet",
    "so",
    "then",
    "still",
    "meanwhile",
    "instead",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "otherwise",
    "thus",
    "hence",
    "besides",
    "likewise",
    "similarly",
    "such",
    "or",
    "nor",
    "too",
    "both",
    // Italian
    "lui",
    "lei",
    "egli",
    "ella",
    "essi",
    "esse",
    "loro",
    "questo",
    "questa",
    "questi",
    "queste",
    "quest’ultimo",
    "quest’ultima",
    "ciò",
    "ma",
    "però",
    "tuttavia",
    "inoltre",
    "quindi",
    "dunque",
    "infatti",
    "poi",
    "così",
    "oppure",
    "o",
    "invece",
    "eppure",
    "pertanto",
    "comunque",
    "e",
    "ed",
    "neanche",
    "nemmeno",
    "neppure",
    "intanto",
    "allora",
    "dopodiché",
    "tale",
    "tali",
    "anzi",
    "altrimenti",
    "perciò",
    "ce",
    "ne",
    "vi",
];

/// Italian clitics that open a sentence only before a verb (`Lo ha detto`; `Lo stadio` is
/// an article), and the verbs after which they do.
const CLITICS: &[&str] = &["lo", "la", "li", "le", "gli", "ci", "l’"];
const CLITIC_VERBS: &[&str] = &[
    "ha",
    "hanno",
    "è",
    "sono",
    "aveva",
    "avevano",
    "avrebbe",
    "avrebbero",
    "era",
    "erano",
    "fa",
    "fanno",
    "dice",
    "dicono",
    "ripete",
    "ripetono",
    "conferma",
    "confermano",
    "spiega",
    "spiegano",
    "racconta",
    "raccontano",
    "scrive",
    "scrivono",
    "riferisce",
    "riferiscono",
    "si",
    "hai",
];

/// Whether `sentence` leans on the one before it.
pub fn needs_previous(sentence: &str) -> bool {
    let mut words = sentence.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    if first.starts_with(|c: char| c.is_alphabetic() && c.is_lowercase()) {
        return true;
    }
    let first = first.to_lowercase().replace('\'', "’");
    let clitic = CLITICS.iter().any(|c| first == *c || (c.ends_with('’') && first.starts_with(c) && CLITIC_VERBS.contains(&&first[c.len()..])));
    OPENERS.contains(&first.as_str()) || (clitic && words.next().is_some_and(|w| CLITIC_VERBS.contains(&w.to_lowercase().as_str())))
}

#[cfg(test)]
mod tests {
    use super::needs_previous;

    #[test]
    fn openers() {
        for s in [
            "He said it was over.",
            "O, almeno, ce n’è sempre di meno.",
            "Ce lo ripetono da anni.",
            "Lo ha detto il ministro.",
            "il fratellino, che era lì, è salvo.",
            "But nobody came.",
            "Inoltre, il sindaco ha parlato.",
        ] {
            assert!(needs_previous(s), "{s}");
        }
        for s in [
            "Lo stadio è pieno.",
            "La polizia ha arrestato due uomini.",
            "L’esplosione ha distrutto tutto.",
            "“Siamo pronti”, ha detto Kim.",
            "3 morti nell’incidente.",
            "Una terza persona risulta dispersa.",
        ] {
            assert!(!needs_previous(s), "{s}");
        }
    }
}
