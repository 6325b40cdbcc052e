//! `lente`: the command line over the same core as the page. Run `lente help`.

use lente::learn::clusters::{self, Clusters};
use lente::learn::tagger::Tagger;
use lente::ner::{self, gazetteer::Gazetteer, Recognizer};
use lente::schema::{Document, Options};
use lente::text::lang::Lang;
use lente::text::offsets::OffsetUnit;
use lente::{summary, train, ud};
use std::io::{Read, Write};
use std::process::ExitCode;

const HELP: &str = "lente: analyze news articles (tokens, sentences, language).

Usage:
  lente analyze [--lang it|en|other] [--offsets char|utf8|utf16] [--no-tokens] [--pretty] FILE...
      Prints the analysis as JSON (schema: docs/schema.md). Offsets count Unicode code points
      (--offsets char, the default here, as Python slices) unless told otherwise.
  lente analyze --jsonl IN.jsonl|- [--threads N] [--lang …] [--offsets …] [--no-tokens]
      One {id?, name?, text | html, lang?, group?} document per line, from a file or stdin
      (-); one JSON line out per line in, in order, analysed on every core (or N threads).
      Consecutive lines of one group are also linked: a {group, ids, entities, brief, …}
      line follows the group's last document. A progress bar shows on a terminal.
  lente compare [--lang it|en] [--report md|html] [--pretty] FILE FILE...
      How the files cover one story: the analysis as JSON (brief and comparison), or a report.
  lente eval-passages FILE.jsonl...
      Shared-passage detection on pairs built from the articles (`text` or `docs`) of FILEs:
      precision and recall by words, per kind of copy, and the cost as the set grows.
  lente extract [--out DIR] FILE.html...
      Extracts the article of each saved web page: the headline on the first line, a blank
      line, then the body's paragraphs. With --out, writes DIR/<file stem>.txt for each.
  lente tokenize [--lang it|en|other] [FILE...]
      One token per line as it appears in the input, a blank line after each sentence.
      Reads standard input when no file is given.
  lente eval-ud [--lang it|en] GOLD.conllu...
      Rebuilds each treebank's raw text (one line per paragraph), tokenizes and splits it,
      and prints token, sentence and word precision/recall/F1 as score_ud.py does.
  lente ud-text [--wrap N] GOLD.conllu
      Prints the raw text of a treebank (as `score_ud.py text`).
  lente train-sentences --lang it|en --out MODEL [--epochs N] [--seed N] [--bits N] [--min-weight N] TRAIN.conllu...
      Trains the sentence splitter (averaged perceptron) and writes the model.
  lente ner --tsv FILE [--lang it|en] [--model PREFIX]
      Tags pre-tokenized text (token in column 1, blank line between sentences) and prints
      token<TAB>label (BIO) for exactly those tokens.
  lente eval-ner [--lang it|en] [--model PREFIX] GOLD.tsv...
      Tags each gold file and prints NERMuD's token-level and CoNLL's entity-level scores,
      as score_ner.py does.
  lente eval-quotes [DIR] [--shared DIR] [--verbose]
      Scores the quotations Lente finds in the quotation gold set's articles (default
      tests/quotes): detection by span, and the speakers of those found, per language.
  lente keyphrases-junk [--shared DIR] [--articles N]
      Counts junk among the 12 key phrases shown for N (default 15) Italian and N English
      dev articles (summarization/it-wikinews-dev and cnndm-writers under DIR/data): phrases
      that start or end with a function word or verb form, end in a possessive, are part of
      a name, or are one generic word. Prints every list, junk marked, then the totals.
  lente pack-names NAMES --out FILE [--bits N]
      Packs a name list (TYPE<TAB>name lines) as fingerprints (src/ner/packed.rs), or a
      packed list again; --bits: the bits kept of each fingerprint (default 32).
  lente prune-tagger IN OUT --below K
      Drops an entity tagger's weights of magnitude below K steps (models/README.md).
  lente source SOURCE [--shared DIR]
      Prints the article a gold file's `source:` line names (a file, FILE.jsonl#id,
      expectations.json#id, or FILE.tsv#FROM-TO sentences, detokenized).
  lente golden [DIR] [--shared DIR] [--verbose]
      Scores the names Lente shows in the golden set's articles (default tests/golden, the
      articles under ../shared) against the hand-written ones: precision and recall per
      article and per language; --verbose lists the wrong and the missed names.
  lente train-ner --lang it|en --out PREFIX [--epochs N] [--seed N] [--bits N] [--folds N] [--runs N] TRAIN.tsv...
      Trains the entity tagger; writes PREFIX.bin (weights) and PREFIX.names (gazetteer).
  lente summarize --jsonl FILE [--sentences N | --words N] [--method lente|lead|textrank|centroid]
      Summarizes each line of a JSONL file (id, lang and text; or docs, a list of articles,
      for a set) and prints one line of id and summary (a list of sentences) per item.
      Default: 3 sentences.
  lente eval-summaries --jsonl FILE [--sentences N | --words N]
      Summarizes with Lente and the baselines (Lead, TextRank, and Centroid for sets) and
      prints ROUGE-1/2/L/Lsum as score_rouge.py does, against each line's refs.
  lente train-clusters --out FILE [--words N] [--fine N] [--coarse N] TEXT...
      Learns word clusters from unlabelled text (.conllu: surface tokens; .tsv: column 1;
      else one sentence a line, tokenized) and writes word<TAB>fine<TAB>coarse lines, or
      their packed form when FILE ends in .bin.
  lente pack-clusters CLUSTERS --out FILE
      Packs word clusters (src/learn/clusters.rs): the same lookups, a third of the size.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "analyze" => cmd_analyze(rest),
        "compare" => cmd_compare(rest),
        "eval-passages" => cmd_eval_passages(rest),
        "extract" => cmd_extract(rest),
        "tokenize" => cmd_tokenize(rest),
        "eval-ud" => cmd_eval_ud(rest),
        "ud-text" => cmd_ud_text(rest),
        "train-sentences" => cmd_train_sentences(rest),
        "ner" => cmd_ner(rest),
        "eval-ner" => cmd_eval_ner(rest),
        "golden" => cmd_golden(rest),
        "source" => cmd_source(rest),
        "pack-names" => cmd_pack_names(rest),
        "prune-tagger" => cmd_prune_tagger(rest),
        "pack-clusters" => cmd_pack_clusters(rest),
        "eval-quotes" => cmd_eval_quotes(rest),
        "keyphrases-junk" => cmd_keyphrases_junk(rest),
        "train-ner" => cmd_train_ner(rest),
        "train-clusters" => cmd_train_clusters(rest),
        "summarize" => cmd_summarize(rest),
        "eval-summaries" => cmd_eval_summaries(rest),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}; try `lente help`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lente: {e}");
            ExitCode::from(1)
        }
    }
}

