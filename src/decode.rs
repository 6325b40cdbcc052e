//! Turns the bytes of a file into text: recognizes binary files (PDF, images, archives,
//! office documents) and refuses them with a clear reason; decodes UTF-8 (with or without
//! BOM, and with a few invalid bytes: see `mostly_utf8`), UTF-16 with BOM or recognized by
//! its zero bytes (see `utf16_without_bom`), the charset an HTML page declares, and otherwise
//! guesses the legacy encoding (Windows-1252, ISO-8859-1/15, …) with chardetng; normalizes to
//! NFC so offsets and matching are stable (`normalize` also turns a lone CR into a line
//! break). Never fails on any bytes: undecodable bytes become U+FFFD and a note says how many.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Decoded text and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// The encoding used (`UTF-8`, `windows-1252`, `UTF-16LE`, …).
    pub encoding: &'static str,
    /// How many malformed sequences were replaced by U+FFFD.
    pub replaced: usize,
}

/// Why bytes are not text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotText {
    /// What the bytes look like (`a PDF document`, `an image`, `a binary file`).
    pub kind: &'static str,
}

/// Names a binary format by its first bytes, or says the bytes hold NULs (binary).
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or OpenDocument file)"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"RIFF", "a RIFF file (WebP image, WAV or AVI)"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"7z\xbc\xaf", "a 7-Zip archive"),
        (b"Rar!", "a RAR archive"),
        (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)"),
        (b"\x7fELF", "a program"),
        (b"MZ", "a Windows program"),
        (b"\x00\x00\x01\x00", "an icon"),
        (b"ID3", "an MP3 file"),
        (b"OggS", "an Ogg file"),
        (b"\x1a\x45\xdf\xa3", "a video"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("a video or HEIC image");
    }
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) || utf16_without_bom(bytes).is_some();
    let head = &bytes[..bytes.len().min(8192)];
    (!utf16 && head.contains(&0)).then_some("a binary file")
}

/// UTF-16 without a byte order mark, told by its zero bytes: in the first 4 KB, at least
/// 60% of the code units have a zero high byte (Latin text: ASCII and Latin-1 letters) and at
/// most 10% a zero low byte, the other way round for big-endian; and, read so, the head has
/// no NUL, no unpaired surrogate and at most 1% control characters other than tab, line feed,
/// form feed and carriage return. Text in other scripts (Cyrillic, CJK) has too few zero
/// bytes to be told apart from binary data and is left to the binary check.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    let units = head.len() / 2;
    if units < 2 {
        return None;
    }
    let zeros = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros(0), zeros(1));
    let (encoding, high, low) = if odd >= even { (UTF_16LE, odd, even) } else { (UTF_16BE, even, odd) };
    if high * 10 < units * 6 || low * 10 > units {
        return None;
    }
    let code_units = head.chunks_exact(2).map(|p| if encoding == UTF_16LE { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) });
    let mut controls = 0;
    let mut chars = char::decode_utf16(code_units).peekable();
    while let Some(c) = chars.next() {
        match c {
            Ok('\0') => return None,
            Ok(c) if c.is_control() && !matches!(c, '\t' | '\n' | '\x0c' | '\r') => controls += 1,
            Ok(_) => {}
            // A surrogate pair cut by the end of the head is fine.
            Err(e) if chars.peek().is_none() && (0xD800..0xDC00).contains(&e.unpaired_surrogate()) => {}
            Err(_) => return None,
        }
    }
    (controls * 100 <= units).then_some(encoding)
}

/// Whether bytes that are not valid UTF-8 are still best read as UTF-8, with U+FFFD for the
/// broken sequences: they hold at least one valid multi-byte sequence, no more invalid
/// sequences than valid multi-byte ones, and at most one invalid sequence per 100 bytes. A
/// text in a legacy encoding almost never forms valid multi-byte sequences (`à` in
/// Windows-1252 is one byte, `E0`, that UTF-8 reads as the start of a three-byte sequence),
/// while a UTF-8 article damaged in a few places keeps all its other accented letters valid.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > 0 && invalid <= multibyte && invalid <= bytes.len() / 100 + 1
}

/// The charset an HTML document declares in its first 4 KB (`<meta charset="…">` or
/// `content="text/html; charset=…"`).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..].trim_start_matches(['"', '\'', ' ']).chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')).collect();
    Encoding::for_label(value.as_bytes())
}

/// Decodes `bytes`; `html` says whether the file is a web page (its declared charset is
/// then honoured when the bytes are not valid UTF-8).
pub fn decode(bytes: &[u8], html: bool) -> Result<Decoded, NotText> {
    if let Some(kind) = binary_kind(bytes) {
        return Err(NotText { kind });
    }
    let encoding = if let Some((enc, _)) = Encoding::for_bom(bytes) {
        enc
    } else if let Some(enc) = utf16_without_bom(bytes) {
        enc
    } else if std::str::from_utf8(bytes).is_ok() || mostly_utf8(bytes) {
        UTF_8
    } else if let Some(enc) = html.then(|| declared_charset(bytes)).flatten().filter(|e| *e != UTF_16LE && *e != UTF_16BE) {
        enc
    } else {
        let mut detector = chardetng::EncodingDetector::new();
        detector.feed(bytes, true);
        detector.guess(None, true)
    };
    let (text, used, had_errors) = encoding.decode(bytes);
    // Replacement characters that were not already in the input as text.
    let literal = bytes.windows(3).filter(|w| *w == "\u{FFFD}".as_bytes()).count();
    let replaced = if had_errors { text.matches('\u{FFFD}').count().saturating_sub(literal) } else { 0 };
    Ok(Decoded { text: nfc(text.into_owned()), encoding: used.name(), replaced })
}

