//! A self-contained report of an analysis, in Markdown or as a printable HTML page: the
//! outlets, the brief (each point citing its outlets), who said what, shared passages,
//! figures side by side, the timeline, quote variants and what only one outlet reports.
//! It reads the analysis as JSON (the documented schema), so the CLI and the page, which
//! holds the analysis as a JS object with the reader's outlet names, share one renderer.

use serde_json::Value as Json;
use std::fmt::Write;

/// Markdown or HTML.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

/// The report of `analysis`; `texts[d]` is document `d`'s text as given to `analyze`
/// (`documents[d].text`, when present, is used instead).
pub fn report(analysis: &Json, texts: &[String], format: Format) -> String {
    let r = Reader::new(analysis, texts);
    let mut out = Out { format, text: String::new() };
    let docs = r.documents();
    out.title(&format!("Lente report: {} article{}", docs.len(), if docs.len() == 1 { "" } else { "s" }));
    out.heading("Outlets");
    for (d, doc) in docs.iter().enumerate() {
        let words = doc["counts"]["words"].as_u64().unwrap_or(0);
        out.item(&format!("{} — {} ({} words)", r.outlet(d), str_of(&doc["name"]), words));
    }
    out.heading("Brief");
    for p in arr(&analysis["brief"]) {
        let sentence = r.sentence(idx(&p["document"]), idx(&p["sentence"]));
        let outlets = r.outlets(arr(&p["sources"]).iter().map(|s| idx(&s["document"])));
        out.item(&format!("{sentence} [{outlets}]"));
    }
    out.heading("Who said what");
    for s in arr(&analysis["speakers"]) {
        for q in arr(&s["quotes"]) {
            let (d, k) = (idx(&q["document"]), idx(&q["quote"]));
            let quote = &docs[d]["quotes"][k];
            if quote["scare"].as_bool() == Some(true) {
                continue;
            }
            out.item(&format!("{}: {} [{}]", str_of(&s["name"]), r.span(d, quote), r.outlet(d)));
        }
    }
    let cmp = &analysis["comparison"];
    out.heading("Shared passages");
    for p in arr(&cmp["passages"]).iter().take(50) {
        out.item(&format!("{} words, {:.0}% word for word:", p["words"].as_u64().unwrap_or(0), p["similarity"].as_f64().unwrap_or(0.0) * 100.0));
        for s in arr(&p["spans"]) {
            let d = idx(&s["document"]);
            out.sub(&format!("{}: “{}”", r.outlet(d), r.span(d, s)));
        }
    }
    out.heading("Figures side by side");
    for g in arr(&cmp["figures"]) {
        // What is counted, as the first figure writes it (`container`), else the label.
        let first = arr(&g["items"]).first().map(|f| &docs[idx(&f["document"])]["values"][idx(&f["value"])]["value"]["unit"]);
        let label = first.and_then(Json::as_str).unwrap_or_else(|| str_of(&g["label"])).to_string();
        let outlets = r.outlets(arr(&g["items"]).iter().map(|f| idx(&f["document"])));
        let verdict = match g["agree"].as_bool() {
            _ if !outlets.contains(", ") => "one outlet gives it",
            Some(true) => "the outlets agree",
            _ => "the figures differ",
        };
        out.item(&format!("{label}: {verdict}"));
        for f in arr(&g["items"]) {
            out.sub(&r.figure(f));
        }
    }
    out.heading("Timeline");
    for t in arr(&cmp["timeline"]) {
        out.item(str_of(&t["date"]));
        for f in arr(&t["items"]) {
            out.sub(&r.figure(f));
        }
    }
    out.heading("Quote variants");
    for g in arr(&cmp["quote_variants"]) {
        out.item("One quotation, rendered:");
        for q in arr(&g["quotes"]) {
            let (d, k) = (idx(&q["document"]), idx(&q["quote"]));
            let quote = &docs[d]["quotes"][k];
            let speaker = quote.get("speaker").filter(|s| !s.is_null()).map(|s| format!(" ({})", r.span(d, s))).unwrap_or_default();
            out.sub(&format!("{}: {}{speaker}", r.outlet(d), r.span(d, quote)));
        }
    }
    out.heading("Only in one outlet");
    for (d, only) in arr(&cmp["unique"]).iter().enumerate() {
        let only = arr(only);
        out.item(&format!("{}: {} sentence{}", r.outlet(d), only.len(), if only.len() == 1 { "" } else { "s" }));
        for s in only.iter().take(5) {
            out.sub(&r.sentence(d, idx(s)));
        }
    }
    out.finish()
}

/// Reads texts and names out of the analysis.
struct Reader<'a> {
    analysis: &'a Json,
    texts: Vec<&'a str>,
    utf16: Vec<Option<Vec<u16>>>,
}

