//! Names that differ in writing but name one entity (`USA`, `Stati Uniti`, `United States`),
//! in Italian and English. Names compare by `link::group_key`, so case, accents, spacing and
//! little words (`Corea Nord`, `Corea del Nord`) do not matter. Also the acronyms that a text
//! gives a name in parentheses (`Aviation Security Service (Avsec)`).

use super::link::{group_key, key};
use crate::schema::EntityKind;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Groups of names for one entity; the first name of a group stands for all.
const ALIASES: &[&[&str]] = &[
    &["Stati Uniti", "USA", "Stati Uniti d'America", "United States", "United States of America", "US"],
    &["Russia", "Federazione Russa", "Russian Federation"],
    &["Corea del Nord", "Nord Corea", "North Korea", "Repubblica Popolare Democratica di Corea", "Democratic People's Republic of Korea", "DPRK", "RPDC"],
    &["Corea del Sud", "Sud Corea", "South Korea", "Repubblica di Corea"],
    &["Regno Unito", "United Kingdom", "UK", "Gran Bretagna", "Great Britain"],
    &["ONU", "Nazioni Unite", "Organizzazione delle Nazioni Unite", "United Nations", "UN"],
    &["UE", "Unione Europea", "European Union", "EU"],
    &["NATO", "Alleanza Atlantica", "North Atlantic Treaty Organization", "Organizzazione del Trattato dell'Atlantico del Nord"],
    &["Cina", "China", "Repubblica Popolare Cinese", "People's Republic of China", "RPC"],
    &["Ucraina", "Ukraine"],
    &["Mosca", "Moscow"],
    &["Pechino", "Beijing"],
    &["Casa Bianca", "White House"],
    &["Cremlino", "Kremlin"],
    &["Dipartimento di Stato", "Department of State", "State Department"],
    &["Pentagono", "Pentagon"],
    &["Unione Sovietica", "Soviet Union", "URSS", "USSR"],
    &["Consiglio di Sicurezza", "Security Council"],
    &["Commissione europea", "European Commission"],
    &["Parlamento europeo", "European Parliament", "Europarlamento"],
    &["Banca d'Italia", "Bankitalia", "Bank of Italy"],
    &["BCE", "Banca centrale europea", "European Central Bank", "ECB"],
    &["FMI", "Fondo monetario internazionale", "International Monetary Fund", "IMF"],
    &["OMS", "Organizzazione mondiale della sanità", "World Health Organization", "WHO"],
    &["Corte penale internazionale", "International Criminal Court", "CPI", "ICC"],
    &["Vaticano", "Vatican", "Santa Sede", "Holy See", "Città del Vaticano", "Vatican City"],
    &["Germania", "Germany"],
    &["Francia", "France"],
    &["Spagna", "Spain"],
    &["Svizzera", "Switzerland"],
    &["Paesi Bassi", "Netherlands", "Olanda", "Holland"],
    &["Belgio", "Belgium"],
    &["Polonia", "Poland"],
    &["Ungheria", "Hungary"],
    &["Grecia", "Greece"],
    &["Turchia", "Turkey", "Türkiye"],
    &["Bielorussia", "Belarus"],
    &["Svezia", "Sweden"],
    &["Norvegia", "Norway"],
    &["Finlandia", "Finland"],
    &["Danimarca", "Denmark"],
    &["Irlanda", "Ireland"],
    &["Portogallo", "Portugal"],
    &["Croazia", "Croatia"],
    &["Giappone", "Japan"],
    &["Israele", "Israel"],
    &["Palestina", "Palestine"],
    &["Libano", "Lebanon"],
    &["Siria", "Syria"],
    &["Libia", "Libya"],
    &["Egitto", "Egypt"],
    &["Arabia Saudita", "Saudi Arabia"],
    &["Emirati Arabi Uniti", "United Arab Emirates", "EAU", "UAE"],
    &["Cisgiordania", "West Bank"],
    &["Messico", "Mexico"],
    &["Brasile", "Brazil"],
    &["Cile", "Chile"],
    &["Sudafrica", "South Africa"],
    &["Nuova Zelanda", "New Zealand"],
    &["Thailandia", "Thailand"],
    &["Filippine", "Philippines"],
    &["Kiev", "Kyiv"],
    &["Londra", "London"],
    &["Parigi", "Paris"],
    &["Bruxelles", "Brussels"],
    &["Berlino", "Berlin"],
    &["Varsavia", "Warsaw"],
    &["Ginevra", "Geneva"],
    &["Atene", "Athens"],
    &["Lisbona", "Lisbon"],
    &["Stoccolma", "Stockholm"],
    &["Gerusalemme", "Jerusalem"],
    &["Il Cairo", "Cairo"],
    &["Teheran", "Tehran"],
    &["Nuova Delhi", "New Delhi"],
    &["Seul", "Seoul"],
];

