// Accessibility against the production build: axe on every screen and every dialog, in both
// languages, with the WCAG 2.0–2.2 A and AA rules and axe's best practices; nothing may be
// reported. Then keyboard reach and visible focus on the projects screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { screens as appScreens, type Screen } from './helpers';

/** The printable portfolio report, ready once every chart has drawn. */
const portfolioReport: Screen = {
  route: '/dashboard/report',
  ready: async (page) => {
    await expect(page.locator('[data-report-ready="true"]')).toBeAttached();
    await expect(page.locator('.report-projects tbody tr')).toHaveCount(5);
  },
};

// axe walks every node: the project form has about 300 fields and 2,300 nodes, and one full run
// takes 10–15 s on a quiet two-core machine and over 30 s when two workers share it. A run is
// slow, never stuck, so these tests get three times the usual time.
test.describe.configure({ timeout: 90_000 });

/** The report screens: WIR's fact sheet and TTChan's council-decision annex, ready once their document shows. */
const reportScreens: Screen[] = [
  { route: '/projects/sample-wir/fact-sheet', ready: (page) => expect(page.getByRole('region', { name: /^(Fact sheet text|Projekta apraksta teksts)$/ }).getByRole('heading', { level: 3 }).first()).toBeVisible() },
  { route: '/projects/sample-ttchan/annex', ready: (page) => expect(page.getByRole('table', { name: 'Budžets' })).toBeVisible() },
];
const screens = [...appScreens, portfolioReport, ...reportScreens];

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every violation on the page as it is now, one line each: rule, impact and where. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Both languages' names for a control, as one pattern. */
const either = (en: string, lv: string) => new RegExp(`^(${en}|${lv})$`);

type Opening = { name: string; route: string; open: (page: Page) => Promise<void> };

/** Each dialog (or view) that is not on a screen when it opens, and how to bring it up. */
const openings: Opening[] = [
  {
    name: 'the delete-project confirmation',
    route: '/projects/sample-wir',
    open: async (page) => {
      await page.getByRole('button', { name: either('Delete project', 'Dzēst projektu') }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the remove-sample-data confirmation',
    route: '/projects',
    open: async (page) => {
      await page.getByRole('complementary').getByRole('button', { name: either('Remove sample data', 'Dzēst parauga datus') }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the load-sample confirmation',
    route: '/settings',
    open: async (page) => {
      await page.getByRole('button', { name: either('Load the sample portfolio again', 'Vēlreiz ielādēt parauga portfeli') }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the leave-without-saving question',
    route: '/projects/sample-wir/edit',
    open: async (page) => {
      await page.getByRole('textbox', { name: either('Acronym', 'Akronīms') }).fill('WIR-draft');
      await page.getByRole('navigation').getByRole('link', { name: either('Partners', 'Partneri') }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the organisation edit dialog',
    route: '/partners',
    open: async (page) => {
      await page.getByRole('button', { name: /^(Edit|Labot:) Daugavpils City Council$/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the organisation merge dialog',
    route: '/partners',
    open: async (page) => {
      await page.getByRole('button', { name: /^(Merge Daugavpils City Council into another record|Apvienot “Daugavpils City Council” ar citu ierakstu)$/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the new-programme dialog',
    route: '/programmes',
    open: async (page) => {
      await page.getByRole('button', { name: /^\+ (New programme|Jauna programma)$/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the programme edit dialog',
    route: '/programmes',
    open: async (page) => {
      await page.getByRole('button', { name: /^(Edit|Labot:) / }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'a restore summary and its confirmation',
    route: '/backup',
    open: async (page) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /\(JSON\)$/ }).click()]);
      const text = await readFile(await download.path(), 'utf8');
      await page.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
      await page.getByRole('radio', { name: either('Merge', 'Apvienot') }).check();
      await page.getByRole('button', { name: either('Restore', 'Atjaunot'), exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'a refused backup file',
    route: '/backup',
    open: async (page) => {
      await page.locator('input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"broken": ') });
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'a council page read on the Import screen',
    route: '/import',
    open: async (page) => {
      const text = await readFile(new URL('../../src/domain/pageReader/fixtures/seeds/001-wir.txt', import.meta.url), 'utf8');
      await page.getByRole('textbox', { name: either('Page text', 'Lapas teksts') }).fill(text);
      await page.getByRole('button', { name: either('Read', 'Nolasīt') }).click();
      await expect(page.getByRole('region', { name: either('Partners', 'Partneri') }).getByRole('combobox').first()).toBeVisible();
    },
  },
  {
    name: 'every chart shown as a table',
    route: '/dashboard',
    open: async (page) => {
      const buttons = page.getByRole('button', { name: either('Show as table', 'Rādīt kā tabulu') });
      for (const button of await buttons.all()) if (await button.isEnabled()) await button.click();
      await expect(page.locator('.dashboard-table')).toHaveCount(await page.getByRole('button', { name: either('Show as table', 'Rādīt kā tabulu'), pressed: true }).count());
      await expect(page.locator('.dashboard-table').first()).toBeVisible();
    },
  },
];

for (const language of ['en', 'lv'] as const) {
  test.describe(`in ${language === 'en' ? 'English' : 'Latvian'}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
    });

    for (const screen of screens) {
      test(`${screen.route} has no accessibility violation`, async ({ page }) => {
        await page.goto(screen.route);
        await screen.ready(page);
        expect(await violations(page)).toEqual([]);
      });
    }

    for (const opening of openings) {
      test(`${opening.name} has no accessibility violation`, async ({ page }) => {
        const screen = screens.find((s) => s.route === opening.route);
        if (!screen) throw new Error(`no screen ${opening.route}`);
        await page.goto(opening.route);
        await screen.ready(page);
        await opening.open(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

// A phone-sized window, where tables are wider than the screen and scroll sideways; and the
// timeline grouped, with a heading per group.
test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 400, height: 800 } });
  const narrow: [string, string][] = [
    ['/dashboard', '/dashboard'],
    ['/projects/sample-wir', '/projects/sample-wir'],
    ['/projects/sample-decode', '/projects/sample-decode'],
    ['/timeline', '/timeline'],
    ['/timeline?group=status', '/timeline'],
    ['/events', '/events'],
    ['/projects/sample-ttchan/annex', '/projects/sample-ttchan/annex'],
    ['/dashboard/report', '/dashboard/report'],
  ];
  for (const language of ['en', 'lv'] as const) {
    for (const [route, screenRoute] of narrow) {
      test(`${route} has no accessibility violation (${language})`, async ({ page }) => {
        const screen = screens.find((s) => s.route === screenRoute);
        if (!screen) throw new Error(`no screen ${screenRoute}`);
        await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
        await page.goto(route);
        await screen.ready(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});

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
