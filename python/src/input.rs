//! Options and documents from Python values, with errors that say what was expected and found.

use lente::schema::Format;
use lente::{Document, Lang, OffsetUnit, Options};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

/// The options of a call; the other fields keep the core's defaults.
pub fn options(lang: Option<&str>, offsets: &str, tokens: bool) -> PyResult<Options> {
    let lang = match lang {
        None => None,
        Some(code) => Some(Lang::parse(code).ok_or_else(|| PyValueError::new_err(format!("lente: lang should be \"it\", \"en\" or \"other\", not {code:?}")))?),
    };
    let offsets = match offsets {
        "char" => OffsetUnit::Char,
        "utf16" => OffsetUnit::Utf16,
        "utf8" => OffsetUnit::Utf8,
        other => return Err(PyValueError::new_err(format!("lente: offsets should be \"char\", \"utf16\" or \"utf8\", not {other:?}"))),
    };
    Ok(Options { lang, offsets, tokens, ..Options::default() })
}

/// A list (or tuple) of str or of {id?, name?, text | html} dicts.
pub fn documents(value: &Bound<'_, PyAny>) -> PyResult<Vec<Document>> {
    let items = if let Ok(list) = value.cast::<PyList>() {
        list.iter().collect::<Vec<_>>()
    } else if let Ok(tuple) = value.cast::<PyTuple>() {
        tuple.iter().collect()
    } else {
        return Err(PyTypeError::new_err(format!("lente: documents should be a list of str or of {{id?, name?, text | html}} dicts, not {}", type_name(value))));
    };
    items.iter().enumerate().map(|(i, item)| document(i, item)).collect()
}

fn document(i: usize, item: &Bound<'_, PyAny>) -> PyResult<Document> {
    if item.is_instance_of::<PyString>() {
        return Ok(Document { text: item.extract()?, ..Document::default() });
    }
    let Ok(dict) = item.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!("lente: documents[{i}] should be a str or a {{id?, name?, text | html}} dict, not {}", type_name(item))));
    };
    let mut document = Document::default();
    let (mut text, mut html) = (None, None);
    for (key, value) in dict.iter() {
        let key = key.extract::<String>().map_err(|_| PyTypeError::new_err(format!("lente: documents[{i}] has a key that is not a str: {key}")))?;
        let string = || value.extract::<String>().map_err(|_| PyTypeError::new_err(format!("lente: documents[{i}][{key:?}] should be a str, not {}", type_name(&value))));
        match key.as_str() {
            // An id may be a number, as in JSON Lines.
            "id" if value.extract::<i64>().is_ok() => document.id = Some(value.str()?.to_string()),
            "id" => document.id = Some(string()?),
            "name" => document.name = Some(string()?),
            "text" => text = Some(string()?),
            "html" => html = Some(string()?),
            _ => return Err(PyValueError::new_err(format!("lente: documents[{i}] has an unknown key {key:?}; the keys are id, name, text and html"))),
        }
    }
    (document.text, document.format) = match (text, html) {
        (Some(text), None) => (text, None),
        (None, Some(html)) => (html, Some(Format::Html)),
        _ => return Err(PyValueError::new_err(format!("lente: documents[{i}] needs either \"text\" or \"html\""))),
    };
    Ok(document)
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value.get_type().name().map_or_else(|_| "an unknown type".into(), |n| n.to_string())
}
