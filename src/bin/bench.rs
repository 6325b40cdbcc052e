//! `bench`: throughput of the Italian pipeline, natively or as wasm. Reads the seed articles
//! `../shared/seeds/*.txt` (from the crate root), joins them with blank lines and repeats
//! them up to 1 MB and 10 MB (10^6 bytes of UTF-8), and prints the best of 3 runs in MB/s
//! and tokens/s of:
//! - `tokenize`: tokenizing alone;
//! - `split`: tokenizing and splitting sentences;
//! - `ner tag`: `Recognizer::tag_document` (both passes), given the tokens and sentences;
//! - `analyze`: the whole of `lente::analyze` (tagging, values, linking too), 1 MB only.
//!
//! `benches/node-peers.mjs` measures the JS API on the same texts beside wink-nlp and
//! compromise. The same program built for `wasm32-wasip1` and run by
//! `benches/wasi-bench.mjs` in Node's V8 gives the wasm speed of each stage alone, entity
//! tagging included.
//!
//! Natively it then measures how comparing a set scales with its size (`compare`): 100 to
//! 5,000 articles of 10 real sentences each (WikiNEuRal Italian and English, from
//! ../shared/data), one in ten copying a passage of the article before it; each analysed
//! alone first (not timed), then `combine` (entity links, the brief and its points, shared
//! passages, figures, quote variants) timed, best of 3, with the time per article.
//!
//! Run with `cargo run --release --bin bench [SIZE...]` (sizes in bytes; default 1 MB and 10 MB).

use lente::ner::Recognizer;
use lente::text::lang::Lang;
use lente::text::sentences::{split, SentenceSpan};
use lente::text::tokenize::{tokenize, Token};
use lente::{analyze, Document, Options};
use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use std::{fs, io};

