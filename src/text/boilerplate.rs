//! Finds the lines of a text that are web leftovers rather than the article: comment
//! counters and forms, "skip to content", "read also" and "continue reading on" links,
//! privacy and cookie buttons, lone symbols (`×`), bylines, photo credits, publication
//! stamps, share prompts, a repeated headline. They stay in the text (the page shows them
//! greyed) but no entity, keyphrase or summary is drawn from them.
//!
//! Works line by line on patterns of Italian and English sites; does not extract an article
//! from HTML (see `article`).

/// Lines (lowercased, trimmed) that are boilerplate when they start with one of these.
const STARTS: &[&str] = &[
    "comments:",
    "commenti:",
    "comment ",
    "commenti (",
    "leave a comment",
    "lascia un commento",
    "your email address will not be published",
    "il tuo indirizzo email non sarà pubblicato",
    "required fields are marked",
    "i campi obbligatori sono contrassegnati",
    "vai al contenuto",
    "salta al contenuto",
    "skip to content",
    "skip to main content",
    "leggi anche",
    "leggi pure",
    "potrebbe interessarti",
    "ti potrebbe interessare",
    "read also",
    "read more",
    "related:",
    "see also",
    "continua a leggere",
    "continue reading",
    "change privacy settings",
    "privacy settings",
    "cookie settings",
    "impostazioni cookie",
    "accetta i cookie",
    "accept cookies",
    "accept all",
    "accetta tutti",
    "pubblicato:",
    "pubblicato il",
    "published:",
    "published on",
    "updated:",
    "aggiornato:",
    "aggiornato il",
    "ultimo aggiornamento",
    "last updated",
    "foto:",
    "photo:",
    "photograph:",
    "credit:",
    "credits:",
    "image credit",
    "main image credit",
    "fonte foto",
    "© ",
    "copyright",
    "riproduzione riservata",
    "all rights reserved",
    "tutti i diritti riservati",
    "condividi",
    "share this",
    "share on",
    "segui ",
    "follow us",
    "seguici",
    "iscriviti",
    "subscribe",
    "newsletter",
    "tag:",
    "tags:",
    "argomenti:",
    "by ",
    "di redazione",
    "a cura di",
    "redazione",
    "click here",
    "clicca qui",
    "advertisement",
    "pubblicità",
    "sponsored",
    "articolo precedente",
    "articolo successivo",
    "previous article",
    "next article",
    "post navigation",
];

/// Whether a trimmed line is boilerplate on its own.
pub fn is_boilerplate_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    // A line of symbols only: `×`, `|`, `***`, `—`.
    if !t.chars().any(char::is_alphanumeric) {
        return true;
    }
    if t.chars().count() > 160 {
        return false;
    }
    let lower = t.to_lowercase();
    STARTS.iter().any(|s| lower.starts_with(s)) && !(lower.starts_with("by ") && t.split_whitespace().count() > 8)
}

/// Byte ranges `(start, end)` of the boilerplate lines of `text` (without their line
/// break): lines matched by `is_boilerplate_line`, and a repeat of the first line.
pub fn boilerplate_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut first: Option<&str> = None;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim();
        let repeat = first.is_some_and(|f| f == trimmed);
        if !trimmed.is_empty() && (is_boilerplate_line(content) || repeat) {
            let lead = content.len() - content.trim_start().len();
            out.push((start + lead, start + lead + trimmed.len()));
        }
        if first.is_none() && !trimmed.is_empty() && !is_boilerplate_line(content) {
            first = Some(trimmed);
        }
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_leftovers_and_a_repeated_headline() {
        let text = "Vai al contenuto\n\nAsse tra Putin e Kim\n\nAsse tra Putin e Kim\n\nIl testo dell’articolo.\n\nLeggi anche: altro\nComments: 0\nYour email address will not be published. Required fields are marked *\n×\nChange privacy settings\nContinua a leggere su TheSocialPost.it";
        let lines: Vec<&str> = boilerplate_lines(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            lines,
            [
                "Vai al contenuto",
                "Asse tra Putin e Kim",
                "Leggi anche: altro",
                "Comments: 0",
                "Your email address will not be published. Required fields are marked *",
                "×",
                "Change privacy settings",
                "Continua a leggere su TheSocialPost.it"
            ]
        );
        // The first occurrence of the headline is kept; the repeat is the fourth line.
        assert_eq!(boilerplate_lines(text)[1].0, text.rfind("Asse tra").unwrap());
    }

    #[test]
    fn article_lines_are_kept() {
        for line in
            ["By the end of the year the plan was ready, officials said on Monday in Rome.", "Il presidente russo Vladimir Putin incontra Kim Jong-un.", "Commentando la visita, Blinken ha detto…"]
        {
            assert!(!is_boilerplate_line(line), "{line}");
        }
    }
}
