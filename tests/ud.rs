//! The Universal Dependencies bars of issue 3, on the dev files in ../shared/data/ud, and
//! agreement with the reference scorer `../shared/tools/score_ud.py`. Skipped with a message
//! when ../shared is absent.

use lente::text::lang::Lang;
use lente::ud;
use std::path::{Path, PathBuf};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// (treebank file, language, token F1 bar, sentence F1 bar), in percent.
const DEV: &[(&str, Lang, f64, f64)] = &[
    ("UD_Italian-ISDT/it_isdt-ud-dev.conllu", Lang::It, 99.5, 97.0),
    ("UD_English-EWT/en_ewt-ud-dev.conllu", Lang::En, 98.0, 82.0),
    ("UD_Italian-VIT/it_vit-ud-dev.conllu", Lang::It, 0.0, 0.0),
    ("UD_Italian-ParTUT/it_partut-ud-dev.conllu", Lang::It, 0.0, 0.0),
    ("UD_Italian-PoSTWITA/it_postwita-ud-dev.conllu", Lang::It, 0.0, 0.0),
    ("UD_English-GUM/en_gum-ud-dev.conllu", Lang::En, 0.0, 0.0),
];

#[test]
fn ud_dev_bars() {
    let dir = shared().join("data/ud");
    if !dir.exists() {
        eprintln!("UD treebanks not found at {}: skipped", dir.display());
        return;
    }
    for (file, lang, token_bar, sentence_bar) in DEV {
        let conllu = std::fs::read_to_string(dir.join(file)).expect("treebank readable");
        let s = ud::evaluate(&conllu, *lang).expect("same text");
        let (t, se) = (s.tokens.f1 * 100.0, s.sentences.f1 * 100.0);
        eprintln!("{file}: tokens F1 {t:.2}, sentences F1 {se:.2}, words F1 {:.2}", s.words.f1 * 100.0);
        assert!(t >= *token_bar, "{file}: tokens F1 {t:.2} < {token_bar}");
        assert!(se >= *sentence_bar, "{file}: sentences F1 {se:.2} < {sentence_bar}");
    }
}

#[test]
fn raw_text_and_scores_agree_with_the_reference_scorer() {
    let gold = shared().join("data/ud/UD_English-EWT/en_ewt-ud-dev.conllu");
    let scorer = shared().join("tools/score_ud.py");
    if !gold.exists() || !scorer.exists() {
        eprintln!("UD data or score_ud.py not found under {}: skipped", shared().display());
        return;
    }
    let python = |args: &[&str]| std::process::Command::new("python3").arg(&scorer).args(args).output();
    let Ok(text) = python(&["text", gold.to_str().unwrap(), "--wrap", "0"]) else {
        eprintln!("python3 not found: skipped");
        return;
    };
    let conllu = std::fs::read_to_string(&gold).unwrap();
    assert_eq!(String::from_utf8(text.stdout).unwrap(), ud::raw_text(&conllu, 0), "raw text");
    let system = std::env::temp_dir().join(format!("lente-ud-{}.txt", std::process::id()));
    std::fs::write(&system, ud::token_lines(&ud::raw_text(&conllu, 0), Lang::En)).unwrap();
    let reference = python(&["score", gold.to_str().unwrap(), system.to_str().unwrap()]).unwrap();
    std::fs::remove_file(&system).ok();
    let ours = ud::evaluate(&conllu, Lang::En).unwrap().report();
    assert_eq!(String::from_utf8(reference.stdout).unwrap(), ours);
}
