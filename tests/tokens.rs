//! Tokenizer and sentence splitter: a table of tricky cases (Italian and English), the
//! spans of the seed articles, and invariants checked on generated text.

use lente::text::lang::Lang;
use lente::text::sentences::split;
use lente::text::tokenize::{tokenize, TokenKind};

fn tokens(text: &str, lang: Lang) -> Vec<&str> {
    tokenize(text, lang).iter().map(|t| &text[t.start as usize..t.end as usize]).collect()
}

/// (language, input, expected tokens joined by `|`).
const CASES: &[(Lang, &str, &str)] = &[
    (Lang::It, "l’Ucraina dell’Alleanza un’alleanza c'è", "l’|Ucraina|dell’|Alleanza|un’|alleanza|c'|è"),
    (Lang::It, "L'Italia e l'UE, po' di tempo. E' vero", "L'|Italia|e|l'|UE|,|po'|di|tempo|.|E'|vero"),
    (Lang::It, "Kim Jong-un e Kim Jong Un", "Kim|Jong-un|e|Kim|Jong|Un"),
    (Lang::It, "11.000 container, 1,5 milioni, 3.5 e 1,000,000", "11.000|container|,|1,5|milioni|,|3.5|e|1,000,000"),
    (Lang::It, "il 19/06/2024 alle 11:50, il 3% e €50", "il|19/06/2024|alle|11:50|,|il|3|%|e|€|50"),
    (Lang::It, "il 1° maggio e il 2ª volta negli anni '90", "il|1°|maggio|e|il|2ª|volta|negli|anni|'90"),
    (Lang::It, "Fonte: TheSocialPost.it e www.ansa.it/notizie?id=3.", "Fonte|:|TheSocialPost.it|e|www.ansa.it/notizie?id=3|."),
    (Lang::It, "scrivi a mario.rossi@esempio.it o @ansa_it #Putin", "scrivi|a|mario.rossi@esempio.it|o|@ansa_it|#Putin"),
    (Lang::It, "il dott. Rossi, il sig. Bianchi ecc. negli U.S.A. oggi", "il|dott.|Rossi|,|il|sig.|Bianchi|ecc.|negli|U.S.A.|oggi"),
    (Lang::It, "«Sì» disse “davvero”... e poi… basta!?", "«|Sì|»|disse|“|davvero|”|...|e|poi|…|basta|!?"),
    (Lang::It, "Perché 🇮🇹 città 👩‍👩‍👧 ok 👍🏽", "Perché|🇮🇹|città|👩‍👩‍👧|ok|👍🏽"),
    (Lang::En, "I don't think Putin's visit, Mr. Blinken said.", "I|don't|think|Putin's|visit|,|Mr.|Blinken|said|."),
    (Lang::En, "O'Neill paid $5 billion on June 19, 2024 (the 21st).", "O'Neill|paid|$|5|billion|on|June|19|,|2024|(|the|21st|)|."),
    (Lang::En, "See https://example.com/a_b-c. Email me: a.b@c.org :)", "See|https://example.com/a_b-c|.|Email|me|:|a.b@c.org|:)"),
    (Lang::En, "the students' books", "the|students|'|books"),
    // A tester's text: zero-width characters inside a word keep it whole; alone, they are no token.
    (Lang::It, "Sergio Mat\u{200B}ta, Ro\u{AD}ma e 11\u{2060}000 \u{200B}ok", "Sergio|Mat\u{200B}ta|,|Ro\u{AD}ma|e|11\u{2060}000|ok"),
    // Found by `cargo fuzz run tokenize`: a three-byte hyphen inside an e-mail domain.
    (Lang::It, "a mario@t\u{2011}12.it ora", "a|mario@t\u{2011}12.it|ora"),
];

#[test]
fn tokenizer_table() {
    for (lang, input, expected) in CASES {
        assert_eq!(tokens(input, *lang).join("|"), *expected, "input {input:?} ({lang:?})");
    }
}

