// Lente's worker: runs the wasm core off the page's thread. Runs after wasm-bindgen's
// classic glue, which defines the global `wasm_bindgen`. Messages:
//   in:  {type: 'init', module: WebAssembly.Module}
//        {type: 'analyze', id, documents: [{id, name, text | bytes, format?}], options}
//   out: {type: 'ready', version} | {type: 'progress', id, done, total}
//        | {type: 'result', id, analysis} | {type: 'error', id, message}
//        | {type: 'crash', id, message}: the wasm trapped; this worker must be replaced
/* global wasm_bindgen */
self.onmessage = (event) => {
  const msg = event.data;
  try {
    if (msg.type === 'init') {
      wasm_bindgen.initSync({ module: msg.module });
      self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
    } else if (msg.type === 'analyze') {
      const progress = (done, total) => self.postMessage({ type: 'progress', id: msg.id, done, total });
      const analysis = wasm_bindgen.analyze(msg.documents, msg.options, progress);
      self.postMessage({ type: 'result', id: msg.id, analysis });
    }
  } catch (err) {
    const crash = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ type: crash ? 'crash' : 'error', id: msg.id, message: String((err && err.message) || err) });
  }
};
