// Import: a council project page pasted as text (or as HTML) becomes a draft project. The values
// read are shown beside their passages, the partners are matched with the directory, and the
// draft opens in the project form, where nothing is saved until the person saves.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const seed = (name: string) => readFileSync(new URL(`../../src/domain/pageReader/fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');

async function readPage(page: Page, text: string, labels = { text: 'Page text', read: 'Read' }) {
  await page.getByLabel(labels.text, { exact: true }).fill(text);
  await page.getByRole('button', { name: labels.read, exact: true }).click();
}

test('a pasted page becomes a draft: values beside their passages, partners matched, and the form saves it', async ({ page }) => {
  await page.goto('/import');
  await expect(page).toHaveTitle('Import · EU Projects Portfolio');
  await readPage(page, seed('002-ttchan'));
  await expect(page.getByText(/^\d+ values found\./)).toBeVisible();
  const values = page.getByRole('table');
  const decision = values.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Council decision no.' }) });
  await expect(decision).toContainText('502');
  await expect(decision).toContainText(/Nr\.\s?502/);
  // The sample holds TTChan already.
  await expect(page.getByText('A project with the acronym “TTChan” already exists.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open “TTChan”' })).toHaveAttribute('href', '/projects/sample-ttchan');
  const partners = page.getByRole('region', { name: 'Partners' });
  await expect(partners.getByRole('combobox', { name: /^Organisation for “Paņeveža/ })).toContainText(/Panevėžys/);
  await page.screenshot({ path: 'test-results/import-review-en.png', fullPage: true });

  await page.getByRole('button', { name: /open the project form|Open in the project form/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New project from a page' })).toBeVisible();
  // The form opens at its top, not at the place the long review was left.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByText(/Read from a project page\. Check every value/)).toBeVisible();
  await expect(page.getByLabel('Acronym', { exact: true })).toHaveValue('TTChan');
  await page.getByLabel('Acronym', { exact: true }).fill('TTChan-2');
  await page.getByRole('button', { name: 'Save project' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('TTChan-2');
  // The saved project has the page's figures and partners.
  await expect(page.getByText('Paņeveža', { exact: false }).first()).toBeVisible();
  await expect(page.getByText(/10\s?080/).first()).toBeVisible();
});

test('in Latvian, from the page’s HTML; an empty text is refused with a clear message', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('eu-portfolio.language', 'lv'));
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
  await page.getByRole('button', { name: 'Nolasīt', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Vispirms ielīmējiet lapas tekstu.');
  await expect(page.getByLabel('Lapas teksts', { exact: true })).toBeFocused();

  const html = `<html><body><h1>Šobrīd Daugavpilī</h1>${seed('001-wir')
    .split(/\n\s*\n/)
    .map((block) => `<p>${block.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
    .join('\n')}</body></html>`;
  await readPage(page, html, { text: 'Lapas teksts', read: 'Nolasīt' });
  await expect(page.getByText(/^Atrast(a|as) \d+ vērtīb/)).toBeVisible();
  await expect(page.getByText('Projekts ar akronīmu “WIR” jau ir.')).toBeVisible();
  const partners = page.getByRole('region', { name: 'Partneri' });
  await expect(partners.getByRole('combobox')).toHaveCount(10);
  await page.screenshot({ path: 'test-results/import-review-lv.png', fullPage: true });
  await page.getByRole('button', { name: /projekta formā|projekta formu/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jauns projekts no lapas' })).toBeVisible();
  await expect(page.getByLabel('Akronīms', { exact: true })).toHaveValue('WIR');
  await page.screenshot({ path: 'test-results/import-form-lv.png', fullPage: false });
});
