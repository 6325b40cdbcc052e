//! Italian and English words that `values` looks for: months, weekdays, multipliers,
//! currencies, percent words, written numbers, cue words, and words that are no units. All
//! lowercase, without a final period; `values` lowercases the token on the stack before looking.

/// Month names, both languages, with the month number.
pub const MONTHS: &[(&str, u8)] = &[
    ("gennaio", 1),
    ("febbraio", 2),
    ("marzo", 3),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("agosto", 8),
    ("settembre", 9),
    ("ottobre", 10),
    ("novembre", 11),
    ("dicembre", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// Month names that are also common words: they count only when capitalized.
pub const AMBIGUOUS_MONTHS: &[&str] = &["may", "march"];

/// Italian month abbreviations; they count with a period (`gen.`) or a capital (`Gen`).
pub const MONTH_ABBR_IT: &[(&str, u8)] =
    &[("gen", 1), ("genn", 1), ("feb", 2), ("febbr", 2), ("mar", 3), ("apr", 4), ("mag", 5), ("giu", 6), ("lug", 7), ("ago", 8), ("set", 9), ("sett", 9), ("ott", 10), ("nov", 11), ("dic", 12)];

/// English month abbreviations; they count with a period (`Jan.`) or a capital (`Jan`).
pub const MONTH_ABBR_EN: &[(&str, u8)] = &[("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)];

/// Weekday names, both languages, Italian with and without the accent.
pub const WEEKDAYS: &[&str] = &[
    "lunedì",
    "lunedi",
    "martedì",
    "martedi",
    "mercoledì",
    "mercoledi",
    "giovedì",
    "giovedi",
    "venerdì",
    "venerdi",
    "sabato",
    "domenica",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// English weekday abbreviations; they count only with a period (`Tue.`).
pub const WEEKDAY_ABBR_EN: &[&str] = &["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/// Words that multiply the number before them, as a power of ten.
pub const MULTIPLIERS: &[(&str, i32)] = &[
    ("mila", 3),
    ("thousand", 3),
    ("hundred", 2),
    ("milione", 6),
    ("milioni", 6),
    ("mln", 6),
    ("mn", 6),
    ("million", 6),
    ("millions", 6),
    ("miliardo", 9),
    ("miliardi", 9),
    ("mld", 9),
    ("mrd", 9),
    ("billion", 9),
    ("billions", 9),
    ("bn", 9),
    ("bln", 9),
    ("trillion", 12),
    ("trillions", 12),
    ("tn", 12),
    ("bilione", 12),
    ("bilioni", 12),
];

/// Multipliers that count only after a currency sign (`$5m`, `€3k`): alone they are units.
pub const MONEY_MULTIPLIERS: &[(&str, i32)] = &[("k", 3), ("m", 6), ("b", 9)];

/// Currency signs and their ISO 4217 codes.
pub const CURRENCY_SIGNS: &[(&str, &str)] = &[("€", "EUR"), ("$", "USD"), ("£", "GBP"), ("¥", "JPY"), ("₽", "RUB"), ("₹", "INR"), ("₩", "KRW"), ("₺", "TRY"), ("₴", "UAH"), ("₿", "BTC")];

/// Currency names, both languages, and their ISO 4217 codes.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("dollaro", "USD"),
    ("dollari", "USD"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("sterlina", "GBP"),
    ("sterline", "GBP"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rublo", "RUB"),
    ("rubli", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("franchi", "CHF"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("rupia", "INR"),
    ("rupie", "INR"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("grivna", "UAH"),
    ("grivne", "UAH"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("bitcoin", "BTC"),
];

/// Currency codes written in capitals before or after the number (`USD 5`, `50 EUR`).
pub const CURRENCY_CODES: &[&str] = &["EUR", "USD", "GBP", "JPY", "CNY", "CHF", "RUB", "INR", "UAH", "CAD", "AUD"];

/// One-word percent markers after a number (`per cento` and `per cent` are two tokens).
pub const PERCENT_WORDS: &[&str] = &["percento", "percent", "pct"];

/// Spans of time and rounds of play: `2 in 10 minutes` is a rate, not a proportion.
pub const SPANS: &[&str] =
    &["secondi", "minuti", "ore", "giorni", "settimane", "mesi", "anni", "partite", "gare", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "games", "matches", "races"];

/// Words for degrees after a number: `30 gradi`, `30 degrees`.
pub const DEGREE_WORDS: &[&str] = &["gradi", "grado", "degrees", "degree"];
/// Words near `gradi` that make them no temperature: `4.2 gradi Richter`, `due gradi di
/// processo`.
pub const NOT_TEMPERATURE_IT: &[&str] = &["richter", "mercalli", "magnitudo", "scala", "sisma", "scossa", "terremoto", "processo", "giudizio", "parentela", "separazione"];
/// Words before `gradi` that make them an angle: `inclinata di 35 gradi`.
pub const ANGLE_CUES_IT: &[&str] =
    &["inclinazione", "inclinata", "inclinato", "rotazione", "ruotato", "ruotata", "angolo", "svolta", "virata", "latitudine", "longitudine", "pendenza", "gira", "girato"];
/// Temperature scales after degrees, and their units: `30 gradi centigradi`.
pub const SCALES: &[(&str, &str)] = &[("celsius", "°C"), ("centigradi", "°C"), ("centigrade", "°C"), ("fahrenheit", "°F")];
/// Units of speed in one word, and their normalized form: `150 km/h`, `60 mph`.
pub const SPEED_WORDS: &[(&str, &str)] = &[("km/h", "km/h"), ("kmh", "km/h"), ("km/ora", "km/h"), ("mph", "mph")];
/// Kilometres and miles: a speed before `orari`, `all'ora`, `/h`, `per hour`.
pub const KM_WORDS: &[&str] = &["km", "chilometri", "kilometres", "kilometers"];
/// See [`KM_WORDS`].
pub const MILE_WORDS: &[&str] = &["miles", "mile"];

/// Hour markers after a number (`10 a.m.`), English.
pub const AM: &[&str] = &["am", "a.m"];
/// See [`AM`].
pub const PM: &[&str] = &["pm", "p.m"];

/// Italian written numbers. Those worth 1 count only before a multiplier (`un milione`).
pub const WRITTEN_IT: &[(&str, u32)] = &[
    ("un", 1),
    ("uno", 1),
    ("una", 1),
    ("due", 2),
    ("tre", 3),
    ("quattro", 4),
    ("cinque", 5),
    ("sei", 6),
    ("sette", 7),
    ("otto", 8),
    ("nove", 9),
    ("dieci", 10),
    ("undici", 11),
    ("dodici", 12),
    ("venti", 20),
    ("trenta", 30),
    ("quaranta", 40),
    ("cinquanta", 50),
    ("sessanta", 60),
    ("settanta", 70),
    ("ottanta", 80),
    ("novanta", 90),
    ("cento", 100),
    ("mille", 1000),
];

/// English written numbers. Those worth 1 count only before a multiplier (`a million`).
pub const WRITTEN_EN: &[(&str, u32)] = &[
    ("a", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Words before a bare four-digit number that make it a year: `nel 2000`.
pub const YEAR_CUES_IT: &[&str] =
    &["nel", "del", "dal", "al", "il", "entro", "nell", "dell", "dall", "all", "anno", "fino", "sin", "sino", "prima", "dopo", "tra", "fra", "estate", "inverno", "primavera", "autunno"];
/// See [`YEAR_CUES_IT`]: `in 2000`, `the 2024 election`.
pub const YEAR_CUES_EN: &[&str] =
    &["in", "of", "since", "by", "until", "till", "from", "before", "after", "during", "year", "the", "between", "through", "circa", "summer", "winter", "spring", "autumn"];

/// Words before a month name alone that make it a date: `a giugno`, `in June`.
pub const MONTH_CUES_IT: &[&str] = &["a", "ad", "in", "di", "da", "entro", "fino", "tra", "fra", "dal", "nel", "dell"];
/// See [`MONTH_CUES_IT`].
pub const MONTH_CUES_EN: &[&str] = &["in", "since", "by", "until", "till", "of", "from", "last", "next", "this", "during", "before", "after", "through"];

/// Words before a number that make `HH.MM` or `HH` a time: `alle 11.50`, `ore 15`.
pub const TIME_CUES_IT: &[&str] = &["alle", "dalle", "ore", "le", "delle", "verso"];
/// Words right before `11:50` that make it a time even after a word of ratios: `at 1:24`.
pub const TIME_CUES_EN: &[&str] = &["at", "by", "from", "until", "till", "around", "before", "after", "since"];

/// Words of ratios and scores: `11:50` shortly after one is no time (`in scala 1:24`,
/// `il rapporto è di 1:3`, `ha vinto 21:19`).
pub const RATIO_CUES_IT: &[&str] = &[
    "scala",
    "rapporto",
    "proporzione",
    "punteggio",
    "risultato",
    "vince",
    "vincono",
    "vinto",
    "vinta",
    "batte",
    "battono",
    "battuto",
    "battuta",
    "perde",
    "perdono",
    "perso",
    "persa",
    "finisce",
    "finiscono",
    "finita",
    "finito",
    "termina",
    "terminata",
    "terminato",
    "vittoria",
    "sconfitta",
    "pareggio",
];
/// See [`RATIO_CUES_IT`].
pub const RATIO_CUES_EN: &[&str] = &["scale", "ratio", "proportion", "score", "odds", "win", "wins", "won", "beat", "beats", "lose", "loses", "lost", "defeated", "victory", "defeat"];

/// Words before a bare hour that make it a time: `ore 15`, `alle 15`.
pub const HOUR_CUES_IT: &[&str] = &["ore", "alle", "dalle"];
/// Words before `le` or `delle` that make the number after them an hour: `verso le 23`.
pub const HOUR_PREPS_IT: &[&str] = &["verso", "entro", "dopo", "prima", "fino", "oltre"];
/// Words before `le` or `delle` that make the number after them a count: `tutte le 12`.
pub const QUANTIFIERS_IT: &[&str] = &["tutte", "tutti", "entrambe", "entrambi", "ciascuna", "ciascuno", "nessuna", "nessuno", "alcune", "alcuni", "molte", "molti", "poche", "pochi", "quali"];
/// Words after `le 15` that say it is an hour: `le 15 ora locale`, `le 9 circa`.
pub const HOUR_AFTER_IT: &[&str] = &["ora", "italiane", "locali", "circa", "precise", "esatte", "passate"];
/// Parts of the day after `del` or `di`: `le 3 del mattino`.
pub const DAY_PARTS_IT: &[&str] = &["mattina", "mattino", "pomeriggio", "sera", "notte", "oggi", "domani", "ieri"];

/// Words for a part of a period, before a year or a month: `fine del 2021`, `early 2024`.
pub const PERIOD_PARTS_IT: &[&str] = &["fine", "inizio", "metà", "meta"];
/// See [`PERIOD_PARTS_IT`]. `end`, `beginning` and `start` need `of` after them.
pub const PERIOD_PARTS_EN: &[&str] = &["early", "late", "mid", "end", "beginning", "start"];
/// English period parts that need `of`: `end of 2021`.
pub const PERIOD_PARTS_OF: &[&str] = &["end", "beginning", "start"];

/// Words between a period part, a month or a multiplier and what follows: `fine del 2021`,
/// `giugno del 2024`, `milioni di euro`, `end of 2021`.
pub const CONNECTORS: &[&str] = &["del", "dello", "dell", "degli", "di", "d", "of"];

/// Italian decade words after `anni`, with the decade's first year: `anni Novanta` → 1990.
/// Without a century, `anni Venti` is the 1920s, as in most news.
pub const DECADES_IT: &[(&str, u16)] =
    &[("dieci", 1910), ("venti", 1920), ("trenta", 1930), ("quaranta", 1940), ("cinquanta", 1950), ("sessanta", 1960), ("settanta", 1970), ("ottanta", 1980), ("novanta", 1990), ("duemila", 2000)];

/// Words that are never the counted noun of a quantity besides the stop words of
/// `extract::stopwords`: `2 volte`, `3 x 2`, `10 pm`.
pub const NOT_UNITS: &[&str] = &["l", "li", "fino", "volte", "times", "x", "vs", "versus", "am", "pm"];

/// English function words: never between a number and the plural it counts (`5 more
/// years` counts nothing).
pub const FUNCTION_EN: &[&str] = &[
    "the", "a", "an", "and", "or", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "that", "which", "who", "whom", "whose", "than", "but", "not", "per", "after", "before", "into", "onto", "over", "under", "about", "more", "less", "most", "least", "up", "down", "out",
    "off", "during", "since", "until", "while", "when", "where", "if", "so", "it", "its", "this", "these", "those", "their", "his", "her", "our", "my", "your", "will", "would", "can", "could", "may",
    "might", "should", "must", "shall", "also", "ago", "against", "between", "vs", "versus", "via", "through", "each", "other", "others", "all", "some", "any", "both", "either", "neither", "then",
    "there", "here", "what", "why", "how", "am", "pm", "times", "x", "percent",
];

/// English plurals without a final `s`: `5 million people`, `3 children`.
pub const PLURALS_EN: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "staff",
    "crew",
    "aircraft",
    "personnel",
    "cattle",
    "livestock",
    "sheep",
    "fish",
    "deer",
    "feet",
    "teeth",
    "mice",
    "geese",
    "data",
    "criteria",
    "bacteria",
    "offspring",
    "stone",
];

/// Stop words that are nouns after a number: `30 secondi`, `1 second`, `due fatti`, `8 fosse`.
pub const STOP_UNITS: &[&str] = &["secondi", "secondo", "second", "fatti", "fosse"];

/// English nouns that end in `-ly` as adverbs do: `1 family`.
pub const LY_NOUNS: &[&str] = &["family", "ally", "rally", "supply", "assembly", "anomaly", "monopoly", "reply", "belly", "bully", "jelly", "lily", "butterfly", "july", "italy", "grizzly"];

/// Italian adjectives that stand between a number and its noun: `due nuovi casi`,
/// `3 principali indiziati`.
pub const ADJECTIVES_IT: &[&str] = &[
    "nuovi",
    "nuove",
    "grandi",
    "piccoli",
    "piccole",
    "principali",
    "ulteriori",
    "diversi",
    "diverse",
    "vari",
    "varie",
    "presunti",
    "presunte",
    "veri",
    "vere",
    "potenziali",
    "possibili",
    "distinti",
    "distinte",
    "primi",
    "prime",
    "ultimi",
    "ultime",
];
