//! English words of attribution: speech verbs and their auxiliaries, the adverbs between
//! them, the cue of reported sources (`according to`). Lowercase.

/// English auxiliaries before a speech verb: `has said`, `had told`.
pub const AUX_EN: &[&str] = &["has", "have", "had", "would", "will", "did"];

/// The English word that names a source with `to`: `according to X`.
pub const SOURCE_EN: &[&str] = &["according"];

/// English adverbs that may stand inside or after a speech verb: `later said`, `said again`.
pub const ADVERBS_EN: &[&str] = &[
    "also",
    "later",
    "then",
    "previously",
    "earlier",
    "further",
    "again",
    "once",
    "recently",
    "repeatedly",
    "reportedly",
    "publicly",
    "separately",
    "first",
    "just",
    "already",
    "often",
    "yesterday",
    "today",
    "privately",
    "simply",
];

/// English speech verbs, past and third person: `said`, `says`, `told`, `added`.
pub const VERBS_EN: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "stated",
    "explained",
    "explains",
    "noted",
    "asked",
    "asks",
    "replied",
    "replies",
    "warned",
    "warns",
    "declared",
    "declares",
    "announced",
    "announces",
    "commented",
    "insisted",
    "insists",
    "argued",
    "argues",
    "stressed",
    "stresses",
    "tweeted",
    "recalled",
    "recalls",
    "responded",
    "responds",
    "answered",
    "admitted",
    "admits",
    "acknowledged",
    "acknowledges",
    "confirmed",
    "confirms",
    "emphasized",
    "emphasised",
    "observed",
    "remarked",
    "concluded",
    "continued",
    "described",
    "describes",
    "urged",
    "urges",
    "promised",
    "predicted",
    "cautioned",
    "conceded",
    "suggested",
    "suggests",
    "claimed",
    "called",
    "shouted",
    "yelled",
    "screamed",
    "joked",
    "quipped",
    "exclaimed",
    "revealed",
    "reveals",
    "saying",
    "adding",
    "telling",
    "writing",
    "explaining",
    "insisting",
    "warning",
];

/// English speech verbs in the base form, only after an auxiliary: `would say`.
pub const BASE_EN: &[&str] = &["say", "tell", "add", "write", "explain", "insist", "argue", "warn"];

/// The preposition before who heard a statement: `said to reporters`.
pub const LISTENER_EN: &[&str] = &["to"];

/// Words that announce a title or a name in quotation marks: `the song "…"`, `dubbed "…"`.
pub const TITLE_CUES_EN: &[&str] = &[
    "film",
    "movie",
    "book",
    "novel",
    "memoir",
    "song",
    "single",
    "album",
    "record",
    "show",
    "series",
    "programme",
    "program",
    "play",
    "musical",
    "documentary",
    "episode",
    "exhibition",
    "campaign",
    "project",
    "operation",
    "slogan",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "named",
    "magazine",
    "newspaper",
    "column",
    "report",
    "award",
    "hashtag",
    "app",
    "game",
    "brand",
    "label",
    "tagline",
    "headline",
    "sign",
    "banner",
    "bill",
    "act",
    "motto",
    "poem",
    "painting",
];

/// Pronouns a speaker may be referred to by: `he said`.
pub const PRONOUNS_EN: &[&str] = &["he", "she"];

/// Words that open a description of a speaker besides articles: `one source`, `his mother`.
pub const DETERMINERS_EN: &[&str] = &["one", "another", "some", "two", "three", "several", "many"];

/// Possessives that open a description of a speaker: `his son`.
pub const POSSESSIVES_EN: &[&str] = &["his", "her", "their"];
