// The page under load: a thousand files at once, a large file, cancelling, all in headless
// Chromium from file://. The page must stay responsive while the worker works.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dropFiles, dropRepeated, launch, networkRequests, openPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const paragraph = 'Il presidente Sergio Mattarella ha incontrato a Roma il sindaco di Milano. ' +
  'Secondo l’ANSA, l’incontro è durato due ore e ha riguardato 1,5 milioni di euro di fondi. ';

test('a thousand files at once are all analysed', async () => {
  const { page, requests, errors } = await openPage(browser);
  const files = Array.from({ length: 1000 }, (_, i) => ({ name: `nota-${String(i).padStart(4, '0')}.txt`, text: `Nota ${i}\n\n${paragraph.repeat(1 + (i % 3))}` }));
  await dropFiles(page, files);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Analysed 1,000'), null, { timeout: 120000 });
  assert.equal(await page.$$eval('.card', (c) => c.length), 1000);
  assert.match(await page.textContent('#corpus'), /^1,000 documents/);
  // Cards past the first fifty are drawn when they come near the screen.
  assert.equal(await page.$$eval('.card.waiting', (c) => c.length), 950);
  await page.$eval('.card:last-child', (c) => c.scrollIntoView());
  await page.waitForFunction(() => /Italian · \d+ words/.test(document.querySelector('.card:last-child .meta').textContent));
  assert.equal(await page.textContent('.card:last-child h2'), 'Nota 999');
  // Removing one re-links the set; the cards come back at once.
  await page.click('.card[data-name="nota-0007.txt"] .remove');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Analysed 999 '));
  assert.equal(await page.$$eval('.card', (c) => c.length), 999);
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('a large file keeps the page responsive and can be cancelled', async () => {
  const { page, errors } = await openPage(browser);
  await dropRepeated(page, 'grande.txt', paragraph, Math.ceil(19e6 / paragraph.length)); // about 19.4 MB, under the limit
  await page.waitForSelector('#working:not([hidden])');
  // The page answers at once while the worker is busy.
  const t0 = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - t0 < 1000, 'the page answered within a second');
  await page.click('#cancel');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Cancelled'));
  assert.equal(await page.$$eval('.card', (c) => c.length), 0);
  // A fresh analyzer works after the cancel.
  await dropFiles(page, [{ name: 'piccolo.txt', text: paragraph }]);
  await page.waitForFunction(() => document.querySelectorAll('.card').length === 1);
  assert.deepEqual(errors, []);
});

test('a 10 MB file is analysed in full, and its token list opens on the first tokens', async () => {
  const { page, errors } = await openPage(browser);
  await dropRepeated(page, 'dieci.txt', paragraph, Math.ceil(10e6 / paragraph.length));
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Analysed 1 '), null, { timeout: 120000 });
  assert.match(await page.textContent('.card .meta'), /Italian · [\d,]{7,} words/);
  const count = await page.textContent('.card .token-list summary');
  assert.match(count, /^Tokens \([\d,]{9,}\)$/);
  // The page keeps no tokens: they are made again when the list opens.
  await page.click('.card .token-list summary');
  await page.waitForSelector('.card .tokens .more', { timeout: 60000 });
  assert.equal(await page.textContent('.card .tokens .more'), `First 5,000 of ${count.slice(8, -1)} tokens shown.`);
  assert.equal(await page.$$eval('.card .tok', (t) => t.length), 5000);
  assert.deepEqual(errors, []);
});