impl<'a> Reader<'a> {
    fn new(analysis: &'a Json, given: &'a [String]) -> Reader<'a> {
        let texts: Vec<&str> = arr(&analysis["documents"]).iter().enumerate().map(|(d, doc)| doc["text"].as_str().unwrap_or_else(|| given.get(d).map_or("", String::as_str))).collect();
        let utf16 = texts.iter().map(|t| (analysis["offsets"].as_str() == Some("utf16")).then(|| t.encode_utf16().collect())).collect();
        Reader { analysis, texts, utf16 }
    }

    fn documents(&self) -> &'a [Json] {
        arr(&self.analysis["documents"])
    }

    fn outlet(&self, d: usize) -> String {
        let doc = &self.documents()[d.min(self.documents().len().saturating_sub(1))];
        doc["outlet"]["name"].as_str().or_else(|| doc["name"].as_str()).unwrap_or("?").to_string()
    }

    /// The outlets of a list of documents, each once, in order.
    fn outlets(&self, documents: impl Iterator<Item = usize>) -> String {
        let mut seen: Vec<usize> = documents.collect();
        seen.sort_unstable();
        seen.dedup();
        seen.iter().map(|&d| self.outlet(d)).collect::<Vec<_>>().join(", ")
    }

    /// The text of an object with `start` and `end` in document `d`, white space collapsed.
    fn span(&self, d: usize, span: &Json) -> String {
        let (start, end) = (idx(&span["start"]), idx(&span["end"]));
        let text = self.texts.get(d).copied().unwrap_or("");
        let piece = match (self.analysis["offsets"].as_str(), self.utf16.get(d).and_then(Option::as_ref)) {
            (_, Some(units)) => String::from_utf16_lossy(units.get(start..end.min(units.len())).unwrap_or(&[])),
            (Some("char"), _) => text.chars().skip(start).take(end.saturating_sub(start)).collect(),
            _ => text.get(start..end).unwrap_or("").to_string(),
        };
        piece.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn sentence(&self, d: usize, s: usize) -> String {
        self.span(d, &self.documents()[d]["sentences"][s])
    }

    /// A figure: its outlet, its text and its sentence.
    fn figure(&self, f: &Json) -> String {
        let d = idx(&f["document"]);
        let value = &self.documents()[d]["values"][idx(&f["value"])];
        format!("{}: {} — “{}”", self.outlet(d), self.span(d, value), self.sentence(d, idx(&f["sentence"])))
    }
}

fn arr(v: &Json) -> &[Json] {
    v.as_array().map_or(&[], Vec::as_slice)
}

fn idx(v: &Json) -> usize {
    v.as_u64().or_else(|| v.as_f64().map(|f| f as u64)).unwrap_or(0) as usize
}

fn str_of(v: &Json) -> &str {
    v.as_str().unwrap_or("")
}

/// The report being written.
struct Out {
    format: Format,
    text: String,
}

impl Out {
    fn title(&mut self, title: &str) {
        match self.format {
            Format::Markdown => _ = writeln!(self.text, "# {}\n", md(title)),
            Format::Html => {
                _ = write!(
                    self.text,
                    "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{0}</title>\
                     <style>body{{font:16px/1.5 system-ui,sans-serif;max-width:50em;margin:2em auto;padding:0 1em;color:#222}}h2{{border-bottom:1px solid #ccc;margin-top:2em}}\
                     li{{margin:.3em 0}}ul ul li{{color:#444}}@media print{{body{{margin:0;max-width:none}}h2{{break-after:avoid}}}}</style></head><body>\n<h1>{0}</h1>\n<ul>",
                    html(title)
                )
            }
        }
    }

    fn heading(&mut self, heading: &str) {
        match self.format {
            Format::Markdown => _ = writeln!(self.text, "{}## {heading}\n", if self.text.ends_with("\n\n") { "" } else { "\n" }),
            Format::Html => _ = write!(self.text, "</ul>\n<h2>{heading}</h2>\n<ul>"),
        }
    }

    fn item(&mut self, line: &str) {
        self.close_sub();
        match self.format {
            Format::Markdown => _ = writeln!(self.text, "- {}", md(line)),
            Format::Html => _ = write!(self.text, "\n<li>{}", html(line)),
        }
    }

    fn sub(&mut self, line: &str) {
        match self.format {
            Format::Markdown => _ = writeln!(self.text, "  - {}", md(line)),
            Format::Html => {
                if !self.text.ends_with("</li>") {
                    self.text.push_str("<ul>");
                }
                _ = write!(self.text, "<li>{}</li>", html(line));
            }
        }
    }

    /// Closes a list of sub-items in HTML.
    fn close_sub(&mut self) {
        if self.format == Format::Html && self.text.ends_with("</li>") {
            self.text.push_str("</ul>");
        }
    }

    fn finish(mut self) -> String {
        self.close_sub();
        if self.format == Format::Html {
            self.text.push_str("</ul>\n<p><small>Made by Lente, in the browser: no text left this computer.</small></p>\n</body></html>\n");
        }
        self.text
    }
}

/// Text made safe for HTML.
fn html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Text that Markdown shows as written: its markup characters escaped, lines joined.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_never_markup() {
        let analysis = serde_json::json!({
            "offsets": "utf16",
            "documents": [{"name": "a", "outlet": {"name": "<b>Evil</b>"}, "counts": {"words": 2}, "sentences": [], "quotes": [], "values": []}],
            "brief": [], "speakers": [], "comparison": {}
        });
        let page = report(&analysis, &["x".to_string()], Format::Html);
        assert!(page.contains("&lt;b&gt;Evil&lt;/b&gt;") && !page.contains("<b>Evil"), "{page}");
        let text = report(&analysis, &["x".to_string()], Format::Markdown);
        assert!(text.contains("\\<b\\>Evil\\</b\\>"), "{text}");
    }
}
