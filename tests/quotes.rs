//! The quotation gold set (`tests/quotes/`, see its README) is well formed: every file names
//! its article and language, every line has its three fields, and every quotation's opening
//! words stand in the article as written. Scoring Lente's quotations against it is issue 15's.

use lente::golden::source_text;
use std::path::Path;

#[allow(dead_code)] // the seeds are not used here
mod common;
use common::shared;

#[test]
fn quotation_gold_files_are_well_formed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quotes");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("tests/quotes").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "quotes")).collect();
    paths.sort();
    assert!(!paths.is_empty());
    let (mut quotes, mut checked) = (0, 0);
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let mut lines = text.lines();
        let source = lines.next().and_then(|l| l.strip_prefix("source: ")).unwrap_or_else(|| panic!("{}: no source line", path.display()));
        let lang = lines.next().and_then(|l| l.strip_prefix("lang: ")).unwrap_or_else(|| panic!("{}: no lang line", path.display()));
        assert!(lang == "it" || lang == "en", "{}: lang {lang}", path.display());
        let article = source_text(&shared(), source).ok();
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
}