#[test]
fn token_kinds() {
    let text = "19/06/2024 11:50 11.000 1° 21st TheSocialPost.it a@b.it #x @y 👍 € , parola https://x.it/y";
    let kinds: Vec<TokenKind> = tokenize(text, Lang::It).iter().map(|t| t.kind).collect();
    use TokenKind::*;
    assert_eq!(kinds, [Date, Time, Number, Ordinal, Ordinal, Domain, Email, Hashtag, Mention, Emoji, Symbol, Punct, Word, Url]);
}

/// (language, text, expected sentences joined by `|`).
/// A colon that introduces a quotation ends a sentence, as UD Italian ISDT annotates it.
const SENTENCES: &[(Lang, &str, &str)] = &[
    (Lang::It, "Lo ha detto il dott. Rossi. Poi è uscito.", "Lo ha detto il dott. Rossi.|Poi è uscito."),
    (Lang::It, "Costa 3.5 euro. Davvero?! Sì, forse… ma no. Basta.", "Costa 3.5 euro.|Davvero?!|Sì, forse… ma no.|Basta."),
    (Lang::It, "Ha detto: “Siamo vicini a una conclusione del mio lavoro nell’Alleanza.” Poi ha taciuto.", "Ha detto:|“Siamo vicini a una conclusione del mio lavoro nell’Alleanza.”|Poi ha taciuto."),
    (Lang::It, "Ha ribadito il “fermo sostegno” della Russia. Poi è partito.", "Ha ribadito il “fermo sostegno” della Russia.|Poi è partito."),
    (Lang::It, "Putin incontra Kim: paura per la sicurezza\nAvantgardia\n- primo punto\n- secondo punto", "Putin incontra Kim: paura per la sicurezza|Avantgardia|- primo punto|- secondo punto"),
    (Lang::It, "(Lo ha confermato la Tass.) Il vertice è finito.", "(Lo ha confermato la Tass.)|Il vertice è finito."),
    (Lang::En, "Mr. J. R. Smith arrived at 3 p.m. yesterday. He left.", "Mr. J. R. Smith arrived at 3 p.m. yesterday.|He left."),
    (Lang::En, "The U.S. economy grew 2.5 percent. Analysts agreed.", "The U.S. economy grew 2.5 percent.|Analysts agreed."),
    // An abbreviation that is also a word ends a sentence before a capital (issue 15).
    (Lang::It, "Ritardi sulla linea Tav. Per questo il cantiere chiude.", "Ritardi sulla linea Tav.|Per questo il cantiere chiude."),
    (Lang::It, "Il bilancio si è aggravato col passare delle ore. L'esplosione ha distrutto tutto.", "Il bilancio si è aggravato col passare delle ore.|L'esplosione ha distrutto tutto."),
    (Lang::It, "Arrivano le ore 10. Alle ore 12 si chiude.", "Arrivano le ore 10.|Alle ore 12 si chiude."),
    (Lang::It, "Pioggia su tutto il Sud. Meteo.it prevede sole.", "Pioggia su tutto il Sud.|Meteo.it prevede sole."),
    (Lang::En, "He carried a loaded .45-caliber handgun. It was stolen.", "He carried a loaded .45-caliber handgun.|It was stolen."),
    // Never before a comma or a stop, nor after a comma before a lowercase word (UD Italian
    // VIT and English EWT text that the model alone split).
    (Lang::It, "Conta la presentazione del prodotto, b) l'uso al quale il prodotto può essere destinato.", "Conta la presentazione del prodotto, b) l'uso al quale il prodotto può essere destinato."),
    (Lang::It, "Visto il trattato, in particolare l'articolo 100, vista la proposta della Commissione.", "Visto il trattato, in particolare l'articolo 100, vista la proposta della Commissione."),
    (Lang::En, "The seat is State Representative District 94? This is it.", "The seat is State Representative District 94?|This is it."),
    (Lang::En, "Draw front view, side view, and 3d orthographic perspective views, figure out how.", "Draw front view, side view, and 3d orthographic perspective views, figure out how."),
];

