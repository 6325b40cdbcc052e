// Lente's worker: runs the wasm core off the page's thread, one job at a time. Runs after
// wasm-bindgen's classic glue, which defines the global `wasm_bindgen`. Messages:
//   in:  {type: 'init', module: WebAssembly.Module}
//        {type: 'analyze', id, document: {id, name, text | bytes, format?}, options}
//        {type: 'combine', id, links: [links of each document], options}
//        {type: 'memory', id}: the bytes of wasm memory in use
//   out: {type: 'ready', version} | {type: 'result', id, value} | {type: 'error', id, message}
//        | {type: 'crash', id, message}: the wasm trapped; this worker must be replaced
/* global wasm_bindgen */
let wasm = null;
self.onmessage = (event) => {
  const msg = event.data;
  try {
    if (msg.type === 'init') {
      wasm = wasm_bindgen.initSync({ module: msg.module });
      self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
    } else if (msg.type === 'analyze') {
      const value = wasm_bindgen.analyzeDocument(msg.document, msg.options);
      const tokens = packTokens(value.document);
      self.postMessage({ type: 'result', id: msg.id, value }, [tokens.buffer, value.links.buffer]);
    } else if (msg.type === 'combine') {
      self.postMessage({ type: 'result', id: msg.id, value: wasm_bindgen.combine(msg.links, msg.options) });
    } else if (msg.type === 'memory') {
      self.postMessage({ type: 'result', id: msg.id, value: wasm.memory.buffer.byteLength });
    }
  } catch (err) {
    const crash = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ type: crash ? 'crash' : 'error', id: msg.id, message: String((err && err.message) || err) });
  }
};

const TOKEN_KINDS = [];

/** Replaces a document's token objects by one Uint32Array of (start, end, kind) triples,
 *  which crosses to the page without a copy; `token_kinds` names the kind numbers. */
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
