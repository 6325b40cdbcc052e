// The reader's documents under Cancel, Clear all, Remove and crashes, large files and memory:
// the page never loses or resurrects a document, and never hangs. Headless Chromium, file://.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dropFiles, dropRepeated, launch, networkRequests, openPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const paragraph = 'Il presidente Sergio Mattarella ha incontrato a Roma il sindaco di Milano. ' +
  'Secondo l’ANSA, l’incontro è durato due ore e ha riguardato 1,5 milioni di euro di fondi. ';
const small = (name) => ({ name, text: `${name}\n\n${paragraph}` });
const SLOW = Math.ceil(6e6 / paragraph.length); // paragraphs in a file that takes seconds

const cardNames = (page) => page.$$eval('.card', (c) => c.map((x) => x.dataset.name));
const status = (page) => page.textContent('#status');

async function settled(page, count) {
  await page.waitForFunction((c) => document.getElementById('working').hidden && document.querySelectorAll('.card').length === c, count, { timeout: 120000 });
}

/** In the page: counts the jobs it sends to its workers, by type. */
function countJobs() {
  window.jobs = { analyze: 0, combine: 0 };
  const Base = window.Worker;
  window.Worker = class extends Base {
    postMessage(msg, ...rest) {
      if (msg && msg.type in window.jobs) window.jobs[msg.type]++;
      super.postMessage(msg, ...rest);
    }
  };
}

/** In the page: a simulated trap, the worker answering a job on trap.txt as a crashed wasm
 *  instance does. */
function trapOnFile() {
  const Base = window.Worker;
  window.Worker = class extends Base {
    postMessage(msg, ...rest) {
      if (msg?.type === 'analyze' && msg.document.name === 'trap.txt') {
        setTimeout(() => this.onmessage({ data: { type: 'crash', id: msg.id, message: 'RuntimeError: unreachable' } }));
        return;
      }
      super.postMessage(msg, ...rest);
    }
  };
}

test('Clear all during an analysis clears for good', async () => {
  const { page, errors } = await openPage(browser);
  await page.click('#paste-box summary');
  await page.fill('#paste', paragraph);
  await page.click('#paste-go');
  await dropFiles(page, [small('a.txt'), small('b.txt')]);
  await dropRepeated(page, 'lento.txt', paragraph, SLOW);
  await page.waitForSelector('#working:not([hidden])');
  await page.waitForTimeout(500);
  await page.click('#clear');
  await settled(page, 0);
  await page.waitForTimeout(3000); // a late result would come back here
  assert.deepEqual(await cardNames(page), []);
  assert.match(await status(page), /^Ready/);
  assert.equal(await page.isHidden('#working'), true);
  assert.equal(await page.isHidden('#corpus'), true);
  assert.equal(await page.isDisabled('#clear'), true);
  // The page works on after it.
  await dropFiles(page, [small('c.txt')]);
  await settled(page, 1);
  assert.deepEqual(await cardNames(page), ['c.txt']);
  assert.deepEqual(errors, []);
});

test('Remove, then Cancel of a later file: the removed card stays gone, the others stay', async () => {
  const { page, errors } = await openPage(browser);
  await dropFiles(page, [small('a.txt'), small('b.txt'), small('c.txt')]);
  await settled(page, 3);
  // Cancel right after Remove: there is no addition to take back; the removal stands.
  await page.evaluate(() => {
    document.querySelector('.card[data-name="b.txt"] .remove').click();
    document.getElementById('cancel').click();
  });
  await settled(page, 2);
  assert.deepEqual(await cardNames(page), ['a.txt', 'c.txt']);
  assert.match(await page.textContent('#corpus'), /^2 documents/);
  await dropRepeated(page, 'lento.txt', paragraph, SLOW);
  await page.waitForSelector('#working:not([hidden])');
  await page.click('#cancel');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Cancelled'));
  assert.match(await status(page), /^Cancelled\. 2 documents are still loaded\./);
  await settled(page, 2);
  assert.deepEqual(await cardNames(page), ['a.txt', 'c.txt']);
  await dropFiles(page, [small('d.txt')]);
  await settled(page, 3);
  assert.deepEqual(await cardNames(page), ['a.txt', 'c.txt', 'd.txt']);
  assert.match(await page.textContent('#corpus'), /^3 documents/);
  assert.deepEqual(errors, []);
});

test('Cancel takes back every addition under way, and nothing returns later', async () => {
  const { page, errors } = await openPage(browser);
  await dropFiles(page, [small('a.txt')]);
  await settled(page, 1);
  await dropRepeated(page, 'lento.txt', paragraph, SLOW);
  await page.waitForSelector('#working:not([hidden])');
  await dropFiles(page, [small('b.txt')]);
  await page.click('#cancel');
  assert.match(await status(page), /^Cancelled\. 1 document is still loaded\./);
  await settled(page, 1);
  assert.deepEqual(await cardNames(page), ['a.txt']);
  await dropFiles(page, [small('c.txt')]);
  await settled(page, 2);
  assert.deepEqual(await cardNames(page), ['a.txt', 'c.txt']);
  assert.deepEqual(errors, []);
});

