// The events list: every event of the portfolio, which ones the list shows in what order, their
// totals, and the list's query as written in the URL.
import type { EventDate, MobilityEvent, Project } from '../schema';
import type { OverviewEvent, ProjectOverview } from '../overview';
import { eventRange } from '../dates';
import { eventDirections } from '../constants';
import { idParam, yearParam } from '../urlParams';

// ---------------------------------------------------------------- the events list

export type EventListItem = { project: ProjectOverview; event: OverviewEvent; key: string };
/** An events-list line with the full records (notes, place as written): what exports need. */
export type FullEventItem = { project: Project; event: MobilityEvent };

/** Columns of the events list the user can sort by (a header click). */
export const eventSortKeys = ['date', 'project', 'title', 'city', 'country', 'direction', 'representatives'] as const;
export type EventSortKey = (typeof eventSortKeys)[number];
/** "upcoming" (the default), a column ascending ("city") or descending ("-city"). */
export type EventSort = 'upcoming' | EventSortKey | `-${EventSortKey}`;
export const eventSorts: readonly EventSort[] = ['upcoming', ...eventSortKeys.flatMap((key): EventSort[] => [key, `-${key}`])];

/** The sort's column and direction; "upcoming" orders by date. */
export function eventSortColumn(sort: EventSort): { key: EventSortKey; descending: boolean } | null {
  if (sort === 'upcoming') return null;
  return sort.startsWith('-') ? { key: sort.slice(1) as EventSortKey, descending: true } : { key: sort as EventSortKey, descending: false };
}

/** A header click: a new column sorts ascending, the sorted column flips. */
export function nextEventSort(current: EventSort, key: EventSortKey): EventSort {
  const column = eventSortColumn(current);
  if (column?.key !== key) return key;
  return column.descending ? key : `-${key}`;
}

export type EventTextColumn = 'project' | 'title' | 'city' | 'country';
/**
 * How the text columns read on screen (the UI language's title, city and country names), so a
 * sort follows what the user sees, and how two texts compare (the language's alphabet).
 */
export type EventSortText = { text: (item: EventListItem, column: EventTextColumn) => string; compare: (a: string, b: string) => number };