#[test]
fn sentence_table() {
    for (lang, text, expected) in SENTENCES {
        let toks = tokenize(text, *lang);
        let got: Vec<&str> = split(text, &toks, *lang).iter().map(|s| &text[toks[s.first].start as usize..toks[s.end - 1].end as usize]).collect();
        assert_eq!(got.join("|"), *expected, "text {text:?}");
    }
}

/// Every token slices its own text, the gaps between tokens are only white space, and the
/// sentences cover every token once, in order.
fn check_invariants(text: &str, lang: Lang) {
    let toks = tokenize(text, lang);
    let mut last = 0usize;
    for t in &toks {
        let (s, e) = (t.start as usize, t.end as usize);
        assert!(s < e && s >= last, "token {s}..{e} after {last} in {text:?}");
        assert!(text[last..s].chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')), "gap {:?} in {text:?}", &text[last..s]);
        last = e;
    }
    assert!(text[last..].chars().all(char::is_whitespace) || text[last..].chars().all(|c| c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'));
    let sentences = split(text, &toks, lang);
    let mut next = 0;
    for s in &sentences {
        assert_eq!(s.first, next, "sentences must be contiguous in {text:?}");
        assert!(s.end > s.first);
        next = s.end;
    }
    assert_eq!(next, toks.len());
}

#[test]
fn invariants_on_generated_text() {
    let pieces = [
        "l’",
        "Ucraina",
        " ",
        "  ",
        "\n",
        "\n\n",
        ".",
        "...",
        "…",
        ",",
        "11.000",
        "1,5",
        "'",
        "’",
        "\"",
        "“",
        "”",
        "«",
        "»",
        "(",
        ")",
        "Kim",
        "Jong-un",
        "U.S.",
        "dott.",
        "🇮🇹",
        "👩‍👩‍👧",
        "\u{200D}",
        "\u{FE0F}",
        "é",
        "e\u{301}",
        "http://",
        "www.",
        "@",
        "#",
        "-",
        "/",
        ":",
        "%",
        "€",
        "€50",
        "\t",
        "\r\n",
        "\u{0}",
        "\u{FFFD}",
        "a",
        "Z",
        "9",
        "°",
        "ª",
        "_",
        ":)",
        "<",
        ">",
        "&",
        "漢字",
        "ß",
        "İ",
        "\u{200B}",
        "\u{2028}",
    ];
    let mut rng = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(rng % 40) {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            text.push_str(pieces[(rng % pieces.len() as u64) as usize]);
        }
        check_invariants(&text, Lang::It);
        check_invariants(&text, Lang::En);
    }
}

/// The seed articles, or `None` (with a message) when ../shared/seeds is absent.
fn seeds() -> Option<Vec<(String, String)>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("seed articles not found at {}: skipped", dir.display());
        return None;
    };
    let mut out: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.file_name().unwrap_or_default().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap_or_default()))
        .collect();
    out.sort();
    Some(out)
}

#[test]
fn seed_spans() {
    let Some(seeds) = seeds() else { return };
    let all: Vec<String> = seeds.iter().flat_map(|(_, text)| tokens(text, Lang::It).into_iter().map(str::to_string).collect::<Vec<_>>()).collect();
    for expected in ["l’", "Ucraina", "Jong-un", "11.000", "19/06/2024", "11:50", "TheSocialPost.it", "nell’", "un’", "“", "”", "Jong-Un"] {
        assert!(all.iter().any(|t| t == expected), "seed token {expected:?} not found");
    }
    for bad in ["l’Ucraina", "Jong-", "19/06", "TheSocialPost", "”.", "Ucraina."] {
        assert!(!all.iter().any(|t| t == bad), "seed token {bad:?} should not appear");
    }
    for (name, text) in &seeds {
        check_invariants(text, Lang::It);
        let toks = tokenize(text, Lang::It);
        let sentences = split(text, &toks, Lang::It);
        // A quotation that closes after its stop (“… Alleanza.” or …”.) stays in one sentence.
        for s in &sentences {
            let first = &text[toks[s.first].start as usize..toks[s.first].end as usize];
            assert!(!matches!(first, "”" | "»" | "."), "{name}: a sentence starts with {first:?}");
        }
    }
}
