// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samplePortfolio } from './sample';
import { projectOverview } from './overview';
import type { Project } from './schema';
import { makeEvent, makeProject } from '../test/factories';
import {
  addMonths,
  allEvents,
  buildTimelineRows,
  dataExtent,
  dayNumber,
  defaultEventQuery,
  defaultRange,
  eventTotals,
  fitScale,
  monthsInRange,
  parseEventQuery,
  parseTimelineView,
  projectRow,
  queryEvents,
  nextEventSort,
  withFullRecords,
  eventSortColumn,
  type EventSort,
  type EventSortText,
  scaleForZoom,
  serializeEventQuery,
  shiftRange,
  snapRange,
  spanOf,
  tickUnitFor,
  ticks,
  withTimelineView,
  xOfDay,
} from './timeline';

const seed = (id: string): Project => {
  const project = samplePortfolio.projects.find((p) => p.id === id);
  if (!project) throw new Error(`no seed ${id}`);
  return project;
};

const event = makeEvent;

// One month at month zoom is 120 px; an average month is 365.2425 / 12 = 30.436875 days.
const MONTH_ZOOM_PX_PER_DAY = 120 / 30.436875; // 3.94259…
const YEAR_ZOOM_PX_PER_DAY = 20 / 30.436875; // 0.65709…

describe('days and months', () => {
  it('counts days in UTC and moves months across years', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2018-03-01') - dayNumber('2018-01-01')).toBe(59);
    expect(addMonths('2018-11', 3)).toBe('2019-02');
    expect(addMonths('2018-01', -1)).toBe('2017-12');
  });
});

describe('rows and markers', () => {
  it("places SOLID's five month-precision events in order, March 2018 to October 2019, each spanning its month", () => {
    const row = projectRow(seed('sample-solid'));
    expect(row.markers.map((m) => [m.start, m.end])).toEqual([
      ['2018-03-01', '2018-03-31'],
      ['2018-10-01', '2018-10-31'],
      ['2019-03-01', '2019-03-31'],
      ['2019-06-01', '2019-06-30'],
      ['2019-10-01', '2019-10-31'],
    ]);
    expect(row.markers.every((m) => m.precision === 'month' && m.direction === 'outgoing' && m.withinPeriod === true)).toBe(true);
    expect(row.undated).toEqual([]);
    expect(row.period).toEqual({ start: '2018-01-01', end: '2019-11-15' });
  });

  it('tells DeCoDe’s two hosted events from its three outgoing ones', () => {
    const row = projectRow(seed('sample-decode'));
    expect(row.markers.map((m) => m.direction)).toEqual(['hosted', 'outgoing', 'outgoing', 'outgoing', 'hosted']);
  });

  it('keeps TTChan’s exact days, 8–12 November 2018', () => {
    const [marker] = projectRow(seed('sample-ttchan')).markers;
    expect(marker).toMatchObject({ precision: 'day', start: '2018-11-08', end: '2018-11-12', direction: 'hosted' });
  });

  it('lists events with no date beside the row instead of placing them on a made-up date', () => {
    const row = projectRow(seed('sample-our-cities-pairing'));
    expect(row.markers).toEqual([]);
    expect(row.undated.map((e) => e.direction)).toEqual(['hosted', 'hosted', 'hosted', 'hosted', 'hosted', 'outgoing', 'outgoing', 'outgoing']);
    expect(projectRow(seed('sample-wir')).undated).toHaveLength(9);
  });

  it('flags events dated outside the project’s period, and cannot tell when the period is unknown', () => {
    const project = makeProject({
      period: { start: '2019-01-15', end: '2020-01-15', lengthMonths: null },
      events: [
        event({ id: 'before', date: { precision: 'month', month: '2018-12' } }),
        event({ id: 'overlaps', date: { precision: 'month', month: '2019-01' } }),
        event({ id: 'after', date: { precision: 'day', start: '2020-02-01', end: '2020-02-02' } }),
      ],
    });
    const row = projectRow(project);
    expect(row.markers.map((m) => [m.event.id, m.withinPeriod])).toEqual([
      ['before', false],
      ['overlaps', true],
      ['after', false],
    ]);
    const open = projectRow({ ...project, period: { start: null, end: null, lengthMonths: null } });
    expect(open.markers.map((m) => m.withinPeriod)).toEqual([null, null, null]);
  });

  it('orders events on the same date by their order number, a month before the days inside it', () => {
    const row = projectRow(
      makeProject({
        events: [
          event({ id: 'b', order: 2, date: { precision: 'day', start: '2019-05-01', end: '2019-05-01' } }),
          event({ id: 'c', order: 3, date: { precision: 'month', month: '2019-05' } }),
          event({ id: 'a', order: 1, date: { precision: 'day', start: '2019-05-01', end: '2019-05-02' } }),
        ],
      }),
    );
    expect(row.markers.map((m) => m.event.id)).toEqual(['c', 'a', 'b']);
  });

  it('groups by role, status or programme, with a header row per group', () => {
    const projects = samplePortfolio.projects;
    const byRole = buildTimelineRows(projects, { groupBy: 'role', today: '2026-01-01' });
    expect(byRole.map((r) => (r.kind === 'group' ? `# ${r.value} (${r.count})` : r.project.id))).toEqual([
      '# lead (2)',
      ...projects.filter((p) => p.councilRole === 'lead').map((p) => p.id),
      '# partner (3)',
      ...projects.filter((p) => p.councilRole === 'partner').map((p) => p.id),
    ]);
    const byStatus = buildTimelineRows(projects, { groupBy: 'status', today: '2019-06-01' });
    // On 1 June 2019: SOLID, WIR, OCP and DeCoDe are ongoing; TTChan (November 2018) is over.
    expect(byStatus.filter((r) => r.kind === 'group').map((r) => r.kind === 'group' && `${r.value}:${r.count}`)).toEqual(['ongoing:4', 'completed:1']);
    const byProgramme = buildTimelineRows(projects, { groupBy: 'programme', today: '2026-01-01' });
    expect(byProgramme.filter((r) => r.kind === 'group')).toHaveLength(new Set(projects.map((p) => p.programmeId)).size);
    expect(buildTimelineRows(projects, { groupBy: 'none', today: '2026-01-01' })).toHaveLength(5);
  });
});

