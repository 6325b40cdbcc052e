// createLenteWorker(): Lente's core in a Web Worker, so that long analyses never block the
// page. The worker's code is inlined here and started from a Blob URL: nothing to host, and
// it works from file:// and http(s) alike. Types: worker.d.ts.
import { modelBytes, unpackTokens, wasmBytes } from './lente.js';

/** wasm-bindgen's classic glue and the worker's own code (www/worker.js), set by build.sh. */
const WORKER_SOURCE = '/*WORKER_SOURCE*/';

/** Workers at most for one analysis of several documents (each holds the models, tens of MB). */
const MAX_WORKERS = 4;

/** Compiled cores by source (a URL, bytes or nothing for the package's own), shared by
 *  every worker and element of the page. */
const compiled = new Map();

/** The core compiled from `source` (a WebAssembly.Module is used as it is), compiled once; a
 *  failure is forgotten, so a later call tries again. */
export function compileCore(source) {
  if (source instanceof WebAssembly.Module) return Promise.resolve(source);
  let module = compiled.get(source);
  if (!module) {
    module = wasmBytes(source).then((bytes) => WebAssembly.compile(bytes));
    compiled.set(source, module);
    module.catch(() => compiled.delete(source));
  }
  return module;
}

/** Lente's core in workers, see worker.d.ts: one for a single document, and for a list of
 *  documents one per core the browser reports (at most MAX_WORKERS, started when first
 *  needed). Each is restarted when a job is cancelled or crashes it. */
