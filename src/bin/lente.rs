//! `lente`: the command line over the same core as the page. Run `lente help`.

use lente::schema::{Document, Options};
use lente::text::lang::Lang;
use lente::text::offsets::OffsetUnit;
use lente::{train, ud};
use std::io::{Read, Write};
use std::process::ExitCode;

const HELP: &str = "lente: analyze news articles (tokens, sentences, language).

Usage:
  lente analyze [--lang it|en|other] [--offsets char|utf8|utf16] [--no-tokens] [--pretty] FILE...
      Prints the analysis as JSON (schema: docs/schema.md). Offsets count Unicode code points
      (--offsets char, the default here, as Python slices) unless told otherwise.
  lente tokenize [--lang it|en|other] [FILE...]
      One token per line as it appears in the input, a blank line after each sentence.
      Reads standard input when no file is given.
  lente eval-ud [--lang it|en] GOLD.conllu...
      Rebuilds each treebank's raw text (one line per paragraph), tokenizes and splits it,
      and prints token, sentence and word precision/recall/F1 as score_ud.py does.
  lente ud-text [--wrap N] GOLD.conllu
      Prints the raw text of a treebank (as `score_ud.py text`).
  lente train-sentences --lang it|en --out MODEL [--epochs N] [--seed N] [--bits N] TRAIN.conllu...
      Trains the sentence splitter (averaged perceptron) and writes the model.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "analyze" => cmd_analyze(rest),
        "tokenize" => cmd_tokenize(rest),
        "eval-ud" => cmd_eval_ud(rest),
        "ud-text" => cmd_ud_text(rest),
        "train-sentences" => cmd_train_sentences(rest),
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
    let a = Args::parse(args, &["--lang", "--offsets"], &["--no-tokens", "--pretty"])?;
    let offsets = match a.value("--offsets").unwrap_or("char") {
        "char" => OffsetUnit::Char,
        "utf8" => OffsetUnit::Utf8,
        "utf16" => OffsetUnit::Utf16,
        other => return Err(format!("--offsets takes char, utf8 or utf16, not {other:?}")),
    };
    let options = Options { lang: a.lang()?, offsets, tokens: !a.has("--no-tokens") };
    let docs: Vec<Document> = read_inputs(&a.files)?
        .into_iter()
        .map(|(path, text)| {
            let name = path.rsplit(['/', '\\']).next().unwrap_or(&path).to_string();
            Document { id: Some(path), name: Some(name), text, format: None }
        })
        .collect();
    let analysis = lente::analyze(&docs, &options);
    let json = if a.has("--pretty") { serde_json::to_string_pretty(&analysis) } else { serde_json::to_string(&analysis) };
    out(&(json.map_err(|e| e.to_string())? + "\n"))
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
    let a = Args::parse(args, &["--lang", "--out", "--epochs", "--seed", "--bits"], &[])?;
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
    let model = examples.train(bits, a.number("--epochs", 8)? as usize, a.number("--seed", 7)?);
    std::fs::write(path, &model).map_err(|e| format!("cannot write {path}: {e}"))?;
    eprintln!("lente: {} examples, model {} bytes written to {path}", examples.len(), model.len());
    Ok(())
}
