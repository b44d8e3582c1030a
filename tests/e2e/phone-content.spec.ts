// Phones and tablets: the dashboard, a project's page and the timeline at phone widths (390 × 844,
// 360 × 740) and a tablet's (768 × 1024), in Latvian and in English. What a manager between two
// meetings gets: the figures first, charts whose labels are not cut, tables that scroll inside
// their box and never the page, and a timeline whose markers can be tapped.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { screens, seedTitles } from './helpers';

const phone = { width: 390, height: 844 };
const smallPhone = { width: 360, height: 740 };
const tablet = { width: 768, height: 1024 };

const ready = (route: string) => {
  const screen = screens.find((s) => s.route === route);
  if (!screen) throw new Error(`no screen ${route}`);
  return screen.ready;
};

async function open(page: Page, route: string, language: 'en' | 'lv', readyRoute = route): Promise<void> {
  await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
  await page.goto(route);
  await ready(readyRoute)(page);
}

/** The page itself never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
};

/** A scroll box's widths: what it holds and what it shows. */
const widths = (locator: Locator) => locator.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));

const words = {
  en: { eu: 'EU co-financing', council: 'Council co-financing', councilBudget: 'The council’s budgets', showTable: 'Show as table', partners: 'Partners' },
  lv: { eu: 'ES līdzfinansējums', council: 'Domes līdzfinansējums', councilBudget: 'Domes budžeti projektos', showTable: 'Rādīt kā tabulu', partners: 'Partneri' },
};

/** A figure card on the dashboard, by its label. */
const card = (page: Page, label: string) => page.locator('.figure-card').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });

