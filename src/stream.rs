//! JSON Lines through the analysis on every core, for `lente analyze --jsonl` and the Python
//! package. Each input line is one `{id?, name?, text | html, lang?, group?}` document; each
//! gives one output line, in input order: the document analysed alone, or `{line, error}`.
//! Lines of one `group` that follow each other are also linked as a set: after the group's
//! last line comes `{group, ids, corpus, entities, brief, keyphrases, speakers, comparison,
//! documents}` (`docs/schema.md`). Memory stays bounded: a batch of lines at a time, plus the
//! links of the open group.

use crate::schema::{DocumentAnalysis, Format, Links, SetAnalysis};
use crate::{Document, Lang, Options};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead};

/// Lines analysed together per thread: enough to keep every core busy between batches.
const LINES_PER_THREAD: usize = 32;

/// One input line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Input {
    #[serde(default)]
    id: Option<Key>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    group: Option<Key>,
}

/// An id or a group: a string or a number, written back as a string.
#[derive(Deserialize)]
#[serde(untagged)]
enum Key {
    Text(String),
    Number(serde_json::Number),
}

impl Key {
    fn into_string(self) -> String {
        match self {
            Key::Text(s) => s,
            Key::Number(n) => n.to_string(),
        }
    }
}

#[derive(Serialize)]
struct DocumentLine<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(flatten)]
    document: &'a DocumentAnalysis,
}

#[derive(Serialize)]
struct GroupLine<'a> {
    group: &'a str,
    ids: &'a [String],
    #[serde(flatten)]
    set: &'a SetAnalysis,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    line: usize,
    error: &'a str,
}

/// What one line gave: its output line, and its links when it belongs to a group.
struct Analyzed {
    line: String,
    group: Option<(String, String, Links)>,
}

/// The links of the group being read.
struct Group {
    name: String,
    ids: Vec<String>,
    links: Vec<Links>,
}

/// Reads JSON Lines from `reader` and gives the results batch by batch.
pub struct JsonLines<R> {
    reader: R,
    options: Options,
    batch: usize,
    lines: usize,
    bytes: u64,
    documents: usize,
    group: Option<Group>,
    ended: bool,
}

impl<R: BufRead> JsonLines<R> {
    /// Results of the documents in `reader`, analysed with `options` (a line's `lang` wins).
    pub fn new(reader: R, options: Options) -> JsonLines<R> {
        let batch = LINES_PER_THREAD * rayon::current_num_threads();
        JsonLines { reader, options, batch, lines: 0, bytes: 0, documents: 0, group: None, ended: false }
    }

    /// Bytes read so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }

    /// Documents analysed so far.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// The next output lines, in input order (without their line breaks), or `None` at the
    /// end. Only reading can fail; a line that cannot be analysed gives an error line.
    pub fn next_batch(&mut self) -> io::Result<Option<Vec<String>>> {
        let mut inputs = Vec::with_capacity(self.batch);
        while !self.ended && inputs.len() < self.batch {
            let mut line = Vec::new();
            let read = self.reader.read_until(b'\n', &mut line)?;
            self.bytes += read as u64;
            if read == 0 {
                self.ended = true;
                break;
            }
            self.lines += 1;
            if !line.iter().all(u8::is_ascii_whitespace) {
                inputs.push((self.lines, line));
            }
        }
        if inputs.is_empty() {
            return Ok(self.group.take().map(|g| vec![group_line(&g, &self.options)]));
        }
        self.documents += inputs.len();
        let options = &self.options;
        let results: Vec<Analyzed> = inputs.par_iter().map(|(number, line)| analyze_line(*number, line, options)).collect();
        let mut out = Vec::with_capacity(results.len() + 1);
        for result in results {
            if let Some((name, id, links)) = result.group {
                if self.group.as_ref().is_some_and(|g| g.name != name) {
                    out.extend(self.group.take().map(|g| group_line(&g, options)));
                }
                let group = self.group.get_or_insert_with(|| Group { name, ids: Vec::new(), links: Vec::new() });
                group.ids.push(id);
                group.links.push(links);
            } else {
                out.extend(self.group.take().map(|g| group_line(&g, options)));
            }
            out.push(result.line);
        }
        Ok(Some(out))
    }
}

