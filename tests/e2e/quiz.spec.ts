import { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const quiz: any[] = catalogue.quiz;

/** The option a visitor leaning towards `role` would pick. */
function leaningChoice(q: any, role: string, rating: string): string {
  if (q.kind === 'self-rating') return rating;
  if (q.kind === 'knowledge') return q.options.find((o: any) => o.id === q.answer).label;
  const weight = (o: any) => (o.weights ?? []).filter((w: any) => w.role === role).reduce((s: number, w: any) => s + w.weight, 0);
  return [...q.options].sort((a, b) => weight(b) - weight(a))[0].label;
}

async function currentQuestion(page: Page) {
  const prompt = (await page.locator('#question-h').textContent())!.trim();
  return quiz.find((q) => q.prompt === prompt);
}

/** Answers every remaining question as someone leaning to `role` would, by clicking. */
async function takeQuiz(page: Page, role: string, rating: string) {
  for (let i = 0; i < quiz.length; i++) {
    const q = await currentQuestion(page);
    expect(q, 'question on screen is in the catalogue').toBeTruthy();
    await page.getByRole('radio', { name: leaningChoice(q, role, rating), exact: false }).first().check();
    await page.getByRole('button', { name: i + 1 === quiz.length ? 'See my results' : 'Next' }).click();
  }
  await expect(page).toHaveURL(/\/quiz\/results\/\?a=1\./);
}

async function start(page: Page) {
  await page.goto('/quiz');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByText(`Question 1 of ${quiz.length}`)).toBeVisible();
}

const firstMatch = (page: Page) => page.getByRole('region', { name: 'Your matches' }).getByRole('heading', { level: 3 }).first();

