import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openProjects } from './helpers';

/** The figure card with this label. */
const card = (page: Page, label: string) => page.locator('.figure-card').filter({ has: page.locator('dt').getByText(label, { exact: true }) });
const chart = (page: Page, id: string) => page.locator(`section[data-chart="${id}"]`);
/** A chart, scrolled to: charts draw as they come near the screen. */
async function shownChart(page: Page, id: string) {
  await chart(page, id).scrollIntoViewIfNeeded();
  return chart(page, id);
}

async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`/dashboard${query}`);
  await expect(page.getByText(/\d+ of \d+ projects? in scope|Atlasē \d+ no \d+ projekt(iem|a)/)).toBeVisible();
}

test('the first screen loads without the chart code; opening the dashboard loads it', async ({ page }) => {
  const scripts: { url: string; phase: 'list' | 'dashboard'; response: Response }[] = [];
  let phase: 'list' | 'dashboard' = 'list';
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), phase, response });
  });
  await openProjects(page);
  await expect(page.getByText('5 of 5 projects')).toBeVisible();
  phase = 'dashboard';
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect((await shownChart(page, 'funding')).locator('.recharts-wrapper')).toBeVisible();

  // Which scripts hold recharts? Look inside them, rather than trusting a chunk's name.
  const holdsRecharts = async (s: (typeof scripts)[number]) => (await s.response.text()).includes('recharts-wrapper');
  const listScripts = scripts.filter((s) => s.phase === 'list');
  const dashboardScripts = scripts.filter((s) => s.phase === 'dashboard');
  expect(listScripts.length).toBeGreaterThan(0);
  for (const s of listScripts) expect(await holdsRecharts(s), `${s.url} was loaded by /projects and holds recharts`).toBe(false);
  const chartChunks: string[] = [];
  for (const s of dashboardScripts) if (await holdsRecharts(s)) chartChunks.push(s.url);
  expect(chartChunks.length, 'the dashboard loaded a script with recharts').toBeGreaterThan(0);
});

test('the dashboard shows the seed totals in English and in Latvian', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByText('5 of 5 projects in scope.')).toBeVisible();
  await expect(card(page, 'EU co-financing')).toContainText('€111,380.00');
  await expect(card(page, 'EU co-financing')).toContainText('1 project without data');
  await expect(card(page, 'Council co-financing')).toContainText('€12,133.00');
  await expect(card(page, 'Pre-financing paid')).toContainText('€47,460.00');
  await expect(card(page, 'Pre-financing paid')).toContainText('1 project without data');

  await page.getByRole('button', { name: /LV/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pārskats' })).toBeVisible();
  await expect(card(page, 'ES līdzfinansējums')).toContainText(/111\s380,00\s€/);
  await expect(card(page, 'ES līdzfinansējums')).toContainText('1 projekts bez datiem');
  await expect(card(page, 'Domes līdzfinansējums')).toContainText(/12\s133,00\s€/);
  await expect(card(page, 'Samaksātais priekšfinansējums')).toContainText(/47\s460,00\s€/);
  await expect(chart(page, 'years').getByRole('heading', { name: 'Nauda pa kalendāra gadiem' })).toBeVisible();
});

