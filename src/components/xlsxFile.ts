// Writes a worksheet (the domain's cell model, src/domain/spreadsheet.ts) as an .xlsx file with
// write-excel-file. Imported only with import() when a download button is pressed, so the
// library is its own chunk and costs the first load nothing.
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/browser';
import type { XlsxCell, XlsxSheet } from '../domain/spreadsheet';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function libraryCell(cell: XlsxCell): Cell {
  if (cell === null) return null;
  switch (cell.type) {
    case 'text':
      // Always a string cell, never a formula: the file has no formula cells at all.
      return { type: String, value: cell.value, ...(cell.format ? { format: cell.format } : {}), ...(cell.header ? { fontWeight: 'bold' as const } : {}) };
    case 'number':
      return { type: Number, value: cell.value, format: cell.format };
    case 'date':
      return { type: Date, value: cell.value, format: cell.format };
  }
}

export async function xlsxBlob(sheet: XlsxSheet): Promise<Blob> {
  const data: Row[] = sheet.rows.map((row) => row.map(libraryCell));
  return writeXlsxFile(data, {
    sheet: sheet.name,
    columns: sheet.widths.map((width) => ({ width })),
    stickyRowsCount: sheet.frozenRows,
  }).toBlob();
}
