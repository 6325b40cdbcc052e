import { defineConfig } from 'vite';

export default defineConfig({
  // Lente finds its wasm and model files with new URL('./…', import.meta.url). Vite's dev
  // server pre-bundles dependencies into node_modules/.vite/deps, where those relative URLs
  // lead nowhere: keep lente out of the pre-bundling. (`vite build` is fine either way.)
  optimizeDeps: { exclude: ['lente'] },
});
