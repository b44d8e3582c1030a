// Money arithmetic and parsing. Amounts are integer euro cents; null means unknown and is
// never counted as 0: a sum says how much is known and how many values were missing.

export type KnownSum = {
  /** Sum of the known values; null when there was no known value at all (or no values). */
  total: number | null;
  /** How many values were known. */
  known: number;
  /** How many values were null. */
  unknown: number;
};

export function sumKnown(values: readonly (number | null)[]): KnownSum {
  let total = 0;
  let known = 0;
  let unknown = 0;
  for (const value of values) {
    if (value === null) {
      unknown += 1;
    } else {
      total += value;
      known += 1;
    }
  }
  return { total: known > 0 ? total : null, known, unknown };
}

/** Adds sums of sums: totals of the known parts, counts added up. */
export function addKnownSums(sums: readonly KnownSum[]): KnownSum {
  let total = 0;
  let anyTotal = false;
  let known = 0;
  let unknown = 0;
  for (const sum of sums) {
    if (sum.total !== null) {
      total += sum.total;
      anyTotal = true;
    }
    known += sum.known;
    unknown += sum.unknown;
  }
  return { total: anyTotal ? total : null, known, unknown };
}

/** Cents to euros as a number, for spreadsheets (13800000 → 138000); unknown stays null, never 0. */
export const centsToEuros = (cents: number | null): number | null => (cents === null ? null : cents / 100);

/** The largest amount the schema accepts (moneySchema's max), in cents. */
const MAX_CENTS = 1e15;

// Spaces that people (and Intl.NumberFormat('lv-LV')) put between thousands: the ordinary space,
// the no-break space U+00A0, the narrow no-break space U+202F and the thin space U+2009.
const GROUP_SPACES = /[ \u00A0\u202F\u2009]+/g;
const CURRENCY = /^(?:€|eur(?:os?)?)\s*|\s*(?:€|eur(?:os?)?)$/i;

/**
 * Reads an amount as people write it in Latvian or English and returns euro cents.
 * Returns null for an empty text (the amount is unknown) and 'invalid' for anything that is
 * not a non-negative amount with at most two decimals.
 *
 * The rule for separators:
 * - "€", "EUR" or "euro" before or after the number is ignored;
 * - spaces (also U+00A0, U+202F, U+2009) are always thousands separators;
 * - when both '.' and ',' occur, the last one is the decimal separator and the other one
 *   groups thousands ("10,080.00" and "10.080,00" are both 10 080 €);
 * - a separator that occurs more than once groups thousands ("1.000.000");
 * - a single '.' or ',' with no other separator is ambiguous: followed by exactly three digits
 *   it groups thousands ("10,080" is 10 080 €, as the council writes it), followed by one or two
 *   digits it is the decimal separator ("10,08", "1,5"); anything else is invalid ("12,3456");
 * - thousands groups must be well formed: 1–3 leading digits, then groups of exactly three.
 */
export function parseMoney(text: string): number | null | 'invalid' {
  let rest = text.trim();
  if (rest === '') return null;
  // Strip a currency marker at either end (once each side).
  for (let i = 0; i < 2; i += 1) rest = rest.replace(CURRENCY, '').trim();
  if (rest === '' || !/^[0-9., \u00A0\u202F\u2009]+$/.test(rest)) return 'invalid';

  const hasSpaceGroups = /[ \u00A0\u202F\u2009]/.test(rest);
  const lastDot = rest.lastIndexOf('.');
  const lastComma = rest.lastIndexOf(',');
  const dots = count(rest, '.');
  const commas = count(rest, ',');

  let decimalSeparator: '.' | ',' | null = null;
  if (dots > 0 && commas > 0) {
    decimalSeparator = lastDot > lastComma ? '.' : ',';
  } else if (dots + commas === 1) {
    const separator = dots === 1 ? '.' : ',';
    const digitsAfter = rest.length - rest.lastIndexOf(separator) - 1;
    // Three digits after a lone separator means thousands, unless spaces already group them.
    decimalSeparator = digitsAfter === 3 && !hasSpaceGroups ? null : separator;
  }

  let integerPart = rest;
  let fraction = '';
  if (decimalSeparator !== null) {
    const at = rest.lastIndexOf(decimalSeparator);
    integerPart = rest.slice(0, at);
    fraction = rest.slice(at + 1);
    if (!/^\d{1,2}$/.test(fraction)) return 'invalid';
  }

  // What is left may only hold digits and one kind of thousands separator.
  const spaced = integerPart.replace(GROUP_SPACES, ' ');
  const groupSeparators = new Set(spaced.replace(/\d/g, ''));
  if (groupSeparators.size > 1) return 'invalid';
  const groups = groupSeparators.size === 0 ? [spaced] : spaced.split([...groupSeparators][0] ?? ' ');
  if (!groups.every((group, index) => (index === 0 ? /^\d{1,3}$/.test(group) || groups.length === 1 : /^\d{3}$/.test(group)))) {
    return 'invalid';
  }
  const digits = groups.join('');
  if (!/^\d+$/.test(digits)) return 'invalid';
  // "0,080" is not a thousands group: a grouped number does not start with 0.
  if (groups.length > 1 && digits.startsWith('0')) return 'invalid';

  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return 'invalid';
  return cents;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}
