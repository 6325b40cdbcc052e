// Prints the page weight as a Markdown table: dist/index.html (one file: code, core and the
// models it inlines), the wasm core and the package's models, raw and gzipped.
//   node scripts/page-weight.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const models = readdirSync(root + 'dist/pkg/models').map((name) => `dist/pkg/models/${name}`);
console.log('| file | raw | gzip -9 |');
console.log('|---|---:|---:|');
for (const file of ['dist/index.html', 'dist/pkg/core/lente_bg.wasm', 'dist/pkg/lente.js', ...models]) {
  const bytes = readFileSync(root + file);
  console.log(`| ${file} | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)} |`);
}
