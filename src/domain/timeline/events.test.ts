// The events list: which events it shows, in what order, with what totals.
import { describe, expect, it } from 'vitest';
import { samplePortfolio } from '../sample';
import { projectOverview } from '../overview';
import { allEvents, defaultEventQuery, eventSortColumn, eventTotals, nextEventSort, parseEventQuery, queryEvents, serializeEventQuery, withFullRecords, type EventSort, type EventSortText } from './events';

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
