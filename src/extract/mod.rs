//! Things drawn from a text: quotations with their speakers, and keyphrases.

pub mod keyphrases;
pub mod quotes;
pub mod stopwords;
