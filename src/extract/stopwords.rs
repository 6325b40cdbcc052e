//! Italian and English stop words for keyphrase extraction: function words, auxiliaries,
//! common verbs and adverbs, number and calendar words; gerunds (Italian) and participles
//! after an auxiliary (`ha firmato`, `was signed`); the prepositions that may join the words
//! of a phrase (`Corea del Nord`, `Department of State`); and generic words that make a poor
//! keyphrase on their own (`anni`, `livello`, `comments`). Words are lowercase and spelled
//! with a straight apostrophe; `normalize` brings a token to that form.

use crate::text::lang::Lang;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Italian function words, auxiliaries, common verbs and adverbs, number and calendar words.
const IT: &[&str] = &[
    // Articles and prepositions, simple, articulated and elided.
    "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "di", "d'", "a", "ad",
    "da", "in", "con", "su", "per", "tra", "fra", "del", "dello", "della", "dei", "degli",
    "delle", "dell'", "al", "allo", "alla", "ai", "agli", "alle", "all'", "dal", "dallo",
    "dalla", "dai", "dagli", "dalle", "dall'", "nel", "nello", "nella", "nei", "negli", "nelle",
    "nell'", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'", "col", "coi", "colla",
    "coll'", "cogli", "colle", "pel", "pei", "de", "de'", "lì", "là",
    // Conjunctions.
    "e", "ed", "o", "od", "ma", "però", "perché", "perchè", "poiché", "poichè", "anzi",
    "oppure", "né", "nè", "neppure", "nemmeno", "neanche", "se", "sebbene", "benché", "benchè",
    "quindi", "dunque", "pertanto", "infatti", "inoltre", "invece", "mentre", "quando",
    "come", "com'", "dove", "dov'", "che", "ch'", "cioè", "ovvero", "ossia", "sia", "nonché",
    "affinché", "finché", "purché", "qualora", "siccome", "tuttavia", "eppure", "comunque",
    "altrimenti", "perciò", "allora", "bensì", "nonostante", "malgrado",
    // Pronouns, demonstratives, possessives, indefinites.
    "io", "tu", "lui", "lei", "egli", "ella", "esso", "essa", "essi", "esse", "noi", "voi",
    "loro", "me", "te", "sé", "mi", "ti", "si", "ci", "vi", "ne", "m'", "t'", "s'", "c'", "v'",
    "n'", "glielo", "gliela", "glieli", "gliele", "gliene", "ce", "ve", "questo", "questa",
    "questi", "queste", "quest'", "quello", "quella", "quelli", "quelle", "quel", "quei",
    "quegli", "quell'", "ciò", "costui", "costei", "costoro", "colui", "colei", "coloro", "chi",
    "cui", "quale", "quali", "qual", "qual'", "quanto", "quanta", "quanti", "quante", "tanto",
    "tanta", "tanti", "tante", "tale", "tali", "tal", "ogni", "ognuno", "ognuna", "ognun",
    "ciascuno", "ciascuna", "ciascun", "qualcuno", "qualcuna", "qualcosa", "qualche",
    "nessuno", "nessuna", "nessun", "niente", "nulla", "alcuno", "alcuna", "alcuni", "alcune",
    "alcun", "altro", "altra", "altri", "altre", "altrui", "stesso", "stessa", "stessi",
    "stesse", "tutto", "tutta", "tutti", "tutte", "tutt'", "mio", "mia", "miei", "mie", "tuo",
    "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue", "nostro", "nostra", "nostri", "nostre",
    "vostro", "vostra", "vostri", "vostre", "proprio", "propria", "propri", "proprie", "certo",
    "certa", "certi", "certe", "molti", "molte", "parecchi", "parecchie", "pochi", "poche",
    "troppi", "troppe", "entrambi", "entrambe", "medesimo", "medesima", "talune", "taluni",
    // Adverbs.
    "non", "no", "sì", "anche", "anch'", "più", "piu", "meno", "molto", "molta", "moltissimo",
    "poco", "troppo", "ancora", "così", "cosi", "cos'", "già", "sempre", "mai", "spesso",
    "ormai", "subito", "oggi", "ieri", "domani", "ora", "adesso", "poi", "prima", "dopo", "qui",
    "qua", "forse", "circa", "quasi", "solo", "soltanto", "davvero", "appena", "insieme",
    "almeno", "persino", "perfino", "oltre", "soprattutto", "particolarmente", "nuovamente",
    "recentemente", "successivamente", "principalmente", "ulteriormente", "attualmente",
    "infine", "intanto", "ecco", "sotto", "sopra", "dentro", "fuori", "dietro", "davanti",
    "contro", "verso", "senza", "senz'", "durante", "secondo", "tramite", "mediante", "presso",
    "lungo", "entro", "riguardo", "rispetto", "attraverso", "accanto", "vicino", "intorno",
    "piuttosto", "bene", "male", "tantissimo", "altrettanto", "ovviamente",
    "purtroppo", "finalmente", "naturalmente", "certamente", "probabilmente", "sicuramente",
    "evidentemente", "peraltro", "oltretutto", "insomma", "addirittura",
    "solamente", "semplicemente", "direttamente", "completamente", "totalmente", "realmente",
    "effettivamente", "esattamente", "ripetutamente", "potenzialmente", "eccessivamente",
    "intensamente", "immediatamente", "ufficialmente", "dapprima", "finora",
    "tuttora", "allorché", "laddove", "ciononostante", "sinora", "po'", "pò", "ben", "sennò",
    // Essere.
    "essere", "sono", "sei", "è", "e'", "siamo", "siete", "ero", "eri", "era", "eravamo",
    "eravate", "erano", "fui", "fosti", "fu", "fummo", "foste", "furono", "sarò", "sarai",
    "sarà", "saremo", "sarete", "saranno", "sarei", "saresti", "sarebbe", "saremmo",
    "sareste", "sarebbero", "siano", "fossi", "fosse", "fossimo", "fossero", "stato", "stata",
    "stati", "state", "essendo",
    // Avere.
    "avere", "ho", "hai", "ha", "abbiamo", "avete", "hanno", "avevo", "avevi", "aveva",
    "avevamo", "avevate", "avevano", "ebbi", "avesti", "ebbe", "avemmo", "aveste", "ebbero",
    "avrò", "avrai", "avrà", "avremo", "avrete", "avranno", "avrei", "avresti", "avrebbe",
    "avremmo", "avreste", "avrebbero", "abbia", "abbiano", "avessi", "avesse", "avessimo",
    "avessero", "avuto", "avuta", "avuti", "avute", "avendo",
    // Stare, fare, potere, dovere, volere, andare, venire, dire.
    "stare", "sto", "stai", "sta", "stiamo", "stanno", "stavo", "stava", "stavano",
    "stando", "fare", "faccio", "fai", "fa", "facciamo", "fate", "fanno", "faceva",
    "facevano", "fece", "fecero", "farà", "faranno", "farebbe", "farebbero", "faccia",
    "facciano", "fatto", "fatta", "fatti", "fatte", "facendo", "potere", "posso", "puoi", "può",
    "possiamo", "potete", "possono", "poteva", "potevano", "potrà", "potranno", "potrebbe",
    "potrebbero", "possa", "possano", "potuto", "dovere", "devo", "devi", "deve", "dobbiamo",
    "dovete", "devono", "doveva", "dovevano", "dovrà", "dovranno", "dovrebbe", "dovrebbero",
    "debba", "debbano", "dovuto", "volere", "voglio", "vuoi", "vuole", "vogliamo", "volete",
    "vogliono", "voleva", "volevano", "vorrà", "vorranno", "vorrebbe", "vorrebbero", "voluto",
    "andare", "vado", "vai", "va", "vanno", "andato", "andata", "andati", "andrà", "venire",
    "viene", "vengono", "venuto", "venuta", "verrà", "verranno", "dire", "dico", "dice",
    "dicono", "detto", "detta", "disse", "dissero", "dicendo",
    // Common verbs of reporting and linking.
    "sembra", "sembrano", "sembrava", "sembrerebbe", "risulta", "risultano", "rimane",
    "rimangono", "diventa", "diventano", "continua", "continuano", "affermato", "dichiarato",
    "spiegato", "aggiunto", "sottolineato", "evidenziato", "ricordato", "riferito", "riferisce",
    "riportato", "riporta", "annunciato", "precisato", "osservato", "commentato", "scritto",
    "afferma", "dichiara", "spiega", "aggiunge", "sottolinea", "evidenzia", "ricorda",
    "vediamo", "leggere", "tratta", "trattano", "citato", "citata",
    // Number and ordinal words.
    "zero", "due", "tre", "quattro", "cinque", "sette", "otto", "nove", "dieci", "undici",
    "dodici", "tredici", "quindici", "venti", "trenta", "quaranta", "cinquanta", "cento",
    "mille", "mila", "milione", "milioni", "miliardo", "miliardi", "primo", "primi", "prime",
    "seconda", "secondi", "seconde", "terzo", "terza", "quarto", "quarta", "quinto", "ultimo",
    "ultima", "ultimi", "ultime", "doppio", "metà",
    // Calendar words.
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre", "lunedì", "martedì", "mercoledì",
    "giovedì", "venerdì", "sabato", "domenica", "stamattina", "stasera", "stanotte",
];

