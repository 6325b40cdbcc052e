// Keep and forget, search in context, downloads: the page keeps the reader's articles in
// IndexedDB across reloads until Forget everything (and says so when it cannot), lists every
// occurrence of a word or a name in context, and gives the analysis as JSON and CSV files.
// Headless Chromium, dist/index.html opened by file://; nothing leaves the machine.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { dropFiles, hasSeeds, highlightedHit, launch, networkRequests, openPage, seeds, until } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const noSeeds = hasSeeds ? false : 'seed articles not found at ../shared/seeds: skipped';

/** A text with a multi-paragraph quotation holding a comma, a quote and a line break, two
 *  values, accents, word forms, and markup to be shown as text. */
const TRICKY = 'Crisi, il ministro parla\n\nIl ministro Mario Rossi ha detto: «La crisi, dice "il governo", è finita.\n\n' +
  '«Ora si riparte, davvero». Il 3 marzo 2024 il debito era di 1,5 milioni di euro.\n\n' +
  'Perché i governi cambiano? La politica governativa resta. Un testo con <img src=x onerror=alert(1)> dentro.';
const FORMULA = '=HYPERLINK("http://x.example","go")';

async function settled(page, count) {
  await page.waitForFunction((c) => document.getElementById('working').hidden && document.querySelectorAll('.card').length === c
    && !document.getElementById('status').textContent.startsWith('Linking'), count, { timeout: 120000 });
}

/** The records in the page's IndexedDB database `lente` ({name, outlet, bytes: whether kept as
 *  bytes}), or null when there is no such database (it is never created here). */
const kept = (page) => page.evaluate(async () => {
  if (!(await indexedDB.databases()).some((d) => d.name === 'lente')) return null;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('lente');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction('documents').objectStore('documents').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result.map((r) => ({ name: r.name, outlet: r.outlet, bytes: r.bytes instanceof Uint8Array })));
      };
    };
  });
});

const cardNames = (page) => page.$$eval('.card', (c) => c.map((x) => x.dataset.name));
const outlets = (page) => page.$$eval('.card .outlet', (b) => b.map((x) => x.textContent));
const messages = (page) => page.$$eval('#messages li', (li) => li.map((x) => x.textContent));

async function rename(page, nth, name) {
  await page.click(`.card:nth-child(${nth}) .outlet`);
  await page.fill(`.card:nth-child(${nth}) .outlet-name`, name);
  await page.press(`.card:nth-child(${nth}) .outlet-name`, 'Enter');
  await page.waitForFunction(([nth, name]) => document.querySelector(`.card:nth-child(${nth}) .outlet`)?.textContent === name, [nth, name]);
}

async function paste(page, text) {
  await page.$eval('#paste-box', (box) => { box.open = true; });
  await page.fill('#paste', text);
  await page.click('#paste-go');
}

/** Clicks a download button; returns the file's text (checking its name). */
async function download(page, file) {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click(`[data-file="${file}"]`)]);
  assert.equal(saved.suggestedFilename(), file);
  return readFileSync(await saved.path(), 'utf8');
}

/** Parses CSV as RFC 4180 writes it: fields split by commas, records each ended by CRLF; a
 *  quoted field may hold commas, line breaks and doubled quotes. Throws on anything else. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  for (let i = 0; i < text.length;) {
    let field = '';
    if (text[i] === '"') {
      for (i++; text[i] !== '"' || text[i + 1] === '"'; i++) {
        if (i >= text.length) throw new Error('a quoted field is not closed');
        if (text[i] === '"') i++;
        field += text[i];
      }
      i++;
    } else {
      for (; i < text.length && !',\r\n'.includes(text[i]); i++) {
        if (text[i] === '"') throw new Error(`a quote in an unquoted field at ${i}`);
        field += text[i];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
    }
  }
  if (row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** A field as a spreadsheet must not run it: a leading = + - @ (or tab, CR) gets a '. */
const guarded = (value) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value ?? ''));

