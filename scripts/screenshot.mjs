// Takes docs/screenshot.png: the page with the sample articles loaded, at 1280 px.
//   node scripts/screenshot.mjs
import { launch, openPage } from '../tests/e2e/browser.mjs';

const browser = await launch();
const { page } = await openPage(browser, { width: 1280, height: 1000 });
await page.click('#samples');
await page.waitForFunction(() => document.querySelectorAll('.card').length > 0);
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: new URL('../docs/screenshot.png', import.meta.url).pathname });
await browser.close();
