// A spreadsheet as rows of cells, whichever file it came from: an XLSX read by read-excel-file
// (numbers, dates and text typed by Excel), or a CSV read here (all text). The first row is
// the header.

/** One cell: text, a number, a true/false, a date (XLSX only), or empty. */
export type GridCell = string | number | boolean | Date | null;

export type SheetGrid = {
  headers: string[];
  /** The rows under the header, each as long as the header (shorter rows padded with empty cells). */
  rows: GridCell[][];
  /** Where it came from, said on screen: the CSV's separator, or the XLSX sheet's name. */
  source: { kind: 'csv'; delimiter: ',' | ';' | '\t' } | { kind: 'xlsx'; sheet: string };
};

/** The most rows one import takes: far beyond a department's list, short of freezing the page. */
export const MAX_SHEET_ROWS = 50_000;

const CANDIDATES = [';', ',', '\t'] as const;

/** The separator of the header line, counted outside quotes: `;` (a Latvian Excel's), `,` or a tab. */
export function sniffDelimiter(firstLine: string): ',' | ';' | '\t' {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: ',' | ';' | '\t' = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

/**
 * A CSV's text as rows of text cells (RFC 4180: quoted fields may hold separators, line breaks
 * and doubled quotes). A byte-order mark and Excel's `sep=;` first line are understood.
 */
export function parseCsv(input: string): { rows: string[][]; delimiter: ',' | ';' | '\t' } {
  let text = input.replace(/^\uFEFF/, '');
  let delimiter: ',' | ';' | '\t' | null = null;
  const sep = /^sep=([;,\t])\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1] as ',' | ';' | '\t';
    text = text.slice(sep[0].length);
  }
  delimiter ??= sniffDelimiter(text.slice(0, text.search(/\r?\n|$/)));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows, delimiter };
}

const isBlank = (cell: GridCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/**
 * The grid from a sheet's rows: the first row that is not blank is the header, blank rows
 * are dropped, and every row is as long as the header. Null when there is no header.
 */
export function toGrid(rows: readonly (readonly GridCell[])[], source: SheetGrid['source']): SheetGrid | null {
  const filled = rows.filter((row) => !row.every(isBlank));
  const [head, ...body] = filled;
  if (!head) return null;
  // As wide as the widest row: a value beyond the header (a `;` inside an unquoted CSV cell) is
  // an unnamed column the person sees, never dropped. Empty cells running on are not columns.
  const filledWidth = (row: readonly GridCell[]) => {
    let width = row.length;
    while (width > 0 && isBlank(row[width - 1] ?? null)) width -= 1;
    return width;
  };
  const width = Math.max(filledWidth(head), ...body.map(filledWidth));
  if (filledWidth(head) === 0) return null;
  const headers = Array.from({ length: width }, (_, i) => head[i] ?? null).map((cell) => (cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim()));
  return {
    headers,
    rows: body.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)),
    source,
  };
}

/** A CSV file's text as a grid (all cells text; empty text is an empty cell). */
export function csvGrid(text: string): SheetGrid | null {
  const { rows, delimiter } = parseCsv(text);
  return toGrid(
    rows.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell))),
    { kind: 'csv', delimiter },
  );
}
