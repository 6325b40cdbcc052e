//! The JavaScript binding: the only module that names wasm-bindgen. Values cross as plain
//! JS objects (serde-wasm-bindgen, JSON-compatible); errors become thrown `Error`s whose
//! message starts with `lente:`.

use crate::schema::{Document, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&format!("lente: could not build the result: {e}")))
}

/// Fails on a key of the options object `value` that is not in `known` (serde-wasm-bindgen
/// looks fields up by name, so a misspelt option would pass unnoticed).
fn known_keys(value: &JsValue, known: &[&str], expected: &str) -> Result<(), JsError> {
    let Some(object) = value.dyn_ref::<js_sys::Object>() else { return Ok(()) };
    for key in js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()) {
        if !known.contains(&key.as_str()) {
            return Err(JsError::new(&format!("lente: unknown option {key:?}; options should be {expected}")));
        }
    }
    Ok(())
}

const OPTIONS: &str = "{lang?: 'it'|'en'|'other', offsets?: 'utf16'|'utf8'|'char', tokens?: boolean, token_limit?: number, max_bytes?: number, summary_sentences?: number, brief_points?: number}";

fn options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    known_keys(&value, &["lang", "offsets", "tokens", "token_limit", "max_bytes", "summary_sentences", "brief_points"], OPTIONS)?;
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("lente: options should be {OPTIONS}; {e}")))
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

/// Tokens and sentences of one text, and nothing more: `{lang, offsets, tokens: [{start, end,
/// kind}], sentences: [{start, end, first_token, end_token}]}`. `options`: `{lang?: 'it' |
/// 'en' | 'other' | 'auto', offsets?: 'utf16' | 'utf8' | 'char'}`.
#[wasm_bindgen]
pub fn tokenize(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct TokenizeOptions {
        lang: Option<String>,
        offsets: crate::OffsetUnit,
    }
    let expected = "{lang?: 'it'|'en'|'other'|'auto', offsets?: 'utf16'|'utf8'|'char'}";
    let options: TokenizeOptions = if options_value.is_undefined() || options_value.is_null() {
        TokenizeOptions::default()
    } else {
        known_keys(&options_value, &["lang", "offsets"], expected)?;
        serde_wasm_bindgen::from_value(options_value).map_err(|e| JsError::new(&format!("lente: tokenize options should be {expected}; {e}")))?
    };
    let lang = match options.lang.as_deref() {
        None | Some("auto") => None,
        Some(code) => Some(crate::Lang::parse(code).ok_or_else(|| JsError::new(&format!("lente: lang should be 'it', 'en', 'other' or 'auto', not {code:?}")))?),
    };
    to_js(&crate::analyze::tokenize_text(text, lang, options.offsets))
}

/// The article of an HTML page: `{title, paragraphs, text}` (`title` is `null` when none is
/// found; `text` is the title and the paragraphs separated by blank lines).
#[wasm_bindgen]
pub fn extract(html: &str) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Extracted {
        title: Option<String>,
        paragraphs: Vec<String>,
        text: String,
    }
    let article = crate::article::extract(html);
    let text = article.text();
    to_js(&Extracted { title: article.title, paragraphs: article.paragraphs, text })
}

/// A self-contained report of an analysis (an `Analysis` in JSON, its outlets renamed or
/// not) as `md` (Markdown) or `html` (a printable page); `texts[i]` is document i's text as
/// given to `analyze` (a document's own `text`, when it has one, is used instead). JSON
/// rather than the object: serde_json reads it with code the core already has.
#[wasm_bindgen]
pub fn report(analysis: &str, texts: Vec<String>, format: &str) -> Result<String, JsError> {
    let format = match format {
        "md" => crate::compare::report::Format::Markdown,
        "html" => crate::compare::report::Format::Html,
        other => return Err(JsError::new(&format!("lente: report format should be 'md' or 'html', not {other:?}"))),
    };
    let analysis: serde_json::Value = serde_json::from_str(analysis).map_err(|e| JsError::new(&format!("lente: expected an Analysis in JSON; {e}")))?;
    Ok(crate::compare::report::report(&analysis, &texts, format))
}

/// The language Lente finds in a text or a `{name?, text | bytes, format?}` document (decoded
/// and reduced from HTML as `analyze` would): `it`, `en` or `other`.
#[wasm_bindgen(js_name = detectLanguage)]
pub fn detect_language(input: JsValue) -> Result<String, JsError> {
    let lang = match input.as_string() {
        Some(text) => crate::text::detect::detect(&text),
        None => {
            let document: Document = serde_wasm_bindgen::from_value(input).map_err(|e| JsError::new(&format!("lente: expected a text or a {{name?, text | bytes}} document; {e}")))?;
            crate::analyze::document_language(&document, &Options::default())
        }
    };
    Ok(lang.code().to_string())
}

/// Installs one model file (its name, as in `modelFiles`, and its bytes); installing a file
/// again changes nothing.
#[wasm_bindgen(js_name = loadModel)]
pub fn load_model(name: &str, bytes: &[u8]) -> Result<(), JsError> {
    crate::models::install(name, bytes).map_err(|e| JsError::new(&format!("lente: {e}")))
}

/// The model files installed so far.
#[wasm_bindgen(js_name = loadedModels)]
pub fn loaded_models() -> Vec<String> {
    crate::models::installed().into_iter().map(String::from).collect()
}

/// The model files a text in `lang` (`it`, `en` or `other`) needs.
#[wasm_bindgen(js_name = modelFiles)]
pub fn model_files(lang: &str) -> Result<Vec<String>, JsError> {
    let lang = crate::Lang::parse(lang).ok_or_else(|| JsError::new(&format!("lente: lang should be 'it', 'en' or 'other', not {lang:?}")))?;
    Ok(crate::models::files(lang).into_iter().map(String::from).collect())
}

/// The version of the core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
