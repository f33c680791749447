import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));

/** The salary figures of `roles` in `region`, each with the citation the page should show. */
function citedSalaries(roles: string[], region: string) {
  return roles.flatMap((id) =>
    catalogue.roles
      .find((r: any) => r.id === id)
      .salaries.filter((s: any) => s.region === region)
      .map((s: any) => {
        const source = catalogue.meta.sources.find((x: any) => x.id === s.source);
        // A figure without a year of its own says so (format::salary_year).
        return { sourceId: s.source as string, citation: `${source.publisher}, ${s.year ?? 'year not stated'}`, note: salaryNote(s) };
      }),
  );
}

const reviewed = Number(catalogue.meta.last_reviewed.slice(0, 4));
const sourceOf = (id: string) => catalogue.meta.sources.find((x: any) => x.id === id);
/** The age rule (core/src/age.rs): more than three years before the review's year. */
const isOld = (year: number | null | undefined) => year != null && reviewed - year > 3;
/** The mark a salary figure should carry: its own year first, then its source's. */
function salaryNote(s: any): string | null {
  if (isOld(s.year)) return `Possibly out of date: the figure is for ${s.year}.`;
  const year = sourceOf(s.source)?.year;
  return isOld(year) ? `Possibly out of date: the source is from ${year}.` : null;
}
const AGE_MARK = /^Possibly out of date:/;

const chosen = (page: Page) => page.getByRole('region', { name: 'Roles being compared' }).getByRole('listitem');
const columnHeaders = (page: Page) =>
  page.getByRole('region', { name: 'Roles at a glance' }).getByRole('columnheader');

