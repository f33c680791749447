import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, watchErrors } from './helpers';

// The build on Debian's nginx with its stock site configuration
// (`try_files $uri $uri/ =404`, no rewrite rules; tests/nginx.sh), at the
// site root and under a sub-path, as a university's web server would host it.

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const course = catalogue.courses[3];

/** Notes the h1 the server sent, to tell a page taken over from one redrawn. */
async function rememberServedHeading(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as any).servedHeading = document.querySelector('h1');
    });
  });
}

const takenOver = (page: Page) =>
  page.evaluate(() => (window as any).servedHeading === document.querySelector('h1'));

for (const { where, site } of [
  { where: 'at the site root', site: 'http://127.0.0.1:4180' },
  { where: 'under /careers/', site: 'http://127.0.0.1:4181/careers' },
]) {
  test.describe(`stock nginx, no rewrite rules, ${where}`, () => {
    test('every kind of page opens from a deep link with status 200 and is taken over as served', async ({ page }) => {
      test.slow(); // fourteen cold loads
      const errors = watchErrors(page);
      await rememberServedHeading(page);
      for (const [path, heading] of [
        ['/', /back-end/i],
        ['/roles/', /roles/i],
        ['/roles/backend-developer/', /back-end web developer/i],
        ['/roles/backend-developer/roadmap/', /roadmap/i],
        ['/compare/', /compare/i],
        ['/ways-in/', /ways in|ways into/i],
        ['/quiz/', /quiz/i],
        ['/courses/', /course/i],
        [`/courses/${course.id}/`, course.title],
        ['/providers/', /provider/i],
        ['/shortlist/', /shortlist/i],
        ['/plan/', /plan/i],
        ['/about/', /about/i],
        ['/embedding/', /embed/i],
      ] as const) {
        const response = await page.goto(`${site}${path}`);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
        expect(await takenOver(page), path).toBe(true);
        await expect(page, path).toHaveURL(`${site}${path}`);
      }
      expect(errors).toEqual([]);
    });

    test('a visitor navigates, goes back and forward, and reloads on a deep page', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${site}/roles/backend-developer/`);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
      await expect(page).toHaveURL(`${site}/courses/`);
      await page.getByLabel('Search courses').fill('python');
      await expect(page).toHaveURL(`${site}/courses/?q=python`);
      await page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`^${site}/courses/[a-z0-9-]+/$`));
      const title = await page.getByRole('heading', { level: 1 }).textContent();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
      await page.goBack();
      await expect(page).toHaveURL(`${site}/courses/?q=python`);
      await expect(page.getByLabel('Search courses')).toHaveValue('python');
      await page.reload();
      await expect(page.getByLabel('Search courses')).toHaveValue('python');
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
      expect(errors).toEqual([]);
    });

    test('a link without the trailing slash still opens its page, at the address the site links to', async ({ page }) => {
      const errors = watchErrors(page);
      await rememberServedHeading(page);
      await page.goto(`${site}/roles/backend-developer/roadmap?progress=`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/roadmap/i);
      await expect(page).toHaveURL(`${site}/roles/backend-developer/roadmap/?progress=`);
      expect(await takenOver(page)).toBe(true);
      expect(errors).toEqual([]);
    });

    test('an unknown address gets status 404 and the not-found page; an unknown course says so', async ({ page }) => {
      const missing = await page.goto(`${site}/no-such-page/`);
      expect(missing?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      const gone = await page.goto(`${site}/courses/no-such-course/`);
      expect(gone?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
    });

    test('the app, its catalogue and its worker are served with types a browser accepts', async ({ request }) => {
      const home = await (await request.get(`${site}/`)).text();
      const wasm = home.match(/career-guide(-reading)?-[0-9a-f]+_bg\.wasm/)![0];
      for (const [file, type] of [
        [wasm, 'application/wasm'],
        ['catalogue.json', 'application/json'],
        ['sw.js', 'javascript'],
      ]) {
        const res = await request.get(`${site}/${file}`);
        expect(res.status(), file).toBe(200);
        expect(res.headers()['content-type'], file).toContain(type);
      }
    });
  });
}