/// English function words, auxiliaries, common verbs and adverbs, number and calendar words.
const EN: &[&str] = &[
    // Articles, prepositions, conjunctions.
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
    "onto", "upon", "about", "above", "below", "after", "before", "against", "between",
    "among", "amid", "amongst", "through", "throughout", "during", "without", "within",
    "under", "over", "across", "along", "around", "behind", "beyond", "beside", "besides",
    "near", "off", "out", "up", "down", "toward", "towards", "via", "per", "since", "until",
    "till", "despite", "including", "inside", "outside", "unlike", "like", "than", "and",
    "or", "but", "nor", "so", "yet", "if", "because", "although", "though", "while",
    "whereas", "whether", "unless", "either", "neither", "both", "as", "also", "however",
    "therefore", "thus", "hence", "meanwhile", "moreover", "furthermore", "nevertheless",
    "instead", "otherwise", "according",
    // Pronouns, determiners.
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "this",
    "that", "these", "those", "who", "whom", "whose", "which", "what", "whatever", "whoever",
    "whichever", "when", "where", "why", "how", "all", "any", "some", "each", "every", "few",
    "many", "much", "more", "most", "less", "least", "other", "others", "another", "such",
    "same", "own", "no", "none", "nothing", "something", "anything", "everything", "someone",
    "anyone", "everyone", "nobody", "somebody", "everybody", "one", "ones", "there", "here",
    "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "he's", "he'd",
    "he'll", "she's", "she'd", "she'll", "it's", "we're", "we've", "we'd", "we'll",
    "they're", "they've", "they'd", "they'll", "that's", "there's", "here's", "what's",
    "who's", "let's", "where's", "how's", "when's", "why's",
    // Auxiliaries and modals, with their contractions.
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
    "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "ought", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "wouldn't", "shan't",
    "shouldn't", "can't", "cannot", "couldn't", "mustn't", "mightn't", "needn't", "ain't",
    // Common verbs.
    "said", "say", "says", "saying", "told", "tell", "tells", "get", "gets", "got", "getting",
    "make", "makes", "made", "making", "go", "goes", "went", "gone", "going", "come", "comes",
    "came", "coming", "take", "takes", "took", "taken", "give", "gives", "gave", "given",
    "see", "sees", "saw", "seen", "know", "knows", "knew", "known", "think", "thinks",
    "thought", "want", "wants", "wanted", "use", "uses", "used", "using", "seem", "seems",
    "seemed", "become", "becomes", "became", "added", "noted", "stated", "asked", "put",
    "let", "keep", "kept",
    // Adverbs.
    "not", "only", "very", "too", "just", "even", "still", "already", "ever", "never",
    "always", "often", "sometimes", "usually", "again", "once", "then", "now", "today",
    "yesterday", "tomorrow", "tonight", "ago", "soon", "later", "early", "almost", "nearly",
    "really", "quite", "rather", "perhaps", "maybe", "well", "back", "away", "far",
    "further", "together", "else", "indeed", "especially", "recently", "currently",
    "actually", "probably", "certainly", "clearly", "simply", "mostly", "mainly", "largely",
    "particularly", "reportedly", "allegedly", "approximately", "yes",
    // Number and ordinal words.
    "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "billion", "billions", "first", "second", "third",
    "fourth", "fifth", "last", "next", "half", "double", "dozen",
    // Calendar words.
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mr", "mrs", "ms",
];