/// Flags (`--name value` or `--name`) and positional arguments.
struct Args {
    flags: Vec<(String, Option<String>)>,
    files: Vec<String>,
}

impl Args {
    fn parse(args: &[String], valued: &[&str], switches: &[&str]) -> Result<Args, String> {
        let mut out = Args { flags: Vec::new(), files: Vec::new() };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if valued.contains(&a.as_str()) {
                let v = it.next().ok_or_else(|| format!("{a} needs a value"))?;
                out.flags.push((a.clone(), Some(v.clone())));
            } else if switches.contains(&a.as_str()) {
                out.flags.push((a.clone(), None));
            } else if a.starts_with("--") {
                return Err(format!("unknown option {a}; try `lente help`"));
            } else {
                out.files.push(a.clone());
            }
        }
        Ok(out)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.flags.iter().rev().find(|(n, _)| n == name).and_then(|(_, v)| v.as_deref())
    }

    fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| n == name)
    }

    fn lang(&self) -> Result<Option<Lang>, String> {
        self.value("--lang").map(|l| Lang::parse(l).ok_or_else(|| format!("--lang takes it, en or other, not {l:?}"))).transpose()
    }

    fn number(&self, name: &str, default: u64) -> Result<u64, String> {
        self.value(name).map_or(Ok(default), |v| v.parse().map_err(|_| format!("{name} takes a whole number, not {v:?}")))
    }
}

fn read_file(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn read_inputs(files: &[String]) -> Result<Vec<(String, String)>, String> {
    if files.is_empty() {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(vec![("-".into(), text)]);
    }
    files.iter().map(|f| Ok((f.clone(), read_file(f)?))).collect()
}

fn out(text: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()).or_else(|e| if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e.to_string()) })
}

fn cmd_analyze(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--lang", "--offsets", "--jsonl", "--threads"], &["--no-tokens", "--pretty"])?;
    let offsets = match a.value("--offsets").unwrap_or("char") {
        "char" => OffsetUnit::Char,
        "utf8" => OffsetUnit::Utf8,
        "utf16" => OffsetUnit::Utf16,
        other => return Err(format!("--offsets takes char, utf8 or utf16, not {other:?}")),
    };
    let options = Options { lang: a.lang()?, offsets, tokens: !a.has("--no-tokens"), ..Options::default() };
    if let Some(path) = a.value("--jsonl") {
        if !a.files.is_empty() {
            return Err("--jsonl reads its documents from one file (or - for stdin), not from FILE arguments".into());
        }
        let threads = a.value("--threads").map(|t| t.parse().ok().filter(|&n: &usize| n > 0).ok_or_else(|| format!("--threads takes a number above 0, not {t:?}"))).transpose()?;
        return analyze_jsonl(path, options, threads);
    }
    let analysis = lente::analyze(&documents(&a)?, &options);
    let json = if a.has("--pretty") { serde_json::to_string_pretty(&analysis) } else { serde_json::to_string(&analysis) };
    out(&(json.map_err(|e| e.to_string())? + "\n"))
}

