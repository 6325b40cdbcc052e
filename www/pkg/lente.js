// Lente's JavaScript API: the wasm core (core/) and its model files (models/), loaded from
// beside this module in browsers and in Node. Types and documentation: lente.d.ts.
import initCore, * as core from './core/lente.js';

const inNode = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof window === 'undefined';
let started = null;
let live = false;
const warmed = new Set();
/** The compiled core, and the model files loaded into it (name -> bytes), to make a fresh instance. */
let compiled = null;
const loadedBytes = new Map();
/** Bytes of wasm memory that a call may leave: above, the core is replaced by a fresh instance
 *  (wasm memory grows and never shrinks; a 10 MB batch leaves some 130 MiB). */
const RECYCLE_MEMORY = 64 * 2 ** 20;

/** Loads the core and, unless `options.models` says otherwise, the Italian and English models. */
export default async function init(options = {}) {
  started ??= (async () => {
    const source = options.wasm;
    compiled = source instanceof WebAssembly.Module ? source : await WebAssembly.compile(await wasmBytes(source));
    await initCore({ module_or_path: compiled });
    live = true;
  })();
  try {
    await started;
  } catch (err) {
    started = null;
    throw err;
  }
  const langs = options.models ?? ['it', 'en'];
  await loadModels(langs, options.modelSource);
  if (options.warmUp !== false) warmUp(langs);
}

/** Short articles analysed at init in each language whose models are loaded. */
const WARM_UP = {
  it: 'Roma, 12 marzo 2024 – Il presidente Sergio Mattarella ha incontrato ieri al Quirinale il sindaco di Milano, Giuseppe Sala. «È stato un incontro utile», ha detto Sala ai giornalisti. Secondo l’ANSA, il colloquio è durato due ore e ha riguardato 1,5 milioni di euro di fondi per la città.',
  en: 'London, 12 March 2024 – Prime Minister Rishi Sunak met the mayor of Manchester, Andy Burnham, at Downing Street on Monday. "It was a useful meeting," Burnham told reporters. According to Reuters, the talks lasted two hours and covered £1.5 million of funding.',
};

/** Engines compile wasm lazily, each function on its first call and again, optimized, once
 *  it has run a while: a first analysis would pay for it (250 ms for a 4 KB article in Node,
 *  against 25 ms later). Analysing short articles a few times at init pays it there. */
function warmUp(langs) {
  const fresh = langs.filter((lang) => WARM_UP[lang] && !warmed.has(lang));
  fresh.forEach((lang) => warmed.add(lang));
  const documents = fresh.map((lang) => ({ text: WARM_UP[lang] }));
  for (let round = 0; documents.length && round < 3; round++) core.analyze(documents, { tokens: false });
}

/** The bytes of the wasm core: `source` (URL, bytes or Response) or the package's own file. */
export async function wasmBytes(source) {
  if (source instanceof Response) return new Uint8Array(await source.arrayBuffer());
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return source;
  return read(source != null ? new URL(source, base()) : new URL('./core/lente_bg.wasm', import.meta.url));
}

/** The bytes of one model file, from `source` (a base URL or a function) or the package. */
export async function modelBytes(name, source) {
  if (typeof source === 'function') {
    const bytes = await source(name);
    if (bytes instanceof Uint8Array) return bytes;
    return ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
  }
  if (source == null) return read(new URL(`./models/${name}`, import.meta.url));
  // A folder, with or without its final slash ('/static/lente-models' means the folder too).
  const folder = new URL(source, base());
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  return read(new URL(name, folder));
}

function base() {
  return typeof location === 'object' ? location.href : import.meta.url;
}

async function read(url) {
  if (url.protocol === 'file:' && inNode) {
    const fs = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ fs);
    return new Uint8Array(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`lente: could not load ${url} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function ready() {
  if (!live) throw new Error('lente: call `await init()` first');
}

/** Loads the model files of `langs` not loaded yet; resolves with their names. */
export async function loadModels(langs, source) {
  ready();
  if (!Array.isArray(langs)) throw new Error(`lente: models should be a list of languages such as ['it', 'en'], not ${JSON.stringify(langs)}`);
  const loaded = new Set(core.loadedModels());
  const files = [...new Set(langs.flatMap((lang) => core.modelFiles(lang)))].filter((f) => !loaded.has(f));
  const bytes = await Promise.all(files.map((f) => modelBytes(f, source)));
  files.forEach((f, i) => {
    core.loadModel(f, bytes[i]);
    loadedBytes.set(f, bytes[i]);
  });
  return files;
}

/** Runs `call` on the core; if it left the wasm memory over RECYCLE_MEMORY, a fresh instance
 *  of the core, with the same models, takes the place of this one, whose memory is freed. */
function released(call) {
  const value = call();
  if (core.memoryBytes() <= RECYCLE_MEMORY) return value;
  try {
    core.freshInstance(compiled);
  } catch {
    return value; // the engine would not make an instance here (synchronously): the old one goes on
  }
  loadedBytes.forEach((bytes, name) => core.loadModel(name, bytes));
  return value;
}

/** Loads the models of the languages `documents` are in (or `options.lang`). */
export async function ensureModels(documents, options = {}, source) {
  ready();
  return loadModels([...new Set(documents.map((d) => options?.lang ?? core.detectLanguage(d)))], source);
}

export function loadedModels() {
  ready();
  return core.loadedModels();
}

export function modelFiles(lang) {
  ready();
  return core.modelFiles(lang);
}

export function analyze(documents, options, progress) {
  ready();
  return released(() => core.analyze(documents, options, progress));
}

export function analyzeDocument(document, options) {
  ready();
  return released(() => core.analyzeDocument(document, options));
}

export function combine(links, options) {
  ready();
  return released(() => core.combine(links, options));
}

export function tokenize(text, options) {
  ready();
  return unpackTokens(released(() => core.tokenize(text, options)));
}

/** Gives `holder` (a tokenization or an analysed document whose `tokens` are packed: a
 *  Uint32Array of start, end, kind triples, the kinds named in `token_kinds`) the usual
 *  `tokens` array of {start, end, kind}, made when first read: making 200,000 objects costs
 *  more than finding the tokens, and many callers never read them. Not part of the API. */
export function unpackTokens(holder) {
  const packed = holder.tokens;
  const kinds = holder.token_kinds;
  delete holder.token_kinds;
  const settle = (tokens) => {
    Object.defineProperty(holder, 'tokens', { value: tokens, writable: true, enumerable: true, configurable: true });
    return tokens;
  };
  Object.defineProperty(holder, 'tokens', {
    enumerable: true,
    configurable: true,
    get() {
      const tokens = new Array(packed.length / 3);
      for (let i = 0; i < tokens.length; i++) tokens[i] = { start: packed[i * 3], end: packed[i * 3 + 1], kind: kinds[packed[i * 3 + 2]] };
      return settle(tokens);
    },
    set: settle,
  });
  return holder;
}

export function extract(html) {
  ready();
  return core.extract(html);
}

export function report(analysis, texts, format) {
  ready();
  return core.report(JSON.stringify(analysis), texts, format);
}

export function memoryBytes() {
  ready();
  return core.memoryBytes();
}

export function detectLanguage(text) {
  ready();
  return core.detectLanguage(text);
}

export function version() {
  ready();
  return core.version();
}