/// Italian words that are auxiliaries after a verb (`è stato`) but nouns after an article or
/// a preposition (`lo Stato`, `visita di stato`, `gli stati uniti`).
const IT_AMBIGUOUS: &[&str] = &["stato", "stata", "stati", "state"];

/// Italian words after which an ambiguous word is a noun: articles and prepositions.
const IT_DETERMINERS: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "di", "d'", "a", "da",
    "in", "con", "su", "per", "tra", "fra", "del", "dello", "della", "dei", "degli", "delle",
    "dell'", "al", "allo", "alla", "ai", "agli", "alle", "all'", "dal", "dallo", "dalla",
    "dai", "dagli", "dalle", "dall'", "nel", "nello", "nella", "nei", "negli", "nelle",
    "nell'", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'", "ogni", "questo",
    "questi", "quello", "quegli", "quei", "due", "tre", "altri", "molti", "alcuni", "tutti",
];

/// Prepositions that may stand inside a phrase, between two of its words.
const IT_CONNECTORS: &[&str] =
    &["di", "d'", "del", "dello", "della", "dei", "degli", "delle", "dell'"];
const EN_CONNECTORS: &[&str] = &["of"];

/// Generic words: a phrase made only of them scores low (`a livello internazionale`, `anni`),
/// and the words of page furniture (`comments`, `leggi anche`, `privacy settings`).
const GENERIC: &[&str] = &[
    // Italian.
    "anno", "anni", "mese", "mesi", "giorno", "giorni", "settimana", "settimane", "volta",
    "volte", "modo", "modi", "parte", "parti", "caso", "casi", "cosa", "cose", "tempo", "tempi",
    "punto", "punti", "livello", "livelli", "tipo", "genere", "serie", "numero", "lato",
    "fine", "inizio", "ambito", "contesto", "termine", "termini", "momento", "situazione",
    "questione", "problema", "problemi", "aspetto", "aspetti", "elemento", "elementi",
    "esempio", "idea", "maniera", "persone", "persona", "gente", "mondo", "paese", "paesi",
    "luogo", "zona", "nuovo", "nuova", "nuovi", "nuove", "grande", "grandi", "importante",
    "importanti", "possibile", "possibili", "diverso", "diversa", "diversi", "diverse",
    "vari", "varie", "significativo", "significativa", "significativi", "significative",
    "attuale", "attuali", "principale", "principali", "particolare", "generale", "recenti",
    "internazionale", "internazionali", "nazionale", "nazionali", "crescente", "crescenti",
    "forte", "forti", "chiaro", "chiara", "recente", "secolo", "rapporto",
    "rapporti", "base", "basi", "domande", "domanda", "notizia", "notizie", "globale",
    "globali", "mondiale", "mondiali", "periodo", "periodi",
    // English.
    "year", "years", "month", "months", "day", "days", "week", "weeks", "time", "times",
    "way", "ways", "part", "parts", "case", "cases", "thing", "things", "lot", "lots", "fact",
    "point", "points", "level", "levels", "type", "kind", "number", "side", "end", "start",
    "term", "terms", "moment", "situation", "issue", "issues", "problem", "problems",
    "aspect", "example", "people", "person", "world", "country", "countries", "place",
    "area", "new", "old", "big", "great", "large", "small", "important", "possible",
    "different", "significant", "recent", "current", "main", "major", "particular",
    "general", "international", "national", "growing", "strong", "clear", "report",
    "reports", "news", "question", "questions",
    // Page furniture, either language.
    "comments", "comment", "commenti", "commento", "reply", "rispondi", "share", "condividi",
    "leggi", "read", "articolo", "articoli", "article", "articles", "foto", "photo", "video",
    "copyright", "privacy", "cookie", "cookies", "email", "e-mail", "address", "newsletter",
    "iscriviti", "subscribe", "click", "clicca", "link", "home", "menu", "contenuto",
    "contenuti", "pubblicato", "published", "settings", "impostazioni", "change", "required",
    "fields", "marked", "redazione", "tag", "tags", "sponsored", "pubblicità", "advertisement",
];