describe('scales and positions', () => {
  it('puts a day at (days since the range start) × px per day, at each zoom', () => {
    const year = scaleForZoom({ from: '2018-01', to: '2018-12' }, 'year');
    expect(year.pxPerDay).toBeCloseTo(YEAR_ZOOM_PX_PER_DAY, 10);
    expect(year.width).toBeCloseTo(365 * YEAR_ZOOM_PX_PER_DAY, 6); // ≈ 239.8 px for a year
    expect(xOfDay(year, '2018-01-01')).toBe(0);
    expect(xOfDay(year, '2018-03-01')).toBeCloseTo(59 * YEAR_ZOOM_PX_PER_DAY, 6);
    const quarter = scaleForZoom({ from: '2018-01', to: '2018-12' }, 'quarter');
    expect(quarter.width).toBeCloseTo((365 * 50) / 30.436875, 6); // ≈ 599.6 px
    const month = scaleForZoom({ from: '2018-11', to: '2018-11' }, 'month');
    expect(month.width).toBeCloseTo(30 * MONTH_ZOOM_PX_PER_DAY, 6); // ≈ 118.3 px
  });

  it('spans a month-precision event over its month and an exact event over its days', () => {
    const scale = scaleForZoom({ from: '2018-01', to: '2019-12' }, 'month');
    const march = spanOf(scale, '2018-03-01', '2018-03-31');
    expect(march?.x).toBeCloseTo(59 * MONTH_ZOOM_PX_PER_DAY, 6);
    expect(march?.width).toBeCloseTo(31 * MONTH_ZOOM_PX_PER_DAY, 6); // ≈ 122.2 px
    const ttchan = spanOf(scale, '2018-11-08', '2018-11-12');
    expect(ttchan?.x).toBeCloseTo((dayNumber('2018-11-08') - dayNumber('2018-01-01')) * MONTH_ZOOM_PX_PER_DAY, 6);
    expect(ttchan?.width).toBeCloseTo(5 * MONTH_ZOOM_PX_PER_DAY, 6); // ≈ 19.7 px
  });

  it('keeps a short event visible at a coarse zoom with a minimum width, centred on its days', () => {
    const scale = scaleForZoom({ from: '2018-01', to: '2018-12' }, 'year');
    const oneDay = spanOf(scale, '2018-07-01', '2018-07-01', 12);
    const centre = (dayNumber('2018-07-01') - dayNumber('2018-01-01') + 0.5) * YEAR_ZOOM_PX_PER_DAY;
    expect(oneDay?.width).toBe(12);
    expect((oneDay?.x ?? 0) + 6).toBeCloseTo(centre, 6);
  });

  it('cuts spans to the shown range and drops what lies wholly outside it', () => {
    const scale = scaleForZoom({ from: '2019-01', to: '2019-06' }, 'quarter');
    expect(spanOf(scale, '2018-03-01', '2018-03-31')).toBeNull();
    expect(spanOf(scale, '2019-07-01', '2019-07-31')).toBeNull();
    const solidPeriod = spanOf(scale, '2018-01-01', '2019-11-15');
    expect(solidPeriod).toMatchObject({ x: 0, clippedStart: true, clippedEnd: true });
    expect(solidPeriod?.width).toBeCloseTo(scale.width, 6);
    const partly = spanOf(scale, '2018-12-20', '2019-01-10');
    expect(partly).toMatchObject({ x: 0, clippedStart: true, clippedEnd: false });
    expect(partly?.width).toBeCloseTo(10 * scale.pxPerDay, 6);
  });

  it('draws axis ticks per year, quarter or month, the first one cut at the range start', () => {
    const scale = scaleForZoom({ from: '2018-02', to: '2018-07' }, 'quarter');
    const quarters = ticks(scale, 'quarter');
    expect(quarters.map((t) => `${t.year} Q${t.index}`)).toEqual(['2018 Q1', '2018 Q2', '2018 Q3']);
    expect(quarters[0]?.x).toBe(0);
    expect(quarters[0]?.width).toBeCloseTo((28 + 31) * scale.pxPerDay, 6);
    expect(ticks(scale, 'month')).toHaveLength(6);
    expect(ticks(scale, 'year').map((t) => t.key)).toEqual(['2018-01']);
  });

  it('picks tick units that stay readable, and fits a range into a width', () => {
    expect(tickUnitFor(scaleForZoom({ from: '2018-01', to: '2018-12' }, 'year'))).toBe('year');
    expect(tickUnitFor(scaleForZoom({ from: '2018-01', to: '2018-12' }, 'quarter'))).toBe('quarter');
    expect(tickUnitFor(scaleForZoom({ from: '2018-01', to: '2018-12' }, 'month'))).toBe('month');
    const fitted = fitScale({ from: '2018-01', to: '2019-12' }, 730);
    expect(fitted.width).toBeCloseTo(730, 6); // 730 days in 2018–2019: one px per day
    expect(fitted.pxPerDay).toBeCloseTo(1, 10);
  });

  it('opens on the data’s extent snapped to the zoom, and moves by a zoom step', () => {
    const rows = buildTimelineRows(samplePortfolio.projects, { groupBy: 'none', today: '2026-01-01' });
    // WIR starts 16 Oct 2017; DeCoDe ends 1 Feb 2020.
    expect(dataExtent(rows)).toEqual({ from: '2017-10', to: '2020-02' });
    expect(defaultRange(rows, 'year', '2026-01-01')).toEqual({ from: '2017-01', to: '2020-12' });
    expect(defaultRange(rows, 'quarter', '2026-01-01')).toEqual({ from: '2017-10', to: '2020-03' });
    expect(defaultRange([], 'month', '2026-05-17')).toEqual({ from: '2026-05', to: '2026-05' });
    expect(snapRange({ from: '2018-05', to: '2018-08' }, 'quarter')).toEqual({ from: '2018-04', to: '2018-09' });
    expect(monthsInRange({ from: '2017-10', to: '2020-03' })).toBe(30);
    expect(shiftRange({ from: '2018-01', to: '2018-12' }, 'year', -1)).toEqual({ from: '2017-01', to: '2017-12' });
    expect(shiftRange({ from: '2018-01', to: '2018-03' }, 'quarter', 1)).toEqual({ from: '2018-04', to: '2018-06' });
  });

  it('reads its view from the URL and keeps the list’s filters beside it', () => {
    const params = new URLSearchParams('role=lead&zoom=month&group=programme&from=2018-01&to=2019-06');
    expect(parseTimelineView(params)).toEqual({ zoom: 'month', groupBy: 'programme', range: { from: '2018-01', to: '2019-06' } });
    expect(parseTimelineView(new URLSearchParams('zoom=decade&group=x&from=2019-06&to=2018-01'))).toEqual({ zoom: 'year', groupBy: 'none', range: null });
    const written = withTimelineView(new URLSearchParams('role=lead'), { zoom: 'quarter', groupBy: 'none', range: null });
    expect(written.toString()).toBe('role=lead&zoom=quarter');
  });

  it('opens the default range when either end of the URL’s range is not a real month in range', () => {
    const ranges: [string, string][] = [
      ['2024-13', '2025-01'],
      ['2024-00', '2025-01'],
      ['2024-02-30', '2024-03'],
      ['2024-01', '2024-13-01'],
      ['9999-99-99', '2024-01'],
      ['2024-01', '9999-12'],
      // Years before 1950 are refused too: Date.UTC reads years 0–99 as 1900–1999.
      ['0000-01', '0099-12'],
      ['1949-12', '2024-01'],
    ];
    for (const [from, to] of ranges) {
      expect(parseTimelineView(new URLSearchParams({ zoom: 'month', from, to })), `${from} ${to}`).toEqual({ zoom: 'month', groupBy: 'none', range: null });
    }
    expect(parseTimelineView(new URLSearchParams('from=1950-01&to=2150-12')).range).toEqual({ from: '1950-01', to: '2150-12' });
    expect(parseTimelineView(new URLSearchParams('from=1950-01&to=2151-01')).range).toBeNull();
  });
});

