import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, holdBack, APP_WASM, watchErrors } from './helpers';

// Input given between the first paint and the app's start is held by the
// page's own script and takes effect once the app has started. The app's
// code is held back (route interception) until the input is in, which
// proves it came before the start.
test.use({ waitForApp: false });

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const skillName = (id: string) => catalogue.skills.find((s: any) => s.id === id).name;

/** Holds the app's wasm back; the returned function lets it through. */
const holdApp = (page: Page) => holdBack(page, APP_WASM);

const notStarted = async (page: Page) =>
  expect(await page.locator('html').getAttribute('data-started')).toBeNull();
const started = (page: Page) => page.locator('html[data-started]').waitFor({ state: 'attached' });

test.describe('input before the app starts', () => {
  for (const [where, url] of [['', '/quiz'], [' under a sub-path', 'http://127.0.0.1:4175/careers/quiz']]) {
    test(`"Start the quiz" pressed before the start${where} shows as pressed and starts the quiz once the app is in`, async ({ page }) => {
      const errors = watchErrors(page);
      const release = await holdApp(page);
      await page.goto(url);
      const start = page.getByRole('button', { name: 'Start the quiz' });
      await start.click();
      await expect(start).toHaveAttribute('data-held', '');
      await notStarted(page);
      release();
      await started(page);
      await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
      await expect(page.locator('[data-held]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('a role chosen on the ways-in page before the start takes effect once the app is in', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdApp(page);
    await page.goto('/ways-in');
    await page.getByLabel('Show courses that lead to').selectOption('database-administrator');
    await notStarted(page);
    release();
    await started(page);
    await expect(page.getByLabel('Show courses that lead to')).toHaveValue('database-administrator');
    await expect(page.getByRole('region', { name: 'University degree' }).getByRole('link', { name: /^See the/ })).toHaveAttribute('href', /role=database-administrator/);
    expect(errors).toEqual([]);
  });

  for (const [where, url] of [['', '/courses/'], [' under a sub-path', 'http://127.0.0.1:4175/careers/courses/']]) {
    test(`a filter ticked and a word typed in the finder before the start${where} are applied, in order`, async ({ page }) => {
      const errors = watchErrors(page);
      const release = await holdApp(page);
      await page.goto(url);
      const online = page.getByRole('group', { name: 'Study type' }).getByRole('checkbox', { name: /^Online \([\d,]+\)$/ });
      await online.click();
      const search = page.getByLabel('Search courses');
      await search.fill('python');
      await notStarted(page);
      release();
      await started(page);
      await expect(page).toHaveURL(/mode=online/);
      await expect(page).toHaveURL(/q=python/);
      await expect(online).toBeChecked();
      await expect(search).toHaveValue('python');
      await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).not.toHaveText(`${catalogue.courses.length} courses`);
      expect(errors).toEqual([]);
    });
  }

  test('at phone width, the filters drawer opened and a filter ticked before the start are kept', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    const release = await holdApp(page);
    await page.goto('/courses/');
    // A native drawer: it opens at once, before the app is in.
    await page.getByText('Filters', { exact: true }).click();
    const online = page.getByRole('group', { name: 'Study type' }).getByRole('checkbox', { name: /^Online \([\d,]+\)$/ });
    await online.click();
    await notStarted(page);
    release();
    await started(page);
    await expect(page).toHaveURL(/mode=online/);
    await expect(online).toBeChecked();
    await expect(online).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a role chosen in the plan and a skill marked on a roadmap before the start are kept', async ({ page }) => {
    const errors = watchErrors(page);
    let release = await holdApp(page);
    await page.goto('/plan');
    await page.getByLabel('Role to plan for').selectOption('backend-developer');
    await notStarted(page);
    release();
    await started(page);
    await expect(page.getByRole('region', { name: 'Your gap' })).toBeVisible();
    await expect(page.getByLabel('Role to plan for')).toHaveValue('backend-developer');

    await page.unrouteAll();
    release = await holdApp(page);
    await page.goto('/roles/backend-developer/roadmap');
    const status = page.getByLabel(`Status of ${skillName('git')}`, { exact: true });
    await status.selectOption('done');
    await notStarted(page);
    release();
    await started(page);
    await expect(status).toHaveValue('done');
    await page.reload();
    await started(page);
    await expect(status).toHaveValue('done');
    expect(errors).toEqual([]);
  });

  test('a role added on the compare page before the start is added once the app is in', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdApp(page);
    await page.goto('/compare');
    await page.getByLabel('Add a role').selectOption({ label: 'DevOps engineer' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await notStarted(page);
    release();
    await started(page);
    await expect(page).toHaveURL(/devops-engineer/);
    await expect(page.getByRole('columnheader', { name: /DevOps engineer/ }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the theme toggled before the start is applied and remembered once the app is in', async ({ page }) => {
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const release = await holdApp(page);
    await page.goto('/roles/backend-developer/');
    const toggle = page.getByRole('button', { name: 'Use dark theme', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('data-held', '');
    await notStarted(page);
    release();
    await started(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Use light theme', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(errors).toEqual([]);
  });

  test('an embedded view shows nothing to tap until the app has rendered it, then works', async ({ page }) => {
    // Embedded views are rendered in the browser, never served pre-rendered,
    // so the frame stays hidden (and its controls out of reach) until then.
    const errors = watchErrors(page);
    const release = await holdApp(page);
    await page.goto('http://127.0.0.1:4176/');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('html')).toHaveAttribute('data-embed', '');
    // What the frame file holds until then (the not-found page) is not shown.
    await expect(frame.locator('body')).toBeHidden();
    await expect(frame.getByRole('heading', { level: 1 })).toBeHidden();
    release();
    const search = frame.getByRole('searchbox', { name: 'Search courses' });
    await search.fill('python');
    await expect(frame.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).toBeVisible();
    await expect(search).toHaveValue('python');
    expect(errors).toEqual([]);
  });

  test('a link followed before the start works as plain HTML', async ({ page }) => {
    await holdApp(page);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Courses', exact: true }).first().click();
    await expect(page).toHaveURL(/\/courses\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