for (const language of ['lv', 'en'] as const) {
  const w = words[language];

  test.describe(`a phone, ${language === 'lv' ? 'Latvian' : 'English'}`, () => {
    test.use({ viewport: phone, hasTouch: true, isMobile: true });

    test('the dashboard shows its figures first, two a row, with both co-financing figures on the first screen', async ({ page }) => {
      await open(page, '/dashboard', language);
      const eu = card(page, w.eu);
      const council = card(page, w.council);
      // Two a row: the EU co-financing card sits beside the council's budgets.
      expect(Math.round((await box(eu)).y)).toBe(Math.round((await box(card(page, w.councilBudget))).y));
      expect((await box(eu)).width).toBeLessThan(phone.width / 2);
      // The introduction gives way to the figures on a phone.
      await expect(page.locator('.dashboard-page > .hint')).toBeHidden();
      // Under the header, the sample notice and the Filters button, both figures end inside the
      // first 844 px.
      await expect(page.getByRole('complementary', { name: language === 'lv' ? 'Parauga dati' : 'Sample data' })).toBeVisible();
      for (const figure of [eu, council]) {
        const bottom = (await box(figure)).y + (await box(figure)).height;
        expect(bottom).toBeLessThanOrEqual(phone.height);
      }
      // Every card's label fits its card (long Latvian words included).
      for (const label of await page.locator('.figure-card dt').all()) {
        const { scroll, client } = await widths(label);
        expect(scroll, await label.textContent() ?? '').toBeLessThanOrEqual(client);
      }
      await expectNoSidewaysScroll(page);
    });

    test('the dashboard charts keep their axis labels and legends inside their cards', async ({ page }) => {
      await open(page, '/dashboard', language);
      for (const chart of await page.locator('section[data-chart]').all()) {
        await chart.scrollIntoViewIfNeeded();
        const svg = chart.locator('svg.recharts-surface').first();
        await expect(svg).toBeVisible();
        const frame = await box(svg);
        const ticks = await svg.locator('.recharts-cartesian-axis-tick text, text.recharts-cartesian-axis-tick-value').evaluateAll((texts) =>
          texts.map((t) => {
            const r = t.getBoundingClientRect();
            return { text: t.textContent ?? '', left: r.left, right: r.right, width: r.width };
          }),
        );
        expect(ticks.length).toBeGreaterThan(0);
        for (const tick of ticks.filter((t) => t.width > 0)) {
          expect(tick.left, tick.text).toBeGreaterThanOrEqual(frame.x - 1);
          expect(tick.right, tick.text).toBeLessThanOrEqual(frame.x + frame.width + 1);
        }
        const legend = await widths(chart.locator('.chart-legend'));
        expect(legend.scroll).toBeLessThanOrEqual(legend.client);
      }
      await expectNoSidewaysScroll(page);
    });

    test('a chart shown as a table scrolls sideways inside its card, not the page', async ({ page }) => {
      await open(page, '/dashboard', language);
      const chart = page.locator('section[data-chart]').first();
      await chart.getByRole('button', { name: w.showTable }).click();
      const title = (await chart.getByRole('heading', { level: 2 }).textContent()) ?? '';
      // The box is a named, focusable group once it scrolls, so the arrow keys move it too.
      const scroller = chart.getByRole('group', { name: title, exact: true });
      await expect(scroller).toHaveAttribute('tabindex', '0');
      const { scroll, client } = await widths(scroller);
      expect(scroll).toBeGreaterThan(client);
      const cardBox = await box(chart);
      expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(phone.width);
      await scroller.evaluate((el) => el.scrollBy({ left: 200 }));
      await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await expectNoSidewaysScroll(page);
    });

    test('a tap on a bar shows its figures on the screen, and a second tap opens its projects', async ({ page }) => {
      await open(page, '/dashboard', language);
      // The programmes chart: its rows' names are long, and so is its tooltip.
      const chart = page.locator('section[data-chart="programmes"]');
      await chart.scrollIntoViewIfNeeded();
      const bar = chart.locator('.recharts-bar-rectangle path').first();
      await expect(bar).toBeVisible();
      await bar.tap();
      const tooltip = chart.locator('.recharts-tooltip-wrapper');
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText('€');
      await expect(page).toHaveURL(/\/dashboard$/);
      // The tooltip stays on the screen, once it has glided to its place (recharts moves it with a
      // transition, so it is measured until it is there).
      await expect.poll(async () => (await box(tooltip)).x).toBeGreaterThanOrEqual(0);
      await expect.poll(async () => {
        const tip = await box(tooltip);
        return tip.x + tip.width;
      }).toBeLessThanOrEqual(phone.width);
      await expectNoSidewaysScroll(page);
      await bar.tap();
      await expect(page).toHaveURL(/\/projects\?/);
    });

    test('a project page starts with its title, status and key figures; its tables scroll inside their boxes', async ({ page }) => {
      const route = language === 'lv' ? '/projects/sample-wir' : '/projects/sample-decode';
      await open(page, route, language);
      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toContainText(language === 'lv' ? seedTitles.wir : seedTitles.decode);
      const figures = page.locator('.project-header dl.key-figures');
      await expect(figures).toBeVisible();
      await expect(figures.locator('dt')).toHaveText([language === 'lv' ? 'Īstenošanas termiņš' : 'Implementation period', w.eu, w.council]);
      await expect(figures.locator('dd').nth(1)).toHaveText(language === 'lv' ? /^9800,00\s€$/ : '€90,000.00');
      // The status badge and the figures come before the first section.
      const figuresBox = await box(figures);
      expect(figuresBox.y).toBeGreaterThan((await box(page.locator('.badges'))).y);
      expect(figuresBox.y).toBeLessThan((await box(page.getByRole('region', { name: language === 'lv' ? 'Pārskats' : 'Overview' }))).y);
      expect(figuresBox.y + figuresBox.height).toBeLessThanOrEqual(phone.height);
      // The partners' table holds five columns: it scrolls in its box.
      const partners = page.getByRole('region', { name: w.partners, exact: true }).getByRole('group', { name: w.partners, exact: true });
      const { scroll, client } = await widths(partners);
      expect(scroll).toBeGreaterThan(client);
      // No table box reaches past the screen.
      for (const wrap of await page.locator('.table-wrap').all()) {
        const b = await box(wrap);
        expect(b.x + b.width).toBeLessThanOrEqual(phone.width);
      }
      await expectNoSidewaysScroll(page);
    });

    test('the timeline keeps the time track in view, tappable markers and no accessibility violation', async ({ page }) => {
      await open(page, '/timeline', language);
      const chart = page.locator('.tl-portfolio .tl-scroll');
      const chartBox = await box(chart);
      const side = await box(page.locator('.tl-row[data-project] .tl-side').first());
      // The project column and the "no date" column leave most of the width to time.
      expect(side.width).toBeLessThan(chartBox.width * 0.7);
      const markers = page.locator('.tl-marker, .tl-more');
      expect(await markers.count()).toBeGreaterThan(0);
      for (const marker of await markers.all()) {
        if (!(await marker.isVisible())) continue;
        const b = await box(marker);
        expect(b.height).toBeGreaterThanOrEqual(24);
        expect(b.width).toBeGreaterThanOrEqual(24);
      }
      // One undated marker a row, then "+N more", whole (the column clips what does not fit).
      const tray = page.locator('.tl-row[data-project="sample-wir"] .tl-tray');
      await expect(tray.locator('.tl-marker')).toHaveCount(1);
      const trayBox = await box(tray);
      const moreBox = await box(tray.locator('.tl-more'));
      expect(moreBox.x + moreBox.width).toBeLessThanOrEqual(trayBox.x + trayBox.width);
      // The zoom and the moves along time fit the screen.
      for (const control of await page.locator('.tl-zoom button, .tl-nav button').all()) {
        const b = await box(control);
        expect(b.x + b.width).toBeLessThanOrEqual(phone.width);
      }
      await expectNoSidewaysScroll(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.map((p) => p.id)).toContain('target-size');
    });
  });
}

