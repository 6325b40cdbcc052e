//! Bad input never makes the core panic: regressions found by `cargo fuzz`, and the odd
//! inputs of issue 6 (empty, binary, no punctuation, one long line, hostile HTML).

use lente::schema::{Document, Format, Options};

fn analyze_bytes(name: &str, bytes: &[u8]) -> lente::Analysis {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let docs = [Document { name: Some(name.into()), bytes: Some(bytes.to_vec()), ..Document::default() }, Document { text, ..Document::default() }];
    lente::analyze(&docs, &Options::default())
}

#[test]
fn fuzz_regressions() {
    // `cargo fuzz run analyze`: a tagged name with no letter or digit had no entity.
    analyze_bytes("a.txt", b"\x02&\x83");
    analyze_bytes("a.txt", "&".as_bytes());
}

#[test]
fn odd_inputs_give_notes_not_panics() {
    let empty = analyze_bytes("empty.txt", b"");
    assert_eq!(empty.documents[0].notes[0].code, "empty");
    let pdf = analyze_bytes("report.txt", b"%PDF-1.7\n\x00\x01binary");
    assert_eq!(pdf.documents[0].notes[0].code, "not-text");
    assert!(pdf.documents[0].notes[0].message.contains("PDF"));
    let zip = analyze_bytes("a.md", b"PK\x03\x04\x00\x00");
    assert_eq!(zip.documents[0].notes[0].code, "not-text");
    // No punctuation at all, and one 5 MB line.
    let words = "parola ".repeat(200_000);
    let a = analyze_bytes("words.txt", words.as_bytes());
    assert_eq!(a.documents[0].counts.words, 200_000);
    let line = "x".repeat(5_000_000);
    let a = analyze_bytes("line.txt", line.as_bytes());
    assert_eq!(a.documents[0].counts.tokens, 1);
}

#[test]
fn too_large_documents_are_refused_with_the_limit() {
    let options = Options { max_bytes: 1000, ..Options::default() };
    let doc = Document { text: "a ".repeat(600), ..Document::default() };
    let a = lente::analyze(&[doc], &options);
    let note = &a.documents[0].notes[0];
    assert_eq!(note.code, "too-large");
    assert!(note.message.contains("its 1.2 KB of text are more than the 1.0 KB"), "{}", note.message);
}

#[test]
fn hostile_html_is_text_only() {
    let html = "<html><head><title>T</title><script>alert(1)</script><style>p{}</style></head><body><p onclick=\"x()\">Il testo.<img src=x onerror=alert(2)></p><a href=\"javascript:alert(3)\">link</a><!-- <p>hidden</p> --></body></html>";
    let doc = Document { text: html.into(), format: Some(Format::Html), ..Document::default() };
    let a = lente::analyze(&[doc], &Options::default());
    let text = a.documents[0].text.clone().unwrap_or_default();
    for bad in ["alert", "onerror", "javascript:", "<", "hidden", "p{}"] {
        assert!(!text.contains(bad), "{bad:?} in {text:?}");
    }
    assert!(text.contains("Il testo."));
}
