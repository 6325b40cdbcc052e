// createLenteWorker(): Lente's core in a Web Worker, so that long analyses never block the
// page. The worker's code is inlined here and started from a Blob URL: nothing to host, and
// it works from file:// and http(s) alike. Types: worker.d.ts.
import { modelBytes, unpackTokens, wasmBytes } from './lente.js';

/** wasm-bindgen's classic glue and the worker's own code (www/worker.js), set by build.sh. */
const WORKER_SOURCE = '/*WORKER_SOURCE*/';

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

/** A worker running Lente's core; see worker.d.ts. Restarted when a job is cancelled. */
export function createLenteWorker(options = {}) {
  if (typeof Worker === 'undefined') throw new Error('lente: createLenteWorker needs Web Workers (a browser); in Node use analyze() from "lente"');
  const sent = new Map(); // model files already fetched: name -> Uint8Array
  let worker = null;
  let ready = null;
  const jobs = new Map();
  let nextId = 1;

  function start() {
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    worker = new Worker(url);
    URL.revokeObjectURL(url);
    const current = worker;
    ready = compileCore(options.wasm).then((module) => new Promise((resolve, reject) => {
      current.onmessage = (event) => {
        const msg = event.data;
        if (msg.type === 'ready') resolve({ version: msg.version });
        else if (msg.type === 'need') supply(current, msg.files);
        else if (msg.type === 'progress') jobs.get(msg.id)?.onProgress?.(msg.done, msg.total);
        else if (msg.type === 'part') receivePart(msg);
        else if (msg.type === 'result') finish(msg.id, null, msg.packed ? assemble(msg.value, jobs.get(msg.id)?.parts) : msg.value);
        else if (msg.type === 'crash') crashed(current, msg.message);
        else if (msg.id != null) finish(msg.id, new Error(msg.message));
      };
      current.onerror = (event) => {
        event.preventDefault();
        const err = new Error(`lente: the worker stopped (${event.message || 'unknown error'})`);
        reject(err);
        for (const id of [...jobs.keys()]) finish(id, err);
        if (worker === current) worker = null;
      };
      current.postMessage({ type: 'init', module });
    }));
    return ready;
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

  /** The wasm trapped: that instance cannot be trusted again. Its jobs reject and the next
   *  call starts a fresh worker. */
  function crashed(which, message) {
    which.terminate();
    if (worker !== which) return;
    worker = null;
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

  async function call(message, control = {}) {
    const { signal, onProgress } = control;
    if (signal?.aborted) throw abortError(signal);
    if (!worker) start();
    await ready;
    if (signal?.aborted) throw abortError(signal);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      // Cancelling stops the worker mid-job (wasm cannot be interrupted); the next call starts a fresh one.
      const onAbort = () => {
        finish(id, abortError(signal));
        worker?.terminate();
        worker = null;
        for (const other of [...jobs.keys()]) finish(other, abortError(signal));
      };
      jobs.set(id, { resolve, reject, onProgress, signal, onAbort });
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ ...message, id });
    });
  }

  start();
  return {
    get ready() {
      if (!worker) start();
      return ready;
    },
    analyze: (documents, analyzeOptions, control) => call({ type: 'run', documents, options: analyzeOptions, pack: true }, control),
    tokenize: (text, tokenizeOptions, control) => call({ type: 'tokenize', text, options: tokenizeOptions }, control),
    extract: (html, control) => call({ type: 'extract', html }, control),
    terminate() {
      worker?.terminate();
      worker = null;
      for (const id of [...jobs.keys()]) finish(id, new Error('lente: the worker was terminated'));
    },
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
