//! `bench`: native throughput of tokenizing and splitting sentences (Italian rules), the
//! work at the heart of `analyze`. Reads the seed articles `../shared/seeds/*.txt` (from
//! the crate root), joins them with blank lines and repeats them up to 1 MB and 10 MB
//! (10^6 bytes of UTF-8), and prints the best of 3 runs in MB/s and tokens/s.
//! `benches/wasm-bench.mjs` measures the same texts through the wasm build.
//!
//! Run with `cargo run --release --bin bench`.

use lente::text::lang::Lang;
use lente::text::sentences::split;
use lente::text::tokenize::tokenize;
use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use std::{fs, io};

const SIZES: [usize; 2] = [1_000_000, 10_000_000];
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
    let seed = seeds.join("\n\n");
    println!("native: tokenize + sentences::split, lang it, {} seeds, best of {RUNS}", seeds.len());
    println!("{:>6} {:>10} {:>9} {:>9} {:>8} {:>12}", "size", "tokens", "sentences", "best ms", "MB/s", "tokens/s");
    for size in SIZES {
        let text = repeat(&seed, size);
        let (best, tokens, sentences) = measure(&text);
        let secs = best.as_secs_f64();
        println!(
            "{:>4}MB {tokens:>10} {sentences:>9} {:>9.1} {:>8.1} {:>12.0}",
            size / 1_000_000,
            secs * 1e3,
            text.len() as f64 / 1e6 / secs,
            tokens as f64 / secs
        );
    }
    ExitCode::SUCCESS
}

fn skip() -> ExitCode {
    println!("seeds not found at ../shared/seeds: skipping");
    ExitCode::SUCCESS
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

/// The best time of `RUNS` tokenize + split runs, and the token and sentence counts.
fn measure(text: &str) -> (Duration, usize, usize) {
    let mut best = Duration::MAX;
    let mut counts = (0, 0);
    for _ in 0..RUNS {
        let started = Instant::now();
        let tokens = tokenize(black_box(text), Lang::It);
        let sentences = split(text, &tokens, Lang::It);
        best = best.min(started.elapsed());
        counts = (tokens.len(), black_box(sentences).len());
    }
    (best, counts.0, counts.1)
}