/// `word` lowercased with curly apostrophes made straight, as the lists spell it.
pub fn normalize(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).map(|c| if matches!(c, '’' | 'ʼ' | '‘') { '\'' } else { c }).collect()
}

/// The words of `lists`, for lookup.
fn set(lists: &[&[&'static str]]) -> HashSet<&'static str> {
    lists.iter().flat_map(|l| l.iter().copied()).collect()
}

/// Italian text often carries English page furniture, so Italian stops at English stop words too.
fn stop_set(lang: Lang) -> &'static HashSet<&'static str> {
    static IT_SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    static EN_SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    match lang {
        Lang::It => IT_SET.get_or_init(|| set(&[IT, EN])),
        Lang::En | Lang::Other => EN_SET.get_or_init(|| set(&[EN])),
    }
}

/// Whether `word` (normalized) is a stop word of `lang`.
pub fn is_stop(word: &str, lang: Lang) -> bool {
    stop_set(lang).contains(word)
}

/// Whether `word` (normalized) is a stop word only after a verb, a noun after a determiner.
pub fn is_ambiguous(word: &str, lang: Lang) -> bool {
    lang == Lang::It && IT_AMBIGUOUS.contains(&word)
}

/// Whether `word` (normalized) makes the next ambiguous word a noun.
pub fn is_determiner(word: &str, lang: Lang) -> bool {
    lang == Lang::It && IT_DETERMINERS.contains(&word)
}

/// Italian nouns and adjectives that end like a gerund.
const IT_NOT_GERUNDS: &[&str] = &[
    "comando", "comandi", "bando", "contrabbando", "dividendo", "reverendo", "crescendo",
    "tremendo", "stupendo", "orrendo", "nefando", "addendo",
];

/// Whether `word` (normalized, lowercase in the text) is an Italian gerund (`incontrando`,
/// `sostenendo`): a verb, never a keyphrase.
pub fn is_gerund(word: &str, lang: Lang) -> bool {
    lang == Lang::It && word.chars().count() >= 7 && (word.ends_with("ando") || word.ends_with("endo")) && !IT_NOT_GERUNDS.contains(&word)
}

/// Auxiliaries: a participle after one is a verb (`ha suscitato`, `was elected`).
const IT_AUXILIARIES: &[&str] = &[
    "ha", "hanno", "ho", "hai", "abbiamo", "avete", "aveva", "avevano", "avrà", "avranno",
    "avrebbe", "avrebbero", "abbia", "abbiano", "avesse", "avessero", "avere", "avendo", "è",
    "e'", "sono", "era", "erano", "sarà", "saranno", "sarebbe", "sarebbero", "sia", "siano",
    "fosse", "fossero", "essere", "essendo", "stato", "stata", "stati", "state", "viene",
    "vengono", "venne", "vennero", "verrà", "verranno", "verrebbe",
];
const EN_AUXILIARIES: &[&str] =
    &["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having"];

/// Whether `word` (normalized, lowercase in the text) looks like a past participle and
/// `previous` (normalized) is an auxiliary: `ha suscitato`, `è stato firmato`, `has signed`.
pub fn is_participle(previous: &str, word: &str, lang: Lang) -> bool {
    match lang {
        Lang::It => {
            const ENDINGS: [&str; 12] = ["ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"];
            IT_AUXILIARIES.contains(&previous) && word.len() >= 5 && ENDINGS.iter().any(|e| word.ends_with(e))
        }
        Lang::En | Lang::Other => EN_AUXILIARIES.contains(&previous) && word.len() >= 4 && word.ends_with("ed"),
    }
}

/// Whether `word` (normalized) may join two words of a phrase.
pub fn is_connector(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::It => IT_CONNECTORS.contains(&word),
        Lang::En | Lang::Other => EN_CONNECTORS.contains(&word),
    }
}

/// Whether `word` (normalized) is a generic word or page furniture.
pub fn is_generic(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(&[GENERIC])).contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_normalized() {
        for w in IT.iter().chain(EN).chain(GENERIC).chain(IT_CONNECTORS).chain(IT_DETERMINERS) {
            assert_eq!(normalize(w), *w, "{w}");
        }
    }

    #[test]
    fn apostrophes_and_case() {
        assert!(is_stop(&normalize("Dell’"), Lang::It));
        assert!(is_stop(&normalize("dell'"), Lang::It));
        assert!(is_stop(&normalize("È"), Lang::It));
        assert!(is_stop(&normalize("Your"), Lang::It));
        assert!(is_participle("ha", "suscitato", Lang::It) && !is_participle("il", "trattato", Lang::It));
        assert!(is_participle("was", "elected", Lang::En) && !is_participle("the", "red", Lang::En));
        assert!(is_gerund("incontrando", Lang::It) && !is_gerund("comando", Lang::It) && !is_gerund("quando", Lang::It));
        assert!(!is_stop("era", Lang::En));
        assert!(is_connector(&normalize("d’"), Lang::It));
        assert!(is_connector("of", Lang::En) && !is_connector("of", Lang::It));
        assert!(!is_stop("cooperazione", Lang::It) && !is_stop("state", Lang::En));
    }
}