test.describe('skills quiz', () => {
  test('a back-end-leaning visitor gets back-end first, with reasons, gaps and courses', async ({ page }) => {
    const errors = watchErrors(page);
    await start(page);
    await takeQuiz(page, 'backend-developer', 'Working');
    await expect(firstMatch(page)).toHaveText('1. Back-end web developer');
    const matches = page.getByRole('region', { name: 'Your matches' });
    await expect(matches.getByText(/^Matches because you chose/).first()).toBeVisible();
    const gap = page.getByRole('region', { name: /Your skill gap for back-end web developer/ });
    await expect(gap.getByRole('table')).toBeVisible();
    await expect(gap.getByRole('link', { name: 'See all of them in the course finder' })).toHaveAttribute('href', /\/courses\/\?skill=[a-z0-9-]+(,[a-z0-9-]+)*$/);
    await expect(gap.getByRole('listitem').first()).toContainText(/Covers \d+ of your gaps/);
    await expect(page.getByRole('link', { name: 'Compare your top 3 roles' })).toHaveAttribute('href', /\/compare\/\?roles=backend-developer,/);
    await expect(page.getByRole('region', { name: 'Back-end basics' })).toContainText(`You got 5 of 5 right.`);
    expect(errors).toEqual([]);
  });

  test('a design-leaning visitor does not get back-end first', async ({ page }) => {
    await start(page);
    await takeQuiz(page, 'frontend-developer', 'None');
    await expect(firstMatch(page)).not.toHaveText(/Back-end web developer/);
    await expect(firstMatch(page)).toHaveText('1. Front-end web developer');
  });

  test('ratings of "None" are reported as given, and right answers as answers, never as a claim', async ({ page }) => {
    await start(page);
    await takeQuiz(page, 'frontend-developer', 'None');
    const gap = page.getByRole('region', { name: /Your skill gap for/ });
    const rows = gap.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    // The "You said" column holds only what was said: None, or nothing.
    const said = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.children[2].querySelector('.level')?.textContent ?? '—'));
    expect(said.length).toBeGreaterThan(0);
    for (const value of said) expect(['None', '—']).toContain(value);
    await expect(gap).not.toContainText('You said you have this');
    await expect(page.getByRole('region', { name: 'Your matches' })).not.toContainText('you said you know');
    // A skill whose basics question was answered rightly says so.
    const asked = quiz.filter((q) => q.kind === 'knowledge' && q.skill).map((q) => q.skill);
    if (asked.length) await expect(gap.getByText('Basics question answered right', { exact: true }).first()).toBeVisible();
  });

  test('the quiz can be taken with the keyboard alone', async ({ page }) => {
    await page.goto('/quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Question 1 of ${quiz.length}`)).toBeVisible();
    await expect(page.locator('#question-h')).toBeFocused();
    // Into the radio group, pick with the arrow keys, then on to Next.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab'); // Skip (Back is disabled)
    await page.keyboard.press('Tab'); // Next
    await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Question 2 of ${quiz.length}`)).toBeVisible();
    await expect(page.locator('#question-h')).toBeFocused();
  });

  test('back, skip and next move between questions; Next waits for an answer', async ({ page }) => {
    await start(page);
    await expect(page.getByRole('button', { name: 'Back' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect(page.getByText(`Question 2 of ${quiz.length}`)).toBeVisible();
    await expect(page.getByText('0 answered')).toBeVisible();
    await page.getByRole('radio').first().check();
    await expect(page.getByText('1 answered')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByText(`Question 1 of ${quiz.length}`)).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute('aria-valuenow', '0');
  });

  test('answers survive a reload, and start over clears them', async ({ page }) => {
    await start(page);
    for (let i = 0; i < 3; i++) {
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.reload();
    await expect(page.getByText(`Question 4 of ${quiz.length}`)).toBeVisible();
    await expect(page.getByText('3 answered')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio').first()).toBeChecked();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  });

  test('corrupt saved answers are discarded with a note', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('career-guide.quiz', '{"answers": [1, 2');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/quiz');
    await expect(page.getByRole('status')).toContainText('Your saved answers could not be read');
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('career-guide.quiz'))).toBeNull();
    expect(errors).toEqual([]);
  });

  test('a shared results link shows the same results, and a tampered one explains itself', async ({ page, browser }) => {
    await start(page);
    await takeQuiz(page, 'backend-developer', 'Strong');
    const url = page.url();
    const fresh = await browser.newPage();
    await fresh.goto(url);
    await expect(firstMatch(fresh)).toHaveText('1. Back-end web developer');
    await expect(fresh.getByLabel('Link to these results')).toHaveValue(url);
    await fresh.close();

    const code = new URL(url).searchParams.get('a')!;
    await page.goto(`/quiz/results?a=${code.slice(0, -4)}`);
    await expect(page.getByRole('alert')).toContainText('cut short');
    await expect(page.getByRole('link', { name: 'Take the quiz' })).toBeVisible();
    const tampered = code.slice(0, -1) + 'z';
    await page.goto(`/quiz/results?a=${tampered}`);
    await expect(page.getByRole('alert')).toContainText(`impossible answer for question ${quiz.length}`);
    await page.goto('/quiz/results?a=hello');
    await expect(page.getByRole('alert')).toContainText('not in a form we recognise');
    await page.getByRole('link', { name: 'Take the quiz' }).click();
    await expect(page).toHaveURL(/\/quiz\/$/);
  });

  test('courses closing the gap follow where the visitor could study, in the link and the finder', async ({ page }) => {
    const errors = watchErrors(page);
    await start(page);
    await takeQuiz(page, 'backend-developer', 'None');
    const gap = page.getByRole('region', { name: /Your skill gap for back-end web developer/ });
    const place = gap.getByLabel('Where could you study?');
    await expect(place).toHaveValue('');
    const titles = () => gap.getByRole('listitem').getByRole('heading', { level: 4 }).allTextContents();
    const byTitle = new Map<string, any>(catalogue.courses.map((c: any) => [c.title, c]));
    const anywhere = await titles();
    expect(anywhere.length).toBeGreaterThan(0);

    await place.selectOption({ label: 'Victoria (or online)' });
    await expect(page).toHaveURL(/[?&]where=VIC(&|#|$)/);
    await expect(gap.getByRole('status')).toContainText(/courses? you could take on campus in Victoria or online/);
    const shown = await titles();
    expect(shown.length).toBeGreaterThan(0);
    for (const title of shown) {
      const course = byTitle.get(title);
      expect(course, title).toBeTruthy();
      // No Queensland-only or ACT-only (or any other state's) campus course.
      expect(course.states.includes('VIC') || course.modes.includes('online'), `${title}: ${course.states} ${course.modes}`).toBe(true);
    }
    // The finder links carry the same choice.
    await expect(gap.getByRole('link', { name: 'See those on campus in Victoria in the course finder' }))
      .toHaveAttribute('href', /\/courses\/\?skill=[a-z0-9,-]+&state=VIC$/);
    await expect(gap.getByRole('link', { name: 'See those online in the course finder' }))
      .toHaveAttribute('href', /\/courses\/\?skill=[a-z0-9,-]+&mode=online$/);
    // The results link keeps it, and so does the gap for another role.
    await expect(page.getByLabel('Link to these results')).toHaveValue(/&where=VIC$/);
    await expect(page.getByRole('link', { name: 'Skill gap for DevOps engineer' })).toHaveAttribute('href', /&where=VIC#gap$/);
    await page.reload();
    await expect(page.getByLabel('Where could you study?')).toHaveValue('VIC');

    await page.getByLabel('Where could you study?').selectOption({ label: 'Online only' });
    await expect(page).toHaveURL(/[?&]where=online(&|#|$)/);
    for (const title of await titles()) expect(byTitle.get(title).modes, title).toContain('online');
    await expect(gap.getByRole('link', { name: 'See all of them in the course finder' }))
      .toHaveAttribute('href', /&mode=online$/);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 800 });
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test('the skill gap can be shown for another role', async ({ page }) => {
    await start(page);
    await takeQuiz(page, 'backend-developer', 'Basic');
    await page.getByRole('link', { name: 'Skill gap for DevOps engineer' }).click();
    await expect(page).toHaveURL(/role=devops-engineer/);
    await expect(page.getByRole('heading', { level: 2, name: 'Your skill gap for DevOps engineer' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: /Your skill gap for back-end web developer/ })).toBeVisible();
  });

  test('answers never leave the browser: nothing is sent while answering or on the results', async ({ page }) => {
    await page.goto('/quiz');
    await expect(page.getByText('Privacy: your answers never leave this browser.')).toBeVisible();
    // From here on, once the page has loaded what it needs, every request
    // (fetch, beacon, image, icon, navigation) and socket is recorded.
    await page.waitForLoadState('networkidle');
    const origin = new URL(page.url()).origin;
    const sent: { method: string; url: URL; referer?: string; body: string | null }[] = [];
    page.on('request', (r) =>
      sent.push({ method: r.method(), url: new URL(r.url()), referer: r.headers()['referer'], body: r.postData() }),
    );
    page.on('websocket', (socket) => sent.push({ method: 'WEBSOCKET', url: new URL(socket.url()), body: null }));
    // All that may go out is a plain GET of one of the site's own files:
    // no query, no body, not even the page's address as a referrer.
    const leaks = () =>
      sent
        .filter((r) => !(r.method === 'GET' && r.url.origin === origin && r.url.search === '' && r.body === null
          && !r.referer && existsSync(`dist${r.url.pathname}`)))
        .map((r) => `${r.method} ${r.url} (referrer ${r.referer || 'none'})`);

    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await takeQuiz(page, 'backend-developer', 'Working');
    await expect(firstMatch(page)).toHaveText('1. Back-end web developer');
    await page.getByRole('link', { name: 'Skill gap for DevOps engineer' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Your skill gap for DevOps engineer' })).toBeVisible();
    // Time for anything deferred (timers, idle callbacks) to go out.
    await page.waitForTimeout(1_000);
    expect(leaks()).toEqual([]);

    // The check itself works: a request carrying the answers is caught.
    const code = new URL(page.url()).searchParams.get('a')!;
    await page.evaluate((a) => fetch(`catalogue.json?a=${a}`).then((r) => r.ok), code);
    expect(leaks()).toEqual([expect.stringContaining(`/catalogue.json?a=${code}`)]);
  });

  test('quiz and results have no accessibility violations, also at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/quiz');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expectNoAxeViolations(page);
    await takeQuiz(page, 'backend-developer', 'Working');
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
