//! The JavaScript binding: the only module that names wasm-bindgen. Values cross as plain
//! JS objects (serde-wasm-bindgen, JSON-compatible); errors become thrown `Error`s whose
//! message starts with `lente:`.

use crate::schema::{Document, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&format!("lente: could not build the result: {e}")))
}

fn options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        JsError::new(&format!(
            "lente: options should be {{lang?: 'it'|'en'|'other', offsets?: 'utf16'|'utf8'|'char', tokens?: boolean, token_limit?: number, summary_sentences?: number, brief_points?: number}}; {e}"
        ))
    })
}

/// Analyzes a list of `{id?, name?, text | bytes, format?}` documents (`bytes`: a
/// `Uint8Array` the core decodes). Offsets are UTF-16 code units unless `options.offsets`
/// says otherwise, so `text.slice(start, end)` works. `progress(done, total)`, when given,
/// is called after each document.
#[wasm_bindgen]
pub fn analyze(documents: JsValue, options_value: JsValue, progress: Option<js_sys::Function>) -> Result<JsValue, JsError> {
    let documents: Vec<Document> = serde_wasm_bindgen::from_value(documents).map_err(|e| JsError::new(&format!("lente: expected an array of {{name?, text}} documents; {e}")))?;
    let options = options(options_value)?;
    let mut report = |done: usize, total: usize| {
        if let Some(f) = &progress {
            // A failing callback must not stop the analysis.
            let _ = f.call2(&JsValue::NULL, &JsValue::from(done as u32), &JsValue::from(total as u32));
        }
    };
    to_js(&crate::analyze_with_progress(&documents, &options, &mut report))
}

/// Analyzes one `{id?, name?, text | bytes, format?}` document alone: `{document, links}`.
/// `document` lacks what depends on the rest of the set (its mentions, entities, keyphrases
/// and quotations' entities); `links` (a `Uint8Array`, opaque) is what `combine` needs of it.
#[wasm_bindgen(js_name = analyzeDocument)]
pub fn analyze_document(document: JsValue, options_value: JsValue) -> Result<JsValue, JsError> {
    let document: Document = serde_wasm_bindgen::from_value(document).map_err(|e| JsError::new(&format!("lente: expected a {{name?, text | bytes}} document; {e}")))?;
    let part = crate::analyze_document(0, &document, &options(options_value)?);
    // The links cross as bytes: one buffer, moved between threads without a copy, rather
    // than thousands of JS objects.
    let links = serde_json::to_vec(&part.links).map_err(|e| JsError::new(&format!("lente: could not encode the links: {e}")))?;
    let out = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| js_sys::Reflect::set(&out, &JsValue::from_str(key), value).map(|_| ()).map_err(|_| JsError::new("lente: could not build the result"));
    set("document", &to_js(&part.document)?)?;
    set("links", &js_sys::Uint8Array::from(links.as_slice()).into())?;
    Ok(out.into())
}

/// The set-wide part of the analysis from the `links` of documents analysed one by one:
/// `{corpus, entities, brief, keyphrases, speakers, documents}`, where `documents[i]` holds
/// the `mentions`, `entities`, `keyphrases` and `quote_entities` of the i-th document.
#[wasm_bindgen]
pub fn combine(links: JsValue, options_value: JsValue) -> Result<JsValue, JsError> {
    let bad = |e: &dyn std::fmt::Display| JsError::new(&format!("lente: expected the links of analyzeDocument results; {e}"));
    let bytes: Vec<serde_bytes::ByteBuf> = serde_wasm_bindgen::from_value(links).map_err(|e| bad(&e))?;
    let links = bytes.iter().map(|b| serde_json::from_slice(b)).collect::<Result<Vec<crate::schema::Links>, _>>().map_err(|e| bad(&e))?;
    to_js(&crate::combine(&links, &options(options_value)?))
}

/// Tokenizes one text: `[{start, end, kind}]` in UTF-16 code units.
#[wasm_bindgen]
pub fn tokenize(text: &str, lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = match lang.as_deref() {
        None | Some("auto") => crate::text::detect::detect(text),
        Some(code) => crate::Lang::parse(code).ok_or_else(|| JsError::new(&format!("lente: lang should be 'it', 'en', 'other' or 'auto', not {code:?}")))?,
    };
    let docs = [Document { text: text.to_string(), format: Some(crate::schema::Format::Text), ..Document::default() }];
    let result = crate::analyze(&docs, &Options { lang: Some(lang), ..Options::default() });
    to_js(&result.documents[0].tokens)
}

/// The version of the core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
