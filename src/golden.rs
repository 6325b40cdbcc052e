//! The golden set (`tests/golden/`): real articles with the people, places and organizations
//! a reader should see, written by hand. `score` compares what Lente shows for one article
//! (its entities above the default confidence) with them; the file format and the rules
//! are in `tests/golden/README.md`. Used by `lente golden` and `tests/golden.rs`.

use crate::schema::{Analysis, Document, EntityKind, Options};
use std::path::Path;

/// One article of the golden set.
#[derive(Debug, Clone)]
pub struct Golden {
    /// The article, relative to `../shared` (`seeds/…`, `data/…#id`).
    pub source: String,
    pub lang: String,
    pub entities: Vec<Expected>,
    /// Spellings that count neither way.
    pub ignored: Vec<String>,
}

/// One expected entity: the types a careful reader accepts and every spelling the text uses.
#[derive(Debug, Clone)]
pub struct Expected {
    pub kinds: Vec<EntityKind>,
    pub spellings: Vec<String>,
}

/// How one article scored.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Entities shown that match a line, and all those shown (ignored ones left out).
    pub right: usize,
    pub shown: usize,
    /// Lines found, and all lines.
    pub found: usize,
    pub expected: usize,
    /// Shown but wrong (`TYPE name`), and expected but not shown.
    pub wrong: Vec<String>,
    pub missed: Vec<String>,
}

impl Score {
    pub fn precision(&self) -> f64 {
        self.right as f64 / self.shown.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.expected.max(1) as f64
    }
    /// Adds another article's counts.
    pub fn add(&mut self, other: &Score) {
        self.right += other.right;
        self.shown += other.shown;
        self.found += other.found;
        self.expected += other.expected;
    }
}

/// A spelling as compared: lowercase, straight apostrophes, single spaces.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace(['’', '‘'], "'")
}

/// The files of `dir` whose names end in `.extension`, sorted: the articles of a gold set.
pub fn files(dir: &Path, extension: &str) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == extension)).collect();
    paths.sort();
    Ok(paths)
}

/// Reads a `.golden` file; `Err` says which line is wrong.
pub fn parse(text: &str) -> Result<Golden, String> {
    let mut g = Golden { source: String::new(), lang: String::new(), entities: Vec::new(), ignored: Vec::new() };
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let spellings = |rest: &str| rest.split(" | ").map(norm).filter(|s| !s.is_empty()).collect::<Vec<_>>();
        if let Some(s) = line.strip_prefix("source:") {
            g.source = s.trim().to_string();
        } else if let Some(s) = line.strip_prefix("lang:") {
            g.lang = s.trim().to_string();
        } else if let Some((head, rest)) = line.split_once('\t') {
            if head == "IGNORE" {
                g.ignored.extend(spellings(rest));
            } else {
                let kinds = head.split('/').map(EntityKind::from_label).collect::<Option<Vec<_>>>().ok_or(format!("line {}: unknown type {head:?}", n + 1))?;
                g.entities.push(Expected { kinds, spellings: spellings(rest) });
            }
        } else {
            return Err(format!("line {}: expected TYPE<TAB>spellings", n + 1));
        }
    }
    if g.source.is_empty() || g.lang.is_empty() {
        return Err("a golden file starts with `source:` and `lang:` lines".into());
    }
    Ok(g)
}

