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
///
/// Each document is read from JS, analysed and handed back as a JS object before the next,
/// and only its links stay in wasm for the set-wide steps: the wasm memory a batch needs is
/// one document's and the links, not the whole batch's texts and results.
#[wasm_bindgen]
pub fn analyze(documents: JsValue, options_value: JsValue, progress: Option<js_sys::Function>) -> Result<JsValue, JsError> {
    let expected = "lente: expected an array of {name?, text} documents";
    let list = documents.dyn_ref::<js_sys::Array>().ok_or_else(|| JsError::new(&format!("{expected}; got {}", type_name(&documents))))?;
    let options = options(options_value)?;
    let total = list.length();
    let results = js_sys::Array::new_with_length(total);
    let mut links = Vec::with_capacity(total as usize);
    for i in 0..total {
        let document: Document = serde_wasm_bindgen::from_value(list.get(i)).map_err(|e| JsError::new(&format!("{expected}; document {i}: {e}")))?;
        let part = crate::analyze_document(i as usize, &document, &options);
        drop(document);
        results.set(i, to_js(&part.document)?);
        links.push(part.links);
        if let Some(f) = &progress {
            // A failing callback must not stop the analysis.
            let _ = f.call2(&JsValue::NULL, &JsValue::from(i + 1), &JsValue::from(total));
        }
    }
    let set = crate::combine(&links, &options);
    drop(links);
    // What `SetAnalysis::apply` does to the Rust documents, on the JS objects they became.
    for (i, gets) in set.documents.iter().enumerate() {
        let document = results.get(i as u32);
        set_key(&document, "mentions", &to_js(&gets.mentions)?)?;
        set_key(&document, "entities", &to_js(&gets.entities)?)?;
        set_key(&document, "keyphrases", &to_js(&gets.keyphrases)?)?;
        let quotes = js_sys::Array::from(&js_sys::Reflect::get(&document, &"quotes".into()).map_err(|_| built())?);
        for (k, entity) in gets.quote_entities.iter().enumerate() {
            set_key(&quotes.get(k as u32), "entity", &entity.map_or(JsValue::NULL, |e| JsValue::from(e as u32)))?;
        }
    }
    // The keys in the order of `Analysis`.
    let out: JsValue = js_sys::Object::new().into();
    set_key(&out, "version", &JsValue::from_str(env!("CARGO_PKG_VERSION")))?;
    set_key(&out, "offsets", &to_js(&options.offsets)?)?;
    set_key(&out, "documents", &results)?;
    set_key(&out, "corpus", &to_js(&set.corpus)?)?;
    set_key(&out, "entities", &to_js(&set.entities)?)?;
    set_key(&out, "brief", &to_js(&set.brief)?)?;
    set_key(&out, "keyphrases", &to_js(&set.keyphrases)?)?;
    set_key(&out, "speakers", &to_js(&set.speakers)?)?;
    set_key(&out, "comparison", &to_js(&set.comparison)?)?;
    Ok(out)
}

fn built() -> JsError {
    JsError::new("lente: could not build the result")
}

fn set_key(object: &JsValue, key: &str, value: &JsValue) -> Result<(), JsError> {
    js_sys::Reflect::set(object, &JsValue::from_str(key), value).map(|_| ()).map_err(|_| built())
}

/// How a wrong argument reads in a message: `a string`, `undefined`, `an object`, …
fn type_name(value: &JsValue) -> String {
    match value.js_typeof().as_string().as_deref() {
        Some("undefined") => "undefined".into(),
        Some("object") if value.is_null() => "null".into(),
        Some("object") => "an object".into(),
        Some(kind) => format!("a {kind}"),
        None => "something else".into(),
    }
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
    let out: JsValue = js_sys::Object::new().into();
    set_key(&out, "document", &to_js(&part.document)?)?;
    set_key(&out, "links", &js_sys::Uint8Array::from(links.as_slice()).into())?;
    Ok(out)
}

/// The set-wide part of the analysis from the `links` of documents analysed one by one:
/// `{corpus, entities, brief, keyphrases, speakers, documents}`, where `documents[i]` holds
/// the `mentions`, `entities`, `keyphrases` and `quote_entities` of the i-th document.
#[wasm_bindgen]
pub fn combine(links: JsValue, options_value: JsValue) -> Result<JsValue, JsError> {
    to_js(&crate::combine(&read_links(&links)?, &options(options_value)?))
}

/// `combine`'s result kept in the core, for a worker to send a document at a time: the whole
/// of it as JS objects at once (80 MiB for 5,000 articles) came on top of the core's memory.
#[wasm_bindgen]
pub struct KeptSet {
    set: crate::schema::SetAnalysis,
}

/// `combine`, its result kept in the core (`KeptSet`).
#[wasm_bindgen(js_name = combineKept)]
pub fn combine_kept(links: JsValue, options_value: JsValue) -> Result<KeptSet, JsError> {
    Ok(KeptSet { set: crate::combine(&read_links(&links)?, &options(options_value)?) })
}