test('a crash on one file is isolated: the file is named, the others are analysed, the page goes on', async () => {
  const { page, errors } = await openPage(browser, undefined, trapOnFile);
  await dropFiles(page, [small('a.txt'), { name: 'trap.txt', text: paragraph }, small('b.txt')]);
  await settled(page, 2);
  assert.deepEqual(await cardNames(page), ['a.txt', 'b.txt']);
  const messages = await page.$$eval('#messages li', (li) => li.map((x) => x.textContent));
  assert.ok(messages.some((m) => m.startsWith('trap.txt: not analysed') && m.includes('crashed')), messages.join('\n'));
  // Later actions work: remove, add.
  await page.click('.card[data-name="a.txt"] .remove');
  await settled(page, 1);
  await dropFiles(page, [small('c.txt')]);
  await settled(page, 2);
  assert.deepEqual(await cardNames(page), ['b.txt', 'c.txt']);
  assert.deepEqual(errors, []);
});

test('removing one card re-links the set without analysing the others again', async () => {
  const { page } = await openPage(browser, undefined, countJobs);
  const files = Array.from({ length: 40 }, (_, i) => small(`n${String(i).padStart(2, '0')}.txt`));
  await dropFiles(page, files);
  await settled(page, 40);
  const before = await page.evaluate(() => ({ ...window.jobs }));
  assert.equal(before.analyze, 40);
  await page.click('.card[data-name="n07.txt"] .remove');
  await settled(page, 39);
  const afterRemove = await page.evaluate(() => ({ ...window.jobs }));
  assert.equal(afterRemove.analyze, 40, 'no document analysed again');
  assert.equal(afterRemove.combine, before.combine + 1, 'the set linked once more');
  assert.match(await page.textContent('#corpus'), /^39 documents/);
});

/** In the page: records which worker each analysis job goes to. */
function recordWorkers() {
  window.byWorker = [];
  const Base = window.Worker;
  window.Worker = class extends Base {
    postMessage(msg, ...rest) {
      if (msg?.type === 'analyze') {
        this.number ??= window.byWorker.push([]) - 1;
        window.byWorker[this.number].push(msg.document.name);
      }
      super.postMessage(msg, ...rest);
    }
  };
}

test('a batch is analysed on every core the browser reports (up to 4), each document once, in order', async () => {
  const { page, errors } = await openPage(browser, undefined, recordWorkers);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const files = Array.from({ length: 24 }, (_, i) => small(`p${String(i).padStart(2, '0')}.txt`));
  await dropFiles(page, files);
  await settled(page, 24);
  const byWorker = await page.evaluate(() => window.byWorker);
  assert.equal(byWorker.length, Math.max(1, Math.min(4, cores)), `workers used on ${cores} cores: ${JSON.stringify(byWorker)}`);
  assert.deepEqual(byWorker.flat().sort(), files.map((f) => f.name), 'each document analysed once');
  assert.deepEqual(await cardNames(page), files.map((f) => f.name), 'the cards in the order dropped');
  assert.match(await page.textContent('#corpus'), /^24 documents/);
  assert.deepEqual(errors, []);
});

test('an empty file is not counted as another language', async () => {
  const { page, errors } = await openPage(browser);
  await dropFiles(page, [{ name: 'vuoto.txt', text: '' }, small('a.txt')]);
  await settled(page, 2);
  const corpus = await page.textContent('#corpus');
  assert.ok(!corpus.includes('another language'), corpus);
  assert.match(corpus, /Italian 1$/);
  assert.match(await page.textContent('.card[data-name="vuoto.txt"] .meta'), /vuoto\.txt · empty/);
  assert.deepEqual(errors, []);
});

test('a file over the limit is refused from its size, without being read', async () => {
  const { page, errors } = await openPage(browser);
  await page.evaluate(() => {
    window.readNames = [];
    const read = File.prototype.arrayBuffer;
    File.prototype.arrayBuffer = function () { window.readNames.push(this.name); return read.call(this); };
  });
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(21e6)], 'enorme.txt', { type: 'text/plain' }));
    dt.items.add(new File([document.title], 'piccolo.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
  await settled(page, 1);
  assert.deepEqual(await page.evaluate(() => window.readNames), ['piccolo.txt']);
  const messages = await page.$$eval('#messages li', (li) => li.map((x) => x.textContent));
  assert.ok(messages.some((m) => m.startsWith('enorme.txt: not read — it has 21.0 MB, more than the 20 MB')), messages.join('\n'));
  assert.deepEqual(errors, []);
});

