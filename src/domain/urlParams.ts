// Reading values out of URL parameters. A URL can be typed, pasted, bookmarked or cut short,
// so each value is checked and bounded here: anything unusable reads as "not given" (null),
// never as an error, and nothing unbounded reaches a screen or goes back into the URL.
import { MAX_ID_LENGTH, MAX_YEAR, MIN_YEAR } from './constants';
import { isRealMonth } from './dates';

/**
 * `text` cut to at most `max` UTF-16 units (what an input's maxLength counts), never between
 * the two halves of a character such as an emoji.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  // A high surrogate at the cut would be left without its pair.
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * An id as the schema allows it (1 to MAX_ID_LENGTH characters), else null. An id is refused
 * rather than cut: a shortened id would name some other record, or none.
 */
export function idParam(value: string | null): string | null {
  return value !== null && value.length >= 1 && value.length <= MAX_ID_LENGTH ? value : null;
}

/** A year written with four digits, MIN_YEAR to MAX_YEAR, else null. */
export function yearParam(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** A calendar month, `YYYY-MM` with a month 01–12 in MIN_YEAR to MAX_YEAR, else null (2024-13, 0000-01, 2024-02-01). */
export function monthParam(value: string | null): string | null {
  return value !== null && isRealMonth(value) ? value : null;
}
