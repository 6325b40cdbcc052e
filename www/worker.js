// Lente's worker: runs the wasm core off the page's thread, one job at a time. Runs after
// wasm-bindgen's classic glue, which defines the global `wasm_bindgen`. The page and the
// package's createLenteWorker() both use it. Model files are asked of the page when a text
// in their language arrives, so a language's models load only when needed. Messages:
//   in:  {type: 'init', module: WebAssembly.Module}
//        {type: 'models', files: [[name, Uint8Array]], unavailable?: [name], reason?}: the
//          page's answer to 'need'
//        {type: 'analyze', id, document, options}: one document alone ({document, links},
//          its tokens packed in a Uint32Array, see packTokens)
//        {type: 'combine', id, bytes, ends, options}: the set-wide part from the links of
//          each document, one after another in `bytes` (a Uint8Array), document i's ending at
//          ends[i]; the result in pieces as a packed 'run'
//        {type: 'run', id, documents, options, pack?}: a whole Analysis, with 'progress' messages
//          with `pack`, the tokens of each document come packed as in 'analyze', the result
//          has `packed: true`, and the Analysis comes in pieces ('part' messages, then the
//          rest in 'result'), see sendInParts
//        {type: 'tokenize', id, text, options}: tokens packed as the core gives them, the
//          result with `packed: true` | {type: 'extract', id, html}
//   out: {type: 'ready', version} | {type: 'result', id, value, memory} (`memory`: the bytes
//        of wasm memory after the job) | {type: 'error', id, message}
//        | {type: 'crash', id, message}: the wasm trapped; this worker must be replaced
//        | {type: 'progress', id, done, total} | {type: 'need', files: [name]}
//        | {type: 'part', id, field, items}: items of the Analysis' list `field`, in order
/* global wasm_bindgen */
let wasm = null;
/** Posts a job's result, with the wasm memory the job left in use, moving `transfer`. */
const result = (id, value, transfer = [], extra = {}) => self.postMessage({ type: 'result', id, value, ...extra, memory: wasm.memory.buffer.byteLength }, transfer);
/** Model files asked of the page: name -> {promise, resolve}. */
const asked = new Map();

self.onmessage = async (event) => {
  const msg = event.data;
  try {
    if (msg.type === 'init') {
      wasm = wasm_bindgen.initSync({ module: msg.module });
      self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
    } else if (msg.type === 'models') {
      receiveModels(msg);
    } else if (msg.type === 'analyze') {
      const value = await withModels([msg.document], msg.options, () => wasm_bindgen.analyzeDocument(msg.document, msg.options), (v) => [v.document.lang]);
      const tokens = packTokens(value.document);
      result(msg.id, value, [tokens.buffer, value.links.buffer]);
    } else if (msg.type === 'combine') {
      const links = Array.from(msg.ends, (end, i) => msg.bytes.subarray(i ? msg.ends[i - 1] : 0, end));
      // The core keeps the set and gives it a document at a time: the whole of it as objects
      // at once took 80 MiB for 5,000 articles, on top of the core's memory.
      const kept = wasm_bindgen.combineKept(links, msg.options);
      for (let i = 0; i < kept.documents(); i++) self.postMessage({ type: 'part', id: msg.id, field: 'documents', items: [kept.document(i)] });
      sendInParts(msg.id, kept.rest());
    } else if (msg.type === 'run') {
      const progress = (done, total) => self.postMessage({ type: 'progress', id: msg.id, done, total });
      const value = await withModels(msg.documents, msg.options, () => wasm_bindgen.analyze(msg.documents, msg.options, progress), (v) => v.documents.map((d) => d.lang));
      if (msg.pack) sendInParts(msg.id, value);
      else result(msg.id, value);
    } else if (msg.type === 'tokenize') {
      const lang = msg.options?.lang && msg.options.lang !== 'auto' ? msg.options.lang : wasm_bindgen.detectLanguage(msg.text);
      await ensure(wasm_bindgen.modelFiles(lang).filter((f) => f.startsWith('sentences-')));
      // The core gives the tokens packed already.
      const value = wasm_bindgen.tokenize(msg.text, { ...msg.options, lang });
      result(msg.id, value, [value.tokens.buffer], { packed: true });
    } else if (msg.type === 'report') {
      result(msg.id, wasm_bindgen.report(JSON.stringify(msg.analysis), msg.texts, msg.format));
    } else if (msg.type === 'extract') {
      result(msg.id, wasm_bindgen.extract(msg.html));
    }
  } catch (err) {
    const crash = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ type: crash ? 'crash' : 'error', id: msg.id, message: String((err && err.message) || err) });
  }
};