const SIZES: [usize; 2] = [1_000_000, 10_000_000];
/// The only size `analyze` runs on.
const ANALYZE_SIZE: usize = 1_000_000;
const RUNS: usize = 3;

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let seeds = match read_seeds(&dir) {
        Ok(seeds) if !seeds.is_empty() => seeds,
        Ok(_) => return skip(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return skip(),
        Err(e) => {
            eprintln!("bench: could not read the seeds in {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let Some(recognizer) = lente::models::recognizer(Lang::It) else {
        eprintln!("bench: the Italian entity recognizer did not load");
        return ExitCode::FAILURE;
    };
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { SIZES.to_vec() } else { sizes };
    let seed = seeds.join("\n\n");
    let target = if cfg!(target_family = "wasm") { "wasm" } else { "native" };
    println!("{target}: lang it, {} seeds, best of {RUNS}", seeds.len());
    println!("{:<8} {:>6} {:>10} {:>9} {:>9} {:>8} {:>12}", "bench", "size", "tokens", "sentences", "best ms", "MB/s", "tokens/s");
    for size in sizes {
        let text = repeat(&seed, size);
        let tokens = tokenize(&text, Lang::It);
        let sentences = split(&text, &tokens, Lang::It);
        let best = best_of(|| {
            black_box(tokenize(black_box(&text), Lang::It));
        });
        row("tokenize", &text, tokens.len(), sentences.len(), best);
        let best = best_of(|| {
            let tokens = tokenize(black_box(&text), Lang::It);
            black_box(split(&text, &tokens, Lang::It));
        });
        row("split", &text, tokens.len(), sentences.len(), best);
        let best = best_of(|| tag_all(recognizer, &text, &tokens, &sentences));
        row("ner tag", &text, tokens.len(), sentences.len(), best);
        if size == ANALYZE_SIZE {
            let documents = [Document { text: text.clone(), ..Default::default() }];
            let options = Options { lang: Some(Lang::It), tokens: false, ..Default::default() };
            let counts = analyze(&documents, &options).documents[0].counts;
            let best = best_of(|| {
                black_box(analyze(black_box(&documents), &options));
            });
            row("analyze", &text, counts.tokens, counts.sentences, best);
        }
    }
    if !cfg!(target_family = "wasm") {
        compare_scaling();
    }
    ExitCode::SUCCESS
}

/// Sets of articles compared: the time of `combine` as the set grows.
fn compare_scaling() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let mut sentences: Vec<String> = Vec::new();
    for file in ["wikineural-it/val.tsv", "wikineural-it/test.tsv", "wikineural-en/val.tsv", "wikineural-en/test.tsv"] {
        let Ok(text) = fs::read_to_string(data.join(file)) else {
            println!("compare: {} not found: skipping", data.join(file).display());
            return;
        };
        for block in text.split("\n\n") {
            let words: Vec<&str> = block.lines().filter_map(|l| l.split('\t').next()).collect();
            if words.len() >= 5 {
                sentences.push(words.join(" "));
            }
        }
    }
    const SENTENCES: usize = 10;
    let article = |i: usize| -> String {
        let mut text: Vec<&str> = (0..SENTENCES).map(|k| sentences[(i * SENTENCES + k) % sentences.len()].as_str()).collect();
        if i % 10 == 9 {
            text.push(&sentences[((i - 1) * SENTENCES + 3) % sentences.len()]);
        }
        text.join(" ")
    };
    let options = Options { tokens: false, ..Default::default() };
    println!("\ncompare: articles of {SENTENCES} sentences ({} sentences in all), best of {RUNS}", sentences.len());
    println!("{:>9} {:>12} {:>9} {:>14} {:>9}", "articles", "combine ms", "ms/art.", "passages", "points");
    for n in [100, 500, 1000, 2000, 5000] {
        let links: Vec<_> = (0..n).map(|i| lente::analyze::analyze_document(i, &Document { text: article(i), ..Default::default() }, &options).links).collect();
        let mut last = None;
        let best = best_of(|| last = Some(lente::analyze::combine(black_box(&links), &options)));
        let set = last.expect("combined");
        let ms = best.as_secs_f64() * 1e3;
        println!("{n:>9} {ms:>12.1} {:>9.3} {:>14} {:>9}", ms / n as f64, set.comparison.passages.len(), set.comparison.points.len());
    }
}

fn skip() -> ExitCode {
    println!("seeds not found at ../shared/seeds: skipping");
    ExitCode::SUCCESS
}

/// Prints one line of the table: `text` and its counts done in `best`.
fn row(bench: &str, text: &str, tokens: usize, sentences: usize, best: Duration) {
    let secs = best.as_secs_f64();
    println!("{bench:<8} {:>4}MB {tokens:>10} {sentences:>9} {:>9.1} {:>8.1} {:>12.0}", text.len() / 1_000_000, secs * 1e3, text.len() as f64 / 1e6 / secs, tokens as f64 / secs);
}

/// The `*.txt` files of `dir` in name order, each without its surrounding white space.
fn read_seeds(dir: &Path) -> io::Result<Vec<String>> {
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "txt") {
            paths.push(path);
        }
    }
    paths.sort();
    paths.iter().map(|p| fs::read_to_string(p).map(|t| t.trim().to_string())).collect()
}

/// `seed` repeated, joined by blank lines, cut to at most `size` bytes at a char boundary.
fn repeat(seed: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + seed.len() + 2);
    while text.len() < size {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(seed);
    }
    let mut end = size.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// The best time of `RUNS` calls of `run`.
fn best_of(mut run: impl FnMut()) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..RUNS {
        let started = Instant::now();
        run();
        best = best.min(started.elapsed());
    }
    best
}

/// Tags the text as one document, both passes, as `analyze` does.
fn tag_all(recognizer: &Recognizer, text: &str, tokens: &[Token], sentences: &[SentenceSpan]) {
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| tokens[s.first..s.end].iter().map(|t| &text[t.start as usize..t.end as usize]).collect()).collect();
    black_box(recognizer.tag_document(black_box(&words)));
}
