import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const reviewed = Number(catalogue.meta.last_reviewed.slice(0, 4));
const sourceOf = (id: string) => catalogue.meta.sources.find((s: any) => s.id === id);
/** The age rule (core/src/age.rs): more than three years before the review's year. */
const isOld = (year: number | null | undefined) => year != null && reviewed - year > 3;
/** The mark a salary figure should carry: its own year first, then its source's. */
const salaryNote = (s: any): string | null =>
  isOld(s.year) ? `Possibly out of date: the figure is for ${s.year}.`
    : isOld(sourceOf(s.source)?.year) ? `Possibly out of date: the source is from ${sourceOf(s.source).year}.`
    : null;
const sourceNote = (id: string): string | null =>
  isOld(sourceOf(id)?.year) ? `Possibly out of date: the source is from ${sourceOf(id).year}.` : null;
const AGE_MARK = /^Possibly out of date:/;

test.describe('role guides', () => {
  test('the back-end guide shows every section', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/roles/backend-developer');
    await expect(page).toHaveTitle(/How to become a Back-end web developer/i);
    const sections = [
      'What the job is', 'Day to day', 'Skills and tools', 'Salary', 'Job outlook',
      'How to get there', 'Certifications', 'Where it leads', 'Portfolio projects', 'Questions people ask',
    ];
    for (const name of sections) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    // Skills are grouped by category with a level.
    const skills = page.getByRole('region', { name: 'Skills and tools' });
    await expect(skills.getByRole('heading', { name: 'Languages' })).toBeVisible();
    await expect(skills.getByText('SQL', { exact: true })).toBeVisible();
    // Salaries are tabled with their source.
    const salary = page.getByRole('region', { name: 'Salary' });
    await expect(salary.getByRole('table').first()).toBeVisible();
    await expect(salary.getByRole('cell').filter({ hasText: /\$\d/ }).first()).toBeVisible();
    // FAQ answers open on click.
    const faq = page.getByRole('region', { name: 'Questions people ask' });
    const first = faq.locator('details').first();
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
    expect(errors).toEqual([]);
  });

  test('a guide links to courses for the role and to the quiz', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await page.getByRole('link', { name: 'Find courses for this role' }).click();
    await expect(page).toHaveURL(/\/courses\/\?role=backend-developer$/);
    await expect(page.getByRole('button', { name: 'Remove filter Leads to: Back-end web developer' })).toBeVisible();
    await page.goBack();
    await page.getByRole('link', { name: 'Is it for me? Take the quiz' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Skills quiz' })).toBeVisible();
  });

  test('the table of contents jumps to a section', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Salary' }).click();
    await expect(page).toHaveURL(/#salary$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Salary' })).toBeInViewport();
  });

  test('every role in the catalogue has a guide without errors', async ({ page }) => {
    const errors = watchErrors(page);
    const catalogue = await (await page.request.get('/catalogue.json')).json();
    for (const role of catalogue.roles) {
      await page.goto(`/roles/${role.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`How to become an? ${role.title}$`, 'i'));
      await expect(page.getByText(role.summary)).toBeVisible();
    }
    expect(errors).toEqual([]);
  });

  test('progression links lead to other guides', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    const leads = page.getByRole('region', { name: 'Where it leads' });
    const link = leads.getByRole('link').first();
    const name = (await link.textContent())!.trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`${name}$`, 'i'));
    await page.goBack();
    await expect(page).toHaveURL(/\/roles\/backend-developer/);
  });

  test('an unknown role id shows not found', async ({ page }) => {
    await page.goto('/roles/astronaut');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('There is no role “astronaut” in this catalogue.')).toBeVisible();
  });

  test('salary figures, the outlook and sources that are old are marked, each with a link to check', async ({ page }) => {
    // A guide with both old and recent salary figures.
    const role = catalogue.roles.find((r: any) =>
      r.salaries.some((s: any) => salaryNote(s)) && r.salaries.some((s: any) => !salaryNote(s)));
    expect(role, 'a role with old and recent salary figures').toBeTruthy();
    await page.goto(`/roles/${role.id}`);
    const salary = page.getByRole('region', { name: 'Salary' });
    for (const region of catalogue.meta.regions) {
      const figures = role.salaries.filter((s: any) => s.region === region.id);
      if (figures.length === 0) continue;
      const table = salary.getByRole('region', { name: `Salaries in ${region.name}` });
      const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
      await expect(rows).toHaveCount(figures.length);
      // Exactly the old figures are marked, each saying why.
      const expected = figures.map(salaryNote).filter(Boolean).sort();
      const marks = table.getByText(AGE_MARK);
      await expect(marks).toHaveCount(expected.length);
      const shown = (await marks.allTextContents()).map((t) => t.replace(/ Check the source.*$/, '').trim()).sort();
      expect(shown).toEqual(expected);
      // Each mark links to its figure's source, where it has an address.
      const urls = figures.filter((f: any) => salaryNote(f)).map((f: any) => sourceOf(f.source).url).filter(Boolean).sort();
      const links = table.getByRole('link', { name: /^Check the source/ });
      await expect(links).toHaveCount(urls.length);
      expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(urls);
    }
    // The outlook: marked only when its source is old.
    const outlook = page.getByRole('region', { name: 'Job outlook' });
    const outlookNote = sourceNote(role.outlook.source);
    await expect(outlook.getByText(AGE_MARK)).toHaveCount(outlookNote ? 1 : 0);
    if (outlookNote) await expect(outlook.getByText(AGE_MARK)).toContainText(outlookNote);
    // The guide's sources: each old one says so.
    const sources = page.getByRole('region', { name: 'Sources for this guide' });
    const oldSources = role.sources.filter((id: string) => sourceNote(id));
    await expect(sources.getByText(AGE_MARK)).toHaveCount(oldSources.length);
  });

  test('a guide whose figures are all recent shows no mark', async ({ page }) => {
    const role = catalogue.roles.find((r: any) =>
      !r.salaries.some((s: any) => salaryNote(s)) && !sourceNote(r.outlook.source) && !r.sources.some((id: string) => sourceNote(id)));
    test.skip(!role, 'every role has an old fact');
    await page.goto(`/roles/${role.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(AGE_MARK)).toHaveCount(0);
  });

  test('the guide has no accessibility violations, in light and dark', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('at phone width the guide fits without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/roles/backend-developer');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('printing hides the site chrome', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Salary' })).toBeVisible();
  });
});
