// The timeline, a project's own timeline and the events list, on the seed portfolio, against
// the production build.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const chart = (page: Page) => page.getByRole('group', { name: 'Projects and mobility events over time' });
/** A marker's name has three parts; a bar's ("SOLID — 1 Jan 2018 – 15 Nov 2019") has two. */
const markersOf = (scope: Locator, project: string) => scope.getByRole('link', { name: new RegExp(`^${project} — [^—]+ — [^—]+$`) });

async function openTimeline(page: Page, query = '') {
  await page.goto(`/timeline${query}`);
  await expect(page.getByText(/^\d+ of \d+ projects$/)).toBeVisible();
  await expect(chart(page)).toBeVisible();
}

async function centres(locator: Locator): Promise<number[]> {
  const boxes = await locator.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()).map((r) => r.left + r.width / 2));
  return boxes;
}

/** A small RFC 5545 reader: unfold, split into VEVENTs of name → unescaped value. */
function parseIcs(text: string): Record<string, string>[] {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const physical = text.split('\r\n');
  expect(physical.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      if (current) events.push(current);
      current = null;
    } else if (current) {
      const match = /^([A-Z-]+)(;[^:]*)?:(.*)$/.exec(line);
      if (!match) throw new Error(`not a content line: ${line}`);
      current[match[1] ?? ''] = (match[3] ?? '').replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    }
  }
  return events;
}

async function downloadIcs(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export shown events (.ics)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mobility-events-\d{4}-\d{2}-\d{2}\.ics$/);
  return readFileSync(await download.path(), 'utf8');
}

