import { Page, Frame } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const coursesOf = (id: string) => catalogue.courses.filter((c: any) => c.provider === id).length;
const counted = (n: number) => `${n} course${n === 1 ? '' : 's'}`;
/** A provider with exactly one course. */
const single = catalogue.providers.find((p: any) => coursesOf(p.id) === 1);

// tests/host-site/index.html: "Example University" on a second origin,
// embedding the RMIT-only course finder, dark, compact, in its red accent.
const HOST = 'http://127.0.0.1:4176/';
const APP_ORIGIN = 'http://127.0.0.1:4173';
const FRAME_TITLE = 'Career Guide: our IT courses';

const embedded = (page: Page) => page.frame({ url: (u) => u.origin === APP_ORIGIN })!;
const count = (frame: Frame) => frame.getByRole('heading', { level: 2, name: /^\d+ courses?$/ });

/** The iframe's height and the height of the document inside it. */
async function heights(page: Page) {
  const iframe = await page.getByTitle(FRAME_TITLE).boundingBox();
  const content = await embedded(page).evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { iframe: Math.round(iframe!.height), content };
}

/** Posts `message` from the host page itself, and waits until it has been delivered. */
async function postFromHost(page: Page, message: unknown) {
  await page.evaluate((message) => new Promise<void>((done) => {
    window.addEventListener('message', (e) => { if (e.data === 'delivered') done(); });
    window.postMessage(message, '*');
    window.postMessage('delivered', '*'); // same source, so it arrives after `message`
  }), message);
}

test.describe('embedding in a host page', () => {
  // The host's page is not the app: nothing there to wait for.
  test.use({ waitForApp: false });

  test('embed.js inserts the view, sized to its content, themed and preset by the host', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(HOST);
    const frame = page.frameLocator(`iframe[title="${FRAME_TITLE}"]`);
    await expect(frame.getByRole('heading', { level: 2, name: counted(coursesOf('rmit')) })).toBeVisible();
    // Only the preset provider's courses, and no site chrome.
    await expect(frame.getByText('RMIT University').first()).toBeVisible();
    await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(frame.getByRole('link', { name: /Open the full guide/ })).toBeVisible();

    const look = await embedded(page).evaluate(() => {
      const root = document.documentElement;
      return {
        theme: root.dataset.theme,
        compact: root.hasAttribute('data-compact'),
        accent: root.style.getPropertyValue('--accent'),
        fontSize: getComputedStyle(root).fontSize,
      };
    });
    expect(look.theme).toBe('dark');
    expect(look.compact).toBe(true);
    expect(look.fontSize).toBe('15px');
    // The host's #e4002b, darkened for the light scheme and lightened for the dark one.
    expect(look.accent).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);

    // The host received the height: the iframe fits its content, no inner scrolling.
    await expect.poll(async () => { const h = await heights(page); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
    const before = await heights(page);

    // Navigating inside the frame keeps the host's options and resizes the frame.
    await frame.getByRole('link', { name: /Master of Information Technology/ }).click();
    await expect(frame.getByRole('heading', { level: 1, name: /Master of Information Technology/ })).toBeVisible();
    expect(embedded(page).url()).toContain('/embed;accent=e4002b;theme=dark;compact;provider=rmit/courses/');
    await expect.poll(async () => (await heights(page)).iframe).not.toBe(before.iframe);
    await expect.poll(async () => { const h = await heights(page); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  test('height messages from other origins or other windows are ignored', async ({ page }) => {
    await page.goto(HOST);
    const frame = page.frameLocator(`iframe[title="${FRAME_TITLE}"]`);
    await expect(count(frame as unknown as Frame)).toBeVisible();
    await expect.poll(async () => { const h = await heights(page); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
    const settled = (await heights(page)).iframe;

    // A forged message from the host page's own origin.
    await postFromHost(page, { type: 'career-guide:height', height: 200 });
    expect((await heights(page)).iframe).toBe(settled);

    // A window from the app's origin that embed.js did not create: its
    // height messages must not resize the embedded view (or itself).
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.title = 'Unrelated frame';
      other.src = src;
      document.body.append(other);
    }, `${APP_ORIGIN}/embed/about`);
    const other = page.frameLocator('iframe[title="Unrelated frame"]');
    await expect(other.getByRole('heading', { level: 1, name: 'About Career Guide' })).toBeVisible();
    await postFromHost(page, 'settle');
    expect((await heights(page)).iframe).toBe(settled);
    expect(await page.getByTitle('Unrelated frame').evaluate((f: HTMLIFrameElement) => f.clientHeight)).toBe(150);
  });

  test('the host page with the embedded view has no accessibility violations', async ({ page }) => {
    await page.goto(HOST);
    await expect(page.frameLocator(`iframe[title="${FRAME_TITLE}"]`).getByRole('heading', { level: 2, name: counted(coursesOf('rmit')) })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('options a host got wrong are named in the frame and the rest still apply', async ({ page }) => {
    await page.goto('/embed;accent=blue;theme=sepia;provider=nowhere-tafe;compact/courses');
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    const notes = page.getByRole('note');
    await expect(notes).toContainText('accent "blue" is not a colour');
    await expect(notes).toContainText('theme "sepia" is not light, dark or auto');
    await expect(notes).toContainText('provider "nowhere-tafe" is not in the catalogue');
    await expect(page.locator('html')).toHaveAttribute('data-compact', '');
    await expect(page.getByRole('heading', { level: 2, name: /^\d{2,} courses$/ })).toBeVisible();
  });

  test('a finder embedded for a provider with one course reads as that provider\'s, with no empty options', async ({ page }) => {
    await page.goto(`/embed;provider=${single.id}/courses`);
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    await expect(page.getByText(`1 course from ${single.name}.`, { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '1 course' })).toBeVisible();
    expect(await page.getByRole('checkbox').count()).toBeGreaterThan(0);
    await expect(page.getByRole('checkbox', { name: /\(0\)$/ })).toHaveCount(0);
  });

  test('a role guide embedded for a provider lists that provider\'s courses for the role', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/embed;provider=cqu/roles/backend-developer');
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    const section = page.getByRole('region', { name: 'Courses at CQUniversity Australia for this role' });
    await expect(section.getByText(/^\d+ courses lead to this role or teach its skills\.$/)).toBeVisible();
    const links = section.getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    // Those that lead to the role come first, and say so.
    await expect(section.getByRole('listitem').first()).toContainText('Leads to this role');
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/embed;provider=cqu\/courses\/cqu-[a-z0-9-]+\/$/);
    }
    // The links stay inside the embedded view, on the provider's course page.
    await section.getByRole('link', { name: 'Diploma of Information Technology (ICT50220)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Diploma of Information Technology (ICT50220)' })).toBeVisible();
    await expect(page).toHaveURL(/\/embed;provider=cqu\/courses\/cqu-diploma-it\/$/);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goBack();
    await expect(section).toBeVisible();
    await expectNoAxeViolations(page);
    // An embedded address is no file, so the static server answers it with
    // its 404 page, which starts the app: that status is the only complaint.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);

    // The full site's guide, and a guide embedded for every provider, have no such section.
    await page.goto('/embed/roles/backend-developer');
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1, name: /Back-end web developer/i })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Courses at / })).toHaveCount(0);
  });

  test('an embedded role guide links to the full site for the same page', async ({ page }) => {
    await page.goto('/embed/roles/backend-developer');
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1, name: /Back-end web developer/i })).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open the full guide/ }))
      .toHaveAttribute('href', 'http://127.0.0.1:4173/roles/backend-developer');
  });
});