/// The article's text from `shared` (the folder beside the project): a file, a JSONL record's
/// `text` (`FILE.jsonl#id`), a saved page's title and body (`expectations.json#id`), or
/// sentences `FROM-TO` (1-based, inclusive) of a tokenized `.tsv` (`WN_dev.tsv#12-40`),
/// detokenized by `detokenize`, a headline (no closing punctuation) as a paragraph. `Err` when it is absent.
pub fn source_text(shared: &Path, source: &str) -> Result<String, String> {
    let (file, id) = source.split_once('#').map_or((source, None), |(f, i)| (f, Some(i)));
    let path = shared.join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let Some(id) = id else { return Ok(text) };
    if file.ends_with(".tsv") {
        let range = id.split_once('-').and_then(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)));
        let (from, to) = range.filter(|&(a, b)| a >= 1 && a <= b).ok_or(format!("{source}: expected #FROM-TO sentences"))?;
        let sentences: Vec<Vec<&str>> = text.split("\n\n").skip(from - 1).take(to + 1 - from).map(|s| s.lines().filter_map(|l| l.split('\t').next()).collect()).collect();
        let mut out = String::new();
        for s in sentences.iter().map(|s| detokenize(s)) {
            // A sentence without closing punctuation is a headline: a paragraph of its own.
            let headline = !s.ends_with(['.', '!', '?', ':', ';', '»', '”', '"', ')']);
            out += if out.is_empty() {
                ""
            } else if headline || out.ends_with('\n') {
                "\n\n"
            } else {
                " "
            };
            out += &s;
            if headline {
                out.push('\n');
            }
        }
        return Ok(out.trim_end().replace("\n\n\n", "\n\n"));
    }
    let found = |v: &serde_json::Value| v.get("id").and_then(|x| x.as_str()) == Some(id);
    let record = if file.ends_with(".jsonl") {
        text.lines().filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok()).find(found)
    } else {
        serde_json::from_str::<serde_json::Value>(&text).ok().and_then(|v| v.as_array().and_then(|a| a.iter().find(|v| found(v)).cloned()))
    };
    let record = record.ok_or(format!("{source}: no record with that id"))?;
    let field = |k: &str| record.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
    Ok(if file.ends_with(".jsonl") { field("text") } else { format!("{}\n\n{}", field("title"), field("body")).trim_start().to_string() })
}

/// Writes one tokenized sentence as text: no space before closing punctuation or after an
/// opening mark or an elided article (`l'`), straight double quotes paired as they come.
pub fn detokenize(tokens: &[&str]) -> String {
    let mut out = String::new();
    let (mut open, mut glue) = (false, true);
    for t in tokens {
        let quote = *t == "\"";
        let closing = (quote && open) || matches!(*t, "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "»" | "”" | "..." | "%");
        if !glue && !closing {
            out.push(' ');
        }
        out.push_str(t);
        if quote {
            open = !open;
        }
        glue = (quote && open) || matches!(*t, "(" | "[" | "«" | "“") || t.ends_with('\'') || t.ends_with('’');
    }
    out
}

/// Analyses the article alone and scores the entities it shows.
pub fn score(golden: &Golden, text: &str) -> Score {
    let lang = crate::text::lang::Lang::parse(&golden.lang);
    let analysis = crate::analyze(&[Document { text: text.to_string(), ..Document::default() }], &Options { lang, tokens: false, ..Options::default() });
    score_analysis(golden, &analysis)
}

/// Scores the entities an analysis shows (not `uncertain`) against the golden lines.
pub fn score_analysis(golden: &Golden, analysis: &Analysis) -> Score {
    let mut s = Score { expected: golden.entities.len(), ..Score::default() };
    let mut found = vec![false; golden.entities.len()];
    for e in analysis.entities.iter().filter(|e| !e.uncertain) {
        let spellings: Vec<String> = e.variants.iter().map(|v| norm(&v.text)).collect();
        let matching: Vec<usize> = (0..golden.entities.len()).filter(|&i| golden.entities[i].spellings.iter().any(|g| spellings.contains(g))).collect();
        if matching.is_empty() && spellings.iter().all(|sp| golden.ignored.contains(sp)) {
            continue;
        }
        s.shown += 1;
        let right: Vec<usize> = matching.into_iter().filter(|&i| golden.entities[i].kinds.contains(&e.kind)).collect();
        if right.is_empty() {
            s.wrong.push(format!("{:?} {}", e.kind, e.name));
        } else {
            s.right += 1;
            right.into_iter().for_each(|i| found[i] = true);
        }
    }
    s.found = found.iter().filter(|&&f| f).count();
    s.missed = golden.entities.iter().zip(&found).filter(|(_, &f)| !f).map(|(e, _)| e.spellings[0].clone()).collect();
    s
}