/// `lente analyze --jsonl PATH`: streams the results of PATH's lines (stdin for `-`) to
/// stdout on `threads` threads (every core when `None`), with a progress bar on stderr when
/// it is a terminal.
#[cfg(not(target_arch = "wasm32"))]
fn analyze_jsonl(path: &str, options: Options, threads: Option<usize>) -> Result<(), String> {
    use indicatif::{ProgressBar, ProgressStyle};
    if let Some(threads) = threads {
        rayon::ThreadPoolBuilder::new().num_threads(threads).build_global().map_err(|e| e.to_string())?;
    }
    let (reader, size): (Box<dyn std::io::BufRead>, Option<u64>) = if path == "-" {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(std::io::BufReader::with_capacity(1 << 20, file)), size)
    };
    let bar = ProgressBar::with_draw_target(size, indicatif::ProgressDrawTarget::stderr());
    let template = if size.is_some() { "{bar:40} {bytes}/{total_bytes} {msg} ({eta} left)" } else { "{spinner} {bytes} {msg}" };
    bar.set_style(ProgressStyle::with_template(template).map_err(|e| e.to_string())?);
    let mut lines = lente::stream::JsonLines::new(reader, options);
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let written = (|| -> std::io::Result<()> {
        while let Some(batch) = lines.next_batch()? {
            for line in batch {
                stdout.write_all(line.as_bytes())?;
                stdout.write_all(b"\n")?;
            }
            bar.set_position(lines.bytes_read());
            bar.set_message(format!("{} documents", lines.documents()));
        }
        stdout.flush()
    })();
    bar.finish_and_clear();
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| format!("{path}: {e}")),
    }
}

/// The command line built for wasm (its tests only) has no threads.
#[cfg(target_arch = "wasm32")]
fn analyze_jsonl(_: &str, _: Options, _: Option<usize>) -> Result<(), String> {
    Err("--jsonl needs the native build".into())
}

/// The documents named on the command line, read as bytes; else one text from stdin.
fn documents(a: &Args) -> Result<Vec<Document>, String> {
    if a.files.is_empty() {
        return Ok(read_inputs(&[])?.into_iter().map(|(_, text)| Document { text, ..Document::default() }).collect());
    }
    a.files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            let name = path.rsplit(['/', '\\']).next().unwrap_or(path).to_string();
            Ok(Document { id: Some(path.clone()), name: Some(name), bytes: Some(bytes), ..Document::default() })
        })
        .collect()
}

fn cmd_eval_passages(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &[], &[])?;
    let mut articles: Vec<String> = Vec::new();
    for path in &a.files {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let item: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{path}: {e}"))?;
            articles.extend(item["text"].as_str().map(String::from));
            articles.extend(item["docs"].as_array().into_iter().flatten().filter_map(|d| d.as_str().map(String::from)));
        }
    }
    let refs: Vec<&str> = articles.iter().map(String::as_str).collect();
    out(&lente::compare::constructed::evaluate(&refs).to_string())
}

/// `lente compare FILE… [--report md|html] [--lang it|en]`: how the files cover their story,
/// as the analysis in JSON without tokens (its `brief` and `comparison`), or as a report.
fn cmd_compare(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--lang", "--report"], &["--pretty"])?;
    if a.files.len() < 2 {
        return Err("compare needs two or more FILEs".into());
    }
    let options = Options { lang: a.lang()?, offsets: OffsetUnit::Char, tokens: false, ..Options::default() };
    let analysis = lente::analyze(&documents(&a)?, &options);
    let format = match a.value("--report") {
        None => None,
        Some("md") => Some(lente::compare::report::Format::Markdown),
        Some("html") => Some(lente::compare::report::Format::Html),
        Some(other) => return Err(format!("--report takes md or html, not {other:?}")),
    };
    let value = serde_json::to_value(&analysis).map_err(|e| e.to_string())?;
    match format {
        Some(format) => out(&lente::compare::report::report(&value, &[], format)),
        None => {
            let json = if a.has("--pretty") { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
            out(&(json.map_err(|e| e.to_string())? + "\n"))
        }
    }
}

fn cmd_extract(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--out"], &[])?;
    if a.files.is_empty() {
        return Err("extract needs at least one FILE.html".into());
    }
    let dir = a.value("--out").map(std::path::Path::new);
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let mut failed = 0;
    for path in &a.files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("lente: cannot read {path}: {e}");
                failed += 1;
                continue;
            }
        };
        let html = match lente::decode::decode(&bytes, true) {
            Ok(d) => d.text,
            Err(not_text) => {
                eprintln!("lente: {path} is {}, not a web page; skipped", not_text.kind);
                failed += 1;
                continue;
            }
        };
        let text = lente::article::extract(&html).text() + "\n";
        match dir {
            Some(dir) => {
                let stem = std::path::Path::new(path).file_stem().map_or_else(|| "page".into(), |s| s.to_string_lossy());
                let target = dir.join(format!("{stem}.txt"));
                std::fs::write(&target, text).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            }
            None => out(&(text + "\n"))?,
        }
    }
    if failed == a.files.len() {
        return Err(format!("no page extracted ({failed} skipped)"));
    }
    Ok(())
}

fn cmd_tokenize(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--lang"], &[])?;
    let lang = a.lang()?;
    for (_, text) in read_inputs(&a.files)? {
        let lang = lang.unwrap_or_else(|| lente::text::detect::detect(&text));
        out(&ud::token_lines(&text, lang))?;
    }
    Ok(())
}

