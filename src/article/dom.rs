//! A small, forgiving HTML parser: a tokenizer and a tree builder that follow the HTML
//! standard where it matters for reading (implied ends of `p`, `li`, `dd`/`dt`, table cells
//! and headings; raw text in `script`/`style`; end tags closing what they match; `body`
//! closing `head`) and ignore the rest. Nodes live in an arena in document order, so a
//! node's subtree is the index range `i..end`: every walk is a loop, never recursion.
//! Work is capped: elements nested deeper than [`MAX_DEPTH`] are flattened into their
//! ancestor and a page with more than [`MAX_NODES`] nodes is reported as too big.

use std::collections::HashMap;

/// Open elements deeper than this are ignored (their text joins the deepest open one).
pub const MAX_DEPTH: usize = 256;
/// Pages with more nodes than this are not built into a tree.
pub const MAX_NODES: usize = 400_000;
/// JSON-LD scripts longer than this are skipped.
const MAX_JSON_LD: usize = 1 << 20;

/// One element or text node.
#[derive(Debug)]
pub struct Node {
    /// Lowercase tag name; empty for text.
    pub tag: Box<str>,
    /// The parent's index (`0` for the root, which is its own parent).
    pub parent: u32,
    /// One past the last node of the subtree.
    pub end: u32,
    /// Decoded text (text nodes only).
    pub text: String,
    /// The attributes the extractor reads, names lowercase, values decoded.
    pub attrs: Vec<(Box<str>, String)>,
}

impl Node {
    pub fn is_text(&self) -> bool {
        self.tag.is_empty()
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| &**n == name).map(|(_, v)| v.as_str())
    }
}

/// A parsed page: nodes in document order (node 0 is the root) and its JSON-LD scripts.
#[derive(Debug, Default)]
pub struct Dom {
    pub nodes: Vec<Node>,
    pub json_ld: Vec<String>,
}

/// Attributes kept on elements.
const KEPT_ATTRS: &[&str] = &["id", "class", "role", "itemprop", "property", "name", "content", "hidden", "aria-hidden", "style", "type", "rel", "href"];

const VOID: &[&str] = &["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"];

/// Elements whose content is raw text up to the matching end tag.
const RAW: &[&str] = &["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext"];

/// Start tags that close an open `p`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dd",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "ul",
    "xmp",
];

/// Elements that bound the search for an element to close.
const SCOPE: &[&str] = &["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button", "svg", "math"];

/// Elements allowed in `head`; any other start tag there closes it.
const IN_HEAD: &[&str] = &["base", "basefont", "bgsound", "link", "meta", "title", "style", "script", "noscript", "template"];

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

enum Token<'a> {
    Text(&'a str),
    Start { name: String, attrs: Vec<(Box<str>, String)>, self_closing: bool },
    End(String),
}

