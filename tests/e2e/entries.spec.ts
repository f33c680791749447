import { readFileSync } from 'node:fs';
import { test, expect, watchErrors } from './helpers';

// The app has two entries (career_core::pages::Entry): the reading pages
// (home, the role index, guides, roadmaps, course pages, providers, about)
// start a smaller one that holds only them; every other page starts the
// one with every page. A move from a reading page to another page loads
// that page whole.

/** The app's code files the page downloads, by entry: "reading" or "every". */
function entriesLoaded(page: import('@playwright/test').Page): string[] {
  const loaded: string[] = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.split('/').pop() ?? '';
    const wasm = /^career-guide(-reading)?-[0-9a-f]+_bg\.wasm$/.exec(file);
    if (wasm && !r.serviceWorker()) loaded.push(wasm[1] ? 'reading' : 'every');
  });
  return loaded;
}

for (const [where, site] of [['', ''], [' under a sub-path', 'http://127.0.0.1:4175/careers']]) {
  test(`a guide starts the reading entry; the quiz it moves to is loaded whole, and back returns to the guide${where}`, async ({ page }) => {
    const errors = watchErrors(page);
    const loaded = entriesLoaded(page);
    await page.goto(`${site}/roles/backend-developer/`);
    expect(loaded[0]).toBe('reading');
    // Between reading pages the app moves by itself: the document stays.
    await page.evaluate(() => ((window as any).sameDocument = true));
    await page.getByRole('link', { name: 'See the learning roadmap' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/roadmap/i);
    expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
    // The quiz is not a reading page: it is loaded whole, and works.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
    await expect(page).toHaveURL(`${site || 'http://127.0.0.1:4173'}/quiz/`);
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    expect(await page.evaluate(() => (window as any).sameDocument)).toBeUndefined();
    // (The entry with every page, fetched in the background once the guide
    // had started, and for the quiz.)
    expect(loaded.filter((entry) => entry === 'reading')).toEqual(['reading']);
    expect(loaded).toContain('every');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByRole('radio').first()).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/roadmap/i);
    expect(errors).toEqual([]);
  });
}

test('once a guide has started, the entry with every page is fetched in the background, and the quiz then starts from the browser\'s cache', async ({ page, context }) => {
  const errors = watchErrors(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const everyWasm: { cached: boolean }[] = [];
  cdp.on('Network.responseReceived', ({ response }) => {
    if (/\/career-guide-[0-9a-f]+_bg\.wasm$/.test(response.url)) {
      everyWasm.push({ cached: Boolean(response.fromDiskCache || response.fromPrefetchCache || response.fromServiceWorker) });
    }
  });
  await page.goto('/roles/backend-developer/');
  const named = await page.locator('meta[name="career-guide:every-page-entry"]').getAttribute('content');
  expect(named).toMatch(/^career-guide-[0-9a-f]+\.js career-guide-[0-9a-f]+_bg\.wasm$/);
  // Fetched after the start, from the network.
  await expect.poll(() => everyWasm).toEqual([{ cached: false }]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  expect(everyWasm).toEqual([{ cached: false }, { cached: true }]);
  // The quiz's page names no other entry: it has every page.
  await expect(page.locator('meta[name="career-guide:every-page-entry"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the entry with every page shows the reading pages too, without loading them whole', async ({ page }) => {
  const errors = watchErrors(page);
  const loaded = entriesLoaded(page);
  await page.goto('/quiz/');
  await page.evaluate(() => ((window as any).sameDocument = true));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await page.getByRole('main').getByRole('link', { name: /back-end web developer/i }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
  expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
  expect(loaded).toEqual(['every']);
  expect(errors).toEqual([]);
});

test('a reading page\'s HTML served at another address says the page is not found, and is not reloaded again', async ({ page }) => {
  // As a host that answers every unknown address with one page would.
  const about = readFileSync('dist/about/index.html', 'utf8');
  await page.route('**/no-such-page/', (route) => route.fulfill({ body: about, contentType: 'text/html' }));
  let documents = 0;
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) documents += 1; });
  await page.goto('/no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(documents).toBe(1);
});