describe('the events list', () => {
  const items = allEvents(samplePortfolio.projects);

  it('holds all 28 events of the seeds, with totals that never count an unknown head count as 0', () => {
    expect(items).toHaveLength(28);
    expect(eventTotals(items)).toEqual({ events: 28, hosted: 9, outgoing: 19, representatives: 16, withoutHeadCount: 23, undated: 17 });
  });

  it('filters by year, country, project and direction', () => {
    const q = (patch: Partial<typeof defaultEventQuery>) => queryEvents(items, { ...defaultEventQuery, ...patch }, '2026-01-01');
    expect(q({ year: 2019 }).map((i) => i.event.date.precision === 'month' && i.event.date.month).sort()).toEqual([
      '2019-02', '2019-03', '2019-05', '2019-06', '2019-10', '2019-11',
    ]);
    expect(q({ country: 'IT' }).map((i) => i.event.id).sort()).toEqual(['sample-decode-e3', 'sample-solid-e2']);
    const decode = q({ projectId: 'sample-decode' });
    expect(eventTotals(decode)).toMatchObject({ events: 5, hosted: 2, outgoing: 3 });
    expect(q({ direction: 'hosted', projectId: 'sample-ttchan' }).map((i) => i.event.id)).toEqual(['sample-ttchan-e1']);
  });

  it('shows upcoming events first (soonest first), then past ones (latest first), undated last', () => {
    const sorted = queryEvents(items, { ...defaultEventQuery, projectId: 'sample-decode' }, '2019-03-15');
    expect(sorted.map((i) => i.event.id)).toEqual(['sample-decode-e4', 'sample-decode-e5', 'sample-decode-e3', 'sample-decode-e2', 'sample-decode-e1']);
    const oldest = queryEvents(items, { ...defaultEventQuery, sort: 'date' }, '2019-03-15');
    expect(oldest[0]?.event.id).toBe('sample-solid-e1');
    expect(oldest.slice(11).every((i) => i.event.date.precision === 'unknown')).toBe(true);
    const newest = queryEvents(items, { ...defaultEventQuery, sort: '-date' }, '2019-03-15');
    expect(newest[0]?.event.id).toBe('sample-decode-e5');
  });

  it('sorts by a column both ways, events without the value last either way', () => {
    const decode = { ...defaultEventQuery, projectId: 'sample-decode' };
    const cities = (sort: EventSort) => queryEvents(items, { ...decode, sort }, '2019-03-15').map((i) => i.event.hostCity);
    const ascending = cities('city');
    expect(ascending).toEqual([...ascending].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0)));
    expect(cities('-city').filter((c) => c !== null)).toEqual(ascending.filter((c) => c !== null).reverse());

    const heads = (sort: EventSort) => queryEvents(items, { ...defaultEventQuery, sort }, '2026-01-01').map((i) => i.event.representatives);
    const known = heads('representatives').filter((r) => r !== null);
    expect(known).toEqual([...known].sort((a, b) => (a as number) - (b as number)));
    expect(heads('-representatives').slice(0, known.length)).toEqual([...known].reverse());
    expect(heads('-representatives').slice(known.length).every((r) => r === null)).toBe(true);
  });

  it('sorts text columns by what the screen shows, in the given alphabet', () => {
    const shown: EventSortText = { text: (item) => (item.event.hostCountry === 'LV' ? 'Ā' : 'B'), compare: (a, b) => a.localeCompare(b, 'lv') };
    const sorted = queryEvents(items, { ...defaultEventQuery, sort: 'country' }, '2026-01-01', shown);
    expect(sorted[0]?.event.hostCountry).toBe('LV');
    expect(sorted[sorted.length - 1]?.event.hostCountry).not.toBe('LV');
  });

  it('reads the shown lines back as full records for exports, in order, leaving out what is gone', () => {
    const overviews = allEvents(samplePortfolio.projects.map(projectOverview));
    const shown = queryEvents(overviews, { ...defaultEventQuery, country: 'IT' }, '2026-01-01');
    const byId = new Map(samplePortfolio.projects.map((p) => [p.id, p]));
    const full = withFullRecords(shown, byId);
    expect(full.map((f) => f.event.id)).toEqual(shown.map((s) => s.event.id));
    expect(full.every((f) => 'notes' in f.event && 'summary' in f.project)).toBe(true);
    byId.delete(shown[0]!.project.id);
    expect(withFullRecords(shown, byId)).toHaveLength(shown.length - 1);
  });

  it('a header click sorts a new column ascending and flips the sorted one', () => {
    expect(nextEventSort('upcoming', 'city')).toBe('city');
    expect(nextEventSort('city', 'city')).toBe('-city');
    expect(nextEventSort('-city', 'city')).toBe('city');
    expect(nextEventSort('-city', 'title')).toBe('title');
    expect(eventSortColumn('-representatives')).toEqual({ key: 'representatives', descending: true });
    expect(eventSortColumn('upcoming')).toBeNull();
  });

  it('round-trips its filters through the URL and drops malformed ones', () => {
    const query = { year: 2018, country: 'LV', projectId: 'sample-decode', direction: 'hosted' as const, sort: '-date' as const };
    expect(parseEventQuery(serializeEventQuery(query))).toEqual(query);
    expect(parseEventQuery(new URLSearchParams('year=18&country=Latvia&direction=sideways&sort=x'))).toEqual(defaultEventQuery);
    expect(parseEventQuery(new URLSearchParams('sort=-city')).sort).toBe('-city');
    expect(parseEventQuery(new URLSearchParams({ year: '9999', project: 'x'.repeat(100_000) }))).toEqual(defaultEventQuery);
    expect(parseEventQuery(new URLSearchParams({ year: '2200', project: 'x'.repeat(100) }))).toEqual({ ...defaultEventQuery, year: 2200, projectId: 'x'.repeat(100) });
  });
});