struct Tokenizer<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Tokenizer<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.s.as_bytes()
    }

    fn find(&self, from: usize, needle: &str) -> Option<usize> {
        self.s.get(from..).and_then(|r| r.find(needle)).map(|i| from + i)
    }

    /// Skips to just past the next `>` (or to the end).
    fn skip_past_gt(&mut self, from: usize) {
        self.pos = self.find(from, ">").map_or(self.s.len(), |i| i + 1);
    }

    fn next_token(&mut self) -> Option<Token<'a>> {
        loop {
            let b = self.bytes();
            let start = self.pos;
            if start >= b.len() {
                return None;
            }
            if b[start] != b'<' {
                let end = self.find(start, "<").unwrap_or(b.len());
                self.pos = end;
                return Some(Token::Text(&self.s[start..end]));
            }
            match b.get(start + 1) {
                Some(b'!') => {
                    if self.s[start..].starts_with("<!--") {
                        let body = start + 4;
                        self.pos = if b[body..].starts_with(b">") {
                            body + 1
                        } else if b[body..].starts_with(b"->") {
                            body + 2
                        } else {
                            self.find(body, "-->").map_or(b.len(), |i| i + 3)
                        };
                    } else if self.s[start..].starts_with("<![CDATA[") {
                        self.pos = self.find(start, "]]>").map_or(b.len(), |i| i + 3);
                    } else {
                        self.skip_past_gt(start);
                    }
                }
                Some(b'?') => self.skip_past_gt(start),
                Some(b'/') => match b.get(start + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let (name, after) = self.name(start + 2);
                        let (_, _, end) = self.attributes(after, false);
                        self.pos = end;
                        return Some(Token::End(name));
                    }
                    Some(b'>') => self.pos = start + 3,
                    _ => self.skip_past_gt(start),
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    let (name, after) = self.name(start + 1);
                    let (attrs, self_closing, end) = self.attributes(after, true);
                    self.pos = end;
                    return Some(Token::Start { name, attrs, self_closing });
                }
                _ => {
                    let end = self.find(start + 1, "<").unwrap_or(b.len());
                    self.pos = end;
                    return Some(Token::Text(&self.s[start..end]));
                }
            }
        }
    }

    /// A tag name starting at `at`, lowercased, and the index after it.
    fn name(&self, at: usize) -> (String, usize) {
        let b = self.bytes();
        let mut end = at;
        while end < b.len() && !matches!(b[end], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
            end += 1;
        }
        (self.s[at..end].to_ascii_lowercase(), end)
    }

    /// Parses attributes from `at` to the closing `>`: the kept ones (when `keep`), whether
    /// the tag ends with `/>`, and the index after the tag.
    fn attributes(&self, mut at: usize, keep: bool) -> (Vec<(Box<str>, String)>, bool, usize) {
        let b = self.bytes();
        let mut attrs = Vec::new();
        let mut self_closing = false;
        loop {
            while at < b.len() && b[at].is_ascii_whitespace() {
                at += 1;
            }
            match b.get(at) {
                None => return (attrs, self_closing, b.len()),
                Some(b'>') => return (attrs, self_closing, at + 1),
                Some(b'/') => {
                    self_closing = b.get(at + 1) == Some(&b'>');
                    at += 1;
                    continue;
                }
                _ => {}
            }
            self_closing = false;
            let name_start = at;
            at += 1;
            while at < b.len() && !matches!(b[at], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'=') {
                at += 1;
            }
            let name = &self.s[name_start..at];
            while at < b.len() && b[at].is_ascii_whitespace() {
                at += 1;
            }
            let mut value = "";
            if b.get(at) == Some(&b'=') {
                at += 1;
                while at < b.len() && b[at].is_ascii_whitespace() {
                    at += 1;
                }
                match b.get(at) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let end = self.s[at + 1..].find(q as char).map_or(b.len(), |i| at + 1 + i);
                        value = &self.s[at + 1..end];
                        at = (end + 1).min(b.len());
                    }
                    _ => {
                        let start = at;
                        while at < b.len() && !matches!(b[at], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>') {
                            at += 1;
                        }
                        value = &self.s[start..at];
                    }
                }
            }
            if keep && attrs.len() < 16 {
                let lower = name.to_ascii_lowercase();
                if KEPT_ATTRS.contains(&lower.as_str()) && !attrs.iter().any(|(n, _)| **n == *lower) {
                    attrs.push((lower.into_boxed_str(), decode_entities(value, true)));
                }
            }
        }
    }

    /// The raw content of an element up to `</name` (case-insensitive), and moves past its
    /// end tag.
    fn raw_text(&mut self, name: &str) -> &'a str {
        let b = self.bytes();
        let start = self.pos;
        let mut at = start;
        while let Some(lt) = self.find(at, "</") {
            let after = lt + 2 + name.len();
            if after <= b.len() && b[lt + 2..after].eq_ignore_ascii_case(name.as_bytes()) && matches!(b.get(after), None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')) {
                let (_, _, end) = self.attributes(after, false);
                self.pos = end;
                return &self.s[start..lt];
            }
            at = lt + 2;
        }
        self.pos = b.len();
        &self.s[start..]
    }
}

