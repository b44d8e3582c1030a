import { describe, expect, it } from 'vitest';
import { csvGrid, parseCsv, sniffDelimiter, toGrid } from './grid';

describe('CSV reading', () => {
  it('finds the separator a Latvian or English Excel wrote, outside quotes', () => {
    expect(sniffDelimiter('ID;Akronīms;Nosaukums (latviski)')).toBe(';');
    expect(sniffDelimiter('ID,Acronym,"Title; in English"')).toBe(',');
    expect(sniffDelimiter('"a;b;c",d')).toBe(',');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
  });

  it('reads quoted fields with separators, doubled quotes and line breaks, and CRLF rows', () => {
    const { rows, delimiter } = parseCsv('\uFEFFa;"b;c";"say ""hi"""\r\n1;"two\nlines";\r\n');
    expect(delimiter).toBe(';');
    expect(rows).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['1', 'two\nlines', ''],
    ]);
  });

  it('understands Excel’s sep= line', () => {
    expect(parseCsv('sep=;\nA;B\n1,5;2').rows).toEqual([
      ['A', 'B'],
      ['1,5', '2'],
    ]);
  });

  it('keeps Latvian letters and a last line without a line end', () => {
    expect(parseCsv('Nosaukums\nDaugavpils pilsētas dome').rows).toEqual([['Nosaukums'], ['Daugavpils pilsētas dome']]);
  });
});

describe('the grid', () => {
  it('takes the first filled row as the header, drops blank rows and pads short ones', () => {
    const grid = toGrid([[null, ''], ['ID', 'Acronym', null], ['p-1'], [null, null], ['p-2', 'X', 'stray']], { kind: 'xlsx', sheet: 'Projects' });
    expect(grid?.headers).toEqual(['ID', 'Acronym', '']);
    expect(grid?.rows).toEqual([
      ['p-1', null, null],
      ['p-2', 'X', 'stray'],
    ]);
  });

  it('keeps a value beyond the header as an unnamed column, never dropping it', () => {
    const grid = csvGrid('Akronīms;Partneri\nX;Motala; Rīga\n');
    expect(grid?.headers).toEqual(['Akronīms', 'Partneri', '']);
    expect(grid?.rows).toEqual([['X', 'Motala', ' Rīga']]);
  });

  it('drops empty trailing header cells with nothing under them', () => {
    expect(toGrid([['A', null, null], [1, null, null]], { kind: 'xlsx', sheet: 'S' })?.headers).toEqual(['A']);
  });

  it('is null for a file with no header', () => {
    expect(csvGrid('')).toBeNull();
    expect(csvGrid(';;\n;;')).toBeNull();
  });

  it('turns empty CSV fields into empty cells', () => {
    expect(csvGrid('A,B\n,x')?.rows).toEqual([[null, 'x']]);
  });
});