fn cmd_eval_ud(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--lang"], &[])?;
    if a.files.is_empty() {
        return Err("eval-ud needs at least one GOLD.conllu file".into());
    }
    for path in &a.files {
        let conllu = read_file(path)?;
        let lang = a.lang()?.or_else(|| ud::lang_of_path(path)).unwrap_or_else(|| lente::text::detect::detect(&ud::raw_text(&conllu, 0)));
        let scores = ud::evaluate(&conllu, lang).map_err(|e| format!("{path}: {e}"))?;
        out(&format!("# {path} ({})\n{}", lang.code(), scores.report()))?;
    }
    Ok(())
}

fn cmd_ud_text(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--wrap"], &[])?;
    let [path] = a.files.as_slice() else { return Err("ud-text takes one GOLD.conllu file".into()) };
    out(&ud::raw_text(&read_file(path)?, a.number("--wrap", 80)? as usize))
}

fn cmd_train_sentences(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--lang", "--out", "--epochs", "--seed", "--bits", "--min-weight"], &[])?;
    let lang = a.lang()?.ok_or("train-sentences needs --lang it or --lang en")?;
    let path = a.value("--out").ok_or("train-sentences needs --out MODEL")?;
    let mut examples = train::Examples::default();
    for f in &a.files {
        examples.add_treebank(&read_file(f)?, lang);
    }
    if examples.is_empty() {
        return Err("no training examples: give at least one TRAIN.conllu".into());
    }
    let bits = a.number("--bits", 18)?.clamp(10, 24) as u8;
    let min_q = a.number("--min-weight", 1)?.min(127) as i8;
    let model = examples.train(bits, a.number("--epochs", 8)? as usize, a.number("--seed", 7)?, min_q);
    std::fs::write(path, &model).map_err(|e| format!("cannot write {path}: {e}"))?;
    eprintln!("lente: {} examples, model {} bytes written to {path}", examples.len(), model.len());
    Ok(())
}

/// The recognizer to use: from `--model PREFIX` files, or the embedded one.
fn recognizer(a: &Args, lang: Lang) -> Result<std::borrow::Cow<'static, Recognizer>, String> {
    match a.value("--model") {
        Some(prefix) => {
            let tagger = |path: String| {
                let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
                Tagger::from_bytes(&bytes).ok_or_else(|| format!("{path} is not a Lente tagger"))
            };
            let clusters = read_clusters(a.value("--clusters").ok_or("--model needs --clusters FILE too")?)?;
            let names = Gazetteer::from_text(&read_file(&format!("{prefix}.names"))?);
            let world = world(a)?;
            Ok(std::borrow::Cow::Owned(Recognizer::new(tagger(format!("{prefix}.bin"))?, tagger(format!("{prefix}.2.bin"))?, names, world, clusters)))
        }
        None => lente::models::recognizer(lang).map(std::borrow::Cow::Borrowed).ok_or_else(|| format!("no entity model is built in for {}", lang.code())),
    }
}

/// Word clusters, packed or as text.
fn read_clusters(path: &str) -> Result<Clusters, String> {
    Ok(Clusters::from_bytes(&std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?))
}

/// The names of the world of `--world FILE` (packed, or `TYPE<TAB>name` lines), else none.
fn world(a: &Args) -> Result<Gazetteer, String> {
    let Some(path) = a.value("--world") else { return Ok(Gazetteer::default()) };
    Ok(Gazetteer::from_bytes(&std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?))
}

/// Sentences per pseudo-document when a TSV file has no document marks: consistency
/// (`ner::consistency`) works within such a window.
const WINDOW: usize = 30;

/// Tags labelled or unlabelled sentences; returns the labels and the names with their
/// confidence.
fn tag_all(rec: &Recognizer, sentences: &[ner::train::Labelled], lang: Lang) -> (Vec<Vec<String>>, Vec<Vec<ner::confidence::Span>>) {
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
    let (tagged, margins) = rec.tag_document_with_margins(&words);
    let mut out = tagged.clone();
    let mut names = Vec::with_capacity(out.len());
    for (((ws, labels), tagged), margins) in words.chunks(WINDOW).zip(out.chunks_mut(WINDOW)).zip(tagged.chunks(WINDOW)).zip(margins.chunks(WINDOW)) {
        names.extend(rec.finish(ws, labels, tagged, margins, lang));
    }
    (out, names)
}

fn tsv_lang(a: &Args, sentences: &[ner::train::Labelled]) -> Result<Lang, String> {
    Ok(a.lang()?.unwrap_or_else(|| {
        let sample: String = sentences.iter().take(200).flat_map(|s| s.words.iter().map(|w| format!("{w} "))).collect();
        lente::text::detect::detect(&sample)
    }))
}

fn cmd_ner(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--tsv", "--lang", "--model", "--clusters", "--world"], &[])?;
    let path = a.value("--tsv").ok_or("ner needs --tsv FILE")?;
    let sentences = ner::train::read_tsv(&read_file(path)?);
    let lang = tsv_lang(&a, &sentences)?;
    let rec = recognizer(&a, lang)?;
    let mut text = String::new();
    for (s, labels) in sentences.iter().zip(tag_all(&rec, &sentences, lang).0) {
        for (w, l) in s.words.iter().zip(labels) {
            text.push_str(&format!("{w}\t{l}\n"));
        }
        text.push('\n');
    }
    out(&text)
}

