// The printable portfolio budget report: opened from the dashboard for its scope, printed as an
// A4 PDF (what a manager gets in the mail) and read back as text. The figures are the sample
// portfolio's, computed by hand in src/domain/dashboard/aggregate.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { printToPdf, squeeze } from './pdf';

/** Opens the report and waits until it says every chart has drawn. */
async function openReport(page: Page, query = ''): Promise<void> {
  await page.goto(`/dashboard/report${query}`);
  await expect(page.locator('[data-report-ready="true"]')).toBeAttached();
  await expect(page.locator('.report-status')).toHaveText(/^(The report is ready to print\.|Atskaite ir gatava drukāšanai\.)$/);
}

/** The printed line of a table row starting with `start` (its first line: the figures are on it). */
const rowLine = (text: string, start: string) => text.split('\n').map((line) => line.trim()).find((line) => line.startsWith(`${start} `) && /€|\d/.test(line.slice(start.length))) ?? '';

/** The app's frame and the report's own controls: none of it belongs on paper. */
const frameText = {
  en: ['Print / Save as PDF', 'Back to the dashboard', 'Skip to content', 'Timeline', 'Settings', 'Backup', 'Import', 'You are looking at sample data', 'Remove sample data', 'ready to print'],
  lv: ['Drukāt / saglabāt PDF', 'Atpakaļ uz pārskatu', 'Laika josla', 'Iestatījumi', 'Rezerves kopijas', 'Imports', 'Jūs skatāt parauga datus', 'Dzēst parauga datus', 'gatava drukāšanai'],
};

test('the whole portfolio’s report prints with the seed totals, the charts and page numbers, and nothing of the app', async ({ page }) => {
  await openReport(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio budget report' })).toBeVisible();
  await expect(page.getByText('Scope: All projects')).toBeVisible();
  // Every chart has drawn every series before the page said it was ready.
  for (const name of ['Funding composition per project', 'Money per calendar year', 'Pre-financing exposure over time']) {
    const chart = page.getByRole('region', { name });
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeAttached();
  }
  await expect(page.getByRole('region', { name: 'Pre-financing exposure over time' }).locator('.recharts-line-curve')).toHaveCount(1);

  const pdf = await printToPdf(page);
  const text = squeeze(pdf.text);
  expect(text).toContain('Scope: All projects');
  expect(text).toMatch(/Made on \d{1,2} \w{3} \d{4}/);
  // EU co-financing 111 380 €, council co-financing 12 133 €, pre-financing 47 460 € (en-GB format).
  expect(text).toContain('€111,380.00');
  expect(text).toContain('€12,133.00');
  expect(text).toContain('€47,460.00');
  // The years table and the projects table.
  expect(text).toMatch(/2018 €14,180\.00 €0\.00 €14,180\.00 €5,590\.00/);
  expect(text).toMatch(/2019 €33,280\.00 €0\.00 €47,460\.00 €1,870\.00/);
  expect(rowLine(text, 'WIR')).toMatch(/^WIR Promoting .*Partner 16\/10\/2017 – — €9,800\.00 €4,800\.00 €5,880\.00 €5,880\.00$/);
  // Unknown is "—" and counted, never 0.
  expect(text).toContain('1 project with no stated EU co-financing');
  expect(text).toContain('2 projects with no stated total budget');
  expect(rowLine(text, 'Our Cities Pairing')).toMatch(/Partner 15\/01\/2019 – €138,000\.00 — €4,673\.00 — —$/);
  // The charts are in the PDF (their titles, legends and axes).
  for (const title of ['Funding composition per project', 'Money per calendar year', 'Pre-financing exposure over time', 'Still outstanding']) expect(text).toContain(title);
  // The running header and the page numbers in the margins.
  expect(pdf.pages).toBeGreaterThan(1);
  expect(text).toContain(`Page 1 of ${pdf.pages}`);
  expect(text).toContain(`Page ${pdf.pages} of ${pdf.pages}`);
  expect(text.split('Portfolio budget report').length - 1).toBeGreaterThanOrEqual(pdf.pages);
  for (const frame of frameText.en) expect(text).not.toContain(frame);
});

test('the dashboard’s Report link carries its scope; the report says the scope in words and holds its own totals', async ({ page }) => {
  await page.goto('/dashboard?role=lead&year=2019');
  await expect(page.getByText(/^1 of 5 projects in scope\./)).toBeVisible();
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/report\?(?=.*role=lead)(?=.*year=2019)/);
  await expect(page.locator('[data-report-ready="true"]')).toBeAttached();
  await expect(page.getByText('Scope: Projects where the council is lead partner, active in 2019')).toBeVisible();

  const text = squeeze((await printToPdf(page)).text);
  expect(text).toContain('Scope: Projects where the council is lead partner, active in 2019');
  expect(text).toContain('1 project');
  // Only DeCoDe (lead partner, running in 2019): EU 90 000 €, council 0 €, pre-financing 30 000 €.
  expect(rowLine(text, 'DeCoDe')).toMatch(/^DeCoDe Challenges .*Lead 01\/03\/2018 – €90,000\.00 €90,000\.00 €0\.00 €30,000\.00 €30,000\.00$/);
  expect(text).not.toContain('TTChan');
  expect(text).toContain('€90,000.00');
  expect(text).toContain('€30,000.00');
  expect(text).not.toContain('€111,380.00');
  expect(text).not.toContain('€47,460.00');
  expect(text).toContain('Every project in scope states its budget');

  // Back to the dashboard, in the same scope.
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard\?(?=.*role=lead)(?=.*year=2019)/);
});

