//! Universal Dependencies treebanks: reading CoNLL-U, rebuilding the raw text the way UD's
//! `conllu_to_text.pl` does, and scoring tokens, sentences and words the way the CoNLL 2018
//! shared task does (spans on the stream of non-space characters). Figures agree with
//! `shared/tools/score_ud.py`.

use crate::text::lang::Lang;
use crate::text::{sentences, tokenize};

/// Spans of one file on the stream of its non-space characters (in chars).
#[derive(Default, Debug)]
pub struct StreamDoc {
    pub stream: String,
    length: usize,
    pub tokens: Vec<(usize, usize)>,
    pub sentences: Vec<(usize, usize)>,
    words: Vec<Word>,
}

#[derive(Debug)]
struct Word {
    start: usize,
    end: usize,
    form: String,
    in_mwt: bool,
}

/// Unicode space separators (category Zs), which the stream leaves out.
fn is_zs(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

impl StreamDoc {
    /// Adds a surface token and its words; false when nothing of it is left.
    fn add_token(&mut self, surface: &str, forms: &[&str], mwt: bool) -> bool {
        let stripped: String = surface.chars().filter(|&c| !is_zs(c)).collect();
        if stripped.is_empty() {
            return false;
        }
        let start = self.length;
        self.length += stripped.chars().count();
        self.stream.push_str(&stripped);
        self.tokens.push((start, self.length));
        for form in forms {
            let form = if mwt { (*form).to_string() } else { stripped.clone() };
            self.words.push(Word { start, end: self.length, form, in_mwt: mwt });
        }
        true
    }

    fn close_sentence(&mut self, start: usize) {
        if self.length > start {
            self.sentences.push((start, self.length));
        }
    }

    /// Reads gold CoNLL-U.
    pub fn from_conllu(conllu: &str) -> StreamDoc {
        let mut doc = StreamDoc::default();
        let (mut sent_start, mut in_sent) = (0, false);
        let mut pending: Option<(String, u32, Vec<String>)> = None;
        for line in conllu.lines() {
            if line.trim().is_empty() {
                if in_sent {
                    doc.close_sentence(sent_start);
                }
                in_sent = false;
                pending = None;
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            if !in_sent {
                in_sent = true;
                sent_start = doc.length;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let (id, form) = (cols[0], cols.get(1).copied().unwrap_or(""));
            if id.contains('.') {
                continue;
            }
            if let Some((_, last)) = id.split_once('-') {
                pending = Some((form.to_string(), last.parse().unwrap_or(0), Vec::new()));
                continue;
            }
            if let Some((surface, last, mut forms)) = pending.take() {
                forms.push(form.to_string());
                if id.parse::<u32>().unwrap_or(0) >= last {
                    let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
                    doc.add_token(&surface, &refs, true);
                } else {
                    pending = Some((surface, last, forms));
                }
                continue;
            }
            doc.add_token(form, &[form], false);
        }
        if in_sent {
            doc.close_sentence(sent_start);
        }
        doc
    }

    /// Reads one token per line with a blank line after each sentence.
    pub fn from_token_lines(text: &str) -> StreamDoc {
        let mut doc = StreamDoc::default();
        let mut sent_start = 0;
        for line in text.lines() {
            if line.trim().is_empty() {
                doc.close_sentence(sent_start);
                sent_start = doc.length;
                continue;
            }
            doc.add_token(line, &[line], false);
        }
        doc.close_sentence(sent_start);
        doc
    }
}

/// The raw text of a CoNLL-U file as UD's `conllu_to_text.pl` makes it; `wrap` 0 gives one
/// line per paragraph.
pub fn raw_text(conllu: &str, wrap: usize) -> String {
    let mut w = RawWriter { out: String::new(), buf: String::new(), wrap, no_break: false };
    let (mut sent, mut first, mut par_break, mut covered) = (String::new(), true, false, 0u32);
    for line in conllu.lines() {
        let lower = line.to_ascii_lowercase();
        let tag = lower.trim_start_matches('#').trim_start();
        if line.starts_with('#') && (is_mark(tag, "newpar") || is_mark(tag, "newdoc")) {
            par_break = true;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            w.open_paragraph(first, par_break);
            w.buf.push_str(&sent);
            w.flush();
            (first, par_break, covered) = (false, false, 0);
            sent.clear();
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let id = cols[0];
        if let Some((a, b)) = id.split_once('-') {
            if a.parse::<u32>().is_ok() {
                covered = b.parse().unwrap_or(0);
            }
        } else if !id.bytes().all(|b| b.is_ascii_digit()) || id.parse::<u32>().unwrap_or(0) <= covered {
            continue;
        } else {
            covered = 0;
        }
        let misc = cols.get(9).copied().unwrap_or("");
        if misc.split('|').any(|m| m == "NewPar=Yes") {
            w.open_paragraph(first, par_break);
            w.buf.push_str(&sent);
            w.flush();
            w.out.push_str(&w.buf);
            w.out.push_str("\n\n");
            w.buf.clear();
            (first, par_break) = (false, false);
            sent.clear();
        }
        sent.push_str(cols.get(1).copied().unwrap_or(""));
        w.no_break = misc.split('|').any(|m| m == "SpaceAfter=No");
        if !w.no_break {
            sent.push(' ');
        }
    }
    if !w.buf.is_empty() {
        w.out.push_str(&w.buf);
        w.out.push('\n');
    }
    w.out
}

fn is_mark(tag: &str, mark: &str) -> bool {
    tag.strip_prefix(mark).is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
}

struct RawWriter {
    out: String,
    buf: String,
    wrap: usize,
    no_break: bool,
}

/// Perl's `\s` on Unicode strings.
fn is_perl_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

impl RawWriter {
    fn open_paragraph(&mut self, first: bool, par_break: bool) {
        if !first && par_break {
            if !self.buf.is_empty() {
                self.out.push_str(&self.buf);
                self.out.push('\n');
                self.buf.clear();
            }
            self.out.push('\n');
        }
    }

    /// Prints complete lines while at least `wrap` characters wait.
    fn flush(&mut self) {
        while self.wrap > 0 && self.buf.chars().count() >= self.wrap {
            let mut cut = None;
            for (i, (b, c)) in self.buf.char_indices().enumerate() {
                if i > self.wrap && cut.is_some() {
                    break;
                }
                if is_perl_space(c) {
                    cut = Some((b, c.len_utf8()));
                }
            }
            match cut {
                Some((b, l)) if b > 0 => {
                    self.out.push_str(&self.buf[..b]);
                    self.out.push('\n');
                    self.buf.drain(..b + l);
                }
                _ if self.no_break => break,
                _ => {
                    self.out.push_str(&self.buf);
                    self.out.push('\n');
                    self.buf.clear();
                }
            }
        }
    }
}

/// Precision, recall and F1 of one measure.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub correct: usize,
    pub gold: usize,
    pub system: usize,
}

impl Prf {
    fn new(correct: usize, gold: usize, system: usize) -> Prf {
        let div = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        Prf { precision: div(correct, system), recall: div(correct, gold), f1: div(2 * correct, gold + system), correct, gold, system }
    }
}

/// Tokens, sentences and words scores.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Scores {
    pub tokens: Prf,
    pub sentences: Prf,
    pub words: Prf,
}

impl Scores {
    /// The report `score_ud.py score` prints.
    pub fn report(&self) -> String {
        let mut s = String::new();
        for (name, r) in [("tokens", self.tokens), ("sentences", self.sentences), ("words", self.words)] {
            s.push_str(&format!("{name}_p: {:.2}\n{name}_r: {:.2}\n{name}_f1: {:.2}\n", r.precision * 100.0, r.recall * 100.0, r.f1 * 100.0));
        }
        s
    }
}

/// Scores `system` against `gold`; an error says where their texts differ.
pub fn score(gold: &StreamDoc, system: &StreamDoc) -> Result<Scores, String> {
    if gold.stream != system.stream {
        let at = gold.stream.chars().zip(system.stream.chars()).take_while(|(a, b)| a == b).count();
        let near = |s: &str| s.chars().skip(at).take(20).collect::<String>();
        return Err(format!("text differs at non-space char {at}: gold {:?} system {:?}", near(&gold.stream), near(&system.stream)));
    }
    let matched = |a: &[(usize, usize)], b: &[(usize, usize)]| {
        let set: std::collections::HashSet<_> = a.iter().collect();
        let unique: std::collections::HashSet<_> = b.iter().filter(|x| set.contains(x)).collect();
        unique.len()
    };
    Ok(Scores {
        tokens: Prf::new(matched(&gold.tokens, &system.tokens), gold.tokens.len(), system.tokens.len()),
        sentences: Prf::new(matched(&gold.sentences, &system.sentences), gold.sentences.len(), system.sentences.len()),
        words: Prf::new(aligned_words(&gold.words, &system.words), gold.words.len(), system.words.len()),
    })
}

/// Words aligned by span outside multiword stretches and by the longest common
/// subsequence of lowercased forms inside them.
fn aligned_words(gold: &[Word], system: &[Word]) -> usize {
    let past = |words: &[Word], i: usize, end: usize| match words.get(i) {
        None => true,
        Some(w) if w.in_mwt => w.start >= end,
        Some(w) => w.end > end,
    };
    let (mut gi, mut si, mut aligned) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        let (g, s) = (&gold[gi], &system[si]);
        if !(g.in_mwt || s.in_mwt) {
            if (g.start, g.end) == (s.start, s.end) {
                aligned += 1;
                gi += 1;
                si += 1;
            } else if g.start <= s.start {
                gi += 1;
            } else {
                si += 1;
            }
            continue;
        }
        let mut end;
        if g.in_mwt {
            end = g.end;
            if !s.in_mwt && s.start < g.start {
                si += 1;
            }
        } else {
            end = s.end;
            if g.start < s.start {
                gi += 1;
            }
        }
        let (g0, s0) = (gi, si);
        while !past(gold, gi, end) || !past(system, si, end) {
            let take_gold = gi < gold.len() && (si >= system.len() || gold[gi].start <= system[si].start);
            let w = if take_gold { &gold[gi] } else { &system[si] };
            if w.in_mwt {
                end = end.max(w.end);
            }
            if take_gold {
                gi += 1;
            } else {
                si += 1;
            }
        }
        let lower = |ws: &[Word]| ws.iter().map(|w| w.form.to_lowercase()).collect::<Vec<_>>();
        aligned += crate::summary::rouge::lcs_len(&lower(&gold[g0..gi]), &lower(&system[s0..si]));
    }
    aligned
}

/// Tokenizes and splits `text`, one token per line and a blank line after each sentence:
/// the format `score_ud.py score` reads.
pub fn token_lines(text: &str, lang: Lang) -> String {
    let tokens = tokenize::tokenize(text, lang);
    let mut out = String::with_capacity(text.len() * 2);
    for s in sentences::split(text, &tokens, lang) {
        for t in &tokens[s.first..s.end] {
            out.push_str(&text[t.start as usize..t.end as usize]);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// Scores Lente on a gold CoNLL-U file: rebuilds the raw text (one line per paragraph),
/// tokenizes and splits it, and compares.
pub fn evaluate(conllu: &str, lang: Lang) -> Result<Scores, String> {
    let gold = StreamDoc::from_conllu(conllu);
    let system = StreamDoc::from_token_lines(&token_lines(&raw_text(conllu, 0), lang));
    score(&gold, &system)
}

/// The language of a treebank from its file name (`it_isdt-ud-dev.conllu`).
pub fn lang_of_path(path: &str) -> Option<Lang> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    Lang::parse(name.split('_').next().unwrap_or(""))
}