fn cmd_eval_ner(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--lang", "--model", "--clusters", "--world"], &[])?;
    if a.files.is_empty() {
        return Err("eval-ner needs at least one GOLD.tsv file".into());
    }
    for path in &a.files {
        let gold = ner::train::read_tsv(&read_file(path)?);
        let lang = tsv_lang(&a, &gold)?;
        let rec = recognizer(&a, lang)?;
        let (system, names) = tag_all(&rec, &gold, lang);
        let labels: Vec<Vec<String>> = gold.iter().map(|s| s.labels.clone()).collect();
        // The default threshold, and those that leave out the least sure 5%, 10%, … 40% of names.
        let mut sure: Vec<f32> = names.iter().flatten().map(|n| n.confidence).collect();
        sure.sort_by(f32::total_cmp);
        let mut thresholds: Vec<f32> = (1..=8).filter_map(|k| sure.get(sure.len() * k / 20).copied()).collect();
        thresholds.insert(0, ner::confidence::SHOWN);
        out(&format!("# {path}\n{}{}", ner::score::report(&labels, &system), ner::score::by_confidence(&labels, &names, &thresholds)))?;
    }
    Ok(())
}

fn cmd_pack_names(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--out", "--bits"], &[])?;
    let (Some(path), Some(target)) = (a.files.first(), a.value("--out")) else { return Err("pack-names needs NAMES and --out FILE".into()) };
    let width = a.number("--bits", 32)?.clamp(8, 32) as u8;
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    // A packed list is packed again with fewer bits; a text one from its names.
    let packed = match lente::ner::packed::narrow(&bytes, width) {
        Some(packed) => packed,
        None => Gazetteer::from_text(&String::from_utf8_lossy(&bytes)).to_packed(width),
    };
    std::fs::write(target, &packed).map_err(|e| format!("cannot write {target}: {e}"))?;
    eprintln!("lente: {} names, {} bytes", Gazetteer::from_bytes(&packed).len(), packed.len());
    Ok(())
}

fn cmd_pack_clusters(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--out"], &[])?;
    let (Some(path), Some(target)) = (a.files.first(), a.value("--out")) else { return Err("pack-clusters needs CLUSTERS and --out FILE".into()) };
    let packed = read_clusters(path)?.pack().ok_or("these clusters do not pack (a fine cluster in two coarse ones?)")?;
    std::fs::write(target, &packed).map_err(|e| format!("cannot write {target}: {e}"))?;
    eprintln!("lente: {} bytes", packed.len());
    Ok(())
}

fn cmd_prune_tagger(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--below"], &[])?;
    let [input, output] = a.files.as_slice() else { return Err("prune-tagger takes IN and OUT tagger files and --below K".into()) };
    let below = u8::try_from(a.number("--below", 3)?).map_err(|_| "--below takes 0 to 127")?;
    let bytes = std::fs::read(input).map_err(|e| format!("cannot read {input}: {e}"))?;
    let pruned = lente::learn::tagger::prune(&bytes, below).ok_or_else(|| format!("{input} is not a Lente tagger"))?;
    std::fs::write(output, &pruned).map_err(|e| format!("cannot write {output}: {e}"))?;
    eprintln!("lente: {} bytes → {}", bytes.len(), pruned.len());
    Ok(())
}

/// The folder the data is read from: `--shared`, else `../shared` beside the project.
fn shared_dir(a: &Args) -> std::path::PathBuf {
    std::path::PathBuf::from(a.value("--shared").unwrap_or("../shared"))
}

/// The `*.EXT` files of a gold set: the folder given first, else `default`.
fn gold_files(a: &Args, default: &str, ext: &str) -> Result<Vec<std::path::PathBuf>, String> {
    let dir = a.files.first().map_or(default, String::as_str);
    lente::golden::files(std::path::Path::new(dir), ext).map_err(|e| format!("cannot read {dir}: {e}"))
}

fn cmd_eval_quotes(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--shared"], &["--verbose"])?;
    let (shared, paths) = (shared_dir(&a), gold_files(&a, "tests/quotes", "quotes")?);
    let mut totals: std::collections::BTreeMap<String, lente::quote_gold::QuoteScore> = Default::default();
    let mut report = String::new();
    for path in &paths {
        let gold = lente::quote_gold::parse(&read_file(&path.to_string_lossy())?).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.file_stem().map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let Ok(text) = lente::golden::source_text(&shared, &gold.source) else {
            report += &format!("{name}: skipped, the article is absent\n");
            continue;
        };
        let s = lente::quote_gold::score(&gold, &text);
        if a.has("--verbose") {
            report += &format!("{name}: found {}/{} quotations, {} reported; speakers right {} wrong {} none {}\n", s.found, s.expected, s.reported, s.speaker_right, s.speaker_wrong, s.speaker_none);
            report += &s.notes.iter().map(|w| format!("  {w}\n")).collect::<String>();
        }
        totals.entry(gold.lang.clone()).or_default().add(&s);
    }
    for (lang, s) in &totals {
        report += &format!(
            "{lang}: detection precision {:.3} recall {:.3} F1 {:.3} ({} of {} found, {} reported); speakers of those found: right {}, wrong {}, none {}; non-speech reported as speech {} of {}\n",
            s.precision(),
            s.recall(),
            s.f1(),
            s.found,
            s.expected,
            s.reported,
            s.speaker_right,
            s.speaker_wrong,
            s.speaker_none,
            s.not_speech_reported,
            s.not_speech
        );
    }
    out(&report)
}