test.describe('a tablet', () => {
  test.use({ viewport: tablet, hasTouch: true });

  test('the timeline leaves most of its width to time, and every "+N more" fits its column', async ({ page }) => {
    await open(page, '/timeline', 'en');
    const chartBox = await box(page.locator('.tl-portfolio .tl-scroll'));
    const side = await box(page.locator('.tl-row[data-project] .tl-side').first());
    expect(side.width).toBeLessThan(chartBox.width * 0.5);
    // Three undated markers a row, then "+N more", whole (the column clips what does not fit).
    const tray = page.locator('.tl-row[data-project="sample-wir"] .tl-tray');
    await expect(tray.locator('.tl-marker')).toHaveCount(3);
    const more = tray.locator('.tl-more');
    await expect(more).toHaveText(/^\+\d+ more$/);
    const trayBox = await box(tray);
    const moreBox = await box(more);
    expect(moreBox.x + moreBox.width).toBeLessThanOrEqual(trayBox.x + trayBox.width);
    await expectNoSidewaysScroll(page);
  });
});

/** The screens that must never scroll sideways, and what shows they are drawn. */
const documents: { route: string; ready: (page: Page) => Promise<void> }[] = [
  { route: '/dashboard', ready: ready('/dashboard') },
  { route: '/projects/sample-wir', ready: ready('/projects/sample-wir') },
  { route: '/projects/sample-decode', ready: ready('/projects/sample-decode') },
  { route: '/timeline', ready: ready('/timeline') },
  { route: '/events', ready: ready('/events') },
  { route: '/projects/sample-wir/fact-sheet', ready: (page) => expect(page.getByRole('region', { name: /^(Fact sheet text|Projekta apraksta teksts)$/ }).getByRole('heading', { level: 3 }).first()).toBeVisible() },
  { route: '/projects/sample-ttchan/annex', ready: (page) => expect(page.getByRole('table', { name: 'Budžets' })).toBeVisible() },
  { route: '/dashboard/report', ready: (page) => expect(page.locator('[data-report-ready="true"]')).toBeAttached() },
];

for (const viewport of [smallPhone, phone, tablet]) {
  for (const language of ['lv', 'en'] as const) {
    test(`no screen scrolls sideways at ${viewport.width} px (${language})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport, hasTouch: true, isMobile: viewport.width < 600, locale: 'en-US' });
      const page = await context.newPage();
      await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
      try {
        for (const screen of documents) {
          await page.goto(screen.route);
          await screen.ready(page);
          const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
          expect(scrollWidth, screen.route).toBeLessThanOrEqual(width);
          // Headings and figure labels (long Latvian words) stay inside their boxes.
          const overflowing = await page.evaluate(() =>
            Array.from(document.querySelectorAll('main h1, main h2, .figure-card dt, .key-figures dt, .facts dt'))
              .filter((el) => !el.classList.contains('visually-hidden') && el.scrollWidth > el.clientWidth + 1)
              .map((el) => el.textContent),
          );
          expect(overflowing, screen.route).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  }
}