/// Builds the tree from tokens.
struct Builder {
    dom: Dom,
    /// Open elements, root first.
    stack: Vec<u32>,
    /// Per open element: the stack position of the nearest scope boundary at or below it.
    scope: Vec<usize>,
    /// Stack positions of the open elements of each name.
    open: HashMap<Box<str>, Vec<usize>>,
    /// Set when the page has more than `MAX_NODES` nodes.
    too_big: bool,
}

impl Builder {
    fn top(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }

    fn top_tag(&self) -> &str {
        &self.dom.nodes[self.top() as usize].tag
    }

    /// The stack position of the innermost open `name`, if any.
    fn innermost(&self, name: &str) -> Option<usize> {
        self.open.get(name).and_then(|v| v.last().copied())
    }

    /// The innermost open `name` within the current scope.
    fn in_scope(&self, name: &str) -> Option<usize> {
        let floor = *self.scope.last().unwrap_or(&0);
        self.innermost(name).filter(|&p| p >= floor)
    }

    fn add(&mut self, tag: &str, text: String, attrs: Vec<(Box<str>, String)>) -> u32 {
        let index = self.dom.nodes.len() as u32;
        self.dom.nodes.push(Node { tag: tag.into(), parent: self.top(), end: index + 1, text, attrs });
        if self.dom.nodes.len() > MAX_NODES {
            self.too_big = true;
        }
        index
    }

    fn push(&mut self, index: u32) {
        let position = self.stack.len();
        let tag = self.dom.nodes[index as usize].tag.clone();
        let floor = if SCOPE.contains(&&*tag) { position } else { *self.scope.last().unwrap_or(&0) };
        self.stack.push(index);
        self.scope.push(floor);
        self.open.entry(tag).or_default().push(position);
    }

    /// Closes open elements down to stack position `position` included.
    fn pop_to(&mut self, position: usize) {
        let end = self.dom.nodes.len() as u32;
        while self.stack.len() > position.max(1) {
            let Some(index) = self.stack.pop() else { break };
            self.scope.pop();
            let node = &mut self.dom.nodes[index as usize];
            node.end = end;
            if let Some(v) = self.open.get_mut(&node.tag) {
                v.pop();
            }
        }
    }

    fn close(&mut self, name: &str) {
        if let Some(p) = self.in_scope(name) {
            self.pop_to(p);
        }
    }

    /// Closes the innermost `names` element if it is open after every `bounds` element.
    fn close_item(&mut self, names: &[&str], bounds: &[&str]) {
        let item = names.iter().filter_map(|n| self.in_scope(n)).max();
        let bound = bounds.iter().filter_map(|n| self.innermost(n)).max();
        if let Some(p) = item.filter(|&p| bound.is_none_or(|b| p > b)) {
            self.pop_to(p);
        }
    }

    fn text(&mut self, raw: &str) {
        let text = decode_entities(raw, false);
        let top = self.top();
        if let Some(last) = self.dom.nodes.last_mut().filter(|n| n.is_text() && n.parent == top) {
            last.text.push_str(&text);
        } else {
            self.add("", text, Vec::new());
        }
    }

