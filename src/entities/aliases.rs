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
];

/// The key that stands for the alias group of a name with group key `key`, if it has one.
pub fn alias_key(key: &str) -> Option<&'static str> {
    static INDEX: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        for group in ALIASES {
            let head: &'static str = group[0];
            for name in *group {
                index.insert(group_key(name), head);
            }
        }
        index
    });
    index.get(key).copied()
}
