import { readFileSync } from 'node:fs';
import { test, expect, untilOfflineReady, watchErrors } from './helpers';

// The site built from a generated catalogue of 5,000 courses
// (scripts/test.sh: generate-catalogue, then scripts/build.sh into
// target/dist-5000), served on its own port: what a visitor of an
// aggregator's site gets, and what its first visit downloads for offline use.

const SITE = 'http://127.0.0.1:4179';
// Read when a test runs, so the rest of the suite can be listed without this build.
let read: any;
const courses = (): any[] => (read ??= JSON.parse(readFileSync('target/dist-5000/catalogue.json', 'utf8'))).courses;
// The bound scripts/postbuild.mjs enforces (brotli bytes).
const PRECACHE_LIMIT = 2_500_000;

test.use({ serviceWorkers: 'allow' });

test.describe('a site of 5,000 courses', () => {
  test('the build is the size it claims', () => {
    expect(courses().length).toBe(5000);
  });

  test('a guide opens and is taken over; its first visit downloads a bounded set for offline, with no course page in it', async ({ page, context }) => {
    test.slow();
    const errors = watchErrors(page);
    // What the service worker downloads, as sent over the wire (brotli).
    const precached: { path: string; bytes: number }[] = [];
    context.on('requestfinished', async (request) => {
      if (!request.serviceWorker()) return;
      const sizes = await request.sizes();
      precached.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
    });
    // What the page itself downloads (not the service worker).
    const own: string[] = [];
    page.on('request', (r) => { if (!r.serviceWorker()) own.push(new URL(r.url()).pathname); });
    await page.goto(`${SITE}/roles/backend-developer/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    // A guide shows no course, so it reads none of the 5,000.
    expect(own.filter((p) => p.endsWith('.json'))).toEqual(['/catalogue-base.json']);
    await untilOfflineReady(page);
    await expect.poll(() => precached.some((p) => p.path === '/catalogue.json')).toBe(true);
    const total = precached.reduce((sum, p) => sum + p.bytes, 0);
    console.log(`5,000 courses: the first visit's background download was ${precached.length} files, ${Math.round(total / 1000)} KB`);
    expect(total).toBeLessThanOrEqual(PRECACHE_LIMIT);
    expect(precached.filter((p) => /^\/courses\/[^/]+\/$|\/courses\/[^/]+\/index\.html$/.test(p.path))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the finder searches all 5,000, a result opens, and visited pages and search work offline', async ({ page, context }) => {
    test.slow();
    const errors = watchErrors(page);
    await page.goto(`${SITE}/courses/`);
    await expect(page.getByRole('heading', { level: 2, name: /^5,?000 courses$/ })).toBeVisible();
    await untilOfflineReady(page);
    const wanted = courses()[4321];
    await page.getByLabel('Search courses').fill(wanted.title);
    await expect(page).toHaveURL(/\/courses\/\?q=/);
    await page.getByRole('main').getByRole('link', { name: wanted.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.title);
    await page.reload(); // a full load: the page is kept once opened
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.title);

    await context.setOffline(true);
    await page.goto(`${SITE}/courses/${wanted.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.title);
    await page.goto(`${SITE}/roles/backend-developer/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
    await page.goto(`${SITE}/courses/?q=${encodeURIComponent(courses()[17].title)}`);
    await expect(page.getByRole('main').getByRole('link', { name: courses()[17].title, exact: true })).toBeVisible();
    await context.setOffline(false);
    expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
