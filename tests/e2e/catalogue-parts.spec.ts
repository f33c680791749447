import { readFileSync } from 'node:fs';
import { test, expect, holdBack, watchErrors } from './helpers';

// A page that does not need every course (home, the role index, a guide, a
// roadmap, compare, the quiz, about) reads the catalogue without its
// courses and their summary, so its cost does not grow with them, and a
// course's page reads that and the course it carries; a page that needs
// every course (the finder, the plan, …) reads the whole catalogue, and
// moving on to one from the others loads it then (the finder first reads
// its first page from a small file of its own and shows it meanwhile).

const catalogue = JSON.parse(readFileSync('dist/catalogue.json', 'utf8'));

/** The catalogue files the page itself requests (not the service worker's background download). */
function catalogueRequests(page: import('@playwright/test').Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    if (!r.serviceWorker() && /\/(catalogue(-base)?|finder-(start|early))\.json$/.test(r.url())) files.push(new URL(r.url()).pathname);
  });
  return files;
}

/**
 * Opens `path` with every course (`catalogue.json`) held back until the
 * returned function is called, and waits for the app to start without
 * them: the page read the catalogue without courses, then asked for them.
 */
async function startedWithEveryCourseHeld(page: import('@playwright/test').Page, path: string, files: string[]) {
  const release = await holdBack(page, '**/catalogue.json');
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-started', '');
  expect(files).toEqual(['/catalogue-base.json', '/catalogue.json']);
  return release;
}

