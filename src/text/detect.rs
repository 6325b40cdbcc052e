//! Detects the language of a text: Italian, English or other, with whatlang's trigram
//! profiles, falling back to counting each language's commonest words on short texts.

use super::lang::Lang;
use whatlang::Lang as W;

/// The language of `text`.
pub fn detect(text: &str) -> Lang {
    // A sample is enough and keeps detection cheap on huge inputs.
    let sample = &text[..super::offsets::floor_boundary(text, text.len().min(20_000))];
    match whatlang::detect(sample) {
        Some(info) if info.lang() == W::Ita => Lang::It,
        Some(info) if info.lang() == W::Eng => Lang::En,
        Some(info) if info.is_reliable() => by_stop_words(sample).unwrap_or(Lang::Other),
        _ => by_stop_words(sample).unwrap_or(Lang::Other),
    }
}

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
    }
}
