//! Any text through the tokenizer and sentence splitter, in both languages: no panic, and
//! tokens are in order and slice the text.
#![no_main]
use lente::text::{lang::Lang, sentences::split, tokenize::tokenize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for lang in [Lang::It, Lang::En] {
        let tokens = tokenize(text, lang);
        let mut last = 0;
        for t in &tokens {
            assert!(t.start as usize >= last && t.start < t.end && text.is_char_boundary(t.end as usize));
            last = t.end as usize;
        }
        let sentences = split(text, &tokens, lang);
        assert_eq!(sentences.last().map_or(0, |s| s.end), tokens.len());
    }
});
