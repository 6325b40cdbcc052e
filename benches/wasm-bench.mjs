// Wasm throughput of `analyze` in Node, the counterpart of `cargo run --release --bin bench`:
// the seed articles ../shared/seeds/*.txt (from the crate root) joined with blank lines and
// repeated up to 1 MB and 10 MB (10^6 bytes of UTF-8, cut at a character boundary as the
// native bench does), analyzed with {lang: "it", tokens: false}; best of 3 runs in MB/s and
// tokens/s. The JS API has only `analyze`, so each row is the whole of it, as the native
// `analyze` row: tokenizing, splitting, entity tagging, values and linking, plus copying the
// text into wasm, mapping the offsets to UTF-16 and building the result object.
//
//   node benches/wasm-bench.mjs [PKG_DIR]     PKG_DIR defaults to dist/pkg (built by ./build.sh)

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SIZES = [1_000_000, 10_000_000];
const RUNS = 3;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = path.resolve(process.argv[2] ?? path.join(root, "dist/pkg"));
const seedsDir = path.join(root, "../shared/seeds");

/** The *.txt files of `dir` in name order, trimmed; null if the folder does not exist. */
async function readSeeds(dir) {
  let names;
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
  return Promise.all(names.map(async (n) => (await readFile(path.join(dir, n), "utf8")).trim()));
}

/** `seed` repeated, joined by blank lines, cut to at most `size` UTF-8 bytes. */
function repeat(seed, size) {
  const parts = [];
  let length = 0;
  const seedBytes = Buffer.byteLength(seed);
  while (length < size) {
    length += (parts.length ? 2 : 0) + seedBytes;
    parts.push(seed);
  }
  const bytes = Buffer.from(parts.join("\n\n"));
  let end = Math.min(size, bytes.length);
  while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.toString("utf8", 0, end);
}

const seeds = await readSeeds(seedsDir);
if (!seeds?.length) {
  console.log("seeds not found at ../shared/seeds: skipping");
  process.exit(0);
}

let lente;
try {
  lente = await import(pathToFileURL(path.join(pkg, "lente.js")).href);
  await lente.default({ module_or_path: await readFile(path.join(pkg, "lente_bg.wasm")) });
} catch (e) {
  console.error(`wasm-bench: could not load the package in ${pkg} (run ./build.sh or pass its folder): ${e.message}`);
  process.exit(1);
}

const seed = seeds.join("\n\n");
console.log(`wasm (Node ${process.version}): lang it, tokens: false, ${seeds.length} seeds, best of ${RUNS}`);
console.log(`${"bench".padEnd(8)} ${"size".padStart(6)} ${"tokens".padStart(10)} ${"sentences".padStart(9)} ${"best ms".padStart(9)} ${"MB/s".padStart(8)} ${"tokens/s".padStart(12)}`);
for (const size of SIZES) {
  const text = repeat(seed, size);
  const bytes = Buffer.byteLength(text);
  let best = Infinity;
  let counts;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = lente.analyze([{ text }], { lang: "it", tokens: false });
    best = Math.min(best, performance.now() - started);
    counts = result.documents[0].counts;
  }
  const secs = best / 1000;
  console.log(
    `${"analyze".padEnd(8)} ${`${size / 1e6}MB`.padStart(6)} ${String(counts.tokens).padStart(10)} ${String(counts.sentences).padStart(9)} ` +
      `${best.toFixed(1).padStart(9)} ${(bytes / 1e6 / secs).toFixed(1).padStart(8)} ${(counts.tokens / secs).toFixed(0).padStart(12)}`,
  );
}
