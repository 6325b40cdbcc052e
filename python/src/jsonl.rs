//! `analyze_jsonl`: the results of a JSON Lines file as a Python iterator over
//! `lente::stream::JsonLines`. It holds one batch of result lines at most; the next batch is
//! read and analysed without the GIL when the last one is used up.

use lente::stream::JsonLines;
use lente::Options;
use pyo3::prelude::*;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufReader};
use std::path::Path;

/// The iterator `analyze_jsonl` returns: one dict per result line.
#[pyclass(module = "lente")]
pub struct Results {
    lines: JsonLines<BufReader<File>>,
    pending: VecDeque<String>,
}

impl Results {
    pub fn open(path: &Path, options: Options) -> PyResult<Results> {
        // Keeps the error's kind, so a missing file raises FileNotFoundError.
        let file = File::open(path).map_err(|e| io::Error::new(e.kind(), format!("lente: cannot read {}: {e}", path.display())))?;
        Ok(Results { lines: JsonLines::new(BufReader::new(file), options), pending: VecDeque::new() })
    }
}

#[pymethods]
impl Results {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(mut slf: PyRefMut<'py, Self>, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        loop {
            if let Some(line) = slf.pending.pop_front() {
                // The core gives JSON text: `json.loads` reads it directly.
                return Ok(Some(py.import("json")?.getattr("loads")?.call1((line,))?));
            }
            let lines = &mut slf.lines;
            match py.detach(|| lines.next_batch()) {
                Ok(Some(batch)) => slf.pending.extend(batch),
                Ok(None) => return Ok(None),
                Err(e) => return Err(io::Error::new(e.kind(), format!("lente: reading the JSON Lines failed: {e}")).into()),
            }
        }
    }
}