test.describe('role comparison', () => {
  test('starts from back-end, front-end and full-stack', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/compare');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare roles' })).toBeVisible();
    await expect(chosen(page)).toHaveCount(3);
    await expect(columnHeaders(page)).toHaveText([/Back-end web developer/i, /Front-end/i, /Full-stack/i]);
    for (const name of ['At a glance', 'Skills side by side', 'Salary', 'Moving between them']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    expect(errors).toEqual([]);
  });

  test('adding, reordering and removing roles updates the view and the URL', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer');
    await expect(chosen(page)).toHaveCount(2);
    await page.getByLabel('Add a role').selectOption({ label: 'DevOps engineer' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page).toHaveURL(/roles=backend-developer,frontend-developer,devops-engineer$/);
    await expect(columnHeaders(page)).toHaveCount(3);
    await expect(columnHeaders(page).nth(2)).toHaveText(/DevOps/);

    await page.getByRole('button', { name: /^Move DevOps engineer left$/ }).click();
    await expect(page).toHaveURL(/roles=backend-developer,devops-engineer,frontend-developer$/);
    await expect(columnHeaders(page).nth(1)).toHaveText(/DevOps/);

    await page.getByRole('button', { name: /^Remove Front-end/ }).click();
    await expect(page).toHaveURL(/roles=backend-developer,devops-engineer$/);
    await expect(columnHeaders(page)).toHaveCount(2);

    await page.getByRole('button', { name: /^Remove DevOps/ }).click();
    await expect(page.getByText('Choose at least 2 roles to compare them.')).toBeVisible();
  });

  test('no more than four roles can be chosen', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer,fullstack-developer,devops-engineer');
    await expect(chosen(page)).toHaveCount(4);
    await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeDisabled();
    await expect(page.getByText('Up to 4 roles; remove one to add another.')).toBeVisible();
  });

  test('back and forward step through selections, and reload keeps it', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer');
    await page.getByLabel('Add a role').selectOption({ label: 'Cloud engineer' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(columnHeaders(page)).toHaveCount(3);
    await page.goBack();
    await expect(columnHeaders(page)).toHaveCount(2);
    await expect(page).toHaveURL(/roles=backend-developer,frontend-developer$/);
    await page.goForward();
    await expect(columnHeaders(page)).toHaveCount(3);
    await page.reload();
    await expect(columnHeaders(page).nth(2)).toHaveText(/Cloud engineer/);
  });

  test('unknown and duplicate ids in the URL are dropped with a note', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/compare?roles=backend-developer,astronaut,backend-developer,devops-engineer');
    const note = page.getByRole('status').filter({ hasText: 'astronaut' });
    await expect(note).toContainText('“astronaut” is not a role in this catalogue');
    await expect(note).toContainText('“backend-developer” was listed twice');
    await expect(columnHeaders(page)).toHaveCount(2);
    expect(errors).toEqual([]);
  });

  test('the skills matrix marks shared and unique skills, and can show only differences', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer');
    const matrix = page.getByRole('region', { name: 'Skills matrix' });
    await expect(matrix.getByText('Shared by all').first()).toBeVisible();
    await expect(matrix.getByText(/^Only /).first()).toBeVisible();
    const before = await matrix.locator('tbody tr:visible').count();
    await page.getByLabel('Show only differences').check();
    const after = await matrix.locator('tbody tr:visible').count();
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(0);
    await page.getByLabel('Show only differences').uncheck();
    await expect(matrix.locator('tbody tr:visible')).toHaveCount(before);
  });

  test('the salary chart switches region and cites each figure by publisher and year', async ({ page }) => {
    const roles = ['backend-developer', 'frontend-developer'];
    await page.goto(`/compare?roles=${roles.join(',')}`);
    const section = page.getByRole('region', { name: 'Salary' });
    const chart = section.getByRole('img');
    await expect(chart).toHaveAccessibleName(/Salary ranges in Australia, AUD per year/);
    const regions = await section.getByLabel('Region').locator('option').allTextContents();
    expect(regions.length).toBeGreaterThan(1);
    await section.getByLabel('Region').selectOption({ label: 'United States' });
    await expect(section.getByRole('img')).toHaveAccessibleName(/United States, USD/);

    const figures = citedSalaries(roles, 'us');
    expect(figures.length).toBeGreaterThan(1);
    const caption = section.locator('figcaption');
    for (const { citation } of figures) await expect(caption).toContainText(citation);
    // Each bar's tooltip ends with its figure's citation, in bar order
    // (the chart lists roles in column order).
    const tips = await chart.locator('rect > title').allTextContents();
    expect(tips).toHaveLength(figures.length);
    for (const tip of tips) {
      const ending = (f: { citation: string; note: string | null }) => `(${f.citation})${f.note ? ` ${f.note}` : ''}`;
      expect(figures.map(ending).some((c) => tip.endsWith(c)), tip).toBe(true);
    }
    // A source is never cited by its id.
    const shown = [...tips, (await caption.textContent())!].join('\n');
    for (const { sourceId } of figures) expect(shown).not.toContain(sourceId);
  });

  test('the overview cites each salary figure by publisher and year', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer');
    const salaryRow = page
      .getByRole('region', { name: 'Roles at a glance' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Salary', exact: true }) });
    for (const { citation } of citedSalaries(['backend-developer', 'frontend-developer'], 'au')) {
      await expect(salaryRow).toContainText(`(${citation})`);
    }
  });

  test('old salary figures and outlooks are marked in the overview, the chart and its tooltips', async ({ page }) => {
    const roles = ['backend-developer', 'frontend-developer'];
    await page.goto(`/compare?roles=${roles.join(',')}`);
    const overview = page.getByRole('region', { name: 'Roles at a glance' });
    const rowOf = (name: string) => overview.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const salaryCells = rowOf('Salary').getByRole('cell');
    const outlookCells = rowOf('Outlook').getByRole('cell');
    let marked = 0;
    for (const [i, id] of roles.entries()) {
      const role = catalogue.roles.find((r: any) => r.id === id);
      const notes = role.salaries.map(salaryNote).filter(Boolean);
      marked += notes.length;
      const marks = salaryCells.nth(i).getByText(AGE_MARK);
      await expect(marks).toHaveCount(notes.length);
      expect((await marks.allTextContents()).map((t) => t.replace(/ Check the source.*$/, '')).sort()).toEqual(notes.sort());
      const old = isOld(sourceOf(role.outlook.source).year);
      await expect(outlookCells.nth(i).getByText(AGE_MARK)).toHaveCount(old ? 1 : 0);
    }
    expect(marked, 'the bundled catalogue has old salary figures to mark').toBeGreaterThan(0);
    // Each mark links to its figure's source.
    const links = salaryCells.getByRole('link', { name: /^Check the source/ });
    const urls = roles.flatMap((id) => catalogue.roles.find((r: any) => r.id === id).salaries)
      .filter((s: any) => salaryNote(s)).map((s: any) => sourceOf(s.source).url).filter(Boolean).sort();
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(urls);

    // The chart: each cited source that is old is marked in the caption, and each old bar's tooltip says so.
    const section = page.getByRole('region', { name: 'Salary' });
    for (const region of ['au', 'us']) {
      await section.getByLabel('Region').selectOption(region);
      const figures = citedSalaries(roles, region);
      const cited = figures.filter((f, i) => figures.findIndex((g) => g.citation === f.citation && g.sourceId === f.sourceId) === i);
      const caption = section.locator('figcaption');
      await expect(caption.getByRole('listitem')).toHaveCount(cited.length);
      await expect(caption.getByText(AGE_MARK)).toHaveCount(cited.filter((f) => f.note).length);
      const tips = await section.getByRole('img').locator('rect > title').allTextContents();
      expect(tips.filter((t) => t.includes('Possibly out of date:'))).toHaveLength(figures.filter((f) => f.note).length);
    }
  });

  test('marks pass accessibility checks in light and dark', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer');
    await expect(page.getByRole('region', { name: 'Roles at a glance' }).getByText(AGE_MARK).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('the overlap summary links each skill to courses that teach it', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer');
    const overlap = page.getByRole('region', { name: 'Moving between them' });
    await expect(overlap).toContainText(/already uses \d+ of the \d+ skills a back-end web developer needs/);
    const link = overlap.getByRole('link').first();
    await expect(link).toHaveAttribute('href', /\/courses\/\?skill=[a-z0-9-]+$/);
  });

  test('a role guide links into a comparison', async ({ page }) => {
    await page.goto('/roles/devops-engineer');
    await page.getByRole('link', { name: /Compare with/ }).first().click();
    await expect(page).toHaveURL(/\/compare\/\?roles=devops-engineer,/);
    await expect(columnHeaders(page).first()).toHaveText(/DevOps/);
  });

  test('works at phone width with the table scrolling inside its box', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/compare');
    await expect(columnHeaders(page)).toHaveCount(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The row labels take a narrow column, so a role's column is mostly in
    // view and the next one shows at the edge, saying the box scrolls.
    const glance = page.getByRole('region', { name: 'Roles at a glance' });
    const label = (await glance.getByRole('rowheader', { name: 'Summary' }).boundingBox())!;
    const firstRole = (await glance.getByRole('columnheader').first().boundingBox())!;
    expect(label.width).toBeLessThan(360 * 0.4);
    expect(firstRole.x + firstRole.width).toBeLessThan(360);
    await expectNoAxeViolations(page);
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/compare');
    await expect(columnHeaders(page)).toHaveCount(3);
    await expectNoAxeViolations(page);
  });
});