test.describe('the Embed page', () => {
  test('builds a snippet from the chosen view and options, with a live preview', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.getByRole('link', { name: 'Embed this guide on your site' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Embed Career Guide on your site' })).toBeVisible();
    // The page is loaded whole; a choice made before its app has started is
    // held and made once it has (first-tap.spec), which `check` does not wait for.
    await expect(page.locator('html')).toHaveAttribute('data-started', '');

    await page.getByLabel("One role's guide").check();
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Database administrator' });
    await page.getByLabel('Courses shown').selectOption({ label: `Only RMIT University (${counted(coursesOf('rmit'))})` });
    await page.getByLabel('Colour theme').selectOption({ label: 'Always dark' });
    await page.getByLabel('Compact (smaller type and spacing)').check();
    await page.getByLabel('Accent colour', { exact: true }).fill('#e4002b');

    const snippet = page.getByLabel('Paste this into your page');
    await expect(snippet).toHaveValue(
      '<div data-career-guide="roles/database-administrator" data-title="Career Guide: role guide" ' +
      'data-accent="#e4002b" data-theme="dark" data-compact data-provider="rmit"></div>\n' +
      '<script src="http://127.0.0.1:4173/embed.js" defer></script>');
    await expect(page.getByText(/used as #[0-9a-f]{6} in the light theme and #[0-9a-f]{6} in the dark theme/)).toBeVisible();

    const preview = page.frameLocator('iframe[title="Preview of the embedded view"]');
    await expect(preview.getByRole('heading', { level: 1, name: /Database administrator/i })).toBeVisible();
    // The frame opens embed.html (a file every host serves), naming the view.
    const src = await page.getByTitle('Preview of the embedded view').getAttribute('src');
    expect(src).toMatch(/^\/embed\.html\?view=/);
    expect(decodeURIComponent(src!.split('view=')[1]))
      .toBe('embed;accent=e4002b;theme=dark;compact;provider=rmit/roles/database-administrator');
    // …and the frame has moved to the view's own address.
    await expect.poll(() => page.frame({ url: /\/embed;accent=e4002b/ })?.url())
      .toBe('http://127.0.0.1:4173/embed;accent=e4002b;theme=dark;compact;provider=rmit/roles/database-administrator');

    await page.getByRole('button', { name: 'Copy snippet' }).click();
    await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());

    // Comparing keeps between two and four roles.
    await page.getByLabel('Roles side by side').check();
    const group = page.getByRole('group', { name: 'Roles to compare (2 to 4)' });
    const checked = group.getByRole('checkbox', { checked: true });
    const unchecked = group.getByRole('checkbox', { checked: false });
    await expect(checked).toHaveCount(3);
    await unchecked.first().check();
    await expect(checked).toHaveCount(4);
    await expect(unchecked.first()).toBeDisabled();
    await expect(checked.first()).toBeEnabled();
    await expect(snippet).toHaveValue(/data-career-guide="compare\?roles=[a-z-]+(,[a-z-]+){3}"/);
    await expectNoAxeViolations(page);
  });

  test('each provider a host can pick shows its course count, in the singular for one', async ({ page }) => {
    await page.goto('/embedding');
    const picker = page.getByLabel('Courses shown');
    const labels = await picker.getByRole('option').allTextContents();
    expect(labels[0]).toBe('All providers');
    for (const label of labels.slice(1)) expect(label).toMatch(/^Only .+ \((1 course|\d+ courses)\)$/);
    expect(labels).toContain(`Only CQUniversity Australia (${counted(coursesOf('cqu'))})`);
    expect(labels).toContain(`Only ${single.name} (1 course)`);
    expect(labels.filter((l) => /\(1 courses\)/.test(l))).toEqual([]);
    await picker.selectOption({ label: `Only ${single.name} (1 course)` });
    await expect(page.getByLabel('Paste this into your page')).toHaveValue(new RegExp(`data-provider="${single.id}"`));
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page);
      }
    }
  });
});
