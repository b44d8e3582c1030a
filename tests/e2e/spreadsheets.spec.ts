// Spreadsheets out: the projects list, the events list and a dashboard chart as real .xlsx files
// (typed cells in the UI language, the header frozen, a named sheet), read back in Node by a
// reader of our own; and the Latvian CSV with the separator a Latvian Excel expects. The build's
// Content-Security-Policy must not be broken by the XLSX writer.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { openProjects } from './helpers';
import { readXlsx, type ReadSheet } from './xlsxReader';

type Violation = { directive: string; blocked: string };
const MONEY = '#,##0.00 "€"';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const violations: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = violations;
    window.addEventListener('securitypolicyviolation', (event) => violations.push({ directive: event.violatedDirective, blocked: event.blockedURI }));
  });
});

const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);

async function download(page: Page, button: Locator): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

const values = (sheet: ReadSheet, row: number) => sheet.row(row).map((cell) => cell?.value ?? null);

/** The 1-based row whose column (0-based) holds this value. */
function rowWhere(sheet: ReadSheet, column: number, value: string): number {
  for (let r = 2; r <= sheet.cells.size; r++) if (sheet.row(r)[column]?.value === value) return r;
  throw new Error(`no row with ${value}`);
}

async function toLatvian(page: Page) {
  await page.getByRole('button', { name: /LV/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
}

test('the projects list downloads as XLSX in Latvian: typed cells, Latvian letters, frozen header, a sheet name', async ({ page }) => {
  await openProjects(page);
  await toLatvian(page);
  const buttons = page.locator('main h1').locator('..').getByRole('button', { name: /^Lejupielādēt (Excel \(\.xlsx\)|CSV)/ });
  // Excel first: it is the one to use.
  await expect(buttons).toHaveText(['Lejupielādēt Excel (.xlsx)', 'Lejupielādēt CSV']);

  const file = await download(page, page.getByRole('button', { name: 'Lejupielādēt Excel (.xlsx) ar 5 redzamajiem projektiem' }));
  expect(file.name).toMatch(/^eu-projects-.*\.xlsx$/);
  const sheet = readXlsx(file.path);

  expect(sheet.name).toBe('Projekti');
  expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
  expect(values(sheet, 1)).toEqual([
    'ID',
    'Akronīms',
    'Nosaukums (latviski)',
    'Nosaukums (angliski)',
    'Domes loma',
    'Programma',
    'Vadošais partneris',
    'Partneri',
    'Valstis',
    'Sākums',
    'Beigas',
    'Statuss',
    'Kopējais budžets, EUR',
    'Domes budžets, EUR',
    'ES līdzfinansējums, EUR',
    'Domes līdzfinansējums, EUR',
    'Priekšfinansējums, EUR',
    'Pasākumi',
  ]);
  expect(sheet.cells.size).toBeGreaterThan(5 * 10);

  const wir = sheet.row(rowWhere(sheet, 1, 'WIR'));
  expect(wir[2]).toEqual({ type: 'string', value: 'Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana', format: 'General' });
  expect(wir[6]?.value).toBe('Vanersborg pašvaldība');
  expect(wir[9]).toEqual({ type: 'date', value: '2017-10-16', format: 'dd.mm.yyyy' });
  expect(wir[10]).toEqual({ type: 'date', value: '2019-10-15', format: 'dd.mm.yyyy' });
  // The total budget is not known: an empty cell, not 0.
  expect(wir[12]).toBeUndefined();
  expect(wir[13]).toEqual({ type: 'number', value: 14600, format: MONEY });
  expect(wir[14]).toEqual({ type: 'number', value: 9800, format: MONEY });
  expect(wir[17]).toMatchObject({ type: 'number', format: '0' });

  // Every column is sized; the long Latvian title is wider than the acronym.
  expect(sheet.widths).toHaveLength(18);
  expect(sheet.widths[2]).toBeGreaterThan(sheet.widths[1]!);
  expect(await violationsOf(page)).toEqual([]);
});

test('the Latvian CSV separates fields with ; for a Latvian Excel', async ({ page }) => {
  await openProjects(page);
  await toLatvian(page);
  const file = await download(page, page.getByRole('button', { name: 'Lejupielādēt CSV ar 5 redzamajiem projektiem' }));
  const [header, ...rows] = readFileSync(file.path, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(header).toBe(
    'ID;Akronīms;Nosaukums (latviski);Nosaukums (angliski);Domes loma;Programma;Vadošais partneris;Partneri;Valstis;Sākums;Beigas;Statuss;' +
      '"Kopējais budžets, EUR";"Domes budžets, EUR";"ES līdzfinansējums, EUR";"Domes līdzfinansējums, EUR";"Priekšfinansējums, EUR";Pasākumi',
  );
  const wir = rows.find((row) => row.split(';')[1] === 'WIR');
  expect(wir?.split(';').slice(12, 15)).toEqual(['', '14600', '9800']);
});

test('the events list downloads as XLSX in English with its dates as dates', async ({ page }) => {
  await page.goto('/events');
  await expect(page.getByText(/^Shown: 28 events/)).toBeVisible();
  const file = await download(page, page.getByRole('button', { name: 'Download Excel (.xlsx) of the 28 events shown' }));
  expect(file.name).toMatch(/^mobility-events-.*\.xlsx$/);
  const sheet = readXlsx(file.path);

  expect(sheet.name).toBe('Mobility events');
  expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
  expect(values(sheet, 1)).toEqual([
    'Project ID',
    'Acronym',
    'Project',
    'Event ID',
    'No.',
    'Kind',
    'Title',
    'Date known as',
    'From',
    'To',
    'Host city',
    'Country',
    'Place as written',
    'Direction',
    'Representatives sent',
  ]);
  const rows = Array.from({ length: 28 }, (_, i) => sheet.row(i + 2));
  expect(sheet.row(30).every((cell) => cell === undefined)).toBe(true);

  // A TTChan event with exact days, and a month-only DeCoDe event.
  const days = rows.find((row) => row[8]?.value === '2018-11-08');
  expect(days?.[8]).toEqual({ type: 'date', value: '2018-11-08', format: 'yyyy-mm-dd' });
  expect(days?.[9]).toEqual({ type: 'date', value: '2018-11-12', format: 'yyyy-mm-dd' });
  const month = rows.find((row) => row[1]?.value === 'DeCoDe' && row[8]?.value === '2019-11-01');
  expect(month?.[8]).toEqual({ type: 'date', value: '2019-11-01', format: 'yyyy-mm' });
  expect(month?.[9]).toBeUndefined();

  // Head counts are numbers; the 23 events without one are empty, not 0.
  const counts = rows.map((row) => row[14]);
  expect(counts.filter((cell) => cell === undefined)).toHaveLength(23);
  for (const cell of counts.filter((c) => c !== undefined)) expect(cell).toMatchObject({ type: 'number', format: '0' });
  expect(counts.reduce((n, cell) => n + (cell?.type === 'number' ? cell.value : 0), 0)).toBe(16);
  expect(await violationsOf(page)).toEqual([]);
});

test('a dashboard chart’s table downloads as XLSX with its money as euro amounts', async ({ page }) => {
  await page.goto('/dashboard');
  const years = page.locator('section[data-chart="years"]');
  await years.scrollIntoViewIfNeeded();
  const file = await download(page, years.getByRole('button', { name: 'Download Excel (.xlsx)' }));
  expect(file.name).toBe('dashboard-years.xlsx');
  const sheet = readXlsx(file.path);

  expect(sheet.name).toBe('Money per calendar year');
  expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
  expect(values(sheet, 1)).toEqual(['Year', 'Pre-financing (EUR)', 'Council co-financing (EUR)']);
  expect(sheet.row(2)).toEqual([
    { type: 'string', value: '2018', format: 'General' },
    { type: 'number', value: 14180, format: MONEY },
    { type: 'number', value: 5590, format: MONEY },
  ]);
  expect(values(sheet, 3)).toEqual(['2019', 33280, 1870]);
  expect(values(sheet, 4)).toEqual(['Not split by year', null, 4673]);
  expect(await violationsOf(page)).toEqual([]);
});

test('a large list downloads as XLSX too: the policy does not stop the zip (it would, in a Worker)', async ({ page }) => {
  test.slow(); // a restore of 600 projects first
  // 600 projects make a sheet far past the 160 kB at which the library's zip would start a
  // Worker from a blob: URL, which the Content-Security-Policy refuses (and the file never comes).
  const { generatePortfolio } = await import('../fixtures/generator');
  const { buildBackup, serializeBackup } = await import('../../src/domain/backup/write');
  const { defaultSettings } = await import('../../src/domain/constants');
  const portfolio = generatePortfolio({ projects: 600, seed: 5 });
  const backup = buildBackup(
    { settings: { ...defaultSettings, homeOrganisationId: portfolio.homeOrganisationId }, organisations: portfolio.organisations, programmes: portfolio.programmes, projects: portfolio.projects, history: [] },
    { exportedAt: '2026-11-30T10:00:00.000Z', appVersion: '0.1.0' },
  );
  const path = test.info().outputPath('backup-600.json');
  await writeFile(path, serializeBackup(backup));
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles(path);
  await expect(page.getByTestId('changes')).toContainText('Projects added: 600', { timeout: 60_000 });
  await page.getByRole('radio', { name: 'Replace everything' }).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByText(/^Restored: 600 projects added/)).toBeVisible({ timeout: 60_000 });

  await openProjects(page);
  const file = await download(page, page.getByRole('button', { name: 'Download Excel (.xlsx) of the 600 projects shown' }));
  const sheet = readXlsx(file.path);
  expect(sheet.sheetBytes).toBeGreaterThan(160_000);
  expect(sheet.row(601)[0]?.type).toBe('string');
  expect(sheet.row(602).every((cell) => cell === undefined)).toBe(true);
  expect(await violationsOf(page)).toEqual([]);
});
