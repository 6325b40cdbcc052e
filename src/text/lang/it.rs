//! Italian: elided words that stand alone before an apostrophe, abbreviations, and words
//! that end in an apostrophe. Lists drawn from Italian orthography and checked against the
//! tokens of UD Italian ISDT train.

/// Words written elided before a vowel: `l’Ucraina` → `l’` + `Ucraina`.
pub const ELISIONS: &[&str] = &[
    "l", "d", "c", "s", "m", "t", "v", "n", "un", "dell", "all", "nell", "dall", "sull", "coll",
    "pell", "gl", "quest", "quell", "cos", "dov", "anch", "sant", "tutt", "senz", "dev", "sott",
    "com", "ch", "buon", "bell", "quant", "tant", "nessun", "qualcun", "ciascun", "ognun",
    "alcun", "mezz", "quand", "ov", "grand", "gliel", "de", "cinquant", "vent", "trent",
    "quarant", "sessant", "settant", "ottant", "novant", "ventiquattr", "null", "sant", "mill",
    "nient", "qualch", "ciascun", "tal", "qual", "mi", "ti", "si", "ci", "vi", "ne", "lo", "la",
    "fin", "sin", "cent", "tr", "quattr", "undic", "dodic", "tredic", "quattordic", "quindic",
    "sedic", "diciott", "diciannov", "dic", "nov", "ott", "sett", "sei", "pover", "sol",
];

/// Words that end in an apostrophe and keep it: `po'`, `E'` (for È), imperatives `di'`.
pub const FINAL_APOSTROPHE: &[&str] = &[
    "po", "e", "mo", "di", "fa", "va", "sta", "da", "be", "to", "ca", "pie", "cos", "de",
];

/// Abbreviations that keep their final period, lowercase, without it.
pub const ABBREVIATIONS: &[&str] = &[
    "dott", "dott.ssa", "dottssa", "sig", "sigg", "sig.ra", "sig.na", "ecc", "prof", "prof.ssa",
    "avv", "ing", "on", "sen", "dr", "art", "artt", "pag", "pagg", "n", "nn", "es", "cfr",
    "vol", "voll", "cap", "capp", "tel", "fig", "figg", "ca", "c.a", "s.p.a", "spa", "s.r.l",
    "srl", "a.c", "d.c", "p.es", "ss", "sec", "secc", "mons", "gen", "col", "magg", "ten",
    "cav", "geom", "rag", "arch", "egr", "gent", "spett", "f.to", "v", "vs", "etc", "att",
    "distr", "cost", "cod", "proc", "civ", "pen", "al", "cit", "op", "ibid", "id", "trad",
    "ed", "ediz", "min", "max", "ore", "tav", "tab", "cm", "mm", "km", "kg", "ca", "c.d",
    "cd", "c.f", "c.t", "a.f", "d.o.c", "p", "pp", "l", "s", "lett", "comma", "co", "rif",
    "all", "fasc", "ms", "mss", "sez", "reg", "dl", "d.l", "d.lgs", "d.p.r", "g.u", "u.e",
    "s.s", "s.e", "s.m", "mr", "st", "jr", "inc", "ltd", "corp", "nr", "num", "ecc.ecc",
    "ver", "vers", "pref", "prov", "com", "reg", "dir", "amm", "on.le", "ill", "ill.mo",
    "gent.mo", "gent.ma", "egr", "preg", "preg.mo", "spett.le", "c.so", "p.za", "p.zza",
    "v.le", "fr", "ca", "soc", "coop", "sgg", "vd", "ved", "cap",
];
