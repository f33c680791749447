import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const role = catalogue.roles.find((r: any) => r.id === 'backend-developer');
const skillName = (id: string) => catalogue.skills.find((s: any) => s.id === id).name;
const firstSkill = role.roadmap[0].skills[0].skill; // http
const ROADMAP = '/roles/backend-developer/roadmap';
const KEY = 'career-guide.progress';

const status = (page: Page, id: string) => page.getByLabel(`Status of ${skillName(id)}`, { exact: true });
const overall = (page: Page) => page.getByRole('progressbar');
const nextUp = (page: Page) => page.locator('.next-up').getByRole('list');

/** Stores progress before the page loads, as a returning visitor has it. */
async function storeProgress(page: Page, skills: Record<string, string>) {
  const value = JSON.stringify({ format: 'career-guide-progress', version: 1, skills });
  await page.addInitScript(([key, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, value]);
}

test.describe('learning roadmap', () => {
  test('is reached from the guide and shows every stage in order with every skill the role needs', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await page.getByRole('link', { name: 'See the learning roadmap' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back-end web developer roadmap');
    const headings = page.getByRole('heading', { level: 3, name: /^Stage \d+:/ });
    await expect(headings).toHaveText(role.roadmap.map((s: any, i: number) => `Stage ${i + 1}: ${s.title}`));
    for (const { skill } of role.skills) {
      await expect(status(page, skill)).toBeVisible();
    }
    await expect(overall(page)).toHaveAccessibleName(`0 of ${role.skills.length} skills done or skipped`);
    await expect(page.getByText('The order is our editorial judgement', { exact: false })).toBeVisible();
  });

  test('a status changes by pointer and by keyboard, updates the figures and next up, and survives a reload', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(ROADMAP);
    await expect(nextUp(page).getByRole('link', { name: skillName(firstSkill) })).toBeVisible();
    await status(page, firstSkill).selectOption({ label: 'Done' });
    await expect(overall(page)).toHaveAccessibleName(`1 of ${role.skills.length} skills done or skipped`);
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Stage 1: ${role.roadmap[0].title}` }) })
      .getByText(/^1 of \d+ done or skipped$/)).toBeVisible();
    await expect(nextUp(page).getByRole('link', { name: skillName(firstSkill) })).toHaveCount(0);

    // Keyboard: focus the control and step to the next status.
    const python = status(page, 'python');
    await python.focus();
    await page.keyboard.press('ArrowDown');
    await expect(python).toHaveValue('learning');
    await expect(page.getByText('0 done · 1 learning · 0 skipped')).toHaveCount(0);
    await expect(page.getByText('1 done · 1 learning · 0 skipped')).toBeVisible();

    await page.reload();
    await expect(status(page, firstSkill)).toHaveValue('done');
    await expect(python).toHaveValue('learning');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).skills).toEqual({ [firstSkill]: 'done', python: 'learning' });
    expect(errors).toEqual([]);
  });

  test('a skill unlocks next up once its prerequisites are done or skipped', async ({ page }) => {
    // REST API design needs HTTP (see data/catalogue.json).
    const needsHttp = catalogue.skills.find((s: any) => (s.prerequisites ?? []).includes(firstSkill) && role.skills.some((r: any) => r.skill === s.id));
    const prerequisites: string[] = needsHttp.prerequisites;
    await storeProgress(page, Object.fromEntries(role.skills.map((s: any) => s.skill)
      .filter((id: string) => id !== needsHttp.id && !prerequisites.includes(id)).map((id: string) => [id, 'done'])));
    await page.goto(ROADMAP);
    await expect(nextUp(page).getByRole('link', { name: needsHttp.name })).toHaveCount(0);
    for (const p of prerequisites) await status(page, p).selectOption({ label: 'Skipped' });
    await expect(nextUp(page).getByRole('link', { name: needsHttp.name })).toBeVisible();
    const card = page.locator(`#skill-${needsHttp.id}`);
    await expect(card.getByText(/^Learn first:/)).toContainText(skillName(prerequisites[0]));
  });

  test('progress is kept per skill, so another role\'s roadmap shows what is learnt', async ({ page }) => {
    await page.goto(ROADMAP);
    await status(page, 'sql').selectOption({ label: 'Done' });
    await page.goto('/roles/database-administrator/roadmap');
    await expect(status(page, 'sql')).toHaveValue('done');
  });

  test('each skill says what it is and links to courses that teach it', async ({ page }) => {
    await page.goto(ROADMAP);
    const card = page.locator('#skill-sql');
    await card.getByText(`About ${skillName('sql')} and where to learn it`).click();
    await expect(card.getByText(catalogue.skills.find((s: any) => s.id === 'sql').description)).toBeVisible();
    const teaching = catalogue.courses.filter((c: any) => c.skills.includes('sql'));
    await expect(card.getByRole('link', { name: `All ${teaching.length} courses that teach SQL` })).toHaveAttribute('href', /\/courses\/\?skill=sql$/);
    await card.getByRole('listitem').first().getByRole('link').click();
    await expect(page).toHaveURL(/\/courses\/[a-z0-9-]+\/$/);
  });

  test('progress goes out to a file and comes back in, after the visitor confirms', async ({ page }) => {
    await page.goto(ROADMAP);
    await status(page, 'git').selectOption({ label: 'Done' });
    await status(page, 'docker').selectOption({ label: 'Learning' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download progress (JSON)' }).click(),
    ]);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toEqual({ format: 'career-guide-progress', version: 1, skills: { docker: 'learning', git: 'done' } });

    await page.getByRole('button', { name: 'Clear my progress' }).click();
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await expect(status(page, 'git')).toHaveValue('not-started');

    await page.getByLabel('Import progress from a file').setInputFiles(file);
    const offer = page.getByRole('region', { name: 'Progress in the file' });
    await expect(offer).toContainText('2 skills marked: 1 done, 1 learning, 0 skipped');
    await expect(status(page, 'git')).toHaveValue('not-started');
    await offer.getByRole('button', { name: 'Import and replace' }).click();
    await expect(status(page, 'git')).toHaveValue('done');
    await expect(status(page, 'docker')).toHaveValue('learning');
  });

  test('a file that is not progress is refused with a reason, and nothing changes', async ({ page }) => {
    await storeProgress(page, { git: 'done' });
    await page.goto(ROADMAP);
    await page.getByLabel('Import progress from a file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect(page.getByRole('alert')).toContainText('Nothing was imported.');
    await expect(status(page, 'git')).toHaveValue('done');
  });

  test('a share link carries the statuses; opening it offers them and never overwrites silently', async ({ page, browser }) => {
    await page.goto(ROADMAP);
    await status(page, 'python').selectOption({ label: 'Done' });
    await status(page, 'sql').selectOption({ label: 'Skipped' });
    const link = await page.getByLabel('Link to your progress').inputValue();
    expect(link).toMatch(/\/roles\/backend-developer\/roadmap\/\?progress=[A-Za-z0-9._~-]+$/);

    // Someone else, with progress of their own.
    const other = await browser.newPage();
    await other.addInitScript(() => localStorage.setItem('career-guide.progress', JSON.stringify({ format: 'career-guide-progress', version: 1, skills: { git: 'done' } })));
    await other.goto(link);
    await other.locator('html[data-started]').waitFor({ state: 'attached' });
    const offer = other.getByRole('region', { name: 'Progress in this link' });
    await expect(offer).toContainText('2 skills marked: 1 done, 0 learning, 1 skipped');
    await expect(offer).toContainText('replaces the 1 skills you have marked');
    await expect(status(other, 'git')).toHaveValue('done');
    await offer.getByRole('button', { name: 'Use this progress' }).click();
    await expect(status(other, 'python')).toHaveValue('done');
    await expect(status(other, 'sql')).toHaveValue('skipped');
    await expect(status(other, 'git')).toHaveValue('not-started');
    await other.close();
  });

  test('a link with unknown skills keeps the rest and says what was dropped', async ({ page }) => {
    await page.goto(ROADMAP);
    await status(page, 'python').selectOption({ label: 'Done' });
    const link = new URL(await page.getByLabel('Link to your progress').inputValue());
    const param = link.searchParams.get('progress')!;
    await page.goto(`${ROADMAP}?progress=${param.replace('python', 'python.no-such-skill')}`);
    const offer = page.getByRole('region', { name: 'Progress in this link' });
    await expect(offer).toContainText('no-such-skill');
    await expect(offer).toContainText('1 skills marked');
  });

  test('corrupt or newer saved progress is set aside with a note and can be downloaded', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => localStorage.setItem('career-guide.progress', '{"format":"career-guide-progress","version":1,"skills":{"sql":"mastered"}'));
    await page.goto(ROADMAP);
    const note = page.getByRole('status').filter({ hasText: 'Your saved roadmap progress could not be used' });
    await expect(note).toContainText('set aside, not deleted');
    expect(await page.evaluate(() => localStorage.getItem('career-guide.progress.unreadable'))).toContain('mastered');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      note.getByRole('button', { name: 'Download the set-aside roadmap progress' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('mastered');
    await status(page, 'git').selectOption({ label: 'Done' });
    await expect(overall(page)).toHaveAccessibleName(`1 of ${role.skills.length} skills done or skipped`);
    expect(errors).toEqual([]);
  });

  test('a saved value from a newer version of the site is set aside too', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('career-guide.progress', '{"format":"career-guide-progress","version":9,"skills":{}}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(ROADMAP);
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText(/newer/i);
  });

  test('the quiz\'s self-ratings can be taken over after seeing what changes', async ({ page }) => {
    // Take the quiz rating every skill "Working", then follow the results' roadmap link.
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (const q of catalogue.quiz) {
      const choice = q.kind === 'self-rating' ? 'Working' : q.options[0].label;
      await page.getByRole('radio', { name: choice, exact: false }).first().check();
      await page.getByRole('button', { name: q === catalogue.quiz.at(-1) ? 'See my results' : 'Next' }).click();
    }
    await page.getByRole('link', { name: /^Roadmap for / }).first().click();
    await expect(page).toHaveURL(/\/roadmap\/\?quiz=/);
    const offer = page.getByRole('region', { name: 'Take over your quiz self-ratings' });
    const rated = catalogue.quiz.filter((q: any) => q.kind === 'self-rating').map((q: any) => q.skill);
    await expect(offer.getByRole('listitem')).toHaveCount(rated.length);
    await expect(offer).toContainText(`${skillName(rated[0])}: Not started → Done`);
    await offer.getByRole('button', { name: /^Apply \d+ changes?$/ }).click();
    await expect(page.getByText('Your quiz self-ratings are already reflected in your progress.')).toBeVisible();
    const onThisMap = rated.find((id: string) => role.roadmap.some((s: any) => s.skills.some((k: any) => k.skill === id)));
    await expect(page.locator(`#skill-${onThisMap} select`)).toHaveValue('done');
  });

  test('prints as a checklist without the controls or the diagram', async ({ page }) => {
    await page.goto(ROADMAP);
    await status(page, 'git').selectOption({ label: 'Done' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: /Diagram of the/ })).toBeHidden();
    await expect(status(page, 'git')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print checklist' })).toBeHidden();
    await expect(page.getByText('● done · ◐ learning · ⊘ skipped · ○ not started')).toBeVisible();
    await expect(page.getByRole('heading', { name: `Stage 1: ${role.roadmap[0].title}` })).toBeVisible();
    // One sheet of A4.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
  });

  test('a picture on wide screens, a vertical path on a phone', async ({ page }) => {
    await page.goto(ROADMAP);
    await expect(page.getByRole('img', { name: /Diagram of the \d+ stages/ })).toBeVisible();
    await page.setViewportSize({ width: 390, height: 800 });
    await expect(page.getByRole('img', { name: /Diagram of the/ })).toBeHidden();
    await expect(status(page, firstSkill)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('saved progress is applied after the takeover, with no errors', async ({ page }) => {
    const errors = watchErrors(page);
    await storeProgress(page, { [firstSkill]: 'done', sql: 'skipped' });
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => { (window as any).servedHeading = document.querySelector('h1'); });
    });
    await page.goto(ROADMAP);
    expect(await page.evaluate(() => (window as any).servedHeading === document.querySelector('h1'))).toBe(true);
    await expect(status(page, firstSkill)).toHaveValue('done');
    await expect(status(page, 'sql')).toHaveValue('skipped');
    await expect(overall(page)).toHaveAccessibleName(`2 of ${role.skills.length} skills done or skipped`);
    expect(errors).toEqual([]);
  });

  test('has no accessibility violations with progress, notes and offers showing, light and dark', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('career-guide.progress', 'not json'));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${ROADMAP}?progress=d_git.sql~l_docker`);
      await expect(page.getByRole('region', { name: 'Progress in this link' })).toBeVisible();
      await status(page, 'python').selectOption({ label: 'Learning' });
      await page.locator('#skill-sql summary').click();
      await expectNoAxeViolations(page);
    }
  });

  test('a skipped optional skill counts the same way on its stage and in the summary', async ({ page }) => {
    const stageIndex = role.roadmap.findIndex((st: any) => st.skills.some((s: any) => s.optional));
    const stage = role.roadmap[stageIndex];
    const optional = stage.skills.find((s: any) => s.optional).skill;
    const optionalOnRoadmap = role.roadmap.flatMap((st: any) => st.skills).filter((s: any) => s.optional).length;
    const required = stage.skills.filter((s: any) => !s.optional).length;
    const optionalOnStage = stage.skills.length - required;
    await page.goto(ROADMAP);
    await status(page, optional).selectOption({ label: 'Skipped' });
    const stageItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Stage ${stageIndex + 1}: ${stage.title}` }) });
    await expect(stageItem.getByText(new RegExp(`^0 of ${required} done or skipped$`))).toBeVisible();
    await expect(stageItem.getByText(`1 of ${optionalOnStage} optional skill`, { exact: false })).toBeVisible();
    await expect(overall(page)).toHaveAccessibleName(`0 of ${role.skills.length} skills done or skipped`);
    await expect(page.getByText('0 done · 0 learning · 0 skipped')).toBeVisible();
    await expect(page.getByText(`Also: 1 of ${optionalOnRoadmap} optional skills done or skipped, not counted above.`)).toBeVisible();
  });
});

test.describe('roadmap without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('reads as the ordered list of stages and skills, with links to courses', async ({ page }) => {
    await page.goto(ROADMAP);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back-end web developer roadmap');
    await expect(page.getByRole('heading', { level: 3, name: /^Stage \d+:/ })).toHaveCount(role.roadmap.length);
    await expect(page.getByText(role.roadmap.at(-1).why)).toBeVisible();
  });
});