export function createLenteWorker(options = {}) {
  if (typeof Worker === 'undefined') throw new Error('lente: createLenteWorker needs Web Workers (a browser); in Node use analyze() from "lente"');
  const sent = new Map(); // model files already fetched: name -> Uint8Array
  const slots = Array.from({ length: Math.max(1, Math.min(MAX_WORKERS, globalThis.navigator?.hardwareConcurrency || 1)) }, () => ({ worker: null, ready: null }));
  const jobs = new Map();
  let nextId = 1;

  function start(slot) {
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    const current = new Worker(url);
    URL.revokeObjectURL(url);
    slot.worker = current;
    slot.ready = compileCore(options.wasm).then((module) => new Promise((resolve, reject) => {
      current.onmessage = (event) => {
        const msg = event.data;
        if (msg.type === 'ready') resolve({ version: msg.version });
        else if (msg.type === 'need') supply(current, msg.files);
        else if (msg.type === 'progress') jobs.get(msg.id)?.onProgress?.(msg.done, msg.total);
        else if (msg.type === 'part') receivePart(msg);
        else if (msg.type === 'result') finish(msg.id, null, msg.packed ? assemble(msg.value, jobs.get(msg.id)?.parts) : msg.value);
        else if (msg.type === 'crash') crashed(slot, current, msg.message);
        else if (msg.id != null) finish(msg.id, new Error(msg.message));
      };
      current.onerror = (event) => {
        event.preventDefault();
        const err = new Error(`lente: the worker stopped (${event.message || 'unknown error'})`);
        reject(err);
        for (const id of [...jobs.keys()]) finish(id, err);
        if (slot.worker === current) slot.worker = null;
      };
      current.postMessage({ type: 'init', module });
    }));
    return slot.ready;
  }

  /** Sends the model files the worker asked for, or says which could not be had. */
  async function supply(target, files) {
    const out = [];
    const unavailable = [];
    for (const name of files) {
      try {
        if (!sent.has(name)) sent.set(name, await modelBytes(name, options.modelSource));
        out.push([name, sent.get(name)]);
      } catch (err) {
        unavailable.push(name);
        console.warn(String(err.message || err));
      }
    }
    target.postMessage({ type: 'models', files: out, unavailable });
  }

  /** The wasm trapped: that instance cannot be trusted again. The jobs under way reject and
   *  the next call starts a fresh worker. */
  function crashed(slot, which, message) {
    which.terminate();
    if (slot.worker !== which) return;
    slot.worker = null;
    const err = new Error(`lente: the analyzer crashed (${message}); the next call starts it again`);
    for (const id of [...jobs.keys()]) finish(id, err);
  }

  /** Keeps a piece of a job's result (see sendInParts in www/worker.js) until the rest comes. */
  function receivePart(msg) {
    const job = jobs.get(msg.id);
    if (!job) return;
    job.parts ??= {};
    const list = (job.parts[msg.field] ??= []);
    for (const item of msg.items) list.push(item);
  }

  function finish(id, err, value) {
    const job = jobs.get(id);
    if (!job) return;
    jobs.delete(id);
    job.signal?.removeEventListener('abort', job.onAbort);
    if (err) job.reject(err);
    else job.resolve(value);
  }

  /** Stops every worker; the jobs under way reject with `err`. */
  function stopAll(err) {
    for (const slot of slots) {
      slot.worker?.terminate();
      slot.worker = null;
    }
    for (const id of [...jobs.keys()]) finish(id, err);
  }

  async function call(message, control = {}, slot = slots[0]) {
    const { signal, onProgress } = control;
    if (signal?.aborted) throw abortError(signal);
    if (!slot.worker) start(slot);
    await slot.ready;
    if (signal?.aborted) throw abortError(signal);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      // Cancelling stops the workers mid-job (wasm cannot be interrupted); the next call starts fresh ones.
      const onAbort = () => stopAll(abortError(signal));
      jobs.set(id, { resolve, reject, onProgress, signal, onAbort });
      signal?.addEventListener('abort', onAbort, { once: true });
      slot.worker.postMessage({ ...message, id });
    });
  }

  /** `analyze` of several documents on every worker: each document analysed alone by the
   *  next worker free, then the set linked by one, and the pieces put together as the core's
   *  `analyze` does (src/wasm.rs): the same result, key order included, but that a float
   *  read back from the links' JSON may differ in its last bit. */
  async function analyzeSpread(documents, analyzeOptions, control = {}) {
    const parts = new Array(documents.length);
    let next = 0;
    let done = 0;
    let failed = false; // a document failed: the other workers take no more
    const work = async (slot) => {
      while (!failed && next < documents.length) {
        const i = next++;
        // What the core names a document without id or name, from its place in the list.
        const document = { ...documents[i], id: documents[i].id ?? String(i), name: documents[i].name ?? `Document ${i + 1}` };
        try {
          parts[i] = await call({ type: 'analyze', document, options: analyzeOptions }, { signal: control.signal }, slot);
        } catch (err) {
          failed = true;
          throw err;
        }
        unpackTokens(parts[i].document);
        control.onProgress?.(++done, documents.length);
      }
    };
    await Promise.all(slots.map(work));
    const ends = new Uint32Array(parts.length);
    let size = 0;
    parts.forEach((part, i) => { ends[i] = size += part.links.length; });
    const bytes = new Uint8Array(size);
    parts.forEach((part, i) => bytes.set(part.links, i ? ends[i - 1] : 0));
    const set = await call({ type: 'combine', bytes, ends, options: analyzeOptions }, { signal: control.signal });
    const out = { version: (await slots[0].ready).version, offsets: analyzeOptions?.offsets ?? 'utf16', documents: parts.map((p) => p.document) };
    set.documents.forEach((gets, i) => {
      const doc = out.documents[i];
      doc.mentions = gets.mentions;
      doc.entities = gets.entities;
      doc.keyphrases = gets.keyphrases;
      gets.quote_entities.forEach((entity, k) => { doc.quotes[k].entity = entity ?? null; });
    });
    for (const key of ['corpus', 'entities', 'brief', 'keyphrases', 'speakers', 'comparison']) out[key] = set[key];
    return out;
  }

  start(slots[0]);
  return {
    get ready() {
      if (!slots[0].worker) start(slots[0]);
      return slots[0].ready;
    },
    analyze: (documents, analyzeOptions, control) => {
      // A list of plain documents spreads over the cores; anything else (one document, or
      // input the core will refuse with its own message) goes to one worker whole.
      const spread = slots.length > 1 && Array.isArray(documents) && documents.length > 1 && documents.every((d) => d !== null && typeof d === 'object');
      if (spread) return analyzeSpread(documents, analyzeOptions, control);
      return call({ type: 'run', documents, options: analyzeOptions, pack: true }, control);
    },
    tokenize: (text, tokenizeOptions, control) => call({ type: 'tokenize', text, options: tokenizeOptions }, control),
    extract: (html, control) => call({ type: 'extract', html }, control),
    terminate: () => stopAll(new Error('lente: the worker was terminated')),
  };
}

/** Puts together a result the worker sent in pieces, its tokens packed (a Uint32Array of
 *  start, end, kind triples, transferred): cloning 200,000 token objects into the page would
 *  hold its thread for over 100 ms. Each `tokens` becomes the usual array of {start, end,
 *  kind} on first read (`unpackTokens`), so the result has the shape of `analyze`'s (and of
 *  `tokenize`'s) all the same. */
function assemble(value, parts = {}) {
  for (const [field, list] of Object.entries(parts)) value[field] = list;
  for (const holder of value.documents ?? [value]) unpackTokens(holder);
  return value;
}

function abortError(signal) {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The analysis was cancelled', 'AbortError');
}
