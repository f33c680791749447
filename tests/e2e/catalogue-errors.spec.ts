import { test, expect, expectNoAxeViolations, serveCatalogue, watchErrors, CATALOGUE_FILES } from './helpers';
import { readFileSync } from 'node:fs';

const good = readFileSync('data/catalogue.json', 'utf8');

function edited(edit: (c: any) => void): string {
  const c = JSON.parse(good);
  edit(c);
  return JSON.stringify(c);
}

const cases: { name: string; body: string; status?: number; message: RegExp }[] = [
  { name: 'missing (404)', body: 'not found', status: 404, message: /answered HTTP 404/ },
  { name: 'not JSON', body: '<html>oops</html>', message: /The catalogue is not valid JSON/ },
  { name: 'cut short', body: good.slice(0, 500), message: /The catalogue is not valid JSON/ },
  {
    name: 'wrong schema_version',
    body: edited((c) => (c.schema_version = 3)),
    message: /schema_version 3, but this app reads version 2/,
  },
  {
    name: 'wrong shape',
    body: edited((c) => (c.courses[3].duration_weeks = 'long')),
    message: /does not match the format at courses\[3\]\.duration_weeks/,
  },
  {
    name: 'inconsistent references',
    body: edited((c) => (c.courses[12].skills[0] = 'dockr')),
    message: /courses\[12\]\.skills\[0\]: unknown skill "dockr"/,
  },
];

test.describe('a broken catalogue gets a clear error screen', () => {
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      const errors = watchErrors(page);
      await serveCatalogue(page, c.body, c.status);
      await page.goto('/roles/backend-developer');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'The career catalogue could not be loaded' })).toBeVisible();
      await expect(alert).toContainText(c.message);
      await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
      // No panic: the only console error allowed is the failed request itself.
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    });
  }

  test('the error screen is accessible, and retry recovers', async ({ page }) => {
    let broken = true;
    await page.route(CATALOGUE_FILES, (route) =>
      broken ? route.fulfill({ status: 200, body: '{"schema_version": 1' }) : route.fallback(),
    );
    await page.goto('/roles/backend-developer');
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
    await expectNoAxeViolations(page);
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
  });
});
