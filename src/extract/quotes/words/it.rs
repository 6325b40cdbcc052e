//! Italian words of attribution: speech verbs and their auxiliaries, the adverbs between
//! them, the cues of reported sources (`secondo`). Lowercase, apostrophes written `’`.

/// Italian auxiliaries before a speech participle: `ha detto`, `hanno dichiarato`.
pub const AUX_IT: &[&str] = &["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "abbia", "abbiano", "avrà", "avranno"];

/// Italian adverbs that may stand inside a speech verb (`ha poi aggiunto`) or after it.
pub const ADVERBS_IT: &[&str] = &[
    "anche",
    "poi",
    "inoltre",
    "invece",
    "già",
    "ancora",
    "infatti",
    "quindi",
    "però",
    "pure",
    "successivamente",
    "ripetutamente",
    "subito",
    "ieri",
    "oggi",
    "recentemente",
    "sempre",
    "anzi",
    "peraltro",
    "dunque",
    "allora",
    "intanto",
    "tuttavia",
    "comunque",
    "appunto",
    "chiaramente",
    "esplicitamente",
    "apertamente",
    "personalmente",
    "stamattina",
    "stamani",
    "stasera",
    "più",
    "volte",
    "nuovamente",
    "così",
];

/// Italian past participles of speech verbs, after an auxiliary.
pub const PARTICIPLES_IT: &[&str] = &[
    "detto",
    "affermato",
    "dichiarato",
    "sottolineato",
    "aggiunto",
    "spiegato",
    "commentato",
    "scritto",
    "riferito",
    "annunciato",
    "ribadito",
    "osservato",
    "parlato",
    "precisato",
    "ricordato",
    "replicato",
    "risposto",
    "concluso",
    "assicurato",
    "avvertito",
    "ammesso",
    "confermato",
    "denunciato",
    "definito",
    "descritto",
    "chiarito",
    "insistito",
    "evidenziato",
    "raccontato",
    "rivelato",
    "twittato",
    "esordito",
    "proseguito",
    "incalzato",
    "ammonito",
    "puntualizzato",
    "rilevato",
    "notato",
    "chiesto",
    "promesso",
    "garantito",
    "sostenuto",
    "tuonato",
    "minacciato",
    "gridato",
    "urlato",
    "esclamato",
    "lamentato",
    "auspicato",
    "sentenziato",
    "scandito",
    "confidato",
];

/// Italian finite speech verbs that stand alone: `dice Kim`, `Putin afferma`, `disse`.
pub const FINITE_IT: &[&str] = &[
    "dice",
    "dicono",
    "afferma",
    "affermano",
    "dichiara",
    "dichiarano",
    "sottolinea",
    "sottolineano",
    "aggiunge",
    "aggiungono",
    "spiega",
    "spiegano",
    "commenta",
    "commentano",
    "scrive",
    "scrivono",
    "riferisce",
    "riferiscono",
    "annuncia",
    "annunciano",
    "ribadisce",
    "osserva",
    "precisa",
    "ricorda",
    "risponde",
    "rispondono",
    "conclude",
    "assicura",
    "avverte",
    "ammette",
    "chiarisce",
    "insiste",
    "evidenzia",
    "racconta",
    "rivela",
    "incalza",
    "rileva",
    "sostiene",
    "sostengono",
    "chiede",
    "promette",
    "garantisce",
    "tuona",
    "twitta",
    "definisce",
    "descrive",
    "disse",
    "dissero",
    "affermò",
    "dichiarò",
    "aggiunse",
    "spiegò",
    "scrisse",
    "rispose",
    "sottolineò",
    "concluse",
    "commentò",
    "annunciò",
    "ribadì",
    "osservò",
    "precisò",
    "ricordò",
    "replicò",
    "riferì",
    "dicendo",
    "affermando",
    "dichiarando",
    "spiegando",
    "aggiungendo",
    "sottolineando",
    "definendo",
    "ricordando",
    "precisando",
    "commentando",
    "scrivendo",
    "replicando",
    "grida",
    "urla",
    "esclama",
    "replica",
    "prosegue",
    "continua",
];

/// Italian infinitives with `lo` that open `A dirlo è stato X`.
pub const INFINITIVES_LO_IT: &[&str] = &[
    "dirlo",
    "affermarlo",
    "dichiararlo",
    "annunciarlo",
    "scriverlo",
    "riferirlo",
    "spiegarlo",
    "sottolinearlo",
    "ribadirlo",
    "precisarlo",
    "ricordarlo",
    "confermarlo",
    "rivelarlo",
    "raccontarlo",
    "sostenerlo",
    "commentarlo",
    "chiarirlo",
];

/// Forms of `essere` in `A dirlo è stato X`.
pub const ESSERE_IT: &[&str] = &["è", "e’", "sono", "stato", "stata", "stati", "state", "fu"];

/// Italian participles of reporting after `secondo quanto`: `secondo quanto riportato da`.
pub const REPORTED_IT: &[&str] = &["riportato", "riferito", "reso", "noto", "scritto", "annunciato", "dichiarato", "affermato", "detto"];

/// `da` with its articles, after a reporting participle.
pub const DA_IT: &[&str] = &["da", "dal", "dallo", "dalla", "dall’", "dai", "dagli", "dalle"];

/// The Italian word that names a source: `secondo X`.
pub const SOURCE_IT: &[&str] = &["secondo"];

/// Italian words that, before `secondo`, make it an ordinal (`il secondo tentativo`).
pub const BEFORE_ORDINAL_IT: &[&str] = &[
    "il", "lo", "la", "l’", "un", "uno", "una", "del", "dello", "della", "al", "allo", "alla", "nel", "nello", "nella", "dal", "dallo", "dalla", "sul", "sullo", "sulla", "i", "gli", "le", "ogni",
    "in", "per", "di",
];

/// Italian words that open a sentence attributing the one before: `Lo ha detto X`.
pub const LEADS_IT: &[&str] = &["lo", "l’"];

/// Prepositions before who heard a statement: `ha detto ai giornalisti`.
pub const LISTENER_IT: &[&str] = &["a", "ad", "al", "allo", "alla", "all’", "ai", "agli", "alle"];

/// Words that announce a title or a name in quotation marks: `il film «…»`, `detto «…»`.
pub const TITLE_CUES_IT: &[&str] = &[
    "film",
    "libro",
    "romanzo",
    "saggio",
    "canzone",
    "brano",
    "album",
    "disco",
    "singolo",
    "programma",
    "trasmissione",
    "serie",
    "spettacolo",
    "opera",
    "mostra",
    "rassegna",
    "festival",
    "campagna",
    "progetto",
    "operazione",
    "slogan",
    "titolo",
    "intitolato",
    "intitolata",
    "dal",
    "chiamato",
    "chiamata",
    "soprannominato",
    "soprannominata",
    "denominato",
    "denominata",
    "nome",
    "rivista",
    "giornale",
    "quotidiano",
    "documentario",
    "dossier",
    "rapporto",
    "premio",
    "associazione",
    "movimento",
    "comitato",
    "gruppo",
    "sigla",
    "marchio",
    "hashtag",
    "formula",
    "reato",
    "piano",
    "legge",
    "decreto",
    "missione",
    "tema",
];

/// Pronouns a speaker may be referred to by: `lui ha detto`.
pub const PRONOUNS_IT: &[&str] = &["lui", "lei", "egli", "ella"];

/// Words that open a description of a speaker besides articles: `questi`, `quest’ultimo`.
pub const DETERMINERS_IT: &[&str] = &["quest’ultimo", "quest’ultima", "questi", "uno", "alcuni", "alcune", "molti", "diversi"];

/// Possessives that open a description of a speaker: `suo padre`.
pub const POSSESSIVES_IT: &[&str] = &["suo", "sua", "loro"];

/// English words no Italian sentence has: a quotation of them in an Italian article is a
/// title or a slogan (`«Red card to trafficking during World Cup»`), not translated speech.
pub const ENGLISH_IN_IT: &[&str] = &["the", "to", "of", "and", "during", "before", "after", "for", "being", "with", "is", "are", "from", "by", "was", "were", "on", "at", "it", "this"];