fn cmd_source(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--shared"], &[])?;
    let source = a.files.first().ok_or("which source? e.g. data/kind/WN_dev.tsv#1-30")?;
    let shared = shared_dir(&a);
    out(&(lente::golden::source_text(&shared, source)? + "\n"))
}

fn cmd_golden(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--shared"], &["--verbose"])?;
    let (shared, paths) = (shared_dir(&a), gold_files(&a, "tests/golden", "golden")?);
    let mut totals: std::collections::BTreeMap<String, lente::golden::Score> = Default::default();
    let mut report = String::new();
    for path in &paths {
        let golden = lente::golden::parse(&read_file(&path.to_string_lossy())?).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.file_stem().map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let text = match lente::golden::source_text(&shared, &golden.source) {
            Ok(t) => t,
            Err(e) => {
                report += &format!("{name}: skipped, the article is absent ({e})\n");
                continue;
            }
        };
        let s = lente::golden::score(&golden, &text);
        report += &format!("{name}: precision {:.3} ({}/{}) recall {:.3} ({}/{})\n", s.precision(), s.right, s.shown, s.recall(), s.found, s.expected);
        if a.has("--verbose") {
            report += &s.wrong.iter().map(|w| format!("  wrong: {w}\n")).collect::<String>();
            report += &s.missed.iter().map(|m| format!("  missed: {m}\n")).collect::<String>();
        }
        totals.entry(golden.lang.clone()).or_default().add(&s);
    }
    for (lang, s) in &totals {
        report += &format!("total {lang}: precision {:.3} ({}/{}) recall {:.3} ({}/{})\n", s.precision(), s.right, s.shown, s.recall(), s.found, s.expected);
    }
    out(&report)
}

fn cmd_train_ner(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--lang", "--out", "--epochs", "--seed", "--bits", "--folds", "--runs", "--min-weight", "--clusters", "--world"], &[])?;
    a.lang()?.ok_or("train-ner needs --lang it or --lang en")?;
    let prefix = a.value("--out").ok_or("train-ner needs --out PREFIX")?;
    let mut sentences = Vec::new();
    for f in &a.files {
        sentences.extend(ner::train::read_tsv(&read_file(f)?));
    }
    if sentences.is_empty() {
        return Err("no training sentences: give at least one TRAIN.tsv".into());
    }
    let settings = ner::train::Settings {
        epochs: a.number("--epochs", 10)? as usize,
        seed: a.number("--seed", 7)?,
        bits: a.number("--bits", 20)?.clamp(10, 24) as u8,
        folds: a.number("--folds", 5)? as usize,
        runs: a.number("--runs", 1)?.clamp(1, 100) as usize,
        min_weight: a.number("--min-weight", 1)?.min(32767) as i16,
    };
    let clusters = read_clusters(a.value("--clusters").ok_or("train-ner needs --clusters FILE (see train-clusters)")?)?;
    let trained = ner::train::train(&sentences, &clusters, &world(&a)?, &settings);
    let write = |path: String, bytes: &[u8]| std::fs::write(&path, bytes).map_err(|e| format!("cannot write {path}: {e}"));
    write(format!("{prefix}.bin"), &trained.first)?;
    write(format!("{prefix}.2.bin"), &trained.second)?;
    write(format!("{prefix}.names"), trained.gazetteer.to_text().as_bytes())?;
    eprintln!("lente: {} sentences; {prefix}.bin {} bytes, {prefix}.2.bin {} bytes, {prefix}.names {} names", sentences.len(), trained.first.len(), trained.second.len(), trained.gazetteer.len());
    Ok(())
}

