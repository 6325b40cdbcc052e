//! English: abbreviations that keep their final period. Contractions (`don't`, `Putin's`)
//! stay one surface token, as in UD English EWT; the tokenizer needs no list for them.

/// Titles written before a name in many languages (`Mr.`, `Dr.`).
pub const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "reps", "lt", "col", "capt", "sgt", "rev", "hon", "messrs", "mme", "mlle", "mt", "ft"];

/// Abbreviations that keep their final period, lowercase, without it.
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "reps", "lt", "col", "capt", "sgt", "rev", "hon", "messrs", "mt", "ft", "vs", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "approx", "dept",
    "est", "fig", "figs", "vol", "vols", "pp", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "ave", "blvd", "attn", "arrv", "spec", "eg", "ie", "lb", "lbs", "oz", "ext", "ph", "fax", "tel", "cf",
    "al", "ca", "min", "max", "misc", "assn", "bros", "univ", "dept", "div", "govt", "esp", "p.s", "ps", "d.c", "la", "calif", "mass", "penn", "wash", "ariz", "colo", "conn", "fla", "ga", "ill",
    "ind", "kan", "ky", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "op", "cit", "ibid", "viz", "incl", "corp", "intl",
    "natl", "yr", "yrs", "hr", "hrs", "sq", "cu", "gal", "mph", "ed", "eds", "rd", "ln", "hwy",
];

/// Abbreviations that are also words: their period ends a sentence before a capital
/// (`in the sun. Then`).
pub const ALSO_WORDS: &[&str] = &[
    "no", "mar", "sun", "sat", "wed", "est", "al", "la", "mass", "miss", "ill", "ind", "mo", "ore", "pa", "wash", "min", "max", "co", "ca", "fig", "vol", "ext", "spec", "fax", "tel", "div", "mont",
    "ave", "misc", "op", "cit", "ph", "ft", "mt", "dec", "jan", "may", "june", "july", "aug", "sept", "nov", "oct",
];
