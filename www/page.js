// Starts the page's analyzer (app.js) on what this one file inlines: the core's wasm and each
// model file gzipped in base64, the worker's source, the sample articles. A language's model
// files are unpacked only when a text in that language arrives. The reader's documents are
// kept in the browser (IndexedDB database `lente`) until the reader forgets them.
'use strict';
(() => {
  const inline = (id) => document.getElementById(id)?.textContent;

  /** A worker that turns base64 of gzip into bytes, or into a compiled WebAssembly.Module:
   *  decoding and inflating the core on the page's thread held it for up to 90 ms while the
   *  page loaded. Uint8Array.fromBase64 where the browser has it, else atob. */
  function unpacker() {
    self.onmessage = async ({ data: { id, b64, compile } }) => {
      try {
        let bytes;
        if (Uint8Array.fromBase64) {
          bytes = Uint8Array.fromBase64(b64.trim());
        } else {
          const binary = atob(b64.trim());
          bytes = new Uint8Array(binary.length);
          for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        }
        const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
        const raw = new Uint8Array(await new Response(stream).arrayBuffer());
        if (compile) self.postMessage({ id, value: await WebAssembly.compile(raw) });
        else self.postMessage({ id, value: raw }, [raw.buffer]);
      } catch (err) {
        self.postMessage({ id, error: String(err?.message ?? err) });
      }
    };
  }

  let helper = null;
  let nextId = 0;
  const pending = new Map();
  /** `b64` unpacked off the page's thread: bytes, or a WebAssembly.Module with `compile`. */
  function unpack(b64, compile = false) {
    if (!helper) {
      const url = URL.createObjectURL(new Blob([`(${unpacker})()`], { type: 'text/javascript' }));
      helper = new Worker(url);
      URL.revokeObjectURL(url);
      helper.onmessage = ({ data }) => {
        const { resolve, reject } = pending.get(data.id);
        pending.delete(data.id);
        if (data.error != null) reject(new Error(data.error));
        else resolve(data.value);
        if (!pending.size) {
          helper.terminate(); // made again for the next file: its memory back meanwhile
          helper = null;
        }
      };
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      helper.postMessage({ id, b64, compile });
    });
  }

  lenteApp(document, {
    workerSource: inline('lente-worker'),
    module: () => unpack(inline('lente-wasm'), true),
    model: async (name) => {
      const packed = inline(`lente-model-${name}`);
      if (packed == null) throw new Error('it is not in this page');
      return unpack(packed);
    },
    samples: JSON.parse(inline('lente-samples')),
    persist: 'lente',
  });
})();
