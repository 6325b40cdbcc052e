//! Offset invariants on generated text (proptest): tokens and the gaps between them rebuild
//! the input, the gaps holding only white space or stray zero-width characters; and every
//! span of an analysis (tokens, sentences, mentions, values, quotes, title, boilerplate)
//! slices the same characters out of the document's text in UTF-8 bytes, UTF-16 code units
//! and code points, for plain text and for Markdown. The text mixes words, accented letters,
//! emoji (with ZWJ sequences), typographic quotes, CR and LF, zero-width characters and any
//! character at all.
#![cfg(not(target_arch = "wasm32"))]

use lente::schema::{Analysis, Document, Format, Options};
use lente::text::lang::Lang;
use lente::text::offsets::OffsetUnit;
use lente::text::tokenize::tokenize;
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "Roma",
    "il",
    "sindaco",
    "Sergio",
    "Mattarella",
    "Putin",
    "NATO",
    "ha",
    "detto",
    "che",
    "The",
    "said",
    "Mr.",
    "3.5",
    "11.000",
    "19/06/2024",
    "https://example.com/a",
    "città",
    "perché",
    "Élise",
    "Zürich",
    "l’Ucraina",
    "dell'Alleanza",
    "don't",
    "e\u{301}",
    "€",
    "%",
    "👍🏽",
    "👩‍👩‍👧",
    "🇮🇹",
    "“",
    "”",
    "«",
    "»",
    "‘",
    "’",
    "'",
    "\"",
    ".",
    ",",
    ":",
    "!",
    "?",
    "…",
    "—",
    "(",
    ")",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{2060}",
    "\u{AD}",
    "\u{FEFF}",
    "\u{A0}",
];

const MARKUP: &[&str] = &[
    "# ",
    "## ",
    "**",
    "*",
    "_",
    "[",
    "](https://example.com/x)",
    "](/relativo)",
    "![",
    "> ",
    "\n- ",
    "\n1. ",
    "`",
    "\n```\n",
    " | ",
    "\n---\n",
    "\n===\n",
    "<b>",
    "</b>",
    "\n<div>",
    "<!-- nota -->",
    "\\*",
    "&amp;",
    "[^1]",
    "<https://x.it>",
    "\n[1]: https://y.it\n",
    "    ",
    // Markup with non-ASCII characters, blanked byte by byte.
    "](https://example.com/x \"perché “così”\")",
    "![città 🇮🇹](città.jpg)",
    "<!-- è già 👍🏽 -->",
    "<span title=\"è\">",
    "\n[2]: https://y.it/è\n",
];

/// Text made of `pieces`, with now and then any character.
fn text_of(pieces: &'static [&'static str], len: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![12 => prop::sample::select(pieces).prop_map(str::to_string), 1 => any::<char>().prop_map(String::from)];
    prop::collection::vec(piece, 0..len).prop_map(|p| p.concat())
}

fn plain() -> impl Strategy<Value = String> {
    text_of(PIECES, 80)
}

fn markdown() -> impl Strategy<Value = String> {
    static BOTH: std::sync::OnceLock<Vec<&str>> = std::sync::OnceLock::new();
    text_of(BOTH.get_or_init(|| PIECES.iter().chain(MARKUP).copied().collect()), 80)
}

/// Every span of the first document, in a fixed order.
fn spans(a: &Analysis) -> Vec<(u32, u32)> {
    let d = &a.documents[0];
    let mut out: Vec<(u32, u32)> = d.tokens.iter().map(|t| (t.start, t.end)).collect();
    out.extend(d.sentences.iter().map(|s| (s.start, s.end)));
    out.extend(d.mentions.iter().map(|m| (m.start, m.end)));
    out.extend(d.values.iter().map(|v| (v.start, v.end)));
    for q in &d.quotes {
        out.push((q.start, q.end));
        out.extend(q.speaker.map(|s| (s.start, s.end)));
    }
    out.extend(d.title.map(|t| (t.start, t.end)));
    out.extend(d.boilerplate.iter().map(|b| (b.start, b.end)));
    out
}

/// `text[start..end]` with offsets in `unit`, or `None` when they do not slice it.
fn slice(text: &str, unit: OffsetUnit, start: u32, end: u32) -> Option<String> {
    let (s, e) = (start as usize, end as usize);
    match unit {
        OffsetUnit::Utf8 => text.get(s..e).map(str::to_string),
        OffsetUnit::Utf16 => String::from_utf16(text.encode_utf16().collect::<Vec<u16>>().get(s..e)?).ok(),
        OffsetUnit::Char => (s <= e && e <= text.chars().count()).then(|| text.chars().skip(s).take(e - s).collect()),
    }
}

/// Analyzes `input` with offsets in each unit and checks that every span slices the same
/// characters of the document's text.
fn check_units(input: &str, format: Format) -> Result<(), TestCaseError> {
    let doc = Document { text: input.into(), format: Some(format), ..Document::default() };
    let analyze = |unit| lente::analyze(std::slice::from_ref(&doc), &Options { offsets: unit, ..Options::default() });
    let bytes = analyze(OffsetUnit::Utf8);
    let shown = bytes.documents[0].text.clone().unwrap_or_else(|| input.to_string());
    let expected: Vec<String> =
        spans(&bytes).into_iter().map(|(s, e)| slice(&shown, OffsetUnit::Utf8, s, e)).collect::<Option<_>>().ok_or_else(|| TestCaseError::fail("a byte span is not on char boundaries"))?;
    for unit in [OffsetUnit::Utf16, OffsetUnit::Char] {
        let a = analyze(unit);
        prop_assert_eq!(a.documents[0].text.as_deref().unwrap_or(input), shown.as_str());
        let got: Vec<Option<String>> = spans(&a).into_iter().map(|(s, e)| slice(&shown, unit, s, e)).collect();
        prop_assert_eq!(got.len(), expected.len());
        for (g, x) in got.iter().zip(&expected) {
            prop_assert_eq!(g.as_deref(), Some(x.as_str()), "{:?}", unit);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn tokens_and_gaps_rebuild_the_text(text in plain()) {
        for lang in [Lang::It, Lang::En] {
            let mut rebuilt = String::new();
            let mut last = 0;
            for t in tokenize(&text, lang) {
                let (s, e) = (t.start as usize, t.end as usize);
                prop_assert!(last <= s && s < e && text.is_char_boundary(s) && text.is_char_boundary(e), "{:?} after {}", t, last);
                let gap = &text[last..s];
                prop_assert!(gap.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{AD}' | '\u{2060}')), "gap {:?}", gap);
                rebuilt.push_str(gap);
                rebuilt.push_str(&text[s..e]);
                last = e;
            }
            let tail = &text[last..];
            prop_assert!(tail.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{AD}' | '\u{2060}')), "tail {:?}", tail);
            rebuilt.push_str(tail);
            prop_assert_eq!(&rebuilt, &text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn text_spans_slice_alike_in_every_unit(text in plain()) {
        check_units(&text, Format::Text)?;
    }

    #[test]
    fn markdown_spans_slice_alike_in_every_unit(text in markdown()) {
        check_units(&text, Format::Markdown)?;
    }

    #[test]
    fn markdown_tokens_are_text_of_the_markdown(text in markdown()) {
        let masked = lente::text::markdown::mask(&text);
        prop_assert_eq!(masked.len(), text.len());
        for (m, t) in masked.bytes().zip(text.bytes()) {
            prop_assert!(m == t || m == b' ');
        }
        for t in tokenize(&masked, Lang::It) {
            prop_assert!(text.get(t.start as usize..t.end as usize).is_some(), "{:?} in {:?}", t, masked);
        }
    }
}
