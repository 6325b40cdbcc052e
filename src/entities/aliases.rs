//! Names that differ in writing but name one entity (`USA`, `Stati Uniti`, `United States`),
//! in Italian and English. Names compare by `link::group_key`, so case, accents, spacing and
//! little words (`Corea Nord`, `Corea del Nord`) do not matter.

use super::link::group_key;
use std::collections::HashMap;
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
