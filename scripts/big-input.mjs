// Measures the largest input in the browser: drops one generated Italian text of SIZE MB
// (default 60) on dist/index.html in headless Chromium and prints the time until the
// analysis is shown and the peak memory (VmHWM) of Chromium's processes, read from /proc.
//   node scripts/big-input.mjs [SIZE_MB]
import { readdirSync, readFileSync } from 'node:fs';
import { dropRepeated, launch, openPage } from '../tests/e2e/browser.mjs';

const mb = Number(process.argv[2] ?? 60);
const paragraph = 'Il presidente Sergio Mattarella ha incontrato a Roma il sindaco di Milano. ' +
  'Secondo l’ANSA, l’incontro è durato due ore e ha riguardato 1,5 milioni di euro di fondi.\n\n';

/** Peak resident memory (MB) of each Chromium process. */
function peaks() {
  const out = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s+chrom/m.test(status)) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm) out.push(Number(hwm[1]) / 1024);
    } catch { /* the process ended */ }
  }
  return out;
}

const browser = await launch();
const { page, errors } = await openPage(browser);
const t0 = Date.now();
await dropRepeated(page, 'big.txt', paragraph, Math.ceil((mb * 1e6) / Buffer.byteLength(paragraph)));
await page.waitForFunction(() => /^(Analysed|The analysis failed)/.test(document.getElementById('status').textContent), null, { timeout: 600000 });
const seconds = (Date.now() - t0) / 1000;
const status = await page.textContent('#status');
const meta = await page.textContent('.card .meta').catch(() => '');
const p = peaks().sort((a, b) => b - a);
console.log(`${mb} MB: ${status} in ${seconds.toFixed(1)} s; ${meta}`);
console.log(`peak memory of the largest Chromium process ${p[0]?.toFixed(0)} MB (all: ${p.map((x) => x.toFixed(0)).join(', ')} MB); errors: ${errors.length}`);
await browser.close();
