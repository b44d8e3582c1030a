// Every screen has its own document title in the UI's language (WCAG 2.4.2: a screen reader
// announces it on arrival, and tabs and history entries can be told apart); it follows the
// language switch in the header.
import { expect, test } from '@playwright/test';

const app = { en: 'EU Projects Portfolio', lv: 'ES projektu portfelis' };

const screens: { path: string; en: string; lv: string }[] = [
  { path: '/projects', en: 'Projects', lv: 'Projekti' },
  { path: '/dashboard', en: 'Dashboard', lv: 'Pārskats' },
  { path: '/dashboard/report', en: 'Portfolio budget report', lv: 'Portfeļa budžeta atskaite' },
  { path: '/timeline', en: 'Timeline', lv: 'Laika josla' },
  { path: '/events', en: 'Events', lv: 'Pasākumi' },
  { path: '/partners', en: 'Partners', lv: 'Partneri' },
  { path: '/programmes', en: 'Programmes', lv: 'Programmas' },
  { path: '/import', en: 'Import', lv: 'Imports' },
  { path: '/backup', en: 'Backup', lv: 'Rezerves kopijas' },
  { path: '/settings', en: 'Settings', lv: 'Iestatījumi' },
  { path: '/projects/sample-wir', en: 'WIR', lv: 'WIR' },
  { path: '/projects/sample-wir/edit', en: 'Edit “WIR”', lv: 'Labot “WIR”' },
  { path: '/projects/new', en: 'New project', lv: 'Jauns projekts' },
  { path: '/projects/sample-wir/conflict', en: 'Conflict: WIR', lv: 'Konflikts: WIR' },
  { path: '/projects/sample-wir/fact-sheet', en: 'Fact sheet: WIR', lv: 'Projekta apraksts: WIR' },
  { path: '/projects/sample-ttchan/annex', en: 'Council decision annex: TTChan', lv: 'Domes lēmuma pielikums: TTChan' },
  { path: '/no-such-page', en: 'Page not found', lv: 'Lapa nav atrasta' },
];

test('no two screens share a title', () => {
  // Each test below checks one screen's actual titles against this table.
  expect(new Set(screens.map((screen) => screen.en)).size).toBe(screens.length);
  expect(new Set(screens.map((screen) => screen.lv)).size).toBe(screens.length);
});

for (const screen of screens) {
  test(`${screen.path} is titled in English and, after the switch, in Latvian`, async ({ page }) => {
    await page.goto(screen.path);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page).toHaveTitle(`${screen.en} · ${app.en}`);
    await page.getByRole('button', { name: /^LV/ }).click();
    await expect(page).toHaveTitle(`${screen.lv} · ${app.lv}`);
    await page.getByRole('button', { name: /^EN/ }).click();
    await expect(page).toHaveTitle(`${screen.en} · ${app.en}`);
  });
}

test('moving between screens in the app changes the title', async ({ page }) => {
  await page.goto('/projects');
  await expect(page).toHaveTitle(`Projects · ${app.en}`);
  await page.getByRole('link', { name: 'WIR', exact: true }).click();
  await expect(page).toHaveTitle(`WIR · ${app.en}`);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page).toHaveTitle(`Edit “WIR” · ${app.en}`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveTitle(`Dashboard · ${app.en}`);
});
