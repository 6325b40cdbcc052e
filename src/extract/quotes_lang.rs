//! The Italian and English words that `quotes` reads attributions with: speech verbs and
//! their auxiliaries, the words that may stand between them, the cues of reported sources
//! (`secondo`, `according to`), and the capitalized words that are not names. All lowercase,
//! apostrophes written `’`.

/// Italian auxiliaries before a speech participle: `ha detto`, `hanno dichiarato`.
pub const AUX_IT: &[&str] = &[
    "ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "abbia", "abbiano", "avrà",
    "avranno",
];

/// Italian adverbs that may stand inside a speech verb (`ha poi aggiunto`) or after it.
pub const ADVERBS_IT: &[&str] = &[
    "anche", "poi", "inoltre", "invece", "già", "ancora", "infatti", "quindi", "però", "pure",
    "successivamente", "ripetutamente", "subito", "ieri", "oggi", "recentemente", "sempre",
    "anzi", "peraltro", "dunque", "allora", "intanto", "tuttavia", "comunque", "appunto",
    "chiaramente", "esplicitamente", "apertamente", "personalmente", "stamattina", "stamani",
    "stasera", "più", "volte", "nuovamente",
];

/// Italian past participles of speech verbs, after an auxiliary.
pub const PARTICIPLES_IT: &[&str] = &[
    "detto", "affermato", "dichiarato", "sottolineato", "aggiunto", "spiegato", "commentato",
    "scritto", "riferito", "annunciato", "ribadito", "osservato", "parlato", "precisato",
    "ricordato", "replicato", "risposto", "concluso", "assicurato", "avvertito", "ammesso",
    "confermato", "denunciato", "definito", "descritto", "chiarito", "insistito", "evidenziato",
    "raccontato", "rivelato", "twittato", "esordito", "proseguito", "incalzato", "ammonito",
    "puntualizzato", "rilevato", "notato", "chiesto", "promesso", "garantito", "sostenuto",
    "tuonato", "minacciato",
];

/// Italian finite speech verbs that stand alone: `dice Kim`, `Putin afferma`, `disse`.
pub const FINITE_IT: &[&str] = &[
    "dice", "dicono", "afferma", "affermano", "dichiara", "dichiarano", "sottolinea",
    "sottolineano", "aggiunge", "aggiungono", "spiega", "spiegano", "commenta", "commentano",
    "scrive", "scrivono", "riferisce", "riferiscono", "annuncia", "annunciano", "ribadisce",
    "osserva", "precisa", "ricorda", "risponde", "rispondono", "conclude", "assicura", "avverte",
    "ammette", "chiarisce", "insiste", "evidenzia", "racconta", "rivela", "incalza", "rileva",
    "sostiene", "sostengono", "chiede", "promette", "garantisce", "tuona", "twitta", "definisce",
    "descrive", "disse", "dissero", "affermò", "dichiarò", "aggiunse", "spiegò", "scrisse",
    "rispose", "sottolineò", "concluse", "commentò", "annunciò", "ribadì", "osservò", "precisò",
    "ricordò", "replicò", "riferì",
];

/// Italian infinitives with `lo` that open `A dirlo è stato X`.
pub const INFINITIVES_LO_IT: &[&str] = &[
    "dirlo", "affermarlo", "dichiararlo", "annunciarlo", "scriverlo", "riferirlo", "spiegarlo",
    "sottolinearlo", "ribadirlo", "precisarlo", "ricordarlo", "confermarlo", "rivelarlo",
    "raccontarlo", "sostenerlo", "commentarlo", "chiarirlo",
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
    "il", "lo", "la", "l’", "un", "uno", "una", "del", "dello", "della", "al", "allo", "alla",
    "nel", "nello", "nella", "dal", "dallo", "dalla", "sul", "sullo", "sulla", "i", "gli", "le",
    "ogni", "in", "per", "di",
];

/// Italian words that open a sentence attributing the one before: `Lo ha detto X`.
pub const LEADS_IT: &[&str] = &["lo", "l’"];

/// English auxiliaries before a speech verb: `has said`, `had told`.
pub const AUX_EN: &[&str] = &["has", "have", "had", "would", "will", "did"];

/// The English word that names a source with `to`: `according to X`.
pub const SOURCE_EN: &[&str] = &["according"];

/// English adverbs that may stand inside or after a speech verb: `later said`, `said again`.
pub const ADVERBS_EN: &[&str] = &[
    "also", "later", "then", "previously", "earlier", "further", "again", "once", "recently",
    "repeatedly", "reportedly", "publicly", "separately", "first", "just", "already", "often",
    "yesterday", "today", "privately", "simply",
];

