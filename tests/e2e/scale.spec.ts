import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, holdBack, untilOfflineReady, watchErrors } from './helpers';

// The site built from a generated catalogue of 5,000 courses
// (scripts/test.sh: generate-catalogue, then scripts/build.sh into
// target/dist-5000), served on its own port: what a visitor of an
// aggregator's site gets, and what its first visit downloads for offline use.
// It is built with its background download bounded at 1,200 KB, which the
// courses do not fit in beside the rest, as at 50,000 courses with the
// default 2 MB: so they are saved only when needed or asked for.

const SITE = 'http://127.0.0.1:4179';
// Read when a test runs, so the rest of the suite can be listed without this build.
let read: any;
const courses = (): any[] => (read ??= JSON.parse(readFileSync('target/dist-5000/catalogue.json', 'utf8'))).courses;
// The bound this build was given (OFFLINE_LIMIT_KB in scripts/test.sh), in brotli bytes.
const PRECACHE_LIMIT = 1_200_000;
// What the build told the service worker about the courses it left out.
const leftOut = (): { file: string; bytes: number } =>
  JSON.parse(/const COURSES = (.*);/.exec(readFileSync('target/dist-5000/sw.js', 'utf8'))![1]);
// The size the site shows for them (core's offline::download_size, in KB).
const shownSize = () => `${Math.ceil(leftOut().bytes / 1000)} KB`;

test.use({ serviceWorkers: 'allow' });

/** The finder, started with every course held back: the function that lets them through, its results' heading and cards. */
async function finderWithEveryCourseHeld(page: Page) {
  const release = await holdBack(page, `${SITE}/catalogue.json`);
  await page.goto(`${SITE}/courses/`);
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  return {
    release,
    heading: page.getByRole('heading', { level: 2, name: /^(At least [\d,]+ courses|Searching…|[\d,]+ courses?)$/ }),
    cards: page.getByRole('main').getByRole('heading', { level: 3 }),
  };
}

