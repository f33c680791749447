// Screenshots of the main pages at phone and desktop widths, for a person to
// look at. Usage: node scripts/screenshots.mjs [base-url] [out-dir] [path…]
// Expects the app served at base-url (default http://127.0.0.1:4173).
import { launchChromium } from '../bench/chromium.mjs';
import { mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4173', out = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/roles', '/roles/backend-developer', '/compare', '/courses', '/providers', '/about', '/nope'];
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(base + path);
      await page.waitForSelector('h1');
      // Once the app has taken the page over (stored state, screen width applied).
      await page.locator('html[data-started]').waitFor({ state: 'attached' });
      const overflow = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > w + 1)
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      });
      const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name, overflow.length ? `overflowing: ${overflow.join(', ')}` : '');
    }
    await page.close();
  }
}
await browser.close();
