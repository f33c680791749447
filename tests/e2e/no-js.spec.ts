import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './helpers';

// Controls that need JavaScript say so where they are, and point to what
// works without it: every course has a pre-rendered page, listed by provider.
const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test("the finder says its search, filters, paging and shortlist need JavaScript, and links to every course", async ({ page }) => {
    await page.goto('/courses?role=backend-developer');
    await expect(page.getByRole('heading', { level: 1, name: 'Find a course' })).toBeVisible();
    const note = page.getByText(/^Search, sorting, filters, paging and the shortlist work in your browser and need JavaScript/);
    await expect(note).toBeVisible();
    // The address asked for a filter the static page cannot apply: it says so.
    await expect(note).toContainText('shows the first page of all courses, unfiltered');
    // It sits with the controls it is about: after the search box, before the filters.
    const search = (await page.getByRole('searchbox', { name: 'Search courses' }).boundingBox())!;
    const filters = (await page.getByText('Filters', { exact: true }).boundingBox())!;
    const at = (await note.boundingBox())!;
    expect(at.y).toBeGreaterThan(search.y);
    expect(at.y).toBeLessThan(filters.y);
    const pager = page.getByRole('navigation', { name: 'Result pages' });
    await expect(pager.getByText(/^Turning pages needs JavaScript/)).toBeVisible();
    await expect(pager.getByRole('link', { name: 'every course is listed by provider' })).toBeVisible();

    await note.getByRole('link', { name: 'see every course, listed by provider' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Course providers' })).toBeVisible();
    // Every course is a plain link from there, e.g. the last one in the catalogue.
    const last = catalogue.courses[catalogue.courses.length - 1];
    await page.getByRole('link', { name: last.title, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);
  });

  test('the quiz says it needs JavaScript and links to the role guides and every course', async ({ page }) => {
    await page.goto('/quiz');
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    const note = page.getByText(/^The quiz runs in your browser and needs JavaScript/);
    await expect(note).toBeVisible();
    await expect(note.getByRole('link', { name: 'every course is listed by provider' })).toHaveAttribute('href', '/providers/');
    await note.getByRole('link', { name: "each role's guide" }).click();
    await expect(page).toHaveURL(/\/roles\/$/);
    await expect(page.getByRole('link', { name: catalogue.roles[0].title }).first()).toBeVisible();
  });

  test('the theme button, which could do nothing, is not offered', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /theme/ })).toHaveCount(0);
  });

  test('a course page says its shortlist button needs JavaScript, and the plan page says the plan does', async ({ page }) => {
    const course = catalogue.courses[0];
    await page.goto(`/courses/${course.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.title);
    await expect(page.getByText(/^The shortlist is kept in your browser and needs JavaScript/)).toBeVisible();
    await page.goto('/plan');
    await expect(page.getByText(/^Your plan is worked out in your browser from your roadmap progress, so this page needs JavaScript/)).toBeVisible();
  });
});

test.describe('before the app starts', () => {
  test.use({ waitForApp: false });

  test('the finder and the quiz, with their notes, have no accessibility violations, light and dark', async ({ page }) => {
    // axe-core runs in the page, so scripting is on: the app is held back,
    // and the notes are shown as a browser with scripting off shows them.
    await page.route(/career-guide(-reading)?-[0-9a-f]+(_bg\.wasm|\.js)$/, (route) => route.abort());
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path, note] of [['/courses', /^Search, sorting/], ['/quiz', /^The quiz runs/]] as const) {
        await page.goto(path);
        await page.locator('.needs-js').evaluateAll((notes) => notes.forEach((n) => ((n as HTMLElement).style.animation = 'none')));
        await expect(page.getByText(note)).toBeVisible();
        await expectNoAxeViolations(page);
      }
    }
  });
});

test.describe('with JavaScript on', () => {
  test('the notes never show while the app starts, and are gone once it has', async ({ page }) => {
    // Watches every frame until the app has started for a note on screen.
    await page.addInitScript(() => {
      const w = window as any;
      w.notesSeen = 0;
      const watch = () => {
        for (const n of document.querySelectorAll('.needs-js')) if (n.getClientRects().length > 0) w.notesSeen++;
        if (!document.documentElement.hasAttribute('data-started')) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    for (const path of ['/courses', '/quiz']) {
      await page.goto(path);
      await expect(page.getByText(/needs? JavaScript/)).toHaveCount(0);
      expect(await page.evaluate(() => (window as any).notesSeen), path).toBe(0);
    }
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeEnabled();
  });
});