test('a chart’s table view and CSV hold the figures drawn', async ({ page }) => {
  await openDashboard(page);
  const years = await shownChart(page, 'years');
  await expect(years.locator('.recharts-wrapper')).toBeVisible();
  // The chart draws three stacks: 2018, 2019 and "Not split by year".
  await expect(years.locator('.recharts-cartesian-axis-tick-value').filter({ hasText: /^(\d{4}|Not split by year)$/ })).toHaveText(['2018', '2019', 'Not split by year']);
  await years.getByRole('button', { name: 'Show as table' }).click();
  const rows = years.getByRole('table').getByRole('row');
  await expect(rows).toHaveText([
    'YearPre-financingCouncil co-financing',
    '2018€14,180.00€5,590.00',
    '2019€33,280.00€1,870.00',
    'Not split by year—€4,673.00',
  ]);

  const [download] = await Promise.all([page.waitForEvent('download'), years.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('dashboard-years.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toBe('\uFEFF' + ['Year,Pre-financing (EUR),Council co-financing (EUR)', '2018,14180,5590', '2019,33280,1870', 'Not split by year,,4673'].join('\r\n') + '\r\n');
});

test('a click on a bar narrows the projects list to what it stands for', async ({ page }) => {
  test.slow(); // three dashboards opened and drawn
  await openDashboard(page);
  const countries = await shownChart(page, 'countries');
  // Bars in order: Germany, Spain, Italy, Poland, Lithuania, …
  await countries.locator('.recharts-bar-rectangle').nth(4).click();
  await expect(page).toHaveURL(/\/projects\?country=LT$/);
  await expect(page.getByText('2 of 5 projects')).toBeVisible();
  await expect(page.getByLabel('Partner country')).toHaveValue('LT');

  await openDashboard(page);
  const roles = await shownChart(page, 'roles');
  await roles.locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/\/projects\?role=lead$/);
  await expect(page.getByText('2 of 5 projects')).toBeVisible();

  await openDashboard(page);
  // The funding chart's largest bar is DeCoDe: a click opens the project itself.
  await (await shownChart(page, 'funding')).locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/\/projects\/sample-decode$/);
});

test('on a phone, charts draw as they come near the screen, without moving anything; printing draws them all', async ({ page }) => {
  const chartCode: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    if ((await response.text().catch(() => '')).includes('recharts-wrapper')) chartCode.push(response.url());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page);
  // Until the reader scrolls, only what is on the screen draws: the first chart, just below the
  // figures, waits, and its code is not even loaded (a phone's load is not held up by drawing).
  const funding = chart(page, 'funding');
  expect((await funding.boundingBox())?.y).toBeGreaterThan(844);
  await page.waitForLoadState('networkidle');
  await expect(funding.locator('.chart-placeholder')).toHaveCount(1);
  expect(chartCode).toEqual([]);
  // The first scroll looks a quarter screen ahead: the chart draws before it is reached.
  await page.mouse.wheel(0, 40);
  await expect(funding.locator('.recharts-wrapper')).toHaveCount(1);
  expect((await funding.boundingBox())?.y).toBeGreaterThan(844 - 40 - 1);
  await expect.poll(() => chartCode.length).toBeGreaterThan(0);
  // The figures fill the first screen; the last chart is several screens down and waits.
  const countries = chart(page, 'countries');
  await expect(countries.locator('.chart-placeholder')).toHaveCount(1);
  await expect(countries.locator('.recharts-wrapper')).toHaveCount(0);
  const placeholderHeight = await countries.locator('.chart-placeholder').evaluate((el) => el.getBoundingClientRect().height);

  await countries.scrollIntoViewIfNeeded();
  await expect(countries.locator('.recharts-wrapper')).toBeVisible();
  // The drawing takes exactly the placeholder's room.
  expect(await countries.locator('.recharts-wrapper').evaluate((el) => el.getBoundingClientRect().height)).toBe(placeholderHeight);

  await openDashboard(page);
  await expect(page.locator('.chart-placeholder')).not.toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.recharts-wrapper')).toHaveCount(7);
  await expect(page.locator('.chart-placeholder')).toHaveCount(0);
});

test('the scope lives in the URL and carries over to the list', async ({ page }) => {
  await openDashboard(page, '?role=partner');
  await expect(page.getByText('3 of 5 projects in scope.')).toBeVisible();
  await expect(card(page, 'EU co-financing')).toContainText('€11,300.00');
  await page.getByLabel('Active in year').selectOption('2017');
  await expect(page.getByText('1 of 5 projects in scope.')).toBeVisible();
  expect(page.url()).toMatch(/\/dashboard\?role=partner&year=2017$/);
  await page.goBack();
  await expect(page.getByText('3 of 5 projects in scope.')).toBeVisible();
  await page.getByRole('link', { name: 'Show them in the projects list' }).click();
  await expect(page).toHaveURL(/\/projects\?role=partner$/);
  await expect(page.getByText('3 of 5 projects')).toBeVisible();
});

for (const language of ['en', 'lv'] as const) {
  test(`/dashboard has no serious or critical accessibility violation (${language})`, async ({ page }) => {
    test.setTimeout(90_000); // axe walks every chart's drawing
    await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
    await openDashboard(page);
    for (const id of ['funding', 'programmes', 'roles', 'years', 'exposure', 'mobilities', 'countries']) {
      await expect((await shownChart(page, id)).locator('.recharts-wrapper')).toBeVisible();
    }
    // One chart as a table too, so the table view is checked as well.
    await chart(page, 'countries').locator('.chart-actions button').first().click();
    await expect(chart(page, 'countries').getByRole('table')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
