//! The whole pipeline stays near linear on pathological input: each repeated pattern is
//! analysed at 256 KB and at 1 MB, and the time must grow at most 6 times for 4 times the
//! text (a quadratic path grows 16 times). Ratios, not absolute times, so a slow machine
//! passes; each size is the best of 3 runs, and a pattern over the bar is
//! timed again up to twice. `cargo test --release --test scaling --
//! --nocapture` prints the table. `LENTE_SCALING_KB=64` measures at 64 KB and 256 KB
//! instead, `LENTE_SCALING_ONLY=putin` runs the patterns whose name contains `putin`.

use lente::schema::{Document, Options};
use std::time::{Duration, Instant};

/// The most time may grow for 4 times the text.
const MAX_RATIO: f64 = 6.0;

/// Below this the small size is too quick for its ratio to mean anything: the ratio is
/// then taken against this floor.
const FLOOR: Duration = Duration::from_millis(20);

/// The units that stand for made-up names, and for quotations of made-up speakers (see `text`).
const NAMES: &str = "<names>";
const SPEAKERS: &str = "<speakers>";

/// (name, file name, the unit repeated): each from a report of slow input, or a shape worth
/// guarding.
const PATTERNS: &[(&str, &str, &str)] = &[
    // Reported.
    ("putin", "a.txt", "Putin "),
    ("a-dot", "a.txt", "a. "),
    ("leggi-anche", "a.txt", "Leggi anche: un altro articolo\n"),
    ("numbers", "a.txt", "12 "),
    ("open-quotes", "a.txt", "“Sì "),
    ("zwj", "a.txt", "👨\u{200D}👩 "),
    ("zwj-run", "a.txt", "👨\u{200D}"),
    ("chinese", "a.txt", "北京是中国的首都"),
    ("lowercase-lines", "a.txt", "la casa bianca e il governo\n"),
    // More shapes.
    ("kim-jong-un", "a.txt", "Kim Jong-un "),
    ("guillemets", "a.txt", "«Sì "),
    ("urls", "a.txt", "https://example.com/a/b?c=d "),
    ("emails", "a.txt", "mario.rossi@example.com "),
    ("decimals", "a.txt", "1.000,5 "),
    ("dates", "a.txt", "12 marzo 2024 "),
    ("one-paragraph", "a.txt", "Il governo ha approvato la legge sul bilancio a Roma. "),
    ("tiny-paragraphs", "a.txt", "Ciao.\n\n"),
    ("short-lines", "a.txt", "Roma\n"),
    ("html-paragraphs", "a.html", "<p>Il governo ha approvato la legge sul bilancio a Roma.</p>\n"),
    ("markdown", "a.md", "- **Roma** e _Milano_: [il sindaco](https://example.com/m) ha detto\n"),
    ("markdown-brackets", "a.md", "[*"),
    ("distinct-names", "a.txt", NAMES),
    ("distinct-speakers", "a.txt", SPEAKERS),
];

/// `unit` repeated to `bytes`, whole units only (an HTML page gets its frame). The units
/// `NAMES` and `SPEAKERS` stand for sentences of made-up names, all different (a fixed
/// pseudo-random sequence): a text with ever more words, names and speakers.
fn text(file: &str, unit: &str, bytes: usize) -> String {
    let body = match unit {
        NAMES => made_up(bytes, |w| format!("{} {} ha incontrato {} a {}. ", w(), w(), w(), w())),
        SPEAKERS => made_up(bytes, |w| format!("«Non è vero», ha detto {} {}. ", w(), w())),
        _ => unit.repeat(bytes / unit.len()),
    };
    if file.ends_with(".html") {
        format!("<html><head><title>T</title></head><body><article>{body}</article></body></html>")
    } else {
        body
    }
}

/// Sentences made by `sentence` from made-up capitalized words, to `bytes`.
fn made_up(bytes: usize, sentence: impl Fn(&mut dyn FnMut() -> String) -> String) -> String {
    const SYLLABLES: [&str; 19] = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi", "zo", "an", "er", "il", "on", "ur"];
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut word = || {
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as usize
        };
        let n = 2 + next() % 3;
        let w: String = (0..n).map(|_| SYLLABLES[next() % SYLLABLES.len()]).collect();
        w[..1].to_uppercase() + &w[1..]
    };
    let mut out = String::new();
    while out.len() < bytes {
        out.push_str(&sentence(&mut word));
    }
    out
}

/// The best of 3 analyses of each text, taken in turn so that a busy moment of the machine
/// does not fall on one size only.
fn times(file: &str, small: &str, large: &str) -> (Duration, Duration) {
    let doc = |text: &str| [Document { name: Some(file.into()), text: text.into(), ..Document::default() }];
    let (small, large) = (doc(small), doc(large));
    let time = |docs: &[Document]| {
        let start = Instant::now();
        std::hint::black_box(lente::analyze(docs, &Options::default()));
        start.elapsed()
    };
    let (mut a, mut b) = (Duration::MAX, Duration::MAX);
    for _ in 0..3 {
        a = a.min(time(&small));
        b = b.min(time(&large));
    }
    (a, b)
}

#[test]
fn time_grows_linearly_on_repeated_patterns() {
    let small = std::env::var("LENTE_SCALING_KB").ok().and_then(|kb| kb.parse::<usize>().ok()).unwrap_or(256) * 1024;
    let only = std::env::var("LENTE_SCALING_ONLY").unwrap_or_default();
    println!("{:<18} {:>10} {:>10} {:>6}", "pattern", format!("{} KB", small / 1024), format!("{} KB", 4 * small / 1024), "ratio");
    let mut slow = Vec::new();
    for &(name, file, unit) in PATTERNS.iter().filter(|p| p.0.contains(&only)) {
        let (small_text, large_text) = (text(file, unit, small), text(file, unit, 4 * small));
        // A pattern over the bar is timed again, up to twice, and keeps its lowest ratio: on
        // this shared 2-core machine a clean run read 6.1× once for a pattern that reads
        // 4–5× in others, while a quadratic path reads 16× every time.
        let mut best = (f64::MAX, Duration::ZERO, Duration::ZERO);
        for _ in 0..3 {
            let (a, b) = times(file, &small_text, &large_text);
            let ratio = b.as_secs_f64() / a.max(FLOOR).as_secs_f64();
            if ratio < best.0 {
                best = (ratio, a, b);
            }
            if ratio <= MAX_RATIO {
                break;
            }
        }
        let (ratio, a, b) = best;
        println!("{name:<18} {:>9.3}s {:>9.3}s {ratio:>6.2}", a.as_secs_f64(), b.as_secs_f64());
        if ratio > MAX_RATIO {
            slow.push(format!("{name} ({ratio:.1}×)"));
        }
    }
    assert!(slow.is_empty(), "time grew more than {MAX_RATIO}× for 4× the text: {}", slow.join(", "));
}
