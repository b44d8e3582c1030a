import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const routes = ['/projects', '/projects/sample-solid', '/projects/sample-our-cities-pairing', '/partners', '/settings', '/nowhere'];

for (const language of ['en', 'lv'] as const) {
  for (const route of routes) {
    test(`${route} has no serious or critical accessibility violation (${language})`, async ({ page }) => {
      await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
      await page.goto(route);
      await expect(page.locator('main h1')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('everything on the projects screen is reachable by keyboard, with visible focus', async ({ page }) => {
  await page.goto('/projects');
  await expect(page.getByText('5 of 5 projects')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const seen = new Set<string>();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'END';
      const outline = getComputedStyle(el).outlineStyle;
      return `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}:${outline}`;
    });
    if (label === 'END') break; // past the last control
    seen.add(label);
    expect(label.endsWith(':none'), `focus is invisible on ${label}`).toBe(false);
  }
  expect([...seen].some((s) => s.startsWith('INPUT'))).toBe(true);
  expect([...seen].some((s) => s.startsWith('SELECT'))).toBe(true);
  expect([...seen].some((s) => s.includes('DeCoDe'))).toBe(true);
});
