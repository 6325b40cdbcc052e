//! Lente: a news-article analyzer that runs entirely in the browser. This crate is the pure
//! core (no browser types): it decodes documents, tokenizes, splits sentences and detects the
//! language. `wasm` binds it to JavaScript; `src/bin/lente.rs` is the command line.
//!
//! ```
//! use lente::{analyze, Document, Options};
//! let docs = [Document { text: "Putin incontra Kim.\nL’Ucraina è lontana.".into(), ..Default::default() }];
//! let result = analyze(&docs, &Options::default());
//! let doc = &result.documents[0];
//! assert_eq!(doc.lang.code(), "it");
//! assert_eq!(doc.counts.sentences, 2);
//! // Offsets are UTF-16 by default, as JavaScript counts.
//! let t = doc.tokens[4];
//! assert_eq!((t.start, t.end), (20, 22)); // "L’"
//! ```

pub mod analyze;
pub mod html;
pub mod learn;
pub mod schema;
pub mod text;
pub mod train;
pub mod ud;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analyze::analyze;
pub use schema::{Analysis, Document, Options};
pub use text::lang::Lang;
pub use text::offsets::OffsetUnit;
