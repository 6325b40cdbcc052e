// The page (dist/index.html, opened by file://) in headless Chromium (issue 18): the time
// until it is ready, the first seed article analysed, then 100, 1,000 and 5,000 articles of
// ~4 KB (the seeds ../shared/seeds/*.txt in turn, each numbered so that all are distinct)
// dropped as files: the time until they are analysed, the peak memory and the longest task
// on the page's main thread. Each size runs in a fresh browser, so that the peak resident
// memory of its renderer process (VmHWM in /proc, as scripts/big-input.mjs reads it) is its
// own. Prints one Markdown section on stdout; progress goes to stderr.
//
//   node benches/browser-bench.mjs

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, pageUrl } from "../tests/e2e/browser.mjs";
import { readSeeds } from "./inputs.mjs";

const SIZES = [100, 1000, 5000];
const LONG_TASK_BAR = 100;
const MEMORY_BAR = 10;
const SAMPLE_EVERY = 1000;
const MIB = 2 ** 20;
const ANALYSED = "^(Analysed|The analysis failed|The analyzer could not start)";

/** Writes a progress line to stderr. */
function log(line) {
  process.stderr.write(`browser-bench: ${line}\n`);
}

/** Runs in the page before its own script: records each text of #status and each long task
 *  of the main thread, with their times in ms since the navigation started (`__bench`). */
function watchPage() {
  const bench = (window.__bench = { status: [], longTasks: [], frames: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  // Long animation frames name the scripts that ran in them: what made a long task.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const scripts = e.scripts.map((s) => ({ invoker: s.invoker, name: s.sourceFunctionName, duration: s.duration }));
      bench.frames.push({ start: e.startTime, end: e.startTime + e.duration, styleAndLayoutStart: e.styleAndLayoutStart, scripts });
    }
  }).observe({ type: "long-animation-frame", buffered: true });
  /** Starts recording #status once it exists; false before. */
  const hook = () => {
    const status = document.getElementById("status");
    if (!status) return false;
    const record = () => bench.status.push({ at: performance.now(), text: status.textContent });
    record();
    new MutationObserver(record).observe(status, { childList: true, characterData: true, subtree: true });
    return true;
  };
  const finder = new MutationObserver(() => hook() && finder.disconnect());
  finder.observe(document, { childList: true, subtree: true });
  // The workers' wasm memory, as each job's result reports it (www/worker.js), summed over
  // the workers alive. Asking the workers themselves (a debugger's evaluate) made their wasm
  // run several times slower.
  const wasm = (bench.wasm = { now: new Map(), peak: 0 });
  window.Worker = class extends window.Worker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (typeof event.data?.memory !== "number") return;
        wasm.now.set(this, event.data.memory);
        wasm.peak = Math.max(wasm.peak, [...wasm.now.values()].reduce((a, b) => a + b, 0));
      });
    }

    terminate() {
      wasm.now.delete(this);
      super.terminate();
    }
  };
}

/** `count` distinct articles from the seeds in turn: the headline and a last line numbered. */
function makeArticles(seeds, count) {
  return Array.from({ length: count }, (_, i) => {
    const [headline, ...rest] = seeds[i % seeds.length].text.split("\n");
    return { name: `articolo-${String(i + 1).padStart(5, "0")}.txt`, text: `${headline} (${i + 1})\n${rest.join("\n")}\n\nArticolo numero ${i + 1}.` };
  });
}

/** Peak and current resident memory (bytes) of the largest Chromium renderer process. */
function rendererMemory() {
  let best = { peak: 0, now: 0 };
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer")) continue;
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const peak = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      if (peak > best.peak) best = { peak, now: Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024 };
    } catch {
      // the process ended meanwhile
    }
  }
  return best;
}

/** Opens the page in a fresh context of `browser` with the watcher; resolves once it says Ready. */
async function openWatched(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.addInitScript(watchPage);
  await page.goto(pageUrl);
  const ready = await statusAfter(page, 0, "^Ready", 60_000);
  return { page, errors, ready };
}

