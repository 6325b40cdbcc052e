// Writes bench/RESULTS.md: a header naming the machine (CPU model and cores, memory), the
// versions (Node, Chromium, rustc when present, Lente, wink-nlp, compromise) and the date,
// then the Markdown sections given as files, in order. A missing file is skipped with a note
// in the results and on stderr.
//
//   node scripts/bench-results.mjs SECTION.md... e.g.
//   node benches/node-peers.mjs > target/bench/node-peers.md
//   node benches/browser-bench.mjs > target/bench/browser.md
//   node scripts/bench-results.mjs target/bench/node-peers.md target/bench/browser.md

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "bench/RESULTS.md");

/** The first line a command prints on stdout, or null when it cannot run. */
function firstLine(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n")[0].trim() || null;
  } catch {
    return null;
  }
}

/** CPU model and number of logical cores, from /proc/cpuinfo. */
function cpu() {
  const info = readFileSync("/proc/cpuinfo", "utf8");
  const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1] ?? "unknown CPU";
  const cores = info.match(/^processor\s*:/gm)?.length ?? os.cpus().length;
  return `${model}, ${cores} core${cores === 1 ? "" : "s"}`;
}

/** Total memory in GiB, from /proc/meminfo. */
function memory() {
  const kib = Number(/^MemTotal:\s+(\d+) kB/m.exec(readFileSync("/proc/meminfo", "utf8"))?.[1]);
  return `${(kib / 2 ** 20).toFixed(1)} GiB`;
}

/** The version of `[package]` in Cargo.toml. */
function lenteVersion() {
  const cargo = readFileSync(path.join(root, "Cargo.toml"), "utf8");
  return /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? "unknown";
}

/** The version of an installed Node package, or a note that it is not installed. */
function packageVersion(name) {
  const file = path.join(root, "node_modules", name, "package.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : "not installed (npm ci)";
}

/** The header of the results: machine, versions, date. */
function header() {
  const rustc = firstLine("rustc", ["--version"]);
  return [
    "# Benchmark results",
    "",
    "Written by `node scripts/bench-results.mjs` from the sections below (issue 18); each section says how it was made.",
    "",
    `- Machine: ${cpu()}; ${memory()} of memory; ${os.type()} ${os.release()}`,
    `- Node ${process.version}; ${firstLine("chromium", ["--version"]) ?? "Chromium not found"}; ${rustc ?? "rustc not found"}`,
    `- Lente ${lenteVersion()} (Cargo.toml); wink-nlp ${packageVersion("wink-nlp")} with wink-eng-lite-web-model ${packageVersion("wink-eng-lite-web-model")}; compromise ${packageVersion("compromise")}`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  ].join("\n");
}

/** Each section file's text, or a note where it is missing. */
function sections(files) {
  return files.map((file) => {
    if (existsSync(file)) return readFileSync(file, "utf8").trim();
    process.stderr.write(`bench-results: ${file} not found: skipped\n`);
    return `*${path.basename(file)}: not found when these results were written; skipped.*`;
  });
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: node scripts/bench-results.mjs SECTION.md... (Markdown files, joined in order into bench/RESULTS.md)");
  process.exit(1);
}
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${[header(), ...sections(files)].join("\n\n")}\n`);
console.log(`bench-results: wrote ${path.relative(root, out)} from ${files.length} section file${files.length === 1 ? "" : "s"}`);
