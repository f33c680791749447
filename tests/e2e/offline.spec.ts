import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { test, expect, untilOfflineReady, watchErrors } from './helpers';

// These specs need the real service worker.
test.use({ serviceWorkers: 'allow' });

test.describe('offline use', () => {
  test('after the first visit every page works with the network off', async ({ page, context }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await untilOfflineReady(page);
    await expect(page.getByText(/This copy of the catalogue was downloaded \d/)).toBeVisible();

    await context.setOffline(true);
    await expect(page.getByText('You are offline.')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('link', { name: 'Database administrator' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: /database administrator/i })).toBeVisible();
    await nav.getByRole('link', { name: 'Compare' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Compare/ })).toBeVisible();
    await nav.getByRole('link', { name: 'Quiz' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await nav.getByRole('link', { name: 'Courses' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses$/ })).toBeVisible();
    await page.getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About Career Guide' })).toBeVisible();

    // Fresh loads of deep links, still offline, come from the saved copy.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'About Career Guide' })).toBeVisible();
    await page.goto('/compare?roles=backend-developer,devops-engineer');
    await expect(page.getByRole('columnheader', { name: /DevOps engineer/ }).first()).toBeVisible();
    await page.goto('/courses?mode=online');
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ courses?$/ })).toBeVisible();
    await page.goto('/shortlist');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/embedding');
    await expect(page.getByRole('heading', { level: 1, name: 'Embed Career Guide on your site' })).toBeVisible();
    await page.goto('/roles/backend-developer/roadmap');
    await page.getByLabel('Status of Python').selectOption({ label: 'Done' });
    await page.goto('/plan?role=backend-developer');
    await expect(page.getByRole('region', { name: 'Suggested courses' }).getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your gap' })).not.toContainText('Python');
    await expect(page.getByText('You are offline.')).toBeVisible();

    await context.setOffline(false);
    await expect(page.getByText('You are offline.')).toHaveCount(0);
    // The only errors allowed are the failed network requests while offline.
    expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  test('the first visit keeps everything but the course pages and the providers page; a course page is kept once opened, and any opens offline', async ({ page, context }) => {
    const errors = watchErrors(page);
    const courses = JSON.parse(readFileSync('dist/catalogue.json', 'utf8')).courses;
    const [opened, notOpened] = [courses[0], courses[1]];
    const keptCoursePages = () => page.evaluate(async () => {
      const kept: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          if (/\/courses\/[^/]+\/index\.html$/.test(new URL(request.url).pathname)) kept.push(new URL(request.url).pathname);
        }
      }
      return kept;
    });
    await page.goto('/');
    await untilOfflineReady(page);
    // The background download for offline use leaves the course pages out.
    expect(await keptCoursePages()).toEqual([]);
    // Opened (a full page load), one is kept, as this version's.
    await page.goto(`/courses/${opened.id}`);
    await expect(page.getByRole('heading', { level: 1, name: opened.title })).toBeVisible();
    await expect.poll(keptCoursePages).toEqual([`/courses/${opened.id}/index.html`]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: opened.title })).toBeVisible();
    // The pre-rendered page itself, not the fallback.
    await expect(page.locator('meta[name="career-guide:release"]')).toHaveCount(1);
    // One never opened is rendered from the saved catalogue, and so is the
    // providers page (which links every course, so is not downloaded ahead).
    await page.goto(`/courses/${notOpened.id}`);
    await expect(page.getByRole('heading', { level: 1, name: notOpened.title })).toBeVisible();
    await page.goto('/providers');
    await expect(page.getByRole('link', { name: notOpened.title })).toBeVisible();
    await context.setOffline(false);
    expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  test('a build whose courses would pass the offline bound leaves them out; one whose other files would, fails naming the limit', () => {
    const dir = 'target/dist-over-bound';
    const postbuild = (env: Record<string, string> = {}) => {
      try {
        return { ok: true, out: execFileSync('node', ['scripts/postbuild.mjs', dir], { stdio: 'pipe', env: { ...process.env, ...env } }).toString() };
      } catch (e: any) {
        return { ok: false, out: String(e.stderr) };
      }
    };
    rmSync(dir, { recursive: true, force: true });
    cpSync('target/dist-host', dir, { recursive: true });
    // 3 MB of courses that no compression can shrink, as a huge catalogue's would be.
    const courses = randomBytes(3_000_000);
    writeFileSync(`${dir}/catalogue.json`, courses);
    const built = postbuild();
    expect(built.ok).toBe(true);
    expect(built.out).toMatch(/limit of 2,000 KB \(OFFLINE_LIMIT_KB, default 2,000\); every course \(3,00\d KB\) left out to stay within it/);
    const worker = readFileSync(`${dir}/sw.js`, 'utf8');
    const sha256 = createHash('sha256').update(courses).digest('hex');
    expect(worker).toContain(`const COURSES = {"file":"catalogue.json","sha256":"${sha256}","bytes":`);
    expect(JSON.parse(/const PRECACHE = (.*);/.exec(worker)![1])).not.toContain('catalogue.json');

    // What is always precached — here the catalogue without its courses — past the bound.
    writeFileSync(`${dir}/catalogue-base.json`, randomBytes(3_000_000));
    const failed = postbuild();
    expect(failed.ok).toBe(false);
    expect(failed.out).toContain('over the limit of 2,000 KB (OFFLINE_LIMIT_KB, default 2,000)');
    expect(failed.out).toContain('nothing was left out to fit');
    // A host's own bound, named when it is not a number of kilobytes.
    expect(postbuild({ OFFLINE_LIMIT_KB: '2 MB' }).out).toContain('OFFLINE_LIMIT_KB must be a whole number of kilobytes, not "2 MB"');
  });

  test('the app ships a manifest with installable icons', async ({ page, request }) => {
    await page.goto('/');
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(`/${manifestHref}`)).json();
    expect(manifest).toMatchObject({ short_name: 'Career Guide', display: 'standalone', start_url: './' });
    const sizes = manifest.icons
      .filter((i: { type: string }) => i.type === 'image/png')
      .map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
  });

  test('every page runs under a Content-Security-Policy without unsafe-inline', async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto('/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self' 'sha256-");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    for (const path of ['/', '/roles/backend-developer', '/compare?roles=backend-developer,devops-engineer',
      '/quiz', '/courses', '/about', '/embedding']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => (window as any).cspViolations), path).toEqual([]);
    }
  });
});

