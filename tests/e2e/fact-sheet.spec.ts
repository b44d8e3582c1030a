// The project fact sheet and the council-decision annex as the council uses them: opened from a
// project's page, printed to A4 PDF (the text of the PDF holds every partner and figure, amounts
// as the screen shows them), and copied for the website as formatted and plain text.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { printToPdf, squeeze } from './pdf';

/** The PDF's text on one line: the layout's columns and wrapped lines collapsed. */
const flat = (text: string) => squeeze(text.replace(/\s+/g, ' '));
/** Where to keep the PDFs for a look (REPORT_PDF_DIR); not kept otherwise. */
const keep = (name: string) => (process.env.REPORT_PDF_DIR ? { save: path.join(process.env.REPORT_PDF_DIR, name) } : {});

const setLanguage = (page: Page, lang: 'en' | 'lv') => page.addInitScript((l) => localStorage.setItem('eu-portfolio.language', l), lang);

const WIR_PARTNERS = [
  'Vanersborg pašvaldība, Zviedrija',
  'Collecchio pašvaldība, Collechio, Itālija',
  'Verein für sozialprävention und gemeinwesenarbeit (Sociālās aprūpes un sabiedrisko darbu asociācija) Linz, Austrija',
  'Landkreis Kassel pašvaldība, Kassel, Vācija',
  'Alikantes Universitāte, Alicante, Spānija',
  'Etela-Pohjanmaan Nuorisoseurary pašvaldība, Seinäjoki, Somija',
  'Daugavpils pilsētas dome, Daugavpils, Latvija',
  'Ravennas pašvaldība, Ravenna, Itālija',
  'Landkreis Offenbach pašvaldība, Dietzenbach, Vācija',
  'Sweden Emilia – Romagna Network Associazione (asociācija), Bologna, Itālija',
];
const WIR_FIGURES = [
  'Domes budžets sastāda 14 600,00 €',
  'ES līdzfinansējums 9800,00 €',
  'Domes līdzfinansējums 4800,00 €',
  'Avanss 40% – 3920,00 €',
  'Atlikums 60% – 5880,00 € pēc projekta īstenošanas',
  'Priekšfinansējums 60% – 5880,00 €; 2018. gadā 3000,00 €; 2019. gadā 2880,00 €',
  'Līdzfinansējums – 2018. gadā 3600,00 €; 2019. gadā 1200,00 €',
  '16.10.2017. – 15.10.2019.',
];

test('WIR’s fact sheet, opened from its page, prints every partner and figure as shown', async ({ page }) => {
  await setLanguage(page, 'lv');
  await page.goto('/projects/sample-wir');
  await page.getByRole('link', { name: 'Projekta apraksts', exact: true }).click();
  await expect(page).toHaveURL(/\/projects\/sample-wir\/fact-sheet$/);
  const doc = page.getByRole('region', { name: 'Projekta apraksta teksts' });
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText('Projekta “Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana” WIR (“Promoting democratic engagement and civic participation”) apraksts');
  // The figures on the screen are the ones the PDF must hold.
  for (const figure of WIR_FIGURES) await expect(doc.getByText(figure, { exact: true })).toBeVisible();

  const pdf = await printToPdf(page, keep('wir-fact-sheet-lv.pdf'));
  const text = flat(pdf.text);
  for (const partner of WIR_PARTNERS) expect(text).toContain(partner);
  for (const figure of WIR_FIGURES) expect(text).toContain(figure);
  // Printing leaves out the app's frame and the screen's buttons.
  expect(text).not.toContain('Kopēt tīmekļa vietnei');
  expect(text).not.toMatch(/Projekti\s+Pārskats/);
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
});

test('TTChan’s council-decision annex prints decision No. 502 and its figures', async ({ page }) => {
  await setLanguage(page, 'en');
  await page.goto('/projects/sample-ttchan');
  await page.getByRole('link', { name: 'Council decision annex', exact: true }).click();
  await expect(page).toHaveURL(/\/projects\/sample-ttchan\/annex$/);
  const table = page.getByRole('table', { name: 'Budžets' });
  await expect(table.getByRole('row', { name: /Pašvaldības priekšfinansējums/ })).toContainText('10 080,00 €');

  const text = flat((await printToPdf(page, keep('ttchan-annex.pdf'))).text);
  for (const expected of [
    'Pielikums Daugavpils pilsētas domes 2018. gada 28. septembra lēmumam Nr. 502',
    'Pašvaldības priekšfinansējums 10 080,00 € 10 080,00 €',
    'Pašvaldības līdzfinansējums — 0,00 €',
    'ES līdzfinansējums 10 080,00 €',
    'Projekta kopējais budžets 10 080,00 €',
    'I. Prelatovs',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('Print');
});

test.describe('copying for the website', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the English fact sheet goes on the clipboard as HTML and as plain text', async ({ page }) => {
    await setLanguage(page, 'lv');
    // The text's language is chosen on the screen and kept in the URL, whatever the UI's.
    await page.goto('/projects/sample-wir/fact-sheet');
    await page.getByRole('radio', { name: 'Angļu' }).check();
    await expect(page).toHaveURL(/\?lang=en$/);
    const doc = page.getByRole('region', { name: 'Projekta apraksta teksts' });
    await expect(doc.getByRole('heading', { level: 2 })).toHaveText('Promoting democratic engagement and civic participation (WIR)');
    await expect(doc.getByText('Council’s budget: €14,600.00', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Kopēt tīmekļa vietnei' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nokopēts' })).toHaveText('Nokopēts: starpliktuvē ir formatēts un vienkāršs teksts.');
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      return {
        types: [...item.types].sort(),
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    expect(clipboard?.types).toEqual(['text/html', 'text/plain']);
    expect(clipboard?.html).toContain('<h2>Promoting democratic engagement and civic participation (WIR)</h2>');
    expect(clipboard?.html).toContain('<li>Daugavpils City Council, Daugavpils, Latvia</li>');
    expect(clipboard?.html).toContain('<a href="http://www.wirproject.eu/">');
    expect(clipboard?.text).toContain('Project partners:\n1. Collecchio Municipality, Collecchio, Italy');
    expect(clipboard?.text).toContain('Council’s budget: €14,600.00');
  });
});
