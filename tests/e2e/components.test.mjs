// End-to-end tests of the web components of the package (dist/pkg/element.js) through their
// examples (dist/examples/), served from 127.0.0.1, in headless Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { hasSeeds, launch, root, seeds } from './browser.mjs';
import { serve } from './server.mjs';

let browser;
let server;
before(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const noSeeds = hasSeeds ? false : 'seed articles not found at ../shared/seeds: skipped';
const RED = 'rgb(255, 0, 0)';
/** A stylesheet that would break any element whose inside the page's styles could reach. */
const HOSTILE = '* { color: red !important } div { display: none } mark { display: none }';

/**
 * Opens `path` of the test server in a fresh context. `requests`: every URL the page and its
 * workers asked for; `outside`: those not for 127.0.0.1 (aborted before they leave);
 * `errors`: console errors and uncaught exceptions. `setup(page)` runs before the page loads.
 */
async function open(path, setup = null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  const outside = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(() => true, (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.fallback();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (setup) await setup(page);
  await page.goto(server.url + path);
  return { page, context, requests, outside, errors };
}

/** Starts catching the `lente-result` events that reach `document` (so they bubbled out of the
 *  element); `caught(page, n)` waits for the n-th and gives a handle to it. */
const catchResults = (page) => page.evaluate(() => {
  window.caught = [];
  document.addEventListener('lente-result', (e) => window.caught.push(e));
});
const caught = (page, n) => page.waitForFunction((n) => window.caught[n - 1], n);

const analyzerReady = (page) => page.waitForFunction(() => document.querySelector('lente-analyzer')?.shadowRoot?.getElementById('status').textContent.startsWith('Ready'));

test('analyzer example: the seed articles give one whole Analysis at the document level; analyze(), panels and lang', { skip: noSeeds, timeout: 60_000 }, async () => {
  const { page, outside, errors } = await open('examples/analyzer.html');
  await analyzerReady(page);
  assert.equal(await page.locator('lente-analyzer #samples').isHidden(), true, 'no sample button: the element has no samples');
  await catchResults(page);
  // The file input lives in the shadow root: Playwright's locators pierce it.
  await page.locator('lente-analyzer #files').setInputFiles(seeds().map((s) => s.path));
  const seen = await (await caught(page, 1)).evaluate((e) => {
    const a = e.detail;
    const mentions = a.documents.flatMap((d) => d.mentions.map((m) => ({ text: d.text.slice(m.start, m.end), entity: a.entities[m.entity] })));
    return {
      bubbles: e.bubbles,
      composed: e.composed,
      same: document.querySelector('lente-analyzer').analysis === a,
      keys: Object.keys(a),
      offsets: a.offsets,
      version: a.version,
      names: a.documents.map((d) => d.name),
      langs: a.documents.map((d) => d.lang),
      corpus: a.corpus.documents,
      perDocument: a.documents.map((d) => [d.mentions.length, d.entities.length, d.keyphrases.length, d.summary.length]),
      tokens: a.documents.every((d) => d.tokens.length > 100 && d.tokens.every((t) => typeof t.kind === 'string' && t.end > t.start && d.text.slice(t.start, t.end).trim() === d.text.slice(t.start, t.end))),
      mentions: mentions.length,
      unresolved: mentions.filter((m) => !m.entity || !m.entity.variants.some((v) => v.text === m.text)).map((m) => m.text).slice(0, 5),
      putin: mentions.filter((m) => m.text === 'Vladimir Putin').map((m) => m.entity.name),
      entities: a.entities.map((x) => x.name),
      brief: a.brief.map((p) => a.documents[p.document].sentences[p.sentence] != null),
      speakers: a.speakers.length,
      cards: document.querySelector('lente-analyzer').shadowRoot.querySelectorAll('.card').length,
    };
  });
  assert.equal(seen.bubbles, true, 'lente-result bubbles');
  assert.equal(seen.composed, true, 'lente-result is composed');
  assert.equal(seen.same, true, 'the detail is the element\'s analysis');
  assert.deepEqual(seen.keys, ['version', 'offsets', 'documents', 'corpus', 'entities', 'brief', 'keyphrases', 'speakers', 'comparison']);
  assert.equal(seen.offsets, 'utf16');
  assert.match(seen.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(seen.names, seeds().map((s) => s.name));
  assert.deepEqual(seen.langs, seeds().map(() => 'it'));
  assert.equal(seen.corpus, 5);
  for (const [mentions, entities, keyphrases, summary] of seen.perDocument) {
    assert.ok(mentions > 0 && entities > 0 && keyphrases > 0 && summary > 0, `each document has what the set gives it: ${seen.perDocument}`);
  }
  assert.ok(seen.tokens, 'tokens are unpacked into {start, end, kind} that slice the text');
  assert.ok(seen.mentions > 50, `${seen.mentions} mentions`);
  assert.deepEqual(seen.unresolved, [], 'every mention slices to a spelling of its entity');
  assert.ok(seen.entities.includes('Vladimir Putin'), seen.entities.slice(0, 10).join(', '));
  assert.ok(seen.putin.length > 0 && seen.putin.every((n) => n === 'Vladimir Putin'), 'mentions of Vladimir Putin point at his entity');
  assert.ok(seen.brief.length >= 3 && seen.brief.every(Boolean), 'a brief whose points are sentences of the set');
  assert.ok(seen.speakers > 0);
  assert.equal(seen.cards, 5);
  assert.match(await page.textContent('#log'), /^lente-result: 5 documents/, 'the example logs the result');

  // The element keeps nothing in the browser; its search finds and shows in its shadow root.
  assert.equal(await page.locator('lente-analyzer #forget').isHidden(), true);
  assert.deepEqual(await page.evaluate(() => indexedDB.databases()), []);
  await page.locator('lente-analyzer #search-field').fill('Putin');
  await page.locator('lente-analyzer #search-summary', { hasText: 'in 5 of 5 articles' }).waitFor();
  await page.locator('lente-analyzer #search-hits button').last().click();
  await page.waitForFunction(() => CSS.highlights.get('lente-hit')?.size === 1);
  assert.match(await page.evaluate(() => [...CSS.highlights.get('lente-hit')][0].toString()), /Putin/);
  // Its Compare view, a part, goes to a place in its shadow root too.
  const comrades = page.locator('lente-analyzer .compare-panel button.version', { hasText: 'compagni d’armi' });
  assert.equal(await comrades.count(), 3);
  assert.equal(await page.locator('lente-analyzer').evaluate((el) => el.shadowRoot.querySelector('.compare-panel').part.contains('compare-panel')), true);
  await comrades.nth(2).click();
  await page.waitForFunction(() => /^“indistruttibile relazione/.test([...CSS.highlights.get('lente-hit')][0].toString()));

  // analyze(): adds documents and resolves with the next result, which is the element's analysis.
  const added = await page.evaluate(async () => {
    const el = document.querySelector('lente-analyzer');
    const a = await el.analyze([{ name: 'en.txt', text: 'NATO Secretary General Jens Stoltenberg met Antony Blinken in Brussels on Tuesday, June 18, 2024.' }]);
    const wrong = await el.analyze('not a list').then(() => 'resolved', (err) => err.message);
    return { documents: a.documents.length, last: a.documents[5].lang, same: a === el.analysis, wrong };
  });
  assert.deepEqual(added, { documents: 6, last: 'en', same: true, wrong: 'lente: analyze() takes a list of documents such as [{name, text}]' });

  // panels: only those named are shown.
  const shown = () => page.evaluate(() => {
    const r = document.querySelector('lente-analyzer').shadowRoot;
    return Object.fromEntries(['.brief-panel', '.compare-panel', '.keyphrase-panel', '.quote-panel', '.entity-panel', '#results', '#search', '#export'].map((s) => [s, r.querySelector(s).checkVisibility()]));
  });
  assert.deepEqual(await shown(), { '.brief-panel': true, '.compare-panel': true, '.keyphrase-panel': true, '.quote-panel': true, '.entity-panel': true, '#results': true, '#search': true, '#export': true });
  await page.evaluate(() => document.querySelector('lente-analyzer').setAttribute('panels', 'brief entities search'));
  assert.deepEqual(await shown(), { '.brief-panel': true, '.compare-panel': false, '.keyphrase-panel': false, '.quote-panel': false, '.entity-panel': true, '#results': false, '#search': true, '#export': false });
  await page.evaluate(() => document.querySelector('lente-analyzer').setAttribute('panels', 'compare documents'));
  assert.deepEqual(await shown(), { '.brief-panel': false, '.compare-panel': true, '.keyphrase-panel': false, '.quote-panel': false, '.entity-panel': false, '#results': true, '#search': false, '#export': false });

  // lang: forces the language of every document, which are analysed again.
  await page.evaluate(() => document.querySelector('lente-analyzer').setAttribute('lang', 'en'));
  assert.deepEqual(await (await caught(page, 3)).evaluate((e) => e.detail.documents.map((d) => d.lang)), ['en', 'en', 'en', 'en', 'en', 'en']);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
});

test('lente-error fires when the wasm cannot be loaded', { timeout: 60_000 }, async () => {
  const blank = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title><body></body>';
  const { page, outside } = await open('examples/blank.html', (p) => p.route('**/examples/blank.html', (r) => r.fulfill({ contentType: 'text/html', body: blank })));
  const seen = await page.evaluate(async () => {
    const { configure } = await import(new URL('../pkg/element.js', location.href).href);
    configure({ wasm: 'missing/lente_bg.wasm' });
    const errors = [];
    document.addEventListener('lente-error', (e) => errors.push({ from: e.target.localName, message: e.detail.message, bubbles: e.bubbles, composed: e.composed }));
    const analyzer = document.createElement('lente-analyzer');
    document.body.append(analyzer);
    const rejected = await analyzer.analyze([{ name: 'a.txt', text: 'Il presidente russo Vladimir Putin è arrivato a Pyongyang.' }]).then(() => null, (err) => err.message);
    const article = document.createElement('lente-article');
    article.textContent = 'Il presidente russo Vladimir Putin è arrivato a Pyongyang.';
    document.body.append(article);
    const articleRejected = await article.ready.then(() => null, (err) => err.message);
    return {
      errors, rejected, articleRejected,
      status: analyzer.shadowRoot.getElementById('status').textContent,
      text: article.shadowRoot.querySelector('.text').textContent,
      marks: article.shadowRoot.querySelectorAll('mark').length,
      analysis: article.analysis,
    };
  });
  const notLoaded = /^lente: could not load http:\/\/127\.0\.0\.1:\d+\/examples\/missing\/lente_bg\.wasm \(HTTP 404\)/;
  const fromAnalyzer = seen.errors.filter((e) => e.from === 'lente-analyzer');
  const fromArticle = seen.errors.filter((e) => e.from === 'lente-article');
  assert.ok(fromAnalyzer.length >= 1 && fromAnalyzer.every((e) => e.bubbles && e.composed), JSON.stringify(seen.errors));
  assert.match(fromAnalyzer[0].message, notLoaded);
  assert.match(seen.rejected, /^lente: /);
  assert.match(seen.status, /^The analyzer could not start/);
  assert.equal(fromArticle.length, 1, JSON.stringify(seen.errors));
  assert.match(fromArticle[0].message, notLoaded);
  assert.match(seen.articleRejected, notLoaded);
  assert.equal(seen.text, 'Il presidente russo Vladimir Putin è arrivato a Pyongyang.', 'the text stays shown');
  assert.equal(seen.marks, 0);
  assert.equal(seen.analysis, null);
  assert.deepEqual(outside, []);
});

/** The marks of one <lente-article>: [text, part, title]. */
const marksOf = (page, id) => page.$$eval(`#${id}`, ([el]) => [...el.shadowRoot.querySelectorAll('mark')].map((m) => [m.textContent, m.getAttribute('part'), m.title]));
const waitForMark = (page, id, text) => page.waitForFunction(([id, text]) => [...document.getElementById(id).shadowRoot.querySelectorAll('mark')].some((m) => m.textContent === text), [id, text]);

test('article example: text at once, then marks; new text, lang and summary re-render', { timeout: 60_000 }, async () => {
  // The core arrives late, so the page is seen before any analysis.
  let wasmAsked = 0;
  const { page, outside, errors } = await open('examples/article.html', (p) => p.route('**/lente_bg.wasm', async (route) => {
    wasmAsked++;
    await delay(2000);
    await route.continue();
  }));
  const early = await page.$eval('#it', (el) => ({
    text: el.shadowRoot.querySelector('.text').textContent,
    paragraphs: el.shadowRoot.querySelectorAll('p').length,
    visible: el.shadowRoot.querySelector('p').checkVisibility(),
    marks: el.shadowRoot.querySelectorAll('mark').length,
    analysis: el.analysis,
  }));
  assert.ok(early.text.startsWith('Putin arriva a Pyongyang: firmato un patto di difesa con la Corea del Nord'), early.text.slice(0, 80));
  assert.ok(early.text.includes('Il presidente russo Vladimir Putin è arrivato'));
  assert.equal(early.paragraphs, 5, 'one paragraph per paragraph of the text');
  assert.equal(early.visible, true);
  assert.equal(early.marks, 0, 'no marks before the analysis');
  assert.equal(early.analysis, null);

  await waitForMark(page, 'it', 'Vladimir Putin');
  assert.equal(wasmAsked, 1, 'the wasm is fetched once for both articles');
  const it = await marksOf(page, 'it');
  assert.ok(it.some(([t, part, title]) => t === 'Vladimir Putin' && part === 'name person' && title === 'Vladimir Putin · person'), JSON.stringify(it));
  assert.ok(it.some(([t, part, title]) => t === 'Putin' && part === 'name person' && title === 'Vladimir Putin · person'), 'a short name carries its entity\'s name');
  assert.ok(it.some(([t, part]) => t === 'Corea del Nord' && part === 'name place'));
  assert.ok(it.some(([t, part, title]) => t.includes('19 giugno 2024') && part === 'value date' && title.includes('2024-06-19')), JSON.stringify(it));
  assert.ok(it.some(([t, part, title]) => t === '“È un documento davvero rivoluzionario”' && part === 'quote' && title === 'quotation: Vladimir Putin'), JSON.stringify(it));
  const after = await page.$eval('#it', (el) => ({
    text: el.shadowRoot.querySelector('.text').textContent,
    summary: [...el.shadowRoot.querySelectorAll('.summary li')].map((li) => li.textContent),
    summaryShown: el.shadowRoot.querySelector('.summary').checkVisibility(),
    lang: el.analysis.lang,
    nested: el.shadowRoot.querySelectorAll('mark.quote mark').length,
  }));
  assert.equal(after.text, early.text, 'marking changes no text');
  assert.equal(after.lang, 'it');
  assert.equal(after.summaryShown, true);
  assert.equal(after.summary.length, 3);
  assert.ok(after.summary[0].startsWith('Il presidente russo Vladimir Putin è arrivato'), after.summary[0]);
  assert.ok(after.nested > 0, 'names inside quotations are marked inside them');
  await waitForMark(page, 'en', 'Jens Stoltenberg');
  assert.equal(await page.$eval('#en', (el) => el.shadowRoot.querySelector('.summary').checkVisibility()), false, 'no summary without the attribute');

  // summary="1": one sentence; no new analysis needed.
  await page.$eval('#it', (el) => el.setAttribute('summary', '1'));
  assert.equal(await page.$eval('#it', (el) => el.shadowRoot.querySelectorAll('.summary li').length), 1);

  // New text (the example's button sets textContent): shown at once, then its own marks.
  await page.evaluate(() => {
    window.results = [];
    document.addEventListener('lente-result', (e) => window.results.push([e.target.id, e.detail.documents[0].lang]));
  });
  await page.click('#change');
  assert.ok((await page.$eval('#it', (el) => el.shadowRoot.querySelector('.text').textContent)).startsWith('Il presidente della Repubblica Sergio Mattarella'));
  await waitForMark(page, 'it', 'Sergio Mattarella');
  const changed = await marksOf(page, 'it');
  assert.ok(!changed.some(([t]) => t.includes('Putin')), 'the old marks are gone');
  assert.ok(changed.some(([t, part]) => t === 'Olaf Scholz' && part === 'name person'), JSON.stringify(changed));

  // lang: the English article read with the Italian rules.
  const forced = await page.$eval('#en', async (el) => {
    const before = el.analysis.lang;
    el.setAttribute('lang', 'it');
    const doc = await el.ready;
    return { before, after: doc.lang, same: doc === el.analysis, marks: el.shadowRoot.querySelectorAll('mark').length };
  });
  assert.deepEqual({ ...forced, marks: forced.marks > 0 }, { before: 'en', after: 'it', same: true, marks: true });

  // Two changes in a row: the outdated job is dropped, `ready` gives the analysis of the last text.
  const last = await page.$eval('#en', async (el) => {
    window.results.length = 0;
    el.text = 'Il ministro Antonio Tajani è partito per Washington.';
    const first = el.ready;
    el.text = '<img src="x" onerror="window.pwned = 1">La premier <b>Giorgia Meloni</b> è arrivata a Bruxelles lunedì 17 giugno 2024.';
    const doc = await first;
    return {
      marks: [...el.shadowRoot.querySelectorAll('mark')].map((m) => m.textContent),
      results: window.results.filter(([id]) => id === 'en').length,
      text: el.shadowRoot.querySelector('.text').textContent,
      elements: el.shadowRoot.querySelectorAll('img, b').length,
      pwned: window.pwned ?? null,
      words: doc.counts.words,
    };
  });
  assert.ok(last.marks.includes('Giorgia Meloni') && !last.marks.includes('Antonio Tajani'), JSON.stringify(last));
  assert.ok(last.text.startsWith('<img src="x" onerror="window.pwned = 1">La premier <b>Giorgia Meloni</b>'), 'markup in the text is shown as text');
  assert.equal(last.elements, 0, 'and never made into elements');
  assert.equal(last.pwned, null);
  assert.equal(last.results, 1, 'one lente-result: the outdated text\'s never comes');
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
});

test('the page\'s styles do not reach inside the elements; the theme and ::part() do', { timeout: 60_000 }, async () => {
  // The analyzer, with one short text so that a card and its marks exist.
  const a = await open('examples/analyzer.html');
  await analyzerReady(a.page);
  await a.page.evaluate(() => document.querySelector('lente-analyzer').analyze([{ name: 'nota.txt', text: 'Il presidente russo Vladimir Putin è arrivato a Pyongyang il 19 giugno 2024.' }]));
  await a.page.addStyleTag({ content: HOSTILE });
  const inside = await a.page.evaluate(() => {
    const r = document.querySelector('lente-analyzer').shadowRoot;
    const look = (selector) => {
      const node = r.querySelector(selector);
      const s = getComputedStyle(node);
      return { color: s.color, display: s.display, visible: node.checkVisibility() };
    };
    const drop = getComputedStyle(r.getElementById('drop'));
    return {
      looks: Object.fromEntries(['#app', '#status', '#drop', '.card', '.card h2', '.card .meta', '.card .text', '.card .text mark', '.entity-panel h2', '.entity-panel .name'].map((s) => [s, look(s)])),
      host: getComputedStyle(document.querySelector('lente-analyzer')).color,
      accent: getComputedStyle(r.querySelector('label.button')).backgroundColor,
      drop: [drop.borderTopStyle, drop.borderTopColor, drop.borderTopLeftRadius],
      card: getComputedStyle(r.querySelector('.card')).boxShadow,
    };
  });
  assert.equal(inside.host, RED, 'the hostile style did apply to the page');
  for (const [selector, look] of Object.entries(inside.looks)) {
    assert.notEqual(look.color, RED, `${selector} keeps its colour`);
    assert.notEqual(look.display, 'none', `${selector} stays displayed`);
    assert.ok(look.visible, `${selector} stays visible`);
  }
  assert.equal(inside.accent, 'rgb(138, 21, 56)', '--accent set outside (#8a1538) is the accent inside');
  assert.deepEqual(inside.drop, ['solid', 'rgb(138, 21, 56)', '0px'], '::part(drop-zone) applies');
  assert.notEqual(inside.card, 'none', '::part(card) applies');
  assert.deepEqual(a.outside, []);
  assert.deepEqual(a.errors, []);

  // The articles.
  const b = await open('examples/article.html');
  await waitForMark(b.page, 'it', 'Vladimir Putin');
  await b.page.addStyleTag({ content: HOSTILE });
  const article = await b.page.$eval('#it', (el) => {
    const r = el.shadowRoot;
    const look = (node) => {
      const s = getComputedStyle(node);
      return { color: s.color, display: s.display, visible: node.checkVisibility() };
    };
    return {
      looks: [r.querySelector('.article'), r.querySelector('.text'), r.querySelector('p'), ...r.querySelectorAll('mark'), ...r.querySelectorAll('.summary li')].map(look),
      summaryBorder: getComputedStyle(r.querySelector('.summary')).borderLeftColor,
      summaryFont: getComputedStyle(r.querySelector('.summary')).fontFamily,
      quoteStyle: getComputedStyle(r.querySelector('mark.quote')).fontStyle,
      host: getComputedStyle(el).color,
    };
  });
  assert.equal(article.host, RED);
  assert.ok(article.looks.length > 20);
  for (const look of article.looks) {
    assert.notEqual(look.color, RED);
    assert.notEqual(look.display, 'none');
    assert.ok(look.visible);
  }
  assert.equal(article.summaryBorder, 'rgb(11, 110, 79)', '--accent set outside (#0b6e4f) is the accent inside');
  assert.match(article.summaryFont, /system-ui/, '::part(summary) applies');
  assert.equal(article.quoteStyle, 'normal', '::part(quote) wins over the element\'s italic');
  assert.deepEqual(b.outside, []);
  assert.deepEqual(b.errors, []);
});

test('a 1 MB <lente-article> is analysed in the worker and drawn without a long task', { timeout: 60_000 }, async (t) => {
  const { page, outside, errors } = await open('examples/article.html');
  await waitForMark(page, 'en', 'Jens Stoltenberg');
  const unit = hasSeeds
    ? seeds().map((s) => s.text).join('\n\n')
    : readFileSync(join(root, 'www/examples/article.html'), 'utf8').match(/<lente-article id="it"[^>]*>([^<]*)</)[1];
  /** Sets about 1 MB of text on a new <lente-article> and watches the page's thread until its
   *  marks are drawn. */
  const measure = (attempt) => page.evaluate(async ([unit, attempt]) => {
    const text = `${attempt}\n\n${unit.repeat(Math.ceil(1_000_000 / unit.length))}`.slice(0, 1_000_000);
    document.querySelector('lente-article.big')?.remove();
    const el = document.createElement('lente-article');
    el.className = 'big';
    document.body.append(el);
    const supported = PerformanceObserver.supportedEntryTypes;
    const long = [];
    const frames = [];
    const tasks = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => [e.startTime, e.duration])));
    tasks.observe({ type: 'longtask' });
    // Long animation frames also count the rendering, and say which scripts ran.
    const loaf = supported.includes('long-animation-frame') ? new PerformanceObserver((list) => frames.push(...list.getEntries().map((e) => [e.startTime, e.duration,
      `${e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)} ms`).join(', ') || 'no script'}; rendering ${Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0)} ms`]))) : null;
    loaf?.observe({ type: 'long-animation-frame' });
    // A heartbeat: the longest time the page's thread could not run a timer.
    let beating = true;
    let last = performance.now();
    let gap = 0;
    const beat = () => {
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
      if (beating) setTimeout(beat, 0);
    };
    await new Promise((resolve) => setTimeout(resolve, 100));
    const result = new Promise((resolve) => el.addEventListener('lente-result', resolve, { once: true }));
    const start = performance.now();
    last = start;
    beat();
    el.textContent = text;
    await new Promise((resolve) => queueMicrotask(resolve)); // the element hears of it
    const shownAtOnce = el.shadowRoot.querySelector('.text').textContent.startsWith(text.slice(0, 2000).trim().split('\n')[0]);
    await result;
    const drawn = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the observers report a little late
    beating = false;
    tasks.disconnect();
    loaf?.disconnect();
    const during = (list) => list.filter(([at, duration]) => at + duration > start && at < drawn).map(([, d, what]) => (what ? `${Math.round(d)} ms (${what})` : Math.round(d)));
    return {
      supported: supported.includes('longtask'),
      long: during(long),
      frames: loaf ? during(frames) : null,
      gap: Math.round(gap),
      ms: Math.round(drawn - start),
      shownAtOnce,
      characters: el.analysis.counts.characters,
      shown: el.shadowRoot.querySelector('.text').textContent.length,
      marks: el.shadowRoot.querySelectorAll('mark').length,
      names: el.analysis.mentions.length,
    };
  }, [unit, attempt]);
  // A busy machine can hold any thread for a while (the operating system's doing, not the
  // page's): a run with long tasks is tried again, up to three runs. Drawing that blocks the
  // thread makes long tasks in every run.
  let seen;
  for (let attempt = 1; attempt <= 3; attempt++) {
    seen = await measure(attempt);
    t.diagnostic(`1 MB, run ${attempt}: drawn ${seen.ms} ms after the text was set; ${seen.marks} marks; long tasks ${JSON.stringify(seen.long)}; long animation frames ${JSON.stringify(seen.frames)}; longest heartbeat gap ${seen.gap} ms`);
    if (!seen.long.length) break;
  }
  assert.ok(seen.supported, 'this Chromium reports long tasks');
  assert.ok(seen.shownAtOnce, 'the text is shown at once');
  assert.ok(seen.shown > 950_000, `all of it in the end (${seen.shown} characters)`);
  assert.ok(seen.characters > 990_000, `${seen.characters} characters analysed`);
  assert.ok(seen.marks > 5000 && seen.names > 5000, `${seen.marks} marks for ${seen.names} names`);
  assert.deepEqual(seen.long, [], 'no long task (over 50 ms) from setting the text to the marks drawn');
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
});

test('no request leaves 127.0.0.1', { timeout: 60_000 }, async () => {
  const a = await open('examples/article.html');
  await waitForMark(a.page, 'it', 'Vladimir Putin');
  await waitForMark(a.page, 'en', 'Jens Stoltenberg');
  const b = await open('examples/analyzer.html');
  await analyzerReady(b.page);
  await b.page.evaluate(() => document.querySelector('lente-analyzer').analyze([
    { name: 'it.txt', text: 'Il presidente russo Vladimir Putin è arrivato a Pyongyang.' },
    { name: 'en.txt', text: 'NATO Secretary General Jens Stoltenberg spoke in Brussels.' },
  ]));
  const paths = [...a.requests, ...b.requests].map((u) => (u.startsWith(server.url) ? `/${u.slice(server.url.length)}` : u));
  // The recording works: the page, the module, the core and the models of both languages were asked for.
  for (const expected of ['/examples/article.html', '/examples/analyzer.html', '/pkg/element.js', '/pkg/core/lente_bg.wasm', '/pkg/models/ner-it.bin', '/pkg/models/ner-en.bin']) {
    assert.ok(paths.includes(expected), `${expected} among ${paths.join(' ')}`);
  }
  const local = (u) => u.startsWith(server.url) || u.startsWith('blob:http://127.0.0.1:') || u.startsWith('data:');
  assert.deepEqual([...a.requests, ...b.requests].filter((u) => !local(u)), []);
  assert.deepEqual([...a.outside, ...b.outside], []);
});
