//! Turns the bytes of a file into text: recognizes binary files (PDF, images, archives,
//! office documents) and refuses them with a clear reason; decodes UTF-8 (with or without
//! BOM), UTF-16 with BOM, the charset an HTML page declares, and otherwise guesses the legacy
//! encoding (Windows-1252, ISO-8859-1/15, …) with chardetng; normalizes to NFC so offsets
//! and matching are stable. Never fails on any bytes: undecodable bytes become U+FFFD and a
//! note says how many.

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
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    let head = &bytes[..bytes.len().min(8192)];
    (!utf16 && head.contains(&0)).then_some("a binary file")
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
    } else if std::str::from_utf8(bytes).is_ok() {
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
    fn text_is_nfc() {
        assert_eq!(decode("citta\u{300}".as_bytes(), false).unwrap().text, "città");
    }
}
