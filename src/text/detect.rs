//! Detects the language of a text: Italian, English or other, with whatlang's trigram
//! profiles, falling back to counting each language's commonest words on short texts. A
//! text of some length that whatlang reliably finds in another language is other: French
//! and Spanish share many of Italian's function words (`la`, `il`, `con`, `non`).

use super::lang::Lang;
use whatlang::{Info, Lang as W};

/// The language of `text`.
pub fn detect(text: &str) -> Lang {
    let sample = sample(text);
    let info = whatlang::detect(sample);
    match info.as_ref().map(Info::lang) {
        Some(W::Ita) => Lang::It,
        Some(W::Eng) => Lang::En,
        _ if surely_other(info.as_ref(), sample).is_some() => Lang::Other,
        _ => by_stop_words(sample).unwrap_or(Lang::Other),
    }
}

/// The English name of the language of `text` (`German`) when it is surely neither Italian
/// nor English.
pub fn foreign(text: &str) -> Option<&'static str> {
    let sample = sample(text);
    surely_other(whatlang::detect(sample).as_ref(), sample)
}

/// Whatlang's language when it is another than Italian and English, found reliably in a
/// text of some length.
fn surely_other(info: Option<&Info>, sample: &str) -> Option<&'static str> {
    let info = info.filter(|i| i.is_reliable() && !matches!(i.lang(), W::Ita | W::Eng))?;
    sample.split_whitespace().nth(LONG).map(|_| info.lang().eng_name())
}

/// A sample is enough and keeps detection cheap on huge inputs.
fn sample(text: &str) -> &str {
    &text[..super::offsets::floor_boundary(text, text.len().min(20_000))]
}

/// Words from which whatlang's reliable verdict is trusted over function words.
const LONG: usize = 20;

/// Italian or English when one language's function words clearly dominate.
fn by_stop_words(text: &str) -> Option<Lang> {
    const IT: &[&str] = &["il", "la", "di", "che", "e", "per", "un", "una", "non", "del", "della", "è", "sono", "con", "nel", "alla", "gli", "le"];
    const EN: &[&str] = &["the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "with", "was", "on", "are", "this", "be"];
    let (mut it, mut en) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let w = w.to_lowercase();
        it += usize::from(IT.contains(&w.as_str()));
        en += usize::from(EN.contains(&w.as_str()));
    }
    match (it, en) {
        (i, e) if i >= 2 && i > 2 * e => Some(Lang::It),
        (i, e) if e >= 2 && e > 2 * i => Some(Lang::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_italian_english_and_other() {
        assert_eq!(detect("La recente visita di stato del presidente russo in Corea del Nord ha suscitato reazioni."), Lang::It);
        assert_eq!(detect("The recent state visit of the Russian president to North Korea drew reactions."), Lang::En);
        assert_eq!(detect("Der jüngste Staatsbesuch des russischen Präsidenten in Nordkorea löste Reaktionen aus."), Lang::Other);
        let fr = "Le président russe est arrivé à Pyongyang pour une visite de deux jours. Il a signé avec le dirigeant nord-coréen un accord de défense mutuelle, que la Corée du Sud et les États-Unis ont critiqué.";
        let es = "El presidente ruso llegó a Pyongyang para una visita de dos días. Firmó con el líder norcoreano un acuerdo de defensa mutua, que Corea del Sur y los Estados Unidos criticaron con dureza.";
        assert_eq!(detect(fr), Lang::Other);
        assert_eq!(detect(es), Lang::Other);
        assert_eq!(foreign(es), Some("Spanish"));
        assert_eq!(foreign("Vladimir Putin meets Kim"), None, "too short to be sure");
    }
}