test('the CSV parser of these tests reads RFC 4180 and refuses what is not', () => {
  assert.deepEqual(parseCsv('a,"b,c","d""e",\r\n"x\r\ny",,z\r\n'), [['a', 'b,c', 'd"e', ''], ['x\r\ny', '', 'z']]);
  assert.throws(() => parseCsv('a,b\n'), /CRLF/);
  assert.throws(() => parseCsv('a,b"c\r\n'), /quote/);
  assert.throws(() => parseCsv('"a\r\n'), /not closed/);
});

test('the articles and the outlet names the reader gave come back after a reload, until Forget everything', { skip: noSeeds }, async () => {
  const { page, requests, errors } = await openPage(browser);
  assert.equal(await page.isVisible('#forget'), true, 'the page keeps articles: it offers to forget them');
  await page.click('#samples');
  await settled(page, 5);
  await rename(page, 1, 'Avantgardia Notizie');
  await page.click('.card:nth-child(3) .remove');
  await settled(page, 4);
  const names = seeds().map((s) => s.name).filter((_, i) => i !== 2);
  assert.deepEqual(await cardNames(page), names);
  await until(async () => {
    const records = await kept(page);
    return records?.length === 4 && records[0].outlet === 'Avantgardia Notizie' && records.map((r) => r.name).join() === names.join();
  }, 'the 4 articles and the new outlet name to be kept');
  const entities = await download(page, 'lente-entities.csv');
  const corpus = await page.textContent('#corpus');

  await page.reload();
  await settled(page, 4);
  assert.deepEqual(await cardNames(page), names, 'the same articles, in the same order');
  assert.equal((await outlets(page))[0], 'Avantgardia Notizie', 'the outlet keeps the reader\'s name');
  assert.ok((await messages(page)).includes('Restored 4 articles saved in this browser.'), (await messages(page)).join('\n'));
  assert.equal(await page.textContent('#corpus'), corpus, 'analysed again, the same');
  assert.equal(await download(page, 'lente-entities.csv'), entities, 'the same entities, outlets renamed');
  assert.equal((await kept(page)).length, 4, 'restoring keeps no second copy');

  // Forget everything: a first click only asks.
  await page.click('#forget');
  assert.match(await page.textContent('#forget'), /^Click again/);
  await delay(300);
  assert.equal((await cardNames(page)).length, 4, 'nothing forgotten on the first click');
  await page.click('#forget');
  await settled(page, 0);
  await page.waitForFunction(() => [...document.querySelectorAll('#messages li')].some((li) => li.textContent.startsWith('Forgotten')));
  assert.equal(await kept(page), null, 'the database is deleted');
  assert.equal(await page.textContent('#forget'), 'Forget everything');

  await page.reload();
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await delay(1000);
  assert.deepEqual(await cardNames(page), []);
  assert.deepEqual(await messages(page), [], 'nothing restored');
  assert.deepEqual(await kept(page), [], 'an empty database');
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('dropped files are kept as they came (bytes, HTML), and Clear all forgets them too', async () => {
  const { page, requests, errors } = await openPage(browser);
  const html = '<!doctype html><html><head><title>Notizia</title><meta property="og:site_name" content="Il Foglio Web"></head>' +
    '<body><article><h1>Il vertice di Roma</h1><p>Il presidente Sergio Mattarella ha incontrato a Roma il sindaco di Milano.</p></article></body></html>';
  const latin1 = Buffer.from('La città di Milano\n\nIl sindaco della città ha parlato ieri sera a Milano.\n', 'latin1');
  await dropFiles(page, [{ name: 'notizia.html', text: html, type: 'text/html' }, { name: 'latin1.txt', bytes: latin1 }]);
  await settled(page, 2);
  const cards = () => page.$$eval('.card', (c) => c.map((x) => [x.dataset.name, x.querySelector('h2').textContent, x.querySelector('.meta').textContent]));
  const shown = await cards();
  assert.match(shown[0][2], /^Il Foglio Web · notizia\.html/, 'read as a web page');
  assert.equal(shown[1][1], 'La città di Milano', 'decoded from Latin-1');
  await until(async () => (await kept(page))?.length === 2, 'both files to be kept');
  assert.deepEqual((await kept(page)).map((r) => [r.name, r.bytes]), [['notizia.html', true], ['latin1.txt', true]]);

  await page.reload();
  await settled(page, 2);
  assert.deepEqual(await cards(), shown, 'read again from their bytes, the same');

  await page.click('#clear');
  await settled(page, 0);
  await until(async () => (await kept(page))?.length === 0, 'Clear all to empty the store');
  await page.reload();
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await delay(1000);
  assert.deepEqual(await cardNames(page), []);
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('without IndexedDB (a private window) the page says it keeps nothing and works on', async () => {
  const { page, errors } = await openPage(browser, undefined, () => {
    IDBFactory.prototype.open = () => { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); };
  });
  await page.waitForSelector('#messages li.warning');
  assert.deepEqual(await messages(page), ['Your articles cannot be kept in this browser (A mutation operation was attempted on a database that did not allow mutations.): they will be gone after a reload. Everything else works.']);
  assert.equal(await page.isHidden('#forget'), true, 'nothing to forget');
  await paste(page, TRICKY);
  await settled(page, 1);
  assert.ok(await page.$$eval('.card mark.k-PER', (m) => m.length) > 0, 'analysed');
  assert.equal((await messages(page)).length, 1, 'said once');
  assert.deepEqual(errors, []);
});

test('when the browser\'s storage is full each article not kept is named, and the page works on', async () => {
  const { page, errors } = await openPage(browser, undefined, () => {
    IDBObjectStore.prototype.add = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await dropFiles(page, [{ name: 'a.txt', text: TRICKY }, { name: 'b.txt', text: 'Il sindaco di Milano ha parlato a Roma.' }]);
  await settled(page, 2);
  await until(async () => (await messages(page)).length === 2, 'two messages');
  assert.deepEqual(await messages(page), [
    'a.txt: not kept in this browser, so a reload will lose it (the browser’s storage is full).',
    'b.txt: not kept in this browser, so a reload will lose it (the browser’s storage is full).',
  ]);
  // Removing an article that was never kept is fine.
  await page.click('.card:nth-child(1) .remove');
  await settled(page, 1);
  await delay(300);
  assert.equal((await messages(page)).length, 2);
  assert.deepEqual(errors, []);
});

test('the downloads: the whole Analysis as JSON, and entities, quotes and figures as guarded RFC 4180 CSV', { skip: noSeeds }, async () => {
  const { page, requests, errors } = await openPage(browser);
  assert.equal(await page.isHidden('#export'), true, 'no downloads before an analysis');
  await page.click('#samples');
  await settled(page, 5);
  await paste(page, TRICKY);
  await settled(page, 6);
  await rename(page, 6, FORMULA);
  const pasted = (await cardNames(page))[5];

  const a = JSON.parse(await download(page, 'lente-analysis.json'));
  assert.deepEqual(Object.keys(a), ['version', 'offsets', 'documents', 'corpus', 'entities', 'brief', 'keyphrases', 'speakers', 'comparison']);
  assert.ok(a.comparison.quote_variants.some((g) => g.quotes.map((q) => q.document).join() === '0,1,3'), 'compagni d’armi: one group');

  // The core's report, citing outlets by the reader's names; user text never becomes markup.
  const md = await download(page, 'lente-report.md');
  assert.match(md, /^# Lente report: 6 articles/);
  for (const part of ['## Brief', '## Who said what', '## Shared passages', '## Figures side by side', '## Timeline', '## Quote variants', 'TheSocialPost.it', 'compagni d’armi']) {
    assert.ok(md.includes(part), `the Markdown report has ${part}`);
  }
  const html = await download(page, 'lente-report.html');
  assert.match(html, /^<!doctype html>/);
  assert.ok(html.includes('<h2>Quote variants</h2>') && html.includes('Tendenzediviaggio.it'));
  assert.ok(!/<(script|img|iframe)/i.test(html), 'no markup from the texts');
  assert.equal(a.offsets, 'utf16');
  assert.deepEqual(a.documents.map((d) => d.name), [...seeds().map((s) => s.name), pasted]);
  assert.ok(a.documents.every((d) => typeof d.outlet.name === 'string' && d.outlet.name && typeof d.text === 'string'));
  assert.deepEqual(a.documents[5].outlet, { name: FORMULA, from: 'reader' }, 'the reader\'s name, as the schema says');
  assert.equal(a.documents[1].outlet.name, 'TheSocialPost.it');
  assert.ok(a.entities.length > 10 && a.entities.some((e) => e.name === 'Vladimir Putin'));
  assert.ok(a.documents.every((d) => d.tokens.length > 10 && d.tokens.every((t) => typeof t.kind === 'string' && t.end > t.start)));
  assert.ok(a.documents.every((d) => d.mentions.every((m) => a.entities[m.entity].variants.some((v) => v.text === d.text.slice(m.start, m.end)))));

  const entities = parseCsv(await download(page, 'lente-entities.csv'));
  assert.deepEqual(entities[0], ['name', 'kind', 'mentions', 'documents', 'outlets', 'salience']);
  assert.deepEqual(entities.slice(1), a.entities.map((e) => [e.name, e.kind, e.mentions, e.documents.length,
    [...new Set(e.documents.map((d) => a.documents[d.document].outlet.name))].join('; '), e.salience].map(guarded)));
  const rossi = entities.find((row) => row[0] === 'Mario Rossi');
  assert.equal(rossi[4], `'${FORMULA}`, 'a formula is guarded');

  const quotes = parseCsv(await download(page, 'lente-quotes.csv'));
  assert.deepEqual(quotes[0], ['outlet', 'document', 'speaker', 'quote', 'start', 'end', 'scare']);
  assert.equal(quotes.length - 1, a.documents.reduce((sum, d) => sum + d.quotes.length, 0));
  const long = quotes.find((row) => row[1] === pasted && row[2] === 'Mario Rossi');
  const q = a.documents[5].quotes.find((x) => x.start === Number(long[4]));
  assert.equal(long[3], a.documents[5].text.slice(q.start, q.end), 'the quotation whole');
  assert.ok(long[3].includes(',') && long[3].includes('"') && long[3].includes('\n'), long[3]);
  assert.deepEqual([long[0], long[5], long[6]], [`'${FORMULA}`, String(q.end), 'false']);
  for (const row of quotes.slice(1)) {
    const d = a.documents.find((x) => x.name === row[1]);
    assert.equal(row[3], guarded(d.text.slice(Number(row[4]), Number(row[5]))));
  }

  const figures = parseCsv(await download(page, 'lente-figures.csv'));
  assert.deepEqual(figures[0], ['outlet', 'document', 'kind', 'text', 'value', 'start', 'end', 'group', 'agree']);
  const groupOf = (d, k) => a.comparison.figures.find((g) => g.items.some((f) => f.document === d && f.value === k));
  assert.deepEqual(figures.slice(1), a.documents.flatMap((d, i) => d.values.map((v, k) =>
    [d.outlet.name, d.name, v.kind, d.text.slice(v.start, v.end), JSON.stringify(v.value), v.start, v.end, groupOf(i, k)?.label ?? '', groupOf(i, k)?.agree ?? ''].map(guarded))));
  assert.ok(figures.some((row) => row[3] === '1,5 milioni di euro' && JSON.parse(row[4]).number === 1500000 && row[7] === 'money:EUR'));
  assert.ok(figures.some((row) => row[3] === '11.000 container' && row[7] === 'quantity:conta'), 'grouped as the comparison groups it');
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

const hits = (page) => page.$$eval('#search-hits li:not(.more)', (li) => li.map((x) => ({
  document: x.querySelector('button').title, outlet: x.querySelector('.source').textContent, match: x.querySelector('mark').textContent,
  before: x.querySelector('.before').textContent, after: x.querySelector('.after').textContent,
})));

async function search(page, query) {
  await page.fill('#search-field', query);
  await page.waitForFunction((q) => document.getElementById('search-summary').textContent.includes(`“${q}”`), query);
  return { summary: await page.textContent('#search-summary'), hits: await hits(page) };
}

test('search lists every occurrence of a word or a name in context, and a click shows it in its card', { skip: noSeeds }, async () => {
  const { page, requests, errors } = await openPage(browser);
  assert.equal(await page.isHidden('#search'), true, 'no search before an analysis');
  await page.click('#samples');
  await settled(page, 5);
  await paste(page, TRICKY);
  await settled(page, 6);

  const putin = await search(page, 'Putin');
  assert.deepEqual([...new Set(putin.hits.map((h) => h.document))], seeds().map((s) => s.name), 'hits from all five articles, in order');
  assert.ok(putin.hits.every((h) => h.outlet.length > 0 && /putin/i.test(h.match)), JSON.stringify(putin.hits.slice(0, 3)));
  assert.ok(putin.hits.some((h) => h.match === 'Vladimir Putin'), 'every mention of the person, under every spelling');
  const mentions = Number((await page.textContent('.entity-panel button.entity:has-text("Vladimir Putin") .count')).slice(1));
  assert.ok(putin.hits.length >= mentions, `${putin.hits.length} hits, ${mentions} mentions`);
  assert.match(putin.summary, new RegExp(`^“Putin”: ${putin.hits.length} matches in 5 of 6 articles · every mention of Vladimir Putin, as `));
  assert.ok(putin.hits.some((h) => h.before.includes('presidente russo')), 'the words before it');

  const kim = await search(page, 'Kim Jong-un');
  const spellings = new Set(kim.hits.map((h) => h.match));
  for (const s of ['Kim Jong-un', 'Kim Jong Un', 'Kim']) assert.ok(spellings.has(s), `${s} among ${[...spellings]}`);

  const perche = (await search(page, 'PERCHE')).hits.map((h) => h.match);
  assert.ok(perche.includes('Perché') && perche.every((w) => w.toLowerCase() === 'perché'), `case and accents aside: ${perche}`);
  const forms = (await search(page, 'governo')).hits.map((h) => h.match.toLowerCase());
  for (const w of ['governo', 'governi', 'governativa']) assert.ok(forms.includes(w), `${w} among ${forms}`);
  await page.uncheck('#search-forms');
  const exact = (await hits(page)).map((h) => h.match.toLowerCase());
  assert.ok(exact.length > 0 && exact.every((w) => w === 'governo'), exact.join());
  await page.check('#search-forms');

  const hostile = await search(page, '<img src=x onerror=alert(1)>');
  assert.deepEqual(hostile.hits.map((h) => h.match), ['<img src=x onerror=alert(1)>'], 'found, as text');
  assert.equal(await page.$$eval('#search img, .card img', (x) => x.length), 0);
  assert.equal((await search(page, '<script>zzz')).summary, 'No match for “<script>zzz”.');

  // A click opens the card's text, scrolls to the place and highlights it.
  await search(page, 'Putin');
  const last = putin.hits.at(-1);
  await page.click('#search-hits li:nth-child(' + putin.hits.length + ') button');
  const shown = await until(() => highlightedHit(page), 'the highlight');
  assert.deepEqual(shown, { text: last.match, card: last.document, visible: true, waiting: false });
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('search over many articles: the list is capped, and a hit far down a card not drawn yet is shown', async () => {
  const { page, requests, errors } = await openPage(browser);
  const paragraph = 'Il presidente Sergio Mattarella ha incontrato a Roma il sindaco di Milano. ';
  const small = Array.from({ length: 60 }, (_, i) => ({ name: `n${String(i).padStart(2, '0')}.txt`, text: `Notizia ${i}\n\n${paragraph}` }));
  const long = { name: 'lungo.txt', text: `Lungo\n\n${paragraph.repeat(1500)}\n\nIl viaggio finisce a Zanzibar.` };
  await dropFiles(page, [...small, long]);
  await settled(page, 61);
  const many = await search(page, 'Mattarella');
  assert.match(many.summary, /^“Mattarella”: 1,560 matches in 61 of 61 articles$/);
  assert.equal(many.hits.length, 300);
  assert.equal(await page.textContent('#search-hits li.more'), '1,260 more not listed: narrow the search.');
  assert.equal(await page.$eval('.card[data-name="lungo.txt"]', (c) => c.classList.contains('waiting')), true, 'the last card is not drawn yet');
  const far = await search(page, 'zanzibar');
  assert.deepEqual(far.hits.map((h) => [h.document, h.match, h.before]), [['lungo.txt', 'Zanzibar', 'Il viaggio finisce a ']]);
  await page.click('#search-hits button');
  const shown = await until(() => highlightedHit(page), 'the highlight');
  assert.deepEqual(shown, { text: 'Zanzibar', card: 'lungo.txt', visible: true, waiting: false });
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});
