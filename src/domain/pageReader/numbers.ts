// Amounts, percentages and counts as council pages write them. A number is money only when a
// currency stands beside it ("21 500 EUR", "EUR 1 500", "1500,00 €", "1,5 tūkst. EUR"): a year,
// a phone number or "9 starptautiski pasākumi" has none, so it is never read as an amount.
import { parseMoney } from '../money';

export type Found<T> = { value: T; start: number; end: number };

// Thousands grouped by spaces or dots ("10 080", "1.500,50"), or plain digits with decimals.
const NUMBER = String.raw`\d{1,3}(?:[ .,\u00A0\u202F\u2009]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const CURRENCY = String.raw`(?:EUR|€|eiro|euro)`;
const THOUSANDS = String.raw`(?:tūkst\.?|tūkstoši|tūkstošiem|thousand|k)`;
const AFTER = new RegExp(String.raw`(?<![\d.,])(${NUMBER})\s*(${THOUSANDS}\s*)?${CURRENCY}(?![\p{L}])`, 'giu');
// "1,5 tūkst." with no currency, closing its clause: a sum of money in a budget line.
const BARE_THOUSANDS = new RegExp(String.raw`(?<![\d.,])(${NUMBER})\s*tūkst\.?(?=\s*(?:$|[;,)]))`, 'giu');
const BEFORE = new RegExp(String.raw`(?<![\p{L}])${CURRENCY}\s*(${NUMBER})(?!\s*%)(?![\d])(\s*${THOUSANDS}(?![\p{L}]))?`, 'giu');

/** Every amount in a text, in euro cents, in order. */
export function findAmounts(text: string): Found<number>[] {
  const found: Found<number>[] = [];
  const add = (match: RegExpExecArray, digits: string, thousands: boolean) => {
    const cents = readNumber(digits, thousands);
    if (cents === null) return;
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((f) => f.start < end && start < f.end)) return;
    found.push({ value: cents, start, end });
  };
  for (const m of text.matchAll(AFTER)) add(m, m[1] ?? '', m[2] !== undefined);
  for (const m of text.matchAll(BEFORE)) add(m, m[1] ?? '', m[2] !== undefined);
  for (const m of text.matchAll(BARE_THOUSANDS)) add(m, m[1] ?? '', true);
  return found.sort((a, b) => a.start - b.start);
}

/** The first amount in a text, or null. */
export const firstAmount = (text: string): Found<number> | null => findAmounts(text)[0] ?? null;

function readNumber(digits: string, thousands: boolean): number | null {
  if (thousands) {
    // "1,5 tūkst." is one and a half thousand: the comma is a decimal one here.
    const value = Number(digits.replace(/[ \u00A0\u202F\u2009]/g, '').replace(',', '.'));
    return Number.isFinite(value) ? Math.round(value * 1000 * 100) : null;
  }
  const cents = parseMoney(digits);
  return typeof cents === 'number' ? cents : null;
}

const PERCENT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*%/g;

/** Every percentage in a text ("40%", "(60 %)", "12,5%"), 0–100. */
export function findPercents(text: string): Found<number>[] {
  const found: Found<number>[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const value = Number((m[1] ?? '').replace(',', '.'));
    if (value >= 0 && value <= 100) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

// Latvian and English number words up to ten, for "divi starptautiskie pasākumi".
const NUMBER_WORDS: Record<string, number> = {
  viens: 1, viena: 1, vienu: 1, divi: 2, divas: 2, divos: 2, trīs: 3, četri: 4, četras: 4, pieci: 5, piecas: 5, seši: 6, sešas: 6,
  septiņi: 7, septiņas: 7, astoņi: 8, astoņas: 8, deviņi: 9, deviņas: 9, desmit: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** A whole count written in digits or as a word ("9", "divi", "five"); null otherwise. */
export function readCount(word: string): number | null {
  if (/^\d{1,6}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}
