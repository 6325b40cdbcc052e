// Assembles dist/index.html: ONE self-contained file that works from file:// (no ES modules,
// no fetch): the page's CSS and JS inlined, the wasm and every model file inlined as base64 of
// gzip (unpacked in the page with DecompressionStream; base64 of raw bytes would gzip 20%
// worse; the gzip is Zopfli's, 92 KB smaller than zlib's level 9 on these files), the
// worker's source (wasm-bindgen's classic glue + www/worker.js) inlined as text, and, when
// the seed articles are found, the sample articles as JSON. A
// Content-Security-Policy with the hashes of the page's own script and style forbids every
// other script and every network connection.
//
//   node scripts/assemble-page.mjs GLUE_DIR MODELS_DIR SEEDS_DIR OUT.html
import { createHash } from 'node:crypto';
import zopfli from '@gfx/zopfli';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [glueDir, modelsDir, seedsDir, out] = process.argv.slice(2);
const read = (p) => readFileSync(p, 'utf8');
const www = new URL('../www/', import.meta.url).pathname;

/** Text placed inside a <script> element must not close it. */
function scriptSafe(text, what) {
  if (/<\/script/i.test(text)) throw new Error(`${what} contains "</script": cannot inline it`);
  return text;
}

const glue = read(join(glueDir, 'lente.js'));
const packed = async (path) => Buffer.from(await zopfli.gzipAsync(readFileSync(path), {})).toString('base64');
const wasm = await packed(join(glueDir, 'lente_bg.wasm'));
const models = await Promise.all(readdirSync(modelsDir).filter((f) => !f.endsWith('.md')).sort()
  .map(async (name) => `<script id="lente-model-${name}" type="application/octet-stream">${await packed(join(modelsDir, name))}</script>`));
const workerSource = scriptSafe(`${glue}\n${read(join(www, 'worker.js'))}`, 'worker source');
const app = scriptSafe(`${read(join(www, 'app.js'))}\n${read(join(www, 'page.js'))}`, 'app.js');
const style = read(join(www, 'style.css'));

let samples = [];
if (seedsDir && existsSync(seedsDir)) {
  samples = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, text: read(join(seedsDir, name)) }));
} else {
  console.error(`assemble-page: no sample articles at ${seedsDir}: the page has no "Try the sample articles" button`);
}
// JSON in a script element: escape "<" so no text can close the element.
const samplesJson = JSON.stringify(samples).replace(/</g, '\\u003c');

const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(app)} 'wasm-unsafe-eval'`,
  `style-src ${sha(style)}`,
  'worker-src blob:',
  "img-src data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const page = read(join(www, 'index.html'))
  .replace('<!--CSP-->', () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace('<!--STYLE-->', () => `<style>${style}</style>`)
  .replace('<!--ANALYZER-->', () => read(join(www, 'analyzer.html')))
  .replace('<!--DATA-->', () => [
    `<script id="lente-wasm" type="application/octet-stream">${wasm}</script>`,
    ...models,
    `<script id="lente-worker" type="text/plain">${workerSource}</script>`,
    `<script id="lente-samples" type="application/json">${samplesJson}</script>`,
  ].join('\n'))
  .replace('<!--APP-->', () => `<script>${app}</script>`);
for (const marker of ['<!--CSP-->', '<!--STYLE-->', '<!--ANALYZER-->', '<!--DATA-->', '<!--APP-->']) {
  if (page.includes(marker)) throw new Error(`www/index.html: ${marker} was not replaced`);
}
writeFileSync(out, page);