/// Surface tokens of a CoNLL-U, TSV or plain text file, one list per sentence.
fn unlabelled(path: &str, text: &str) -> Vec<Vec<String>> {
    let norm = |w: &str| w.replace('’', "'");
    if path.ends_with(".conllu") {
        let mut out = vec![Vec::new()];
        let mut covered = 0u32;
        for line in text.lines() {
            if line.trim().is_empty() {
                out.push(Vec::new());
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if line.starts_with('#') || cols.len() < 2 || cols[0].contains('.') {
                continue;
            }
            if let Some((_, last)) = cols[0].split_once('-') {
                covered = last.parse().unwrap_or(0);
            } else if cols[0].parse::<u32>().unwrap_or(0) <= covered {
                continue;
            }
            if let Some(s) = out.last_mut() {
                s.push(norm(cols[1]));
            }
        }
        out.retain(|s| !s.is_empty());
        out
    } else if path.ends_with(".tsv") {
        ner::train::read_tsv(text).into_iter().map(|s| s.words.iter().map(|w| norm(w)).collect()).collect()
    } else {
        text.lines().map(|l| lente::text::tokenize::tokenize(l, Lang::It).iter().map(|t| norm(&l[t.start as usize..t.end as usize])).collect()).collect()
    }
}

fn cmd_train_clusters(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--out", "--words", "--fine", "--coarse", "--seed"], &[])?;
    let path = a.value("--out").ok_or("train-clusters needs --out FILE")?;
    let mut sentences = Vec::new();
    for f in &a.files {
        sentences.extend(unlabelled(f, &read_file(f)?));
    }
    let settings = clusters::Settings {
        words: a.number("--words", 20_000)? as usize,
        min_count: 3,
        contexts: 2_000,
        dims: 96,
        fine: a.number("--fine", 512)? as usize,
        coarse: a.number("--coarse", 64)? as usize,
        iterations: 12,
        seed: a.number("--seed", 7)?,
    };
    let learned = Clusters::learn(&sentences, &settings);
    let bytes = if path.ends_with(".bin") { learned.pack().ok_or("the clusters do not pack")? } else { learned.to_text().into_bytes() };
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {path}: {e}"))?;
    eprintln!("lente: {} sentences, {} words clustered into {path}", sentences.len(), learned.len());
    Ok(())
}

/// One summarization item: an article (`text`) or a set (`docs`), with its references.
struct Item {
    id: String,
    docs: Vec<String>,
    multi: bool,
    lang: Option<Lang>,
    refs: Vec<String>,
}

fn read_items(path: &str) -> Result<Vec<Item>, String> {
    read_file(path)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, line)| {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
            let strings = |key: &str| v.get(key).and_then(|x| x.as_array()).map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect::<Vec<_>>());
            let (docs, multi) = match (v.get("text").and_then(|t| t.as_str()), strings("docs")) {
                (Some(t), _) => (vec![t.to_string()], false),
                (None, Some(d)) => (d, true),
                _ => return Err(format!("{path}:{}: a line needs \"text\" or \"docs\"", n + 1)),
            };
            Ok(Item {
                id: v.get("id").and_then(|x| x.as_str()).unwrap_or("").to_string(),
                docs,
                multi,
                lang: v.get("lang").and_then(|x| x.as_str()).and_then(Lang::parse),
                refs: strings("refs").unwrap_or_default(),
            })
        })
        .collect()
}

/// The sentences of a text, as strings.
fn sentences_of(text: &str, lang: Option<Lang>) -> Vec<String> {
    let lang = lang.unwrap_or_else(|| lente::text::detect::detect(text));
    let tokens = lente::text::tokenize::tokenize(text, lang);
    lente::text::sentences::split(text, &tokens, lang).iter().map(|s| text[tokens[s.first].start as usize..tokens[s.end - 1].end as usize].to_string()).collect()
}

fn budget(a: &Args) -> Result<summary::Budget, String> {
    Ok(match (a.value("--sentences"), a.value("--words")) {
        (_, Some(_)) => summary::Budget::Words(a.number("--words", 250)? as usize),
        _ => summary::Budget::Sentences(a.number("--sentences", 3)? as usize),
    })
}

/// Summarizes one item with `method`.
/// A summary of one item, and how many of its sentences lean on a predecessor it leaves out
/// (`summary::openers`).
fn summarize_item(item: &Item, method: &str, budget: summary::Budget) -> Result<(Vec<String>, usize), String> {
    let docs: Vec<Vec<String>> = item.docs.iter().map(|d| sentences_of(d, item.lang)).collect();
    let refs: Vec<Vec<&str>> = docs.iter().map(|d| d.iter().map(String::as_str).collect()).collect();
    let flat: Vec<(usize, usize)> = refs.iter().enumerate().flat_map(|(d, s)| (0..s.len()).map(move |i| (d, i))).collect();
    let text = |&(d, i): &(usize, usize)| refs[d][i].to_string();
    let ranked_flat = |order: Vec<usize>| -> Vec<(usize, usize)> { order.into_iter().map(|k| flat[k]).collect() };
    let all: Vec<&str> = flat.iter().map(|&(d, i)| refs[d][i]).collect();
    let picked: Vec<(usize, usize)> = match method {
        "lente" if item.multi => summary::brief(&refs, &[], &vec![item.lang.unwrap_or(Lang::En); refs.len()], budget).points.into_iter().map(|p| p.sentence).collect(),
        "lente" => summary::summarize(&refs[0], &[], budget).into_iter().map(|s| (0, s.sentence)).collect(),
        "lead" if item.multi => summary::baselines::lead_multi(&refs, |_| true),
        "lead" => summary::baselines::lead(&refs[0], usize::MAX).into_iter().map(|i| (0, i)).collect(),
        "textrank" => ranked_flat(summary::baselines::textrank(&all)),
        "centroid" => ranked_flat(summary::baselines::centroid(&all)),
        other => return Err(format!("--method takes lente, lead, textrank or centroid, not {other:?}")),
    };
    // Lente keeps its own budget (a sentence ending in `:` brings the one it introduces).
    let mut chosen: Vec<(usize, usize)> = match budget {
        summary::Budget::Sentences(n) if method != "lente" => picked.into_iter().take(n).collect(),
        _ => picked,
    };
    if method != "lente" && !(method == "lead" && item.multi) {
        // Ranked baselines read in document order once chosen.
        if let summary::Budget::Words(w) = budget {
            let mut words = 0;
            chosen = chosen
                .into_iter()
                .take_while(|p| {
                    let before = words;
                    words += summary::word_count(refs[p.0][p.1]);
                    before < w
                })
                .collect();
        }
        chosen.sort_unstable();
    }
    let leaning = chosen.iter().filter(|&&(d, i)| summary::openers::needs_previous(refs[d][i]) && !(i > 0 && chosen.contains(&(d, i - 1)))).count();
    let out: Vec<String> = chosen.iter().map(text).collect();
    let out = match budget {
        summary::Budget::Words(w) => summary::fill_words(out, w),
        _ => out,
    };
    Ok((out, leaning))
}

