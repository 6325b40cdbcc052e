//! Markdown documents: `mask` blanks the markup of a Markdown text (heading `#`s, setext
//! underlines, emphasis, link and image syntax, list markers, block quotes, table pipes, code
//! fences, HTML tags, front matter) with spaces, byte for byte, and keeps its text where it
//! is. A link's web address stays visible in its parentheses, `Xi (https://…)`, so that the
//! tokenizer reads it as a URL and the tagger sees it as in plain text: without the
//! parentheses, the tagger missed `Xi Jinping` followed by a bare URL.
//!
//! The masked text has the same length, line breaks and char boundaries as the Markdown, and
//! every byte that is not a blank is the Markdown's own: offsets found in the masked text
//! slice the Markdown itself. Does not render Markdown (entities such as `&amp;` and
//! backslash escapes stay as written) and does not parse HTML beyond finding its tags.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The Markdown extensions read (GitHub's tables, footnotes, strikethrough and task lists,
/// and YAML front matter).
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

/// The text of `markdown` with its markup replaced by spaces of the same length in bytes
/// (line breaks kept).
///
/// ```
/// use lente::text::markdown::mask;
/// let md = "# Blinken\n\n**Antony Blinken** ha visto [Xi](https://example.com/xi).";
/// assert_eq!(mask(md), "  Blinken\n\n  Antony Blinken   ha visto  Xi (https://example.com/xi).");
/// ```
pub fn mask(markdown: &str) -> String {
    let source = markdown.as_bytes();
    let mut out: Vec<u8> = source.iter().map(|&b| if matches!(b, b'\n' | b'\r') { b } else { b' ' }).collect();
    let mut keep = |r: Range<usize>| out[r.clone()].copy_from_slice(&source[r]);
    let mut metadata = false;
    // The end of the open HTML tag (`>`) or comment (`-->`) when an HTML block line ends in it.
    let mut html_open: Option<&str> = None;
    // Open links: their destination, and where the text inside them ends so far.
    let mut links: Vec<(String, usize)> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        if !matches!(event, Event::End(TagEnd::Link)) {
            if let Some((_, inner_end)) = links.last_mut() {
                *inner_end = (*inner_end).max(range.end);
            }
        }
        match event {
            Event::Start(Tag::MetadataBlock(_)) => metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => metadata = false,
            Event::Text(_) if !metadata => keep(range),
            Event::Code(_) => {
                let code = &markdown[range.clone()];
                let (lead, trail) = (code.len() - code.trim_start_matches('`').len(), code.len() - code.trim_end_matches('`').len());
                if lead + trail < code.len() {
                    keep(range.start + lead..range.end - trail);
                }
            }
            Event::Html(_) => keep_html_text(markdown, range, &mut html_open, &mut keep),
            Event::Start(Tag::Link { dest_url, .. }) => links.push((dest_url.to_string(), range.start)),
            Event::End(TagEnd::Link) => {
                // A web address after the link's text, `[text](https://… "title")`, with its
                // parentheses; a relative one or a reference label is markup.
                let Some((dest, inner_end)) = links.pop() else { continue };
                let head = dest.get(..8).unwrap_or(&dest).to_ascii_lowercase();
                if !["http://", "https://", "ftp://", "www."].iter().any(|p| head.starts_with(p)) {
                    continue;
                }
                let after = &markdown[inner_end.min(range.end)..range.end];
                let Some(at) = after.find(dest.as_str()) else { continue };
                let start = range.end - after.len() + at;
                keep(start..start + dest.len());
                if start > 0 && source[start - 1] == b'(' && source[range.end - 1] == b')' {
                    keep(start - 1..start);
                    keep(range.end - 1..range.end);
                }
            }
            _ => {}
        }
    }
    // Every kept range is whole chars of the Markdown and the rest is ASCII, so this holds.
    String::from_utf8(out).unwrap_or_else(|_| markdown.to_string())
}

/// Keeps the text of a line of an HTML block outside its tags, comments, scripts and
/// styles; `open` carries what goes on to the next line (the end of a tag, a comment, a
/// script or a style).
fn keep_html_text(markdown: &str, range: Range<usize>, open: &mut Option<&str>, keep: &mut impl FnMut(Range<usize>)) {
    let mut i = range.start;
    while i < range.end {
        let rest = &markdown[i..range.end];
        if let Some(close) = *open {
            let Some(at) = find_ignoring_case(rest, close) else { return };
            i += at + close.len();
            *open = None;
        } else {
            let Some(at) = rest.find('<') else {
                keep(i..range.end);
                return;
            };
            keep(i..i + at);
            let tag = &rest.as_bytes()[at..];
            let starts = |p: &str| tag.len() >= p.len() && tag[..p.len()].eq_ignore_ascii_case(p.as_bytes());
            let (close, skip) = match () {
                _ if starts("<!--") => ("-->", 4),
                _ if starts("<script") => ("</script>", 7),
                _ if starts("<style") => ("</style>", 6),
                _ => (">", 1),
            };
            *open = Some(close);
            i = (i + at + skip).min(range.end);
        }
    }
}

/// Where `needle` (ASCII) first stands in `haystack`, in any case.
fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (Markdown, expected masked text).
    const CASES: &[(&str, &str)] = &[
        ("# Titolo #\n\nTesto.", "  Titolo  \n\nTesto."),
        ("Titolo\n======\n\nTesto", "Titolo\n      \n\nTesto"),
        ("- uno\n- *due* e __tre__\n1. quattro", "  uno\n   due  e   tre  \n   quattro"),
        ("> citato\n> ancora", "  citato\n  ancora"),
        ("| a | b |\n|---|---|\n| c | d |", "  a   b  \n         \n  c   d  "),
        ("Il `codice` qui\n\n```rust\nlet x = 1;\n```", "Il  codice  qui\n\n       \nlet x = 1;\n   "),
        ("![foto di Roma](roma.jpg \"Roma\") e <https://x.it/a>", "  foto di Roma                   e  https://x.it/a "),
        ("Vedi [la nota](https://x.it/n \"https://x.it/n\") e [ref][1].\n\n[1]: https://y.it", "Vedi  la nota (https://x.it/n                 ) e  ref    .\n\n                 "),
        ("Un <b>grassetto</b> e\n\n<div class=\"x\">Blocco <i>html</i></div>\n<!-- nota -->", "Un    grassetto     e\n\n               Blocco    html          \n             "),
        ("<SCRIPT>var x = \"Roma\";</script>\n<style>\np { }\n</style>\n\nTesto", "                                \n       \n     \n        \n\nTesto"),
        ("---\ntitle: Prova\n---\nTesto ~~no~~ sì", "   \n            \n   \nTesto   no   sì"),
        ("Città è **così**\r\nUn\rdue", "Città è   così  \r\nUn\rdue"),
        ("Non \\*enfasi\\* &amp; due  \nrighe\\\ntre", "Non  *enfasi * &amp; due  \nrighe \ntre"),
    ];

    #[test]
    fn markup_is_blanked_and_text_kept_in_place() {
        let mut bad = Vec::new();
        for (md, expected) in CASES {
            let masked = mask(md);
            assert_eq!(masked.len(), md.len());
            if masked != *expected {
                bad.push(format!("{md:?}\n  got  {masked:?}\n  want {expected:?}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
