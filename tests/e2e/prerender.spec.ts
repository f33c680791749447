import { APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

// dist/ is built with SITE_URL=https://careers.example.edu (scripts/test.sh).
const SITE_URL = 'https://careers.example.edu';
const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const course = catalogue.courses[0];
const role = catalogue.roles.find((r: { id: string }) => r.id === 'backend-developer');

/** Each kind of page, with its <h1> and a piece of its content. */
const PAGES: { path: string; h1: RegExp; content: string }[] = [
  { path: '/', h1: /Should you become a back-end web developer/, content: 'Back-end web developer at a glance' },
  { path: '/roles', h1: /^Roles$/, content: catalogue.roles[3].title },
  { path: '/roles/backend-developer', h1: /How to become a back-end web developer/, content: role.tasks[0] },
  { path: '/roles/backend-developer/roadmap', h1: /Back-end web developer roadmap/, content: role.roadmap[3].why },
  { path: '/compare', h1: /Compare roles/, content: 'At a glance' },
  { path: '/quiz', h1: /Skills quiz/, content: 'Start the quiz' },
  { path: '/courses', h1: /Find a course/, content: `${catalogue.courses.length} courses` },
  { path: `/courses/${course.id}`, h1: new RegExp(course.title.replace(/[()]/g, '.')), content: 'Skills taught' },
  { path: '/providers', h1: /Course providers/, content: catalogue.courses[5].title },
  { path: '/shortlist', h1: /Your course shortlist/, content: 'kept in this browser' },
  { path: '/plan', h1: /Plan the courses that close your skill gap/, content: 'Target role' },
  { path: '/ways-in', h1: /Ways in: degree, TAFE, bootcamp or self-study/, content: 'Paying for study' },
  { path: '/about', h1: /About Career Guide/, content: catalogue.meta.sources[0].publisher },
  { path: '/embedding', h1: /Embed Career Guide on your site/, content: 'Course finder' },
];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text of an HTML document's <h1>, tags stripped. */
const h1Of = (html: string) => html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]+>/g, '') ?? '';

/** The JSON-LD objects of an HTML document. */
const structuredData = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

/** Every in-site page address linked from `html` (no assets, no fragments, no queries). */
function pageLinks(html: string, from: string): string[] {
  return [...html.matchAll(/<a [^>]*href="([^"]+)"/g)]
    .map((m) => new URL(m[1].replace(/&amp;/g, '&'), from))
    .filter((u) => u.origin === new URL(from).origin && !/\.[a-z]+$/.test(u.pathname))
    .map((u) => u.pathname);
}

