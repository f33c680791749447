import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const byId = (id: string) => catalogue.courses.find((c: any) => c.id === id);
const amount = catalogue.meta.student_contribution;
const money = (n: number) => `A$${n.toLocaleString('en-AU')}`;
const source = (id: string) => catalogue.meta.sources.find((s: any) => s.id === id);

test.describe('ways in', () => {
  test('each route shows its cost, time, entry and outcomes, every figure with a source and year', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByRole('link', { name: /Compare the ways in/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Ways in/);
    const degree = page.getByRole('region', { name: 'University degree' });
    for (const term of ['Cost to a domestic student', 'Full-time', 'Part-time', 'Entry', 'Where it leads']) {
      await expect(degree.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
    }
    // The cost says how many of the route's courses it rests on.
    await expect(degree).toContainText(/for the whole course \(\d+ of \d+ courses?\)/);
    // Every published outcome names its year and links its source.
    const outcomes = catalogue.ways_in.outcomes.filter((o: any) => o.route === 'degree' && o.value);
    for (const o of outcomes) {
      const item = degree.getByRole('listitem').filter({ hasText: o.measure });
      await expect(item).toContainText(`${o.value}`);
      await expect(item).toContainText(`(${o.year})`);
      await expect(item.getByRole('link', { name: new RegExp(source(o.source).publisher.slice(0, 20).replace(/[()]/g, '.')) })).toHaveAttribute('href', source(o.source).url);
    }
    // Where no independent figure exists, the page says so.
    for (const name of ['Bootcamp', 'Self-study online']) {
      await expect(page.getByRole('region', { name }).getByText('No independent data')).toBeVisible();
    }
    // Routes taken together, each point with its source.
    await expect(page.getByRole('heading', { level: 2, name: 'Combining them' })).toBeVisible();
    for (const combo of catalogue.ways_in.combinations) {
      const region = page.getByRole('region', { name: combo.title });
      await expect(region.getByRole('listitem')).toHaveCount(combo.points.length);
      const cited = source(combo.points[0].source);
      if (cited.url) await expect(region.getByRole('link').first()).toHaveAttribute('href', cited.url);
      else await expect(region.getByRole('listitem').first()).toContainText(cited.publisher);
    }
    // Choosing another role changes the courses the figures and links rest on.
    const link = degree.getByRole('link', { name: /^See the \d+ courses?$/ });
    await expect(link).toHaveAttribute('href', /role=backend-developer/);
    await page.getByLabel('Show courses that lead to').selectOption('database-administrator');
    await expect(page.getByRole('region', { name: 'University degree' }).getByRole('link', { name: /^See the/ })).toHaveAttribute('href', /role=database-administrator/);
    // The link opens the finder filtered to the route's levels and the role.
    await page.getByRole('region', { name: 'University degree' }).getByRole('link', { name: /^See the/ }).click();
    await expect(page).toHaveURL(/\/courses\/\?level=associate-degree,bachelor&role=database-administrator/);
    await expect(page.getByRole('button', { name: 'Remove filter Qualification: Bachelor degree' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('every guide links to the ways in from "How to get there"', async ({ page }) => {
    await page.goto('/roles/frontend-developer');
    await expect(page.getByRole('link', { name: /Ways in compared/ })).toHaveCount(1);
    const path = page.getByRole('region', { name: 'How to get there' });
    await path.getByRole('link', { name: /Ways in compared/ }).click();
    await expect(page).toHaveURL(/\/ways-in\/$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Paying for study' })).toBeVisible();
  });

  test('a Commonwealth supported course shows its yearly and whole-course contribution and a way to what it means', async ({ page }) => {
    const course = byId('scu-bachelor-it');
    const years = course.duration_weeks / 52;
    await page.goto(`/courses/${course.id}`);
    const cost = page.getByRole('definition').filter({ hasText: 'Commonwealth supported place:' });
    await expect(cost).toContainText(`${money(amount.per_year)} a full-time year in ${amount.year}`);
    await expect(cost).toContainText(`about ${money(Math.floor(amount.per_year * years))} for the whole course`);
    await expect(cost).toContainText('if all units are computing units');
    await cost.getByRole('link', { name: 'What is a Commonwealth supported place?' }).click();
    await expect(page).toHaveURL(/\/ways-in\/#csp$/);
    await expect(page.getByRole('heading', { level: 3, name: 'Commonwealth supported places' })).toBeInViewport();
    await expect(page.getByRole('region', { name: 'HECS-HELP' })).toContainText('HECS-HELP');
  });

  test("a course card's cost links to what its kind of place is", async ({ page }) => {
    const course = byId('scu-bachelor-it');
    await page.goto('/courses?q=' + encodeURIComponent(course.title));
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: course.title }) });
    await card.getByRole('link', { name: 'What is a CSP?' }).click();
    await expect(page).toHaveURL(/\/ways-in\/#csp$/);
    await expect(page.getByRole('heading', { level: 3, name: 'Commonwealth supported places' })).toBeInViewport();
  });

  test('a course page shows campus, part-time, entry and places, or says each is not published', async ({ page }) => {
    const known = byId('scu-bachelor-it');
    await page.goto(`/courses/${known.id}`);
    const value = (term: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
    await expect(value('Where')).toContainText(`${known.campuses[0].town} (${known.campuses[0].state})`);
    await expect(value('Part-time')).toHaveText(/^Part-time, \d years$/);
    await expect(value('Entry')).toHaveText(`ATAR ${known.entry.rank} (lowest offered, ${known.entry.year} intake)`);
    await expect(value('Places')).toHaveText('Commonwealth supported place');
    const unknown = catalogue.courses.find((c: any) => !c.entry && !c.part_time && !c.places && !c.fee);
    await page.goto(`/courses/${unknown.id}`);
    for (const term of ['Part-time', 'Entry', 'Places']) {
      await expect(value(term)).toHaveText('Not published; check with provider');
    }
    await expect(value('Cost to a domestic student')).toContainText('Check with provider');
    // A course whose units this catalogue has not matched to skills says so,
    // rather than showing an empty "Skills taught" and "Leads to".
    const unmapped = catalogue.courses.find((c: any) => c.skills.length === 0 && c.roles.length === 0);
    await page.goto(`/courses/${unmapped.id}`);
    for (const term of ['Skills taught', 'Leads to']) {
      await expect(value(term)).toHaveText("Not yet matched to skills in this catalogue; the provider's page lists its units");
    }
  });

  test('search finds a course by its campus town, and the new facets live in the address', async ({ page }) => {
    await page.goto('/courses');
    const search = page.getByLabel('Search courses');
    for (const town of ['Geelong', 'Parramatta', 'Coomera']) {
      await search.fill(town);
      const expected = catalogue.courses.filter((c: any) => (c.campuses ?? []).some((x: any) => x.town === town));
      for (const c of expected) {
        await expect(page.getByRole('heading', { level: 3, name: c.title })).toBeVisible();
      }
    }
    await search.fill('');
    await page.getByRole('group', { name: 'Study load' }).getByRole('checkbox', { name: /^Part-time available/ }).check();
    await page.getByRole('group', { name: 'Entry' }).getByRole('checkbox', { name: /^ATAR or selection rank published/ }).check();
    await expect(page).toHaveURL(/load=part-time/);
    await expect(page).toHaveURL(/entry=rank/);
    const both = catalogue.courses.filter((c: any) => c.part_time?.available && ['atar', 'selection-rank'].includes(c.entry?.kind));
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).toHaveText(`${both.length} course${both.length === 1 ? '' : 's'}`);
    await page.reload();
    await expect(page.getByRole('group', { name: 'Study load' }).getByRole('checkbox', { name: /^Part-time available/ })).toBeChecked();
  });

  test("a guide's headline pay is the home page's", async ({ page }) => {
    await page.goto('/');
    const home = await page.getByRole('term').filter({ hasText: /^Pay in Australia/ }).locator('xpath=following-sibling::dd[1]/strong').textContent();
    await page.goto('/roles/backend-developer');
    await expect(page.getByText(/^The figure this site quotes for this role:/)).toContainText(home!.trim());
    await expect(page.getByText(/^Why these figures differ:/)).toBeVisible();
  });

  for (const width of [390, 1280]) {
    test(`reads at ${width} px with no accessibility violations, light and dark`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of ['/ways-in', '/courses/scu-bachelor-it']) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          // Nothing is wider than the screen.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
          await expectNoAxeViolations(page);
        }
      }
    });
  }
});
