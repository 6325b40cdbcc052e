// The Compare view: how several outlets tell one story (analysis.comparison drawn by app.js).
// Headless Chromium, dist/index.html opened by file://; nothing leaves the machine.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dropFiles, hasSeeds, highlightedHit, launch, networkRequests, openPage, seeds, until } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const noSeeds = hasSeeds ? false : 'seed articles not found at ../shared/seeds: skipped';
const OUTLETS = ['Avantgardia', 'TheSocialPost.it', '002', '003', 'Tendenzediviaggio.it'];

async function settled(page, count) {
  await page.waitForFunction((c) => document.getElementById('working').hidden && document.querySelectorAll('.card').length === c
    && document.getElementById('status').textContent.startsWith('Analysed'), count, { timeout: 120000 });
}

/** The part of the Compare view under heading `title`. */
const part = (page, title) => page.locator('.compare-part', { has: page.locator(`h3:text-is("${title}")`) });

/** The items of a part, each the side-by-side versions of one text: {outlet, speaker, text, marks}. */
const versionGroups = (page, title) => part(page, title).locator(':scope > ol > li').evaluateAll((items) => items.map((li) => ({
  note: li.querySelector(':scope > p')?.textContent ?? null,
  versions: [...li.querySelectorAll('button.version')].map((b) => ({
    outlet: b.querySelector('.source').textContent,
    speaker: b.querySelector('.speaker')?.textContent ?? null,
    text: b.querySelector('.words').textContent,
    marks: [...b.querySelectorAll('mark.diff')].map((m) => m.textContent),
  })),
})));

/** The items of the figures or the timeline: {heading, lines: [[outlet, marked text]]}. */
const contextGroups = (page, title) => part(page, title).locator(':scope > ol > li').evaluateAll((items) => items.map((li) => ({
  heading: li.querySelector('h4').firstChild.textContent.trim(),
  badge: li.querySelector('h4 .badge')?.textContent ?? null,
  lines: [...li.querySelectorAll('button.hit')].map((b) => [b.querySelector('.source').textContent, b.querySelector('mark').textContent]),
})));

/** A table of the Compare view: its column headings and its rows (heading, then cells). */
const table = (page, title) => part(page, title).locator('table').evaluate((t) => ({
  columns: [...t.querySelectorAll('thead th')].map((th) => th.textContent),
  rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
}));

const clearHighlight = (page) => page.evaluate(() => CSS.highlights.clear());

