//! The trained models and name lists, as separate files loaded at run time (`models/`, each
//! with its licence in `models/LICENSES.md`). The wasm core carries none: the JS API hands a
//! file's bytes to [`install`], and a language's sentence splitter and entity tagger work
//! once its files are in ([`files`]). Without them the analysis goes on with what needs no
//! model (rule-based sentences, values, quotations, key phrases) and says so in a note.
//! Native builds (the CLI, the tests) have `models/` built in and install a language's files
//! on first use.

use crate::learn::clusters::Clusters;
use crate::learn::perceptron::Model;
use crate::learn::tagger::Tagger;
use crate::ner::gazetteer::Gazetteer;
use crate::ner::Recognizer;
use crate::text::lang::Lang;
use std::sync::{Mutex, OnceLock};

/// What a model file is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Sentences,
    Tagger,
    Second,
    Names,
    World,
    Clusters,
    Places,
}

/// Every model file: its name, the language it serves (`None`: every language) and its part.
const FILES: [(&str, Option<Lang>, Part); 12] = [
    ("sentences-it.bin", Some(Lang::It), Part::Sentences),
    ("ner-it.bin", Some(Lang::It), Part::Tagger),
    ("ner-it.2.bin", Some(Lang::It), Part::Second),
    ("ner-it.names", Some(Lang::It), Part::Names),
    ("world-it.set", Some(Lang::It), Part::World),
    ("clusters-it.bin", Some(Lang::It), Part::Clusters),
    ("sentences-en.bin", Some(Lang::En), Part::Sentences),
    ("ner-en.bin", Some(Lang::En), Part::Tagger),
    ("ner-en.2.bin", Some(Lang::En), Part::Second),
    ("ner-en.names", Some(Lang::En), Part::Names),
    ("clusters-en.bin", Some(Lang::En), Part::Clusters),
    ("places.set", None, Part::Places),
];

/// The files a text in `lang` needs, in loading order. Other languages use the English
/// sentence splitter and get no names.
pub fn files(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::Other => vec!["sentences-en.bin"],
        _ => FILES.iter().filter(|(_, l, _)| l.is_none_or(|l| l == lang)).map(|(name, ..)| *name).collect(),
    }
}

/// The files of `lang` that are not installed.
pub fn missing(lang: Lang) -> Vec<&'static str> {
    builtin(lang);
    builtin(Lang::Other);
    let installed = installed();
    files(lang).into_iter().filter(|f| !installed.contains(f)).collect()
}

/// The model files installed so far, in the order of [`files`].
pub fn installed() -> Vec<&'static str> {
    let held = HELD.lock().map(|h| h.names.clone()).unwrap_or_default();
    FILES.iter().map(|(name, ..)| *name).filter(|name| held.contains(name)).collect()
}

/// Installs one model file from its bytes; installing a file again changes nothing. Fails on
/// an unknown name or bytes that are not that file.
pub fn install(name: &str, bytes: &[u8]) -> Result<(), String> {
    let Some(&(name, lang, part)) = FILES.iter().find(|(n, ..)| *n == name) else {
        let known: Vec<&str> = FILES.iter().map(|(n, ..)| *n).collect();
        return Err(format!("unknown model file {name:?}; the files are {}", known.join(", ")));
    };
    let mut held = HELD.lock().map_err(|_| "the model registry is unusable after a crash".to_string())?;
    if held.names.contains(&name) {
        return Ok(());
    }
    let parsed = parse(part, bytes).ok_or_else(|| format!("{name} is damaged or not a Lente model file of this version"))?;
    held.names.push(name);
    let slot = slot(lang.unwrap_or(Lang::Other));
    let parts = &mut held.parts[slot];
    match parsed {
        Parsed::Sentences(model) => drop(SENTENCES[slot].set(model)),
        Parsed::Places(places) => drop(PLACES.set(places)),
        Parsed::Tagger(tagger) if part == Part::Tagger => parts.tagger = Some(tagger),
        Parsed::Tagger(tagger) => parts.second = Some(tagger),
        Parsed::Names(names) if part == Part::World => parts.world = Some(names),
        Parsed::Names(names) => parts.names = Some(names),
        Parsed::Clusters(clusters) => parts.clusters = Some(clusters),
    }
    // A language's recognizer is built once all its parts are in (the world list is Italian only).
    let complete = parts.tagger.is_some() && parts.second.is_some() && parts.names.is_some() && parts.clusters.is_some() && (parts.world.is_some() || slot == 1);
    if complete {
        if let Parts { tagger: Some(tagger), second: Some(second), names: Some(names), world, clusters: Some(clusters) } = std::mem::take(parts) {
            drop(RECOGNIZERS[slot].set(Recognizer::new(tagger, second, names, world.unwrap_or_default(), clusters)));
        }
    }
    Ok(())
}

/// A model file read into memory.
enum Parsed {
    Sentences(Model),
    Tagger(Tagger),
    Names(Gazetteer),
    Clusters(Clusters),
    Places(Gazetteer),
}

