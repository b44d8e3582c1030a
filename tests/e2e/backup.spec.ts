// Backups in real Chromium against the production build: export, restore (replace and merge),
// a refused file, the safety backup, CSV of the projects list, and accessibility of the screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openProjects, projectRows } from './helpers';

async function downloadBackup(page: Page): Promise<{ name: string; text: string }> {
  await page.goto('/backup');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function chooseFile(page: Page, text: string, name = 'backup.json'): Promise<void> {
  await page.getByLabel('Choose a backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

async function restore(page: Page, mode: 'Replace everything' | 'Merge'): Promise<void> {
  await page.getByRole('radio', { name: mode }).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: mode }).click();
  await expect(page.getByText(/^Restored: /)).toBeVisible();
}

test('export downloads a dated JSON file with everything in it', async ({ page }) => {
  await openProjects(page);
  const { name, text } = await downloadBackup(page);
  expect(name).toMatch(/^eu-projects-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const file = JSON.parse(text) as { format: string; formatVersion: number; counts: { projects: number }; data: { projects: { id: string }[] } };
  expect(file.format).toBe('eu-projects-portfolio-backup');
  expect(file.formatVersion).toBe(2);
  expect(file.counts.projects).toBe(5);
  expect(file.data.projects.map((p) => p.id)).toContain('sample-wir');
  await expect(page.getByTestId('last-backup')).toContainText('Last backup:');
});

test('restoring an edited backup shows the edit', async ({ page }) => {
  await openProjects(page);
  const { text } = await downloadBackup(page);
  await chooseFile(page, text.replace('"acronym": "WIR"', '"acronym": "WIR-RESTORED"'));
  await expect(page.getByTestId('changes')).toContainText('Projects changed: 1');
  await restore(page, 'Replace everything');
  await openProjects(page);
  await expect(projectRows(page).filter({ hasText: 'WIR-RESTORED' })).toHaveCount(1);
});

test('an edit made in another tab while the summary is shown is not lost: the safety backup holds it', async ({ page, context }) => {
  await openProjects(page);
  const { text } = await downloadBackup(page);
  await chooseFile(page, text.replace('"acronym": "WIR"', '"acronym": "WIR-RESTORED"'));
  await expect(page.getByTestId('changes')).toContainText('Projects changed: 1');

  const other = await context.newPage();
  await other.goto('/projects/sample-decode/edit');
  await other.getByLabel('Acronym', { exact: true }).fill('DeCoDe-MEANWHILE');
  await other.getByRole('button', { name: 'Save project' }).click();
  await expect(other).toHaveURL(/\/projects\/sample-decode$/);
  await other.close();

  // The restore sees the change (it reads the data again) and counts DeCoDe among the changed.
  await restore(page, 'Replace everything');
  await expect(page.getByText(/^Restored: /)).toContainText('0 projects added, 2 changed, 0 removed');
  await page.getByRole('button', { name: /^Restore the safety backup of/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/is back\.$/)).toBeVisible();
  await openProjects(page);
  await expect(projectRows(page).filter({ hasText: 'DeCoDe-MEANWHILE' })).toHaveCount(1);
});

test('a truncated file gets a message and changes nothing', async ({ page }) => {
  await openProjects(page);
  const { text } = await downloadBackup(page);
  await chooseFile(page, text.slice(0, Math.floor(text.length / 2)));
  await expect(page.getByRole('alert')).toContainText('The file ends too early');
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  const after = await downloadBackup(page);
  expect(JSON.parse(after.text).data).toEqual(JSON.parse(text).data);
});

test('merge with a conflict shows it before applying', async ({ page }) => {
  await openProjects(page);
  const { text } = await downloadBackup(page);
  // The file's WIR is newer than the one here: it wins the conflict.
  const edited = text.replace('"acronym": "WIR"', '"acronym": "WIR-NEWER"').replace(/("id": "sample-wir",[\s\S]*?"updatedAt": ")[^"]+(")/, '$12099-01-01T00:00:00.000Z$2');
  await chooseFile(page, edited);
  await page.getByRole('radio', { name: 'Merge' }).check();
  const conflicts = page.getByRole('table', { name: 'Records that differ here and in the file' });
  await expect(conflicts.getByRole('row').filter({ hasText: 'Project: WIR-NEWER' })).toContainText('the file’s version');
  await restore(page, 'Merge');
  await openProjects(page);
  await expect(projectRows(page).filter({ hasText: 'WIR-NEWER' })).toHaveCount(1);
  await expect(page.getByText('5 of 5 projects')).toBeVisible();
});

test('the safety backup restores the state before an import', async ({ page }) => {
  await openProjects(page);
  const { text } = await downloadBackup(page);
  const onlyWir = JSON.parse(text) as { counts: { projects: number }; data: { projects: { id: string }[] } };
  onlyWir.data.projects = onlyWir.data.projects.filter((p) => p.id === 'sample-wir');
  onlyWir.counts.projects = 1;
  await chooseFile(page, JSON.stringify(onlyWir));
  await expect(page.getByTestId('changes')).toContainText('Projects removed: 4');
  await restore(page, 'Replace everything');
  await openProjects(page);
  await expect(page.getByText('1 of 1 project', { exact: true })).toBeVisible();

  await page.goto('/backup');
  await page.getByRole('button', { name: /^Restore the safety backup of/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/is back\.$/)).toBeVisible();
  await openProjects(page);
  await expect(page.getByText('5 of 5 projects')).toBeVisible();
});

test('the projects list downloads as CSV: only the rows shown, with a BOM', async ({ page }) => {
  await openProjects(page, '?role=lead');
  await expect(page.getByText('2 of 5 projects')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV of the 2 projects shown' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFID,Acronym,')).toBe(true);
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines.slice(1).map((l) => l.split(',')[1]).sort()).toEqual(['DeCoDe', 'TTChan']);
});

test('the events list downloads as CSV: the events shown, dates with their precision', async ({ page }) => {
  await page.goto('/events');
  await page.getByLabel('Project', { exact: true }).selectOption('sample-decode');
  const button = page.getByRole('button', { name: 'Download CSV of the 5 events shown' });
  await expect(button).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFProject ID,Acronym,Project,Event ID,')).toBe(true);
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(6);
  expect(lines.every((line, i) => i === 0 || line.startsWith('sample-decode,DeCoDe,'))).toBe(true);
  const kaunas = lines.find((line) => line.includes('Kauņa, Septembris'));
  expect(kaunas).toContain(',month,2018-09,,');
});

for (const language of ['en', 'lv'] as const) {
  test(`/backup has no serious or critical accessibility violation, with a summary shown (${language})`, async ({ page }) => {
    await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
    await page.goto('/backup');
    await expect(page.locator('main h1')).toBeVisible();
    await page.locator('input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"broken": ') });
    await expect(page.getByRole('alert')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
