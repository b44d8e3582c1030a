// The timeline's geometry and the events list, as pure functions: which rows a portfolio
// timeline has, where a bar or an event marker sits on a time scale at a zoom, and which events
// the events list shows with what totals. Screens only draw what these return.
import type { CouncilRole, EventDate, MobilityEvent, Project } from './schema';
import type { OverviewEvent, ProjectOverview } from './overview';
import { eventRange, eventSortKey, isWithinPeriod } from './dates';
import { projectStatus, type ProjectStatus } from './status';
import { councilRoles, eventDirections } from './constants';
import { idParam, monthParam, yearParam } from './urlParams';

// ---------------------------------------------------------------- days

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO day (`YYYY-MM-DD`), in UTC so no time zone shifts it. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MS_PER_DAY);
}

/** The ISO day of a day number. */
export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `YYYY-MM` moved by `delta` months. */
export function addMonths(isoMonth: string, delta: number): string {
  const index = Number(isoMonth.slice(0, 4)) * 12 + Number(isoMonth.slice(5, 7)) - 1 + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- zoom and scale

export const zoomLevels = ['year', 'quarter', 'month'] as const;
export type ZoomLevel = (typeof zoomLevels)[number];

/**
 * Width of one month at each zoom. A year is 240 px (a month 20 px: a month-precision event
 * is still a visible band); a quarter 150 px (room for "Q1 2019"); a month 120 px (room for
 * "September" and for a few days' event to be wider than its marker).
 */
export const PX_PER_MONTH: Readonly<Record<ZoomLevel, number>> = { year: 20, quarter: 50, month: 120 };

/** Months the earlier/later buttons move the shown range at each zoom. */
export const ZOOM_STEP_MONTHS: Readonly<Record<ZoomLevel, number>> = { year: 12, quarter: 3, month: 1 };

// An average month, so that px-per-day is constant and every day is equally wide.
const DAYS_PER_MONTH = 365.2425 / 12;

/** A range of whole months, both included: `from` 2018-01 to `to` 2019-12 is two years. */
export type MonthRange = { from: string; to: string };

export type TimeScale = {
  /** First shown day (the first day of `range.from`). */
  startDay: number;
  /** The day after the last shown day. */
  endDay: number;
  pxPerDay: number;
  /** Width of the whole range in px. */
  width: number;
  range: MonthRange;
};

function lastDayNumberOf(isoMonth: string): number {
  return dayNumber(`${addMonths(isoMonth, 1)}-01`) - 1;
}

/** A scale over `range` where one month is `pxPerMonth` wide. */
export function createScale(range: MonthRange, pxPerMonth: number): TimeScale {
  const startDay = dayNumber(`${range.from}-01`);
  const endDay = lastDayNumberOf(range.to) + 1;
  const pxPerDay = pxPerMonth / DAYS_PER_MONTH;
  return { startDay, endDay, pxPerDay, width: (endDay - startDay) * pxPerDay, range };
}

export function scaleForZoom(range: MonthRange, zoom: ZoomLevel): TimeScale {
  return createScale(range, PX_PER_MONTH[zoom]);
}

/** A scale that fits `range` into `width` px (the project page's own timeline). */
export function fitScale(range: MonthRange, width: number): TimeScale {
  const days = lastDayNumberOf(range.to) + 1 - dayNumber(`${range.from}-01`);
  return createScale(range, (Math.max(width, 1) / days) * DAYS_PER_MONTH);
}

/** The finest tick unit whose labels stay readable at this scale. */
export function tickUnitFor(scale: TimeScale): ZoomLevel {
  const pxPerMonth = scale.pxPerDay * DAYS_PER_MONTH;
  if (pxPerMonth >= PX_PER_MONTH.month * 0.6) return 'month';
  if (pxPerMonth >= PX_PER_MONTH.quarter * 0.6) return 'quarter';
  return 'year';
}

/** x of the start of an ISO day; may lie outside [0, width] for days outside the range. */
export function xOfDay(scale: TimeScale, isoDate: string): number {
  return (dayNumber(isoDate) - scale.startDay) * scale.pxPerDay;
}

export type Span = { x: number; width: number; clippedStart: boolean; clippedEnd: boolean };

/**
 * Where the days `start`..`end` (both included) lie, cut to the shown range; null when
 * nothing of them is shown. `minWidth` keeps a one-day span visible at a coarse zoom.
 */
export function spanOf(scale: TimeScale, start: string, end: string, minWidth = 0): Span | null {
  const from = dayNumber(start);
  const to = dayNumber(end) + 1;
  if (to <= scale.startDay || from >= scale.endDay || to <= from) return null;
  const a = Math.max(from, scale.startDay);
  const b = Math.min(to, scale.endDay);
  let x = (a - scale.startDay) * scale.pxPerDay;
  let width = (b - a) * scale.pxPerDay;
  if (width < minWidth) {
    x = Math.max(0, Math.min(x - (minWidth - width) / 2, scale.width - minWidth));
    width = minWidth;
  }
  return { x, width, clippedStart: from < scale.startDay, clippedEnd: to > scale.endDay };
}

export type Tick = { unit: ZoomLevel; key: string; year: number; /** 1–12 for months, 1–4 for quarters */ index: number; x: number; width: number };

/** The axis: one tick per year, quarter or month of the range, with its x and width. */
export function ticks(scale: TimeScale, unit: ZoomLevel): Tick[] {
  const step = unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1;
  const result: Tick[] = [];
  // Start at the unit containing range.from (a quarter or year may begin before it).
  const fromYear = Number(scale.range.from.slice(0, 4));
  const fromMonth = Number(scale.range.from.slice(5, 7));
  const firstMonth = unit === 'year' ? 1 : unit === 'quarter' ? Math.floor((fromMonth - 1) / 3) * 3 + 1 : fromMonth;
  let month = `${String(fromYear).padStart(4, '0')}-${String(firstMonth).padStart(2, '0')}`;
  while (dayNumber(`${month}-01`) < scale.endDay) {
    const next = addMonths(month, step);
    const span = spanOf(scale, `${month}-01`, isoFromDayNumber(dayNumber(`${next}-01`) - 1));
    const m = Number(month.slice(5, 7));
    if (span) {
      result.push({
        unit,
        key: month,
        year: Number(month.slice(0, 4)),
        index: unit === 'quarter' ? (m + 2) / 3 : m,
        x: span.x,
        width: span.width,
      });
    }
    month = next;
  }
  return result;
}

// ---------------------------------------------------------------- rows and markers

export type TimelineMarker = {
  event: OverviewEvent;
  direction: OverviewEvent['direction'];
  precision: 'month' | 'day';
  /** The days the event may cover: a month-precision event covers its whole month. */
  start: string;
  end: string;
  /** false when dated outside the project's period; null when the period is not known. */
  withinPeriod: boolean | null;
};

export type ProjectRow = {
  kind: 'project';
  key: string;
  project: ProjectOverview;
  /** The implementation period; a side that is not known is null and is not drawn. */
  period: { start: string | null; end: string | null };
  /** Dated events, in date order (ties by the event's order number). */
  markers: TimelineMarker[];
  /** Events with no date, listed beside the row and never placed on the time axis. */
  undated: OverviewEvent[];
};

export const timelineGroupings = ['none', 'programme', 'role', 'status'] as const;
export type TimelineGrouping = (typeof timelineGroupings)[number];

export type GroupRow = {
  kind: 'group';
  key: string;
  groupBy: Exclude<TimelineGrouping, 'none'>;
  /** A programme id, a council role or a status; null for projects with no programme. */
  value: string | null;
  count: number;
};

export type TimelineRow = ProjectRow | GroupRow;

function compareEvents(a: OverviewEvent, b: OverviewEvent): number {
  const ka = eventSortKey(a.date);
  const kb = eventSortKey(b.date);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);
}

