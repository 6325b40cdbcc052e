//! Reading what a tester gave us: a UTF-8 article with one broken byte stays UTF-8, UTF-16
//! without a byte order mark is read (not refused as binary), old Mac line endings (CR only)
//! break lines, and a zero-width character inside a name does not cut it.

use lente::schema::{Document, EntityKind, Options};
use lente::text::offsets::OffsetUnit;
use lente::Analysis;

/// An Italian article a few lines long.
const ARTICLE: &str = "La città si prepara al vertice\n\nIl sindaco di Roma ha detto che la città è pronta. Perché la sicurezza è una priorità, ha spiegato.\n\nLa visita è prevista per giovedì e la città sarà chiusa al traffico.\n";

fn bytes(name: &str, bytes: Vec<u8>) -> Analysis {
    let doc = Document { name: Some(name.into()), bytes: Some(bytes), ..Document::default() };
    lente::analyze(&[doc], &Options { offsets: OffsetUnit::Utf8, ..Options::default() })
}

fn text(text: &str) -> Analysis {
    lente::analyze(&[Document { text: text.into(), ..Document::default() }], &Options { offsets: OffsetUnit::Utf8, ..Options::default() })
}

#[test]
fn utf8_with_one_invalid_byte_stays_utf8() {
    let mut input = ARTICLE.as_bytes().to_vec();
    let at = ARTICLE.find("pronta").unwrap();
    input.insert(at, 0x93);
    let a = bytes("a.txt", input);
    let doc = &a.documents[0];
    assert_eq!(doc.encoding, Some("UTF-8"));
    let text = doc.text.as_deref().unwrap();
    assert!(text.contains("la città è \u{FFFD}pronta"), "{text}");
    assert!(!text.contains("Ã"), "{text}");
    assert_eq!(doc.lang.code(), "it");
    let note = doc.notes.iter().find(|n| n.code == "undecodable").expect("a note on the broken byte");
    assert!(note.message.contains(": 1 byte sequence could not be read as UTF-8 and shows as"), "{}", note.message);
}

#[test]
fn utf16_without_bom_is_decoded() {
    let le: Vec<u8> = ARTICLE.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = ARTICLE.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (input, encoding) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
        let a = bytes("a.txt", input);
        let doc = &a.documents[0];
        assert!(!doc.notes.iter().any(|n| n.level == "error"), "{encoding}: {:?}", doc.notes);
        assert_eq!(doc.encoding, Some(encoding));
        assert_eq!(doc.text.as_deref(), Some(ARTICLE));
        assert_eq!(doc.counts.sentences, text(ARTICLE).documents[0].counts.sentences, "{encoding}");
    }
}

#[test]
fn carriage_returns_alone_break_lines() {
    let mac = ARTICLE.replace('\n', "\r");
    for a in [text(&mac), bytes("a.txt", mac.clone().into_bytes())] {
        let doc = &a.documents[0];
        let shown = doc.text.as_deref().unwrap();
        assert_eq!(shown.len(), mac.len());
        let title = doc.title.expect("a headline");
        assert_eq!(&shown[title.start as usize..title.end as usize], "La città si prepara al vertice");
        assert_eq!(&mac[title.start as usize..title.end as usize], "La città si prepara al vertice");
        assert_eq!(doc.counts.paragraphs, 3);
    }
}

#[test]
fn zero_width_characters_do_not_cut_a_name() {
    let input = "Il sindaco Sergio Mat\u{200B}ta ha detto che la città è pronta.";
    let a = text(input);
    let doc = &a.documents[0];
    let people: Vec<&str> = doc.mentions.iter().filter(|m| m.kind == EntityKind::Person).map(|m| &input[m.start as usize..m.end as usize]).collect();
    assert_eq!(people, ["Sergio Mat\u{200B}ta"]);
    let words: Vec<&str> = doc.tokens.iter().map(|t| &input[t.start as usize..t.end as usize]).collect();
    assert!(words.contains(&"Mat\u{200B}ta"), "{words:?}");
}
