import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const role = catalogue.roles.find((r: any) => r.id === 'backend-developer');
const courseById = (id: string) => catalogue.courses.find((c: any) => c.id === id);
const providerKind = (c: any) => catalogue.providers.find((p: any) => p.id === c.provider).kind;
const skillName = (id: string) => catalogue.skills.find((s: any) => s.id === id).name;
const PLAN = '/plan?role=backend-developer';

/** The courses region, named "Suggested courses" or "Your courses". */
const coursesRegion = (page: Page) => page.getByRole('region', { name: /^(Suggested|Your) courses$/ });

/** The ids of the courses in the plan, in order. */
async function planIds(page: Page): Promise<string[]> {
  const links = coursesRegion(page).getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link');
  await expect(links.first()).toBeVisible();
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) => h.split('/').filter(Boolean).pop()!);
}

/** Stores a value before the first load only (reloads see what the page saved). */
async function seed(page: Page, key: string, value: string) {
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem(`seeded:${k}`)) {
      localStorage.setItem(k, v);
      sessionStorage.setItem(`seeded:${k}`, '1');
    }
  }, [key, value]);
}

/** "8 weeks", "7 months", "3 years" as weeks, roughly. */
function toWeeks(text: string): number {
  const m = text.match(/(\d+(?:\.\d+)?) (week|month|year)s?/);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * { week: 1, month: 52 / 12, year: 52 }[m[2] as 'week' | 'month' | 'year'];
}

const progressWith = (skills: Record<string, string>) =>
  JSON.stringify({ format: 'career-guide-progress', version: 1, skills });

