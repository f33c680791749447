import { test, expect, expectNoAxeViolations, holdBack, APP_WASM, watchErrors } from './helpers';

test.describe('app shell', () => {
  test('home page introduces the site and links into the guides', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: /become a back-end web developer/i })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Catalogue last reviewed');
    await expect(page).toHaveTitle(/Career Guide/);
    await page.getByRole('link', { name: 'Read the back-end web developer guide' }).click();
    await expect(page).toHaveURL(/\/roles\/backend-developer\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
    expect(errors).toEqual([]);
  });

  test('home page has no accessibility violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('roles index lists every role', async ({ page }) => {
    await page.goto('/roles');
    const catalogue = await (await page.request.get('/catalogue.json')).json();
    const main = page.getByRole('main');
    for (const role of catalogue.roles) {
      await expect(main.getByRole('link', { name: role.title, exact: true })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  test('an unknown path shows the not-found page', async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto('/no/such/page');
    // A real 404 for search engines, with the app's page for visitors.
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('There is no page at this address.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectNoAxeViolations(page);
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  });

  test('about page lists the sources', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: 'About Career Guide' })).toBeVisible();
    const catalogue = await (await page.request.get('/catalogue.json')).json();
    await expect(page.locator('#sources + ol > li')).toHaveCount(catalogue.meta.sources.length);
    await expectNoAxeViolations(page);
  });

  test('at phone width the sources fit without sideways scrolling, long titles wrapping', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/about');
    await expect(page.getByRole('link', { name: /db\/fixtures\/paths/ }).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('each provider says what it is, cites its source with the date checked, and an old source is marked', async ({ page }) => {
    const catalogue = await (await page.request.get('/catalogue.json')).json();
    const review = Number(catalogue.meta.last_reviewed.slice(0, 4));
    const sourceOf = (p) => catalogue.meta.sources.find((s) => s.id === p.source);
    const old = catalogue.providers.find((p) => sourceOf(p).year < review - 3);
    const recent = catalogue.providers.find((p) => sourceOf(p).year >= review - 3);
    await page.goto('/providers');
    await expect(page.getByRole('heading', { level: 1, name: 'Course providers' })).toBeVisible();
    const entry = (p) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: p.name, exact: true }) });
    for (const p of [old, recent]) {
      const source = sourceOf(p);
      await expect(entry(p)).toContainText(p.description);
      await expect(entry(p).getByRole('link', { name: `${source.publisher}, ${source.title} (${source.year})` })).toHaveAttribute('href', source.url);
      await expect(entry(p)).toContainText(`; checked on ${p.checked}.`);
    }
    await expect(entry(old)).toContainText(`Possibly out of date: the source is from ${sourceOf(old).year}.`);
    await expect(entry(old).getByRole('link', { name: "Check the provider's website" })).toHaveAttribute('href', old.url);
    await expect(entry(recent)).not.toContainText('Possibly out of date');
    await expectNoAxeViolations(page);
  });

  test('skip link moves keyboard focus to the content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('theme toggle switches to dark, is remembered, and stays accessible', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    // Named for what it does: a light page offers dark, a dark page light.
    await page.getByRole('button', { name: 'Use dark theme', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Use dark theme' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Use light theme', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Use light theme', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Use light theme', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Use dark theme', exact: true })).toBeVisible();
  });

  test('system dark preference is followed, and a corrupt stored theme is ignored', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('career-guide.theme', '{corrupt'));
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Use light theme', exact: true })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(15, 20, 25)');
    // The system switching to light while the page is open: the button follows, and does what it says.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Use dark theme', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('app shell before the app starts', () => {
  test.use({ waitForApp: false });

  test('before the app starts the theme button is named for the scheme on screen, and a press is applied once it has', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const release = await holdBack(page, APP_WASM);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.locator('html').getAttribute('data-started')).toBeNull();
    const toggle = page.getByRole('button', { name: 'Use light theme', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('data-held', '');
    release();
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Use dark theme', exact: true })).toBeVisible();
  });
});
