// A chosen spreadsheet file as a grid: XLSX through read-excel-file (loaded only when an XLSX
// is chosen), CSV read here. A file that is not a spreadsheet, is empty or is too big gets a
// reason, never a crash.
import { csvGrid, MAX_SHEET_ROWS, toGrid, type GridCell, type SheetGrid } from '../../domain/sheetImport/grid';

/** Far above a department's list (10,000 projects as XLSX are about 1 MB). */
export const MAX_SHEET_BYTES = 30 * 1024 * 1024;

export type SheetFileProblem = 'type' | 'too-large' | 'empty' | 'too-many-rows' | 'unreadable';
export type SheetFileResult = { ok: true; grid: SheetGrid } | { ok: false; problem: SheetFileProblem; detail?: string };

async function isZip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

export async function readSheetFile(file: File): Promise<SheetFileResult> {
  if (file.size > MAX_SHEET_BYTES) return { ok: false, problem: 'too-large' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  const name = file.name.toLowerCase();
  let grid: SheetGrid | null;
  try {
    if (await isZip(file)) {
      if (!name.endsWith('.xlsx') && !name.endsWith('.xlsm')) return { ok: false, problem: 'type' };
      const { default: readXlsxFile } = await import('read-excel-file/browser');
      const [first] = await readXlsxFile(file);
      if (!first) return { ok: false, problem: 'empty' };
      grid = toGrid(first.data as GridCell[][], { kind: 'xlsx', sheet: first.sheet });
    } else {
      if (!/\.(csv|txt|tsv)$/.test(name) && !/^text\//.test(file.type)) return { ok: false, problem: 'type' };
      const text = await file.text();
      // A binary file (an old .xls, a PDF) renamed .csv: NUL bytes never occur in text.
      if (text.includes('\u0000')) return { ok: false, problem: 'type' };
      grid = csvGrid(text);
    }
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!grid || grid.rows.length === 0) return { ok: false, problem: 'empty' };
  if (grid.rows.length > MAX_SHEET_ROWS) return { ok: false, problem: 'too-many-rows' };
  return { ok: true, grid };
}
