import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, serveCatalogue, watchErrors } from './helpers';

// Nothing a visitor saves is lost silently (issue 28): a browser that does
// not store what the visitor changes says so once, texts that say "kept in
// this browser" stay true, and nothing stored earlier is lost.

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const role = catalogue.roles.find((r: any) => r.id === 'backend-developer');
const skillName = (id: string) => catalogue.skills.find((s: any) => s.id === id).name;
const firstSkill = role.roadmap[0].skills[0].skill;
const secondSkill = role.roadmap[0].skills[1].skill;
const ROADMAP = '/roles/backend-developer/roadmap';
const PROGRESS = 'career-guide.progress';
const progressValue = (skills: Record<string, string>, version = 1) =>
  JSON.stringify({ format: 'career-guide-progress', version, skills });

const notice = (page: Page) => page.getByRole('alert').filter({ hasText: 'can’t be saved in this browser' });
const status = (page: Page, id: string) => page.getByLabel(`Status of ${skillName(id)}`, { exact: true });

/** Stores `entries` before the first load only, as a returning visitor has them (reloads see what the page kept). */
async function seedOnce(page: Page, entries: Record<string, string>) {
  await page.addInitScript((seed) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, entries);
}

/**
 * Before every load: seeds `seeded` (first load only), then makes every
 * write of the site's own keys throw, as a full quota does; the start-up
 * probe still works, so each feature's own write is what has to show the
 * notice.
 */
async function refuseWrites(page: Page, seeded: Record<string, string> = {}) {
  await seedOnce(page, seeded);
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === localStorage && key.startsWith('career-guide.') && key !== 'career-guide.probe') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return set.call(this, key, value);
    };
  });
}

