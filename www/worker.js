// Lente's worker: runs the wasm core off the page's thread. Runs after wasm-bindgen's
// classic glue, which defines the global `wasm_bindgen`. Messages:
//   in:  {type: 'init', module: WebAssembly.Module}
//        {type: 'analyze', id, documents: [{id, name, text, format?}], options}
//   out: {type: 'ready', version} | {type: 'result', id, analysis} | {type: 'error', id, message}
/* global wasm_bindgen */
self.onmessage = (event) => {
  const msg = event.data;
  try {
    if (msg.type === 'init') {
      wasm_bindgen.initSync({ module: msg.module });
      self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
    } else if (msg.type === 'analyze') {
      const analysis = wasm_bindgen.analyze(msg.documents, msg.options);
      self.postMessage({ type: 'result', id: msg.id, analysis });
    }
  } catch (err) {
    self.postMessage({ type: 'error', id: msg.id, message: String(err && err.message || err) });
  }
};