test.describe('portfolio timeline', () => {
  test("SOLID's five events appear in order from March 2018 to October 2019", async ({ page }) => {
    await openTimeline(page);
    const solid = markersOf(chart(page), 'SOLID');
    await expect(solid).toHaveCount(5);
    const names = await solid.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')));
    expect(names).toEqual([
      'SOLID — Jette, Belgium — March 2018',
      'SOLID — Italy — October 2018',
      'SOLID — Spain — March 2019',
      'SOLID — Bulgaria — June 2019',
      'SOLID — Jette, Belgium — October 2019',
    ]);
    const xs = await centres(solid);
    for (let i = 1; i < xs.length; i += 1) expect(xs[i]).toBeGreaterThan(xs[i - 1] ?? Infinity);
    // All five lie on SOLID's bar (its period, 1 Jan 2018 – 15 Nov 2019).
    const bar = await chart(page).getByRole('link', { name: 'SOLID — 1 Jan 2018 – 15 Nov 2019' }).boundingBox();
    expect(bar).not.toBeNull();
    for (const x of xs) {
      expect(x).toBeGreaterThan(bar?.x ?? 0);
      expect(x).toBeLessThan((bar?.x ?? 0) + (bar?.width ?? 0));
    }
  });

  test('DeCoDe shows two hosted and three outgoing events, told apart by shape and colour', async ({ page }) => {
    await openTimeline(page);
    const decode = markersOf(chart(page), 'DeCoDe');
    await expect(decode).toHaveCount(5);
    const hosted = decode.and(page.locator('[data-direction="hosted"]'));
    const outgoing = decode.and(page.locator('[data-direction="outgoing"]'));
    await expect(hosted).toHaveCount(2);
    await expect(outgoing).toHaveCount(3);
    await expect(hosted.locator('svg[data-shape="house"]')).toHaveCount(2);
    await expect(outgoing.locator('svg[data-shape="arrow"]')).toHaveCount(3);
    const colour = (l: Locator) => l.first().locator('svg').evaluate((svg) => getComputedStyle(svg).fill);
    expect(await colour(hosted)).not.toBe(await colour(outgoing));
    await expect(chart(page).getByRole('link', { name: 'DeCoDe — Palermo, Italy — February 2019' })).toBeVisible();
    expect(await hosted.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')))).toEqual([
      'DeCoDe — Daugavpils, Latvia — May 2018',
      'DeCoDe — Daugavpils, Latvia — November 2019',
    ]);
  });

  test("TTChan's single hosted event spans 8–12 November 2018", async ({ page }) => {
    await openTimeline(page, '?zoom=month&from=2018-10&to=2018-12');
    const ttchan = markersOf(chart(page), 'TTChan');
    await expect(ttchan).toHaveCount(1);
    await expect(ttchan).toHaveAttribute('aria-label', /^TTChan — Daugavpils, Latvia — 8\s*–\s*12 Nov 2018$/);
    await expect(ttchan).toHaveAttribute('data-direction', 'hosted');
    await expect(ttchan).toHaveAttribute('data-precision', 'day');
    // At month zoom a month is 120 px: five days are 5 × 120 / 30.44 ≈ 19.7 px, exactly the
    // project's own period (8–12 November), so marker and bar are drawn over the same pixels.
    const barLink = chart(page).getByRole('link', { name: 'TTChan — 8 Nov 2018 – 12 Nov 2018' });
    const marker = await ttchan.locator('.tl-mark').boundingBox();
    const bar = await barLink.locator('.tl-bar-line').boundingBox();
    expect(marker?.width).toBeCloseTo((5 * 120) / 30.436875, 0);
    expect(marker?.x).toBeCloseTo(bar?.x ?? 0, 0);
    expect(marker?.width).toBeCloseTo(bar?.width ?? 0, 0);
    // Their links are larger than the drawing, 24 × 24 px at least (WCAG 2.5.8), around it.
    for (const link of [ttchan, barLink]) {
      const box = await link.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(24);
      expect(box?.height).toBeGreaterThanOrEqual(24);
      expect((box?.x ?? 0) + (box?.width ?? 0) / 2).toBeCloseTo((marker?.x ?? 0) + (marker?.width ?? 0) / 2, 0);
    }
  });

  test('zooms between years, quarters and months, and moves along time', async ({ page }) => {
    await openTimeline(page);
    const bar = chart(page).getByRole('link', { name: 'SOLID — 1 Jan 2018 – 15 Nov 2019' });
    const yearWidth = (await bar.boundingBox())?.width ?? 0;
    await page.getByRole('button', { name: 'Quarters' }).click();
    await expect(page).toHaveURL(/zoom=quarter/);
    await expect(page.getByRole('button', { name: 'Quarters' })).toHaveAttribute('aria-pressed', 'true');
    expect(((await bar.boundingBox())?.width ?? 0) / yearWidth).toBeCloseTo(2.5, 1);
    await page.getByRole('button', { name: 'Months' }).click();
    expect(((await bar.boundingBox())?.width ?? 0) / yearWidth).toBeCloseTo(6, 1);
    await expect(page.locator('.tl-tick-fine').filter({ hasText: /^March$/ }).first()).toBeVisible();

    // Choose a range, then move it one month at a time.
    await page.getByLabel('From (month)').fill('2019-01');
    await page.getByLabel('To (month)').fill('2019-03');
    await expect(page).toHaveURL(/from=2019-01&to=2019-03/);
    await expect(markersOf(chart(page), 'SOLID')).toHaveCount(1); // only March 2019
    await page.getByRole('button', { name: 'Later →' }).click();
    await expect(page.getByLabel('From (month)')).toHaveValue('2019-02');
    await expect(page.getByLabel('To (month)')).toHaveValue('2019-04');
    await page.getByRole('button', { name: '← Earlier' }).click();
    await page.getByRole('button', { name: '← Earlier' }).click();
    await expect(page.getByLabel('From (month)')).toHaveValue('2018-12');
    await page.getByRole('button', { name: 'Whole portfolio' }).click();
    await expect(page).not.toHaveURL(/from=/);
    await expect(markersOf(chart(page), 'SOLID')).toHaveCount(5);
  });

  test('bars and markers are reached by keyboard; hover or focus shows the event; Enter opens the project at that event', async ({ page }) => {
    await openTimeline(page);
    // Tab from the last control of the toolbar lands on the chart's first item.
    await page.getByRole('button', { name: 'Today' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^WIR — /);

    await chart(page).getByRole('link', { name: 'SOLID — 1 Jan 2018 – 15 Nov 2019' }).focus();
    await page.keyboard.press('ArrowRight');
    const kickOff = chart(page).getByRole('link', { name: 'SOLID — Jette, Belgium — March 2018' });
    await expect(kickOff).toBeFocused();
    const outline = await kickOff.evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(outline).not.toBe('none');
    const tip = page.locator('.tl-tip');
    await expect(tip).toContainText('project kick-off meeting');
    await expect(tip).toContainText('Jette, Belgium');
    await expect(tip).toContainText('March 2018');
    await expect(tip).toContainText('Representatives sent: 3');

    // Down to the next project (DeCoDe): the item nearest in time, its kick-off in May 2018.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'DeCoDe — Daugavpils, Latvia — May 2018');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const palermo = chart(page).getByRole('link', { name: 'DeCoDe — Palermo, Italy — February 2019' });
    await expect(palermo).toBeFocused();
    await expect(tip).toContainText('Youth depopulation');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/projects\/sample-decode#event-sample-decode-e3$/);
    await expect(page.locator('#event-sample-decode-e3')).toBeFocused();
    await expect(page.locator('#event-sample-decode-e3')).toBeInViewport();
  });

  test('hovering a marker shows the event; a click opens the project at that event', async ({ page }) => {
    await openTimeline(page);
    const marker = chart(page).getByRole('link', { name: 'SOLID — Bulgaria — June 2019' });
    await marker.hover();
    await expect(page.locator('.tl-tip')).toContainText('Representatives sent: 6');
    await marker.click();
    await expect(page).toHaveURL(/\/projects\/sample-solid#event-sample-solid-e4$/);
    await expect(page.locator('#event-sample-solid-e4')).toBeFocused();
  });

  test('a URL with impossible months opens the whole portfolio and drops them from the address', async ({ page }) => {
    for (const [from, to] of [
      ['2024-02-30', '2024-03'],
      ['2024-13-01', '2025-01'],
      ['2024-13', '2025-01'],
      ['9999-99-99', '9999-12'],
      ['0000-01', '0099-12'],
    ]) {
      await openTimeline(page, `?zoom=month&role=lead&from=${from}&to=${to}`);
      await expect(page.getByText('2 of 5 projects')).toBeVisible();
      // The default range at month zoom: the lead projects' first to last month.
      await expect(page.getByLabel('From (month)')).toHaveValue('2018-03');
      await expect(page.getByLabel('To (month)')).toHaveValue('2020-02');
      await expect(page).toHaveURL(/\/timeline\?role=lead&zoom=month$/);
    }
  });

  test('shares its filters with the projects list, and groups rows', async ({ page }) => {
    await openTimeline(page, '?role=lead');
    await expect(page.getByText('2 of 5 projects')).toBeVisible();
    await expect(page.getByLabel('Council role')).toHaveValue('lead');
    await expect(markersOf(chart(page), 'SOLID')).toHaveCount(0);
    await page.getByLabel('Group by').selectOption('status');
    await expect(page).toHaveURL(/role=lead.*group=status|group=status.*role=lead/);
    await expect(chart(page).getByRole('heading', { name: 'Completed · projects: 2' })).toBeVisible();
    await page.getByRole('link', { name: 'Show these projects as a list' }).click();
    await expect(page).toHaveURL(/\/projects\?role=lead$/);
    await expect(page.getByText('2 of 5 projects')).toBeVisible();
  });
});

test.describe("a project's own timeline", () => {
  test("SOLID's page shows its period and five events in order; a marker focuses the event's row", async ({ page }) => {
    await page.goto('/projects/sample-solid');
    const region = page.getByRole('region', { name: 'Timeline', exact: true });
    await expect(region).toBeVisible();
    await expect(region.locator('ol li a')).toHaveText(['March 2018', 'October 2018', 'March 2019', 'June 2019', 'October 2019']);
    const own = region.getByRole('group', { name: 'SOLID: The project’s period and events' });
    const markers = markersOf(own, 'SOLID');
    await expect(markers).toHaveCount(5);
    const xs = await centres(markers);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    await markers.nth(2).click();
    await expect(page).toHaveURL(/#event-sample-solid-e3$/);
    await expect(page.locator('#event-sample-solid-e3')).toBeFocused();
  });

  test("TTChan's page shows its hosted event over 8–12 November 2018", async ({ page }) => {
    await page.goto('/projects/sample-ttchan');
    const own = page.getByRole('group', { name: 'TTChan: The project’s period and events' });
    const marker = markersOf(own, 'TTChan');
    await expect(marker).toHaveAttribute('aria-label', /^TTChan — Daugavpils, Latvia — 8\s*–\s*12 Nov 2018$/);
    await expect(marker.locator('svg[data-shape="house"]')).toHaveCount(1);
    const bar = own.getByRole('link', { name: 'TTChan — 8 Nov 2018 – 12 Nov 2018' }).locator('.tl-bar-line');
    // The marker spans the event's days exactly as the bar does, once the layout has settled
    // (measured again until it has: a first measure can come before the timeline's width is known).
    await expect
      .poll(async () => {
        const [a, b] = await Promise.all([marker.locator('.tl-mark').boundingBox(), bar.boundingBox()]);
        return a && b ? { left: Math.round(a.x - b.x) + 0, width: Math.round(a.width - b.width) + 0 } : null;
      })
      .toEqual({ left: 0, width: 0 });
  });
});

test.describe('events list', () => {
  const table = (page: Page) => page.getByRole('table', { name: 'Mobility events' });
  const rows = (page: Page) => table(page).locator('tbody tr:not([aria-hidden])');

  test('lists every event, latest first when none is upcoming, with totals of what is shown', async ({ page }) => {
    await page.goto('/events');
    await expect(page.getByText('Shown: 28 events (9 hosted, 19 outgoing); 16 representatives sent; 23 events without a head count (not counted as 0)')).toBeVisible();
    await expect(rows(page).first()).toContainText('November 2019');
    await expect(rows(page).first()).toContainText('DeCoDe');
    await page.getByLabel('Project').selectOption({ label: 'DeCoDe' });
    await expect(page.getByText(/^Shown: 5 events \(2 hosted, 3 outgoing\)/)).toBeVisible();
    await expect(rows(page).locator('td:nth-child(6)')).toHaveText([/Hosted/, /Outgoing/, /Outgoing/, /Outgoing/, /Hosted/]);
    await page.getByLabel('Order').selectOption('date');
    await expect(rows(page).locator('td:first-child')).toHaveText(['May 2018', 'September 2018', 'February 2019', 'May 2019', 'November 2019']);
    await expect(page).toHaveURL(/project=sample-decode/);
    await page.getByLabel('Outgoing or hosted').selectOption('hosted');
    await page.getByLabel('Project').selectOption('');
    await page.getByLabel('Year').selectOption('2018');
    await expect(rows(page).locator('td:first-child')).toHaveText(['May 2018', /8\s*–\s*12 Nov 2018/]);
    await expect(page.getByText(/^Shown: 2 events \(2 hosted, 0 outgoing\)/)).toBeVisible();
  });

  test('filters chosen in quick succession all apply, each onto the one before', async ({ page }) => {
    await page.goto('/events?project=sample-decode&sort=date');
    await expect(page.getByText(/^Shown: 5 events/)).toBeVisible();
    // Three choices in three consecutive tasks, faster than a person but as a quick one may
    // come: each must start from the one before, whether or not the screen has redrawn yet.
    await page.evaluate(async () => {
      const choose = (label: string, value: string) => {
        const field = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
        const select = document.getElementById(field?.htmlFor ?? '');
        if (!(select instanceof HTMLSelectElement)) throw new Error(`No select labelled ${label}`);
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
      choose('Outgoing or hosted', 'hosted');
      await nextTask();
      choose('Project', '');
      await nextTask();
      choose('Year', '2018');
    });
    await expect(page).toHaveURL(/\/events\?year=2018&direction=hosted&sort=date$/);
    await expect(rows(page).locator('td:first-child')).toHaveText(['May 2018', /8\s*–\s*12 Nov 2018/]);
  });

  test('a column header sorts by that column, a second click reverses it, unknown values last', async ({ page }) => {
    await page.goto('/events?project=sample-decode');
    await expect(page.getByText(/^Shown: 5 events/)).toBeVisible();
    const header = (name: RegExp) => table(page).getByRole('columnheader', { name });
    await header(/Host city/).getByRole('button').click();
    await expect(header(/Host city/)).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=city/);
    const cities = () => rows(page).locator('td:nth-child(4)').allTextContents();
    const ascending = await cities();
    const known = ascending.filter((c) => c !== '—');
    expect(known).toEqual([...known].sort((a, b) => a.localeCompare(b, 'en')));
    expect(ascending.slice(known.length).every((c) => c === '—')).toBe(true);
    await header(/Host city/).getByRole('button').click();
    await expect(header(/Host city/)).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(cities).toEqual([...known].reverse().concat(ascending.slice(known.length)));
    await expect(page.getByLabel('Order')).toHaveValue('-city');
    await header(/Date/).getByRole('button').click();
    await expect(rows(page).locator('td:first-child')).toHaveText(['May 2018', 'September 2018', 'February 2019', 'May 2019', 'November 2019']);
  });

  test('a URL with a year or project no filter can have shows every event and drops them from the address', async ({ page }) => {
    await page.goto(`/events?year=9999&project=${'x'.repeat(5_000)}&direction=hosted`);
    await expect(page.getByText(/^Shown: 9 events \(9 hosted, 0 outgoing\)/)).toBeVisible();
    await expect(page.getByLabel('Year')).toHaveValue('');
    await expect(page.getByLabel('Project')).toHaveValue('');
    await expect(page).toHaveURL(/\/events\?direction=hosted$/);
  });

  test('the .ics file parses and holds the events shown', async ({ page }) => {
    await page.goto('/events?year=2019');
    await expect(page.getByText(/^Shown: 6 events/)).toBeVisible();
    const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
    expect(shown).toHaveLength(6);
    const events = parseIcs(await downloadIcs(page));
    expect(events).toHaveLength(6);
    const monthNumber = (name: string) => String(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].indexOf(name) + 1).padStart(2, '0');
    events.forEach((event, i) => {
      const [date = '', project = '', title = '', city = '', country = '', direction = '', representatives = ''] = shown[i] ?? [];
      const [month = '', year = ''] = date.split(' ');
      expect(event.DTSTART).toBe(`${year}${monthNumber(month)}01`); // month precision: the whole month
      expect(event.SUMMARY).toBe(`${project} — ${title}`);
      expect(event.LOCATION).toBe([city, country].filter((p) => p !== '—').join(', '));
      expect(event.CATEGORIES).toBe(direction);
      expect(event.DESCRIPTION).toContain(`Only the month is known (${date})`);
      if (representatives !== '—') expect(event.DESCRIPTION).toContain(`Representatives sent: ${representatives}`);
    });
    expect(events.map((e) => e.DTEND)).toEqual(['20191201', '20191101', '20190701', '20190601', '20190401', '20190301']);
  });

  test("TTChan's days go to the calendar as 8–12 November; undated events are left out", async ({ page }) => {
    await page.goto('/events');
    await expect(page.getByText(/^Shown: 28 events/)).toBeVisible();
    await expect(page.getByText(/left out \(17 of those shown\)/)).toBeVisible();
    const events = parseIcs(await downloadIcs(page));
    expect(events).toHaveLength(11);
    const ttchan = events.find((e) => e.SUMMARY === 'TTChan — international meeting');
    expect(ttchan).toMatchObject({ DTSTART: '20181108', DTEND: '20181113', LOCATION: 'Daugavpils, Latvia', CATEGORIES: 'Hosted' });
    expect(ttchan?.UID).toBe('sample-ttchan/sample-ttchan-e1@eu-projects-portfolio');
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    await expect(page.getByText(/11 events exported to mobility-events-/)).toBeVisible();
  });
});

for (const language of ['en', 'lv'] as const) {
  for (const route of ['/timeline', '/timeline?zoom=month&group=programme', '/events', '/projects/sample-decode', '/projects/sample-wir']) {
    test(`${route} has no serious or critical accessibility violation (${language})`, async ({ page }) => {
      await page.addInitScript((lang) => localStorage.setItem('eu-portfolio.language', lang), language);
      await page.goto(route);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.tl-row, .events-table tbody tr').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
