// The timeline's time scale: zoom levels, where a day or a span sits in pixels, and the ticks.
import { addMonths, dayNumber, isoFromDayNumber } from '../dates';

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
