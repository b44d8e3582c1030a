// A table for spreadsheets, built once per list and then written as CSV or as XLSX, so the two
// files always hold the same rows and columns. Each column says what its values are (text,
// money in euros, a count, a date) and the writers choose the cell type and format from that.

/** Money is a number of euros; a count is a whole number; a date is ISO text, YYYY-MM-DD or YYYY-MM (a month). */
export type ColumnKind = 'text' | 'money' | 'count' | 'date';

export type SheetColumn = { header: string; kind: ColumnKind };

/** One value: null is unknown (an empty cell, never 0). */
export type SheetValue = string | number | null;

export type SheetTable = { columns: readonly SheetColumn[]; rows: readonly (readonly SheetValue[])[] };

/** A text cell that starts with one of these is a formula to a spreadsheet (OWASP "CSV injection"). */
export const FORMULA_START = /^[=+\-@\t\r]/;

// ---------------------------------------------------------------- CSV conventions

/**
 * How a CSV separates fields and writes decimals. Excel reads a double-clicked CSV with the
 * list separator and decimal sign of the computer's regional settings: in Latvia `;` and `,`,
 * in English-speaking settings `,` and `.`. The file follows the UI language's convention, so a
 * Latvian user's Excel splits the columns and reads 1234,56 as a number. (A `sep=;` first line
 * would also split the columns, but Excel then ignores the byte-order mark and the Latvian
 * letters break.)
 */
export type CsvConvention = { delimiter: ',' | ';'; decimal: '.' | ',' };

export const COMMA_CSV: CsvConvention = { delimiter: ',', decimal: '.' };
export const SEMICOLON_CSV: CsvConvention = { delimiter: ';', decimal: ',' };

export function csvConventionFor(language: 'lv' | 'en'): CsvConvention {
  return language === 'lv' ? SEMICOLON_CSV : COMMA_CSV;
}

// ---------------------------------------------------------------- XLSX cells

/** Money shown with two decimals and the euro sign after it; the digit grouping follows the reader's Excel. */
export const MONEY_FORMAT = '#,##0.00 "€"';
export const COUNT_FORMAT = '0';
/** Text cells that look like formulas are marked as text ('@'): Excel keeps them text even when edited. */
export const TEXT_FORMAT = '@';

export type XlsxCell =
  | { type: 'text'; value: string; format?: typeof TEXT_FORMAT; header?: true }
  | { type: 'number'; value: number; format: string }
  /** A calendar day at midnight UTC: the writer turns it into Excel's day number. */
  | { type: 'date'; value: Date; format: string }
  | null;

export type XlsxSheet = {
  name: string;
  rows: XlsxCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** Rows that stay in view when scrolling: the header. */
  frozenRows: number;
};

export type DateFormats = { day: string; month: string };

/** Dates as each language writes them: 15.03.2018 in Latvian, 2018-03-15 in English. */
export function dateFormatsFor(language: 'lv' | 'en'): DateFormats {
  return language === 'lv' ? { day: 'dd.mm.yyyy', month: 'mm.yyyy' } : { day: 'yyyy-mm-dd', month: 'yyyy-mm' };
}

const MAX_SHEET_NAME = 31;

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not empty, no apostrophe at either end. */
export function sheetName(title: string): string {
  const cleaned = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned || 'Sheet1';
}

const ISO_DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function dateCell(value: string, formats: DateFormats): XlsxCell {
  const match = ISO_DAY_OR_MONTH.exec(value);
  if (!match) return textCell(value);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  // 2018-02-30 is not a day: keep what was written rather than a different date.
  if (date.getUTCMonth() !== Number(month) - 1) return textCell(value);
  return { type: 'date', value: date, format: day ? formats.day : formats.month };
}

function textCell(value: string, header = false): XlsxCell {
  return { type: 'text', value, ...(FORMULA_START.test(value) ? { format: TEXT_FORMAT } : {}), ...(header ? { header: true } : {}) };
}

function valueCell(value: SheetValue, kind: ColumnKind, formats: DateFormats): XlsxCell {
  if (value === null || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return { type: 'number', value, format: kind === 'money' ? MONEY_FORMAT : COUNT_FORMAT };
  }
  return kind === 'date' ? dateCell(value, formats) : textCell(value);
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

/** About how many characters a cell shows: the longest line of text, a grouped amount with its euro sign, a date. */
function shownLength(cell: XlsxCell): number {
  if (cell === null) return 0;
  switch (cell.type) {
    case 'text':
      return Math.max(...cell.value.split(/\r?\n/).map((line) => line.length));
    case 'date':
      return 10;
    case 'number': {
      const digits = String(Math.trunc(Math.abs(cell.value))).length;
      return cell.format === MONEY_FORMAT ? digits + Math.floor((digits - 1) / 3) + 5 + (cell.value < 0 ? 1 : 0) : String(cell.value).length;
    }
  }
}

/** The table as one worksheet: a bold header row that stays in view, typed cells, and columns as wide as their content (capped). */
export function xlsxSheet(table: SheetTable, options: { name: string; language: 'lv' | 'en' }): XlsxSheet {
  const formats = dateFormatsFor(options.language);
  const header = table.columns.map((column) => textCell(column.header, true));
  const body = table.rows.map((row) => table.columns.map((column, i) => valueCell(row[i] ?? null, column.kind, formats)));
  const rows = [header, ...body];
  const widths = table.columns.map((_, i) => {
    const longest = Math.max(...rows.map((row) => shownLength(row[i] ?? null)));
    // A little room for the filter arrow and the cell's padding.
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  return { name: sheetName(options.name), rows, widths, frozenRows: 1 };
}
