//! Entities: the tagger's scores on the dev sets in ../shared/data (guarded against
//! regressions), agreement with the reference scorer `score_ner.py`, and the people,
//! places and organizations of the seed articles, linked across spellings and articles.

use lente::schema::{Document, EntityKind, Options};
use lente::text::lang::Lang;
use std::process::Command;

mod common;
use common::{seed_documents, shared};

fn lente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lente"))
}

/// The score `name` from a `score_ner.py`-style report.
fn figure(report: &str, name: &str) -> f64 {
    report.lines().find_map(|l| l.strip_prefix(&format!("{name}: "))).and_then(|v| v.parse().ok()).unwrap_or(f64::NAN)
}

/// (file, language, measure, floor). FIC's floor is issue 4's bar (0.83 token micro-F1) and
/// CoNLL's is above its bar (0.90 entity F1); WN's and ADG's guard what the model reaches today,
/// short of their bars (0.85, 0.82): see models/README.md.
const DEV: &[(&str, &str, &str, f64)] = &[
    ("data/kind/WN_dev.tsv", "it", "token_micro_f1", 0.835),
    ("data/kind/FIC_dev.tsv", "it", "token_micro_f1", 0.83),
    ("data/kind/ADG_dev.tsv", "it", "token_micro_f1", 0.80),
    ("data/conll2003-en/dev.tsv", "en", "entity_f1", 0.93),
    ("data/uner-en/EWT_dev.tsv", "en", "entity_f1", 0.55),
];

#[test]
fn dev_scores() {
    if !shared().join("data/kind").exists() {
        eprintln!("NER data not found under {}: skipped", shared().display());
        return;
    }
    for (file, lang, measure, floor) in DEV {
        let path = shared().join(file);
        let out = lente().args(["eval-ner", "--lang", lang]).arg(&path).output().expect("lente runs");
        let report = String::from_utf8_lossy(&out.stdout);
        let score = figure(&report, measure);
        eprintln!("{file}: {measure} {score:.4}, token micro-F1 {:.4}, entity F1 {:.4}", figure(&report, "token_micro_f1"), figure(&report, "entity_f1"));
        assert!(score >= *floor, "{file}: {measure} {score:.4} < {floor}");
    }
}

#[test]
fn scores_agree_with_the_reference_scorer() {
    let gold = shared().join("data/kind/ADG_dev.tsv");
    let scorer = shared().join("tools/score_ner.py");
    if !gold.exists() || !scorer.exists() {
        eprintln!("KIND data or score_ner.py not found: skipped");
        return;
    }
    let tagged = lente().args(["ner", "--lang", "it", "--tsv"]).arg(&gold).output().expect("lente runs");
    let system = std::env::temp_dir().join(format!("lente-ner-{}.tsv", std::process::id()));
    std::fs::write(&system, &tagged.stdout).unwrap();
    let Ok(reference) = Command::new("python3").arg(&scorer).arg(&gold).arg(&system).output() else {
        eprintln!("python3 not found: skipped");
        return;
    };
    std::fs::remove_file(&system).ok();
    let ours = lente().args(["eval-ner", "--lang", "it"]).arg(&gold).output().unwrap();
    let ours = String::from_utf8_lossy(&ours.stdout);
    // The scorer's figures, then ours by confidence, which it does not compute.
    let ours: Vec<&str> = ours.lines().skip(1).filter(|l| !l.starts_with("confidence ")).collect();
    assert_eq!(ours, String::from_utf8_lossy(&reference.stdout).lines().collect::<Vec<_>>());
}

