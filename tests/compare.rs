//! Comparing coverage: the seed articles' brief, shared points, outlets, quote variants,
//! figures and timeline; a set of unrelated articles, one point per story; shared-passage
//! detection on constructed pairs (`lente eval-passages` prints the same figures). Skipped
//! with a message when ../shared is absent.

use lente::schema::{Document, Options};

mod common;
use common::{seed_documents, shared};

#[test]
fn seeds_compare() {
    let Some(docs) = seed_documents() else { return };
    let analysis = lente::analyze(&docs, &Options { tokens: false, offsets: lente::OffsetUnit::Utf8, ..Options::default() });
    let text = |d: usize, s: u32, e: u32| docs[d].text[s as usize..e as usize].to_string();
    let sentence = |d: usize, i: usize| {
        let s = &analysis.documents[d].sentences[i];
        text(d, s.start, s.end)
    };
    // Every source is cited by an outlet, none by a hash-named file.
    let outlets: Vec<&str> = analysis.documents.iter().map(|d| d.outlet.name.as_str()).collect();
    assert_eq!(outlets, ["Avantgardia", "TheSocialPost.it", "002", "003", "Tendenzediviaggio.it"]);
    // At least four points carry two or more outlets, and those come first.
    let outlets_of = |p: &lente::schema::BriefPoint| {
        let mut d: Vec<usize> = p.sources.iter().map(|s| s.document).collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    let shared_points = analysis.brief.iter().filter(|p| outlets_of(p).len() >= 2).count();
    assert!(shared_points >= 4, "{shared_points} points with two or more outlets");
    assert!(analysis.brief.windows(2).all(|w| outlets_of(&w[0]).len() >= outlets_of(&w[1]).len()), "ordered by outlets");
    // The mutual-defence pact is one point, citing the two outlets that report it.
    let pact: Vec<_> = analysis.brief.iter().filter(|p| p.sources.iter().any(|s| sentence(s.document, s.sentence).contains("assistenza militare"))).collect();
    assert_eq!(pact.len(), 1, "one pact point");
    assert_eq!(outlets_of(pact[0]), [2, 4], "{:?}", pact[0].sources);
    // No point opens with a quotation that does not name its speaker.
    for p in &analysis.brief {
        let s = sentence(p.document, p.sentence);
        assert!(!s.starts_with(['“', '«', '"']), "a bare quotation in the brief: {s}");
    }
    // Kim's "compagni d’armi", three renderings in 000, 001 and 003, are one group.
    let cmp = &analysis.comparison;
    let group = cmp.quote_variants.iter().find(|g| {
        g.quotes.iter().any(|q| {
            let quote = &analysis.documents[q.document].quotes[q.quote];
            text(q.document, quote.start, quote.end).contains("compagni d’armi")
        })
    });
    let documents: Vec<usize> = group.expect("a compagni d’armi group").quotes.iter().map(|q| q.document).collect();
    assert_eq!(documents, [0, 1, 3]);
    // Figures: each amount is found with its document; the treaties' years are on the timeline.
    let figure = |label: &str| cmp.figures.iter().find(|g| g.label == label).map(|g| g.items.iter().map(|f| f.document).collect::<Vec<_>>());
    assert_eq!(figure("quantity:conta"), Some(vec![1]), "11.000 container");
    assert_eq!(figure("quantity:solda"), Some(vec![4]), "10.000 soldati");
    assert_eq!(figure("quantity:ann"), Some(vec![0, 3]), "quasi un quarto di secolo, 24 anni");
    assert!(!cmp.figures.iter().find(|g| g.label == "quantity:ann").is_some_and(|g| g.agree), "25 and 24 years differ");
    let dated = |iso: &str| cmp.timeline.iter().find(|t| t.date == iso).map(|t| t.items.iter().map(|f| f.document).collect::<Vec<_>>());
    assert_eq!(dated("1961"), Some(vec![1, 2]));
    assert!(dated("2000").is_some_and(|d| d.contains(&1) && d.contains(&2)));
    assert_eq!(dated("2001"), Some(vec![1]));
    assert!(cmp.timeline.windows(2).all(|w| w[0].date.starts_with('-') <= w[1].date.starts_with('-')));
    // Shared passages: seed 001 repeats itself; spans slice the text at word edges.
    let repeat = cmp.passages.iter().find(|p| p.spans.iter().all(|s| s.document == 1) && p.spans.len() == 2).expect("001 repeats itself");
    assert!(text(1, repeat.spans[0].start, repeat.spans[0].end).starts_with("Lo ha detto il presidente Vladimir Putin"));
    // The agreement map: every point has two documents or more; unique sentences are in none.
    assert!(cmp.points.iter().all(|p| p.documents.len() >= 2));
    for (d, unique) in cmp.unique.iter().enumerate() {
        assert!(!unique.is_empty(), "each outlet adds something of its own");
        assert!(unique.iter().all(|&s| !cmp.points.iter().any(|p| p.sources.iter().any(|r| r.document == d && r.sentence == s))));
    }
}

#[test]
fn unrelated_stories_each_get_a_point() {
    let path = shared().join("data/summarization/it-wikinews-dev/dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    // Twelve articles spread over the file: Wikinews stories of different days.
    let articles: Vec<String> = text.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?["text"].as_str().map(String::from)).collect();
    let docs: Vec<Document> = articles.iter().step_by(3).take(12).enumerate().map(|(i, t)| Document { name: Some(format!("{i}.txt")), text: t.clone(), ..Document::default() }).collect();
    assert_eq!(docs.len(), 12);
    let analysis = lente::analyze(&docs, &Options { tokens: false, ..Options::default() });
    let cited: std::collections::BTreeSet<usize> = analysis.brief.iter().map(|p| p.document).collect();
    assert_eq!(cited.len(), 12, "a point per story: {cited:?}");
    // One round first: no story has a second point before every story has one.
    let first_twelve: std::collections::BTreeSet<usize> = analysis.brief.iter().take(12).map(|p| p.document).collect();
    assert_eq!(first_twelve.len(), 12);
}

#[test]
fn shared_passages_on_constructed_pairs() {
    let mut articles = Vec::new();
    for set in ["it-wikinews-dev", "cnndm-frank"] {
        let path = shared().join(format!("data/summarization/{set}/dev.jsonl"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} not found", path.display());
            return;
        };
        articles.extend(text.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()?["text"].as_str().map(String::from)));
    }
    let refs: Vec<&str> = articles.iter().map(String::as_str).collect();
    let e = lente::compare::constructed::evaluate(&refs);
    println!("{e}");
    assert!(e.all.precision() >= 0.95 && e.all.recall() >= 0.90, "{e}");
    let unrelated = e.kinds.iter().find(|k| k.0 == lente::compare::constructed::Copy::Unrelated).expect("unrelated pairs").1;
    assert_eq!(unrelated.found, 0, "nothing shared between unrelated articles");
}
