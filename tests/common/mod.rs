//! What the integration tests share: where ../shared is, and the seed articles.

use lente::schema::Document;
use std::path::{Path, PathBuf};

/// The `shared` folder beside the repository.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The seed articles as documents, in file order, or `None` (with a message) when
/// ../shared/seeds is absent.
pub fn seed_documents() -> Option<Vec<Document>> {
    let dir = shared().join("seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("seed articles not found at {}: skipped", dir.display());
        return None;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    paths.sort();
    Some(paths.iter().map(|p| Document { name: p.file_name().map(|n| n.to_string_lossy().into_owned()), text: std::fs::read_to_string(p).unwrap_or_default(), ..Document::default() }).collect())
}