/// Short forms that a text uses for an entity once it has named it (`l’Alleanza` after
/// `NATO`, `la Federazione` after `Russia`), each with a name of that entity.
const SHORT_FORMS: &[(&str, &str)] = &[("Alleanza", "NATO"), ("Alliance", "NATO"), ("Federazione", "Russia"), ("Unione", "Unione Europea"), ("Union", "Unione Europea")];

/// For a short form with group key `key`, the key its entity's names link under.
pub fn short_form(key: &str) -> Option<&'static str> {
    static INDEX: OnceLock<HashMap<String, String>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let target = |name: &str| {
            let k = group_key(name);
            alias_key(&k).map_or(k, str::to_string)
        };
        SHORT_FORMS.iter().map(|(short, name)| (group_key(short), target(name))).collect()
    });
    index.get(key).map(String::as_str)
}

/// The key of the first name of the alias group of a name with group key `key`, if it has one.
pub fn alias_key(key: &str) -> Option<&'static str> {
    static INDEX: OnceLock<HashMap<String, String>> = OnceLock::new();
    let index = INDEX.get_or_init(|| ALIASES.iter().flat_map(|group| group.iter().map(|name| (group_key(name), group_key(group[0])))).collect());
    index.get(key).map(String::as_str)
}

/// The acronym in parentheses right after the name of a place or organization, which then
/// stands for it (`rest`: the text after the name). Its letters begin, in order, words of
/// the name, the first included, a word giving one or more (`Av`iation `Sec`urity,
/// `Avsec`); or, after an organization's name of two words or more, it is in capitals and
/// not a known alias: an acronym in another language (`Partito Popolare Sudtirolese (SVP)`).
/// Not after a person's name, where parentheses hold a party or an age.
pub fn acronym_after(name: &str, kind: EntityKind, rest: &str) -> Option<String> {
    if kind == EntityKind::Person {
        return None;
    }
    let inside = rest.trim_start_matches(' ').strip_prefix('(')?;
    let (len, _) = inside.char_indices().take(12).find(|&(_, c)| c == ')')?;
    let acronym = &inside[..len];
    let letters: Vec<char> = key(acronym).chars().collect();
    let shaped = letters.len() >= 2 && acronym.starts_with(char::is_uppercase) && acronym.chars().all(char::is_alphanumeric) && key(acronym) != key(name);
    let words: Vec<Vec<char>> = name.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’').map(|w| key(w).chars().collect()).filter(|w: &Vec<char>| !w.is_empty()).collect();
    let spelled = words.len() <= 12 && spells(&letters, &words, true);
    let foreign = kind == EntityKind::Organization && words.len() >= 2 && acronym.chars().all(char::is_uppercase) && alias_key(&group_key(acronym)).is_none();
    (shaped && (spelled || foreign)).then(|| acronym.to_string())
}

/// Whether `letters` begin, in order, some of `words` (each word used gives one or more;
/// the first word must be used when `first`).
fn spells(letters: &[char], words: &[Vec<char>], first: bool) -> bool {
    if letters.is_empty() {
        return true;
    }
    let Some((word, rest)) = words.split_first() else { return false };
    let used = (1..=word.len().min(letters.len())).any(|n| word[..n] == letters[..n] && spells(&letters[n..], rest, false));
    used || (!first && spells(letters, rest, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn acronyms_in_parentheses() {
        let after = |name: &str, kind: EntityKind, rest: &str| acronym_after(name, kind, rest);
        assert_eq!(after("Aviation Security Service", Organization, " (Avsec) said").as_deref(), Some("Avsec"));
        assert_eq!(after("Civil Aviation Authority", Organization, " (CAA)").as_deref(), Some("CAA"));
        assert_eq!(after("Repubblica Democratica del Congo", Location, " (RDC)").as_deref(), Some("RDC"));
        assert_eq!(after("Fratelli d'Italia", Organization, " (FdI)").as_deref(), Some("FdI"));
        assert_eq!(after("Partito Popolare Sudtirolese", Organization, " (SVP)").as_deref(), Some("SVP"));
        // Not a person's party, nor a known alias of something else, nor other words.
        assert_eq!(after("Matteo Salvini", Person, " (Lega)"), None);
        assert_eq!(after("Commissione europea", Organization, " (UE)"), None);
        assert_eq!(after("Ministero dell'Interno", Organization, " (Viminale)"), None);
        assert_eq!(after("Roma", Location, " (ANSA)"), None);
        assert_eq!(after("Aviation Security Service", Organization, " (a state agency)"), None);
        assert_eq!(after("Aviation Security Service", Organization, ", Avsec"), None);
    }
}