    fn start(&mut self, name: String, attrs: Vec<(Box<str>, String)>, self_closing: bool, tok: &mut Tokenizer) {
        let name = name.as_str();
        if matches!(name, "html" | "body" | "head") && self.innermost(name).is_some() {
            return;
        }
        if let Some(head) = self.innermost("head") {
            if name == "body" || !IN_HEAD.contains(&name) {
                self.pop_to(head);
            }
        }
        if CLOSES_P.contains(&name) {
            self.close("p");
        }
        match name {
            "li" => self.close_item(&["li"], &["ul", "ol", "menu"]),
            "dd" | "dt" => self.close_item(&["dd", "dt"], &["dl"]),
            "td" | "th" => self.close_item(&["td", "th"], &["tr", "table"]),
            "tr" => self.close_item(&["tr", "td", "th"], &["table"]),
            "option" | "optgroup" => self.close_item(&["option"], &["select"]),
            "a" => self.close("a"),
            _ if is_heading(name) && is_heading(self.top_tag()) => {
                let top = self.stack.len() - 1;
                self.pop_to(top);
            }
            _ => {}
        }
        if RAW.contains(&name) {
            let raw = tok.raw_text(name);
            if name == "script" {
                let json = attrs.iter().any(|(n, v)| &**n == "type" && v.contains("ld+json"));
                if json && raw.len() <= MAX_JSON_LD {
                    self.dom.json_ld.push(raw.to_string());
                }
            }
            let index = self.add(name, String::new(), attrs);
            if matches!(name, "title" | "textarea") {
                let text = decode_entities(raw, false);
                self.dom.nodes.push(Node { tag: "".into(), parent: index, end: index + 2, text, attrs: Vec::new() });
                self.dom.nodes[index as usize].end = index + 2;
            }
            return;
        }
        let foreign = self.innermost("svg").is_some() || self.innermost("math").is_some();
        if VOID.contains(&name) || (self_closing && foreign) {
            self.add(name, String::new(), attrs);
        } else if self.stack.len() < MAX_DEPTH {
            let index = self.add(name, String::new(), attrs);
            self.push(index);
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "br" => {
                self.add("br", String::new(), Vec::new());
            }
            "html" | "body" => {}
            _ => self.close(name),
        }
    }
}

/// Parses `html`; `None` when the page has more than [`MAX_NODES`] nodes.
pub fn parse(html: &str) -> Option<Dom> {
    let mut b = Builder { dom: Dom::default(), stack: Vec::new(), scope: Vec::new(), open: HashMap::new(), too_big: false };
    b.dom.nodes.push(Node { tag: "#root".into(), parent: 0, end: 1, text: String::new(), attrs: Vec::new() });
    b.push(0);
    let mut tok = Tokenizer { s: html, pos: 0 };
    while let Some(token) = tok.next_token() {
        match token {
            Token::Text(t) => b.text(t),
            Token::Start { name, attrs, self_closing } => b.start(name, attrs, self_closing, &mut tok),
            Token::End(name) => b.end(&name),
        }
        if b.too_big {
            return None;
        }
    }
    b.pop_to(1);
    b.dom.nodes[0].end = b.dom.nodes.len() as u32;
    Some(b.dom)
}

/// Elements whose text a reader never sees.
pub const HIDDEN: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "head",
    "title",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "select",
    "textarea",
    "button",
    "input",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements that start a new paragraph.
pub const BLOCKS: &[&str] = &[
    "#root",
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "ul",
    "br",
    "option",
    "listing",
];

/// The first `<title>` and all the text of a page, one paragraph per block, without
/// building a tree: the fallback for pages too big to parse. Linear in the page size.
pub fn flat_text(html: &str) -> (Option<String>, Vec<String>) {
    let mut tok = Tokenizer { s: html, pos: 0 };
    let mut title = None;
    let mut out = Vec::new();
    let mut current = String::new();
    while let Some(token) = tok.next_token() {
        let name = match token {
            Token::Text(t) => {
                current.push_str(&decode_entities(t, false));
                continue;
            }
            Token::Start { name, .. } => {
                if RAW.contains(&name.as_str()) {
                    let raw = tok.raw_text(&name);
                    if name == "title" && title.is_none() {
                        title = Some(collapse(&decode_entities(raw, false))).filter(|t| !t.is_empty());
                    }
                }
                name
            }
            Token::End(name) => name,
        };
        if BLOCKS.contains(&name.as_str()) || RAW.contains(&name.as_str()) {
            push_paragraph(&mut out, &current);
            current.clear();
        }
    }
    push_paragraph(&mut out, &current);
    (title, out)
}

fn push_paragraph(out: &mut Vec<String>, text: &str) {
    let clean = collapse(text);
    if !clean.is_empty() {
        out.push(clean);
    }
}

