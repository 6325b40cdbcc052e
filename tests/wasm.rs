//! Tests of the JavaScript API (`src/wasm.rs`) in Node, on the values JS sees: offsets are
//! UTF-16 code units, the Italian tokenizer's rules hold, bad text never throws, bad
//! arguments throw an `Error` whose message starts with `lente:`.
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test wasm` (the runner is set in
//! `.cargo/config.toml`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect};
use lente::wasm::{analyze, analyze_document, combine, combine_kept, load_model, loaded_models, model_files, tokenize, version};
use wasm_bindgen::{JsCast, JsError, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// Italian with accents, a flag (two regional indicators), an elision and a ZWJ family.
const MIXED: &str = "Perché 🇮🇹 l’Ucraina? Sì, 👩‍👩‍👧 città.";

/// Installs every model file, as `init()` does, so that each test sees the same core
/// whatever order the tests run in.
fn models() {
    for (name, bytes) in MODELS {
        load_model(name, bytes).unwrap_or_else(|e| panic!("{name}: {}", message(e)));
    }
}

const MODELS: [(&str, &[u8]); 12] = lente::model_files!();

/// `[{text}]`.
fn documents(text: &JsValue) -> JsValue {
    let doc = Object::new();
    Reflect::set(&doc, &"text".into(), text).unwrap();
    Array::of1(&doc).into()
}

/// An options object from `(key, value)` pairs.
fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &(*key).into(), value).unwrap();
    }
    object.into()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

/// A property that must be a non-negative integer.
fn int(value: &JsValue, key: &str) -> u32 {
    let n = get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number: {value:?}"));
    assert!(n >= 0.0 && n.fract() == 0.0, "{key} = {n}");
    n as u32
}

fn list(value: &JsValue, key: &str) -> Vec<JsValue> {
    get(value, key).dyn_into::<Array>().unwrap_or_else(|_| panic!("{key} is not an array")).to_vec()
}

/// `analyze([{text}], options)`, which must succeed; returns its only document.
fn analyze_one(text: &JsValue, options: JsValue) -> JsValue {
    let result = analyze(documents(text), options, None).unwrap_or_else(|e| panic!("analyze threw: {}", message(e)));
    let docs = list(&result, "documents");
    assert_eq!(docs.len(), 1);
    docs[0].clone()
}

/// The `{start, end}` of `span` applied to `text` with JS's `String.prototype.slice`.
fn slice(text: &JsString, span: &JsValue) -> JsValue {
    text.slice(int(span, "start"), int(span, "end")).into()
}

/// The message of the JS `Error` behind `error` (fails if it is not an `Error`).
fn message(error: JsError) -> String {
    JsValue::from(error).dyn_into::<js_sys::Error>().expect("not a JS Error").message().into()
}

fn assert_lente_error(result: Result<JsValue, JsError>, what: &str) {
    match result {
        Ok(value) => panic!("{what}: expected an error, got {value:?}"),
        Err(e) => {
            let message = message(e);
            assert!(message.starts_with("lente:"), "{what}: {message}");
        }
    }
}

#[wasm_bindgen_test]
fn token_offsets_slice_the_js_string() {
    models();
    let text = JsString::from(MIXED);
    assert_ne!(text.length() as usize, MIXED.len(), "the text should tell UTF-16 from UTF-8");
    let doc = analyze_one(&text, options(&[("lang", "it".into())]));
    let expected = ["Perché", "🇮🇹", "l’", "Ucraina", "?", "Sì", ",", "👩‍👩‍👧", "città", "."];
    let tokens = list(&doc, "tokens");
    assert_eq!(tokens.len(), expected.len(), "{tokens:?}");
    for (token, want) in tokens.iter().zip(expected) {
        assert_eq!(slice(&text, token), JsValue::from_str(want), "{token:?}");
    }
    assert_eq!(get(&tokens[1], "kind"), "emoji");
    assert_eq!(get(&tokens[7], "kind"), "emoji");
    // Units, not code points: "Perché " is 7, the flag 4.
    assert_eq!((int(&tokens[2], "start"), int(&tokens[2], "end")), (12, 14));
}

#[wasm_bindgen_test]
fn sentence_offsets_slice_the_js_string() {
    models();
    let text = JsString::from(MIXED);
    let doc = analyze_one(&text, options(&[("lang", "it".into())]));
    let tokens = list(&doc, "tokens");
    let sentences = list(&doc, "sentences");
    let expected = ["Perché 🇮🇹 l’Ucraina?", "Sì, 👩‍👩‍👧 città."];
    assert_eq!(sentences.len(), expected.len(), "{sentences:?}");
    assert_eq!(int(&get(&doc, "counts"), "sentences") as usize, expected.len());
    for (sentence, want) in sentences.iter().zip(expected) {
        assert_eq!(slice(&text, sentence), JsValue::from_str(want), "{sentence:?}");
        let (first, end) = (int(sentence, "first_token") as usize, int(sentence, "end_token") as usize);
        assert_eq!(int(sentence, "start"), int(&tokens[first], "start"));
        assert_eq!(int(sentence, "end"), int(&tokens[end - 1], "end"));
    }
}

#[wasm_bindgen_test]
fn italian_tokens_and_kinds() {
    models();
    let source = "Kim Jong-un arriva il 19/06/2024 alle 11:50 con 11.000 soldati e l’Ucraina.";
    let text = JsString::from(source);
    let doc = analyze_one(&text, options(&[("lang", "it".into())]));
    let expected = [
        ("Kim", "word"),
        ("Jong-un", "word"),
        ("arriva", "word"),
        ("il", "word"),
        ("19/06/2024", "date"),
        ("alle", "word"),
        ("11:50", "time"),
        ("con", "word"),
        ("11.000", "number"),
        ("soldati", "word"),
        ("e", "word"),
        ("l’", "word"),
        ("Ucraina", "word"),
        (".", "punct"),
    ];
    let tokens = list(&doc, "tokens");
    assert_eq!(tokens.len(), expected.len(), "{tokens:?}");
    for (token, (want, kind)) in tokens.iter().zip(expected) {
        assert_eq!(slice(&text, token), JsValue::from_str(want), "{token:?}");
        assert_eq!(get(token, "kind"), kind, "{want}");
    }
    // `tokenize` gives the same tokens.
    let alone = tokenize(source, options(&[("lang", "it".into())])).unwrap_or_else(|e| panic!("tokenize threw: {}", message(e)));
    assert_eq!(get(&alone, "lang"), "it");
    assert_eq!(list(&alone, "sentences").len(), list(&doc, "sentences").len());
    // Its tokens come packed: (start, end, kind) triples, the kinds named in `token_kinds`.
    let kinds = list(&alone, "token_kinds");
    let triples = js_sys::Uint32Array::from(get(&alone, "tokens")).to_vec();
    assert_eq!(triples.len(), 3 * tokens.len());
    for (a, b) in triples.chunks(3).zip(&tokens) {
        assert_eq!([a[0], a[1]], [int(b, "start"), int(b, "end")]);
        assert_eq!(kinds[a[2] as usize], get(b, "kind"));
    }
}

#[wasm_bindgen_test]
fn empty_text_is_a_note_not_an_error() {
    models();
    let doc = analyze_one(&"".into(), JsValue::UNDEFINED);
    assert_eq!(int(&get(&doc, "counts"), "tokens"), 0);
    assert!(list(&doc, "sentences").is_empty());
    let notes = list(&doc, "notes");
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(get(&notes[0], "code"), "empty");
}

#[wasm_bindgen_test]
fn a_long_run_without_spaces_is_one_token() {
    models();
    let text = JsString::from("a".repeat(100_000));
    let doc = analyze_one(&text, JsValue::NULL);
    let tokens = list(&doc, "tokens");
    assert_eq!(tokens.len(), 1);
    assert_eq!((int(&tokens[0], "start"), int(&tokens[0], "end")), (0, 100_000));
    assert_eq!(list(&doc, "sentences").len(), 1);
}

#[wasm_bindgen_test]
fn nul_and_lone_surrogates_do_not_throw() {
    models();
    // A NUL, a lone high and a lone low surrogate (JS strings may hold them), U+FFFD.
    let units: Vec<u16> = "x\0y ".encode_utf16().chain([0xD800, b' '.into(), 0xDC00]).chain(" \u{FFFD} fine.".encode_utf16()).collect();
    let text = JsString::from_char_code(&units);
    let doc = analyze_one(&text, options(&[("lang", "en".into())]));
    let tokens = list(&doc, "tokens");
    // Lone surrogates arrive as U+FFFD, one unit each, so later offsets still fit the JS string.
    let fine = tokens.iter().find(|t| slice(&text, t) == "fine").unwrap_or_else(|| panic!("no `fine` in {tokens:?}"));
    assert_eq!(int(fine, "start") as usize, units.len() - 5);
    assert_eq!(int(&tokens[tokens.len() - 1], "end") as usize, units.len());
}

#[wasm_bindgen_test]
fn invalid_options_throw_lente_errors() {
    models();
    let doc = documents(&"Ciao.".into());
    assert_lente_error(analyze(doc.clone(), options(&[("lang", "xx".into())]), None), "lang xx");
    assert_lente_error(analyze(doc.clone(), options(&[("offsets", "bytes".into())]), None), "offsets bytes");
    assert_lente_error(analyze(doc.clone(), options(&[("tokens", "yes".into())]), None), "tokens yes");
    assert_lente_error(analyze(doc.clone(), options(&[("tokenz", true.into())]), None), "option tokenz");
    assert_lente_error(analyze(doc, 42.into(), None), "options 42");
    assert_lente_error(tokenize("Ciao.", options(&[("lang", "xx".into())])), "tokenize lang xx");
    assert_lente_error(tokenize("Ciao.", options(&[("tokenz", true.into())])), "tokenize option tokenz");
    assert_lente_error(tokenize("<p>Ciao.</p>", options(&[("format", "html".into())])), "tokenize format html");
    assert_lente_error(load_model("ner-xx.bin", b"x").map(|_| JsValue::UNDEFINED), "an unknown model file");
    assert_lente_error(load_model("sentences-fr.bin", &[0; 64]).map(|_| JsValue::UNDEFINED), "an unknown model file");
}

#[wasm_bindgen_test]
fn invalid_documents_throw_lente_errors() {
    models();
    assert_lente_error(analyze("Ciao.".into(), JsValue::UNDEFINED, None), "a string");
    assert_lente_error(analyze(documents(&5.into()), JsValue::UNDEFINED, None), "text 5");
    assert_lente_error(analyze(JsValue::UNDEFINED, JsValue::UNDEFINED, None), "undefined");
}

#[wasm_bindgen_test]
fn version_is_the_cargo_version() {
    models();
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    let result = analyze(documents(&"Ciao.".into()), JsValue::UNDEFINED, None).unwrap_or_else(|e| panic!("{}", message(e)));
    assert_eq!(get(&result, "version"), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn documents_analysed_alone_combine_into_the_analysis_of_the_set() {
    models();
    let texts = ["Putin incontra Kim a Pyongyang. “Siamo amici”, ha detto Vladimir Putin.", "Il presidente Vladimir Putin è arrivato in Corea del Nord."];
    let doc = |text: &str| {
        let d = Object::new();
        Reflect::set(&d, &"text".into(), &text.into()).unwrap();
        JsValue::from(d)
    };
    let parts: Vec<JsValue> = texts.iter().map(|t| analyze_document(doc(t), JsValue::UNDEFINED).unwrap_or_else(|e| panic!("analyzeDocument threw: {}", message(e)))).collect();
    for part in &parts {
        assert!(get(part, "links").is_instance_of::<js_sys::Uint8Array>(), "links cross as bytes");
        assert_eq!(list(&get(part, "document"), "mentions").len(), 0, "mentions wait for the set");
    }
    let links = Array::new();
    for part in &parts {
        links.push(&get(part, "links"));
    }
    let set = combine(links.clone().into(), JsValue::UNDEFINED).unwrap_or_else(|e| panic!("combine threw: {}", message(e)));
    let whole = analyze(Array::of2(&doc(texts[0]), &doc(texts[1])).into(), JsValue::UNDEFINED, None).unwrap();
    let names = |v: &JsValue| list(v, "entities").iter().map(|e| get(e, "name").as_string().unwrap()).collect::<Vec<_>>();
    assert_eq!(names(&set), names(&whole));
    assert!(names(&set).contains(&"Vladimir Putin".to_string()));
    for (i, d) in list(&set, "documents").iter().enumerate() {
        let mentions = list(d, "mentions");
        assert_eq!(mentions.len(), list(&list(&whole, "documents")[i], "mentions").len());
        let text = JsString::from(texts[i]);
        assert!(mentions.iter().any(|m| slice(&text, m).as_string().unwrap().contains("Putin")));
    }
    assert_lente_error(combine(Array::of1(&"not bytes".into()).into(), JsValue::UNDEFINED), "links that are not bytes");

    // Kept in the core and taken a document at a time, the set is the same.
    let json = |v: &JsValue| js_sys::JSON::stringify(v).unwrap().as_string().unwrap();
    let kept = combine_kept(links.into(), JsValue::UNDEFINED).unwrap_or_else(|e| panic!("combineKept threw: {}", message(e)));
    assert_eq!(kept.documents(), 2);
    for (i, d) in list(&set, "documents").iter().enumerate() {
        assert_eq!(json(&kept.document(i).unwrap_or_else(|e| panic!("{}", message(e)))), json(d));
    }
    assert_lente_error(kept.document(2), "a document the set does not have");
    let rest = kept.rest().unwrap_or_else(|e| panic!("{}", message(e)));
    Reflect::set(&set, &"documents".into(), &Array::new()).unwrap();
    assert_eq!(json(&rest), json(&set));
}

#[wasm_bindgen_test]
fn model_files_load_once_and_reject_damaged_bytes() {
    models();
    let loaded = loaded_models();
    assert_eq!(loaded.len(), MODELS.len(), "{loaded:?}");
    assert!(model_files("it").unwrap().contains(&"places.set".to_string()));
    assert_eq!(model_files("other").unwrap(), ["sentences-en.bin"]);
    // Loading again is a no-op, even with other bytes: the first copy stays.
    load_model("ner-it.bin", b"garbage").unwrap_or_else(|e| panic!("{}", message(e)));
    assert_eq!(loaded_models().len(), MODELS.len());
}
