import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, serveCatalogue, watchErrors } from './helpers';

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const total = catalogue.courses.length;

const count = (page: Page) => page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ });
const countOf = async (page: Page) => Number((await count(page).textContent())!.split(' ')[0]);
const facet = (page: Page, name: string) => page.getByRole('group', { name });
/** A facet's checkbox, whose name is "Label (count)". */
const option = (page: Page, group: string, label: string) =>
  facet(page, group).getByRole('checkbox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`) });
const optionCount = async (page: Page, group: string, label: string) => {
  const text = await facet(page, group).locator('li').filter({ hasText: new RegExp(`^${label} \\(\\d+\\)$`) }).textContent();
  return Number(text!.match(/\((\d+)\)/)![1]);
};

test.describe('course finder', () => {
  test('lists every course, and search narrows as you type (case, accents and prefixes ignored)', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/courses');
    await expect(count(page)).toHaveText(`${total} courses`);
    const search = page.getByLabel('Search courses');
    await search.fill('PYTHÖN');
    await expect(page).toHaveURL(/q=PYTH%C3%96N/);
    const n = await countOf(page);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
    await search.fill('pyth');
    await expect(count(page)).toHaveText(`${n} courses`);
    // Title matches rank first: the first result has Python in its title.
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first()).toContainText(/Python/i);
    expect(errors).toEqual([]);
  });

  test('a search for what a filter names finds every course the filter does', async ({ page }) => {
    await page.goto('/courses');
    const search = page.getByLabel('Search courses');
    for (const [group, label, words] of [
      ['Study type', 'Online', 'online'], ['Qualification', 'Bachelor degree', 'degree'], ['Campus location', 'NSW', 'nsw'], ['Provider type', 'TAFE', 'tafe'],
      ['Cost and places', 'Free', 'free'], ['Study load', 'Part-time available', 'part-time'],
    ]) {
      const filtered = await optionCount(page, group, label);
      await search.fill(words);
      await expect(page).toHaveURL(new RegExp(`q=${words}`));
      // The option's count, given the words, is still every course it has.
      await expect.poll(() => optionCount(page, group, label)).toBe(filtered);
      expect(await countOf(page)).toBeGreaterThanOrEqual(filtered);
      await option(page, group, label).check();
      await expect(count(page)).toHaveText(`${filtered} courses`);
      await page.getByRole('button', { name: 'Clear all', exact: true }).click();
      await expect(count(page)).toHaveText(`${total} courses`);
    }
  });

  test('each facet filters, counts follow the other filters, and chips remove them', async ({ page }) => {
    await page.goto('/courses');
    const tafeAll = await optionCount(page, 'Provider type', 'TAFE');
    for (const [group, label] of [
      ['Provider type', 'TAFE'], ['Study type', 'Online'], ['Qualification', 'Bachelor degree'], ['Campus location', 'VIC'],
      ['Duration', '3 to 12 months'], ['Cost and places', 'Free'], ['Cost and places', 'Commonwealth supported place'], ['Study load', 'Part-time available'], ['Entry', 'ATAR or selection rank published'], ['Intake month', 'February'],
    ]) {
      const expected = await optionCount(page, group, label);
      await option(page, group, label).check();
      await expect(count(page)).toHaveText(`${expected} course${expected === 1 ? '' : 's'}`);
      await page.getByRole('button', { name: new RegExp(`^Remove filter ${group}: ${label}$`) }).click();
      await expect(count(page)).toHaveText(`${total} courses`);
    }
    // Counts change with other filters: once "Online" is chosen, fewer TAFE courses remain.
    await option(page, 'Study type', 'Online').check();
    expect(await optionCount(page, 'Provider type', 'TAFE')).toBeLessThan(tafeAll);
    // Skills and roles facets.
    await option(page, 'Skills taught', 'SQL').check();
    await expect(page).toHaveURL(/mode=online&skill=sql/);
    await page.getByRole('button', { name: 'Clear all', exact: true }).click();
    await expect(count(page)).toHaveText(`${total} courses`);
    await expect(page).toHaveURL(/\/courses\/$/);
  });

  test('a long facet shows its eight largest options until "Show all"; a ticked option stays listed', async ({ page }) => {
    await page.goto('/courses');
    const skills = facet(page, 'Skills taught');
    await expect(skills.getByRole('checkbox')).toHaveCount(8);
    const showAll = page.getByRole('button', { name: 'Show all' }).and(page.locator('[aria-controls="facet-skill"]'));
    await showAll.click();
    await expect(page.locator('[aria-controls="facet-skill"]')).toHaveAttribute('aria-expanded', 'true');
    const all = await skills.getByRole('checkbox').count();
    expect(all).toBeGreaterThan(8);
    // Tick the last option (the one least likely to be among the eight largest), then collapse.
    const last = skills.getByRole('checkbox').last();
    const name = (await last.getAttribute('id'))!;
    await last.check();
    await page.getByRole('button', { name: 'Show fewer' }).click();
    await expect(skills.getByRole('checkbox')).toHaveCount(8);
    await expect(skills.locator(`#${name}`)).toBeVisible();
    await expect(skills.locator(`#${name}`)).toBeChecked();
  });

  test('sorting by duration and by cost', async ({ page }) => {
    await page.goto('/courses');
    await page.getByLabel('Sort by').selectOption({ label: 'Shortest first' });
    await expect(page).toHaveURL(/sort=duration/);
    const shortest = [...catalogue.courses].sort((a: any, b: any) => a.duration_weeks - b.duration_weeks)[0];
    await expect(page.locator('.course-card').first()).toContainText(/weeks?/);
    expect(shortest.duration_weeks).toBeLessThan(20);
    await page.getByLabel('Sort by').selectOption({ label: 'Lowest cost first' });
    await expect(page.locator('.course-card').first()).toContainText('Free');
    // Courses without a domestic cost come last, on the last page.
    const next = page.getByRole('button', { name: 'Next page' });
    while (await next.isEnabled()) await next.click();
    await expect(page.locator('.course-card').last()).toContainText('Check with provider');
  });

  test('a one-year honours course, first among bachelor degrees by length, says it follows a bachelor degree', async ({ page }) => {
    await page.goto('/courses?level=bachelor&sort=duration');
    const cards = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    // The bundled catalogue's one-year honours courses (52 weeks, level bachelor).
    const honoursYears = catalogue.courses.filter((c: any) => c.level === 'bachelor' && c.duration_weeks < 156 && /\bHonours\b/.test(c.title));
    expect(honoursYears.length).toBeGreaterThan(0);
    const first = cards.getByRole('heading', { level: 3 });
    await expect(first.nth(honoursYears.length)).toBeVisible();
    expect((await first.allTextContents()).slice(0, honoursYears.length).sort()).toEqual(honoursYears.map((c: any) => c.title).sort());
    for (let i = 0; i < honoursYears.length; i++) {
      await expect(cards.nth(i)).toContainText('Honours year, after a bachelor degree');
      await expect(cards.nth(i)).not.toContainText('Bachelor degree');
    }
    // A whole degree keeps its level.
    await expect(cards.nth(honoursYears.length)).toContainText('· Bachelor degree');
  });

  test('the URL round trip: a shared link opens the same list, back and forward step through filters', async ({ page, browser }) => {
    await page.goto('/courses?q=python&type=online&skill=sql');
    const n = await countOf(page);
    await expect(page.getByLabel('Search courses')).toHaveValue('python');
    await expect(option(page, 'Provider type', 'Online provider')).toBeChecked();
    const other = await browser.newPage();
    await other.goto(page.url());
    await expect(count(other)).toHaveText(await count(page).textContent() as string);
    await other.close();
    await page.getByRole('button', { name: /^Remove filter Skills taught: SQL$/ }).click();
    const wider = await countOf(page);
    expect(wider).toBeGreaterThanOrEqual(n);
    await page.goBack();
    await expect(page).toHaveURL(/skill=sql/);
    await expect(count(page)).toHaveText(new RegExp(`^${n} courses?$`));
    await page.goForward();
    await expect(page).not.toHaveURL(/skill=sql/);
  });

  test('typing updates the list at once and the URL once it pauses; keystrokes add no history, back still works mid-word', async ({ page }) => {
    await page.goto('/courses?type=tafe');
    const tafe = await countOf(page);
    await option(page, 'Study type', 'Online').check();
    await expect(page).toHaveURL(/type=tafe&mode=online|mode=online.*type=tafe/);
    const search = page.getByLabel('Search courses');
    await search.pressSequentially('cert', { delay: 20 });
    await expect(page).toHaveURL(/q=cert/);
    const certOnline = await countOf(page);
    // A filter click after typing keeps the text and adds one history entry.
    await option(page, 'Study type', 'Online').uncheck();
    await expect(page).toHaveURL(/q=cert/);
    await expect(page).not.toHaveURL(/mode=online/);
    await page.goBack();
    await expect(page).toHaveURL(/mode=online/);
    await expect(search).toHaveValue('cert');
    await expect(count(page)).toHaveText(new RegExp(`^${certOnline} courses?$`));
    // Back straight after a keystroke (before the URL caught up) leaves the typed text behind.
    await search.press('End');
    await search.pressSequentially('ificate');
    await page.goBack();
    await expect(page).toHaveURL(/\/courses\/\?type=tafe$/);
    await expect(search).toHaveValue('');
    await expect(count(page)).toHaveText(`${tafe} courses`);
  });

  test('unknown URL values are ignored with a note', async ({ page }) => {
    await page.goto('/courses?mode=by-pigeon&skill=dockr&sort=random');
    const note = page.getByRole('status').filter({ hasText: 'pigeon' });
    await expect(note).toContainText('“by-pigeon” is not a known study type option');
    await expect(note).toContainText('“dockr” is not a known skills taught option');
    await expect(count(page)).toHaveText(`${total} courses`);
  });

  test('an empty result from filters names each filter to remove', async ({ page }) => {
    await page.goto('/courses?type=bootcamp&level=master');
    await expect(page.getByText('No courses match.')).toBeVisible();
    await page.getByRole('button', { name: 'Remove Qualification: Master\'s degree' }).click();
    await expect(page).toHaveURL(/type=bootcamp$/);
    expect(await countOf(page)).toBeGreaterThan(0);
  });

  test('an empty result says what to remove', async ({ page }) => {
    await page.goto('/courses?q=zzzzqqq');
    await expect(count(page)).toHaveText('0 courses');
    await expect(page.getByText('No courses match.')).toBeVisible();
    await page.getByRole('button', { name: 'Remove Search: zzzzqqq' }).click();
    await expect(count(page)).toHaveText(`${total} courses`);
  });

  test('a catalogue without courses says so; a currency without a symbol is named by its code', async ({ page }) => {
    const errors = watchErrors(page);
    await serveCatalogue(page, JSON.stringify({ ...catalogue, meta: { ...catalogue.meta, currency: 'NZD' }, courses: [] }));
    await page.goto('/courses');
    await expect(count(page)).toHaveText('0 courses');
    await expect(page.getByRole('status').filter({ hasText: 'lists no courses' })).toHaveText('This catalogue lists no courses yet.');
    await expect(page.getByText(/Try removing/)).toHaveCount(0);
    await expect(page.getByLabel('Maximum fee (NZD)')).toBeAttached();
    expect(errors).toEqual([]);
  });

  test('a course says where it can be studied: its states, and online', async ({ page }) => {
    const both = catalogue.courses.find((c: any) => c.states.length > 0 && c.modes.includes('online'));
    const online = catalogue.courses.find((c: any) => c.states.length === 0 && c.modes.includes('online'));
    // Towns where the source names them, else the states.
    const places = (c: any) => (c.campuses?.length ? c.campuses.map((x: any) => `${x.town} (${x.state})`) : c.states).join(', ');
    for (const [course, where] of [[both, `${places(both)} or online`], [online, 'Online, anywhere']]) {
      await page.goto(`/courses/${course.id}`);
      await expect(page.getByRole('definition').filter({ hasText: where })).toHaveText(where);
    }
  });

  test('a course page shows everything, never guesses a fee, and links out', async ({ page }) => {
    const unknown = catalogue.courses.find((c: any) => c.fee === null && !c.places);
    await page.goto(`/courses/${unknown.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(unknown.title);
    await expect(page.getByRole('definition').filter({ hasText: /^Check with provider\. How study is paid for$/ })).toBeVisible();
    const link = page.getByRole('link', { name: /Course page on the provider's site/ });
    await expect(link).toHaveAttribute('href', unknown.url);
    await expectNoAxeViolations(page);
    await page.goto('/courses/no-such-course');
    await expect(page.getByText('There is no course “no-such-course” in this catalogue.')).toBeVisible();
  });

  test('the shortlist survives a reload and compares courses side by side; corrupt storage is set aside', async ({ page }) => {
    await page.goto('/courses');
    const cards = page.locator('.course-card');
    const first = (await cards.nth(0).getByRole('heading').textContent())!.trim();
    const second = (await cards.nth(1).getByRole('heading').textContent())!.trim();
    await page.getByRole('button', { name: `Shortlist ${first}` }).click();
    await page.getByRole('button', { name: `Shortlist ${second}` }).click();
    await expect(page.getByRole('button', { name: `Shortlist ${first}` })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('link', { name: 'Your shortlist (2)' })).toBeVisible();
    await page.getByRole('link', { name: 'Your shortlist (2)' }).click();
    const table = page.getByRole('region', { name: 'Shortlisted courses side by side' });
    await expect(table.getByRole('columnheader')).toHaveCount(2);
    await expect(table.getByRole('rowheader', { name: 'Cost to a domestic student' })).toBeVisible();
    await expectNoAxeViolations(page);
    await table.getByRole('button', { name: `Shortlist ${first}` }).click();
    await expect(table.getByRole('columnheader')).toHaveCount(1);

    // A damaged stored list is set aside (never deleted) with a note.
    await page.evaluate(() => localStorage.setItem('career-guide.shortlist', '{not a list'));
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'shortlist' })).toContainText('Your saved shortlist could not be used');
    await expect(page.getByRole('status').filter({ hasText: 'shortlist' })).toContainText('set aside, not deleted');
    expect(await page.evaluate(() => localStorage.getItem('career-guide.shortlist.unreadable'))).toBe('{not a list');
    await expect(page.getByText('Your shortlist is empty.')).toBeVisible();
  });

  test('pages of results', async ({ page }) => {
    await page.goto('/courses');
    await expect(page.locator('.course-card')).toHaveCount(20);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(`Page 2 of ${Math.ceil(total / 20)}`)).toBeVisible();
  });

  test('a filter click keeps your place on the page; a new page of results starts at the top', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('/courses');
    const online = option(page, 'Study type', 'Online');
    await online.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    expect(before).toBeGreaterThan(0);
    await online.check();
    await expect(page).toHaveURL(/mode=online/);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  });

  test('at phone width the filters are a collapsible panel', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/courses');
    const filters = page.locator('details.filters');
    await expect(filters).not.toHaveAttribute('open', '');
    await expect(facet(page, 'Study type')).toBeHidden();
    await page.getByText('Filters', { exact: true }).click();
    await option(page, 'Study type', 'Online').check();
    await expect(page.getByText('Filters (1 active)')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/courses?skill=sql');
    await expect(count(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('quiz and compare links land on a pre-filtered list', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer');
    await page.getByRole('region', { name: 'Moving between them' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/courses\/\?skill=/);
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('button').first()).toContainText('Skills taught');
  });
});
