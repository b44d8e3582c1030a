// Spreadsheets in: the projects list's own Excel file imports back with nothing to change; a
// Latvian CSV (; and decimal comma) with bad cells shows each of them and changes nothing; a
// good one adds and updates projects at once, after a safety backup, and the import is undone.
import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openProjects, projectRows } from './helpers';

const sheetSection = (page: Page, name = 'A spreadsheet') => page.getByRole('region', { name });

function csvFile(testInfo: { outputPath: (name: string) => string }, name: string, lines: string[]): string {
  const file = testInfo.outputPath(name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  return file;
}

test('the projects list’s Excel file imports back with nothing to change', async ({ page }) => {
  await openProjects(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Excel (.xlsx) of the 5 projects shown' }).click()]);
  const file = path.join(test.info().outputDir, 'projects.xlsx');
  await download.saveAs(file);

  await page.getByRole('link', { name: 'Import', exact: true }).click();
  const section = sheetSection(page);
  await section.getByLabel('Spreadsheet file (.xlsx or .csv)').setInputFiles(file);
  await expect(section.getByText(/^projects\.xlsx, sheet “Projects”: 5 rows, 18 columns\./)).toBeVisible();
  // The headings are the list's own: each finds its field; the worked-out columns are left out.
  await expect(section.getByRole('combobox', { name: 'Import as: EU co-financing, EUR' })).toHaveValue('euCofinancing');
  await expect(section.getByRole('combobox', { name: 'Import as: Status' })).toHaveValue('');
  await expect(section.getByRole('combobox', { name: 'Import as: Partners' })).toHaveValue('');
  await expect(section.getByText('0 new projects, 0 updated, 5 unchanged.')).toBeVisible();
  await expect(section.getByText('Nothing to import: every row matches what is stored.')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
});

test('a Latvian CSV with bad cells shows each of them and changes nothing', async ({ page }, testInfo) => {
  await page.goto('/import');
  await page.getByRole('button', { name: /LV/ }).click();
  const section = sheetSection(page, 'Izklājlapa');
  const file = csvFile(testInfo, 'projekti.csv', [
    'Akronīms;Nosaukums (latviski);Sākums;Beigas;Kopējais budžets, EUR;Domes loma;Partneri',
    'JAUNS;Jauns projekts;01.03.2021;28.02.2022;15 000,50;Partneris;"Motala; Rīgas Tehniskā universitāte"',
    'SLIKTS;Slikts projekts;31.02.2021;01.01.2020;daudz;sponsors;',
  ]);
  await section.getByLabel('Izklājlapas fails (.xlsx vai .csv)').setInputFiles(file);
  await expect(section.getByText(/^projekti\.csv: 2 rindas, kolonnas: 7, atdalītājs “;”\./)).toBeVisible();
  await expect(section.getByText('1 rindā ir problēma', { exact: false })).toBeVisible();
  const bad = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) });
  await expect(bad).toContainText('Problēma');
  await expect(bad).toContainText('“Kopējais budžets, EUR”: “daudz” nav summa eiro.');
  await expect(bad).toContainText('“Sākums”: “31.02.2021” nav datums');
  await expect(bad).toContainText('“Domes loma”: “sponsors” nav loma');
  await expect(bad.locator('td[aria-invalid="true"]')).toHaveCount(3);
  await expect(section.getByRole('button', { name: 'Importēt', exact: true })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('sheet-import-problems-lv.png'), fullPage: true });

  // Nothing was written: the list still holds the five sample projects.
  await page.getByRole('link', { name: 'Projekti', exact: true }).click();
  await expect(page.getByText('5 no 5 projektiem')).toBeVisible();
});

test('a good CSV adds and updates projects at once after a safety backup, and the import is undone', async ({ page }, testInfo) => {
  await page.goto('/import');
  const section = sheetSection(page);
  const file = csvFile(testInfo, 'projects.csv', [
    'Acronym,Title,Start,End,EU co-financing,Council role,Lead partner,Partners,Programme',
    'TTChan,,,,"12,000.00",,,,',
    'NEWTWIN,New twinning,2021-03-01,2022-02-28,9800,Partner,Motala,"Paņeveža; Jauna biedrība",Europe for Citizens — Town Twinning',
  ]);
  await section.getByLabel('Spreadsheet file (.xlsx or .csv)').setInputFiles(file);
  await expect(section.getByText('1 new project, 1 updated, 0 unchanged.')).toBeVisible();
  await expect(section.getByText('New organisations (1): Jauna biedrība')).toBeVisible();
  const ttchan = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2', exact: true }) });
  await expect(ttchan).toContainText('Update');
  await expect(ttchan).toContainText('matched by acronym');
  await expect(ttchan).toContainText('Changes: EU co-financing');
  await page.screenshot({ path: testInfo.outputPath('sheet-import-preview-en.png'), fullPage: true });

  await section.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from the spreadsheet' });
  await expect(dialog).toContainText('New projects: 1. Changed projects: 1.');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(section.getByText('Imported: 1 new project, 1 updated.')).toBeVisible();

  // Another tab sees both projects.
  const other = await page.context().newPage();
  await openProjects(other);
  await expect(other.getByText('6 of 6 projects')).toBeVisible();
  await expect(projectRows(other).filter({ hasText: 'NEWTWIN' })).toHaveCount(1);
  await other.close();
  const done = sheetSection(page);
  await expect(done.getByText('Imported: 1 new project, 1 updated.')).toBeVisible();
  await done.getByRole('button', { name: 'Undo the import' }).click();
  const undo = page.getByRole('dialog', { name: 'Undo the import' });
  await expect(undo).toContainText('as it was just before the import');
  await undo.getByRole('button', { name: 'Undo the import' }).click();
  await expect(done.getByText('The import was undone: the portfolio is as it was before it.')).toBeVisible();
  await page.getByRole('link', { name: 'Projects', exact: true }).click();
  await expect(page.getByText('5 of 5 projects')).toBeVisible();
  await expect(projectRows(page).filter({ hasText: 'NEWTWIN' })).toHaveCount(0);
});
