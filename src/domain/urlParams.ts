// Reading values out of URL parameters. A URL can be typed, pasted, bookmarked or cut short,
// so each value is checked and bounded here: anything unusable reads as "not given" (null),
// never as an error, and nothing unbounded reaches a screen or goes back into the URL.
import { MAX_ID_LENGTH, MAX_YEAR, MIN_YEAR } from './constants';

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
  const match = value === null ? null : /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 ? value : null;
}
