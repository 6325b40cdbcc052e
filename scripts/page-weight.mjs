// Prints the page weight: dist/index.html and the wasm, raw and gzipped.
//   node scripts/page-weight.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('file | raw | gzip -9');
console.log('---|---|---');
for (const file of ['dist/index.html', 'dist/pkg/lente_bg.wasm', 'dist/pkg/lente.js']) {
  const bytes = readFileSync(root + file);
  console.log(`${file} | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)}`);
}