/// The text as it is analysed: in NFC (see `nfc`), with every carriage return that is not
/// followed by a line feed (old Mac line endings) made a line feed. Replacing a lone CR keeps
/// the length in bytes and in UTF-16 units, so offsets into an NFC text still hold.
pub fn normalize(text: String) -> String {
    let text = nfc(text);
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    // Each piece after the first follows a CR: kept before a line feed, else a line feed.
    for (i, piece) in text.split('\r').enumerate() {
        if i > 0 {
            out.push(if piece.starts_with('\n') { '\r' } else { '\n' });
        }
        out.push_str(piece);
    }
    out
}

/// The text in Unicode normalization form C (`e` + U+0301 becomes `é`).
pub fn nfc(text: String) -> String {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITALIAN: &str = "Perché la città costa 50 € — è così.";

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode(ITALIAN.as_bytes(), false).unwrap();
        assert_eq!((plain.text.as_str(), plain.encoding), (ITALIAN, "UTF-8"));
        let with_bom = [b"\xef\xbb\xbf".as_slice(), ITALIAN.as_bytes()].concat();
        assert_eq!(decode(&with_bom, false).unwrap().text, ITALIAN);
    }

    #[test]
    fn utf16_with_bom() {
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(ITALIAN.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(ITALIAN.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le, false).unwrap(), Decoded { text: ITALIAN.into(), encoding: "UTF-16LE", replaced: 0 });
        assert_eq!(decode(&be, false).unwrap().text, ITALIAN);
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let text = "Perché la città è così bella? Il caffè costa più di prima, però la qualità è alta. ".repeat(4) + "Prezzo: 50 €.";
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        let got = decode(&cp1252, false).unwrap();
        assert_eq!(got.encoding, "windows-1252");
        assert_eq!(got.text, text);
        // ISO-8859-1 has no €: the same text without it decodes the same way.
        let latin1_text = text.replace(" 50 €", " 50 euro");
        let latin1: Vec<u8> = latin1_text.chars().map(|c| c as u32 as u8).collect();
        assert_eq!(decode(&latin1, false).unwrap().text, latin1_text);
        // ISO-8859-15 puts € at 0xA4.
        let (iso15, _, _) = encoding_rs::ISO_8859_15.encode(&text);
        assert_eq!(iso15.iter().filter(|&&b| b == 0xa4).count(), 1);
        let html = [b"<html><head><meta charset=\"iso-8859-15\"></head><body>".as_slice(), &iso15, b"</body></html>"].concat();
        let got = decode(&html, true).unwrap();
        assert_eq!(got.encoding, "ISO-8859-15");
        assert!(got.text.contains("Prezzo: 50 €."));
    }

    #[test]
    fn html_declared_charset_wins_for_legacy_bytes() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>città</p>");
        assert!(decode(&bytes, true).unwrap().text.contains("città"));
    }

    #[test]
    fn binary_files_are_refused_by_kind() {
        assert_eq!(decode(b"%PDF-1.7\n...", false).unwrap_err().kind, "a PDF document");
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n", false).unwrap_err().kind, "a PNG image");
        assert_eq!(decode(b"PK\x03\x04rest", false).unwrap_err().kind, "a ZIP archive (or a Word, Excel or OpenDocument file)");
        assert_eq!(decode(b"text\0with nul", false).unwrap_err().kind, "a binary file");
        assert_eq!(decode(b"", false).unwrap().text, "");
    }

    #[test]
    fn utf8_with_a_few_invalid_bytes_stays_utf8() {
        let text = format!("{ITALIAN} Il sindaco della città ha parlato.");
        let mut bytes = text.clone().into_bytes();
        bytes.insert(10, 0xff);
        let got = decode(&bytes, false).unwrap();
        assert_eq!((got.encoding, got.replaced), ("UTF-8", 1));
        assert_eq!(got.text.replacen('\u{FFFD}', "", 1), text);
        // Only broken sequences, no valid one: a legacy encoding.
        assert_eq!(decode(b"Perch\xe9 la citt\xe0", false).unwrap().text, "Perché la città");
    }

    #[test]
    fn utf16_without_bom_is_recognized() {
        let le: Vec<u8> = ITALIAN.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = ITALIAN.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&le, false).unwrap(), Decoded { text: ITALIAN.into(), encoding: "UTF-16LE", replaced: 0 });
        assert_eq!(decode(&be, false).unwrap(), Decoded { text: ITALIAN.into(), encoding: "UTF-16BE", replaced: 0 });
        // Zero bytes in no pattern, or NUL code units, are still binary.
        assert_eq!(binary_kind(b"a\0\0\0b\0c\0\0\0"), Some("a binary file"));
        assert_eq!(binary_kind(b"\x01\x02\x00\x00\x03\x00\x04\x00"), Some("a binary file"));
    }

    #[test]
    fn lone_carriage_returns_become_line_feeds() {
        assert_eq!(normalize("Titolo\rTesto.\r\rAltro.\r\nFine\r".into()), "Titolo\nTesto.\n\nAltro.\r\nFine\n");
        assert_eq!(normalize("citta\u{300}\r".into()), "città\n");
    }

    #[test]
    fn text_is_nfc() {
        assert_eq!(decode("citta\u{300}".as_bytes(), false).unwrap().text, "città");
    }
}
