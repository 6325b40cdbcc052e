// Starts the page's analyzer (app.js) on what this one file inlines: the core's wasm and each
// model file gzipped in base64, the worker's source, the sample articles. A language's model
// files are unpacked only when a text in that language arrives. The reader's documents are
// kept in the browser (IndexedDB database `lente`) until the reader forgets them.
'use strict';
(() => {
  const inline = (id) => document.getElementById(id)?.textContent;

  /** Bytes from base64 of gzip. Uint8Array.fromBase64 where the browser has it: a loop over
   *  the 1.4 million characters of the core took the page's thread for tens of milliseconds. */
  async function gunzip(b64) {
    let bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(b64.trim());
    } else {
      const binary = atob(b64.trim());
      bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    }
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  lenteApp(document, {
    workerSource: inline('lente-worker'),
    module: async () => WebAssembly.compile(await gunzip(inline('lente-wasm'))),
    model: async (name) => {
      const packed = inline(`lente-model-${name}`);
      if (packed == null) throw new Error('it is not in this page');
      return gunzip(packed);
    },
    samples: JSON.parse(inline('lente-samples')),
    persist: 'lente',
  });
})();