/** Fills the origin's local storage until it refuses even one character. */
async function fillQuota(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

test.describe('when this browser does not save changes', () => {
  test('roadmap progress: the notice, the export at hand, and what was saved before survives', async ({ page }) => {
    const errors = watchErrors(page);
    await refuseWrites(page, { [PROGRESS]: progressValue({ [firstSkill]: 'done' }) });
    await page.goto(ROADMAP);
    await expect(status(page, firstSkill)).toHaveValue('done');
    await expect(notice(page)).toHaveCount(0);
    await status(page, secondSkill).selectOption({ label: 'Done' });
    await expect(notice(page)).toBeVisible();
    await expect(page.getByText('this browser is not saving changes, so download your progress', { exact: false })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice(page).getByRole('button', { name: 'Download your progress (JSON)' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.skills).toEqual({ [firstSkill]: 'done', [secondSkill]: 'done' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    // The page keeps working for the visit; after a reload the earlier save is intact.
    await page.reload();
    await expect(status(page, firstSkill)).toHaveValue('done');
    await expect(status(page, secondSkill)).not.toHaveValue('done');
    expect(errors).toEqual([]);
  });

  test('shortlist, quiz, plan and theme each show the notice', async ({ page }) => {
    const course = catalogue.courses[0];
    await refuseWrites(page, { 'career-guide.shortlist': JSON.stringify([course.id]), 'career-guide.theme': 'light' });

    await page.goto('/courses');
    const other = catalogue.courses.find((c: any) => c.id !== course.id && c.title !== course.title);
    await page.getByRole('searchbox', { name: 'Search courses' }).fill(other.title);
    await page.getByRole('button', { name: `Shortlist ${other.title}` }).first().click();
    await expect(notice(page)).toBeVisible();

    await page.goto('/quiz');
    await expect(notice(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('radio').first().check();
    await expect(notice(page)).toBeVisible();
    await expect(page.getByText('This browser is not storing them', { exact: false })).toBeVisible();

    await page.goto('/plan');
    await page.getByLabel('Role to plan for').selectOption('backend-developer');
    await expect(notice(page)).toBeVisible();
    await expect(page.getByText('This browser is not saving changes, so keep the link below', { exact: false })).toBeVisible();

    await page.goto('/about');
    await page.getByRole('button', { name: /^Use (light|dark) theme$/ }).click();
    await expect(notice(page)).toBeVisible();
    await notice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice(page)).toHaveCount(0);

    // Nothing saved before was lost.
    await page.goto('/shortlist');
    expect(await page.evaluate(() => [localStorage.getItem('career-guide.shortlist'), localStorage.getItem('career-guide.theme')]))
      .toEqual([JSON.stringify([course.id]), 'light']);
    await expect(page.getByRole('link', { name: course.title }).first()).toBeVisible();
  });

  test('storage that refuses every write is noticed at start, before any change', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await page.goto('/quiz');
    await expect(notice(page)).toBeVisible();
    await expect(page.getByText('This browser is not saving changes, so finish in one visit', { exact: false })).toBeVisible();
  });

  test('with the quota really full, marking a skill shows the notice', async ({ page }) => {
    await page.goto(ROADMAP);
    await fillQuota(page);
    await status(page, firstSkill).selectOption({ label: 'Learning' });
    await expect(notice(page)).toBeVisible();
    await page.evaluate(() => localStorage.clear());
  });

  test('an import this browser cannot store says so and changes nothing', async ({ page }) => {
    await refuseWrites(page, { [PROGRESS]: progressValue({ [firstSkill]: 'done' }) });
    await page.goto(ROADMAP);
    await page.getByLabel('Import progress from a file').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(progressValue({ [secondSkill]: 'learning' })),
    });
    await page.getByRole('button', { name: 'Import and replace' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText('could not store it');
    await expect(status(page, firstSkill)).toHaveValue('done');
    await expect(status(page, secondSkill)).not.toHaveValue('learning');
  });

  test('a value from a newer version with no room to set it aside stays, and survives a reload', async ({ page }) => {
    const future = progressValue({ [firstSkill]: 'done', note: 'x'.repeat(200_000) } as any, 9);
    await page.goto('/about');
    await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [PROGRESS, future]);
    await fillQuota(page);
    await page.goto(ROADMAP);
    const note = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(note).toContainText('stays where it is, untouched');
    await expect(note.getByRole('button', { name: 'Download your saved roadmap progress' })).toBeVisible();
    // A change on this visit is not written over it.
    await status(page, secondSkill).selectOption({ label: 'Done' });
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText('stays where it is');
    expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS)).toBe(future);
    await page.evaluate(() => localStorage.clear());
  });
});

test.describe('every outside input has a bound', () => {
  test('a stored shortlist of 100,000 ids is set aside, not read, and pages work', async ({ page }) => {
    const huge = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => `course-${i}`));
    await seedOnce(page, { 'career-guide.shortlist': huge });
    await page.goto('/courses');
    const note = page.getByRole('status').filter({ hasText: 'Your saved shortlist could not be used' });
    await expect(note).toContainText('more than the 1000 courses a shortlist can hold');
    await expect(note).toContainText('set aside, not deleted');
    expect(await page.evaluate(() => localStorage.getItem('career-guide.shortlist.unreadable')?.length)).toBe(huge.length);
    await page.getByRole('button', { name: /^Shortlist / }).first().click();
    await expect(page.getByRole('link', { name: /Your shortlist \(1\)/ })).toBeVisible();
  });

  test('shortlisted courses this catalogue lacks are noted, kept and not counted', async ({ page }) => {
    const course = catalogue.courses[0];
    const stored = JSON.stringify(['gone-course', course.id]);
    await seedOnce(page, { 'career-guide.shortlist': stored });
    await page.goto('/courses');
    await expect(page.getByRole('link', { name: 'Your shortlist (1)' })).toBeVisible();
    await page.getByRole('link', { name: 'Your shortlist (1)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'gone-course' }))
      .toHaveText('“gone-course” on your shortlist is not a course in this guide, so it is not shown (it stays on your list).');
    await expect(page.getByRole('region', { name: 'Shortlisted courses side by side' }).getByRole('columnheader')).toHaveCount(1);
    expect(await page.evaluate(() => localStorage.getItem('career-guide.shortlist'))).toBe(stored);
  });

  test('a saved plan naming a role and courses this catalogue lacks says so', async ({ page }) => {
    const plan = JSON.stringify({ format: 'career-guide-plan', version: 1, role: 'astronaut', courses: ['gone-course'], constraints: {} });
    await seedOnce(page, { 'career-guide.plan': plan });
    await page.goto('/plan');
    await expect(page.getByRole('status').filter({ hasText: 'Your saved plan names' }))
      .toHaveText('Your saved plan names the role “astronaut” and the course “gone-course”, which this guide does not have, so they are left out here.');
  });

  test('visiting a page writes nothing when nothing changed', async ({ page }) => {
    await page.goto('/courses');
    await page.goto('/roles/backend-developer');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('career-guide.')))).toEqual([]);
  });

  test('a /plan link whose every part is invalid says so', async ({ page }) => {
    await page.goto('/plan?role=nonexistent');
    await expect(page.getByRole('region', { name: 'Plan in this link' })).toContainText('“nonexistent” is not a role in this guide');
  });

  test('a page past the last and a repeated parameter are noted, the first value used', async ({ page }) => {
    await page.goto('/courses?page=60');
    await expect(page.getByRole('status').filter({ hasText: 'pages of results' })).toHaveText(/There (is only one page|are only \d+ pages) of results/);
    await page.goto('/courses?page=99999999999');
    await expect(page.getByRole('status').filter({ hasText: 'pages of results' })).toBeVisible();
    await page.goto('/compare?roles=backend-developer,frontend-developer&roles=devops-engineer,cloud-engineer');
    await expect(page.getByRole('status').filter({ hasText: 'more than once' })).toHaveText('This address names “roles” more than once; the first value is used.');
    await expect(page.getByRole('columnheader', { name: /Front-end/ }).first()).toBeVisible();
  });

  test('1,500 unknown roles in a comparison link give one short note', async ({ page }) => {
    const ids = Array.from({ length: 1_500 }, (_, i) => `x${i}`).join(',');
    await page.goto(`/compare?roles=backend-developer,frontend-developer,${ids}`);
    const notes = page.getByRole('status').filter({ hasText: 'are not roles in this catalogue' });
    await expect(notes).toContainText('“x0”, “x1”, “x2” and 1497 more are not roles in this catalogue');
    expect(await page.getByText('is not a role in this catalogue').count()).toBe(0);
  });

  test('a 76-character word in a course title does not widen a phone page', async ({ page }) => {
    const cat = JSON.parse(JSON.stringify(catalogue));
    const word = 'Softwareengineeringandwebdevelopmentwithserversdatabasesandapplicationinterfaces'.slice(0, 76);
    cat.courses[0].title = `Bachelor of ${word}`;
    await serveCatalogue(page, JSON.stringify(cat));
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`/courses/${cat.courses[0].id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(word);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('a frame asking for ../about stays inside the embed and shows no site chrome', async ({ page }) => {
    await page.goto('/embed.html?view=' + encodeURIComponent('embed/../about'));
    await expect(page).toHaveURL(/\/embed\/view-not-offered$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  });
});

test.describe('embed.js options from the host', () => {
  test.use({ waitForApp: false });

  test('a hostile or non-numeric data-height cannot restyle the frame', async ({ page }) => {
    const HOST = 'http://127.0.0.1:4176/';
    // The host page, as its author might have written it: the placeholder
    // carries a hostile data-height, and a second one a non-number.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const guide = document.getElementById('guide');
        if (!guide) return;
        observer.disconnect();
        guide.setAttribute('data-height', '100;position:fixed;inset:0;z-index:9999');
        const second = document.createElement('div');
        second.setAttribute('data-career-guide', 'about');
        second.setAttribute('data-title', 'Second view');
        second.setAttribute('data-height', 'tall');
        guide.after(second);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(HOST);
    const frames = page.locator('iframe[data-career-guide-frame]');
    await expect(frames).toHaveCount(2);
    const looks = await frames.evaluateAll((all) => all.map((f) => ({
      position: getComputedStyle(f).position,
      inline: f.getAttribute('style') ?? '',
      height: (f as HTMLIFrameElement).style.height,
    })));
    for (const look of looks) {
      expect(look.position).toBe('static');
      expect(look.inline).not.toContain('fixed');
      expect(look.height).toMatch(/^\d+px$/);
    }
  });
});
