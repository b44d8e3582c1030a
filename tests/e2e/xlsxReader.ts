// A small reader of the .xlsx files the app writes, independent of the library that wrote them:
// unzips with fflate and reads the workbook, shared strings, styles and first sheet's XML, so a
// test sees what Excel sees — each cell's type, its value and its number format, the frozen
// pane, the column widths and the sheet's name.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export type ReadCell =
  | { type: 'string'; value: string; format: string }
  | { type: 'number'; value: number; format: string }
  /** A number shown with a date format: its value as the ISO day it stands for. */
  | { type: 'date'; value: string; format: string };

export type ReadSheet = {
  name: string;
  /** Cells by reference (A1, B2 …); empty cells are absent. */
  cells: Map<string, ReadCell>;
  frozen: { rows: number; columns: number } | null;
  widths: number[];
  /** The size of the sheet's XML, unzipped. */
  sheetBytes: number;
  /** Row n (1-based) as an array from column A to the last written column, undefined where empty. */
  row: (n: number) => (ReadCell | undefined)[];
};

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
};

/** Excel's built-in formats by id (the ones a writer may use without declaring them). */
const BUILT_IN: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 14: 'mm-dd-yy', 49: '@' };

const isDateFormat = (format: string) => /[dy]/i.test(format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, ''));

/** Day number (1900 system, as Excel counts it) to an ISO day. */
const serialToIso = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;

export function readXlsx(path: string): ReadSheet {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} is not in the file`);
    return strFromU8(file);
  };
  const workbook = text('xl/workbook.xml');
  const name = attribute(/<sheet\s[^>]*>/.exec(workbook)?.[0] ?? '', 'name') ?? '';

  const shared = files['xl/sharedStrings.xml']
    ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) => [...si[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1]!)).join(''))
    : [];

  const styles = text('xl/styles.xml');
  const numFmts = new Map<number, string>(
    [...styles.matchAll(/<numFmt\s[^>]*\/?>/g)].map((m) => [Number(attribute(m[0], 'numFmtId')), attribute(m[0], 'formatCode') ?? ''] as const),
  );
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfFormats = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    return numFmts.get(id) ?? BUILT_IN[id] ?? `built-in ${id}`;
  });

  const sheet = text('xl/worksheets/sheet1.xml');
  const pane = /<pane\s[^>]*>/.exec(sheet)?.[0];
  const frozen = pane && attribute(pane, 'state') === 'frozen' ? { rows: Number(attribute(pane, 'ySplit') ?? 0), columns: Number(attribute(pane, 'xSplit') ?? 0) } : null;
  const widths: number[] = [];
  for (const col of sheet.matchAll(/<col\s[^>]*>/g)) {
    const min = Number(attribute(col[0], 'min'));
    const max = Number(attribute(col[0], 'max'));
    for (let i = min; i <= max; i++) widths[i - 1] = Number(attribute(col[0], 'width'));
  }

  const cells = new Map<string, ReadCell>();
  for (const c of sheet.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = `<c ${c[1]}>`;
    const ref = attribute(tag, 'r')!;
    const body = c[2] ?? '';
    const format = xfFormats[Number(attribute(tag, 's') ?? 0)] ?? 'General';
    const t = attribute(tag, 't');
    if (/<f[\s>]/.test(body)) throw new Error(`${ref} holds a formula`);
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    if (t === 's') cells.set(ref, { type: 'string', value: shared[Number(v)] ?? '', format });
    else if (t === 'inlineStr') cells.set(ref, { type: 'string', value: [...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1]!)).join(''), format });
    else if (t === 'str') cells.set(ref, { type: 'string', value: decode(v ?? ''), format });
    else if (v !== undefined) {
      const number = Number(v);
      cells.set(ref, isDateFormat(format) ? { type: 'date', value: serialToIso(number), format } : { type: 'number', value: number, format });
    }
  }
  const lastColumn = Math.max(...[...cells.keys()].map(columnIndex));
  const row = (n: number) =>
    Array.from({ length: lastColumn + 1 }, (_, i) => {
      let letters = '';
      for (let k = i + 1; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
      return cells.get(`${letters}${n}`);
    });
  return { name, cells, frozen, widths, row, sheetBytes: files['xl/worksheets/sheet1.xml']!.length };
}
