import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchErrors } from './helpers';

// A host's own catalogue, configured at deploy time with a meta tag in
// index.html (here injected into the served page, as a host would edit it).
const hostCatalogue = readFileSync('core/tests/fixtures/minimal.json', 'utf8');

async function deployWithMeta(page: Page, file: string) {
  await page.route(/\/(roles\/[^/]+|courses)?$/, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</head>',
      `<meta name="career-guide:catalogue" content="${file}"></head>`,
    );
    await route.fulfill({ response, body: html });
  });
}

test.describe("a host's own catalogue", () => {
  test('is used when index.html names it', async ({ page }) => {
    const errors = watchErrors(page);
    await deployWithMeta(page, 'host-catalogue.json');
    await page.route('**/host-catalogue.json', (route) =>
      route.fulfill({ body: hostCatalogue, contentType: 'application/json' }),
    );
    await page.goto('/courses');
    await expect(page.getByRole('heading', { level: 2, name: '1 course' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bachelor of IT' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a broken one shows the error screen naming the problem', async ({ page }) => {
    await deployWithMeta(page, 'host-catalogue.json');
    const broken = JSON.parse(hostCatalogue);
    broken.courses[0].provider = 'nowhere';
    await page.route('**/host-catalogue.json', (route) =>
      route.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' }),
    );
    await page.goto('/roles/backend-developer');
    await expect(page.getByRole('alert')).toContainText('courses[0].provider: unknown provider "nowhere"');
  });

  test('a visitor cannot swap the catalogue with a URL parameter', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/courses?catalogue=https://evil.example/forged.json');
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses$/ })).toBeVisible();
    expect(requested).toContain('/catalogue.json');
    expect(requested.some((p) => p.includes('forged'))).toBe(false);
  });
});
