//! The quotation finder on hand-made cases.

use super::*;
use crate::text::sentences::split;
use crate::text::tokenize::tokenize;
use EntityKind::{Organization as Org, Person as Per};
use Lang::{En, It};

/// A text, the names in it (every whole-word occurrence), and the expected quotes:
/// (quote with its marks, speaker, scare).
type Case = (Lang, &'static str, &'static [(&'static str, EntityKind)], &'static [(&'static str, Option<&'static str>, bool)]);

/// Every whole-word occurrence of each name, sorted.
fn locate(text: &str, names: &[(&str, EntityKind)]) -> Vec<(u32, u32, EntityKind)> {
    let mut out = Vec::new();
    for &(name, kind) in names {
        for (i, _) in text.match_indices(name) {
            let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = text[i + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if before && after {
                out.push((i as u32, (i + name.len()) as u32, kind));
            }
        }
    }
    out.sort_by_key(|n| (n.0, n.1));
    out
}

fn quotes(lang: Lang, text: &str, names: &[(u32, u32, EntityKind)]) -> Vec<Quote> {
    let tokens = tokenize(text, lang);
    let sentences = split(text, &tokens, lang);
    find_quotes(text, &tokens, &sentences, names, lang)
}

/// The quotes of `text` as (quote, speaker, scare) strings.
fn described(lang: Lang, text: &str, names: &[(&str, EntityKind)]) -> Vec<(String, Option<String>, bool)> {
    let slice = |s: u32, e: u32| text[s as usize..e as usize].to_string();
    quotes(lang, text, &locate(text, names)).iter().map(|q| (slice(q.start, q.end), q.speaker.map(|(s, e)| slice(s, e)), q.scare)).collect()
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for &(lang, text, names, expected) in cases {
        let got = described(lang, text, names);
        let want: Vec<(String, Option<String>, bool)> = expected.iter().map(|&(q, s, scare)| (q.to_string(), s.map(str::to_string), scare)).collect();
        if got != want {
            failures.push(format!("{text:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

const SPEAKERS: &[Case] = &[
    // X: before the quote, with and without a speech verb.
    (It, "Putin ha dichiarato: “Siamo disposti a collaborare intensamente con tutti”.", &[("Putin", Per)], &[("“Siamo disposti a collaborare intensamente con tutti”", Some("Putin"), false)]),
    (It, "Kim: “Nuova era di prosperità nelle relazioni con Mosca”", &[("Kim", Per)], &[("“Nuova era di prosperità nelle relazioni con Mosca”", Some("Kim"), false)]),
    (It, "Kim: “Nuova era di prosperità”", &[("Kim", Per)], &[("“Nuova era di prosperità”", Some("Kim"), false)]),
    // A described subject before its apposition; the one person of a colon's clause.
    (It, "Un uomo, che viaggiava sul bus, ha detto: «Di colpo c'è stato un urto».", &[], &[("«Di colpo c'è stato un urto»", Some("Un uomo"), false)]),
    (
        It,
        "Gianni Riotta, direttore della testata, è convinto della decisione: «Ci hanno chiesto di aprire il Tg1».",
        &[("Gianni Riotta", Per)],
        &[("«Ci hanno chiesto di aprire il Tg1»", Some("Gianni Riotta"), false)],
    ),
    // What follows a verb and runs into the quotation is its object, not its subject.
    (
        It,
        "Kim ha accolto Putin. Ha descritto il legame tra i due Paesi come una “indistruttibile relazione da compagni d’armi”.",
        &[("Kim", Per), ("Putin", Per)],
        &[("“indistruttibile relazione da compagni d’armi”", Some("Kim"), false)],
    ),
    // A caption word before a colon is no speaker.
    (En, "Struggle: 'He disappeared out of our lives, so I'm looking forward to this'", &[], &[("'He disappeared out of our lives, so I'm looking forward to this'", None, false)]),
    (It, "Gli esperti: “Alleanza temporanea”", &[], &[("“Alleanza temporanea”", None, false)]),
    (It, "Stoltenberg ha detto: «La NATO deve essere pronta a tutto». Poi è partito.", &[("Stoltenberg", Per)], &[("«La NATO deve essere pronta a tutto»", Some("Stoltenberg"), false)]),
    (
        It,
        "Il portavoce del Dipartimento di Stato, Matthew Miller, ha dichiarato: “Crediamo che sia motivo di grande preoccupazione”.",
        &[("Dipartimento di Stato", Org), ("Matthew Miller", Per)],
        &[("“Crediamo che sia motivo di grande preoccupazione”", Some("Matthew Miller"), false)],
    ),
    // Colon closing the sentence before.
    (
        It,
        "Stoltenberg ha detto:\n\n“La NATO è pronta a difendere ogni alleato, ovunque.”",
        &[("Stoltenberg", Per)],
        &[("“La NATO è pronta a difendere ogni alleato, ovunque.”", Some("Stoltenberg"), false)],
    ),
    // Speech verb after the quote, speaker after or before it.
    (It, "“Ora la situazione sta cambiando rapidamente” ha detto Kim Jong-Un.", &[("Kim Jong-Un", Per)], &[("“Ora la situazione sta cambiando rapidamente”", Some("Kim Jong-Un"), false)]),
    (It, "“Ora la situazione sta cambiando rapidamente” ha detto Kim Jong-Un.", &[], &[("“Ora la situazione sta cambiando rapidamente”", Some("Kim Jong-Un"), false)]),
    (It, "“Siamo pronti a tutto”, ha affermato Rossi.", &[("Rossi", Per)], &[("“Siamo pronti a tutto”", Some("Rossi"), false)]),
    (It, "«Siamo pronti a tutto», Rossi ha aggiunto.", &[("Rossi", Per)], &[("«Siamo pronti a tutto»", Some("Rossi"), false)]),
    (
        It,
        "“Non è il momento di cedere”, ha poi aggiunto il leader nordcoreano Kim Jong-un durante il vertice con Vladimir Putin.",
        &[("Kim Jong-un", Per), ("Vladimir Putin", Per)],
        &[("“Non è il momento di cedere”", Some("Kim Jong-un"), false)],
    ),
    (It, "“Non è il momento di cedere”, ha aggiunto.", &[], &[("“Non è il momento di cedere”", None, false)]),
    // X ha detto che “…”, adverbs inside the verb.
    (It, "Rossi ha detto che “la situazione è molto grave e preoccupante”.", &[("Rossi", Per)], &[("“la situazione è molto grave e preoccupante”", Some("Rossi"), false)]),
    (It, "Putin ha anche detto: “Siamo alleati per sempre”.", &[("Putin", Per)], &[("“Siamo alleati per sempre”", Some("Putin"), false)]),
    (It, "Kim ha inoltre dichiarato: “Le relazioni continueranno a rafforzarsi”.", &[("Kim", Per)], &[("“Le relazioni continueranno a rafforzarsi”", Some("Kim"), false)]),
    (
        It,
        "Da parte sua Putin ha invece sottolineato la volontà di resistere a una “dittatura neocoloniale globale basata sui doppi standard” imposta dagli Stati Uniti.",
        &[("Putin", Per)],
        &[("“dittatura neocoloniale globale basata sui doppi standard”", Some("Putin"), false)],
    ),
    (
        It,
        "Putin ha elogiato Kim per il suo aiuto e ha assicurato il continuo appoggio della Russia contro le “pressioni e minacce militari degli Stati Uniti“.",
        &[("Putin", Per), ("Kim", Per), ("Russia", Org)],
        &[("“pressioni e minacce militari degli Stati Uniti“", Some("Putin"), false)],
    ),
    (
        It,
        "Una partnership che Kim Jong Un ha definito «un rapporto indissolubile di compagni d’armi».",
        &[("Kim Jong Un", Per)],
        &[("«un rapporto indissolubile di compagni d’armi»", Some("Kim Jong Un"), false)],
    ),
    // secondo, riferisce, speaker an organization with its article.
    (It, "“La visita rafforza l’alleanza tra i due paesi”, secondo Lavrov.", &[("Lavrov", Per)], &[("“La visita rafforza l’alleanza tra i due paesi”", Some("Lavrov"), false)]),
    (It, "Le relazioni entrano in una «nuova era di prosperità e sviluppo», secondo quanto riferisce la Tass.", &[("Tass", Org)], &[("«nuova era di prosperità e sviluppo»", Some("la Tass"), false)]),
    (It, "«Il documento servirà da base per le relazioni future», riferisce la Tass.", &[], &[("«Il documento servirà da base per le relazioni future»", Some("la Tass"), false)]),
    (It, "Secondo Lavrov, “la visita rafforza l’alleanza tra i due paesi”.", &[("Lavrov", Per)], &[("“la visita rafforza l’alleanza tra i due paesi”", Some("Lavrov"), false)]),
    (It, "Il secondo tentativo è stato “un successo per tutto il programma spaziale”.", &[], &[("“un successo per tutto il programma spaziale”", None, false)]),
    // The next sentence attributes.
    (
        It,
        "Mosca sta combattendo “contro decenni di politiche egemoniche degli Stati Uniti”. Lo ha detto il presidente Vladimir Putin, citato dalla Tass.",
        &[("Vladimir Putin", Per), ("Tass", Org)],
        &[("“contro decenni di politiche egemoniche degli Stati Uniti”", Some("Vladimir Putin"), false)],
    ),
    (
        It,
        "Le relazioni entrano in una «nuova era di prosperità» e nella «cooperazione strategica» con la Russia. Lo ha detto il leader Kim Jong-un, secondo quanto riferisce la Tass.",
        &[("Kim Jong-un", Per), ("Tass", Org)],
        &[("«nuova era di prosperità»", Some("Kim Jong-un"), false), ("«cooperazione strategica»", None, true)],
    ),
    (It, "«Non cederemo mai alle pressioni dell’Occidente». A dirlo è stato il ministro Lavrov.", &[("Lavrov", Per)], &[("«Non cederemo mai alle pressioni dell’Occidente»", Some("Lavrov"), false)]),
    // A quoted paragraph after a paragraph naming the speaker.
    (
        It,
        "Durante la conferenza Stoltenberg ha parlato anche del suo successore.\n\n“Normalmente non dico nulla sul mio successore, perché non spetta a me sceglierlo”.",
        &[("Stoltenberg", Per)],
        &[("“Normalmente non dico nulla sul mio successore, perché non spetta a me sceglierlo”", Some("Stoltenberg"), false)],
    ),
    (
        It,
        "Pubblicato: 19/06/2024 11:50\n\n“Combattiamo contro decenni di imperialismo Usa”. L’imperialismo sarà sostituito?",
        &[],
        &[("“Combattiamo contro decenni di imperialismo Usa”", None, false)],
    ),
    // Straight quotes.
    (It, "Il ministro ha detto: \"Siamo pronti a trattare con tutti\" e poi se n'è andato.", &[], &[("\"Siamo pronti a trattare con tutti\"", Some("Il ministro"), false)]),
    (
        It,
        "Rossi ha detto: \"Siamo pronti a trattare\". Bianchi ha risposto: \"Non ci crediamo proprio\".",
        &[("Rossi", Per), ("Bianchi", Per)],
        &[("\"Siamo pronti a trattare\"", Some("Rossi"), false), ("\"Non ci crediamo proprio\"", Some("Bianchi"), false)],
    ),
    // English.
    (En, "“We are deeply concerned about this cooperation,” said Matthew Miller.", &[("Matthew Miller", Per)], &[("“We are deeply concerned about this cooperation,”", Some("Matthew Miller"), false)]),
    (En, "“We are deeply concerned about this cooperation,” Miller said.", &[("Miller", Per)], &[("“We are deeply concerned about this cooperation,”", Some("Miller"), false)]),
    (En, "“The alliance is temporary and fragile,” says Smith.", &[], &[("“The alliance is temporary and fragile,”", Some("Smith"), false)]),
    (En, "“The alliance is temporary and fragile,” Smith says.", &[], &[("“The alliance is temporary and fragile,”", Some("Smith"), false)]),
    (En, "Kirby told reporters: “We are watching this very closely.”", &[("Kirby", Per)], &[("“We are watching this very closely.”", Some("Kirby"), false)]),
    (En, "“We will respond to any provocation,” the ministry added.", &[], &[("“We will respond to any provocation,”", Some("the ministry"), false)]),
    (En, "“We will respond to any provocation,” he added.", &[], &[("“We will respond to any provocation,”", None, false)]),
    (En, "The new pact marks “a new era of prosperity for both nations,” according to the Tass agency.", &[("Tass", Org)], &[("“a new era of prosperity for both nations,”", Some("Tass"), false)]),
    (
        En,
        "According to Lavrov, “the visit strengthens the alliance between the two countries.”",
        &[("Lavrov", Per)],
        &[("“the visit strengthens the alliance between the two countries.”", Some("Lavrov"), false)],
    ),
    (En, "Kim wrote that “our friendship will last forever and ever.”", &[("Kim", Per)], &[("“our friendship will last forever and ever.”", Some("Kim"), false)]),
    (En, "Stoltenberg stated: “NATO must be fit for purpose.”", &[("Stoltenberg", Per)], &[("“NATO must be fit for purpose.”", Some("Stoltenberg"), false)]),
    (En, "Putin: “A document for long-term relations with North Korea”", &[("Putin", Per)], &[("“A document for long-term relations with North Korea”", Some("Putin"), false)]),
    (En, "\"It is a historic day for our two nations,\" Kim said.", &[("Kim", Per)], &[("\"It is a historic day for our two nations,\"", Some("Kim"), false)]),
    (En, "‘We will fight on the beaches,’ said Churchill.", &[("Churchill", Per)], &[("‘We will fight on the beaches,’", Some("Churchill"), false)]),
    (En, "The Kremlin has said that “the visit was friendly and productive.”", &[("Kremlin", Org)], &[("“the visit was friendly and productive.”", Some("The Kremlin"), false)]),
];

#[test]
fn speakers() {
    check(SPEAKERS);
}

const SCARE: &[Case] = &[
    (It, "Putin ha elogiato Kim per il suo “fermo sostegno” alla guerra in Ucraina.", &[("Putin", Per), ("Kim", Per)], &[("“fermo sostegno”", None, true)]),
    (It, "È la prima visita di Putin nel ‘regno eremita’ negli ultimi 24 anni.", &[("Putin", Per)], &[("‘regno eremita’", None, true)]),
    // A few words whose sentence names who said them are a partial quotation.
    (It, "Kim ha parlato di un trionfo contro il “neonazismo,” un termine della propaganda russa.", &[("Kim", Per)], &[("“neonazismo,”", Some("Kim"), false)]),
    (It, "Kim Jong-un ha inviato “caldi saluti” al popolo russo, definendolo “caro amico”.", &[("Kim Jong-un", Per)], &[("“caldi saluti”", None, true), ("“caro amico”", None, true)]),
    (
        It,
        "Il Cremlino ha descritto la visita come “amichevole” e ha rafforzato il «partenariato strategico globale» con Hanoi.",
        &[("Cremlino", Org)],
        &[("“amichevole”", Some("Il Cremlino"), false), ("«partenariato strategico globale»", None, true)],
    ),
    (It, "“Fermo sostegno” è la formula usata da Putin.", &[("Putin", Per)], &[("“Fermo sostegno”", None, true)]),
    (En, "The two leaders called each other “comrades in arms” at the summit.", &[], &[("“comrades in arms”", Some("The two leaders"), false)]),
    (En, "He warned of “illegal” transfers of missiles.", &[], &[("“illegal”", None, true)]),
    // Short but introduced as speech: not scare quotes.
    (It, "Rossi ha detto “basta” e se n’è andato.", &[("Rossi", Per)], &[("“basta”", Some("Rossi"), false)]),
    (En, "“No comment,” Smith said.", &[("Smith", Per)], &[("“No comment,”", Some("Smith"), false)]),
    (En, "Smith: “No comment.”", &[("Smith", Per)], &[("“No comment.”", Some("Smith"), false)]),
];

#[test]
fn scare_quotes() {
    check(SCARE);
}

const SPANS: &[Case] = &[
    // Several sentences.
    (
        It,
        "Kim ha detto: “Siamo pronti. La Russia è un’amica. Lo sarà sempre.” Poi ha lasciato la sala.",
        &[("Kim", Per)],
        &[("“Siamo pronti. La Russia è un’amica. Lo sarà sempre.”", Some("Kim"), false)],
    ),
    (En, "“We are ready. Russia is a friend. It always will be,” Kim said.", &[("Kim", Per)], &[("“We are ready. Russia is a friend. It always will be,”", Some("Kim"), false)]),
    // Several paragraphs: the quote reopens without closing.
    (
        It,
        "Stoltenberg ha detto:\n\n“La NATO è pronta a difendere ogni alleato.\n\n“Non lasceremo nessuno indietro, in nessun caso.”\n\nIl vertice si è chiuso ieri.",
        &[("Stoltenberg", Per)],
        &[("“La NATO è pronta a difendere ogni alleato.\n\n“Non lasceremo nessuno indietro, in nessun caso.”", Some("Stoltenberg"), false)],
    ),
    (
        En,
        "Miller said:\n“We are concerned about this.\n“We will keep watching it,” he added.\nThe briefing ended.",
        &[("Miller", Per)],
        &[("“We are concerned about this.\n“We will keep watching it,”", Some("Miller"), false)],
    ),
    // A paragraph that opens a quote and never closes it: the quote ends with it.
    (
        It,
        "Stoltenberg ha parlato del successore.\n\n“Non dico nulla sul mio successore, non spetta a me.\n\nIl vertice si è chiuso ieri.",
        &[("Stoltenberg", Per)],
        &[("“Non dico nulla sul mio successore, non spetta a me.", Some("Stoltenberg"), false)],
    ),
    // At most six paragraphs.
    (
        It,
        "“Uno uno uno.\n“Due due due.\n“Tre tre tre.\n“Quattro quattro.\n“Cinque cinque.\n“Sei sei.\n“Sette sette sette.\nFine.",
        &[],
        &[("“Uno uno uno.\n“Due due due.\n“Tre tre tre.\n“Quattro quattro.\n“Cinque cinque.\n“Sei sei.", None, false), ("“Sette sette sette.", None, false)],
    ),
    // Wrong-way closing marks, as in the seeds.
    (
        It,
        "Putin ha dichiarato: “Siamo disposti a collaborare. Per questo svilupperemo meccanismi alternativi“. Poi è ripartito.",
        &[("Putin", Per)],
        &[("“Siamo disposti a collaborare. Per questo svilupperemo meccanismi alternativi“", Some("Putin"), false)],
    ),
    (It, "Ha detto che la relazione è ”indistruttibile e profonda come poche altre” e poi ha brindato.", &[], &[("”indistruttibile e profonda come poche altre”", None, false)]),
    // A pronoun stands for the person named before; who heard it is no speaker.
    (
        En,
        "Gillian Reny was standing near the finish line.\n\n\"There was a complete silence and then chaos,\" she said. \"Chaos like I'd never seen.\"\n\nHe told Racemail: 'I was lucky.'",
        &[("Gillian Reny", Per), ("Racemail", Org)],
        &[
            ("\"There was a complete silence and then chaos,\"", Some("Gillian Reny"), false),
            ("\"Chaos like I'd never seen.\"", Some("Gillian Reny"), false),
            ("'I was lucky.'", Some("Gillian Reny"), false),
        ],
    ),
    // A description is kept; an attribution between dashes inside the quotation.
    (En, "'They are warning him to slow down,' a source told TMZ on Monday.", &[("TMZ", Org)], &[("'They are warning him to slow down,'", Some("a source"), false)]),
    (
        It,
        "«Stiamo facendo tutto il possibile - ha dichiarato un membro del personale - ma non basta».",
        &[],
        &[("«Stiamo facendo tutto il possibile - ha dichiarato un membro del personale - ma non basta»", Some("un membro del personale"), false)],
    ),
    // Titles of works are no speech.
    (It, "Il programma «Tutto il calcio minuto per minuto» compie sessant'anni.", &[], &[("«Tutto il calcio minuto per minuto»", None, true)]),
    (En, "He sang \"The Thrill Is Gone\" twice.", &[], &[("\"The Thrill Is Gone\"", None, true)]),
    (En, "He sang \"There Must be a Better World Somewhere\" last.", &[], &[("\"There Must be a Better World Somewhere\"", None, true)]),
    (It, "La trasmissione radiofonica «Tutto il calcio minuto per minuto» compie anni.", &[], &[("«Tutto il calcio minuto per minuto»", None, true)]),
    (It, "I manifestanti mostravano «Stop trafficking in women before the World Cup» in piazza.", &[], &[("«Stop trafficking in women before the World Cup»", None, true)]),
    // A quotation inside another is kept, with no speaker of its own.
    (
        It,
        "Kim ha scritto: «Putin mi ha chiamato “caro amico” e io ringrazio»",
        &[("Kim", Per), ("Putin", Per)],
        &[("«Putin mi ha chiamato “caro amico” e io ringrazio»", Some("Kim"), false), ("“caro amico”", None, true)],
    ),
    (
        En,
        "'They say he might \"de-class\" the show and that is a worry to all of them,' a friend said.",
        &[],
        &[("'They say he might \"de-class\" the show and that is a worry to all of them,'", Some("a friend"), false), ("\"de-class\"", None, true)],
    ),
    // British single marks, apostrophes, primes and a quotation over paragraphs.
    (
        En,
        "'We can't stop now,' Smith said. The Jones' house is 5'10\" tall, built in the '90s.\n\n'It was hard.\n\n'But we won,' he added.",
        &[("Smith", Per)],
        &[("'We can't stop now,'", Some("Smith"), false), ("'It was hard.\n\n'But we won,'", Some("Smith"), false)],
    ),
    (It, "Ha corso in 19\"72 e poi ha detto: \"Sono felice\".", &[], &[("\"Sono felice\"", None, false)]),
];

#[test]
fn spans() {
    check(SPANS);
}

const UNBALANCED: &[Case] = &[
    // Reported speech has no marks and gives no quote.
    (It, "Kirby ha affermato che gli Stati Uniti sono preoccupati per queste relazioni.", &[("Kirby", Per)], &[]),
    (En, "Kirby said the United States was concerned about the deepening ties.", &[("Kirby", Per)], &[]),
    // A stray opening mark inside a sentence ends with that sentence; later quotes survive.
    (
        It,
        "Il “patto è stato firmato ieri sera. Poi Putin ha detto: «Siamo alleati per sempre».",
        &[("Putin", Per)],
        &[("“patto è stato firmato ieri sera.", None, false), ("«Siamo alleati per sempre»", Some("Putin"), false)],
    ),
    // A second opening mark ends the quotation left open.
    (
        It,
        "Rossi ha detto: “Siamo pronti a tutto. Bianchi ha risposto: “Non ci crediamo proprio”.",
        &[("Rossi", Per), ("Bianchi", Per)],
        &[("“Siamo pronti a tutto.", Some("Rossi"), false), ("“Non ci crediamo proprio”", Some("Bianchi"), false)],
    ),
    // Stray closing marks, empty quotes, marks at the edges.
    (It, "Una frase” senza apertura. E poi «» e “” vuote.", &[], &[]),
    (It, "“", &[], &[]),
    (It, "»", &[], &[]),
    (It, "", &[], &[]),
    (It, "Fine del testo “", &[], &[]),
    (En, "\"Open at the end of the text", &[], &[("\"Open at the end of the text", None, false)]),
    (En, "A 5\" screen and a 3\" one.", &[], &[]),
];

#[test]
fn unbalanced_marks_and_reported_speech() {
    check(UNBALANCED);
}

/// Every Italian and English speech verb the brief names, before and after the speaker.
#[test]
fn speech_verbs() {
    let names = [("Draghi", Per)];
    let quote = "“Il dialogo resta l’unica strada possibile”";
    let mut failures = Vec::new();
    let mut check = |lang: Lang, text: String| {
        let got = described(lang, &text, &names);
        if got != [(quote.to_string(), Some("Draghi".to_string()), false)] {
            failures.push(format!("{text:?}: {got:?}"));
        }
    };
    for verb in ["detto", "affermato", "dichiarato", "sottolineato", "aggiunto", "spiegato", "commentato", "scritto", "riferito", "annunciato", "ribadito", "osservato"] {
        check(It, format!("{quote}, ha {verb} Draghi."));
        check(It, format!("Draghi ha {verb}: {quote}."));
        check(It, format!("{quote}, ha poi {verb} Draghi."));
    }
    for verb in ["dice", "afferma", "spiega", "aggiunge", "sottolinea", "riferisce"] {
        check(It, format!("{quote}, {verb} Draghi."));
        check(It, format!("{quote}, {verb} anche Draghi."));
        check(It, format!("Draghi {verb}: {quote}."));
    }
    let quote = "“Dialogue remains the only way forward,”";
    let mut en = Vec::new();
    for verb in ["said", "says", "told reporters", "added", "wrote", "stated", "explained"] {
        en.push(format!("{quote} Draghi {verb}."));
        en.push(format!("Draghi {verb}: {quote}"));
        en.push(format!("{quote} Draghi also {verb}."));
    }
    for verb in ["said", "says", "added"] {
        en.push(format!("{quote} {verb} Draghi."));
    }
    en.push(format!("{quote} according to Draghi."));
    for text in en {
        let got = described(En, &text, &names);
        if got != [(quote.to_string(), Some("Draghi".to_string()), false)] {
            failures.push(format!("{text:?}: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Unbalanced and adversarial inputs never panic and stay linear.
#[test]
fn never_panics() {
    let pieces = ["“", "”", "«", "»", "\"", "‘", "’", "„", "\n", "\n\n", " ", "a", "ha detto", "Kim", ":", ".", "secondo", "Lo", ","];
    let mut state = 7u64;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(state % 40) {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
        }
        for lang in [It, En] {
            let names = locate(&text, &[("Kim", Per)]);
            for q in quotes(lang, &text, &names) {
                assert!(q.start < q.end && q.end as usize <= text.len() && text.is_char_boundary(q.start as usize), "{text:?}");
            }
        }
    }
    // Five megabytes of marks of every kind, and of quotes.
    for unit in ["“", "«", "\"", "“a ", "”a ", "«a “b ", "Kim ha detto: “Sì, certo.” ", "“Lungo lungo lungo\n\n"] {
        let text = unit.repeat(5_000_000 / unit.len());
        let start = std::time::Instant::now();
        // A run of marks is one punctuation token each (the tokenizer is slow on it).
        let tokens =
            if unit.chars().count() == 1 { text.char_indices().map(|(i, c)| Token { start: i as u32, end: (i + c.len_utf8()) as u32, kind: TokenKind::Punct }).collect() } else { tokenize(&text, It) };
        let sentences = split(&text, &tokens, It);
        let tagged = start.elapsed();
        let found = find_quotes(&text, &tokens, &sentences, &[], It);
        let took = start.elapsed() - tagged;
        assert!(took.as_secs_f64() < 5.0 + tagged.as_secs_f64(), "{unit:?}: {took:?}");
        assert!(found.iter().all(|q| q.end - q.start <= MAX_BYTES + 8), "{unit:?}");
    }
    // Tokens and sentences that do not fit the text.
    let text = "Kim: “Sì”";
    let bogus = [Token { start: 3, end: 90, kind: TokenKind::Word }];
    assert!(find_quotes(text, &bogus, &[], &[], It).is_empty());
    let tokens = tokenize(text, It);
    assert_eq!(find_quotes(text, &tokens, &[SentenceSpan { first: 0, end: 99 }], &[(0, 3, Per)], It).len(), 1);
}

/// The five seed articles: names by the Italian tagger, then the quotes.
#[test]
fn seeds() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipped: no seed articles in {dir}");
        return;
    };
    let Some(recognizer) = crate::models::recognizer(It) else {
        eprintln!("skipped: no Italian entity model");
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    paths.sort();
    let mut by_speaker: Vec<(String, String, String)> = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).expect("seed");
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("").get(..3).unwrap_or("").to_string();
        let tokens = tokenize(&text, It);
        let sentences = split(&text, &tokens, It);
        let mut names = Vec::new();
        let mut scratch = crate::learn::tagger::Sequence::default();
        for s in &sentences {
            let toks = &tokens[s.first..s.end];
            let words: Vec<&str> = toks.iter().map(|t| &text[t.start as usize..t.end as usize]).collect();
            let labels = recognizer.tag(&words, &mut scratch);
            for (i, j, kind) in crate::ner::bio_spans(&labels) {
                if let Some(kind) = EntityKind::from_label(&kind) {
                    names.push((toks[i].start, toks[j - 1].end, kind));
                }
            }
        }
        for q in find_quotes(&text, &tokens, &sentences, &names, It) {
            let speaker = match (q.scare, q.speaker) {
                (true, _) => "(scare)".to_string(),
                (false, Some((s, e))) => text[s as usize..e as usize].to_string(),
                (false, None) => "(none)".to_string(),
            };
            let quote: String = text[q.start as usize..q.end as usize].chars().take(60).collect();
            by_speaker.push((file.clone(), speaker, quote.replace('\n', "⏎")));
        }
    }
    for (file, speaker, quote) in &by_speaker {
        println!("{file} {speaker:>16} ← {quote}");
    }
    if paths.len() < 5 {
        eprintln!("only {} seed articles: the seed assertions are skipped", paths.len());
        return;
    }
    let said = |file: &str, start: &str, speaker: &str| {
        assert!(by_speaker.iter().any(|(f, s, q)| f == file && q.starts_with(start) && s.contains(speaker)), "{file}: {start:?} should be attributed to {speaker}");
    };
    said("000", "“Ci stiamo anche adattando", "Stoltenberg");
    said("000", "“normalmente, non dico nulla", "Stoltenberg");
    said("000", "“Apprezziamo molto", "Putin");
    said("000", "“Ora la situazione", "Kim");
    said("001", "“Nuova era", "Kim");
    said("001", "“Documento per relazioni", "Putin");
    said("001", "“contro decenni", "Putin");
    said("003", "“Siamo disposti", "Putin");
    said("003", "“Crediamo che", "Miller");
    said("003", "“amichevole”", "Cremlino");
    for scare in ["“fermo sostegno”", "“illegale”", "‘regno eremita’"] {
        said("003", scare, "(scare)");
    }
    assert!(!by_speaker.iter().any(|(_, s, q)| s.contains("Kirby") || q.contains("preoccupazione per queste relazioni")), "no quote for Kirby's reported speech");
}