async function crawl(request: APIRequestContext, origin: string, start: string): Promise<Set<string>> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(200);
    for (const next of pageLinks(await response.text(), `${origin}${path}`)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

test.describe('pages that exist before any script runs', () => {
  test('the HTML of each kind of page holds its heading and content, title and description', async ({ request }) => {
    for (const { path, h1, content } of PAGES) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(h1Of(html), path).toMatch(h1);
      expect(html, path).toContain(escapeHtml(content));
      expect(html, path).toMatch(/<title>[^<]+ — Career Guide<\/title>/);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, path).toContain('<meta name="twitter:card" content="summary">');
    }
    const missing = await request.get('/no/such/page');
    expect(missing.status()).toBe(404);
    expect(h1Of(await missing.text())).toBe('Page not found');
  });

  test('each page has its own title, and the tab keeps it once the app has started', async ({ page, request }) => {
    const guide = await (await request.get('/roles/backend-developer')).text();
    expect(guide).toContain('<title>How to become a back-end web developer — Career Guide</title>');
    await page.goto('/roles/backend-developer');
    await expect(page).toHaveTitle('How to become a back-end web developer — Career Guide');
    await page.goto(`/courses/${course.id}`);
    await expect(page).toHaveTitle(`${course.title} — Career Guide`);
  });

  test('with the site URL set, pages have canonical links, and there is a sitemap of every page and robots.txt', async ({ request }) => {
    const html = await (await request.get(`/courses/${course.id}`)).text();
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/courses/${course.id}/">`);
    expect(html).toContain(`<meta property="og:url" content="${SITE_URL}/courses/${course.id}/">`);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed).toContain(`${SITE_URL}/`);
    expect(listed).toContain(`${SITE_URL}/roles/backend-developer/`);
    for (const c of catalogue.courses) expect(listed).toContain(`${SITE_URL}/courses/${c.id}/`);
    // Pages that only show what a visitor brings are not listed, and say so.
    expect(listed).not.toContain(`${SITE_URL}/shortlist/`);
    expect(await (await request.get('/shortlist')).text()).toContain('<meta name="robots" content="noindex">');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });

  test('structured data: Occupation on guides, Course on course pages, breadcrumbs and item lists', async ({ request }) => {
    const guide = structuredData(await (await request.get('/roles/backend-developer')).text());
    const occupation = guide.find((d) => d['@type'] === 'Occupation');
    expect(occupation).toMatchObject({ name: role.title, description: role.summary });
    expect(occupation.responsibilities).toEqual(role.tasks);
    expect(occupation.skills).toContain('SQL');
    expect(occupation.qualifications.length).toBeGreaterThan(10);
    const salary = role.salaries[0];
    const region = catalogue.meta.regions.find((r: { id: string }) => r.id === salary.region);
    expect(occupation.estimatedSalary).toContainEqual(expect.objectContaining({
      currency: region.currency, minValue: salary.min, maxValue: salary.max, validFrom: String(salary.year),
      duration: salary.per === 'week' ? 'P1W' : 'P1Y',
    }));
    const trail = guide.find((d) => d['@type'] === 'BreadcrumbList');
    expect(trail.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'Roles', role.title]);

    const priced = catalogue.courses.find((c: { fee: unknown }) => c.fee);
    const unpriced = catalogue.courses.find((c: { fee: unknown }) => !c.fee);
    for (const c of [priced, unpriced]) {
      const data = structuredData(await (await request.get(`/courses/${c.id}`)).text());
      const entry = data.find((d) => d['@type'] === 'Course');
      const provider = catalogue.providers.find((p: { id: string }) => p.id === c.provider);
      expect(entry).toMatchObject({ name: c.title, description: c.description, url: `${SITE_URL}/courses/${c.id}/` });
      expect(entry.provider.name).toBe(provider.name);
      expect(entry.hasCourseInstance[0].courseMode.length).toBe(c.modes.length);
      expect(entry.timeRequired).toBe(`P${c.duration_weeks}W`);
      if (c.states.length) {
        expect(entry.hasCourseInstance[0].location[0].address.addressRegion).toBe(c.states[0]);
      }
      // A price only when the catalogue knows it; never a guess.
      if (c.fee) {
        expect(entry.offers[0]).toMatchObject({ priceCurrency: c.fee.currency });
        // One price only for a single whole-course figure; otherwise a range or a price per year or unit.
        if (c.fee.basis === 'total' && c.fee.max === c.fee.min) expect(entry.offers[0].price).toBe(c.fee.min);
        else expect(entry.offers[0].priceSpecification).toMatchObject({ minPrice: c.fee.min });
      }
      else expect(entry.offers).toBeUndefined();
    }

    const list = structuredData(await (await request.get('/roles')).text()).find((d) => d['@type'] === 'ItemList');
    expect(list.itemListElement).toHaveLength(catalogue.roles.length);
    expect(list.itemListElement[0].url).toBe(`${SITE_URL}/roles/${catalogue.roles[0].id}/`);
  });

  test('every pre-rendered page, every course page included, is reachable from the home page by plain links', async ({ request }) => {
    const reached = await crawl(request, 'http://127.0.0.1:4173', '/');
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      expect(reached, loc).toContain(new URL(loc).pathname);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('a visitor reads a guide and follows links to a course', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Read the back-end web developer guide' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /back-end web developer/i })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Salary' })).toBeVisible();
    await page.getByRole('link', { name: 'Find courses for this role' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Find a course' })).toBeVisible();
    await page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link').first().click();
    await expect(page.getByRole('link', { name: /Course page on the provider's site/ })).toBeVisible();
    await page.goto('/providers');
    await page.getByRole('link', { name: catalogue.courses[7].title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue.courses[7].title);
  });

});

test.describe('before the app starts', () => {
  // The page as served, its script held back: what a visitor sees first.
  test.use({ waitForApp: false });

  test('pre-rendered pages have no accessibility violations, light and dark', async ({ page }) => {
    test.slow(); // twenty axe-core runs
    await page.route(/career-guide(-reading)?-[0-9a-f]+(_bg\.wasm|\.js)$/, (route) => route.abort());
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/', '/roles/backend-developer', '/roles/backend-developer/roadmap', '/compare', '/ways-in', '/quiz', '/courses', `/courses/${course.id}`, '/providers', '/plan']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await page.locator('html').getAttribute('data-started'), path).toBeNull();
        await expectNoAxeViolations(page);
      }
    }
  });
});

