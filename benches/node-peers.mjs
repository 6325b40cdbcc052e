// Lente against two JavaScript NLP libraries in one Node process (issue 18): wink-nlp with
// wink-eng-lite-web-model, and compromise. Inputs come from the seed articles
// (../shared/seeds/*.txt from the repository root): one text of 1 MB and of 10 MB (the seeds
// joined by blank lines, repeated), and 240 and 2,394 separate articles (~1 MB and ~10 MB),
// given to Lente in one `analyze` call as the page does and to the peers one by one.
// Two tasks, like for like: the full analysis, and tokens with sentences. Runs are
// interleaved (for each run, each case, each tool); the median is shown in MB/s (10^6 bytes
// of UTF-8). Child Node processes measure the first call in a fresh process, Lente's first
// 10 MB call against a warm one with its wasm memory, and the peak RSS of each tool.
// Prints one Markdown section on stdout; progress goes to stderr.
//
//   node benches/node-peers.mjs [PKG_DIR]     PKG_DIR defaults to dist/pkg (built by ./build.sh)

import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { bytesOf, readSeeds, repeatArticles, repeatText, root } from "./inputs.mjs";

const FULL_OPTIONS = { lang: "it", tokens: false };
const TOKENIZE_OPTIONS = { lang: "it" };
const RUNS_1MB = 5;
const RUNS_10MB = 3;
const ARTICLES_1MB = 240;
const BATCH_ARTICLES = 2394;
const MIB = 2 ** 20;
const BARS = { fullRatio: 1.0, tokenizeMBs: 80, firstSeedMs: 60, firstOverWarm: 1.3, wasmMiB: 64 };

/** What each tool does in each task, as the tables say it. */
const DOES = {
  full: {
    lente: "`analyze(docs, {lang: 'it', tokens: false})`: tokens, sentences, names (PER/LOC/ORG) linked across documents, values, quotations, keyphrases, summaries, brief and comparison of the set; one call for all the articles",
    wink: "`readDoc` with the default pipe (sbd, negation, sentiment, pos, ner, cer), then entities (`its.detail`), sentences, tokens with `its.pos` and the sentiment taken out; one call per article",
    compromise: "`nlp(text)` (tokenizing and tagging), then `.people()`, `.places()`, `.organizations()` and `.sentences()` taken out with `.out('array')`; one call per article",
  },
  tokenize: {
    lente: "`tokenize(text, {lang: 'it'})`: token objects (start, end, kind) and sentences (with their token ranges); one call per text or article",
    wink: "`readDoc` with the pipe `['sbd']`, then tokens and sentences taken out (`.out()`); one call per text or article",
    compromise: "`nlp.tokenize(text)` (no tagging), then `.terms()` and `.sentences()` taken out with `.out('array')`; one call per text or article",
  },
};

const TOOLS = ["lente", "wink", "compromise"];
const TOOL_NAMES = { lente: "Lente", wink: "wink-nlp", compromise: "compromise" };
const self = fileURLToPath(import.meta.url);

/** Writes a progress line to stderr. */
function log(line) {
  process.stderr.write(`node-peers: ${line}\n`);
}

/** The median of a list of numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A list of texts: the articles as they are, or one text as a list of one. */
const textsOf = (input) => (Array.isArray(input) ? input : [input]);