test.describe('each page reads the part of the catalogue it shows', () => {
  test('a guide reads the catalogue without courses; the finder it links to then reads them all', async ({ page }) => {
    const errors = watchErrors(page);
    const files = catalogueRequests(page);
    await page.goto('/roles/backend-developer/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    expect(files).toEqual(['/catalogue-base.json']);
    const base = JSON.parse(readFileSync('dist/catalogue-base.json', 'utf8'));
    expect(base.catalogue.courses).toEqual([]);
    expect(base.catalogue.roles.map((r: any) => r.id)).toEqual(catalogue.roles.map((r: any) => r.id));
    expect(base.courses[0]).toBe(String(catalogue.courses.length));

    // The finder is not a reading page: it is loaded whole, with its first
    // page, and downloads every course once it has started.
    await page.getByRole('link', { name: 'Find courses for this role' }).click();
    await expect(page).toHaveURL(/\/courses\/\?role=backend-developer$/);
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).not.toHaveText(`${catalogue.courses.length} courses`);
    await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
    expect(files).toEqual(['/catalogue-base.json', '/catalogue-base.json', '/catalogue.json']);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/back-end web developer/i);
    expect(errors).toEqual([]);
  });

  test('the home page says how many courses there are without downloading them', async ({ page }) => {
    const files = catalogueRequests(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    await expect(page.getByRole('link', { name: `Search and filter ${catalogue.courses.length} courses` })).toBeVisible();
    expect(files).toEqual(['/catalogue-base.json']);
  });

  test('a course page reads the catalogue without courses and the course it carries', async ({ page }) => {
    const errors = watchErrors(page);
    const files = catalogueRequests(page);
    const course = catalogue.courses[3];
    await page.goto(`/courses/${course.id}/`);
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    expect(files).toEqual(['/catalogue-base.json']);
    // The course as the whole catalogue has it, in the page itself.
    const carried = JSON.parse(await page.locator('#career-guide-course').textContent() ?? 'null');
    expect(carried).toEqual(course);
    await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
    // Live: the shortlist button works; the finder then reads every course.
    await page.getByRole('button', { name: `Shortlist ${course.title}` }).click();
    await expect(page.getByRole('button', { name: `Shortlist ${course.title}` })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Your shortlist (1)' })).toBeVisible();
    // Another course, from the whole catalogue once it is here.
    const other = catalogue.courses[4];
    await page.getByLabel('Search courses').fill(other.title);
    await page.getByRole('link', { name: other.title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: other.title })).toBeVisible();
    expect(files).toEqual(['/catalogue-base.json', '/catalogue-base.json', '/catalogue.json']);
    expect(errors).toEqual([]);
  });

  test('a roadmap lists the courses that teach each skill from their summary, as from every course', async ({ page }) => {
    const errors = watchErrors(page);
    const files = catalogueRequests(page);
    await page.goto('/roles/backend-developer/roadmap/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    expect(files).toEqual(['/catalogue-base.json']);
    // A skill of this role that more courses teach than a roadmap lists.
    const role = catalogue.roles.find((r: any) => r.id === 'backend-developer');
    const teaching = (id: string) => catalogue.courses.filter((c: any) => c.skills.includes(id)).length;
    const skill = catalogue.skills.find((s: any) => role.skills.some((r: any) => r.skill === s.id) && teaching(s.id) > 3);
    const listed = async () => {
      const more = page.locator('details').filter({ hasText: `About ${skill.name} and where to learn it` });
      await more.getByText(`About ${skill.name} and where to learn it`).click();
      await expect(more.getByRole('link', { name: `All ${teaching(skill.id)} courses that teach ${skill.name}` })).toBeVisible();
      return more.getByRole('listitem').getByRole('link').allTextContents();
    };
    const fromSummary = await listed();
    expect(fromSummary).toHaveLength(3);
    // The same from every course: the finder reads them all, and its entry
    // then shows the roadmap from them.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses$/ })).toBeVisible();
    await page.getByLabel('Search courses').fill('python');
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).not.toHaveText(`${catalogue.courses.length} courses`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('main').getByRole('link', { name: /back-end web developer/i }).first().click();
    await page.getByRole('link', { name: 'See the learning roadmap' }).click();
    expect(await listed()).toEqual(fromSummary);
    expect(files).toEqual(['/catalogue-base.json', '/catalogue-base.json', '/catalogue.json']);
    expect(errors).toEqual([]);
  });

  test('the about page dates the courses\' facts from their summary', async ({ page }) => {
    const files = catalogueRequests(page);
    await page.goto('/about/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    expect(files).toEqual(['/catalogue-base.json']);
    await expect(page.getByText(/Each course's facts were last checked (on|between)/)).toBeVisible();
    await expect(page.getByText(`${catalogue.courses.length} courses.`, { exact: false })).toBeVisible();
  });

  test('the finder starts from the first page it carries; a search made before every course is here waits for them and then runs', async ({ page }) => {
    const errors = watchErrors(page);
    const files = catalogueRequests(page);
    const release = await startedWithEveryCourseHeld(page, '/courses/', files);
    // The first page, its count and its facets' counts are the page's own.
    const carried = JSON.parse(await page.locator('#career-guide-first-page').textContent() ?? '[]');
    expect(carried).toHaveLength(20);
    await expect(page.getByRole('heading', { level: 2, name: `${catalogue.courses.length} courses` })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 3, name: carried[0].title, exact: true })).toBeVisible();
    // A filter and a word: each waits for every course, none is lost.
    const tafe = page.getByRole('group', { name: 'Provider type' }).getByRole('checkbox', { name: /^TAFE( \(\d+\))?$/ });
    await expect(tafe).toHaveAccessibleName(/^TAFE \(\d+\)$/);
    const tafeCount = Number((await tafe.evaluate((box: HTMLInputElement) => box.labels?.[0]?.textContent ?? '')).replace(/\D/g, ''));
    await tafe.check();
    // One option alone: the count the page carries for it says how many
    // match, and its facet's counts stay; another facet's are hidden, as
    // they depend on the tick.
    await expect(page.getByRole('heading', { level: 2, name: `${tafeCount} course${tafeCount === 1 ? '' : 's'}` })).toBeVisible();
    await expect(tafe).toHaveAccessibleName(`TAFE (${tafeCount})`);
    await expect(page.getByRole('group', { name: 'Study type' }).getByRole('checkbox', { name: /\(/ })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Study type' }).getByRole('checkbox').first()).toBeVisible();
    // With a word, no count is the search's own, so none shows.
    await page.getByLabel('Search courses').fill('web');
    await expect(page.getByRole('heading', { level: 2, name: 'Searching…' })).toBeVisible();
    await expect(tafe).toHaveAccessibleName('TAFE');
    await expect(page.getByRole('status').filter({ hasText: 'Downloading the courses to search them.' })).toBeVisible();
    await expect(tafe).toBeChecked();
    await expect(page).toHaveURL(/type=tafe/);
    release();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).not.toHaveText(`${catalogue.courses.length} courses`);
    await expect(page.getByLabel('Search courses')).toHaveValue('web');
    await expect(page.getByLabel('Search courses')).toBeFocused();
    await expect(page).toHaveURL(/q=web/);
    await expect(tafe).toHaveAccessibleName(/^TAFE \(\d+\)$/);
    // Moving on to a page that needs every course downloads nothing more.
    await page.getByRole('link', { name: 'Every course by provider' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(files).toEqual(['/catalogue-base.json', '/catalogue.json']);
    expect(errors).toEqual([]);
  });

  test('when the finder cannot download every course, a search says why and a retry runs it', async ({ page }) => {
    let broken = true;
    await page.route('**/catalogue.json', (route) => (broken ? route.abort() : route.fallback()));
    await page.goto('/courses/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    // The first page still works as a list.
    await expect(page.getByRole('heading', { level: 2, name: `${catalogue.courses.length} courses` })).toBeVisible();
    await page.getByLabel('Search courses').fill('python');
    const alert = page.getByRole('alert').filter({ hasText: 'The courses could not be loaded to search them' });
    await expect(alert).toContainText('Check your internet connection, then try again.');
    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).not.toHaveText(`${catalogue.courses.length} courses`);
    await expect(page.getByRole('main').getByRole('heading', { level: 3 }).first()).toContainText(/python/i);
  });

  test('courses downloaded later that are not the build\'s are checked, and a problem is named', async ({ page }) => {
    // The page names the whole catalogue the build checked; another one is checked again.
    const named = await (await page.request.get('/courses/')).text();
    expect(named).toMatch(/<meta name="career-guide:courses-fingerprint" content="[0-9a-f]{16}">/);
    const replaced = JSON.parse(readFileSync('dist/catalogue.json', 'utf8'));
    replaced.courses[12].skills[0] = 'dockr';
    await page.route('**/catalogue.json', (route) => route.fulfill({ body: JSON.stringify(replaced), contentType: 'application/json' }));
    await page.goto('/courses/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    await page.getByLabel('Search courses').fill('python');
    await expect(page.getByRole('alert').filter({ hasText: 'The courses could not be loaded to search them' }))
      .toContainText('courses[12].skills[0]: unknown skill "dockr"');
  });

  test('the plan starts without the courses and downloads them once it has; a role chosen meanwhile shows its gap at once and its courses once they are here', async ({ page }) => {
    const errors = watchErrors(page);
    const files = catalogueRequests(page);
    const release = await startedWithEveryCourseHeld(page, '/plan/', files);
    await page.getByLabel('Role to plan for').selectOption('backend-developer');
    // The gap is the role's skills not done on its roadmap: no course needed.
    const role = catalogue.roles.find((r: any) => r.id === 'backend-developer');
    const gap = page.getByRole('region', { name: 'Your gap' });
    await expect(gap.getByRole('listitem')).toHaveCount(role.skills.length);
    await expect(page.getByRole('status').filter({ hasText: 'Downloading the courses to plan with.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Suggested courses' })).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 2, name: 'Suggested courses' })).toBeVisible();
    await expect(gap.getByRole('listitem')).toHaveCount(role.skills.length);
    await expect(page.getByRole('status').filter({ hasText: 'Downloading the courses to plan with.' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  for (const path of ['/courses/', '/plan/']) {
    test(`${path} asks for every course as soon as the app's code is here, before the app has started`, async ({ page }) => {
      const errors = watchErrors(page);
      const files = catalogueRequests(page);
      // The catalogue without courses is held until every course has been
      // asked for: the app cannot start before, so the request is the
      // start script's, made the moment the code had arrived.
      let askedForEvery!: () => void;
      const asked = new Promise<void>((resolve) => (askedForEvery = resolve));
      await page.route('**/catalogue.json', async (route) => {
        askedForEvery();
        await route.fallback();
      });
      await page.route('**/catalogue-base.json', async (route) => {
        await asked;
        await route.fallback();
      });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-started', '');
      // Once: the app's own request is answered by the one under way.
      expect(files).toEqual(['/catalogue-base.json', '/catalogue.json']);
      expect(errors).toEqual([]);
    });
  }

  for (const path of ['/ways-in/']) {
    test(`${path} reads the whole catalogue, once`, async ({ page }) => {
      const errors = watchErrors(page);
      const files = catalogueRequests(page);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-started', '');
      expect(files).toEqual(['/catalogue.json']);
      expect(errors).toEqual([]);
    });
  }

  test('moved to from the quiz, the finder shows its first page at once and searches once every course is here', async ({ page }) => {
    const errors = watchErrors(page);
    const files = catalogueRequests(page);
    await page.goto('/quiz/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    const release = await holdBack(page, '**/catalogue.json');
    const file = JSON.parse(readFileSync('dist/finder-start.json', 'utf8'));
    expect(file.courses).toHaveLength(20);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    // The first page, as the finder's own page shows it, with every course held back.
    await expect(page.getByRole('heading', { level: 2, name: `${catalogue.courses.length} courses` })).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 3, name: file.courses[0].title, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: file.courses[19].title, exact: true })).toBeVisible();
    expect(files).toEqual(['/catalogue-base.json', '/finder-start.json', '/catalogue.json']);
    await page.getByLabel('Search courses').fill('python');
    await expect(page.getByRole('heading', { level: 2, name: 'Searching…' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Downloading the courses to search them.' })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).not.toHaveText(`${catalogue.courses.length} courses`);
    await expect(page.getByRole('main').getByRole('heading', { level: 3 }).first()).toContainText(/python/i);
    await expect(page).toHaveURL(/\/courses\/\?q=python$/);
    // A course opened from the results, and back: nothing more is downloaded.
    await page.getByRole('main').getByRole('heading', { level: 3 }).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/python/i);
    await page.goBack();
    await expect(page.getByLabel('Search courses')).toHaveValue('python');
    expect(files).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  test('when the finder\'s first page and every course cannot be downloaded, the page says so and a retry recovers', async ({ page }) => {
    await page.goto('/quiz/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    let broken = true;
    await page.route(/\/(catalogue|finder-start)\.json$/, (route) => (broken ? route.abort() : route.fallback()));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'The career catalogue could not be loaded' })).toBeVisible();
    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses$/ })).toBeVisible();
  });

  test('a shortlist is kept when a page without courses is opened first', async ({ page }) => {
    const course = catalogue.courses[0];
    await page.goto(`/courses/${course.id}/`);
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    await page.getByRole('button', { name: `Shortlist ${course.title}` }).click();
    await expect(page.getByRole('button', { name: `Shortlist ${course.title}` })).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/roles/backend-developer/');
    await expect(page.locator('html')).toHaveAttribute('data-started', '');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    await page.getByRole('link', { name: 'Your shortlist (1)' }).click();
    await expect(page.getByRole('link', { name: course.title })).toBeVisible();
  });
});