test.describe('taken over in the browser', () => {
  test('the app takes over the page it was served, with no errors and nothing duplicated, on every route', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as any).servedHeading = document.querySelector('h1');
      });
    });
    for (const { path } of PAGES) {
      await page.goto(path);
      // The very element the server sent is still there: taken over, not redrawn.
      expect(await page.evaluate(() => (window as any).servedHeading === document.querySelector('h1')), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    }
    expect(errors).toEqual([]);
  });

  test('the biggest parts of a page are taken over in tasks of their own, not redrawn, and then work', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as any).served = {
          table: document.querySelector('table'),
          skills: document.getElementById('skills'),
          card: document.querySelector('.course-card'),
        };
      });
    });
    const parts = () => page.evaluate(() => performance.getEntriesByName('career-guide:takeover-part').length);
    await page.goto('/compare');
    expect(await page.evaluate(() => (window as any).served.table === document.querySelector('table'))).toBe(true);
    expect(await parts()).toBeGreaterThan(3);
    const headers = page.getByRole('table').first().getByRole('columnheader');
    const columns = await headers.count();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(headers).toHaveCount(columns + 1);
    await page.goto('/roles/backend-developer');
    expect(await page.evaluate(() => (window as any).served.skills === document.getElementById('skills'))).toBe(true);
    expect(await parts()).toBeGreaterThan(2);
    await page.goto('/courses');
    expect(await page.evaluate(() => (window as any).served.card === document.querySelector('.course-card'))).toBe(true);
    const first = page.locator('.course-card').first().getByRole('button', { name: /^Shortlist / });
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('link', { name: 'Your shortlist (1)' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('what a visitor does while the page is being taken over is held and then done, not lost', async ({ page }) => {
    const errors = watchErrors(page);
    // As soon as the takeover proper has run (the parts not yet): type a
    // search and press a card's shortlist button, as a quick visitor would;
    // then ctrl-click a link.
    await page.addInitScript(() => {
      new PerformanceObserver((list, observer) => {
        if (!list.getEntriesByName('career-guide:takeover').length) return;
        observer.disconnect();
        (window as any).actedBeforeStart = !document.documentElement.hasAttribute('data-started');
        const search = document.getElementById('course-search') as HTMLInputElement;
        search.value = 'python';
        search.dispatchEvent(new Event('input', { bubbles: true }));
        (document.querySelector('.course-card button[aria-pressed]') as HTMLButtonElement).click();
        // Not held: a ctrl-click asks for another tab and must not become a
        // plain click on this one.
        document.querySelector('nav a[href$="/about/"]')!
          .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
      }).observe({ type: 'measure' });
    });
    await page.goto('/courses');
    expect(await page.evaluate(() => (window as any).actedBeforeStart)).toBe(true);
    await expect(page.getByRole('link', { name: 'Your shortlist (1)' })).toBeVisible();
    const count = page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ });
    await expect(count).not.toHaveText(`${catalogue.courses.length} courses`);
    await expect(page).toHaveURL(/\/courses\/\?q=python$/);
    const filtered = await count.textContent();
    await page.reload();
    await expect(count).toHaveText(filtered!);
    await expect(page.getByRole('searchbox', { name: 'Search courses' })).toHaveValue('python');
    expect(errors).toEqual([]);
  });

  test('the controls work once it has started: search, compare, quiz', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/courses');
    await page.getByRole('searchbox', { name: 'Search courses' }).fill('python');
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).not.toHaveText(`${catalogue.courses.length} courses`);
    await page.goto('/compare');
    const picker = page.getByRole('region', { name: 'Roles being compared' });
    const before = await picker.getByRole('listitem').count();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(picker.getByRole('listitem')).toHaveCount(before + 1);
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('deep links with a query string open straight onto their content', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/courses?q=python&type=tafe');
    await expect(page.getByRole('searchbox', { name: 'Search courses' })).toHaveValue('python');
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: /TAFE/ })).toBeVisible();
    await expect(page).toHaveURL(/\/courses\/\?q=python&type=tafe$/);
    await page.goto('/compare?roles=backend-developer,devops-engineer');
    await expect(page.getByRole('columnheader', { name: 'DevOps engineer' }).first()).toBeVisible();
    await expect(page).toHaveTitle(/Back-end web developer vs DevOps engineer/);
    await page.goto('/roles/backend-developer#salary');
    await expect(page).toHaveURL(/#salary$/);
    expect(errors).toEqual([]);
  });

  test('the app and the catalogue are fetched only once the page has painted its largest content', async ({ page }) => {
    // Nothing the app needs competes with (or, in Lighthouse's model, holds
    // up) what the visitor sees first.
    await page.addInitScript(() => {
      (window as any).paints = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as any).paints.push(entry.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto('/roles/backend-developer');
    const { largestPaint, requested } = await page.evaluate(() => ({
      largestPaint: (window as any).paints[0] as number,
      requested: performance.getEntriesByType('resource')
        .filter((r) => /career-guide(-reading)?-[0-9a-f]+(_bg\.wasm|\.js)$|catalogue(-base)?\.json$/.test(r.name))
        .map((r) => ({ name: r.name, at: r.startTime })),
    }));
    expect(largestPaint).toBeGreaterThan(0);
    // The guide's own entry and catalogue file (the other entry, prefetched
    // once the app has started, may be among the rest).
    const own = requested.filter((r) => /career-guide-reading-|catalogue/.test(r.name));
    expect(own.map((r) => r.name.split('.').pop()).sort()).toEqual(['js', 'json', 'wasm']);
    for (const r of requested) expect(r.at, r.name).toBeGreaterThan(largestPaint);
  });

  test('a visitor who chose the dark theme gets it from the first paint', async ({ page, request }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('career-guide.theme', 'dark'));
    // The served HTML has no theme in it; the inline script applies the stored one before the page paints.
    expect(await (await request.get('/')).text()).not.toContain('data-theme="dark"');
    await page.goto('/', { waitUntil: 'commit' });
    await page.waitForSelector('h1');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  });

  test('started pages have no accessibility violations, light and dark', async ({ page }) => {
    test.slow(); // ten axe-core runs: 28.6 s of the 30 s default on a clean clone
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/providers', '/shortlist', '/quiz/results', '/roles/backend-developer/roadmap', '/plan?role=backend-developer']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      }
    }
  });
});

test.describe('under a sub-path', () => {
  const SUB = 'http://127.0.0.1:4175/careers';

  test('the pages are pre-rendered with links under the sub-path and taken over without errors', async ({ page, request }) => {
    const html = await (await request.get(`${SUB}/roles/backend-developer`)).text();
    expect(h1Of(html)).toMatch(/back-end web developer/);
    expect(html).toContain('href="/careers/courses/?role=backend-developer"');
    const reached = await crawl(request, 'http://127.0.0.1:4175', '/careers/');
    expect(reached).toContain(`/careers/courses/${course.id}/`);
    const errors = watchErrors(page);
    await page.goto(`${SUB}/courses?q=python`);
    await expect(page.getByRole('searchbox', { name: 'Search courses' })).toHaveValue('python');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
    await expect(page).toHaveURL(`${SUB}/roles/`);
    expect(errors).toEqual([]);
  });
});
