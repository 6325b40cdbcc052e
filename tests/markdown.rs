//! Markdown documents: analysed without their markup, with offsets into the Markdown as
//! written (a tester saw `# Blinken…` as a headline, `Antony Blinken**` as a name and a URL
//! as an organization).

use lente::schema::{Document, Format, Options};
use lente::text::offsets::OffsetUnit;
use lente::text::tokenize::TokenKind;

const MARKDOWN: &str = "# Blinken in Cina\n\nIl segretario di Stato **Antony Blinken** ha incontrato [Xi Jinping](https://example.com/xi) a Pechino.\n";

/// The document's spans (title, mentions, URL tokens) as the Markdown's own text, read with
/// offsets in `unit`.
fn spans(doc: Document, unit: OffsetUnit) -> (Option<String>, Vec<String>, Vec<String>) {
    let a = lente::analyze(&[doc], &Options { offsets: unit, ..Options::default() });
    let d = &a.documents[0];
    assert_eq!(d.format, Format::Markdown);
    let shown = d.text.as_deref().unwrap_or(MARKDOWN);
    assert_eq!(shown, MARKDOWN, "the text shown is the Markdown");
    let slice = |s: u32, e: u32| -> String {
        match unit {
            OffsetUnit::Utf8 => shown[s as usize..e as usize].to_string(),
            OffsetUnit::Utf16 => String::from_utf16(&shown.encode_utf16().collect::<Vec<u16>>()[s as usize..e as usize]).unwrap(),
            OffsetUnit::Char => shown.chars().skip(s as usize).take((e - s) as usize).collect(),
        }
    };
    let title = d.title.map(|t| slice(t.start, t.end));
    let mentions = d.mentions.iter().map(|m| slice(m.start, m.end)).collect();
    let urls = d.tokens.iter().filter(|t| t.kind == TokenKind::Url).map(|t| slice(t.start, t.end)).collect();
    (title, mentions, urls)
}

#[test]
fn markdown_markup_is_not_text() {
    let as_text = Document { text: MARKDOWN.into(), format: Some(Format::Markdown), ..Document::default() };
    let as_file = Document { name: Some("blinken.md".into()), bytes: Some(MARKDOWN.as_bytes().to_vec()), ..Document::default() };
    for (doc, unit) in [(as_text.clone(), OffsetUnit::Utf16), (as_text, OffsetUnit::Utf8), (as_file, OffsetUnit::Char)] {
        let (title, mentions, urls) = spans(doc, unit);
        assert_eq!(title.as_deref(), Some("Blinken in Cina"), "{unit:?}");
        assert!(mentions.iter().any(|m| m == "Antony Blinken"), "{unit:?}: {mentions:?}");
        assert!(mentions.iter().any(|m| m == "Xi Jinping"), "{unit:?}: {mentions:?}");
        for m in &mentions {
            assert!(!m.contains(['#', '*', '[', ']', '(']) && !m.contains("example.com"), "{unit:?}: {m:?}");
        }
        assert_eq!(urls, ["https://example.com/xi"], "{unit:?}");
    }
}

#[test]
fn markdown_offsets_count_the_markup_in_each_unit() {
    let md = "## L’Ucraina e l’Unione 🇪🇺\n\n> «Siamo pronti», ha detto **Volodymyr Zelensky** a _Kyiv_.\n";
    let doc = Document { text: md.into(), format: Some(Format::Markdown), ..Document::default() };
    let a = lente::analyze(&[doc], &Options { offsets: OffsetUnit::Utf16, ..Options::default() });
    let d = &a.documents[0];
    let utf16: Vec<u16> = md.encode_utf16().collect();
    let slice = |s: u32, e: u32| String::from_utf16(&utf16[s as usize..e as usize]).unwrap();
    let title = d.title.expect("a headline");
    assert_eq!(slice(title.start, title.end), "L’Ucraina e l’Unione 🇪🇺");
    let mentions: Vec<String> = d.mentions.iter().map(|m| slice(m.start, m.end)).collect();
    assert!(mentions.contains(&"Volodymyr Zelensky".to_string()), "{mentions:?}");
    let quote = d.quotes.first().expect("a quotation");
    assert_eq!(slice(quote.start, quote.end), "«Siamo pronti»");
}

#[test]
fn a_name_with_markup_inside_reads_as_written() {
    let md = "Il segretario di Stato **Antony** Blinken ha incontrato i giornalisti a Pechino.\n\nBlinken ha detto che il dialogo continua.\n";
    let doc = Document { text: md.into(), format: Some(Format::Markdown), ..Document::default() };
    let a = lente::analyze(&[doc], &Options::default());
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Antony Blinken"), "{names:?}");
    assert_eq!(a.documents[0].counts.characters, md.chars().count());
}

/// `tokenize_text` of Markdown gives the tokens its analysis lists (the page asks for a
/// document's tokens so when it shows them), in each unit; as plain text it does not.
#[test]
fn tokenizing_markdown_gives_the_analysis_tokens() {
    for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Char] {
        let doc = Document { name: Some("blinken.md".into()), text: MARKDOWN.into(), ..Document::default() };
        let a = lente::analyze(&[doc], &Options { offsets: unit, ..Options::default() });
        let d = &a.documents[0];
        let spans = |tokens: &[lente::schema::TokenOut]| tokens.iter().map(|t| (t.start, t.end, t.kind)).collect::<Vec<_>>();
        let tokenized = lente::analyze::tokenize_text(MARKDOWN, Some(d.lang), unit, Format::Markdown);
        assert_eq!(spans(&tokenized.tokens), spans(&d.tokens), "{unit:?}");
        assert_eq!(tokenized.sentences.len(), d.sentences.len());
        let plain = lente::analyze::tokenize_text(MARKDOWN, Some(d.lang), unit, Format::Text);
        assert_ne!(spans(&plain.tokens), spans(&d.tokens));
    }
}