test('the Compare view of the seed articles: passages, quotation variants, figures, timeline, what only one says, tables', { skip: noSeeds, timeout: 120_000 }, async () => {
  const { page, requests, errors } = await openPage(browser);
  await page.click('#samples');
  await settled(page, 5);
  assert.equal(await page.textContent('.compare-panel h2'), 'Compare the outlets');
  assert.deepEqual(await page.$$eval('.compare-part h3', (h) => h.map((x) => x.textContent)), ['Shared passages', 'What only one outlet says',
    'Who is named where', 'Who is quoted where', 'Figures side by side', 'Timeline', 'Quotations told differently']);

  // compagni d’armi: three renderings side by side, the words the first lacks marked.
  const variants = await versionGroups(page, 'Quotations told differently');
  const comrades = variants.find((g) => g.versions.some((v) => v.text.includes('compagni d’armi')));
  assert.deepEqual(comrades.versions.map((v) => v.outlet), ['Avantgardia', 'TheSocialPost.it', '003']);
  assert.deepEqual(comrades.versions.map((v) => v.text), ['“compagni d’armi”', '«un rapporto indissolubile di compagni d’armi»', '“indistruttibile relazione da compagni d’armi“']);
  assert.deepEqual(comrades.versions.map((v) => v.marks), [[], ['«un rapporto indissolubile di'], ['“indistruttibile relazione da']]);
  assert.deepEqual(comrades.versions.map((v) => v.speaker), [null, 'Kim Jong-un', 'Kim Jong-un']);

  // TheSocialPost.it repeats itself, once with “citato dalla Tass”.
  const passages = await versionGroups(page, 'Shared passages');
  assert.ok(passages.every((p) => /^\d+ words, \d+% word for word$/.test(p.note) && p.versions.length >= 2), JSON.stringify(passages));
  const tass = passages.find((p) => p.versions.some((v) => v.text.includes('citato dalla Tass')));
  assert.deepEqual(tass.versions.map((v) => v.outlet), ['TheSocialPost.it', 'TheSocialPost.it']);
  assert.ok(tass.versions[0].text.startsWith('Lo ha detto il presidente Vladimir Putin incontrando a Pyongyang'), tass.versions[0].text);
  assert.deepEqual(tass.versions.map((v) => v.marks), [[], ['citato dalla Tass,']]);
  assert.deepEqual(await page.$eval('.compare-panel mark.diff', (m) => [m.title, getComputedStyle(m).borderBottomStyle !== 'none']), ['missing in another version', true]);

  // Figures: the value as written, its outlet, a badge.
  const figures = await contextGroups(page, 'Figures side by side');
  const lines = figures.flatMap((f) => f.lines);
  assert.deepEqual(lines.find(([, value]) => value === '11.000 container'), ['TheSocialPost.it', '11.000 container']);
  assert.deepEqual(lines.find(([, value]) => value === '10.000 soldati'), ['Tendenzediviaggio.it', '10.000 soldati']);
  assert.ok(figures.some((f) => f.heading === 'soldati'), 'a group is headed by the counted noun as written, not its stem');
  assert.ok(figures.every((f) => ['agree', 'differ', 'one article'].includes(f.badge)), JSON.stringify(figures));

  // The timeline: dates in order, each with the outlets that name it; the rest on asking.
  const timeline = await contextGroups(page, 'Timeline');
  assert.deepEqual(timeline[0], { heading: '1961', badge: null, lines: [['TheSocialPost.it', '1961'], ['002', '1961']] });
  assert.deepEqual(timeline.slice(1, 3).map((t) => t.heading), ['2000', '2001']);
  const years = timeline.map((t) => Number(t.heading.slice(-4))).filter(Boolean);
  assert.deepEqual(years, [...years].sort((a, b) => a - b), 'in time order');
  assert.ok(!timeline.some((t) => t.heading.endsWith('2024')), `no date from web leftovers (Pubblicato: …, Leggi anche: … Euro 2024): ${timeline.map((t) => t.heading).join()}`);
  const more = part(page, 'Timeline').locator(':scope > button');
  assert.match(await more.textContent(), /^Show \d+ more of \d+$/);
  await more.click();
  assert.equal(await more.isHidden(), true);
  const whole = await contextGroups(page, 'Timeline');
  assert.ok(whole.length > timeline.length);
  assert.equal(whole.at(-1).heading.endsWith('(no year)'), true);
  assert.ok(whole.some((t) => t.heading === '18 Jun (no year)'), whole.map((t) => t.heading).join());

  // What only one outlet says: a list per outlet, drawn when opened.
  const only = part(page, 'What only one outlet says');
  const summaries = await only.locator('summary').allTextContents();
  assert.deepEqual(summaries.map((s) => s.replace(/ \(\d+\)$/, '')), OUTLETS.map((o) => `Only in ${o}`));
  for (const [i, s] of summaries.entries()) {
    const count = Number(/\((\d+)\)$/.exec(s)[1]);
    assert.ok(count > 0, s);
    await only.locator('summary').nth(i).click();
    const items = only.locator('details').nth(i).locator('li');
    await items.first().waitFor();
    assert.equal(await items.count(), Math.min(count, 10), s);
  }

  // Who is named and quoted where: a row per outlet.
  const named = await table(page, 'Who is named where');
  assert.equal(named.columns[0], 'Outlet');
  assert.ok(named.columns.length > 10 && named.columns.includes('Vladimir Putin'), named.columns.join());
  assert.deepEqual(named.rows.map((r) => r[0]), OUTLETS);
  const putin = named.columns.indexOf('Vladimir Putin');
  assert.ok(named.rows.every((r) => Number(r[putin]) > 0), 'Putin is named by every outlet');
  assert.ok(named.rows.some((r) => r.includes('')), 'no mention is an empty cell');
  const quoted = await table(page, 'Who is quoted where');
  assert.deepEqual(quoted.rows.map((r) => r[0]), OUTLETS);
  assert.ok(quoted.columns.includes('Vladimir Putin') && quoted.columns.includes('Jens Stoltenberg'), quoted.columns.join());

  // A card's sentences say which other outlets also tell them, or that only it does.
  await page.click('.card:nth-child(2) .sentence-list summary');
  await page.waitForSelector('.card:nth-child(2) ol.sentences li');
  const badges = await page.$$eval('.card:nth-child(2) ol.sentences .badge', (b) => b.map((x) => x.textContent));
  assert.ok(badges.some((b) => /^also in: .*Avantgardia/.test(b)), badges.join(' | '));
  assert.ok(badges.includes('only here'), badges.join(' | '));

  // A click on a place shows it in its card, highlighted.
  await clearHighlight(page);
  await part(page, 'Timeline').locator('button.hit').nth(1).click();
  const date = await until(() => highlightedHit(page), 'the highlight');
  assert.equal(date.card, seeds()[2].name);
  assert.equal(date.visible, true);
  assert.match(date.text, /1961/, 'the sentence naming the date');
  await clearHighlight(page);
  const span = part(page, 'Shared passages').locator('button.version', { hasText: 'citato dalla Tass' });
  await span.focus();
  await page.keyboard.press('Enter');
  const passage = await until(() => highlightedHit(page), 'the highlight');
  assert.deepEqual(passage, { text: tass.versions[1].text, card: seeds()[1].name, visible: true, waiting: false });

  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('the Compare view cites outlets by the names the reader gives them', { skip: noSeeds }, async () => {
  const { page, errors } = await openPage(browser);
  await page.click('#samples');
  await settled(page, 5);
  await page.click('.card:nth-child(3) .outlet');
  await page.fill('.card:nth-child(3) .outlet-name', 'Il Sole');
  await page.press('.card:nth-child(3) .outlet-name', 'Enter');
  await page.waitForFunction(() => document.querySelector('.card:nth-child(3) .outlet')?.textContent === 'Il Sole');
  const [first] = await contextGroups(page, 'Timeline');
  assert.deepEqual(first.lines, [['TheSocialPost.it', '1961'], ['Il Sole', '1961']]);
  assert.deepEqual((await table(page, 'Who is named where')).rows.map((r) => r[0]), ['Avantgardia', 'TheSocialPost.it', 'Il Sole', '003', 'Tendenzediviaggio.it']);
  assert.ok((await part(page, 'What only one outlet says').locator('summary').allTextContents()).some((s) => s.startsWith('Only in Il Sole (')));
  assert.equal(await page.locator('.compare-panel', { hasText: '002' }).count(), 0, 'the old name is gone');
  assert.deepEqual(errors, []);
});

test('quoted markup in pasted texts is shown as text; one article has no Compare view', async () => {
  const { page, requests, errors } = await openPage(browser);
  const markup = '<img src=x onerror=alert(1)>';
  const texts = [
    `Crisi a Roma, parla il ministro\n\nIl ministro Mario Rossi ha detto ai giornalisti riuniti a Roma: «La crisi ${markup} è finita, il governo riparte da domani». Il 3 marzo 2024 il debito era di 1,5 milioni di euro secondo i dati ufficiali del ministero.`,
    `Il governo e la crisi\n\nSecondo Mario Rossi, ministro, «la crisi ${markup} è davvero finita». Il 3 marzo 2024 il debito era di 1,5 milioni di euro secondo i dati ufficiali diffusi dal ministero.`,
  ];
  const paste = async (text, count) => {
    await page.$eval('#paste-box', (box) => { box.open = true; });
    await page.fill('#paste', text);
    await page.click('#paste-go');
    await settled(page, count);
  };
  await paste(texts[0], 1);
  assert.equal(await page.locator('.compare-panel').count(), 0, 'nothing to compare');
  await paste(texts[1], 2);
  const [quote] = await versionGroups(page, 'Quotations told differently');
  assert.deepEqual(quote.versions.map((v) => v.outlet), ['Pasted text 1', 'Pasted text 2']);
  assert.ok(quote.versions.every((v) => v.text.includes(markup)), JSON.stringify(quote));
  assert.deepEqual(quote.versions[1].marks, ['davvero'], 'the word the first rendering lacks');
  const [passage] = await versionGroups(page, 'Shared passages');
  assert.ok(passage.versions.every((v) => v.text.includes(markup)), JSON.stringify(passage));
  assert.equal(await page.$$eval('img', (x) => x.length), 0, 'no element made from the text');
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('five hundred articles: the Compare view is drawn in steps, and a place in a card not drawn yet is shown', { timeout: 180_000 }, async () => {
  const { page, requests, errors } = await openPage(browser);
  const shared = 'Il presidente Sergio Mattarella ha incontrato a Roma il sindaco di Milano per parlare dei fondi europei destinati alla città.';
  const files = Array.from({ length: 500 }, (_, i) => ({
    name: `n${String(i).padStart(3, '0')}.txt`,
    text: `Notizia ${i}\n\n${shared} Il consiglio numero ${i} si riunirà presto per discutere la proposta ${i}.${i === 499 ? ' La città fu fondata nel 1848, secondo gli storici.' : ''}`,
  }));
  await dropFiles(page, files);
  await settled(page, 500);
  const [passage] = await versionGroups(page, 'Shared passages');
  assert.equal(passage.versions.length, 6, 'six places side by side');
  assert.match(await part(page, 'Shared passages').locator('ol > li').first().textContent(), /and 494 more places$/);
  const only = part(page, 'What only one outlet says');
  assert.equal(await only.locator('details').count(), 10);
  await only.locator(':scope > button').click();
  assert.equal(await only.locator('details').count(), 20);
  assert.equal(await only.locator(':scope > button').textContent(), 'Show 10 more of 480');
  assert.equal((await table(page, 'Who is named where')).rows.length, 10);
  // The date only the last article names: its card is not drawn yet.
  const [date] = await contextGroups(page, 'Timeline');
  assert.deepEqual(date, { heading: '1848', badge: null, lines: [['n499', '1848']] });
  assert.equal(await page.$eval('.card[data-name="n499.txt"]', (c) => c.classList.contains('waiting')), true);
  await part(page, 'Timeline').locator('button.hit').first().click();
  const shown = await until(() => highlightedHit(page), 'the highlight');
  assert.deepEqual(shown, { text: 'La città fu fondata nel 1848, secondo gli storici.', card: 'n499.txt', visible: true, waiting: false });
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});

test('a long shared passage shows its first 80 words and counts the rest; its place shows it whole', async () => {
  const { page, requests, errors } = await openPage(browser);
  const words = (from, count) => Array.from({ length: count }, (_, i) => `parola${from + i}`).join(' ');
  const passage = (changed) => `Il consiglio comunale di Torino ha approvato ${words(0, 100)} e poi ${changed} ${words(100, 40)}.`;
  const texts = [`Prima notizia\n\n${passage('ancora')}`, `Seconda notizia\n\n${passage('inoltre')}`];
  for (const [i, text] of texts.entries()) {
    await page.$eval('#paste-box', (box) => { box.open = true; });
    await page.fill('#paste', text);
    await page.click('#paste-go');
    await settled(page, i + 1);
  }
  const [shared] = await versionGroups(page, 'Shared passages');
  assert.deepEqual(shared.versions.map((v) => v.text.split(/\s+/).length), [80, 80], JSON.stringify(shared));
  const notes = await part(page, 'Shared passages').locator('button.version .more').allTextContents();
  assert.equal(notes.length, 2);
  assert.match(notes[1], /^… \d+ more words, 1 of them marked$/);
  await part(page, 'Shared passages').locator('button.version').nth(1).click();
  const shown = await until(() => highlightedHit(page), 'the highlight');
  assert.ok(shown.text.startsWith(shared.versions[1].text) && shown.text.length > shared.versions[1].text.length + 100, JSON.stringify(shown));
  assert.deepEqual(networkRequests(requests), []);
  assert.deepEqual(errors, []);
});
