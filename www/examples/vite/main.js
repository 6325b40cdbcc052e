import init, { analyze, version } from 'lente';
import { createLenteWorker } from 'lente/worker';

const text = `Putin incontra Kim a Pyongyang

Il presidente russo Vladimir Putin incontra Kim Jong-un a Pyongyang, nella sua prima visita in Corea del Nord dal 2000.
I due leader hanno firmato un accordo di partenariato strategico. «È un giorno storico», ha detto Putin.
La NATO e gli Stati Uniti seguono la visita con preoccupazione.`;

const $ = (id) => document.getElementById(id);
const item = (tag, content) => Object.assign(document.createElement(tag), { textContent: content });

async function main() {
  // On the page's thread: init() loads lente_bg.wasm and the models, which Vite emits as assets.
  await init();
  const analysis = analyze([{ name: 'putin-kim.txt', text }]);
  $('names').replaceChildren(...analysis.entities.map((e) => item('li', `${e.name} (${e.kind})`)));

  // In a Web Worker: the same analysis without blocking the page.
  const lente = createLenteWorker();
  const { documents: [doc] } = await lente.analyze([{ name: 'putin-kim.txt', text }]);
  $('summary').replaceChildren(...doc.summary.map((i) => item('li', text.slice(doc.sentences[i].start, doc.sentences[i].end))));
  lente.terminate();
  $('status').textContent = `Done with Lente ${version()}.`;
}

main().catch((err) => {
  $('status').textContent = `Error: ${err.message}`;
});
