// Which rows a portfolio timeline has (projects, optionally in groups, with their event
// markers), the months it shows, and its view as written in the URL.
import type { CouncilRole } from '../schema';
import type { OverviewEvent, ProjectOverview } from '../overview';
import { addMonths, eventRange, eventSortKey, isWithinPeriod } from '../dates';
import { projectStatus, type ProjectStatus } from '../status';
import { councilRoles } from '../constants';
import { monthParam } from '../urlParams';
import { zoomLevels, ZOOM_STEP_MONTHS, type MonthRange, type ZoomLevel } from './scale';

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
