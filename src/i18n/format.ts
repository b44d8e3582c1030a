// Locale-aware formatting of the domain's values. Unknown (null) is shown as a dash, never as 0.
import type { EventDate, Language } from '../domain/schema';

export const UNKNOWN = '—';

export const intlLocale: Record<Language, string> = { lv: 'lv-LV', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * Makes the formatters that nearly every screen uses, ahead of the first screen. A browser's first
 * Intl formatter loads its locale data: 15–35 ms on this machine's Chromium, four times that on a
 * phone-class CPU, which otherwise lands inside the first screen's render.
 */
export function prepareFormats(lang: Language): void {
  formatDate('2000-01-01', lang);
  formatMoney(0, lang);
}

/** 13800000 cents → "138 000,00 €" (lv) or "€138,000.00" (en). */
export function formatMoney(cents: number | null | undefined, lang: Language): string {
  if (cents === null || cents === undefined) return UNKNOWN;
  const format = cached(`money-${lang}`, () => new Intl.NumberFormat(intlLocale[lang], { style: 'currency', currency: 'EUR' }));
  // `+ 0` turns -0 into 0: never "-€0.00".
  return (format as Intl.NumberFormat).format(cents / 100 + 0);
}

export function formatNumber(value: number | null | undefined, lang: Language): string {
  if (value === null || value === undefined) return UNKNOWN;
  return (cached(`number-${lang}`, () => new Intl.NumberFormat(intlLocale[lang])) as Intl.NumberFormat).format(value);
}

function utcDate(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** "2018-11-08" → "8 Nov 2018" / "2018. gada 8. nov.". */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return UNKNOWN;
  const format = cached(`date-${lang}`, () => new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: 'medium', timeZone: 'UTC' }));
  const date = utcDate(iso.slice(0, 10));
  // Stored data is checked, but a screen must not fall over on a day that is not one: show it as written.
  return Number.isNaN(date.getTime()) ? iso : (format as Intl.DateTimeFormat).format(date);
}

/** "2021-05-21T11:03" → date and time, shown as written (no time-zone shift). */
export function formatDateTime(iso: string | null | undefined, lang: Language): string {
  if (!iso) return UNKNOWN;
  const [datePart = '', timePart = ''] = iso.split('T');
  const time = timePart.slice(0, 5);
  return time ? `${formatDate(datePart, lang)}, ${time}` : formatDate(datePart, lang);
}

/** "2018-03" → "March 2018" / "2018. gada marts". */
export function formatMonth(month: string, lang: Language): string {
  const format = cached(`month-${lang}`, () => new Intl.DateTimeFormat(intlLocale[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const date = utcDate(`${month}-01`);
  return Number.isNaN(date.getTime()) ? month : (format as Intl.DateTimeFormat).format(date);
}

export function formatDateRange(start: string, end: string, lang: Language): string {
  if (start === end) return formatDate(start, lang);
  const format = cached(`date-${lang}`, () => new Intl.DateTimeFormat(intlLocale[lang], { dateStyle: 'medium', timeZone: 'UTC' })) as Intl.DateTimeFormat;
  const [from, to] = [utcDate(start), utcDate(end)];
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  return format.formatRange(from, to);
}

export function formatEventDate(date: EventDate, lang: Language, unknownLabel: string): string {
  switch (date.precision) {
    case 'unknown':
      return unknownLabel;
    case 'month':
      return formatMonth(date.month, lang);
    case 'day':
      return formatDateRange(date.start, date.end, lang);
  }
}

export function formatPeriod(start: string | null, end: string | null, lang: Language): string {
  if (!start && !end) return UNKNOWN;
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

/** "LV" → "Latvia" / "Latvija"; an unknown code is shown as it is. */
export function countryName(code: string | null | undefined, lang: Language): string {
  if (!code) return UNKNOWN;
  try {
    const names = cached(`region-${lang}`, () => new Intl.DisplayNames([intlLocale[lang]], { type: 'region' })) as Intl.DisplayNames;
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatBytes(bytes: number | null, lang: Language): string {
  if (bytes === null) return UNKNOWN;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const format = cached(`bytes-${lang}`, () => new Intl.NumberFormat(intlLocale[lang], { maximumFractionDigits: 1 })) as Intl.NumberFormat;
  return `${format.format(value)} ${units[unit]}`;
}

/** Fill "{name}" placeholders. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The UI language's version of a bilingual text, falling back to the other language. */
export function pickText(text: { lv: string; en: string } | null | undefined, lang: Language): string {
  if (!text) return '';
  const primary = text[lang].trim();
  if (primary) return text[lang];
  return text[lang === 'lv' ? 'en' : 'lv'];
}