test('the highlighted text of a 3 MB article opens in full', async () => {
  const { page, errors } = await openPage(browser);
  const times = Math.ceil(3e6 / paragraph.length);
  await dropRepeated(page, 'lungo.txt', paragraph, times);
  await settled(page, 1);
  await page.click('.card .text-view summary');
  const length = paragraph.length * times;
  await page.waitForFunction((n) => document.querySelector('.card .text')?.textContent.length === n, length, { timeout: 120000 });
  const marks = await page.$$eval('.card .text mark.k-PER', (m) => m.length);
  assert.ok(marks >= times, `${marks} people highlighted`);
  assert.deepEqual(errors, []);
});

test('a batch and Clear all give back their memory', async () => {
  const { page, errors, requests } = await openPage(browser);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const wasmMemory = async () => {
    const workers = page.workers();
    const sizes = await Promise.all(workers.map((w) => w.evaluate(() => (typeof wasm !== 'undefined' && wasm ? wasm.memory.buffer.byteLength : 0)).catch(() => 0)));
    return Math.max(0, ...sizes);
  };
  const start = { heap: await heap(), wasm: await wasmMemory() };
  await dropRepeated(page, 'grande.txt', paragraph, Math.ceil(8e6 / paragraph.length));
  await dropFiles(page, Array.from({ length: 20 }, (_, i) => small(`n${i}.txt`)));
  await settled(page, 21);
  const loaded = { heap: await heap(), wasm: await wasmMemory() };
  await page.click('#clear');
  await settled(page, 0);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  const cleared = { heap: await heap(), wasm: await wasmMemory() };
  console.log(`memory (bytes): JS heap ${start.heap} at start, ${loaded.heap} loaded, ${cleared.heap} cleared; wasm ${start.wasm} at start, ${loaded.wasm} loaded, ${cleared.wasm} cleared`);
  assert.ok(loaded.heap > start.heap + 20e6, 'the batch took memory');
  assert.ok(cleared.heap < start.heap + 5e6, `the JS heap came back down (${cleared.heap} vs ${start.heap} at start)`);
  // Linking the batch took more than 64 MiB of wasm memory, which only grows: the analyzer
  // was replaced by a fresh one, which gave it back.
  assert.ok(loaded.wasm < 64 * 2 ** 20, `wasm memory after the batch is under 64 MiB (${loaded.wasm})`);
  assert.ok(cleared.wasm <= start.wasm, `wasm memory came back down (${cleared.wasm} vs ${start.wasm} at start)`);
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('a Markdown file and a UTF-8 file with one broken byte are read as written', async () => {
  const { page, errors } = await openPage(browser);
  const markdown = '# Blinken in Cina\n\nIl segretario di Stato **Antony Blinken** ha incontrato [Xi Jinping](https://example.com/xi) a Pechino.\n';
  const broken = Buffer.concat([Buffer.from('La città di Milano\n\nIl sindaco della città ha parlato '), Buffer.from([0xff]), Buffer.from(' ieri sera.\n')]);
  await dropFiles(page, [{ name: 'blinken.md', text: markdown }, { name: 'milano.txt', bytes: broken }]);
  await settled(page, 2);
  assert.equal(await page.textContent('.card[data-name="blinken.md"] h2'), 'Blinken in Cina');
  const marks = await page.$$eval('.card[data-name="blinken.md"] .text mark:not(.k-VALUE)', (m) => m.map((x) => x.textContent));
  assert.ok(marks.includes('Antony Blinken') && marks.includes('Xi Jinping'), marks.join(', '));
  assert.ok(marks.every((m) => !/[#*[\]()]/.test(m)), marks.join(', '));
  const card = page.locator('.card[data-name="milano.txt"]');
  assert.equal(await card.locator('h2').textContent(), 'La città di Milano');
  assert.match(await card.locator('.notes').textContent(), /1 byte sequence could not be read as UTF-8/);
  assert.match(await card.locator('.meta').textContent(), /Italian/);
  assert.deepEqual(errors, []);
});

test('actions in quick succession: what the analyzer was replaced under is analysed by the next one', async () => {
  const { page, errors } = await openPage(browser);
  await page.evaluate((text) => {
    const paste = (name) => {
      document.getElementById('paste').value = `${name}\n\n${text}`;
      document.getElementById('paste-go').click();
    };
    paste('Primo');
    document.getElementById('clear').click();
    paste('Secondo');
    document.getElementById('clear').click();
    paste('Terzo');
    paste('Quarto');
  }, paragraph);
  await settled(page, 2);
  assert.deepEqual(await page.$$eval('.card h2', (h) => h.map((x) => x.textContent)), ['Terzo', 'Quarto']);
  assert.deepEqual(await page.$$eval('#messages li', (li) => li.map((x) => x.textContent)), []);
  assert.deepEqual(errors, []);
});