/// Collapses runs of whitespace (and no-break spaces) to one space, drops soft hyphens and
/// zero-width characters, and trims.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}') {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Decodes character references: numeric ones (with the Windows-1252 meaning of 128–159,
/// as browsers do) and the named ones news pages use. In text (not `attribute`), `&amp`,
/// `&lt`, `&gt`, `&quot` and `&nbsp` are also read without their semicolon.
pub fn decode_entities(s: &str, attribute: bool) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        match reference(rest, attribute) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

/// The character `s` (the text after an `&`) starts with and how many bytes it takes.
fn reference(s: &str, attribute: bool) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.first() == Some(&b'#') {
        let hex = matches!(b.get(1), Some(b'x' | b'X'));
        let start = if hex { 2 } else { 1 };
        let digits = b[start..].iter().take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() }).count();
        if digits == 0 {
            return None;
        }
        let code = u32::from_str_radix(&s[start..start + digits.min(8)], if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
        let len = start + digits + usize::from(b.get(start + digits) == Some(&b';'));
        return Some((numeric(code), len));
    }
    let name_len = b.iter().take(32).take_while(|c| c.is_ascii_alphanumeric()).count();
    let name = &s[..name_len];
    if b.get(name_len) == Some(&b';') {
        return named(name).map(|c| (c, name_len + 1));
    }
    let bare = matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp");
    (bare && !attribute).then(|| named(name).map(|c| (c, name_len))).flatten()
}

fn numeric(code: u32) -> char {
    const CP1252: [char; 32] =
        ['€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ'];
    match code {
        0x80..=0x9f => CP1252[(code - 0x80) as usize],
        0 => '\u{fffd}',
        _ => char::from_u32(code).unwrap_or('\u{fffd}'),
    }
}