test.describe('a site of 5,000 courses', () => {
  test('the build is the size it claims', () => {
    expect(courses().length).toBe(5000);
  });

  test('a guide opens and is taken over; its first visit downloads a bounded set for offline, with no course and no course page in it', async ({ page, context }) => {
    test.slow();
    const errors = watchErrors(page);
    // What the service worker downloads, as sent over the wire (brotli).
    const precached: { path: string; bytes: number }[] = [];
    context.on('requestfinished', async (request) => {
      if (!request.serviceWorker()) return;
      const sizes = await request.sizes();
      precached.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
    });
    // What the page itself downloads (not the service worker).
    const own: string[] = [];
    page.on('request', (r) => { if (!r.serviceWorker()) own.push(new URL(r.url()).pathname); });
    await page.goto(`${SITE}/roles/backend-developer/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    // A guide shows no course, so it reads none of the 5,000.
    expect(own.filter((p) => p.endsWith('.json'))).toEqual(['/catalogue-base.json']);
    await untilOfflineReady(page);
    expect(leftOut().file).toBe('catalogue.json');
    expect(precached.map((p) => p.path)).toContain('/catalogue-base.json');
    expect(precached.map((p) => p.path)).not.toContain('/catalogue.json');
    const total = precached.reduce((sum, p) => sum + p.bytes, 0);
    console.log(`5,000 courses: the first visit's background download was ${precached.length} files, ${Math.round(total / 1000)} KB`);
    expect(total).toBeLessThanOrEqual(PRECACHE_LIMIT);
    expect(precached.filter((p) => /^\/courses\/[^/]+\/$|\/courses\/[^/]+\/index\.html$/.test(p.path))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the finder searches all 5,000, a result opens, and once the finder has been used, visited pages, search and any course work offline', async ({ page, context }) => {
    test.slow();
    const errors = watchErrors(page);
    await page.goto(`${SITE}/courses/`);
    await expect(page.getByRole('heading', { level: 2, name: /^5,?000 courses$/ })).toBeVisible();
    await untilOfflineReady(page);
    const wanted = courses()[4321];
    await page.getByLabel('Search courses').fill(wanted.title);
    await expect(page).toHaveURL(/\/courses\/\?q=/);
    await page.getByRole('main').getByRole('link', { name: wanted.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.title);
    await page.reload(); // a full load: the page is kept once opened
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.title);

    await context.setOffline(true);
    await page.goto(`${SITE}/courses/${wanted.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.title);
    await page.goto(`${SITE}/roles/backend-developer/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
    await page.goto(`${SITE}/courses/?q=${encodeURIComponent(courses()[17].title)}`);
    await expect(page.getByRole('main').getByRole('link', { name: courses()[17].title, exact: true })).toBeVisible();
    // A course never opened, from the courses the finder saved.
    await page.goto(`${SITE}/courses/${courses()[2345].id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(courses()[2345].title);
    await expect(page.getByText('You are offline.')).toBeVisible();
    await expect(page.getByText('Every page still works from the copy saved on this device.')).toBeVisible();
    await context.setOffline(false);
    expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  test.describe('with no service worker, so that downloads can be held', () => {
    test.use({ serviceWorkers: 'block' });

    test('while every course downloads, a ticked filter shows its first matches from the early courses, exactly the page every course gives, and how many match in all', async ({ page }) => {
      const errors = watchErrors(page);
      const asked: string[] = [];
      page.on('request', (r) => { if (!r.serviceWorker() && r.url().endsWith('.json')) asked.push(new URL(r.url()).pathname); });
      const { release, heading, cards } = await finderWithEveryCourseHeld(page);
      const studyType = page.getByRole('group', { name: 'Study type' });
      const online = studyType.getByRole('checkbox', { name: /^Online( \([\d,]+\))?$/ });
      const online5000 = courses().filter((c) => c.modes.includes('online')).length;
      const onlineCount = `${online5000.toLocaleString('en-AU')} courses`;
      await online.check();
      // One option alone: its count in the finder's first page says how
      // many match, and the other options of its facet keep theirs.
      await expect(heading).toHaveText(onlineCount);
      await expect(page.getByRole('status').filter({ hasText: 'The first matches.' })).toHaveText(
        "The first matches. The other filters' counts and the other pages follow once every course is downloaded.");
      await expect(cards).toHaveCount(20);
      await expect(studyType.getByRole('checkbox', { name: `Online (${online5000.toLocaleString('en-AU')})` })).toBeChecked();
      await expect(studyType.getByRole('checkbox', { name: /^On campus \([\d,]+\)$/ })).toBeVisible();
      // The early file's pairs give every other facet's counts given the
      // tick, but for the skills and roles, which it does not pair.
      const en = (n: number) => n.toLocaleString('en-AU');
      const both = (mode: string, level: string) => courses().filter((c) => c.modes.includes(mode) && c.level === level).length;
      const qualification = page.getByRole('group', { name: 'Qualification' });
      await expect(qualification.getByRole('checkbox', { name: `Short course (${en(both('online', 'short-course'))})`, exact: true })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Skills taught' }).getByRole('checkbox', { name: /\([\d,]+\)$/ })).toHaveCount(0);
      const early = await cards.allTextContents();
      // A second facet: how many match, and the two facets' counts given
      // each other; a third facet's would need three options at once.
      await qualification.getByRole('checkbox', { name: /^Short course/ }).check();
      await expect(heading).toHaveText(`${en(both('online', 'short-course'))} courses`);
      await expect(studyType.getByRole('checkbox', { name: `On campus (${en(both('on-campus', 'short-course'))})`, exact: true })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Provider type' }).getByRole('checkbox', { name: /\(/ })).toHaveCount(0);
      await qualification.getByRole('checkbox', { name: /^Short course/ }).uncheck();
      await expect(heading).toHaveText(onlineCount);
      // Words are ranked by relevance: a later course could have both
      // "data" and "science" in its title, and rank above every early one
      // that has them, so it waits.
      await page.getByLabel('Search courses').fill('data science');
      await expect(heading).toHaveText('Searching…');
      await expect(studyType.getByRole('checkbox', { name: /\(/ })).toHaveCount(0);
      await page.getByLabel('Search courses').fill('');
      await expect(heading).toHaveText(onlineCount);
      expect(asked).toEqual(['/catalogue-base.json', '/finder-early.json', '/catalogue.json']);

      release();
      await expect(page.getByRole('group', { name: 'Qualification' }).getByRole('checkbox', { name: /\(/ }).first()).toBeVisible();
      await expect(heading).toHaveText(onlineCount);
      await expect(page.getByRole('status').filter({ hasText: 'The first matches.' })).toHaveCount(0);
      expect(await cards.allTextContents()).toEqual(early);
      await expect(page).toHaveURL(/mode=online/);
      expect(asked).toEqual(['/catalogue-base.json', '/finder-early.json', '/catalogue.json']);
      expect(errors).toEqual([]);
    });

    test('while every course downloads, a word whole in many titles, or its start as it is typed, shows its best matches, exactly those every course gives', async ({ page }) => {
      const errors = watchErrors(page);
      const { release, heading, cards } = await finderWithEveryCourseHeld(page);
      const search = page.getByLabel('Search courses');
      // Many of the first courses in title order have "cloud" whole in
      // their titles; none of them has "bootcamp", but the early courses
      // include the first page of courses that do, and of those with a
      // word that starts with "boo" or "bootc" (which no later title has
      // whole: the file keeps the few longer words starting "boot" whole).
      const words = ['boo', 'bootc', 'bootcamp', 'cloud'];
      const early = new Map<string, string[]>();
      for (const word of words) {
        await search.fill(word);
        await expect(heading).toHaveText(/^At least \d+ courses$/);
        await expect(cards).toHaveCount(20);
        const titles = await cards.allTextContents();
        expect(titles.every((title) => new RegExp(`\\b${word}`, 'i').test(title))).toBe(true);
        early.set(word, titles);
      }
      release();
      await expect(heading).toHaveText(/^[\d,]+ courses$/);
      await expect(page).toHaveURL(/q=cloud/);
      for (const word of words) {
        await search.fill(word);
        await expect(page).toHaveURL(new RegExp(`q=${word}$`));
        await expect(heading).toHaveText(/^[\d,]+ courses$/);
        expect(await cards.allTextContents()).toEqual(early.get(word));
      }
      expect(errors).toEqual([]);
    });

    test('while every course downloads, a word no later course ranks higher for shows its best matches, and a misspelt word shows at once that nothing matches', async ({ page }) => {
      const errors = watchErrors(page);
      const { release, heading, cards } = await finderWithEveryCourseHeld(page);
      const search = page.getByLabel('Search courses');
      // No course has a word starting "pyht": every course need not be here to say so.
      await search.fill('pyhton');
      await expect(heading).toHaveText('0 courses');
      await expect(page.getByRole('status').filter({ hasText: 'No courses match.' })).toBeVisible();
      await expect(cards).toHaveCount(0);
      // "python" is a skill, in no course's title: the early courses that
      // have it whole among their skills rank as high as any later one can.
      await search.fill('python');
      await expect(heading).toHaveText(/^At least \d+ courses$/);
      await expect(cards).toHaveCount(20);
      const early = await cards.allTextContents();
      release();
      const withPython = courses().filter((c) => c.skills.includes('python')).length;
      await expect(heading).toHaveText(`${withPython.toLocaleString('en-AU')} courses`);
      expect(await cards.allTextContents()).toEqual(early);
      await search.fill('pyhton');
      await expect(heading).toHaveText('0 courses');
      expect(errors).toEqual([]);
    });

    test('while every course downloads, the shortest and the cheapest courses show from the early courses, exactly those every course gives', async ({ page }) => {
      const errors = watchErrors(page);
      const { release, heading, cards } = await finderWithEveryCourseHeld(page);
      const sort = page.getByLabel('Sort by');
      const orders = [['Shortest first', 'duration'], ['Lowest cost first', 'cost']];
      const early = new Map<string, string[]>();
      for (const [order, id] of orders) {
        await sort.selectOption({ label: order });
        await expect(page).toHaveURL(new RegExp(`sort=${id}$`));
        // Nothing is filtered, so every count is the first page's.
        await expect(heading).toHaveText('5,000 courses');
        await expect(page.getByRole('status').filter({ hasText: 'The first matches.' })).toHaveText(
          'The first matches. The other pages follow once every course is downloaded.');
        await expect(page.getByRole('group', { name: 'Qualification' }).getByRole('checkbox', { name: /\(/ }).first()).toBeVisible();
        await expect(cards).toHaveCount(20);
        early.set(order, await cards.allTextContents());
      }
      release();
      for (const [order, id] of orders) {
        await sort.selectOption({ label: order });
        await expect(page).toHaveURL(new RegExp(`sort=${id}$`));
        await expect(heading).toHaveText('5,000 courses');
        expect(await cards.allTextContents()).toEqual(early.get(order));
      }
      expect(errors).toEqual([]);
    });

    test('if the early courses cannot be had, a ticked filter waits for every course as it would without them', async ({ page }) => {
      await page.route(`${SITE}/finder-early.json`, (route) => route.abort());
      await page.goto(`${SITE}/courses/`);
      await expect(page.locator('html')).toHaveAttribute('data-started', '');
      await page.getByRole('group', { name: 'Study type' }).getByRole('checkbox', { name: /^Online( \([\d,]+\))?$/ }).check();
      const online = courses().filter((c) => c.modes.includes('online')).length;
      await expect(page.getByRole('heading', { level: 2, name: `${online.toLocaleString('en-AU')} courses` })).toBeVisible();
      await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(20);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });

  test('offline before the courses are saved, the finder says so; saved from About, with their size shown first, every course works offline', async ({ page, context }) => {
    test.slow();
    const errors = watchErrors(page);
    await page.goto(`${SITE}/roles/backend-developer/`);
    await untilOfflineReady(page);

    await context.setOffline(true);
    const notice = page.getByRole('status').filter({ hasText: 'You are offline.' });
    await expect(notice).toContainText('Pages that show no course still work from this device. The course finder, courses you have not opened, your shortlist, plan and quiz results need a connection until the courses are saved here: how to save them.');
    // Moved to from the guide, the finder shows its first page (saved with
    // the app); a search the early courses cannot answer (two words a
    // later title could have together) says what it waits for.
    const searchFailed = page.getByRole('alert').filter({ hasText: 'The courses could not be loaded to search them' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '5,000 courses' })).toBeVisible();
    await page.getByLabel('Search courses').fill('data science');
    await expect(searchFailed).toContainText('Check your internet connection, then try again.');
    // Opened offline, the finder's own page does the same.
    await page.goto(`${SITE}/courses/`);
    await expect(page.getByRole('heading', { level: 2, name: '5,000 courses' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    await page.getByLabel('Search courses').fill('data science');
    await expect(searchFailed).toContainText('Check your internet connection, then try again.');
    // The notice leads to where the courses are saved.
    await notice.getByRole('link', { name: 'how to save them' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Use it offline' })).toBeInViewport();
    await context.setOffline(false);

    await expect(page.getByText(`The courses are not saved on this device yet. They are saved once you open the course finder, or now with the button below (${shownSize()} to download).`)).toBeVisible();
    const save = page.getByRole('button', { name: `Save every course for offline use (${shownSize()})` });
    // Held back until asked: nothing has downloaded the courses yet.
    const downloads: string[] = [];
    context.on('request', (r) => { if (new URL(r.url()).pathname === '/catalogue.json') downloads.push(r.url()); });
    await save.click();
    await expect(page.getByText('Every course is saved on this device, so the pages that list courses work offline too: the course finder, every course, your shortlist, plan and quiz results.')).toBeVisible();
    await expect(save).toHaveCount(0);
    expect(downloads.length).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.goto(`${SITE}/courses/?q=${encodeURIComponent(courses()[42].title)}`);
    await expect(page.getByRole('main').getByRole('link', { name: courses()[42].title, exact: true })).toBeVisible();
    await page.goto(`${SITE}/courses/${courses()[3210].id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(courses()[3210].title);
    await page.goto(`${SITE}/about/`);
    await expect(page.getByText('Every course is saved on this device', { exact: false })).toBeVisible();
    await context.setOffline(false);
    // Besides requests while offline, the only allowed failures are the
    // finder's downloads of the courses before they were saved.
    expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual(['console: Failed to load resource: net::ERR_FAILED', 'console: Failed to load resource: net::ERR_FAILED']);
  });

  test('saving fails with a reason when the connection is gone, and the button stays to try again', async ({ page, context }) => {
    await page.goto(`${SITE}/about/`);
    await untilOfflineReady(page);
    const save = page.getByRole('button', { name: `Save every course for offline use (${shownSize()})` });
    await expect(save).toBeVisible();
    await context.setOffline(true);
    await save.click();
    await expect(page.getByText('The courses could not be downloaded. Check your connection and try again.')).toBeVisible();
    await context.setOffline(false);
    await save.click();
    await expect(page.getByText('Every course is saved on this device', { exact: false })).toBeVisible();
  });
});
