import { test, expect, expectNoAxeViolations, watchErrors } from './helpers';

test.describe('role guides', () => {
  test('the back-end guide shows every section', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/roles/backend-developer');
    await expect(page).toHaveTitle(/How to become a Back-end web developer/i);
    const sections = [
      'What the job is', 'Day to day', 'Skills and tools', 'Salary', 'Job outlook',
      'How to get there', 'Certifications', 'Where it leads', 'Portfolio projects', 'Questions people ask',
    ];
    for (const name of sections) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    // Skills are grouped by category with a level.
    const skills = page.getByRole('region', { name: 'Skills and tools' });
    await expect(skills.getByRole('heading', { name: 'Languages' })).toBeVisible();
    await expect(skills.getByText('SQL', { exact: true })).toBeVisible();
    // Salaries are tabled with their source.
    const salary = page.getByRole('region', { name: 'Salary' });
    await expect(salary.getByRole('table').first()).toBeVisible();
    await expect(salary.getByRole('cell').filter({ hasText: /\$\d/ }).first()).toBeVisible();
    // FAQ answers open on click.
    const faq = page.getByRole('region', { name: 'Questions people ask' });
    const first = faq.locator('details').first();
    await first.locator('summary').click();
    await expect(first).toHaveAttribute('open', '');
    expect(errors).toEqual([]);
  });

  test('a guide links to courses for the role and to the quiz', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await page.getByRole('link', { name: 'Find courses for this role' }).click();
    await expect(page).toHaveURL(/\/courses\?role=backend-developer$/);
    await expect(page.getByRole('button', { name: 'Remove filter Leads to: Back-end web developer' })).toBeVisible();
    await page.goBack();
    await page.getByRole('link', { name: 'Is it for me? Take the quiz' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Skills quiz' })).toBeVisible();
  });

  test('the table of contents jumps to a section', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Salary' }).click();
    await expect(page).toHaveURL(/#salary$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Salary' })).toBeInViewport();
  });

  test('every role in the catalogue has a guide without errors', async ({ page }) => {
    const errors = watchErrors(page);
    const catalogue = await (await page.request.get('/catalogue.json')).json();
    for (const role of catalogue.roles) {
      await page.goto(`/roles/${role.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`How to become an? ${role.title}$`, 'i'));
      await expect(page.getByText(role.summary)).toBeVisible();
    }
    expect(errors).toEqual([]);
  });

  test('progression links lead to other guides', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    const leads = page.getByRole('region', { name: 'Where it leads' });
    const link = leads.getByRole('link').first();
    const name = (await link.textContent())!.trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`${name}$`, 'i'));
    await page.goBack();
    await expect(page).toHaveURL(/\/roles\/backend-developer/);
  });

  test('an unknown role id shows not found', async ({ page }) => {
    await page.goto('/roles/astronaut');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('There is no role “astronaut” in this catalogue.')).toBeVisible();
  });

  test('the guide has no accessibility violations, in light and dark', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('at phone width the guide fits without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/roles/backend-developer');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('printing hides the site chrome', async ({ page }) => {
    await page.goto('/roles/backend-developer');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Salary' })).toBeVisible();
  });
});
