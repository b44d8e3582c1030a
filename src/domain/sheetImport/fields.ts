// What a spreadsheet column can be imported as, which column is which (suggested from the
// header in Latvian or English), and how one cell is read as that field's value.
import { parseLooseDate } from '../dates';
import { parseMoney } from '../money';
import type { GridCell } from './grid';

export const sheetFields = [
  'id',
  'acronym',
  'titleLv',
  'titleEn',
  'councilRole',
  'programme',
  'leadPartner',
  'partnerNames',
  'start',
  'end',
  'totalBudget',
  'councilBudget',
  'euCofinancing',
  'councilCofinancing',
  'prefinancingTotal',
] as const;
export type SheetField = (typeof sheetFields)[number];

/** Each column's field, or null: the column is not imported. */
export type ColumnMapping = (SheetField | null)[];

export const moneyFields = ['totalBudget', 'councilBudget', 'euCofinancing', 'councilCofinancing', 'prefinancingTotal'] as const;
export type MoneyField = (typeof moneyFields)[number];
export const isMoneyField = (field: SheetField): field is MoneyField => (moneyFields as readonly string[]).includes(field);

/** Lower case, no diacritics, no currency or punctuation: "Kopējais budžets, EUR" → "kopejais budzets". */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(eur|euro|€)\b|€/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Header names each field is known by, as keys (see headerKey): the app's own CSV and Excel
// headings in both languages first, then the usual ways people name the column.
const KNOWN_HEADERS: Record<SheetField, string[]> = {
  id: ['id', 'project id', 'projekta id'],
  acronym: ['acronym', 'akronims', 'short name', 'saisinajums', 'projekta akronims'],
  titleLv: ['nosaukums latviski', 'title latvian', 'nosaukums', 'projekta nosaukums', 'title lv', 'nosaukums lv'],
  titleEn: ['nosaukums angliski', 'title english', 'title', 'project title', 'title en', 'nosaukums en'],
  councilRole: ['council s role', 'council role', 'domes loma', 'loma', 'role'],
  programme: ['programme', 'programma', 'program', 'funding programme', 'finansejuma programma'],
  leadPartner: ['lead partner', 'vadosais partneris', 'lead', 'projekta iesniedzejs', 'coordinator'],
  partnerNames: ['partner names', 'partneru nosaukumi', 'partners', 'partneri', 'partner organisations', 'partnerorganizacijas'],
  start: ['start', 'sakums', 'start date', 'sakuma datums', 'begins', 'no'],
  end: ['end', 'beigas', 'end date', 'beigu datums', 'ends', 'lidz'],
  totalBudget: ['total budget', 'kopejais budzets', 'budget', 'budzets', 'projekta budzets'],
  councilBudget: ['council budget', 'domes budzets', 'pasvaldibas budzets'],
  euCofinancing: ['eu co financing', 'es lidzfinansejums', 'eu cofinancing', 'eu funding', 'eu grant', 'es finansejums'],
  councilCofinancing: ['council co financing', 'domes lidzfinansejums', 'council cofinancing', 'pasvaldibas lidzfinansejums'],
  prefinancingTotal: ['pre financing', 'prieksfinansejums', 'prefinancing'],
};

// Columns the app's own lists write but works out itself: never imported.
const WORKED_OUT = new Set(['status', 'statuss', 'countries', 'valstis', 'events', 'pasakumi']);

const isNumberLike = (cell: GridCell) => typeof cell === 'number' || (typeof cell === 'string' && /^\s*\d+\s*$/.test(cell));

/**
 * A field for each column from its header, each field at most once (the first column named
 * so). A "Partners" column of whole numbers is the app's own partner count, not names: left out.
 */
export function suggestMapping(headers: readonly string[], rows: readonly (readonly GridCell[])[]): ColumnMapping {
  const taken = new Set<SheetField>();
  return headers.map((header, column) => {
    const key = headerKey(header);
    if (key === '' || WORKED_OUT.has(key)) return null;
    const field = sheetFields.find((f) => !taken.has(f) && KNOWN_HEADERS[f].includes(key));
    if (!field) return null;
    if (field === 'partnerNames') {
      const filled = rows.map((row) => row[column] ?? null).filter((cell) => cell !== null && cell !== '');
      if (filled.length > 0 && filled.every(isNumberLike)) return null;
    }
    taken.add(field);
    return field;
  });
}

// ---------------------------------------------------------------- cells

/** Why a cell cannot be read as its column's field. */
export type CellProblem = 'money' | 'date' | 'role' | 'text' | 'id';

export type CellReading<T> = { ok: true; value: T | null } | { ok: false; problem: CellProblem };

const empty = { ok: true, value: null } as const;
const isEmpty = (cell: GridCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Text as written; a number as its digits. A date or true/false is not text. */
export function readText(cell: GridCell): CellReading<string> {
  if (isEmpty(cell)) return empty;
  if (typeof cell === 'string') return { ok: true, value: cell.trim() };
  if (typeof cell === 'number') return { ok: true, value: String(cell) };
  return { ok: false, problem: 'text' };
}

/** Euro cents: a number cell (euros), or text as people write amounts ("21 500 EUR", "1500,00 €"). */
export function readMoney(cell: GridCell): CellReading<number> {
  if (isEmpty(cell)) return empty;
  if (typeof cell === 'number') {
    const cents = Math.round(cell * 100);
    if (!Number.isFinite(cell) || cell < 0 || cents > 1e15 || Math.abs(cents - cell * 100) > 1e-6 * Math.max(1, Math.abs(cell))) return { ok: false, problem: 'money' };
    return { ok: true, value: cents };
  }
  if (typeof cell !== 'string') return { ok: false, problem: 'money' };
  const cents = parseMoney(cell);
  return cents === 'invalid' ? { ok: false, problem: 'money' } : { ok: true, value: cents };
}

/** An ISO day: a date cell (Excel's), or text as the council writes days ("08.11.2018", "2018-11-08"). */
export function readDate(cell: GridCell): CellReading<string> {
  if (isEmpty(cell)) return empty;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, problem: 'date' };
    // read-excel-file gives a day at midnight UTC.
    return { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell !== 'string') return { ok: false, problem: 'date' };
  const day = parseLooseDate(cell);
  return day === 'invalid' ? { ok: false, problem: 'date' } : { ok: true, value: day };
}

const ROLE_WORDS: Record<string, 'lead' | 'partner'> = {
  lead: 'lead',
  'lead partner': 'lead',
  leader: 'lead',
  coordinator: 'lead',
  vadosais: 'lead',
  'vadosais partneris': 'lead',
  'projekta iesniedzejs': 'lead',
  iesniedzejs: 'lead',
  partner: 'partner',
  partneris: 'partner',
};

/** The council's role in words, in either language ("Vadošais partneris", "Partner"). */
export function readRole(cell: GridCell): CellReading<'lead' | 'partner'> {
  if (isEmpty(cell)) return empty;
  const role = typeof cell === 'string' ? ROLE_WORDS[headerKey(cell)] : undefined;
  return role ? { ok: true, value: role } : { ok: false, problem: 'role' };
}

/** Names in one cell separated by `;` (or line breaks). */
export function readNames(cell: GridCell): CellReading<string[]> {
  const text = readText(cell);
  if (!text.ok || text.value === null) return text.ok ? empty : text;
  const names = text.value
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return { ok: true, value: names.length > 0 ? names : null };
}