/// The set-wide line of a group.
fn group_line(group: &Group, options: &Options) -> String {
    let set = crate::combine(&group.links, options);
    serde_json::to_string(&GroupLine { group: &group.name, ids: &group.ids, set: &set }).unwrap_or_else(|e| error_line(0, &e.to_string()))
}

fn error_line(line: usize, error: &str) -> String {
    serde_json::to_string(&ErrorLine { line, error }).expect("a line number and a message serialize")
}

/// Analyzes input line `number` alone.
fn analyze_line(number: usize, line: &[u8], options: &Options) -> Analyzed {
    let failed = |error: String| Analyzed { line: error_line(number, &error), group: None };
    let Ok(line) = std::str::from_utf8(line) else { return failed(format!("line {number} is not UTF-8")) };
    let input: Input = match serde_json::from_str(line) {
        Ok(input) => input,
        Err(e) => return failed(format!("line {number} is not a {{id?, name?, text | html, lang?, group?}} object: {e}")),
    };
    let (text, format) = match (input.text, input.html) {
        (Some(text), None) => (text, None),
        (None, Some(html)) => (html, Some(Format::Html)),
        _ => return failed(format!("line {number} needs either `text` or `html`")),
    };
    let mut options = options.clone();
    if let Some(code) = input.lang {
        match Lang::parse(&code) {
            Some(lang) => options.lang = Some(lang),
            None => return failed(format!("line {number}: lang should be it, en or other, not {code:?}")),
        }
    }
    let id = input.id.map_or_else(|| number.to_string(), Key::into_string);
    let document = Document { id: Some(id.clone()), name: input.name, text, bytes: None, format };
    let part = crate::analyze_document(0, &document, &options);
    let group = input.group.map(Key::into_string);
    let set = crate::combine(std::slice::from_ref(&part.links), &options);
    let analysis = set.apply(vec![part.document], options.offsets);
    let line = serde_json::to_string(&DocumentLine { group: group.as_deref(), document: &analysis.documents[0] }).unwrap_or_else(|e| error_line(number, &e.to_string()));
    Analyzed { line, group: group.map(|g| (g, id, part.links)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> Vec<serde_json::Value> {
        let mut lines = JsonLines::new(input.as_bytes(), Options { tokens: false, ..Options::default() });
        let mut out = Vec::new();
        while let Some(batch) = lines.next_batch().unwrap() {
            out.extend(batch.iter().map(|l| serde_json::from_str(l).unwrap()));
        }
        out
    }

    #[test]
    fn one_line_out_per_line_in_with_errors_in_place() {
        let out = run("{\"id\": 7, \"text\": \"Mario Rossi è a Roma.\"}\n\nnot json\n{\"html\": \"<p>Hello from London.</p>\", \"lang\": \"en\"}\n{\"text\": \"a\", \"html\": \"b\"}\n");
        assert_eq!(out.len(), 4);
        assert_eq!(out[0]["id"], "7");
        assert_eq!(out[1]["line"], 3);
        assert!(out[1]["error"].as_str().unwrap().contains("line 3 is not"));
        assert_eq!(out[2]["id"], "4");
        assert_eq!(out[2]["lang"], "en");
        assert!(out[3]["error"].as_str().unwrap().contains("either `text` or `html`"));
    }

    #[test]
    fn a_group_line_follows_its_last_document() {
        let out = run(concat!(
            "{\"id\": \"a\", \"group\": \"g\", \"text\": \"Vladimir Putin è arrivato a Pyongyang.\"}\n",
            "{\"id\": \"b\", \"group\": \"g\", \"text\": \"Putin ha incontrato Kim Jong-un.\"}\n",
            "{\"id\": \"c\", \"text\": \"Un altro articolo.\"}\n",
        ));
        let ids: Vec<_> = out.iter().map(|l| l.get("id").or_else(|| l.get("ids")).unwrap().to_string()).collect();
        assert_eq!(ids, ["\"a\"", "\"b\"", "[\"a\",\"b\"]", "\"c\""]);
        assert_eq!(out[2]["group"], "g");
        let putin = out[2]["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Vladimir Putin").expect("Putin linked across the group");
        assert_eq!(putin["documents"].as_array().unwrap().len(), 2);
    }
}
