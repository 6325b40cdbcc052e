//! Any text through Markdown masking: no panic, the same length, every char boundary of the
//! Markdown still a boundary, and every byte either the Markdown's own or a blank.
#![no_main]
use lente::text::markdown::mask;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let masked = mask(text);
    assert_eq!(masked.len(), text.len());
    for (i, (m, t)) in masked.bytes().zip(text.bytes()).enumerate() {
        assert!(m == t || m == b' ', "byte {i}: {m:?} for {t:?}");
        assert!(!text.is_char_boundary(i) || masked.is_char_boundary(i), "boundary {i}");
    }
});