/** Runs `job` once the models of the documents' languages are in. The languages are guessed
 *  before (`detectLanguage`); if the analysis found another one (`langs` of the result) whose
 *  models were never asked for, they are fetched and the job runs again. */
async function withModels(documents, options, job, langs) {
  const filesOf = (list) => [...new Set(list.flatMap((lang) => wasm_bindgen.modelFiles(lang)))];
  // Once every language's files were asked for, there is nothing left to guess.
  if (!filesOf(['it', 'en']).every((f) => asked.has(f))) await ensure(filesOf(documents.map((d) => options?.lang ?? wasm_bindgen.detectLanguage(d))));
  const value = job();
  const missed = filesOf(langs(value)).filter((f) => !asked.has(f));
  if (!missed.length) return value;
  await ensure(missed);
  return job();
}

/** Resolves once every file in `files` is installed or known to be unavailable. */
function ensure(files) {
  const loaded = new Set(wasm_bindgen.loadedModels());
  const wanted = files.filter((f) => !loaded.has(f));
  const fresh = wanted.filter((f) => !asked.has(f));
  for (const f of fresh) {
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    asked.set(f, { promise, resolve });
  }
  if (fresh.length) self.postMessage({ type: 'need', files: fresh });
  return Promise.all(wanted.map((f) => asked.get(f).promise));
}

/** Installs the files the page sent; a file it could not give is let go (the analysis then
 *  says in a note what was skipped). */
function receiveModels(msg) {
  for (const [name, bytes] of msg.files ?? []) {
    try {
      wasm_bindgen.loadModel(name, bytes);
    } catch (err) {
      console.error(String(err.message || err));
    }
    asked.get(name)?.resolve();
  }
  for (const name of msg.unavailable ?? []) asked.get(name)?.resolve();
}

/** Characters of JSON (about) in one message of a set-wide list (`sendInParts`). */
const PART_CHARS = 200_000;

/** Sends an Analysis to the page a piece at a time: each document alone, its tokens packed
 *  (200,000 token objects take the page over 100 ms to receive, one transferred Uint32Array
 *  no time), then the set-wide lists in slices of about PART_CHARS characters of JSON (the
 *  names of 5,000 articles each list thousands of documents), then the rest. The page
 *  receives each message in a task of its own, so a large analysis never holds its thread
 *  for long. */
function sendInParts(id, value) {
  for (const field of ['documents', 'entities', 'brief', 'keyphrases', 'speakers']) {
    const list = value[field];
    value[field] = [];
    if (field === 'documents') {
      for (const d of list) self.postMessage({ type: 'part', id, field, items: [d] }, d.tokens ? [packTokens(d).buffer] : []);
      continue;
    }
    let items = [];
    let chars = 0;
    for (const item of list) {
      items.push(item);
      chars += JSON.stringify(item).length;
      if (chars >= PART_CHARS) {
        self.postMessage({ type: 'part', id, field, items });
        items = [];
        chars = 0;
      }
    }
    if (items.length) self.postMessage({ type: 'part', id, field, items });
  }
  result(id, value, [], { packed: true });
}

const TOKEN_KINDS = [];

/** Replaces a document's (or a tokenization's) token objects by one Uint32Array of (start,
 *  end, kind) triples, which crosses to the page without a copy; `token_kinds` names the kind
 *  numbers. */
function packTokens(doc) {
  const packed = new Uint32Array(doc.tokens.length * 3);
  doc.tokens.forEach((t, i) => {
    let kind = TOKEN_KINDS.indexOf(t.kind);
    if (kind < 0) kind = TOKEN_KINDS.push(t.kind) - 1;
    packed[i * 3] = t.start;
    packed[i * 3 + 1] = t.end;
    packed[i * 3 + 2] = kind;
  });
  doc.tokens = packed;
  doc.token_kinds = TOKEN_KINDS.slice();
  return packed;
}