/** Sums the numeric fields of a list of counts. */
function sumCounts(list) {
  const sum = {};
  for (const counts of list) for (const [key, value] of Object.entries(counts)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

/** The version field of an installed package's package.json. */
function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
}

/** Lente from `pkg` (init with its default models). */
async function loadLente(pkg) {
  let lente;
  try {
    lente = await import(pathToFileURL(path.join(pkg, "lente.js")).href);
    await lente.default();
  } catch (e) {
    throw new Error(`could not load Lente from ${pkg} (run ./build.sh or pass the package folder): ${e.message}`);
  }
  return {
    version: lente.version(),
    full(input) {
      const result = lente.analyze(textsOf(input).map((text) => ({ text })), FULL_OPTIONS);
      const mentions = result.documents.reduce((sum, d) => sum + d.mentions.length, 0);
      return { tokens: result.corpus.tokens, sentences: result.corpus.sentences, names: mentions };
    },
    tokenize(input) {
      return sumCounts(textsOf(input).map((text) => {
        const t = lente.tokenize(text, TOKENIZE_OPTIONS);
        return { tokens: t.tokens.length, sentences: t.sentences.length };
      }));
    },
    // The package's own figure: after a call that leaves the memory over 64 MiB it replaces
    // the core's instance, so exports taken at init would hold the old memory.
    memory: () => lente.memoryBytes(),
  };
}

/** wink-nlp with its English lite model: the default pipe and a pipe of sentences alone. */
async function loadWink() {
  let winkNLP;
  let model;
  try {
    winkNLP = (await import("wink-nlp")).default;
    model = (await import("wink-eng-lite-web-model")).default;
  } catch (e) {
    throw new Error(`could not load wink-nlp or wink-eng-lite-web-model (run npm ci): ${e.message}`);
  }
  const nlp = winkNLP(model);
  const sbd = winkNLP(model, ["sbd"]);
  const its = nlp.its;
  return {
    version: packageVersion("wink-nlp"),
    full(input) {
      return sumCounts(textsOf(input).map((text) => {
        const doc = nlp.readDoc(text);
        const names = doc.entities().out(its.detail).length;
        const sentences = doc.sentences().out().length;
        const tokens = doc.tokens().out(its.pos).length;
        doc.out(its.sentiment);
        return { tokens, sentences, names };
      }));
    },
    tokenize(input) {
      return sumCounts(textsOf(input).map((text) => {
        const doc = sbd.readDoc(text);
        return { tokens: doc.tokens().out().length, sentences: doc.sentences().out().length };
      }));
    },
  };
}

/** compromise: the full tagger, and its tokenizer alone. */
async function loadCompromise() {
  let nlp;
  try {
    nlp = (await import("compromise")).default;
  } catch (e) {
    throw new Error(`could not load compromise (run npm ci): ${e.message}`);
  }
  return {
    version: nlp.version,
    full(input) {
      return sumCounts(textsOf(input).map((text) => {
        const doc = nlp(text);
        const names = doc.people().out("array").length + doc.places().out("array").length + doc.organizations().out("array").length;
        return { tokens: doc.terms().length, sentences: doc.sentences().out("array").length, names };
      }));
    },
    tokenize(input) {
      return sumCounts(textsOf(input).map((text) => {
        const doc = nlp.tokenize(text);
        return { tokens: doc.terms().out("array").length, sentences: doc.sentences().out("array").length };
      }));
    },
  };
}

/** Loads one tool by its key. */
function loadTool(tool, pkg) {
  if (tool === "lente") return loadLente(pkg);
  if (tool === "wink") return loadWink();
  return loadCompromise();
}

/** Runs `fn` once; its result and the milliseconds it took. */
function timed(fn) {
  const started = performance.now();
  const result = fn();
  return { result, ms: performance.now() - started };
}

// ---------------------------------------------------------------- child processes

/** In a child: import and init `tool`, then analyse one seed twice (the first call, then a warm one). */
async function childFresh(tool, pkg) {
  const started = performance.now();
  const loaded = await loadTool(tool, pkg);
  const ready = performance.now();
  const [seed] = await readSeeds();
  const first = timed(() => loaded.full(seed.text));
  const second = timed(() => loaded.full(seed.text));
  return { sinceStart: ready, initMs: ready - started, firstMs: first.ms, secondMs: second.ms };
}

/** In a child: the full analysis of `count` articles (twice for Lente: first call, then warm,
 *  with the wasm memory around them); peak RSS at the end. */
async function childBatch(tool, pkg, count) {
  const loaded = await loadTool(tool, pkg);
  const articles = repeatArticles(await readSeeds(), count);
  const out = { bytes: bytesOf(articles), articles: count };
  if (tool === "lente") {
    out.memoryBefore = loaded.memory();
    out.firstMs = timed(() => loaded.full(articles)).ms;
    out.memoryAfterFirst = loaded.memory();
    out.warmMs = timed(() => loaded.full(articles)).ms;
    out.memoryAfterWarm = loaded.memory();
  } else {
    out.firstMs = timed(() => loaded.full(articles)).ms;
  }
  out.maxRssKiB = process.resourceUsage().maxRSS;
  return out;
}

/** Runs this script as a child Node process in `mode`; resolves with the JSON it prints. */
async function spawnChild(mode, tool, pkg, count = 0) {
  const { stdout } = await promisify(execFile)(process.execPath, [self, "--child", mode, tool, pkg, String(count)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout);
}

/** Runs the child's task named by argv and prints its JSON. */
async function runChild([mode, tool, pkg, count]) {
  const out = mode === "fresh" ? await childFresh(tool, pkg) : await childBatch(tool, pkg, Number(count));
  process.stdout.write(JSON.stringify(out));
}

// ---------------------------------------------------------------- the benchmark

/** The four inputs: one text and many articles, ~1 MB and ~10 MB. */
function makeCases(seeds) {
  const joined = seeds.map((s) => s.text).join("\n\n");
  return [
    { key: "text1", label: "one text, 1 MB", input: repeatText(joined, 1_000_000), runs: RUNS_1MB },
    { key: "articles240", label: `${ARTICLES_1MB} articles`, input: repeatArticles(seeds, ARTICLES_1MB), runs: RUNS_1MB },
    { key: "text10", label: "one text, 10 MB", input: repeatText(joined, 10_000_000), runs: RUNS_10MB },
    { key: "articles2394", label: `${BATCH_ARTICLES.toLocaleString("en")} articles`, input: repeatArticles(seeds, BATCH_ARTICLES), runs: RUNS_10MB },
  ].map((c) => ({ ...c, bytes: bytesOf(c.input) }));
}

/** How many runs `tool` gets on `task` × `kase` in the main process: compromise's full
 *  analysis (~0.3 MB/s) runs once; Lente's full analysis of the 2,394 articles is timed in
 *  its fresh child instead (none here). */
function plan(task, kase, tool) {
  if (tool === "compromise" && task === "full") return 1;
  if (tool === "lente" && task === "full" && kase.key === "articles2394") return 0;
  return kase.runs;
}

/** Runs every case interleaved; returns {`${task}/${case}/${tool}`: {times, counts}}. */
function measure(tools, cases) {
  const results = {};
  for (let run = 0; run < RUNS_1MB; run++) {
    for (const task of ["full", "tokenize"]) {
      for (const kase of cases) {
        for (const tool of TOOLS) {
          if (run >= plan(task, kase, tool)) continue;
          const { result, ms } = timed(() => tools[tool][task](kase.input));
          const entry = (results[`${task}/${kase.key}/${tool}`] ??= { times: [], counts: result });
          entry.times.push(ms);
          log(`run ${run + 1} ${task} ${kase.label} ${TOOL_NAMES[tool]}: ${ms.toFixed(0)} ms`);
        }
      }
    }
  }
  return results;
}

/** MB/s of `bytes` done in `ms`. */
const mbs = (bytes, ms) => bytes / 1e6 / (ms / 1000);
const fmt = (x, digits = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(digits));
const yes = (met) => (met ? "**met**" : "**not met**");

/** The speed cell of one tool in one row: MB/s, median ms and runs. */
function speedCell(entry, kase) {
  const ms = median(entry.times);
  return `${fmt(mbs(kase.bytes, ms))} (${fmt(ms, 0)} ms, ${entry.times.length === 1 ? "1 run" : `median of ${entry.times.length}`})`;
}

/** The throughput table of one task. */
function throughputTable(task, cases, results, lenteBatch) {
  const rows = ["| input | MB | Lente MB/s | wink-nlp MB/s | compromise MB/s | Lente / wink |", "|---|---:|---:|---:|---:|---:|"];
  const ratios = {};
  for (const kase of cases) {
    const entries = Object.fromEntries(TOOLS.map((t) => [t, results[`${task}/${kase.key}/${t}`]]));
    if (task === "full" && kase.key === "articles2394") entries.lente = { times: [lenteBatch.warmMs] };
    const cells = TOOLS.map((t) => speedCell(entries[t], kase));
    if (task === "full" && kase.key === "articles2394") cells[0] += ", the warm call of the fresh child below";
    const ratio = median(entries.wink.times) / median(entries.lente.times);
    ratios[kase.key] = ratio;
    rows.push(`| ${kase.label} | ${(kase.bytes / 1e6).toFixed(2)} | ${cells.join(" | ")} | ${ratio.toFixed(2)} |`);
  }
  return { table: rows.join("\n"), ratios };
}

/** What each tool found on the 1 MB text and the 240 articles: a check that the work was done. */
function foundTable(cases, results) {
  const rows = ["| task | input | Lente | wink-nlp | compromise |", "|---|---|---|---|---|"];
  for (const task of ["full", "tokenize"]) {
    for (const kase of cases.filter((c) => c.runs === RUNS_1MB)) {
      const cells = TOOLS.map((t) => {
        const c = results[`${task}/${kase.key}/${t}`]?.counts;
        return c ? Object.entries(c).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ") : "—";
      });
      rows.push(`| ${task === "full" ? "full analysis" : "tokens + sentences"} | ${kase.label} | ${cells.join(" | ")} |`);
    }
  }
  return rows.join("\n");
}

/** The whole Markdown section. */
function report({ versions, seedCount, cases, results, fresh, batch }) {
  const full = throughputTable("full", cases, results, batch.lente);
  const tok = throughputTable("tokenize", cases, results, batch.lente);
  const lenteTok = cases.map((c) => mbs(c.bytes, median(results[`tokenize/${c.key}/lente`].times)));
  const firstOverWarm = batch.lente.firstMs / batch.lente.warmMs;
  const wasmAfter = batch.lente.memoryAfterWarm / MIB;
  const released = batch.lente.memoryAfterWarm <= batch.lente.memoryBefore;
  const mib = (b) => `${(b / MIB).toFixed(1)} MiB`;
  const lines = [
    "## Lente against wink-nlp and compromise in Node",
    "",
    `Node ${process.version}; Lente ${versions.lente}, wink-nlp ${versions.wink} with wink-eng-lite-web-model ${packageVersion("wink-eng-lite-web-model")}, compromise ${versions.compromise}; all three in one process (\`node benches/node-peers.mjs\`).`,
    `Inputs from the ${seedCount} seed articles: one text (the seeds joined by blank lines, repeated and cut at 1 MB and 10 MB) and separate articles (the seeds in turn, ${ARTICLES_1MB} ≈ 1 MB and ${BATCH_ARTICLES.toLocaleString("en")} ≈ 10 MB, each text as it is).`,
    `Runs interleaved (for each run, each task and input, each tool); the median of ${RUNS_1MB} runs at 1 MB and of ${RUNS_10MB} at 10 MB (Lente does well under 1 MB/s on the full analysis today, so 5 runs at 10 MB would not fit in the time). MB/s are 10^6 bytes of UTF-8 per second; Lente / wink is wink's median time over Lente's (above 1: Lente is faster).`,
    "wink-nlp's and compromise's models are English: on these Italian texts they do the same work (tokenizing, tagging, finding names) but find other names; the tables compare speed, not quality.",
    "",
    "### What each tool does",
    "",
    "| task | Lente | wink-nlp | compromise |",
    "|---|---|---|---|",
    `| full analysis | ${DOES.full.lente} | ${DOES.full.wink} | ${DOES.full.compromise} |`,
    `| tokens + sentences | ${DOES.tokenize.lente} | ${DOES.tokenize.wink} | ${DOES.tokenize.compromise} |`,
    "",
    "compromise's `.json()` is not used: it serialises every term with its tags, about ten times the cost of the analysis itself.",
    "",
    "### Full analysis",
    "",
    full.table,
    "",
    "compromise's full analysis runs once per input: at ~0.3 MB/s, more runs would not fit in the time.",
    "",
    "### Tokens and sentences",
    "",
    tok.table,
    "",
    "### What each tool found (from the last run)",
    "",
    foundTable(cases, results),
    "",
    "### First call in a fresh process",
    "",
    "Each tool alone in a new Node process: import and init (Lente: the wasm core and the Italian and English models), then the full analysis of the first seed article, twice.",
    "",
    "| tool | import + init ms | ready, ms since the process started | first seed analysis ms | second call ms |",
    "|---|---:|---:|---:|---:|",
    ...TOOLS.map((t) => `| ${TOOL_NAMES[t]} | ${fmt(fresh[t].initMs, 0)} | ${fmt(fresh[t].sinceStart, 0)} | ${fmt(fresh[t].firstMs, 1)} | ${fmt(fresh[t].secondMs, 1)} |`),
    "",
    `### Lente's first 10 MB call and its wasm memory`,
    "",
    `A fresh process: init, then \`analyze\` on the ${BATCH_ARTICLES.toLocaleString("en")} articles (${(batch.lente.bytes / 1e6).toFixed(2)} MB) in one call, twice. Wasm memory is the package's \`memoryBytes()\`; wasm memory can grow, never shrink, so after a call that leaves it over 64 MiB the package replaces the core with a fresh instance (the time of the call includes it).`,
    "",
    "| | ms | MB/s | wasm memory after |",
    "|---|---:|---:|---:|",
    `| after init | | | ${mib(batch.lente.memoryBefore)} |`,
    `| first call | ${fmt(batch.lente.firstMs, 0)} | ${fmt(mbs(batch.lente.bytes, batch.lente.firstMs))} | ${mib(batch.lente.memoryAfterFirst)} |`,
    `| warm call | ${fmt(batch.lente.warmMs, 0)} | ${fmt(mbs(batch.lente.bytes, batch.lente.warmMs))} | ${mib(batch.lente.memoryAfterWarm)} |`,
    "",
    `First over warm: ${firstOverWarm.toFixed(2)}.`,
    "",
    "### Peak memory",
    "",
    "Peak RSS (`process.resourceUsage().maxRSS`) of a child process doing the full analysis of the articles (Lente: both calls above, in one `analyze` call each; the peers one article at a time).",
    "",
    "| tool | articles | MB of text | ms | peak RSS |",
    "|---|---:|---:|---:|---:|",
    ...TOOLS.map((t) => `| ${TOOL_NAMES[t]} | ${batch[t].articles.toLocaleString("en")} | ${(batch[t].bytes / 1e6).toFixed(2)} | ${fmt(batch[t].firstMs, 0)}${t === "lente" ? " (first call)" : ""} | ${(batch[t].maxRssKiB / 1024).toFixed(0)} MiB |`),
    "",
    "### Bars (issue 18), from this run",
    "",
    "| bar | figure | |",
    "|---|---|---|",
    `| full analysis, Lente / wink ≥ ${BARS.fullRatio.toFixed(1)}, one text (1 MB) | ${full.ratios.text1.toFixed(2)} | ${yes(full.ratios.text1 >= BARS.fullRatio)} |`,
    `| full analysis, Lente / wink ≥ ${BARS.fullRatio.toFixed(1)}, ${ARTICLES_1MB} articles | ${full.ratios.articles240.toFixed(2)} | ${yes(full.ratios.articles240 >= BARS.fullRatio)} |`,
    `| tokens + sentences ≥ ${BARS.tokenizeMBs} MB/s (Lente's slowest row) | ${fmt(Math.min(...lenteTok))} MB/s | ${yes(Math.min(...lenteTok) >= BARS.tokenizeMBs)} |`,
    `| first seed analysis ≤ ${BARS.firstSeedMs} ms after init | ${fmt(fresh.lente.firstMs, 1)} ms | ${yes(fresh.lente.firstMs <= BARS.firstSeedMs)} |`,
    `| first 10 MB call ≤ ${BARS.firstOverWarm}× the warm one | ${firstOverWarm.toFixed(2)}× | ${yes(firstOverWarm <= BARS.firstOverWarm)} |`,
    `| wasm memory after 10 MB < ${BARS.wasmMiB} MiB or released | ${wasmAfter.toFixed(1)} MiB${released ? ", released" : ", not released"} | ${yes(wasmAfter < BARS.wasmMiB || released)} |`,
  ];
  return lines.join("\n");
}

/** The benchmark: loads the three tools, measures, runs the children, prints the section. */
async function main(pkg) {
  const seeds = await readSeeds();
  if (!seeds?.length) {
    console.log("seed articles not found at ../shared/seeds: node-peers benchmark skipped");
    return;
  }
  const started = performance.now();
  const tools = {};
  for (const tool of TOOLS) tools[tool] = await loadTool(tool, pkg);
  const versions = Object.fromEntries(TOOLS.map((t) => [t, tools[t].version]));
  const cases = makeCases(seeds);
  const results = measure(tools, cases);
  const fresh = {};
  for (const tool of TOOLS) {
    log(`fresh process: ${TOOL_NAMES[tool]}`);
    fresh[tool] = await spawnChild("fresh", tool, pkg);
  }
  const batch = {};
  for (const tool of TOOLS) {
    log(`child process: ${TOOL_NAMES[tool]} on ${BATCH_ARTICLES} articles`);
    batch[tool] = await spawnChild("batch", tool, pkg, BATCH_ARTICLES);
  }
  console.log(report({ versions, seedCount: seeds.length, cases, results, fresh, batch }));
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const args = process.argv.slice(2);
try {
  if (args[0] === "--child") await runChild(args.slice(1));
  else await main(path.resolve(args[0] ?? path.join(root, "dist/pkg")));
} catch (e) {
  console.error(`node-peers: ${e.message}`);
  process.exit(1);
}
