// Cumulative layout shift (CLS) of every screen, on a first start (a fresh browser: the app
// writes the sample portfolio before it shows anything) and on a reload, against the
// production build. Whatever arrives after the first paint (the sample-data notice, the backup
// reminder, the list, its count line, the charts, the filters' options) must arrive in its place.
//
// The figure is the plain sum of every `layout-shift` entry not caused by recent input, from
// the first paint until the screen's content is there and two animation frames have passed.
// A plain sum is never below Lighthouse's CLS (the worst five-second session window of the same
// entries), so at most 0.1 here is at most 0.1 there.
import { expect, test, type Page } from '@playwright/test';
import { sampleNotice, screens } from './helpers';

const LIMIT = 0.1;

type Shift = { value: number; sources: string[] };
declare global {
  interface Window {
    __layoutShifts?: Shift[];
  }
}

/** Installed before any of the page's scripts, on every load (reloads included). */
function observeLayoutShifts(): void {
  window.__layoutShifts = [];
  const describe = (node: Node | null | undefined) =>
    node instanceof Element ? `${node.tagName.toLowerCase()}${node.className && typeof node.className === 'string' ? `.${node.className.trim().replace(/\s+/g, '.')}` : ''}` : String(node?.nodeName ?? '?');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
      if (entry.hadRecentInput) continue;
      window.__layoutShifts?.push({
        value: entry.value,
        sources: (entry.sources ?? []).map((s) => `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}, h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The sum so far, after two animation frames (a shift is reported with the frame that shows it). */
async function layoutShift(page: Page): Promise<{ sum: number; shifts: Shift[] }> {
  const shifts = await page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__layoutShifts ?? [])));
      }),
  );
  return { sum: shifts.reduce((total, shift) => total + shift.value, 0), shifts };
}

function expectStable(result: { sum: number; shifts: Shift[] }, what: string): void {
  // The figure, in the JSON report, for comparing builds.
  test.info().annotations.push({ type: 'layout shift', description: `${what}: ${result.sum.toFixed(4)}` });
  const detail = result.shifts.map((s) => `${s.value.toFixed(4)}: ${s.sources.join('; ')}`).join('\n');
  expect(result.sum, `layout shift of ${what}:\n${detail}`).toBeLessThanOrEqual(LIMIT);
}

for (const screen of screens) {
  test(`${screen.route} does not shift on a first start or on a reload`, async ({ page }) => {
    await page.addInitScript(observeLayoutShifts);
    await page.goto(screen.route);
    await screen.ready(page);
    await expect(sampleNotice(page)).toBeVisible();
    expectStable(await layoutShift(page), `${screen.route} on a first start`);

    await page.reload();
    await screen.ready(page);
    await expect(sampleNotice(page)).toBeVisible();
    expectStable(await layoutShift(page), `${screen.route} on a reload`);
  });
}

// A phone-sized window (Lighthouse's) in Latvian, the longer language: the header wraps onto
// several lines and the sample-data notice is tallest, so anything late moves the most.
test.describe('on a narrow screen in Latvian', () => {
  test.use({ viewport: { width: 412, height: 823 } });
  for (const screen of screens.filter((s) => ['/projects', '/dashboard', '/timeline'].includes(s.route))) {
    test(`${screen.route} does not shift on a first start or on a reload`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('eu-portfolio.language', 'lv'));
      await page.addInitScript(observeLayoutShifts);
      await page.goto(screen.route);
      await screen.ready(page);
      await expect(sampleNotice(page)).toBeVisible();
      expectStable(await layoutShift(page), `${screen.route} on a first start`);

      await page.reload();
      await screen.ready(page);
      await expect(sampleNotice(page)).toBeVisible();
      expectStable(await layoutShift(page), `${screen.route} on a reload`);
    });
  }
});

const projectsList = screens.find((s) => s.route === '/projects') ?? screens[0]!;

test('the backup reminder is in the header from the first frame', async ({ page }) => {
  // One change, then a reload 31 days later: the reminder is due.
  await page.goto('/projects/sample-wir/edit');
  await page.getByRole('textbox', { name: 'Acronym' }).fill('WIR 2');
  await page.getByRole('button', { name: 'Save project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^WIR 2/ })).toBeVisible();

  await page.clock.setFixedTime(Date.now() + 31 * 24 * 60 * 60 * 1000);
  await page.addInitScript(observeLayoutShifts);
  await page.goto('/projects');
  await projectsList.ready(page);
  await expect(page.getByRole('region', { name: 'Backup reminder' })).toBeVisible();
  expectStable(await layoutShift(page), '/projects with the backup reminder');
});
