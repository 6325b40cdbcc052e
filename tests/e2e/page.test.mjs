// End-to-end tests of dist/index.html in headless Chromium, opened by file://.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dropFiles, hasSeeds, launch, networkRequests, openPage, pageUrl, seeds } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const noSeeds = hasSeeds ? false : 'seed articles not found at ../shared/seeds: skipped';

async function cards(page, count) {
  await page.waitForFunction((c) => document.querySelectorAll('.card').length === c, count);
  return page.$$eval('.card', (els) => els.map((e) => ({
    name: e.dataset.name, lang: e.dataset.lang, title: e.querySelector('h2').textContent, meta: e.querySelector('.meta').textContent,
  })));
}

test('dropping the five seed articles shows one analysed card each', { skip: noSeeds }, async () => {
  const { page, requests, errors } = await openPage(browser);
  await dropFiles(page, seeds());
  const shown = await cards(page, 5);
  assert.deepEqual(shown.map((c) => c.name), seeds().map((s) => s.name));
  for (const c of shown) assert.equal(c.lang, 'it', `${c.name} should be Italian`);
  assert.equal(shown[0].title, 'Putin incontra Kim in Corea del Nord: paura per la Sicurezza Globale');
  assert.match(await page.textContent('#corpus'), /^5 documents · [\d,]+ words · [\d,]+ sentences/);
  // Sentences: the quotation closing after its stop stays whole in one sentence.
  await page.click('.card:first-child .sentence-list summary');
  await page.waitForSelector('.card:first-child ol.sentences li');
  const sentences = await page.$$eval('.card:first-child ol.sentences li .sentence', (li) => li.map((x) => x.textContent));
  assert.ok(sentences.some((s) => s.startsWith('“Ci stiamo anche adattando') && !s.endsWith('anni,')), 'quotation sentence');
  assert.ok(sentences.includes('Avantgardia'), 'a line without a final stop is its own sentence');
  // Tokens, drawn when the list is opened, are slices of the original text.
  await page.click('.card:first-child .token-list summary');
  await page.waitForSelector('.card:first-child .tok');
  const tokens = await page.$$eval('.card:first-child .tok', (t) => t.map((x) => x.textContent));
  for (const expected of ['l’', 'Ucraina', 'Jong-un', 'nell’', 'Alleanza', 'un’']) assert.ok(tokens.includes(expected), `token ${expected}`);
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('choosing the seed files through the file input works the same', { skip: noSeeds }, async () => {
  const { page, requests, errors } = await openPage(browser);
  await page.setInputFiles('#files', seeds().map((s) => s.path));
  const shown = await cards(page, 5);
  assert.ok(shown.every((c) => /Italian · [\d,]+ words/.test(c.meta)));
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('the sample button loads the built-in articles', { skip: noSeeds }, async () => {
  const { page, errors } = await openPage(browser);
  await page.click('#samples');
  await cards(page, 5);
  await page.click('.card:first-child .remove');
  await cards(page, 4);
  assert.deepEqual(errors, []);
});

test('a pasted English text is analysed with offsets that slice emoji and accents', async () => {
  const { page, requests, errors } = await openPage(browser);
  const text = 'Mr. Blinken met Stoltenberg in Brussels on June 19, 2024. He didn’t comment 🇺🇸 — “no café talk”.\nA headline without a stop';
  await page.click('#paste-box summary');
  await page.fill('#paste', text);
  await page.click('#paste-go');
  const [card] = await cards(page, 1);
  assert.equal(card.lang, 'en');
  await page.click('.sentence-list summary');
  await page.waitForSelector('ol.sentences li');
  const sentences = await page.$$eval('ol.sentences li .sentence', (li) => li.map((x) => x.textContent));
  assert.deepEqual(sentences, [
    'Mr. Blinken met Stoltenberg in Brussels on June 19, 2024.',
    'He didn’t comment 🇺🇸 — “no café talk”.',
    'A headline without a stop',
  ]);
  await page.click('.token-list summary');
  await page.waitForSelector('.tok');
  const tokens = await page.$$eval('.tok', (t) => t.map((x) => x.textContent));
  for (const expected of ['Mr.', 'didn’t', '🇺🇸', 'café', '”', '2024']) assert.ok(tokens.includes(expected), `token ${expected}`);
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('dates, decades and ranges are highlighted with their values in words', async () => {
  const { page, errors } = await openPage(browser);
  await dropFiles(page, [{ name: 'date.txt', text: 'Negli anni ’90 la Russia cambiò. Il vertice si terrà dal 18 al 20 giugno 2024 a Pyongyang, dopo il biennio 2020-2022.' }]);
  await cards(page, 1);
  const values = await page.$$eval('.text mark.k-VALUE', (m) => m.map((x) => [x.textContent, x.title]));
  assert.deepEqual(values, [
    ['anni ’90', 'date 1990s'],
    ['18 al 20 giugno 2024', 'date 2024-06-18 to 2024-06-20'],
    ['2020-2022', 'date 2020 to 2022'],
  ]);
  assert.deepEqual(errors, []);
});

test('unreadable files get a clear message and the others go on', async () => {
  const { page, errors } = await openPage(browser);
  await dropFiles(page, [
    { name: 'report.pdf.txt', bytes: Buffer.from('%PDF-1.7\n\0\0binary') },
    { name: 'photo.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    { name: 'empty.txt', text: '' },
    { name: 'ok.txt', text: 'Il governo italiano ha approvato la legge di bilancio. Il voto è previsto domani.' },
  ]);
  const shown = await cards(page, 2);
  assert.deepEqual(shown.map((c) => c.name), ['empty.txt', 'ok.txt']);
  const messages = await page.$$eval('#messages li, .notes li', (li) => li.map((x) => x.textContent));
  assert.ok(messages.some((m) => m.startsWith('report.pdf.txt: not read') && m.includes('PDF')), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('photo.png: not read')), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('empty.txt: no text')), messages.join('\n'));
  assert.deepEqual(errors, []);
});

test('hostile HTML is shown as text and nothing in it runs', async () => {
  const { page, requests, errors } = await openPage(browser);
  const html = `<html><head><title>Notizia</title><script>window.pwned = 1</script></head><body>
    <p>Il testo dell’articolo.<img src="x" onerror="window.pwned = 2"></p>
    <p><a href="javascript:window.pwned = 3">link</a> &lt;script&gt;alert(1)&lt;/script&gt;</p></body></html>`;
  await dropFiles(page, [{ name: 'evil.html', text: html, type: 'text/html' }]);
  await cards(page, 1);
  await page.click('.sentence-list summary');
  const body = await page.textContent('.card');
  assert.ok(body.includes('<script>alert(1)</script>'), 'escaped markup is shown as text');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$$eval('.card img, .card script, .card a', (x) => x.length), 0);
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('the page fits a phone screen', { skip: noSeeds }, async () => {
  const { page, errors } = await openPage(browser, { width: 375, height: 800 });
  await page.click('#samples');
  await cards(page, 5);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  assert.deepEqual(errors, []);
});

test('entities are highlighted by type, listed by salience, and a click finds them everywhere', { skip: noSeeds }, async () => {
  const { page, errors } = await openPage(browser);
  await page.click('#samples');
  await cards(page, 5);
  const panel = await page.$$eval('.entity-panel button.entity .name', (b) => b.map((x) => x.textContent));
  assert.ok(panel.slice(0, 3).includes('Vladimir Putin') && panel.slice(0, 3).includes('Kim Jong-un'), panel.join(', '));
  for (const name of ['Corea del Nord', 'Stati Uniti', 'NATO', 'Jens Stoltenberg']) assert.ok(panel.includes(name), name);
  const marks = await page.$$eval('.card:nth-child(1) mark', (m) => m.map((x) => [x.textContent, x.className]));
  assert.ok(marks.some(([t, c]) => t === 'Vladimir Putin' && c.includes('k-PER')), 'Putin highlighted as a person');
  assert.ok(marks.some(([t, c]) => t === 'Corea del Nord' && c.includes('k-LOC')), 'Corea del Nord highlighted as a place');
  assert.ok(marks.some(([t, c]) => t === 'NATO' && c.includes('k-ORG')), 'NATO highlighted as an organization');
  // A card's entity list counts the spellings of that article, as its highlights show them.
  const [putinItem, putins] = await page.$eval('.card:nth-child(1)', (card) => [
    [...card.querySelectorAll('.doc-entities li')].find((li) => li.querySelector('.name').textContent === 'Vladimir Putin')?.textContent ?? '',
    [...card.querySelectorAll('.text mark')].filter((m) => m.textContent === 'Putin').length,
  ]);
  assert.ok(putinItem.includes(`also Putin ×${putins}`), `${putinItem} (${putins} highlights of Putin)`);
  // Clicking Putin in the panel selects his mentions in every card, under every spelling.
  await page.click('.entity-panel button.entity:has-text("Vladimir Putin")');
  const selected = await page.$$eval('mark.selected', (m) => m.map((x) => [x.closest('.card').dataset.name, x.textContent]));
  assert.equal(new Set(selected.map(([card]) => card)).size, 5, 'mentions selected in all five articles');
  assert.deepEqual([...new Set(selected.map(([, t]) => t))].sort(), ['Putin', 'Vladimir Putin']);
  // The legend's toggle hides one type's highlights.
  await page.uncheck('.legend input[data-kind="PER"]');
  assert.equal(await page.$eval('mark.k-PER', (m) => getComputedStyle(m).borderBottomStyle), 'none');
  assert.deepEqual(errors, []);
});

test('uncertain names are hidden until asked for, then shown dimmed', async () => {
  const { page, errors } = await openPage(browser);
  await page.waitForSelector('#paste-box');
  await page.click('#paste-box summary');
  // A title-case section heading (`Story Timeline`) makes an uncertain name; Dallas is sure.
  await page.fill('#paste', 'Story Timeline\n\nPolice in Dallas said on Monday that Carl Reed died after a shooting.');
  await page.click('#paste-go');
  await page.waitForSelector('.card .text mark');
  const state = () => page.$$eval('.card .doc-entities li', (items) => items.map((li) => [li.querySelector('.name').textContent, li.className, getComputedStyle(li).display]));
  const hidden = await state();
  const unsure = hidden.filter(([, cls]) => cls.includes('uncertain'));
  assert.ok(unsure.length > 0, JSON.stringify(hidden));
  assert.ok(unsure.every(([, , display]) => display === 'none'), JSON.stringify(hidden));
  assert.ok(hidden.some(([name, cls, display]) => name === 'Dallas' && !cls.includes('uncertain') && display !== 'none'), JSON.stringify(hidden));
  const mark = await page.$eval('.card .text mark.uncertain', (m) => [m.textContent, getComputedStyle(m).borderBottomStyle]);
  assert.equal(mark[1], 'none', `${mark[0]} is not underlined`);
  await page.check('input[data-uncertain]');
  const shown = await state();
  assert.ok(shown.filter(([, cls]) => cls.includes('uncertain')).every(([, , display]) => display !== 'none'), JSON.stringify(shown));
  assert.ok(await page.$eval('.card .text mark.uncertain', (m) => Number(getComputedStyle(m).opacity) < 1));
  assert.deepEqual(errors, []);
});

test('the brief, key phrases and who said what describe the whole set', { skip: noSeeds }, async () => {
  const { page, errors } = await openPage(browser);
  await page.click('#samples');
  await cards(page, 5);
  assert.equal(await page.isHidden('#working'), true, 'the progress bar is gone once done');
  const points = await page.$$eval('ol.brief li', (li) => li.map((x) => x.querySelector('.point').textContent));
  assert.ok(points.length >= 3, 'a brief of several points');
  const cited = await page.$$eval('ol.brief .source', (s) => new Set(s.map((x) => x.title)).size);
  assert.equal(cited, 5, 'the brief cites every article');
  const phrases = await page.$$eval('ul.phrases li', (li) => li.map((x) => x.firstChild.textContent));
  assert.ok(phrases.slice(0, 5).includes('Corea del Nord'), phrases.join(', '));
  const speakers = await page.$$eval('ul.speakers > li', (li) => li.map((x) => [x.querySelector('.name, .speaker').textContent, x.querySelectorAll('q').length]));
  const names = speakers.map(([name]) => name);
  for (const name of ['Vladimir Putin', 'Kim Jong-un', 'Jens Stoltenberg', 'Matthew Miller']) assert.ok(names.includes(name), `${name} among ${names}`);
  assert.ok(!names.some((n) => n.includes('Kirby')), 'no quote for reported speech');
  const summaries = await page.$$eval('.card .summary li', (li) => li.map((x) => x.textContent));
  assert.equal(summaries.length, 15, 'three sentences per article');
  assert.ok(summaries.every((s) => !/Comments|Leggi anche|Vai al contenuto/.test(s)));
  assert.ok(await page.$$eval('.text .chosen', (c) => c.length) >= 10, 'summary sentences marked in the texts');
  assert.ok(await page.$$eval('.text .leftover', (c) => c.some((x) => x.textContent === 'Comments: 0')), 'boilerplate greyed');
  assert.deepEqual(errors, []);
});

test('the page unpacks a language’s model files only when a text in that language arrives', async () => {
  const { page, requests, errors } = await openPage(browser, undefined, () => {
    // Counts the files unpacked: the page inlines the core and each model file gzipped in
    // base64, which its unpacking worker is sent to unpack.
    const post = Worker.prototype.postMessage;
    window.unpacked = 0;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (typeof message?.b64 === 'string') window.unpacked++;
      return post.call(this, message, ...rest);
    };
  });
  const unpacked = () => page.evaluate(() => window.unpacked);
  const paste = async (text, count) => {
    await page.$eval('#paste-box', (box) => { box.open = true; });
    await page.fill('#paste', text);
    await page.click('#paste-go');
    await cards(page, count);
  };
  assert.equal(await unpacked(), 1, 'only the core at start');
  await paste('Il presidente russo Vladimir Putin ha incontrato Kim Jong-un a Pyongyang per firmare un accordo.', 1);
  assert.equal(await unpacked(), 1 + 7, 'the Italian files and the place names');
  const names = await page.$$eval('.card mark.k-PER', (m) => m.map((x) => x.textContent));
  assert.ok(names.includes('Vladimir Putin'), `names are tagged once the model is in: ${names}`);
  await paste('Il ministro degli Esteri Antonio Tajani è arrivato a Bruxelles per il vertice della Nato.', 2);
  assert.equal(await unpacked(), 8, 'a second Italian text needs nothing more');
  await paste('The Russian president Vladimir Putin met Kim Jong Un in Pyongyang to sign a defence pact.', 3);
  assert.equal(await unpacked(), 8 + 5, 'the English files; the place names are shared');
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('the single-file page weighs at most 2 MB gzipped, and the core inside it no trained weights', async () => {
  const { gzipSync } = await import('node:zlib');
  const { readFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const html = readFileSync(fileURLToPath(pageUrl));
  const gzipped = gzipSync(html, { level: 9 }).length;
  assert.ok(gzipped <= 2_000_000, `dist/index.html is ${gzipped} bytes gzipped`);
  // Every model file is inlined on its own, not compiled into the core.
  const models = [...html.toString().matchAll(/id="lente-model-([^"]+)"/g)].map((m) => m[1]);
  assert.equal(models.length, 12, models.join(' '));
  const core = readFileSync(fileURLToPath(new URL('pkg/core/lente_bg.wasm', pageUrl)));
  const tagger = readFileSync(fileURLToPath(new URL('pkg/models/ner-it.2.bin', pageUrl)));
  assert.equal(core.indexOf(tagger.subarray(0, 4096)), -1, 'the core holds no tagger weights');
});

test('each article is cited by its outlet, which the reader can rename', { skip: noSeeds }, async () => {
  const { page, errors } = await openPage(browser);
  await page.click('#samples');
  await cards(page, 5);
  const outlets = await page.$$eval('.card .outlet', (b) => b.map((x) => x.textContent));
  assert.deepEqual(outlets, ['Avantgardia', 'TheSocialPost.it', '002', '003', 'Tendenzediviaggio.it']);
  const cited = () => page.$$eval('ol.brief .source', (s) => [...new Set(s.map((x) => x.textContent))]);
  assert.ok((await cited()).includes('TheSocialPost.it'), 'the brief cites outlets');
  await page.click('.card:nth-child(3) .outlet');
  await page.fill('.card:nth-child(3) .outlet-name', 'Il Sole');
  await page.press('.card:nth-child(3) .outlet-name', 'Enter');
  await page.waitForFunction(() => document.querySelector('.card:nth-child(3) .outlet')?.textContent === 'Il Sole');
  assert.ok((await cited()).includes('Il Sole'), `the brief follows the new name: ${await cited()}`);
  assert.ok(!(await cited()).includes('002'));
  assert.deepEqual(errors, []);
});
