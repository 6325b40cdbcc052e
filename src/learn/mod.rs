//! Small learned models: feature hashing and an averaged perceptron with weights stored
//! compactly, to be trained by the CLI and embedded in the wasm.

pub mod clusters;
pub mod features;
pub mod perceptron;
pub mod tagger;