#[test]
fn seed_entities_are_found_and_linked() {
    let Some(docs) = seed_documents() else { return };
    let analysis = lente::analyze(&docs, &Options { tokens: false, ..Options::default() });
    let find = |variant: &str| analysis.entities.iter().find(|e| e.variants.iter().any(|v| v.text == variant));
    let expect = |variants: &[&str], kind: EntityKind| {
        let first = find(variants[0]).unwrap_or_else(|| panic!("{} not found", variants[0]));
        assert_eq!(first.kind, kind, "{}", first.name);
        for v in &variants[1..] {
            let e = find(v).unwrap_or_else(|| panic!("{v} not found"));
            assert_eq!(e.id, first.id, "{v} should be linked to {}", first.name);
        }
    };
    use EntityKind::*;
    expect(&["Putin", "Vladimir Putin"], Person);
    expect(&["Kim Jong-un", "Kim Jong Un", "Kim Jong-Un", "Kim Joung-un", "Kim"], Person);
    expect(&["Stoltenberg", "Jens Stoltenberg"], Person);
    for name in ["Antony Blinken", "Mark Rutte", "John Kirby", "Mykhailo Podolyak", "Matthew Miller"] {
        expect(&[name], Person);
    }
    expect(&["Stati Uniti", "USA"], Location);
    expect(&["Corea del Nord", "Corea Nord"], Location);
    expect(&["Russia", "Federazione Russa"], Location);
    for name in ["Pyongyang", "Mosca", "Ucraina"] {
        expect(&[name], Location);
    }
    expect(&["NATO", "Nato", "Alleanza"], Organization);
    expect(&["KCNA"], Organization);
    expect(&["Dipartimento di Stato"], Organization);
    assert!(find("Tass").or(find("TASS")).is_some(), "Tass not found");
    expect(&["ONU", "Nazioni Unite"], Organization);
    // The most salient entities of the set are the two leaders.
    let top: Vec<&str> = analysis.entities.iter().take(3).map(|e| e.name.as_str()).collect();
    assert!(top.contains(&"Vladimir Putin") && top.contains(&"Kim Jong-un"), "{top:?}");
    // Every mention slices its document's text (UTF-16 offsets) to one of its entity's variants.
    for (doc, input) in analysis.documents.iter().zip(&docs) {
        let utf16: Vec<u16> = input.text.encode_utf16().collect();
        for m in &doc.mentions {
            let text = String::from_utf16_lossy(&utf16[m.start as usize..m.end as usize]);
            assert!(analysis.entities[m.entity].variants.iter().any(|v| v.text == text), "{text}");
        }
    }
    // A document's spellings of an entity are the ones its mentions slice to, with their counts.
    for (d, (doc, input)) in analysis.documents.iter().zip(&docs).enumerate() {
        let utf16: Vec<u16> = input.text.encode_utf16().collect();
        for here in &doc.entities {
            let mut seen: Vec<(String, usize)> = Vec::new();
            for m in doc.mentions.iter().filter(|m| m.entity == here.entity) {
                let text = String::from_utf16_lossy(&utf16[m.start as usize..m.end as usize]);
                match seen.iter_mut().find(|s| s.0 == text) {
                    Some(s) => s.1 += 1,
                    None => seen.push((text, 1)),
                }
            }
            let mut listed: Vec<(String, usize)> = here.variants.iter().map(|v| (v.text.clone(), v.count)).collect();
            seen.sort();
            listed.sort();
            assert_eq!(listed, seen, "document {d}, entity {}", analysis.entities[here.entity].name);
        }
    }
    // Key phrases that are names are their entity: one `Vladimir Putin`, no separate `Putin`.
    let phrases: Vec<&str> = analysis.keyphrases.iter().map(|k| k.text.as_str()).collect();
    assert!(phrases.contains(&"Vladimir Putin") && !phrases.contains(&"Putin"), "{phrases:?}");
    let set = analysis.keyphrases.iter().map(|k| (&k.key, &k.text));
    let named: Vec<(&String, &String)> = set.chain(analysis.documents.iter().flat_map(|d| d.keyphrases.iter().map(|k| (&k.key, &k.text)))).filter(|(key, _)| key.starts_with("entity:")).collect();
    assert!(named.len() > 5, "{named:?}");
    for (key, text) in named {
        assert_eq!(text, &analysis.entities[key["entity:".len()..].parse::<usize>().unwrap()].name);
    }
    for d in &analysis.documents {
        let texts: Vec<&str> = d.keyphrases.iter().map(|k| k.text.as_str()).collect();
        assert!(!(texts.contains(&"Putin") && texts.contains(&"Vladimir Putin")), "{texts:?}");
    }
    let putin = find("Putin").expect("Putin");
    let per_doc: usize = putin.documents.iter().flat_map(|c| &c.variants).filter(|v| v.text == "Putin").map(|v| v.count).sum();
    assert_eq!(per_doc, putin.variants.iter().find(|v| v.text == "Putin").map_or(0, |v| v.count));
    // Values: the dates, times and quantities of the seeds.
    let values: Vec<String> = analysis
        .documents
        .iter()
        .zip(&docs)
        .flat_map(|(d, input)| {
            let utf16: Vec<u16> = input.text.encode_utf16().collect();
            d.values.iter().map(move |v| String::from_utf16_lossy(&utf16[v.start as usize..v.end as usize]))
        })
        .collect();
    for expected in ["19/06/2024", "11:50", "1961"] {
        assert!(values.iter().any(|v| v == expected), "value {expected} not found in {values:?}");
    }
    assert!(values.iter().any(|v| v.starts_with("11.000")), "11.000 container not found");
    assert!(values.iter().any(|v| v.starts_with("10.000")), "10.000 soldati not found");
    assert!(values.iter().any(|v| v.contains("18 giugno")), "18 giugno not found");
}