/// English speech verbs, past and third person: `said`, `says`, `told`, `added`.
pub const VERBS_EN: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "explained",
    "explains", "noted", "asked", "asks", "replied", "replies", "warned", "warns", "declared",
    "declares", "announced", "announces", "commented", "insisted", "insists", "argued",
    "argues", "stressed", "stresses", "tweeted", "recalled", "recalls", "responded",
    "responds", "answered", "admitted", "admits", "acknowledged", "acknowledges", "confirmed",
    "confirms", "emphasized", "emphasised", "observed", "remarked", "concluded", "continued",
    "described", "describes", "urged", "urges", "promised", "predicted", "cautioned",
    "conceded", "suggested", "suggests", "claimed", "called",
];

/// English speech verbs in the base form, only after an auxiliary: `would say`.
pub const BASE_EN: &[&str] = &["say", "tell", "add", "write", "explain", "insist", "argue", "warn"];

/// Italian and English words that join two clauses sharing a subject: `Putin ha elogiato
/// Kim e ha assicurato`.
pub const COORDINATORS: &[&str] = &["e", "ed", "ma", "and", "but"];

/// Words that end the subject of a verb after a quotation: `” e ha aggiunto` is no
/// attribution.
pub const CONJUNCTIONS: &[&str] = &[
    "e", "ed", "ma", "o", "che", "mentre", "perché", "se", "and", "but", "or", "that", "while",
    "which", "who", "because", "if", "as",
];

/// Indefinite articles, skipped before a speaker.
pub const ARTICLES: &[&str] = &["un", "uno", "una", "un’", "a", "an"];

/// Definite articles, kept in front of an organization speaker (`la Tass`).
pub const DEFINITE_ARTICLES: &[&str] = &["il", "lo", "la", "l’", "i", "gli", "le", "the"];

/// Roles and titles that may stand between a speech verb and the name after it: `ha detto
/// il leader nordcoreano Kim Jong-un`.
pub const ROLES: &[&str] = &[
    "presidente", "leader", "premier", "ministro", "ministra", "portavoce", "segretario",
    "segretaria", "generale", "capo", "direttore", "direttrice", "ambasciatore", "cancelliere",
    "senatore", "senatrice", "deputato", "deputata", "sindaco", "sindaca", "governatore",
    "consigliere", "consigliera", "dittatore", "papa", "re", "regina", "principe", "agenzia",
    "quotidiano", "giornale", "comandante", "procuratore", "giudice", "professore", "dottor",
    "dottore", "president", "spokesman", "spokeswoman", "spokesperson", "minister",
    "secretary", "chief", "director", "ambassador", "senator", "governor", "mayor", "adviser",
    "advisor", "chancellor", "prime", "general", "agency", "newspaper", "commander", "judge",
    "professor", "dr", "mr", "mrs", "ms",
];

/// Lowercase words that may join the parts of a name: `Ursula von der Leyen`.
pub const PARTICLES: &[&str] = &["de", "da", "di", "del", "della", "von", "van", "der", "den", "bin", "al", "el", "le", "du", "dos"];

/// Capitalized words that are not names: articles, pronouns, prepositions, conjunctions
/// and adverbs that start sentences.
pub const NOT_NAMES: &[&str] = &[
    "il", "lo", "la", "l’", "i", "gli", "le", "un", "uno", "una", "un’", "io", "tu", "lui",
    "lei", "egli", "ella", "noi", "voi", "loro", "essi", "esse", "questo", "questa", "questi",
    "queste", "quello", "quella", "quelli", "e", "ed", "ma", "o", "per", "in", "con", "da",
    "di", "a", "ad", "su", "tra", "fra", "dopo", "prima", "durante", "secondo", "oggi", "ieri",
    "domani", "poi", "anche", "inoltre", "però", "quindi", "così", "come", "quando", "mentre",
    "se", "non", "già", "ancora", "infatti", "intanto", "pertanto", "nel", "nella", "nei",
    "del", "della", "dei", "al", "alla", "ai", "dal", "dalla", "sul", "sulla", "ha", "hanno",
    "è", "sono", "c’è", "chi", "cosa", "dove", "nonostante", "tuttavia", "insomma", "ecco",
    "the", "a", "an", "he", "she", "it", "they", "we", "you", "i", "this", "that", "these",
    "those", "there", "his", "her", "their", "our", "my", "and", "but", "or", "for", "on",
    "at", "with", "by", "from", "after", "before", "during", "today", "yesterday", "then",
    "also", "however", "so", "as", "when", "while", "if", "not", "according", "in", "of",
    "what", "who", "why", "how", "meanwhile", "still", "yet", "now", "here", "said", "says",
];
