import { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './helpers';

// A phone held upright: salary tables, comparison tables, the salary chart
// and the compare page's controls must read whole at 390 px.
const catalogue = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
const titleOf = (id: string): string => catalogue.roles.find((r: any) => r.id === id).title;

test.use({ viewport: { width: 390, height: 844 } });

/**
 * Every word in `table`'s cells that a line breaks in the middle of, or that
 * is wider than its cell: empty when each cell is at least as wide as its
 * longest word. A line may break after a hyphen, a dash or a slash, so the
 * parts either side count as words. Measured with a Range over each word.
 */
async function brokenWords(table: Locator): Promise<string[]> {
  return table.evaluate((t) => {
    const found: string[] = [];
    for (const cell of t.querySelectorAll('th, td')) {
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Text for screen readers only is clipped on purpose.
        if (node.parentElement?.closest('.visually-hidden')) continue;
        for (const m of node.textContent!.matchAll(/[^\s\-–/]+[-–/]?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          const width = rects.reduce((sum, r) => sum + r.width, 0);
          if (lines.size > 1 || width > room + 1) found.push(`"${m[0]}" (${Math.round(width)} px) in a cell with ${Math.round(room)} px`);
        }
      }
    }
    return found;
  });
}

async function expectWholeWords(tables: Locator) {
  const count = await tables.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await tables.nth(i).scrollIntoViewIfNeeded();
    expect(await brokenWords(tables.nth(i)), `table ${i + 1}`).toEqual([]);
  }
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('at phone width (390 px)', () => {
  test("a role guide's salary tables keep every word whole", async ({ page }) => {
    for (const id of ['backend-developer', 'fullstack-developer', 'frontend-developer']) {
      await page.goto(`/roles/${id}`);
      const salary = page.getByRole('region', { name: 'Salary', exact: true });
      await expectWholeWords(salary.getByRole('table'));
    }
    await expectNoSidewaysScroll(page);
  });

  test("the comparison's tables keep every word whole", async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer,fullstack-developer');
    await expectWholeWords(page.getByRole('region', { name: 'Roles at a glance' }).getByRole('table'));
    await expectWholeWords(page.getByRole('region', { name: 'Skills matrix' }).getByRole('table'));
    await expectNoSidewaysScroll(page);
  });

  test("the salary chart's labels are whole, readable, inside the chart and tell each bar apart", async ({ page }) => {
    const roles = ['backend-developer', 'frontend-developer', 'fullstack-developer'];
    await page.goto(`/compare?roles=${roles.join(',')}`);
    const section = page.getByRole('region', { name: 'Salary', exact: true });
    const chart = section.getByRole('img');
    const regions = await section.getByLabel('Region').locator('option').allTextContents();
    expect(regions.length).toBeGreaterThan(1);
    for (const region of regions) {
      await section.getByLabel('Region').selectOption({ label: region });
      await expect(chart).toHaveAccessibleName(new RegExp(`^Salary ranges in ${region},`));
      const box = (await chart.boundingBox())!;
      const bars = await chart.locator('rect').count();
      const labels = chart.locator('text.bar-label');
      const amounts = chart.locator('text.bar-amount');
      await expect(labels).toHaveCount(bars);
      await expect(amounts).toHaveCount(bars);
      const names: string[] = [];
      for (let i = 0; i < bars; i++) {
        for (const text of [labels.nth(i), amounts.nth(i)]) {
          const b = (await text.boundingBox())!;
          // Inside the chart, not cut off at either side, and not scaled down.
          expect(b.x).toBeGreaterThanOrEqual(box.x - 0.5);
          expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
          expect(b.height).toBeGreaterThanOrEqual(12);
        }
        const label = (await labels.nth(i).textContent())!;
        // The role's whole title and the figure's seniority, never shortened.
        expect(label).not.toContain('…');
        expect(roles.map(titleOf).some((t) => label.startsWith(`${t} · `)), label).toBe(true);
        names.push(`${label}: ${await amounts.nth(i).textContent()}`);
      }
      expect(new Set(names).size, names.join('\n')).toBe(names.length);
    }
  });

  test('the chosen roles stack, and their move buttons say up and down', async ({ page }) => {
    await page.goto('/compare?roles=backend-developer,frontend-developer,fullstack-developer');
    const chosen = page.getByRole('region', { name: 'Roles being compared' }).getByRole('listitem');
    await expect(chosen).toHaveCount(3);
    const boxes = await Promise.all([0, 1, 2].map(async (i) => (await chosen.nth(i).boundingBox())!));
    for (const [i, b] of boxes.entries()) {
      if (i > 0) {
        expect(b.x).toBeCloseTo(boxes[0].x, 0);
        expect(b.y).toBeGreaterThan(boxes[i - 1].y + boxes[i - 1].height - 1);
      }
    }
    const frontEnd = titleOf('frontend-developer');
    const middle = chosen.nth(1);
    const up = middle.getByRole('button', { name: `Move ${frontEnd} up`, exact: true });
    const down = middle.getByRole('button', { name: `Move ${frontEnd} down`, exact: true });
    await expect(up.getByText('↑', { exact: true })).toBeVisible();
    await expect(up.getByText('←', { exact: true })).toBeHidden();
    await expect(down.getByText('↓', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Move .* (left|right)$/ })).toHaveCount(0);
    await expect(chosen.first().getByRole('button', { name: /up$/ })).toBeDisabled();
    await middle.getByRole('button', { name: `Move ${frontEnd} up`, exact: true }).click();
    await expect(page).toHaveURL(/roles=frontend-developer,backend-developer,fullstack-developer$/);
    await expect(page.getByRole('region', { name: 'Roles at a glance' }).getByRole('columnheader').first()).toHaveText(frontEnd);

    // Side by side on a wide screen, the same buttons say left and right.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(chosen.nth(1).getByRole('button', { name: `Move ${titleOf('backend-developer')} left`, exact: true }).getByText('←', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Move .* (up|down)$/ })).toHaveCount(0);
  });

  test('the guide and the comparison have no accessibility violations, light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/roles/backend-developer', '/compare']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      }
    }
  });
});
