// Date helpers for ISO day (`YYYY-MM-DD`) and month (`YYYY-MM`) strings, event dates of mixed
// precision, and reading dates as the council writes them (day first: this is Latvia).
import type { EventDate, Period } from './schema';
import { MAX_YEAR, MIN_YEAR } from './constants';

/** The month (`YYYY-MM`) of an ISO day. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** The number of days in a month, 1-based month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day (`YYYY-MM-DD`) of a month given as `YYYY-MM`. */
export function lastDayOfMonth(isoMonth: string): string {
  const year = Number(isoMonth.slice(0, 4));
  const month = Number(isoMonth.slice(5, 7));
  return `${isoMonth}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

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

// Sorts after every ISO date ('~' comes after the digits in code-point order).
const UNKNOWN_SORT_KEY = '~';

/**
 * A string key that orders event dates chronologically with plain `<` comparison (not
 * localeCompare). A month sorts before the days inside it; unknown dates sort last.
 */
export function eventSortKey(eventDate: EventDate): string {
  switch (eventDate.precision) {
    case 'day':
      return eventDate.start;
    case 'month':
      return eventDate.month;
    case 'unknown':
      return UNKNOWN_SORT_KEY;
  }
}

/** The days an event may cover: a month is its first to last day; unknown is null. */
export function eventRange(eventDate: EventDate): { start: string; end: string } | null {
  switch (eventDate.precision) {
    case 'day':
      return { start: eventDate.start, end: eventDate.end };
    case 'month':
      return { start: `${eventDate.month}-01`, end: lastDayOfMonth(eventDate.month) };
    case 'unknown':
      return null;
  }
}

/**
 * Whether an event falls within a project's period. An event counts as within when its days
 * overlap the period at all: an event dated only "11/2019" may be on any day of November, so it
 * is outside only when the whole month lies outside the period.
 * Returns null when the answer depends on something unknown (the event's date, or the side of
 * the period the event would fall beyond).
 */
export function isWithinPeriod(eventDate: EventDate, period: Pick<Period, 'start' | 'end'>): boolean | null {
  const range = eventRange(eventDate);
  if (range === null) return null;
  const { start, end } = period;
  if (start !== null && range.end < start) return false;
  if (end !== null && range.start > end) return false;
  if (start === null || end === null) return null;
  return true;
}

/**
 * Months from `start` to `end`, both ISO days, counting the end day in (so 2017-10-16 to
 * 2019-10-15 is exactly 24 months); fractional where the days do not line up.
 */
export function monthsBetween(start: string, end: string): number {
  const [sy, sm, sd] = dayParts(start);
  const [endYear, endMonth, endDay] = dayParts(end);
  // The day after the end, so that the end day itself is counted.
  const next = new Date(Date.UTC(endYear, endMonth - 1, endDay + 1));
  const ey = next.getUTCFullYear();
  const em = next.getUTCMonth() + 1;
  const ed = next.getUTCDate();
  let months = (ey - sy) * 12 + (em - sm);
  const dayDelta = ed - sd;
  if (dayDelta < 0) {
    months -= 1;
    // Days left over, measured in the month before the (exclusive) end.
    const prevMonthDays = daysInMonth(em === 1 ? ey - 1 : ey, em === 1 ? 12 : em - 1);
    return months + (dayDelta + prevMonthDays) / prevMonthDays;
  }
  return months + dayDelta / daysInMonth(ey, em);
}

/** "2026-05-21-1103": a moment for file names, in the user's local time. */
export function fileStamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
}

function dayParts(isoDate: string): [number, number, number] {
  return [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))];
}

function isoDay(year: number, month: number, day: number): string | 'invalid' {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'invalid';
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Stems of the Latvian month names, matching both the nominative and the genitive
// ("oktobris", "16. oktobra") and the usual abbreviations ("okt.").
const LATVIAN_MONTH_STEMS = ['janv', 'febr', 'mart', 'apr', 'mai', 'jūn', 'jūl', 'aug', 'sept', 'okt', 'nov', 'dec'] as const;

function latvianMonth(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const index = LATVIAN_MONTH_STEMS.findIndex((stem) => lower.startsWith(stem) || (lower.length >= 3 && stem.startsWith(lower)));
  return index < 0 ? null : index + 1;
}

/**
 * Reads a day as the council writes it: `2018-11-08`, `08.11.2018.`, `8.11.2018`, `01/01/2018`,
 * `08-11-2018` (always day first), or in words, `2017. gada 16. oktobris` / `16.oktobra 2017`.
 * Returns null for an empty text and 'invalid' for anything else, including days that do not
 * exist (31.02.2018).
 */
export function parseLooseDate(text: string): string | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  // A comma too: a phone's number keyboard (inputmode decimal) offers the Latvian decimal comma.
  m = /^(\d{1,2})\s*([./,-])\s*(\d{1,2})\s*\2\s*(\d{4})\.?$/.exec(s);
  if (m) return isoDay(Number(m[4]), Number(m[3]), Number(m[1]));
  // "2017. gada 16. oktobris", "2017.gada 16.oktobra"
  m = /^(\d{4})\.\s*g(?:ada|\.)?\s+(\d{1,2})\.\s*(\p{L}+\.?)$/u.exec(s);
  if (m) {
    const month = latvianMonth(m[3] ?? '');
    return month === null ? 'invalid' : isoDay(Number(m[1]), month, Number(m[2]));
  }
  // "16. oktobris 2017", "16.okt.2017"
  m = /^(\d{1,2})\.\s*(\p{L}+)\.?\s*(\d{4})\.?$/u.exec(s);
  if (m) {
    const month = latvianMonth(m[2] ?? '');
    return month === null ? 'invalid' : isoDay(Number(m[3]), month, Number(m[1]));
  }
  return 'invalid';
}

/**
 * Reads a month: `03/2018`, `3.2018`, `03.2018.`, `2018-03`, `2018-3`, `2018/03` → `2018-03`.
 * Returns null for an empty text and 'invalid' for anything else.
 */
export function parseLooseMonth(text: string): string | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  let year: number;
  let month: number;
  let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(s);
  if (m) {
    year = Number(m[1]);
    month = Number(m[2]);
  } else {
    m = /^(\d{1,2})\s*[./-]\s*(\d{4})\.?$/.exec(s);
    if (!m) return 'invalid';
    year = Number(m[2]);
    month = Number(m[1]);
  }
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return 'invalid';
  return `${year}-${String(month).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- real calendar instants
// A date that matches the digit pattern is not yet a real day: 2019-02-30 and 2024-13-01 fit
// the pattern, and a Date made from them rolls over or is invalid (and crashes Intl formatting).
// The schemas (schema.ts) and the URL parameters (urlParams.ts) hold dates to these rules.

/** `YYYY-MM-DD` naming a day that exists, in MIN_YEAR..MAX_YEAR. */
export function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM` naming a month in MIN_YEAR..MAX_YEAR. */
export function isRealMonth(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month] = [Number(m[1]), Number(m[2])];
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))?$/;

/** An ISO 8601 date-time whose day is real and whose clock and offset are in range. */
export function isRealDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m || !isRealDay(m[1] as string)) return false;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  const seconds = m[4] === undefined ? 0 : Number(m[4]);
  if (hours > 23 || minutes > 59 || seconds > 59) return false;
  if (m[6] !== undefined && (Number(m[6]) > 14 || Number(m[7]) > 59)) return false;
  return !Number.isNaN(Date.parse(s));
}

// ---------------------------------------------------------------- the project form's date readers

/** The day after adding whole months to a start day, less one: 2019-01-15 + 12 → 2020-01-14. */
export function endFromLength(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d - 1));
  return date.toISOString().slice(0, 10);
}

/** "08.11.2018 – 12.11.2018", "03/2018", "8.11.2018", "" → an event date; 'invalid' when unreadable. */
export function parseEventDate(text: string): EventDate | 'invalid' {
  const s = text.trim();
  if (s === '') return { precision: 'unknown' };
  const parts = s.split(/\s*[–—]\s*|\s+-\s+|\s*\.\.\s*/);
  if (parts.length === 2) {
    const start = parseLooseDate(parts[0] ?? '');
    const end = parseLooseDate(parts[1] ?? '');
    if (typeof start !== 'string' || typeof end !== 'string' || start === 'invalid' || end === 'invalid') return 'invalid';
    return { precision: 'day', start, end };
  }
  if (parts.length > 2) return 'invalid';
  const day = parseLooseDate(s);
  if (typeof day === 'string' && day !== 'invalid') return { precision: 'day', start: day, end: day };
  const month = parseLooseMonth(s);
  if (typeof month === 'string' && month !== 'invalid') return { precision: 'month', month };
  return 'invalid';
}

/** "21.05.2021 11:03", "2021-05-21 11:03", a full ISO moment, or just a day → ISO; 'invalid' otherwise. */
export function parseDateTime(text: string): string | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/.test(s)) return s;
  const m = /^(.+?)(?:[ T,]+(\d{1,2}):(\d{2}))?$/.exec(s);
  if (!m) return 'invalid';
  const day = parseLooseDate(m[1] ?? '');
  if (day === null || day === 'invalid') return 'invalid';
  if (m[2] === undefined) return `${day}T00:00`;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return 'invalid';
  return `${day}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