test('a programme’s report names the programme', async ({ page }) => {
  await openReport(page, '?programme=prog-efc-town-twinning');
  await expect(page.getByText(/^Scope: Projects, programme “Europe for Citizens.*Town Twinning.*”$/)).toBeVisible();
  const text = squeeze((await printToPdf(page)).text);
  expect(rowLine(text, 'TTChan')).toMatch(/^TTChan Town Twinning .*€10,080\.00 €10,080\.00 €0\.00 €10,080\.00 €10,080\.00$/);
  expect(text).toContain('€10,080.00');
  expect(text).not.toContain('€111,380.00');
});

test('the Latvian report prints in Latvian, with the amounts as Latvian writes them', async ({ page }) => {
  await page.goto('/projects');
  await page.getByRole('button', { name: /^LV/ }).click();
  await openReport(page);
  await expect(page).toHaveTitle('Portfeļa budžeta atskaite · ES projektu portfelis');
  await expect(page.getByText('Atlase: Visi projekti')).toBeVisible();

  const pdf = await printToPdf(page);
  const text = squeeze(pdf.text);
  expect(text).toContain('Portfeļa budžeta atskaite');
  expect(text).toContain('Atlase: Visi projekti');
  expect(text).toMatch(/Sagatavota \d{4}\. gada \d{1,2}\./);
  // 111 380 €, 12 133 €, 47 460 € (lv-LV: a space between thousands, decimal comma, € after).
  expect(text).toContain('111 380,00 €');
  expect(text).toContain('12 133,00 €');
  expect(text).toContain('47 460,00 €');
  expect(text).toContain('1 projekts bez norādīta ES līdzfinansējuma');
  expect(text).toContain('2 projekti bez norādīta kopējā budžeta');
  for (const title of ['Finansējuma sastāvs pa projektiem', 'Nauda pa kalendāra gadiem']) expect(text).toContain(title);
  expect(text).toContain(`1. lapa no ${pdf.pages}`);
  for (const frame of frameText.lv) expect(text).not.toContain(frame);
});

test('the report, drawn and printed, makes the browser block nothing (the strict Content-Security-Policy)', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    window.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await openReport(page);
  await printToPdf(page);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(messages).toEqual([]);
});

for (const language of ['en', 'lv'] as const) {
  test(`printed in ${language === 'en' ? 'English' : 'Latvian'}, nothing is wider than an A4 page’s text (180 mm)`, async ({ page }) => {
    await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
    // 180 mm at 96 px per inch: the width the print CSS lays the report out in.
    await page.setViewportSize({ width: 680, height: 1000 });
    await openReport(page);
    await page.emulateMedia({ media: 'print' });
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll('.report-page table, .report-page .figure-card, .report-chart, .report-chart svg')]
        .filter((element) => element.getBoundingClientRect().right > 681)
        .map((element) => `${element.tagName}.${element.getAttribute('class') ?? ''}`),
    );
    expect(tooWide).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('.report-page')?.scrollWidth)).toBeLessThanOrEqual(680);
  });
}