// A "live" site the tests redeploy: target/deploy-live points at a build.
const LIVE = 'http://127.0.0.1:4177/';
const live = 'target/deploy-live';
function deploy(dir: string) {
  rmSync(live, { force: true });
  symlinkSync(`${process.cwd()}/${dir}`, live);
}

test.describe('new deployments', () => {
  test.beforeAll(() => {
    // v2: a new app version (index.html differs, so the service worker does).
    rmSync('target/dist-v2', { recursive: true, force: true });
    cpSync('dist', 'target/dist-v2', { recursive: true });
    const index = 'target/dist-v2/index.html';
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="career-guide:build" content="v2">\n    <title>'));
    execFileSync('node', ['scripts/postbuild.mjs', 'target/dist-v2']);
    // v3: a deployment whose catalogue changed but whose pages were not
    // rendered again (as if a host swapped the file and re-ran postbuild).
    rmSync('target/dist-v3', { recursive: true, force: true });
    cpSync('dist', 'target/dist-v3', { recursive: true });
    // Both of its files: the whole one and the one without courses.
    const catalogue = JSON.parse(readFileSync('dist/catalogue.json', 'utf8'));
    catalogue.meta.last_reviewed = '2027-01-15';
    writeFileSync('target/dist-v3/catalogue.json', JSON.stringify(catalogue));
    const without = JSON.parse(readFileSync('dist/catalogue-base.json', 'utf8'));
    without.catalogue.meta.last_reviewed = '2027-01-15';
    writeFileSync('target/dist-v3/catalogue-base.json', JSON.stringify(without));
    execFileSync('node', ['scripts/postbuild.mjs', 'target/dist-v3']);
  });
  test.beforeEach(() => deploy('dist'));
  test.afterAll(() => deploy('dist'));

  test('a new version prompts for a reload instead of mixing old and new files', async ({ page }) => {
    await page.goto(LIVE);
    await untilOfflineReady(page);
    await expect(page.locator('meta[name="career-guide:build"]')).toHaveCount(0);

    deploy('target/dist-v2');
    await page.reload(); // the browser checks for a new worker on navigation
    // Still the old version, from the saved copy, until the visitor agrees.
    await expect(page.getByText('A new version of Career Guide is available.')).toBeVisible();
    await expect(page.locator('meta[name="career-guide:build"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('meta[name="career-guide:build"]')).toHaveAttribute('content', 'v2');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('A new version of Career Guide is available.')).toHaveCount(0);
  });

  test('a course page of a newer deployment is neither kept nor shown by the old version', async ({ page }) => {
    const course = JSON.parse(readFileSync('dist/catalogue.json', 'utf8')).courses[2];
    await page.goto(LIVE);
    await untilOfflineReady(page);
    deploy('target/dist-v2');
    await page.goto(`${LIVE}courses/${course.id}`);
    // Rendered from the saved version's catalogue, in place of the new page.
    await expect(page.getByRole('heading', { level: 1, name: course.title })).toBeVisible();
    await expect(page.locator('meta[name="career-guide:release"]')).toHaveCount(0);
    const kept = await page.evaluate(async () => {
      const names = await caches.keys();
      const requests = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
      return requests.map((r) => new URL(r.url).pathname).filter((p) => /^\/courses\/[^/]+\//.test(p));
    });
    expect(kept).toEqual([]);
  });

  test('courses saved for offline use stay saved across an update', async ({ page, context }) => {
    test.slow();
    // A new version of the 5,000-course site, whose courses are left out of
    // the precache (scripts/test.sh), so they are saved only when asked.
    const v2 = 'target/dist-5000-v2';
    rmSync(v2, { recursive: true, force: true });
    cpSync('target/dist-5000', v2, { recursive: true });
    const index = `${v2}/index.html`;
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="career-guide:build" content="v2">\n    <title>'));
    execFileSync('node', ['scripts/postbuild.mjs', v2], { env: { ...process.env, OFFLINE_LIMIT_KB: '1200' } });
    const course = JSON.parse(readFileSync('target/dist-5000/catalogue.json', 'utf8')).courses[4000];
    const saved = page.getByText(/^Every course is saved on this device/);

    deploy('target/dist-5000');
    await page.goto(`${LIVE}about/`);
    await untilOfflineReady(page);
    await page.getByRole('button', { name: /^Save every course for offline use/ }).click();
    await expect(saved).toBeVisible();

    deploy(v2);
    await page.goto(LIVE);
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('meta[name="career-guide:build"]')).toHaveAttribute('content', 'v2');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect(saved).toBeVisible();
    await context.setOffline(true);
    await page.goto(`${LIVE}courses/${course.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.title);
    await context.setOffline(false);
  });

  test('a changed catalogue comes as a new version, and its content is never shown under the old pages', async ({ page }) => {
    const reviewed = JSON.parse(readFileSync('dist/catalogue.json', 'utf8')).meta.last_reviewed;
    const shown = new Date(`${reviewed}T00:00:00`).toLocaleDateString('en-AU', { day: 'numeric', month: 'long', year: 'numeric' });
    await page.goto(LIVE);
    await untilOfflineReady(page);
    await expect(page.getByText(`Catalogue last reviewed ${shown}`)).toBeVisible();

    deploy('target/dist-v3');
    await page.reload();
    // The saved version (pages and catalogue together) until the visitor agrees.
    await expect(page.getByText(`Catalogue last reviewed ${shown}`)).toBeVisible();
    await expect(page.getByText('A new version of Career Guide is available.')).toBeVisible();
    await page.getByRole('button', { name: 'Reload to update' }).click();
    // Its pages were rendered from the old catalogue, so the app renders
    // the new one in their place rather than keep the old content.
    await expect(page.getByText('Catalogue last reviewed 15 January 2027')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  });
});
