// Money and dates as the council's documents write them, for the fact sheet and the annex.
// Money is formatted exactly as the app's screens do (src/i18n/format.ts: lv-LV / en-GB, €);
// the domain may not import the app's i18n, so the same Intl settings are used here.
import type { Language } from '../schema';

export const UNKNOWN = '—';

const moneyFormats = new Map<Language, Intl.NumberFormat>();

/** 1460000 cents → "14 600,00 €" (lv) or "€14,600.00" (en); unknown → "—", never 0. */
export function formatMoney(cents: number | null | undefined, lang: Language): string {
  if (cents === null || cents === undefined) return UNKNOWN;
  let format = moneyFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', { style: 'currency', currency: 'EUR' });
    moneyFormats.set(lang, format);
  }
  return format.format(cents / 100 + 0);
}

/** "2018-11-08" → "08.11.2018." (the council pages' numeric form). */
export function numericDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}.${m}.${y}.` : iso;
}

const GENITIVE = ['janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'];

/** "2018-09-28" → "2018. gada 28. septembra", as a decision is dated ("… lēmums Nr. 502"). */
export function latvianDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = GENITIVE[(m ?? 0) - 1];
  return y && month && d ? `${y}. gada ${d}. ${month}` : iso;
}

const englishFormats = new Map<string, Intl.DateTimeFormat>();
function english(key: 'day' | 'month'): Intl.DateTimeFormat {
  let format = englishFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', key === 'day' ? { dateStyle: 'medium', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' });
    englishFormats.set(key, format);
  }
  return format;
}

/** "2018-11-08" → "8 Nov 2018", as the app's English screens write a day. */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN));
  return Number.isNaN(date.getTime()) ? iso : english('day').format(date);
}

/** "2018-05" → "May 2018". */
export function englishMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, 1));
  return Number.isNaN(date.getTime()) ? month : english('month').format(date);
}