test.describe('personal plan', () => {
  test('a guide leads to a plan whose suggested courses cover the gap, with totals and unpublished fees named', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/roles/backend-developer');
    await page.getByRole('link', { name: 'Plan your courses' }).click();
    await expect(page).toHaveURL(/\/plan\/\?role=backend-developer$/);
    await expect(page.getByLabel('Role to plan for')).toHaveValue('backend-developer');
    const gap = page.getByRole('region', { name: 'Your gap' });
    await expect(gap.getByRole('listitem')).toHaveCount(role.skills.length);
    await expect(coursesRegion(page)).toHaveAccessibleName('Suggested courses');
    const ids = await planIds(page);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const c = courseById(id);
      expect(c.skills.some((s: string) => role.skills.some((r: any) => r.skill === s)), id).toBe(true);
    }
    const totals = page.getByRole('region', { name: 'What it adds up to' });
    await expect(totals.getByText('Study time, full-time')).toBeVisible();
    const unpublished = ids.map(courseById).filter((c: any) => c.fee === null);
    for (const c of unpublished) {
      await expect(totals.getByRole('link', { name: c.title })).toBeVisible();
    }
    // Skills no course teaches are named, never hidden.
    const taught = new Set(catalogue.courses.flatMap((c: any) => c.skills));
    const untaught = role.skills.filter((s: any) => !taught.has(s.skill));
    const note = coursesRegion(page).getByText(/^No course in this catalogue teaches /);
    await expect(note).toHaveCount(untaught.length ? 1 : 0);
    for (const { skill } of untaught) await expect(note).toContainText(skillName(skill));
    expect(errors).toEqual([]);
  });

  test('skills done on the roadmap leave the gap, and the suggestion covers what is left', async ({ page }) => {
    const left = ['sql', 'docker'];
    await seed(page, 'career-guide.progress', progressWith(Object.fromEntries(
      role.skills.map((s: any) => s.skill).filter((id: string) => !left.includes(id)).map((id: string) => [id, 'done']))));
    await page.goto(PLAN);
    await expect(page.getByRole('region', { name: 'Your gap' }).getByRole('listitem')).toHaveText(left.map(skillName));
    for (const id of await planIds(page)) {
      expect(courseById(id).skills.some((s: string) => left.includes(s)), id).toBe(true);
    }
    await expect(page.getByText('These courses cover every skill in your gap.')).toBeVisible();
  });

  test('a career changer\'s plan weighs time, cost or count, never proposes a degree that short courses can replace, and scales time to the study load', async ({ page }) => {
    const errors = watchErrors(page);
    await seed(page, 'career-guide.progress', progressWith({ 'problem-solving': 'done', communication: 'done' }));
    await page.goto(PLAN);
    const goal = page.getByRole('group', { name: 'Suggest the courses with' });
    const totals = page.getByRole('region', { name: 'What it adds up to' });
    const seen = new Map<string, string[]>();
    for (const name of ['Fewest courses', 'Least study time', 'Lowest published fees']) {
      await goal.getByRole('radio', { name }).check();
      await expect(goal.getByRole('radio', { name })).toBeChecked();
      const ids = await planIds(page);
      seen.set(name, ids);
      // A course of a year or more (even a degree) only for a skill no
      // shorter course teaches (here Java and AWS), and its row says so.
      const gapSkills = role.skills.map((s: any) => s.skill).filter((s: string) => !['problem-solving', 'communication'].includes(s));
      const shortTaught = new Set(catalogue.courses.filter((c: any) => c.duration_weeks < 52).flatMap((c: any) => c.skills));
      for (const id of ids) {
        const c = courseById(id);
        if (c.duration_weeks >= 52) {
          expect(c.skills.some((s: string) => gapSkills.includes(s) && !shortTaught.has(s)), `${name}: ${id}`).toBe(true);
          const row = coursesRegion(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: c.title, exact: true }) });
          await expect(row.getByText(/^Suggested although it takes a year or more, because no shorter course within your limits teaches /)).toBeVisible();
        }
      }
      // The fee total says what it counts and names what it cannot.
      const unpublished = ids.map(courseById).filter((c: any) => c.fee === null).length;
      const fees = totals.getByRole('definition').nth(2);
      if (unpublished > 0) {
        const noun = unpublished === 1 ? '1 course has' : `${unpublished} courses have`;
        await expect(fees).toContainText(`${noun} no published fee`);
      }
      await expect(fees).not.toHaveText(/^A\$0$/);
      // A gap skill two of its courses teach is named on both.
      const teaches = (id: string) => courseById(id).skills.filter((s: string) => gapSkills.includes(s));
      for (const id of ids) {
        const shared = teaches(id).filter((s: string) => ids.some((other) => other !== id && teaches(other).includes(s)));
        const row = coursesRegion(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: courseById(id).title, exact: true }) });
        const note = row.getByText(/^Also taught by another course in this plan: /);
        if (shared.length > 0) {
          await expect(note).toContainText(skillName(shared[0]));
        } else {
          await expect(note).toHaveCount(0);
        }
      }
    }
    // The goals differ in what they ask for, and the link carries the choice.
    await expect(page.getByLabel('Link to this plan')).toHaveValue(/goal=cheapest/);
    // Part-time doubles the calendar time; hours a week scale it further.
    const oneAfterAnother = totals.getByRole('definition').first();
    const fullTime = toWeeks(await oneAfterAnother.innerText());
    await page.getByLabel('How much you can study').selectOption('part-time');
    await expect(totals.getByText('Study time, part-time')).toBeVisible();
    await expect.poll(async () => toWeeks(await oneAfterAnother.innerText())).toBeGreaterThan(fullTime * 1.5);
    await page.getByLabel('How much you can study').selectOption('hours');
    await page.getByLabel('Hours a week').fill('5');
    await page.getByLabel('Hours a week').press('Tab');
    await expect(totals.getByText('Study time, 5 hours a week')).toBeVisible();
    await expect.poll(async () => toWeeks(await oneAfterAnother.innerText())).toBeGreaterThan(fullTime * 6);
    await page.reload();
    await expect(page.getByLabel('Hours a week')).toHaveValue('5');
    await expect(goal.getByRole('radio', { name: 'Lowest published fees' })).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('limits are kept: provider type, study type, fee and online only', async ({ page }) => {
    await page.goto(PLAN);
    await page.getByRole('checkbox', { name: 'TAFE' }).check();
    await expect.poll(async () => (await planIds(page)).every((id) => providerKind(courseById(id)) === 'tafe')).toBe(true);
    await page.getByRole('checkbox', { name: 'TAFE' }).uncheck();

    await page.getByRole('checkbox', { name: 'Blended' }).check();
    await expect.poll(async () => (await planIds(page)).every((id) => courseById(id).modes.includes('blended'))).toBe(true);
    await page.getByRole('checkbox', { name: 'Blended' }).uncheck();

    await page.getByLabel('Most you would pay per course').fill('2000');
    await page.getByLabel('Most you would pay per course').press('Tab');
    await expect.poll(async () => (await planIds(page)).every((id) => {
      const fee = courseById(id).fee;
      return fee !== null && (fee.amount ?? fee.max) <= 2000;
    })).toBe(true);

    await page.getByRole('checkbox', { name: 'Online only' }).check();
    await expect.poll(async () => (await planIds(page)).every((id) => courseById(id).modes.includes('online'))).toBe(true);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Online only' })).toBeChecked();
    await expect(page.getByLabel('Most you would pay per course')).toHaveValue('2000');
  });

  test('courses can be swapped, removed and added, and the list is kept', async ({ page }) => {
    await page.goto(PLAN);
    const [first, second] = await planIds(page);
    const firstTitle = courseById(first).title;
    await page.getByRole('button', { name: `Swap ${firstTitle}` }).click();
    const use = page.getByRole('button', { name: /^Use .+ instead$/ }).first();
    const replacement = (await use.getAttribute('aria-label'))!.replace(/^Use (.+) instead$/, '$1');
    await use.click();
    await expect(coursesRegion(page)).toHaveAccessibleName('Your courses');
    let ids = await planIds(page);
    expect(ids).not.toContain(first);
    expect(ids.map((id) => courseById(id).title)).toContain(replacement);

    await page.getByRole('button', { name: `Remove ${courseById(second).title}` }).click();
    await expect.poll(async () => (await planIds(page)).includes(second)).toBe(false);
    ids = await planIds(page);

    const add = page.getByRole('button', { name: /^Add / }).first();
    await expect(add).toBeVisible();
    const added = (await add.getAttribute('aria-label'))!.replace(/^Add /, '');
    await add.click();
    await expect.poll(async () => (await planIds(page)).map((id) => courseById(id).title)).toContain(added);
    const kept = await planIds(page);

    await page.reload();
    expect(await planIds(page)).toEqual(kept);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('career-guide.plan')))!).courses).toEqual(kept);
  });

  test('shortlisted courses can be added to the plan', async ({ page }) => {
    await page.goto(PLAN);
    const inPlan = await planIds(page);
    const extra = catalogue.courses.find((c: any) => !inPlan.includes(c.id));
    await page.goto(`/courses/${extra.id}`);
    await page.getByRole('button', { name: `Shortlist ${extra.title}` }).click();
    await page.goto(PLAN);
    await page.getByRole('button', { name: `Add ${extra.title}` }).click();
    await expect.poll(async () => planIds(page)).toContain(extra.id);
  });

  test('the share link opens the same plan elsewhere, and never replaces a saved plan without asking', async ({ page, browser }) => {
    await page.goto(PLAN);
    const [first] = await planIds(page);
    await page.getByRole('button', { name: `Remove ${courseById(first).title}` }).click();
    const kept = await planIds(page);
    const link = await page.getByLabel('Link to this plan').inputValue();
    expect(link).toContain('role=backend-developer');

    const fresh = await browser.newPage();
    await fresh.goto(link);
    await fresh.locator('html[data-started]').waitFor({ state: 'attached' });
    expect(await planIds(fresh)).toEqual(kept);
    await fresh.close();

    const other = await browser.newPage();
    await other.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('career-guide.plan', JSON.stringify({ format: 'career-guide-plan', version: 1, role: 'devops-engineer', courses: [], constraints: {} }));
        sessionStorage.setItem('seeded', '1');
      }
    });
    await other.goto(link);
    await other.locator('html[data-started]').waitFor({ state: 'attached' });
    const offer = other.getByRole('region', { name: 'Plan in this link' });
    await expect(offer).toContainText('Back-end web developer');
    await offer.getByRole('button', { name: 'Keep my plan' }).click();
    await expect(other.getByLabel('Role to plan for')).toHaveValue('devops-engineer');
    await other.goto(link);
    await other.locator('html[data-started]').waitFor({ state: 'attached' });
    await other.getByRole('button', { name: 'Open the linked plan' }).click();
    await expect(other.getByLabel('Role to plan for')).toHaveValue('backend-developer');
    expect(await planIds(other)).toEqual(kept);
    await other.close();
  });

  test('a link with unknown values keeps what it can and says what was left out', async ({ page }) => {
    await page.goto('/plan?role=backend-developer&courses=no-such-course&max_fee=lots');
    await expect(page.getByText(/no-such-course/)).toBeVisible();
    await expect(page.getByLabel('Role to plan for')).toHaveValue('backend-developer');
  });

  test('a corrupt saved plan is set aside with a note, on whatever page the visitor opens', async ({ page }) => {
    await seed(page, 'career-guide.plan', '[1,2');
    await page.goto('/roles');
    await expect(page.getByRole('status').filter({ hasText: 'Your saved plan could not be used' })).toBeVisible();
    await page.goto(PLAN);
    await expect(page.getByRole('status').filter({ hasText: 'Your saved plan could not be used' })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('career-guide.plan.unreadable'))).toBe('[1,2');
    await expect(coursesRegion(page)).toBeVisible();
    // A second unreadable value never replaces the first.
    await page.evaluate(() => localStorage.setItem('career-guide.plan', 'also broken'));
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Your saved plan could not be used' })).toBeVisible();
    expect(await page.evaluate(() => [localStorage.getItem('career-guide.plan.unreadable'), localStorage.getItem('career-guide.plan.unreadable.2')]))
      .toEqual(['[1,2', 'also broken']);
  });

  test('the quiz results lead to a plan for the best match', async ({ page }) => {
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (const q of catalogue.quiz) {
      const choice = q.kind === 'self-rating' ? 'Basic' : q.options[0].label;
      await page.getByRole('radio', { name: choice, exact: false }).first().check();
      await page.getByRole('button', { name: q === catalogue.quiz.at(-1) ? 'See my results' : 'Next' }).click();
    }
    const best = (await page.getByRole('region', { name: 'Your matches' }).getByRole('heading', { level: 3 }).first().textContent())!.replace(/^1\. /, '');
    await page.getByRole('link', { name: /^Plan courses to become/ }).click();
    await expect(page.getByLabel('Role to plan for').locator('option:checked')).toHaveText(best);
  });

  test('prints the plan without its controls, and fits a phone', async ({ page }) => {
    await page.goto(PLAN);
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Your limits' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Swap / }).first()).toBeHidden();
    await expect(coursesRegion(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
  });

  test('has no accessibility violations with a plan, alternatives and notes showing, light and dark', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('career-guide.plan', 'broken'));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(PLAN);
      await page.getByRole('button', { name: /^Swap / }).first().click();
      await expectNoAxeViolations(page);
    }
  });

  test('a course whose source or fee is old is marked in its row, with a link to the provider\'s page', async ({ page }) => {
    // The age rule (core/src/age.rs): more than three years before the review's year.
    const reviewed = Number(catalogue.meta.last_reviewed.slice(0, 4));
    const yearOf = (id: string) => catalogue.meta.sources.find((s: any) => s.id === id)?.year;
    const isOld = (year: number | null | undefined) => year != null && reviewed - year > 3;
    const ageNote = (c: any): string | null => {
      if (isOld(yearOf(c.source))) return `Possibly out of date: its source is from ${yearOf(c.source)}.`;
      const feeYear = c.fee ? c.fee.year ?? yearOf(c.fee.source) : null;
      return isOld(feeYear) ? `Possibly out of date: its fee is from ${feeYear}.` : null;
    };
    const teachesGap = (c: any) => c.skills.some((s: string) => role.skills.some((r: any) => r.skill === s));
    const old = catalogue.courses.find((c: any) => teachesGap(c) && ageNote(c));
    const recent = catalogue.courses.find((c: any) => teachesGap(c) && !ageNote(c));
    expect(old && recent, 'an old and a recent course for the role').toBeTruthy();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${PLAN}&courses=${old.id},${recent.id}`);
      expect((await planIds(page)).sort()).toEqual([old.id, recent.id].sort());
      const row = (c: any) => coursesRegion(page).getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name: c.title, exact: true }) });
      const mark = row(old).getByText(/^Possibly out of date:/);
      await expect(mark).toHaveCount(1);
      await expect(mark).toContainText(ageNote(old)!);
      await expect(mark.getByRole('link', { name: /^Check the provider's course page/ })).toHaveAttribute('href', old.url);
      await expect(row(recent).getByText(/^Possibly out of date:/)).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
  });

  test('a Commonwealth supported place in the plan says what its student contribution adds up to, apart from fees', async ({ page }) => {
    const errors = watchErrors(page);
    const amount = catalogue.meta.student_contribution;
    const degree = catalogue.courses.find((c: any) => c.places?.includes('csp') && c.fee === null && !c.rough_length && c.roles.includes('backend-developer'));
    const whole = Math.floor((amount.per_year * degree.duration_weeks) / 52).toLocaleString('en-AU');
    await page.goto(`/plan?role=backend-developer&courses=${degree.id}`);
    await expect(coursesRegion(page)).toHaveAccessibleName('Your courses');
    const totals = page.getByRole('region', { name: 'What it adds up to' });
    await expect(totals.getByRole('definition').nth(2)).toHaveText('No total: 1 course has no published fee');
    await expect(totals.getByText(/^Commonwealth supported places in this plan:/)).toHaveText(
      `Commonwealth supported places in this plan: 1 course, about A$${whole} in student contributions at ${amount.year} rates, not counted as a fee (HECS-HELP can defer it).`,
    );
    expect(errors).toEqual([]);
  });
});
