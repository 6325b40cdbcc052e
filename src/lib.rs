//! Lente: a news-article analyzer that runs entirely in the browser. This crate is the pure
//! core (no browser types): it decodes documents, tokenizes, splits sentences and detects the
//! language. `wasm` binds it to JavaScript; `src/bin/lente.rs` is the command line.
//!
//! ```
//! use lente::{analyze, Document, Options};
//! let text = "Putin incontra Kim a Pyongyang.\nLa visita è la prima dal 2000 e preoccupa l’Occidente.";
//! let docs = [Document { text: text.into(), ..Default::default() }];
//! let result = analyze(&docs, &Options::default());
//! let doc = &result.documents[0];
//! assert_eq!(doc.lang.code(), "it");
//! assert_eq!(doc.counts.sentences, 2);
//! // Offsets are UTF-16 by default, as JavaScript counts.
//! let t = doc.tokens[15];
//! assert_eq!((t.start, t.end), (74, 76)); // "l’"
//! let utf16: Vec<u16> = text.encode_utf16().collect();
//! assert_eq!(String::from_utf16_lossy(&utf16[74..76]), "l’");
//! ```

pub mod analyze;
pub mod article;
pub mod compare;
pub mod decode;
pub mod entities;
pub mod extract;
pub mod golden;
pub mod learn;
pub mod models;
pub mod ner;
pub mod order;
pub mod quote_gold;
pub mod schema;
pub mod sets;
#[cfg(not(target_arch = "wasm32"))]
pub mod stream;
pub mod summary;
pub mod text;
pub mod train;
pub mod ud;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analyze::{analyze, analyze_document, analyze_with_progress, combine};
pub use schema::{Analysis, Document, Options};
pub use text::lang::Lang;
pub use text::offsets::OffsetUnit;