/** A project's row: its period, its dated events as markers in order, and its undated events. */
export function projectRow(project: ProjectOverview): ProjectRow {
  const markers: TimelineMarker[] = [];
  const undated: OverviewEvent[] = [];
  for (const event of [...project.events].sort(compareEvents)) {
    const range = eventRange(event.date);
    if (range === null || event.date.precision === 'unknown') {
      undated.push(event);
      continue;
    }
    markers.push({
      event,
      direction: event.direction,
      precision: event.date.precision,
      start: range.start,
      end: range.end,
      withinPeriod: isWithinPeriod(event.date, project.period),
    });
  }
  return { kind: 'project', key: project.id, project, period: { start: project.period.start, end: project.period.end }, markers, undated };
}

const STATUS_ORDER: readonly ProjectStatus[] = ['ongoing', 'planned', 'completed', 'unknown'];

/**
 * The timeline's rows, projects in the order given (the caller sorts them), under a header
 * row per group when grouped. Groups of roles and statuses come in a fixed order; programmes
 * in the order of `compareProgrammes` (their labels), projects with no programme last.
 */
export function buildTimelineRows(
  projects: readonly ProjectOverview[],
  options: { groupBy: TimelineGrouping; today: string; compareProgrammes?: (a: string, b: string) => number },
): TimelineRow[] {
  const { groupBy, today } = options;
  if (groupBy === 'none') return projects.map(projectRow);
  const groups = new Map<string | null, ProjectOverview[]>();
  const valueOf = (project: ProjectOverview): string | null =>
    groupBy === 'programme' ? project.programmeId : groupBy === 'role' ? project.councilRole : projectStatus(project.period, today);
  for (const project of projects) {
    const value = valueOf(project);
    let list = groups.get(value);
    if (!list) groups.set(value, (list = []));
    list.push(project);
  }
  let order: (string | null)[];
  if (groupBy === 'role') order = councilRoles.filter((r: CouncilRole) => groups.has(r));
  else if (groupBy === 'status') order = STATUS_ORDER.filter((s) => groups.has(s));
  else {
    const compare = options.compareProgrammes ?? ((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0));
    order = [...groups.keys()].filter((k): k is string => k !== null).sort(compare);
    if (groups.has(null)) order.push(null);
  }
  const rows: TimelineRow[] = [];
  for (const value of order) {
    const list = groups.get(value) ?? [];
    rows.push({ kind: 'group', key: `group:${groupBy}:${value ?? ''}`, groupBy, value, count: list.length });
    for (const project of list) rows.push(projectRow(project));
  }
  return rows;
}

