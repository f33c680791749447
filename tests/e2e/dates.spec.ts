import { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

// The bundled catalogue's back-end roles have growth projections for
// 2021–2026. No bundled course names a date that has passed (the audit
// reports any), so the passed-date rule is shown on the host build, whose
// catalogue (core/tests/fixtures/minimal.json, reviewed 2026-11-01) has a
// course saying its next intake "starts on 23 February 2026" (intake months
// February and July). A first render judges dates on the review date; once
// started, on the visitor's date.
const COURSE = 'http://127.0.0.1:4178/courses/bit';
const ENDS = 'The period of this projection ends in 2026';
const ENDED = 'The period of this projection ended in 2026';
const PASSED = '23 February 2026 has passed: ask the provider for later dates.';

/** Every first render, and the browser's clock set to `date` before the app starts. */
async function visitOn(page: Page, date: string, path: string) {
  await page.clock.setFixedTime(new Date(`${date}T10:00:00`));
  await page.goto(path);
}

test.describe('dates that have passed', () => {
  test('the first render judges on the review date, the same at build time and in the browser', async ({ request }) => {
    const home = await (await request.get('/')).text();
    expect(home).toContain(ENDS);
    const course = await (await request.get(COURSE)).text();
    expect(course).toContain(PASSED);
    expect(course).toContain('Next: February 2027');
  });

  test('a year later, the projection has ended and the next intake moves on', async ({ page }) => {
    const errors = watchErrors(page);
    await visitOn(page, '2027-12-06', '/');
    const facts = page.getByRole('region', { name: /at a glance/ });
    await expect(facts.getByText(ENDED)).toBeVisible();
    await expect(facts.getByText(ENDS)).toHaveCount(0);

    await visitOn(page, '2027-12-06', '/roles/backend-developer');
    await expect(page.getByRole('region', { name: 'Job outlook' }).getByText(ENDED)).toBeVisible();

    await visitOn(page, '2027-12-06', '/compare?roles=backend-developer,frontend-developer');
    await expect(page.getByText(ENDED).first()).toBeVisible();

    await visitOn(page, '2027-12-06', COURSE);
    await expect(page.getByText(PASSED)).toBeVisible();
    await expect(page.getByText('Next: February 2028')).toBeVisible();
    await expect(page.getByText(/Next: February 2027/)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a clock set before the review changes nothing', async ({ page }) => {
    await visitOn(page, '2025-06-01', '/');
    await expect(page.getByRole('region', { name: /at a glance/ }).getByText(ENDS)).toBeVisible();
    await visitOn(page, '2025-06-01', COURSE);
    await expect(page.getByText(PASSED)).toBeVisible();
    await expect(page.getByText('Next: February 2027')).toBeVisible();
  });

  for (const width of [390, 1280]) {
    test(`the marked pages pass accessibility checks in light and dark at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/', COURSE, '/roles/backend-developer']) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await visitOn(page, '2027-12-06', path);
          await expect(page.getByText(path === COURSE ? PASSED : ENDED).first()).toBeVisible();
          await expectNoAxeViolations(page);
        }
      }
    });
  }
});