/// Reads a file of `part`; `None` when the bytes are not one.
fn parse(part: Part, bytes: &[u8]) -> Option<Parsed> {
    let text = || std::str::from_utf8(bytes).ok();
    let nonempty = |g: Gazetteer| (!g.is_empty()).then_some(g);
    Some(match part {
        Part::Sentences => Parsed::Sentences(Model::from_bytes(bytes)?),
        Part::Tagger | Part::Second => Parsed::Tagger(Tagger::from_bytes(bytes)?),
        Part::Names => Parsed::Names(nonempty(Gazetteer::from_text(text()?))?),
        Part::World => Parsed::Names(nonempty(Gazetteer::from_bytes(bytes))?),
        Part::Clusters => Parsed::Clusters(Some(Clusters::from_bytes(bytes)).filter(|c| !c.is_empty())?),
        Part::Places => Parsed::Places(nonempty(Gazetteer::from_bytes(bytes))?),
    })
}

/// The sentence model for `lang` (English for other languages), when installed.
pub fn sentences(lang: Lang) -> Option<&'static Model> {
    let lang = if lang == Lang::It { Lang::It } else { Lang::En };
    builtin(lang);
    SENTENCES[slot(lang)].get()
}

/// The entity recognizer for `lang` (English for other languages), when its files and the
/// place names are installed.
pub fn recognizer(lang: Lang) -> Option<&'static Recognizer> {
    let lang = if lang == Lang::It { Lang::It } else { Lang::En };
    builtin(lang);
    PLACES.get()?;
    RECOGNIZERS[slot(lang)].get()
}

/// The place names of GeoNames, shared by every language; empty until installed.
pub fn places() -> &'static Gazetteer {
    static EMPTY: OnceLock<Gazetteer> = OnceLock::new();
    builtin(Lang::Other);
    PLACES.get().unwrap_or_else(|| EMPTY.get_or_init(Gazetteer::default))
}

static SENTENCES: [OnceLock<Model>; 2] = [OnceLock::new(), OnceLock::new()];
static RECOGNIZERS: [OnceLock<Recognizer>; 2] = [OnceLock::new(), OnceLock::new()];
static PLACES: OnceLock<Gazetteer> = OnceLock::new();
static HELD: Mutex<Held> = Mutex::new(Held { names: Vec::new(), parts: [Parts::EMPTY, Parts::EMPTY] });

/// The installed file names and the tagger parts of languages not yet complete.
struct Held {
    names: Vec<&'static str>,
    parts: [Parts; 2],
}

#[derive(Default)]
struct Parts {
    tagger: Option<Tagger>,
    second: Option<Tagger>,
    names: Option<Gazetteer>,
    world: Option<Gazetteer>,
    clusters: Option<Clusters>,
}

impl Parts {
    const EMPTY: Parts = Parts { tagger: None, second: None, names: None, world: None, clusters: None };
}

fn slot(lang: Lang) -> usize {
    usize::from(lang != Lang::It)
}

/// Natively (and under WASI, for the benchmarks), installs the built-in files of `lang`
/// (`Other`: the shared ones) once.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn builtin(lang: Lang) {
    use std::sync::Once;
    static ONCE: [Once; 3] = [Once::new(), Once::new(), Once::new()];
    let (once, group) = match lang {
        Lang::It => (&ONCE[0], Some(Lang::It)),
        Lang::En => (&ONCE[1], Some(Lang::En)),
        Lang::Other => (&ONCE[2], None),
    };
    once.call_once(|| {
        for (name, bytes) in BUILTIN.iter().filter(|(name, _)| FILES.iter().any(|(n, l, _)| n == name && (*l == group || l.is_none()))) {
            // The built-in files are this version's own; a failure would be a build error.
            let _ = install(name, bytes);
        }
    });
}

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn builtin(_: Lang) {}

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
static BUILTIN: [(&str, &[u8]); 12] = crate::model_files!();

/// `[(name, bytes); 12]`: every file of `models/`, compiled in. Native builds use it, and so do
/// the wasm tests, to load what the JS API would fetch.
#[macro_export]
macro_rules! model_files {
    () => {
        $crate::model_files!(
            "sentences-it.bin",
            "ner-it.bin",
            "ner-it.2.bin",
            "ner-it.names",
            "world-it.set",
            "clusters-it.bin",
            "sentences-en.bin",
            "ner-en.bin",
            "ner-en.2.bin",
            "ner-en.names",
            "clusters-en.bin",
            "places.set"
        )
    };
    ($($name:literal),*) => {
        [$(($name, include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/models/", $name)) as &[u8])),*]
    };
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_file_reads_and_damaged_ones_do_not() {
        for (name, bytes) in &BUILTIN {
            let (_, _, part) = FILES.iter().find(|(n, ..)| n == name).unwrap();
            assert!(parse(*part, bytes).is_some(), "{name}");
            for damaged in [&bytes[..bytes.len() / 2], b"", b"LNTS\x01garbage", &[0xff; 100]] {
                // A truncated text file may still read; no file may panic.
                let _ = parse(*part, damaged);
            }
            assert!(parse(*part, b"").is_none(), "{name} from no bytes");
        }
        assert!(install("ner-xx.bin", b"").is_err());
    }

    #[test]
    fn each_language_needs_its_files_and_the_places() {
        assert_eq!(files(Lang::It).len(), 7);
        assert_eq!(files(Lang::En).len(), 6);
        assert!(files(Lang::En).contains(&"places.set"));
        assert!(missing(Lang::It).is_empty(), "native builds have every file built in");
        assert!(recognizer(Lang::En).is_some() && sentences(Lang::It).is_some());
    }
}
