import { expect, test } from '@playwright/test';
import { openProjects } from './helpers';

test('a deletion in one tab shows in a second open tab without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openProjects(first);
  await openProjects(second);
  await expect(second.getByText('5 of 5 projects')).toBeVisible();

  await first.getByRole('link', { name: 'TTChan', exact: true }).click();
  await first.getByRole('button', { name: 'Delete project' }).click();
  await first.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();

  await expect(second.getByText('4 of 4 projects')).toBeVisible();
  await expect(second.getByRole('link', { name: 'TTChan', exact: true })).toHaveCount(0);
});

test('the language switch changes the UI and the number format, and is remembered', async ({ page }) => {
  await page.goto('/projects/sample-decode');
  await expect(page.getByRole('region', { name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Budget and payments' })).toContainText('€90,000.00');

  await page.getByRole('button', { name: /LV/ }).click();
  await expect(page.getByRole('link', { name: 'Projekti', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
  const budget = page.getByRole('region', { name: 'Budžets un maksājumi' });
  await expect(budget).toContainText(/90\s000,00\s€/);
  await expect(page.getByRole('region', { name: 'Pārskats' })).toContainText('Depopulācija');

  await page.reload();
  await expect(page.getByRole('link', { name: 'Projekti', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /EN/ }).click();
  await expect(page.getByRole('link', { name: 'Projects', exact: true })).toBeVisible();
});

test.describe('a Latvian browser', () => {
  test.use({ locale: 'lv-LV' });
  test('starts in Latvian', async ({ page }) => {
    await page.goto('/projects');
    await expect(page.getByRole('heading', { name: 'Projekti', level: 1 })).toBeVisible();
    await expect(page.getByText('5 no 5 projektiem')).toBeVisible();
  });
});
