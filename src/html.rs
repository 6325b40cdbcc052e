//! Reduces HTML to its readable text: drops scripts, styles and markup, turns block
//! elements into line breaks and decodes character references. It keeps every text node;
//! it does not pick the article out of a page.

/// Elements whose content is never text for a reader.
const HIDDEN: &[&str] = &["script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "math"];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "nav", "aside", "blockquote", "pre", "tr", "table", "title", "hr", "figure",
    "figcaption", "main", "dd", "dt", "dl", "form", "address", "details", "summary", "caption",
];

/// The text of an HTML document, one line per block, with blank lines between paragraphs.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut hidden: Option<String> = None;
    let mut title = String::new();
    while let Some(lt) = rest.find('<') {
        if hidden.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            if hidden.is_none() {
                push_text(&mut out, rest);
            }
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        if name == "title" && !closing && title.is_empty() {
            if let Some(e) = rest.to_ascii_lowercase().find("</title") {
                title = decode_entities(rest[..e].trim());
            }
        }
        match &hidden {
            Some(h) if closing && *h == name => hidden = None,
            Some(_) => {}
            None if !closing && HIDDEN.contains(&name.as_str()) && !tag.ends_with('/') => hidden = Some(name),
            None if BLOCKS.contains(&name.as_str()) => {
                let blank = matches!(name.as_str(), "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "li" | "tr" | "section" | "article");
                newline(&mut out, blank);
            }
            None => {}
        }
    }
    if hidden.is_none() {
        push_text(&mut out, rest);
    }
    let body = out.trim().to_string();
    if title.is_empty() || body.starts_with(&title) {
        body
    } else {
        format!("{title}\n\n{body}")
    }
}

/// The index of the `>` closing the tag at the start of `s`, skipping quoted attributes.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Appends text, collapsing runs of whitespace to one space.
fn push_text(out: &mut String, raw: &str) {
    let decoded = decode_entities(raw);
    for c in decoded.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !(out.is_empty() || out.ends_with([' ', '\n'])) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn newline(out: &mut String, blank: bool) {
    while out.ends_with(' ') {
        out.pop();
    }
    if out.is_empty() {
        return;
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if blank && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

/// Decodes `&amp;`, `&#233;`, `&#xE9;` and the common named references.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.char_indices().take(12).find(|&(_, c)| c == ';').map(|(i, _)| i);
        let decoded = end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "euro" => '€',
        "egrave" => 'è',
        "eacute" => 'é',
        "agrave" => 'à',
        "igrave" => 'ì',
        "ograve" => 'ò',
        "ugrave" => 'ù',
        "Egrave" => 'È',
        "Eacute" => 'É',
        "Agrave" => 'À',
        "copy" => '©',
        "deg" => '°',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_drops_scripts_and_decodes() {
        let html = "<html><head><title>Titolo</title><script>alert('x')</script></head><body><p>Perch&eacute; l&rsquo;Ucraina &amp; <b>Kim</b></p><p>Secondo<br>rigo</p><img src=x onerror=alert(1)></body></html>";
        assert_eq!(to_text(html), "Titolo\n\nPerché l’Ucraina & Kim\n\nSecondo\nrigo");
    }

    #[test]
    fn survives_broken_markup() {
        assert_eq!(to_text("a < b and <unclosed"), "a < b and <unclosed");
        assert_eq!(decode_entities("&#0; &#xZZ; &bogus; &"), "&#0; &#xZZ; &bogus; &");
    }
}