#[test]
fn dateline_places_and_aliases_across_languages() {
    let it =
        "ROMA – La presidente del Consiglio Giorgia Meloni è arrivata a Bruxelles. I dati di Bankitalia mostrano che il debito cresce.\n\nMILANO, 3 marzo – Il governatore della Banca d’Italia ha parlato a Londra.";
    let en = "LONDON (Reuters) - The Bank of Italy said on Monday that Italian debt rose again.";
    let docs = [Document { text: it.into(), ..Document::default() }, Document { text: en.into(), ..Document::default() }];
    let analysis = lente::analyze(&docs, &Options { tokens: false, ..Options::default() });
    let entity = |variant: &str| analysis.entities.iter().find(|e| e.variants.iter().any(|v| v.text == variant)).unwrap_or_else(|| panic!("{variant} not found"));
    assert_eq!(entity("ROMA").kind, EntityKind::Location);
    assert_eq!(entity("MILANO").kind, EntityKind::Location);
    assert_eq!(entity("Londra").id, entity("LONDON").id, "Londra and London are one place");
    assert_eq!(entity("Bankitalia").id, entity("Banca d’Italia").id);
    assert_eq!(entity("Bank of Italy").id, entity("Banca d’Italia").id);
}

#[test]
fn english_names_leave_out_possessives_and_run_on_words() {
    // A caption ran into the next sentence (`Ronald Reagan The memo`): `The` must not become
    // a surname spread over the document.
    let text = "Chancellor George Osborne’s plan was praised by the memo. Osborne's allies agreed.\n\n\
        Ronald Reagan The memo was written in Washington. The memo said the plan works. The allies of Osborne agreed.";
    let docs = [Document { text: text.into(), ..Document::default() }];
    let analysis = lente::analyze(&docs, &Options { tokens: false, lang: Some(Lang::En), ..Options::default() });
    let doc = &analysis.documents[0];
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mentions: Vec<String> = doc.mentions.iter().map(|m| String::from_utf16_lossy(&utf16[m.start as usize..m.end as usize])).collect();
    assert!(mentions.iter().any(|m| m == "George Osborne"), "{mentions:?}");
    assert!(!mentions.iter().any(|m| m.ends_with('s') && m.contains("Osborne")), "{mentions:?}");
    assert!(!mentions.iter().any(|m| m == "The"), "{mentions:?}");
}

#[test]
fn no_names_in_a_language_lente_does_not_read() {
    let de =
        "Die beteiligten Politiker bestreiten, dass es sich so abgespielt hat. Ihre Version steht damit im Widerspruch zu den Unterlagen, die der Redaktion vorliegen und die Partei schwer belasten.";
    let docs = [Document { text: de.into(), name: Some("de.txt".into()), ..Document::default() }];
    let analysis = lente::analyze(&docs, &Options { tokens: false, ..Options::default() });
    let doc = &analysis.documents[0];
    assert!(doc.mentions.is_empty() && analysis.entities.is_empty(), "{:?}", analysis.entities);
    assert!(doc.notes.iter().any(|n| n.code == "language-unknown" && n.message.contains("German")), "{:?}", doc.notes);
    // Forced to English, the reader chose: no note.
    let forced = lente::analyze(&docs, &Options { tokens: false, lang: Some(Lang::En), ..Options::default() });
    assert!(forced.documents[0].notes.is_empty());
}

#[test]
fn a_set_is_remade_from_parts_without_analysing_again() {
    let texts = [
        "Putin incontra Kim a Pyongyang.\nIl presidente russo Vladimir Putin è arrivato ieri. “Siamo amici”, ha detto Putin.",
        "Kim Jong-un accoglie Putin.\nIl leader nordcoreano Kim Jong-un ha parlato a lungo con Vladimir Putin.",
        "Biden commenta il vertice.\nIl presidente Joe Biden ha criticato l’incontro tra Putin e Kim.",
    ];
    let docs: Vec<Document> = texts.iter().enumerate().map(|(i, t)| Document { id: Some(format!("d{i}")), name: Some(format!("{i}.txt")), text: t.to_string(), ..Document::default() }).collect();
    let options = Options::default();
    let parts: Vec<_> = docs.iter().enumerate().map(|(i, d)| lente::analyze_document(i, d, &options)).collect();
    // Without the second document: its part is left out, the others are not analysed again.
    let kept: Vec<_> = parts.iter().enumerate().filter(|&(i, _)| i != 1).map(|(_, p)| p.clone()).collect();
    let links: Vec<_> = kept.iter().map(|p| p.links.clone()).collect();
    let remade = lente::combine(&links, &options).apply(kept.into_iter().map(|p| p.document).collect(), options.offsets);
    let fresh = lente::analyze(&[docs[0].clone(), docs[2].clone()], &options);
    assert_eq!(serde_json::to_string(&remade).unwrap(), serde_json::to_string(&fresh).unwrap());
    assert!(remade.entities.iter().any(|e| e.name == "Vladimir Putin" && e.documents.len() == 2));
    assert!(!remade.entities.iter().any(|e| e.name == "Kim Jong-un"), "the removed document's entity is gone");
}
