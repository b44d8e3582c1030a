// Phones and tablets: every screen fits the width in both languages, the navigation folds behind
// a menu button that works from the keyboard, filters fold behind a button that counts the ones
// set, and a manager's first screen on the dashboard holds the co-financing figures.
import { expect, test, type Page } from '@playwright/test';
import { sampleNotice, screens, type Screen } from './helpers';

const reports: Screen[] = [
  { route: '/dashboard/report', ready: (page) => expect(page.locator('[data-report-ready="true"]')).toBeAttached() },
  { route: '/projects/sample-wir/fact-sheet', ready: (page) => expect(page.getByRole('region', { name: /^(Fact sheet text|Projekta apraksta teksts)$/ }).getByRole('heading', { level: 3 }).first()).toBeVisible() },
  { route: '/projects/sample-ttchan/annex', ready: (page) => expect(page.getByRole('table', { name: 'Budžets' })).toBeVisible() },
];

const sizes = [
  { width: 390, height: 844, name: 'a phone' },
  { width: 768, height: 1024, name: 'a tablet' },
] as const;

const inLanguage = (page: Page, lang: 'en' | 'lv') => page.addInitScript((l) => localStorage.setItem('eu-portfolio.language', l), lang);

/** How far the page reaches past the window's right edge, in pixels (0 when it fits). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const size of sizes) {
  for (const lang of ['lv', 'en'] as const) {
    test(`on ${size.name} (${size.width}×${size.height}) in ${lang === 'lv' ? 'Latvian' : 'English'}, no screen scrolls sideways`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await inLanguage(page, lang);
      const wide: string[] = [];
      for (const screen of [...screens, ...reports]) {
        await page.goto(screen.route);
        await screen.ready(page);
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) wide.push(`${screen.route}: ${overflow} px too wide`);
      }
      expect(wide).toEqual([]);
    });
  }
}

test('at 360 px, the narrowest common phone, the busiest screens fit in Latvian', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await inLanguage(page, 'lv');
  for (const screen of screens.filter((s) => ['/projects', '/dashboard', '/timeline', '/events', '/projects/sample-decode', '/projects/sample-wir/edit'].includes(s.route))) {
    await page.goto(screen.route);
    await screen.ready(page);
    expect(await sidewaysOverflow(page), screen.route).toBeLessThanOrEqual(0);
  }
});

for (const lang of ['en', 'lv'] as const) {
  test(`on a phone in ${lang === 'lv' ? 'Latvian' : 'English'}, the dashboard's first screen holds the EU and council co-financing figures`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await inLanguage(page, lang);
    await page.goto('/dashboard');
    await expect(sampleNotice(page)).toBeVisible();
    const names = lang === 'en' ? ['EU co-financing', 'Council co-financing'] : ['ES līdzfinansējums', 'Domes līdzfinansējums'];
    for (const name of names) {
      // The card whose term is the name: its figure is what the manager reads.
      const figure = page.locator('.figure-card').filter({ has: page.locator('dt').getByText(name, { exact: true }) }).locator('.figure-value');
      await expect(figure).toBeVisible();
      const box = await figure.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height, `${name} ends inside the first screen`).toBeLessThanOrEqual(844);
    }
    // The notice is at most two lines there, with its actions behind "More".
    const notice = sampleNotice(page);
    const lineHeight = await notice.locator('p').first().evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    expect(await notice.locator('p:visible').first().evaluate((p) => p.getBoundingClientRect().height)).toBeLessThanOrEqual(2 * lineHeight + 1);
    await expect(notice.getByRole('button', { name: /^(Remove sample data|Dzēst parauga datus)$/ })).toBeHidden();
    await notice.getByRole('button', { name: /^(More|Vairāk)$/ }).click();
    await expect(notice.getByRole('button', { name: /^(Remove sample data|Dzēst parauga datus)$/ })).toBeVisible();
  });
}

test('on a phone, the menu button opens the navigation; it works from the keyboard, and focus goes in and back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/dashboard');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = page.getByRole('button', { name: 'Menu' });
  // Folded: the current screen's name and the language switch stay in the header.
  await expect(nav.getByRole('link', { name: 'Projects' })).toBeHidden();
  await expect(page.locator('.app-header .current-screen')).toHaveText('Dashboard');
  await expect(page.locator('.app-header .current-screen')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /^LV/ })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  // Focus is on the current screen's link, inside the menu.
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Timeline' })).toBeHidden();

  // Open again with Space, walk to Timeline and follow it: the menu closes on the new screen.
  await page.keyboard.press(' ');
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.app-header .current-screen')).toHaveText('Timeline');

  // A wide window shows the navigation itself and no menu button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Projects' })).toBeVisible();
});

for (const lang of ['en', 'lv'] as const) {
  test(`on a phone in ${lang === 'lv' ? 'Latvian' : 'English'}, each screen's filters sit behind a button that counts the ones set`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await inLanguage(page, lang);
    const filters = lang === 'en' ? 'Filters' : 'Filtri';
    const active = (n: number) => (lang === 'en' ? `${n} active` : n === 1 ? `${n} aktīvs` : `${n} aktīvi`);
    const cases = [
      { route: '/projects?status=completed&year=2019', set: 2, control: lang === 'en' ? 'Status' : 'Statuss' },
      { route: '/timeline?role=partner', set: 1, control: lang === 'en' ? 'Council role' : 'Domes loma' },
      { route: '/events?year=2019&direction=outgoing', set: 2, control: lang === 'en' ? 'Year' : 'Gads' },
      { route: '/dashboard?status=completed&role=lead&year=2018', set: 3, control: lang === 'en' ? 'Status' : 'Statuss' },
    ];
    for (const { route, set, control } of cases) {
      await page.goto(route);
      const button = page.getByRole('button', { name: `${filters} ${active(set)}` });
      await expect(button, route).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('combobox', { name: control, exact: true })).toBeHidden();
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('combobox', { name: control, exact: true })).toBeVisible();
    }
    // With none set, the button says only "Filters".
    await page.goto('/projects');
    await expect(page.getByRole('button', { name: filters, exact: true })).toBeVisible();
  });
}

test('on a phone, the project form opens the number keyboard for money and dates, with each label above its field', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/projects/new');
  const fields = [page.getByRole('textbox', { name: 'Start', exact: true }), page.getByRole('textbox', { name: 'Total project budget', exact: true })];
  for (const field of fields) {
    await expect(field).toHaveAttribute('inputmode', 'decimal');
    const label = page.locator(`label[for="${await field.getAttribute('id')}"]`);
    const [labelBox, fieldBox] = [await label.boundingBox(), await field.boundingBox()];
    expect(labelBox!.y + labelBox!.height).toBeLessThanOrEqual(fieldBox!.y + 1);
  }
  // A date typed with the number keyboard's comma is read as the day it is.
  await fields[0]!.fill('08,11,2018');
  await fields[0]!.blur();
  await expect(page.getByLabel('Start: pick from the calendar', { exact: true })).toHaveValue('2018-11-08');
});
