//! The quotation gold set (`tests/quotes/`, see its README): every file is well formed and
//! every span stands in its article as written; and Lente's quotations and speakers, scored
//! against it (`lente eval-quotes`), keep the figures they reach today (floors below).

use lente::golden::{files, source_text};
use lente::quote_gold::{parse, score, QuoteScore};
use std::collections::BTreeMap;
use std::path::Path;

/// Floors, at what Lente reaches today: (language, detection precision and recall, fewest
/// right speakers, most wrong ones, most non-speech spans shown as speech).
const FLOORS: &[(&str, f64, f64, usize, usize, usize)] = &[("en", 0.91, 0.84, 125, 19, 13), ("it", 0.90, 0.89, 89, 19, 14)];

#[allow(dead_code)] // the seeds are not used here
mod common;
use common::shared;

#[test]
fn quotation_gold_files_are_well_formed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quotes");
    let paths = files(&dir, "quotes").expect("tests/quotes");
    assert!(!paths.is_empty());
    let (mut quotes, mut checked) = (0, 0);
    let mut totals: BTreeMap<String, QuoteScore> = BTreeMap::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let mut lines = text.lines();
        let source = lines.next().and_then(|l| l.strip_prefix("source: ")).unwrap_or_else(|| panic!("{}: no source line", path.display()));
        let lang = lines.next().and_then(|l| l.strip_prefix("lang: ")).unwrap_or_else(|| panic!("{}: no lang line", path.display()));
        assert!(lang == "it" || lang == "en", "{}: lang {lang}", path.display());
        let article = source_text(&shared(), source).ok();
        if let Some(article) = &article {
            let gold = parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            totals.entry(lang.to_string()).or_default().add(&score(&gold, article));
        }
        for line in lines.filter(|l| !l.trim().is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{}: {line:?}", path.display());
            let kinds = ["title", "nickname", "office", "gloss", "scare"];
            assert!(fields[0] == "QUOTE" || (fields[0] == "NOTSPEECH" && kinds.contains(&fields[2])), "{}: {line:?}", path.display());
            quotes += usize::from(fields[0] == "QUOTE");
            if let Some(article) = &article {
                assert!(article.contains(fields[1]), "{}: {:?} is not in the article", path.display(), fields[1]);
                checked += 1;
            }
        }
    }
    eprintln!("{} files, {quotes} quotations; {checked} spans found in their articles", paths.len());
    for (lang, precision, recall, right, wrong, not_speech) in FLOORS {
        let Some(s) = totals.get(*lang) else { continue };
        eprintln!(
            "{lang}: detection P {:.3} R {:.3}; speakers right {} wrong {} none {}; non-speech shown {}",
            s.precision(),
            s.recall(),
            s.speaker_right,
            s.speaker_wrong,
            s.speaker_none,
            s.not_speech_reported
        );
        assert!(s.precision() >= *precision && s.recall() >= *recall, "{lang}: detection P {:.3} R {:.3}", s.precision(), s.recall());
        assert!(s.speaker_right >= *right && s.speaker_wrong <= *wrong, "{lang}: speakers right {} wrong {}", s.speaker_right, s.speaker_wrong);
        assert!(s.not_speech_reported <= *not_speech, "{lang}: {} non-speech spans shown as speech", s.not_speech_reported);
    }
}
