// Assembles the npm package in dist/pkg/ around the wasm core (core/, from wasm-bindgen) and
// the model files (models/), which build.sh puts there: the API module, the worker module
// with the worker's code inlined, the web components with the analyzer's code, markup and
// style inlined, the types, package.json (version from Cargo.toml), README, CHANGELOG and
// licences.
//
//   node scripts/assemble-package.mjs CLASSIC_GLUE_DIR OUT_DIR
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [glueDir, out] = process.argv.slice(2);
const root = new URL('../', import.meta.url).pathname;
const read = (p) => readFileSync(join(root, p), 'utf8');

/** Replaces each placeholder (which must be present) by its value. */
function fill(text, what, values) {
  for (const [marker, value] of Object.entries(values)) {
    if (!text.includes(marker)) throw new Error(`${what}: ${marker} not found`);
    text = text.replace(marker, () => value);
  }
  return text;
}

const workerSource = `${readFileSync(join(glueDir, 'lente.js'), 'utf8')}\n${read('www/worker.js')}`;
writeFileSync(join(out, 'worker.js'), fill(read('www/pkg/worker.js'), 'worker.js', { "'/*WORKER_SOURCE*/'": JSON.stringify(workerSource) }));
writeFileSync(join(out, 'element.js'), fill(read('www/pkg/element.js'), 'element.js', {
  "'/*WORKER_SOURCE*/'": JSON.stringify(workerSource),
  '/*APP*/': read('www/app.js'),
  "'/*MARKUP*/'": JSON.stringify(read('www/analyzer.html')),
  "'/*STYLE*/'": JSON.stringify(read('www/style.css')),
}));
const version = read('Cargo.toml').match(/^version = "([^"]+)"/m)[1];
const manifest = JSON.parse(read('www/pkg/package.json'));
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
for (const file of ['lente.js', 'lente.d.ts', 'worker.d.ts', 'element.d.ts', 'README.md']) copyFileSync(join(root, 'www/pkg', file), join(out, file));
for (const file of ['CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(join(root, file), join(out, file));
copyFileSync(join(root, 'models/LICENSES.md'), join(out, 'models/LICENSES.md'));
