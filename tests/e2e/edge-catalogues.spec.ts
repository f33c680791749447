import { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, serveCatalogue, watchErrors } from './helpers';

// Catalogues at every edge of the format, all accepted by the validator
// (`edge-catalogues`, written by scripts/test.sh). Each is served in place of
// the bundled one, so the app renders every page from it, and every route
// and feature is walked; any page error fails.
const DIR = 'target/edge-catalogues';
const edges: { name: string; file: string; about: string }[] = existsSync(`${DIR}/index.json`)
  ? JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8'))
  : [];

async function walk(page: Page, catalogue: any) {
  const heading = page.getByRole('heading', { level: 1 });
  for (const path of ['/', '/roles', '/compare', '/courses', '/providers', '/shortlist', '/about', '/embedding']) {
    await page.goto(path);
    await expect(heading.first(), path).toBeVisible();
  }
  for (const role of catalogue.roles.slice(0, 2)) {
    await page.goto(`/roles/${role.id}`);
    await expect(heading).toBeVisible();
    await expect(heading).not.toHaveText('Page not found');
  }
  for (const course of catalogue.courses.slice(0, 2)) {
    await page.goto(`/courses/${course.id}`);
    await expect(heading).toHaveText(course.title.trim());
    await page.getByRole('button', { name: `Shortlist ${course.title}` }).click();
  }
  await page.goto('/shortlist');
  await expect(heading).toBeVisible();

  // The finder: type, tick the first filter, clear.
  await page.goto('/courses');
  await page.getByRole('searchbox', { name: 'Search courses' }).fill('a');
  const firstOption = page.getByRole('group').first().getByRole('checkbox').first();
  if (await firstOption.count()) await firstOption.check();
  await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).toBeVisible();

  // Compare: add a role if one can be added, remove one if there are two.
  await page.goto('/compare');
  const add = page.getByRole('button', { name: 'Add', exact: true });
  if (await add.isEnabled()) await add.click();
  const remove = page.getByRole('region', { name: 'Roles being compared' }).getByRole('button', { name: /^Remove / });
  if ((await remove.count()) > 1) await remove.first().click();

  // The quiz: start, answer or skip every question, see the results.
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < catalogue.quiz.length; i++) {
    const choice = page.getByRole('radio').first();
    if (await choice.count()) await choice.check();
    await page.getByRole('button', { name: /^(Next|See my results)$/ }).click();
  }
  await expect(page).toHaveURL(/\/quiz\/results\/\?a=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Your matches' })).toBeVisible();

  // The Embed page's choices.
  await page.goto('/embedding');
  for (const label of ['One role’s guide', 'Roles side by side', 'Skills quiz', 'Course finder']) {
    const option = page.getByLabel(label, { exact: true });
    if (await option.count()) await option.check();
  }
}

test.describe('every catalogue the validator accepts works everywhere', () => {
  test('the edge catalogues were generated', () => {
    expect(edges.length).toBeGreaterThan(10);
  });

  for (const edge of edges) {
    test(`${edge.name}: ${edge.about}`, async ({ page }) => {
      test.slow();
      const body = readFileSync(`${DIR}/${edge.file}`, 'utf8');
      const errors = watchErrors(page);
      await serveCatalogue(page, body);
      await walk(page, JSON.parse(body));
      expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    });
  }
});