/** The months from the earliest to the latest date of the rows (periods and dated events); null when none is known. */
export function dataExtent(rows: readonly TimelineRow[]): MonthRange | null {
  let min: string | null = null;
  let max: string | null = null;
  const see = (day: string | null) => {
    if (day === null) return;
    if (min === null || day < min) min = day;
    if (max === null || day > max) max = day;
  };
  for (const row of rows) {
    if (row.kind !== 'project') continue;
    see(row.period.start);
    see(row.period.end);
    for (const marker of row.markers) {
      see(marker.start);
      see(marker.end);
    }
  }
  if (min === null || max === null) return null;
  return { from: (min as string).slice(0, 7), to: (max as string).slice(0, 7) };
}

/** A range widened to whole units of the zoom (years start in January, quarters in Jan/Apr/Jul/Oct). */
export function snapRange(range: MonthRange, zoom: ZoomLevel): MonthRange {
  const step = ZOOM_STEP_MONTHS[zoom];
  const snap = (month: string, end: boolean) => {
    const year = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    const first = Math.floor((m - 1) / step) * step + 1;
    const start = `${String(year).padStart(4, '0')}-${String(first).padStart(2, '0')}`;
    return end ? addMonths(start, step - 1) : start;
  };
  return { from: snap(range.from, false), to: snap(range.to, true) };
}

/** The range a timeline opens with: the data's extent snapped to the zoom, or the current year. */
export function defaultRange(rows: readonly TimelineRow[], zoom: ZoomLevel, today: string): MonthRange {
  const extent = dataExtent(rows) ?? { from: today.slice(0, 7), to: today.slice(0, 7) };
  return snapRange(extent, zoom);
}

/** How many months the range holds, both ends included. */
export function monthsInRange(range: MonthRange): number {
  return (Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4))) * 12 + Number(range.to.slice(5, 7)) - Number(range.from.slice(5, 7)) + 1;
}

/** The range moved by `steps` zoom steps (negative: earlier). */
export function shiftRange(range: MonthRange, zoom: ZoomLevel, steps: number): MonthRange {
  const delta = ZOOM_STEP_MONTHS[zoom] * steps;
  return { from: addMonths(range.from, delta), to: addMonths(range.to, delta) };
}

// ---------------------------------------------------------------- the timeline's URL state

export type TimelineView = { zoom: ZoomLevel; groupBy: TimelineGrouping; range: MonthRange | null };

const VIEW_PARAMS = ['zoom', 'group', 'from', 'to'] as const;

/**
 * The timeline's own URL parameters (zoom, group, from, to), beside the list's shared filters.
 * A range whose ends are not both real months (see monthParam), whose end comes before its
 * start, or longer than 200 years, is dropped.
 */
export function parseTimelineView(params: URLSearchParams): TimelineView {
  const zoom = zoomLevels.find((z) => z === params.get('zoom')) ?? 'year';
  const groupBy = timelineGroupings.find((g) => g === params.get('group')) ?? 'none';
  const from = monthParam(params.get('from'));
  const to = monthParam(params.get('to'));
  let range: MonthRange | null = null;
  if (from !== null && to !== null && from <= to && Number(to.slice(0, 4)) - Number(from.slice(0, 4)) <= 200) range = { from, to };
  return { zoom, groupBy, range };
}

/** `base` (the list's parameters) with the timeline's view added; defaults are left out. */
export function withTimelineView(base: URLSearchParams, view: TimelineView): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of VIEW_PARAMS) params.delete(name);
  if (view.zoom !== 'year') params.set('zoom', view.zoom);
  if (view.groupBy !== 'none') params.set('group', view.groupBy);
  if (view.range) {
    params.set('from', view.range.from);
    params.set('to', view.range.to);
  }
  return params;
}

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
