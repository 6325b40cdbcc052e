//! Text: language facts, tokens, sentences, language detection and offset units.

pub mod boilerplate;
pub mod detect;
pub mod lang;
pub mod offsets;
pub mod sentences;
pub mod tokenize;
