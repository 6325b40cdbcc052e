//! Any text as an HTML page through article extraction: no panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let _ = lente::article::extract(html).text();
});
