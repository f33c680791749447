import { test, expect, watchErrors, CATALOGUE_FILES } from './helpers';

// The build from `scripts/build.sh /careers/`, served under that sub-path.
const SUB = 'http://127.0.0.1:4175/careers';

test.describe('static hosting under a sub-path', () => {
  test('a deep link opens, navigation stays under the sub-path, and reload works', async ({ page }) => {
    const errors = watchErrors(page);
    const catalogueRequests: string[] = [];
    page.on('request', (r) => { if (CATALOGUE_FILES.test(r.url())) catalogueRequests.push(r.url()); });
    await page.goto(`${SUB}/roles/backend-developer`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    // A guide shows no course: it reads the catalogue without them.
    expect(catalogueRequests).toEqual([`${SUB}/catalogue-base.json`]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    await expect(page).toHaveURL(`${SUB}/courses/`);
    // The finder is loaded whole (it is not a reading page) and reads every
    // course once it has started, from the sub-path.
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses$/ })).toBeVisible();
    await expect.poll(() => catalogueRequests)
      .toEqual([`${SUB}/catalogue-base.json`, `${SUB}/catalogue-base.json`, `${SUB}/catalogue.json`]);
    await page.getByRole('link', { name: 'Your shortlist (0)' }).click();
    await expect(page).toHaveURL(`${SUB}/shortlist/`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Your course shortlist' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(`${SUB}/courses/`);
    await page.goto(`${SUB}/compare?roles=backend-developer,devops-engineer`);
    await page.getByRole('button', { name: /^Remove DevOps/ }).click();
    await expect(page).toHaveURL(`${SUB}/compare/?roles=backend-developer`);
    expect(errors).toEqual([]);
  });

  test('the skip link and in-page links keep the sub-path', async ({ page }) => {
    await page.goto(`${SUB}/roles/backend-developer`);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Salary' }).click();
    await expect(page).toHaveURL(`${SUB}/roles/backend-developer/#salary`);
  });

  test('an unknown path under the sub-path gets the not-found page', async ({ page }) => {
    await page.goto(`${SUB}/nowhere`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('links a visitor copies point under the sub-path: quiz results and the embed snippet', async ({ page }) => {
    await page.goto(`${SUB}/quiz`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    const total = Number((await page.getByText(/^Question 1 of \d+$/).textContent())!.match(/of (\d+)/)![1]);
    for (let i = 0; i < total; i++) await page.getByRole('button', { name: 'Skip' }).click();
    await expect(page).toHaveURL(new RegExp(`^${SUB}/quiz/results/\\?a=`));
    const share = await page.getByLabel('Link to these results').inputValue();
    expect(share).toBe(page.url());
    await page.goto(`${SUB}/embedding`);
    await expect(page.getByLabel('Paste this into your page')).toHaveValue(/src="http:\/\/127\.0\.0\.1:4175\/careers\/embed\.js"/);
  });

  test('the test server answers like a host without rules, and every link is in the form such hosts serve', async ({ page, request }) => {
    // A folder's address without its slash is redirected, as Apache and GitHub Pages do.
    const bare = await request.get(`${SUB}/roles/backend-developer?x=1`, { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers()['location']).toBe('/careers/roles/backend-developer/?x=1');
    // No extension is guessed: the file names of earlier builds are gone.
    expect((await request.get(`${SUB}/roles/backend-developer.html`)).status()).toBe(404);
    await page.goto(`${SUB}/roles/backend-developer/`);
    const internal = await page.locator('a[href^="/careers/"]').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(internal.length).toBeGreaterThan(20);
    for (const path of internal) {
      const res = await request.get(`http://127.0.0.1:4175${path}`, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
    }
  });

  test('the build ships 404.html for hosts without rewrite rules', async ({ request }) => {
    const res = await request.get(`${SUB}/404.html`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('<base href="/careers/"');
  });
});
