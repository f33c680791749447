import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Playwright's `test`, with `page.goto` and `page.reload` waiting until the
 * app has started (taken over the pre-rendered page, or rendered it): before
 * that a page can be read but its controls do nothing yet. Specs that turn
 * JavaScript off set `waitForApp: false`.
 */
export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, use) => {
    if (waitForApp) {
      const started = () => page.locator('html[data-started]').waitFor({ state: 'attached' });
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await started();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await started();
        return response;
      };
    }
    await use(page);
  },
});

export { expect };

/** Fails with the list of axe-core violations, if any (WCAG 2.1 AA and best practice). */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** The catalogue files the build writes for the browser: whole, and without courses (read by pages that show none). */
export const CATALOGUE_FILES = /\/catalogue(-base)?\.json$/;

/** Serves `body` in place of the catalogue (both of its files) for the rest of the test. */
export async function serveCatalogue(page: Page, body: string, status = 200) {
  await page.route(CATALOGUE_FILES, (route) =>
    route.fulfill({ status, body, contentType: 'application/json' }),
  );
}

/** Holds back each request for `url` until the returned function is called, which lets them through. */
export async function holdBack(page: Page, url: string | RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.fallback();
  });
  return release;
}

/** The app's code (either entry's wasm), which `holdBack` can hold to keep the app from starting. */
export const APP_WASM = /career-guide(-reading)?-[0-9a-f]+_bg\.wasm$/;

/** Collects uncaught page errors and console errors so a test can assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Waits until the service worker has installed (precached) and controls the page. */
export async function untilOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}