const plainSortText: EventSortText = {
  text: ({ project, event }, column) =>
    column === 'project' ? project.acronym : column === 'title' ? event.title.en : column === 'city' ? (event.hostCity ?? '') : (event.hostCountry ?? ''),
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

export type EventListQuery = {
  year: number | null;
  country: string | null;
  projectId: string | null;
  direction: MobilityEvent['direction'] | null;
  sort: EventSort;
};

export const defaultEventQuery: EventListQuery = { year: null, country: null, projectId: null, direction: null, sort: 'upcoming' };

/** Every event of every project. */
export function allEvents(projects: readonly ProjectOverview[]): EventListItem[] {
  const items: EventListItem[] = [];
  for (const project of projects) for (const event of project.events) items.push({ project, event, key: `${project.id}/${event.id}` });
  return items;
}

/**
 * The given lines with the full records read back, in the same order; a line whose project or
 * event is gone (deleted in another tab meanwhile) is left out.
 */
export function withFullRecords(items: readonly EventListItem[], projectsById: ReadonlyMap<string, Project>): FullEventItem[] {
  const full: FullEventItem[] = [];
  for (const { project, event } of items) {
    const stored = projectsById.get(project.id);
    const storedEvent = stored?.events.find((e) => e.id === event.id);
    if (stored && storedEvent) full.push({ project: stored, event: storedEvent });
  }
  return full;
}

/** The calendar years an event's days touch; empty when its date is unknown. */
export function eventYears(date: EventDate): number[] {
  const range = eventRange(date);
  if (!range) return [];
  const years: number[] = [];
  for (let y = Number(range.start.slice(0, 4)); y <= Number(range.end.slice(0, 4)); y += 1) years.push(y);
  return years;
}

/**
 * The shown events: filtered, then ordered. "upcoming" (the default) puts events not yet over
 * first, soonest first, then past events, most recent first. Sorted by a column, events
 * without the value (no date, city or head count) come last either way; ties go by date.
 */
export function queryEvents(items: readonly EventListItem[], query: EventListQuery, today: string, sortText: EventSortText = plainSortText): EventListItem[] {
  const filtered = items.filter(({ project, event }) => {
    if (query.projectId !== null && project.id !== query.projectId) return false;
    if (query.direction !== null && event.direction !== query.direction) return false;
    if (query.country !== null && event.hostCountry !== query.country) return false;
    if (query.year !== null && !eventYears(event.date).includes(query.year)) return false;
    return true;
  });
  const column = eventSortColumn(query.sort);
  const keyed = filtered.map((item) => {
    const range = eventRange(item.event.date);
    return { item, start: range?.start ?? null, upcoming: range !== null && range.end >= today, value: sortValue(item, column?.key ?? 'date', sortText) };
  });
  const tie = (a: EventListItem, b: EventListItem) =>
    (a.project.acronym < b.project.acronym ? -1 : a.project.acronym > b.project.acronym ? 1 : 0) ||
    (a.event.order ?? 0) - (b.event.order ?? 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  type Keyed = (typeof keyed)[number];
  const byDate = (a: Keyed, b: Keyed, direction: number): number => {
    if (a.start === null || b.start === null) return a.start === b.start ? tie(a.item, b.item) : a.start === null ? 1 : -1;
    if (a.start !== b.start) return (a.start < b.start ? -1 : 1) * direction;
    return tie(a.item, b.item);
  };
  keyed.sort((a, b) => {
    if (column === null) {
      if (a.start !== null && b.start !== null && a.upcoming !== b.upcoming) return a.upcoming ? -1 : 1;
      return byDate(a, b, a.upcoming ? 1 : -1);
    }
    const direction = column.descending ? -1 : 1;
    if (column.key === 'date') return byDate(a, b, direction);
    if (a.value === null || b.value === null) return a.value === b.value ? byDate(a, b, 1) : a.value === null ? 1 : -1;
    const order =
      typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : sortText.compare(String(a.value), String(b.value));
    return order * direction || byDate(a, b, 1);
  });
  return keyed.map((k) => k.item);
}

/** What an event sorts by in a column; null when it has no value there (sorted last). */
function sortValue(item: EventListItem, key: EventSortKey, sortText: EventSortText): string | number | null {
  switch (key) {
    case 'date':
      return null; // dates are compared by their ranges
    case 'representatives':
      return item.event.representatives;
    case 'direction':
      return item.event.direction;
    default: {
      const text = sortText.text(item, key);
      return text === '' ? null : text;
    }
  }
}

export type EventTotals = { events: number; hosted: number; outgoing: number; representatives: number; withoutHeadCount: number; undated: number };

/** Counts of the shown events; representatives are summed over known head counts only. */
export function eventTotals(items: readonly EventListItem[]): EventTotals {
  const totals: EventTotals = { events: items.length, hosted: 0, outgoing: 0, representatives: 0, withoutHeadCount: 0, undated: 0 };
  for (const { event } of items) {
    if (event.direction === 'hosted') totals.hosted += 1;
    else totals.outgoing += 1;
    if (event.representatives === null) totals.withoutHeadCount += 1;
    else totals.representatives += event.representatives;
    if (event.date.precision === 'unknown') totals.undated += 1;
  }
  return totals;
}

/** Reads the events list's filters: `year`, `country`, `project`, `direction`, `sort`; anything malformed is dropped. */
export function parseEventQuery(params: URLSearchParams): EventListQuery {
  const countryText = (params.get('country') ?? '').toUpperCase();
  return {
    year: yearParam(params.get('year')),
    country: /^[A-Z]{2}$/.test(countryText) ? countryText : null,
    projectId: idParam(params.get('project')),
    direction: eventDirections.find((d) => d === params.get('direction')) ?? null,
    sort: eventSorts.find((s) => s === params.get('sort')) ?? 'upcoming',
  };
}

export function serializeEventQuery(query: EventListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.year !== null) params.set('year', String(query.year));
  if (query.country !== null) params.set('country', query.country);
  if (query.projectId !== null) params.set('project', query.projectId);
  if (query.direction !== null) params.set('direction', query.direction);
  if (query.sort !== 'upcoming') params.set('sort', query.sort);
  return params;
}
