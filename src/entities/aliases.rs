//! Names that differ in writing but name one entity (`USA`, `Stati Uniti`, `United States`),
//! in Italian and English. Keys are `link::key` forms: lowercase letters and digits only.

/// Groups of keys that name one entity; the first key of a group stands for all.
const ALIASES: &[&[&str]] = &[
    &["statiuniti", "usa", "statiunitidamerica", "unitedstates", "unitedstatesofamerica", "us"],
    &["russia", "federazionerussa", "russianfederation"],
    &["coreadelnord", "nordcorea", "northkorea", "repubblicapopolaredemocraticadicorea", "democraticpeoplesrepublicofkorea", "dprk", "rpdc"],
    &["coreadelsud", "sudcorea", "southkorea", "repubblicadicorea"],
    &["regnounito", "unitedkingdom", "uk", "granbretagna", "greatbritain"],
    &["onu", "nazioniunite", "organizzazionedellenazioniunite", "unitednations", "un"],
    &["ue", "unioneeuropea", "europeanunion", "eu"],
    &["nato", "allenzaatlantica", "alleanzaatlantica", "northatlantictreatyorganization", "organizzazionedeltrattatodellatlanticodelnord"],
    &["cina", "china", "repubblicapopolarecinese", "peoplesrepublicofchina", "rpc"],
    &["ucraina", "ukraine"],
    &["mosca", "moscow"],
    &["pechino", "beijing"],
    &["casabianca", "whitehouse"],
    &["cremlino", "kremlin"],
    &["dipartimentodistato", "departmentofstate", "statedepartment"],
];

/// The key that stands for `key`'s alias group, if it has one.
pub fn alias_key(key: &str) -> Option<String> {
    ALIASES.iter().find(|group| group.contains(&key)).map(|group| group[0].to_string())
}
