//! Things drawn from a text: quotations with their speakers, keyphrases, and the outlet.

pub mod keyphrases;
pub mod outlet;
pub mod quotes;
pub mod stopwords;