fn cmd_summarize(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--jsonl", "--sentences", "--words", "--method"], &[])?;
    let items = read_items(a.value("--jsonl").ok_or("summarize needs --jsonl FILE")?)?;
    let (budget, method) = (budget(&a)?, a.value("--method").unwrap_or("lente"));
    let mut text = String::new();
    for item in &items {
        let (summary, _) = summarize_item(item, method, budget)?;
        text.push_str(&serde_json::json!({ "id": item.id, "summary": summary }).to_string());
        text.push('\n');
    }
    out(&text)
}

fn cmd_eval_summaries(args: &[String]) -> Result<(), String> {
    let a = Args::parse(args, &["--jsonl", "--sentences", "--words"], &[])?;
    let path = a.value("--jsonl").ok_or("eval-summaries needs --jsonl FILE")?;
    let items = read_items(path)?;
    let budget = budget(&a)?;
    let multi = items.iter().any(|i| i.multi);
    let methods: &[&str] = if multi { &["lente", "lead", "textrank", "centroid"] } else { &["lente", "lead", "textrank"] };
    let mut report = format!("# {path}: {} items, budget {budget:?}\nmethod      R1     R2     RL     RLsum  leaning\n", items.len());
    for method in methods {
        let (mut scores, mut leaning, mut sentences) = (Vec::new(), 0, 0);
        for item in &items {
            let (summary, leans) = summarize_item(item, method, budget)?;
            scores.push(summary::rouge::score(&summary, &item.refs));
            (leaning, sentences) = (leaning + leans, sentences + summary.len());
        }
        let m = summary::rouge::mean(&scores);
        report.push_str(&format!("{method:10} {:6.2} {:6.2} {:6.2} {:6.2}  {leaning}/{sentences}\n", m[0].2, m[1].2, m[2].2, m[3].2));
    }
    out(&report)
}

fn cmd_keyphrases_junk(args: &[String]) -> Result<(), String> {
    use lente::extract::keyphrases::junk::junk;
    let a = Args::parse(args, &["--shared", "--articles"], &[])?;
    let shared = shared_dir(&a);
    let n: usize = a.value("--articles").unwrap_or("15").parse().map_err(|_| "--articles needs a number")?;
    let mut report = String::new();
    let (mut all_junk, mut all_shown) = (0, 0);
    for (lang, file) in [(Lang::It, "it-wikinews-dev/dev.jsonl"), (Lang::En, "cnndm-writers/dev.jsonl")] {
        let path = shared.join("data/summarization").join(file);
        let items = read_items(&path.to_string_lossy())?;
        let (mut bad, mut shown) = (0, 0);
        for item in items.iter().take(n) {
            let text = item.docs.concat();
            let doc = Document { id: Some(item.id.clone()), text: text.clone(), ..Document::default() };
            let options = Options { lang: Some(lang), offsets: OffsetUnit::Utf8, tokens: false, ..Options::default() };
            let analysis = lente::analyze(&[doc], &options);
            let d = &analysis.documents[0];
            let names: Vec<(u32, u32)> = d.mentions.iter().map(|m| (m.start, m.end)).collect();
            let mut lines = String::new();
            let mut here = 0;
            for (i, k) in d.keyphrases.iter().enumerate() {
                // Spans refer to the analysed text: the input, or the text derived from it.
                let why = junk(k, d.text.as_deref().unwrap_or(&text), &names, lang);
                here += usize::from(why.is_some());
                lines += &format!("  {:2}. {}{}\n", i + 1, k.text, why.map_or(String::new(), |j| format!("    <- {}", j.label())));
            }
            report += &format!("{} ({}): {here} junk of {}\n{lines}", item.id, lang.code(), d.keyphrases.len());
            bad += here;
            shown += d.keyphrases.len();
        }
        report += &format!("{}: junk {bad} of {shown} ({:.1}%)\n\n", lang.code(), percent(bad, shown));
        all_junk += bad;
        all_shown += shown;
    }
    report += &format!("junk: {all_junk} of {all_shown} ({:.1}%)\n", percent(all_junk, all_shown));
    out(&report)
}

/// `part` as a percentage of `whole` (0 when `whole` is 0).
fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
