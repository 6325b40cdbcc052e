//! Any bytes, as a file of any kind, through the whole analysis: it must not panic.
#![no_main]
use lente::schema::{Document, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.first() {
        Some(b) if b % 3 == 0 => ("a.html", &data[1..]),
        Some(b) if b % 3 == 1 => ("a.md", &data[1..]),
        _ => ("a.txt", data),
    };
    let text = String::from_utf8_lossy(bytes).into_owned();
    let docs = [
        Document { name: Some(name.into()), bytes: Some(bytes.to_vec()), ..Document::default() },
        Document { text, ..Document::default() },
    ];
    let _ = lente::analyze(&docs, &Options::default());
});
