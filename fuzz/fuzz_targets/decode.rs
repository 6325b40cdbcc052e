//! Any bytes through decoding, as text and as HTML: no panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = lente::decode::decode(data, false);
    let _ = lente::decode::decode(data, true);
});
