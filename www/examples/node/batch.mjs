// Lente in a Node batch: one JSON line per file, on standard output.
//
//   node batch.mjs FILE…        files (.txt, .md, .html; any encoding, the core decodes them)
//   node batch.mjs FOLDER…      every file directly in each folder, in name order
//
// Each line: {"id", "lang", "title", "entities": [{"name", "kind"}], "summary": [sentence…],
// "quotes": [{"speaker", "text"}], "notes": [code…]}. Entities are the document's people,
// places and organizations, most salient first (names below 0.90 confidence left out, as the
// page does); a quote's speaker is null when unknown; scare quotes are left out.
//
// Needs Node >= 20.19. Imports the package `lente` when it is installed (npm i
// ./lente-0.1.0.tgz, beside this script or above it), else ../../pkg/lente.js, as in dist/.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

const lente = await import('lente').catch((err) => {
  if (err.code !== 'ERR_MODULE_NOT_FOUND') throw err;
  return import('../../pkg/lente.js');
});

// `node batch.mjs … | head` closes the pipe early: stop quietly.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

const args = process.argv.slice(2);
if (!args.length) {
  console.error('usage: node batch.mjs FILE|FOLDER…');
  process.exit(2);
}

const files = [];
for (const arg of args) {
  if ((await stat(arg)).isDirectory()) {
    const names = (await readdir(arg, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
    files.push(...names.map((name) => join(arg, name)));
  } else {
    files.push(arg);
  }
}

await lente.default(); // no arguments: the wasm core and both languages' models, from the package

for (const path of files) {
  const input = { id: basename(path), name: basename(path), bytes: await readFile(path) };
  const analysis = lente.analyze([input], { tokens: false });
  const doc = analysis.documents[0];
  const text = doc.text; // the decoded text, which every offset refers to
  const slice = (span) => text.slice(span.start, span.end);
  const names = analysis.entities.filter((e) => !e.uncertain);
  console.log(JSON.stringify({
    id: doc.id,
    lang: doc.lang,
    title: doc.title && slice(doc.title),
    entities: names.map((e) => ({ name: e.name, kind: e.kind })),
    summary: doc.summary.map((i) => slice(doc.sentences[i])),
    quotes: doc.quotes.filter((q) => !q.scare).map((q) => ({
      speaker: q.entity != null ? analysis.entities[q.entity].name : q.speaker && slice(q.speaker),
      text: slice(q),
    })),
    notes: doc.notes.map((n) => n.code),
  }));
}