/** Waits for a #status text matching `pattern` recorded after `since` ms; returns {at, text}. */
async function statusAfter(page, since, pattern, timeout) {
  const find = ([since, pattern]) => window.__bench?.status.find((s) => s.at >= since && new RegExp(pattern).test(s.text));
  await page.waitForFunction(find, [since, pattern], { timeout, polling: 250 });
  return page.evaluate(find, [since, pattern]);
}

/** The files of `articles` ({name, text}) written to folder `dir` and picked in the page
 *  through a file input of the benchmark's, as a reader's files come: from the disk, not
 *  held in the page's memory until read. Resolves with a DataTransfer of them, ready to drop
 *  (`drop`). */
async function makeFiles(page, dir, articles) {
  const paths = articles.map((a) => {
    const file = path.join(dir, a.name);
    writeFileSync(file, a.text);
    return file;
  });
  const input = await page.evaluateHandle(() => Object.assign(document.createElement("input"), { type: "file", multiple: true }));
  await input.setInputFiles(paths);
  const files = await page.evaluateHandle((input) => {
    const dt = new DataTransfer();
    for (const file of input.files) dt.items.add(file);
    return dt;
  }, input);
  await input.dispose();
  return files;
}

/** Drops the files of `dataTransfer` (`makeFiles`) on the drop zone; resolves with the page's
 *  time of the drop (the files were made before, so that is not timed). */
async function drop(page, dataTransfer) {
  const at = await page.evaluate(() => performance.now());
  await page.dispatchEvent("#drop", "dragover", { dataTransfer });
  await page.dispatchEvent("#drop", "drop", { dataTransfer });
  return at;
}

/** The long tasks and long animation frames starting in [from, to] (ms since navigation):
 *  the longest task, the longest frame with what filled it, how many of either went over the
 *  bar. A frame holds the tasks before its rendering and the rendering (style, layout, paint),
 *  which Chromium's long tasks leave out. */
async function longTasks(page, from, to) {
  const { longTasks: tasks, frames } = await page.evaluate(() => window.__bench);
  const within = (list) => list.filter((t) => t.start >= from && t.start <= to);
  const longestTask = Math.max(0, ...within(tasks).map((t) => t.duration));
  const frame = within(frames).reduce((a, f) => (f.end - f.start > (a ? a.end - a.start : 0) ? f : a), null);
  const over = within(tasks).filter((t) => t.duration > LONG_TASK_BAR).length + within(frames).filter((f) => f.end - f.start > LONG_TASK_BAR).length;
  return { task: longestTask, frame: frame ? frame.end - frame.start : 0, cause: frame ? causeOf(frame) : "", longest: Math.max(longestTask, frame ? frame.end - frame.start : 0), over };
}

/** What filled a long animation frame: the scripts Chromium names in it (the longest
 *  named), style, layout and paint, and the rest: scripts it does not name (such as a
 *  promise's continuation), reading a posted message, collecting garbage. */
function causeOf(frame) {
  const scripts = frame.scripts.reduce((sum, s) => sum + s.duration, 0);
  const rendering = frame.styleAndLayoutStart ? frame.end - frame.styleAndLayoutStart : 0;
  const top = frame.scripts.reduce((a, s) => (s.duration > (a?.duration ?? 0) ? s : a), null);
  const named = top ? ` (longest: ${top.invoker}${top.name ? ` → ${top.name}` : ""}, ${top.duration.toFixed(0)} ms)` : "";
  const rest = Math.max(0, frame.end - frame.start - scripts - rendering);
  return `named scripts ${scripts.toFixed(0)} ms${named}; style, layout and paint ${rendering.toFixed(0)} ms; the rest ${rest.toFixed(0)} ms`;
}

/** Samples the page's JS heap (CDP Performance.getMetrics) every SAMPLE_EVERY ms until
 *  stopped; keeps its peak, and the workers' wasm memory's (`watchPage`). */
async function sampleMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const peaks = { pageHeap: 0, wasm: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = await cdp.send("Performance.getMetrics");
      peaks.pageHeap = Math.max(peaks.pageHeap, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach();
    peaks.wasm = await page.evaluate(() => window.__bench.wasm.peak);
    return peaks;
  };
}

