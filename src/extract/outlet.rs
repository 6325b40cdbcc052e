//! The outlet a document comes from, as a reader cites it: the name a web page gives itself
//! (`og:site_name`, the JSON-LD publisher, else its canonical domain), else a site's domain
//! written in the text's furniture (`Continua a leggere su TheSocialPost.it`), else a site's
//! name alone on the line under the headline (`Avantgardia`), else the file name without a
//! hash-like suffix (`ansa_5c068ba528019d8b.txt` → `ansa`).

use crate::text::tokenize::{Token, TokenKind};
use serde::Serialize;

/// Who publishes a document, and how Lente knows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outlet {
    pub name: String,
    /// `page` (the web page's own metadata), `text` (a site's domain in the text) or `file`
    /// (the file name).
    pub from: &'static str,
}

/// Lines at each end of a text where a site's name is furniture rather than a source cited.
const EDGE_LINES: usize = 5;

/// The outlet of a document named `name`, whose web page (if any) named itself `site`;
/// `leftovers` are the byte ranges of its boilerplate lines.
pub fn outlet(name: &str, site: Option<&str>, text: &str, tokens: &[Token], leftovers: &[(usize, usize)]) -> Outlet {
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        return Outlet { name: site.to_string(), from: "page" };
    }
    if let Some(domain) = furniture_domain(text, tokens, leftovers) {
        return Outlet { name: domain.to_string(), from: "text" };
    }
    if let Some(site) = masthead(text) {
        return Outlet { name: site.to_string(), from: "text" };
    }
    Outlet { name: file_stem(name), from: "file" }
}

/// A domain (`TheSocialPost.it`) in a boilerplate line or in the first or last lines.
fn furniture_domain<'a>(text: &'a str, tokens: &[Token], leftovers: &[(usize, usize)]) -> Option<&'a str> {
    let lines: Vec<(usize, usize)> = line_spans(text).filter(|&(s, e)| !text[s..e].trim().is_empty()).collect();
    let head = lines.get(EDGE_LINES.min(lines.len()).saturating_sub(1)).map_or(0, |l| l.1);
    let tail = lines.len().checked_sub(EDGE_LINES).and_then(|i| lines.get(i)).map_or(0, |l| l.0);
    let in_leftover = |at: usize| leftovers.iter().any(|&(s, e)| s <= at && at < e);
    let found: Vec<(usize, usize)> =
        tokens.iter().filter(|t| t.kind == TokenKind::Domain).map(|t| (t.start as usize, t.end as usize)).filter(|&(s, _)| in_leftover(s) || s < head || s >= tail).collect();
    // A domain in a boilerplate line ("read on …") first, else the first at either end.
    let best = found.iter().find(|&&(s, _)| in_leftover(s)).or(found.first())?;
    text.get(best.0..best.1)
}

/// Section labels that may stand alone under a headline and name no outlet.
const SECTIONS: &[&str] = &[
    "attualità",
    "cronaca",
    "cultura",
    "economia",
    "editoriale",
    "esteri",
    "foto",
    "home",
    "mondo",
    "news",
    "politica",
    "redazione",
    "sport",
    "video",
    "world",
    "business",
    "opinion",
    "politics",
    "editorial",
    "staff",
];

/// A site's name alone on the line under the headline: one capitalized word of letters and
/// digits (a person's byline has two or more), not a section label.
fn masthead(text: &str) -> Option<&str> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let (_headline, line) = (lines.next()?, lines.next()?);
    lines.next()?;
    let word = line.chars().count() >= 4 && line.chars().count() <= 40 && line.chars().all(char::is_alphanumeric) && line.starts_with(char::is_uppercase);
    (word && !SECTIONS.contains(&line.to_lowercase().as_str())).then_some(line)
}

fn line_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let span = (start, start + line.trim_end_matches(['\n', '\r']).len());
        start += line.len();
        span
    })
}

/// The file name without folders, extension and hash-like parts (8 or more hex digits).
fn file_stem(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.rsplit_once('.').filter(|(s, ext)| !s.is_empty() && ext.len() <= 8 && !ext.contains(' ')).map_or(base, |(s, _)| s);
    let hashlike = |part: &str| part.len() >= 8 && part.chars().all(|c| c.is_ascii_hexdigit()) && part.chars().any(|c| c.is_ascii_digit());
    let kept: Vec<&str> = stem.split(['_', '-']).filter(|p| !p.is_empty() && !hashlike(p)).collect();
    if kept.is_empty() {
        stem.to_string()
    } else {
        kept.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lang::Lang;
    use crate::text::tokenize::tokenize;

    fn of(name: &str, site: Option<&str>, text: &str) -> Outlet {
        let leftovers = crate::text::boilerplate::boilerplate_lines(text);
        outlet(name, site, text, &tokenize(text, Lang::It), &leftovers)
    }

    #[test]
    fn the_page_names_itself_first() {
        assert_eq!(of("a.html", Some("la Repubblica"), "Testo."), Outlet { name: "la Repubblica".into(), from: "page" });
    }

    #[test]
    fn a_domain_in_the_furniture_names_the_outlet() {
        let text = "Incontro tra Kim e Putin\n\nPubblicato: 19/06/2024\n\nUno.\n\nDue.\n\nTre.\n\nQuattro.\n\nCinque.\n\nSei.\n\nContinua a leggere su TheSocialPost.it";
        assert_eq!(of("001_696dc67a14f88ebb.txt", None, text), Outlet { name: "TheSocialPost.it".into(), from: "text" });
        // A site cited in the middle of the body is a source, not the outlet.
        let body = "Titolo\n\nUno.\n\nDue.\n\nTre.\n\nQuattro.\n\nSecondo Repubblica.it la visita è storica.\n\nSei.\n\nSette.\n\nOtto.\n\nNove.\n\nDieci.";
        assert_eq!(of("nota.txt", None, body).from, "file");
    }

    #[test]
    fn a_site_name_under_the_headline_names_the_outlet() {
        let text = "Putin incontra Kim in Corea del Nord\n\nAvantgardia\n\nLa recente visita di stato del presidente russo.";
        assert_eq!(of("000_5c068ba528019d8b.txt", None, text), Outlet { name: "Avantgardia".into(), from: "text" });
        assert_eq!(of("a.txt", None, "Titolo\n\nMario Rossi\n\nTesto.").from, "file", "a byline is a person");
        assert_eq!(of("a.txt", None, "Titolo\n\nEsteri\n\nTesto.").from, "file", "a section");
    }

    #[test]
    fn a_file_name_loses_its_hash() {
        assert_eq!(file_stem("000_5c068ba528019d8b.txt"), "000");
        assert_eq!(file_stem("seeds/ansa-5c068ba528019d8b.html"), "ansa");
        assert_eq!(file_stem("Corriere della Sera.md"), "Corriere della Sera");
        assert_eq!(file_stem("Document 1"), "Document 1");
        assert_eq!(file_stem("deadbeefcafe.txt"), "deadbeefcafe", "only letters: kept");
    }
}
