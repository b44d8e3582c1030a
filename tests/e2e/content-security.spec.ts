// The production build's Content-Security-Policy is never broken by the app itself: no screen
// makes the browser block something (zod's probe for `new Function` once did, on every screen
// that builds schemas: the list, the form and the backup screen).
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

type Violation = { directive: string; blocked: string; source: string };

const routes = [
  '/projects',
  '/dashboard',
  '/timeline',
  '/events',
  '/partners',
  '/programmes',
  '/import',
  '/backup',
  '/settings',
  '/projects/sample-wir',
  '/projects/sample-wir/edit',
  '/projects/new',
  '/no-such-page',
];

let cspMessages: string[];

// Every violation the document reports is recorded on window from the first script on, and any
// console message about the policy is kept.
test.beforeEach(async ({ page }) => {
  cspMessages = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
  });
  await page.addInitScript(() => {
    const violations: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = violations;
    window.addEventListener('securitypolicyviolation', (event) => {
      violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });
});

const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);

for (const route of routes) {
  test(`${route} makes the browser block nothing`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await violationsOf(page)).toEqual([]);
    expect(cspMessages).toEqual([]);
  });
}

test('opening the form from a project’s page makes the browser block nothing', async ({ page }) => {
  await page.goto('/projects/sample-wir');
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit “WIR”' })).toBeVisible();
  await expect(page.getByLabel('Acronym', { exact: true })).toHaveValue('WIR');
  expect(await violationsOf(page)).toEqual([]);
  expect(cspMessages).toEqual([]);
});

test('choosing a backup file makes the browser block nothing', async ({ page }) => {
  await page.goto('/backup');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  // The file is decoded and checked in a worker, then compared with the stored data.
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.replace('"acronym": "WIR"', '"acronym": "WIR-CHECKED"'), 'utf8'),
  });
  await expect(page.getByTestId('changes')).toContainText('Projects changed: 1');
  expect(await violationsOf(page)).toEqual([]);
  expect(cspMessages).toEqual([]);
});
