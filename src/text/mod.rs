//! Text: language facts, tokens, sentences, language detection, offset units and Markdown.

pub mod boilerplate;
pub mod detect;
pub mod lang;
pub mod markdown;
pub mod offsets;
pub mod sentences;
pub mod tokenize;
pub mod wordset;