/// Named character references: Latin-1, Latin Extended-A letters of European languages,
/// typographic punctuation, spaces and common symbols.
fn named(name: &str) -> Option<char> {
    const LATIN1: [&str; 96] = [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
        "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
        "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
        "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
        "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ];
    if let Some(i) = LATIN1.iter().position(|&n| n == name) {
        return char::from_u32(0xa0 + i as u32);
    }
    const OTHER: &[(&str, char)] = &[
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("ndash", '–'),
        ("mdash", '—'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("sbquo", '‚'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("bdquo", '„'),
        ("lsaquo", '‹'),
        ("rsaquo", '›'),
        ("hellip", '…'),
        ("bull", '•'),
        ("dagger", '†'),
        ("Dagger", '‡'),
        ("permil", '‰'),
        ("prime", '′'),
        ("Prime", '″'),
        ("euro", '€'),
        ("trade", '™'),
        ("ensp", '\u{2002}'),
        ("emsp", '\u{2003}'),
        ("thinsp", '\u{2009}'),
        ("hairsp", '\u{200a}'),
        ("zwnj", '\u{200c}'),
        ("zwj", '\u{200d}'),
        ("lrm", '\u{200e}'),
        ("rlm", '\u{200f}'),
        ("NewLine", '\n'),
        ("Tab", '\t'),
        ("OElig", 'Œ'),
        ("oelig", 'œ'),
        ("Scaron", 'Š'),
        ("scaron", 'š'),
        ("Yuml", 'Ÿ'),
        ("fnof", 'ƒ'),
        ("circ", 'ˆ'),
        ("tilde", '˜'),
        ("minus", '−'),
        ("larr", '←'),
        ("rarr", '→'),
        ("uarr", '↑'),
        ("darr", '↓'),
        ("harr", '↔'),
        ("le", '≤'),
        ("ge", '≥'),
        ("ne", '≠'),
        ("asymp", '≈'),
        ("infin", '∞'),
        ("hyphen", '‐'),
        ("dash", '‐'),
        ("lowbar", '_'),
        ("period", '.'),
        ("comma", ','),
        ("colon", ':'),
        ("semi", ';'),
        ("excl", '!'),
        ("quest", '?'),
        ("num", '#'),
        ("percnt", '%'),
        ("dollar", '$'),
        ("lpar", '('),
        ("rpar", ')'),
        ("sol", '/'),
        ("bsol", '\\'),
        ("ast", '*'),
        ("plus", '+'),
        ("equals", '='),
        ("commat", '@'),
        ("lsqb", '['),
        ("rsqb", ']'),
        ("lcub", '{'),
        ("rcub", '}'),
        ("verbar", '|'),
        ("grave", '`'),
        ("Aogon", 'Ą'),
        ("aogon", 'ą'),
        ("Cacute", 'Ć'),
        ("cacute", 'ć'),
        ("Ccaron", 'Č'),
        ("ccaron", 'č'),
        ("Eogon", 'Ę'),
        ("eogon", 'ę'),
        ("Ecaron", 'Ě'),
        ("ecaron", 'ě'),
        ("Lstrok", 'Ł'),
        ("lstrok", 'ł'),
        ("Nacute", 'Ń'),
        ("nacute", 'ń'),
        ("Ncaron", 'Ň'),
        ("ncaron", 'ň'),
        ("Rcaron", 'Ř'),
        ("rcaron", 'ř'),
        ("Sacute", 'Ś'),
        ("sacute", 'ś'),
        ("Zacute", 'Ź'),
        ("zacute", 'ź'),
        ("Zdot", 'Ż'),
        ("zdot", 'ż'),
        ("Zcaron", 'Ž'),
        ("zcaron", 'ž'),
        ("Uring", 'Ů'),
        ("uring", 'ů'),
        ("Gbreve", 'Ğ'),
        ("gbreve", 'ğ'),
        ("Idot", 'İ'),
        ("imath", 'ı'),
        ("Scedil", 'Ş'),
        ("scedil", 'ş'),
        ("alpha", 'α'),
        ("beta", 'β'),
        ("gamma", 'γ'),
        ("delta", 'δ'),
        ("epsilon", 'ε'),
        ("lambda", 'λ'),
        ("mu", 'μ'),
        ("pi", 'π'),
        ("sigma", 'σ'),
        ("omega", 'ω'),
        ("Delta", 'Δ'),
        ("Omega", 'Ω'),
        ("star", '☆'),
        ("check", '✓'),
        ("hearts", '♥'),
        ("loz", '◊'),
    ];
    OTHER.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(dom: &Dom) -> String {
        let mut out = String::new();
        for (i, n) in dom.nodes.iter().enumerate().skip(1) {
            let depth = std::iter::successors(Some(i as u32), |&p| (p != 0).then(|| dom.nodes[p as usize].parent)).count() - 2;
            let label = if n.is_text() { format!("{:?}", n.text) } else { n.tag.to_string() };
            out.push_str(&format!("{}{label}\n", "  ".repeat(depth)));
        }
        out
    }

    #[test]
    fn implied_ends_and_stray_tags() {
        let dom = parse("<p>one<p>two<div>three</span></div><ul><li>a<li>b</ul>").unwrap();
        assert_eq!(outline(&dom), "p\n  \"one\"\np\n  \"two\"\ndiv\n  \"three\"\nul\n  li\n    \"a\"\n  li\n    \"b\"\n");
    }

    #[test]
    fn subtree_ranges_nest() {
        let dom = parse("<div><p>a<b>b</b></p><table><tr><td>x<td>y</table></div>text").unwrap();
        for (i, n) in dom.nodes.iter().enumerate().skip(1) {
            let p = &dom.nodes[n.parent as usize];
            assert!((n.parent as usize) < i && n.end <= p.end && n.end as usize > i, "{i}");
        }
    }

    #[test]
    fn raw_text_and_references() {
        let dom = parse("<script>if (a < b) document.write('<p>x</p>')</script><title>A &amp; B</title><p title='x>y'>caf&eacute; &#8217; &#146; &amp &bogus; &#0;").unwrap();
        let texts: Vec<&str> = dom.nodes.iter().filter(|n| n.is_text()).map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["A & B", "café ’ ’ & &bogus; \u{fffd}"]);
    }
}