#[wasm_bindgen]
impl KeptSet {
    /// How many documents the set has.
    pub fn documents(&self) -> usize {
        self.set.documents.len()
    }

    /// `documents[i]` of `combine`'s result.
    pub fn document(&self, i: usize) -> Result<JsValue, JsError> {
        to_js(self.set.documents.get(i).ok_or_else(|| JsError::new(&format!("lente: the set has no document {i}")))?)
    }

    /// `combine`'s result without its documents (`documents` is empty); the kept set is let go.
    pub fn rest(mut self) -> Result<JsValue, JsError> {
        self.set.documents = Vec::new();
        to_js(&self.set)
    }
}

/// The links of `analyzeDocument` results, from a JS array of their bytes. Each document's
/// bytes are copied in and read alone: the whole set's bytes in wasm at once would take as
/// much memory again as the links they become.
fn read_links(links: &JsValue) -> Result<Vec<crate::schema::Links>, JsError> {
    let bad = |e: &dyn std::fmt::Display| JsError::new(&format!("lente: expected the links of analyzeDocument results; {e}"));
    let list = links.dyn_ref::<js_sys::Array>().ok_or_else(|| bad(&format!("got {}", type_name(links))))?;
    list.iter()
        .enumerate()
        .map(|(i, item)| {
            let bytes = item.dyn_into::<js_sys::Uint8Array>().map_err(|item| bad(&format!("item {i} is {}, not a Uint8Array", type_name(&item))))?.to_vec();
            serde_json::from_slice(&bytes).map_err(|e| bad(&format!("item {i}: {e}")))
        })
        .collect()
}

/// Tokens and sentences of one text, and nothing more: `{lang, offsets, token_kinds,
/// sentences: [{start, end, first_token, end_token}], tokens}`, where `tokens` is a
/// `Uint32Array` of (start, end, kind) triples and `token_kinds` names each kind: making
/// 200,000 token objects would take longer than the tokenizing. The package's `tokenize`
/// turns them into `{start, end, kind}` objects when they are first read. `options`:
/// `{lang?: 'it' | 'en' | 'other' | 'auto', offsets?: 'utf16' | 'utf8' | 'char', format?:
/// 'text' | 'markdown'}` (Markdown is read with its markup blanked, as `analyze` reads it).
#[wasm_bindgen]
pub fn tokenize(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct TokenizeOptions {
        lang: Option<String>,
        offsets: crate::OffsetUnit,
        format: crate::schema::Format,
    }
    let expected = "{lang?: 'it'|'en'|'other'|'auto', offsets?: 'utf16'|'utf8'|'char', format?: 'text'|'markdown'}";
    let options: TokenizeOptions = if options_value.is_undefined() || options_value.is_null() {
        TokenizeOptions::default()
    } else {
        known_keys(&options_value, &["lang", "offsets", "format"], expected)?;
        serde_wasm_bindgen::from_value(options_value).map_err(|e| JsError::new(&format!("lente: tokenize options should be {expected}; {e}")))?
    };
    let lang = match options.lang.as_deref() {
        None | Some("auto") => None,
        Some(code) => Some(crate::Lang::parse(code).ok_or_else(|| JsError::new(&format!("lente: lang should be 'it', 'en', 'other' or 'auto', not {code:?}")))?),
    };
    if options.format == crate::schema::Format::Html {
        return Err(JsError::new("lente: tokenize reads text or Markdown; take an HTML page's text with extract() first"));
    }
    packed(crate::analyze::tokenize_text(text, lang, options.offsets, options.format))
}

/// A tokenization as `tokenize` gives it, its tokens packed.
fn packed(tokenization: crate::schema::Tokenization) -> Result<JsValue, JsError> {
    use crate::text::tokenize::TokenKind;
    #[derive(Serialize)]
    struct Head<'a> {
        lang: crate::Lang,
        offsets: crate::OffsetUnit,
        token_kinds: Vec<TokenKind>,
        sentences: &'a [crate::schema::TokenSentence],
    }
    let mut token_kinds: Vec<TokenKind> = Vec::new();
    let mut triples = Vec::with_capacity(tokenization.tokens.len() * 3);
    for token in &tokenization.tokens {
        let kind = token_kinds.iter().position(|&k| k == token.kind).unwrap_or_else(|| {
            token_kinds.push(token.kind);
            token_kinds.len() - 1
        });
        triples.extend([token.start, token.end, kind as u32]);
    }
    let out = to_js(&Head { lang: tokenization.lang, offsets: tokenization.offsets, token_kinds, sentences: &tokenization.sentences })?;
    set_key(&out, "tokens", &js_sys::Uint32Array::from(triples.as_slice()).into())?;
    Ok(out)
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

/// The bytes of wasm memory the core holds: it grows with the largest job so far and is
/// never given back to the system while the module lives.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65_536) as f64
}

/// The version of the core.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
