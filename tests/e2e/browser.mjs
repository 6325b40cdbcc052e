// Shared set-up for the browser tests: Debian's Chromium, headless, driven by playwright-core,
// on dist/index.html opened by file://. Records every request and console error of a page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';

export const root = new URL('../../', import.meta.url).pathname;
export const pageUrl = pathToFileURL(join(root, 'dist/index.html')).href;
export const seedsDir = join(root, '../shared/seeds');
export const hasSeeds = existsSync(seedsDir);

/** The seed articles as {name, path, text}, or [] when ../shared/seeds is absent. */
export function seeds() {
  if (!hasSeeds) return [];
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, path: join(seedsDir, name), text: readFileSync(join(seedsDir, name), 'utf8') }));
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** Opens the page; `requests` gets every URL the page asks for, `errors` every console error.
 *  `init`, when given, runs in the page before its own script (to watch or alter it). */
export async function openPage(browser, viewport = { width: 1280, height: 900 }, init = null) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push(`dialog opened: ${d.message()}`); d.dismiss(); });
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  return { page, requests, errors, context };
}

/** Requests that would leave the machine (anything but the page itself and blob: workers). */
export function networkRequests(requests) {
  return requests.filter((u) => u !== pageUrl && !u.startsWith('blob:') && !u.startsWith('data:'));
}

/** Polls `check` until it gives a truthy value, which it returns; throws after `timeout` ms. */
export async function until(check, what, timeout = 15000) {
  for (const end = Date.now() + timeout; Date.now() < end; await delay(100)) {
    const value = await check();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The place a click highlighted in a card (CSS highlight `lente-hit`): its text, its card's
 *  name, whether it is on the screen and whether the card is still waiting to be drawn. */
export const highlightedHit = (page) => page.evaluate(() => {
  const [range] = CSS.highlights.get('lente-hit') ?? [];
  if (!range) return null;
  const box = range.getBoundingClientRect();
  const card = range.startContainer.parentElement.closest('.card');
  return { text: range.toString(), card: card.dataset.name, visible: box.top >= 0 && box.bottom <= innerHeight && box.height > 0, waiting: card.classList.contains('waiting') };
});

/** Drops files on the drop zone with a real DataTransfer carrying File objects. */
export async function dropFiles(page, files) {
  const payload = files.map((f) => ({ name: f.name, type: f.type || 'text/plain', bytes: [...Buffer.from(f.bytes ?? f.text)] }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, payload);
  await page.dispatchEvent('#drop', 'dragenter', { dataTransfer });
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
}

/** Drops one file made in the page itself: `unit` repeated `times` times (large files
 * without sending their bytes from Node). */
export async function dropRepeated(page, name, unit, times) {
  const dataTransfer = await page.evaluateHandle(([name, unit, times]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([unit.repeat(times)], name, { type: 'text/plain' }));
    return dt;
  }, [name, unit, times]);
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
}
