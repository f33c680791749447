import { readFileSync } from 'node:fs';
import { test, expect, serveCatalogue, watchErrors } from './helpers';

// A host's own catalogue is a build input: target/dist-host is the same app
// built from core/tests/fixtures/minimal.json (scripts/test.sh).
const HOST = 'http://127.0.0.1:4178';
const hostCatalogue = readFileSync('core/tests/fixtures/minimal.json', 'utf8');

test.describe("a host's own catalogue", () => {
  test('is what every pre-rendered page shows, before and after the app starts', async ({ page, request }) => {
    const html = await (await request.get(`${HOST}/courses`)).text();
    expect(html).toContain('1 course');
    expect(html).toContain('Bachelor of IT');
    expect(html).not.toContain('RMIT');
    const errors = watchErrors(page);
    await page.goto(`${HOST}/courses`);
    await expect(page.getByRole('heading', { level: 2, name: '1 course' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bachelor of IT' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search courses' }).fill('nothing matches this');
    await expect(page.getByRole('heading', { level: 2, name: '0 courses' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('its About page links its corrections contact; without one, the page says how to report a mistake anyway', async ({ page }) => {
    await page.goto(`${HOST}/about`);
    await expect(page.getByRole('heading', { level: 2, name: 'Report a mistake' })).toBeVisible();
    await expect(page.getByRole('link', { name: /their contact page/ })).toHaveAttribute('href', JSON.parse(hostCatalogue).meta.contact_url);
    await page.goto('/about');
    await expect(page.getByText(/This copy of Career Guide does not name a contact for corrections/)).toBeVisible();
    await expect(page.getByRole('link', { name: /their contact page/ })).toHaveCount(0);
    await expect(page.getByText(/Please include the address of the page, the fact that is wrong/)).toBeVisible();
  });

  test('its build writes a page for each of its own courses and no other', async ({ request }) => {
    const catalogue = JSON.parse(hostCatalogue);
    for (const course of catalogue.courses) {
      expect((await request.get(`${HOST}/courses/${course.id}`)).status()).toBe(200);
    }
    expect((await request.get(`${HOST}/courses/rmit-bachelor-it`)).status()).toBe(404);
  });

  test('a catalogue other than the one the pages were rendered from replaces their content', async ({ page }) => {
    // As if the deployment's catalogue.json were swapped without a rebuild:
    // the pre-rendered page must not stay up presenting the other courses.
    const errors = watchErrors(page);
    await serveCatalogue(page, hostCatalogue);
    await page.goto('/courses');
    await expect(page.getByRole('heading', { level: 2, name: '1 course' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bachelor of IT' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('a page that reads the catalogue without courses, given another one, is rendered afresh from the whole', async ({ page }) => {
    // The home page was rendered from catalogue-base.json and records the
    // course count; served another catalogue, it must not keep either.
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await serveCatalogue(page, hostCatalogue);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Search and filter 1 course' })).toBeVisible();
    expect(requested.filter((p) => p.endsWith('.json'))).toEqual(['/catalogue-base.json', '/catalogue.json']);
    expect(errors).toEqual([]);
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
