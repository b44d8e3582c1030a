// Dates as council pages write them, found inside running text: "2018.gada 15.janvārī",
// "2019. gada septembrī" (a month), "08.11.2018.", "01/01/2018", "03/2018" (a month),
// "15 January 2018", "March 2019". Day first always: this is Latvia. A day that does not exist,
// or a day without a year ("14.-15. martā"), is no date.
import { MAX_YEAR, MIN_YEAR } from '../constants';
import { daysInMonth } from '../dates';
import type { Found } from './numbers';
import { fold } from './text';

export type FoundDate = { precision: 'day' | 'month'; iso: string };

// Folded stems: every case form follows ("janvāris", "janvārī", "janvāra", "janvārim").
const LATVIAN_MONTHS = ['janvar', 'februar', 'mart', 'april', 'maij', 'junij', 'julij', 'august', 'septembr', 'oktobr', 'novembr', 'decembr'];
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const LV = String.raw`(${LATVIAN_MONTHS.join('|')})\p{L}*`;
const EN = String.raw`(${ENGLISH_MONTHS.join('|')})(?!\p{L})`;
const YEAR = String.raw`((?:19|20|21)\d{2})`;
const GADA = String.raw`\.?\s*(?:gad\p{L}*|g\.)`;

type Rule = { re: RegExp; read: (m: RegExpExecArray) => FoundDate | null };

const lvMonth = (stem: string | undefined) => LATVIAN_MONTHS.indexOf(stem ?? '') + 1;
const enMonth = (name: string | undefined) => ENGLISH_MONTHS.indexOf(name ?? '') + 1;
const n = (s: string | undefined) => Number(s);

// In order of preference: where two readings overlap, the earlier rule wins.
const RULES: Rule[] = [
  // 2018.gada 15.janvārī, 2018. gada 15. janvārī
  { re: new RegExp(String.raw`${YEAR}${GADA}\s*(\d{1,2})\.\s*${LV}`, 'gu'), read: (m) => day(n(m[1]), lvMonth(m[3]), n(m[2])) },
  // 15. janvārī 2018, 15.janvāris 2018.gadā
  { re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.\s*${LV}\s*,?\s*${YEAR}(?!\d)`, 'gu'), read: (m) => day(n(m[3]), lvMonth(m[2]), n(m[1])) },
  // 2018-11-08
  { re: /(?<!\d)((?:19|20|21)\d{2})-(\d{2})-(\d{2})(?!\d)/g, read: (m) => day(n(m[1]), n(m[2]), n(m[3])) },
  // 08.11.2018, 8.11.2018., 01/01/2018, 08-11-2018
  { re: /(?<![\d.])(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?((?:19|20|21)\d{2})(?!\d)/g, read: (m) => day(n(m[4]), n(m[3]), n(m[1])) },
  // 15 January 2018, 15th of January, 2018
  { re: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${EN}\s*,?\s*${YEAR}(?!\d)`, 'gu'), read: (m) => day(n(m[3]), enMonth(m[2]), n(m[1])) },
  // January 15, 2018
  { re: new RegExp(String.raw`${EN}\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*${YEAR}(?!\d)`, 'gu'), read: (m) => day(n(m[3]), enMonth(m[1]), n(m[2])) },
  // 2019. gada septembrī
  { re: new RegExp(String.raw`${YEAR}${GADA}\s*${LV}`, 'gu'), read: (m) => month(n(m[1]), lvMonth(m[2])) },
  // septembris 2019, March 2019
  { re: new RegExp(String.raw`${LV}\s*,?\s*${YEAR}(?!\d)`, 'gu'), read: (m) => month(n(m[2]), lvMonth(m[1])) },
  { re: new RegExp(String.raw`${EN}\s*,?\s*${YEAR}(?!\d)`, 'gu'), read: (m) => month(n(m[2]), enMonth(m[1])) },
  // 03/2018, 3.2018
  { re: /(?<![\d./])(0?[1-9]|1[0-2])\s?[./]\s?((?:19|20|21)\d{2})(?![\d])/g, read: (m) => month(n(m[2]), n(m[1])) },
];

function day(year: number, monthNumber: number, dayNumber: number): FoundDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR || monthNumber < 1 || monthNumber > 12) return null;
  if (dayNumber < 1 || dayNumber > daysInMonth(year, monthNumber)) return null;
  return { precision: 'day', iso: `${year}-${pad(monthNumber)}-${pad(dayNumber)}` };
}

function month(year: number, monthNumber: number): FoundDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR || monthNumber < 1 || monthNumber > 12) return null;
  return { precision: 'month', iso: `${year}-${pad(monthNumber)}` };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Every date in a text, days and months, in order of where they stand. */
export function findDates(text: string): Found<FoundDate>[] {
  const folded = fold(text);
  const found: Found<FoundDate>[] = [];
  for (const rule of RULES) {
    for (const m of folded.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const value = rule.read(m);
      if (value !== null) found.push({ value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The days (not months) in a text, in order. */
export const findDays = (text: string): Found<string>[] =>
  findDates(text)
    .filter((f) => f.value.precision === 'day')
    .map((f) => ({ value: f.value.iso, start: f.start, end: f.end }));

/** A month name alone ("Septembris", "March") with no year: a month, but no date. */
export function isMonthName(word: string): boolean {
  const folded = fold(word.trim());
  return new RegExp(String.raw`^(?:${LV}|${EN})$`, 'u').test(folded);
}

/** A length in months: "12 mēneši", "24 months", "(18 mēn.)". */
export function findLengthMonths(text: string): Found<number> | null {
  const m = /(?<!\d)(\d{1,3})\s*(?:mēneš\p{L}*|mēn\.|months?)(?!\p{L})/iu.exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  return value >= 1 && value <= 240 ? { value, start: m.index, end: m.index + m[0].length } : null;
}