/** The load and the first seed article, in one fresh browser. */
async function measureFirst(seeds) {
  const browser = await launch();
  const dir = mkdtempSync(path.join(tmpdir(), "lente-bench-"));
  try {
    const started = Date.now();
    const { page, errors, ready } = await openWatched(browser);
    const wall = Date.now() - started;
    const load = await longTasks(page, 0, ready.at);
    const files = await makeFiles(page, dir, [seeds[0]]);
    const dropped = await drop(page, files);
    const done = await statusAfter(page, dropped, ANALYSED, 60_000);
    if (!done.text.startsWith("Analysed 1 ")) throw new Error(`the first seed was not analysed: ${done.text}`);
    const tasks = await longTasks(page, dropped, done.at);
    log(`ready in ${ready.at.toFixed(0)} ms, first seed in ${(done.at - dropped).toFixed(0)} ms`);
    return { version: browser.version(), ready: ready.at, wall, load, first: done.at - dropped, firstTasks: tasks, errors, bytes: Buffer.byteLength(seeds[0].text) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
  }
}

/** `count` articles dropped at once on the page, in a fresh browser. */
async function measureMany(seeds, count) {
  const browser = await launch();
  const dir = mkdtempSync(path.join(tmpdir(), "lente-bench-"));
  try {
    const { page, errors } = await openWatched(browser);
    const atReady = rendererMemory();
    const articles = makeArticles(seeds, count);
    const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
    const files = await makeFiles(page, dir, articles);
    const atDrop = rendererMemory();
    const stop = await sampleMemory(page);
    const dropped = await drop(page, files);
    const done = await statusAfter(page, dropped, ANALYSED, 30 * 60_000);
    const peaks = await stop();
    const expected = `Analysed ${count.toLocaleString("en")} documents.`;
    if (done.text !== expected) throw new Error(`${count} articles: the page says "${done.text}", not "${expected}"`);
    const ms = done.at - dropped;
    log(`${count} articles: ${(ms / 1000).toFixed(1)} s`);
    return { count, bytes, ms, peaks, renderer: rendererMemory(), atReady, atDrop, tasks: await longTasks(page, dropped, done.at), errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
  }
}

const mib = (b) => `${(b / MIB).toFixed(0)} MiB`;
const yes = (met) => (met ? "**met**" : "**not met**");

/** The Markdown section. */
function report(first, runs) {
  const largest = runs.at(-1);
  const ratio = (r) => r.renderer.peak / r.bytes;
  const growth = (r) => (r.renderer.peak - r.atReady.now) / r.bytes;
  const own = (r) => (r.renderer.peak - r.atDrop.now) / r.bytes;
  const longest = Math.max(first.load.longest, first.firstTasks.longest, ...runs.map((r) => r.tasks.longest));
  const errors = [first, ...runs].flatMap((r) => r.errors);
  return [
    "## The page in Chromium",
    "",
    `Chromium ${first.version}, headless (playwright-core), dist/index.html opened by file:// (\`node benches/browser-bench.mjs\`).`,
    "The page is ready when its status says “Ready.”: the first worker has compiled the wasm core and started (www/app.js); the models are unpacked when a text in their language arrives.",
    "Articles are analysed when the status says “Analysed N documents.”: each analysed alone in one of the workers (one per core), the set linked, the cards shown (the first 50 drawn, the others when scrolled to).",
    "Times are the page's own clock (`performance.now()`), from the drop (the files already picked) to the status, reading the files included; a MutationObserver on the status and PerformanceObservers of `longtask` and `long-animation-frame` entries (a frame splits into the scripts Chromium names, the rendering and the rest) are installed by `addInitScript`.",
    "",
    "### Load and the first article",
    "",
    "| | ms |",
    "|---|---:|",
    `| ready (navigation start → “Ready.”) | ${first.ready.toFixed(0)} |`,
    `| the same, from \`page.goto\` in Node | ${first.wall.toFixed(0)} |`,
    `| first seed analysed (${(first.bytes / 1000).toFixed(1)} kB, drop → “Analysed 1 document.”) | ${first.first.toFixed(0)} |`,
    `| longest main-thread task while loading | ${first.load.task.toFixed(0)} |`,
    `| longest animation frame while loading (${first.load.cause || "none"}) | ${first.load.frame.toFixed(0)} |`,
    `| longest main-thread task for the first seed | ${first.firstTasks.task.toFixed(0)} |`,
    `| longest animation frame for the first seed (${first.firstTasks.cause || "none"}) | ${first.firstTasks.frame.toFixed(0)} |`,
    "",
    "### Many articles dropped at once",
    "",
    "Peak memory is the peak resident memory (VmHWM) of the renderer process, which holds the page, its workers (one per core, up to 4, started when a batch has more than one article) and their wasm memory, read from /proc after the analysis; each size runs in a fresh browser. The articles are written to a folder and picked through a file input of the benchmark's, then dropped: files from the disk, as a reader's are, which the page reads one at a time (earlier runs made them in the page from strings, whose copies counted in the peak). “Growth” is that peak less the process's resident memory when the page was ready; “from the drop” less its resident memory once the files were picked, just before the drop. The page's JS heap is sampled every second (CDP `Performance.getMetrics`, JSHeapUsedSize); the workers' wasm memory is the peak of its sum over the workers alive, as each job's result reports it (asking the workers through the debugger made their wasm several times slower: the figures of earlier runs were measured so); the workers' JS heaps have no figure of their own (no `performance.memory` in workers, and `performance.measureUserAgentSpecificMemory` needs a cross-origin-isolated page, which file:// is not), they are in the process's peak.",
    "",
    "| articles | MB | analysed in s | ms per article | peak memory | peak / input | growth / input | from the drop / input | page JS heap | wasm memory | longest task ms | longest frame ms | tasks and frames over 100 ms | what filled the longest frame |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...runs.map((r) => `| ${r.count.toLocaleString("en")} | ${(r.bytes / 1e6).toFixed(2)} | ${(r.ms / 1000).toFixed(1)} | ${(r.ms / r.count).toFixed(1)} | ${mib(r.renderer.peak)} | ${ratio(r).toFixed(1)}× | ${growth(r).toFixed(1)}× | ${own(r).toFixed(1)}× | ${mib(r.peaks.pageHeap)} | ${mib(r.peaks.wasm)} | ${r.tasks.task.toFixed(0)} | ${r.tasks.frame.toFixed(0)} | ${r.tasks.over} | ${r.tasks.cause || "—"} |`),
    "",
    "In a frame, “the rest” is what Chromium does not attribute: scripts it names no source for (the page's rendering runs in a promise continuation after the worker's message), reading the worker's message (a structured clone) and garbage collection. The page shows a set a piece a frame (www/app.js `render()`): the views of 500 documents, each panel and each part of the Compare panel, then 10 drawn cards or 500 waiting ones; a shared passage shows its first 80 words.",
    "",
    "### Bars (issue 18), from this run",
    "",
    "| bar | figure | |",
    "|---|---|---|",
    `| peak memory ≤ ${MEMORY_BAR}× the input (${largest.count.toLocaleString("en")} articles) | ${ratio(largest).toFixed(1)}× (growth ${growth(largest).toFixed(1)}×, from the drop ${own(largest).toFixed(1)}×) | ${yes(ratio(largest) <= MEMORY_BAR)} |`,
    `| no main-thread task over ${LONG_TASK_BAR} ms, long animation frames included (load, first seed, every size) | longest ${longest.toFixed(0)} ms | ${yes(longest <= LONG_TASK_BAR)} |`,
    "",
    errors.length ? `Errors the page reported: ${errors.join("; ")}` : "The page reported no errors.",
  ].join("\n");
}

/** The benchmark: the first article, then each size; prints the section. */
async function main() {
  const seeds = await readSeeds();
  if (!seeds?.length) {
    console.log("seed articles not found at ../shared/seeds: browser benchmark skipped");
    return;
  }
  const started = Date.now();
  const first = await measureFirst(seeds);
  const runs = [];
  for (const count of SIZES) runs.push(await measureMany(seeds, count));
  console.log(report(first, runs));
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

try {
  await main();
} catch (e) {
  console.error(`browser-bench: ${e.message}`);
  process.exit(1);
}
