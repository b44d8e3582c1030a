// Hostile files and damaged data in real Chromium against the production build: impossible dates
// in a backup are refused with a message (never the router's error page), a damaged record
// already in IndexedDB is reported on its own page while every other screen keeps working.
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { openProjects, projectRows } from './helpers';

async function downloadBackup(page: Page): Promise<string> {
  await page.goto('/backup');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download backup \(JSON\)|Lejupielādēt rezerves kopiju \(JSON\)/ }).click()]);
  return readFile(await download.path(), 'utf8');
}

async function chooseFile(page: Page, label: string | RegExp, text: string): Promise<void> {
  await page.getByLabel(label).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** Collects uncaught errors; the router's default page would also say "Unexpected Application Error". */
function watchCrashes(page: Page): string[] {
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  return crashes;
}

test('impossible dates in a backup are refused with a message naming the field, in both languages', async ({ page }) => {
  const crashes = watchCrashes(page);
  await openProjects(page);
  const text = await downloadBackup(page);

  await chooseFile(page, 'Choose a backup file', text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "9999-99-99T99:99"'));
  await expect(page.getByText('This file cannot be restored. Nothing was changed.')).toBeVisible();
  await expect(page.getByText('The file’s header, field “exportedAt”: “9999-99-99T99:99” is not a real date and time')).toBeVisible();

  await chooseFile(page, 'Choose a backup file', text.replace(/"updatedAt": "[^"]+"/, '"updatedAt": "2019-13-45T99:99:99Z"'));
  await expect(page.getByText(/field “updatedAt”: “2019-13-45T99:99:99Z” is not a real date and time/)).toBeVisible();

  await page.getByRole('button', { name: 'LV' }).click();
  await chooseFile(page, 'Izvēlieties rezerves kopijas failu', text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "2024-13-01T00:00"'));
  await expect(page.getByText(/“2024-13-01T00:00” nav īsts datums un laiks/)).toBeVisible();

  await expect(page.getByText(/Unexpected Application Error/)).toHaveCount(0);
  expect(crashes).toEqual([]);
});

test('a period that ends before it starts cannot come in through a backup', async ({ page }) => {
  await openProjects(page);
  const text = await downloadBackup(page);
  const file = JSON.parse(text) as { data: { projects: { id: string; period: { start: string | null; end: string | null } }[] } };
  const wir = file.data.projects.find((p) => p.id === 'sample-wir');
  if (!wir) throw new Error('no WIR in the backup');
  wir.period = { ...wir.period, start: '2020-05-01', end: '2020-04-30' };
  await chooseFile(page, 'Choose a backup file', JSON.stringify(file, null, 2));
  await expect(page.getByText(/Project “sample-wir” \(no\. \d+\), field “period\.end”: the project’s period ends before it starts/)).toBeVisible();
});

test('a damaged record already in IndexedDB is reported on its own page; the other screens keep working', async ({ page }) => {
  const crashes = watchCrashes(page);
  await openProjects(page);
  // Damage WIR directly in IndexedDB, past the app, as another program or an old build might.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('eu-projects-portfolio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('projects', 'readwrite');
          const store = tx.objectStore('projects');
          const get = store.get('sample-wir');
          get.onsuccess = () => store.put({ ...get.result, updatedAt: '2019-13-45T99:99:99Z', period: { start: '2019-02-30', end: null, lengthMonths: null } });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

  await page.goto('/projects/sample-wir');
  await expect(page.getByRole('alert')).toContainText('The stored record is damaged');
  await expect(page.getByRole('alert')).toContainText('the list, dashboard, timeline and backups still work');
  await expect(page.getByRole('link', { name: 'Back to projects' })).toBeVisible();

  await page.getByRole('button', { name: 'LV' }).click();
  await expect(page.getByRole('alert')).toContainText('Saglabātais ieraksts ir bojāts');
  await page.getByRole('button', { name: 'EN' }).click();

  await openProjects(page);
  await expect(projectRows(page)).toHaveCount(5);
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('This screen could not be shown')).toHaveCount(0);
  await page.goto('/timeline');
  await expect(page.getByRole('group', { name: 'Projects and mobility events over time' })).toBeVisible();
  const text = await downloadBackup(page);
  expect(text).toContain('2019-13-45T99:99:99Z');

  await expect(page.getByText(/Unexpected Application Error/)).toHaveCount(0);
  expect(crashes).toEqual([]);
});

test('a large restore shows its progress and the page keeps answering while the file is checked', async ({ page }) => {
  test.setTimeout(180_000);
  // 8,000 projects (~60 MB): the check takes seconds on this machine, in a worker.
  const { generatePortfolio } = await import('../fixtures/generator');
  const { buildBackup, serializeBackup } = await import('../../src/domain/backup/write');
  const { defaultSettings } = await import('../../src/domain/constants');
  const portfolio = generatePortfolio({ projects: 8000, seed: 11 });
  const text = serializeBackup(
    buildBackup(
      { settings: { ...defaultSettings, homeOrganisationId: portfolio.homeOrganisationId }, organisations: portfolio.organisations, programmes: portfolio.programmes, projects: portfolio.projects, history: [] },
      { exportedAt: '2026-11-30T10:00:00.000Z', appVersion: '0.1.0' },
    ),
  );
  const path = test.info().outputPath('large-backup.json');
  await writeFile(path, text);

  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles(path);
  // While the file is being checked, its progress is shown and the language switch still works.
  const checking = page.getByRole('progressbar', { name: 'Checking the file’s records' });
  await expect(checking).toBeVisible();
  await page.getByRole('button', { name: 'LV' }).click();
  await expect(page.getByRole('progressbar', { name: /Pārbauda faila ierakstus|Salīdzina ar šeit esošajiem datiem/ })).toBeVisible();
  await page.getByRole('button', { name: 'EN' }).click();

  await expect(page.getByTestId('changes')).toContainText('Projects added: 8000', { timeout: 120_000 });
  await page.getByRole('radio', { name: 'Replace everything' }).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByRole('dialog').getByRole('progressbar')).toBeVisible();
  await expect(page.getByText(/^Restored: 8000 projects added/)).toBeVisible({ timeout: 120_000 });
});
