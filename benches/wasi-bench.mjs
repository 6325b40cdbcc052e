// Runs `src/bin/bench.rs` built for wasm32-wasip1 on 1 MB in Node's V8, the engine of
// Chromium, so that each stage (splitting, entity tagging, the whole analysis) has a wasm
// speed of its own.
// The program reads ../shared/seeds from the crate root, so that folder's parent is opened to it.
//
//   cargo build --release --bin bench --target wasm32-wasip1 && node benches/wasi-bench.mjs

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { WASI } from "node:wasi";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = path.join(root, "target/wasm32-wasip1/release/bench.wasm");
const outside = path.dirname(root);

let bytes;
try {
  bytes = await readFile(file);
} catch (e) {
  console.error(`wasi-bench: ${file} not found (cargo build --release --bin bench --target wasm32-wasip1): ${e.message}`);
  process.exit(1);
}
// 1 MB only, and the instance held by globals: in Node 20 the WASI run crashed in `start` (a
// freed WASI object) when these were locals of the module's top-level await, when a second
// instance ran in the same process, and at times in the 10 MB run.
globalThis.wasi = new WASI({ version: "preview1", args: ["bench", "1000000"], env: {}, preopens: { [outside]: outside } });
globalThis.instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), globalThis.wasi.getImportObject());
process.exitCode = globalThis.wasi.start(globalThis.instance);
